"""The search index on Elasticsearch 8 / OpenSearch, for production scale.

One index per language (``<prefix>-search-fi`` ...). Each document carries the same
pre-analysed terms as the database index (``search.analysis``: Snowball, Voikko base forms
and compound parts), so ranking agrees across backends, plus the raw text under the
language's own Elasticsearch analyzer as a second signal. The mappings and query bodies are
plain dicts built here and asserted by offline tests; ``ElasticsearchBackend`` sends them
when ``SEARCH_BACKEND`` is ``elasticsearch`` or ``opensearch``.
"""

from django.conf import settings

from .analysis import analyse
from .languages import languages

ES_ANALYZERS = {"fi": "finnish", "sv": "swedish", "en": "english"}
TITLE_BOOST = 5


def index_name(locale: str) -> str:
    """The index of one language; for ``all``, every language's (comma separated, as the
    search API takes several)."""
    prefix = settings.WAGTAILSEARCH_BACKENDS["default"].get("INDEX", "portal")
    return ",".join(f"{prefix}-search-{code}" for code in languages(locale))


def query_terms(query: str, locale: str) -> str:
    """The query analysed as the index's terms are; across languages, in each of them."""
    terms = (term for code in languages(locale) for term in analyse(query, code))
    return " ".join(dict.fromkeys(terms))


def index_body(locale: str) -> dict:
    """Settings and mappings of one language's index."""
    analyzer = ES_ANALYZERS[locale]
    return {
        "settings": {
            "number_of_shards": 1,
            "analysis": {
                # Our terms are already analysed in Python: split on spaces, nothing more.
                "analyzer": {"portal_terms": {"type": "custom", "tokenizer": "whitespace"}}
            },
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "entry_id": {"type": "long"},
                "page_id": {"type": "integer"},
                "document_id": {"type": "integer"},
                "page_type": {"type": "keyword"},
                "title": {"type": "text", "analyzer": analyzer},
                "text": {"type": "text", "analyzer": analyzer},
                "title_terms": {"type": "text", "analyzer": "portal_terms"},
                "text_terms": {"type": "text", "analyzer": "portal_terms"},
                "audiences": {"type": "keyword"},
                "published_at": {"type": "date"},
            },
        },
    }


def document(entry) -> dict:
    """One index document for a saved ``SearchEntry`` (a page, or a document's title)."""
    return {
        "entry_id": entry.id,
        "page_id": entry.page_id,
        "document_id": entry.document_id,
        "page_type": entry.page_type,
        "title": entry.title,
        "text": entry.content.text,
        "title_terms": entry.content.title_terms,
        "text_terms": entry.content.text_terms,
        "audiences": [audience["slug"] for audience in entry.audience_list],
        "published_at": entry.published_at.isoformat() if entry.published_at else None,
    }


def query_body(query: str, locale: str, filters=None, sort="relevance", page=1, per_page=10):
    """The search request for ``query``: our terms first, the language analyzer second."""
    terms = query_terms(query, locale)
    should = [
        {"match": {"title_terms": {"query": terms, "boost": TITLE_BOOST}}},
        {"match": {"text_terms": {"query": terms}}},
        {"multi_match": {"query": query, "fields": [f"title^{TITLE_BOOST}", "text"]}},
    ]
    filter_clauses = []
    if filters is not None:
        if filters.page_type:
            filter_clauses.append({"term": {"page_type": filters.page_type}})
        if filters.audience:
            filter_clauses.append({"term": {"audiences": filters.audience}})
        if filters.date_from or filters.date_to:
            bounds = {}
            if filters.date_from:
                bounds["gte"] = filters.date_from.isoformat()
            if filters.date_to:
                bounds["lte"] = filters.date_to.isoformat()
            filter_clauses.append({"range": {"published_at": bounds}})
    order = (
        [{"published_at": {"order": "desc", "missing": "_last"}}, "_score"]
        if sort == "newest"
        else ["_score", {"published_at": {"order": "desc", "missing": "_last"}}]
    )
    return {
        "query": {"bool": {"should": should, "minimum_should_match": 1, "filter": filter_clauses}},
        "sort": order,
        "from": (page - 1) * per_page,
        "size": per_page,
        "track_total_hits": True,
        "highlight": {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "fields": {"text": {"fragment_size": 220, "number_of_fragments": 1}},
        },
        "aggs": {
            "type": {"terms": {"field": "page_type", "size": 20}},
            "audience": {"terms": {"field": "audiences", "size": 20}},
        },
    }


class ElasticsearchBackend:
    """Sends the bodies above with the official client (installed with the project)."""

    def __init__(self, urls=None):
        from elasticsearch import Elasticsearch

        options = settings.WAGTAILSEARCH_BACKENDS["default"]
        self.client = Elasticsearch(urls or options["URLS"], request_timeout=options["TIMEOUT"])

    def recreate(self, locale: str):
        self.client.indices.delete(index=index_name(locale), ignore_unavailable=True)
        self.client.indices.create(index=index_name(locale), **index_body(locale))

    def put(self, entry):
        self.client.index(
            index=index_name(entry.locale),
            id=str(entry.id),
            document=document(entry),
            refresh="wait_for",
        )

    def delete(self, locale: str, entry_id: int):
        self.client.delete(index=index_name(locale), id=str(entry_id), ignore=[404])

    def search(self, query, locale, **options) -> dict:
        return self.client.search(index=index_name(locale), **query_body(query, locale, **options))


def uses_elasticsearch() -> bool:
    return settings.SEARCH_BACKEND in {"elasticsearch", "opensearch"}


def results_from_response(response: dict) -> dict:
    """Hits (entry id, highlight), total and facets out of an Elasticsearch answer."""
    hits = [
        {
            "entry_id": hit["_source"]["entry_id"],
            "score": hit.get("_score") or 0.0,
            "highlight": (hit.get("highlight", {}).get("text") or [""])[0],
        }
        for hit in response["hits"]["hits"]
    ]
    aggregations = response.get("aggregations", {})
    return {
        "total": response["hits"]["total"]["value"],
        "hits": hits,
        "type": [
            (b["key"], b["doc_count"]) for b in aggregations.get("type", {}).get("buckets", [])
        ],
        "audience": [
            (b["key"], b["doc_count"]) for b in aggregations.get("audience", {}).get("buckets", [])
        ],
    }
