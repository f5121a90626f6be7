"""What a user waits for in the window, on the national dataset at 1x and 10x, in one run.

    .venv/bin/python benchmarks/bench_ui.py [--scales 1 10] [--runs 5] [--backend sqlite]

For each scale, in a fresh offscreen process with the window's modules already imported (as in
a running app), on benchmarks/out/national-s{scale}-seed1.sqlite3 (built once, common.py):
- all agreement statuses as of today (core);
- the dashboard, the partner matrix and the timeline, from construction to first paint, for the
  nation and for one region (the home office's agency and region: the busiest office of the
  busiest campaign);
- the Labor Rights Week page to the week grid's first paint: the whole campaign, and the home
  office's week (the page opens on it);
- one keystroke in the search box to the repaint: people, agreements, the campaign's events.
Prints each figure beside its target and the 10x/1x ratio (targets: issue 17, at the largest
scale: <= 100 ms and within 1.5x of the 1x figure for screens; statuses <= 100 ms); writes
benchmarks/out/ui.json; exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
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

SCREEN_MS = 100.0
RATIO = 1.5
# (key, name, target ms, ratio target)
MEASURES: list[tuple[str, str, float | None, float | None]] = [
    ("statuses", "all agreement statuses", 100, None),
    ("dashboard", "dashboard, nation", SCREEN_MS, RATIO),
    ("dashboard_region", "dashboard, one region", SCREEN_MS, RATIO),
    ("matrix", "partner matrix, nation", SCREEN_MS, RATIO),
    ("matrix_region", "partner matrix, one region", SCREEN_MS, RATIO),
    ("timeline", "timeline, nation", SCREEN_MS, RATIO),
    ("timeline_region", "timeline, one region", SCREEN_MS, RATIO),
    ("week_campaign", "week grid, whole campaign", None, None),
    ("week_office", "week grid, one office's week", SCREEN_MS, RATIO),
    ("key_people", "keystroke, people search", SCREEN_MS, RATIO),
    ("key_agreements", "keystroke, agreements search", SCREEN_MS, RATIO),
    ("key_events", "keystroke, events search (office's week)", SCREEN_MS, RATIO),
]


def until_painted(app: Any, widget: Any, start: float) -> float:
    """Process events until `widget` has painted once; seconds since `start`."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    widget.update()
    deadline = time.perf_counter() + 60
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watch)
    return time.perf_counter() - start


def busiest(db: Any) -> tuple[int, str, str, str]:
    """(year, office, agency, region): the campaign with the most events, its busiest office."""
    from sqlalchemy import func, select

    from consularapp.models import Event, Office, event_office

    with db.session() as s:
        year = s.execute(select(Event.year).where(Event.year.is_not(None)).group_by(Event.year)
                         .order_by(func.count().desc(), Event.year.desc()).limit(1)).scalar_one()
        office = s.execute(
            select(event_office.c.office_id).join(Event, Event.id == event_office.c.event_id)
            .where(Event.year == year).group_by(event_office.c.office_id)
            .order_by(func.count().desc(), event_office.c.office_id).limit(1)).scalar_one()
        agency, region = s.execute(select(Office.agency_code, Office.region)
                                   .where(Office.id == office)).one()
    return year, office, agency, region or ""


def child(url: str, runs: int) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(home / var.lower())

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from consularapp.agreements import compute_statuses
    from consularapp.db import open_database
    from consularapp.settings import status_settings
    from ui import clock
    from ui.pages.agreements_page import AgreementsPage
    from ui.pages.dashboard_page import DashboardPage
    from ui.pages.directory_page import DirectoryPage
    from ui.pages.lrw_page import LrwPage
    from ui.settings import LRW_YEAR, Settings
    from ui.team import set_home_office

    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    year, office, agency, region = busiest(db)
    thresholds = status_settings(db)
    samples: dict[str, list[float]] = {key: [] for key, *_ in MEASURES}
    today = clock.today()

    def settings(home_office: str | None) -> Settings:
        path = home / "bench.ini"
        path.unlink(missing_ok=True)
        made = Settings(QSettings(str(path), QSettings.Format.IniFormat))
        set_home_office(db, made, home_office)
        made.set(LRW_YEAR, year)
        return made

    def page_open(make: Callable[[], Any], painted: Callable[[Any], Any]) -> tuple[float, Any]:
        start = time.perf_counter()
        page = make()
        page.resize(1100, 720)
        page.show()
        elapsed = until_painted(app, painted(page), start)
        return elapsed, page

    def close(page: Any) -> None:
        # Let background work the page started (the planner's problem count) finish, so it
        # does not compete with the next measurement.
        QThreadPool.globalInstance().waitForDone(120000)
        app.processEvents()
        page.close()
        page.deleteLater()
        app.processEvents()

    def agreements(home_office: str | None, tab: str) -> Callable[[], Any]:
        def make() -> Any:
            made = settings(home_office)
            made.set_last_tab("agreements", tab)
            return AgreementsPage(db, made)
        return make

    def keystrokes(key: str, box: Any, view: Any, words: tuple[str, ...]) -> None:
        for text in (*words, *reversed(words[:-1]), ""):
            start = time.perf_counter()
            box.setText(text)
            samples[key].append(until_painted(app, view.viewport(), start))

    counts: dict[str, Any] = {}
    for run in range(runs + 1):  # the first run warms caches and is not counted
        keep = run > 0

        def note(key: str, seconds: float, keep: bool = keep) -> None:
            if keep:
                samples[key].append(seconds)

        start = time.perf_counter()
        statuses = compute_statuses(db, today, thresholds)
        note("statuses", time.perf_counter() - start)
        counts["agreements"] = len(statuses)
        for key, home_office in (("dashboard", None), ("dashboard_region", office)):
            t, page = page_open(lambda h=home_office: DashboardPage(db, settings(h)), lambda p: p)
            note(key, t)
            close(page)
        for key, home_office, tab in (("matrix", None, "matrix"),
                                      ("matrix_region", office, "matrix"),
                                      ("timeline", None, "timeline"),
                                      ("timeline_region", office, "timeline")):
            t, page = page_open(agreements(home_office, tab), lambda p: p)
            note(key, t)
            close(page)
        for key, home_office in (("week_campaign", None), ("week_office", office)):
            t, page = page_open(lambda h=home_office: LrwPage(db, settings(h)),
                                lambda p: p.grid.viewport())
            note(key, t)
            if keep and key == "week_office" and run == runs:
                keystrokes("key_events", page.search, page.grid, ("k", "kn", "kno"))
            close(page)

    directory = DirectoryPage(db, settings(None))
    directory.resize(1100, 720)
    directory.show()
    tab = directory.show_tab("people")
    app.processEvents()
    counts["people"] = tab.model.rowCount()
    for _ in range(max(1, runs // 3)):
        keystrokes("key_people", tab.search, tab.view, ("m", "ma", "mar", "mari", "maria"))
    directory.close()
    page = AgreementsPage(db, settings(None))
    page.resize(1100, 720)
    page.show()
    table = page.show_tab("table")
    page.table.ensure_loaded()
    app.processEvents()
    for _ in range(max(1, runs // 3)):
        keystrokes("key_agreements", page.table.search, page.table.view, ("w", "wh", "whd"))
    page.close()
    del table
    db.close()
    return {
        "url": url.rsplit("/", 1)[-1],
        "year": year, "office": office, "agency": agency, "region": region,
        "counts": counts,
        "median_ms": {k: round(statistics.median(v) * 1000, 1) if v else None
                      for k, v in samples.items()},
        "max_ms": {k: round(max(v) * 1000, 1) if v else None for k, v in samples.items()},
    }


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
        m = Measure(name, "ms", target, ratio)
        for scale, r in results.items():
            m.figures[scale] = r["median_ms"][key]
        measures.append(m)
    first = results[args.scales[0]]
    passed = print_table(
        f"bench_ui ({args.backend}; campaign {first['year']}, home office {first['office']}, "
        f"region {first['agency']} {first['region']})", measures, args.scales)
    path = write_json(f"ui-{args.backend}", {"backend": args.backend, "results": {
        f"{s:g}": r for s, r in results.items()}})
    print(f"wrote {path}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
