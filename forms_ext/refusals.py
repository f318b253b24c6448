"""Why a submission is refused, as the service raises it and the API reports it."""

from .window import WindowState


class SubmissionRefused(Exception):
    """A submission the window, the cap or the one-per-email rule does not allow."""

    def __init__(self, code: str, message: str, state: WindowState | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.state = state


REFUSAL_CODES = {
    WindowState.UPCOMING: "form_not_open",
    WindowState.CLOSED: "form_closed",
    WindowState.FULL: "form_full",
}
