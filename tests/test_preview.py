"""Front-end preview: a signed, short-lived token for one snapshot of one page."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.test import RequestFactory
from django.utils import timezone, translation
from freezegun import freeze_time

from cms.preview import SALT
from tests.contract import assert_matches_openapi, openapi_document

FRONT_END = "https://front.example.fi/api/preview"


@pytest.fixture(autouse=True)
def _front_end(settings):
    settings.FRONTEND_PREVIEW_URL = FRONT_END
    openapi_document.cache_clear()


def preview_token(page, title="Unsaved draft title"):
    """What happens when the editor opens the "Front end" preview with unsaved changes."""
    page.title = title  # in the editor's form, not saved
    response = page.serve_preview(RequestFactory().get("/admin/"), "headless")
    assert response.status_code == 302
    assert response["Cache-Control"] == "private, no-store"
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONT_END
    query = parse_qs(location.query)
    assert query["page_id"] == [str(page.pk)]
    assert query["type"] == [page._meta.label] and query["locale"] == [page.locale.language_code]
    return query["token"][0]


def test_front_end_mode_is_offered_only_when_configured(site_pages, settings):
    page = site_pages["forum", "en"]
    # The admin's language, not the page's, names the modes (a test alone runs in "fi").
    with translation.override("en"):
        assert ("headless", "Front end") in [(m, str(label)) for m, label in page.preview_modes]
    settings.FRONTEND_PREVIEW_URL = ""
    assert "headless" not in [mode for mode, _label in page.preview_modes]
    assert "" in [mode for mode, _label in page.preview_modes]


def test_token_shows_the_unsaved_draft_in_the_v2_shape(client, site_pages):
    page = site_pages["forum", "en"]
    token = preview_token(page)
    response = client.get("/api/preview/", {"token": token})
    assert response.status_code == 200
    assert_matches_openapi(response)
    data = response.json()
    assert data["title"] == "Unsaved draft title"
    assert data["id"] == page.pk and data["meta"]["type"] == "cms.NewsPage"
    assert data["meta"]["is_preview"] is True
    assert data["lead"] == "Lead en" and data["body"] == []
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("ETag")
    # The live page is untouched.
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["title"] == "Forum en"


def test_token_expires(client, site_pages, settings):
    token = preview_token(site_pages["forum", "en"])
    with freeze_time(timezone.now() + dt.timedelta(seconds=settings.PREVIEW_TOKEN_SECONDS + 1)):
        response = client.get("/api/preview/", {"token": token})
    assert response.status_code == 403 and response.json()["code"] == "token_expired"
    assert_matches_openapi(response)


@pytest.mark.parametrize("mangle", [lambda t: t[:-2] + "xx", lambda t: "nonsense", lambda t: ""])
def test_tampered_tokens_are_refused(client, site_pages, mangle):
    token = mangle(preview_token(site_pages["forum", "en"]))
    response = client.get("/api/preview/", {"token": token})
    assert response.status_code == 403 and response.json()["code"] == "invalid_token"


def test_a_token_is_useless_for_another_page(client, site_pages):
    token = preview_token(site_pages["forum", "en"])
    payload = signing.loads(token, salt=SALT)
    # Even a correctly signed token cannot pair this snapshot with another page...
    forged = signing.dumps({**payload, "page": site_pages["services", "en"].pk}, salt=SALT)
    response = client.get("/api/preview/", {"token": forged})
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    # ...and a token signed for another purpose is not a preview token.
    other = signing.dumps(payload, salt="something-else")
    assert client.get("/api/preview/", {"token": other}).json()["code"] == "invalid_token"


def test_missing_token_is_a_400(client, db):
    response = client.get("/api/preview/")
    assert response.status_code == 400 and response.json()["code"] == "invalid_request"


def test_old_snapshots_are_cleared(site_pages, settings):
    from cms.models import PagePreview

    preview_token(site_pages["forum", "en"])
    later = timezone.now() + dt.timedelta(seconds=settings.PREVIEW_TOKEN_SECONDS + 5)
    with freeze_time(later):
        preview_token(site_pages["services", "en"])
    assert PagePreview.objects.count() == 1


def test_deleted_page_ends_its_previews(client, site_pages):
    page = site_pages["forum", "en"]
    token = preview_token(page)
    page.delete()
    assert client.get("/api/preview/", {"token": token}).status_code == 404
