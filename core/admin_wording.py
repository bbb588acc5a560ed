"""Snippet admin buttons worded as whole phrases, so that Polish can decline the noun.

Wagtail builds "Add %(model_name)s" and "Choose %(object)s" from the verbose name, which is the
nominative ("Dodaj licencja", "Wybierz licencja"); after a verb Polish needs the accusative ("Dodaj
licencję", "Wybierz licencję"). A viewset of this kind names its phrases itself, each one a msgid
of its own. Its chooser also translates them per request: the texts Wagtail builds in the widget
are fixed in the language that was active when the form fields were set up.

The create view's title is Wagtail's "New: %(model_name)s" ("Nowy: licencja"); here it is the
viewset's own phrase, the adjective agreeing with the noun ("Nowa licencja", "Nowy prelegent",
"Nowe hasło" would be neuter). The chooser offers only published
snippets of a moderated model (core/moderation_chooser.py).
"""

from typing import NamedTuple

from wagtail.snippets.views.snippets import CopyView, CreateView, SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

from core.moderation_chooser import LiveSnippetChooserViewSet

CHOOSER_TEXTS = ("choose_one_text", "choose_another_text", "link_to_chosen_text")


class WordedSnippetChooser(AdminSnippetChooser):
    """The snippet chooser widget with the texts its chooser viewset gave the widget class."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # AdminSnippetChooser has just replaced them with phrases built from the verbose name.
        for name in CHOOSER_TEXTS:
            setattr(self, name, getattr(type(self), name))


class WordedSnippetChooserViewSet(LiveSnippetChooserViewSet):
    base_widget_class = WordedSnippetChooser


class NewItemTitleMixin:
    """The create (and copy) view titled with the viewset's phrase: the browser's title, the
    heading above the form and the last breadcrumb."""

    new_item_title = None

    def get_header_title(self):
        return self.new_item_title

    def get_page_subtitle(self):
        return self.new_item_title

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        if items:
            items[-1] = {**items[-1], "label": self.new_item_title}
        return items


class WordedCreateView(NewItemTitleMixin, CreateView):
    pass


class WordedCopyView(NewItemTitleMixin, CopyView):
    pass


class TitledSnippetViewSet(SnippetViewSet):
    """A SnippetViewSet whose create and copy views say `new_item_title` (gettext_lazy), e.g. "New
    footer text" („Nowy tekst stopki”); for snippets no page chooses, so no chooser phrases."""

    add_view_class = WordedCreateView
    copy_view_class = WordedCopyView
    new_item_title = None

    def on_register(self):
        if not self.new_item_title:
            raise TypeError(f"{type(self).__name__} must set new_item_title")
        super().on_register()

    def get_add_view_kwargs(self, **kwargs):
        # The copy view is built from the same arguments.
        return super().get_add_view_kwargs(new_item_title=self.new_item_title, **kwargs)


class SnippetWording(NamedTuple):
    """The five phrases of one snippet's buttons, create view and chooser, each a gettext_lazy msgid."""

    add: str  # "Add licence"
    new_item: str  # "New licence", the create view's title
    choose_one: str  # "Choose a licence"
    choose_another: str  # "Choose another licence"
    edit: str  # "Edit this licence"


class WordedSnippetViewSet(TitledSnippetViewSet):
    """A SnippetViewSet that must say its five phrases: `wording = SnippetWording(...)`."""

    chooser_viewset_class = WordedSnippetChooserViewSet
    wording = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)  # a viewset made with wording=... has it from here on
        if not isinstance(self.wording, SnippetWording) or not all(self.wording):
            raise TypeError(f"{type(self).__name__} must set wording = SnippetWording(add, new_item, choose_one, "
                            "choose_another, edit)")
        (self.add_item_label, self.new_item_title, self.choose_one_text, self.choose_another_text,
         self.edit_item_text) = self.wording

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(add_item_label=self.add_item_label, **kwargs)

    @property
    def chooser_viewset(self):
        # The viewset uses choose_one_text as the chooser modal's title too.
        return self.chooser_viewset_class(
            self.get_chooser_admin_url_namespace(),
            model=self.model,
            url_prefix=self.get_chooser_admin_base_path(),
            icon=self.icon,
            per_page=self.chooser_per_page,
            choose_one_text=self.choose_one_text,
            choose_another_text=self.choose_another_text,
            edit_item_text=self.edit_item_text,
        )
