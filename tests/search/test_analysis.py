"""Language analysis: pure functions, no database. Index and query terms must meet."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search import analysis, finnish
from search.analysis import analyse, query_word, tokenize


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
    assert finnish.available()


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


@pytest.mark.parametrize(
    ("word", "not_parts"),
    [
        ("voimaan", {"voi", "maa"}),  # into force, not butter and land
        ("maailmassa", {"maa", "ilma"}),
        ("kuuluvat", {"kuu", "lupa"}),
        ("tilanteiden", {"tila", "tie"}),
        ("hakemaan", {"maa"}),
        ("tilapäinen", {"tila", "pää"}),
        # A compound read with more parts than it has: not also koko + nainen, voi + maa.
        ("kokonaisvaltainen", {"koko", "nainen"}),
        ("työvoimaa", {"voi", "maa"}),
        ("maailmanlaajuinen", {"maa", "ilma"}),
        ("asiantuntijoille", {"tunti", "joki"}),
        ("lainoja", {"laki"}),  # loans, not law
    ],
)
def test_a_word_is_not_split_into_more_parts_than_its_likeliest_reading_has(word, not_parts):
    assert not set(analyse(word, "fi")) & not_parts
    assert not meets("oleskelulupa", "Palveluun kuuluvat neuvonta ja ohjaus.", "fi")


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("kotoutumispalvelut", {"kotoutuminen", "palvelu"}),  # a compound only
        ("vertaistukea", {"vertainen", "tuki"}),  # a lexicalised one: vertais=tuki
        ("maahanmuuttovirastosta", {"maahanmuutto", "virasto"}),  # also a name, unsegmented
        ("pohjoismaiden", {"pohjoinen", "maa"}),
        ("kokonaisvaltainen", {"kokonainen", "valtainen"}),
        ("työvoimaa", {"työ", "voima"}),
    ],
)
def test_compounds_keep_their_parts_beside_their_other_readings(word, parts):
    assert parts <= set(analyse(word, "fi"))


def test_a_compound_part_without_a_base_form_joins_the_part_after_it():
    # Voikko: +kotoutumis(kotoutua)+yhteis+työ(työ)+ryhmä(ryhmä); "yhteis" has no base.
    terms = set(analyse("kotoutumisyhteistyöryhmä", "fi"))
    assert {"kotoutuminen", "yhteistyö", "ryhmä"} <= terms
    assert meets("ryhmä", "kotoutumisyhteistyöryhmässä", "fi")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("EU:n ja YK:ssa", ["eu", "ja", "yk"]),
        ("FN:s flyktingorgan", ["fn", "flyktingorgan"]),
        ("vuoden 2021:n haku", ["vuoden", "2021", "haku"]),
        ("COVID-19:n aikana", ["covid", "19", "aikana"]),
        # Not a case ending: a time, a lower-case word, a web address, a long tail.
        ("klo 10:30", ["klo", "10", "30"]),
        ("Huom:lue tämä", ["huom", "lue", "tämä"]),
        ("HUOM:Uusi laki", ["huom", "uusi", "laki"]),
        ("https://kotoutuminen.fi", ["https", "kotoutuminen", "fi"]),
        ("EU:ssakinhan", ["eu", "ssakinhan"]),
    ],
)
def test_a_case_ending_after_a_colon_leaves_the_abbreviation(text, tokens):
    assert tokenize(text) == tokens


def test_a_soft_hyphen_does_not_break_a_word():
    assert tokenize("kotou\xadtumis\xadpalvelut ja co\xadoperation") == [
        "kotoutumispalvelut",
        "ja",
        "cooperation",
    ]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("sosiaali- ja terveyspalvelut", ["sosiaalipalvelut", "ja", "terveyspalvelut"]),
        (
            "kotoutumis-, asumis- ja työllisyyspalvelut",
            ["kotoutumispalvelut", "asumispalvelut", "ja", "työllisyyspalvelut"],
        ),
        ("työ- ja elinkeinoministeriö", ["työministeriö", "ja", "elinkeinoministeriö"]),
        ("lähi- tai etäopetusta", ["lähiopetusta", "tai", "etäopetusta"]),
        ("sosiaali\u2011 ja terveyspalvelut", ["sosiaalipalvelut", "ja", "terveyspalvelut"]),
        (
            "sekä kotoutumis- että työllisyyspalvelut",
            ["sekä", "kotoutumispalvelut", "että", "työllisyyspalvelut"],
        ),
        (
            "niin suomen- kuin ruotsinkielisiä",
            ["niin", "suomenkielisiä", "kuin", "ruotsinkielisiä"],
        ),
        # A hyphenated word shares no part: the words as written.
        ("Keski- ja Pohjois-Pohjanmaan", ["keski", "ja", "pohjois", "pohjanmaan"]),
        ("perus- ja jatko-opinnot", ["perus", "ja", "jatko", "opinnot"]),
        # A word broken at a line end: one word.
        ("kotou-\ntuminen", ["kotoutuminen"]),
        ("kunnan kotou- tumisohjelma laaditaan", ["kunnan", "kotoutumisohjelma", "laaditaan"]),
        # Nothing to complete, or nothing Voikko knows: the words as written.
        ("Kotoutumis-palvelut", ["kotoutumis", "palvelut"]),
        ("Helsinki - Tampere", ["helsinki", "tampere"]),
        ("sosiaali- ja", ["sosiaali", "ja"]),
        ("EU- tai ETA-alueen", ["eu", "tai", "eta", "alueen"]),
        ("pre- and post-war", ["pre", "and", "post", "war"]),
        ("vuosina 2020- 2021", ["vuosina", "2020", "2021"]),
        ("sivut 10- ja 12", ["sivut", "10", "ja", "12"]),
    ],
)
def test_the_first_part_of_a_shared_compound_is_completed(text, tokens):
    assert tokenize(text) == tokens


def test_a_shared_compound_meets_the_compound_written_whole():
    # Voikko reads "sosiaalipalvelut" as one word (``sosiaali`` has no base of its own), so
    # only the completed part holds it.
    assert meets("sosiaalipalveluista", "kunnan sosiaali- ja terveyspalvelut", "fi")
    assert meets("työministeriö", "työ- ja elinkeinoministeriö", "fi")
    assert "sosiaalipalvelu" not in analyse("sosiaali ja terveyspalvelut", "fi")


def test_shared_compounds_are_left_as_written_without_voikko(monkeypatch):
    monkeypatch.setattr(finnish, "_voikko", lambda: None)
    analysis.clear_caches()
    try:
        assert tokenize("sosiaali- ja terveyspalvelut") == ["sosiaali", "ja", "terveyspalvelut"]
    finally:
        analysis.clear_caches()


def test_a_compound_query_word_is_held_by_the_compound_or_all_its_parts():
    word = query_word("kotoutumispalvelut", "fi")
    assert word.compound
    assert {"kotoutumispalvelu", "kotoutuminen", "palvelu"} <= set(word.terms)
    assert (("kotoutumispalvelu",),) in word.readings
    parts = [reading for reading in word.readings if len(reading) == 2]
    assert parts and all({"palvelu"} in map(set, reading) for reading in parts)
    assert {"kotoutuminen", "kotoutua"} in [set(part) for part in parts[0]]
    # Every term of the word is in some reading: nothing it matches is left out.
    assert {t for reading in word.readings for part in reading for t in part} == set(word.terms)


def test_a_plain_word_is_held_by_any_of_its_terms():
    for token, language in [("kuntien", "fi"), ("services", "en"), ("kommunerna", "sv")]:
        word = query_word(token, language)
        assert not word.compound
        assert {term for (part,) in word.readings for term in part} == set(word.terms)


def _holds(readings, terms: set) -> bool:
    return any(all(set(part) & terms for part in reading) for reading in readings)


@given(
    st.lists(
        st.lists(
            st.lists(st.sampled_from("abcdef"), min_size=1, max_size=3), min_size=1, max_size=3
        ),
        max_size=5,
    )
)
def test_joined_readings_hold_what_the_readings_held(readings):
    readings = [tuple(tuple(part) for part in reading) for reading in readings]
    joined = finnish.joined_readings(readings)
    assert len(joined) <= len(set(readings))
    for size in range(7):
        for terms in itertools.combinations("abcdef", size):
            assert _holds(joined, set(terms)) == _holds(readings, set(terms)), terms


def test_a_compound_read_two_ways_names_each_term_once():
    """Voikko reads ``kotoutumispalveluista`` as a compound of ``palvelu`` and of
    ``palveluinen``, both after ``kotoutuminen``: one reading names it once (a full text rank
    counts a term as often as the query names it)."""
    word = query_word("kotoutumispalveluista", "fi")
    assert sorted(word.named) == sorted(word.terms)
    assert {"palvelu", "palveluinen"} <= set(word.terms)


def test_a_query_word_keeps_its_readings_when_terms_are_dropped_or_added():
    word = query_word("kotoutumispalvelut", "fi")
    assert word.keeping(word.terms) == word
    assert word.keeping([]) is None
    # Without "palvelu" no reading holds with both parts; the other terms still match alone.
    kept = word.keeping(t for t in word.terms if t != "palvelu")
    assert "palvelu" not in kept.terms and not any(
        "palvelu" in part for reading in kept.readings for part in reading
    )
    assert (("kotoutumispalvelu",),) in kept.readings
    # A close spelling adds its own readings: held by either word.
    both = word + query_word("kuntien", "fi")
    assert "kunta" in both.terms and (("kunta",),) in both.readings and both.compound


def test_finnish_falls_back_to_snowball_without_voikko(monkeypatch):
    monkeypatch.setattr(finnish, "_voikko", lambda: None)
    analysis.clear_caches()
    try:
        terms = analyse("kotoutumispalvelut kunnissa", "fi")
        assert terms == [analysis.stem("kotoutumispalvelut", "fi"), analysis.stem("kunnissa", "fi")]
    finally:
        analysis.clear_caches()


@pytest.mark.parametrize(
    "word",
    ["kotoutumispalvelut", "kuntien", "kuusi", "helsingissä", "teille", "qwzx", "ja", "x\x00y", ""],
)
def test_the_quick_voikko_call_reads_what_analyze_reads(word):
    """``_readings`` fetches three properties through libvoikko's C calls: it must agree
    with the binding's own ``analyze()`` (a guard for a new libvoikko release)."""
    expected = [
        (reading.get("BASEFORM") or "", reading.get("WORDBASES") or "", reading.get("CLASS") or "")
        for reading in finnish._voikko().analyze(word)
    ]
    assert finnish._readings(word) == expected


def test_a_pronoun_is_its_own_form():
    # Voikko reads the abbreviation TE as the pronoun te, whose forms fill any page that
    # addresses its readers: they must not meet the query TE-palvelut.
    assert not meets("te", "teidän", "fi")
    assert not meets("TE", "Kerromme teille", "fi")
    assert meets("TE", "TE-palvelut", "fi")
    assert meets("te-toimisto", "TE-toimistoon", "fi")
    # the other readings of a form stay: teille is also the plural of tie (road)
    assert meets("tiet", "teille", "fi")
    # a word that is no pronoun is read as before
    assert meets("kunnille", "kunta", "fi")


def test_a_word_made_from_a_place_meets_the_place():
    # Voikko: ukrainalaisille is +ukraina(Ukraina)+lai+nen(+nen), a -lainen word of a place.
    assert meets("Ukraina", "ukrainalaisille perheille", "fi")
    assert meets("ukrainalaiset", "Ukrainasta paenneet", "fi")
    assert meets("Helsinki", "helsinkiläiset", "fi") and meets("vantaalaisille", "Vantaa", "fi")
    # Only a place's (a proper name's): a -lainen word of anything else stays itself.
    assert set(analyse("ammattilaiset", "fi")) == {"ammattilainen"}
    assert set(analyse("suomalaiset", "fi")) == {"suomalainen"}  # a word of its own to Voikko
