from urllib.parse import urlsplit

from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks

from core.admin_reports import register_report
from stats import dashboard
from stats.download_report import DownloadReportView
from stats.page_summary import page_readership
from stats.readership_report import ReadershipReportView

register_report("reports/pobrania/", DownloadReportView.as_view(), name="stats_downloads",
                label=pgettext_lazy("statistics report", "Downloads"), icon="download", order=700)
register_report("reports/czytelnictwo/", ReadershipReportView.as_view(), name="stats_readership",
                label=_("Readership"), icon="view", order=705)


@hooks.register("register_admin_urls")
def register_old_download_report_url():
    # The publication-only report the download report replaced (its address may be bookmarked).
    return [path("reports/pobrania-publikacji/", lambda request: redirect("stats_downloads", permanent=True),
                 name="publication_downloads")]


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        return
    panels.extend([
        dashboard.UpcomingWebinarsPanel(),
        dashboard.TopDownloadsPanel(),
        dashboard.TopPagesPanel(),
        dashboard.ZeroResultSearchesPanel(),
    ])


@hooks.register("construct_homepage_summary_items", order=1000)  # after Wagtail's apps add theirs
def no_count_only_summary(request, summary_items):
    """Wagtail's "N pages, N images, N documents" tells an editor nothing to act on."""
    summary_items.clear()


@hooks.register("construct_help_menu")
def no_links_to_other_hosts(request, menu_items):
    """Wagtail's help menu links its guide on guide.wagtail.org; the admin names no other host
    (nothing an editor opens in it leaves the site). The keyboard shortcuts stay."""
    menu_items[:] = [item for item in menu_items if not urlsplit(str(getattr(item, "url", "") or "")).netloc]


# What a page's editor shows under "Readership" (core.panels.ReadershipPanel).
hooks.register("page_readership", page_readership)
