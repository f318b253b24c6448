"""The database full text index under the search service: structure on each database,
ranking by matched words, documents by title, and the last-moment publishing checks."""

import datetime as dt
import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page

from search import finnish, fulltext, swedish
from search.analysis import QueryWord, query_word, stored_term_list
from search.fulltext import postgresql, sqlite
from search.indexing import index_document, index_page
from search.models import SearchEntry, SearchText
from search.rebuild import rebuild
from search.service import Filters, search
from tests.search import republish


def test_the_full_text_index_exists_and_follows_every_write(site_pages):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            triggers = {row[0] for row in cursor.fetchall()}
            assert {"search_fts_insert", "search_fts_delete", "search_fts_update"} <= triggers
        else:
            cursor.execute(
                "SELECT tgname FROM pg_trigger "
                "WHERE tgrelid = 'search_searchtext'::regclass AND NOT tgisinternal"
            )
            triggers = {row[0] for row in cursor.fetchall()}
            assert {
                "search_vector_insert",
                "search_vector_update",
                "search_vector_delete",
                "search_vector_truncate",
            } <= triggers
    page = site_pages["services", "en"]
    page.intro = "Quokkaberry advice."
    page.save_revision().publish()
    index_page(page.pk)

    def found():
        return [
            row.page_id for row in fulltext.search({"en": _groups("quokkaberri")}, Filters()).hits
        ]

    assert found() == [page.pk]
    SearchText.objects.filter(entry__page_id=page.pk).update(text_terms="other words")
    assert found() == []  # updates reach the index
    index_page(page.pk)
    assert found() == [page.pk]
    page.delete()
    assert found() == []  # so do deletions
    assert not SearchEntry.objects.filter(page_id=page.pk).exists()
    if connection.vendor == "postgresql":  # the vector table holds one row per text row
        assert postgresql.TABLE == "search_vector"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT entry_id FROM search_vector EXCEPT SELECT entry_id FROM search_searchtext"
            )
            assert cursor.fetchall() == []  # none left behind by the deletion
            cursor.execute(
                "SELECT entry_id FROM search_searchtext EXCEPT SELECT entry_id FROM search_vector"
            )
            assert cursor.fetchall() == []
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks pending
            cursor.execute("TRUNCATE search_searchtext")  # as Django's flush does
            cursor.execute("SELECT COUNT(*) FROM search_vector")
            assert cursor.fetchone() == (0,)


def test_pages_matching_more_of_the_words_rank_first(site_pages):
    repeated, both = site_pages["services", "en"], site_pages["legislation", "en"]
    repeated.intro = "Housing housing housing housing, housing for everyone."
    repeated.save_revision().publish()
    both.intro = "Housing and language courses."
    both.save_revision().publish()
    index_page(repeated.pk)
    index_page(both.pk)
    hits = search("housing courses", "en").hits
    assert [hit.id for hit in hits[:2]] == [both.pk, repeated.pk]
    assert hits[0].score > 0 and "<mark>courses</mark>" in hits[0].snippet


def _rewrite(page, title, intro):
    republish(page, title=title, intro=intro)


def test_the_page_named_by_the_query_ranks_above_pages_saying_it_often(site_pages):
    """A title that is the query itself outweighs a text repeating the word: before the
    re-rank scored as BM25 does, PostgreSQL put the long section first (ts_rank_cd counts
    every occurrence and does not know how long a title is)."""
    named, repeating = site_pages["legislation", "en"], site_pages["services", "en"]
    _rewrite(named, "Housing", "Where to ask.")
    text = (
        "Housing advice is given by the municipality. The service points help with forms, "
        "rent, moving and other questions of daily life, in several languages. Ask about "
        "housing at the nearest office or call the advice line on weekdays."
    )
    _rewrite(repeating, "Advice", " ".join([text] * 5))  # "housing" 10 times in 190 words
    assert [hit.id for hit in search("housing", "en").hits[:2]] == [named.pk, repeating.pk]


def test_a_long_page_named_by_the_query_ranks_above_a_short_page_saying_it_once(site_pages):
    """SQLite's bm25 divides the title's count by the whole entry's length: before the best
    gained their title's share there, a short form page saying the word once came first."""
    named, short = site_pages["legislation", "en"], site_pages["services", "en"]
    text = (
        "The municipality gives advice on rent, moving and other questions of daily life. "
        "The service points help with forms in several languages, on weekdays and by phone. "
    )
    _rewrite(named, "Housing", text * 6)
    _rewrite(short, "Form", "Housing form.")
    assert [hit.id for hit in search("housing", "en").hits[:2]] == [named.pk, short.pk]


def test_a_title_holding_the_rarer_word_of_the_query_ranks_first(site_pages):
    """Both pages hold both words, each names itself by one of them; the word that most
    English pages say weighs less in a title than the word that two say, even in a shorter
    title (BM25's IDF)."""
    common, rare = site_pages["services", "en"], site_pages["legislation", "en"]
    _rewrite(common, "Housing", "Language courses.")
    _rewrite(rare, "Courses and classes", "Housing.")
    for key in ("accessibility", "privacy", "decision-makers", "authorities"):
        _rewrite(site_pages[key, "en"], f"{key} en", "Housing.")
    ids = [hit.id for hit in search("housing courses", "en").hits]
    assert ids[:2] == [rare.pk, common.pk]


def test_words_weigh_in_titles_by_their_rarity_among_every_match_of_the_best(site_pages):
    """A word's weight in a title depends on which entries are scored once more: ranking
    only the two holding both words would weigh the words alike (both hold both) and put
    the page saying them more often first; among all the matches "damson" is common."""
    rare, common = site_pages["services", "en"], site_pages["legislation", "en"]
    _rewrite(rare, "Quince", "Quince and damson.")
    _rewrite(common, "Damson", "Damson and quince: damson jam, damson pie, quince jelly.")
    for key in ("accessibility", "privacy", "decision-makers", "authorities"):
        _rewrite(site_pages[key, "en"], f"{key} en", "Damson.")
    assert [hit.id for hit in search("quince damson", "en", per_page=1).hits] == [rare.pk]


def test_a_page_unpublished_behind_the_index_is_still_not_shown(site_pages):
    """The index is updated on publishing signals; a page switched off without them (a bulk
    update, a failed job) is still checked on its own row before it is shown."""
    forum = site_pages["forum", "en"]
    assert forum.pk in [hit.id for hit in search("forum", "en").hits]
    Page.objects.filter(pk=forum.pk).update(live=False)
    assert forum.pk not in [hit.id for hit in search("forum", "en").hits]


@pytest.fixture
def document(db):
    model = get_document_model()
    item = model(title="Kotoutumisohjelman hakulomake 2026")
    item.file.save("hakulomake.pdf", ContentFile(b"%PDF-1.4 demo"), save=False)
    item.save()
    index_document(item.pk)
    return item


def test_documents_are_found_by_title_in_every_language(site_pages, document):
    finnish = [hit for hit in search("hakulomakkeet", "fi").hits if hit.kind == "document"]
    assert [(hit.id, hit.url) for hit in finnish] == [(document.pk, document.url)]
    assert finnish[0].page_type == get_document_model()._meta.label
    assert "<mark>" in finnish[0].snippet  # the title stands in for the text
    assert [hit.id for hit in search("hakulomake", "en").hits if hit.kind == "document"] == [
        document.pk
    ]
    assert SearchEntry.objects.filter(document=document).count() == 3  # fi, sv, en
    facets = search("hakulomake", "en").facets["type"]
    label = get_document_model()._meta.label
    assert {"value": label, "label": "Document", "count": 1} in facets


def test_documents_in_a_private_collection_are_never_found(site_pages, document):
    private = Collection.get_first_root_node().add_child(name="Board papers")
    document.collection = private
    document.save()
    index_document(document.pk)
    assert search("hakulomake", "fi").total == 1
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    assert search("hakulomake", "fi").total == 0  # checked at query time
    index_document(document.pk)
    assert not SearchEntry.objects.filter(document=document).exists()
    CollectionViewRestriction.objects.all().delete()
    rebuild()
    assert search("hakulomake", "fi").total == 1


def test_deleting_a_document_removes_it_from_search(site_pages, document):
    pk = document.pk
    document.delete()
    assert search("hakulomake", "fi").total == 0
    assert not SearchEntry.objects.filter(document_id=pk).exists()


def test_search_api_marks_documents(client, site_pages, document):
    response = client.get("/api/search/", {"q": "hakulomake", "locale": "sv"})
    assert response.status_code == 200
    (hit,) = response.json()["results"]
    assert hit["kind"] == "document" and hit["id"] == document.pk and hit["url"] == document.url
    only = client.get("/api/search/", {"q": "hakulomake", "type": get_document_model()._meta.label})
    assert only.status_code == 200 and only.json()["total"] == 1


WHITE_SPACE = [chr(code) for code in range(0x3001) if chr(code).isspace()]


def test_the_documented_query_pattern_refuses_exactly_what_the_search_strips():
    """JSON Schema tools read the pattern as ECMA does, pydantic as Rust does and the search
    strips with Python: all three must agree on every character (schemathesis found U+001D,
    which ``\\s`` covers in Python only)."""
    import jsonschema_rs

    from search.api import NOT_BLANK

    schema = jsonschema_rs.validator_for({"type": "string", "pattern": NOT_BLANK})
    for code in range(0x3001):
        kept = bool(chr(code).strip())
        assert bool(re.search(NOT_BLANK, chr(code))) is kept, hex(code)
        assert schema.is_valid(chr(code)) is kept, hex(code)


@pytest.mark.parametrize("space", WHITE_SPACE, ids=lambda char: f"U+{ord(char):04X}")
def test_a_query_of_white_space_is_refused_like_the_schema_says(client, db, space):
    for url in ("/api/search/", "/api/search/suggest/"):
        response = client.get(url, {"q": space * 2})
        assert response.status_code == 400 and response.json()["code"] == "invalid_request"
    assert client.get("/api/search/suggest/", {"q": f"{space}a"}).status_code == 200


def test_control_characters_in_a_query_are_searched_and_logged_without_error(client, site_pages):
    """Found by schemathesis: a NUL byte reached the query log, which PostgreSQL refuses."""
    from wagtail.contrib.search_promotions.models import Query

    response = client.get("/api/search/", {"q": "serv\x00ices\x0e forum", "locale": "en"})
    assert response.status_code == 200
    assert Query.objects.filter(query_string="serv ices forum").exists()


def test_dates_are_only_iso_dates_as_the_schema_says(client, site_pages):
    """Found by schemathesis: pydantic's lax parsing took 1.4e-45 for a date."""
    for value in ("1.401298464324817e-45", "1700000000", "2026-13-01", "26-1-1"):
        response = client.get("/api/search/", {"q": "forum", "date_from": value})
        assert response.status_code == 400 and response.json()["code"] == "invalid_request"
    ok = client.get("/api/search/", {"q": "forum", "locale": "en", "date_to": "2021-12-31"})
    assert ok.status_code == 200 and ok.json()["total"] == 1


def test_hit_dates_are_aware_on_every_database(site_pages, document):
    """Found by schemathesis: a naive date-time broke the API's documented format."""
    hits = search("hakulomake", "fi").hits + search("forum", "en").hits
    assert hits and all(hit.published_at.tzinfo is not None for hit in hits)


def test_dates_at_the_ends_of_the_calendar_filter_nothing_out(client, site_pages):
    """Found by schemathesis: 0001-01-01 in Helsinki time is before year 1 in UTC (a 500)."""
    everything = search("forum", "en").total
    response = client.get(
        "/api/search/",
        {"q": "forum", "locale": "en", "date_from": "0001-01-01", "date_to": "9999-12-31"},
    )
    assert response.status_code == 200 and response.json()["total"] == everything > 0


def _groups(*words, language="en"):
    return [query_word(word, language) for word in words]


@pytest.mark.parametrize("newest", [False, True])
@pytest.mark.parametrize("rerank", [100, 3])
def test_paging_through_hits_gives_the_same_order_as_one_long_page(
    site_pages, newest, rerank, monkeypatch
):
    """Only the entries that can reach the requested page are scored: every page of hits
    must still be exactly its slice of the full order (ties included). With 3 best scored
    once more, the first page is taken from them alone, the others from every match."""
    _rerank(monkeypatch, rerank)
    groups = _groups("en", "services", "call")  # words on many English pages
    every = fulltext.search({"en": groups}, Filters(), newest=newest, limit=50)
    assert every.total == len(every.hits) >= 6
    paged = []
    for offset in range(0, every.total, 2):
        found = fulltext.search({"en": groups}, Filters(), newest=newest, limit=2, offset=offset)
        assert found.total == every.total
        paged += [row.id for row in found.hits]
    assert paged == [row.id for row in every.hits]


def test_which_words_matched_is_reported_for_the_typo_check(site_pages):
    found = fulltext.search({"en": _groups("legislation", "qqqqqq", "services")}, Filters())
    assert found.total > 0
    assert found.words == {"en": 0b101}  # the second word matched nothing


@pytest.fixture
def word_pages(site_pages):
    """Sixteen English pages holding "quince", "damson" and "medlar" in different
    numbers, places (title or text) and combinations, published on different days; the
    last two hold two of the words so often that they outscore pages holding all three."""
    from cms.models import HomePage, SectionPage

    home = HomePage.objects.get(locale__language_code="en")
    pages = []
    for number in range(16):
        words = ["quince"] * (1 + number % 3)
        if number % 4 != 3 and number < 14:
            words += ["damson"] * (1 + number % 2)
        if number % 5 == 0:
            words.append("medlar")
        if number >= 14:
            words = ["quince", "medlar"] * 8
        title = f"Orchard {number}" + (" quince" if number % 6 == 0 else "")
        title += " medlar medlar" if number >= 14 else ""
        page = SectionPage(title=title, slug=f"orchard-{number}", intro=" ".join(words))
        home.add_child(instance=page)
        revision = page.save_revision()
        revision.publish()
        Page.objects.filter(pk=page.pk).update(
            first_published_at=timezone.now() - dt.timedelta(days=number % 4)
        )
        index_page(page.pk)
        pages.append(page)
    return pages


@pytest.mark.parametrize("rerank", [3, 1])
def test_ranking_only_the_entries_holding_the_most_words_changes_nothing(
    word_pages, monkeypatch, rerank
):
    """Where the entries holding every word (or at least k of them) fill the page, only
    they are ranked: the page, the total, the facets and the words found must be what
    ranking every match gives (on PostgreSQL also past the re-ranked best)."""
    _rerank(monkeypatch, rerank)
    now = timezone.now()
    cut_short = set()
    for words, languages in [
        (("quince", "damson"), ["en"]),
        (("quince", "damson", "medlar"), ["en"]),
        (("damson", "medlar"), ["en"]),
        (("medlar", "damson", "quince", "orchard"), ["en"]),
        (("quince", "damson"), ["fi", "sv", "en"]),  # across languages, each analysing
    ]:
        by_language = {
            language: list(enumerate(_groups(*words, language=language))) for language in languages
        }
        for least in fulltext._levels(by_language):
            holding = sum(
                sum(word in f"{page.title} {page.intro}".lower() for word in words) >= least
                for page in word_pages
            )
            counted = lambda _filters, holding=holding: holding  # noqa: E731 - all SectionPages
            if _cut_ranks_as_full(by_language, least, counted, (words, languages), now):
                cut_short.add((words, least))
    assert {least for _words, least in cut_short} == {2, 3, 4}


def _rerank(monkeypatch, best: int):
    """Score only the ``best`` once more (``shared.RERANK``), and let as many weigh the
    words (``shared.WEIGHED``; the cut needs as many), so the small test site reaches past
    them."""
    for module in (fulltext, postgresql, sqlite):
        monkeypatch.setattr(module, "RERANK", best)
    for module in (fulltext, postgresql, sqlite):
        monkeypatch.setattr(module, "WEIGHED", best)


def _cut_ranks_as_full(by_language, least, holding, case, now) -> bool:
    """Check that ranking only the entries holding at least ``least`` groups (``holding``:
    how many of them the filters keep) gives what ranking every match gives, for several
    pages of hits, with and without a filter; whether some page came from the cut alone."""
    cut_short = False
    for limit, offset in ((2, 0), (3, 0), (3, 3), (4, 4), (10, 0)):
        for filters in (Filters(), Filters(page_type="cms.SectionPage")):
            where = (*case, least, limit, offset, filters)
            cut, full = (
                fulltext._run(by_language, filters, now, False, limit, offset, True, n)
                for n in (least, 0)
            )
            assert (cut.total, cut.types, cut.audiences) == (
                full.total,
                full.types,
                full.audiences,
            ), where
            assert cut.ranked == holding(filters), where
            if cut.ranked < fulltext._enough(offset + limit):
                continue
            assert fulltext._words_complete(cut, by_language, least), where
            cut_short = True
            assert cut.words == full.words, where
            assert [row.id for row in cut.hits] == [row.id for row in full.hits], where
            scores = [row.score for row in full.hits]
            assert [row.score for row in cut.hits] == pytest.approx(scores), where
    return cut_short


# Finnish pages for compound words: (title, text). "Kotoutumispalvelut" is held by the
# compound itself or by its parts together; a page with one part only still matches, below.
COMPOUND_TEXTS = [
    ("Kotoutumispalvelut", "Kunnan kotoutumispalvelut."),  # compound, in the title
    ("Kunnan tuki", "Kotoutumispalveluista kerrotaan kunnille."),  # compound
    ("Neuvonta", "Kotoutumisen tueksi palveluja ja kuntien neuvontaa."),  # parts apart
    ("Palvelut", "Palveluja, palveluita ja palvelu " * 6),  # one part, often: a high score
    ("Palveluopas", "Palvelut palvelu palveluja kunnissa " * 4),  # one part, with kunta
    ("Kotoutuminen", "Kotoutumisesta ja kotoutumisen vaiheista."),  # the other part only
    ("Kunnat", "Kuntien yhteistyö."),  # kunta only
    ("Kotoutumispalvelu kunnissa", "Kotoutumispalvelu."),  # compound with kunta
    ("Arki", "Kotoutumisen palvelut arjessa, kunnissa."),  # parts apart, with kunta
]


@pytest.fixture
def compound_pages(site_pages):
    from cms.models import HomePage, SectionPage

    home = HomePage.objects.get(locale__language_code="fi")
    pages = []
    for number, (title, text) in enumerate(COMPOUND_TEXTS):
        page = SectionPage(title=title, slug=f"compound-{number}", intro=text)
        home.add_child(instance=page)
        page.save_revision().publish()
        index_page(page.pk)
        pages.append(page)
    return pages


# Which of COMPOUND_TEXTS hold the word itself: the compound, or both of its parts.
HOLDS_COMPOUND = {0, 1, 2, 7, 8}
HOLDS_KUNTA = {0, 1, 2, 4, 6, 7, 8}


@pytest.mark.skipif(not finnish.available(), reason="compound words are Voikko's")
@pytest.mark.parametrize("rerank", [3, 1])
def test_ranking_only_the_entries_holding_a_compound_word_itself_changes_nothing(
    compound_pages, monkeypatch, rerank
):
    """A compound word's parts alone rank below the word: where the entries holding it fill
    the page, only they are ranked, with the same page, total, facets and words found."""
    _rerank(monkeypatch, rerank)
    now = timezone.now()
    # What each Finnish entry holds, by its stored terms (the other demo pages too).
    holds = {}
    for entry_id, title_terms, text_terms in SearchText.objects.filter(
        entry__locale="fi"
    ).values_list("entry_id", "title_terms", "text_terms"):
        terms = set(stored_term_list(f"{title_terms} {text_terms}"))
        # The first part is "kotoutumis-": Voikko reads it as kotoutuminen or kotoutua.
        parts = "palvelu" in terms and bool(terms & {"kotoutuminen", "kotoutua"})
        compound = "kotoutumispalvelu" in terms or parts
        holds[entry_id] = (compound, "kunta" in terms)
    section = set(
        SearchEntry.objects.filter(page_type="cms.SectionPage").values_list("id", flat=True)
    )
    by_page = {page.pk: n for n, page in enumerate(compound_pages)}
    for entry in SearchEntry.objects.filter(page_id__in=by_page):
        n = by_page[entry.page_id]
        assert holds[entry.id] == (n in HOLDS_COMPOUND, n in HOLDS_KUNTA), entry.title
    cut_short = set()
    # The word also with a reading that names its terms again (implied by the others, so
    # it holds the same entries): the rank must stay that of the terms named once (FTS5's
    # bm25 counts a term as often as the query names it).
    (word,) = _groups("kotoutumispalvelut", language="fi")
    again = QueryWord(word.terms, (*word.readings, tuple((term,) for term in word.terms)))
    for words, groups in [
        (("kotoutumispalvelut",), [word]),
        (
            ("kotoutumispalvelut", "kunnissa"),
            _groups("kotoutumispalvelut", "kunnissa", language="fi"),
        ),
        (("kotoutumispalvelut", "again"), [again]),
    ]:
        by_language = {"fi": list(enumerate(groups))}
        for least in fulltext._levels(by_language):

            def holding(filters, least=least, words=groups):
                return sum(
                    sum(held[: len(words)]) >= least
                    for entry_id, held in holds.items()
                    if entry_id in section or not filters.page_type
                )

            if _cut_ranks_as_full(by_language, least, holding, (words, "fi"), now):
                cut_short.add((words, least))
    assert cut_short == {
        (("kotoutumispalvelut",), 1),
        (("kotoutumispalvelut", "kunnissa"), 2),
        (("kotoutumispalvelut", "again"), 1),
    }


def test_search_ranks_only_the_entries_holding_the_most_words_when_they_fill_the_page(
    word_pages, monkeypatch
):
    runs = []
    real = fulltext._run

    def spy(*args, **options):
        runs.append(args[-1])  # how many words the entries ranked hold (0: any)
        return real(*args, **options)

    monkeypatch.setattr(fulltext, "_run", spy)
    groups = {"en": _groups("quince", "damson")}  # 11 pages hold both
    # The best are scored once more with weights that depend on which entries they are:
    # only where as many hold both words does ranking only those rank as ranking all.
    _rerank(monkeypatch, 12)
    assert len(fulltext.search(groups, Filters(), limit=5).hits) == 5
    assert runs == [0]
    runs.clear()
    _rerank(monkeypatch, 5)
    assert len(fulltext.search(groups, Filters(), limit=5).hits) == 5
    assert runs == [2]
    runs.clear()
    # Twelve are wanted: the pages holding one word are ranked too, after those with both.
    found = fulltext.search(groups, Filters(), limit=12)
    assert runs == [0]
    assert [row.id for row in found.hits][:11] == [
        row.id for row in fulltext.search(groups, Filters(), limit=11).hits
    ]
    assert runs == [0, 2]
    runs.clear()
    # Three pages hold "medlar" with "damson": the cheap look says so, and every match is ranked.
    found = fulltext.search({"en": _groups("damson", "medlar")}, Filters(), limit=5)
    assert runs == [0] and len(found.hits) == 5
    runs.clear()
    # Three hold all three words, thirteen at least two: those thirteen are ranked.
    three = {"en": _groups("quince", "damson", "medlar")}
    found = fulltext.search(three, Filters(), limit=5)
    assert runs == [2]
    runs.clear()
    everything = fulltext.search(three, Filters(), limit=5, newest=False, offset=0, facets=True)
    assert [row.id for row in found.hits] == [row.id for row in everything.hits]
    runs.clear()
    # A filter leaves too few holding every word: ranked again over every match.
    found = fulltext.search(groups, Filters(page_type="cms.NewsPage"), limit=2)
    assert runs == [2, 0] and found.total == 0
    runs.clear()
    # Newest first is not ordered by the words held: nothing to cut.
    fulltext.search(groups, Filters(), newest=True, limit=2)
    assert runs == [0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's JIT compiler")
@pytest.mark.parametrize("server_side_binding", [False, True])
def test_postgresql_runs_searches_without_jit_and_restores_the_setting(
    site_pages, server_side_binding, monkeypatch
):
    """Compiling a search took longer than running it: the statement is planned with JIT
    off, even where the server would compile everything, and the setting is back
    afterwards; where Django binds parameters on the client, in the statement's own round
    trip."""
    from search.fulltext import postgresql

    options = connection.settings_dict.setdefault("OPTIONS", {})
    monkeypatch.setitem(options, "server_side_binding", server_side_binding)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = on")
        cursor.execute("SET LOCAL jit_above_cost = 0")
        cursor.execute("EXPLAIN (ANALYZE) SELECT sum(x) FROM generate_series(1, 1000) x")
        if not any("JIT" in line for (line,) in cursor.fetchall()):
            pytest.skip("this server was built without JIT")
    plan = postgresql.rows("EXPLAIN (ANALYZE) SELECT sum(x) FROM generate_series(1, 1000) x", [])
    assert plan and not any("JIT" in line for (line,) in plan)
    sent = []

    def record(execute, sql, params, many, context):
        sent.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        found = fulltext.search({"en": _groups("services")}, Filters())
    assert found.total > 0
    statements = [sql for sql in sent if "SAVEPOINT" not in sql]  # the test's transaction
    assert len(statements) == (3 if server_side_binding else 1)
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("on",)


@pytest.mark.skipif(not finnish.available(), reason="compound words are Voikko's")
def test_a_compound_word_ranks_pages_holding_it_above_pages_holding_one_part(compound_pages):
    """ "kotoutumispalvelut": the pages saying it, or "kotoutumisen palvelut", first; a page
    saying only "palvelu" (however often) or only "kotoutuminen" still matches, below."""
    titles = [hit.title for hit in search("kotoutumispalvelut", "fi", per_page=50).hits]
    holding = {COMPOUND_TEXTS[n][0] for n in HOLDS_COMPOUND}
    assert set(titles[: len(holding)]) == holding
    assert {"Palvelut", "Palveluopas", "Kotoutuminen"} <= set(titles[len(holding) :])
    assert "Kunnat" not in titles
    # With another word: holding both words themselves first, then one of them.
    titles = [hit.title for hit in search("kotoutumispalvelut kunnissa", "fi", per_page=50).hits]
    both = {COMPOUND_TEXTS[n][0] for n in HOLDS_COMPOUND & HOLDS_KUNTA}
    assert set(titles[: len(both)]) == both
    # Holding one word (kunta) ranks above holding a part of the other only, however often.
    assert titles.index("Palvelut") > max(titles.index("Kunnat"), titles.index("Palveluopas"))


@pytest.mark.skipif(not swedish.available(), reason="Swedish compounds are the dictionary's")
def test_swedish_compounds_are_found_by_their_parts_and_rank_as_compounds(site_pages):
    """A Swedish page saying only ``integrationstjänsterna`` is found by ``tjänster``; for
    the compound, the pages holding it or both its parts come before those holding one."""
    pages = {
        "whole": ("Kommunens stöd", "Integrationstjänsterna i kommunen."),
        "apart": ("Kommunens råd", "Tjänster för integration i kommunen."),
        "one part": ("Kommunens hjälp", "Tjänster, tjänster och stöd. Tjänster i kommunen."),
        "other part": ("Kommunens språk", "Integration och språk i kommunen."),
    }
    keys = ["legislation", "services", "accessibility", "privacy"]
    ids = {}
    for key, (name, (title, intro)) in zip(keys, pages.items(), strict=True):
        _rewrite(site_pages[key, "sv"], title, intro)
        ids[site_pages[key, "sv"].pk] = name
    found = [ids.get(hit.id) for hit in search("tjänster", "sv", per_page=50).hits]
    assert {"whole", "apart", "one part"} <= set(found) and "other part" not in found
    found = [ids.get(hit.id) for hit in search("integrationstjänster", "sv", per_page=50).hits]
    assert set(found[:2]) == {"whole", "apart"}
    assert {"one part", "other part"} <= set(found[2:])


def test_an_abbreviation_spelt_as_a_pronoun_meets_only_itself(site_pages):
    """``TE-palvelut`` (the employment services): Voikko reads ``TE`` as the pronoun ``te``.
    A page addressing its readers (``teidän``, ``teille``) and saying ``palvelut`` held both
    query words and ranked with the pages naming the services; it matches by ``palvelut``
    alone now, below them."""
    pages = {
        "te": ("Työnhaku", "Ilmoittaudu TE-palveluihin työnhakijaksi."),
        "pronoun": ("Neuvonta", "Kerromme teille palveluista. Teidän palvelunne ovat tärkeitä."),
    }
    ids = {}
    for key, (name, (title, intro)) in zip(["legislation", "services"], pages.items(), strict=True):
        _rewrite(site_pages[key, "fi"], title, intro)
        ids[site_pages[key, "fi"].pk] = name
    results = search("TE-palvelut", "fi", per_page=50)
    found = [ids.get(hit.id) for hit in results.hits]
    assert found[0] == "te" and "pronoun" in found
    assert "<mark>TE</mark>-<mark>palveluihin</mark>" in results.hits[0].snippet
    assert [ids.get(hit.id) for hit in search("te", "fi", per_page=50).hits] == ["te"]
