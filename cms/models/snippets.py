"""Snippets shared by pages: the audiences news is written for."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Audience(TranslatableMixin, index.Indexed, models.Model):
    """A group of readers, e.g. decision-makers and managers, authorities or professionals.

    Each language has its own copy; copies share ``translation_key``, which is what news
    feeds match on, so a Swedish news item tagged with the Finnish audience still appears in
    the Swedish feed.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in feed and filter URLs, e.g. ?audience=decision-makers."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    api_fields = [APIField("name"), APIField("slug"), APIField("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_audience_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def localized_for(self, locale):
        """This audience's copy in ``locale``, or itself where none exists."""
        return (
            Audience.objects.filter(translation_key=self.translation_key, locale=locale).first()
            or self
        )
