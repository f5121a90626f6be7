"""The machine's policy in the window: Help > About, the fixed database, the fixed language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

import consularapp
from consularapp import policy
from consularapp.db import Database
from ui import app as ui_app
from ui.main_window import MainWindow


def about_text(db: Database, qtbot, settings, monkeypatch) -> str:
    """What Help > About shows, chosen from the menu."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&About ConsularApp").trigger()
    assert len(shown) == 1
    return shown[0]


def test_about_without_policy_says_nothing_is_fixed(ref_db: Database, qtbot, settings,
                                                    monkeypatch) -> None:
    text = about_text(ref_db, qtbot, settings, monkeypatch)
    assert f"<td>Version</td><td>{consularapp.__version__}</td>" in text
    assert f"<td>Database</td><td>{ref_db.url}</td>" in text
    assert "No setting is fixed by an administrator policy." in text


def test_about_lists_what_the_policy_fixes(ref_db: Database, qtbot, settings, monkeypatch,
                                           machine_policy) -> None:
    machine_policy(f"DatabaseUrl = {ref_db.url}\nLanguage = es\nAllowDemoData = 0")
    text = about_text(ref_db, qtbot, settings, monkeypatch)
    assert f"Set by your administrator (policy {policy.POLICY_FILE}):" in text
    for label, value in (("Database", ref_db.url), ("Interface language", "Spanish"),
                         ("Demonstration data", "not allowed")):
        assert f"<tr><td>{label}</td><td>{value}</td></tr>" in text


def test_about_never_shows_a_password(ref_db: Database, qtbot, settings, monkeypatch,
                                      machine_policy) -> None:
    machine_policy("DatabaseUrl = postgresql://clerk:s3cret@db.example.gov/consularapp")
    text = about_text(ref_db, qtbot, settings, monkeypatch)
    assert "postgresql://clerk:***@db.example.gov/consularapp" in text
    assert "holds a password" in text
    assert "s3cret" not in text


def test_a_fixed_database_is_the_one_the_window_opens(tmp_path: Path, qtbot, settings,
                                                      machine_policy) -> None:
    team = tmp_path / "team.sqlite3"
    machine_policy(f"DatabaseUrl = sqlite:///{team}")
    db = ui_app.open_app_database(None)
    try:
        assert db.sqlite_path == team
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        assert not window.open_action.isEnabled()  # File > Open database: no other one here
        assert window.open_action.toolTip() == "The database is set by your administrator."
    finally:
        db.close()
    with pytest.raises(policy.PolicyError):
        ui_app.open_app_database(f"sqlite:///{tmp_path / 'mine.sqlite3'}")
    assert not (tmp_path / "mine.sqlite3").exists()


def test_the_policy_language_wins_over_the_system(qtbot, machine_policy, monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.English)))
    machine_policy("Language = es")
    installed = ui_app.install_translators(QApplication.instance())
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
