"""What a query looks for in each language: one list of words for every backend."""

from .analysis import phrase_words, query_words
from .function_words import content_words
from .spelling import joined_apart


def searched_words(query: str, language: str) -> list[str]:
    """The words of ``query`` that search looks for in ``language``: its words
    (``analysis.query_words``), a compound written apart made one again
    (``spelling.joined_apart``), and its function words left out (``function_words``).
    Words in quotation marks stay as written."""
    words = joined_apart(query_words(query), language, phrase_words(query))
    return content_words(query, language, words)
