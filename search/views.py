"""The reader's search page, per language: the same service as the API."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation

from .service import QueryError, search

PER_PAGE = 10


def search_page(request):
    query = request.GET.get("q", "")
    context = {"query": query, "results": None, "error": None}
    if query.strip():
        try:
            page_number = max(1, min(int(request.GET.get("page", "1")), 1000))
        except ValueError:
            page_number = 1
        try:
            results = search(query, translation.get_language(), page_number, PER_PAGE)
        except QueryError as error:
            context["error"] = error.code
        else:
            context["results"] = results
            paginator = Paginator(range(results.total), PER_PAGE)
            context["pages"] = paginator.get_page(page_number) if results.total else None
    status = 400 if context["error"] else 200
    return TemplateResponse(request, "search/search_page.html", context, status=status)
