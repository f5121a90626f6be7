"""Benchmark: build the calendar of a 1,000-event Labor Rights Week.

    python benchmarks/bench_calendar.py [--events 1000] [--runs 5]

Creates a fresh SQLite database in a temporary folder with the reference directory, a campaign
and `--events` events spread over 8 time zones (Phoenix, Puerto Rico and Honolulu among them),
each with one or two offices taking part and two assignments, inserted in bulk through the ORM.
Then times `event_calendar` for the whole campaign `--runs` times and reports the median (and the
Spanish and one-office calendars once each). Prints the figures and writes
benchmarks/out/calendar.json. Exit status 1 when the target is missed.

Target: <= 0.5 s for 1,000 events.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
TARGET_S = 0.5
YEAR = 2027
ZONES = (
    "America/Phoenix",
    "America/Puerto_Rico",
    "Pacific/Honolulu",
    "America/Chicago",
    "America/New_York",
    "America/Denver",
    "America/Los_Angeles",
    "America/Anchorage",
)
FORMATS = ("tabling", "workshop", "training", "webinar", "radio", "mobile consulate")
STATUSES = ("planned", "confirmed", "confirmed", "cancelled")


def populate(db: Any, count: int) -> None:
    """The reference directory, one campaign and `count` events with offices and assignments."""
    from sqlalchemy import insert, select

    from consularapp.models import (
        Assignment,
        Campaign,
        Consulate,
        Event,
        Office,
        Person,
        event_office,
    )
    from consularapp.reference import load_reference
    from consularapp.timeutil import local_to_utc, lrw_default_week

    load_reference(db)
    monday, friday = lrw_default_week(YEAR)
    with db.transaction() as s:
        offices = list(s.scalars(select(Office.id).order_by(Office.id)))
        consulates = list(s.scalars(select(Consulate.id).order_by(Consulate.id)))
        s.add(Campaign(year=YEAR, starts_on=monday, ends_on=friday))
        s.add_all(
            Person(id=f"P-{n:04d}", name=f"Staff member {n}", languages=["English", "Spanish"])
            for n in range(200)
        )
        s.flush()
        now = datetime.now(UTC)
        events, links, staff = [], [], []
        for n in range(count):
            zone = ZONES[n % len(ZONES)]
            wall = datetime.combine(monday + timedelta(days=n % 5), datetime.min.time())
            wall += timedelta(hours=8 + n % 9, minutes=30 * (n % 2))
            starts = local_to_utc(wall, zone)
            eid = f"BENCH-{n:05d}"
            events.append(
                {
                    "id": eid,
                    "year": YEAR,
                    "title": f"Know your rights, session {n}: wages, hours & safety",
                    "title_es": f"Conozca sus derechos, sesión {n}: salarios, horas y seguridad",
                    "format": FORMATS[n % len(FORMATS)],
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=2),
                    "time_zone": zone,
                    "venue": f"Community center {n % 40}",
                    "address": f"{100 + n} Main St, Suite {n % 7}; Anytown",
                    "host_consulate_id": consulates[n % len(consulates)],
                    "languages": ["Spanish", "English"],
                    "topics": ["wage theft", "heat illness"],
                    "staff_needed": 2,
                    "languages_needed": ["Spanish"],
                    "status": STATUSES[n % len(STATUSES)],
                    "notes": "Flyer: https://www.dol.gov/agencies/whd/lrw" if n % 3 == 0 else None,
                    "sequence": n % 3,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            links.append({"event_id": eid, "office_id": offices[n % len(offices)]})
            second = offices[(n * 7 + 3) % len(offices)]
            if n % 2 and second != links[-1]["office_id"]:
                links.append({"event_id": eid, "office_id": second})
            for k in range(2):
                staff.append(
                    {
                        "event_id": eid,
                        "person_id": f"P-{(n + k * 97) % 200:04d}",
                        "role": "presenter" if k == 0 else "table staff",
                        "starts_at": None,
                        "ends_at": None,
                    }
                )
        s.execute(insert(Event), events)
        s.execute(insert(event_office), links)
        s.execute(insert(Assignment), staff)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=OUT / "calendar.json")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    from consularapp.calendars import event_calendar
    from consularapp.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        started = time.perf_counter()
        populate(db, args.events)
        populate_s = time.perf_counter() - started
        event_calendar(db, YEAR)  # warm-up: imports, zone data
        runs, cpu = [], []
        for _ in range(args.runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            data = event_calendar(db, YEAR)
            runs.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
        started = time.perf_counter()
        spanish = event_calendar(db, YEAR, language="es")
        spanish_s = time.perf_counter() - started
        started = time.perf_counter()
        office = event_calendar(db, YEAR, office_id="WHD-CHICAGO")
        office_s = time.perf_counter() - started
        db.close()

    median = statistics.median(runs)
    passed = median <= TARGET_S
    figures = {
        "benchmark": "calendar",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "events": args.events,
        "zones": list(ZONES),
        "populate_seconds": round(populate_s, 3),
        "runs_seconds": [round(r, 4) for r in runs],
        "median_seconds": round(median, 4),
        "median_cpu_seconds": round(statistics.median(cpu), 4),
        "file_kb": round(len(data) / 1024, 1),
        "vevents": data.count(b"BEGIN:VEVENT"),
        "vtimezones": data.count(b"BEGIN:VTIMEZONE"),
        "spanish_seconds": round(spanish_s, 4),
        "spanish_file_kb": round(len(spanish) / 1024, 1),
        "one_office_seconds": round(office_s, 4),
        "one_office_vevents": office.count(b"BEGIN:VEVENT"),
        "target_seconds": TARGET_S,
        "passed": passed,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(
        f"event_calendar, {args.events} events over {len(ZONES)} zones: median "
        f"{median:.3f} s of {args.runs} runs ({', '.join(f'{r:.3f}' for r in runs)}; "
        f"CPU {statistics.median(cpu):.3f} s); "
        f"{figures['file_kb']} KiB, {figures['vevents']} VEVENTs, {figures['vtimezones']} "
        f"VTIMEZONEs"
    )
    print(f"Spanish {spanish_s:.3f} s; one office {office_s:.3f} s "
          f"({figures['one_office_vevents']} events)")
    print(f"target <= {TARGET_S} s: {'met' if passed else 'MISSED'}; wrote {args.json}")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
