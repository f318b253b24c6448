"""News items and the news index."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.streams import BodyStreamBlock, LinkStreamBlock
from cms.publishing import published_pages

from .base import PortalPage
from .snippets import Audience


def _iso(moment):
    """ISO 8601 in Finnish local time, as every date in the API."""
    return timezone.localtime(moment).isoformat() if moment else None


class NewsPageForm(WagtailAdminPageForm):
    """The original publication date is edited on the original language version only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("original_published_at")
        source = self.instance.translation_source() if self.instance else None
        if field is not None and source is not None and source.pk != self.instance.pk:
            field.disabled = True
            field.help_text = _(
                "Shared by every translation. Change it on the original version (%(language)s)."
            ) % {"language": source.locale.get_display_name()}


class NewsPage(PortalPage):
    """A news item: lead, body, audiences and two publication dates.

    ``original_published_at`` is the moment the news first appeared in any language and is
    the same on every translation; ``first_published_at`` (Wagtail's own) is when this
    language version went live ("Published in English on ...").
    """

    class NewsType(models.TextChoices):
        NEWS = "news", _("News item")
        PRESS_RELEASE = "press_release", _("Press release")
        ANNOUNCEMENT = "announcement", _("Announcement")
        EVENT = "event", _("Event")
        CALL = "call", _("Call for applications")

    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown in feeds."))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    news_type = models.CharField(
        _("type"), max_length=20, choices=NewsType.choices, default=NewsType.NEWS
    )
    audiences = ParentalManyToManyField(
        Audience, blank=True, verbose_name=_("audiences"), related_name="+"
    )
    original_published_at = models.DateTimeField(
        _("original publication date"),
        null=True,
        blank=True,
        help_text=_("Filled in on first publication; set it for news moved from another site."),
    )
    further_information = StreamField(
        LinkStreamBlock(), blank=True, verbose_name=_("further information")
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("further_information"),
    ]
    promote_panels = PortalPage.promote_panels + [
        MultiFieldPanel(
            [FieldPanel("news_type"), FieldPanel("audiences"), FieldPanel("original_published_at")],
            heading=_("News details"),
        )
    ]
    base_form_class = NewsPageForm

    search_fields = PortalPage.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.FilterField("news_type"),
        index.FilterField("original_published_at"),
    ]

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    api_fields = PortalPage.api_fields + [
        APIField("news_type"),
        APIField("news_type_label"),
        APIField("lead"),
        APIField("body"),
        APIField("audience_list"),
        APIField("original_published_at"),
        APIField("further_information"),
    ]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    # --- Queries -----------------------------------------------------------------------------
    @classmethod
    def published(cls, locale):
        return published_pages(cls.objects.filter(locale=locale)).order_by(
            "-original_published_at", "-first_published_at", "-pk"
        )

    @classmethod
    def latest(cls, locale, limit=5):
        return list(cls.published(locale).specific()[:limit])

    @classmethod
    def for_audience(cls, audience, locale, limit=None):
        """News and calls tagged with ``audience`` in any of its languages, newest first."""
        tagged = cls.audiences.through.objects.filter(
            audience__translation_key=audience.translation_key
        ).values("newspage_id")
        queryset = cls.published(locale).filter(pk__in=tagged).specific()
        return list(queryset[:limit]) if limit else queryset

    # --- Translations share one original date -------------------------------------------------
    def translation_source(self):
        """The first-created page of this translation group: the original version."""
        return (
            NewsPage.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .only("pk", "locale", "original_published_at", "first_published_at")
            .select_related("locale")
            .first()
        )

    def save(self, *args, **kwargs):
        source = self.translation_source()
        if source is not None and source.pk != self.pk:
            # Translations never keep their own value (a stale revision may carry one).
            self.original_published_at = source.original_published_at
        if self.original_published_at is None and self.first_published_at is not None:
            self.original_published_at = self.first_published_at
        result = super().save(*args, **kwargs)
        if self.original_published_at is not None and (source is None or source.pk == self.pk):
            NewsPage.objects.filter(translation_key=self.translation_key).exclude(
                pk=self.pk
            ).update(original_published_at=self.original_published_at)
        return result

    # --- Display -----------------------------------------------------------------------------
    @property
    def original_date(self):
        return self.original_published_at or self.first_published_at

    @property
    def translated_later(self) -> bool:
        """True when this language version appeared after the original publication."""
        return bool(
            self.first_published_at
            and self.original_date
            and self.first_published_at > self.original_date
        )

    @property
    def news_type_label(self) -> str:
        """The type in the page's own language, wherever it is shown."""
        with translation.override(self.language_code):
            return str(self.NewsType(self.news_type).label)

    @classmethod
    def prefetch_audiences(cls, pages) -> None:
        """Load the audiences of many news pages, in their languages, in two queries."""
        prefetch_related_objects(pages, "audiences")
        keys = {a.translation_key for page in pages for a in page.audiences.all()}
        local = {
            (audience.translation_key, audience.locale_id): audience
            for audience in Audience.objects.filter(translation_key__in=keys)
        }
        for page in pages:
            page._local_audiences = [
                local.get((a.translation_key, page.locale_id), a) for a in page.audiences.all()
            ]

    def local_audiences(self):
        """The tagged audiences in this page's language (falling back to the tagged copy)."""
        prefetched = getattr(self, "_local_audiences", None)
        if prefetched is not None:
            return prefetched
        tagged = list(self.audiences.all())
        local = {
            audience.translation_key: audience
            for audience in Audience.objects.filter(
                translation_key__in=[a.translation_key for a in tagged], locale_id=self.locale_id
            )
        }
        return [local.get(audience.translation_key, audience) for audience in tagged]

    @property
    def audience_list(self):
        return [{"name": a.name, "slug": a.slug} for a in self.local_audiences()]

    def summary(self) -> dict:
        """How feeds (HTML and API) show this item."""
        return {
            "id": self.pk,
            "title": self.title,
            "url": self.url,
            "news_type": self.news_type,
            "news_type_label": self.news_type_label,
            "lead": self.lead,
            "original_published_at": _iso(self.original_date),
            "first_published_at": _iso(self.first_published_at),
        }


class NewsIndexPage(PortalPage):
    """Lists the language's news, filterable by audience, ten to a page."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]

    search_fields = PortalPage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsPage", "cms.CallPage"]

    api_fields = PortalPage.api_fields + [APIField("intro")]

    page_size = 10

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audiences = Audience.objects.filter(locale=self.locale)
        selected = audiences.filter(slug=request.GET.get("audience", "")).first()
        items = (
            NewsPage.for_audience(selected, self.locale)
            if selected
            else NewsPage.published(self.locale).specific()
        )
        context["audiences"] = audiences
        context["selected_audience"] = selected
        context["news_page"] = Paginator(items, self.page_size).get_page(request.GET.get("page"))
        return context
