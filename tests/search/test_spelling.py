"""Close spellings: a word typed without its marks (ä, ö, å), or with a letter wrong."""

import pytest

from search import finnish
from search.service import search
from search.spelling import close_words, with_marks, without_marks
from tests.search import record_cluster_queries, republish

needs_voikko = pytest.mark.skipif(not finnish.available(), reason="Finnish words are Voikko's")


def test_marks_are_left_out_letter_by_letter():
    assert without_marks("päättäjät försök Ærø") == "paattajat forsok Ærø"  # æ, ø: no marks


@needs_voikko
def test_a_finnish_word_typed_without_marks_finds_the_pages_saying_it_in_any_form(site_pages):
    page = site_pages["services", "fi"]
    republish(page, intro="Tietoa päättäjille ja kuntien työelämäpalveluille.")
    assert "päättäjät" in with_marks("paattajat", "fi")  # a word Voikko knows
    assert page.pk in {hit.id for hit in search("paattajat", "fi").hits}
    assert page.pk in {hit.id for hit in search("tyoelama", "fi").hits}


def test_a_swedish_word_typed_without_marks_is_the_word_on_the_pages(site_pages):
    page = site_pages["services", "sv"]
    republish(page, intro="Ett försök i tre kommuner. Ansökan öppnar i augusti.")
    assert with_marks("forsok", "sv") == ["försök"]
    assert with_marks("forsok", "en") == []  # English has no such letters
    assert [hit.id for hit in search("forsok", "sv").hits] == [page.pk]
    assert page.pk in {hit.id for hit in search("oppnar ansokan", "sv").hits}


def test_close_words_compare_without_marks_and_look_under_marked_initials(site_pages):
    page = site_pages["services", "sv"]
    republish(page, intro="Försöket och äldreomsorgen i kommunerna.")
    # A letter swapped and the marks left out: close only without marks.
    assert close_words("forsokte", "sv", n=1, cutoff=0.8) == ["försöket"]
    # The word starts with a marked letter the reader typed without its mark.
    assert close_words("aldreomsorgn", "sv", n=1, cutoff=0.8) == ["äldreomsorgen"]


def test_a_word_with_too_many_places_for_a_mark_is_left_alone(site_pages, monkeypatch):
    from search import spelling

    republish(site_pages["services", "sv"], intro="Ett försök.")
    monkeypatch.setattr(spelling, "MAX_SPELLINGS", 3)
    assert with_marks("forsok", "sv") == []  # 2 ** 2 spellings
    monkeypatch.setattr(spelling, "MAX_SPELLINGS", 4)
    assert with_marks("forsok", "sv") == ["försök"]


@needs_voikko
def test_a_word_of_one_or_two_letters_is_no_word_without_marks(db):
    assert with_marks("yo", "fi") == []  # not yö: too short to tell
    assert with_marks("tyo", "fi") == ["työ"]


def test_suggestions_take_a_word_typed_without_marks(site_pages):
    from search.suggestions import suggest

    page = site_pages["services", "sv"]
    republish(page, title="Försök och tillgänglighet")
    assert [hit.id for hit in suggest("forso", "sv")] == [page.pk]
    assert [hit.id for hit in suggest("tillgang fors", "sv")] == [page.pk]
    assert [hit.id for hit in suggest("forso", "all")] == [page.pk]
    assert suggest("forso", "en") == []  # English has no marks to put back
    assert suggest("forsa", "sv") == []  # nor does a word no spelling of which is there


def test_a_search_with_a_respelt_word_says_what_it_showed(site_pages, client):
    republish(site_pages["services", "sv"], intro="Ett försök i kommunerna.")
    assert search("forsok", "sv").corrected_query == "försök"  # the word's own search
    assert search("Forsok kommunerna", "sv").corrected_query == "försök kommunerna"
    assert search("försök kommunerna", "sv").corrected_query is None
    assert search("zzzqqq kommunerna", "sv").corrected_query is None  # nothing close
    body = client.get("/api/search/", {"q": "forsok", "locale": "sv"}).json()
    assert body["corrected_query"] == "försök" and body["total"] == 1
    page = client.get("/sv/search/", {"q": "forsok"}).content.decode()
    assert "Visar resultat för <strong>försök</strong>" in page


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        (["kotoutumis", "palvelut"], "fi", ["kotoutumispalvelut"]),
        (["sosiaali", "palvelut", "kunnissa"], "fi", ["sosiaalipalvelut", "kunnissa"]),
        (["kunta", "palvelut"], "fi", ["kunta", "palvelut"]),  # a word of its own first
        (["kotoutumis", "ja"], "fi", ["kotoutumis", "ja"]),  # no compound made
        (["integrations", "tjänster"], "sv", ["integrationstjänster"]),
        (["språk", "kurser"], "sv", ["språk", "kurser"]),
        (["integrations", "services"], "en", ["integrations", "services"]),
    ],
)
@needs_voikko
def test_a_compound_written_apart_is_one_word_again(words, language, expected):
    from search.spelling import joined_apart

    assert joined_apart(words, language) == expected


def test_a_quoted_phrase_keeps_its_words_apart():
    from search.query import searched_words
    from search.spelling import joined_apart

    assert joined_apart(["integrations", "tjänster"], "sv", kept={"tjänster"}) == [
        "integrations",
        "tjänster",
    ]
    assert searched_words('"integrations tjänster"', "sv") == ["integrations", "tjänster"]
    assert searched_words("integrations-tjänster i kommunen", "sv") == [
        "integrationstjänster",
        "kommunen",
    ]


@needs_voikko
def test_a_compound_written_apart_finds_the_pages_saying_it(site_pages):
    compound = site_pages["services", "fi"]
    republish(compound, intro="Kunnan kotoutumispalvelut.")
    part = site_pages["legislation", "fi"]
    republish(part, intro="Palvelut, palvelut ja palvelut kaikille.")
    for query in ("kotoutumis palvelut", "kotoutumis-palvelut"):
        hits = search(query, "fi").hits
        assert hits[0].id == compound.pk, query
        assert "<mark>kotoutumispalvelut</mark>" in hits[0].snippet


@needs_voikko
def test_a_close_spelling_no_page_holds_is_not_shown_as_what_was_searched(
    site_pages, settings, monkeypatch
):
    from search import service

    republish(site_pages["services", "fi"], intro="Kunta järjestää palvelut.")
    # työelämä is a word Voikko knows, but no page says it: the results are for kunta.
    results = search("tyoelama kunta", "fi")
    assert results.total >= 1 and results.corrected_query is None
    assert search("paattajat kunta", "fi").corrected_query is None
    # The cluster gets the word as typed, too.
    sent = record_cluster_queries(settings, monkeypatch)
    service.search("tyoelama kunta", "fi")
    assert sent == ["tyoelama kunta"]
