"""Publish notifications to front ends: a transactional outbox with signed deliveries.

On publish, unpublish, move and delete, one ``WebhookDelivery`` row per configured receiver
is written *in the same transaction* as the change (so a rolled-back publish notifies
nobody). After commit the rows are sent from a background thread with a short timeout, so
the editor never waits on a receiver; ``manage.py deliver_webhooks`` retries failures with
exponential backoff. Payloads come from the database row, never from a draft in memory, and
carry no content: ``{"event", "page_id", "locale", "url_path", "url", "occurred_at"}``.

Each POST is signed: ``X-Portal-Signature: sha256=<hex>`` is the HMAC-SHA256, keyed with
``WEBHOOK_SECRET``, of ``<X-Portal-Timestamp>.<raw body>``.
"""

import datetime as dt
import hashlib
import hmac
import json
import logging
import threading
import time

import requests
from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.models.webhooks import WebhookDelivery

logger = logging.getLogger(__name__)
Event = WebhookDelivery.Event
MAX_ATTEMPTS = 8


def signature(body: bytes, timestamp: str) -> str:
    """The value of X-Portal-Signature for ``body`` sent at ``timestamp``."""
    digest = hmac.new(
        settings.WEBHOOK_SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256
    )
    return f"sha256={digest.hexdigest()}"


def _payload(event: str, page_id: int, locale_code: str, url_path: str, url: str | None):
    return {
        "event": event,
        "page_id": page_id,
        "locale": locale_code,
        "url_path": url_path,
        "url": url,
        "occurred_at": timezone.now().isoformat(),
    }


def record(event: str, page_id: int, payload: dict) -> list[int]:
    """Write one outbox row per receiver; send them once the transaction commits."""
    targets = settings.WEBHOOK_URLS
    if not targets:
        return []
    rows = WebhookDelivery.objects.bulk_create(
        [
            WebhookDelivery(event=event, page_id=page_id, target=target, payload=payload)
            for target in targets
        ]
    )
    ids = [row.pk for row in rows]  # PostgreSQL and SQLite 3.35+ return the new keys
    transaction.on_commit(lambda: dispatch(ids))
    return ids


def dispatch(ids: list[int]):
    """Send after commit: in a background thread, unless configured to send inline (tests)."""
    if settings.WEBHOOK_DELIVERY == "inline":
        deliver_ids(ids)
    elif settings.WEBHOOK_DELIVERY == "thread":
        threading.Thread(target=_deliver_in_thread, args=(ids,), daemon=True).start()
    # "cron": manage.py deliver_webhooks sends them.


def _deliver_in_thread(ids):
    try:
        deliver_ids(ids)
    finally:
        close_old_connections()
        connection.close()


def deliver_ids(ids) -> tuple[int, int]:
    sent = failed = 0
    for delivery in WebhookDelivery.objects.filter(pk__in=ids, status="pending"):
        if deliver(delivery):
            sent += 1
        else:
            failed += 1
    return sent, failed


def deliver(delivery: WebhookDelivery) -> bool:
    """POST one delivery; record the outcome and schedule the next try on failure."""
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = str(int(time.time()))
    delivery.attempts += 1
    try:
        response = requests.post(
            delivery.target,
            data=body,
            timeout=settings.WEBHOOK_TIMEOUT,
            allow_redirects=False,
            headers={
                "Content-Type": "application/json",
                "User-Agent": "integration-portal-webhooks/1",
                "X-Portal-Event": delivery.event,
                "X-Portal-Delivery": str(delivery.pk),
                "X-Portal-Timestamp": timestamp,
                "X-Portal-Signature": signature(body, timestamp),
            },
        )
        if not 200 <= response.status_code < 300:
            raise requests.HTTPError(f"receiver answered {response.status_code}")
    except requests.RequestException as error:
        delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
        if delivery.attempts >= MAX_ATTEMPTS:
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.next_attempt_at = None
        else:
            backoff = min(30 * 2 ** (delivery.attempts - 1), 3600)
            delivery.next_attempt_at = timezone.now() + dt.timedelta(seconds=backoff)
        delivery.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        logger.warning("Webhook %s to %s failed: %s", delivery.pk, delivery.target, error)
        return False
    delivery.status = WebhookDelivery.Status.SENT
    delivery.delivered_at = timezone.now()
    delivery.next_attempt_at = None
    delivery.last_error = ""
    delivery.save(
        update_fields=["attempts", "last_error", "status", "next_attempt_at", "delivered_at"]
    )
    return True


def retry_due(now=None) -> tuple[int, int]:
    """Send every pending delivery whose next attempt is due (or never tried)."""
    now = now or timezone.now()
    due = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING).filter(
        next_attempt_at__isnull=True
    ) | WebhookDelivery.objects.filter(
        status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now
    )
    return deliver_ids(list(due.values_list("pk", flat=True)))


# --- Signals: the payload is read from the saved row ----------------------------------------
def _from_database(page_id: int):
    return Page.objects.filter(pk=page_id).select_related("locale").first()


def _record_page_event(event: str, page_id: int):
    page = _from_database(page_id)
    if page is None:
        return
    record(
        event,
        page.pk,
        _payload(event, page.pk, page.locale.language_code, page.url_path, page.get_url()),
    )


@receiver(page_published)
def _on_published(sender, instance, **kwargs):
    _record_page_event(Event.PUBLISHED, instance.pk)


@receiver(page_unpublished)
def _on_unpublished(sender, instance, **kwargs):
    _record_page_event(Event.UNPUBLISHED, instance.pk)


@receiver(post_page_move)
def _on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    page = _from_database(instance.pk)
    if page is None or not page.live:
        return
    payload = _payload(
        Event.MOVED, page.pk, page.locale.language_code, page.url_path, page.get_url()
    )
    payload["url_path_before"] = url_path_before
    record(Event.MOVED, page.pk, payload)


@receiver(post_delete, sender=Page)
def _on_deleted(sender, instance, **kwargs):
    # The row is gone: its identity fields (never draft content) are all there is. Wagtail
    # has already sent page_unpublished for a live page, so front ends may drop it either way.
    code = instance.locale.language_code if instance.locale_id else ""
    record(
        Event.DELETED,
        instance.pk,
        _payload(Event.DELETED, instance.pk, code, instance.url_path, None),
    )
