"""Plain text of a page for the index and for result snippets, with its headings apart.

Only what a reader sees becomes text: a heading block's level ("Poziom 2"), a boolean or a
chosen page's id are settings, not words. Paragraphs, list items, table cells and
transcript turns end with a line break, so "…decyzji.</p><p>Anna…" stays two sentences.
"""

import html
import re

from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

# Settings-like blocks: their values are not text a reader sees.
SKIPPED_BLOCKS = (
    blocks.ChoiceBlock, blocks.MultipleChoiceBlock, blocks.BooleanBlock, blocks.ChooserBlock, blocks.URLBlock,
    blocks.DateBlock, blocks.DateTimeBlock, blocks.TimeBlock, blocks.IntegerBlock, blocks.FloatBlock,
    blocks.DecimalBlock, blocks.EmailBlock, blocks.RawHTMLBlock, blocks.StaticBlock,
)
BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|tr|td|th|blockquote|dt|dd|figcaption|pre|ul|ol|table)\s*>|<br\s*/?>",
                       re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")
RICH_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)
BLANKS = re.compile(r"[ \t\r\f\v]+")
NEWLINES = re.compile(r"\s*\n\s*")


def html_to_text(source):
    """Rich text to plain text: block ends become line breaks, entities are decoded."""
    text = BLOCK_END.sub(lambda match: match.group(0) + "\n", source or "")
    text = html.unescape(TAG.sub("", text))
    return NEWLINES.sub("\n", BLANKS.sub(" ", text)).strip()


def rich_headings(source):
    return [html_to_text(part) for part in RICH_HEADING.findall(source or "")]


class Collected:
    def __init__(self):
        self.parts = []
        self.headings = []

    def text(self):
        return "\n".join(part for part in self.parts if part)


def _collect_block(block, value, out):
    if value is None or isinstance(block, SKIPPED_BLOCKS):
        return
    if isinstance(block, blocks.StructBlock):
        names = set(block.child_blocks)
        if {"text", "level"} <= names and isinstance(block.child_blocks["level"], blocks.ChoiceBlock):
            heading = str(value.get("text") or "").strip()
            if heading:
                out.headings.append(heading)
                out.parts.append(heading)
            return
        for name, child in block.child_blocks.items():
            _collect_block(child, value.get(name), out)
        return
    if isinstance(block, blocks.ListBlock):
        for item in value:
            _collect_block(block.child_block, getattr(item, "value", item), out)
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            _collect_block(child.block, child.value, out)
        return
    if isinstance(block, blocks.RichTextBlock) or isinstance(value, RichText):
        source = value.source if isinstance(value, RichText) else str(value)
        out.headings.extend(rich_headings(source))
        out.parts.append(html_to_text(source))
        return
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        out.parts.append(str(value).strip())
        return
    # Anything else (a table, a custom block): what Wagtail would index, one line per piece.
    try:
        out.parts.extend(str(piece) for piece in block.get_searchable_content(value))
    except Exception:  # a block that cannot say its text adds none
        return


def value_text(value, out):
    """Add the text of a field value (stream, rich text, plain or related items) to `out`."""
    if value is None:
        return
    if isinstance(value, StreamValue):
        for child in value:
            _collect_block(child.block, child.value, out)
        return
    if isinstance(value, RichText):
        value = value.source
    if hasattr(value, "all") and callable(value.all):  # related managers: their items' text
        out.parts.extend(str(item) for item in value.all())
        return
    text = str(value)
    if "<" in text and ">" in text:
        out.headings.extend(rich_headings(text))
        out.parts.append(html_to_text(text))
    else:
        out.parts.append(text.strip())
