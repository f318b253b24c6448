"""Search API: a ``Router`` that ``cms.api`` mounts at ``/api/search/``."""

import datetime as dt
from typing import Annotated, Literal

from django.conf import settings
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from .service import MAX_QUERY_LENGTH, QueryError, search

router = Router(tags=["search"])

LocaleCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]


class SearchHit(Schema):
    id: int
    title: str
    url: str | None
    type: str
    locale: str
    published_at: dt.datetime | None
    snippet: str  # HTML: escaped text with the matched words in <mark>


class SearchOut(Schema):
    query: str
    locale: str
    total: int
    page: int
    per_page: int
    results: list[SearchHit]


class SearchError(HttpError):
    def __init__(self, code: str, message: str):
        super().__init__(400, message)
        self.code = code


@router.get(
    "/",
    response=SearchOut,
    summary="Search published pages in one language",
    openapi_extra={"responses": {400: {"description": "`empty_query`, `query_too_long`"}}},
)
def search_pages(
    request: HttpRequest,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_LENGTH, pattern=r"\S")],
    locale: LocaleCode = settings.LANGUAGE_CODE,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=50)] = 10,
):
    """Words are analysed for the language (Finnish inflection and compounds included), so
    ``kuntien kotoutumispalvelut`` finds pages about ``kunta`` and ``kotoutumispalvelu``."""
    try:
        results = search(q, locale, page=page, per_page=per_page)
    except QueryError as error:
        raise SearchError(error.code, str(error)) from error
    return {
        "query": results.query,
        "locale": results.locale,
        "total": results.total,
        "page": results.page,
        "per_page": results.per_page,
        "results": [
            {
                "id": hit.page_id,
                "title": hit.title,
                "url": hit.url,
                "type": hit.page_type,
                "locale": hit.locale,
                "published_at": hit.published_at,
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
    }
