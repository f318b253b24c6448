from django.db import models
from django.utils.translation import gettext_lazy as _


class WebhookDelivery(models.Model):
    """One publish notification to one receiver: written with the change, sent after commit.

    Rows stay as the delivery log: attempts, the last error and when it was delivered.
    """

    class Event(models.TextChoices):
        PUBLISHED = "page.published", _("Published")
        UNPUBLISHED = "page.unpublished", _("Unpublished")
        MOVED = "page.moved", _("Moved")
        DELETED = "page.deleted", _("Deleted")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    event = models.CharField(_("event"), max_length=32, choices=Event.choices)
    page_id = models.PositiveIntegerField(_("page id"), db_index=True)
    target = models.URLField(_("receiver"), max_length=500)
    payload = models.JSONField(_("payload"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.event} page {self.page_id} → {self.target} ({self.status})"
