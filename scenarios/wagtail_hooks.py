from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_wording import SnippetWording, WordedSnippetViewSet
from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from scenarios.admin_views import IMPORT_PERMISSION, export_view, import_view
from scenarios.area_zip import area_zip_response
from scenarios.listing import catalogue_context
from scenarios.models import Audience, Level, ThematicArea

register_policies(ThematicArea, Audience, Level)


class TaxonomyViewSet(ModeratedSnippetViewSet, WordedSnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class ScenarioCatalogueGroup(SnippetViewSetGroup):
    # One viewset per taxonomy: the same list and order (TaxonomyViewSet), its own icon and phrases.
    items = (
        TaxonomyViewSet(model=ThematicArea, icon="folder-inverse", menu_label=_("Subject areas"), wording=SnippetWording(
            _("Add subject area"), _("New subject area"), _("Choose a subject area"), _("Choose another subject area"), _("Edit this subject area"),
        )),
        TaxonomyViewSet(model=Audience, icon="group", menu_label=_("Audiences"), wording=SnippetWording(
            _("Add audience"), _("New audience"), _("Choose an audience"), _("Choose another audience"), _("Edit this audience"),
        )),
        TaxonomyViewSet(model=Level, icon="order", menu_label=_("Levels"), wording=SnippetWording(
            _("Add level"), _("New level"), _("Choose a level"), _("Choose another level"), _("Edit this level"),
        )),
    )
    menu_icon = "clipboard-list"
    menu_label = _("Scenario catalogue")
    menu_name = "scenario-catalogue"
    menu_order = 250
    submenu_hook = "register_scenario_catalogue_menu_item"


register_snippet(ScenarioCatalogueGroup)


@hooks.register("register_admin_urls")
def register_scenario_transfer_urls():
    return [
        path("scenariusze/import/", import_view, name="scenarios_import"),
        path("scenariusze/eksport/", export_view, name="scenarios_export"),
    ]


@hooks.register("register_scenario_catalogue_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import and export"), reverse("scenarios_import"), icon_name="upload", order=900)


class ImportMenuItem(MenuItem):
    """Shown only to those who may import (editors used to see it and get "no permission")."""

    def is_shown(self, request):
        return request.user.has_perm(IMPORT_PERMISSION)


# What the catalogue page answers (scenarios.models.ScenarioIndexPage's routes).
hooks.register("scenario_catalogue", catalogue_context)
hooks.register("scenario_area_zip", area_zip_response)
