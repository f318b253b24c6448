"""The stream blocks page types use: each page field picks one of these."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .images import ImageBlock
from .links import LinkBlock, LinkListBlock, TeaserCardBlock
from .media import EmbedBlock, TableBlock
from .text import FactBoxBlock, HeadingBlock, ParagraphBlock, QuoteBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The body of sections, news and calls."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    link_list = LinkListBlock()
    table = TableBlock()
    embed = EmbedBlock()

    class Meta:
        label = _("Body")


class TeaserStreamBlock(blocks.StreamBlock):
    teaser = TeaserCardBlock()

    class Meta:
        label = _("Teaser cards")


class LinkStreamBlock(blocks.StreamBlock):
    link = LinkBlock()

    class Meta:
        label = _("Links")
