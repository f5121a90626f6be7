"""Every combo box of every dialog gives the service what the user sees.

For each dialog, each combo box (editable or not) is used as a person uses it: opened with
Alt+Down and walked with the arrows, moved with Home/Down while closed, typed into until the
suggestions offer the item, or typed in full and left with Tab or Enter. The dialog is then saved
with Alt+S and the record is read back from the database. A combo box the scenario did not use
fails the test, so a new combo box needs its check here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from as_a_person import (
    alt,
    choose_from_list,
    choose_with_arrows,
    focus,
    press,
    select_all_and_type,
    show_active,
    type_and_pick_suggestion,
    type_into_combo,
    type_text,
)
from dialog_catalogue import AS_OF, YEAR, dialog_classes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from consularapp.agreements import get_agreement
from consularapp.db import Database
from consularapp.directory import get_consulate, get_office, get_person
from consularapp.events import get_event, list_events
from consularapp.staffing import get_assignment, list_assignments
from ui.settings import Settings


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(AS_OF)


@pytest.fixture
def opened(qtbot) -> Iterator[Callable[[QDialog], QDialog]]:
    """Show a dialog as the active window (Alt letters work only there)."""

    def open_dialog(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        show_active(dialog)
        return dialog

    yield open_dialog


def label_of(combo: QComboBox, value: str) -> str:
    index = combo.findData(value)
    assert index >= 0, (combo.accessibleName(), value)
    return combo.itemText(index)


def assert_all_used(dialog: QDialog, used: list[QComboBox]) -> None:
    combos = set(dialog.findChildren(QComboBox))
    missing = [c.accessibleName() or c.objectName() for c in combos if c not in used]
    assert not missing, f"{type(dialog).__name__}: no check for the combo boxes {missing}"


def save(dialog: QDialog) -> None:
    """Alt+S, as a person saves; the dialog must close accepted."""
    alt(dialog, "s")
    problems = getattr(dialog, "problems", None)
    assert dialog.result() == QDialog.DialogCode.Accepted, problems.text() if problems else ""


# --- the directory ------------------------------------------------------------------------------


def test_office_dialog_combos(demo_db: Database, opened, settings: Settings) -> None:
    from ui.dialogs.office_dialog import OfficeDialog

    dialog = opened(OfficeDialog(demo_db, None, settings=settings))
    alt(dialog, "n")
    type_text(dialog, "Yuma Field Office")
    alt(dialog, "c")
    type_text(dialog, "Yuma")
    type_and_pick_suggestion(dialog.agency, "occupational",
                             label_of(dialog.agency, "OSHA"))
    choose_with_arrows(dialog.office_type, dialog.office_type.findData("area"))
    choose_from_list(dialog.state, dialog.state.findData("AZ"))
    # The defect of the field trial: a zone picked from the list was saved as "".
    choose_from_list(dialog.time_zone, dialog.time_zone.findData("America/Phoenix"))
    assert dialog.time_zone.currentText() == "America/Phoenix"
    save(dialog)
    saved = get_office(demo_db, dialog.saved_id)
    assert (saved.agency_code, saved.office_type, saved.state, saved.time_zone) == \
        ("OSHA", "area", "AZ", "America/Phoenix")
    assert_all_used(dialog, [dialog.agency, dialog.office_type, dialog.state, dialog.time_zone])


def test_office_zone_typed_and_left_with_enter(demo_db: Database, opened,
                                               settings: Settings) -> None:
    from ui.dialogs.office_dialog import OfficeDialog

    dialog = opened(OfficeDialog(demo_db, "WHD-PHOENIX", settings=settings))
    type_into_combo(dialog.time_zone, "America/Denver", then=Qt.Key.Key_Tab)
    save(dialog)
    assert get_office(demo_db, "WHD-PHOENIX").time_zone == "America/Denver"


def test_consulate_dialog_combos(demo_db: Database, opened, settings: Settings) -> None:
    from ui.dialogs.consulate_dialog import ConsulateDialog

    dialog = opened(ConsulateDialog(demo_db, None, settings=settings))
    focus(dialog.country)
    type_text(dialog.country, "Colom")  # a closed list finds the item as you type
    assert dialog.country.currentData() == "CO"
    alt(dialog, "y")
    type_text(dialog, "San Juan")
    focus(dialog.state)
    type_text(dialog.state, "PR")
    assert dialog.state.currentData() == "PR"
    choose_with_arrows(dialog.consulate_type, dialog.consulate_type.findData("consulate"))
    # Typed in full and confirmed with Enter (closing the suggestions); Enter again saves.
    type_into_combo(dialog.time_zone, "America/Puerto_Rico", then=Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.time_zone.currentIndex() == dialog.time_zone.findData("America/Puerto_Rico")
    press(dialog.time_zone, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problems.text()
    saved = get_consulate(demo_db, "CO-SAN-JUAN")
    assert (saved.country_code, saved.state, saved.consulate_type, saved.time_zone) == \
        ("CO", "PR", "consulate", "America/Puerto_Rico")
    assert_all_used(dialog, [dialog.country, dialog.state, dialog.consulate_type,
                             dialog.time_zone])


def test_person_dialog_membership_combo(demo_db: Database, opened, settings: Settings) -> None:
    from ui.dialogs.person_dialog import PersonDialog

    dialog = opened(PersonDialog(demo_db, None, settings=settings))
    alt(dialog, "n")
    type_text(dialog, "Íñigo Zubiri")
    alt(dialog, "a")  # Add membership
    row = dialog.memberships.rows[-1]
    type_and_pick_suggestion(row.organization, "tucson",
                             label_of(row.organization, "MX-TUCSON"))
    save(dialog)
    saved = get_person(demo_db, dialog.saved_id)
    assert [m.organization_id for m in saved.memberships] == ["MX-TUCSON"]
    assert_all_used(dialog, [row.organization])


# --- agreements ---------------------------------------------------------------------------------


def test_agreement_dialog_combos(demo_db: Database, opened, settings: Settings) -> None:
    from ui.dialogs.agreement_dialog import AgreementDialog

    dialog = opened(AgreementDialog(demo_db, None, settings=settings))
    choose_with_arrows(dialog.kind, dialog.kind.findData("Memorandum of Understanding"))
    choose_from_list(dialog.state, dialog.state.findData("negotiating"))
    type_and_pick_suggestion(dialog.renews, "WHD-LA-MX-2021",
                             label_of(dialog.renews, "WHD-LA-MX-2021"))
    type_into_combo(dialog.us_signatory, label_of(dialog.us_signatory, "P-ROBERT-CHEN"))
    choose_from_list(dialog.consular_signatory,
                     dialog.consular_signatory.findData("P-ALMA-REYES"))
    for checklist, wanted in ((dialog.office_list, "WHD-LOSANGELES"),
                              (dialog.consulate_list, "MX-LOSANGELES")):
        select_all_and_type(checklist.filter, wanted)
        press(checklist.filter, Qt.Key.Key_Down)
        press(checklist.list, Qt.Key.Key_Space)
    select_all_and_type(dialog.id_edit, "WHD-LA-MX-NEXT")
    save(dialog)
    saved = get_agreement(demo_db, "WHD-LA-MX-NEXT")
    assert (saved.kind, saved.state, saved.renews_id, saved.us_signatory_id,
            saved.consular_signatory_id) == ("Memorandum of Understanding", "negotiating",
                                             "WHD-LA-MX-2021", "P-ROBERT-CHEN", "P-ALMA-REYES")
    assert_all_used(dialog, [dialog.kind, dialog.state, dialog.renews, dialog.us_signatory,
                             dialog.consular_signatory])


# --- Labor Rights Week --------------------------------------------------------------------------


def test_event_dialog_combos(demo_db: Database, opened, settings: Settings) -> None:
    """The blocking defect: a new event at "another place" with America/Phoenix from the list."""
    from ui.dialogs.event_dialog import EventDialog

    dialog = opened(EventDialog(demo_db, None, settings=settings, year=YEAR))
    alt(dialog, "t")
    type_text(dialog, "Know your rights at the flea market")
    choose_with_arrows(dialog.format, dialog.format.findData("tabling"))
    choose_from_list(dialog.venue_choice, 0)  # "No: another place (type its name below)"
    assert dialog.focusWidget() is dialog.venue
    type_text(dialog, "Mesa Flea Market")
    alt(dialog, "a")
    type_text(dialog, "10550 N 79th Ave, Peoria, AZ")
    choose_from_list(dialog.time_zone, dialog.time_zone.findData("America/Phoenix"))
    assert "MST" in dialog.starts.zone_label.text()  # not "choose the venue's time zone"
    type_and_pick_suggestion(dialog.host, "phoenix", label_of(dialog.host, "MX-PHOENIX"))
    choose_from_list(dialog.status_combo, dialog.status_combo.findData("confirmed"))
    select_all_and_type(dialog.offices.filter, "WHD-PHOENIX")
    press(dialog.offices.filter, Qt.Key.Key_Tab)
    press(dialog.offices.list, Qt.Key.Key_Down)
    press(dialog.offices.list, Qt.Key.Key_Space)
    assert dialog.campaign.currentData() == YEAR  # a new event of the week's campaign
    choose_with_arrows(dialog.campaign, dialog.campaign.findData(YEAR))
    choose_from_list(dialog.agreement, dialog.agreement.findData("OSHA-PHX-ALLIANCE-2024"))
    repeat = dialog.recurrence
    choose_from_list(repeat.kind, repeat.kind.findData("MONTHLY"))
    choose_from_list(repeat.monthly, repeat.monthly.findData("day"))
    choose_from_list(repeat.ends_kind, repeat.ends_kind.findData("until"))
    start = dialog.starts.value().date()
    save(dialog)
    saved = get_event(demo_db, dialog.saved_id)
    assert (saved.format, saved.venue, saved.time_zone, saved.host_consulate_id,
            saved.status, saved.year, saved.agreement_id, saved.recurrence) == (
        "tabling", "Mesa Flea Market", "America/Phoenix", "MX-PHOENIX", "confirmed", YEAR,
        "OSHA-PHX-ALLIANCE-2024",
        f"FREQ=MONTHLY;BYMONTHDAY={start.day};UNTIL={start.year}-12-31")
    assert_all_used(dialog, [dialog.format, dialog.venue_choice, dialog.time_zone,
                             dialog.host, dialog.status_combo, dialog.campaign,
                             dialog.agreement, repeat.kind, repeat.monthly, repeat.ends_kind])


def test_event_venue_consulate_chosen_by_typing(demo_db: Database, opened,
                                                settings: Settings) -> None:
    from ui.dialogs.event_dialog import EventDialog

    dialog = opened(EventDialog(demo_db, None, settings=settings, year=YEAR))
    alt(dialog, "t")
    type_text(dialog, "Workshop in Tucson")
    type_and_pick_suggestion(dialog.venue_choice, "tucson",
                             label_of(dialog.venue_choice, "MX-TUCSON"))
    assert dialog.time_zone.currentText() == "America/Phoenix"  # filled from the consulate
    save(dialog)
    saved = get_event(demo_db, dialog.saved_id)
    assert (saved.time_zone, saved.host_consulate_id) == ("America/Phoenix", "MX-TUCSON")


def test_assign_dialog_role_combo(demo_db: Database, opened, settings: Settings) -> None:
    from ui.dialogs.assign_dialog import AssignDialog

    event_id = f"LRW{YEAR}-PHX-HEAT"
    before = {a.id for a in list_assignments(demo_db, event_id=event_id)}
    dialog = opened(AssignDialog(demo_db, event_id, settings=settings))
    assert dialog.table is not None
    focus(dialog.table)
    press(dialog.table, Qt.Key.Key_Down)
    person = dialog.chosen_person()
    assert person
    choose_from_list(dialog.role, dialog.role.findData("interpreter"))
    save(dialog)
    new = [a for a in list_assignments(demo_db, event_id=event_id) if a.id not in before]
    assert [(a.person_id, a.role) for a in new] == [(person, "interpreter")]
    assert_all_used(dialog, [dialog.role])


def test_assign_edit_role_combo(demo_db: Database, opened, settings: Settings) -> None:
    from ui.dialogs.assign_dialog import AssignDialog

    first = list_assignments(demo_db, event_id=f"LRW{YEAR}-TABLING-CHI-1")[0]
    dialog = opened(AssignDialog(demo_db, first.event_id, settings=settings,
                                 assignment_id=first.id))
    choose_with_arrows(dialog.role, dialog.role.findData("coordinator"))
    save(dialog)
    assert get_assignment(demo_db, first.id).role == "coordinator"
    assert_all_used(dialog, [dialog.role])


def test_copy_year_source_combo(demo_db: Database, opened, settings: Settings, qtbot) -> None:
    from consularapp.campaigns import list_campaigns
    from ui.dialogs.campaign_dialog import CopyYearDialog

    dialog = opened(CopyYearDialog(demo_db, list_campaigns(demo_db), target_year=YEAR + 2))
    choose_from_list(dialog.source, dialog.source.findData(YEAR))
    alt(dialog, "s")
    qtbot.waitUntil(lambda: dialog.task is None)  # the copy runs off the UI thread
    assert dialog.result_data is not None, dialog.problems.text()
    assert dialog.result_data.source_year == YEAR
    kept = [e for e in list_events(demo_db, YEAR) if not e.cancelled]  # cancelled: left out
    assert len(list_events(demo_db, YEAR + 2)) == len(kept)
    assert_all_used(dialog, [dialog.source])


def test_calendar_dialog_combos(demo_db: Database, opened, settings: Settings,
                                tmp_path: Path) -> None:
    """Every scope, the language and the release, each picked by keyboard, each reaching the
    file written."""
    import icalendar

    from consularapp.publishing import publish
    from ui.dialogs.calendar_dialog import CalendarDialog

    publish(demo_db, YEAR, "tester")
    written: list[tuple[str, icalendar.Calendar]] = []

    def export(pick: Callable[[CalendarDialog], None]) -> CalendarDialog:
        dialog = opened(CalendarDialog(demo_db, settings))
        pick(dialog)
        target = tmp_path / f"{len(written)}.ics"
        select_all_and_type(dialog.path, str(target))
        alt(dialog, "s")
        qtbot_wait(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        written.append((dialog.request().record_id,
                        icalendar.Calendar.from_ical(target.read_bytes())))
        return dialog

    def consulate(dialog: CalendarDialog) -> None:
        choose_with_arrows(dialog.campaign, dialog.campaign.findData(YEAR))
        alt(dialog, "o")  # One consulate's events
        combo = dialog.scope_combos["consulate"]
        type_and_pick_suggestion(combo, "phoenix", label_of(combo, "MX-PHOENIX"))
        choose_from_list(dialog.language, dialog.language.findData("es"))
        alt(dialog, "r")  # As of release:
        choose_from_list(dialog.release, dialog.release.findData(1))

    first = export(consulate)
    record_id, calendar = written[-1]
    assert record_id == "MX-PHOENIX"
    events = calendar.walk("VEVENT")
    assert events and all("Phoenix" in str(e.get("LOCATION", "")) for e in events)
    assert first.request().language == "es" and first.request().release == 1

    def office(dialog: CalendarDialog) -> None:
        alt(dialog, "f")
        combo = dialog.scope_combos["office"]
        choose_from_list(combo, combo.findData("WHD-HONOLULU"))

    export(office)
    assert written[-1][0] == "WHD-HONOLULU"

    def person(dialog: CalendarDialog) -> None:
        alt(dialog, "p")
        combo = dialog.scope_combos["person"]
        type_into_combo(combo, label_of(combo, "P-ELENA-SOTO"))

    last = export(person)
    assert written[-1][0] == "P-ELENA-SOTO"
    assert len(written[-1][1].walk("VEVENT")) == 2  # Oxnard and Houston: her two shifts
    assert_all_used(last, [last.campaign, *last.scope_combos.values(), last.language,
                           last.release])


def test_person_week_combo(demo_db: Database, opened) -> None:
    from ui.dialogs.person_week_dialog import PersonWeekDialog

    dialog = opened(PersonWeekDialog(demo_db, YEAR))
    type_and_pick_suggestion(dialog.person, "elena", label_of(dialog.person, "P-ELENA-SOTO"))
    assert dialog.summary.text().startswith("Elena Soto: 2 assignments")
    assert_all_used(dialog, [dialog.person])


def test_replace_liaison_combos(demo_db: Database, opened, settings: Settings) -> None:
    from consularapp.directory import consulate_people
    from ui.dialogs.liaison_dialog import ReplaceLiaisonDialog

    dialog = opened(ReplaceLiaisonDialog(demo_db, "MX-CHICAGO", settings=settings,
                                         today=AS_OF))
    choose_from_list(dialog.leaving, dialog.leaving.findData("P-ISABEL-CRUZ"))
    alt(dialog, "d")
    select_all_and_type(dialog.last_day.edit, "2026-12-31")
    type_and_pick_suggestion(dialog.person, "hector", label_of(dialog.person, "P-HECTOR-SALAS"))
    assert dialog.end_current.isVisibleTo(dialog)  # Héctor is in post at Phoenix
    alt(dialog, "e")  # the label's Alt letter ticks its check box
    assert dialog.end_current.isChecked()
    save(dialog)
    after = [(p.person_id, p.title) for p in consulate_people(demo_db, "MX-CHICAGO",
                                                              date(2027, 1, 1))]
    assert after == [("P-REYNA-CASTILLO", "Consul General"),
                     ("P-HECTOR-SALAS", "Consul for Protection")]
    assert_all_used(dialog, [dialog.leaving, dialog.person])


def test_options_language_combo(demo_db: Database, opened, settings: Settings) -> None:
    """Options > Language: each choice picked with the arrow keys is the one stored on Save
    (tests/ui/test_ui_spanish.py: the window then switches to it)."""
    from ui.dialogs.options_dialog import OptionsDialog

    for index, stored in ((1, "en"), (0, "system")):  # System, English, Español
        dialog = opened(OptionsDialog(demo_db, settings=settings))
        page = dialog.show_language_page()
        alt(dialog, "l")
        choose_with_arrows(page.combo, index)
        save(dialog)
        assert settings.interface_language == stored
    assert_all_used(dialog, [page.combo])


# --- every dialog is covered --------------------------------------------------------------------

# Dialogs with no combo box at all (checked), and the base class of the record dialogs.
WITHOUT_COMBOS = {"CampaignDialog", "RenewDialog", "AcknowledgeDialog", "PublishDialog",
                  "ConflictDialog", "HistoryDialog", "MarkDoneDialog",
                  "OutcomeDialog", "MoveOccurrenceDialog"}
BASES = {"RecordDialog"}
COVERED = {"OfficeDialog", "ConsulateDialog", "PersonDialog", "AgreementDialog", "EventDialog",
           "AssignDialog", "CopyYearDialog", "CalendarDialog", "PersonWeekDialog",
           "ReplaceLiaisonDialog",
           "SendDialog",  # SendDialog's combos: tests/ui/test_ui_send_dialog.py
           "ConnectDialog",  # its combos: tests/ui/test_ui_team.py
           "PartnerDialog",  # its combos (kind, state): tests/ui/test_ui_year_round.py
           "ObligationRulesDialog",  # its combo (when): tests/ui/test_ui_year_round.py
           "OptionsDialog"}


def test_every_dialog_is_covered() -> None:
    names = {cls.__name__ for cls in dialog_classes()}
    assert names - BASES == COVERED | WITHOUT_COMBOS


@pytest.mark.parametrize("name", ["campaign", "renew", "acknowledge", "publish", "conflict",
                                  "history", "mark-done", "outcome",
                                  "move-occurrence"])
def test_dialogs_without_combos_have_none(name: str, demo_db: Database, qtbot,
                                          settings: Settings) -> None:
    from dialog_catalogue import build

    dialog = build(name, demo_db, settings)
    qtbot.addWidget(dialog)
    assert type(dialog).__name__ in WITHOUT_COMBOS
    assert dialog.findChildren(QComboBox) == []


def qtbot_wait(condition: Callable[[], bool], timeout_ms: int = 10000) -> None:
    from PySide6.QtTest import QTest

    waited = 0
    while not condition():
        assert waited < timeout_ms, "timed out"
        QTest.qWait(20)
        waited += 20

