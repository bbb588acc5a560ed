"""The readership of one page, for its edit view (core.panels.ReadershipPanel asks for it through
the page hook "page_readership"): views in the last 30 days and in total, per language version
of the page, and the downloads of the documents the page links. Counts only, from the rows the
beacon and the download view keep (no reader is known to them)."""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from core.i18n import language_name
from stats.models import DailyPageViewCount
from stats.references import language_sort_key

RECENT_DAYS = 30


@dataclass
class Counts:
    label: str
    recent: int
    total: int
    language: str = ""
    current: bool = False


def _sums(day_field, count_field):
    since = timezone.localdate() - datetime.timedelta(days=RECENT_DAYS - 1)
    return {
        "recent": Coalesce(Sum(count_field, filter=Q(**{f"{day_field}__gte": since})), 0),
        "total": Coalesce(Sum(count_field), 0),
    }


def views_per_language(page):
    """One row per language the page (or a translation of it) was read in."""
    versions = Page.objects.filter(translation_key=page.translation_key).values("pk")
    rows = (
        DailyPageViewCount.objects.filter(page_id__in=versions)
        .values("language")
        .annotate(**_sums("day", "count"))
    )
    current = page.locale.language_code
    return sorted(
        (Counts(language_name(row["language"]), row["recent"], row["total"], row["language"],
                row["language"] == current) for row in rows),
        key=lambda counts: language_sort_key(counts.language),
    )


def document_downloads(page):
    """One row per document this page links (its fields, rich text and blocks), by title."""
    document_model = get_document_model()
    linked = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        to_content_type=ContentType.objects.get_for_model(document_model),
    ).values_list("to_object_id", flat=True)
    ids = [int(pk) for pk in linked if pk.isdigit()]
    documents = (
        document_model.objects.filter(pk__in=ids)
        .annotate(**_sums("daily_downloads__day", "daily_downloads__count"))
        .order_by("title", "pk")
    )
    return [Counts(document.title, document.recent, document.total) for document in documents]


def page_readership(page, request):
    return {
        "recent_days": RECENT_DAYS,
        "views": views_per_language(page),
        "downloads": document_downloads(page),
    }
