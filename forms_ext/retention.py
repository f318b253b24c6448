"""Keeping applicants' data no longer than needed: retention purge and per-applicant erasure."""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, get_page_models

from .models import ApplicationSubmission, DeadlineFormPage


def _form_pages():
    for model in get_page_models():
        if issubclass(model, DeadlineFormPage) and not model._meta.abstract:
            yield from model.objects.all()


def expired_submissions(page, now=None):
    """Submissions of ``page`` past its retention: N days after closing (or after submission
    when the form never closes)."""
    now = now or timezone.now()
    keep = dt.timedelta(days=page.retention_days)
    submissions = page.get_submissions()
    if page.closes_at is not None:
        return submissions if page.closes_at + keep <= now else submissions.none()
    return submissions.filter(submit_time__lte=now - keep)


def purge(now=None, dry_run=False) -> dict[int, int]:
    """Delete every submission past its form's retention. Returns {page id: count}."""
    deleted = {}
    for page in _form_pages():
        old = expired_submissions(page, now)
        count = old.count()
        if not count:
            continue
        deleted[page.pk] = count
        if not dry_run:
            with transaction.atomic():
                old.delete()
                log(instance=page, action="forms_ext.purge", data={"count": count})
    return deleted


def erase_applicant(email: str, user=None, dry_run=False) -> dict[int, int]:
    """Delete every submission by ``email`` (any form, any case) and its mail records.

    The audit log says how many rows were erased from which form, never whose.
    """
    matches = ApplicationSubmission.objects.filter(applicant_email__iexact=email.strip())
    counts: dict[int, int] = {}
    for page_id in matches.values_list("page_id", flat=True):
        counts[page_id] = counts.get(page_id, 0) + 1
    if dry_run or not counts:
        return counts
    with transaction.atomic():
        matches.delete()
        for page in Page.objects.filter(pk__in=counts).specific():
            log(instance=page, action="forms_ext.erase", user=user, data={"count": counts[page.pk]})
    return counts
