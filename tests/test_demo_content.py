"""The full demo content loads, in three languages, and loading it again changes nothing."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.demo import content
from cms.models import Audience, AudiencePage, CallPage, NewsPage, SectionPage


@pytest.fixture
def fresh_tree(db):
    """Start without the mini site so the demo's counts are its own."""
    for page in Page.objects.filter(depth=2):
        page.delete()
    Audience.objects.all().delete()
    get_user_model().objects.filter(username="editor").delete()


def counts():
    return {
        "pages": Page.objects.count(),
        "audiences": Audience.objects.count(),
        "images": get_image_model().objects.count(),
    }


def test_demo_content_loads_twice_without_duplicates(fresh_tree):
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    first = counts()
    assert "password:" in out.getvalue()  # generated, printed once
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert counts() == first
    assert "nothing changed" in out.getvalue()
    assert "password" not in out.getvalue()
    duplicates = Page.objects.values("locale", "url_path").annotate(n=Count("id")).filter(n__gt=1)
    assert not duplicates.exists()


def test_demo_content_covers_the_portal_in_three_languages(fresh_tree, client):
    call_command("load_demo_content", stdout=StringIO())
    for code in ("fi", "sv", "en"):
        assert SectionPage.objects.filter(locale__language_code=code).count() >= 8
        assert AudiencePage.objects.filter(locale__language_code=code).count() >= 2
        assert CallPage.objects.filter(locale__language_code=code).count() == 2
        assert Audience.objects.filter(locale__language_code=code).count() >= 3
        assert client.get(f"/{code}/").status_code == 200
    groups = NewsPage.objects.exclude(news_type="call").values("translation_key").distinct()
    assert groups.count() >= 12
    # Some news exists in only one language.
    single = NewsPage.objects.values("translation_key").annotate(n=Count("id")).filter(n=1).count()
    assert single >= 3
    # Every audience page has six section teasers and a non-empty feed.
    for page in AudiencePage.objects.all():
        assert len(page.teasers) == 6
        assert page.feed_items()
        assert client.get(page.url).status_code == 200
    # The Nordic forum call keeps the seed's dates.
    call = CallPage.objects.get(locale__language_code="en", slug__contains="nordic")
    html = client.get(call.url).content.decode()
    assert "6 July 2021 at 10:00" in html
    assert "12 July 2021 at 15:21" in html
    fi = call.get_translation(call.locale.__class__.objects.get(language_code="fi"))
    assert "6.7.2021 klo 10.00" in client.get(fi.url).content.decode()


def test_demo_data_module_has_the_documented_shape():
    assert [spec["key"] for spec in content.SECTIONS] == [
        "services",
        "actors",
        "partnership",
        "legislation",
        "priorities",
        "learning",
    ]
    assert len(content.NEWS) >= 12
    assert {spec["key"] for spec in content.CALLS} >= {"nordic-forum-2021", "current-call"}
