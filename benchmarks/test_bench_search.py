"""`make bench`: search latency over 10 000 scenarios and 1 000 documents (SQLite by default).

Targets from the search issue: median under 50 ms for a two-word query, suggestions under 20 ms.
"""

import random
import statistics
import time

import pytest
from django.core.cache import cache
from django.core.paginator import Paginator
from wagtail.models import Page

from search.models import SearchEntry
from search.normalise import index_text
from search.query import run_search, suggestions

WORDS = (
    "szkolenie seniorów internet bankowość e-recepta zdrowie rodzina wideo rozmowa gmina biblioteka "
    "dom kultury świetlica finanse przelew konto poczta e-mail bezpieczeństwo hasło zakupy praca CV "
    "ogłoszenie urząd wniosek profil zaufany mapa podróż zdjęcia hobby muzyka film religia aplikacja "
    "telefon tablet komputer wyszukiwarka informacja edukacja kurs nauka dziecko wnuki sąsiedzi "
    "wolontariat obywatel petycja konsultacje głuchych migowy niewidomych czytnik ekranu powiększenie"
).split()


def sentence(rng, length):
    return " ".join(rng.choice(WORDS) for _ in range(length))


@pytest.fixture
def big_index(db):
    rng = random.Random(2016)
    root = Page.get_first_root_node()
    # 10 000 bare page rows (bulk, straight into the tree) to hang the scenario entries on.
    from django.contrib.contenttypes.models import ContentType

    page_type = ContentType.objects.get_for_model(Page)
    Page.objects.bulk_create([
        Page(
            title=f"Scenariusz {n}", draft_title=f"Scenariusz {n}", slug=f"scenariusz-{n}",
            path=Page._get_path(root.path, 2, 1000 + n), depth=2, numchild=0, url_path=f"/scenariusz-{n}/",
            content_type=page_type, locale_id=root.locale_id, live=True,
        )
        for n in range(10_000)
    ], batch_size=1000)
    pages = list(Page.objects.filter(slug__startswith="scenariusz-").order_by("id"))
    page = root
    entries = []
    for number, scenario_page in enumerate(pages):
        title = f"Scenariusz {number}: {sentence(rng, 4)}"
        text = sentence(rng, 120)
        entries.append(SearchEntry(
            page=scenario_page, document=None, language="pl", kind="scenario", title=title, url=f"/s/{number}/",
            text=text, title_index=index_text(title), index_text=index_text(f"{title} {text}"),
        ))
    SearchEntry.objects.bulk_create(entries, batch_size=1000)
    # Entries of documents need distinct (page, document) pairs; the constraint is only on those.
    from core.factories import DocumentFactory

    documents = [DocumentFactory(title=f"Załącznik {n}") for n in range(1_000)]
    SearchEntry.objects.bulk_create([
        SearchEntry(
            page=page, document=document, language="pl", kind="document", title=document.title, url="/d/",
            text=(text := sentence(rng, 500)), title_index=index_text(document.title),
            index_text=index_text(f"{document.title} {text}"),
        )
        for document in documents
    ], batch_size=500)
    return SearchEntry.objects.count()


def timed(function, rounds=30):
    timings = []
    for _ in range(rounds):
        cache.clear()
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), max(timings)


def test_search_latency(big_index):
    assert big_index == 11_000

    def search():
        results = run_search("bankowość seniorów", "pl")
        page = Paginator(results.entries, 10).page(1)
        list(page)

    median, worst = timed(search)
    suggest_median, suggest_worst = timed(lambda: suggestions("bankow", "pl"))
    print(f"\nsearch over {big_index} entries: two-word query median {median:.1f} ms (max {worst:.1f}); "
          f"suggestions median {suggest_median:.1f} ms (max {suggest_worst:.1f})")
    assert median < 50
    assert suggest_median < 20
