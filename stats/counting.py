"""Adding one view to a page's count for today: one UPDATE, or an INSERT for the first view of
the day (the unique row per page, language and day decides a race)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from stats.models import DailyPageViewCount


def count_view(page, language):
    today = timezone.localdate()
    rows = DailyPageViewCount.objects.filter(page=page, language=language, day=today)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            DailyPageViewCount.objects.create(page=page, language=language, day=today, count=1)
    except IntegrityError:  # another request made today's row first
        rows.update(count=F("count") + 1)
