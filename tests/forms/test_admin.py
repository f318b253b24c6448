"""Applications in the admin: own permission, safe CSV, audit log, erasure, purge, mail log."""

import csv
import datetime as dt
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from forms_ext.admin_views import escape_csv_cell
from forms_ext.models import ApplicationSubmission, MailDelivery
from forms_ext.submissions import submit


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Aino", "Aino"),
        ("", ""),
        (5, 5),
        (None, None),
    ],
)
def test_formula_like_cells_are_escaped(value, expected):
    assert escape_csv_cell(value) == expected


def export_csv(client, page):
    response = client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_csv_export_escapes_formulas_and_is_logged(admin_client, form_page, answers, admin_user):
    submit(form_page, answers(full_name="=cmd|' /C calc'!A0"))
    rows = export_csv(admin_client, form_page)
    assert rows[1][1] == "'=cmd|' /C calc'!A0"
    entry = PageLogEntry.objects.filter(page=form_page, action="forms_ext.export").get()
    assert entry.user == admin_user
    assert entry.data == {"format": "csv", "count": 1}


def test_submissions_list_filters_by_language(admin_client, form_page, answers):
    submit(form_page, answers())
    response = admin_client.get(f"/admin/forms/submissions/{form_page.pk}/", {"language": "fi"})
    assert response.status_code == 200
    assert "Aino Applicant" not in response.content.decode()
    response = admin_client.get(f"/admin/forms/submissions/{form_page.pk}/", {"language": "en"})
    assert "Aino Applicant" in response.content.decode()


def make_editor(django_user_model, with_view_permission):
    user = django_user_model.objects.create_user("ed", password="pw-editor-123")
    user.groups.add(Group.objects.get(name="Editors"))
    if with_view_permission:
        user.user_permissions.add(Permission.objects.get(codename="view_applications"))
    return user


def test_editing_the_page_does_not_open_its_applications(client, django_user_model, form_page):
    client.force_login(make_editor(django_user_model, with_view_permission=False))
    assert client.get(f"/admin/pages/{form_page.pk}/edit/").status_code == 200
    assert client.get(f"/admin/forms/submissions/{form_page.pk}/").status_code in (302, 403)


def test_view_permission_opens_applications(client, django_user_model, form_page):
    client.force_login(make_editor(django_user_model, with_view_permission=True))
    assert client.get(f"/admin/forms/submissions/{form_page.pk}/").status_code == 200


def test_erasing_an_applicant_removes_their_rows_everywhere(form_page, answers, site_pages):
    other_form = site_pages["call", "fi"].application_form.specific
    submit(form_page, answers("Erase.Me@example.org"))
    submit(other_form, answers("erase.me@example.org"))
    keep = submit(form_page, answers("keep@example.org")).submission
    out = io.StringIO()
    call_command("erase_applicant", "erase.me@example.org", stdout=out)
    assert "Erased 2 application(s) from 2 form(s)" in out.getvalue()
    assert list(ApplicationSubmission.objects.values_list("pk", flat=True)) == [keep.pk]
    assert not MailDelivery.objects.filter(recipients__icontains="erase.me").exists()
    log = PageLogEntry.objects.get(page=form_page, action="forms_ext.erase")
    assert "erase.me" not in str(log.data)


def test_erase_refuses_a_non_address():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("erase_applicant", "not-an-address")


def test_purge_deletes_only_applications_past_retention(form_page, answers, site_pages):
    submit(form_page, answers())
    other_form = site_pages["call", "fi"].application_form.specific
    submit(other_form, answers())
    past = timezone.now() - dt.timedelta(days=31)
    type(form_page).objects.filter(pk=form_page.pk).update(closes_at=past, retention_days=30)
    out = io.StringIO()
    call_command("purge_submissions", "--dry-run", stdout=out)
    assert "would delete 1 application(s)" in out.getvalue()
    assert ApplicationSubmission.objects.count() == 2
    call_command("purge_submissions", stdout=io.StringIO())
    assert list(ApplicationSubmission.objects.values_list("page_id", flat=True)) == [other_form.pk]
    assert PageLogEntry.objects.filter(page=form_page, action="forms_ext.purge").exists()


def test_failed_mail_is_visible_in_the_admin(admin_client, form_page, answers):
    submission = submit(form_page, answers()).submission
    MailDelivery.objects.create(
        submission=submission,
        kind=MailDelivery.Kind.CONFIRMATION,
        recipients="applicant@example.org",
        subject="s",
        body="b",
        status=MailDelivery.Status.FAILED,
        last_error="SMTPServerDisconnected",
    )
    response = admin_client.get("/admin/form_mail/", {"status": "failed"})
    assert response.status_code == 200
    assert "applicant@example.org" in response.content.decode()


def admin_form_class():
    from forms_ext.models import ApplicationFormPage

    return ApplicationFormPage.get_edit_handler().get_form_class()


@pytest.mark.parametrize(
    "local_time",
    [
        "2026-03-29 03:30",  # skipped when clocks go forward
        "2026-10-25 03:30",  # happens twice when clocks go back
    ],
)
def test_admin_refuses_non_existent_or_ambiguous_local_times(local_time):
    from django.core.exceptions import ValidationError

    field = admin_form_class().base_fields["closes_at"]
    with timezone.override("Europe/Helsinki"), pytest.raises(ValidationError) as error:
        field.clean(local_time)
    assert error.value.error_list[0].code == "ambiguous_timezone"


def test_admin_accepts_an_ordinary_local_time_as_helsinki_time():
    field = admin_form_class().base_fields["closes_at"]
    with timezone.override("Europe/Helsinki"):
        value = field.clean("2026-10-25 05:00")
    assert value.utcoffset() == dt.timedelta(hours=2)


def test_admin_refuses_a_close_before_the_open(form_page):
    form_page.opens_at = timezone.now()
    form_page.closes_at = form_page.opens_at - dt.timedelta(minutes=1)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        form_page.full_clean()
    assert "closes_at" in error.value.message_dict


def test_form_page_edit_view_renders_with_its_tabs(admin_client, form_page):
    html = admin_client.get(f"/admin/pages/{form_page.pk}/edit/").content.decode()
    assert 'name="opens_at"' in html and 'name="closes_at"' in html
    assert 'name="max_submissions"' in html and 'name="to_address"' in html
