import datetime

from django.db.models import Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from core.admin_reports import register_report
from core.admin_wording import SnippetWording, WordedSnippetViewSet
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


register_report("reports/zapytania/", query_report, name="search_query_report",
                label=_("Search queries"), icon="search", order=710)


class SynonymViewSet(WordedSnippetViewSet):
    """Synonyms for the site search, per language (applied when a query runs)."""

    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    wording = SnippetWording(
        _("Add synonym group"), _("New synonym group"), _("Choose a synonym group"), _("Choose another synonym group"), _("Edit this synonym group"),
    )
    menu_order = 720
    add_to_settings_menu = True
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]


register_snippet(SynonymViewSet)
