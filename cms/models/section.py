from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.streams import BodyStreamBlock
from cms.publishing import published_pages

from .base import PortalPage


class SectionPage(PortalPage):
    """A topic page shared by every audience, e.g. Services or Legislation."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = PortalPage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]

    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = ["cms.SectionPage", "forms_ext.ApplicationFormPage"]

    api_fields = PortalPage.api_fields + [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("section page")
        verbose_name_plural = _("section pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subsections"] = published_pages(SectionPage.objects.child_of(self)).specific()
        return context
