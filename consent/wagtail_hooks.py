"""Admin: texts and cookie table as snippets, the records read-only with CSV export."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from consent.context import policy_page_context
from consent.models import ConsentRecord, ConsentTexts, CookieDeclaration
from core.admin_wording import TitledSnippetViewSet
from core.moderation_admin import ModeratedSnippetViewSet, register_policies


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Records are evidence: nobody adds, edits or deletes them in the admin (only the
    retention command deletes old ones). Viewing needs the "view" permission."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])


# Registered before the viewset, so Wagtail uses it instead of its default policy.
register_permission_policy(ConsentRecord, ReadOnlyPermissionPolicy(ConsentRecord))
register_policies(ConsentTexts, CookieDeclaration)


class ConsentTextsViewSet(ModeratedSnippetViewSet, TitledSnippetViewSet):
    model = ConsentTexts
    icon = "doc-full"
    new_item_title = _("New cookie consent texts")
    menu_label = _("Banner and settings texts")
    list_display = ["__str__", "banner_heading"]


class CookieDeclarationViewSet(ModeratedSnippetViewSet, TitledSnippetViewSet):
    model = CookieDeclaration
    icon = "list-ul"
    new_item_title = _("New cookie")
    menu_label = _("Cookie table")
    list_display = ["name", "provider", "category", "lifetime"]
    list_filter = ["category"]


class ConsentRecordViewSet(SnippetViewSet):
    model = ConsentRecord
    icon = "tick-inverse"
    menu_label = _("Consent records")
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        "created_at",
        "consent_id",
        "action",
        "policy_version",
        BooleanColumn("analytics", label=_("analytics")),
        BooleanColumn("external_media", label=_("external media")),
        "language",
    ]
    list_filter = ["action", "policy_version", "analytics", "external_media"]
    list_export = [
        "consent_id",
        "created_at",
        "action",
        "policy_version",
        "necessary",
        "analytics",
        "external_media",
        "language",
    ]
    export_headings = {
        "consent_id": "consent_id",
        "created_at": "created_at",
        "action": "action",
        "policy_version": "policy_version",
        "necessary": "necessary",
        "analytics": "analytics",
        "external_media": "external_media",
        "language": "language",
    }
    export_filename = "rejestr-zgod-cookies"
    inspect_view_fields = list_export


class ConsentViewSetGroup(SnippetViewSetGroup):
    menu_label = "Cookies"
    menu_icon = "tick-inverse"
    menu_order = 850
    items = (ConsentTextsViewSet, CookieDeclarationViewSet, ConsentRecordViewSet)


register_snippet(ConsentViewSetGroup)


@hooks.register("cookie_policy_context")
def cookie_policy_context(page, request):
    """What the cookie policy page shows under its text (consent.models.CookiePolicyPage)."""
    return policy_page_context(request, page)
