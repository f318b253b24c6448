"""Publish notifications: outbox written with the change, signed POST after commit, retries."""

import datetime as dt
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from cms.models import WebhookDelivery


class Receiver:
    """A webhook receiver on 127.0.0.1 that records what it gets."""

    def __init__(self, status=204):
        self.requests = []
        self.status = status
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server API
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.requests.append((dict(self.headers), body))
                self.send_response(outer.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    hook = Receiver()
    settings.WEBHOOK_URLS = [hook.url]
    settings.WEBHOOK_SECRET = "test-webhook-secret"
    settings.WEBHOOK_DELIVERY = "inline"
    yield hook
    hook.close()


SECRET = "test-webhook-secret"


def verify(headers, body, secret=SECRET):
    expected = hmac.new(
        secret.encode(), headers["X-Portal-Timestamp"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(headers["X-Portal-Signature"], f"sha256={expected}")


def test_publish_writes_the_outbox_and_delivers_after_commit(
    receiver, site_pages, django_capture_on_commit_callbacks
):
    page = site_pages["forum", "en"]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.save_revision().publish()
        row = WebhookDelivery.objects.get(page_id=page.pk)
        assert row.status == "pending" and receiver.requests == []  # nothing before commit
    for callback in callbacks:
        callback()
    headers, body = receiver.requests[-1]
    assert verify(headers, body)
    assert headers["X-Portal-Event"] == "page.published"
    payload = json.loads(body)
    assert payload["page_id"] == page.pk and payload["locale"] == "en"
    assert payload["url"] == page.url and payload["url_path"] == page.url_path
    row.refresh_from_db()
    assert row.status == "sent" and row.attempts == 1


def test_rolled_back_publish_notifies_nobody(receiver, site_pages):
    page = site_pages["forum", "en"]
    with pytest.raises(RuntimeError), transaction.atomic():
        page.save_revision().publish()
        raise RuntimeError("editor's save failed")
    assert not WebhookDelivery.objects.exists()
    assert receiver.requests == []


def test_payload_never_carries_draft_content(
    receiver, site_pages, django_capture_on_commit_callbacks
):
    page = site_pages["forum", "en"]
    page.title = "Secret draft"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()  # a draft: no event at all
    assert receiver.requests == []
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    _headers, body = receiver.requests[-1]
    assert b"Secret draft" not in body and json.loads(body)["event"] == "page.unpublished"


def test_move_and_delete_are_notified(receiver, site_pages, django_capture_on_commit_callbacks):
    section = site_pages["legislation", "fi"]
    target = site_pages["services", "fi"]
    with django_capture_on_commit_callbacks(execute=True):
        section.move(target, pos="last-child")
    moved = json.loads(receiver.requests[-1][1])
    assert moved["event"] == "page.moved" and moved["url_path_before"].endswith("/legislation-fi/")
    with django_capture_on_commit_callbacks(execute=True):
        type(section).objects.get(pk=section.pk).delete()
    deleted = json.loads(receiver.requests[-1][1])
    assert deleted["event"] == "page.deleted" and deleted["page_id"] == section.pk


def test_failed_delivery_is_retried_with_backoff(
    settings, site_pages, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_URLS = ["http://127.0.0.1:9/unreachable"]  # the discard port: refused
    settings.WEBHOOK_SECRET = "s"
    settings.WEBHOOK_DELIVERY = "inline"
    settings.WEBHOOK_TIMEOUT = 1
    with django_capture_on_commit_callbacks(execute=True):
        site_pages["forum", "en"].save_revision().publish()
    row = WebhookDelivery.objects.get()
    assert row.status == "pending" and row.attempts == 1 and row.last_error
    assert row.next_attempt_at > timezone.now() + dt.timedelta(seconds=25)
    call_command("deliver_webhooks", stdout=__import__("io").StringIO())
    row.refresh_from_db()
    assert row.attempts == 1  # not due yet
    hook = Receiver()
    try:
        WebhookDelivery.objects.filter(pk=row.pk).update(
            target=hook.url, next_attempt_at=timezone.now() - dt.timedelta(seconds=1)
        )
        call_command("deliver_webhooks", stdout=__import__("io").StringIO())
        row.refresh_from_db()
        assert row.status == "sent" and row.attempts == 2 and len(hook.requests) == 1
    finally:
        hook.close()


def test_receiver_errors_count_as_failures(
    settings, site_pages, django_capture_on_commit_callbacks
):
    hook = Receiver(status=500)
    settings.WEBHOOK_URLS = [hook.url]
    settings.WEBHOOK_SECRET = "s"
    settings.WEBHOOK_DELIVERY = "inline"
    try:
        with django_capture_on_commit_callbacks(execute=True):
            site_pages["forum", "en"].save_revision().publish()
    finally:
        hook.close()
    row = WebhookDelivery.objects.get()
    assert row.status == "pending" and "500" in row.last_error


def test_no_receivers_means_no_rows(settings, site_pages):
    settings.WEBHOOK_URLS = []
    site_pages["forum", "en"].save_revision().publish()
    assert not WebhookDelivery.objects.exists()


def test_deliveries_are_listed_in_the_admin(admin_client, receiver, site_pages):
    site_pages["forum", "en"].save_revision().publish()
    response = admin_client.get("/admin/webhooks/")
    assert response.status_code == 200 and "page.published" in response.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_thread_mode_delivers_after_a_real_commit_without_blocking(settings):
    """The default mode: the editor's request returns; a background thread sends."""
    import time

    from cms.models import NewsPage

    hook = Receiver()
    settings.WEBHOOK_URLS = [hook.url]
    settings.WEBHOOK_SECRET = SECRET
    settings.WEBHOOK_DELIVERY = "thread"
    try:
        page = NewsPage.objects.filter(locale__language_code="en").first()
        page.save_revision().publish()
        deadline = time.monotonic() + 10
        while not hook.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(hook.requests) == 1
        headers, body = hook.requests[0]
        assert verify(headers, body) and json.loads(body)["page_id"] == page.pk
        while time.monotonic() < deadline:
            if WebhookDelivery.objects.filter(status="sent").exists():
                break
            time.sleep(0.05)
        assert WebhookDelivery.objects.get().status == "sent"
    finally:
        hook.close()
