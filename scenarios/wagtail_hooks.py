from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_wording import WordedSnippetViewSet
from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from scenarios.admin_views import IMPORT_PERMISSION, export_view, import_view
from scenarios.area_zip import area_zip_response
from scenarios.listing import catalogue_context
from scenarios.models import Audience, Level, ThematicArea

register_policies(ThematicArea, Audience, Level)


class TaxonomyViewSet(ModeratedSnippetViewSet, WordedSnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


class AreaViewSet(TaxonomyViewSet):
    model = ThematicArea
    icon = "folder-inverse"
    menu_label = _("Subject areas")
    add_item_label = _("Add subject area")
    new_item_title = _("New subject area")
    choose_one_text = _("Choose a subject area")
    choose_another_text = _("Choose another subject area")
    edit_item_text = _("Edit this subject area")


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")
    add_item_label = _("Add audience")
    new_item_title = _("New audience")
    choose_one_text = _("Choose an audience")
    choose_another_text = _("Choose another audience")
    edit_item_text = _("Edit this audience")


class LevelViewSet(TaxonomyViewSet):
    model = Level
    icon = "order"
    menu_label = _("Levels")
    add_item_label = _("Add level")
    new_item_title = _("New level")
    choose_one_text = _("Choose a level")
    choose_another_text = _("Choose another level")
    edit_item_text = _("Edit this level")


class ScenarioCatalogueGroup(SnippetViewSetGroup):
    items = (AreaViewSet, AudienceViewSet, LevelViewSet)
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
