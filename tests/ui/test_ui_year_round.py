"""The partnership all year in the window, driven as a person does: community partners in the
Directory, obligations marked done on the Agreements page, outcomes typed with the
confidentiality note, the year-round calendar, and the new reports."""

from __future__ import annotations

import pytest
from as_a_person import (
    alt,
    choose_from_list,
    focus,
    press,
    select_all_and_type,
    show_active,
    type_into_combo,
    type_text,
)

from consularapp.db import Database
from consularapp.partners import get_partner, list_partners
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def window(ref_db: Database, qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(ref_db, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def test_add_a_community_partner_by_typing(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("partners")
    assert tab.model.rowCount() == 0
    tab.view.setFocus()
    tab.add_action.trigger()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    show_active(dialog)
    focus(dialog.name)
    type_text(dialog.name, "Diocese of Brooklyn")
    assert dialog.id_edit.text() == "CP-DIOCESE-OF-BROOKLYN"  # proposed from the name
    focus(dialog.kind)
    type_text(dialog.kind, "Faith")  # a combo box picks by the letters typed
    focus(dialog.city)
    type_text(dialog.city, "Brooklyn")
    focus(dialog.state)
    type_text(dialog.state, "NY")
    select_all_and_type(dialog.languages, "Spanish; English")
    alt(dialog, "s")  # Alt+S saves
    assert tab.dialog is None
    saved = get_partner(window.db, "CP-DIOCESE-OF-BROOKLYN")
    assert (saved.name, saved.kind, saved.city, saved.state, saved.languages) == (
        "Diocese of Brooklyn", "faith-based", "Brooklyn", "NY", ["Spanish", "English"])
    assert tab.model.rowCount() == 1 and tab.selected_id() == "CP-DIOCESE-OF-BROOKLYN"
    assert "Faith-based group" in tab.details.toPlainText()
    assert [r.id for r in list_partners(window.db)] == ["CP-DIOCESE-OF-BROOKLYN"]


def _alliance(db: Database) -> None:
    from datetime import date

    from consularapp.agreements import AgreementInput, save_agreement

    save_agreement(db, AgreementInput(
        id="OSHA-PHX-MX", kind="Arrangement Establishing an Alliance", state="signed",
        office_ids=["OSHA-PHOENIX"], consulate_ids=["MX-PHOENIX"], signed_on=date(2025, 3, 3),
        term_months=24))


def test_mark_an_obligation_done_and_see_it_leave_the_owed_list(
        ref_db: Database, qtbot, settings: Settings) -> None:
    from datetime import date

    from consularapp.obligations import compute_obligations
    from ui import clock

    _alliance(ref_db)
    clock.set_today(date(2025, 3, 20))
    try:
        win = MainWindow(ref_db, settings)
        qtbot.addWidget(win)
        win.show()
        page = win.show_page("agreements")
        tab = page.show_tab("obligations")
        assert tab.model.rowCount() == 3 and tab.proxy.rowCount() == 3
        first = tab.proxy.index(0, 0).data()
        assert first == "⚠ Due soon"  # the symbol and the words, never colour alone
        assert tab.select("OSHA-PHX-MX", "signed copy")
        tab.mark_button.click()
        dialog = tab.dialog
        assert dialog is not None
        show_active(dialog)
        select_all_and_type(dialog.done_on.edit, "2025-03-18")
        focus(dialog.document)
        type_text(dialog.document, "https://osha.example.gov/alliances/phx.docx")
        alt(dialog, "s")
        assert tab.dialog is None
        done = next(o for o in compute_obligations(ref_db, date(2025, 3, 20))
                    if o.obligation == "signed copy")
        assert (done.done_on, done.document) == (
            date(2025, 3, 18), "https://osha.example.gov/alliances/phx.docx")
        assert tab.proxy.rowCount() == 2  # the owed list no longer shows it
        assert tab.count_label.text() == "2 of 3 obligations"
    finally:
        clock.set_today(None)


def test_an_office_adds_an_annual_report_for_its_whd_arrangements(
        ref_db: Database, qtbot, settings: Settings) -> None:
    from consularapp.obligations import load_rules
    from ui.dialogs.obligation_rules_dialog import ObligationRulesDialog

    dialog = ObligationRulesDialog(ref_db, None, settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    assert dialog.list.count() == 2
    alt(dialog, "a")  # Add rule
    focus(dialog.name)
    type_text(dialog.name, "annual report")
    focus(dialog.kinds.filter)
    type_text(dialog.kinds.filter, "Understanding")
    from as_a_person import press
    from PySide6.QtCore import Qt

    press(dialog.kinds.filter, Qt.Key.Key_Down)
    press(dialog.kinds.list, Qt.Key.Key_Space)
    focus(dialog.basis)
    press(dialog.basis, Qt.Key.Key_Up)
    assert dialog.months.isEnabled()  # months count only after signing
    press(dialog.basis, Qt.Key.Key_Down)
    assert dialog.basis.currentData() == "period" and not dialog.months.isEnabled()
    select_all_and_type(dialog.days, "45")
    alt(dialog, "s")
    assert dialog.result() == dialog.DialogCode.Accepted
    rules = load_rules(ref_db)
    assert [(r.name, r.kinds, r.basis, r.days) for r in rules][-1] == (
        "annual report", ("Arrangement Establishing an Understanding",), "period", 45)


def test_the_month_view_shows_occurrences_and_what_lacks_an_outcome(
        ref_db: Database, qtbot, settings: Settings) -> None:
    from datetime import date, datetime

    from consularapp.events import EventInput, save_event
    from consularapp.outcomes import get_outcome
    from ui import clock

    save_event(ref_db, EventInput(
        id="OUT-CHI-TUE", year=None, title="Tabling at the consulate", format="tabling",
        starts=datetime(2027, 2, 23, 9), ends=datetime(2027, 2, 23, 11),
        time_zone="America/Chicago", venue="Consulate General of Mexico in Chicago",
        recurrence="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10"))
    clock.set_today(date(2027, 3, 20))
    try:
        win = MainWindow(ref_db, settings)
        qtbot.addWidget(win)
        win.show()
        page = win.show_page("outreach")
        assert page.month_label.text() == "March 2027"
        assert [r.occurs_on for r in page.rows] == [date(2027, 3, 9), date(2027, 3, 23)]
        cell = page.grid.item(1, 1)  # Tuesday 2027-03-09: the second week's Tuesday
        assert cell.text() == "9\n09:00 ✎ Tabling at the consulate"  # held, no outcome yet
        assert page.select("OUT-CHI-TUE", date(2027, 3, 23))
        assert page.list.item(page.list.currentRow(), 6).text() == ""  # still to come
        page.cancel_button.setEnabled(True)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.question = lambda *_a, **_k: QMessageBox.StandardButton.Yes
        page.cancel_button.click()
        assert page.rows[1].cancelled
        assert "✖ cancelled" in [page.list.item(n, 4).text() for n in range(2)]
        assert page.select("OUT-CHI-TUE", date(2027, 3, 9))
        page.outcome_button.click()
        dialog = page.dialog
        assert dialog is not None
        show_active(dialog)
        assert "personal detail" in dialog.note.text()
        select_all_and_type(dialog.reached, "140")
        select_all_and_type(dialog.referrals, "12")
        focus(dialog.notes)
        type_text(dialog.notes, "Long line at the passport window")
        alt(dialog, "s")
        saved = get_outcome(ref_db, "OUT-CHI-TUE", date(2027, 3, 9))
        assert saved is not None and (saved.people_reached, saved.referrals) == (140, 12)
        assert page.grid.item(1, 1).text() == "9\n09:00 ✔ Tabling at the consulate"
    finally:
        clock.set_today(None)


def _new_year_round(ref_db: Database, qtbot, settings: Settings, title: str, fmt: str,
                    venue: str):
    """A new year-round event's editor, its title, format, venue and Chicago's zone typed."""
    from ui.dialogs.event_dialog import EventDialog

    dialog = EventDialog(ref_db, None, None, settings, year=None, year_round=True)
    qtbot.addWidget(dialog)
    show_active(dialog)
    focus(dialog.title_en)
    type_text(dialog.title_en, title)
    focus(dialog.format)
    type_text(dialog.format, fmt)
    select_all_and_type(dialog.venue, venue)
    type_into_combo(dialog.time_zone, "America/Chicago")
    return dialog


def test_a_year_round_event_typed_in_the_editor(ref_db: Database, qtbot,
                                                 settings: Settings) -> None:
    from consularapp.events import get_event

    dialog = _new_year_round(ref_db, qtbot, settings, "Implementation team", "Meeting",
                             "Online")
    assert dialog.campaign.currentData() is None  # year-round
    assert dialog.starts.value().weekday() == 0  # a new year-round event starts on a Monday
    focus(dialog.recurrence.kind)  # Repeats
    type_text(dialog.recurrence.kind, "W")  # Weekly: the start's Monday is ticked
    select_all_and_type(dialog.recurrence.count, "6")
    assert dialog.recurrence.summary.text() == "Every week on Monday, 6 times"
    saved_id = dialog.id_edit.text()
    assert saved_id.startswith("OUT")
    alt(dialog, "s")
    event = get_event(ref_db, saved_id)
    assert (event.year, event.format, event.recurrence) == (
        None, "meeting", "FREQ=WEEKLY;BYDAY=MO;COUNT=6")


def test_every_other_tuesday_until_the_end_of_the_year_chosen_by_keyboard(
        ref_db: Database, qtbot, settings: Settings) -> None:
    from PySide6.QtCore import Qt

    from consularapp.events import get_event

    dialog = _new_year_round(ref_db, qtbot, settings, "Consulate waiting room",
                             "Information", "Consulate")
    focus(dialog.starts.day)
    press(dialog.starts.day, Qt.Key.Key_Up)  # Monday -> Tuesday
    start = dialog.starts.value().date()
    assert start.weekday() == 1
    focus(dialog.recurrence.kind)
    type_text(dialog.recurrence.kind, "W")  # Weekly
    select_all_and_type(dialog.recurrence.every, "2")
    choose_from_list(dialog.recurrence.ends_kind, 1)  # Ends on: the last day of the year
    ticked = [box.text() for box in dialog.recurrence.day_boxes if box.isChecked()]
    assert ticked == ["Tue"]  # the start's weekday, moved with it
    until = f"{start.year}-12-31"
    assert dialog.recurrence.summary.text() == f"Every 2 weeks on Tuesday, until {until}"
    saved_id = dialog.id_edit.text()
    alt(dialog, "s")
    assert get_event(ref_db, saved_id).recurrence == (
        f"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL={until}")


def test_a_weekday_of_the_month_picked_from_the_list(ref_db: Database, qtbot,
                                                     settings: Settings) -> None:
    from consularapp.events import get_event

    dialog = _new_year_round(ref_db, qtbot, settings, "Consulate waiting room",
                             "Information", "Consulate")
    start = dialog.starts.value().date()
    nth = (start.day - 1) // 7 + 1
    focus(dialog.recurrence.kind)
    type_text(dialog.recurrence.kind, "M")  # Monthly
    # The start's weekday of the month: the Nth Monday (the 29th to 31st: the last Monday).
    which, code = ("nth", f"{nth}MO") if start.day <= 28 else ("last", "-1MO")
    choose_from_list(dialog.recurrence.monthly, dialog.recurrence.monthly.findData(which))
    saved_id = dialog.id_edit.text()
    alt(dialog, "s")
    assert get_event(ref_db, saved_id).recurrence == f"FREQ=MONTHLY;BYDAY={code};COUNT=10"


def test_saving_an_unchanged_series_changes_nothing(ref_db: Database, qtbot,
                                                    settings: Settings) -> None:
    import year_round_scenario as scenario

    from consularapp.events import get_event
    from ui.dialogs.event_dialog import EventDialog

    scenario.build(ref_db)
    before = get_event(ref_db, "OUT2025-PHX-TABLING")
    dialog = EventDialog(ref_db, "OUT2025-PHX-TABLING", None, settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    assert dialog.recurrence.summary.text() == (
        "Every month on the first Tuesday, until 2026-02-28")
    assert dialog.skipped.isVisible()
    alt(dialog, "s")
    after = get_event(ref_db, "OUT2025-PHX-TABLING")
    assert (after.recurrence, after.sequence) == (before.recurrence, before.sequence)


def test_the_week_grid_and_the_list_show_past_events_without_outcomes(
        ref_db: Database) -> None:
    from datetime import date

    import year_round_scenario as scenario

    from consularapp.events import list_events
    from ui import clock
    from ui.models.events_model import EventsModel, outcome_text
    from ui.models.week_grid_model import build_layout, campaign_days

    scenario.build(ref_db)
    rows = {r.id: r for r in list_events(ref_db, 2025)}
    clock.set_today(date(2025, 9, 1))
    try:
        assert outcome_text(rows["LRW2025-PHX-FALLS"]) == "✔ recorded"
        assert outcome_text(rows["LRW2025-PHX-MOBILE"]) == "✎ missing"
        layout = build_layout(rows.values(), campaign_days(date(2025, 8, 25),
                                                           date(2025, 8, 29)))
        blocks = {b.event_id: b for b in layout.blocks}
        assert blocks["LRW2025-PHX-MOBILE"].title == "Mobile consulate in Avondale ✎"
        assert "no outcome recorded yet" in blocks["LRW2025-PHX-MOBILE"].label
        assert not blocks["LRW2025-PHX-FALLS"].outcome_missing
        assert EventsModel().headers()[EventsModel.COL_OUTCOME] == "Outcome"
    finally:
        clock.set_today(None)
    clock.set_today(date(2025, 8, 1))
    try:
        assert outcome_text(rows["LRW2025-PHX-MOBILE"]) == ""  # still to come
    finally:
        clock.set_today(None)


def test_the_rules_are_edited_in_the_options_dialog_too(ref_db: Database, qtbot,
                                                        settings: Settings,
                                                        monkeypatch) -> None:
    """Options > Obligations: the rules' own editor hands them back, and the Options dialog's
    Save stores them with the other settings (all or none)."""
    from consularapp.obligations import load_rules
    from consularapp.settings import OBLIGATION_DUE_DAYS, get_setting
    from ui.dialogs.obligation_rules_dialog import ObligationRulesDialog
    from ui.dialogs.options_dialog import OptionsDialog

    def edited(self: ObligationRulesDialog) -> int:
        self.list.setCurrentRow(1)  # the annual report of alliances
        self.days.setValue(45)  # 45 days after each period instead of 60
        self.save()
        return 1

    dialog = OptionsDialog(ref_db, None, settings)
    qtbot.addWidget(dialog)
    page = dialog.show_page("obligations")
    monkeypatch.setattr(ObligationRulesDialog, "exec", edited)
    page.rules_button.click()
    assert '"days": 45' in page.fields["obligations.rules"].text()
    page.fields[OBLIGATION_DUE_DAYS].setValue(14)
    dialog.accept()
    assert [r.days for r in load_rules(ref_db)] == [0, 45]
    assert get_setting(ref_db, OBLIGATION_DUE_DAYS) == 14


def test_the_week_grid_shows_each_occurrence_of_a_series(window: MainWindow) -> None:
    """A table every day of the week is one series: five blocks, the skipped day cancelled."""
    from datetime import date, datetime

    from consularapp.events import EventInput, save_event

    save_event(window.db, EventInput(
        id="LRW2027-CHI-DAILY", year=2027, title="Table at the consulate", format="tabling",
        starts=datetime(2027, 8, 30, 9), ends=datetime(2027, 8, 30, 12),
        time_zone="America/Chicago", venue="Consulate General of Mexico in Chicago",
        host_consulate_id="MX-CHICAGO", recurrence="FREQ=DAILY;COUNT=5",
        skipped_dates=[date(2027, 9, 1)]))
    page = window.show_page("lrw")
    page.load_campaign(2027)
    blocks = [b for b in page.grid.layout_data.blocks if b.event_id == "LRW2027-CHI-DAILY"]
    assert [(b.day, b.start_minute, b.cancelled) for b in blocks] == [
        (0, 540, False), (1, 540, False), (2, 540, True), (3, 540, False), (4, 540, False)]


def test_staff_put_on_one_occurrence_from_the_month_view(ref_db: Database, qtbot,
                                                         settings: Settings) -> None:
    from datetime import date, datetime

    from consularapp.directory import MembershipInput, PersonInput, save_person
    from consularapp.events import EventInput, save_event
    from consularapp.staffing import event_assignments
    from ui import clock

    save_person(ref_db, PersonInput(id="P-ANA", name="Ana Ruiz", languages=["Spanish"],
                                    memberships=[MembershipInput("WHD-CHICAGO")]))
    save_event(ref_db, EventInput(
        id="OUT-CHI-TUE", year=None, title="Tabling at the consulate", format="tabling",
        starts=datetime(2027, 2, 23, 9), ends=datetime(2027, 2, 23, 11),
        time_zone="America/Chicago", venue="Consulate General of Mexico in Chicago",
        office_ids=["WHD-CHICAGO"], recurrence="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10"))
    clock.set_today(date(2027, 3, 20))
    try:
        win = MainWindow(ref_db, settings)
        qtbot.addWidget(win)
        win.show()
        page = win.show_page("outreach")
        assert page.select("OUT-CHI-TUE", date(2027, 3, 23))
        page.assign_button.click()
        dialog = page.dialog
        show_active(dialog)
        assert dialog.occurrence.currentText() == "Tue 2027-03-23"  # the one selected
        alt(dialog, "s")  # Assign the best candidate
        [(_id, saved)] = event_assignments(ref_db, "OUT-CHI-TUE")
        assert (saved.person_id, saved.occurrence) == ("P-ANA", date(2027, 3, 23))
        staffed = {r.occurs_on: r.assigned_count for r in page.rows}
        assert staffed == {date(2027, 3, 9): 0, date(2027, 3, 23): 1}
    finally:
        clock.set_today(None)
