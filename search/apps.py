from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        # Their signal receivers: the index in step with publishing, the promotions cache.
        from search import indexing, promotions  # noqa: F401
