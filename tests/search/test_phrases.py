"""Phrases: words between quotation marks match only where they stand one after the other,
each word in any of its forms (on both databases; Elasticsearch's bodies are checked in
``test_elasticsearch``)."""

import re

import pytest
from django.db import connection

from search import analysis, finnish, fulltext
from search.analysis import (
    TERM_SEPARATOR,
    index_text,
    phrase_pattern,
    query_phrases,
    query_word,
    stored_term_list,
    tokenize,
    word_terms,
)
from search.service import Filters, search
from tests.search import republish

pytestmark = pytest.mark.skipif(
    not finnish.available(), reason="the Finnish forms below are Voikko's"
)


@pytest.mark.parametrize(
    ("query", "phrases"),
    [
        ('"kotona suomessa"', [["kotona", "suomessa"]]),
        (
            "kunta ”monikielinen neuvonta” ja „kotona suomessa“",
            [
                ["monikielinen", "neuvonta"],
                ["kotona", "suomessa"],
            ],
        ),
        ("«Kotona Suomessa»", [["kotona", "suomessa"]]),
        ('kunnat "kotona suomessa', [["kotona", "suomessa"]]),  # left open: to the end
        ('"kunnat" palvelut', []),  # one quoted word is a word
        ("kotona suomessa", []),
        ('""', []),
        ('"', []),
    ],
)
def test_the_phrases_of_a_query_are_its_quoted_words(query, phrases):
    assert query_phrases(query) == phrases


def test_the_index_keeps_each_words_terms_together():
    stored = index_text("Kotona Suomessa", "Kotoutumispalvelut kunnissa.", "fi")
    words = stored.text_terms.split(" ")
    assert len(words) == len(tokenize("Kotoutumispalvelut kunnissa."))
    assert words[0].split(TERM_SEPARATOR) == list(word_terms("kotoutumispalvelut", "fi"))
    assert words[1].split(TERM_SEPARATOR) == ["kunta"]
    assert stored_term_list(stored.title_terms) == [
        *word_terms("kotona", "fi"),
        *word_terms("suomessa", "fi"),
    ]


def test_a_phrase_pattern_wants_the_words_next_to_each_other_in_order():
    pattern = re.compile(phrase_pattern([("koti", "kotona"), ("suomi",)]))
    assert pattern.search("koti|kotona suomi")
    assert pattern.search("asua koti suomi|x loppu")  # any term of each word, mid-text
    assert not pattern.search("kotona asua suomi")  # a word between
    assert not pattern.search("suomi kotona")  # the other order
    assert not pattern.search("kotonaan suomi") and not pattern.search("koti suomiko")


def test_a_compound_in_a_phrase_is_the_compound_itself():
    word = query_word("kotoutumispalvelut", "fi")
    assert "palvelu" in word.terms and word.whole == ("kotoutumispalvelu",)
    assert query_word("kunnissa", "fi").whole == ("kunta",)


PHRASE_PAGES = {
    "inflected": ("Neuvonta", "Kunta tarjoaa monikielistä neuvontaa kaikille."),
    "reversed": ("Ohjaus", "Neuvonta on monikielinen ja maksuton."),
    # (with a misspelling on the page: a close spelling of a query word in the vocabulary)
    "apart": ("Tuki", "Monikielinen esite ja henkilökohtainen neuvonta (monikielinem)."),
    "title": ("Monikielinen neuvonta", "Palvelu on avoinna arkisin."),
}
KEYS = ["legislation", "services", "accessibility", "privacy"]


@pytest.fixture
def phrase_pages(site_pages):
    ids = {}
    for key, (name, (title, intro)) in zip(KEYS, PHRASE_PAGES.items(), strict=True):
        page = site_pages[key, "fi"]
        republish(page, title=title, intro=intro)
        ids[page.pk] = name
    return ids


def _found(ids, query, locale="fi", **options):
    results = search(query, locale, per_page=50, **options)
    return results, {ids.get(hit.id) for hit in results.hits} - {None}


def test_a_phrase_matches_only_where_its_words_stand_together(phrase_pages):
    _results, loose = _found(phrase_pages, "monikielinen neuvonta")
    assert loose == set(PHRASE_PAGES)
    results, quoted = _found(phrase_pages, '"monikielinen neuvonta"')
    assert quoted == {"inflected", "title"}
    assert results.total == 2
    inflected = next(hit for hit in results.hits if phrase_pages.get(hit.id) == "inflected")
    assert "<mark>monikielistä</mark> <mark>neuvontaa</mark>" in inflected.snippet


def test_a_phrase_narrows_the_other_words_facets_and_every_language(phrase_pages):
    results, found = _found(phrase_pages, '"monikielinen neuvonta" kunta')
    assert found == {"inflected", "title"}  # the phrase decides; kunta ranks
    assert [phrase_pages.get(hit.id) for hit in results.hits][0] == "inflected"
    assert sum(value["count"] for value in results.facets["type"]) == results.total == 2
    _results, across = _found(phrase_pages, '"monikielinen neuvonta"', locale="all")
    assert across == {"inflected", "title"}
    filtered, _found_ids = _found(
        phrase_pages, '"monikielinen neuvonta"', filters=Filters(page_type="cms.NewsPage")
    )
    assert filtered.total == 0


def test_a_phrase_nowhere_finds_nothing_and_offers_the_words_unquoted(phrase_pages, monkeypatch):
    """Its words are on pages, just not together: no search again with close spellings of
    them, and the query without quotation marks is offered, as it finds pages."""
    runs = []
    real = fulltext.search
    monkeypatch.setattr(fulltext, "search", lambda *a, **o: runs.append(a) or real(*a, **o))
    results, found = _found(phrase_pages, '„neuvonta  monikielinen"')
    assert found == set() and results.total == 0
    assert results.did_you_mean == "neuvonta monikielinen"
    # The search, the check that the offer finds pages, and the other languages' counts.
    assert [sorted(by_language) for by_language, *_rest in runs] == [["fi"], ["fi"], ["en", "sv"]]
    assert search(results.did_you_mean, "fi").total == 4
    # Under a filter that leaves nothing either way, nothing is offered.
    none = search('"neuvonta monikielinen"', "fi", filters=Filters(page_type="cms.NewsPage"))
    assert none.total == 0 and none.did_you_mean is None


def test_the_search_page_offers_a_phrase_without_its_quotation_marks(client, phrase_pages):
    response = client.get("/fi/search/", {"q": '"neuvonta monikielinen"'})
    assert response.status_code == 200
    assert 'class="did-you-mean"' in response.text
    assert "q=neuvonta+monikielinen" in response.text


def test_the_snippet_shows_where_the_phrase_stands(site_pages):
    page = site_pages["services", "fi"]
    republish(
        page,
        intro="Neuvonta on maksutonta. "
        + "Kunta auttaa. " * 8
        + "Saatavilla on monikielinen neuvonta.",
    )
    hit = next(h for h in search('"monikielinen neuvonta"', "fi").hits if h.id == page.pk)
    assert (
        hit.snippet.startswith("…")
        and "<mark>monikielinen</mark> <mark>neuvonta</mark>" in hit.snippet
    )
    plain = next(h for h in search("monikielinen neuvonta", "fi").hits if h.id == page.pk)
    assert plain.snippet.startswith("<mark>Neuvonta</mark>")


def test_the_search_api_takes_phrases(client, phrase_pages):
    response = client.get("/api/search/", {"q": '"monikielinen neuvonta"', "locale": "fi"})
    assert response.status_code == 200
    body = response.json()
    assert {phrase_pages.get(hit["id"]) for hit in body["results"]} == {"inflected", "title"}
    # Quotation marks and nothing to search: an empty result, as for other punctuation.
    odd = client.get("/api/search/", {"q": '"""" „ « » "', "locale": "fi"})
    assert odd.status_code == 200 and odd.json()["total"] == 0


def test_a_phrase_does_not_run_from_the_title_into_the_text(site_pages):
    page = site_pages["services", "fi"]
    republish(page, title="Opas kunnille ja monikielinen", intro="Neuvonta alkaa syksyllä.")
    assert page.pk in {hit.id for hit in search("monikielinen neuvonta", "fi").hits}
    assert page.pk not in {hit.id for hit in search('"monikielinen neuvonta"', "fi").hits}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own vectors")
def test_on_postgresql_a_words_terms_share_its_position(site_pages):
    """Migration 0006: the vector gives each word one position for all its terms, so the
    phrase is the GIN index's own phrase query; the title's positions come first."""
    page = site_pages["services", "fi"]
    republish(page, title="Kotoutumispalvelut kunnissa", intro="Kunnan kotoutumispalvelut.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT u.lexeme, u.positions, u.weights FROM search_vector v "
            "JOIN search_searchentry e ON e.id = v.entry_id, unnest(v.vector) u "
            "WHERE e.page_id = %s",
            [page.pk],
        )
        lexemes = {lexeme: (positions, weights) for lexeme, positions, weights in cursor.fetchall()}
    compound = word_terms("kotoutumispalvelut", "fi")
    assert len(compound) > 2  # several terms, one word
    # The title's first word, and the text's second (after the title's two words).
    assert all(lexemes[term] == ([1, 4], ["A", "D"]) for term in compound)
    assert lexemes["kunta"] == ([2, 3], ["A", "D"])


def test_a_giant_text_keeps_whole_words_up_to_the_limit(monkeypatch):
    tokens = tokenize("kotoutumispalvelut kunnissa kotoutumispalvelut kunnissa")
    compound = len(word_terms("kotoutumispalvelut", "fi"))
    monkeypatch.setattr(analysis, "MAX_TERMS", compound + 2)
    stored = analysis.stored_terms(tokens, "fi")
    assert stored.split(" ") == [TERM_SEPARATOR.join(word_terms(t, "fi")) for t in tokens[:2]]
    monkeypatch.setattr(analysis, "MAX_TERMS", 10_000)
    assert len(analysis.stored_terms(tokens, "fi").split(" ")) == 4
