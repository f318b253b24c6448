"""Language analysis: pure functions, no database. Index and query terms must meet."""

import pytest

from search import analysis
from search.analysis import analyse, tokenize, voikko_available


def meets(query: str, text: str, language: str) -> bool:
    return bool(set(analyse(query, language)) & set(analyse(text, language)))


def test_tokenize_normalises_case_width_and_punctuation():
    assert tokenize("Kotoutumis-palvelut, KUNNAT!") == ["kotoutumis", "palvelut", "kunnat"]
    assert tokenize("ﬁnance Ｆｕｌｌ") == ["finance", "full"]  # NFKC: ligature, full width
    assert tokenize("") == [] and tokenize(None) == []
    assert tokenize("a_b " + "x" * 65) == ["a", "b"]  # underscores split; overlong skipped


@pytest.mark.parametrize(
    ("query", "text"),
    [("services", "service"), ("municipalities", "municipality"), ("immigrants", "immigrant")],
)
def test_english_plurals_meet_their_singular(query, text):
    assert meets(query, text, "en")


@pytest.mark.parametrize(
    ("query", "text"),
    [("kommunerna", "kommun"), ("integrationen", "integration"), ("invandrarna", "invandrare")],
)
def test_swedish_definite_forms_meet_their_base(query, text):
    assert meets(query, text, "sv")


def test_each_language_uses_its_own_stemmer():
    assert analyse("kommunerna", "sv") == ["kommun"]
    assert analyse("kommunerna", "en") != ["kommun"]


def test_odd_input_never_fails():
    for text in ("\x00\u200b\ufeff", "🙂" * 100, "a" * 10_000, "Ⅻ ½ ²"):
        for language in ("fi", "sv", "en"):
            assert isinstance(analyse(text, language), list)


def test_voikko_is_installed_for_the_tests():
    # `make test` installs libvoikko1 and voikko-fi; without them Finnish search is weaker.
    assert voikko_available()


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("kuntien", "kunta"),
        ("kunnissa", "kunta"),
        ("maahanmuuttajien", "maahanmuuttaja"),
        ("kotoutumispalvelut", "kotoutumispalvelu"),
    ],
)
def test_finnish_inflected_forms_meet_their_base_form(query, text):
    assert meets(query, text, "fi")


def test_finnish_compounds_are_split_into_their_parts():
    terms = set(analyse("kotoutumispalvelut", "fi"))
    assert {"kotoutumispalvelu", "kotoutuminen", "palvelu"} <= terms
    assert meets("palvelu", "kotoutumispalvelut", "fi")
    assert meets("kotoutuminen", "kotoutumispalveluja", "fi")
    assert meets("kotoutumisen", "kotoutumispalvelut", "fi")
    assert "palvelu" in set(analyse("työllisyyspalveluja", "fi"))


def test_finnish_falls_back_to_snowball_without_voikko(monkeypatch):
    monkeypatch.setattr(analysis, "_voikko", lambda: None)
    analysis.clear_caches()
    try:
        terms = analyse("kotoutumispalvelut kunnissa", "fi")
        assert terms == [analysis.stem("kotoutumispalvelut", "fi"), analysis.stem("kunnissa", "fi")]
    finally:
        analysis.clear_caches()


@pytest.mark.parametrize(
    "word", ["kotoutumispalvelut", "kuntien", "kuusi", "helsingissä", "qwzx", "ja", "x\x00y", ""]
)
def test_the_quick_voikko_call_reads_what_analyze_reads(word):
    """``_analyses`` fetches two properties through libvoikko's C calls: it must agree with
    the binding's own ``analyze()`` (a guard for a new libvoikko release)."""
    expected = [
        (reading.get("BASEFORM") or "", reading.get("WORDBASES") or "")
        for reading in analysis._voikko().analyze(word)
    ]
    assert analysis._analyses(word) == expected
