"""Calendars of Labor Rights Week on the national dataset at 1x and 10x, in one run.

    .venv/bin/python benchmarks/bench_calendar.py [--scales 1 10] [--runs 5] [--backend sqlite]

For each scale, in a fresh process, on benchmarks/out/national-s{scale}-seed1.sqlite3 (built
once, common.py), times `event_calendar` (median of `--runs` after one warm-up) for the busiest
campaign (1,000 events at 1x, 10,000 at 10x; every zone of the dataset), in English and in
Spanish, and for one partner: the consulate hosting the most events, the busiest office, the
busiest person. Prints each figure beside its target and the 10x/1x ratio; writes
benchmarks/out/calendar-{backend}.json; exit status 1 when a target is missed.

Targets (issue 17): the whole campaign's calendar <= 2 s at 10x (10,000 events); a partner's
calendar does not load the whole campaign: within 1.5x of its 1x figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
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

MEASURES: list[tuple[str, str, float | None, float | None]] = [
    ("campaign", "calendar of one campaign", 2.0, None),
    ("campaign_es", "calendar of one campaign, Spanish", 2.0, None),
    ("consulate", "one consulate's calendar (partner)", None, 1.5),
    ("office", "one office's calendar", None, 1.5),
    ("person", "one person's calendar", None, 1.5),
]


def child(url: str, runs: int) -> dict[str, Any]:
    from sqlalchemy import func, select

    from consularapp.calendars import event_calendar
    from consularapp.db import open_database
    from consularapp.models import Assignment, Event, event_office

    db = open_database(url)
    with db.session() as s:
        year = s.execute(select(Event.year).where(Event.year.is_not(None)).group_by(Event.year)
                         .order_by(func.count().desc(), Event.year.desc()).limit(1)).scalar_one()
        consulate = s.execute(
            select(Event.host_consulate_id)
            .where(Event.year == year, Event.host_consulate_id.is_not(None))
            .group_by(Event.host_consulate_id)
            .order_by(func.count().desc(), Event.host_consulate_id).limit(1)).scalar_one()
        office = s.execute(
            select(event_office.c.office_id).join(Event, Event.id == event_office.c.event_id)
            .where(Event.year == year).group_by(event_office.c.office_id)
            .order_by(func.count().desc(), event_office.c.office_id).limit(1)).scalar_one()
        person = s.execute(
            select(Assignment.person_id).join(Event, Event.id == Assignment.event_id)
            .where(Event.year == year).group_by(Assignment.person_id)
            .order_by(func.count().desc(), Assignment.person_id).limit(1)).scalar_one()
    scopes: dict[str, dict[str, Any]] = {
        "campaign": {}, "campaign_es": {"language": "es"}, "consulate": {"consulate_id": consulate},
        "office": {"office_id": office}, "person": {"person_id": person},
    }
    figures: dict[str, Any] = {"year": year, "consulate": consulate, "office": office,
                               "person": person}
    for key, kwargs in scopes.items():
        data = event_calendar(db, year, **kwargs)  # warm-up: imports, zone data
        samples, cpu = [], []
        for _ in range(runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            data = event_calendar(db, year, **kwargs)
            samples.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        figures[key] = {"median": statistics.median(samples), "cpu": statistics.median(cpu),
                        "vevents": data.count(b"BEGIN:VEVENT"),
                        "kib": round(len(data) / 1024, 1)}
    db.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    scales_argument(parser)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("URL", "RUNS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_result(child(args.child[0], int(args.child[1])))
        return 0
    results: dict[float, dict[str, Any]] = {}
    for scale in args.scales:
        url = national_database(scale, args.seed, args.backend)
        results[scale] = run_child(Path(__file__), [url, str(args.runs)])
    measures = []
    for key, name, target, ratio in MEASURES:
        m = Measure(name, "s", target, ratio)
        for scale, r in results.items():
            m.figures[scale] = r[key]["median"]
            m.notes[scale] = f"{r[key]['vevents']:,} entries"
        measures.append(m)
    passed = print_table(f"bench_calendar ({args.backend})", measures, args.scales)
    path = write_json(f"calendar-{args.backend}", {"backend": args.backend, "results": {
        f"{s:g}": r for s, r in results.items()}})
    print(f"wrote {path}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
