"""The forms API: every status code, in the documented order, in the shared error format."""

import datetime as dt
import json

import pytest
from django.utils import timezone
from freezegun import freeze_time

from forms_ext.models import ApplicationSubmission


def post(client, page, body, content_type="application/json", **extra):
    data = json.dumps(body) if not isinstance(body, (str, bytes)) else body
    return client.post(
        f"/api/forms/{page.pk}/submissions/", data, content_type=content_type, **extra
    )


def update(page, **fields):
    type(page).objects.filter(pk=page.pk).update(**fields)


def test_schema_lists_fields_window_state_and_privacy(client, form_page):
    response = client.get(f"/api/forms/{form_page.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert [f["clean_name"] for f in data["fields"]] == [
        "full_name",
        "email",
        "topics",
        "cv",
        "consent",
    ]
    topics = data["fields"][2]
    assert topics["type"] == "checkboxes" and topics["choices"] == ["Work", "Housing", "Language"]
    assert data["locale"] == "en" and data["state"] == "open"
    assert data["window"]["closes_at"].endswith("+02:00")  # Helsinki offset, winter time
    assert data["privacy_notice"]["locale"] == "en"
    assert data["remaining_capacity"] is None
    assert "hp_website" not in json.dumps(data)


def test_schema_cache_lifetime_never_passes_the_closing_moment(client, form_page):
    closes = timezone.now().replace(microsecond=0) + dt.timedelta(seconds=30)
    update(form_page, closes_at=closes)
    with freeze_time(closes - dt.timedelta(seconds=7)):
        response = client.get(f"/api/forms/{form_page.pk}/")
    assert response["Cache-Control"] == "public, max-age=7"
    with freeze_time(closes):
        data = client.get(f"/api/forms/{form_page.pk}/").json()
    assert data["state"] == "closed"


def test_created_submission_answers_201(client, form_page, answers):
    body = {**answers(), "consent": True, "topics": ["Work", "Language"]}
    response = post(client, form_page, body)
    assert response.status_code == 201, response.content
    data = response.json()
    stored = ApplicationSubmission.objects.get(pk=data["id"])
    assert stored.form_data["topics"] == ["Work", "Language"]
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"closes_at": "past"}, "form_closed"),
        ({"opens_at": "future"}, "form_not_open"),
        ({"max_submissions": 0}, "form_full"),
    ],
)
def test_window_refusals_are_409_with_codes(client, form_page, answers, fields, code):
    now = timezone.now()
    values = {
        key: (now - dt.timedelta(seconds=1) if value == "past" else now + dt.timedelta(days=1))
        if isinstance(value, str)
        else value
        for key, value in fields.items()
    }
    update(form_page, **values)
    response = post(client, form_page, answers())
    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == code


def test_duplicate_is_409(client, form_page, answers):
    assert post(client, form_page, answers()).status_code == 201
    response = post(client, form_page, answers())
    assert response.status_code == 409 and response.json()["code"] == "duplicate"


def test_closed_form_answers_form_closed_even_for_garbage(client, form_page):
    update(form_page, closes_at=timezone.now())
    for body in ({"nope": 1}, "[1, 2]", "{not json"):
        response = post(client, form_page, body)
        assert response.status_code == 409 and response.json()["code"] == "form_closed"


def test_invalid_answers_are_400_per_field(client, form_page, answers):
    response = post(client, form_page, {**answers(), "email": "x", "full_name": ""})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid_request"
    locs = {tuple(error["loc"]) for error in body["errors"]}
    assert locs == {("body", "email"), ("body", "full_name")}


@pytest.mark.parametrize(
    ("body", "code"),
    [("{broken", "invalid_json"), ("[1]", "invalid_request"), ({"zzz": 1}, "unknown_field")],
)
def test_malformed_bodies_are_400_never_500(client, form_page, body, code):
    response = post(client, form_page, body)
    assert response.status_code == 400 and response.json()["code"] == code


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_wrong_content_type_is_415(client, form_page, answers, content_type):
    response = post(client, form_page, "full_name=x", content_type=content_type)
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"


def test_too_large_is_413_before_anything_else(client, form_page, answers, settings):
    settings.FORM_MAX_BODY_BYTES = 100
    update(form_page, closes_at=timezone.now())
    response = post(client, form_page, {**answers(), "full_name": "x" * 500})
    assert response.status_code == 413 and response.json()["code"] == "payload_too_large"


def test_rate_limit_is_429_before_the_window_check(client, form_page, answers, settings):
    settings.FORM_RATE_LIMIT = (1, 60)
    assert post(client, form_page, answers()).status_code == 201
    update(form_page, closes_at=timezone.now())
    response = post(client, form_page, answers("x@example.org"))
    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited" and response["Retry-After"] == "60"


def test_only_live_public_forms_are_reachable(client, form_page, answers):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=form_page, restriction_type="login")
    assert client.get(f"/api/forms/{form_page.pk}/").status_code == 404
    assert post(client, form_page, answers()).status_code == 404
    PageViewRestriction.objects.all().delete()
    form_page.unpublish()
    response = client.get(f"/api/forms/{form_page.pk}/")
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    assert client.get("/api/forms/999999/").status_code == 404
    assert client.get("/api/forms/abc/").status_code == 404


def test_messages_follow_the_forms_language(client, site_pages, answers):
    fi = site_pages["call", "fi"].application_form.specific
    update(fi, closes_at=timezone.now())
    response = post(client, fi, answers(), HTTP_ACCEPT_LANGUAGE="en")
    assert response.json()["detail"] == "Hakuaika on päättynyt."


def test_openapi_documents_the_forms_endpoints(client, db):
    document = client.get("/api/openapi.json").json()
    post_op = document["paths"]["/api/forms/{page_id}/submissions/"]["post"]
    for status in ("201", "400", "409", "413", "415", "429"):
        assert status in post_op["responses"]
    assert "requestBody" in post_op
    assert "/api/forms/{page_id}/" in document["paths"]
