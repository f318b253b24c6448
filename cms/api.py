"""The portal's JSON API at ``/api/``: one NinjaAPI that mounts each app's Router.

Errors everywhere under ``/api/`` share one shape (RFC 9457 problem details plus a
machine-readable ``code``)::

    {"type": "about:blank", "title": "Conflict", "status": 409,
     "code": "form_closed", "detail": "The application period has ended.", "errors": []}

Apps raise ``ninja.errors.HttpError`` (or a subclass) and may set ``code`` and ``errors``
attributes on it; they never import this module. Wagtail's v2 API at ``/api/v2/`` keeps its
own format, as existing front ends expect.
"""

import datetime as dt
import logging
from functools import wraps
from http import HTTPStatus
from typing import Annotated, Any, Literal

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError, Throttled
from ninja.errors import ValidationError as NinjaValidationError
from wagtail.models import Locale, Page, Site

from blocks.schemas import openapi_components as block_components
from cms.api_v2 import serialize_page
from cms.models import Audience, NewsPage
from cms.preview import PreviewError, load_preview
from cms.publishing import published_pages
from forms_ext.api import router as forms_router
from search.api import router as search_router

logger = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"

# The code a client sees when the raising code chose none.
DEFAULT_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
    500: "internal_error",
}


class ErrorDetail(Schema):
    """One problem with one input: where (``loc``), what (``msg``) and a machine code."""

    loc: list[str | int] = []
    msg: str
    type: str


class Problem(Schema):
    """The error body of every endpoint under ``/api/``."""

    type: str = "about:blank"
    title: str
    status: int
    code: str
    detail: str = ""
    errors: list[ErrorDetail] = []


def problem_response(
    status: int,
    code: str | None = None,
    detail: str = "",
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    """Render one error in the shared format."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body = Problem(
        title=title,
        status=status,
        code=code or DEFAULT_CODES.get(status, "error"),
        detail=detail,
        errors=errors or [],
    )
    response = HttpResponse(body.model_dump_json(), status=status, content_type=PROBLEM_JSON)
    response["Cache-Control"] = "no-store"
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def api_error(status: int, code: str, message: str) -> HttpError:
    """An HttpError carrying a machine ``code`` (apps build the same with their own class)."""
    error = HttpError(status, message)
    error.code = code
    return error


def _gate_docs(view):
    """Interactive docs can be switched off in production (API_DOCS_ENABLED=0)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not settings.API_DOCS_ENABLED:
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


class PortalAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI document describes the shared error body on every operation."""

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (Problem, ErrorDetail):
            definition = model.model_json_schema(ref_template="#/components/schemas/{model}")
            definition.pop("$defs", None)
            components.setdefault(model.__name__, definition)
        # Block shapes are shared with Wagtail's v2 page endpoints (body, teasers, ...).
        for name, definition in block_components().items():
            components.setdefault(name, definition)
        problem = {
            "description": "Error (RFC 9457 problem details with a machine-readable `code`)",
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                responses = operation["responses"]
                responses.setdefault("default", problem)
                # Error statuses an app documented by description only carry the same body.
                for status, spec in responses.items():
                    if status != "default" and int(status) >= 400 and "content" not in spec:
                        spec["content"] = problem["content"]
        return schema


api = PortalAPI(
    title="Integration portal API",
    version="1.0.0",
    description=(
        "Published content, search and application forms of the integration portal. "
        "Page, image and document listings are served by Wagtail's v2 API at /api/v2/. "
        "Every error is an application/problem+json body with a machine-readable `code`."
    ),
    urls_namespace="portal_api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
    docs_decorator=_gate_docs,
)


@api.exception_handler(NinjaValidationError)
def _validation_error(request: HttpRequest, exc: NinjaValidationError):
    errors = [
        {
            "loc": [str(part) for part in error.get("loc", [])],
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "invalid")),
        }
        for error in exc.errors
    ]
    return problem_response(400, "invalid_request", _("The request is not valid."), errors)


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, exc: Throttled):
    headers = {"Retry-After": str(exc.wait)} if getattr(exc, "wait", None) else None
    return problem_response(429, "rate_limited", _("Too many requests."), headers=headers)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError):
    return problem_response(
        exc.status_code,
        getattr(exc, "code", None),
        str(exc),
        getattr(exc, "errors", None),
        getattr(exc, "headers", None),
    )


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404):
    return problem_response(404, "not_found", _("Not found."))


@api.exception_handler(Exception)
def _unexpected(request: HttpRequest, exc: Exception):
    logger.error("Unhandled API error on %s %s", request.method, request.path, exc_info=exc)
    return problem_response(500, "internal_error", _("Something went wrong on our side."))


class LocaleOut(Schema):
    code: str
    name: str
    is_default: bool


@api.get(
    "/locales/",
    response=list[LocaleOut],
    summary="Languages the portal publishes in",
    tags=["site"],
)
def list_locales(request):
    """The content languages, default first; pass a ``code`` as ``locale`` to other endpoints."""
    names = dict(settings.LANGUAGES)
    codes = set(Locale.objects.values_list("language_code", flat=True))
    return [
        {"code": code, "name": names[code], "is_default": code == settings.LANGUAGE_CODE}
        for code, _name in settings.LANGUAGES
        if code in codes
    ]


# The content languages, so the OpenAPI document lists them and anything else is a 400.
LocaleCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]


class NavItem(Schema):
    id: int
    title: str
    url: str | None
    locale: str
    children: list["NavItem"] = []


NavItem.model_rebuild()


def _menu(parent, depth: int, request) -> list[dict]:
    if depth <= 0:
        return []
    children = published_pages(parent.get_children().filter(show_in_menus=True))
    return [
        {
            "id": page.pk,
            "title": page.title,
            "url": page.get_url(request=request),
            "locale": page.locale.language_code,
            "children": _menu(page, depth - 1, request),
        }
        for page in children.select_related("locale").order_by("path")
    ]


@api.get(
    "/navigation/",
    response=NavItem,
    summary="The menu tree of one language",
    tags=["site"],
)
def navigation(
    request,
    locale: LocaleCode = settings.LANGUAGE_CODE,
    depth: Annotated[int, Query(ge=1, le=4)] = 2,
):
    """The language's home page and its published menu pages (``show_in_menus``), ``depth``
    levels deep (1-4), so front ends need not crawl the page tree."""
    site = Site.find_for_request(request)
    target = Locale.objects.filter(language_code=locale).first()
    home = site.root_page.get_translation_or_none(target) if site and target else None
    if home is None or not published_pages(Page.objects.filter(pk=home.pk)).exists():
        raise Http404
    return {
        "id": home.pk,
        "title": home.title,
        "url": home.get_url(request=request),
        "locale": locale,
        "children": _menu(home, depth, request),
    }


class FeedItem(Schema):
    id: int
    title: str
    url: str | None
    news_type: str
    news_type_label: str
    lead: str
    original_published_at: str | None
    first_published_at: str | None


class AudienceFeed(Schema):
    audience: str
    slug: str
    locale: str
    rss: str
    items: list[FeedItem]


@api.get(
    "/feeds/{slug}/",
    response=AudienceFeed,
    summary="The latest news and calls for one audience",
    tags=["site"],
)
def audience_feed(
    request,
    slug: str,
    locale: LocaleCode = settings.LANGUAGE_CODE,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
):
    """Newest first, in ``locale``; ``slug`` is the audience's slug in that language.
    News tagged with the audience in any language counts (matched on its translation)."""
    target = Locale.objects.filter(language_code=locale).first()
    audience = Audience.objects.filter(locale=target, slug=slug).first() if target else None
    if audience is None:
        raise Http404
    items = NewsPage.for_audience(audience, target, limit=limit)
    return {
        "audience": audience.name,
        "slug": audience.slug,
        "locale": locale,
        "rss": request.build_absolute_uri(f"/{locale}/feeds/news/{audience.slug}/"),
        "items": [item.summary() for item in items],
    }


PREVIEW_ERRORS = {
    "invalid_token": (403, gettext_lazy("The preview token is not valid.")),
    "token_expired": (403, gettext_lazy("The preview token has expired. Open the preview again.")),
    "not_found": (404, gettext_lazy("This preview no longer exists.")),
}


@api.get(
    "/preview/",
    response=dict[str, Any],
    summary="A page as an editor is previewing it",
    tags=["preview"],
    openapi_extra={
        "responses": {
            403: {"description": "`invalid_token` or `token_expired`"},
            404: {"description": "`not_found`: the snapshot is gone"},
        }
    },
)
def preview(request, token: str, response: HttpResponse):
    """Exchange the token the admin's "Front end" preview sent to ``FRONTEND_PREVIEW_URL``
    for the draft, in the shape of ``/api/v2/pages/{id}/?fields=*`` with ``meta.is_preview``.
    A token shows one snapshot of one page, expires after ``PREVIEW_TOKEN_SECONDS`` and the
    answer is never cached."""
    try:
        page, snapshot = load_preview(token)
    except PreviewError as error:
        status, message = PREVIEW_ERRORS[error.code]
        raise api_error(status, error.code, str(message)) from error
    data = serialize_page(page, request)
    data["meta"]["is_preview"] = True
    expires = snapshot.created_at + dt.timedelta(seconds=settings.PREVIEW_TOKEN_SECONDS)
    data["meta"]["preview_expires_at"] = timezone.localtime(expires).isoformat()
    response["Cache-Control"] = "private, no-store"
    return data


api.add_router("/forms/", forms_router)
api.add_router("/search/", search_router)
