"""The main window: pages, shortcuts, remembered layout, About, opening another database."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

import consularapp
from consularapp.db import Database
from ui.main_window import PAGE_CLASSES, MainWindow
from ui.settings import Settings


def make_window(db: Database, qtbot, settings: Settings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.both_backends
def test_opens_on_the_dashboard_and_every_page_shows(ref_db: Database, qtbot, settings) -> None:
    window = make_window(ref_db, qtbot, settings)
    assert window.current_page_key() == "dashboard"  # a new user starts on what needs attention
    assert list(window.pages) == ["dashboard"]  # the others are built when first shown
    for n, key in enumerate(window.page_keys()):
        window.page_actions[n].trigger()  # Ctrl+1..5
        assert window.current_page_key() == key
        assert window.nav.currentRow() == n
        page = window.current_page()
        assert page.isVisible()
        module_name, class_name = PAGE_CLASSES[key]
        assert type(page) is getattr(importlib.import_module(module_name), class_name)
    assert set(window.pages) == set(window.page_keys())
    assert set(PAGE_CLASSES) == set(window.page_keys())  # every page listed is built
    shortcuts = [a.shortcut().toString() for a in window.page_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6"]


def test_navigation_list_switches_pages(ref_db: Database, qtbot, settings) -> None:
    window = make_window(ref_db, qtbot, settings)
    window.nav.setCurrentRow(1)
    assert window.current_page_key() == "agreements"
    assert window.nav.accessibleName() == "Pages"


def test_ctrl_f_focuses_the_search_box_of_the_page(ref_db: Database, qtbot, settings) -> None:
    window = make_window(ref_db, qtbot, settings)
    window.activateWindow()
    page = window.directory_page()
    page.show_tab("consulates")
    window.find_action.trigger()
    assert window.focusWidget() is page.consulates.search
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.show_page("reports")
    window.find_action.trigger()  # nothing to search: a status message, no error
    assert "nothing to search" in window.statusBar().currentMessage()


def test_status_bar_and_menus(ref_db: Database, qtbot, settings) -> None:
    window = make_window(ref_db, qtbot, settings)
    assert str(ref_db.sqlite_path) in window.database_label.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_geometry_and_last_page_are_restored(ref_db: Database, qtbot, tmp_path: Path) -> None:
    path = str(tmp_path / "window.ini")
    first = make_window(ref_db, qtbot, Settings(QSettings(path, QSettings.Format.IniFormat)))
    first.directory_page().show_tab("consulates")
    first.show_page("agreements")
    first.resize(first.minimumSizeHint().width() + 10, 520)
    size = (first.width(), first.height())
    first.close()

    second = make_window(ref_db, qtbot, Settings(QSettings(path, QSettings.Format.IniFormat)))
    assert second.current_page_key() == "agreements"
    assert second.height() == 520
    screen = second.screen().availableGeometry().width()
    if size[0] <= screen:  # the offscreen screen may be narrower than the window's minimum
        assert second.width() == size[0]
    page = second.directory_page()
    assert page.current_tab() is page.consulates


def test_table_header_state_is_restored(ref_db: Database, qtbot, tmp_path: Path) -> None:
    path = str(tmp_path / "window.ini")
    first = make_window(ref_db, qtbot, Settings(QSettings(path, QSettings.Format.IniFormat)))
    tab = first.directory_page().show_tab("offices")
    tab.view.horizontalHeader().resizeSection(2, 333)
    tab.view.sortByColumn(4, tab.view.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    first.close()
    second = make_window(ref_db, qtbot, Settings(QSettings(path, QSettings.Format.IniFormat)))
    again = second.directory_page().show_tab("offices")
    header = again.view.horizontalHeader()
    assert header.sectionSize(2) == 333
    assert header.sortIndicatorSection() == 4
    cities = [again.proxy.index(r, 4).data() for r in range(again.proxy.rowCount())]
    assert cities == sorted(cities, key=str.casefold, reverse=True)


def test_about_names_the_versions(ref_db: Database, qtbot, settings, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = make_window(ref_db, qtbot, settings)
    window.about_action.trigger()
    import PySide6
    import sqlalchemy

    text = shown[0]
    for expected in (consularapp.__version__, PySide6.__version__, sqlalchemy.__version__,
                     "Python", "Qt", ref_db.url):
        assert expected in text


def test_open_database_reopens_everything(
    ref_db: Database, qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(ref_db, qtbot, settings)
    old_page = window.directory_page()
    other = tmp_path / "other.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(other), "ConsularApp databases"))
    window.open_action.trigger()
    try:
        assert window.db is not ref_db and window.owns_db
        assert window.db.sqlite_path == other.resolve()
        assert str(other.resolve()) in window.database_label.text()
        page = window.directory_page()
        assert page is not old_page
        assert page.offices.model.rowCount() == 147  # a new file gets the reference data
    finally:
        window.close()


def test_open_database_error_is_shown(
    ref_db: Database, qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE stuff (x)")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window = make_window(ref_db, qtbot, settings)
    assert window.open_database_file(str(foreign)) is False
    assert "did not create" in warnings[0]
    assert window.db is ref_db


def test_open_record_shows_the_page_and_selects_the_row(people_db: Database, qtbot,
                                                        settings) -> None:
    window = make_window(people_db, qtbot, settings)
    window.show_page("dashboard")
    assert window.open_record("consulate", "MX-DENVER")
    assert window.current_page_key() == "directory"
    page = window.directory_page()
    assert page.current_tab() is page.consulates
    assert page.consulates.selected_id() == "MX-DENVER"
    page.people.search.setText("zzz")  # a filter hiding the record is cleared
    assert window.open_record("person", "jose-garcia")
    assert page.people.selected_id() == "jose-garcia"
    assert not window.open_record("office", "NO-SUCH-OFFICE")
    assert "not shown" in window.statusBar().currentMessage()


# --- review fixes -------------------------------------------------------------------------------


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    from datetime import date

    return demo_db_at(date(2026, 11, 21))


@pytest.mark.both_backends
def test_every_page_fits_a_1024_by_700_screen_and_searching_never_widens_it(
    demo_db: Database, qtbot, settings
) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget

    window = make_window(demo_db, qtbot, settings)
    window.resize(1024, 700)
    for key in window.page_keys():
        page = window.show_page(key)
        for tabs in page.findChildren(QTabWidget):
            for n in range(tabs.count()):
                tabs.setCurrentIndex(n)
                QApplication.processEvents()
                assert window.minimumSizeHint().width() <= 1024, (key, tabs.tabText(n))
            tabs.setCurrentIndex(0)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, (key, hint)
        boxes = [box for box in page.findChildren(QLineEdit)
                 if box.isVisible() and box.accessibleName().startswith("Search")]
        for box in boxes:
            for text in ("zzz no such thing", "a", ""):
                box.setText(text)
                QApplication.processEvents()
                assert window.width() == 1024, (key, box.accessibleName(), text)
                assert window.minimumSizeHint().width() <= 1024
    lrw = window.show_page("lrw")
    lrw.search.setText("zzz no such thing")
    QApplication.processEvents()
    assert lrw.count_label.text().startswith("0 of")
    assert window.width() == 1024 and window.minimumSizeHint().width() <= 1024


def test_the_big_dialogs_fit_a_1024_by_700_screen(demo_db: Database, qtbot, settings) -> None:
    from ui.dialogs.agreement_dialog import AgreementDialog
    from ui.dialogs.event_dialog import EventDialog
    from ui.dialogs.person_dialog import PersonDialog

    dialogs = [EventDialog(demo_db, "LRW2027-LA-MOBILE", settings=settings),
               AgreementDialog(demo_db, "WHD-LA-MX-2021", settings=settings),
               PersonDialog(demo_db, None, settings=settings)]
    window = make_window(demo_db, qtbot, settings)
    lrw = window.show_page("lrw")
    dialogs += [lrw.publish(), lrw.copy_last_year(), lrw.export_calendar(), lrw.new_campaign()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert hint.width() <= 1000 and hint.height() <= 680, (type(dialog).__name__, hint)
        assert dialog.width() <= 1000, type(dialog).__name__


def test_the_undo_offer_survives_status_messages_and_stays_until_replaced_or_dismissed(
    ref_db: Database, qtbot, settings, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from consularapp.directory import list_offices

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window = make_window(ref_db, qtbot, settings)
    notice = window.undo_notice
    tab = window.directory_page().show_tab("offices")

    def delete(office_id: str) -> None:
        assert tab.select_id(office_id)
        tab.delete_button.click()

    delete("EEOC-DALLAS")
    window.statusBar().showMessage("Cancelled LRW2027-X.", 8000)
    assert notice.isVisible() and window.undo_action.isEnabled()
    assert notice.label.text() == "Delete office EEOC-DALLAS"
    assert not any(t.isActive() for t in notice.findChildren(QTimer))  # no timer runs
    qtbot.wait(50)
    assert notice.isVisible()
    delete("EEOC-HOUSTON")  # replaces the offer
    assert notice.label.text() == "Delete office EEOC-HOUSTON"
    window.undo_action.trigger()  # Ctrl+Z: the same step the notice offered
    offices = {o.id for o in list_offices(ref_db)}
    assert "EEOC-HOUSTON" in offices and "EEOC-DALLAS" not in offices
    assert not notice.isVisible()
    delete("EEOC-HOUSTON")
    notice.close_button.click()  # dismissed by the user: nothing undone...
    assert not notice.isVisible() and "EEOC-HOUSTON" not in {o.id for o in list_offices(ref_db)}
    assert window.undo_action.isEnabled()  # ...and Edit > Undo still can


def test_the_banner_buttons_come_first_in_the_tab_order(demo_db: Database, qtbot,
                                                        settings) -> None:
    from PySide6.QtCore import Qt

    window = make_window(demo_db, qtbot, settings)
    window.activateWindow()
    window.banner.show_text("2 agreements expire within 30 days")
    banner = window.banner
    def next_stop(widget):
        following = widget.nextInFocusChain()
        while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus and following.isVisible()
                   and following.isEnabled()):
            following = following.nextInFocusChain()
        return following

    for key in window.page_keys():
        window.show_page(key)
        assert next_stop(banner.show_button) is banner.dismiss_button, key
        assert next_stop(banner.dismiss_button) is window.nav, key


def test_the_title_names_the_app_once_and_the_file(ref_db: Database, qtbot, settings) -> None:
    window = make_window(ref_db, qtbot, settings)
    assert window.windowTitle() == "ConsularApp — test.sqlite3"
    assert window.database_label.text().startswith("Database: ")


def test_a_demonstration_database_says_so(demo_db_at, qtbot, settings) -> None:
    from datetime import date

    window = make_window(demo_db_at(date(2026, 11, 21)), qtbot, settings)
    assert window.windowTitle() == "ConsularApp — Demonstration — test.sqlite3"
    assert window.database_label.text().startswith("Demonstration data (not your records): ")
