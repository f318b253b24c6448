"""Title suggestions while a reader types."""

from functools import reduce
from operator import or_

from django.db.models import Case, Q, When
from django.db.models.functions import Length

from .analysis import tokenize
from .function_words import typed_words
from .hits import Hit, hit_of
from .languages import languages
from .models import SearchEntry
from .spelling import spellings_with_marks


def suggest(prefix: str, locale: str, limit: int = 8) -> list[Hit]:
    """Published pages in ``locale`` (every language for ``ALL``) with a title word starting
    with each typed word (or with it as the reader would have typed it with marks:
    ``tyoel`` for ``työel``); the titles starting with the first word first, then the
    shorter (the more general page), then the newer."""
    words = typed_words(prefix, languages(locale))[-5:]
    if not words:
        return []
    spelt = [_title_spellings(word, locale) for word in words]
    entries = SearchEntry.objects.filter(locale__in=languages(locale), page__isnull=False).visible()
    for spellings in spelt:
        # A quick LIKE first. SQLite folds the case of ASCII letters only: for other words,
        # the spellings a title has (över, Över, ÖVER).
        entries = entries.filter(
            reduce(
                or_,
                (
                    Q(title__icontains=w)
                    if w.isascii()
                    else reduce(or_, (Q(title__contains=c) for c in {w, w.capitalize(), w.upper()}))
                    for w in spellings
                ),
            )
        )
        # A word starting with it (tokens are letters and digits: nothing to escape).
        entries = entries.filter(title__iregex=rf"(^|\W)({'|'.join(spellings)})")
    entries = entries.annotate(
        opening=Case(When(title__iregex=rf"^\W*({'|'.join(spelt[0])})", then=0), default=1),
        size=Length("title"),
    ).order_by("opening", "size", "-published_at", "title")
    hits = []
    for entry in entries.select_related("page")[: limit * 2]:
        title_words = tokenize(entry.title)
        if all(any(t.startswith(spellings) for t in title_words) for spellings in spelt):
            hits.append(hit_of(entry, 0, ""))
        if len(hits) == limit:
            break
    return hits


MAX_TITLE_SPELLINGS = 16  # of a typed word, in the suggestions' title filter


def _title_spellings(word: str, locale: str) -> tuple[str, ...]:
    """The spellings of a typed ``word`` a title word may start with: as typed and, for a
    word typed without marks, with them in each searched language that has them
    (``spelling.spellings_with_marks``), where that makes at most MAX_TITLE_SPELLINGS."""
    spellings = dict.fromkeys(
        spelling
        for language in languages(locale)
        for spelling in spellings_with_marks(word, language)
    )
    return tuple(spellings) if len(spellings) <= MAX_TITLE_SPELLINGS else (word,)
