"""Wagtail's v2 API (``/api/v2/``) with the portal's publishing and language rules.

Changes from stock Wagtail, each for a reason:
- only published pages: live, not expired at request time, and never behind any view
  restriction (a password a browser session once entered does not open the API);
- each page is serialised in its own language, so links inside it resolve to that
  language's pages;
- ``find/?html_path=/sv/...`` routes from that language's root instead of the default
  site root.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.http import http_date
from wagtail.api.v2.filters import LocaleFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Site

from cms.models import NewsPage
from cms.models.base import language_code_of, prefetch_breadcrumbs, prefetch_translations
from cms.publishing import published_pages


class LocalizedPageSerializer(PageSerializer):
    """Serialises a page with its own language active (URLs, labels, chosen pages)."""

    def to_representation(self, instance):
        code = language_code_of(instance.locale_id)
        with translation.override(code):
            data = super().to_representation(instance)
        request = self.context.get("request")
        if request is not None and "fallback" in request.GET and "meta" in data:
            # Tells the front end this item stands in for a missing translation.
            data["meta"]["is_fallback"] = code != request.GET.get("locale")
        return data


class FallbackLocaleFilter(LocaleFilter):
    """``?locale=sv&fallback=fi``: Swedish pages, plus the Finnish version of every page that
    has no published Swedish translation. Without ``fallback``, Wagtail's own locale filter."""

    def filter_queryset(self, request, queryset, view):
        fallback = request.GET.get("fallback")
        if not fallback:
            return super().filter_queryset(request, queryset, view)
        if "locale" not in request.GET:
            raise BadRequestError("fallback needs locale")
        wanted = get_object_or_404(Locale, language_code=request.GET["locale"])
        backup = get_object_or_404(Locale, language_code=fallback)
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        translated = view.get_base_queryset().filter(locale=wanted).values("translation_key")
        queryset = queryset.filter(
            Q(locale=wanted) | (Q(locale=backup) & ~Q(translation_key__in=translated))
        )
        if child_of:
            queryset._filtered_by_child_of = child_of
        return queryset


class PortalPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = LocalizedPageSerializer
    filter_backends = [
        FallbackLocaleFilter if backend is LocaleFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["fallback"])

    def get_base_queryset(self):
        return published_pages(super().get_base_queryset())

    def paginate_queryset(self, queryset):
        """Fetch what every item of the page needs in a few queries, not a few per item."""
        if hasattr(queryset, "select_related"):
            queryset = queryset.select_related("locale")
        pages = list(super().paginate_queryset(queryset))
        prefetch_translations(pages)
        prefetch_breadcrumbs(pages)
        news = [page for page in pages if isinstance(page, NewsPage)]
        if news:
            NewsPage.prefetch_audiences(news)
        return pages

    def detail_view(self, request, pk):
        response = super().detail_view(request, pk)
        published = self.get_object().last_published_at
        if published is not None:
            # With the ETag, lets caches revalidate by date (If-Modified-Since -> 304).
            response["Last-Modified"] = http_date(published.timestamp())
        return response

    def find_object(self, queryset, request):
        if "html_path" not in request.GET:
            return super().find_object(queryset, request)
        site = Site.find_for_request(request)
        if site is None:
            return None
        components = [part for part in request.GET["html_path"].split("/") if part]
        languages = {code for code, _name in settings.LANGUAGES}
        language = settings.LANGUAGE_CODE
        if components and components[0] in languages:
            language, components = components[0], components[1:]
        locale = Locale.objects.filter(language_code=language).first()
        root = site.root_page.get_translation_or_none(locale) if locale else None
        if root is None:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None


def serialize_page(page, request) -> dict:
    """``page`` (saved or in memory) in the shape of ``/api/v2/pages/{id}/?fields=*``."""
    request.wagtailapi_router = api_router
    view = PortalPagesAPIViewSet()
    view.request = request
    view.action = "detail_view"
    view.kwargs = {}
    view.format_kwarg = None
    serializer_class = view._get_serializer_class(
        api_router, type(page), [("*", False, None)], show_details=True
    )
    return serializer_class(page, context=view.get_serializer_context()).data


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
