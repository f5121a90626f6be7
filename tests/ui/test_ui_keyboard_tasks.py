"""Every core task done with the keyboard alone, from the main window (Section 508 502.2.1 /
WCAG 2.1.1): pages by Ctrl+number, tables by Ctrl+F and Down, Insert to add, Enter or F2 to edit,
fields by their Alt letters and Tab, lists by arrows and typing, Alt+S to save, menus by Alt and
their letters, file dialogs by typing the path and Enter. Nothing is set, clicked or called:
every key goes to the focused widget (or the open pop-up), as it would from a keyboard. Each test
then reads the saved record or the written file back.

tests/ui/test_ui_combos.py checks each combo box of each dialog; this file checks whole tasks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import shiboken6
from as_a_person import press, show_active, type_text
from dialog_catalogue import AS_OF, DIALOGS, build
from mnemonics import mnemonic_uses
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QTabWidget, QWidget

from consularapp.db import Database
from ui import clock
from ui.main_window import MainWindow
from ui.settings import Settings

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
K = Qt.Key


@pytest.fixture
def window(demo_db_at, qtbot, settings: Settings) -> Iterator[MainWindow]:
    clock.set_today(AS_OF)
    window = MainWindow(demo_db_at(AS_OF), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    show_active(window)
    yield window
    clock.set_today(None)


@pytest.fixture
def db(window: MainWindow) -> Database:
    return window.db


# --- keys to whatever has the focus -------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1) -> None:
    for _n in range(times):
        press(focused(), k, modifier)


def alt(letter: str) -> None:
    """Alt+letter into the focused widget: a label's buddy takes the focus, a button clicks."""
    key(getattr(K, f"Key_{letter.upper()}"), ALT)
    QTest.qWait(150)  # a button's mnemonic clicks it a moment later


def ctrl(letter: str) -> None:
    key(getattr(K, f"Key_{letter.upper()}"), CTRL)


def typed(text: str) -> None:
    type_text(focused(), text)


def replace_text(text: str) -> None:
    """Ctrl+A then type: what the field held is replaced."""
    ctrl("a")
    key(K.Key_Backspace)
    typed(text)


def active_window(qtbot, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind), timeout=10000)
    return QApplication.activeWindow()


def save_with_alt_s(qtbot, dialog: QDialog, letter: str = "s") -> str:
    """Alt+S (or the dialog's own letter for its OK button); the dialog must close accepted.
    The ID it saved (dialogs are deleted once done)."""
    done: dict[str, object] = {}
    problems = getattr(dialog, "problems", None)

    def finished(result: int) -> None:
        done["result"] = result
        done["id"] = getattr(dialog, "saved_id", "")
        done["problems"] = problems.text() if problems is not None else ""

    dialog.finished.connect(finished)
    alt(letter)
    try:  # some dialogs finish their work off the UI thread (publishing) before closing
        qtbot.waitUntil(lambda: "result" in done, timeout=15000)
    except qtbot.TimeoutError:
        text = problems.text() if problems is not None and shiboken6.isValid(dialog) else ""
        raise AssertionError(
            f"{type(dialog).__name__} still open after Alt+{letter}: {text}") from None
    assert done["result"] == QDialog.DialogCode.Accepted, done["problems"]
    back_to_the_window(qtbot)
    return str(done["id"])


def back_to_the_window(qtbot) -> None:
    """The dialog closed: its window is active again, with the focus where it was (a window
    manager does this; the offscreen platform has none, so the test does it)."""
    window = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, MainWindow) and w.isVisible())
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def pick_in_combo(text: str) -> None:
    """In the focused combo box: type the item's first letters (a closed list jumps to the item
    as you type; an editable one completes), then leave the suggestions with Enter."""
    combo = focused()
    if not isinstance(combo, QComboBox):
        combo = combo.parentWidget()
    assert isinstance(combo, QComboBox), type(focused())
    if combo.isEditable():
        replace_text(text)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            key(K.Key_Down)
            key(K.Key_Return)
    else:
        typed(text)


def arrow_to(value: str) -> None:
    """In the focused (closed) combo box: Home, then Down until the item whose stored value is
    `value` shows (reading what the box shows, as a person does)."""
    combo = focused()
    assert isinstance(combo, QComboBox), type(combo)
    key(K.Key_Home)
    for _step in range(combo.count()):
        if combo.currentData() == value:
            return
        key(K.Key_Down)
    assert combo.currentData() == value, (combo.accessibleName(), value)


def answer_next_modal(kind: type, answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal window of `kind` (a file dialog, a message box) with keys, from
    inside its own event loop, as a person at the keyboard would."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible() and QApplication.focusWidget():
            answer(modal)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def type_path_and_enter(path: Path) -> Callable[[QWidget], None]:
    """A file dialog's answer: its file name field has the focus; type the whole path, Enter."""
    def answer(_dialog: QWidget) -> None:
        replace_text(str(path))
        key(K.Key_Return)

    return answer


def press_enter(_modal: QWidget) -> None:
    key(K.Key_Return)


# --- Alt letters ---------------------------------------------------------------------------------


def reached(buddy: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is buddy or buddy.isAncestorOf(focus))


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_labels_alt_letter_reaches_its_field(name: str, demo_db_at, qtbot,
                                                   settings: Settings) -> None:
    """Alt and a label's letter put the focus in the field it labels, in every dialog (each tab
    of each tab widget): a letter shown but dead is a trap for a keyboard user."""
    dialog = build(name, demo_db_at(AS_OF), settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    views = [(None, -1)] + [(tabs, n) for tabs in dialog.findChildren(QTabWidget)
                            for n in range(tabs.count())]
    dead = []
    for tabs, n in views:
        if tabs is not None:
            tabs.setCurrentIndex(n)
        for letter, uses in mnemonic_uses(dialog).items():
            for what, widget in uses:
                if not isinstance(widget, QLabel):
                    continue  # a button's letter presses it: tested by each task
                buddy = widget.buddy()
                if not buddy.isEnabled() or not buddy.isVisible():
                    continue
                press(QApplication.focusWidget() or dialog, getattr(K, f"Key_{letter.upper()}"),
                      ALT)
                if not reached(buddy):
                    dead.append(f"{what} (Alt+{letter.upper()})")
    assert dead == []


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_esc_closes_every_dialog_left_untouched(name: str, demo_db_at, qtbot,
                                                settings: Settings) -> None:
    dialog = build(name, demo_db_at(AS_OF), settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    press(QApplication.focusWidget() or dialog, K.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert dialog.result() == QDialog.DialogCode.Rejected


# --- sorting ------------------------------------------------------------------------------------


def choose_in_menu(text: str) -> None:
    """In the open menu: Down until the item `text` is the active one, Enter."""
    from PySide6.QtWidgets import QMenu

    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), type(menu)
    for _item in range(len(menu.actions()) + 1):
        active = menu.activeAction()
        if active is not None and active.text() == text:
            key(K.Key_Return)
            return
        key(K.Key_Down)
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def with_context_menu(widget: QWidget, keys: Callable[[], None]) -> None:
    """The Menu key (or Shift+F10) on `widget`: the platform turns it into a keyboard context
    menu event (offscreen has no keyboard of its own, so the test sends that event); `keys`
    then run in the open menu, as the person's next key presses."""
    from PySide6.QtGui import QContextMenuEvent

    def when_open() -> None:
        if QApplication.activePopupWidget() is None:
            QTimer.singleShot(20, when_open)
            return
        keys()

    QTimer.singleShot(0, when_open)
    inside = QPoint(5, 5)
    QApplication.sendEvent(widget, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, inside, widget.mapToGlobal(inside)))


def sort_by_from_the_menu(column: str) -> Callable[[], None]:
    def keys() -> None:
        key(K.Key_O)  # Sort by: its submenu opens
        for _wait in range(50):
            popup = QApplication.activePopupWidget()
            if popup is not None and popup.accessibleName() == "Sort by":
                break
            QTest.qWait(20)
        choose_in_menu(column)

    return keys


def test_sort_a_table_by_the_keyboard(window: MainWindow, qtbot) -> None:
    """The table's context menu has Sort by: a column, then the same one again for the other
    order, as two clicks on its header would."""
    ctrl("3")  # Directory, Offices
    ctrl("f")
    key(K.Key_Down)  # into the table
    table = focused()
    model = table.model()
    city = next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == "City")

    def cities() -> list[str]:
        return [str(model.index(r, city).data()) for r in range(model.rowCount())]

    with_context_menu(table, sort_by_from_the_menu("City"))
    assert cities() == sorted(cities(), key=str.casefold)
    with_context_menu(table, sort_by_from_the_menu("City (ascending)"))
    assert cities() == sorted(cities(), key=str.casefold, reverse=True)


# --- the directory ------------------------------------------------------------------------------


def test_add_and_edit_an_office(window: MainWindow, db: Database, qtbot) -> None:
    from consularapp.directory import get_office
    from ui.dialogs.office_dialog import OfficeDialog

    ctrl("3")  # Directory
    ctrl("f")  # the Offices tab's search
    key(K.Key_Insert)
    dialog = active_window(qtbot, OfficeDialog)
    alt("n")
    typed("Yuma Field Office")
    alt("a")
    pick_in_combo("OSHA")
    alt("y")
    pick_in_combo("Area")
    alt("c")
    typed("Yuma")
    alt("t")
    pick_in_combo("AZ")
    alt("z")
    pick_in_combo("America/Phoenix")
    alt("p")
    typed("928-555-0100")
    saved = get_office(db, save_with_alt_s(qtbot, dialog))
    assert (saved.name, saved.agency_code, saved.office_type, saved.city, saved.state,
            saved.time_zone, saved.phone) == ("Yuma Field Office", "OSHA", "area", "Yuma", "AZ",
                                              "America/Phoenix", "928-555-0100")
    # Edit it: find it by typing, Down into the table, Enter; change the phone; Alt+S.
    ctrl("f")
    replace_text("Yuma Field")
    key(K.Key_Down)
    key(K.Key_Return)
    dialog = active_window(qtbot, OfficeDialog)
    alt("p")
    replace_text("928-555-0199")
    save_with_alt_s(qtbot, dialog)
    assert get_office(db, saved.id).phone == "928-555-0199"


def test_add_and_edit_a_consulate(window: MainWindow, db: Database, qtbot) -> None:
    from consularapp.directory import get_consulate
    from ui.dialogs.consulate_dialog import ConsulateDialog

    ctrl("3")
    ctrl("f")
    key(K.Key_Tab, CTRL)  # the Consulates tab
    assert window.pages["directory"].current_tab() is window.pages["directory"].consulates
    ctrl("f")
    key(K.Key_Insert)
    dialog = active_window(qtbot, ConsulateDialog)
    alt("c")
    typed("Guat")  # a closed list finds the item as you type
    alt("y")
    typed("Tucson")
    alt("a")
    typed("AZ")
    alt("t")
    arrow_to("consulate")
    alt("z")
    pick_in_combo("America/Phoenix")
    alt("p")
    typed("520-555-0142")
    saved = get_consulate(db, save_with_alt_s(qtbot, dialog))
    assert (saved.country_code, saved.city, saved.state, saved.consulate_type,
            saved.time_zone, saved.phone) == ("GT", "Tucson", "AZ", "consulate",
                                              "America/Phoenix", "520-555-0142")
    ctrl("f")
    replace_text(saved.id)
    key(K.Key_Down)
    key(K.Key_F2)
    dialog = active_window(qtbot, ConsulateDialog)
    alt("j")
    typed("Pima and Santa Cruz counties")
    save_with_alt_s(qtbot, dialog)
    assert get_consulate(db, saved.id).jurisdiction == "Pima and Santa Cruz counties"


def test_add_and_edit_a_person_with_a_membership(window: MainWindow, db: Database,
                                                 qtbot) -> None:
    from consularapp.directory import get_person
    from ui.dialogs.person_dialog import PersonDialog

    ctrl("3")
    ctrl("f")
    key(K.Key_Tab, CTRL)
    key(K.Key_Tab, CTRL)
    key(K.Key_Tab, CTRL)  # the People tab (after Offices, Consulates, Community partners)
    assert window.pages["directory"].current_tab() is window.pages["directory"].people
    ctrl("f")
    key(K.Key_Insert)
    dialog = active_window(qtbot, PersonDialog)
    alt("n")
    typed("Íñigo Zubiri")
    alt("l")
    typed("Spanish; Basque")
    alt("m")
    typed("izubiri@example.gov")
    alt("a")  # Add membership: the new row's organization takes the focus
    pick_in_combo("tucson")
    key(K.Key_Tab)
    typed("Liaison")
    key(K.Key_Tab)
    typed("2026-10-01")
    saved = get_person(db, save_with_alt_s(qtbot, dialog))
    assert (saved.name, saved.languages, saved.email) == (
        "Íñigo Zubiri", ["Spanish", "Basque"], "izubiri@example.gov")
    assert [(m.organization_id, m.title, m.active_from, m.active_to)
            for m in saved.memberships] == [("MX-TUCSON", "Liaison", date(2026, 10, 1), None)]
    # Edit: the membership ends (its "to" date), the phone is added.
    ctrl("f")
    replace_text("Zubiri")
    key(K.Key_Down)
    key(K.Key_Return)
    dialog = active_window(qtbot, PersonDialog)
    alt("p")
    typed("520-555-0177")
    for _field in range(4):  # Phone, then the membership's organization, title, from, to
        key(K.Key_Tab)
    assert "to" in focused().accessibleName()
    typed("2026-11-15")
    save_with_alt_s(qtbot, dialog)
    edited = get_person(db, saved.id)
    assert edited.phone == "520-555-0177"
    assert [(m.organization_id, m.active_to) for m in edited.memberships] == [
        ("MX-TUCSON", date(2026, 11, 15))]


# --- agreements ---------------------------------------------------------------------------------


def tick(what: str) -> None:
    """In a check list whose filter box has the focus: type, Down into the list, Space."""
    typed(what)
    key(K.Key_Down)
    key(K.Key_Space)


def test_record_an_agreement_and_renew_it(window: MainWindow, db: Database, qtbot) -> None:
    from consularapp.agreements import get_agreement
    from consularapp.models import AgreementKind
    from ui.dialogs.agreement_dialog import AgreementDialog
    from ui.dialogs.renew_dialog import RenewDialog

    ctrl("2")  # Agreements, its table
    ctrl("f")
    key(K.Key_Insert)
    dialog = active_window(qtbot, AgreementDialog)
    alt("f")  # the offices' filter box
    tick("EEOC-PHOENIX")
    alt("l")  # the consulates'
    tick("MX-PHOENIX")
    alt("k")
    arrow_to(AgreementKind.ALLIANCE.value)
    alt("t")
    arrow_to("signed")
    alt("g")
    typed("2026-11-02")
    alt("r")
    replace_text("24")
    saved = get_agreement(db, save_with_alt_s(qtbot, dialog))
    assert (saved.office_ids, saved.consulate_ids, saved.kind, saved.state, saved.signed_on,
            saved.term_months) == (["EEOC-PHOENIX"], ["MX-PHOENIX"],
                                   AgreementKind.ALLIANCE.value, "signed", date(2026, 11, 2), 24)
    # Renew it: find it, Down into the table, Ctrl+R, then the dialog's Create (Alt+R).
    ctrl("f")
    replace_text(saved.id)
    key(K.Key_Down)
    ctrl("r")
    renew = active_window(qtbot, RenewDialog)
    renewal = get_agreement(db, save_with_alt_s(qtbot, renew, "r"))
    assert (renewal.renews_id, renewal.state, renewal.office_ids, renewal.consulate_ids) == (
        saved.id, "draft", ["EEOC-PHOENIX"], ["MX-PHOENIX"])


# --- Labor Rights Week --------------------------------------------------------------------------


def tab_out_of_the_date(then: QWidget) -> None:
    """Tab through a date's sections (weekday, year, month, day) to the field after it."""
    for _section in range(5):
        if focused() is then:
            return
        key(K.Key_Tab)
    assert focused() is then, focused().accessibleName()


def test_plan_an_event_and_assign_staff(window: MainWindow, db: Database, qtbot) -> None:
    from consularapp.events import get_event
    from consularapp.staffing import list_assignments
    from ui.dialogs.assign_dialog import AssignDialog
    from ui.dialogs.event_dialog import EventDialog

    ctrl("4")  # Labor Rights Week
    ctrl("f")
    key(K.Key_Insert)
    dialog = active_window(qtbot, EventDialog)
    alt("t")
    typed("Heat safety workshop for farmworkers")
    alt("f")
    arrow_to("workshop")
    alt("v")  # the venue is a consulate: type, take the suggestion
    pick_in_combo("MX-PHOENIX")
    alt("r")  # starts: the campaign's first day is offered; Tab to the time, type it
    tab_out_of_the_date(dialog.starts.clock)
    typed("1400")
    alt("d")
    tab_out_of_the_date(dialog.ends.clock)
    typed("1600")
    alt("e")
    replace_text("2")
    alt("l")
    typed("Spanish")
    alt("p")  # the offices taking part: their filter box; Tab into the list, Space ticks
    typed("WHD-PHOENIX")
    key(K.Key_Tab)
    key(K.Key_Space)
    event_id = save_with_alt_s(qtbot, dialog)
    saved = get_event(db, event_id)
    assert (saved.title, saved.format, saved.time_zone, saved.starts, saved.ends,
            saved.office_ids, saved.staff_needed) == (
        "Heat safety workshop for farmworkers", "workshop", "America/Phoenix",
        datetime(2027, 8, 30, 14), datetime(2027, 8, 30, 16), ["WHD-PHOENIX"], 2)
    # The new event is the current one; Assign… (Alt+G), find the person, Tab to the list.
    page = window.pages["lrw"]
    assert page.current_event == event_id
    alt("g")
    assign = active_window(qtbot, AssignDialog)
    assert focused() is assign.search
    typed("María")
    key(K.Key_Tab)  # Show everyone
    key(K.Key_Tab)  # the people: the first one found is the current row
    assert focused() is assign.table
    alt("r")
    arrow_to("presenter")
    save_with_alt_s(qtbot, assign)
    assert [(a.person_id, a.role) for a in list_assignments(db, event_id=event_id)] == [
        ("P-MARIA-LOPEZ", "presenter")]


# --- the exchange workbook ----------------------------------------------------------------------


def menu(title_letter: str, item_letter: str) -> None:
    """Alt+letter opens a menu of the menu bar; the item's letter chooses it."""
    alt(title_letter)
    assert QApplication.activePopupWidget() is not None, f"Alt+{title_letter} opened no menu"
    key(getattr(K, f"Key_{item_letter.upper()}"))


def message_text(box: QWidget) -> str:
    from PySide6.QtWidgets import QMessageBox

    assert isinstance(box, QMessageBox)
    return box.text()


def test_export_then_import_the_workbook(window: MainWindow, db: Database, qtbot,
                                         tmp_path: Path) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from consularapp.directory import get_office

    told: list[str] = []

    def read_and_close(box: QWidget) -> None:
        told.append(message_text(box))
        key(K.Key_Return)

    target = tmp_path / "exchange.xlsx"
    answer_next_modal(QFileDialog, type_path_and_enter(target))
    answer_next_modal(QMessageBox, read_and_close)
    menu("f", "e")  # File > Export workbook…
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert re.fullmatch(rf"Exported \d+ rows to {re.escape(str(target))}\.", told[0])
    back_to_the_window(qtbot)
    # The liaison changes a phone number in Excel (here: openpyxl) and sends it back.
    book = openpyxl.load_workbook(target)
    sheet = book["Offices"]
    headers = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[headers.index("Office ID")].value
               == "WHD-CHICAGO")
    row[headers.index("Phone")].value = "312-555-0142"
    book.save(target)
    confirmations: list[str] = []

    def confirm(box: QWidget) -> None:
        confirmations.append(message_text(box))
        key(K.Key_Return)  # Import is the default button

    answer_next_modal(QFileDialog, type_path_and_enter(target))
    answer_next_modal(QMessageBox, confirm)
    menu("f", "i")  # File > Import workbook…
    qtbot.waitUntil(lambda: get_office(db, "WHD-CHICAGO").phone == "312-555-0142",
                    timeout=30000)
    assert confirmations == ["Ready to import exchange.xlsx."]


# --- publishing ---------------------------------------------------------------------------------


def test_publish_the_calendars(window: MainWindow, db: Database, qtbot, tmp_path: Path) -> None:
    from icalendar import Calendar

    from consularapp.publishing import pending_changes
    from ui.dialogs.options_dialog import OptionsDialog
    from ui.dialogs.publish_dialog import PublishDialog

    folder = tmp_path / "published"
    folder.mkdir()
    # Edit > Options…: the Publishing page (type its first letters in the list), its folder.
    menu("e", "o")
    options = active_window(qtbot, OptionsDialog)
    tab_to(options.page_list)
    typed("Pub")
    alt("f")
    replace_text(str(folder))
    save_with_alt_s(qtbot, options)
    ctrl("4")  # Labor Rights Week
    alt("p")  # Publish…
    dialog = active_window(qtbot, PublishDialog)
    year = dialog.year
    save_with_alt_s(qtbot, dialog)  # Publish (Alt+S)
    assert pending_changes(db, year)[0] == 1  # release 1 recorded
    files = sorted(folder.rglob("*.ics"))
    assert files, list(folder.rglob("*"))
    calendar = Calendar.from_ical(files[0].read_bytes())
    assert calendar.walk("VEVENT")


def tab_to(widget: QWidget) -> None:
    """Tab (at most round the dialog once) until `widget` has the focus."""
    for _stop in range(40):
        if focused() is widget:
            return
        key(K.Key_Tab)
    assert focused() is widget


# --- reports ------------------------------------------------------------------------------------


def test_write_a_report(window: MainWindow, qtbot, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    import pikepdf
    from PySide6.QtWidgets import QFileDialog

    from ui.pages.reports_page import NO_OPEN_ENV

    monkeypatch.setenv(NO_OPEN_ENV, "1")  # the report is not opened in a viewer here
    ctrl("6")  # Reports (Ctrl+5 is All year)
    page = window.pages["reports"]
    alt("r")
    arrow_to("agreements")
    alt("o")
    arrow_to(".pdf")
    target = tmp_path / "agreements.pdf"
    answer_next_modal(QFileDialog, type_path_and_enter(target))
    alt("g")  # Generate…
    qtbot.waitUntil(lambda: page.result.text() == f"Wrote {target}", timeout=60000)
    with pikepdf.open(target) as pdf:
        assert "/StructTreeRoot" in pdf.Root
