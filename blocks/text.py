"""Text blocks: paragraphs, headings, quotes and fact boxes."""

import re

from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.rich_text import get_text_for_indexing

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
# Where imported HTML separates words without space: <br>, and the ends of divisions, table
# cells and definition lists (Wagtail's get_text_for_indexing spaces p, h1-h6, li, <br/>).
MORE_BLOCK_ENDS = re.compile(r"<br\s*>|</(?:div|td|th|tr|dt|dd|figcaption|caption)>", re.I)


def searchable_text(html: str) -> str:
    """The words of rich text HTML as Wagtail indexes a rich text block (a space between
    block elements: list items are words of their own; entities unescaped, ``&amp;``), and
    apart also where HTML imported from elsewhere, which Wagtail's editor would not write,
    ends a block (``<div>Tallinn</div><div>Riga</div>`` is not ``TallinnRiga``)."""
    return get_text_for_indexing(MORE_BLOCK_ENDS.sub(r"\g<0> ", html))


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def get_searchable_content(self, value):
        """The text for search indexes (Wagtail's and the portal's), words kept apart
        (see ``searchable_text``)."""
        return [searchable_text(force_str(value.source))] if self.search_index else []

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph.html"
        description = _("Formatted text with links and lists")


class HeadingBlock(blocks.StructBlock):
    """A heading; the level keeps the page's outline valid (h1 is the page title)."""

    text = blocks.CharBlock(max_length=200, label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
        search_index=False,
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        description = _("A section heading")

    def get_api_representation(self, value, context=None):
        return {"text": value["text"], "level": int(value["level"][1])}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("A quotation with its source")


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    body = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "info-circle"
        label = _("Fact box")
        template = "blocks/fact_box.html"
        description = _("A highlighted box of key facts")
