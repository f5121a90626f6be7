"""Fixtures for the desktop UI: settings in a temporary file, windows over test databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from consularapp.db import Database
from consularapp.directory import MembershipInput, PersonInput, save_person
from ui.settings import Settings


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> Iterator[None]:
    """Every QSettings() of the app writes under tmp_path, never in the real user's folders."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _window_in_english(qapp) -> Iterator[None]:
    """The window speaks English with its plural forms (consularapp_en.qm), as the app does for
    an English user; a test that switches language is put back afterwards."""
    from ui import language

    if language.current_language() != "en" or not language.installed():
        language.install(qapp, "en")
    yield
    if language.current_language() != "en":
        language.install(qapp, "en")


@pytest.fixture(autouse=True)
def _no_worker_left_running() -> Iterator[None]:
    """A worker thread alive at interpreter exit crashes it: stop them after each test."""
    yield
    from ui.worker import cancel_all

    assert cancel_all(10000)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def people_db(ref_db: Database) -> Database:
    """The reference directory plus a few people: current, left, at offices and consulates."""
    save_person(ref_db, PersonInput(
        id="ana-perez", name="Ana Pérez", languages=["Spanish", "English"],
        email="ana@example.gov",
        memberships=[
            MembershipInput("MX-CHICAGO", "Consul for Protection", date(2019, 3, 1),
                            date(2023, 6, 30)),
            MembershipInput("MX-HOUSTON", "Deputy Consul", date(2023, 7, 1), None),
        ],
    ))
    save_person(ref_db, PersonInput(
        id="jose-garcia", name="José García", languages=["Spanish"],
        memberships=[MembershipInput("WHD-CHICAGO", "CORPS", date(2021, 1, 4), None)],
    ))
    save_person(ref_db, PersonInput(
        id="maria-lopez", name="María López",
        memberships=[MembershipInput("MX-ATLANTA", "Liaison", date(2018, 1, 1),
                                     date(2022, 12, 31))],
    ))
    save_person(ref_db, PersonInput(
        id="kim-nguyen", name="Kim Nguyen", languages=["English", "Vietnamese"],
        memberships=[MembershipInput("OSHA-R-NYC", "Compliance Assistance Specialist",
                                     date(2020, 5, 1), None)],
    ))
    return ref_db


@pytest.fixture
def demo_window(demo_db_at, qtbot, settings: Settings):
    """The main window, shown and active, on the demonstration as of 2027-03-01; the window's
    clock says that day too (ui.clock), so nothing depends on the real date."""
    from as_a_person import show_active

    from ui import clock
    from ui.main_window import MainWindow

    day = date(2027, 3, 1)
    clock.set_today(day)
    window = MainWindow(demo_db_at(day), settings)
    qtbot.addWidget(window)
    show_active(window)
    yield window
    clock.set_today(None)
