from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers

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
