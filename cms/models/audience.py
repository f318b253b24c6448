from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.images import image_alt
from blocks.streams import TeaserStreamBlock

from .base import PortalPage


class AudiencePage(PortalPage):
    """A landing page for one audience: intro, hero image, section teasers and its news."""

    intro = models.TextField(_("introduction"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty to use the image's own description."),
    )
    teasers = StreamField(TeaserStreamBlock(), blank=True, verbose_name=_("section teasers"))
    audience = models.ForeignKey(
        "cms.Audience",
        verbose_name=_("audience"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The news feed shows news and calls tagged with this audience."),
    )
    feed_title = models.CharField(
        _("news feed title"),
        max_length=200,
        blank=True,
        help_text=_('E.g. "News for decision-makers and managers".'),
    )
    feed_size = models.PositiveSmallIntegerField(
        _("number of news items"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_alt_text"),
        FieldPanel("teasers"),
        FieldPanel("audience"),
        FieldPanel("feed_title"),
        FieldPanel("feed_size"),
    ]

    search_fields = PortalPage.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("teasers"),
        index.SearchField("feed_title"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    api_fields = PortalPage.api_fields + [
        APIField("intro"),
        APIField("hero"),
        APIField("teasers"),
        APIField("audience_info"),
        APIField("feed_title"),
        APIField("feed"),
    ]

    class Meta:
        verbose_name = _("audience page")
        verbose_name_plural = _("audience pages")

    @property
    def hero_alt(self) -> str:
        return image_alt(self.hero_image, self.hero_alt_text) if self.hero_image else ""

    @property
    def local_audience(self):
        return self.audience.localized_for(self.locale)

    def feed_items(self):
        """The latest live news and calls for this audience in this page's language."""
        from .news import NewsPage

        return NewsPage.for_audience(self.audience, self.locale, limit=self.feed_size)

    # --- API shapes --------------------------------------------------------------------------
    @property
    def hero(self):
        from blocks.images import image_representation

        return image_representation(self.hero_image, self.hero_alt_text)

    @property
    def audience_info(self):
        audience = self.local_audience
        return {"name": audience.name, "slug": audience.slug, "description": audience.description}

    @property
    def feed(self):
        return [item.summary() for item in self.feed_items()]
