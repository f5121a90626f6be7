"""Labor Rights Week planning on the national dataset at 1x and 10x: conflicts and the events.

    .venv/bin/python benchmarks/bench_planner.py [--scales 1 10] [--repeat 5] [--backend sqlite]

For each scale, in a fresh process, on benchmarks/out/national-s{scale}-seed1.sqlite3 (built
once, common.py), times (median of `--repeat` after one cold run):
- find_conflicts of the busiest campaign (1,000 events at 1x, 10,000 at 10x);
- find_conflicts of every campaign at once (the whole database);
- the recheck after one edit (an event moved by 30 minutes, saved through the service):
  conflicts.recheck of that event, what the Labor Rights Week page runs to update its problems;
- list_events of the campaign.
The edit is undone after each run, so the database is left as it was. Prints each figure beside
its target and the 10x/1x ratio; writes benchmarks/out/planner-{backend}.json; exit status 1 when
a target is missed.

Targets (issue 17, at 10x): a 10,000-event week <= 0.5 s, the whole database <= 5 s, after one
edit <= 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from common import (  # noqa: E402
    Measure,
    child_result,
    national_database,
    print_table,
    run_child,
    scales_argument,
    write_json,
)

MEASURES: list[tuple[str, str, str, float | None]] = [
    ("one_campaign", "conflicts, one campaign", "s", 0.5),
    ("all_campaigns", "conflicts, whole database", "s", 5.0),
    ("after_edit", "conflicts after one edit", "ms", 50.0),
    ("list_events", "list_events, one campaign", "ms", None),
]


def timed(func: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(cold seconds, median warm seconds, last result)."""
    started = time.perf_counter()
    result = func()
    first = time.perf_counter() - started
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        runs.append(time.perf_counter() - started)
    return first, statistics.median(runs), result


def recheck_after_edit(db: Any, year: int, repeat: int) -> tuple[float, int]:
    """Move the campaign's first event by 30 minutes and back, `repeat` times; the median
    seconds of what the window runs afterwards to update the campaign's problems."""
    from consularapp import conflicts
    from consularapp.events import get_event, list_events, save_event

    event_id = list_events(db, year)[len(list_events(db, year)) // 2].id
    plan = conflicts.find_conflicts(db, year)
    incremental = getattr(conflicts, "recheck", None)  # before it existed: the whole check
    samples = []
    for n in range(repeat * 2):
        data = get_event(db, event_id)
        shift = timedelta(minutes=30 if n % 2 == 0 else -30)
        data.starts += shift
        data.ends += shift
        change = save_event(db, data, original_id=event_id)
        started = time.perf_counter()
        if incremental is not None:
            plan = incremental(db, year, plan, change.ids("event"))
        else:
            plan = conflicts.find_conflicts(db, year)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), len(plan)


def child(url: str, repeat: int) -> dict[str, Any]:
    from sqlalchemy import func, select

    from consularapp.conflicts import find_conflicts
    from consularapp.db import open_database
    from consularapp.events import list_events
    from consularapp.models import Assignment, Event

    db = open_database(url)
    with db.session() as s:
        per_year = dict(s.execute(select(Event.year, func.count()).where(Event.year.is_not(None))
                                  .group_by(Event.year)).all())
        assignments = s.scalar(select(func.count(Assignment.id)))
    year = max(per_year, key=lambda y: (per_year[y], y))
    figures: dict[str, Any] = {"year": year, "events": per_year[year],
                               "all_events": sum(per_year.values()), "assignments": assignments}
    cold, warm, found = timed(lambda: find_conflicts(db, year), repeat)
    figures["one_campaign"] = {"cold": cold, "median": warm, "problems": len(found)}
    cold, warm, found = timed(lambda: find_conflicts(db, None), max(1, repeat // 2))
    figures["all_campaigns"] = {"cold": cold, "median": warm, "problems": len(found)}
    median, problems = recheck_after_edit(db, year, repeat)
    figures["after_edit"] = {"median": median * 1000, "problems": problems}
    cold, warm, rows = timed(lambda: list_events(db, year), repeat)
    figures["list_events"] = {"cold": cold * 1000, "median": warm * 1000, "rows": len(rows)}
    db.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    scales_argument(parser)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("URL", "REPEAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_result(child(args.child[0], int(args.child[1])))
        return 0
    results: dict[float, dict[str, Any]] = {}
    for scale in args.scales:
        url = national_database(scale, args.seed, args.backend)
        results[scale] = run_child(Path(__file__), [url, str(args.repeat)])
    measures = []
    for key, name, unit, target in MEASURES:
        m = Measure(name, unit, target)
        for scale, r in results.items():
            m.figures[scale] = r[key]["median"]
            if key == "one_campaign":
                m.notes[scale] = f"{r['events']:,} events, {r[key]['problems']:,} problems"
            elif key == "all_campaigns":
                m.notes[scale] = f"{r['all_events']:,} events"
        measures.append(m)
    passed = print_table(f"bench_planner ({args.backend})", measures, args.scales)
    path = write_json(f"planner-{args.backend}", {"backend": args.backend, "results": {
        f"{s:g}": r for s, r in results.items()}})
    print(f"wrote {path}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
