"""The period a report counts over, chosen in the query string (both reports share it).

    ?period=day&day=2026-11-03        one day (default: today)
    ?period=month&month=2026-11       one calendar month (default: this month; the default period)
    ?period=all                       everything counted
    ?period=range&date_from=…&date_to=…   any span of days, both ends included

Anything else gets a message saying what is wrong (the view answers 400), never an error page.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from django import forms
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
EARLIEST_YEAR = 2000  # nothing was counted before the site existed; also keeps dates sane
LONGEST_RANGE_DAYS = 366 * 20

PERIOD_CHOICES = [
    ("day", _("One day")),
    ("month", _("One month")),
    ("range", _("From – to")),
    ("all", _("All time")),
]


@dataclass(frozen=True)
class Period:
    start: datetime.date | None
    end: datetime.date | None
    label: str

    def filter(self, day_field):
        """A Q on the day field of the counts, or an empty Q for all time."""
        if self.start is None:
            return Q()
        return Q(**{f"{day_field}__gte": self.start, f"{day_field}__lte": self.end})


class PeriodForm(forms.Form):
    period = forms.ChoiceField(label=_("Period"), choices=PERIOD_CHOICES, required=False)
    day = forms.DateField(label=_("Day"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    month = forms.CharField(label=_("Month"), required=False, max_length=7,
                            widget=forms.TextInput(attrs={"type": "month", "placeholder": "2026-11"}),
                            help_text=_("Year and month, for example 2026-11."))
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_day(self):
        return check_year(self.cleaned_data.get("day"))

    def clean_date_from(self):
        return check_year(self.cleaned_data.get("date_from"))

    def clean_date_to(self):
        return check_year(self.cleaned_data.get("date_to"))

    def clean_month(self):
        value = (self.cleaned_data.get("month") or "").strip()
        if not value:
            return None
        match = MONTH_PATTERN.match(value)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise forms.ValidationError(_("Give the month as year and month, for example 2026-11."))
        return check_year(datetime.date(int(match.group(1)), int(match.group(2)), 1))

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        kind = data.get("period") or "month"
        if kind == "range":
            start, end = data.get("date_from"), data.get("date_to")
            if start is None or end is None:
                raise forms.ValidationError(_("For a range, give both the first and the last day."))
            if start > end:
                raise forms.ValidationError(_("The first day of the range comes after the last day."))
            if (end - start).days > LONGEST_RANGE_DAYS:
                raise forms.ValidationError(_("The range is too long: at most twenty years."))
        data["period_value"] = period_from(kind, data)
        return data


def check_year(value):
    if value is not None and not EARLIEST_YEAR <= value.year <= timezone.localdate().year + 1:
        raise forms.ValidationError(_("Choose a date between the year 2000 and next year."))
    return value


def period_from(kind, data):
    today = timezone.localdate()
    if kind == "all":
        return Period(None, None, str(_("all time")))
    if kind == "day":
        day = data.get("day") or today
        return Period(day, day, date_format(day, "DATE_FORMAT"))
    if kind == "range":
        start, end = data["date_from"], data["date_to"]
        return Period(start, end, f"{date_format(start, 'DATE_FORMAT')} – {date_format(end, 'DATE_FORMAT')}")
    first = data.get("month") or today.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return Period(first, last, date_format(first, "YEAR_MONTH_FORMAT"))


def count_sums(relation, period):
    """Annotations for a queryset: counts today, this calendar month, all time and in the period.
    `relation` is the path to the daily count rows ("daily_downloads" from a document, "" on the
    count rows themselves). All four sum over one join, each with its own filter."""
    prefix = f"{relation}__" if relation else ""
    count, day = f"{prefix}count", f"{prefix}day"
    today = timezone.localdate()
    month = Period(today.replace(day=1), today, "")

    def total(condition=None):
        return Coalesce(Sum(count, filter=condition), 0)

    return {
        "count_today": total(Q(**{day: today})),
        "count_month": total(month.filter(day)),
        "count_total": total(),
        "count_period": total(period.filter(day)) if period.start else total(),
    }
