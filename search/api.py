"""Search API: a ``Router`` that ``cms.api`` mounts at ``/api/search/``."""

import datetime as dt
import re
from typing import Annotated, Literal

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import BeforeValidator
from wagtail.documents import get_document_model
from wagtail.models import get_page_models

from .languages import ALL
from .promotions import record_query
from .service import MAX_QUERY_LENGTH, Filters, QueryError, first_look, search
from .suggestions import suggest

router = Router(tags=["search"])

# Some character that the search keeps: one that ``str.strip()`` does not remove. Each white
# space character is spelled out because ``\s`` means a different set in each engine that reads
# this pattern (ECMA's, used by JSON Schema tools, leaves out U+001C-U+001F and U+0085; Rust's,
# used by pydantic, leaves out U+001C-U+001F), and the API must refuse exactly what its OpenAPI
# document says it refuses.
NOT_BLANK = r"[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_only(value):
    """Refuse what pydantic's lax date parsing would also take (``1.4e-45`` as a timestamp):
    the OpenAPI document promises ``format: date``, so only YYYY-MM-DD is a date here."""
    if isinstance(value, str) and not ISO_DATE.fullmatch(value):
        raise ValueError("use a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_only)]

# A language of the site, or "all" to search every language at once.
SearchLocale = Literal[(*(code for code, _name in settings.LANGUAGES), ALL)]
# Page types as "app.Model" labels, e.g. cms.NewsPage, and the document model's label
# (wagtaildocs.Document); an unknown one is a 400.
PageType = Literal[
    tuple(
        model._meta.label for model in get_page_models() if model._meta.app_label != "wagtailcore"
    )
    + (get_document_model()._meta.label,)
]


class AudienceOut(Schema):
    slug: str
    name: str


class SearchHit(Schema):
    id: int  # the page's id, or the document's when kind is "document"
    kind: Literal["page", "document"]
    title: str
    url: str | None
    type: str
    locale: str
    published_at: dt.datetime | None
    audiences: list[AudienceOut]
    snippet: str  # HTML: escaped text with the matched words in <mark>


class FacetValue(Schema):
    value: str
    label: str
    count: int


class Facets(Schema):
    type: list[FacetValue]
    audience: list[FacetValue]


class Promoted(Schema):
    id: int
    title: str
    url: str | None
    description: str


class OtherLanguage(Schema):
    locale: str
    name: str  # the language's name in itself: "Suomi", "Svenska", "English"
    total: int


class SearchOut(Schema):
    query: str
    locale: str
    total: int
    page: int
    per_page: int
    results: list[SearchHit]
    facets: Facets
    promoted: list[Promoted]  # pinned by editors for this query (Wagtail search promotions)
    did_you_mean: str | None  # a nearby spelling that finds pages, when this one found none
    # The query as searched where a word no page holds was taken for a misspelling and
    # searched with its closest spelling ("Showing results for ..."); else null
    corrected_query: str | None
    # Where nothing matched in one language (no filters): the pages the same words find in
    # each other language (searched with locale=<code>), most first; else empty
    other_languages: list[OtherLanguage]


class Suggestion(Schema):
    id: int
    title: str
    url: str | None


class SearchError(HttpError):
    def __init__(self, code: str, message: str):
        super().__init__(400, message)
        self.code = code


@router.get(
    "/",
    response=SearchOut,
    summary="Search published pages and documents in one language, or in all",
    openapi_extra={"responses": {400: {"description": "`empty_query`, `query_too_long`"}}},
)
def search_pages(
    request: HttpRequest,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_LENGTH, pattern=NOT_BLANK)],
    locale: SearchLocale | None = None,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=50)] = 10,
    type: PageType | None = None,
    audience: Annotated[
        str | None,
        Query(
            max_length=80,
            pattern=r"^[-\w]+$",
            description="An audience slug in the search's language; with locale=all, in any "
            "language (the audience is then chosen in every language).",
        ),
    ] = None,
    date_from: IsoDate | None = None,
    date_to: IsoDate | None = None,
    sort: Literal["relevance", "newest"] = "relevance",
):
    """Words are analysed for the language (Finnish inflection and compounds included), so
    ``kuntien kotoutumispalvelut`` finds pages about ``kunta`` and ``kotoutumispalvelu``.
    Words in quotation marks are a phrase: ``"monikielinen neuvonta"`` finds only the pages
    saying them one after the other, in any of their forms (``monikielistä neuvontaa``).
    ``locale`` defaults to the request's language (``Accept-Language``); ``all`` searches
    every language, each with the query analysed in that language."""
    locale = locale or request_language()
    try:
        filters = Filters(page_type=type, audience=audience, date_from=date_from, date_to=date_to)
        results = search(q, locale, page=page, per_page=per_page, filters=filters, sort=sort)
    except QueryError as error:
        raise SearchError(error.code, str(error)) from error
    if first_look(page, filters, sort):
        record_query(q, locale, results.total)
    return {
        "query": results.query,
        "locale": results.locale,
        "total": results.total,
        "page": results.page,
        "per_page": results.per_page,
        "results": [
            {
                "id": hit.id,
                "kind": hit.kind,
                "title": hit.title,
                "url": hit.url,
                "type": hit.page_type,
                "locale": hit.locale,
                "published_at": hit.published_at,
                "audiences": hit.audiences,
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
        "facets": results.facets,
        "promoted": results.promoted,
        "did_you_mean": results.did_you_mean,
        "corrected_query": results.corrected_query,
        "other_languages": results.other_languages,
    }


@router.get("/suggest/", response=list[Suggestion], summary="Title suggestions while typing")
def suggest_titles(
    request: HttpRequest,
    q: Annotated[str, Query(min_length=1, max_length=100, pattern=NOT_BLANK)],
    locale: SearchLocale | None = None,
    limit: Annotated[int, Query(ge=1, le=20)] = 8,
):
    """Published pages whose title has a word starting with what was typed (the last word
    may be unfinished: ``kotoutumis`` suggests "Kotoutumispalvelut ..."). ``locale`` as
    for search."""
    return [
        {"id": hit.id, "title": hit.title, "url": hit.url}
        for hit in suggest(q, locale or request_language(), limit=limit)
    ]


def request_language() -> str:
    """The site language the request asked for (``Accept-Language``, the language cookie),
    else the default: API URLs carry no language prefix."""
    try:
        return get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE
