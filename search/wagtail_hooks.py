import datetime

from django.db.models import Sum
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.models import SearchQueryCount


def query_report(request):
    """Popular and zero-result queries per language over the last 30 days."""
    since = timezone.localdate() - datetime.timedelta(days=29)
    rows = SearchQueryCount.objects.filter(day__gte=since).values("language", "query")
    popular = rows.annotate(total=Sum("searches"), zero=Sum("zero_results")).order_by("-total", "query")
    zero = rows.annotate(zero=Sum("zero_results")).filter(zero__gt=0).order_by("-zero", "query")
    return TemplateResponse(
        request,
        "search/admin/query_report.html",
        {"page_title": "Zapytania w wyszukiwarce", "header_icon": "search", "popular": popular[:100],
         "zero": zero[:100], "since": since},
    )


@hooks.register("register_admin_urls")
def register_query_report_url():
    return [path("reports/zapytania/", query_report, name="search_query_report")]


@hooks.register("register_reports_menu_item")
def register_query_report_menu_item():
    return MenuItem("Zapytania w wyszukiwarce", reverse("search_query_report"), icon_name="search", order=710)
