"""Benchmark: the reports of a Labor Rights Week of 1,000 and of 10,000 events, in one run.

    python benchmarks/bench_reports.py [--events 1000 10000] [--per-event 5] [--runs 3]
                                       [--packet] [--reports staffing.pdf ...]

For each size, builds a fresh SQLite database in a temporary folder (bulk inserts through the
ORM): the reference directory, agency staff with office memberships (500 per 1,000 events),
`--events` events over 8 time zones hosted by the reference consulates, `--per-event`
assignments each (a fifth of them on a shift), and 300 agreements with renewal chains. Each
report then runs in its own child process, so its peak RSS (`resource.getrusage`, after the
libraries are imported and the fonts registered) is its own: the growth is what the report
itself costs. Prints a table per size and the figures beside their targets with the
10,000/1,000 ratio; writes benchmarks/out/reports.json; exit status 1 when a target is missed.

Targets (issue 17, 10,000 events): staffing Excel <= 5 s; staffing PDF <= 20 s and memory that
does not grow with the page count (<= 300 MiB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = Path(os.environ.get("CONSULARAPP_BENCH_OUT") or HERE / "out")
YEAR = 2027
AS_OF = date(2027, 3, 1)
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
STATUSES = ("planned", "confirmed", "confirmed", "confirmed", "confirmed", "cancelled")
ROLES = ("presenter", "table staff", "interpreter", "coordinator", "table staff")
LANGUAGES = (["English", "Spanish"], ["English", "Spanish", "Mixteco"], ["English"],
             ["Spanish", "K'iche'"], ["English", "Tagalog"])
PEOPLE_PER_1000_EVENTS = 500  # agency staff: 500 for 1,000 events, 5,000 for 10,000
AGREEMENTS = 300
# At the largest size measured (issue 17: 10,000 events).
TARGETS = {"staffing.xlsx": 5.0, "staffing.pdf": 20.0}
MEMORY_TARGETS = {"staffing.pdf": 300.0}
REPORTS = ("staffing.xlsx", "staffing.pdf", "agreements.xlsx", "agreements.pdf", "renewal.pdf")


def populate(db: Any, events: int, per_event: int) -> dict[str, int]:
    """The directory, staff, agreements and one campaign, inserted in bulk."""
    from sqlalchemy import insert, select

    from consularapp.models import (
        Agreement,
        Assignment,
        Campaign,
        Consulate,
        Event,
        Membership,
        Office,
        Person,
        agreement_consulate,
        agreement_office,
        event_office,
    )
    from consularapp.reference import load_reference
    from consularapp.timeutil import lrw_default_week

    rng = random.Random(1)
    people_count = max(PEOPLE_PER_1000_EVENTS, PEOPLE_PER_1000_EVENTS * events // 1000)
    load_reference(db)
    monday, friday = lrw_default_week(YEAR)
    with db.transaction() as s:
        offices = list(s.scalars(select(Office.id).order_by(Office.id)))
        consulates = list(s.scalars(select(Consulate.id).order_by(Consulate.id)))
        s.add(Campaign(year=YEAR, starts_on=monday, ends_on=friday,
                       theme_en="Your work has value. Know your rights.",
                       theme_es="Tu trabajo tiene valor. Conoce tus derechos."))
        now = datetime.now(UTC)
        people = [{"id": f"P-{n:05d}", "name": f"Staff member {n} Ñúñez",
                   "languages": LANGUAGES[n % len(LANGUAGES)],
                   "email": f"staff{n}@example.gov", "phone": f"555-01{n:04d}",
                   "created_at": now, "updated_at": now} for n in range(people_count)]
        s.execute(insert(Person), people)
        s.execute(insert(Membership), [
            {"person_id": p["id"], "office_id": offices[n % len(offices)],
             "title": "District Director" if n < len(offices) else "Outreach specialist",
             "active_from": date(2015, 1, 1), "active_to": None}
            for n, p in enumerate(people)
        ])
        # Agreements: chains of renewals between an office and one or two consulates.
        agreements, a_offices, a_consulates = [], [], []
        for n in range(AGREEMENTS):
            signed = date(2012, 1, 1) + timedelta(days=rng.randrange(0, 15 * 365))
            renews = f"AG-{n - 1:04d}" if n % 3 and n else None
            agreements.append({
                "id": f"AG-{n:04d}", "kind": "Arrangement Establishing an Understanding",
                "state": "signed" if n % 17 else "draft", "signed_on": signed if n % 17 else None,
                "effective_on": None, "term_months": 36 if n % 11 else None,
                "expires_on": None, "terminated_on": None, "renews_id": renews,
                "created_at": now, "updated_at": now, "edited": False,
            })
            a_offices.append({"agreement_id": f"AG-{n:04d}",
                              "office_id": offices[(n // 3) % len(offices)]})
            a_consulates.append({"agreement_id": f"AG-{n:04d}",
                                 "consulate_id": consulates[(n // 3) % len(consulates)]})
        s.execute(insert(Agreement), agreements)
        s.execute(insert(agreement_office), a_offices)
        s.execute(insert(agreement_consulate), a_consulates)

        rows, links, staff = [], [], []
        for n in range(events):
            # One-hour events in 45 real-time slots (5 days x 9 hours): events in different
            # slots never overlap, and within a slot everyone is someone else.
            slot, rank = n % 45, n // 45
            starts = datetime(monday.year, monday.month, monday.day, 15, tzinfo=UTC) + timedelta(
                days=slot % 5, hours=slot // 5)
            eid = f"BENCH-{n:05d}"
            rows.append({
                "id": eid, "year": YEAR,
                "title": f"Know your rights, session {n}: wages, hours & safety",
                "title_es": f"Conozca sus derechos, sesión {n}: salarios, horas y seguridad",
                "format": FORMATS[n % len(FORMATS)], "starts_at": starts,
                "ends_at": starts + timedelta(hours=1), "time_zone": ZONES[n % len(ZONES)],
                "venue": f"Community center {n % 40} <Hall B> & annex",
                "address": f"{100 + n} Main St, Anytown", "host_consulate_id":
                consulates[n % len(consulates)], "languages": ["Spanish", "English"],
                "topics": ["wage theft", "heat illness"], "staff_needed": per_event + 1,
                "languages_needed": ["Spanish"], "status": STATUSES[n % len(STATUSES)],
                "notes": None, "sequence": 0, "created_at": now, "updated_at": now,
            })
            first = offices[n % len(offices)]
            links.append({"event_id": eid, "office_id": first})
            second = offices[(n * 7 + 3) % len(offices)]
            if n % 2 and second != first:
                links.append({"event_id": eid, "office_id": second})
            for k in range(per_event):
                shift = k == per_event - 1  # one of five on a half-hour shift
                staff.append({
                    "event_id": eid,
                    "person_id": f"P-{(rank * per_event + k + slot * 11) % people_count:05d}",
                    "role": ROLES[k % len(ROLES)],
                    "starts_at": starts if shift else None,
                    "ends_at": starts + timedelta(minutes=30) if shift else None,
                })
        s.execute(insert(Event), rows)
        s.execute(insert(event_office), links)
        s.execute(insert(Assignment), staff)
    return {"events": events, "assignments": len(staff), "people": people_count,
            "agreements": AGREEMENTS}


def child(report: str, db_url: str, out_dir: str, runs: int) -> dict[str, Any]:
    """Run one report `runs` times in this process; seconds and peak-RSS growth."""
    import openpyxl  # noqa: F401 - imported before the baseline, like an app that has used it

    from consularapp.db import open_database
    from consularapp.reports import write_report
    from consularapp.reports.typeset import fonts

    fonts()  # the Typst font set, built once per process
    db = open_database(db_url)
    kind, suffix = report.split(".")
    kwargs: dict[str, Any] = {"year": YEAR} if kind == "staffing" else {"as_of": AS_OF}
    if kind == "renewal":
        kwargs["agreement_id"] = f"AG-{AGREEMENTS - 1:04d}"  # the last of a chain
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds, cpu = [], []
    path = Path(out_dir) / f"{kind}-bench.{suffix}"
    phases: dict[str, float] = {}
    if kind == "staffing":  # reading versus writing: the writing should not grow with the size
        from consularapp.reports import staffing
        from consularapp.reports.common import Steps

        started = time.perf_counter()
        data = staffing.load_staffing(db, YEAR)
        read_s = time.perf_counter() - started
        loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        writer = staffing.excel_from_data if suffix == "xlsx" else staffing.pdf_from_data
        started = time.perf_counter()
        writer(data, path, Steps(None, None))
        write_s = time.perf_counter() - started
        written = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        del data
        phases = {"read_mib": round((loaded - baseline) / 1024, 1),
                  "write_mib": round((written - loaded) / 1024, 1),
                  "read_s": round(read_s, 2), "write_s": round(write_s, 2)}
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        written = write_report(db, kind, path, **kwargs)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # A large PDF is laid out in a child process (reports/typeset.py): its peak counts too.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    layout_peak = children.ru_maxrss
    size = sum(p.stat().st_size for p in written)
    db.close()
    pages = None
    if suffix == "pdf":
        from pypdf import PdfReader

        pages = len(PdfReader(str(path)).pages)
    return {"report": report, "seconds": seconds, "cpu_seconds": cpu,
            "median_seconds": statistics.median(seconds),
            "rss_growth_mib": round((peak - baseline) / 1024, 1),
            "rss_peak_mib": round(peak / 1024, 1), "file_kb": round(size / 1024, 1),
            "pages": pages, "layout_process_peak_mib": round(layout_peak / 1024, 1) or None,
            "layout_processes_cpu_s": round(children.ru_utime + children.ru_stime, 2),
            **phases}


def packet_child(db_url: str, out_dir: str) -> dict[str, Any]:
    from consularapp.db import open_database
    from consularapp.reports import write_report
    from consularapp.reports.typeset import fonts

    fonts()  # the Typst font set, built once per process
    db = open_database(db_url)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    paths = write_report(db, "packet", Path(out_dir) / "packet", year=YEAR, as_of=AS_OF)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    db.close()
    return {"report": "packet (all consulates)", "seconds": [seconds], "median_seconds": seconds,
            "rss_growth_mib": round((peak - baseline) / 1024, 1),
            "rss_peak_mib": round(peak / 1024, 1), "files": len(paths),
            "folders": len({p.parent for p in paths})}


def run_child(args: list[str]) -> dict[str, Any]:
    result = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"child {args[:2]} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_size(events: int, args: argparse.Namespace) -> dict[str, Any]:
    """Build a database of `events` events and run every report asked for on it."""
    from consularapp.conflicts import find_conflicts
    from consularapp.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        db = open_database(db_url)
        started = time.perf_counter()
        sizes = populate(db, events, args.per_event)
        populate_s = time.perf_counter() - started
        problems = len(find_conflicts(db, YEAR))
        db.close()
        results = [run_child(["--child", r, db_url, tmp, str(args.runs)]) for r in args.reports]
        if args.packet:
            results.append(run_child(["--child", "packet", db_url, tmp, "1"]))
    print(f"{sizes['events']:,} events, {sizes['assignments']:,} assignments, "
          f"{sizes['people']:,} staff, {problems:,} planning problems, {sizes['agreements']} "
          f"agreements (built in {populate_s:.1f} s)")
    print(f"{'report':<26}{'median s':>9}{'runs':>20}{'RSS +MiB':>10}{'read':>7}{'write':>7}"
          f"{'peak MiB':>10}{'layout':>8}{'size KiB':>10}{'pages':>7}")
    for r in results:
        runs = ", ".join(f"{s:.2f}" for s in r["seconds"])
        print(f"{r['report']:<26}{r['median_seconds']:>9.2f}{runs:>20}{r['rss_growth_mib']:>10}"
              f"{r.get('read_mib', ''):>7}{r.get('write_mib', ''):>7}{r['rss_peak_mib']:>10}"
              f"{r.get('layout_process_peak_mib') or '':>8}"
              f"{r.get('file_kb', ''):>10}{r.get('pages') or '':>7}")
    return {**sizes, "planning_problems": problems, "populate_seconds": round(populate_s, 2),
            "results": {r["report"]: r for r in results}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000],
                        help="campaign sizes (default: 1000 10000, issue 17's 1x and 10x)")
    parser.add_argument("--per-event", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--packet", action="store_true", help="also the packet of every consulate")
    parser.add_argument("--reports", nargs="+", choices=REPORTS, default=list(REPORTS),
                        help="only these reports (default: all)")
    parser.add_argument("--child", nargs=4, metavar=("REPORT", "DB", "OUT", "RUNS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path[:0] = [str(ROOT), str(HERE)]
    if args.child:
        report, db_url, out_dir, runs = args.child
        result = (packet_child(db_url, out_dir) if report == "packet"
                  else child(report, db_url, out_dir, int(runs)))
        print(json.dumps(result))
        return 0

    from common import Measure, print_table, write_json

    sizes = sorted(args.events)
    by_size = {n: measure_size(n, args) for n in sizes}
    scales = [n / 1000 for n in sizes]
    measures = []
    for report in args.reports:
        target = TARGETS.get(report)
        seconds = Measure(f"{report}, seconds", "s", target)
        memory = Measure(f"{report}, memory (app growth + layout)", "MiB",
                         MEMORY_TARGETS.get(report))
        for n, scale in zip(sizes, scales, strict=True):
            r = by_size[n]["results"][report]
            seconds.figures[scale] = r["median_seconds"]
            memory.figures[scale] = r["rss_growth_mib"] + (r.get("layout_process_peak_mib") or 0)
            if r.get("pages"):
                seconds.notes[scale] = f"{r['pages']:,} pages"
        measures += [seconds, memory]
    passed = print_table("bench_reports (x = 1,000 events)", measures, scales)
    path = write_json("reports", {"sizes": {str(n): v for n, v in by_size.items()},
                                  "targets_seconds": TARGETS, "targets_mib": MEMORY_TARGETS,
                                  "passed": passed})
    print("memory: peak resident growth of the report's process over its baseline (libraries "
          "imported) plus the peak of the process that lays out a large PDF")
    print(f"wrote {path}")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
