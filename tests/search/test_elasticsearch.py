"""The Elasticsearch/OpenSearch index: mappings and query bodies checked offline; a live round
trip when ELASTICSEARCH_URL points at a server (none can run on this machine)."""

import datetime as dt
import os

import pytest

from search import elasticsearch as es
from search.service import Filters


def test_one_index_per_language_with_its_analyzer():
    for locale, analyzer in (("fi", "finnish"), ("sv", "swedish"), ("en", "english")):
        body = es.index_body(locale)
        assert es.index_name(locale).endswith(f"-search-{locale}")
        props = body["mappings"]["properties"]
        assert props["title"]["analyzer"] == analyzer and props["text"]["analyzer"] == analyzer
        # Our own analysis, pre-computed, is only split on whitespace by the cluster.
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
    assert doc["title_terms"].split() == es.analyse(entry.title, "fi")
    assert set(doc["text_terms"].split()) == set(es.analyse(entry.content.text, "fi"))
    assert set(doc) == set(es.index_body("fi")["mappings"]["properties"])


def test_query_body_uses_our_terms_filters_highlights_and_facets():
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
    assert {"term": {"page_type": "cms.NewsPage"}} in body["query"]["bool"]["filter"]
    assert {"term": {"audiences": "paattajat"}} in body["query"]["bool"]["filter"]
    assert {"range": {"published_at": {"gte": "2021-01-01"}}} in body["query"]["bool"]["filter"]
    assert body["from"] == 10 and body["size"] == 10
    assert body["highlight"]["pre_tags"] == ["<mark>"] and body["highlight"]["encoder"] == "html"
    assert set(body["aggs"]) == {"type", "audience"}
    assert body["sort"][0] == "_score"
    assert es.query_body("x", "en", sort="newest")["sort"][0] == {
        "published_at": {"order": "desc", "missing": "_last"}
    }


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="needs a live cluster at ELASTICSEARCH_URL"
)
def test_live_round_trip(site_pages):
    from search.models import SearchEntry

    backend = es.ElasticsearchBackend(urls=os.environ["ELASTICSEARCH_URL"].split(","))
    backend.recreate("fi")
    entry = SearchEntry.objects.get(page_id=site_pages["services", "fi"].pk)
    backend.put(entry)
    response = backend.search("services", "fi")
    assert response["hits"]["hits"][0]["_source"]["entry_id"] == entry.id
    backend.delete("fi", entry.id)


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
                            "highlight": {"text": ["Body of <mark>services</mark> in en."]},
                        },
                        {"_source": {"entry_id": entry_of[expired.pk]}, "_score": 2.0},
                    ],
                },
                "aggregations": {
                    "type": {"buckets": [{"key": "cms.SectionPage", "doc_count": 2}]},
                    "audience": {"buckets": []},
                },
            }

    settings.SEARCH_BACKEND = "elasticsearch"
    monkeypatch.setattr(service, "ElasticsearchBackend", RecordedCluster)
    results = service.search("services", "en", filters=Filters(page_type="cms.SectionPage"))
    assert sent["locale"] == "en" and sent["filters"].page_type == "cms.SectionPage"
    assert [hit.id for hit in results.hits] == [services.pk]  # the expired page dropped
    assert results.hits[0].snippet == "Body of <mark>services</mark> in en."
    assert results.facets["type"] == [
        {"value": "cms.SectionPage", "label": "Section page", "count": 2}
    ]
