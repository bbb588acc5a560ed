"""Snippet choosers that offer only published snippets of a moderated model (core/moderation.py).

The public site shows only live snippets, so a page that chose a draft licence, speaker or
taxonomy would show nothing there (or a gap) until someone publishes it. The chooser modal, its
search results and the "chosen" step all read the same live-only list; a snippet without drafts
(e.g. search synonyms) is offered as Wagtail offers it.
"""

from wagtail.models import DraftStateMixin
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)


def offered(model):
    """What a chooser of this model may offer."""
    queryset = model._default_manager.all()
    if issubclass(model, DraftStateMixin):
        queryset = queryset.filter(live=True)
    return queryset


class LiveOnlyListMixin:
    def get_object_list(self):
        return offered(self.model_class)


class LiveChooseView(LiveOnlyListMixin, ChooseView):
    pass


class LiveChooseResultsView(LiveOnlyListMixin, ChooseResultsView):
    pass


class LiveChosenView(SnippetChosenView):
    def get_object(self, pk):
        return offered(self.model_class).get(pk=pk)


class LiveChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return offered(self.model_class).filter(pk__in=pks)


class LiveSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LiveChooseView
    choose_results_view_class = LiveChooseResultsView
    chosen_view_class = LiveChosenView
    chosen_multiple_view_class = LiveChosenMultipleView
