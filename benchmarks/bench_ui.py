"""Interactive speed on the national-scale database: what a user waits for after start-up.

    .venv/bin/python benchmarks/bench_ui.py [--db PATH] [--runs 7]

Measures, in one offscreen process with the window's modules already imported (as they are in a
running app):
- all agreement statuses as of today (core, target <= 100 ms);
- the dashboard page and the partner matrix from construction to first paint (<= 300 ms each);
- one keystroke in the people search box over 5,000 people, to the repaint (<= 50 ms);
- the Labor Rights Week page of a 1,000-event campaign to the week grid's first paint
  (<= 300 ms).
Without --db it uses benchmarks/out/start.sqlite3 (built by bench_start.py). Prints medians and
writes benchmarks/out/ui.json; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CONSULARAPP_NO_CRASH_DIALOG"] = "1"

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
TARGETS_MS = {"statuses": 100, "dashboard": 300, "matrix": 300, "keystroke": 50, "week_grid": 300}


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def until_painted(app: object, widget: object, start: float) -> float:
    """Process events until `widget` has painted once; seconds since `start`."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    widget.update()  # type: ignore[attr-defined]
    deadline = time.perf_counter() + 10
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
    widget.removeEventFilter(watch)  # type: ignore[attr-defined]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=OUT / "start.sqlite3")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} does not exist: run benchmarks/bench_start.py first", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(home / var.lower())

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from consularapp.agreements import compute_statuses
    from consularapp.db import open_database
    from consularapp.settings import status_settings
    from ui.pages.agreements_page import AgreementsPage
    from ui.pages.dashboard_page import DashboardPage
    from ui.pages.directory_page import DirectoryPage
    from ui.pages.lrw_page import LrwPage
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    db = open_database(f"sqlite:///{args.db}")
    thresholds = status_settings(db)
    results: dict[str, list[float]] = {k: [] for k in TARGETS_MS}

    def fresh_settings() -> Settings:
        path = home / "bench.ini"
        path.unlink(missing_ok=True)
        return Settings(QSettings(str(path), QSettings.Format.IniFormat))

    def page_open(make: Callable[[], object], painted: Callable[[object], object]) -> float:
        start = time.perf_counter()
        page = make()
        page.resize(1100, 720)  # type: ignore[attr-defined]
        page.show()  # type: ignore[attr-defined]
        elapsed = until_painted(app, painted(page), start)
        # Let background work the page started (the planner's problem count) finish, so it
        # does not compete with the next measurement.
        QThreadPool.globalInstance().waitForDone(30000)
        app.processEvents()
        page.close()  # type: ignore[attr-defined]
        page.deleteLater()  # type: ignore[attr-defined]
        app.processEvents()
        return elapsed

    for run in range(args.runs + 1):  # the first run warms caches and is not counted
        keep = run > 0
        start = time.perf_counter()
        statuses = compute_statuses(db, None, thresholds)
        if keep:
            results["statuses"].append(time.perf_counter() - start)

        t = page_open(lambda: DashboardPage(db, fresh_settings()), lambda p: p)
        if keep:
            results["dashboard"].append(t)

        def matrix_page() -> object:
            page = AgreementsPage(db, fresh_settings())
            page.show_tab("matrix")
            return page

        t = page_open(matrix_page, lambda p: p)
        if keep:
            results["matrix"].append(t)

        def lrw_page() -> object:
            return LrwPage(db, fresh_settings())

        t = page_open(lrw_page, lambda p: p.grid.viewport())
        if keep:
            results["week_grid"].append(t)

    directory = DirectoryPage(db, fresh_settings())
    directory.resize(1100, 720)
    directory.show()
    tab = directory.show_tab("people")
    app.processEvents()
    people = tab.model.rowCount()
    for text in ("m", "ma", "mar", "mari", "maria", "mari", "mar", "ma", "m", "") * max(
        1, args.runs // 3
    ):
        start = time.perf_counter()
        tab.search.setText(text)
        results["keystroke"].append(until_painted(app, tab.view.viewport(), start))

    report = {
        "database": str(args.db),
        "agreements": len(statuses),
        "people": people,
        "median_ms": {k: median_ms(v) for k, v in results.items()},
        "max_ms": {k: round(max(v) * 1000, 1) for k, v in results.items()},
        "targets_ms": TARGETS_MS,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "ui.json").write_text(json.dumps(report, indent=2))
    print(f"{len(statuses)} agreements, {people} people, database {args.db}")
    print(f"{'measure':<12} {'median ms':>10} {'max ms':>8} {'target':>8}")
    missed = []
    for key, target in TARGETS_MS.items():
        med = report["median_ms"][key]
        print(f"{key:<12} {med:>10} {report['max_ms'][key]:>8} {target:>8}")
        if med > target:
            missed.append(key)
    if missed:
        print(f"missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
