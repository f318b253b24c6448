"""RSS and Atom feeds of news, per language and optionally per audience.

/fi/feeds/news/                 all Finnish news and calls (RSS 2.0)
/fi/feeds/news/atom/            the same as Atom
/sv/feeds/news/<audience-slug>/ Swedish news for one audience (slug in that language)
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cms.models import Audience, NewsPage

FEED_SIZE = 30


class NewsFeed(Feed):
    def get_object(self, request, audience=None):
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        if locale is None:
            raise Http404
        selected = None
        if audience is not None:
            selected = Audience.objects.filter(locale=locale, slug=audience).first()
            if selected is None:
                raise Http404
        self.request = request
        return {"locale": locale, "audience": selected}

    def title(self, obj):
        name = str(settings.WAGTAIL_SITE_NAME)
        if obj["audience"] is not None:
            return f"{name}: {obj['audience'].name}"
        return f"{name}: {_('News')}"

    def link(self, obj):
        return self.request.build_absolute_uri(f"/{obj['locale'].language_code}/")

    def description(self, obj):
        return _("Latest news and calls for applications")

    def items(self, obj):
        if obj["audience"] is not None:
            return NewsPage.for_audience(obj["audience"], obj["locale"], limit=FEED_SIZE)
        return NewsPage.latest(obj["locale"], limit=FEED_SIZE)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.original_date

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.news_type_label, *(a.name for a in item.local_audiences())]


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
