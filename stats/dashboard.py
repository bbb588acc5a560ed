"""The editors' dashboard panels (registered in wagtail_hooks through construct_homepage_panels):
what is coming (webinars), what readers take (downloads, readership) and what they did not find
(searches with no results), each a short list with a link to the full report. Wagtail's own
panels stay: tasks awaiting the user's review, the user's pages in moderation, recent edits."""

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from stats.periods import Period
from stats.readership_report import page_rows

TOP = 5


def this_month():
    today = timezone.localdate()
    return Period(today.replace(day=1), today, "")


def month_top(queryset, day_field, total, tiebreak):
    """The TOP rows of queryset by `total` summed over this month (as `month_total`), rows with
    nothing this month left out; ties in the order of `tiebreak`."""
    return list(
        queryset.filter(this_month().filter(day_field)).annotate(month_total=total).filter(month_total__gt=0)
        .order_by("-month_total", tiebreak)[:TOP]
    )


class StatsPanel(Component):
    """A dashboard list; subclasses give the rows. Shown only to users who may use the admin."""

    def get_context_data(self, parent_context):
        return {"rows": self.rows(), "request": parent_context.get("request")}


class TopFivePanel(StatsPanel):
    """This month's top five of a report (stats/admin/panel_top.html): its element id and heading."""

    panel_id = ""
    heading = ""

    @property
    def name(self):
        """Wagtail's name of the panel: its element id, spelt as a Python name."""
        return self.panel_id.replace("-", "_")

    @property
    def template_name(self):
        return f"stats/admin/panel_{self.name}.html"

    def get_context_data(self, parent_context):
        return {**super().get_context_data(parent_context), "panel_id": self.panel_id, "heading": self.heading}


class UpcomingWebinarsPanel(StatsPanel):
    name = "upcoming_webinars"
    order = 150
    template_name = "stats/admin/panel_webinars.html"

    def rows(self):
        from webinars.models import WebinarPage

        start_of_today = timezone.make_aware(
            timezone.datetime.combine(timezone.localdate(), timezone.datetime.min.time())
        )
        return list(
            WebinarPage.objects.filter(starts_at__gte=start_of_today).select_related("locale")
            .order_by("starts_at", "locale__language_code")[: TOP * 2]
        )


class TopDownloadsPanel(TopFivePanel):
    panel_id = "top-downloads"
    heading = _("Most downloaded files this month")
    order = 260

    def rows(self):
        from wagtail.documents import get_document_model

        return month_top(get_document_model().objects, "daily_downloads__day", Sum("daily_downloads__count"), "title")


class TopPagesPanel(TopFivePanel):
    panel_id = "top-pages"
    heading = _("Most read pages this month")
    order = 270

    def rows(self):
        return page_rows(this_month(), limit=TOP)


class ZeroResultSearchesPanel(TopFivePanel):
    panel_id = "zero-result-searches"
    heading = _("Searches with no results this month")
    order = 280

    def rows(self):
        from search.models import SearchQueryCount
        from search.querylog import OTHER

        queries = SearchQueryCount.objects.exclude(query=OTHER).values("language", "query")
        return month_top(queries, "day", Sum("zero_results"), "query")
