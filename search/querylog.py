from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import SearchQueryCount
from search.normalise import fold, words


def log_query(query, language, found):
    """Count one search: the query folded and trimmed, no visitor data."""
    normalised = " ".join(words(fold(query)))[:100]
    if not normalised:
        return
    today = timezone.localdate()
    changes = {"searches": F("searches") + 1}
    if not found:
        changes["zero_results"] = F("zero_results") + 1
    rows = SearchQueryCount.objects.filter(language=language, query=normalised, day=today)
    if rows.update(**changes):
        return
    try:
        with transaction.atomic():
            SearchQueryCount.objects.create(
                language=language, query=normalised, day=today, searches=1, zero_results=0 if found else 1
            )
    except IntegrityError:
        rows.update(**changes)
