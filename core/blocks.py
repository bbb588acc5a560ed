"""Reusable StreamField blocks: one module, each block with a template, icon and help text."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading text"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("level"),
        help_text=_("The page heading (h1) is its title; in the body start from level 2."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading.html"
        help_text = _("A subheading that divides the content into parts; it goes into the screen readers' table of contents.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "features", ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "core/blocks/paragraph.html"
        help_text = _("Plain text with bold, lists and links.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=255,
        help_text=_("What the image shows in this place. Empty: the description from the image library is used."),
    )
    decorative = blocks.BooleanBlock(
        label=_("decorative image"),
        required=False,
        help_text=_("Tick if the image adds nothing to the content; screen readers skip it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("author or source"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/image.html"
        help_text = _("A photo or illustration with a description for blind people and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    author = blocks.CharBlock(label=_("author"), required=False, max_length=200)
    role = blocks.CharBlock(label=_("role or institution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote.html"
        help_text = _("Words of a participant, partner or expert.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=150)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("target page"), required=False)
    url = blocks.URLBlock(
        label=_("external address"), required=False, help_text=_("Only when the target is not a page of this site.")
    )
    button_label = blocks.CharBlock(label=_("button text"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "core/blocks/call_to_action.html"
        help_text = _("A highlighted box with one button that leads on.")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an external address."))}
            )
        return super().clean(value)


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=200,
        help_text=_("Empty: the document's title is used. The file's format and size are added automatically."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document to download")
        template = "core/blocks/document_link.html"
        help_text = _("A link to a file with its format and size in the link text.")


class TranslatableTableBlock(TableBlock):
    """A table whose cells wagtail-localize offers for translation one by one (its own
    TableBlock is passed over, which would leave Polish cells in an English page)."""

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        segments = []
        for row_number, row in enumerate((value or {}).get("data") or []):
            for column_number, cell in enumerate(row or []):
                if isinstance(cell, str) and cell.strip():
                    segments.append(StringSegmentValue(f"r{row_number}c{column_number}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        value = dict(value or {})
        data = [list(row or []) for row in value.get("data") or []]
        for segment in segments:
            row_number, column_number = (int(part) for part in segment.path[1:].split("c"))
            data[row_number][column_number] = segment.render_text()
        value["data"] = data
        return value


class TableContentBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("table caption"), max_length=200, help_text=_("In short: what the table contains.")
    )
    table = TranslatableTableBlock(label=_("table"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "core/blocks/table.html"
        help_text = _("Data in rows and columns; mark the first row as the header.")


class BodyBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentLinkBlock()
    table = TableContentBlock()

    class Meta:
        help_text = _("The page content in blocks: headings, text, images, quotes, files and tables.")


class StatBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("number"), max_length=40, help_text=_("E.g. “17 266” or “92%”."))
    label = blocks.CharBlock(label=_("description"), max_length=150, help_text=_("E.g. “people trained”."))

    class Meta:
        icon = "order"
        label = _("Number")
        template = "core/blocks/stat.html"
        help_text = _("One number with a short description, shown on the home page.")


class FeaturedLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(
        label=_("title"), required=False, max_length=120, help_text=_("Empty: the title of the chosen page.")
    )
    description = blocks.TextBlock(label=_("description"), required=False, max_length=300)

    class Meta:
        icon = "link"
        label = _("Featured link")
        template = "core/blocks/featured_link.html"
        help_text = _("A card that leads to an important part of the site.")


class LogoBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("logo"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"), max_length=200, help_text=_("The name of the institution in the logo.")
    )
    url = blocks.URLBlock(label=_("website address"), required=False)

    class Meta:
        icon = "image"
        label = _("Logo")
        template = "core/blocks/logo.html"
        help_text = _("A logo with the name of the institution as its alternative text.")


class SocialLinkBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("service"), max_length=60, help_text=_("E.g. YouTube, Facebook."))
    url = blocks.URLBlock(label=_("profile address"))

    class Meta:
        icon = "site"
        label = _("Social media profile")
        template = "core/blocks/social_link.html"
        help_text = _("A link to the project's profile on a social network.")


__all__ = [
    "BodyBlock",
    "CallToActionBlock",
    "DocumentLinkBlock",
    "FeaturedLinkBlock",
    "HeadingBlock",
    "ImageBlock",
    "LogoBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "SocialLinkBlock",
    "StatBlock",
    "TableContentBlock",
]
