"""Admin report "Dostępność dokumentów": every document whose file has accessibility problems
(core.document_checks), and the checked formats not checked yet, with what is missing."""

from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from core.document_checks import problems_for

CHECKED_EXTENSIONS = ("pdf", "docx", "odt")


def documents_needing_attention():
    """(document, problems) for documents with problems, then those not yet checked."""
    documents = get_document_model().objects.order_by("title")
    checked_format = Q()
    for extension in CHECKED_EXTENSIONS:
        checked_format |= Q(file__iendswith=f".{extension}")
    with_problems, unchecked = [], []
    for document in documents.filter(checked_format):
        if document.accessibility_problems is None:
            unchecked.append(document)
        elif document.accessibility_problems:
            with_problems.append((document, problems_for(document.accessibility_problems)))
    return with_problems, unchecked


def document_accessibility_report(request):
    with_problems, unchecked = documents_needing_attention()
    return TemplateResponse(request, "core/admin/document_accessibility_report.html", {
        "page_title": _("Document accessibility"),
        "header_icon": "doc-full",
        "with_problems": with_problems,
        "unchecked": unchecked,
        "checked_count": get_document_model().objects.filter(accessibility_problems__isnull=False).count(),
    })
