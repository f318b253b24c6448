"""Text blocks: paragraphs, headings, quotes and fact boxes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

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
