"""Every page type in a real browser: axe-core finds no WCAG 2.1 A/AA violations, and the
skip link works from the keyboard.

Chromium comes from Debian (``make test`` installs it); Playwright drives it through
``executable_path``.
"""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_AA = {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def browser():
    # Playwright's sync API runs an event loop in this thread; the database is only used by
    # the live server's thread meanwhile.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()
        # While Playwright's event loop runs in this thread, Django gives the test's queries
        # a connection of their own (per async context): close it, or the session outlives
        # the test and the test database cannot be dropped.
        connections.close_all()


def page_urls():
    from cms.models import AudiencePage, CallPage, NewsPage, SectionPage
    from forms_ext.models import ApplicationFormPage

    urls = ["/fi/", "/sv/", "/en/"]
    for model in (AudiencePage, SectionPage, NewsPage, CallPage, ApplicationFormPage):
        for code in ("fi", "en"):
            page = model.objects.filter(locale__language_code=code, live=True).first()
            if page is not None:
                urls.append(page.url)
    urls.append(NewsPage.objects.filter(live=True).first().get_parent().url)
    urls.append("/en/no-such-page/")
    urls.append("/fi/search/?q=kunta")
    return urls


def test_every_page_type_passes_axe_wcag_aa(live_server, browser):
    urls = page_urls()
    axe = Axe()
    tab = browser.new_page()
    problems = {}
    for url in urls:
        tab.goto(live_server.url + url)
        results = axe.run(tab, options={"runOnly": WCAG_AA})
        violations = [
            f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
            for v in results.response["violations"]
        ]
        if violations:
            problems[url] = violations
    assert problems == {}
    assert len(urls) >= 12


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(live_server, browser):
    tab = browser.new_page()
    tab.goto(live_server.url + "/en/")
    tab.keyboard.press("Tab")
    focused = tab.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    box = tab.evaluate("document.activeElement.getBoundingClientRect().top")
    assert box >= 0  # visible once focused
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main"
