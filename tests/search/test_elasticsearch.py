"""The Elasticsearch/OpenSearch index: mappings and query bodies checked offline; a live round
trip when ELASTICSEARCH_URL points at a server (none can run on this machine)."""

import datetime as dt
import os

import pytest

from search import elasticsearch as es
from search import finnish
from search.analysis import analyse, query_word, stored_term_list
from search.service import Filters


def test_one_index_per_language_with_its_analyzer():
    for locale, analyzer in (("fi", "finnish"), ("sv", "swedish"), ("en", "english")):
        body = es.index_body(locale)
        assert es.index_name(locale).endswith(f"-search-{locale}")
        props = body["mappings"]["properties"]
        assert props["title"]["analyzer"] == analyzer and props["text"]["analyzer"] == analyzer
        # Our own analysis, pre-computed, is only split by the cluster (into words on
        # whitespace, then into each word's terms: see the test below).
        assert props["title_terms"]["analyzer"] == "portal_terms"
        assert body["settings"]["analysis"]["analyzer"]["portal_terms"]["tokenizer"] == "whitespace"
        assert body["mappings"]["dynamic"] == "strict"


def test_document_carries_the_same_terms_as_the_database_index(site_pages):
    from search.models import SearchEntry

    entry = SearchEntry.objects.get(page_id=site_pages["services", "fi"].pk)
    entry.audience_list = [{"slug": "decision-makers-fi", "name": "Päättäjät"}]
    doc = es.document(entry)
    assert doc["entry_id"] == entry.id and doc["page_id"] == entry.page_id
    assert doc["document_id"] is None and doc["audiences"] == ["decision-makers-fi"]
    assert stored_term_list(doc["title_terms"]) == analyse(entry.title, "fi")
    assert set(stored_term_list(doc["text_terms"])) == set(analyse(entry.content.text, "fi"))
    assert set(doc) == set(es.index_body("fi")["mappings"]["properties"])


def test_each_words_terms_share_a_position_for_phrases():
    # The stored terms keep each word's terms together (``koti|kotona suomi``): the
    # analyzer gives them one position, so a phrase is a phrase of words.
    analysis = es.index_body("fi")["settings"]["analysis"]
    assert analysis["analyzer"]["portal_terms"]["filter"] == ["portal_word_terms"]
    capture = analysis["filter"]["portal_word_terms"]
    assert capture["type"] == "pattern_capture" and capture["preserve_original"] is False
    assert capture["patterns"] == ["([^|]+)"]


def test_a_quoted_phrase_is_a_filter_of_words_in_a_row():
    body = es.query_body('kunta "monikielinen neuvonta"', "fi")
    filters = body["query"]["bool"]["filter"]
    words = " ".join(
        "|".join(query_word(word, "fi").whole) for word in ("monikielinen", "neuvonta")
    )
    phrase = {
        "bool": {
            "should": [
                {"match_phrase": {"title_terms": {"query": words}}},
                {"match_phrase": {"text_terms": {"query": words}}},
            ],
            "minimum_should_match": 1,
        }
    }
    assert phrase in filters and len(filters) == 2  # beside the expiry
    # A compound word of a phrase is the compound itself, not its parts.
    compound = es.phrases_held('"kotoutumispalvelut kunnissa"', "fi")
    query = compound[0]["bool"]["should"][0]["match_phrase"]["title_terms"]["query"]
    assert query == "kotoutumispalvelu kunta"
    # Across languages, the phrase in each language's terms, in that language's index
    # alone; no quotes, no phrase.
    across = es.phrases_held('"services for"', "all")[0]["bool"]["should"]
    assert [pinned["bool"]["filter"][0] for pinned in across] == [
        {"term": {"_index": es.index_name(code)}} for code in ("fi", "sv", "en")
    ]
    english = across[2]["bool"]["filter"][1]["bool"]["should"]
    assert english[0] == {"match_phrase": {"title_terms": {"query": "servic for"}}}
    assert es.phrases_held("monikielinen neuvonta", "fi") == []
    assert len(es.query_body("kunta", "fi")["query"]["bool"]["filter"]) == 1


def test_query_body_uses_our_terms_filters_and_facets():
    body = es.query_body(
        "kuntien kotoutumispalvelut",
        "fi",
        filters=Filters(
            page_type="cms.NewsPage", audience="paattajat", date_from=dt.date(2021, 1, 1)
        ),
        page=2,
        per_page=10,
    )
    should = body["query"]["bool"]["should"]
    terms = should[0]["match"]["title_terms"]["query"].split()
    assert "kunta" in terms and "palvelu" in terms  # Voikko base forms and compound parts
    assert should[0]["match"]["title_terms"]["boost"] == es.TITLE_BOOST
    news, readers = {"term": {"page_type": "cms.NewsPage"}}, {"terms": {"audiences": ["paattajat"]}}
    # The facets' filters narrow the hits after the aggregations, each of which counts
    # under the other's (what choosing one of its values gives); the dates narrow all.
    assert body["post_filter"] == {"bool": {"filter": [news, readers]}}
    assert body["aggs"]["type"]["filter"] == {"bool": {"filter": [readers]}}
    assert body["aggs"]["audience"]["filter"] == {"bool": {"filter": [news]}}
    assert body["aggs"]["type"]["aggs"]["values"]["terms"]["field"] == "page_type"
    assert news not in body["query"]["bool"]["filter"]
    dates = {"gte": "2021-01-01", "time_zone": "Europe/Helsinki"}
    assert {"range": {"published_at": dates}} in body["query"]["bool"]["filter"]
    assert "post_filter" not in es.query_body("x", "fi", filters=Filters())
    # Across languages an audience is chosen by its slug in every language.
    same = Filters(audience="paattajat", same_audience=("beslutsfattare", "paattajat"))
    chosen = es.query_body("x", "all", filters=same)["post_filter"]["bool"]["filter"]
    assert chosen == [{"terms": {"audiences": ["beslutsfattare", "paattajat"]}}]
    # Across languages the reader's language's index weighs more; not in one language or
    # when the newest come first.
    across = es.query_body("x", "all", prefer="sv")
    assert across["indices_boost"] == [{es.index_name("sv"): es.LANGUAGE_BOOST}]
    assert "indices_boost" not in es.query_body("x", "fi", prefer="fi")
    assert "indices_boost" not in es.query_body("x", "all", prefer="sv", sort="newest")
    assert body["from"] == 10 and body["size"] == 10
    assert "highlight" not in body  # snippets are ours, as on the database path
    assert set(body["aggs"]) == {"type", "audience"}
    assert body["sort"][0] == "_score"
    assert es.query_body("x", "en", sort="newest")["sort"][0] == {
        "published_at": {"order": "desc", "missing": "_last"}
    }


def _words_held(should: list[dict]) -> list[dict]:
    """The ``words_held`` clauses of a query body's ``should``."""
    return [clause for clause in should if "constant_score" in clause]


def _holds(clause: dict, terms: set[str]) -> bool:
    """Whether a document whose title and text hold ``terms`` matches a ``words_held``
    clause: the query's logic evaluated here (terms, bool should / filter)."""
    if "constant_score" in clause:
        return _holds(clause["constant_score"]["filter"], terms)
    if "terms" in clause:
        return bool(set(next(iter(clause["terms"].values()))) & terms)
    bool_query = clause["bool"]
    if "filter" in bool_query:
        return all(_holds(part, terms) for part in bool_query["filter"])
    return any(_holds(part, terms) for part in bool_query["should"])


@pytest.mark.skipif(not finnish.available(), reason="compound words are Voikko's")
def test_query_body_ranks_documents_holding_more_of_the_words_themselves_first():
    body = es.query_body("kotoutumispalvelut kunnissa", "fi")
    held = [c for c in body["query"]["bool"]["should"] if "constant_score" in c]
    assert [c["constant_score"]["boost"] for c in held] == [es.WORD_WEIGHT] * 2
    compound, kunta = held
    assert _holds(compound, {"kotoutumispalvelu", "kotoutuminen", "palvelu"})
    assert _holds(compound, {"kotoutua", "palvelu"})  # "kotoutumisen palvelut"
    assert not _holds(compound, {"palvelu"}) and not _holds(compound, {"kotoutuminen"})
    assert _holds(kunta, {"kunta"}) and not _holds(kunta, {"palvelu"})
    # Across languages each language's word holds in its own index alone: a word analysed
    # alike in several languages counts once a document.
    across = es.query_body("helsinki", "all")["query"]["bool"]["should"]
    pinned = [c["constant_score"]["filter"]["bool"]["filter"] for c in _words_held(across)]
    assert [index for index, _held in pinned] == [
        {"term": {"_index": es.index_name(code)}} for code in ("fi", "sv", "en")
    ]
    assert all(_holds(held, {query_word("helsinki", "fi").terms[0]}) for _i, held in pinned)


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="needs a live cluster at ELASTICSEARCH_URL"
)
def test_live_round_trip(site_pages):
    from search.models import SearchEntry

    backend = es.ElasticsearchBackend(urls=os.environ["ELASTICSEARCH_URL"].split(","))
    entries = SearchEntry.objects.filter(locale="fi").select_related("content")
    assert backend.replace_all("fi", entries.iterator()) == entries.count()
    entry = SearchEntry.objects.get(page_id=site_pages["services", "fi"].pk)
    response = backend.search("services", "fi")
    assert response["hits"]["hits"][0]["_source"]["entry_id"] == entry.id
    # A word's terms share a position; a phrase wants its words in a row.
    tokens = backend.client.indices.analyze(
        index=es.index_name("fi"), analyzer="portal_terms", text="koti|kotona suomi"
    )["tokens"]
    assert [(t["token"], t["position"]) for t in tokens] == [
        ("koti", 0),
        ("kotona", 0),
        ("suomi", 1),
    ]
    ids = [
        hit["_source"]["entry_id"]
        for hit in backend.search('"services intro"', "fi")["hits"]["hits"]
    ]
    assert ids == [entry.id]
    assert backend.search('"intro services"', "fi")["hits"]["hits"] == []
    # Across languages each language's phrase holds in its own index (``_index`` takes the
    # alias): the English page by its English terms, the Finnish one by its Finnish terms.
    english = SearchEntry.objects.filter(locale="en").select_related("content")
    assert backend.replace_all("en", english.iterator()) == english.count()
    english_entry = english.get(page_id=site_pages["services", "en"].pk)
    across = backend.search('"services intro"', "all")["hits"]["hits"]
    assert {hit["_source"]["entry_id"] for hit in across} == {entry.id, english_entry.id}
    backend.delete("fi", entry.id)
    backend.delete("fi", entry.id)  # already gone: not an error
    backend.client.indices.refresh(index=es.index_name("fi"))
    ids = [hit["_source"]["entry_id"] for hit in backend.search("services", "fi")["hits"]["hits"]]
    assert entry.id not in ids


def test_search_through_the_cluster_maps_hits_facets_and_rechecks_publishing(
    site_pages, settings, monkeypatch
):
    """The service's Elasticsearch path, with the cluster's answer recorded in ES 8's shape."""
    from django.utils import timezone

    from search import service
    from search.models import SearchEntry

    services = site_pages["services", "en"]
    expired = site_pages["legislation", "en"]
    entry_of = dict(SearchEntry.objects.values_list("page_id", "id"))
    type(expired).objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    sent = {}

    class RecordedCluster:
        def search(self, query, locale, **options):
            sent.update(query=query, locale=locale, **options)
            return {
                "hits": {
                    "total": {"value": 2, "relation": "eq"},
                    "hits": [
                        {
                            "_source": {"entry_id": entry_of[services.pk]},
                            "_score": 7.5,
                            # Not asked for: an older body's answer is not used.
                            "highlight": {"text": ["the cluster's <mark>own</mark>"]},
                        },
                        {"_source": {"entry_id": entry_of[expired.pk]}, "_score": 2.0},
                    ],
                },
                "aggregations": {
                    "type": {
                        "doc_count": 2,
                        "values": {"buckets": [{"key": "cms.SectionPage", "doc_count": 2}]},
                    },
                    "audience": {"doc_count": 0, "values": {"buckets": []}},
                },
            }

    settings.SEARCH_BACKEND = "elasticsearch"
    monkeypatch.setattr(service, "ElasticsearchBackend", RecordedCluster)
    results = service.search("services", "en", filters=Filters(page_type="cms.SectionPage"))
    assert sent["locale"] == "en" and sent["filters"].page_type == "cms.SectionPage"
    assert [hit.id for hit in results.hits] == [services.pk]  # the expired page dropped
    assert "<mark>services</mark>" in results.hits[0].snippet
    assert "own" not in results.hits[0].snippet
    assert results.facets["type"] == [
        {"value": "cms.SectionPage", "label": "Section page", "count": 2}
    ]


def test_query_body_counts_nothing_a_reader_may_not_see():
    now = dt.datetime(2026, 11, 26, 12, tzinfo=dt.UTC)
    body = es.query_body("x", "fi", now=now, restricted_paths=["000100020003"])
    unexpired = body["query"]["bool"]["filter"][0]["bool"]["should"]
    assert {"bool": {"must_not": {"exists": {"field": "expire_at"}}}} in unexpired
    assert {"range": {"expire_at": {"gt": now.isoformat()}}} in unexpired
    assert body["query"]["bool"]["must_not"] == [{"prefix": {"path": "000100020003"}}]
    assert es.index_body("fi")["mappings"]["properties"]["path"] == {"type": "keyword"}


class FakeCluster:
    """An in-memory stand-in for the Elasticsearch/OpenSearch client: indices with their
    bodies and documents, aliases, and a bulk endpoint. A write to a name that is neither
    an index nor an alias creates an index with guessed mappings, as a real cluster does."""

    def __init__(self):
        self.created = {}  # index -> body ("guessed" when the cluster made it up)
        self.docs = {}  # index -> {id: source}
        self.aliases = {}  # alias -> {index}
        self.bulk_requests = 0
        self.fail = None
        self.indices = self

    def _resolve(self, name):
        if name in self.aliases and self.aliases[name]:
            (index,) = self.aliases[name]
            return index
        return name

    def exists(self, index):
        return index in self.created or bool(self.aliases.get(index))

    def exists_alias(self, name):
        return bool(self.aliases.get(name))

    def get_alias(self, name):
        return {index: {"aliases": {name: {}}} for index in self.aliases[name]}

    def create(self, index, body):
        self.created[index], self.docs[index] = body, {}
        for alias in body.get("aliases", {}) if isinstance(body, dict) else ():
            self.aliases.setdefault(alias, set()).add(index)

    def delete(self, index):
        del self.created[index], self.docs[index]

    def refresh(self, index):
        assert index in self.created

    def update_aliases(self, body):
        for action in body["actions"]:
            for verb, target in action.items():
                members = self.aliases.setdefault(target["alias"], set())
                (members.add if verb == "add" else members.discard)(target["index"])

    def bulk(self, body):
        if self.fail:
            raise self.fail
        self.bulk_requests += 1
        items, lines = [], iter(body)
        for action in lines:
            ((verb, meta),) = action.items()
            index = self._resolve(meta["_index"])
            if verb == "index":
                if index not in self.created:
                    self.create(index, "guessed")
                self.docs[index][meta["_id"]] = next(lines)
                items.append({verb: {"status": 201}})
            else:
                found = self.docs.get(index, {}).pop(meta["_id"], None)
                status = 200 if found else 404
                items.append({verb: {"status": status, **({"error": "gone"} if not found else {})}})
        return {"errors": any("error" in item[v] for item in items for v in item), "items": items}

    def live(self, alias):
        """The documents searches see through the alias."""
        return self.docs[self._resolve(alias)]


@pytest.fixture
def cluster(settings, monkeypatch):
    from search import indexing, rebuild

    fake = FakeCluster()
    settings.SEARCH_BACKEND = "elasticsearch"
    for module in (indexing, rebuild):  # each change, and the whole load
        monkeypatch.setattr(
            module, "ElasticsearchBackend", lambda: es.ElasticsearchBackend(client=fake)
        )
    return fake


def test_the_first_write_creates_the_index_with_our_mappings_behind_an_alias(site_pages, cluster):
    from search.indexing import index_page

    page = site_pages["services", "fi"]
    index_page(page.pk)
    alias = es.index_name("fi")
    (index,) = cluster.aliases[alias]
    assert (
        index.startswith(f"{alias}-")
        and cluster.created[index]["mappings"] == (es.index_body("fi")["mappings"])
    )
    assert [doc["page_id"] for doc in cluster.live(alias).values()] == [page.pk]


def test_rebuild_loads_new_indices_in_bulk_and_moves_the_aliases(site_pages, cluster):
    from search.models import SearchEntry
    from search.rebuild import rebuild

    # Before this project owned the cluster, a write made an index of the alias's name.
    cluster.create(es.index_name("sv"), "guessed")
    rebuild(workers=0)
    first = {locale: set(cluster.aliases[es.index_name(locale)]) for locale in ("fi", "sv", "en")}
    for locale in ("fi", "sv", "en"):
        ids = {
            str(pk) for pk in SearchEntry.objects.filter(locale=locale).values_list("id", flat=True)
        }
        assert set(cluster.live(es.index_name(locale))) == ids
        assert cluster.created[next(iter(first[locale]))] != "guessed"
    assert es.index_name("sv") not in cluster.created  # the guessed index is gone
    assert cluster.bulk_requests == 3  # one request per language, not one per entry
    rebuild(workers=0)
    for locale in ("fi", "sv", "en"):
        alias = es.index_name(locale)
        assert cluster.aliases[alias] and cluster.aliases[alias].isdisjoint(first[locale])
        assert not any(index in cluster.created for index in first[locale])  # old ones dropped
        assert len(cluster.live(alias)) == SearchEntry.objects.filter(locale=locale).count()


def test_a_page_published_while_the_cluster_loads_is_not_lost(site_pages, cluster, monkeypatch):
    from search.indexing import index_page
    from search.models import SearchEntry
    from search.rebuild import rebuild

    page = site_pages["services", "en"]
    real = es.ElasticsearchBackend.replace_all

    def publish_meanwhile(self, locale, entries):
        entries = list(entries)  # everything read; now an editor publishes
        if locale == "en":
            type(page).objects.filter(pk=page.pk).update(title="Services renewed")
            index_page(page.pk)
        return real(self, locale, entries)

    monkeypatch.setattr(es.ElasticsearchBackend, "replace_all", publish_meanwhile)
    rebuild(workers=0)
    entry = SearchEntry.objects.get(page_id=page.pk)
    live = cluster.live(es.index_name("en"))
    assert live[str(entry.id)]["title"] == "Services renewed"
    assert [doc for doc in live.values() if doc["page_id"] == page.pk] == [live[str(entry.id)]]


def test_a_cluster_failure_does_not_fail_the_editor_and_is_logged(site_pages, cluster, caplog):
    from search.indexing import index_page
    from search.models import SearchEntry

    page = site_pages["services", "fi"]
    cluster.fail = ConnectionError("cluster down")
    assert index_page(page.pk) is True
    assert SearchEntry.objects.filter(page_id=page.pk).exists()
    assert "run rebuild_search_index" in caplog.text


def test_deleting_a_page_removes_it_from_the_cluster(
    site_pages, cluster, django_capture_on_commit_callbacks
):
    from search.rebuild import rebuild

    rebuild(workers=0)
    page = site_pages["legislation", "fi"]
    alias = es.index_name("fi")
    assert any(doc["page_id"] == page.pk for doc in cluster.live(alias).values())
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert not any(doc["page_id"] == page.pk for doc in cluster.live(alias).values())


def test_when_the_cluster_cannot_answer_the_database_index_does(
    site_pages, settings, monkeypatch, caplog
):
    from search import service

    class DownCluster:
        def search(self, *args, **kwargs):
            raise ConnectionError("cluster down")

    settings.SEARCH_BACKEND = "elasticsearch"
    monkeypatch.setattr(service, "ElasticsearchBackend", DownCluster)
    results = service.search("services", "en")
    assert results.hits[0].title == "services en" and "<mark>" in results.hits[0].snippet
    assert results.facets["type"] and "searching the database index" in caplog.text


def test_a_search_across_languages_asks_every_language_index_with_each_analysis():
    body = es.query_body("kuntien services", "all")
    names = es.index_name("all").split(",")
    assert names == [es.index_name(code) for code in ("fi", "sv", "en")]
    # Each language's terms score in its own index only: a word analysed alike in two
    # languages (or a term of one that a page of another happens to hold) counts once.
    scored = body["query"]["bool"]["should"][:3]
    assert [clause["bool"]["filter"] for clause in scored] == [
        [{"term": {"_index": name}}] for name in names
    ]
    finnish, _swedish, english = (
        clause["bool"]["should"][0]["match"]["title_terms"]["query"].split() for clause in scored
    )
    assert "kunta" in finnish and "servic" not in finnish  # Finnish base form
    assert "servic" in english and "kunta" not in english  # English stem
    assert scored[0]["bool"]["should"][0]["match"]["title_terms"]["boost"] == es.TITLE_BOOST


def test_a_hits_snippet_on_the_cluster_path_shows_where_the_phrase_stands(
    site_pages, settings, monkeypatch
):
    from search import service
    from search.models import SearchEntry
    from tests.search import republish

    page = site_pages["services", "en"]
    republish(
        page, intro="Advice is free. " + "Towns help. " * 12 + "We offer multilingual advice."
    )
    entry_id = SearchEntry.objects.get(page_id=page.pk).id

    class RecordedCluster:
        def search(self, query, locale, **options):
            hit = {"_source": {"entry_id": entry_id}, "_score": 1.0}
            return {"hits": {"total": {"value": 1}, "hits": [hit]}, "aggregations": {}}

    settings.SEARCH_BACKEND = "elasticsearch"
    monkeypatch.setattr(service, "ElasticsearchBackend", RecordedCluster)
    (hit,) = service.search('"multilingual advice"', "en").hits
    assert hit.snippet.startswith("…")
    assert "<mark>multilingual</mark> <mark>advice</mark>" in hit.snippet


def test_the_cluster_gets_a_misspelt_word_respelled_from_the_database_vocabulary(
    site_pages, settings, monkeypatch
):
    """The cluster has no vocabulary: a word no language's index holds is sent as its
    closest respelling, as the database path searches it (here without its marks, and
    with a letter swapped); the words the index holds go as typed."""
    from search import service
    from tests.search import record_cluster_queries, republish

    republish(site_pages["services", "sv"], intro="Ett försök i kommunerna.")
    sent = record_cluster_queries(settings, monkeypatch)
    corrected = service.search("Forsok i kommunerna", "sv").corrected_query
    assert corrected == "försök i kommunerna"  # what the results are for
    service.search("kommunrena", "sv")
    assert service.search("services", "en").corrected_query is None
    service.search("zzzqqq", "en")  # nothing close: as typed
    assert sent == ["försök i kommunerna", "kommunerna", "services", "zzzqqq"]
