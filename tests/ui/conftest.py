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


def _mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_clashes(window) -> dict[str, list[str]]:
    """Alt letters used twice among what `window` shows now: menu titles, visible buddies,
    buttons, check boxes, radio buttons, group boxes and the tabs of visible tab bars."""
    from collections import defaultdict

    from PySide6.QtWidgets import (
        QCheckBox,
        QGroupBox,
        QLabel,
        QPushButton,
        QRadioButton,
        QTabBar,
        QWidget,
    )

    found: dict[str, list[str]] = defaultdict(list)

    def note(text: str, what: str) -> None:
        letter = _mnemonic(text)
        if letter:
            found[letter].append(f"{what} {text!r}")

    for action in window.menuBar().actions():
        note(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            note(widget.text(), "label")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            note(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox):
            note(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for n in range(widget.count()):
                note(widget.tabText(n), "tab")
    return {letter: uses for letter, uses in found.items() if len(uses) > 1}


def check_page_mnemonics(window, key: str) -> None:
    """Every state of page `key` (each tab of each tab widget) has unique Alt letters, with the
    banner shown."""
    from PySide6.QtWidgets import QTabWidget

    window.banner.show_text("2 agreements expire within 30 days")
    page = window.show_page(key)
    assert not mnemonic_clashes(window), (key, mnemonic_clashes(window))
    for tabs in page.findChildren(QTabWidget):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            assert not mnemonic_clashes(window), (key, tabs.tabText(n), mnemonic_clashes(window))
        tabs.setCurrentIndex(0)


@pytest.fixture
def page_mnemonics_checker():
    """check(window, page_key): no Alt letter clash on that page."""
    return check_page_mnemonics


@pytest.fixture
def demo_db_for_mnemonics(demo_db_at) -> Database:
    return demo_db_at(date(2026, 11, 21))
