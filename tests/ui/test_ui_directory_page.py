"""The Directory page driven like a user would: search, filters, add, edit, delete, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from consularapp.db import Database
from consularapp.directory import get_consulate, get_office, get_person, list_offices
from consularapp.errors import NotFoundError
from ui import operations
from ui.main_window import MainWindow
from ui.pages.directory_page import DirectoryPage
from ui.settings import Settings


@pytest.fixture
def window(ref_db: Database, qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(ref_db, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


@pytest.fixture
def people_window(people_db: Database, qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(people_db, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_offices_load_with_count_and_details(window: MainWindow) -> None:
    page = window.directory_page()
    tab = page.show_tab("offices")
    assert tab.proxy.rowCount() == 147
    assert tab.count_label.text() == "147 offices shown of 147"
    assert tab.view.accessibleName() == "Offices"
    assert tab.select_id("WHD-CHICAGO")
    details = tab.details.toPlainText()
    assert "Chicago District Office" in details
    assert "Built-in reference data — source:" in details and "edited by a user: no" in details


def test_typing_in_search_filters_offices(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("offices")
    qtbot.keyClicks(tab.search, "chicago")
    shown = tab.proxy.rowCount()
    assert 0 < shown < 147
    assert tab.count_label.text() == f"{shown} offices shown of 147"
    for row in range(shown):
        assert "chicago" in tab.model.search_text_at(
            tab.proxy.mapToSource(tab.proxy.index(row, 0)).row())
    tab.search.clear()
    assert tab.proxy.rowCount() == 147


def test_office_filters_by_agency_and_state(window: MainWindow) -> None:
    tab = window.directory_page().show_tab("offices")
    tab.agency_filter.setCurrentIndex(tab.agency_filter.findData("OSHA"))
    osha = sum(1 for r in list_offices(tab.db) if r.agency_code == "OSHA")
    assert tab.proxy.rowCount() == osha
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("TX"))
    assert tab.proxy.rowCount() == sum(
        1 for r in list_offices(tab.db) if r.agency_code == "OSHA" and r.state == "TX")
    tab.agency_filter.setCurrentIndex(0)
    tab.state_filter.setCurrentIndex(0)
    assert tab.proxy.rowCount() == 147


def test_consulates_filter_by_country(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("consulates")
    assert tab.count_label.text() == "53 consulates shown of 53"
    assert tab.country_filter.findData("MX") > 0
    qtbot.keyClicks(tab.search, "houston")
    assert tab.proxy.rowCount() == 1


def test_people_search_and_people_who_left(people_window: MainWindow, qtbot) -> None:
    tab = people_window.directory_page().show_tab("people")
    assert tab.model.rowCount() == 4
    assert tab.proxy.rowCount() == 3  # María left: hidden by default
    assert tab.count_label.text() == "3 people shown of 4"
    tab.show_left.setChecked(True)
    assert tab.proxy.rowCount() == 4
    qtbot.keyClicks(tab.search, "perez")  # accents ignored
    assert tab.proxy.rowCount() == 1
    tab.search.clear()
    tab.org_filter.setCurrentIndex(tab.org_filter.findData("kind:consulate"))
    assert tab.proxy.rowCount() == 2
    tab.org_filter.setCurrentIndex(tab.org_filter.findData("agency:WHD"))
    assert tab.proxy.rowCount() == 1
    tab.org_filter.setCurrentIndex(0)
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("GA"))
    assert tab.proxy.rowCount() == 1  # María, at the Atlanta consulate
    row = tab.proxy.index(0, 2).data()
    assert row.endswith("(left)")


def test_person_details_show_the_membership_history(people_window: MainWindow) -> None:
    tab = people_window.directory_page().show_tab("people")
    assert tab.select_id("ana-perez")
    text = tab.details.toPlainText()
    assert "Membership history" in text
    assert "MX-CHICAGO" in text and "MX-HOUSTON" in text
    assert "left" in text and "current" in text


def test_add_office_through_the_dialog(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("offices")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.agency.setEditText("WHD")
    dialog.name.setText("Elgin Field Office")
    dialog.city.setText("Elgin")
    dialog.id_edit.setText("WHD-ELGIN")
    dialog.state.setCurrentIndex(dialog.state.findData("IL"))
    dialog.time_zone.setEditText("America/Chicago")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    assert tab.model.rowCount() == 148
    assert tab.selected_id() == "WHD-ELGIN"
    assert tab.count_label.text() == "148 offices shown of 148"


def test_insert_key_opens_the_add_dialog(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("offices")
    tab.view.setFocus()
    tab.add_action.trigger()
    assert tab.dialog is not None
    tab.dialog.reject()
    assert tab.dialog is None


def test_edit_with_a_validation_error_then_fix(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("offices")
    assert tab.select_id("WHD-CHICAGO")
    tab.edit_action.trigger()
    dialog = tab.dialog
    assert dialog is not None
    dialog.time_zone.setEditText("Central")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and tab.dialog is dialog
    assert "Time zone" in dialog.problems.text() and "'Central'" in dialog.problems.text()
    assert get_office(tab.db, "WHD-CHICAGO").time_zone == "America/Chicago"
    dialog.time_zone.setEditText("America/Chicago")
    dialog.region.setText("Midwest Region")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    row = tab.model.row_by_id("WHD-CHICAGO")
    assert row.region == "Midwest Region" and row.edited
    assert "edited by a user: yes" in tab.details.toPlainText()
    assert tab.model.rowCount() == 147


def test_renaming_an_id_replaces_the_row(window: MainWindow) -> None:
    tab = window.directory_page().show_tab("offices")
    tab.select_id("WHD-CHICAGO")
    dialog = tab.open_editor("WHD-CHICAGO")
    dialog.id_edit.setText("WHD-CHI")
    dialog.accept()
    assert tab.model.row_by_id("WHD-CHICAGO") is None
    assert tab.model.row_by_id("WHD-CHI") is not None
    assert tab.model.rowCount() == 147


def test_delete_with_confirmation_and_undo(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = yes(monkeypatch)
    tab = window.directory_page().show_tab("offices")
    tab.select_id("EEOC-DALLAS")
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete office EEOC-DALLAS?"]
    assert tab.model.row_by_id("EEOC-DALLAS") is None
    with pytest.raises(NotFoundError):
        get_office(tab.db, "EEOC-DALLAS")
    notice = window.undo_notice
    assert notice.isVisible() and notice.label.text() == "Delete office EEOC-DALLAS"
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Delete office EEOC-DALLAS"
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert get_office(tab.db, "EEOC-DALLAS").city == "Dallas"
    assert tab.model.row_by_id("EEOC-DALLAS") is not None
    assert tab.selected_id() == "EEOC-DALLAS"
    assert not notice.isVisible() and not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled()  # and the delete can be done again


def test_delete_answered_no_keeps_the_record(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.No)
    tab = window.directory_page().show_tab("offices")
    tab.select_id("EEOC-DALLAS")
    tab.delete_selected()
    assert tab.model.row_by_id("EEOC-DALLAS") is not None


def test_delete_refused_while_in_use_shows_the_reason(
    people_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    yes(monkeypatch)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    tab = people_window.directory_page().show_tab("offices")
    tab.select_id("WHD-CHICAGO")
    tab.delete_selected()
    assert warnings and "cannot be deleted" in warnings[0]
    assert tab.model.row_by_id("WHD-CHICAGO") is not None


def test_delete_and_undo_a_person_with_memberships(
    people_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    yes(monkeypatch)
    tab = people_window.directory_page().show_tab("people")
    tab.select_id("ana-perez")
    tab.delete_action.trigger()
    assert tab.model.row_by_id("ana-perez") is None
    people_window.undo_action.trigger()
    restored = get_person(tab.db, "ana-perez")
    assert [m.organization_id for m in restored.memberships] == ["MX-CHICAGO", "MX-HOUSTON"]
    assert tab.model.row_by_id("ana-perez") is not None


def test_delete_and_undo_a_consulate(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    yes(monkeypatch)
    tab = window.directory_page().show_tab("consulates")
    tab.select_id("MX-BOISE")
    tab.delete_selected()
    assert tab.count_label.text() == "52 consulates shown of 52"
    window.undo_notice.undo()
    assert get_consulate(tab.db, "MX-BOISE").city == "Boise"
    assert tab.count_label.text() == "53 consulates shown of 53"


def test_office_changes_reach_the_people_tab(people_window: MainWindow) -> None:
    page = people_window.directory_page()
    people = page.show_tab("people")
    offices = page.show_tab("offices")
    dialog = offices.open_editor("WHD-CHICAGO")
    dialog.name.setText("Chicago District Office (Loop)")
    dialog.accept()
    assert people.model.row_by_id("jose-garcia").organization_name == (
        "Chicago District Office (Loop)")


def test_add_person_through_the_page(people_window: MainWindow) -> None:
    tab = people_window.directory_page().show_tab("people")
    dialog = tab.open_editor(None)
    dialog.name.setText("Rosa Díaz")
    dialog.name.textEdited.emit("Rosa Díaz")
    row = dialog.memberships.add_row()
    row.organization.setCurrentIndex(row.organization.findData("MX-DALLAS"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.model.row_by_id("P-ROSA-DIAZ").organization_id == "MX-DALLAS"
    assert tab.selected_id() == "P-ROSA-DIAZ"


def test_keyboard_search_then_down_reaches_the_table(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("offices")
    tab.focus_search()
    qtbot.keyClicks(tab.search, "boston")
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    assert window.focusWidget() is tab.view
    assert tab.selected_id()


def test_page_standalone_applies_its_own_changes(
    ref_db: Database, qtbot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    yes(monkeypatch)
    page = DirectoryPage(ref_db, settings)
    qtbot.addWidget(page)
    offered: list[str] = []
    operations.context(ref_db).undo.offered.connect(lambda step: offered.append(step.label))
    tab = page.show_tab("offices")
    tab.select_id("EEOC-DALLAS")
    tab.delete_selected()
    assert tab.model.rowCount() == 146
    assert offered == ["Delete office EEOC-DALLAS"]


def test_keys_on_the_table_edit_and_delete(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = yes(monkeypatch)
    window.activateWindow()
    tab = window.directory_page().show_tab("offices")
    tab.select_id("EEOC-DALLAS")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert tab.dialog is not None and tab.dialog.original_id == "EEOC-DALLAS"
    tab.dialog.reject()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.dialog is not None
    tab.dialog.reject()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert asked == ["Delete office EEOC-DALLAS?"]
    assert tab.model.row_by_id("EEOC-DALLAS") is None
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    assert tab.dialog is not None and tab.dialog.original_id is None
    tab.dialog.reject()


def test_every_control_on_the_page_is_named(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    page = window.directory_page()
    for tab in page.all_tabs():
        for widget in tab.findChildren(QWidget):
            if isinstance(widget, QComboBox | QLineEdit | QTableView | QAbstractButton) and \
                    widget.isVisibleTo(tab) and widget.parent() is not None and \
                    not isinstance(widget.parent(), QComboBox):
                name = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else "")
                assert name, f"{type(widget).__name__} in {tab.table_name()} has no name"
