"""The portal API at /api/: one OpenAPI document, one error format."""

import pytest

PROBLEM_KEYS = {"type", "title", "status", "code", "detail", "errors"}


def test_openapi_document_is_published(client, db):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "Integration portal API"
    assert "/api/locales/" in document["paths"]
    assert "Problem" in document["components"]["schemas"]


def test_interactive_docs_are_served_without_external_assets(client, db):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn." not in html


def test_docs_can_be_switched_off(client, db, settings):
    settings.API_DOCS_ENABLED = False
    assert client.get("/api/docs/").status_code == 404


def test_locales_lists_the_content_languages_default_first(client, db):
    assert client.get("/api/locales/").json() == [
        {"code": "fi", "name": "Suomi", "is_default": True},
        {"code": "sv", "name": "Svenska", "is_default": False},
        {"code": "en", "name": "English", "is_default": False},
    ]


@pytest.mark.parametrize("path", ["/api/nope/", "/api/locales/extra/", "/api/v3/pages/"])
def test_unknown_api_paths_get_a_problem_document_not_a_redirect(client, db, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert set(body) == PROBLEM_KEYS
    assert body["code"] == "not_found" and body["status"] == 404


def test_wrong_method_is_a_coded_error(client, db):
    response = client.post("/api/locales/")
    assert response.status_code == 405


def test_api_urls_sit_outside_the_language_prefixes(client, db):
    assert client.get("/fi/api/locales/").status_code == 404
    assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/en/api/v2/pages/").status_code == 404


def test_http_errors_raised_by_app_routers_use_the_shared_format(rf):
    """Apps raise ninja's HttpError with a ``code``; cms renders it (no import of cms)."""
    from ninja.errors import HttpError

    from cms.api import api

    class FormClosed(HttpError):
        code = "form_closed"
        errors = [{"loc": ["body"], "msg": "closed", "type": "closed"}]

    handler = api._lookup_exception_handler(FormClosed(409, "The application period has ended."))
    response = handler(rf.get("/api/x/"), FormClosed(409, "The application period has ended."))
    assert response.status_code == 409
    import json

    body = json.loads(response.content)
    assert body["code"] == "form_closed"
    assert body["detail"] == "The application period has ended."
    assert body["errors"] == [{"loc": ["body"], "msg": "closed", "type": "closed"}]
    assert response["Cache-Control"] == "no-store"


def test_unexpected_errors_are_logged_and_never_shown_raw(rf, caplog):
    from cms.api import api

    error = RuntimeError("database password is hunter2")
    handler = api._lookup_exception_handler(error)
    response = handler(rf.get("/api/x/"), error)
    assert response.status_code == 500
    assert b"hunter2" not in response.content
    assert b'"code":"internal_error"' in response.content
    assert "hunter2" in caplog.text
