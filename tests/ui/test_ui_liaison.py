"""Replacing a consulate's liaison from the Directory and from the dashboard, by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from as_a_person import (
    alt,
    focus,
    press,
    retype,
    select_all_and_type,
    show_active,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from consularapp.db import Database
from consularapp.directory import consulate_people, get_person
from consularapp.partnerships import AttentionKind
from ui.main_window import MainWindow
from ui.settings import Settings

TODAY = date.today()


@pytest.fixture
def window(demo_db_at, qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(demo_db_at(TODAY), settings)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    show_active(win)
    return win


def active_dialog():
    dialog = QApplication.activeModalWidget()
    assert dialog is not None, "no dialog opened"
    show_active(dialog)
    return dialog


def test_the_consulate_details_show_the_consul_and_the_liaisons(window: MainWindow) -> None:
    tab = window.directory_page().show_tab("consulates")
    select_all_and_type(tab.search, "MX-CHICAGO")
    press(tab.search, Qt.Key.Key_Down)
    assert tab.selected_id() == "MX-CHICAGO"
    text = tab.details.toPlainText()
    assert "In post now" in text
    assert "Consul\nReyna Castillo (P-REYNA-CASTILLO), Consul General\n" in text
    assert "Liaison\nIsabel Cruz (P-ISABEL-CRUZ), Consul for Protection\n" in text
    assert "isabel.cruz@example.org" in text


def test_replace_liaison_from_the_directory(window: MainWindow, demo_db_at) -> None:
    db: Database = window.db
    tab = window.directory_page().show_tab("consulates")
    select_all_and_type(tab.search, "MX-CHICAGO")
    press(tab.search, Qt.Key.Key_Down)
    alt(window, "l")  # Replace liaison…
    dialog = active_dialog()
    assert dialog.leaving.currentData() == "P-ISABEL-CRUZ"  # the liaison, not the consul
    last = TODAY + timedelta(days=30)
    alt(dialog, "d")
    retype(dialog, last.isoformat())
    assert dialog.first_day.text() == (last + timedelta(days=1)).isoformat()
    alt(dialog, "n")  # Someone new
    alt(dialog, "a")
    type_text(dialog, "Teresa Ángeles")
    assert dialog.id_edit.text() == "P-TERESA-ANGELES"
    alt(dialog, "m")
    type_text(dialog, "teresa@example.org")
    alt(dialog, "s")
    assert QApplication.activeModalWidget() is None  # saved and closed
    ended = [m for m in get_person(db, "P-ISABEL-CRUZ").memberships
             if m.organization_id == "MX-CHICAGO"]
    assert [m.active_to for m in ended] == [last]
    later = consulate_people(db, "MX-CHICAGO", last + timedelta(days=1))
    assert [(p.person_id, p.title, p.email) for p in later] == [
        ("P-REYNA-CASTILLO", "Consul General", "reyna.castillo@example.org"),
        ("P-TERESA-ANGELES", "Consul for Protection", "teresa@example.org")]


def test_the_dashboards_no_liaison_item_offers_replace_liaison(window: MainWindow) -> None:
    db: Database = window.db
    page = window.show_page("dashboard")
    row = next(r for r in page.model.rows() if r.item.kind is AttentionKind.NO_LIAISON)
    assert row.item.record_id == "MX-DENVER"
    focus(page.view)
    press(page.view, Qt.Key.Key_Home)
    while page.selected_row() is not None and page.selected_row().id != row.id:
        press(page.view, Qt.Key.Key_Down)
    assert page.replace_button.isVisible()
    alt(window, "l")
    dialog = active_dialog()
    assert dialog.leaving.currentData() == ""  # nobody is in post
    alt(dialog, "n")
    alt(dialog, "a")
    type_text(dialog, "Dana Ruiz")
    alt(dialog, "t")
    type_text(dialog, "Consul for Protection")
    alt(dialog, "s")
    assert [(p.name, p.title) for p in consulate_people(db, "MX-DENVER", TODAY)] == \
        [("Dana Ruiz", "Consul for Protection")]
    assert not any(r.item.kind is AttentionKind.NO_LIAISON and r.item.record_id == "MX-DENVER"
                   for r in page.model.rows())
    press(page.view, Qt.Key.Key_Home)
    assert not page.replace_button.isVisible()  # the first item is an agreement
