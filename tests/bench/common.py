"""Shared plumbing for benchmarks: a throwaway database with the small demo site, timing
helpers and the table/JSON report. Run a benchmark as a module, e.g.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \\
        .venv/bin/python -m tests.bench.forms_submit
"""

import json
import os
import platform
import statistics
import time
from contextlib import contextmanager
from pathlib import Path

RESULTS_DIR = Path(__file__).resolve().parents[2] / "bench-results"


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()


@contextmanager
def throwaway_database(content=None):
    """Create the test database (migrated, with the small demo site, or ``content``) and
    drop it afterwards. Yields the loader, whose ``pages`` maps (key, language) to pages."""
    from django.test.utils import (
        setup_databases,
        setup_test_environment,
        teardown_databases,
        teardown_test_environment,
    )

    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    try:
        from cms.demo.loader import DemoLoader
        from tests import mini_content

        loader = DemoLoader(content or mini_content)
        loader.load()
        yield loader
    finally:
        teardown_databases(old, verbosity=0)
        teardown_test_environment()


def timed(fn, runs: int) -> list[float]:
    """Seconds per call of ``fn`` over ``runs`` calls."""
    samples = []
    for index in range(runs):
        start = time.perf_counter()
        fn(index)
        samples.append(time.perf_counter() - start)
    return samples


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {
        "runs": len(samples),
        "per_second": len(samples) / sum(samples),
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000,
    }


def machine() -> dict:
    from django.db import connection

    return {
        "python": platform.python_version(),
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "database": connection.vendor,
    }


def report(name: str, rows: list[dict], baseline: str, extra: dict | None = None) -> dict:
    """Print a table with ratios against ``baseline`` and write it as JSON."""
    base = next(row for row in rows if row["variant"] == baseline)
    print(f"\n{name} ({machine()['database']}, {os.cpu_count()} cores)")
    print(
        f"{'variant':<34}{'runs':>6}{'per s':>10}{'p50 ms':>10}{'p95 ms':>10}{'time vs base':>14}"
    )
    for row in rows:
        row["ratio_vs_baseline"] = base["per_second"] / row["per_second"]
        print(
            f"{row['variant']:<34}{row['runs']:>6}{row['per_second']:>10.1f}"
            f"{row['p50_ms']:>10.2f}{row['p95_ms']:>10.2f}{row['ratio_vs_baseline']:>13.2f}x"
        )
    result = {
        "benchmark": name,
        "baseline": baseline,
        "machine": machine(),
        "rows": rows,
        **(extra or {}),
    }
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"{name}-{machine()['database']}.json"
    path.write_text(json.dumps(result, indent=2))
    print(f"written {path}")
    return result
