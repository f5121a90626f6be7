"""Edit > Options (shared settings, one page per area) and the per-user options, as a person
uses them: the keys to open it, Alt letters to reach a field, typing, Alt+S."""

from __future__ import annotations

from pathlib import Path

import pytest
from as_a_person import alt, press, select_all_and_type, show_active
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from consularapp import settings as shared
from consularapp.agreements import Status
from ui.dialogs.options_dialog import OptionsDialog
from ui.main_window import MainWindow
from ui.settings import LRW_YEAR, OPTIONS, Settings


def open_options(window: MainWindow, qtbot) -> OptionsDialog:
    window.options_action.trigger()  # Edit > Options… (Ctrl+, where the platform has it)
    dialog = window.options_dialog
    show_active(dialog)
    return dialog


def test_options_change_what_every_page_says(demo_window: MainWindow, qtbot) -> None:
    agreements = demo_window.show_page("agreements")
    tab = agreements.table
    tab.ensure_loaded()
    active = [r for r in tab.model.rows() if r.status is Status.ACTIVE and r.days_left]
    soonest = min(active, key=lambda r: r.days_left)
    dialog = open_options(demo_window, qtbot)
    assert [p.title for p in dialog.pages] == ["Agreements", "Planning", "Publishing",
                                               "Obligations"]
    alt(dialog, "l")  # Renewal lead time
    select_all_and_type(dialog.current_page().fields[shared.RENEWAL_LEAD_DAYS],
                        str(soonest.days_left + 1))
    alt(dialog, "s")  # saved and closed
    assert shared.get_setting(demo_window.db, shared.RENEWAL_LEAD_DAYS) == soonest.days_left + 1
    # The agreements table re-read its statuses with the new threshold.
    assert tab.model.row_by_id(soonest.id).status is Status.RENEWAL_DUE
    assert demo_window.statusBar().currentMessage() == "Options saved."


def test_a_page_restores_its_defaults_and_only_saving_stores_them(demo_window: MainWindow,
                                                                   qtbot) -> None:
    shared.set_settings(demo_window.db, {shared.TRAVEL_BUFFER_MINUTES: 45})
    dialog = open_options(demo_window, qtbot)
    page = dialog.show_page(shared.PLANNING_AREA)
    assert page.fields[shared.TRAVEL_BUFFER_MINUTES].value() == 45
    alt(dialog, "d")  # Restore defaults: this page's
    assert page.fields[shared.TRAVEL_BUFFER_MINUTES].text() == "none"
    press(dialog, Qt.Key.Key_Escape)  # cancelled: nothing stored
    assert shared.get_setting(demo_window.db, shared.TRAVEL_BUFFER_MINUTES) == 45
    dialog = open_options(demo_window, qtbot)
    dialog.show_page(shared.PLANNING_AREA)
    alt(dialog, "d")
    alt(dialog, "s")
    assert shared.get_setting(demo_window.db, shared.TRAVEL_BUFFER_MINUTES) == 0


def test_refused_values_are_listed_and_the_page_shown(demo_window: MainWindow, qtbot,
                                                      tmp_path: Path) -> None:
    dialog = open_options(demo_window, qtbot)
    alt(dialog, "e")  # Expiring within
    select_all_and_type(dialog.current_page().fields[shared.EXPIRING_DAYS], "200")
    dialog.show_page(shared.PUBLISHING_AREA)
    alt(dialog, "f")
    select_all_and_type(dialog.current_page().fields[shared.PUBLISH_FOLDER], "calendars")
    alt(dialog, "s")
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "Publish folder: 'calendars' is not a full path" in dialog.problems.text()
    assert dialog.current_page().area == shared.PUBLISHING_AREA
    assert QApplication.focusWidget() is dialog.current_page().fields[shared.PUBLISH_FOLDER]
    select_all_and_type(dialog.current_page().fields[shared.PUBLISH_FOLDER], str(tmp_path))
    alt(dialog, "s")  # now the lead time (180) is shorter than the threshold (200)
    assert "Renewal lead time: the renewal lead time (180 days) is shorter" in (
        dialog.problems.text())
    assert dialog.current_page().area == shared.AGREEMENTS_AREA
    assert shared.get_setting(demo_window.db, shared.PUBLISH_FOLDER) is None  # all or none
    dialog.reject()


def test_per_user_options_are_declared_once_with_their_types(tmp_path: Path) -> None:
    store = Settings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    store.set(LRW_YEAR, 2027)
    store.sync()
    again = Settings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    assert again.get(LRW_YEAR) == 2027  # an int again, not the ini file's text
    with pytest.raises(TypeError):
        again.set(LRW_YEAR, "2027")
    with pytest.raises(KeyError, match="not a declared option"):
        again.value("lrw/typo")
    assert all(o.meaning for o in OPTIONS.values())
