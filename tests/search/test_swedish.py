"""Swedish compounds split by the Swedish Hunspell dictionary (``search.swedish``)."""

import pytest

from search import analysis, finnish, swedish
from search.analysis import analyse, query_word

# A dictionary of a few words in the Swedish dictionary's own format: flag X may begin a
# compound, U stand inside one, Y end one, Z only inside one; affix v makes the first-part
# form with a linking "s" (integration -> integrations-), x the one ending in "o" (hälsa ->
# hälso-).
AFF = """SET UTF-8
COMPOUNDBEGIN X
COMPOUNDMIDDLE U
COMPOUNDEND Y
ONLYINCOMPOUND Z

SFX  x  N  1
SFX  x  a  o/WXZ  a

SFX  v  N  2
SFX  v  a  s/WXZ  a
SFX  v  0  s/WXZ  [^a]

SFX  f  N  1
SFX  f  0  s/WUZ  [^a]

SFX  A  Y  1
SFX  A  0  en  .
"""
DIC = """11
integration/AvY
tjänst/AY
hälsa/AxY
vård/AY
arbets/XZ
marknad/AY
utbildning/AfvY
polis/XY
kyrko/XZ
kyrka/AY
gård/AY
"""


@pytest.fixture
def small_dictionary(monkeypatch):
    """``search.swedish`` reading ``DIC`` and ``AFF`` instead of the installed dictionary."""
    monkeypatch.setattr(swedish, "lexicon", lambda: swedish.read_lexicon(DIC, AFF))
    swedish.parts.cache_clear()
    yield
    swedish.parts.cache_clear()


def test_the_swedish_dictionary_is_installed_for_the_tests():
    # `make test` installs hunspell-sv; without it Swedish compounds are not split.
    assert swedish.available()


def test_the_dictionary_gives_the_forms_words_take_inside_compounds(small_dictionary):
    found = swedish.read_lexicon(DIC, AFF)
    stem = analysis.stem
    # The linking "s" (affix v), the "o" for "a" (affix x), a bound form of its own (Z).
    assert found.first["integrations"] == (stem("integration", "sv"), True)
    assert found.first["hälso"] == (stem("hälsa", "sv"), False)
    assert found.first["arbets"] == (stem("arbets", "sv"), True)
    # A bound form stands for the word it is a form of, where the dictionary has it.
    assert found.first["kyrko"] == (stem("kyrka", "sv"), False) != (stem("kyrko", "sv"), False)
    assert found.middle["utbildnings"] == (stem("utbildning", "sv"), True)
    assert "tjänst" not in found.first  # no flag X: no first part
    assert {"marknad", "polis"} <= found.last and stem("marknad", "sv") in found.last_stems


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("integrationstjänsterna", ("integration", "tjänst")),
        ("hälsovården", ("häls", "vård")),
        # Snowball stems marknaden as marknad, but marknad as markn: the word is known.
        ("arbetsmarknaden", ("arbet", "marknad")),
        ("kyrkogården", ("kyrk", "gård")),
        # A middle part, then the last: three parts.
        ("integrationsutbildningstjänst", ("integration", "utbildning", "tjänst")),
    ],
)
def test_a_compound_splits_into_the_stems_of_its_words(small_dictionary, word, parts):
    assert swedish.parts(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "integration",  # one word
        "tjänstintegration",  # tjänst may not begin a compound
        "integrationsxyzzy",  # no last word
        "polisen",  # a word ending in "s" is no linking "s": not polis + en
        "integrationstj",  # a last part too short
    ],
)
def test_a_word_of_one_part_is_not_split(small_dictionary, word):
    assert swedish.parts(word) == ()


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("tjänster", "Integrationstjänsterna"),
        ("telefon", "Telefontjänst 28.6–6.8"),
        ("lagen om diskriminering", "Diskrimineringslagen"),
        ("hälsa", "social- och hälsovården"),
        ("arbete", "arbetsmarknaden"),
        ("utbildning", "webbutbildningen"),
    ],
)
def test_a_swedish_word_meets_the_compounds_it_is_a_part_of(query, text):
    assert set(analyse(query, "sv")) & set(analyse(text, "sv"))


@pytest.mark.parametrize(
    "word",
    # Words that start with a particle or end in what is only an ending: words of their own.
    [
        *("undervisning", "översättning", "bakgrund", "motsvarande", "mottagning"),
        *("sökande", "blanketten", "polisens"),
    ],
)
def test_swedish_words_of_their_own_are_not_split(word):
    assert analyse(word, "sv") == [analysis.stem(word, "sv")]


def test_a_swedish_compound_query_word_is_held_by_the_compound_or_all_its_parts():
    word = query_word("integrationstjänster", "sv")
    assert word.compound
    assert word.readings == ((("integrationstjänst",),), (("integration",), ("tjänst",)))
    assert set(word.terms) == {"integrationstjänst", "integration", "tjänst"}
    assert not query_word("kommunerna", "sv").compound


def test_swedish_falls_back_to_snowball_without_a_dictionary(monkeypatch):
    monkeypatch.setattr(swedish, "DICTIONARIES", ())
    swedish.lexicon.cache_clear()
    analysis.clear_caches()
    try:
        assert not swedish.available()
        assert analyse("integrationstjänsterna", "sv") == ["integrationstjänst"]
        assert not query_word("integrationstjänster", "sv").compound
    finally:
        swedish.lexicon.cache_clear()
        analysis.clear_caches()


def test_an_unreadable_dictionary_is_skipped(monkeypatch, tmp_path):
    broken, good = tmp_path / "broken", tmp_path / "sv"
    broken.with_suffix(".dic").write_text("1\nord/X\n")  # no compound rules in its .aff
    broken.with_suffix(".aff").write_text("SET UTF-8\n")
    good.with_suffix(".dic").write_text(DIC)
    good.with_suffix(".aff").write_text(AFF)
    monkeypatch.setattr(swedish, "DICTIONARIES", (broken, good))
    swedish.lexicon.cache_clear()
    try:
        assert swedish.lexicon() == swedish.read_lexicon(DIC, AFF)
    finally:
        swedish.lexicon.cache_clear()


def test_the_web_server_starts_the_analysers_before_its_first_request(monkeypatch):
    import importlib
    import sys

    real_warm_up = analysis.warm_up
    started = []
    monkeypatch.setattr(analysis, "warm_up", lambda: started.append(True))
    monkeypatch.delitem(sys.modules, "cms.wsgi", raising=False)
    importlib.import_module("cms.wsgi")
    assert started == [True]
    # What it starts: Voikko and the Swedish dictionary, read once.
    swedish.lexicon.cache_clear()
    real_warm_up()
    assert swedish.lexicon.cache_info().currsize == 1
    assert finnish._voikko.cache_info().currsize == 1
