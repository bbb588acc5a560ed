from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.i18n import more_in_default_language
from core.models import BasePage
from core.text import anchor

from .publication import PublicationPage


class HandbookPage(RoutablePageMixin, PublicationPage):
    """A publication that is also a book of HTML chapters (its child pages)."""

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = ["publications.HandbookChapterPage"]

    class Meta:
        verbose_name = _("handbook (a book in chapters)")
        verbose_name_plural = _("handbooks")

    def get_chapters(self):
        """The chapters in this book's language: a translated book lists only translated chapters."""
        return HandbookChapterPage.objects.child_of(self).live().public().order_by("path")

    def untranslated_chapters(self):
        """In a translation: how many chapters exist only in the default language, and where."""
        return more_in_default_language(self, HandbookChapterPage)

    @path("")
    def book_view(self, request):
        return self.render(
            request, context_overrides={"chapters": self.get_chapters(), "more": self.untranslated_chapters()}
        )

    @path("calosc/")
    def full_view(self, request):
        """The whole handbook on one page, for reading through and printing."""
        return self.render(
            request,
            template="publications/handbook_full.html",
            context_overrides={"chapters": list(self.get_chapters()), "more": self.untranslated_chapters()},
        )


class HandbookChapterPage(BasePage):
    """One chapter of a handbook. Chapters are numbered by their order in the page tree."""

    lead = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences: what the chapter is about."))
    body = StreamField(
        BodyBlock(),
        verbose_name=_("chapter text"),
        help_text=_("Start each part of the chapter with a level 2 heading: the chapter's table of contents is made from them."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("lead"), index.SearchField("body")]
    parent_page_types = ["publications.HandbookPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("handbook chapter")
        verbose_name_plural = _("handbook chapters")

    og_type = "article"

    def headings(self):
        """(anchor, text) of the chapter's level-2 headings, for its table of contents."""
        return [
            (anchor(block.value["text"]), block.value["text"])
            for block in self.body
            if block.block_type == "heading" and block.value["level"] == "h2"
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        book = self.get_parent().specific
        chapters = list(book.get_chapters())
        index_of = next((i for i, chapter in enumerate(chapters) if chapter.id == self.id), None)
        context.update(
            book=book,
            chapters=chapters,
            chapter_number=index_of + 1 if index_of is not None else None,
            previous_chapter=chapters[index_of - 1] if index_of else None,
            next_chapter=chapters[index_of + 1] if index_of is not None and index_of + 1 < len(chapters) else None,
            more=book.untranslated_chapters(),
        )
        return context
