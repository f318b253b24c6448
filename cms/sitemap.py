"""``/sitemap.xml``: every published page in every language, with hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from cms.publishing import published_pages


def sitemap_entries(request):
    """One entry per published page: its URL, last change and its published translations."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = published_pages(Page.objects.exclude(depth=1)).select_related("locale")
    # Only pages this site serves (another Site's tree has its own sitemap).
    pages = [
        page
        for page in pages.order_by("path")
        if (parts := page.get_url_parts(request)) and parts[0] == site.pk
    ]
    groups = defaultdict(list)
    for page in pages:
        groups[page.translation_key].append(page)
    order = [code for code, _name in settings.LANGUAGES]
    entries = []
    for page in pages:
        siblings = sorted(
            groups[page.translation_key], key=lambda p: order.index(p.locale.language_code)
        )
        entries.append(
            {
                "location": page.get_full_url(request),
                "lastmod": page.last_published_at or page.latest_revision_created_at,
                "alternates": [
                    {"lang": p.locale.language_code, "location": p.get_full_url(request)}
                    for p in siblings
                ]
                if len(siblings) > 1
                else [],
            }
        )
    return entries


@require_GET
@cache_control(max_age=600, public=True)
def sitemap(request):
    return TemplateResponse(
        request,
        "sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml",
    )
