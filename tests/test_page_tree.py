"""Editors cannot build nonsense trees: each type lives only where it belongs."""

import pytest
from wagtail.models import Page

from cms.models import (
    AudiencePage,
    CallPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SectionPage,
)

ALLOWED = {
    HomePage: {AudiencePage, SectionPage, NewsIndexPage},
    AudiencePage: set(),
    SectionPage: {SectionPage},
    NewsIndexPage: {NewsPage, CallPage},
    NewsPage: set(),
    CallPage: set(),
}


@pytest.mark.parametrize("parent", list(ALLOWED))
def test_each_page_type_allows_exactly_its_children(parent):
    allowed = {
        model for model in parent.allowed_subpage_models() if model.__module__.startswith("cms.")
    }
    assert allowed == ALLOWED[parent]
    # Wagtail's own types never appear under ours.
    assert Page not in parent.allowed_subpage_models()


def test_home_page_can_only_sit_at_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]


@pytest.mark.parametrize("child", [NewsPage, CallPage])
def test_news_cannot_be_created_outside_a_news_index(site_pages, child):
    home = site_pages["services", "fi"].get_parent()
    assert not child.can_create_at(home)
    assert not child.can_create_at(site_pages["services", "fi"])
    news_index = site_pages["forum", "fi"].get_parent()
    assert child.can_create_at(news_index)


def test_sections_nest_under_sections_but_not_under_news(site_pages):
    section = site_pages["services", "fi"]
    news_index = site_pages["forum", "fi"].get_parent()
    assert SectionPage.can_create_at(section)
    assert not SectionPage.can_create_at(news_index)
    assert not AudiencePage.can_create_at(section)
