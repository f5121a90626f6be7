"""Benchmark: Labor Rights Week planning at national scale (conflicts and the event table).

    python benchmarks/bench_planner.py [--scale 1.0] [--seed 1] [--db PATH] [--repeat 5]

Generates the national dataset with benchmarks/generate.py (20 campaigns of 1,000 events,
60,000 assignments, 5,000 people, 1,500 agreements at scale 1.0) and imports it into a fresh
SQLite file, unless `--db` names a database that already holds it. Then times, each `--repeat`
times after one cold run:

- find_conflicts(db, year) for one 1,000-event campaign;
- find_conflicts(db, None): every campaign at once (20,000 events, 60,000 assignments);
- find_conflicts(db, year) called for each of the 20 campaigns in turn;
- list_events(db, year) for one campaign.

Prints a table and writes benchmarks/out/planner.json. Exit status 1 when the target is missed.

Target: conflicts of the whole dataset <= 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
ALL_CONFLICTS_TARGET_S = 1.0

sys.path[:0] = [str(ROOT), str(HERE)]


def build_database(db_path: Path, scale: float, seed: int) -> dict[str, Any]:
    """Generate the national workbook and import it into a fresh SQLite file."""
    from generate import generate

    from consularapp.db import open_database
    from consularapp.workbook import import_workbook

    workbook = OUT / f"planner-national-s{scale:g}-seed{seed}.xlsx"
    started = time.perf_counter()
    rows = generate(workbook, seed=seed, scale=scale)
    generated = time.perf_counter() - started
    for stale in (db_path, Path(f"{db_path}-journal")):
        stale.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{db_path}")
    started = time.perf_counter()
    result = import_workbook(db, workbook)
    imported = time.perf_counter() - started
    db.close()
    return {
        "workbook": str(workbook),
        "rows": rows,
        "generate_seconds": generated,
        "import_seconds": imported,
        "import_summary": result.summary().splitlines(),
    }


def timed(func: Callable[[], Any], repeat: int) -> tuple[dict[str, float], Any]:
    """The cold first run, then `repeat` warm ones: seconds (wall) as first/min/median/max."""
    started = time.perf_counter()
    result = func()
    first = time.perf_counter() - started
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        runs.append(time.perf_counter() - started)
    return {
        "first": first,
        "min": min(runs),
        "median": statistics.median(runs),
        "max": max(runs),
    }, result


def count_queries(db: Any, func: Callable[[], Any]) -> int:
    from sqlalchemy import event

    count = 0

    def tick(*_args: Any) -> None:
        nonlocal count
        count += 1

    event.listen(db.engine, "before_cursor_execute", tick)
    try:
        func()
    finally:
        event.remove(db.engine, "before_cursor_execute", tick)
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="an existing database with the national data")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, default=OUT / "planner.json")
    args = parser.parse_args(argv)

    from sqlalchemy import func, select

    from consularapp.conflicts import find_conflicts
    from consularapp.db import open_database
    from consularapp.events import list_events
    from consularapp.models import Assignment, Event, Person

    OUT.mkdir(parents=True, exist_ok=True)
    dataset: dict[str, Any] = {}
    db_path = args.db
    if db_path is None:
        db_path = OUT / "planner.sqlite3"
        print(f"generating and importing the national dataset (scale {args.scale:g}) ...")
        dataset = build_database(db_path, args.scale, args.seed)
    db = open_database(f"sqlite:///{db_path}")
    with db.session() as s:
        per_year = dict(s.execute(select(Event.year, func.count()).group_by(Event.year)).all())
        dataset["events"] = sum(per_year.values())
        dataset["assignments"] = s.scalar(select(func.count(Assignment.id)))
        dataset["people"] = s.scalar(select(func.count(Person.id)))
    years = sorted(per_year)
    year = max(years, key=lambda y: (per_year[y], y))  # a full campaign, the latest one
    print(
        f"{dataset['events']:,} events in {len(years)} campaigns, "
        f"{dataset['assignments']:,} assignments, {dataset['people']:,} people; "
        f"one campaign: {year} ({per_year[year]:,} events)"
    )

    figures: dict[str, Any] = {}
    figures["conflicts_one_campaign"], one = timed(lambda: find_conflicts(db, year), args.repeat)
    figures["conflicts_all_campaigns"], every = timed(lambda: find_conflicts(db, None), args.repeat)
    figures["conflicts_each_campaign_in_turn"], _ = timed(
        lambda: [find_conflicts(db, y) for y in years], max(1, args.repeat // 2)
    )
    figures["list_events_one_campaign"], rows = timed(lambda: list_events(db, year), args.repeat)
    queries = {
        "conflicts_one_campaign": count_queries(db, lambda: find_conflicts(db, year)),
        "conflicts_all_campaigns": count_queries(db, lambda: find_conflicts(db, None)),
        "list_events_one_campaign": count_queries(db, lambda: list_events(db, year)),
    }
    db.close()

    print(f"{'measure':<34} {'first':>7} {'min':>7} {'median':>7} {'max':>7}  queries")
    for name, f in figures.items():
        print(
            f"{name:<34} {f['first']:>7.3f} {f['min']:>7.3f} {f['median']:>7.3f} "
            f"{f['max']:>7.3f}  {queries.get(name, '')}"
        )
    kinds = Counter(c.kind for c in every)
    print(
        f"{len(one):,} problems in {year}; {len(every):,} in all: "
        + ", ".join(f"{n:,} {k}" for k, n in kinds.most_common())
    )
    best = figures["conflicts_all_campaigns"]["median"]
    passed = best <= ALL_CONFLICTS_TARGET_S
    print(
        f"target: conflicts of the whole dataset <= {ALL_CONFLICTS_TARGET_S:g} s: "
        f"{'met' if passed else 'MISSED'} (median {best:.3f} s)"
    )
    report = {
        "benchmark": "planner",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "database": str(db_path),
        "dataset": dataset,
        "campaign_year": year,
        "campaign_events": per_year[year],
        "seconds": figures,
        "queries": queries,
        "problems": {"one_campaign": len(one), "all_campaigns": len(every), "by_kind": dict(kinds)},
        "list_events_rows": len(rows),
        "targets": {"conflicts_all_campaigns_seconds": ALL_CONFLICTS_TARGET_S},
        "passed": passed,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
