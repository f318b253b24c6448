from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index

from blocks.references import localized_page, page_reference
from blocks.text import RICH_TEXT_FEATURES
from forms_ext.window import WindowState

from .news import NewsPage


def _local_iso(moment):
    return timezone.localtime(moment).isoformat() if moment else None


class CallPage(NewsPage):
    """A call for applications published as news.

    It has no dates of its own: the application window lives on the linked form page, the
    single source of truth that both this page and the form read.
    """

    organiser = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("Who is looking for applicants, e.g. the Nordic Council of Ministers."),
    )
    eligibility = RichTextField(_("who can apply"), blank=True, features=RICH_TEXT_FEATURES)
    selection = RichTextField(
        _("how applicants are selected"), blank=True, features=RICH_TEXT_FEATURES
    )
    application_form = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("application form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = (
        NewsPage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("organiser"),
                    FieldPanel("eligibility"),
                    FieldPanel("selection"),
                    PageChooserPanel("application_form", ["forms_ext.ApplicationFormPage"]),
                ],
                heading=_("Call for applications"),
            ),
        ]
        + NewsPage.content_panels[2:]
    )

    search_fields = NewsPage.search_fields + [
        index.SearchField("organiser"),
        index.SearchField("eligibility"),
        index.SearchField("selection"),
    ]

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = ["forms_ext.ApplicationFormPage"]

    api_fields = NewsPage.api_fields + [
        APIField("organiser"),
        APIField("eligibility"),
        APIField("selection"),
        APIField("application_window"),
    ]

    class Meta:
        verbose_name = _("call for applications")
        verbose_name_plural = _("calls for applications")

    def save(self, *args, **kwargs):
        self.news_type = NewsPage.NewsType.CALL
        return super().save(*args, **kwargs)

    @property
    def form_page(self):
        """The linked form in the reader's language, if it is published."""
        return localized_page(self.application_form)

    @property
    def application_form_link(self):
        return page_reference(self.application_form)

    @property
    def application_window(self):
        """The window, read from the linked form (the single source of truth)."""
        form = self.form_page
        if form is None or not hasattr(form, "current_state"):
            return None
        state = form.current_state()
        return {
            "text": form.window_text(),
            "state": state.value,
            "state_label": state.label,
            "state_message": form.state_message(state),
            "opens_at": _local_iso(form.opens_at),
            "closes_at": _local_iso(form.closes_at),
            # Readers get the link only while applications are accepted.
            "form": page_reference(form) if state == WindowState.OPEN else None,
        }
