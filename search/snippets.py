"""Highlighted excerpts of a hit's text: the stretch around the first word that matched
the query's terms (or where a phrase of the query first stands), escaped, with each
matching word in ``<mark>``."""

import html
import re

from .analysis import TOKEN, tokenize, word_terms

SNIPPET_CHARS = 220
# How far into a hit's text its excerpt is looked for: most of a long page (a law's page
# mentions the law deep down). Scanning stops at the first place the query's words stand.
SCAN_CHARS = 20_000
ELLIPSIS_CONTEXT = 200  # text read after ``sosiaali-`` for the word completing it
SHORT_TERM = 5  # letters
COMPOUNDING = frozenset({"fi", "sv"})  # languages whose analysis splits compounds


def snippet(text: str, terms: set[str], locale: str, phrases=(), whole=None) -> str:
    """An HTML-escaped excerpt around the first word holding a query word itself (one of
    the ``whole`` terms: a compound query word's own, not its parts'; by default any of
    ``terms``), else around the first matching word, matches in ``<mark>``; with
    ``phrases`` (each a list of words, each word as the set of its terms), around the first
    place one of them stands, where the text scanned shows one."""
    whole = terms if whole is None else whole
    # Analysing every word is costly: only the words holding a term's first 3 letters (2
    # of a short term: Finnish changes a short word's third letter, ``laki`` -> ``lain``;
    # and ``EU``) are analysed, near the start of the text: at their start, or in Finnish
    # and Swedish anywhere (a compound holds its parts: ``kotoutumispalvelut`` holds
    # ``palvelu``, ``integrationstjänster`` holds ``tjänst``).
    starts = sorted({term[: 3 if len(term) > SHORT_TERM else 2] for term in terms if len(term) > 1})
    scanned = text[:SCAN_CHARS]
    matches = []
    if starts:
        found = re.compile("|".join(map(re.escape, starts)), re.IGNORECASE)
        decided: dict[str, frozenset[str]] = {}
        end = None
        phrase_found = not phrases  # with phrases, the excerpt stands where one does
        position = 0
        while hit := found.search(scanned, position):
            begin = hit.start()
            if begin and scanned[begin - 1].isalnum():  # inside a word
                if locale not in COMPOUNDING:
                    position = TOKEN.match(scanned, hit.start()).end()
                    continue
                while begin and scanned[begin - 1].isalnum():
                    begin -= 1
            match = TOKEN.match(scanned, begin)
            position = match.end()
            if end is not None and match.end() > end and phrase_found:
                break
            word = match.group()
            if scanned.startswith("-", match.end()):  # maybe a shared compound's first part
                word = scanned[match.start() : match.end() + ELLIPSIS_CONTEXT]
                tokens = tokenize(word)
                word = tokens[0] if tokens else ""
            if word not in decided:
                token = tokenize(word)
                decided[word] = frozenset(word_terms(token[0], locale)) & terms if token else None
            if decided[word]:
                matches.append((match, decided[word]))
                if end is None and decided[word] & whole:
                    end = max(0, match.start() - SNIPPET_CHARS // 3) + SNIPPET_CHARS
                if not phrase_found and (start := _phrase_ending(scanned, matches, phrases)):
                    phrase_found = True
                    end = max(0, start.start() - SNIPPET_CHARS // 3) + SNIPPET_CHARS
    if not matches:
        end = _word_end(text, SNIPPET_CHARS)
        return html.escape(text[:end]) + ("…" if end < len(text) else "")
    held = next((match for match, found in matches if found & whole), matches[0][0])
    first = (phrases and _phrase_start(scanned, matches, phrases)) or held
    start = max(0, first.start() - SNIPPET_CHARS // 3)
    if start:  # from the start of a word
        space = text.find(" ", start, first.start())
        start = space + 1 if space != -1 else start
    end = _word_end(text, start + SNIPPET_CHARS)
    out, cursor = [], start
    for match, _terms in matches:
        if match.start() < start or match.end() > end:
            continue
        out.append(html.escape(text[cursor : match.start()]))
        out.append(f"<mark>{html.escape(match.group())}</mark>")
        cursor = match.end()
    out.append(html.escape(text[cursor:end]))
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


def _phrase_start(text: str, matches: list, phrases) -> re.Match | None:
    """The first of ``matches`` (match, its terms) where one of ``phrases`` stands: as many
    matches as the phrase has words, each holding its word, with no other word between."""
    for n, (match, _terms) in enumerate(matches):
        for phrase in phrases:
            run = matches[n : n + len(phrase)]
            if len(run) == len(phrase) and all(
                terms & word for (_match, terms), word in zip(run, phrase, strict=True)
            ):
                gaps = zip(run, run[1:], strict=False)
                if not any(TOKEN.search(text, a.end(), b.start()) for (a, _), (b, _) in gaps):
                    return match
    return None


def _phrase_ending(text: str, matches: list, phrases) -> re.Match | None:
    """The first match of a phrase that the last of ``matches`` ends, if one does."""
    for phrase in phrases:
        tail = matches[-len(phrase) :]
        if len(tail) == len(phrase) and (start := _phrase_start(text, tail, [phrase])):
            return start
    return None


def _word_end(text: str, end: int) -> int:
    """``end``, or where the word it falls in starts (an excerpt ends between words)."""
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", max(0, end - SNIPPET_CHARS // 4), end + 1)
    return space if space != -1 else end
