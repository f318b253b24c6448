from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.streams import BodyStreamBlock
from cms.publishing import published_pages

from .base import PortalPage


class HomePage(PortalPage):
    """The root of one language's tree: introduction, audiences and the latest news."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.AudiencePage", "cms.SectionPage", "cms.NewsIndexPage"]

    api_fields = PortalPage.api_fields + [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from .audience import AudiencePage
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["audience_pages"] = published_pages(AudiencePage.objects.child_of(self)).specific()
        context["latest_news"] = NewsPage.latest(self.locale, limit=5)
        return context
