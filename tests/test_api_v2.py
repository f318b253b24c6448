"""Wagtail's v2 API: every custom field, in the right language, with clean shapes."""

import json

import pytest


def test_news_detail_has_every_field_with_clean_shapes(api, site_pages):
    page = site_pages["forum", "en"]
    data = api(f"/api/v2/pages/{page.pk}/")
    assert data["meta"]["type"] == "cms.NewsPage"
    assert data["meta"]["locale"] == "en"
    assert data["lead"] == "Lead en"
    assert data["news_type"] == "news"
    assert data["news_type_label"] == "News item"
    assert data["audience_list"] == [{"name": "decision-makers en", "slug": "decision-makers-en"}]
    # Same original date on every translation; Helsinki offset in the API.
    assert data["original_published_at"] == "2021-07-06T10:00:00+03:00"
    assert data["meta"]["first_published_at"].startswith("2021-07-12T15:21:00")
    link = data["further_information"][0]
    assert link["type"] == "link"
    assert link["value"] == {"kind": "external", "text": "More", "url": "https://example.org/more"}
    assert [t["locale"] for t in data["translations"]] == ["fi", "en"]


def test_translations_share_the_original_publication_date(api, site_pages):
    fi = api(f"/api/v2/pages/{site_pages['forum', 'fi'].pk}/")
    en = api(f"/api/v2/pages/{site_pages['forum', 'en'].pk}/")
    assert fi["original_published_at"] == en["original_published_at"]


def test_body_blocks_are_typed_json_without_database_references(api, site_pages):
    data = api(f"/api/v2/pages/{site_pages['services', 'sv'].pk}/")
    body = {block["type"]: block["value"] for block in data["body"]}
    assert all(set(block) == {"type", "value", "id"} for block in data["body"])
    assert body["heading"] == {"text": "Heading services sv", "level": 2}
    assert body["paragraph"] == "<p>Body of services in sv.</p>"
    image = body["image"]
    assert image["alt"] == "Alt sv" and image["caption"] == "Caption services sv"
    assert set(image["renditions"]) == {"small", "medium", "large"}
    assert image["renditions"]["small"]["width"] == 480
    assert "image" not in image and "id" not in image
    assert body["table"] == {
        "caption": "Acts",
        "header": ["Act", "Year"],
        "rows": [["A", "2010"]],
        "first_col_is_header": False,
    }
    assert body["quote"] == {"text": "Quote", "attribution": "Someone"}
    assert body["fact_box"] == {"title": "Facts", "body": "<p>Fact</p>"}
    assert body["link_list"]["links"][0]["url"] == "https://example.org/"


def test_rich_text_is_display_html_everywhere(client, site_pages):
    page = site_pages["services", "en"]
    target = site_pages["legislation", "en"]
    page.body = json.dumps(
        [
            {
                "type": "paragraph",
                "value": f'<p>See <a linktype="page" id="{target.pk}">the acts</a>.</p>',
            }
        ]
    )
    page.save_revision().publish()
    content = client.get("/api/v2/pages/", {"fields": "*", "type": "cms.SectionPage"}).content
    detail = client.get(f"/api/v2/pages/{page.pk}/").content.decode()
    for text in (content.decode(), detail):
        assert "linktype=" not in text and "embedtype=" not in text
    paragraph = json.loads(detail)["body"][0]["value"]
    assert f'href="{target.url}"' in paragraph


def test_audience_page_carries_hero_teasers_and_feed(api, site_pages):
    data = api(f"/api/v2/pages/{site_pages['decision-makers', 'sv'].pk}/")
    assert data["hero"]["alt"] == "Meeting sv"
    assert data["audience_info"]["slug"] == "decision-makers-sv"
    teaser = data["teasers"][0]["value"]
    assert teaser["page"] == {
        "id": site_pages["services", "sv"].pk,
        "title": "services sv",
        "url": site_pages["services", "sv"].url,
        "locale": "sv",
    }
    assert teaser["title"] == "services sv" and teaser["text"] == "services intro sv"
    assert [item["title"] for item in data["feed"]] == ["Call sv"]


def test_audience_feed_matches_across_translations_of_the_audience(api, site_pages):
    """A Swedish item tagged with the Finnish audience copy still reaches the Swedish feed."""
    from cms.models import Audience

    item = site_pages["only-sv", "sv"]
    item.audiences.set([Audience.objects.get(slug="decision-makers-fi")])
    item.save_revision().publish()
    feed = api(f"/api/v2/pages/{site_pages['decision-makers', 'sv'].pk}/")["feed"]
    assert "Bara svenska" in [entry["title"] for entry in feed]
    # Shown with the Swedish name of the audience.
    detail = api(f"/api/v2/pages/{item.pk}/")
    assert detail["audience_list"] == [{"name": "decision-makers sv", "slug": "decision-makers-sv"}]


def test_feed_is_newest_first(api, site_pages):
    feed = api(f"/api/v2/pages/{site_pages['decision-makers', 'en'].pk}/")["feed"]
    dates = [entry["original_published_at"] for entry in feed]
    assert dates == sorted(dates, reverse=True)
    assert [entry["title"] for entry in feed] == ["Call en", "Forum en"]


def test_call_page_shows_the_window_of_its_form(api, site_pages):
    call = site_pages["call", "fi"]
    form = call.application_form.specific
    data = api(f"/api/v2/pages/{call.pk}/")
    assert data["news_type"] == "call"
    assert data["organiser"] == "Org"
    assert data["eligibility"] == "<p>Anyone</p>"
    window = data["application_window"]
    assert window["state"] == "open"
    assert (
        window["closes_at"]
        == form.closes_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Helsinki")).isoformat()
    )
    assert window["form"]["id"] == form.pk and window["form"]["locale"] == "fi"
    assert window["text"] == form.window_text()


def test_form_pages_never_expose_notification_addresses(client, site_pages):
    form = site_pages["call", "en"].application_form.specific
    assert form.to_address
    for url in (
        f"/api/v2/pages/{form.pk}/",
        "/api/v2/pages/?type=forms_ext.ApplicationFormPage&fields=*",
        f"/api/forms/{form.pk}/",
    ):
        text = client.get(url).content.decode()
        assert form.to_address not in text
        assert "to_address" not in text and "from_address" not in text


@pytest.mark.parametrize("code", ["fi", "sv", "en"])
def test_locale_filter_returns_only_that_language(api, code):
    items = api("/api/v2/pages/", locale=code, limit=100)["items"]
    assert items
    assert {item["meta"]["locale"] for item in items} == {code}


def test_unknown_locale_and_type_are_client_errors(client, db):
    assert client.get("/api/v2/pages/", {"locale": "xx"}).status_code == 404
    assert client.get("/api/v2/pages/", {"type": "cms.Nope"}).status_code == 400
    assert client.get("/api/v2/pages/", {"unknown": "1"}).status_code == 400


@pytest.mark.parametrize(
    ("path", "key", "code"),
    [
        ("/en/news-en/forum/", "forum", "en"),
        ("/fi/news-fi/foorumi/", "forum", "fi"),
        ("/sv/services-sv/", "services", "sv"),
        ("/sv/", None, "sv"),
        ("/en", None, "en"),
    ],
)
def test_find_by_html_path_routes_from_that_languages_root(client, site_pages, path, key, code):
    response = client.get("/api/v2/pages/find/", {"html_path": path})
    assert response.status_code == 302
    target = client.get(response["Location"]).json()
    assert target["meta"]["locale"] == code
    if key:
        assert target["id"] == site_pages[key, code].pk


def test_find_unknown_path_is_404_not_a_redirect(client, db):
    response = client.get("/api/v2/pages/find/", {"html_path": "/sv/no-such-page/"})
    assert response.status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": "/xx/"}).status_code == 404


def test_listing_with_fields_star_for_every_type(api):
    for model in [
        "HomePage",
        "AudiencePage",
        "SectionPage",
        "NewsIndexPage",
        "NewsPage",
        "CallPage",
    ]:
        data = api("/api/v2/pages/", type=f"cms.{model}", fields="*", limit=100)
        assert data["meta"]["total_count"] >= 1, model


def test_images_and_documents_endpoints_answer(api):
    images = api("/api/v2/images/")
    assert images["meta"]["total_count"] >= 1
    api("/api/v2/documents/")


def test_breadcrumbs_lead_from_the_language_home_to_the_parent(api, site_pages):
    news = site_pages["forum", "en"]
    crumbs = api(f"/api/v2/pages/{news.pk}/")["breadcrumbs"]
    assert [c["url"] for c in crumbs] == ["/en/", news.get_parent().url]
    listing = api("/api/v2/pages/", type="cms.NewsPage", fields="breadcrumbs", locale="en")
    by_id = {item["id"]: item["breadcrumbs"] for item in listing["items"]}
    assert by_id[news.pk] == crumbs
    home = site_pages["services", "en"].get_parent()
    assert api(f"/api/v2/pages/{home.pk}/")["breadcrumbs"] == []


def test_locale_fallback_fills_missing_translations_and_marks_them(api, site_pages):
    data = api("/api/v2/pages/", type="cms.NewsPage", locale="sv", fallback="fi", limit=100)
    by_title = {item["title"]: item["meta"] for item in data["items"]}
    # Swedish items as they are; the Finnish-and-English-only forum stands in in Finnish.
    assert by_title["Bara svenska"]["is_fallback"] is False
    assert by_title["Call sv"]["is_fallback"] is False
    assert by_title["Foorumi fi"]["is_fallback"] is True
    assert "Call fi" not in by_title  # the call has a Swedish version
    plain = api("/api/v2/pages/", type="cms.NewsPage", locale="sv")
    assert "is_fallback" not in plain["items"][0]["meta"]


def test_locale_fallback_needs_valid_locales(client, db):
    assert client.get("/api/v2/pages/", {"fallback": "fi"}).status_code == 400
    assert client.get("/api/v2/pages/", {"locale": "sv", "fallback": "xx"}).status_code == 404
