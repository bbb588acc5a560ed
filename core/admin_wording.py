"""Snippet admin buttons worded as whole phrases, so that Polish can decline the noun.

Wagtail builds "Add %(model_name)s" and "Choose %(object)s" from the verbose name, which is the
nominative ("Dodaj licencja", "Wybierz licencja"); after a verb Polish needs the accusative ("Dodaj
licencję", "Wybierz licencję"). A viewset of this kind names its phrases itself, each one a msgid
of its own. Its chooser also translates them per request: the texts Wagtail builds in the widget
are fixed in the language that was active when the form fields were set up.
"""

from typing import NamedTuple

from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

CHOOSER_TEXTS = ("choose_one_text", "choose_another_text", "link_to_chosen_text")


class WordedSnippetChooser(AdminSnippetChooser):
    """The snippet chooser widget with the texts its chooser viewset gave the widget class."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # AdminSnippetChooser has just replaced them with phrases built from the verbose name.
        for name in CHOOSER_TEXTS:
            setattr(self, name, getattr(type(self), name))


class WordedSnippetChooserViewSet(SnippetChooserViewSet):
    base_widget_class = WordedSnippetChooser


class SnippetWording(NamedTuple):
    """The four phrases of one snippet's buttons and chooser, each a gettext_lazy msgid."""

    add: str  # "Add licence"
    choose_one: str  # "Choose a licence"
    choose_another: str  # "Choose another licence"
    edit: str  # "Edit this licence"


class WordedSnippetViewSet(SnippetViewSet):
    """A SnippetViewSet that must say its four phrases: `wording = SnippetWording(...)`."""

    chooser_viewset_class = WordedSnippetChooserViewSet
    wording = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)  # a viewset made with wording=... has it from here on
        if not isinstance(self.wording, SnippetWording) or not all(self.wording):
            raise TypeError(f"{type(self).__name__} must set wording = SnippetWording(add, choose_one, choose_another, edit)")
        self.add_item_label, self.choose_one_text, self.choose_another_text, self.edit_item_text = self.wording

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
