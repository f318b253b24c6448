from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers

from forms_ext import ratelimit

# Served outside the /fi/, /sv/, /en/ prefixes (see cms/urls.py).
UNPREFIXED_PATHS = ("/api/", "/admin/", "/documents/", "/sitemap.xml", "/robots.txt")


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s.

    Wagtail's catch-all page route makes every path valid under ``/fi/``, so stock Django
    would turn a 404 from the API or the admin into a redirect to ``/fi/api/...``.
    """

    def process_response(self, request, response):
        path = request.path_info
        if path.startswith(UNPREFIXED_PATHS) or path.startswith(
            (settings.MEDIA_URL, settings.STATIC_URL)
        ):
            # Messages there may still follow Accept-Language.
            patch_vary_headers(response, ("Accept-Language",))
            return response
        return super().process_response(request, response)


class ApiRateLimitMiddleware:
    """Anonymous clients get API_RATE_LIMIT requests per period on /api/ (both families);
    logged-in editors are not counted. Over the limit: 429 in the portal's error format."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path_info.startswith("/api/")
            and not request.user.is_authenticated
            and not ratelimit.allow(request, "api", settings.API_RATE_LIMIT)
        ):
            from cms.api import problem_response

            return problem_response(
                429,
                "rate_limited",
                "Too many requests.",
                headers={"Retry-After": str(settings.API_RATE_LIMIT[1])},
            )
        return self.get_response(request)


class ApiCacheMiddleware:
    """Cache headers for the APIs (/api/ and /api/v2/) where a view set none.

    Successful GETs are public for API_CACHE_SECONDS (ConditionalGetMiddleware adds the ETag
    and answers If-None-Match with 304); everything else is never stored. The answer can
    depend on Accept-Language (messages) and Origin (CORS), so caches key on both.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path_info.startswith("/api/"):
            return response
        if not response.has_header("Cache-Control"):
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                response["Cache-Control"] = f"public, max-age={settings.API_CACHE_SECONDS}"
            else:
                response["Cache-Control"] = "no-store"
        patch_vary_headers(response, ("Accept-Language", "Origin"))
        return response
