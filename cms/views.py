"""Views outside the page tree: error pages and robots.txt."""

from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.http import require_GET


def page_not_found(request, exception=None):
    if request.path.startswith("/api/"):
        from cms.api import problem_response

        return problem_response(404, "not_found", "Not found.")
    return HttpResponseNotFound(loader.render_to_string("404.html", {}, request))


def server_error(request):
    # No context processors or database access: this page must render when those fail.
    return HttpResponseServerError(loader.get_template("500.html").render({}))


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
