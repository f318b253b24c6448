"""Search relevance on the demo content: ours against stock Wagtail search, same run.

For each graded query in ``tests/search/relevance_set.py``: recall@10, MRR and nDCG@10 of
- ours: ``search.service.search`` (language analysis, Voikko for Finnish);
- stock: Wagtail's ``.search()`` on live pages of the language (the database backend);
- on PostgreSQL also a plain full-text query with the language's snowball configuration
  (terms OR-ed, title weighted A, text B) over the same indexed text.
Prints a table per language and class and writes JSON.

    .venv/bin/python -m tests.bench.search_relevance
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \\
        .venv/bin/python -m tests.bench.search_relevance
"""

import json
import math
from collections import defaultdict

from tests.bench.common import RESULTS_DIR, machine, setup_django, throwaway_database

PG_CONFIG = {"fi": "finnish", "sv": "swedish", "en": "english"}


def ours(query, language):
    from search.service import search

    return [hit.id for hit in search(query, language, per_page=10).hits]


def stock(query, language):
    from wagtail.models import Locale, Page

    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().filter(locale=locale).search(query)
    return [page.pk for page in pages[:10]]


def postgres_fulltext(query, language):
    from django.db import connection

    from search.analysis import tokenize

    words = [word for word in tokenize(query) if word.isalnum()]
    if not words:
        return []
    config = PG_CONFIG[language]
    sql = """
        SELECT page_id FROM search_searchentry
        JOIN search_searchtext ON search_searchtext.entry_id = search_searchentry.id
        WHERE page_id IS NOT NULL AND locale = %s AND (
            setweight(to_tsvector(%s::regconfig, title), 'A')
            || setweight(to_tsvector(%s::regconfig, text), 'B')
        ) @@ to_tsquery(%s::regconfig, %s)
        ORDER BY ts_rank(
            setweight(to_tsvector(%s::regconfig, title), 'A')
            || setweight(to_tsvector(%s::regconfig, text), 'B'),
            to_tsquery(%s::regconfig, %s)) DESC, page_id
        LIMIT 10
    """
    tsquery = " | ".join(words)
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [language, config, config, config, tsquery, config, config, config, tsquery],
        )
        return [row[0] for row in cursor.fetchall()]


def metrics(ranked: list[int], relevant: dict[int, int]) -> dict:
    top = ranked[:10]
    found = [page for page in top if page in relevant]
    recall = len(found) / len(relevant) if relevant else 0.0
    mrr = next((1 / (rank + 1) for rank, page in enumerate(top) if page in relevant), 0.0)
    dcg = sum(
        (2 ** relevant.get(page, 0) - 1) / math.log2(rank + 2) for rank, page in enumerate(top)
    )
    ideal = sorted(relevant.values(), reverse=True)[:10]
    idcg = sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(ideal))
    return {"recall@10": recall, "mrr": mrr, "ndcg@10": dcg / idcg if idcg else 0.0}


def evaluate(queries, pages) -> dict:
    """Per system, per query metrics, and averages per language and per class."""
    from django.db import connection

    systems = {"ours": ours, "stock wagtail": stock}
    if connection.vendor == "postgresql":
        systems["postgres snowball"] = postgres_fulltext
    per_query = []
    for item in queries:
        language = item["language"]
        # Every graded page exists in the query's language (tests/search/test_relevance_set.py):
        # an unknown key is an error here, not a page quietly left out.
        relevant = {pages[(key, language)].pk: grade for key, grade in item["relevant"].items()}
        row = {
            "id": item["id"],
            "class": item["class"],
            "language": language,
            "query": item["query"],
        }
        for name, run in systems.items():
            ranked = run(item["query"], language)
            row[name] = metrics(ranked, relevant)
            row[name]["empty"] = not ranked
        per_query.append(row)
    summary = defaultdict(dict)
    for group_key in ("language", "class"):
        groups = defaultdict(list)
        for row in per_query:
            groups[row[group_key]].append(row)
        for group, rows in sorted(groups.items()):
            for name in systems:
                summary[f"{group_key}={group}"][name] = {
                    metric: sum(r[name][metric] for r in rows) / len(rows)
                    for metric in ("recall@10", "mrr", "ndcg@10")
                }
    return {"systems": list(systems), "queries": per_query, "summary": summary}


def report(result) -> None:
    systems = result["systems"]
    header = f"{'group':<22}" + "".join(f"{s[:17]:>20}" for s in systems)
    print(f"\nsearch relevance ({machine()['database']}): recall@10 / MRR / nDCG@10")
    print(header)
    for group, by_system in result["summary"].items():
        cells = "".join(
            "{:>20}".format(f"{v['recall@10']:.2f}/{v['mrr']:.2f}/{v['ndcg@10']:.2f}")
            for v in (by_system[s] for s in systems)
        )
        print(f"{group:<22}{cells}")
    misses = [r["id"] for r in result["queries"] if r["ours"]["recall@10"] == 0]
    print(f"queries where ours found no relevant page: {misses or 'none'}")
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"search_relevance-{machine()['database']}.json"
    path.write_text(json.dumps(result, indent=2, default=str))
    print(f"written {path}")


def main():
    setup_django()
    from cms.demo import content
    from tests.search.relevance_set import QUERIES

    with throwaway_database(content) as loader:
        report(evaluate(QUERIES, loader.pages))


if __name__ == "__main__":
    main()
