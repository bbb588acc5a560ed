"""Translations follow the same approval as any other edit (issue 15, scope 2).

wagtail-localize publishes in two places where an editor does not expect it:
- "Translate this page" makes the translation live at once when the source is live: switched
  off by WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False in the settings, so a new
  translation is a draft until a translator with publish permission publishes it (or submits it
  for moderation like any page);
- "Sync translated pages" with "Publish immediately" publishes every translation, untranslated
  sentences included (they show in Polish) and whatever the user's permissions. The view below
  replaces it: with that box ticked it publishes only the translations that are complete and
  that the user may publish, and says which it left as drafts to finish in the editor.
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail_localize.views.update_translations import UpdateTranslationsView


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "publish")


def is_complete(translation):
    total, translated = translation.get_progress()
    return translated == total


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    def form_valid(self, form):
        wanted = form.cleaned_data.get("publish_translations", False)
        form.cleaned_data["publish_translations"] = False  # wagtail-localize then only syncs
        response = super().form_valid(form)
        if not wanted:
            return response
        left = []
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            target = translation.get_target_instance()
            if is_complete(translation) and may_publish(self.request.user, target):
                translation.save_target(user=self.request.user, publish=True)
            else:
                left.append(translation.target_locale.get_display_name())
        if left:
            messages.warning(self.request, _(
                "Not published, kept for translation and approval: %(languages)s. Finish the new sentences in "
                "the translation editor; a user who may publish then publishes them."
            ) % {"languages": ", ".join(left)})
        return response
