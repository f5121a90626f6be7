"""The frozen app's entry point: PyInstaller freezes this script as `ConsularApp` (`.exe`).

It is the `consularapp` command: a command runs it, no command opens the window.

For the build's smoke test only (packaging/smoke.py), CONSULARAPP_SMOKE=1 makes the window, once
it is on screen, show every page, print what it saw (platform, pages, the About text) and quit,
so that a page whose module or data the build left out fails the test instead of a user.
CONSULARAPP_SMOKE_SHOT=FILE.png also saves a picture of the window; CONSULARAPP_SMOKE_PDF_APART=1
lays out every PDF in a child process (the path of large reports), which a frozen app must
start as itself.
"""

from __future__ import annotations

import os
import sys
import time

SMOKE_ENV = "CONSULARAPP_SMOKE"
SMOKE_SHOT_ENV = "CONSULARAPP_SMOKE_SHOT"
SMOKE_APART_ENV = "CONSULARAPP_SMOKE_PDF_APART"
EXPOSE_TIMEOUT_S = 30.0


def _say(text: str) -> None:
    print(f"smoke: {text}", flush=True)


def _smoke_window(argv: list[str]) -> int:
    """Open the window as usual, then walk it and quit (see the module's docstring)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from consularapp.cli import main
    from ui.app import ensure_application
    from ui.main_window import MainWindow

    app = ensure_application()
    started = time.monotonic()

    def visit() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        handle = windows[0].windowHandle() if windows else None
        if handle is None or not handle.isExposed():
            modal = QApplication.activeModalWidget()
            if modal is not None:  # the app could not start and says why: show it, close it
                _say(f"dialog instead of the window: {modal.windowTitle()}: "
                     f"{getattr(modal, 'text', lambda: '')()}")
                modal.close()
            elif time.monotonic() - started > EXPOSE_TIMEOUT_S:
                _say("the window never came on screen")
                app.exit(3)
            else:
                QTimer.singleShot(20, visit)
            return
        window = windows[0]
        _say(f"window on screen at {time.time():.3f} platform={app.platformName()} "
             f"title={window.windowTitle()!r}")
        seen = []
        for key in window.page_keys():
            page = window.show_page(key)
            app.processEvents()
            seen.append(f"{key}={type(page).__name__}")
        _say("pages " + " ".join(seen))
        _say("about " + " ".join(window.about_text().split()))
        shot = os.environ.get(SMOKE_SHOT_ENV)
        if shot:
            window.show_page("dashboard")
            app.processEvents()
            window.grab().save(shot)
        window.close()

    QTimer.singleShot(0, visit)
    return main(argv)


def run() -> int:
    import multiprocessing

    # Large PDFs are laid out in a child process (consularapp/reports/typeset.py): frozen, the
    # child is this program started again, and must lay out, not parse a command line.
    multiprocessing.freeze_support()
    if os.environ.get(SMOKE_ENV) == "1" and os.environ.get(SMOKE_APART_ENV) == "1":
        from consularapp.reports import typeset

        typeset.IN_PROCESS_BLOCKS = 0  # every PDF in a child process: the smoke test's way in
    if getattr(sys, "frozen", False):
        # Alembic imports the migrations from their files: no __pycache__ may appear in the
        # installed folder (an uninstall would leave it behind; users cannot write there).
        sys.dont_write_bytecode = True
    from consularapp.cli import build_parser, main

    argv = sys.argv[1:]
    if os.environ.get(SMOKE_ENV) == "1" and build_parser().parse_args(argv).command is None:
        return _smoke_window(argv)
    return main(argv)


if __name__ == "__main__":
    sys.exit(run())  # run() calls freeze_support first
