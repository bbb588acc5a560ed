"""Issue 14: the index holds only what the public may open, whenever a restriction comes,
and follows moves and slug changes."""

import pytest
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.models import CustomDocument
from demo.files.pdf import build_pdf
from publications.models import PublicationFile, PublicationPage
from search.models import SearchEntry, SearchPosting, SpellingKey
from search.query import parse
from search.ranking import run_search

SECRET = "Zażółćkartoflisko"


def found(query, language="pl"):
    return [(entry.url, entry.title) for entry in run_search(query, language).entries]


def on_commit():
    return TestCase.captureOnCommitCallbacks(execute=True)


def private_collection():
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Tylko dla zespołu")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


TITLE = "Kwartalnik Źdźbłowski"


def linked_document(collection=None, title=TITLE):
    publication = PublicationPage.objects.get(slug="partnerstwa-daja-moc")
    with on_commit():
        document = CustomDocument.objects.create(
            title=title, file=ContentFile(build_pdf(title, [[("p", f"{SECRET} i inne tajemnice")]]), name="poufne.pdf"),
            **({"collection": collection} if collection else {}),
        )
    publication.files.add(PublicationFile(document=document))
    with on_commit():
        publication.save_revision().publish()
    return publication, document


def showing(document, query):
    return [entry for entry in run_search(query, "pl").entries if entry.document_id == document.pk]


def assert_invisible(document):
    assert not SearchEntry.objects.filter(document=document).exists()
    assert not found(SECRET) and not showing(document, TITLE)
    assert parse(SECRET[:-1] + "x", "pl").corrections == {}  # no "did you mean" from its words
    assert parse("Źdźbłowskx", "pl").corrections == {}  # nor from its title


@pytest.mark.django_db
def test_document_in_restricted_collection_is_never_indexed(demo):
    _publication, document = linked_document(private_collection())
    assert_invisible(document)


def test_collection_restricted_later_leaves_the_index_and_comes_back(demo):
    collection = Collection.get_first_root_node().add_child(name="Później zamknięta")
    _publication, document = linked_document(collection)
    assert found(SECRET) and parse(SECRET[:-1] + "x", "pl").corrections
    with on_commit():
        restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    assert_invisible(document)
    with on_commit():
        restriction.delete()
    assert found(SECRET)


def test_document_moved_into_a_restricted_collection_leaves(demo):
    _publication, document = linked_document()
    assert found(SECRET)
    document.collection = private_collection()
    with on_commit():
        document.save()
    assert_invisible(document)


def test_page_made_private_after_publishing_leaves_with_its_children(demo):
    handbook = PublicationPage.objects.get(slug="mocni-w-partnerstwie")
    chapter_ids = list(handbook.get_children().values_list("pk", flat=True))
    assert SearchEntry.objects.filter(page_id__in=chapter_ids).exists()
    with on_commit():
        restriction = PageViewRestriction.objects.create(page=handbook, restriction_type="login")
    assert not SearchEntry.objects.filter(page=handbook).exists()
    assert not SearchEntry.objects.filter(page_id__in=chapter_ids).exists()
    assert not any(url.startswith("/publikacje/mocni-w-partnerstwie/") for url, _t in found("lider partnerstwa"))
    with on_commit():
        restriction.delete()
    assert SearchEntry.objects.filter(page_id__in=chapter_ids).count() == len(chapter_ids)


def test_private_page_words_are_not_suggested(demo):
    handbook = PublicationPage.objects.get(slug="mocni-w-partnerstwie")
    page = handbook.get_children().first().specific
    assert SearchPosting.objects.filter(entry__page=page).exists()
    with on_commit():
        PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert not SearchPosting.objects.filter(entry__page=page).exists()
    assert SpellingKey.objects.exists()  # the word list may remember it, but only postings offer words


def test_moved_page_gets_its_new_url(demo):
    handbook = PublicationPage.objects.get(slug="mocni-w-partnerstwie")
    chapter = handbook.get_children().get(slug="lider")
    other = PublicationPage.objects.get(slug="partnerstwa-daja-moc")
    with on_commit():
        chapter.move(other, pos="last-child")
    urls = set(SearchEntry.objects.filter(page=chapter).values_list("url", flat=True))
    assert urls == {"/publikacje/partnerstwa-daja-moc/lider/"}
    assert "/publikacje/partnerstwa-daja-moc/lider/" in [url for url, _t in found("rola e-mocarza")]


def test_slug_change_updates_the_urls_below(demo):
    handbook = PublicationPage.objects.get(slug="mocni-w-partnerstwie")
    handbook = handbook.specific
    handbook.slug = "silni-w-partnerstwie"
    with on_commit():
        handbook.save_revision().publish()
    chapter_urls = set(SearchEntry.objects.filter(page__in=handbook.get_children()).values_list("url", flat=True))
    assert chapter_urls and all(url.startswith("/publikacje/silni-w-partnerstwie/") for url in chapter_urls)


def test_rebuild_never_empties_the_index(demo, django_assert_max_num_queries):
    from search import indexer

    counts = []
    real = indexer.index_page

    def watching(page):
        counts.append(SearchEntry.objects.count())
        real(page)

    indexer.index_page = watching
    try:
        total = indexer.rebuild()
    finally:
        indexer.index_page = real
    assert min(counts) > 0.9 * total


def test_indexing_an_unchanged_page_again_writes_no_postings(demo):
    """The rebuild of a release reads what did not change and writes only what did."""
    from search.indexer import index_page

    page = PublicationPage.objects.live().filter(locale__language_code="pl").first().specific
    entry = SearchEntry.objects.get(page=page, document__isnull=True)
    index_page(page)
    before = set(SearchPosting.objects.filter(entry=entry).values_list("id", "term", "weight"))
    assert before
    index_page(page)
    assert set(SearchPosting.objects.filter(entry=entry).values_list("id", "term", "weight")) == before

    page.title = page.title + " kiełbasa"
    page.save_revision().publish()  # publishing indexes it again
    after = set(SearchPosting.objects.filter(entry=entry).values_list("term", flat=True))
    assert after != {term for _id, term, _weight in before}
    assert [entry.title for entry in run_search("kiełbasa", "pl").entries][:1] == [page.title]


def test_postings_are_deleted_in_one_statement(demo, django_assert_num_queries):
    """No receiver listens to the deletion of every model (core.signals), so Django deletes the
    postings of an entry with one DELETE instead of loading and signalling each row."""
    entry = SearchEntry.objects.filter(postings__isnull=False).first()
    assert SearchPosting.objects.filter(entry=entry).count() > 10
    with django_assert_num_queries(1):
        SearchPosting.objects.filter(entry=entry).delete()
    assert not SearchPosting.objects.filter(entry=entry).exists()


def test_postings_deleted_behind_the_digest_are_written_again(demo):
    """The digest says what was written, not what is there: an entry whose postings are gone is
    repaired by indexing it again (index_missing, run by every release, finds it)."""
    from search.indexer import index_missing

    page = PublicationPage.objects.live().filter(locale__language_code="pl").first().specific
    entry = SearchEntry.objects.get(page=page, document__isnull=True)
    terms = set(SearchPosting.objects.filter(entry=entry).values_list("term", flat=True))
    assert terms and entry.postings_digest
    SearchPosting.objects.filter(entry=entry).delete()
    assert index_missing() >= 1
    assert set(SearchPosting.objects.filter(entry=entry).values_list("term", flat=True)) == terms
