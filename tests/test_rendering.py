"""Every page type renders in every language as accessible, localised HTML."""

import re

import pytest
from django.utils import timezone, translation


def test_every_demo_page_renders_with_landmarks_and_one_h1(client, site_pages):
    assert len(site_pages) > 20
    for (key, code), page in site_pages.items():
        response = client.get(page.url)
        assert response.status_code == 200, (key, code, page.url)
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert 'class="skip-link" href="#main"' in html
        assert '<main id="main"' in html
        assert "<header" in html and "<footer" in html and "<nav" in html
        assert len(re.findall(r"<h1[ >]", html)) == 1, (key, code)
        for img in re.findall(r"<img [^>]*>", html):
            assert re.search(r'alt="[^"]+"', img), img


@pytest.mark.parametrize("code", ["fi", "sv", "en"])
def test_home_and_news_index_render(client, db, code):
    home = client.get(f"/{code}/")
    assert home.status_code == 200
    index = client.get(f"/{code}/news-{code}/")
    assert index.status_code == 200
    assert "news-list" in index.content.decode()


def test_headings_inside_body_never_skip_to_h1(client, site_pages):
    html = client.get(site_pages["services", "en"].url).content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]
    assert levels[0] == 1
    for previous, current in zip(levels, levels[1:], strict=False):
        assert current <= previous + 1, levels


def test_audience_page_shows_hero_teasers_and_its_feed(client, site_pages):
    html = client.get(site_pages["decision-makers", "en"].url).content.decode()
    assert 'alt="Meeting en"' in html
    # Teasers default to the section's own title and intro, in the page's language.
    assert "services en" in html and "services intro en" in html
    assert site_pages["services", "en"].url in html
    assert "News decision-makers en" in html
    assert "Forum en" in html and "Call en" in html
    # An authorities-only item is not in the decision-makers feed.
    assert "Bara svenska" not in html


def test_language_switcher_links_only_published_translations(client, site_pages):
    html = client.get(site_pages["forum", "en"].url).content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert site_pages["forum", "fi"].url in switcher
    assert "/sv/" not in switcher  # no Swedish version of this item
    assert 'aria-current="true" lang="en"' in switcher
    assert f'hreflang="fi" href="http://testserver{site_pages["forum", "fi"].url}"' in html


def test_language_switcher_hides_an_unpublished_translation(client, site_pages):
    site_pages["services", "sv"].unpublish()
    html = client.get(site_pages["services", "en"].url).content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert "/sv/" not in switcher
    assert "/fi/" in switcher


def test_news_dates_follow_each_languages_convention(client, site_pages):
    en = client.get(site_pages["forum", "en"].url).content.decode()
    assert "6 July 2021 at 10:00" in en
    assert "12 July 2021 at 15:21" in en
    fi = client.get(site_pages["forum", "fi"].url).content.decode()
    assert "6.7.2021 klo 10.00" in fi
    # The Finnish original was not translated later: only one date.
    assert "12.7.2021" not in fi


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fi", "6.7.2021 klo 10.00"),
        ("sv", "6.7.2021 kl. 10.00"),
        ("en", "6 July 2021 at 10:00"),
    ],
)
def test_datetime_format_per_language_in_helsinki_time(code, expected):
    import datetime as dt

    from django.template import Context, Template

    moment = dt.datetime(2021, 7, 6, 7, 0, tzinfo=dt.UTC)  # 10.00 in Helsinki (EEST)
    with translation.override(code):
        rendered = Template('{{ moment|date:"DATETIME_FORMAT" }}').render(
            Context({"moment": moment})
        )
    assert rendered == expected


def test_winter_time_is_two_hours_ahead_of_utc():
    import datetime as dt

    from django.template import Context, Template

    moment = dt.datetime(2021, 1, 15, 8, 5, tzinfo=dt.UTC)
    with translation.override("fi"):
        rendered = Template('{{ moment|date:"DATETIME_FORMAT" }}').render(
            Context({"moment": moment})
        )
    assert rendered == "15.1.2021 klo 10.05"


def test_call_page_links_its_form_only_while_open(client, site_pages):
    call = site_pages["call", "en"]
    form = call.application_form.specific
    html = client.get(call.url).content.decode()
    assert f'href="{form.url}"' in html
    assert "window-open" in html
    type(form).objects.filter(pk=form.pk).update(closes_at=timezone.now())
    html = client.get(call.url).content.decode()
    assert f'href="{form.url}"' not in html
    assert "The application period has ended." in html
    form.unpublish()
    html = client.get(call.url).content.decode()
    assert "window-status" not in html


def test_unknown_url_gets_the_custom_404_page(client, db):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert 'class="skip-link"' in response.content.decode()


def test_500_page_renders_without_database_or_context(db):
    from django.test import RequestFactory

    from cms.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Palvelussa on häiriö" in response.content.decode()


def test_news_index_filters_by_audience_and_paginates(client, site_pages):
    index = site_pages["forum", "fi"].get_parent()
    html = client.get(index.url, {"audience": "authorities-fi"}).content.decode()
    assert "Call fi" in html
    assert "Foorumi fi" not in html
    # Out-of-range and junk page numbers fall back to a real page instead of failing.
    assert client.get(index.url, {"page": "999"}).status_code == 200
    assert client.get(index.url, {"page": "abc"}).status_code == 200
    assert client.get(index.url, {"audience": "<script>"}).status_code == 200
