"""Every dialog of the window, built over the demonstration data, for the tests that walk them all
(combo boxes, Alt letters, Esc and Cancel, sizes).

`DIALOGS` names a factory per dialog; `dialog_classes()` finds every QDialog subclass under
ui/dialogs, so a new dialog that is not listed here fails `test_every_dialog_is_catalogued`.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog

from consularapp.db import Database
from ui.settings import Settings

AS_OF = date(2026, 11, 21)  # the demonstration is built around this day
YEAR = 2027  # its Labor Rights Week

Factory = Callable[[Database, Settings], QDialog]


def _office(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.office_dialog import OfficeDialog

    return OfficeDialog(db, None, settings=settings)


def _office_edit(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.office_dialog import OfficeDialog

    return OfficeDialog(db, "WHD-CHICAGO", settings=settings)


def _consulate(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.consulate_dialog import ConsulateDialog

    return ConsulateDialog(db, None, settings=settings)


def _person(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.person_dialog import PersonDialog

    return PersonDialog(db, None, settings=settings)


def _person_edit(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.person_dialog import PersonDialog

    return PersonDialog(db, "P-ISABEL-CRUZ", settings=settings)


def _agreement(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.agreement_dialog import AgreementDialog

    return AgreementDialog(db, None, settings=settings)


def _agreement_edit(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.agreement_dialog import AgreementDialog

    return AgreementDialog(db, "WHD-LA-MX-2021", settings=settings)


def _renew(db: Database, settings: Settings) -> QDialog:
    from consularapp.settings import status_settings
    from ui.dialogs.renew_dialog import RenewDialog
    from ui.models.agreements_model import load_rows

    rows, _offices, _consulates = load_rows(db, AS_OF, status_settings(db))
    row = next(r for r in rows if r.id == "WHD-LA-MX-2021")
    return RenewDialog(db, row, {r.id for r in rows}, settings=settings, today=AS_OF)


def _event(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.event_dialog import EventDialog

    return EventDialog(db, None, settings=settings, year=YEAR)


def _event_edit(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.event_dialog import EventDialog

    return EventDialog(db, f"LRW{YEAR}-PHX-HEAT", settings=settings)


def _assign(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.assign_dialog import AssignDialog

    return AssignDialog(db, f"LRW{YEAR}-OPENING-CHI", settings=settings)


def _assign_edit(db: Database, settings: Settings) -> QDialog:
    from consularapp.staffing import list_assignments
    from ui.dialogs.assign_dialog import AssignDialog

    first = list_assignments(db, event_id=f"LRW{YEAR}-TABLING-CHI-1")[0]
    return AssignDialog(db, first.event_id, settings=settings, assignment_id=first.id)


def _campaign(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.campaign_dialog import CampaignDialog

    return CampaignDialog(db, None, settings=settings, suggested_year=YEAR + 1)


def _copy_year(db: Database, settings: Settings) -> QDialog:
    from consularapp.campaigns import list_campaigns
    from ui.dialogs.campaign_dialog import CopyYearDialog

    return CopyYearDialog(db, list_campaigns(db), target_year=YEAR + 1)


def _acknowledge(db: Database, settings: Settings) -> QDialog:
    from consularapp.conflicts import find_conflicts
    from ui.dialogs.acknowledge_dialog import AcknowledgeDialog

    conflict = next(c for c in find_conflicts(db, YEAR) if c.kind == "double-booked")
    return AcknowledgeDialog(db, conflict)


def _publish(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.publish_dialog import PublishDialog

    return PublishDialog(db, YEAR, settings=settings)


def _calendar(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.calendar_dialog import CalendarDialog

    return CalendarDialog(db, settings, year=YEAR)


def _send(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.send_dialog import SendDialog

    return SendDialog(db, YEAR, settings=settings)


def _connect(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.connect_dialog import ConnectDialog

    return ConnectDialog(settings)


def _conflict(db: Database, settings: Settings) -> QDialog:
    from dataclasses import replace

    from consularapp.directory import get_office
    from consularapp.errors import WriteConflictError
    from ui.dialogs.conflict_dialog import ConflictDialog

    theirs = get_office(db, "WHD-CHICAGO")
    mine = replace(theirs, phone="312-555-0199")
    error = WriteConflictError("Changed by Ana Tzul at 10:42 since you opened it.",
                               table="office", record_id="WHD-CHICAGO")
    return ConflictDialog(error, theirs, mine)


def _history(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.history_dialog import HistoryDialog

    return HistoryDialog(db, "office", "WHD-CHICAGO")


def _options(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.options_dialog import OptionsDialog

    return OptionsDialog(db, settings=settings)


def _person_week(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.person_week_dialog import PersonWeekDialog

    return PersonWeekDialog(db, YEAR, "P-ELENA-SOTO")


def _replace_liaison(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.liaison_dialog import ReplaceLiaisonDialog

    return ReplaceLiaisonDialog(db, "MX-CHICAGO", settings=settings, today=AS_OF)


def _partner(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.partner_dialog import PartnerDialog

    return PartnerDialog(db, None, settings=settings)


def _mark_done(db: Database, settings: Settings) -> QDialog:
    from consularapp.obligations import compute_obligations
    from ui.dialogs.mark_done_dialog import MarkDoneDialog

    return MarkDoneDialog(db, compute_obligations(db, AS_OF)[0], settings=settings)


def _obligation_rules(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.obligation_rules_dialog import ObligationRulesDialog

    return ObligationRulesDialog(db, settings=settings)


def _outcome(db: Database, settings: Settings) -> QDialog:
    from ui.dialogs.outcome_dialog import OutcomeDialog

    return OutcomeDialog(db, f"LRW{YEAR}-PHX-HEAT", None, settings=settings)


def _move_occurrence(db: Database, settings: Settings) -> QDialog:
    from datetime import UTC, datetime

    from consularapp.events import EventInput, list_occurrences, save_event
    from ui.dialogs.move_occurrence_dialog import MoveOccurrenceDialog

    save_event(db, EventInput(
        id="OUT-CATALOGUE", year=None, title="Tabling", format="tabling",
        starts=datetime(2027, 1, 5, 9), ends=datetime(2027, 1, 5, 11),
        time_zone="America/Chicago", venue="Consulate", recurrence="FREQ=WEEKLY;COUNT=3"))
    row = list_occurrences(db, datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC),
                           event_ids=["OUT-CATALOGUE"])[1]
    return MoveOccurrenceDialog(db, row, settings=settings)


DIALOGS: dict[str, Factory] = {
    "partner": _partner,
    "outcome": _outcome,
    "move-occurrence": _move_occurrence,
    "mark-done": _mark_done,
    "obligation-rules": _obligation_rules,
    "office": _office,
    "office-edit": _office_edit,
    "consulate": _consulate,
    "person": _person,
    "person-edit": _person_edit,
    "agreement": _agreement,
    "agreement-edit": _agreement_edit,
    "renew": _renew,
    "event": _event,
    "event-edit": _event_edit,
    "assign": _assign,
    "assign-edit": _assign_edit,
    "campaign": _campaign,
    "copy-year": _copy_year,
    "acknowledge": _acknowledge,
    "publish": _publish,
    "calendar": _calendar,
    "send": _send,
    "person-week": _person_week,
    "connect": _connect,
    "conflict": _conflict,
    "history": _history,
    "options": _options,
    "replace-liaison": _replace_liaison,
}


def dialog_classes() -> set[type]:
    """Every QDialog subclass defined in a module of ui/dialogs."""
    import ui.dialogs

    found: set[type] = set()
    for info in pkgutil.walk_packages(ui.dialogs.__path__, "ui.dialogs."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if (issubclass(value, QDialog) and value.__module__ == module.__name__
                    and not inspect.isabstract(value)):
                found.add(value)
    return found


def build(name: str, db: Database, settings: Settings) -> QDialog:
    return DIALOGS[name](db, settings)
