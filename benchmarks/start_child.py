"""One measured start, run by bench_start.py in a fresh process; not meant to be run by hand.

    python benchmarks/start_child.py bare
    python benchmarks/start_child.py app DATABASE_URL

Shows a window (a bare QMainWindow with a label, or the app's main window on the database),
processes events until the window has been painted, and prints one line
`READY {json}` with the times since this script started (perf_counter at its top) of each
step, and the time since the process was created as the kernel saw it (Linux only, 10 ms steps).
The parent times the same thing from outside, which is the honest figure.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

TIMEOUT_S = 30.0


def since_exec() -> float | None:
    """Seconds since this process was created, from /proc (None where there is no /proc)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def main() -> int:
    mode = sys.argv[1]
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks[name] = time.perf_counter() - T0

    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication

    mark("qt_imported")

    class PaintWatch(QObject):
        """Notes the first paint event delivered to any widget."""

        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app = QApplication(sys.argv[:1])
    watch = PaintWatch()
    app.installEventFilter(watch)
    mark("application")

    db: Any = None
    if mode == "bare":
        from PySide6.QtWidgets import QLabel, QMainWindow

        window = QMainWindow()
        window.setWindowTitle("Bare window")
        window.setCentralWidget(QLabel("Hello"))
        window.resize(1200, 800)
        mark("built")
    else:
        from consularapp.db import open_database

        db = open_database(sys.argv[2])
        mark("database_open")
        from ui.app import build_main_window

        mark("ui_imported")
        window = build_main_window(db)
        mark("built")

    window.show()
    mark("shown")
    deadline = time.perf_counter() + TIMEOUT_S
    while not watch.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.perf_counter() > deadline:
            print("TIMEOUT the window was never painted", flush=True)
            return 1
    app.processEvents()  # let the paint that was seen finish its flush
    mark("painted")
    handle = window.windowHandle()
    result = {
        "mode": mode,
        "marks": marks,
        "in_script_s": marks["painted"],
        "since_exec_s": since_exec(),
        "exposed": bool(handle and handle.isExposed()),
        "platform": app.platformName(),
    }
    print("READY " + json.dumps(result), flush=True)
    window.close()
    if db is not None:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
