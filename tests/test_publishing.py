"""No draft, unpublished, expired or private content through HTML, API, feeds or sitemap."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction


def _visible_everywhere(client, page):
    """Where a page can be seen by an anonymous reader or API consumer."""
    html = client.get(page.url)
    listing = client.get("/api/v2/pages/", {"limit": 100, "locale": page.locale.language_code})
    ids = [item["id"] for item in listing.json()["items"]]
    detail = client.get(f"/api/v2/pages/{page.pk}/")
    find = client.get("/api/v2/pages/find/", {"html_path": page.url})
    sitemap = client.get("/sitemap.xml").content.decode()
    return {
        "html": html.status_code == 200,
        "listing": page.pk in ids,
        "detail": detail.status_code == 200,
        "find": find.status_code == 302,
        "sitemap": f"http://testserver{page.url}<" in sitemap,
    }


def test_published_page_is_visible_everywhere(client, site_pages):
    assert all(_visible_everywhere(client, site_pages["forum", "en"]).values())


def test_unpublished_page_is_visible_nowhere(client, site_pages):
    page = site_pages["forum", "en"]
    page.unpublish()
    assert not any(_visible_everywhere(client, page).values())
    audience = client.get(site_pages["decision-makers", "en"].url).content.decode()
    assert "Forum en" not in audience


def test_expired_page_disappears_before_the_scheduled_job_runs(client, site_pages):
    page = site_pages["forum", "en"]
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - dt.timedelta(seconds=1))
    page.refresh_from_db()
    assert page.live  # publish_scheduled has not run yet
    assert not any(_visible_everywhere(client, page).values())
    feed = client.get(
        f"/api/v2/pages/{site_pages['decision-makers', 'en'].pk}/", {"fields": "feed"}
    ).json()["feed"]
    assert page.pk not in [item["id"] for item in feed]
    assert "Forum en" not in client.get(page.get_parent().url).content.decode()


def test_page_expiring_in_the_future_is_still_visible(client, site_pages):
    page = site_pages["forum", "en"]
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() + dt.timedelta(hours=1))
    page.refresh_from_db()
    assert all(_visible_everywhere(client, page).values())


@pytest.mark.parametrize("restriction_type", ["password", "login"])
def test_private_page_is_not_in_api_feeds_or_sitemap(client, site_pages, restriction_type):
    page = site_pages["forum", "en"]
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="secret-words"
    )
    seen = _visible_everywhere(client, page)
    assert not seen["listing"] and not seen["detail"] and not seen["find"] and not seen["sitemap"]
    # HTML shows the password or login wall, never the text.
    html = client.get(page.url)
    assert "Lead en" not in html.content.decode()
    audience = client.get(site_pages["decision-makers", "en"].url).content.decode()
    assert "Forum en" not in audience


def test_private_section_hides_its_descendants_too(client, site_pages):
    section = site_pages["services", "en"]
    PageViewRestriction.objects.create(page=section, restriction_type="login")
    ids = [
        item["id"]
        for item in client.get("/api/v2/pages/", {"limit": 100, "locale": "en"}).json()["items"]
    ]
    assert section.pk not in ids


def test_draft_changes_never_reach_readers(client, site_pages):
    page = site_pages["forum", "en"]
    page.lead = "SECRET DRAFT LEAD"
    page.title = "Secret draft title"
    page.save_revision()  # saved, not published
    assert "SECRET DRAFT" not in client.get(page.url).content.decode()
    detail = client.get(f"/api/v2/pages/{page.pk}/").content.decode()
    assert "SECRET DRAFT" not in detail and "Secret draft title" not in detail
    listing = client.get("/api/v2/pages/", {"fields": "*", "type": "cms.NewsPage"})
    assert "SECRET DRAFT" not in listing.content.decode()
    feed = client.get(f"/api/v2/pages/{site_pages['decision-makers', 'en'].pk}/").content.decode()
    assert "Secret draft title" not in feed


def test_teaser_to_an_unpublished_section_is_dropped(client, site_pages):
    site_pages["services", "en"].unpublish()
    audience = site_pages["decision-makers", "en"]
    html = client.get(audience.url).content.decode()
    assert site_pages["services", "en"].url not in html
    teasers = client.get(f"/api/v2/pages/{audience.pk}/").json()["teasers"]
    assert all(
        t["value"]["page"] is None or t["value"]["page"]["id"] != site_pages["services", "en"].pk
        for t in teasers
    )
