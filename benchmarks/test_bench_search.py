"""`make bench`: search latency over 10 000 scenario entries and 1 000 documents.

SQLite by default; on PostgreSQL with DATABASE_URL=postgres://…/search_bench make bench.
Targets from issue 18: a two-word query median under 30 ms, suggestions under 10 ms, hostile
queries (2 000 characters, 200 words, only common words, only punctuation, mixed scripts, a
typo to correct) under 200 ms each. The index is built by the real indexer's functions
(search.postings.entry_postings, search.spelling.remember_words).
"""

import random
import statistics
import time

import pytest
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from wagtail.models import Page

from search.models import SearchEntry, SearchPosting
from search.postings import entry_postings, posting_rows, refresh_statistics
from search.ranking import run_search
from search.snippets import snippet, suggestions
from search.spelling import remember_words

WORDS = (
    "szkolenie seniorów internet bankowość e-recepta zdrowie rodzina wideo rozmowa gmina biblioteka "
    "dom kultury świetlica finanse przelew konto poczta e-mail bezpieczeństwo hasło zakupy praca CV "
    "ogłoszenie urząd wniosek profil zaufany mapa podróż zdjęcia hobby muzyka film religia aplikacja "
    "telefon tablet komputer wyszukiwarka informacja edukacja kurs nauka dziecko wnuki sąsiedzi "
    "wolontariat obywatel petycja konsultacje głuchych migowy niewidomych czytnik ekranu powiększenie"
).split()


def sentence(rng, length):
    return " ".join(rng.choice(WORDS) for _ in range(length))


def add_postings(entries):
    rows = []
    for entry in entries:
        rows.extend(posting_rows(entry, entry_postings(entry, [], "pl")[0]))
    SearchPosting.objects.bulk_create(rows, batch_size=5000)


@pytest.fixture
def big_index(transactional_db):
    # Committed, as a real rebuild leaves it (PostgreSQL can VACUUM only committed rows).
    return build_big_index()


def build_big_index():
    """10 000 scenario entries and 1 000 document entries with their postings (also callable
    from a shell, to profile against a kept database)."""
    rng = random.Random(2016)
    root = Page.get_first_root_node()
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
    entries = []
    for number, scenario_page in enumerate(pages):
        title = f"Scenariusz {number}: {sentence(rng, 4)}"
        entries.append(SearchEntry(page=scenario_page, document=None, language="pl", kind="scenario", title=title,
                                   url=f"/s/{number}/", text=sentence(rng, 120)))
    SearchEntry.objects.bulk_create(entries, batch_size=1000)
    from demo.factories import DocumentFactory

    documents = [DocumentFactory(title=f"Załącznik {n}") for n in range(1_000)]
    SearchEntry.objects.bulk_create([
        SearchEntry(page=root, document=document, language="pl", kind="document", title=document.title, url="/d/",
                    text=sentence(rng, 500))
        for document in documents
    ], batch_size=500)
    saved = list(SearchEntry.objects.order_by("id"))
    for start in range(0, len(saved), 500):
        add_postings(saved[start:start + 500])
    remember_words("pl", " ".join(WORDS))
    refresh_statistics()  # as search.indexer.rebuild does after writing the index
    return SearchEntry.objects.count(), SearchPosting.objects.count()


def timed(function, rounds=30):
    timings = []
    for _ in range(rounds):
        cache.clear()
        start = time.perf_counter()
        function()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), max(timings)


def first_page(query):
    results = run_search(query, "pl")
    page = Paginator(results.entries, 10).page(1)
    for entry in page:
        snippet(entry.text, results.terms, "pl")


HOSTILE = {
    "2000 characters": "bankowość " * 200,
    "200 words": " ".join(WORDS[n % len(WORDS)] for n in range(200)),
    "only common words": "jak i czy się w na to",
    "only punctuation": "?!… ,.; -- ()",
    "mixed scripts": "bankowość Москва 東京 ٱلعربية seniorów",
    "typo to correct": "bankowsc seniorw",
}


def test_search_latency(big_index):
    entries, postings = big_index
    assert entries == 11_000
    median, worst = timed(lambda: first_page("bankowość seniorów"))
    suggest_median, suggest_worst = timed(lambda: suggestions("bankow", "pl"))
    print(f"\nsearch on {connection.vendor} over {entries} entries ({postings} postings): two-word query median "
          f"{median:.1f} ms (max {worst:.1f}); suggestions median {suggest_median:.1f} ms (max {suggest_worst:.1f})")
    hostile = {}
    for label, query in HOSTILE.items():
        hostile[label] = timed(lambda query=query: first_page(query[:200]), rounds=5)
        print(f"  {label:18} median {hostile[label][0]:6.1f} ms (max {hostile[label][1]:.1f})")
    assert median < 30
    assert suggest_median < 10
    assert all(worst < 200 for _median, worst in hostile.values())
