"""The search index on Elasticsearch 8 / OpenSearch, for production scale.

One index per language, reached through an alias (``<prefix>-search-fi`` ...): a rebuild
loads a new index beside the old one and moves the alias in one step, so searches never see
a half-built index. Each document carries the same pre-analysed terms as the database index
(``search.analysis``: Snowball, Voikko base forms and compound parts), so ranking agrees
across backends, plus the raw text under the language's own Elasticsearch analyzer as a
second signal, and what decides whether a reader may see it now (expiry, tree path). The
mappings and query bodies are plain dicts built here and asserted by offline tests;
``ElasticsearchBackend`` sends them with the official client of Elasticsearch or OpenSearch
(``SEARCH_BACKEND``).
"""

from django.conf import settings
from django.utils import timezone

from .analysis import TERM_SEPARATOR, query_phrases, query_word, token_terms
from .languages import ALL, languages
from .query import searched_words

ES_ANALYZERS = {"fi": "finnish", "sv": "swedish", "en": "english"}
TITLE_BOOST = 5
# Each query word a document holds itself adds this much: more than any text score, so, as
# on the database, documents holding more of the words rank first (``words_held``).
WORD_WEIGHT = 1000
# Across languages, the reader's language's index: a held word is worth 1050 there, so its
# documents lead those holding as many words elsewhere (unless a text score outweighs 50)
# and never one holding more words (12 at most: 12 x 1050 < 13 x 1000).
LANGUAGE_BOOST = 1.05
BULK_CHUNK = 500  # documents a bulk request


def index_name(locale: str) -> str:
    """The index of one language; for ``all``, every language's (comma separated, as the
    search API takes several)."""
    prefix = settings.WAGTAILSEARCH_BACKENDS["default"].get("INDEX", "portal")
    return ",".join(f"{prefix}-search-{code}" for code in languages(locale))


def query_terms(query: str, language: str) -> str:
    """The query analysed in ``language`` as the index's terms are."""
    return " ".join(dict.fromkeys(token_terms(searched_words(query, language), language)))


def terms_scored(query: str, locale: str) -> list[dict]:
    """The clauses scoring a document by our terms of the query (its title ``TITLE_BOOST``
    times its text); across languages, each language's analysis in its own index only."""
    clauses = []
    for code in languages(locale):
        terms = query_terms(query, code)
        fields = [
            {"match": {"title_terms": {"query": terms, "boost": TITLE_BOOST}}},
            {"match": {"text_terms": {"query": terms}}},
        ]
        if len(languages(locale)) == 1:
            return fields
        # The index in the filter (no score), the terms in ``should`` (scored).
        clauses.append(
            {
                "bool": {
                    "filter": [{"term": {"_index": index_name(code)}}],
                    "should": fields,
                    "minimum_should_match": 1,
                }
            }
        )
    return clauses


def words_held(query: str, locale: str) -> list[dict]:
    """One clause per query word (in each searched language) scoring ``WORD_WEIGHT`` for a
    document holding the word itself: any term of it, or for a compound word
    (``search.analysis.QueryWord``) the compound or all its parts. Across languages each
    language's clauses hold in its own index only, so a word counts once a document; two
    words analysed alike count once."""
    clauses = []
    for code in languages(locale):
        for token in searched_words(query, code):
            readings = [
                {"bool": {"filter": [_holding(part) for part in reading]}}
                if len(reading) > 1
                else _holding(reading[0])
                for reading in query_word(token, code).readings
            ]
            held = {"bool": {"should": readings, "minimum_should_match": 1}}
            held = _in_own_index(held, code, locale)
            clause = {"constant_score": {"filter": held, "boost": WORD_WEIGHT}}
            if clause not in clauses:
                clauses.append(clause)
    return clauses


def phrases_held(query: str, locale: str) -> list[dict]:
    """One filter per phrase of the query (``analysis.query_phrases``): the document's title
    or text holds its words one after the other, each word as a word of its own holding it
    (across languages, as analysed in the document's own language): a phrase over the
    stored terms' positions, each position any term of its word (``TERM_SEPARATOR``, read
    by the ``portal_terms`` analyzer)."""
    clauses = []
    for phrase in query_phrases(query):
        held = []
        for code in languages(locale):
            words = " ".join(TERM_SEPARATOR.join(query_word(w, code).whole) for w in phrase)
            fields = [
                {"match_phrase": {field: {"query": words}}}
                for field in ("title_terms", "text_terms")
            ]
            if len(languages(locale)) == 1:
                held = fields
            else:
                either = {"bool": {"should": fields, "minimum_should_match": 1}}
                held.append(_in_own_index(either, code, locale))
        clauses.append({"bool": {"should": held, "minimum_should_match": 1}})
    return clauses


def _in_own_index(clause: dict, code: str, locale: str) -> dict:
    """``clause`` (the query analysed in the language ``code``) for the documents of that
    language's index only, in a search across languages: a word or phrase holds in the
    pages of the language it was analysed in. (A term query on ``_index`` takes the alias.)"""
    if len(languages(locale)) == 1:
        return clause
    return {"bool": {"filter": [{"term": {"_index": index_name(code)}}, clause]}}


def _holding(terms) -> dict:
    """A document holding any of ``terms`` in its title or text."""
    return {
        "bool": {
            "should": [
                {"terms": {"title_terms": list(terms)}},
                {"terms": {"text_terms": list(terms)}},
            ],
            "minimum_should_match": 1,
        }
    }


def index_body(locale: str) -> dict:
    """Settings and mappings of one language's index."""
    analyzer = ES_ANALYZERS[locale]
    return {
        "settings": {
            "number_of_shards": 1,
            "analysis": {
                # Our terms are already analysed in Python: each word (split on spaces) gives
                # its terms (split on TERM_SEPARATOR) at one position, so a phrase of words
                # (``phrases_held``) is a phrase of positions, each holding any of its terms.
                "filter": {
                    "portal_word_terms": {
                        "type": "pattern_capture",
                        "preserve_original": False,
                        "patterns": [f"([^{TERM_SEPARATOR}]+)"],
                    }
                },
                "analyzer": {
                    "portal_terms": {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        "filter": ["portal_word_terms"],
                    }
                },
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
                "expire_at": {"type": "date"},
                "path": {"type": "keyword"},  # the page's tree path, for view restrictions
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
        "expire_at": entry.expire_at.isoformat() if entry.expire_at else None,
        "path": entry.path or None,
    }


FACET_FIELDS = {"type": "page_type", "audience": "audiences"}  # facet: the field it counts


def query_body(
    query: str,
    locale: str,
    filters=None,
    sort="relevance",
    page=1,
    per_page=10,
    now=None,
    restricted_paths=(),
    prefer=None,
):
    """The search request for ``query``: our terms first, the language analyzer second;
    only what a reader may see at ``now`` (unexpired, outside the view-restricted
    ``restricted_paths``), so totals and facets count nothing hidden. Across languages, the
    index of ``prefer`` (the reader's language) weighs ``LANGUAGE_BOOST`` times the others:
    its documents come first among those holding as many of the words."""
    should = [
        *terms_scored(query, locale),
        {"multi_match": {"query": query, "fields": [f"title^{TITLE_BOOST}", "text"]}},
        *words_held(query, locale),
    ]
    unexpired = {
        "bool": {
            "should": [
                {"bool": {"must_not": {"exists": {"field": "expire_at"}}}},
                {"range": {"expire_at": {"gt": (now or timezone.now()).isoformat()}}},
            ],
            "minimum_should_match": 1,
        }
    }
    filter_clauses = [unexpired, *phrases_held(query, locale)]
    # The facets' own filters narrow the hits after the aggregations (``post_filter``);
    # each aggregation counts under the other's: what choosing one of its values gives.
    chosen = {}
    if filters is not None:
        if filters.page_type:
            chosen["type"] = {"term": {"page_type": filters.page_type}}
        if filters.audience:
            chosen["audience"] = {"terms": {"audiences": list(filters.audience_slugs)}}
        if filters.date_from or filters.date_to:
            bounds = {"time_zone": timezone.get_current_timezone_name()}  # local dates
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
        "query": {
            "bool": {
                "should": should,
                "minimum_should_match": 1,
                "filter": filter_clauses,
                "must_not": [{"prefix": {"path": path}} for path in restricted_paths],
            }
        },
        "sort": order,
        "from": (page - 1) * per_page,
        "size": per_page,
        "track_total_hits": True,
        "aggs": {
            name: {
                "filter": {"bool": {"filter": [c for n, c in chosen.items() if n != name]}},
                "aggs": {"values": {"terms": {"field": field, "size": 20}}},
            }
            for name, field in FACET_FIELDS.items()
        },
        **({"post_filter": {"bool": {"filter": list(chosen.values())}}} if chosen else {}),
        **(
            {"indices_boost": [{index_name(prefer): LANGUAGE_BOOST}]}
            if locale == ALL and prefer in languages(ALL) and sort != "newest"
            else {}
        ),
    }


class ClusterError(RuntimeError):
    """The cluster refused a write (what it said is in the message)."""


class ElasticsearchBackend:
    """Sends the bodies above with the official client of the configured product."""

    def __init__(self, urls=None, client=None):
        options = settings.WAGTAILSEARCH_BACKENDS["default"]
        self.client = client or _client(urls or options["URLS"], options["TIMEOUT"])

    def ensure_index(self, locale: str):
        """Create the language's index (and its alias) unless it exists: a write to a
        missing index would make one with guessed mappings instead of ours."""
        alias = index_name(locale)
        if not self.client.indices.exists(index=alias):
            self.client.indices.create(
                index=_new_index_name(alias), body={**index_body(locale), "aliases": {alias: {}}}
            )

    def put(self, entry):
        self.ensure_index(entry.locale)
        self.bulk([_index_action(index_name(entry.locale), entry)])

    def delete(self, locale: str, entry_id: int):
        self.bulk([{"delete": {"_index": index_name(locale), "_id": str(entry_id)}}])

    def replace_all(self, locale: str, entries) -> int:
        """Load ``entries`` into a new index for ``locale`` and move the alias to it,
        dropping the old index; searches use the old one until the move. The count loaded."""
        alias = index_name(locale)
        new = _new_index_name(alias)
        self.client.indices.create(index=new, body=index_body(locale))
        loaded, chunk = 0, []
        for entry in entries:
            chunk.append(_index_action(new, entry))
            if len(chunk) == BULK_CHUNK:
                loaded += self.bulk(chunk)
                chunk = []
        loaded += self.bulk(chunk)
        self.client.indices.refresh(index=new)
        old = self._holding(alias)
        actions = [{"remove": {"index": index, "alias": alias}} for index in old]
        if self.client.indices.exists(index=alias) and not old:
            # An index of that very name (written before it existed as ours): it must go
            # before the alias can take the name.
            self.client.indices.delete(index=alias)
        self.client.indices.update_aliases(
            body={"actions": [*actions, {"add": {"index": new, "alias": alias}}]}
        )
        for index in old:
            self.client.indices.delete(index=index)
        return loaded

    def _holding(self, alias: str) -> list[str]:
        """The indices the alias points at now (none before the first rebuild)."""
        if not self.client.indices.exists_alias(name=alias):
            return []
        return list(self.client.indices.get_alias(name=alias))

    def bulk(self, actions: list[dict]) -> int:
        """Send index/delete actions in one request; a delete of what is already gone is
        fine. Raises ``ClusterError`` for anything else refused. The count done."""
        if not actions:
            return 0
        lines = []
        for action in actions:
            lines.append({verb: meta for verb, meta in action.items() if verb != "_source"})
            if "_source" in action:
                lines.append(action["_source"])
        response = self.client.bulk(body=lines)
        failed = [
            result
            for item in response.get("items", [])
            for operation, result in item.items()
            if result.get("error") and not (operation == "delete" and result["status"] == 404)
        ]
        if failed:
            raise ClusterError(f"{len(failed)} of {len(actions)} refused, e.g. {failed[0]}")
        return len(actions)

    def search(self, query, locale, **options) -> dict:
        # A language never written yet has no index: search the others.
        return self.client.search(
            index=index_name(locale),
            body=query_body(query, locale, **options),
            ignore_unavailable=True,
        )


def _client(urls, timeout):
    if settings.SEARCH_BACKEND == "opensearch":
        from opensearchpy import OpenSearch

        return OpenSearch(urls, timeout=timeout)
    from elasticsearch import Elasticsearch

    return Elasticsearch(urls, request_timeout=timeout)


def _new_index_name(alias: str) -> str:
    return f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"


def _index_action(index: str, entry) -> dict:
    return {"index": {"_index": index, "_id": str(entry.id)}, "_source": document(entry)}


def uses_elasticsearch() -> bool:
    return settings.SEARCH_BACKEND in {"elasticsearch", "opensearch"}


def results_from_response(response: dict) -> dict:
    """Hits (entry id, score), total and facets out of an Elasticsearch answer."""
    hits = [
        {"entry_id": hit["_source"]["entry_id"], "score": hit.get("_score") or 0.0}
        for hit in response["hits"]["hits"]
    ]
    aggregations = response.get("aggregations", {})
    return {
        "total": response["hits"]["total"]["value"],
        "hits": hits,
        **{
            name: [
                (b["key"], b["doc_count"])
                for b in aggregations.get(name, {}).get("values", {}).get("buckets", [])
            ]
            for name in FACET_FIELDS
        },
    }
