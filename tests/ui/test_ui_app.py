"""Starting the app: database errors at start, the entry point, translations."""

from __future__ import annotations

import logging
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from consularapp.db import Database
from consularapp.errors import DatabaseTooNewError
from ui import app as ui_app
from ui.main_window import MainWindow


@pytest.fixture
def clean_process_state(monkeypatch: pytest.MonkeyPatch):
    """run() installs an excepthook and a log handler: undo both after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_gui_entry_point_is_registered() -> None:
    found = [ep for ep in entry_points(group="consularapp.gui") if ep.name == "window"]
    assert found and found[0].value == "ui.app:run"
    assert found[0].load() is ui_app.run


def test_build_main_window(ref_db: Database, qtbot) -> None:
    window = ui_app.build_main_window(ref_db)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert QApplication.organizationName() == "ConsularApp"
    assert QApplication.applicationName() == "ConsularApp"


def test_a_too_new_database_is_refused_with_a_clear_message(
    qtbot, monkeypatch: pytest.MonkeyPatch, clean_process_state
) -> None:
    def too_new(_url=None):
        raise DatabaseTooNewError("This database was written by a newer version of ConsularApp "
                                  "(schema 9999)")

    monkeypatch.setattr(ui_app, "open_app_database", too_new)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _p, title, text, *_a: shown.append((title, text)))
    assert ui_app.run("sqlite:///whatever.sqlite3", []) == 1
    title, text = shown[0]
    assert title == "ConsularApp cannot start"
    assert "newer version of ConsularApp" in text


def test_run_opens_a_new_database_with_the_reference_data(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_process_state
) -> None:
    seen: dict[str, int] = {}

    def event_loop() -> int:
        # Stands in for QApplication.exec(): a real exec() followed by quit() leaves Qt's
        # "quit now" flag set, and every later QEventLoop in the test session would return
        # at once.
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        seen["offices"] = window.directory_page().offices.model.rowCount()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert ui_app.run(f"sqlite:///{tmp_path / 'new.sqlite3'}", []) == 0
    assert seen["offices"] == 147


def test_translators_load_without_a_qm(qtbot) -> None:
    installed = ui_app.install_translators(QApplication.instance(),
                                           QLocale(QLocale.Language.Spanish))
    for translator in installed:
        QApplication.removeTranslator(translator)
    assert isinstance(installed, list)


def test_translations_load_when_a_qm_exists(qtbot, tmp_path: Path, monkeypatch) -> None:
    import shutil
    import subprocess

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent /
                                                       "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease not installed")
    ts = tmp_path / "consularapp_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
        "<context><name>MainWindow</name><message><source>Directory</source>"
        "<translation>Directorio</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "consularapp_es.qm")],
                   check=True, capture_output=True)
    monkeypatch.setattr(ui_app, "translations_folder", lambda: tmp_path)
    installed = ui_app.install_translators(QApplication.instance(),
                                           QLocale(QLocale.Language.Spanish))
    try:
        from ui.main_window import page_specs

        assert [s.title for s in page_specs()][2] == "Directorio"
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)


def test_none_survives_pyside() -> None:
    """PySide6 6.12.0 drops a reference to None per void call, which aborts CPython 3.11.

    pyproject.toml keeps PySide6 below 6.12; this checks the installed one in a child process,
    where 50,000 such calls would abort the interpreter ("deallocating None").
    """
    import subprocess

    code = (
        "import ui\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(50000):\n"
        "    o.setObjectName('x')\n"
        "print('alive')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"


SECRET = "Tr0ub4dor&3"


@pytest.mark.parametrize("url", [
    f"postgresql://ana:{SECRET}@db.example.gov:54x2/team",
    f"postgresql://ana:{SECRET}@we@127.0.0.1:1/team",
    f"postgresql://ana:{SECRET} x@127.0.0.1:1/team",
])
def test_the_start_up_dialog_and_the_log_never_show_the_password(
    url: str, qtbot, monkeypatch: pytest.MonkeyPatch, clean_process_state
) -> None:
    from ui.logging_setup import log_file

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _p, title, text, *_a: shown.append((title, text)))
    assert ui_app.run(url, []) == 1
    ((title, text),) = shown
    assert title == "ConsularApp cannot start"
    assert text.startswith("The database could not be opened.\n\n")
    logged = log_file().read_text(encoding="utf-8")
    assert "Cannot open the database" in logged
    for said in (title, text, logged):
        assert SECRET not in said and "Tr0ub4dor" not in said
    assert "Traceback" not in text


@pytest.mark.both_backends
def test_the_window_never_shows_the_password_of_its_database(
    ref_db: Database, qtbot, backend: str
) -> None:
    window = ui_app.build_main_window(ref_db)
    qtbot.addWidget(window)
    window.show()
    password = ref_db.engine.url.password
    shown = [window.windowTitle(), window.database_label.text(),
             window.database_label.toolTip()]
    if backend == "postgresql":
        assert password and all(password not in text for text in shown), shown
        url = ref_db.engine.url  # a team database is named by server and database only
        assert window.windowTitle() == f"ConsularApp — {url.host}/{url.database}"
    else:
        assert window.windowTitle() == "ConsularApp — test.sqlite3"
