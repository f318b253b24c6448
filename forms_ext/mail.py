"""E-mail about submissions: recorded as deliveries, sent after commit, retried on failure.

A failed send never loses the submission: it stays stored, its delivery is marked failed
(visible in the admin) and ``manage.py retry_form_mail`` sends it again.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models.records import MailDelivery

logger = logging.getLogger(__name__)


def _summary_lines(form) -> str:
    """The submitted values as "Label: value" lines (Wagtail's own e-mail rendering)."""
    return form.page.render_email(form) if form.page is not None else ""


def queue_notification(page, submission, form):
    """The organiser's copy, to the page's ``to_address`` (never shown in any API)."""
    recipients = [address.strip() for address in page.to_address.split(",") if address.strip()]
    if not recipients:
        return
    with translation.override(page.locale.language_code):
        subject = page.subject or _("New application: %(title)s") % {"title": page.title}
    _queue(
        submission,
        MailDelivery.Kind.NOTIFICATION,
        recipients,
        page.from_address,
        subject,
        _summary_lines(form),
    )


def queue_confirmation(page, submission, form):
    """The applicant's receipt, in the language of the form they filled in."""
    with translation.override(page.locale.language_code):
        subject = _("We received your application: %(title)s") % {"title": page.title}
        body = render_to_string(
            "forms_ext/mail/confirmation.txt",
            {"page": page, "submission": submission, "summary": _summary_lines(form)},
        )
    _queue(
        submission,
        MailDelivery.Kind.CONFIRMATION,
        [submission.applicant_email],
        page.from_address,
        subject,
        body,
    )


def _queue(submission, kind, recipients, from_address, subject, body):
    delivery = MailDelivery.objects.create(
        submission=submission,
        kind=kind,
        recipients=", ".join(recipients),
        from_address=from_address or "",
        subject=subject[:255],
        body=body,
    )
    # Only after the submission is committed: a rolled-back submission sends nothing.
    transaction.on_commit(lambda: deliver(delivery))


def deliver(delivery: MailDelivery) -> bool:
    """Send one delivery now and record the outcome. Returns True when sent."""
    if delivery.status == MailDelivery.Status.SENT:
        return True
    delivery.attempts += 1
    try:
        EmailMessage(
            subject=delivery.subject,
            body=delivery.body,
            from_email=delivery.from_address or settings.DEFAULT_FROM_EMAIL,
            to=[address.strip() for address in delivery.recipients.split(",")],
        ).send()
    except Exception as error:  # noqa: BLE001 - any transport failure is recorded, not raised
        logger.warning(
            "Form mail %s (%s) to %s failed: %s",
            delivery.pk,
            delivery.kind,
            delivery.recipients,
            error,
        )
        delivery.status = MailDelivery.Status.FAILED
        delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
        delivery.save(update_fields=["status", "attempts", "last_error"])
        return False
    delivery.status = MailDelivery.Status.SENT
    delivery.sent_at = timezone.now()
    delivery.last_error = ""
    delivery.save(update_fields=["status", "attempts", "last_error", "sent_at"])
    return True


def retry_unsent(max_attempts: int = 10) -> tuple[int, int]:
    """Send every failed or stuck delivery again. Returns (sent, still failing)."""
    sent = failed = 0
    pending = MailDelivery.objects.exclude(status=MailDelivery.Status.SENT).filter(
        attempts__lt=max_attempts
    )
    for delivery in pending.iterator():
        if deliver(delivery):
            sent += 1
        else:
            failed += 1
    return sent, failed
