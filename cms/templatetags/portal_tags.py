from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """Links to this page in the other languages where it is published.

    On a page, only its published translations are offered (no link to a language that has
    no such page). Off the page tree (search, 404), each language's version of the URL.
    """
    names = dict(settings.LANGUAGES)
    current = translation.get_language()
    request = context.get("request")
    if page is not None and hasattr(page, "published_translations"):
        return [
            {
                "code": p.locale.language_code,
                "name": names.get(p.locale.language_code, p.locale.language_code),
                "url": p.get_url(request=request),
                "current": p.locale.language_code == current,
            }
            for p in page.published_translations()
        ]
    path = request.get_full_path() if request else "/"
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The menu of the language being read: its home page's published ``show_in_menus`` pages."""
    from wagtail.models import Site

    from cms.publishing import published_pages

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home = site.root_page.localized
    return list(published_pages(home.get_children().filter(show_in_menus=True)).specific())


@register.simple_tag(takes_context=True)
def home_url(context):
    from wagtail.models import Site

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized.get_url(request=request) if site else "/"


@register.simple_tag
def localized(page):
    """A page chosen in settings, in the language being read (if published there)."""
    from blocks.references import localized_page

    return localized_page(page)
