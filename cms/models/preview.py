import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _


class PagePreview(models.Model):
    """One snapshot of a page as an editor is previewing it, for the front end to render.

    Read only through a signed, short-lived token that names this row; old rows are removed
    whenever a new one is made.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    content = models.JSONField(encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page preview")
        verbose_name_plural = _("page previews")

    def __str__(self):
        return f"preview of page {self.page_id} ({self.created_at:%Y-%m-%d %H:%M})"
