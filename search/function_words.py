"""Function words: the words of a query that say how it is asked, not what it is about.

A reader asks ``miten haen avustusta``, ``hur ansöker man om understöd`` or ``what is the
integration act``. Search ranks pages first by how many of the query's words they hold
(``search.fulltext``), so a page saying ``miten``, ``man`` and ``om`` ranked with one
saying ``hakea`` and ``avustus``, and a page holding only ``what`` matched at all. The
function words of a query are therefore left out of what search looks for, as PostgreSQL's
and Elasticsearch's own language configurations leave out their stop words, unless

- the query is nothing but function words (``the who``, ``vad är det``): then they are it;
- the word is in a quoted phrase (``"lagen om diskriminering"``), which needs it;
- the reader wrote it in capitals (``TE``, ``IT``) or joined it to another word with a
  hyphen (``te-palvelut``): an abbreviation, not the pronoun.

The lists are the Snowball project's stop word lists (BSD licence; the same lists
PostgreSQL's ``finnish`` / ``swedish`` / ``english`` configurations and Lucene's language
analyzers use), with Finnish additions the Swedish and English lists have and the Finnish
one lacks: the question words ``miten``, ``kuinka`` and ``milloin`` (``hur``, ``när``;
``how``, ``when``) and the modal verb ``voida`` in the present and conditional (``voin``,
``voisi``; ``kan``, ``kunde``; ``can``): ``missä voin opiskella suomea`` looks for
``opiskella suomea``. A Finnish listed word with the question suffix ``-ko``/``-kö``
(``onko``, ``eikö``, ``ovatko``, ``voinko``) is one too. The index keeps every word:
phrases and queries of function words alone still find them.
"""

import re
import unicodedata

from .analysis import QUOTES, TOKEN, phrase_words, query_words, tokenize

SNOWBALL = {
    "fi": """
        olla olen olet on olemme olette ovat ole oli olisi olisit olisin olisimme olisitte
        olisivat olit olin olimme olitte olivat ollut olleet en et ei emme ette eivät minä
        minun minut minua minussa minusta minuun minulla minulta minulle sinä sinun sinut
        sinua sinussa sinusta sinuun sinulla sinulta sinulle hän hänen hänet häntä hänessä
        hänestä häneen hänellä häneltä hänelle me meidän meidät meitä meissä meistä meihin
        meillä meiltä meille te teidän teidät teitä teissä teistä teihin teillä teiltä
        teille he heidän heidät heitä heissä heistä heihin heillä heiltä heille tämä tämän
        tätä tässä tästä tähän tallä tältä tälle tänä täksi tuo tuon tuotä tuossa tuosta
        tuohon tuolla tuolta tuolle tuona tuoksi se sen sitä siinä siitä siihen sillä
        siltä sille sinä siksi nämä näiden näitä näissä näistä näihin näillä näiltä näille
        näinä näiksi nuo noiden noita noissa noista noihin noilla noilta noille noina
        noiksi ne niiden niitä niissä niistä niihin niillä niiltä niille niinä niiksi kuka
        kenen kenet ketä kenessä kenestä keneen kenellä keneltä kenelle kenenä keneksi
        ketkä keiden ketkä keitä keissä keistä keihin keillä keiltä keille keinä keiksi
        mikä minkä minkä mitä missä mistä mihin millä miltä mille minä miksi mitkä joka
        jonka jota jossa josta johon jolla jolta jolle jona joksi jotka joiden joita
        joissa joista joihin joilla joilta joille joina joiksi että ja jos koska kuin mutta
        niin sekä sillä tai vaan vai vaikka kanssa mukaan noin poikki yli kun niin nyt itse
    """,
    "sv": """
        och det att i en jag hon som han på den med var sig för så till är men ett om hade
        de av icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej
        vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha
        mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur
        ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan
        vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana
        vart dina vars vårt våra ert era vilkas
    """,
    "en": """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his
        himself she her hers herself it its itself they them their theirs themselves what
        which who whom this that these those am is are was were be been being have has had
        having do does did doing a an the and but if or because as until while of at by for
        with about against between into through during before after above below to from up
        down in out on off over under again further then once here there when where why
        how all any both each few more most other some such no nor not only own same so
        than too very s t can will just don should now
    """,
}
# Finnish lacks what the Swedish and English lists have: the question words (hur, när; how,
# when) and the modal verb (kan, kunde; can): ``voida`` in the present and conditional.
ADDED = {
    "fi": """
        miten kuinka milloin voin voit voi voimme voitte voivat voisin voisit voisi
        voisimme voisitte voisivat
    """
}
LISTS = {
    language: frozenset((words + " " + ADDED.get(language, "")).split())
    for language, words in SNOWBALL.items()
}
QUESTION_SUFFIX = {"fi": re.compile(r"(.+)k[oö]")}  # onko, eikö: the listed word asked


def is_function_word(word: str, language: str) -> bool:
    """Whether ``word`` (case-folded, as ``analysis.tokenize`` gives it) is one of the
    language's function words."""
    listed = LISTS.get(language, frozenset())
    if word in listed:
        return True
    asked = QUESTION_SUFFIX.get(language)
    return bool(asked and (match := asked.fullmatch(word)) and match.group(1) in listed)


def content_words(query: str, language: str, words: list[str] | None = None) -> list[str]:
    """The words of ``query`` (``words``, by default ``analysis.query_words``) that search
    looks for in ``language``: all but its function words standing alone (see the module's
    docstring), or all of them where nothing else is left."""
    words = query_words(query) if words is None else words
    dropped = _function_words(query, (language,))
    content = [word for word in words if word not in dropped]
    return content or words


def typed_words(prefix: str, languages) -> list[str]:
    """The words of ``prefix``, being typed, that suggestions look for in ``languages``: the
    last as it is (it may be the start of any word), and before it all but the function
    words of any of the languages standing alone (``what is the integr``: ``integr``)."""
    words = tokenize(prefix)
    dropped = _function_words(prefix, languages)
    return [word for word in words[:-1] if word not in dropped] + words[-1:]


def _function_words(query: str, languages) -> set[str]:
    """The words of ``query`` that are function words of any of ``languages`` and stand
    alone outside its phrases (see the module's docstring)."""
    candidates = _standing_alone(query) - phrase_words(query)
    return {
        word
        for word in candidates
        if any(is_function_word(word, language) for language in languages)
    }


def _standing_alone(query: str) -> set[str]:
    """The (case-folded) words of ``query`` written apart from any other (alone between
    spaces or quotation marks, punctuation around it allowed: ``miten?`` stands alone,
    ``te-palvelut`` and ``EU:n`` hold two words each) and not in capitals: the only ones
    that may be function words."""
    text = unicodedata.normalize("NFKC", query or "")
    alone = set()
    for chunk in QUOTES.sub(" ", text).split():
        tokens = TOKEN.findall(chunk)
        if len(tokens) == 1 and not (len(tokens[0]) > 1 and tokens[0].isupper()):
            alone.add(tokens[0].casefold())
    return alone
