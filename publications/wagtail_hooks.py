from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from core.admin_wording import WordedSnippetViewSet
from publications.models import Licence
from publications.reports import download_report


class LicenceViewSet(WordedSnippetViewSet):
    model = Licence
    icon = "doc-full"
    add_item_label = _("Add licence")
    choose_one_text = _("Choose a licence")
    choose_another_text = _("Choose another licence")
    edit_item_text = _("Edit this licence")


register_snippet(LicenceViewSet)


@hooks.register("register_admin_urls")
def register_download_report_url():
    return [path("reports/pobrania-publikacji/", download_report, name="publication_downloads")]


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return MenuItem(_("Publication downloads"), reverse("publication_downloads"), icon_name="download", order=700)


