"""The graded queries of the relevance benchmark name pages the demo site has."""

from collections import Counter

from cms.demo import content
from cms.demo.loader import LANGUAGES
from tests.search.relevance_set import QUERIES


def _demo_pages() -> set[tuple[str, str]]:
    """(key, language) of every page the demo loader keys: sections, audience pages, the
    accessibility and privacy pages (a dict per language), news and calls (translations),
    calls' application forms, the home and news index pages."""
    pages = {(name, code) for name in ("home", "news-index") for code in LANGUAGES}
    for spec in [*content.SECTIONS, *content.AUDIENCE_PAGES]:
        pages |= {(spec["key"], code) for code in LANGUAGES if code in spec}
    for spec in (content.ACCESSIBILITY, content.PRIVACY):
        pages |= {(spec["key"], code) for code in LANGUAGES if code in spec}
    for spec in [*content.NEWS, *content.CALLS]:
        for code, translation in spec["translations"].items():
            pages.add((spec["key"], code))
            if "form_slug" in translation and spec.get("application_window"):
                pages.add((f"{spec['key']}-form", code))
    return pages


def test_every_graded_page_exists_in_the_querys_language():
    pages = _demo_pages()
    missing = [
        (item["id"], key)
        for item in QUERIES
        for key in item["relevant"]
        if (key, item["language"]) not in pages
    ]
    assert missing == []


def test_the_set_is_as_large_as_the_issue_asks():
    assert len(QUERIES) >= 40
    assert len({item["id"] for item in QUERIES}) == len(QUERIES)
    per_class = Counter(item["class"] for item in QUERIES)
    assert min(per_class.values()) >= 5, per_class
    assert {item["language"] for item in QUERIES} == set(LANGUAGES)
    assert all(set(item["relevant"].values()) <= {1, 2, 3} for item in QUERIES)
