"""Simultaneous submissions: the cap and the deadline hold, and no request is lost.

Runs on whichever database the suite uses: PostgreSQL in CI (row lock on the form's counter)
and SQLite in a file (immediate transactions with a busy timeout).
"""

import datetime as dt
import threading
import time

import pytest
from django.db import connection
from django.utils import timezone

from forms_ext.models import ApplicationFormPage, ApplicationSubmission
from forms_ext.refusals import SubmissionRefused
from forms_ext.submissions import submit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

THREADS = 50


def run_concurrently(page_id, delays, on_start=None):
    """Submit once per delay from its own thread and connection; collect every outcome.

    ``on_start`` runs once, the moment all threads are ready, before any of them submits.
    """
    barrier = threading.Barrier(len(delays), action=on_start)
    outcomes, errors = [], []
    lock = threading.Lock()

    def worker(index, delay):
        try:
            connection.ensure_connection()
            barrier.wait(timeout=30)
            time.sleep(delay)
            page = ApplicationFormPage.objects.get(pk=page_id)
            data = {
                "full_name": f"Applicant {index}",
                "email": f"a{index}@example.org",
                "consent": "on",
            }
            try:
                result = submit(page, data)
                outcome = ("stored", result.submission.submit_time)
            except SubmissionRefused as refusal:
                outcome = (refusal.code, None)
            with lock:
                outcomes.append(outcome)
        except Exception as error:  # noqa: BLE001 - every failure is reported by the test
            with lock:
                errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, d)) for i, d in enumerate(delays)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes, errors


def form_page_id():
    return ApplicationFormPage.objects.get(locale__language_code="en").pk


def test_fifty_simultaneous_submissions_against_a_cap_of_ten_store_exactly_ten():
    page_id = form_page_id()
    ApplicationFormPage.objects.filter(pk=page_id).update(max_submissions=10)
    outcomes, errors = run_concurrently(page_id, [0.0] * THREADS)
    assert errors == []
    assert len(outcomes) == THREADS
    codes = [code for code, _when in outcomes]
    assert codes.count("stored") == 10
    assert codes.count("form_full") == THREADS - 10
    assert ApplicationSubmission.objects.filter(page_id=page_id).count() == 10


def test_submissions_straddling_the_deadline_store_none_after_it():
    page_id = form_page_id()
    deadline = {}

    def close_soon():
        # Runs when every thread is connected and waiting: the deadline is a second away
        # (wide enough that early threads beat it even on a loaded machine).
        deadline["closes"] = timezone.now() + dt.timedelta(milliseconds=1000)
        ApplicationFormPage.objects.filter(pk=page_id).update(closes_at=deadline["closes"])

    # Spread the starts over 0-2000 ms so roughly half arrive after the close.
    outcomes, errors = run_concurrently(
        page_id, [i * 0.04 for i in range(THREADS)], on_start=close_soon
    )
    closes = deadline["closes"]
    assert errors == []
    assert len(outcomes) == THREADS
    stored = [when for code, when in outcomes if code == "stored"]
    refused = [code for code, _when in outcomes if code != "stored"]
    assert all(when < closes for when in stored)
    assert set(refused) <= {"form_closed"}
    assert stored and refused  # the run really straddled the deadline
    in_db = ApplicationSubmission.objects.filter(page_id=page_id)
    assert in_db.count() == len(stored)
    assert not in_db.filter(submit_time__gte=closes).exists()
