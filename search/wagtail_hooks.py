import datetime

from django.db.models import Sum
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from core.admin_wording import WordedSnippetViewSet
from search.models import SearchQueryCount, Synonym


def query_report(request):
    """Popular and zero-result queries per language over the last 30 days."""
    since = timezone.localdate() - datetime.timedelta(days=29)
    rows = SearchQueryCount.objects.filter(day__gte=since).values("language", "query")
    popular = rows.annotate(total=Sum("searches"), zero=Sum("zero_results")).order_by("-total", "query")
    zero = rows.annotate(zero=Sum("zero_results")).filter(zero__gt=0).order_by("-zero", "query")
    return TemplateResponse(
        request,
        "search/admin/query_report.html",
        {"page_title": _("Search queries"), "header_icon": "search", "popular": popular[:100],
         "zero": zero[:100], "since": since},
    )


@hooks.register("register_admin_urls")
def register_query_report_url():
    return [path("reports/zapytania/", query_report, name="search_query_report")]


@hooks.register("register_reports_menu_item")
def register_query_report_menu_item():
    return MenuItem(_("Search queries"), reverse("search_query_report"), icon_name="search", order=710)


class SynonymViewSet(WordedSnippetViewSet):
    """Synonyms for the site search, per language (applied when a query runs)."""

    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    add_item_label = _("Add synonym group")
    new_item_title = _("New synonym group")
    choose_one_text = _("Choose a synonym group")
    choose_another_text = _("Choose another synonym group")
    edit_item_text = _("Edit this synonym group")
    menu_order = 720
    add_to_settings_menu = True
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]


register_snippet(SynonymViewSet)
