from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api
from cms.api_v2 import api_router
from cms.feeds import AtomNewsFeed, NewsFeed
from cms.sitemap import sitemap
from cms.views import robots_txt
from search.views import search_page

# Outside the language prefixes: admin, APIs, documents, sitemap.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/", api.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Reader pages: /fi/..., /sv/..., /en/...; "/" redirects to the reader's language.
urlpatterns += i18n_patterns(
    path("search/", search_page, name="search"),
    path("feeds/news/", NewsFeed(), name="news_feed"),
    path("feeds/news/atom/", AtomNewsFeed(), name="news_feed_atom"),
    path("feeds/news/<slug:audience>/", NewsFeed(), name="audience_feed"),
    path("feeds/news/<slug:audience>/atom/", AtomNewsFeed(), name="audience_feed_atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
