"""Which pages link a document, from Wagtail's reference index (wagtail.models.ReferenceIndex):
publication files, webinar materials, scenario attachments, documents in rich text or in
StreamField blocks, in every language version, without asking each model in turn."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

LANGUAGE_ORDER = [code for code, _name in settings.LANGUAGES]


def language_sort_key(code):
    return (LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER), code)


def pages_linking_documents(document_ids):
    """{document id: [page, …]} (pages with their locale, in tree order) for the given ids."""
    document_type = ContentType.objects.get_for_model(get_document_model())
    page_type = ContentType.objects.get_for_model(Page)
    references = (
        ReferenceIndex.objects.filter(
            to_content_type=document_type,
            to_object_id__in=[str(pk) for pk in document_ids],
            base_content_type=page_type,
        )
        .values_list("to_object_id", "object_id")
        .distinct()
    )
    page_ids_by_document = {}
    for document_id, page_id in references:
        if page_id.isdigit():
            page_ids_by_document.setdefault(int(document_id), set()).add(int(page_id))
    all_page_ids = set().union(*page_ids_by_document.values()) if page_ids_by_document else set()
    pages = Page.objects.filter(id__in=all_page_ids).select_related("locale").only(
        "id", "title", "path", "live", "locale__language_code"
    ).in_bulk()
    return {
        document_id: sorted((pages[pk] for pk in page_ids if pk in pages), key=lambda page: page.path)
        for document_id, page_ids in page_ids_by_document.items()
    }


def languages_of(pages):
    return sorted({page.locale.language_code for page in pages}, key=language_sort_key)
