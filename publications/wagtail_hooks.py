from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from publications.feeds import PublicationFeed
from publications.listing import publication_listing
from publications.models import Licence
from publications.reports import download_report

register_policies(Licence)


class LicenceViewSet(ModeratedSnippetViewSet):
    model = Licence
    icon = "doc-full"


register_snippet(LicenceViewSet)


@hooks.register("register_admin_urls")
def register_download_report_url():
    return [path("reports/pobrania-publikacji/", download_report, name="publication_downloads")]


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return MenuItem("Pobrania publikacji", reverse("publication_downloads"), icon_name="download", order=700)




# What the publication list page answers (publications.models.PublicationIndexPage's routes).
hooks.register("publication_listing", publication_listing)


@hooks.register("publication_feed")
def publication_feed(index_page, request):
    return PublicationFeed(index_page)(request)
