"""Attachments: type and size limits, private storage, admin download, deletion with the row."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail.models import PageLogEntry

from forms_ext.models import ApplicationSubmission
from forms_ext.uploads import private_storage


def pdf(name="cv.pdf", size=100):
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + b"x" * size, content_type="application/pdf")


def test_html_upload_is_stored_privately(client, form_page, answers):
    response = client.post(form_page.url, {**answers(), "cv": pdf("../../etc/My CV.pdf")})
    assert response.status_code == 200
    submission = ApplicationSubmission.objects.get()
    record = submission.form_data["cv"]
    assert record["name"] == "My CV.pdf" and record["size"] > 100
    stored = Path(settings.PRIVATE_MEDIA_ROOT) / record["path"]
    assert stored.is_file()
    assert not str(stored).startswith(str(settings.MEDIA_ROOT))
    assert ".." not in record["path"]


def test_form_is_multipart_when_it_has_a_file_field(client, form_page):
    html = client.get(form_page.url).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'accept=".pdf,' in html


@pytest.mark.parametrize(
    ("upload", "code"),
    [
        (SimpleUploadedFile("evil.exe", b"MZ"), "invalid_extension"),
        (SimpleUploadedFile("big.pdf", b"x" * 2048), "file_too_large"),
    ],
)
def test_type_and_size_limits(client, form_page, answers, settings, upload, code):
    settings.FORM_UPLOAD_MAX_BYTES = 1024
    response = client.post(f"/api/forms/{form_page.pk}/submissions/", {**answers(), "cv": upload})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert {"loc": ["body", "cv"], "type": code} == {k: errors[0][k] for k in ("loc", "type")}
    assert not ApplicationSubmission.objects.exists()


def test_api_accepts_multipart_with_a_file(client, form_page, answers):
    response = client.post(f"/api/forms/{form_page.pk}/submissions/", {**answers(), "cv": pdf()})
    assert response.status_code == 201, response.content
    submission = ApplicationSubmission.objects.get(pk=response.json()["id"])
    assert private_storage.exists(submission.form_data["cv"]["path"])


def test_refused_submission_leaves_no_file(client, form_page, answers):
    type(form_page).objects.filter(pk=form_page.pk).update(max_submissions=0)
    before = set(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.pdf"))
    response = client.post(form_page.url, {**answers(), "cv": pdf("refused.pdf")})
    assert response.status_code == 409
    assert set(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*.pdf")) == before


def test_admin_downloads_with_permission_and_logs_it(admin_client, client, form_page, answers):
    client.post(form_page.url, {**answers(), "cv": pdf("cv.pdf")})
    submission = ApplicationSubmission.objects.get()
    url = f"/admin/forms/files/{submission.pk}/cv/"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert 'filename="cv.pdf"' in response["Content-Disposition"]
    assert PageLogEntry.objects.filter(action="forms_ext.download").exists()
    assert admin_client.get(f"/admin/forms/files/{submission.pk}/nope/").status_code == 404
    client.logout()
    assert client.get(url).status_code in (302, 403)  # anonymous: to the login page
    # The export shows the name and the admin link, never the storage path.
    data = submission.get_data()["cv"]
    assert data.startswith("cv.pdf (") and url in data


def test_erasure_deletes_the_files(client, form_page, answers, django_capture_on_commit_callbacks):
    client.post(form_page.url, {**answers("gone@example.org"), "cv": pdf()})
    path = ApplicationSubmission.objects.get().form_data["cv"]["path"]
    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_applicant", "gone@example.org", stdout=io.StringIO())
    assert not private_storage.exists(path)
