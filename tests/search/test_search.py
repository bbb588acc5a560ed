import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.models import CustomDocument
from core.text import fold
from demo.files.pdf import build_pdf
from publications.models import PublicationFile, PublicationPage
from search.models import SearchEntry, SearchQueryCount
from search.normalise import index_text, query_terms, text_matches
from search.ranking import run_search
from tests.search.quality import ENGLISH, POLISH, is_expected


@pytest.mark.parametrize("query,text", [
    ("szkolenia", "szkolenie"), ("gminy", "gmina"), ("finansów", "finanse"), ("lodz", "Łódź"),
    ("zrodla", "źródła"), ("ŁÓDŹ", "łódź"), ("szkolenia dla seniorow", "Szkolenie dla seniorów"),
    ("e-recepta", "Jak wystawić e-receptę"),
])
def test_polish_normalisation_matches(query, text):
    assert text_matches(index_text(text, "pl"), query_terms(query, "pl"))


@pytest.mark.parametrize("query,text", [("seniors", "senior"), ("trainings", "training"), ("municipalities", "municipality")])
def test_english_stemming(query, text):
    assert text_matches(index_text(text, "en"), query_terms(query, "en"))


def test_unrelated_words_do_not_match():
    assert not text_matches(index_text("Szkolenie dla seniorów", "pl"), query_terms("rower", "pl"))


def quality(items, language):
    recalls, reciprocal_ranks = [], []
    for query, expected in items:
        urls = [entry.url for entry in run_search(query, language).entries[:10]]
        rank = next((i for i, url in enumerate(urls, start=1) if is_expected(url, expected)), None)
        recalls.append(1.0 if rank else 0.0)
        reciprocal_ranks.append(1.0 / rank if rank else 0.0)
    return sum(recalls) / len(recalls), sum(reciprocal_ranks) / len(reciprocal_ranks)


def test_search_quality_on_labelled_queries(demo, capsys):
    assert len(POLISH) >= 40 and len(ENGLISH) >= 10
    recall_pl, mrr_pl = quality(POLISH, "pl")
    recall_en, mrr_en = quality(ENGLISH, "en")
    from django.db import connection

    with capsys.disabled():
        print(f"\nsearch quality on {connection.vendor}: pl recall@10={recall_pl:.3f} MRR={mrr_pl:.3f} "
              f"({len(POLISH)} queries); en recall@10={recall_en:.3f} MRR={mrr_en:.3f} ({len(ENGLISH)} queries)")
    assert recall_pl >= 0.9 and mrr_pl >= 0.8
    assert recall_en >= 0.9 and mrr_en >= 0.8


def test_queries_without_diacritics_give_the_same_top_ten(demo):
    checked = 0
    for query, _expected in POLISH:
        if fold(query) == query.lower():
            continue
        with_letters = [e.id for e in run_search(query, "pl").entries[:10]]
        without = [e.id for e in run_search(fold(query), "pl").entries[:10]]
        assert with_letters == without, query
        checked += 1
    assert checked >= 5


def test_results_only_in_current_language(demo, client):
    html = client.get("/en/search/", {"q": "municipalities"}).content.decode()
    assert "/en/about/" in html and 'href="/o-projekcie/"' not in html
    assert SearchEntry.objects.filter(language="pl").exists() and SearchEntry.objects.filter(language="en").exists()


def test_result_shows_type_date_and_highlighted_snippet(demo, client):
    html = client.get("/szukaj/", {"q": "lider partnerstwa"}).content.decode()
    assert "Rozdział poradnika" in html
    assert "<mark>Lider</mark>" in html or "<mark>lider</mark>" in html.lower()
    html = client.get("/szukaj/", {"q": "Kusak"}).content.decode()
    assert '<time datetime="2017-01-01">2017</time>' in html


def test_type_filter_with_counts(demo, client):
    html = client.get("/szukaj/", {"q": "partnerstwo"}).content.decode()
    assert "Rozdział poradnika <span class=\"count\">(" in html
    only_chapters = client.get("/szukaj/", {"q": "partnerstwo", "typ": "chapter"})
    assert only_chapters.status_code == 200
    kinds = {entry.kind for entry in only_chapters.context["results"]}
    assert kinds == {"chapter"}


def test_promoted_results_come_first(demo, client):
    target = PublicationPage.objects.get(slug="ramowy-katalog-kompetencji-cyfrowych")
    SearchPromotion.objects.create(query=Query.get("lider"), page=target, sort_order=0, description="Polecamy")
    response = client.get("/szukaj/", {"q": "lider"})
    html = response.content.decode()
    assert html.index(target.url) < html.index("/publikacje/mocni-w-partnerstwie/lider/")
    assert "Polecamy" in html


def test_document_contents_are_searchable_and_lead_to_their_page(demo, client):
    publication = PublicationPage.objects.get(slug="partnerstwa-daja-moc")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:p><w:t>Harmonogram zebrań sołeckich</w:t></w:p></w:document>")
    docx = CustomDocument.objects.create(title="Załącznik", file=ContentFile(buffer.getvalue(), name="zalacznik.docx"))
    odt_buffer = io.BytesIO()
    with zipfile.ZipFile(odt_buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:text><text:p>Kwestionariusz wolontariuszy</text:p></office:text>")
    odt = CustomDocument.objects.create(title="Ankieta", file=ContentFile(odt_buffer.getvalue(), name="ankieta.odt"))
    pdf = CustomDocument.objects.create(
        title="Notatka", file=ContentFile(build_pdf("Notatka", [[("p", "Sprawozdanie z dożynek gminnych")]]), name="n.pdf")
    )
    for document in (docx, odt, pdf):
        publication.files.add(PublicationFile(document=document))
    publication.save_revision().publish()
    for query in ("harmonogram zebran solecki", "kwestionariusz wolontariusza", "sprawozdania z dozynek"):
        results = client.get("/szukaj/", {"q": query}).context["results"]
        entries = list(results)
        assert entries, query
        assert entries[0].kind == "document" and entries[0].url == publication.url


def test_changed_document_file_is_read_again(demo):
    document = PublicationFile.objects.get(page__slug="partnerstwa-daja-moc").document
    assert not run_search("kartoflisko", "pl").entries.exists()
    document.file = ContentFile(build_pdf("Nowa wersja", [[("p", "Kartoflisko i inne nowe słowa")]]), name="nowa.pdf")
    document.file_size = None
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        document.save()
    assert any(entry.document_id == document.id for entry in run_search("kartoflisko", "pl").entries)


@pytest.mark.parametrize("query", [
    "", " ", "a" * 2000, "!!!", '"', "'", "\" OR 1=1 --", "DROP TABLE wagtailcore_page;", "%", "_", "\x00",
    "\\", "ą" * 300, "<script>alert(1)</script>",
])
def test_bad_queries_never_fail(demo, client, query):
    response = client.get("/szukaj/", {"q": query, "page": "x"})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_invalid_utf8_and_odd_parameters(demo, client):
    assert client.get("/szukaj/?q=%ff%fe%00&page=%ff").status_code == 200
    assert client.get("/szukaj/?q=lider&typ=nieznany").status_code == 200
    assert client.get("/szukaj/?q=lider&page=999").status_code == 404
    assert client.get("/szukaj/?q=lider&page=-1").status_code == 404


def test_zero_results_page_helps(demo, client):
    html = client.get("/szukaj/", {"q": "xyzzyqwerty"}).content.decode()
    assert 'href="/publikacje/"' in html


def test_results_page_is_noindex_and_not_cached(demo, client):
    response = client.get("/szukaj/", {"q": "lider"})
    assert 'content="noindex"' in response.content.decode()
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_suggestions_endpoint(demo, client):
    response = client.get("/szukaj/podpowiedzi/", {"q": "lid"})
    data = response.json()
    assert response.status_code == 200 and "max-age=300" in response["Cache-Control"]
    assert any(item["title"].startswith("Lider") for item in data["results"])
    assert len(response.content) < 2000
    assert client.get("/szukaj/podpowiedzi/", {"q": "\x00"}).json()["results"] == []
    assert client.get("/en/search/suggestions/", {"q": "abo"}).status_code == 200


def test_query_log_counts_without_personal_data(demo, client, admin_client):
    client.get("/szukaj/", {"q": "Lider"})
    client.get("/szukaj/", {"q": "lider"})
    client.get("/szukaj/", {"q": "xyzzyqwerty"})
    row = SearchQueryCount.objects.get(query="lider", language="pl")
    assert row.searches == 2 and row.zero_results == 0
    assert SearchQueryCount.objects.get(query="xyzzyqwerty").zero_results == 1
    fields = {f.name for f in SearchQueryCount._meta.get_fields()}
    assert not fields & {"ip", "user", "user_agent", "session"}
    html = admin_client.get("/admin/reports/zapytania/").content.decode()
    assert "lider" in html and "xyzzyqwerty" in html


def test_update_index_rebuilds_everything(demo):
    before = SearchEntry.objects.count()
    SearchEntry.objects.all().delete()
    call_command("update_index", verbosity=0)
    assert SearchEntry.objects.count() == before > 20


def test_unpublished_page_leaves_the_index(demo):
    page = PublicationPage.objects.get(slug="partnerstwa-daja-moc")
    assert SearchEntry.objects.filter(page=page).exists()
    page.unpublish()
    assert not SearchEntry.objects.filter(page=page).exists()


def test_polish_documents_in_english_results_are_marked_polish(demo, client):
    import re

    from search.models import SearchEntry

    polish_docs = SearchEntry.objects.filter(language="en", document__isnull=False, content_language="pl")
    assert polish_docs.exists()
    english_docs = SearchEntry.objects.filter(language="en", document__isnull=False, content_language="")
    assert english_docs.exists()  # the English summary PDF declares /Lang en
    # A Polish word on the English search finds the Polish handbook PDF, marked as Polish.
    html = client.get("/en/search/", {"q": "poradnik"}).content.decode()
    marked = re.findall(r'<h3 lang="pl"><a href="[^"]+">([^<]+)</a></h3>', html)
    assert any(title.endswith("(PDF)") for title in marked)
    assert 'class="search-result__snippet" lang="pl"' in html
    for entry in polish_docs:
        assert entry.postings.exists()  # normalised with the Polish stemmer, not the page's English one


def test_english_scenario_files_are_indexed_as_english(demo):
    from search.models import SearchEntry

    scenario_files = SearchEntry.objects.filter(language="en", kind="document", title__startswith="Scenario:")
    assert scenario_files.exists() and not scenario_files.exclude(content_language="").exists()
