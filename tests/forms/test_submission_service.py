"""The one submission path: window, cap and duplicates checked in the storing transaction."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time

from forms_ext.models import ApplicationSubmission, MailDelivery
from forms_ext.refusals import SubmissionRefused
from forms_ext.submissions import submit

US = dt.timedelta(microseconds=1)


def set_window(page, **fields):
    type(page).objects.filter(pk=page.pk).update(**fields)
    page.refresh_from_db()
    return page


def test_stored_submission_time_is_the_moment_checked(form_page, answers):
    moment = timezone.now().replace(microsecond=123456)
    with freeze_time(moment):
        result = submit(form_page, answers())
    assert result.stored
    submission = ApplicationSubmission.objects.get(pk=result.submission.pk)
    assert submission.submit_time == moment
    assert submission.language == "en"
    assert submission.applicant_email == "applicant@example.org"
    assert submission.form_data["full_name"] == "Aino Applicant"
    assert "hp_website" not in submission.form_data


def test_submission_in_last_microsecond_before_close_is_accepted(form_page, answers):
    closes = timezone.now().replace(microsecond=0) + dt.timedelta(hours=1)
    set_window(form_page, closes_at=closes)
    with freeze_time(closes - US):
        assert submit(form_page, answers()).stored


def test_submission_at_and_after_close_is_refused_even_if_loaded_while_open(form_page, answers):
    closes = timezone.now().replace(microsecond=0) + dt.timedelta(hours=1)
    set_window(form_page, closes_at=closes)
    with freeze_time(closes - dt.timedelta(minutes=5)):
        loaded = type(form_page).objects.get(pk=form_page.pk)  # reader opens the page
        form = loaded.get_form(answers(), page=loaded)
        assert form.is_valid()
    for moment in (closes, closes + US):
        with freeze_time(moment), pytest.raises(SubmissionRefused) as refusal:
            loaded.process_form_submission(form)  # the authoritative check under the lock
        assert refusal.value.code == "form_closed"
    assert not ApplicationSubmission.objects.filter(page=form_page).exists()


def test_upcoming_form_refuses_with_form_not_open(form_page, answers):
    set_window(form_page, opens_at=timezone.now() + dt.timedelta(days=1))
    with pytest.raises(SubmissionRefused) as refusal:
        submit(form_page, answers())
    assert refusal.value.code == "form_not_open"
    assert refusal.value.message == "The application period has not started yet."


def test_closed_form_refuses_before_looking_at_the_data(form_page):
    set_window(form_page, closes_at=timezone.now() - dt.timedelta(seconds=1))
    with pytest.raises(SubmissionRefused) as refusal:
        submit(form_page, {"email": "not an address"})
    assert refusal.value.code == "form_closed"


def test_cap_refuses_the_submission_past_the_limit(form_page, answers):
    set_window(form_page, max_submissions=2)
    assert submit(form_page, answers("a@example.org")).stored
    assert submit(form_page, answers("b@example.org")).stored
    with pytest.raises(SubmissionRefused) as refusal:
        submit(form_page, answers("c@example.org"))
    assert refusal.value.code == "form_full"
    assert ApplicationSubmission.objects.filter(page=form_page).count() == 2
    assert form_page.remaining_capacity() == 0


def test_one_application_per_email_ignores_case(form_page, answers):
    set_window(form_page, one_per_email=True)
    assert submit(form_page, answers("Sama@Example.org")).stored
    with pytest.raises(SubmissionRefused) as refusal:
        submit(form_page, answers("sama@example.org"))
    assert refusal.value.code == "duplicate"


def test_same_email_may_apply_twice_when_the_rule_is_off(form_page, answers):
    set_window(form_page, one_per_email=False)
    assert submit(form_page, answers()).stored
    assert submit(form_page, answers()).stored


def test_invalid_data_stores_nothing_and_keeps_the_errors(form_page, answers):
    result = submit(form_page, answers(email="nope"))
    assert not result.stored
    assert "email" in result.form.errors
    assert not ApplicationSubmission.objects.filter(page=form_page).exists()


def test_honeypot_looks_like_success_but_stores_and_mails_nothing(form_page, answers):
    result = submit(form_page, answers(hp_website="http://spam.example"))
    assert result.spam and not result.stored
    assert not ApplicationSubmission.objects.exists()
    assert mail.outbox == []


def test_mails_go_after_commit_in_the_forms_language(
    form_page, answers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = submit(form_page, answers())
        assert mail.outbox == []  # nothing before commit
    assert len(callbacks) == 2
    for callback in callbacks:
        callback()
    organiser, applicant = sorted(mail.outbox, key=lambda m: m.to != [form_page.to_address])
    assert organiser.to == [form_page.to_address]
    assert "Aino Applicant" in organiser.body
    assert applicant.to == ["applicant@example.org"]
    assert "We received your application" in applicant.subject
    deliveries = MailDelivery.objects.filter(submission=result.submission)
    assert {d.status for d in deliveries} == {MailDelivery.Status.SENT}


def test_refused_submission_queues_no_mail(form_page, answers, django_capture_on_commit_callbacks):
    set_window(form_page, max_submissions=0)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(SubmissionRefused),
    ):
        submit(form_page, answers())
    assert callbacks == []
    assert mail.outbox == [] and not MailDelivery.objects.exists()


def test_failed_mail_keeps_the_submission_and_is_retried(
    form_page, answers, django_capture_on_commit_callbacks, settings, monkeypatch
):
    from django.core.mail.backends.locmem import EmailBackend

    def broken(self, messages):
        raise ConnectionRefusedError("SMTP is down")

    monkeypatch.setattr(EmailBackend, "send_messages", broken)
    with django_capture_on_commit_callbacks(execute=True):
        result = submit(form_page, answers())
    assert ApplicationSubmission.objects.filter(pk=result.submission.pk).exists()
    failed = MailDelivery.objects.filter(status=MailDelivery.Status.FAILED)
    assert failed.count() == 2
    assert "SMTP is down" in failed.first().last_error
    monkeypatch.undo()
    call_command("retry_form_mail", stdout=__import__("io").StringIO())
    assert MailDelivery.objects.filter(status=MailDelivery.Status.SENT).count() == 2
    assert len(mail.outbox) == 2
