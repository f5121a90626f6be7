"""Open the installed app's window, its every page and every dialog a user can reach, then quit.

A script, not a test module: tests/test_plain_install.py runs it with the Python of a plain,
non-editable install without the test extras (so an import of a test-only package such as
pycountry fails here as it would for a user), and tests/ui/test_ui_display.py runs it on a real
X display (Xvfb, Qt's xcb platform). It imports only what the app ships.

    python smoke_window.py [--walk] [--seconds S] [--screenshot FILE.png] [--db URL]

It goes through the real start-up (`ui.app.run`: QApplication, translations, crash handler,
database, window, event loop). With --walk it shows every page, every tab, selects the first
row of every list, clicks every visible button and menu item a user could (not Quit), and closes
each dialog that opens, as a user pressing Esc would; any "Unexpected error" or error logged
fails the run. It prints one JSON line (platform, title, pages, dialogs seen, failures) and exits
0 when nothing failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

# Run as a script from tests/smoke: the app must come from the installation, never the checkout.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

# Names of menu items and buttons the walk never presses: they end the session or the window.
NOT_PRESSED = ("quit", "exit", "close window", "open database", "open…", "open...")


class Failures(logging.Handler):
    """Every error the app logs (crash reports included) is a failure of the smoke run."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.messages.append(text)


def dialog_classes() -> list[str]:
    """Every QDialog subclass that ui/ defines and shows (not the bases of others): the set the
    walk should reach."""
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtWidgets import QDialog

    import ui

    found: set[type] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == module.__name__:
                found.add(obj)
    bases = {base for cls in found for base in cls.__mro__[1:]}
    return sorted(cls.__name__ for cls in found - bases)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--walk", action="store_true")
    parser.add_argument("--seconds", type=float, default=0.0)
    parser.add_argument("--screenshot")
    parser.add_argument("--db")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QDialog,
        QMessageBox,
        QTabWidget,
        QWidget,
    )

    from consularapp.cli import main as cli
    from ui import app as ui_app
    from ui.main_window import MainWindow

    url = args.db
    folder: Path | None = None
    if not url:
        folder = Path(tempfile.mkdtemp(prefix="consularapp-smoke-"))
        url = f"sqlite:///{folder / 'smoke.sqlite3'}"
        with open(os.devnull, "w") as quiet:
            if cli(["--db", url, "demo"], out=quiet) != 0:
                return 3
    failures = Failures()
    logging.getLogger().addHandler(failures)
    report: dict[str, object] = {"pages": [], "dialogs": [], "failures": failures.messages}
    seen: set[str] = set()
    app = ui_app.ensure_application([sys.argv[0]])

    def close_dialogs() -> None:
        """Esc on whatever dialog is open (modal or not); an error box is a failure."""
        for widget in [QApplication.activeModalWidget(), *QApplication.topLevelWidgets()]:
            if isinstance(widget, QDialog) and widget.isVisible():
                seen.add(type(widget).__name__)
                if isinstance(widget, QMessageBox) and "nexpected" in widget.text():
                    failures.messages.append(f"{widget.windowTitle()}: {widget.text()}")
                widget.reject()

    closer = QTimer()
    closer.setInterval(40)
    closer.timeout.connect(close_dialogs)
    closer.start()

    def settle(seconds: float = 0.03) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        close_dialogs()

    def select_first_rows(page: QWidget) -> None:
        """What a user does before Edit, Renew, Assign...: pick the first row of each list."""
        for view in page.findChildren(QAbstractItemView):
            model, selection = view.model(), view.selectionModel()
            if (view.isVisible() and model is not None and model.rowCount() > 0
                    and selection is not None and not selection.hasSelection()):
                view.setCurrentIndex(model.index(0, 0))
                selection.select(model.index(0, 0), selection.SelectionFlag.ClearAndSelect
                                 | selection.SelectionFlag.Rows)

    def press_everything(window: MainWindow, page: QWidget) -> None:
        deadline = time.monotonic() + 5  # lists fill off the UI thread
        while time.monotonic() < deadline and QThreadPool.globalInstance().activeThreadCount():
            settle()
        for button in page.findChildren(QAbstractButton):
            select_first_rows(page)
            settle(0.01)
            text = button.text().replace("&", "").strip().lower()
            if (not button.isVisible() or not button.isEnabled() or not text
                    or any(word in text for word in NOT_PRESSED)):
                continue
            if os.environ.get("SMOKE_VERBOSE"):
                print("press", repr(button.text()), file=sys.stderr)
            button.click()
            settle()
            if not window.isVisible():
                raise RuntimeError(f"pressing {button.text()!r} closed the window")

    def walk(window: MainWindow) -> None:
        for key in window.page_keys():
            page = window.show_page(key)
            settle(0.2)
            report["pages"].append(key)  # type: ignore[union-attr]
            tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
            for tab_widget in tabs:
                for n in range(tab_widget.count() if tab_widget else 1):
                    if tab_widget is not None:
                        tab_widget.setCurrentIndex(n)
                        settle()
                    press_everything(window, page)
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu else []:
                text = action.text().replace("&", "").strip().lower()
                if (action.isSeparator() or not action.isEnabled() or action.menu()
                        or any(word in text for word in NOT_PRESSED)):
                    continue
                action.trigger()
                settle()

    def check_then_quit() -> None:
        try:
            window = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, MainWindow) and w.isVisible())
            settle(0.3)
            handle = window.windowHandle()
            import consularapp
            import ui

            report.update(platform=QApplication.platformName(), title=window.windowTitle(),
                          exposed=bool(handle and handle.isExposed()),
                          installed_at=[consularapp.__file__, ui.__file__])
            if args.walk:
                walk(window)
            settle(args.seconds)
            if args.screenshot:
                screen = window.screen()
                picture = screen.grabWindow(0) if QApplication.platformName() == "xcb" else (
                    window.grab())
                picture.save(args.screenshot)
            report["dialogs"] = sorted(seen)
            report["unreached"] = sorted(set(dialog_classes()) - seen) if args.walk else []
        except Exception as exc:  # the report says what went wrong; the exit code fails
            import traceback

            failures.messages.append("".join(traceback.format_exception(exc)))
        closer.stop()
        for widget in QApplication.topLevelWidgets():
            widget.close()
        app.quit()

    QTimer.singleShot(200, check_then_quit)
    code = ui_app.run(url, [sys.argv[0]])
    from ui.worker import cancel_all

    cancel_all(10000)
    if folder is not None:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(report), flush=True)
    return 1 if code or failures.messages else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
