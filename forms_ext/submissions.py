"""The one submission path, used by the HTML form page and the API alike.

Order of checks: the window first (a closed form always answers "closed", whatever the
data), then the reader's data with the page's own form class, then the authoritative
window, cap and duplicate checks under the lock while storing (``process_form_submission``).
A full form answers "full" before any complaint about the data, too; the cap is counted
outside the lock only when the data is invalid, so the common path reads it once.
"""

from dataclasses import dataclass

from django.utils import timezone

from .models.records import ApplicationSubmission
from .refusals import REFUSAL_CODES, SubmissionRefused
from .window import WindowState, window_state


@dataclass
class SubmissionResult:
    form: object
    submission: ApplicationSubmission | None = None
    spam: bool = False

    @property
    def stored(self) -> bool:
        return self.submission is not None


def _refuse(page, state: WindowState):
    if state != WindowState.OPEN:
        raise SubmissionRefused(REFUSAL_CODES[state], page.state_message(state), state)


def refuse_unless_open(page, now=None, count=True):
    """Raise ``SubmissionRefused`` unless the window takes submissions right now.

    With ``count=False`` only the clock is checked (the cap is left to the locked check).
    """
    now = now or timezone.now()
    _refuse(page, page.current_state(now) if count else window_state(page, now))


def submit(page, data, files=None, user=None) -> SubmissionResult:
    """Validate and store one submission to ``page``.

    Returns the bound form and the stored submission, or the form with its errors (nothing
    stored). Raises ``SubmissionRefused`` when the window, cap or one-per-email rule says no.
    """
    refuse_unless_open(page, count=False)
    form = page.get_form(data, files, page=page, user=user)
    if not form.is_valid():
        # The window may have closed since the first check, or the form may be full:
        # either outranks complaints about the data.
        refuse_unless_open(page)
        return SubmissionResult(form=form)
    if form.is_spam:
        # Look like success to the bot; store and send nothing.
        return SubmissionResult(form=form, spam=True)
    return SubmissionResult(form=form, submission=page.process_form_submission(form))
