"""The window rule as pure logic: no database, a frozen clock, boundaries to the microsecond."""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from forms_ext.window import (
    WindowState,
    describe_window,
    last_day,
    next_transition,
    seconds_until_transition,
    window_state,
)

HELSINKI = ZoneInfo("Europe/Helsinki")
US = dt.timedelta(microseconds=1)


@dataclass
class W:
    opens_at: dt.datetime | None = None
    closes_at: dt.datetime | None = None
    max_submissions: int | None = None


OPENS = dt.datetime(2021, 7, 1, 0, 0, tzinfo=HELSINKI)
CLOSES = dt.datetime(2021, 9, 1, 0, 0, tzinfo=HELSINKI)
NORDIC = W(OPENS, CLOSES)


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (OPENS - dt.timedelta(days=1), WindowState.UPCOMING),
        (OPENS - US, WindowState.UPCOMING),
        (OPENS, WindowState.OPEN),
        (OPENS + US, WindowState.OPEN),
        (CLOSES - US, WindowState.OPEN),
        (CLOSES, WindowState.CLOSED),
        (CLOSES + US, WindowState.CLOSED),
    ],
)
def test_window_is_half_open_to_the_microsecond(now, state):
    assert window_state(NORDIC, now) == state


def test_the_same_instant_in_utc_gives_the_same_answer():
    utc = CLOSES.astimezone(dt.UTC)
    assert window_state(NORDIC, utc - US) == WindowState.OPEN
    assert window_state(NORDIC, utc) == WindowState.CLOSED


@pytest.mark.parametrize(
    ("window", "state"),
    [
        (W(), WindowState.OPEN),
        (W(opens_at=OPENS), WindowState.OPEN),
        (W(closes_at=CLOSES), WindowState.CLOSED),
        (W(closes_at=CLOSES + dt.timedelta(days=1)), WindowState.OPEN),
    ],
)
def test_empty_bounds_mean_no_bound(window, state):
    assert window_state(window, CLOSES) == state


def test_cap_makes_an_open_window_full_but_never_reopens_a_closed_one():
    capped = W(OPENS, CLOSES, max_submissions=10)
    assert window_state(capped, OPENS, submitted=9) == WindowState.OPEN
    assert window_state(capped, OPENS, submitted=10) == WindowState.FULL
    assert window_state(capped, CLOSES, submitted=0) == WindowState.CLOSED
    assert window_state(capped, OPENS - US, submitted=10) == WindowState.UPCOMING
    assert window_state(W(max_submissions=0), OPENS) == WindowState.FULL


@pytest.mark.parametrize("closes", [OPENS, OPENS - US, OPENS - dt.timedelta(days=3)])
def test_misconfigured_window_counts_as_closed(closes):
    broken = W(OPENS, closes)
    for now in (OPENS - dt.timedelta(days=10), OPENS, OPENS + dt.timedelta(days=10)):
        assert window_state(broken, now) == WindowState.CLOSED
    assert next_transition(broken, OPENS) is None


# Last Sunday of March and of October 2026: 03:00 -> 04:00 and 04:00 -> 03:00 in Helsinki.
SPRING = dt.datetime(2026, 3, 29, 4, 0, tzinfo=HELSINKI)  # first local time after the jump
AUTUMN_FIRST = dt.datetime(2026, 10, 25, 3, 30, tzinfo=HELSINKI, fold=0)  # EEST, UTC+3
AUTUMN_SECOND = dt.datetime(2026, 10, 25, 3, 30, tzinfo=HELSINKI, fold=1)  # EET, UTC+2


def test_deadline_on_the_spring_forward_day():
    window = W(closes_at=SPRING)
    # 02:59:59.999999 EET is one microsecond before 04:00 EEST.
    before = dt.datetime(2026, 3, 29, 0, 59, 59, 999999, tzinfo=dt.UTC)
    assert before.astimezone(HELSINKI).hour == 2
    assert window_state(window, before) == WindowState.OPEN
    assert window_state(window, SPRING.astimezone(dt.UTC)) == WindowState.CLOSED


def test_deadline_in_the_repeated_autumn_hour_uses_the_chosen_instant():
    assert dt.timedelta(0) == AUTUMN_SECOND - AUTUMN_FIRST  # same wall clock...
    first, second = AUTUMN_FIRST.astimezone(dt.UTC), AUTUMN_SECOND.astimezone(dt.UTC)
    assert second - first == dt.timedelta(hours=1)  # ...an hour apart in reality
    window = W(closes_at=first)
    assert window_state(window, first - US) == WindowState.OPEN
    assert window_state(window, first) == WindowState.CLOSED
    assert window_state(window, second) == WindowState.CLOSED


def test_next_transition_and_cache_lifetime_never_outlive_the_state():
    assert next_transition(NORDIC, OPENS - dt.timedelta(hours=1)) == OPENS
    assert next_transition(NORDIC, OPENS) == CLOSES
    assert next_transition(NORDIC, CLOSES) is None
    assert seconds_until_transition(NORDIC, CLOSES - dt.timedelta(seconds=5), cap=60) == 5
    assert seconds_until_transition(NORDIC, CLOSES - US, cap=60) == 0
    assert seconds_until_transition(NORDIC, CLOSES, cap=60) == 60


def test_midnight_close_ends_on_the_previous_day():
    assert last_day(CLOSES) == (dt.date(2021, 8, 31), False)
    four_pm = dt.datetime(2021, 8, 31, 16, 0, tzinfo=HELSINKI)
    assert last_day(four_pm) == (dt.date(2021, 8, 31), True)


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (NORDIC, "Applications accepted from 1 July to 31 August 2021"),
        (
            W(OPENS, dt.datetime(2021, 8, 31, 16, 0, tzinfo=HELSINKI)),
            "Applications accepted from 1 July to 31 August 2021 at 16:00",
        ),
        (
            W(dt.datetime(2021, 12, 1, tzinfo=HELSINKI), dt.datetime(2022, 1, 16, tzinfo=HELSINKI)),
            "Applications accepted from 1 December 2021 to 15 January 2022",
        ),
        (W(closes_at=CLOSES), "Applications accepted until 31 August 2021"),
        (W(opens_at=OPENS), "Applications accepted from 1 July 2021"),
        (W(), "Applications accepted at any time"),
        (W(CLOSES, OPENS), "Applications are not being accepted."),
    ],
)
def test_window_sentence_in_english(window, expected):
    assert describe_window(window, "en") == expected


def test_window_sentence_follows_each_language_convention():
    with translation.override("en"):
        assert describe_window(NORDIC, "fi") == "Hakemuksia otetaan vastaan 1.7.–31.8.2021"
        assert describe_window(NORDIC, "sv") == "Ansökningar tas emot 1.7.–31.8.2021"
