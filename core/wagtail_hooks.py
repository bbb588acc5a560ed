from django.template.defaultfilters import filesizeformat
from django.urls import path
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.snippets.models import register_snippet

from core import autosave_twin  # noqa: F401  (registers before_create_page: a second save of a new page)
from core.admin_reports import register_report
from core.admin_wording import TitledSnippetViewSet
from core.document_report import document_accessibility_report
from core.models import FooterText
from core.moderation_admin import ModeratedSnippetViewSet, register_policies
from core.translation_workflow import ReviewedUpdateTranslationsView

register_policies(FooterText)


class FooterTextViewSet(ModeratedSnippetViewSet, TitledSnippetViewSet):
    model = FooterText
    icon = "doc-full"
    new_item_title = _("New footer text")


register_snippet(FooterTextViewSet)


class DocumentLinkWithDetails(DocumentLinkHandler):
    """A document linked inside rich text states its format and size, like every other
    download link of the site. The handler writes only the opening tag, so the details go in
    an attribute the stylesheet shows after the link text (generated content is read out by
    screen readers)."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        tags = []
        for document in cls.get_many(attrs_list):
            if document is None:
                tags.append("<a>")
                continue
            details = document.format_label
            if document.file_size:
                details = f"{details}, {filesizeformat(document.file_size)}"
            tags.append(f'<a class="download-inline" href="{escape(document.url)}" data-file-details=" ({escape(details)})">')
        return tags


@hooks.register("register_rich_text_features", order=100)  # after wagtail.documents registers its own
def document_links_with_details(features):
    features.register_link_type(DocumentLinkWithDetails)


class SiteContentChecker(ContentCheckerItem):
    """Wagtail's checker (userbar and the editor's preview "Checks" panel) with the rules our
    editors' content can break added: missing alt texts, lists built by hand, wrong language codes."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "svg-img-alt",
        "role-img-alt",
        "list",
        "listitem",
        "valid-lang",
        "table-fake-caption",
        "th-has-data-cells",
        "link-in-text-block",
    ]


@hooks.register("construct_wagtail_userbar")
def use_site_accessibility_checks(request, items, page):
    items[:] = [SiteContentChecker() if isinstance(item, ContentCheckerItem) else item for item in items]


@hooks.register("register_admin_urls")
def register_reviewed_translation_sync():
    """Our sync view in place of wagtail-localize's (core's hooks come first, so this path wins)."""
    return [path("localize/update/<int:translation_source_id>/", ReviewedUpdateTranslationsView.as_view(),
                 name="reviewed_update_translations")]


register_report("reports/dostepnosc-dokumentow/", document_accessibility_report, name="document_accessibility",
                label=_("Document accessibility"), icon="doc-full", order=710)
