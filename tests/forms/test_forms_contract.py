"""Every forms API status code, checked against the published OpenAPI document."""

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.contract import assert_matches_openapi


@pytest.fixture(autouse=True)
def _fresh_document():
    from tests.contract import openapi_document

    openapi_document.cache_clear()


def post_json(client, page, body, **extra):
    return client.post(
        f"/api/forms/{page.pk}/submissions/",
        json.dumps(body) if not isinstance(body, str) else body,
        content_type="application/json",
        **extra,
    )


def test_get_form_200_and_404(client, form_page):
    assert_matches_openapi(client.get(f"/api/forms/{form_page.pk}/"))
    assert_matches_openapi(client.get("/api/forms/999999/"))


def test_every_submission_status(client, form_page, answers, settings):
    cases = []
    cases.append((post_json(client, form_page, answers()), 201))
    cases.append((post_json(client, form_page, answers()), 409))  # duplicate
    cases.append((post_json(client, form_page, {"full_name": ""}), 400))
    cases.append((post_json(client, form_page, "{oops"), 400))
    cases.append(
        (
            client.post(
                f"/api/forms/{form_page.pk}/submissions/",
                {**answers("m@example.org"), "cv": SimpleUploadedFile("x.exe", b"MZ")},
            ),
            400,
        )
    )
    cases.append(
        (
            client.post(f"/api/forms/{form_page.pk}/submissions/", "x", content_type="text/plain"),
            415,
        )
    )
    settings.FORM_MAX_BODY_BYTES = 10
    cases.append((post_json(client, form_page, answers("big@example.org")), 413))
    settings.FORM_MAX_BODY_BYTES = 64 * 1024
    type(form_page).objects.filter(pk=form_page.pk).update(closes_at=timezone.now())
    cases.append((post_json(client, form_page, answers("late@example.org")), 409))
    type(form_page).objects.filter(pk=form_page.pk).update(
        closes_at=None, opens_at=timezone.now() + dt.timedelta(days=1)
    )
    cases.append((post_json(client, form_page, answers("early@example.org")), 409))
    type(form_page).objects.filter(pk=form_page.pk).update(opens_at=None, max_submissions=1)
    cases.append((post_json(client, form_page, answers("full@example.org")), 409))
    settings.FORM_RATE_LIMIT = (1, 60)
    cases.append((post_json(client, form_page, answers("rate@example.org")), 429))
    form_page.unpublish()
    cases.append((post_json(client, form_page, answers("gone@example.org")), 404))
    for response, status in cases:
        assert response.status_code == status, (status, response.content)
        assert_matches_openapi(response, "post")
    codes = {r.json().get("code") for r, status in cases if status == 409}
    assert codes == {"duplicate", "form_closed", "form_not_open", "form_full"}
