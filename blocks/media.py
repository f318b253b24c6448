"""Embedded media and tables."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock


class EmbedBlock(blocks.StructBlock):
    """An embedded video or post, with a title and a plain link for readers without iframes."""

    url = WagtailEmbedBlock(label=_("URL"))
    title = blocks.CharBlock(
        max_length=200,
        label=_("Title"),
        help_text=_("Describes the embedded content to screen reader users."),
    )

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed.html"
        description = _("A video or other media from another site")

    def get_api_representation(self, value, context=None):
        return {"url": value["url"].url if value.get("url") else "", "title": value["title"]}


class TableBlock(WagtailTableBlock):
    """A data table with a caption and header row, shown in the API as rows of cells."""

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table.html"
        description = _("A table of data with a caption")

    def get_api_representation(self, value, context=None):
        value = value or {}
        rows = [[cell or "" for cell in row] for row in value.get("data") or []]
        has_header = bool(value.get("first_row_is_table_header")) and rows
        return {
            "caption": value.get("table_caption") or "",
            "header": rows[0] if has_header else [],
            "rows": rows[1:] if has_header else rows,
            "first_col_is_header": bool(value.get("first_col_is_header")),
        }
