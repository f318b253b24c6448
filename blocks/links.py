"""Links, link lists and teaser cards.

A link points at exactly one of: a page on this site, a document, or an external URL. Pages
are resolved in the reader's language when rendered (see ``blocks.references``).
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from .references import localized_page, page_reference


class PageTargetValue(blocks.StructValue):
    """A struct value whose ``page`` is shown in the reader's language (looked up once)."""

    @cached_property
    def target_page(self):
        return localized_page(self.get("page"))


class LinkStructValue(PageTargetValue):
    def url(self):
        if self.get("page"):
            page = self.target_page
            return page.url if page else ""
        if self.get("document"):
            return self["document"].url
        return self.get("url") or ""

    def kind(self):
        if self.get("page"):
            return "page"
        if self.get("document"):
            return "document"
        return "external"

    def text(self):
        if self.get("title"):
            return self["title"]
        if self.get("page"):
            page = self.target_page
            return page.title if page else ""
        if self.get("document"):
            return self["document"].title
        return self.get("url") or ""


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Link text"),
        help_text=_("Leave empty to use the page or document title."),
    )
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    document = DocumentChooserBlock(required=False, label=_("Document"))
    url = blocks.URLBlock(required=False, label=_("External URL"), search_index=False)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue
        template = "blocks/link.html"
        description = _("A link to a page, a document or another site")

    def clean(self, value):
        value = super().clean(value)
        chosen = [name for name in ("page", "document", "url") if value.get(name)]
        if len(chosen) != 1:
            message = ValidationError(_("Choose exactly one of: page, document or external URL."))
            raise blocks.StructBlockValidationError(
                block_errors={name: message for name in ("page", "document", "url")}
            )
        return value

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        kind = value.kind()
        data = {"kind": kind, "text": value.text(), "url": value.url()}
        if kind == "page":
            data["page"] = page_reference(value.get("page"), request)
            if data["page"] is None:
                data["url"] = ""
        elif kind == "document":
            document = value["document"]
            data["document"] = {
                "id": document.pk,
                "title": document.title,
                "url": document.url,
                "file_extension": document.file_extension,
            }
        return data


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Title"))
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Link list")
        template = "blocks/link_list.html"
        description = _("A titled list of links")

    def get_api_representation(self, value, context=None):
        links = [LinkBlock().get_api_representation(link, context) for link in value["links"]]
        return {"title": value["title"], "links": [link for link in links if link["url"]]}


class TeaserStructValue(PageTargetValue):
    """Teaser text defaults to the chosen page's own title and ``teaser_text``."""

    def heading(self):
        page = self.target_page
        return self.get("title") or (page.title if page else "")

    def summary(self):
        page = self.target_page
        return self.get("text") or (getattr(page, "teaser_text", "") if page else "")


class TeaserCardBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Title"),
        help_text=_("Leave empty to use the page's title."),
    )
    text = blocks.TextBlock(
        required=False,
        label=_("Text"),
        help_text=_("Leave empty to use the page's introduction."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Teaser card")
        value_class = TeaserStructValue
        template = "blocks/teaser_card.html"
        description = _("A card that leads to another page")

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        page = page_reference(value.get("page"), request)
        return {"title": value.heading(), "text": value.summary(), "page": page}
