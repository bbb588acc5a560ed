"""Keeping SearchEntry and its postings in step with live, public pages and the public
documents they link to.

What the public cannot open is never indexed: a page with a view restriction (its own or an
ancestor's), a document in a restricted collection. Everything here is a plain function, so
signals, tasks (search.tasks) and commands call the same code.
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index as wagtail_index

from search.extract import extract_language, extract_text
from search.models import DocumentText, SearchEntry
from search.postings import refresh_statistics, write_postings
from search.spelling import remember_words
from search.state import bump
from search.textbuild import Collected, value_text

logger = logging.getLogger(__name__)

# What a result says it is; models not listed are "page".
KINDS = {
    "publications.publicationpage": "publication",
    "publications.handbookpage": "publication",
    "publications.handbookchapterpage": "chapter",
    "webinars.webinarpage": "webinar",
    "scenarios.scenariopage": "scenario",
}
# Page types that only list other pages: searching them adds noise, not answers.
SKIPPED = {"home.homepage"}
DATE_ATTRIBUTES = ("search_result_date", "publication_date", "recording_date", "recorded_on", "starts_at")
MAX_TEXT = 100_000


def page_text(page):
    """(text, headings) of a page: its search fields but the title, and its extra text."""
    out = Collected()
    for field in page.search_fields:
        if isinstance(field, wagtail_index.SearchField) and field.field_name != "title":
            try:
                value_text(getattr(page, field.field_name, None), out)
            except Exception:  # a field that cannot be read must not stop indexing
                logger.warning("Could not read %s of page %s", field.field_name, page.pk, exc_info=True)
    extra = getattr(page, "search_extra_text", None)
    if callable(extra):
        value_text(extra(), out)
    value_text(taxonomy_keywords(page), out)
    return out.text()[:MAX_TEXT], out.headings


def taxonomy_keywords(page):
    """The keywords editors gave a scenario's area, level and audiences ("osoby starsze" for
    seniors), read from the relations themselves, not from fields a save() derives."""
    items = [getattr(page, name, None) for name in ("area", "level")]
    audiences = getattr(page, "audiences", None)
    if audiences is not None and hasattr(audiences, "all"):
        items.extend(audiences.all())
    return "\n".join(item.keywords for item in items if item is not None and getattr(item, "keywords", ""))


def page_date(page):
    for name in DATE_ATTRIBUTES:
        value = getattr(page, name, None)
        if value:
            return value.date() if hasattr(value, "date") and callable(value.date) else value
    return None


def page_is_public(page):
    return (
        page.live and page._meta.label_lower not in SKIPPED and page.depth >= 2
        and not page.get_view_restrictions().exists()
    )


def document_is_public(document):
    """A document anyone may download: its collection (and the collections above it) has no
    view restriction."""
    return not document.collection.get_view_restrictions().exists()


def document_text(document):
    """(text, declared language) of a document, read once and kept."""
    stored = DocumentText.objects.filter(document=document).first()
    if stored and stored.file_name == document.file.name:
        return stored.text, stored.language
    return store_document_text(document)


def store_document_text(document):
    language = ""
    try:
        with document.open_file() as handle:
            text = extract_text(handle, document.extension)
            language = extract_language(handle, document.extension)
    except (FileNotFoundError, OSError):
        logger.warning("Document %s has no readable file", document.pk)
        text = ""
    DocumentText.objects.update_or_create(
        document=document, defaults={"file_name": document.file.name, "text": text, "language": language}
    )
    return text, language


def text_language(declared):
    """A document's language for indexing: what the file declares when the site knows that
    language, else the site's main language (the project's documents are Polish)."""
    return declared if declared in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def referenced_documents(page):
    """Documents the page links to (files, attachments, document blocks), via Wagtail's reference index."""
    ReferenceIndex.create_or_update_for_object(page)
    Document = get_document_model()
    document_type = ContentType.objects.get_for_model(Document)
    ids = (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=document_type)
        .values_list("to_object_id", flat=True)
    )
    return list(Document.objects.filter(pk__in={int(i) for i in ids if str(i).isdigit()}).select_related("collection"))


def _save_entry(page, document, fields, headings, analyse_in):
    entry, _created = SearchEntry.objects.update_or_create(page=page, document=document, defaults=fields)
    # Words are remembered for spelling once per text: an unchanged entry's are known already.
    if write_postings(entry, headings, analyse_in):
        remember_words(entry.language, f"{entry.title} {entry.text}")
    return entry


def index_page(page):
    """(Re)build the entries of one page; remove them if the public should not find it."""
    page = page.specific
    bump()
    if not page_is_public(page):
        remove_page(page.pk)
        return
    language = page.locale.language_code
    kind = KINDS.get(page._meta.label_lower, "page")
    url = page.get_url() or page.url or ""
    date = page_date(page)
    body, headings = page_text(page)
    documents = [document for document in referenced_documents(page) if document_is_public(document)]
    with transaction.atomic():
        _save_entry(page, None, {
            "language": language, "kind": kind, "title": page.title, "date": date, "url": url, "text": body,
            "content_language": "",
        }, headings, language)
        SearchEntry.objects.filter(page=page, document__isnull=False).exclude(document__in=documents).delete()
        for document in documents:
            text, declared = document_text(document)
            written_in = text_language(declared)
            _save_entry(page, document, {
                "language": language, "kind": "document", "title": document.title, "date": date, "url": url,
                "text": text[:MAX_TEXT], "content_language": written_in if written_in != language else "",
            }, [], written_in)


def remove_page(page_id):
    SearchEntry.objects.filter(page_id=page_id).delete()
    bump()


def pages_linking(document):
    """Pages whose content links to the document (Wagtail's reference index)."""
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in={int(i) for i in ids if str(i).isdigit()})


def reindex_document(document, read_file=True):
    """After a document changed (its file, title or collection): new text into every entry
    that shows it, or no entries at all if the public may no longer download it."""
    bump()
    if not document_is_public(document):
        SearchEntry.objects.filter(document=document).delete()
        return
    if not SearchEntry.objects.filter(document=document).exists():
        # Public again (or never indexed): the pages that link it bring it back.
        for page in pages_linking(document).specific():
            index_page(page)
        return
    text, declared = store_document_text(document) if read_file else document_text(document)
    written_in = text_language(declared)
    with transaction.atomic():
        for entry in SearchEntry.objects.filter(document=document):
            entry.text = text[:MAX_TEXT]
            entry.title = document.title
            entry.content_language = written_in if written_in != entry.language else ""
            entry.save()
            if write_postings(entry, [], written_in):
                remember_words(entry.language, f"{entry.title} {entry.text}")


def reindex_collection(collection_id):
    """A collection's view restriction changed: its documents and those of the collections
    below it are removed from the index or brought back."""
    from wagtail.models import Collection

    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is None:
        return
    documents = get_document_model().objects.filter(collection__in=collection.get_descendants(inclusive=True))
    for document in documents.select_related("collection").iterator(chunk_size=200):
        reindex_document(document, read_file=False)


def reindex_subtree(page):
    """A page moved, changed its slug or its view restrictions: it and every page below it
    get their URLs and visibility again."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator(chunk_size=200):
        index_page(descendant)


def rebuild():
    """Every page again, replaced page by page (each in its own transaction), never emptied
    first: visitors searching during a rebuild meet the old entries or the new ones, never an
    empty index. Pages that are no longer public lose theirs. Returns the number of entries."""
    for page in Page.objects.filter(depth__gte=2).specific().iterator(chunk_size=200):
        index_page(page)
    refresh_statistics()
    return SearchEntry.objects.count()


def index_missing():
    """Index live pages that have no entry yet (e.g. created in code without publishing), or
    whose entry has no postings (indexed before the inverted index existed)."""
    indexed = SearchEntry.objects.filter(document__isnull=True, postings__isnull=False).values("page_id")
    count = 0
    for page in Page.objects.live().filter(depth__gte=3).exclude(pk__in=indexed).specific().iterator(chunk_size=200):
        index_page(page)
        count += 1
    if count:
        refresh_statistics()
    return count
