from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import UnansweredQuery


class UnansweredQueryViewSet(ModelViewSet):
    """Searches that found nothing, most frequent first: gaps in the content or its words."""

    model = UnansweredQuery
    icon = "search"
    menu_label = _("Searches without results")
    menu_order = 730
    add_to_admin_menu = True
    list_display = ["query_string", "locale", "count", "last_seen"]
    list_filter = ["locale"]
    search_fields = ["query_string"]
    form_fields = ["query_string", "locale"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_unanswered_viewset():
    return UnansweredQueryViewSet("unanswered_searches")
