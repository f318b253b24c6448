"""The reader's search page, per language: the same service as the API."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from .languages import ALL
from .promotions import record_query
from .service import Filters, QueryError, first_look, search

PER_PAGE = 10


def _page_number(value) -> int:
    try:
        return max(1, min(int(value), 1000))
    except (TypeError, ValueError):
        return 1


def search_page(request):
    query = request.GET.get("q", "")
    filters = Filters(
        page_type=request.GET.get("type") or None, audience=request.GET.get("audience") or None
    )
    sort = "newest" if request.GET.get("sort") == "newest" else "relevance"
    # This page's language, or every language when the reader asks for it.
    scope = ALL if request.GET.get("locale") == ALL else translation.get_language()
    link = _link_builder(query, filters, sort, scope)
    context = {
        "query": query,
        "results": None,
        "error": None,
        "filters": filters,
        "sort": sort,
        "all_languages": scope == ALL,
        "all_languages_url": link(locale=ALL, page=""),
    }
    if query.strip():
        page_number = _page_number(request.GET.get("page"))
        try:
            results = search(query, scope, page_number, PER_PAGE, filters, sort)
            pages = Paginator(range(results.total), PER_PAGE).get_page(page_number)
            if results.total and pages.number != page_number:  # past the end: the last page
                results = search(query, scope, pages.number, PER_PAGE, filters, sort)
        except QueryError as error:
            context["error"] = error.code
        else:
            if first_look(page_number, filters, sort):
                record_query(query, scope, results.total)
            context["results"] = results
            if results.total:
                context["pages"] = pages
            if results.did_you_mean:
                context["did_you_mean_url"] = link(q=results.did_you_mean, page="")
            context["other_languages"] = [
                {**other, "url": _search_url(other["locale"], query)}
                for other in results.other_languages
            ]
            context["type_facets"] = _facet_links(
                results.facets["type"], "type", {filters.page_type}, link
            )
            context["audience_facets"] = _facet_links(
                results.facets["audience"], "audience", results.filters.audience_slugs, link
            )
            context["sort_links"] = {"relevance": link(sort=""), "newest": link(sort="newest")}
            pages = context.get("pages")
            if pages and pages.has_previous():
                context["previous_url"] = link(page=pages.previous_page_number())
            if pages and pages.has_next():
                context["next_url"] = link(page=pages.next_page_number())
    status = 400 if context["error"] else 200
    return TemplateResponse(request, "search/search_page.html", context, status=status)


def _search_url(language: str, query: str) -> str:
    """The search page of ``language`` (its own URL prefix) for ``query``."""
    with translation.override(language):
        return reverse("search") + "?" + urlencode({"q": query})


def _link_builder(query, filters, sort, scope):
    """Query strings for facet, sort and page links that keep the other choices."""

    def build(**changes):
        params = {
            "q": query,
            "locale": scope if scope == ALL else "",
            "type": filters.page_type or "",
            "audience": filters.audience or "",
            "sort": sort if sort != "relevance" else "",
        }
        params.update(changes)
        return "?" + urlencode({key: value for key, value in params.items() if value})

    return build


def _facet_links(values, name, selected, link):
    """Each facet value with the link that selects it (or, when selected, clears it).
    ``selected``: the values naming the choice (an audience across languages has one in
    each language)."""
    return [
        {
            "label": value["label"],
            "count": value["count"],
            "active": value["value"] in selected,
            "url": link(**{name: "" if value["value"] in selected else value["value"], "page": ""}),
        }
        for value in values
    ]
