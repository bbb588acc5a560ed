"""Admin side of the moderated snippets (core/moderation.py): who may change which language.

The roles (core/migrations/0006 and 0008) give translators the "change" right on these
snippets but not "add": they translate what exists and never write a snippet of their own.
So here "change" of a snippet in the source language (Polish) also needs "add": a user who may
change but not add may change only the translations. The edit view (and the revert of a
revision, which is an edit) checks it on the object itself, since Wagtail checks model
rights only.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import EditView, SnippetViewSet


class TranslatorsEditTranslationsPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action == "change" and is_source_language(instance):
            return self.user_has_permission(user, "add")
        return True


def is_source_language(instance):
    locale_id = getattr(instance, "locale_id", None)
    return locale_id is None or locale_id == Locale.get_default().pk


def register_policies(*models):
    """Call at the top of an app's wagtail_hooks, before its viewsets are registered."""
    for model in models:
        register_permission_policy(model, TranslatorsEditTranslationsPolicy(model))


class ModeratedEditView(EditView):
    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(self.request.user, "change",
                                                                       self.live_object):
            raise PermissionDenied
        return instance


class ModeratedSnippetViewSet(SnippetViewSet):
    edit_view_class = ModeratedEditView
