"""Headless delivery, first slice: navigation, feeds, HTTP caching and CORS."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.contract import assert_matches_openapi, openapi_document


@pytest.fixture(autouse=True)
def _fresh_document():
    openapi_document.cache_clear()


def test_navigation_lists_published_menu_pages_of_one_language(client, site_pages):
    response = client.get("/api/navigation/", {"locale": "sv", "depth": 1})
    assert response.status_code == 200
    assert_matches_openapi(response)
    tree = response.json()
    assert tree["url"] == "/sv/" and tree["locale"] == "sv"
    urls = [child["url"] for child in tree["children"]]
    assert site_pages["services", "sv"].url in urls
    assert site_pages["decision-makers", "sv"].url in urls
    assert site_pages["privacy", "sv"].url not in urls  # not a menu page
    assert all(child["children"] == [] for child in tree["children"])


def test_navigation_hides_unpublished_and_private_pages(client, site_pages):
    site_pages["services", "en"].unpublish()
    PageViewRestriction.objects.create(
        page=site_pages["legislation", "en"], restriction_type="login"
    )
    urls = [c["url"] for c in client.get("/api/navigation/", {"locale": "en"}).json()["children"]]
    assert site_pages["services", "en"].url not in urls
    assert site_pages["legislation", "en"].url not in urls


def test_navigation_goes_deeper_on_request(client, site_pages):
    section = site_pages["services", "fi"]
    child = section.add_child(
        instance=type(section)(title="Alasivu", slug="alasivu", show_in_menus=True)
    )
    child.save_revision().publish()
    shallow = client.get("/api/navigation/", {"locale": "fi", "depth": 1}).json()
    deep = client.get("/api/navigation/", {"locale": "fi", "depth": 2}).json()

    def children_of(tree):
        return next(c for c in tree["children"] if c["id"] == section.pk)["children"]

    assert children_of(shallow) == []
    assert [c["title"] for c in children_of(deep)] == ["Alasivu"]


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"locale": "xx"}, "invalid_request"),
        ({"depth": 9}, "invalid_request"),
        ({"depth": "x"}, "invalid_request"),
    ],
)
def test_navigation_bad_input_is_a_coded_400(client, db, params, code):
    response = client.get("/api/navigation/", params)
    assert response.status_code == 400 and response.json()["code"] == code
    assert_matches_openapi(response)


def parse_feed(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_rss_feed_per_language_lists_only_that_languages_news(client, site_pages):
    root = parse_feed(client.get("/en/feeds/news/"))
    titles = [item.findtext("title") for item in root.iter("item")]
    assert titles == ["Call en", "Forum en"]  # newest first
    assert root.find("channel/language").text == "en"


def test_audience_feed_matches_across_translations(client, site_pages):
    root = parse_feed(client.get("/sv/feeds/news/authorities-sv/"))
    titles = [item.findtext("title") for item in root.iter("item")]
    assert titles == ["Call sv", "Bara svenska"]
    assert client.get("/sv/feeds/news/no-such-audience/").status_code == 404


def test_atom_feed_and_feed_discovery(client, site_pages):
    response = client.get("/fi/feeds/news/decision-makers-fi/atom/")
    root = parse_feed(response)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    html = client.get(site_pages["decision-makers", "fi"].url).content.decode()
    assert 'type="application/rss+xml"' in html
    assert "/fi/feeds/news/decision-makers-fi/" in html


def test_feeds_never_carry_drafts_or_unpublished_news(client, site_pages):
    site_pages["forum", "en"].unpublish()
    call = site_pages["call", "en"]
    call.title = "Draft title"
    call.save_revision()
    text = client.get("/en/feeds/news/").content.decode()
    assert "Forum en" not in text and "Draft title" not in text


@pytest.mark.parametrize("url", ["/api/v2/pages/?locale=fi", "/api/locales/"])
def test_api_answers_304_to_a_matching_etag(client, db, url):
    first = client.get(url)
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=60"
    assert "Accept-Language" in first["Vary"] and "Origin" in first["Vary"]
    etag = first["ETag"]
    second = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 304 and second.content == b""


def test_etag_changes_when_content_is_published(client, site_pages):
    url = f"/api/v2/pages/{site_pages['services', 'en'].pk}/"
    etag = client.get(url)["ETag"]
    page = site_pages["services", "en"]
    page.title = "Renamed"
    page.save_revision().publish()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response.json()["title"] == "Renamed"


def test_api_errors_and_writes_are_not_stored(client, site_pages):
    assert client.get("/api/nope/")["Cache-Control"] == "no-store"
    form = site_pages["call", "en"].application_form.specific
    response = client.post(
        f"/api/forms/{form.pk}/submissions/", "{}", content_type="application/json"
    )
    assert response["Cache-Control"] == "no-store"


def test_cors_allows_configured_origins_on_the_api_only(client, db, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://front.example.fi"]
    allowed = client.get("/api/locales/", HTTP_ORIGIN="https://front.example.fi")
    assert allowed["Access-Control-Allow-Origin"] == "https://front.example.fi"
    other = client.get("/api/locales/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/fi/", HTTP_ORIGIN="https://front.example.fi")
    assert "Access-Control-Allow-Origin" not in page
    preflight = client.options(
        "/api/locales/",
        HTTP_ORIGIN="https://front.example.fi",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200


def test_anonymous_api_clients_are_rate_limited(client, db, settings, admin_client):
    settings.API_RATE_LIMIT = (3, 60)
    statuses = [client.get("/api/locales/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/api/v2/pages/")
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited" and limited["Retry-After"] == "60"
    # Editors signed in to the admin are not counted.
    assert all(admin_client.get("/api/locales/").status_code == 200 for _ in range(5))


def test_v2_detail_supports_if_modified_since(client, site_pages):
    url = f"/api/v2/pages/{site_pages['forum', 'en'].pk}/"
    first = client.get(url)
    assert first.has_header("Last-Modified")
    again = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_audience_feed_json_matches_across_translations(client, site_pages):
    response = client.get("/api/feeds/authorities-sv/", {"locale": "sv"})
    assert response.status_code == 200
    assert_matches_openapi(response)
    data = response.json()
    assert data["audience"] == "authorities sv"
    assert [item["title"] for item in data["items"]] == ["Call sv", "Bara svenska"]
    assert data["rss"].endswith("/sv/feeds/news/authorities-sv/")
    # The slug is the audience's slug in the requested language.
    assert client.get("/api/feeds/authorities-sv/", {"locale": "fi"}).status_code == 404
    assert (
        client.get("/api/feeds/authorities-sv/", {"locale": "sv", "limit": 99}).status_code == 400
    )
