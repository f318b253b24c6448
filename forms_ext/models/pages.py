"""Deadline-aware application forms built on Wagtail's form builder.

``DeadlineFormPage`` extends Wagtail's seams instead of copying them: the form class comes
from ``DeadlineFormBuilder`` (whose form refuses a closed window in ``clean()``), the row is
stored by ``process_form_submission`` (which takes the per-form lock, reads the clock once
and re-checks window and cap in the same transaction, then calls ``super()``), and mail goes
through ``send_mail`` (queued as delivery records and sent after commit).
"""

import logging

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractFormField,
    EmailFormMixin,
    FormMixin,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from blocks.references import is_expired, localized_page

from .. import ratelimit
from ..builder import HONEYPOT_FIELD, DeadlineFormBuilder
from ..mail import queue_confirmation, queue_notification
from ..refusals import REFUSAL_CODES, SubmissionRefused
from ..submissions import submit
from ..uploads import delete_files, store_uploads
from ..window import WindowState, describe_window, is_misconfigured, window_state
from .records import ApplicationSubmission, FormCounter

logger = logging.getLogger(__name__)

DEFAULT_MESSAGES = {
    WindowState.UPCOMING: _("The application period has not started yet."),
    WindowState.OPEN: _("The application period is open."),
    WindowState.CLOSED: _("The application period has ended."),
    WindowState.FULL: _("The maximum number of applications has been reached."),
}


class DeadlineFormPageForm(WagtailAdminFormPageForm):
    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("The closing time must be after the opening time."))
        return cleaned


class DeadlineFormPage(EmailFormMixin, FormMixin, Page):
    """A form page with an application window, an optional cap and state messages."""

    intro = RichTextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(_("thank-you text"), blank=True)
    opens_at = models.DateTimeField(
        _("opens"), null=True, blank=True, help_text=_("Empty: open from publication.")
    )
    closes_at = models.DateTimeField(
        _("closes"),
        null=True,
        blank=True,
        help_text=_(
            "The first moment applications are no longer accepted (Finnish time). "
            "Midnight means the previous day is the last day."
        ),
    )
    max_submissions = models.PositiveIntegerField(
        _("maximum number of applications"), null=True, blank=True
    )
    one_per_email = models.BooleanField(
        _("one application per e-mail address"),
        default=False,
        help_text=_("Needs an e-mail field in the form."),
    )
    retention_days = models.PositiveIntegerField(
        _("keep applications for (days after closing)"),
        default=365,
        help_text=_("purge_submissions deletes applications this many days after closing."),
    )
    upcoming_message = models.TextField(_("message before opening"), blank=True)
    open_message = models.TextField(_("message while open"), blank=True)
    closed_message = models.TextField(_("message after closing"), blank=True)
    full_message = models.TextField(_("message when full"), blank=True)
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the form. Every public form needs one."),
    )

    form_builder = DeadlineFormBuilder
    base_form_class = DeadlineFormPageForm

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        PageChooserPanel("privacy_notice"),
    ]
    window_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel([FieldPanel("max_submissions"), FieldPanel("one_per_email")]),
                FieldPanel("retention_days"),
            ],
            heading=_("Application window"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("upcoming_message"),
                FieldPanel("open_message"),
                FieldPanel("closed_message"),
                FieldPanel("full_message"),
            ],
            heading=_("Messages (empty: the default text)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldPanel("from_address"),
                FieldPanel("subject"),
            ],
            heading=_("Notification e-mail"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if is_misconfigured(self):
            raise ValidationError(
                {"closes_at": _("The closing time must be after the opening time.")}
            )

    # --- The window ----------------------------------------------------------------------------
    def submission_count(self) -> int:
        stored = FormCounter.stored(self.pk)
        return self.get_submissions().count() if stored is None else stored

    def current_state(self, now=None) -> WindowState:
        """The state right now (counting stored submissions only when a cap is set)."""
        submitted = self.submission_count() if self.max_submissions is not None else 0
        return window_state(self, now or timezone.now(), submitted)

    def state_message(self, state: WindowState) -> str:
        custom = getattr(self, f"{state.value}_message", "")
        if custom:
            return custom
        with translation.override(self.locale.language_code):
            return str(DEFAULT_MESSAGES[state])

    def window_text(self) -> str:
        return describe_window(self, self.locale.language_code)

    def remaining_capacity(self) -> int | None:
        if self.max_submissions is None:
            return None
        return max(0, self.max_submissions - self.submission_count())

    # --- Storing -------------------------------------------------------------------------------
    def get_submission_class(self):
        return ApplicationSubmission

    def get_submissions_list_view_class(self):
        # Admin views import Wagtail's page listing, which needs the app registry ready:
        # imported on use, as Wagtail's FormMixin does.
        from ..admin_views import ApplicationSubmissionsListView

        return ApplicationSubmissionsListView

    def process_form_submission(self, form):
        """Store ``form`` if the window and cap allow it at this very moment.

        Lock the form's counter row, read the clock once, check, insert and queue the mails,
        all in one transaction. Raises ``SubmissionRefused`` (and stores nothing) otherwise.
        """
        with transaction.atomic():
            submitted = FormCounter.claim(self.pk)  # the lock: taken before the clock is read
            now = timezone.now()
            state = window_state(self, now, submitted)
            if state != WindowState.OPEN:
                raise SubmissionRefused(REFUSAL_CODES[state], self.state_message(state), state)
            email = applicant_email(form)
            dedupe = email.lower() if (self.one_per_email and email) else None
            if dedupe and self.get_submissions().filter(dedupe_key=dedupe).exists():
                raise SubmissionRefused(
                    "duplicate",
                    str(_("An application from this e-mail address has already been received.")),
                )
            stored_paths = store_uploads(self.pk, form.cleaned_data)
            self._pending_submission = {
                "values": {
                    "submit_time": now,
                    "language": self.locale.language_code,
                    "applicant_email": email,
                    "dedupe_key": dedupe,
                },
                "instance": None,
            }
            try:
                submission = super().process_form_submission(form)  # stores; mails to organiser
            except Exception:
                delete_files(stored_paths)  # the row is not there: neither are its files
                raise
            finally:
                self._pending_submission = None
            if email:
                queue_confirmation(self, submission, form)
        return submission

    # --- Reading (HTML) ------------------------------------------------------------------------
    def serve(self, request, *args, **kwargs):
        # ``publish_scheduled`` runs once a minute: never serve a form past its expiry.
        if is_expired(self) and not getattr(request, "is_preview", False):
            raise Http404
        if request.method != "POST":
            return self.render_form(request, self.get_form(page=self, user=request.user))
        if not ratelimit.allow(request, f"form:{self.pk}"):
            form = self.get_form(request.POST, page=self, user=request.user)
            message = _("Too many submissions from your address. Wait a minute and try again.")
            return self.render_form(request, form, refusal=message, status=429)
        try:
            result = submit(self, request.POST, request.FILES, user=request.user)
        except SubmissionRefused as refusal:
            # Keep what the reader typed: they may want to copy it elsewhere.
            form = self.get_form(request.POST, page=self, user=request.user)
            return self.render_form(request, form, refusal=refusal.message, status=409)
        if result.stored or result.spam:
            return self.render_landing_page(request, result.submission, *args, **kwargs)
        return self.render_form(request, result.form)

    def privacy_page(self, request=None):
        """The form's own privacy notice, else the site's (both in the reader's language)."""
        page = localized_page(self.privacy_notice)
        if page is None and request is not None:
            from wagtail.contrib.settings.registry import registry

            for model in registry:
                fallback = getattr(model, "privacy_page", None)
                if fallback is not None:
                    page = localized_page(model.for_request(request).privacy_page)
                    break
        return page

    def render_form(self, request, form, refusal=None, status=200):
        context = self.get_context(request)
        state = self.current_state()
        context.update(
            {
                "form": form,
                "state": state,
                "state_message": self.state_message(state),
                "refusal": refusal,
                "honeypot_field": HONEYPOT_FIELD,
                "privacy_page": self.privacy_page(request),
            }
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def send_mail(self, form):
        """Wagtail's notification to ``to_address``: queued, sent after commit."""
        queue_notification(self, self._pending_submission["instance"], form)


def applicant_email(form) -> str:
    """The applicant's address: the value of the form's first e-mail field, if any."""
    for name, field in form.fields.items():
        if field.__class__.__name__ == "EmailField" and form.cleaned_data.get(name):
            return form.cleaned_data[name]
    return ""


class ApplicationFormField(AbstractFormField):
    field_type = models.CharField(
        verbose_name=_("field type"),
        max_length=16,
        choices=[*FORM_FIELD_CHOICES, ("file", _("File upload"))],
    )
    field_type.required_on_save = True
    page = ParentalKey(
        "forms_ext.ApplicationFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )


class ApplicationFormPage(DeadlineFormPage):
    """The application form a call for applications links to."""

    landing_page_template = "forms_ext/application_form_page_landing.html"

    subpage_types = []

    api_fields = [APIField("intro"), APIField("opens_at"), APIField("closes_at")]

    edit_handler = TabbedInterface(
        [
            ObjectList(DeadlineFormPage.content_panels, heading=_("Content")),
            ObjectList(DeadlineFormPage.window_panels, heading=_("Window and e-mail")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("application form")
        verbose_name_plural = _("application forms")
