"""Function words: a question's ``miten``, ``hur`` and ``what`` neither find nor rank pages."""

import pytest

from search.elasticsearch import query_body
from search.function_words import content_words, is_function_word, typed_words
from search.service import search
from search.suggestions import suggest
from tests.search import republish


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("miten", "fi", True),  # a question word the Snowball list lacks, added
        ("mitä", "fi", True),
        ("onko", "fi", True),  # a listed word asked with -ko/-kö
        ("eikö", "fi", True),
        ("voin", "fi", True),  # the modal verb, as the Swedish list's ``kan``, added
        ("voinko", "fi", True),
        ("voima", "fi", False),
        ("kunta", "fi", False),
        ("kokko", "fi", False),  # -ko on a word that is no listed word
        ("hur", "sv", True),
        ("man", "sv", True),
        ("man", "en", False),  # each language its own list
        ("what", "en", True),
        ("act", "en", False),
        ("what", "de", False),  # a language without a list has none
    ],
)
def test_function_words_of_each_language(word, language, expected):
    assert is_function_word(word, language) is expected


@pytest.mark.parametrize(
    ("query", "language", "expected"),
    [
        ("Miten haen avustusta?", "fi", ["haen", "avustusta"]),
        ("hur ansöker man om understöd", "sv", ["ansöker", "understöd"]),
        ("what is the Integration Act", "en", ["integration", "act"]),
        # Nothing but function words: they are the query.
        ("the who", "en", ["the", "who"]),
        ("vad är det", "sv", ["vad", "är", "det"]),
        # A phrase needs its every word.
        (
            '"lagen om diskriminering" i kommunen',
            "sv",
            ["lagen", "om", "diskriminering", "kommunen"],
        ),
        # Capitals or a hyphen make an abbreviation, not the pronoun ``te`` / ``it``.
        ("TE-palvelut", "fi", ["te", "palvelut"]),
        ("te-palvelut", "fi", ["te", "palvelut"]),
        ("TE palvelut", "fi", ["te", "palvelut"]),
        ("te palvelut", "fi", ["palvelut"]),
        ("IT support for them", "en", ["it", "support"]),
        ("I need support", "en", ["need", "support"]),
    ],
)
def test_content_words_leave_the_function_words_standing_alone_out(query, language, expected):
    assert content_words(query, language) == expected


def test_a_page_holding_only_a_questions_function_words_is_not_found(site_pages):
    asks = site_pages["services", "fi"]
    republish(asks, intro="Miten ja milloin? Sitä kysyvät monet.")
    both = site_pages["legislation", "fi"]
    republish(both, intro="Miten ja milloin avustusta maksetaan? Tämä kerrotaan täällä.")
    answers = site_pages["accessibility", "fi"]
    republish(answers, intro="Kunta voi hakea avustusta kokeiluihin.")

    hits = search("miten haen avustusta", "fi").hits
    # The page saying ``hakea`` and ``avustus`` first; the one saying ``miten``, ``ja`` and
    # ``avustus`` holds one word that matters; the one saying only ``miten`` is no answer.
    assert [hit.id for hit in hits] == [answers.pk, both.pk]
    assert "<mark>avustusta</mark>" in hits[1].snippet
    assert "<mark>Miten</mark>" not in hits[1].snippet
    # Asked with nothing but function words, they are what is searched.
    assert asks.pk in {hit.id for hit in search("miten ja milloin", "fi").hits}


def test_an_abbreviation_written_like_a_pronoun_still_counts(site_pages):
    abbreviation = site_pages["services", "fi"]
    republish(abbreviation, intro="TE-palvelut auttavat työnhaussa.")
    services = site_pages["legislation", "fi"]
    republish(services, intro="Kunnan palvelut ovat kaikille. Palvelut, palvelut, palvelut.")
    for query in ("TE-palvelut", "te-palvelut", "TE palvelut"):
        assert search(query, "fi").hits[0].id == abbreviation.pk, query


def test_the_cluster_query_leaves_function_words_out_as_the_database_does():
    body = query_body("what is the integration act", "en")
    should = body["query"]["bool"]["should"]
    assert should[0]["match"]["title_terms"]["query"] == "integr act"
    held = [clause["constant_score"]["filter"] for clause in should if "constant_score" in clause]
    assert len(held) == 2  # one clause a word that matters: integration, act
    assert "what" not in str(held)


def test_suggestions_look_past_the_function_words_already_typed(site_pages):
    assert [hit.title for hit in suggest("what is the servi", "en")] == ["services en"]
    assert [hit.title for hit in suggest("miten servi", "fi")] == ["services fi"]
    # The word being typed may start any word: ``the`` could become ``theory``.
    assert suggest("services the", "en") == []
    assert [hit.title for hit in suggest("servi", "en")] == ["services en"]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("what is the integr", ["integr"]),
        ("what is the", ["the"]),
        ("IT suppo", ["it", "suppo"]),
        ("", []),
    ],
)
def test_typed_words_keep_the_word_being_typed(prefix, expected):
    assert typed_words(prefix, ["en"]) == expected
