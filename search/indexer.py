"""Keeping SearchEntry in step with live pages and the documents they link to."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.search import index as wagtail_index

from search.extract import extract_language, extract_text
from search.models import DocumentText, SearchEntry, SearchWord
from search.normalise import index_text, spelled_words

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


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        return " ".join(str(part) for part in value.stream_block.get_searchable_content(value))
    if isinstance(value, RichText):
        value = value.source
    if hasattr(value, "all") and callable(value.all):  # related managers: index their text
        return " ".join(str(item) for item in value.all())
    return strip_tags(str(value))


def page_text(page):
    parts = []
    for field in page.search_fields:
        if isinstance(field, wagtail_index.SearchField) and field.field_name != "title":
            try:
                parts.append(_plain(getattr(page, field.field_name, None)))
            except Exception:  # a field that cannot be read must not stop indexing
                logger.warning("Could not read %s of page %s", field.field_name, page.pk, exc_info=True)
    extra = getattr(page, "search_extra_text", None)
    if callable(extra):
        parts.append(extra())
    return " ".join(part for part in parts if part).strip()[:MAX_TEXT]


def page_date(page):
    for name in DATE_ATTRIBUTES:
        value = getattr(page, name, None)
        if value:
            return value.date() if hasattr(value, "date") and callable(value.date) else value
    return None


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
    return list(Document.objects.filter(pk__in={int(i) for i in ids if str(i).isdigit()}))


def index_page(page):
    """(Re)build the entries of one page; remove them if the page should not be found."""
    page = page.specific
    label = page._meta.label_lower
    if not page.live or label in SKIPPED or page.depth < 2 or page.get_view_restrictions().exists():
        remove_page(page.pk)
        return
    language = page.locale.language_code
    kind = KINDS.get(label, "page")
    url = page.get_url() or page.url or ""
    title = page.title
    body = page_text(page)
    documents = referenced_documents(page)
    remember_spellings(f"{title} {body}")
    with transaction.atomic():
        SearchEntry.objects.update_or_create(
            page=page,
            document=None,
            defaults={
                "language": language, "kind": kind, "title": title, "date": page_date(page), "url": url,
                "text": body, "title_index": index_text(title, language),
                "index_text": index_text(f"{title} {body}", language),
            },
        )
        SearchEntry.objects.filter(page=page, document__isnull=False).exclude(document__in=documents).delete()
        for document in documents:
            text, declared = document_text(document)
            remember_spellings(text)
            doc_title = f"{document.title}"
            written_in = text_language(declared)
            SearchEntry.objects.update_or_create(
                page=page,
                document=document,
                defaults={
                    "language": language, "kind": "document", "title": doc_title, "date": page_date(page),
                    "url": url, "text": text[:MAX_TEXT],
                    "content_language": written_in if written_in != language else "",
                    "title_index": index_text(doc_title, written_in),
                    "index_text": index_text(f"{doc_title} {text}", written_in),
                },
            )


def remember_spellings(text):
    pairs = spelled_words(text)
    if pairs:
        SearchWord.objects.bulk_create(
            [SearchWord(folded=folded, word=word) for folded, word in pairs], ignore_conflicts=True
        )


def remove_page(page_id):
    SearchEntry.objects.filter(page_id=page_id).delete()


def reindex_document(document):
    """After a document's file changed: new text into every entry that shows it."""
    text, declared = store_document_text(document)
    remember_spellings(text)
    written_in = text_language(declared)
    for entry in SearchEntry.objects.filter(document=document).select_related("page__locale"):
        entry.text = text[:MAX_TEXT]
        entry.title = document.title
        entry.content_language = written_in if written_in != entry.language else ""
        entry.title_index = index_text(document.title, written_in)
        entry.index_text = index_text(f"{document.title} {text}", written_in)
        entry.save()


def rebuild():
    """Every live page again, from scratch. Returns the number of entries."""
    SearchEntry.objects.all().delete()
    for page in Page.objects.live().filter(depth__gte=2).specific().iterator(chunk_size=200):
        index_page(page)
    return SearchEntry.objects.count()


def index_missing():
    """Index live pages that have no entry yet (e.g. created in code without publishing)."""
    indexed = SearchEntry.objects.filter(document__isnull=True).values("page_id")
    count = 0
    for page in Page.objects.live().filter(depth__gte=3).exclude(pk__in=indexed).specific().iterator(chunk_size=200):
        index_page(page)
        count += 1
    return count
