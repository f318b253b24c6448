"""The search service and API: language-aware matching, only published pages, clear errors."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from search import rebuild as rebuilding
from search import swedish
from search.analysis import analyse, query_word
from search.indexing import index_page
from search.models import SearchEntry, SearchWord
from search.rebuild import rebuild
from search.service import Filters, QueryError, search
from search.snippets import snippet
from tests.contract import assert_matches_openapi, openapi_document
from tests.mini_content import L
from tests.search import republish


@pytest.fixture(autouse=True)
def _fresh_document():
    openapi_document.cache_clear()


def titles(query, locale):
    return [hit.title for hit in search(query, locale).hits]


def test_the_demo_site_is_indexed_when_published(site_pages):
    assert SearchEntry.objects.filter(page_id=site_pages["forum", "en"].pk).exists()
    assert SearchEntry.objects.filter(locale="sv").count() >= 8


def test_finnish_inflection_finds_the_base_form(site_pages):
    page = site_pages["services", "fi"]
    page.intro = "Kunta järjestää kotoutumispalvelut maahanmuuttajille."
    page.save_revision().publish()
    index_page(page.pk)
    assert "services fi" in titles("kuntien", "fi")
    assert "services fi" in titles("kunnissa palvelu", "fi")
    assert "services fi" in titles("kotoutumisen", "fi")


def test_finnish_text_as_written_is_found_by_the_words_it_stands_for(site_pages):
    """Public-sector Finnish shares compound ends (``sosiaali- ja terveyspalvelut``) and
    puts case endings on abbreviations (``EU:n``): a reader typing the whole words finds
    the page, with the shared part highlighted."""
    page = site_pages["services", "fi"]
    page.intro = "Kunnan sosiaali- ja terveyspalvelut tukevat EU:n rahoittamia hankkeita."
    page.save_revision().publish()
    index_page(page.pk)
    hits = search("sosiaalipalveluista", "fi").hits
    assert [hit.title for hit in hits] == ["services fi"]
    assert "<mark>sosiaali</mark>- ja" in hits[0].snippet
    assert "services fi" in titles("työ- ja sosiaalipalvelut", "fi")  # completed in queries too
    assert "services fi" in titles("EU:ssa", "fi")
    assert search("n", "fi").total == 0  # the case ending is not a word of its own


def test_rich_text_fields_keep_their_words_apart(site_pages):
    """A call's rich text fields are read as Wagtail reads a rich text block: list items
    and paragraphs stay separate words, and entities are the characters they stand for."""
    call = site_pages["call", "en"]
    call.eligibility = (
        "<p>Experts in:</p><ul><li>labour markets</li><li>education</li></ul>"
        "<p>Health &amp; welfare co&shy;operation</p>"
        # Imported HTML, not written by Wagtail's editor:
        "<div>Tallinn</div><div>Riga</div><table><tr><td>Oslo</td><td>Bergen</td></tr></table>"
        "Turku<br>Tampere"
    )
    call.save_revision().publish()
    index_page(call.pk)
    assert "Call en" in titles("education", "en")
    assert "Call en" in titles("markets", "en")
    assert "Call en" not in titles("amp", "en")
    assert "Call en" in titles("cooperation", "en")  # a soft hyphen is not a break
    assert all("Call en" in titles(city, "en") for city in ("Riga", "Bergen", "Tampere"))
    text = SearchEntry.objects.get(page_id=call.pk).content.text
    assert "marketseducation" not in text and "\xad" not in text
    snippet = next(hit for hit in search("welfare", "en").hits if hit.title == "Call en").snippet
    assert "Health &amp; <mark>welfare</mark>" in snippet  # escaped once, not twice


def test_rich_text_blocks_of_imported_html_keep_their_words_apart(site_pages):
    """The same HTML in a StreamField paragraph: its words stay apart in our index and in
    Wagtail's (the admin's search)."""
    page = site_pages["services", "en"]
    page.body = [
        ("paragraph", "<div>Tallinn</div><div>Riga</div><table><tr><td>Oslo</td><td>Bergen</td>"),
        ("paragraph", "<p>Turku<br>Tampere, Lahti<br/>Pori</p>"),
    ]
    page.save_revision().publish()
    index_page(page.pk)
    for city in ("Tallinn", "Riga", "Oslo", "Bergen", "Turku", "Tampere", "Lahti", "Pori"):
        assert "services en" in titles(city, "en"), city
    content = page.specific.body.stream_block.get_searchable_content(page.specific.body)
    assert content == ["Tallinn Riga Oslo Bergen", "Turku Tampere, Lahti Pori"]


def test_english_plural_and_title_ranking(site_pages):
    assert titles("services", "en")[0] == "services en"  # title match ranks first


def test_results_stay_in_their_language(site_pages):
    assert all(hit.locale == "sv" for hit in search("services", "sv").hits)
    assert "Bara svenska" in titles("svenska", "sv")
    assert "Bara svenska" not in titles("svenska", "en")


def test_unpublished_expired_and_private_pages_are_never_found(site_pages):
    forum = site_pages["forum", "en"]
    assert "Forum en" in titles("forum", "en")
    type(forum).objects.filter(pk=forum.pk).update(expire_at=timezone.now() - dt.timedelta(1))
    assert "Forum en" not in titles("forum", "en")  # expired, even before the job runs
    type(forum).objects.filter(pk=forum.pk).update(expire_at=None)
    PageViewRestriction.objects.create(page=forum, restriction_type="login")
    assert "Forum en" not in titles("forum", "en")
    PageViewRestriction.objects.all().delete()
    forum.unpublish()
    index_page(forum.pk)
    assert "Forum en" not in titles("forum", "en")
    assert not SearchEntry.objects.filter(page_id=forum.pk).exists()


def test_drafts_are_not_indexed(site_pages):
    page = site_pages["services", "en"]
    page.intro = "zebracorn draft words"
    page.save_revision()  # not published
    index_page(page.pk)  # reads the saved live row
    assert titles("zebracorn", "en") == []


def test_snippet_marks_matches_and_escapes_html(site_pages):
    page = site_pages["services", "en"]
    page.intro = "Municipal <script>alert(1)</script> services & advice for newcomers."
    page.save_revision().publish()
    index_page(page.pk)
    hit = next(h for h in search("newcomers", "en").hits if h.id == page.pk)
    assert "<mark>newcomers</mark>" in hit.snippet
    assert "<script>" not in hit.snippet and "&amp; advice" in hit.snippet
    assert "Level" not in hit.snippet and "Taso" not in hit.snippet  # no block settings


def test_snippet_marks_a_finnish_compound_holding_the_word():
    text = "Kunta järjestää kotoutumispalvelut maahanmuuttajille maksutta."
    assert snippet(text, set(analyse("palvelut", "fi")), "fi") == (
        "Kunta järjestää <mark>kotoutumispalvelut</mark> maahanmuuttajille maksutta."
    )
    # The excerpt starts and ends between words.
    long = "Municipal integration centres are surveying their resources. " * 3
    long += "The survey asks about newcomers and services. " + "Many more words follow. " * 12
    excerpt = snippet(long, {"newcom"}, "en")
    assert excerpt.startswith("…centres are") and excerpt.endswith(" words…")
    assert "<mark>newcomers</mark>" in excerpt
    assert snippet(long, {"zzz"}, "en").endswith(" newcomers and…")
    # A short word whose third letter changes, and a two-letter abbreviation.
    assert snippet("Lain mukaan EU:n tuki.", set(analyse("laki EU", "fi")), "fi") == (
        "<mark>Lain</mark> mukaan <mark>EU</mark>:n tuki."
    )
    # A Swedish compound too, where the dictionary splits it.
    if swedish.available():
        assert snippet("Kommunens integrationstjänster.", {"tjänst"}, "sv") == (
            "Kommunens <mark>integrationstjänster</mark>."
        )
    # In English a word holds its term from its start only.
    assert "<mark>" not in snippet("Municipal eservices.", {"servic"}, "en")
    assert snippet("Services and e-services.", {"servic"}, "en") == (
        "<mark>Services</mark> and e-<mark>services</mark>."
    )


def test_a_snippet_opens_at_the_compound_query_word_itself():
    """``kotoutumissuunnitelma``: a word holding one of its parts (``kotoutumispalvelut``)
    earlier in the text still matches and is marked where the excerpt reaches it, but the
    excerpt opens at the word itself."""
    word = query_word("kotoutumissuunnitelma", "fi")
    text = "Kotoutumispalvelut alkavat ohjauksella. " + "Kunta neuvoo. " * 20
    text += "Sitten laaditaan kotoutumissuunnitelma yhdessä."
    excerpt = snippet(text, set(word.terms), "fi", whole=set(word.whole))
    assert excerpt.startswith("…") and "<mark>kotoutumissuunnitelma</mark>" in excerpt
    assert "Kotoutumispalvelut" not in excerpt
    # Without the word itself in the text, at the first part.
    first = snippet(text[:200], set(word.terms), "fi", whole=set(word.whole))
    assert first.startswith("<mark>Kotoutumispalvelut</mark>")
    # By default every term is the word's own: the first match, as before.
    assert snippet(text, set(word.terms), "fi").startswith("<mark>Kotoutumispalvelut</mark>")


def test_the_excerpt_of_a_long_page_opens_where_the_words_stand_deep_in_it():
    """A law's page names the law far down: its excerpt opens there, not at its start.
    With a phrase, at the phrase, not at its words standing apart before it."""
    filler = "Municipal services are described in detail on this page. " * 150
    assert len(filler) > 8000
    text = filler + "The Integration Act applies to everyone. " + filler
    excerpt = snippet(text, set(analyse("integration act", "en")), "en")
    assert "The <mark>Integration</mark> <mark>Act</mark> applies" in excerpt
    apart = "An act on integration. " + filler + "The integration act applies. " + filler
    words = [{term} for term in analyse("integration act", "en")]
    excerpt = snippet(apart, set(analyse("integration act", "en")), "en", phrases=[words])
    assert "The <mark>integration</mark> <mark>act</mark> applies" in excerpt
    assert "An act on" not in excerpt


@pytest.mark.parametrize(
    ("query", "code"), [("", "empty_query"), ("   ", "empty_query"), ("x" * 501, "query_too_long")]
)
def test_bad_queries_are_refused_clearly(db, query, code):
    with pytest.raises(QueryError) as error:
        search(query, "en")
    assert error.value.code == code


def test_odd_unicode_gives_an_empty_result_not_an_error(db):
    assert search("\u200b\ufeff 🙂", "fi").hits == []


def test_rebuild_reports_pages_per_second(site_pages):
    SearchEntry.objects.all().delete()
    summary = rebuild()
    assert summary["indexed"] == SearchEntry.objects.count() > 20
    assert summary["per_second"] > 0


def _index_contents():
    return sorted(
        SearchEntry.objects.values_list(
            "page_id", "locale", "title", "content__title_terms", "content__text_terms"
        )
    )


def test_rebuild_with_worker_processes_indexes_the_same(site_pages, monkeypatch):
    monkeypatch.setattr(rebuilding, "BATCH", 3)  # many batches in flight at once
    rebuild(workers=0)
    alone, words = _index_contents(), set(SearchWord.objects.values_list("locale", "word"))
    assert len(alone) > 20
    SearchEntry.objects.all().delete()
    SearchWord.objects.all().delete()
    done = []
    summary = rebuild(progress=lambda n, total: done.append((n, total)), workers=2)
    assert _index_contents() == alone
    assert set(SearchWord.objects.values_list("locale", "word")) == words
    assert summary["indexed"] == len(alone) and summary["workers"] == 2
    assert done[-1][0] == done[-1][1] and [n for n, _t in done] == sorted(n for n, _t in done)
    assert search("services", "en").hits[0].title == "services en"


def test_rebuild_command_reports_what_it_indexed(site_pages):
    out = io.StringIO()
    call_command("rebuild_search_index", workers=0, stdout=out)
    indexed = SearchEntry.objects.filter(page__isnull=False).count()
    assert f"Indexed {indexed} of " in out.getvalue() and "pages/s" in out.getvalue()
    with pytest.raises(CommandError, match="--workers"):
        call_command("rebuild_search_index", workers=-1)
    assert SearchEntry.objects.filter(page__isnull=False).count() == indexed


def test_words_of_a_page_published_during_a_rebuild_are_kept(site_pages, monkeypatch):
    monkeypatch.setattr(rebuilding, "BATCH", 3)
    first = Page.objects.filter(depth__gt=1).order_by("path")[:3].values_list("pk", flat=True)
    page = Page.objects.filter(pk__in=list(first), live=True).last()

    def publish_after_first_batch(done, total):
        if done == 3:  # the page's batch is written: the rebuild will not read it again
            Page.objects.filter(pk=page.pk).update(title="Zyklopentalo")
            index_page(page.pk)

    rebuild(progress=publish_after_first_batch, workers=0)
    assert SearchWord.objects.filter(word="zyklopentalo").exists()
    assert search("zyklopentalo", page.locale.language_code).total


def test_rebuild_without_worker_processes_still_indexes(site_pages, monkeypatch, caplog):
    def no_processes(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(rebuilding, "ProcessPoolExecutor", no_processes)
    SearchEntry.objects.all().delete()
    summary = rebuild(workers=2)
    assert summary["indexed"] == SearchEntry.objects.count() > 20
    assert summary["workers"] == 0 and "no worker processes" in caplog.text


def test_search_api(client, site_pages):
    response = client.get("/api/search/", {"q": "services", "locale": "en"})
    assert response.status_code == 200
    assert_matches_openapi(response)
    data = response.json()
    assert data["results"][0]["title"] == "services en"
    assert data["total"] >= 1 and data["results"][0]["url"] == site_pages["services", "en"].url
    empty = client.get("/api/search/", {"q": " "})
    assert empty.status_code == 400 and empty.json()["code"] == "invalid_request"
    assert_matches_openapi(empty)
    too_long = client.get("/api/search/", {"q": "x" * 10_000})
    assert too_long.status_code == 400
    far = client.get("/api/search/", {"q": "services", "locale": "en", "page": 999})
    assert far.status_code == 200 and far.json()["results"] == []


def test_search_page_in_each_language(client, site_pages):
    html = client.get("/en/search/", {"q": "services"}).content.decode()
    assert 'role="search"' in html and "services en" in html and "<mark>" in html
    fi = client.get("/fi/search/", {"q": "services"}).content.decode()
    assert '<html lang="fi">' in fi and "services en" not in fi
    none = client.get("/en/search/", {"q": "qwxzv"}).content.decode()
    assert "Nothing matched your search." in none
    assert client.get("/en/search/").status_code == 200  # the empty form
    assert client.get("/en/search/", {"q": "x" * 600}).status_code == 400
    assert client.get("/en/search/", {"q": "services", "page": "abc"}).status_code == 200


def test_each_facet_counts_what_choosing_its_value_gives(site_pages):
    """A facet counts under every filter but its own, so each count is the total that
    choosing the value gives, and a filter that leaves nothing leaves no counts."""
    from dataclasses import replace

    from search.service import Filters

    query = "en call forum services legislation"  # most of the English pages
    everything = search(query, "en")
    assert len(everything.facets["type"]) > 1 and len(everything.facets["audience"]) > 1
    for chosen in [
        Filters(),
        Filters(page_type="cms.CallPage"),
        Filters(audience="authorities-en"),
        Filters(page_type="cms.NewsPage", audience="decision-makers-en"),
    ]:
        facets = search(query, "en", filters=chosen).facets
        assert facets["type"] and facets["audience"]
        for value in facets["type"]:
            given = search(query, "en", filters=replace(chosen, page_type=value["value"]))
            assert value["count"] == given.total, (chosen, value)
        for value in facets["audience"]:
            given = search(query, "en", filters=replace(chosen, audience=value["value"]))
            assert value["count"] == given.total, (chosen, value)
    future = search(query, "en", filters=Filters(date_from=dt.date(2999, 1, 1)))
    assert future.total == 0 and future.facets == {"type": [], "audience": []}


def test_across_languages_an_audience_is_one_facet_value_choosing_every_language(site_pages):
    """With ``locale=all`` an audience is one facet value, named in the reader's language
    and counting its pages in every language; choosing it (by its slug in any language)
    keeps those pages in every language."""
    from django.utils import translation

    from search.languages import ALL
    from search.service import Filters

    query = "call forum services legislation"
    with translation.override("sv"):
        everything = search(query, ALL, per_page=50)
        facets = {value["value"]: value for value in everything.facets["audience"]}
        assert set(facets) == {"decision-makers-sv", "authorities-sv"}
        assert facets["authorities-sv"]["label"] == "authorities sv"
        for key in ("decision-makers", "authorities"):
            value = facets[f"{key}-sv"]
            for slug in (f"{key}-sv", f"{key}-fi"):
                chosen = search(query, ALL, per_page=50, filters=Filters(audience=slug))
                assert chosen.total == value["count"] == len(chosen.hits)
                assert {hit.locale for hit in chosen.hits} == set(L)
                assert all(
                    any(audience["slug"].startswith(key) for audience in hit.audiences)
                    for hit in chosen.hits
                )
    # In one language the facet stays that language's.
    assert search(query, "fi", filters=Filters(audience="authorities-sv")).total == 0


def test_filters_facets_and_newest_first(site_pages):
    from search.service import Filters

    results = search("call", "en")
    types = {facet["value"]: facet["count"] for facet in results.facets["type"]}
    assert types.get("cms.CallPage") == 1
    audiences = {facet["value"] for facet in results.facets["audience"]}
    assert {"decision-makers-en", "authorities-en"} <= audiences
    only_calls = search("en", "en", filters=Filters(page_type="cms.CallPage"))
    assert {hit.page_type for hit in only_calls.hits} == {"cms.CallPage"}
    for_authorities = search("call", "en", filters=Filters(audience="authorities-en"))
    assert [hit.title for hit in for_authorities.hits] == ["Call en"]
    assert for_authorities.hits[0].audiences[0]["slug"] in {"decision-makers-en", "authorities-en"}
    old = search("forum", "en", filters=Filters(date_to=dt.date(2021, 12, 31)))
    assert [hit.title for hit in old.hits] == ["Forum en"]
    assert search("forum", "en", filters=Filters(date_from=dt.date(2022, 1, 1))).hits == []
    newest = search("en", "en", sort="newest").hits
    dates = [hit.published_at for hit in newest if hit.published_at]
    assert dates == sorted(dates, reverse=True)


def test_suggestions_complete_title_words(client, site_pages):
    from search.suggestions import suggest

    assert [hit.title for hit in suggest("servi", "en")] == ["services en"]
    assert suggest("zzz", "en") == []
    response = client.get("/api/search/suggest/", {"q": "legis", "locale": "sv"})
    assert response.status_code == 200
    assert_matches_openapi(response)
    assert [item["title"] for item in response.json()] == ["legislation sv"]


def test_suggestions_fold_every_letter_and_put_the_best_fitting_title_first(site_pages):
    from search.suggestions import suggest

    titles_now = {
        ("services", "sv"): "Översättning av blanketter",
        ("services", "en"): "Legislation on integration",
        ("legislation", "en"): "Integration",
        ("forum", "en"): "Reintegration forum",
    }
    for key, title in titles_now.items():
        page = site_pages[key]
        page.title = title
        page.save_revision().publish()
        index_page(page.pk)
    assert [hit.title for hit in suggest("över", "sv")] == ["Översättning av blanketter"]
    assert [hit.title for hit in suggest("ÖVERSÄTTNING", "sv")] == ["Översättning av blanketter"]
    # Titles opening with the word first, the shorter first; a word only inside another
    # word ("Reintegration") is no match.
    assert [hit.title for hit in suggest("integ", "en")] == [
        "Integration",
        "Legislation on integration",
    ]


def test_search_api_filters_and_unknown_type(client, site_pages):
    response = client.get(
        "/api/search/", {"q": "call", "locale": "en", "type": "cms.CallPage", "sort": "newest"}
    )
    assert response.status_code == 200 and response.json()["results"][0]["type"] == "cms.CallPage"
    assert_matches_openapi(response)
    bad = client.get("/api/search/", {"q": "call", "type": "cms.Nope"})
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_request"


def test_search_page_facets_keep_the_query_and_toggle(client, site_pages):
    html = client.get("/en/search/", {"q": "call"}).content.decode()
    assert "?q=call&amp;type=cms.CallPage" in html
    filtered = client.get("/en/search/", {"q": "call", "type": "cms.CallPage"}).content.decode()
    assert 'aria-current="true">Call for applications (1)' in filtered
    assert "Call en" in filtered
    newest = client.get("/en/search/", {"q": "en", "sort": "newest"})
    assert newest.status_code == 200 and "sort=newest" in newest.content.decode()


def test_across_languages_an_audience_with_one_slug_in_every_language_is_named_as_read(
    site_pages,
):
    """An audience whose slug is the same in every language (``eu``) is still named in the
    reader's language: its rows are told apart by name."""
    from search.models import SearchAudience
    from search.service import _across_languages

    SearchAudience.objects.filter(
        key__in=SearchAudience.objects.filter(slug="authorities-fi").values("key")
    ).update(slug="auth")
    counts = [("auth", "authorities en", 2), ("auth", "authorities sv", 1)]
    counts.append(("auth", "authorities fi", 1))
    assert _across_languages(counts, "sv") == [("auth", "authorities sv", 4)]
    assert _across_languages(counts, "fi") == [("auth", "authorities fi", 4)]


def test_across_languages_the_search_page_marks_the_audience_chosen_in_any_language(
    client, site_pages
):
    """A link with the audience's Finnish slug, opened on the Swedish page: the audience is
    chosen in every language, and its one facet value (named in Swedish) is marked."""
    params = {"q": "call", "locale": "all", "audience": "authorities-fi"}
    html = client.get("/sv/search/", params).content.decode()
    assert 'aria-current="true">authorities sv (3)' in html
    assert all(f"Call {code}" in html for code in L)
    # Its link clears the choice; the other audience's chooses that one.
    assert 'href="?q=call&amp;locale=all" aria-current="true"' in html
    assert 'href="?q=call&amp;locale=all&amp;audience=decision-makers-sv"' in html


def test_typos_still_find_the_page_and_did_you_mean_offers_the_spelling(site_pages):
    from search.service import Filters, did_you_mean

    assert titles("legislatoin", "en")[0] == "legislation en"  # typo tolerance
    assert did_you_mean("legislatoin", "en") == "legislation"
    nothing = search("qqqqqq", "en")
    assert nothing.total == 0 and nothing.did_you_mean is None
    # Under the reader's filters: a zero that is the filters' gets no other spelling.
    calls = Filters(page_type="cms.CallPage")
    assert did_you_mean("legislatoin", "en", calls) is None
    assert search("legislatoin", "en", filters=calls).did_you_mean is None


def test_close_words_come_from_the_languages_own_vocabulary(site_pages):
    from search.spelling import close_words

    assert close_words("legislatoin", "en", n=1, cutoff=0.8) == ["legislation"]
    assert close_words("elgislation", "en", n=1, cutoff=0.8) == ["legislation"]  # swapped
    assert close_words("legislationlegislation", "en", n=1, cutoff=0.5) == []  # too long


def test_a_newly_published_word_is_known_for_typos_at_once_and_a_rebuild_forgets_it(
    site_pages,
):
    from search.models import SearchWord
    from search.spelling import close_words

    page = site_pages["services", "en"]
    page.intro = "Quokkaberries grow here."
    page.save_revision().publish()
    index_page(page.pk)
    # No per-process copy to wait for: the next typo lookup anywhere sees the word.
    assert close_words("quokkaberires", "en", n=1, cutoff=0.8) == ["quokkaberries"]
    assert titles("quokkaberires", "en")[0] == "services en"
    assert not SearchWord.objects.filter(word="quokkaberries").exclude(locale="en").exists()
    page.intro = ""
    page.save_revision().publish()
    index_page(page.pk)
    rebuild()
    assert close_words("quokkaberires", "en", n=1, cutoff=0.8) == []
    assert SearchWord.objects.filter(locale="en", word="legislation").exists()


def test_did_you_mean_never_offers_a_word_only_a_hidden_page_holds(site_pages):
    from search.service import did_you_mean

    page = site_pages["services", "en"]
    page.intro = "Quokkaberries and legislation."
    page.save_revision().publish()
    index_page(page.pk)
    assert did_you_mean("quokkaberires legislatoin", "en") == "quokkaberries legislation"
    # Made private: its words stay in the vocabulary until a rebuild, but a suggestion made
    # of them would tell readers what the private page says.
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert did_you_mean("quokkaberires legislatoin", "en") is None
    assert did_you_mean("legislatoin", "en") == "legislation"


def test_the_migration_fills_the_vocabulary_from_an_existing_index(site_pages):
    import importlib

    from django.apps import apps

    from search.models import SearchWord

    migration = importlib.import_module("search.migrations.0003_search_words")
    expected = set(SearchWord.objects.values_list("locale", "word"))
    SearchWord.objects.all().delete()
    migration.fill(apps, None)
    assert set(SearchWord.objects.values_list("locale", "word")) == expected
    assert ("en", "legislation") in expected
    assert {locale for locale, _word in expected} == {"fi", "sv", "en"}


def test_a_misspelt_word_among_known_ones_is_corrected_in_the_one_statement(
    site_pages, monkeypatch
):
    from search import fulltext

    statements = []
    real = fulltext.search
    monkeypatch.setattr(
        fulltext, "search", lambda *args, **kw: statements.append(args[0]) or real(*args, **kw)
    )
    assert titles("legislation services", "en")  # every word known: one statement
    assert len(statements) == 1
    statements.clear()
    # "services" alone would find pages; the misspelt word still gets its correction, so the
    # page holding both words comes first.
    assert titles("legislatoin services", "en")[0] == "legislation en"
    assert len(statements) == 1 and "legisl" in statements[0]["en"][0].terms
    statements.clear()
    assert search("qqqqqq", "en").total == 0  # nothing close: nothing more to try
    # (but the other languages' count, for the reader's "results in other languages")
    assert [sorted(by_language) for by_language in statements] == [["en"], ["fi", "sv"]]


def test_a_word_only_hidden_pages_hold_is_corrected_by_a_second_statement(site_pages, monkeypatch):
    """The index knows the word, but only from a page no reader may see: the search itself
    finds that out, and searches again with close spellings, showing nothing hidden."""
    from search import fulltext

    hidden = site_pages["services", "en"]
    hidden.intro = "Legislatoin, misspelt on a private page."
    hidden.save_revision().publish()
    index_page(hidden.pk)
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    statements = []
    real = fulltext.search
    monkeypatch.setattr(
        fulltext, "search", lambda *args, **kw: statements.append(args[0]) or real(*args, **kw)
    )
    found = titles("legislatoin", "en")
    assert "legislation en" in found and "services en" not in found
    assert len(statements) == 2 and "legisl" in statements[1]["en"][0].terms


def test_editors_promotions_are_shown_in_the_searchs_language_only(site_pages):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    query = Query.get("apply")
    SearchPromotion.objects.create(query=query, page=site_pages["call", "en"], sort_order=0)
    SearchPromotion.objects.create(query=query, page=site_pages["call", "fi"], sort_order=1)
    promoted = search("Apply", "en").promoted
    assert [p["id"] for p in promoted] == [site_pages["call", "en"].pk]
    # In quotation marks (a phrase) it is the same query to editors' pins.
    assert search("Apply", "en").promoted == search('"apply"', "en").promoted
    assert search("„Apply now”", "en").promoted == []  # other words: other pins
    site_pages["call", "en"].unpublish()
    assert search("apply", "en").promoted == []


def test_searches_are_logged_for_editors(client, site_pages, admin_client):
    from wagtail.contrib.search_promotions.models import Query

    from search.models import UnansweredQuery

    client.get("/api/search/", {"q": "Services", "locale": "en"})
    client.get("/en/search/", {"q": "nothingmatches"})
    client.get("/en/search/", {"q": "nothingmatches"})
    assert Query.get("services").hits == 1
    missing = UnansweredQuery.objects.get(query_string="nothingmatches", locale="en")
    assert missing.count == 2
    # A filter's zero is no miss, and a facet, sort or page click is no new search.
    client.get("/en/search/", {"q": "services", "type": "cms.CallPage"})
    client.get("/api/search/", {"q": "services", "locale": "en", "date_from": "2999-01-01"})
    client.get("/en/search/", {"q": "services", "sort": "newest"})
    client.get("/api/search/", {"q": "services", "locale": "en", "page": 2})
    assert Query.get("services").hits == 1
    assert not UnansweredQuery.objects.filter(query_string="services").exists()
    listing = admin_client.get("/admin/unanswered_searches/")
    assert listing.status_code == 200 and "nothingmatches" in listing.content.decode()


def test_a_search_across_languages_finds_every_language_with_its_own_analysis(site_pages):
    english = {hit.title for hit in search("services", "en").hits}
    everywhere = search("services", "all")
    assert everywhere.locale == "all"
    assert {"services fi", "services sv", "services en"} <= {hit.title for hit in everywhere.hits}
    assert everywhere.total > len(english)
    assert {hit.locale for hit in everywhere.hits} == {"fi", "sv", "en"}
    # Finnish inflection still applies to the Finnish pages: "kunnan" finds "Kunta".
    assert "Foorumi fi" in {hit.title for hit in search("kunnan", "all").hits}
    # Facets count all languages; paging is one order across them.
    assert sum(value["count"] for value in everywhere.facets["type"]) == everywhere.total
    one_by_one = [search("services", "all", page=n, per_page=1).hits[0].id for n in (1, 2, 3)]
    assert one_by_one == [hit.id for hit in everywhere.hits[:3]]


def test_a_search_across_languages_keeps_drafts_private_and_expired_pages_out(site_pages):
    private = site_pages["legislation", "sv"]
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = site_pages["legislation", "fi"]
    type(expired).objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    found = {hit.id for hit in search("legislation", "all").hits}
    assert site_pages["legislation", "en"].pk in found
    assert private.pk not in found and expired.pk not in found


def test_a_typo_across_languages_is_only_a_word_no_language_knows(site_pages, monkeypatch):
    from search import fulltext

    statements = []
    real = fulltext.search
    monkeypatch.setattr(
        fulltext, "search", lambda *args, **kw: statements.append(args[0]) or real(*args, **kw)
    )
    # "forum" is on an English page only: Finnish and Swedish do not look for close
    # spellings of it (that would add pages for words nobody typed).
    assert "Forum en" in titles("forum", "all")
    assert len(statements) == 1
    statements.clear()
    # One word: its own search, which matched nothing and cost little, tells it is a typo.
    assert "legislation en" in titles("legislatoin", "all")
    assert len(statements) == 2 and "legisl" in statements[1]["en"][0].terms
    statements.clear()
    # Several words: the look before the search tells, and the search is done once.
    assert "legislation en" in titles("legislatoin forum", "all")
    assert len(statements) == 1 and "legisl" in statements[0]["en"][0].terms


def test_search_api_defaults_to_the_requests_language_and_takes_all(client, site_pages):
    swedish = client.get("/api/search/", {"q": "services"}, HTTP_ACCEPT_LANGUAGE="sv")
    assert swedish.status_code == 200 and swedish.json()["locale"] == "sv"
    assert {hit["locale"] for hit in swedish.json()["results"]} == {"sv"}
    everywhere = client.get("/api/search/", {"q": "services", "locale": "all"})
    assert everywhere.status_code == 200
    assert_matches_openapi(everywhere)
    assert {hit["locale"] for hit in everywhere.json()["results"]} == {"fi", "sv", "en"}
    bad = client.get("/api/search/", {"q": "services", "locale": "de"})
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_request"
    suggestions = client.get("/api/search/suggest/", {"q": "servi", "locale": "all"}).json()
    assert {item["title"] for item in suggestions} >= {"services fi", "services en"}


def test_search_page_offers_all_languages_and_marks_other_languages(client, site_pages):
    here = client.get("/en/search/", {"q": "services"}).content.decode()
    assert "services fi" not in here and 'name="locale" value="all"' in here
    everywhere = client.get("/en/search/", {"q": "services", "locale": "all"}).content.decode()
    assert "services fi" in everywhere and 'lang="fi"' in everywhere
    assert '<p class="search-kind">Suomi</p>' in everywhere
    none = client.get("/en/search/", {"q": "qwxzv"}).content.decode()
    assert "?q=qwxzv&amp;locale=all" in none


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # as the other such tests
def test_a_rebuild_leaves_the_index_merged_and_on_postgresql_vacuumed():
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as outside:
        rebuilding._tidy()
    with CaptureQueriesContext(connection) as inside, transaction.atomic():
        rebuilding._tidy()  # no VACUUM in a transaction: only what can run there
    outside, inside = (" ".join(q["sql"] for q in c.captured_queries) for c in (outside, inside))
    if connection.vendor == "postgresql":
        assert "VACUUM (ANALYZE) search_searchtext" in outside
        assert "VACUUM (ANALYZE) search_vector" in outside  # the vector table too
        assert "VACUUM" not in inside and "'search_vector_gin'" in inside
    else:
        assert "'optimize'" in outside and "ANALYZE search_searchtext" in outside


def test_a_hit_links_to_where_the_page_is_now(site_pages, django_capture_on_commit_callbacks):
    """Hit URLs are routed once per page path: a new slug or a move gives the new URL."""
    page = site_pages["services", "en"]
    old_url = search("services", "en").hits[0].url
    assert old_url == page.url
    with django_capture_on_commit_callbacks(execute=True):
        page.slug = "help-services"
        page.save_revision().publish()
    page.refresh_from_db()
    renamed = search("services", "en").hits[0]
    assert renamed.id == page.pk and renamed.url == page.url != old_url
    target = site_pages["forum", "en"]
    with django_capture_on_commit_callbacks(execute=True):
        page.move(target, pos="last-child")
    page.refresh_from_db()
    moved = search("services", "en").hits[0]
    assert moved.url == page.url and moved.url.startswith(target.url)


def test_the_search_page_past_the_end_shows_the_last_page(client, site_pages):
    total = search("services", "en").total
    assert 0 < total <= 10
    html = client.get("/en/search/", {"q": "services", "page": 5}).content.decode()
    assert "Nothing matched" not in html
    assert "services en" in html


def test_did_you_mean_keeps_the_search_in_every_language(client, site_pages, monkeypatch):
    from search import service

    monkeypatch.setattr(service, "did_you_mean", lambda query, locale, filters: "legislation")
    html = client.get("/en/search/", {"q": "qqqqqq", "locale": "all", "audience": "x"})
    assert 'href="?q=legislation&amp;locale=all&amp;audience=x"' in html.content.decode()


@pytest.mark.parametrize("reader", ["fi", "sv", "en"])
def test_a_search_across_languages_puts_the_readers_language_first(site_pages, reader):
    from django.utils import translation

    with translation.override(reader):
        hits = search("services", "all").hits
    assert {hit.locale for hit in hits} == {"fi", "sv", "en"}
    assert hits[0].locale == reader and hits[0].title == f"services {reader}"
    with translation.override(reader):  # newest first stays newest first
        newest = search("services", "all", sort="newest").hits
    dates = [hit.published_at for hit in newest if hit.published_at]
    assert dates == sorted(dates, reverse=True)


def test_a_country_finds_the_pages_about_its_people(site_pages):
    page = site_pages["services", "fi"]
    republish(page, intro="Kunta järjestää tukea ukrainalaisille perheille.")
    hit = next(h for h in search("Ukraina", "fi").hits if h.id == page.pk)
    assert "<mark>ukrainalaisille</mark>" in hit.snippet


@pytest.mark.parametrize("locale", ["fi", "all"])
def test_a_type_or_audience_no_page_can_have_finds_nothing_without_error(
    client, site_pages, locale
):
    """A NUL byte or other odd characters in a filter (a URL edited by hand): PostgreSQL
    refuses NUL in a parameter, which had been a 500 on the search page and the API."""
    for filters in (Filters(audience="a\x00b"), Filters(page_type="cms.\x00Page")):
        results = search("services", locale, filters=filters)
        assert results.total == 0 and results.hits == []
    page = client.get("/fi/search/", {"q": "services", "audience": "a\x00b", "locale": locale})
    assert page.status_code == 200
    page = client.get("/fi/search/", {"q": "services", "type": "x\x00", "locale": locale})
    assert page.status_code == 200
    api = client.get("/api/search/", {"q": "services", "audience": "a\x00b", "locale": locale})
    assert api.status_code == 400 and api.json()["code"] == "invalid_request"
    # A real slug still filters.
    assert client.get("/api/search/", {"q": "x", "audience": "päättäjät-fi"}).status_code == 200


def test_a_search_finding_nothing_names_the_other_languages_whose_pages_match(site_pages):
    """``kunta`` is on the Finnish forum news alone: searched in English it finds nothing,
    and the results say how many Finnish pages the same word finds."""
    finnish = search("kunta", "fi").total
    assert finnish >= 1
    nothing = search("kunta", "en")
    assert nothing.total == 0
    assert nothing.other_languages == [{"locale": "fi", "name": "Suomi", "total": finnish}]
    # Counted with each language's own analysis: the Finnish ``kunnille`` is ``kunta``.
    assert search("kunnille", "sv").other_languages == nothing.other_languages
    # Not where the search found something, across languages, under filters, or past page 1.
    assert search("kunta", "fi").other_languages == []
    assert search("kunta", "all").other_languages == []
    calls = Filters(page_type="cms.CallPage")
    assert search("kunta", "en", filters=calls).other_languages == []
    assert search("kunta", "en", page=2).other_languages == []
    assert search("qqqqqq", "en").other_languages == []


def test_other_languages_never_count_a_page_readers_may_not_see(site_pages):
    page = site_pages["forum", "fi"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert search("kunta", "en").other_languages == []
    PageViewRestriction.objects.filter(page=page).delete()
    page.unpublish()
    index_page(page.pk)  # as the unpublish hook does, on commit
    assert search("kunta", "en").other_languages == []


def test_other_languages_in_the_api_and_on_the_search_page(client, site_pages):
    response = client.get("/api/search/", {"q": "kunta", "locale": "sv"})
    assert_matches_openapi(response)
    assert response.json()["other_languages"] == [{"locale": "fi", "name": "Suomi", "total": 1}]
    found = client.get("/api/search/", {"q": "kunta", "locale": "fi"}).json()
    assert found["total"] == 1 and found["other_languages"] == []
    html = client.get("/sv/search/", {"q": "kunta"}).content.decode()
    # A link to the Finnish search page for the same words, in the page's language.
    assert '<a href="/fi/search/?q=kunta" hreflang="fi">Suomi: 1 träff</a>' in html
    english = client.get("/en/search/", {"q": "kunta"}).content.decode()
    assert ">1 result in Suomi</a>" in english
