"""The application window: the one place that decides whether a form takes submissions.

Pure functions over plain values, so the rule is tested without a database and read the
same way by the form page, the call page, the HTML view and the API.

A window is half-open, ``[opens_at, closes_at)``: a submission at exactly ``closes_at`` is
late. Either bound may be empty (no bound). A window whose close is not after its open is
misconfigured and counts as closed.
"""

import datetime as dt
from enum import StrEnum
from typing import Protocol

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class WindowState(StrEnum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"
    FULL = "full"

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self])


STATE_LABELS = {
    WindowState.UPCOMING: gettext_lazy("Not open yet"),
    WindowState.OPEN: gettext_lazy("Open"),
    WindowState.CLOSED: gettext_lazy("Closed"),
    WindowState.FULL: gettext_lazy("Full"),
}


class Window(Protocol):
    """Anything with the three window fields, e.g. an ApplicationFormPage."""

    opens_at: dt.datetime | None
    closes_at: dt.datetime | None
    max_submissions: int | None


def is_misconfigured(window: Window) -> bool:
    return (
        window.opens_at is not None
        and window.closes_at is not None
        and window.closes_at <= window.opens_at
    )


def window_state(window: Window, now: dt.datetime, submitted: int = 0) -> WindowState:
    """The state of ``window`` at ``now`` with ``submitted`` submissions already stored."""
    if is_misconfigured(window):
        return WindowState.CLOSED
    if window.opens_at is not None and now < window.opens_at:
        return WindowState.UPCOMING
    if window.closes_at is not None and now >= window.closes_at:
        return WindowState.CLOSED
    if window.max_submissions is not None and submitted >= window.max_submissions:
        return WindowState.FULL
    return WindowState.OPEN


def next_transition(window: Window, now: dt.datetime) -> dt.datetime | None:
    """The next moment the state changes by the clock alone (not by submissions)."""
    if is_misconfigured(window):
        return None
    for moment in (window.opens_at, window.closes_at):
        if moment is not None and now < moment:
            return moment
    return None


def seconds_until_transition(window: Window, now: dt.datetime, cap: int) -> int:
    """Cache lifetime that never outlives the current state (at most ``cap`` seconds)."""
    moment = next_transition(window, now)
    if moment is None:
        return cap
    return max(0, min(cap, int((moment - now).total_seconds())))


def last_day(closes_at: dt.datetime) -> tuple[dt.date, bool]:
    """The last local day a reader can apply on, and whether a clock time must be shown.

    A window closing at local midnight ends on the previous day ("until 31 August"); any
    other closing time is shown with its time ("until 31 August at 16:00").
    """
    local = timezone.localtime(closes_at)
    if local.time() == dt.time(0, 0):
        return local.date() - dt.timedelta(days=1), False
    return local.date(), True


def describe_window(window: Window, language: str | None = None) -> str:
    """The window as one sentence in ``language``, e.g.
    "Applications accepted from 1 July to 31 August 2021"."""
    with translation.override(language or translation.get_language()):
        if is_misconfigured(window):
            return _("Applications are not being accepted.")
        opens = timezone.localtime(window.opens_at) if window.opens_at else None
        closes = None
        if window.closes_at is not None:
            day, with_time = last_day(window.closes_at)
            closes = formats.date_format(day, "DATE_FORMAT")
            if with_time:
                time = formats.time_format(timezone.localtime(window.closes_at), "TIME_FORMAT")
                closes = _("%(date)s at %(time)s") % {"date": closes, "time": time}
        if opens is not None:
            same_year = window.closes_at is not None and (
                last_day(window.closes_at)[0].year == opens.year
            )
            # "from 1 July to 31 August 2021": the year once when both share it.
            opens_text = formats.date_format(
                opens, "MONTH_DAY_FORMAT" if same_year and closes else "DATE_FORMAT"
            )
            if opens.time() != dt.time(0, 0):
                opens_text = _("%(date)s at %(time)s") % {
                    "date": opens_text,
                    "time": formats.time_format(opens, "TIME_FORMAT"),
                }
        if opens is not None and closes is not None:
            return _("Applications accepted from %(opens)s to %(closes)s") % {
                "opens": opens_text,
                "closes": closes,
            }
        if closes is not None:
            return _("Applications accepted until %(closes)s") % {"closes": closes}
        if opens is not None:
            return _("Applications accepted from %(opens)s") % {"opens": opens_text}
        return _("Applications accepted at any time")
