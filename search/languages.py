"""Which languages a search covers: one, or every language of the site (``ALL``)."""

from django.conf import settings

ALL = "all"  # the locale of a search across every language


def languages(locale: str) -> list[str]:
    """The languages a search in ``locale`` covers: that one, or every one for ``ALL``."""
    if locale == ALL:
        return [code for code, _name in settings.LANGUAGES]
    return [locale]
