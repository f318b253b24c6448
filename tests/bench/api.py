"""API listing cost: SQL queries and latency for one 100-item ``fields=*`` page of news.

Seeds the small demo site plus N news items (10, 100, 1000 by default), then measures, in
the same run on the same data, our v2 endpoint (``/api/v2/pages/``, with its publishing rules
and batch lookups) against Wagtail's stock ``PagesAPIViewSet`` on its own router. The query
count must not grow with N (no N+1).

    BENCH_SIZES=10,100,1000 BENCH_REQUESTS=30 \\
        DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python -m tests.bench.api
"""

import datetime as dt
import os

from tests.bench.common import report, setup_django, summary, throwaway_database, timed

LISTING = {"type": "cms.NewsPage", "fields": "*", "limit": "100"}


def seed(total: int):
    """Add news items (with audiences) until the Finnish news index holds ``total``."""
    from django.utils import timezone
    from wagtail.models import Locale

    from cms.models import Audience, NewsIndexPage, NewsPage

    locale = Locale.objects.get(language_code="fi")
    index = NewsIndexPage.objects.get(locale=locale)
    audiences = list(Audience.objects.filter(locale=locale))
    have = NewsPage.objects.child_of(index).count()
    for number in range(have, total):
        page = NewsPage(
            title=f"Uutinen {number}",
            slug=f"bench-{number}",
            lead="Kunnat kehittävät kotoutumispalveluja yhdessä järjestöjen kanssa.",
            body=[("paragraph", "<p>Kotoutumisen edistäminen kunnissa.</p>")],
            original_published_at=timezone.now() - dt.timedelta(hours=number),
        )
        page.audiences.set(audiences[: 1 + number % len(audiences)])
        index.add_child(instance=page)
        page.save_revision().publish()


def listing(viewset_class):
    """Call ``viewset_class``'s listing directly (the router only builds detail URLs)."""
    from cms.api_v2 import api_router

    view = viewset_class.as_view({"get": "listing_view"})

    def call(request):
        request.wagtailapi_router = api_router
        return view(request)

    return call


def stock_view():
    from wagtail.api.v2.views import PagesAPIViewSet

    return listing(PagesAPIViewSet)


def ours_view():
    from cms.api_v2 import PortalPagesAPIViewSet

    return listing(PortalPagesAPIViewSet)


def measure(name, call, requests):
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    factory = RequestFactory()

    def once(_index=0):
        response = call(factory.get("/api/v2/pages/", LISTING))
        response.render()
        assert response.status_code == 200, response.content[:300]
        return response

    once()  # warm caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        items = len(once().data["items"])
    return {
        "variant": name,
        "queries": len(queries),
        "items": items,
        **summary(timed(once, requests)),
    }


def run(sizes, requests) -> dict:
    rows = []
    for size in sizes:
        seed(size)
        for name, view in (("stock v2", stock_view()), ("ours v2", ours_view())):
            row = measure(f"{name}, {size} news", view, requests)
            row["news_stored"] = size
            rows.append(row)
    result = report("api_listing", rows, baseline=f"stock v2, {sizes[0]} news")
    print(f"{'variant':<28}{'queries':>9}{'items':>7}")
    for row in rows:
        print(f"{row['variant']:<28}{row['queries']:>9}{row['items']:>7}")
    return result


def main():
    setup_django()
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "10,100,1000").split(",")]
    requests = int(os.environ.get("BENCH_REQUESTS", "30"))
    with throwaway_database():
        run(sizes, requests)


if __name__ == "__main__":
    main()
