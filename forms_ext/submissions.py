"""The one submission path, used by the HTML form page and the API alike.

Order of checks: the window first (a closed form always answers "closed", whatever the
data), then the reader's data with the page's own form class, then the authoritative
window, cap and duplicate checks under the lock while storing (``process_form_submission``).
"""

from dataclasses import dataclass

from django.utils import timezone

from .models import REFUSAL_CODES, ApplicationSubmission, SubmissionRefused
from .window import WindowState


@dataclass
class SubmissionResult:
    form: object
    submission: ApplicationSubmission | None = None
    spam: bool = False

    @property
    def stored(self) -> bool:
        return self.submission is not None


def refuse_unless_open(page, now=None):
    """Raise ``SubmissionRefused`` when the window does not take submissions right now."""
    state = page.current_state(now or timezone.now())
    if state != WindowState.OPEN:
        raise SubmissionRefused(REFUSAL_CODES[state], page.state_message(state), state)


def submit(page, data, files=None, user=None) -> SubmissionResult:
    """Validate and store one submission to ``page``.

    Returns the bound form and the stored submission, or the form with its errors (nothing
    stored). Raises ``SubmissionRefused`` when the window, cap or one-per-email rule says no.
    """
    refuse_unless_open(page)
    form = page.get_form(data, files, page=page, user=user)
    if not form.is_valid():
        if form.window_state is not None:  # the window closed between the two checks
            state = form.window_state
            raise SubmissionRefused(REFUSAL_CODES[state], page.state_message(state), state)
        return SubmissionResult(form=form)
    if form.is_spam:
        # Look like success to the bot; store and send nothing.
        return SubmissionResult(form=form, spam=True)
    return SubmissionResult(form=form, submission=page.process_form_submission(form))
