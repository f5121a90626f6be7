"""The sheets of the partnership all year: Partners, Obligations done, Occurrence changes and
Outcomes (spec/workbook.md). Each reader maps cells to the record's input and asks its rule
(`check_partner`, `check_obligation_done`, `check_occurrence_change`, `check_outcome`: the ones
the editors use), with what the database and the file define.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from consularapp import recurrence
from consularapp.events import OccurrenceChangeInput, check_occurrence_change
from consularapp.i18n import _
from consularapp.obligations import (
    AgreementFacts,
    ObligationDoneInput,
    check_obligation_done,
    obligations_known,
    rules_of,
)
from consularapp.outcomes import EventKnown, OutcomeInput, check_outcome
from consularapp.partners import PartnerInput, check_partner
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.cells import Row
    from consularapp.workbook.importer import Importer


# --- Partners -----------------------------------------------------------------------------------


def read_partners(imp: Importer) -> None:
    sheet = "Partners"
    for row in imp.rows(sheet):
        pid = imp.new_id(row, "Partner ID", imp.partner_rows)
        data = PartnerInput(
            id=row.text("Partner ID"), name=row.text("Name"), kind=row.text("Kind"),
            city=row.text("City"), state=row.text("State"), languages=row.items("Languages"),
            email=row.text("Email"), phone=row.text("Phone"), website=row.text("Website"),
            notes=row.text("Notes"))
        stored = imp.db_partners.get(pid) if pid else None
        if stored is not None:
            for name, column in (("city", "City"), ("state", "State"), ("email", "Email"),
                                 ("phone", "Phone"), ("website", "Website"),
                                 ("notes", "Notes")):
                if not row.has(column):
                    setattr(data, name, stored[name] or "")
            if not row.has("Languages"):
                data.languages = list(stored["languages"] or [])
        # Checked as new or as the stored record itself: the ID names no other record.
        known = imp.known
        verdict = check_partner(data, known, pid if pid in imp.db_partners else None)
        row.report(verdict.problems, FIELD_COLUMNS[sheet])
        clean = verdict.clean
        if pid is None:
            continue
        known.partners.add(pid)  # type: ignore[attr-defined]
        if clean is None or row.bad:
            continue
        imp.partners[pid] = {
            "id": pid, "name": clean.name, "kind": clean.kind, "city": clean.city or None,
            "state": clean.state or None, "languages": list(clean.languages),
            "email": clean.email or None, "phone": clean.phone or None,
            "website": clean.website or None, "notes": clean.notes or None,
        }


# --- Obligations done ---------------------------------------------------------------------------


def _agreement_facts(imp: Importer) -> list[AgreementFacts]:
    """Every agreement as it will stand after the import (the file's over the stored), with
    its earliest signed successor."""
    from consularapp.agreements import effective_date

    merged: dict[str, dict[str, Any]] = {**imp.db_agreements, **imp.agreements}
    successor: dict[str, tuple[Any, Any]] = {}
    for rec in merged.values():
        renews = rec.get("renews_id")
        if renews and rec["state"] in ("signed", "terminated") and rec["signed_on"]:
            start = effective_date(rec["effective_on"], rec["signed_on"])
            prev = successor.get(renews)
            if prev is None or (rec["signed_on"], start) < prev:
                successor[renews] = (rec["signed_on"], start)
    return [AgreementFacts(aid, rec["kind"], rec["state"], rec["signed_on"],
                           rec["effective_on"], rec["term_months"], rec["expires_on"],
                           rec["terminated_on"], *(successor.get(aid) or (None, None)))
            for aid, rec in merged.items()]


def read_obligations_done(imp: Importer) -> None:
    from consularapp.models import Setting
    from consularapp.settings import OBLIGATION_RULES

    sheet = "Obligations done"
    if sheet not in imp.sheets:
        return
    stored = imp.s.get(Setting, OBLIGATION_RULES)
    rules = rules_of(stored.value if stored is not None else None)
    facts = _agreement_facts(imp)
    known = obligations_known(facts, rules)
    seen: dict[tuple[str, str, Any], int] = {}
    for row in imp.rows(sheet):
        data = ObligationDoneInput(row.text("Agreement ID"), row.text("Obligation"),
                                   row.day("Period starts"), row.day("Done on"),
                                   row.text("Document"))
        verdict = check_obligation_done(data, known)
        row.report(verdict.problems, FIELD_COLUMNS[sheet])
        clean = verdict.clean
        if clean is None or row.bad:
            continue
        key = (clean.agreement_id, clean.obligation.casefold(), clean.period_starts)
        if _repeated(row, seen, key, "Obligation", "row.repeated_obligation"):
            continue
        imp.done_records[key] = {
            "agreement_id": clean.agreement_id, "obligation": clean.obligation,
            "period_starts": clean.period_starts, "done_on": clean.done_on,
            "document": clean.document}


def _repeated(row: Row, seen: dict[Any, int], key: Any, column: str, code: str) -> bool:
    """True (and the row's problem) if an earlier row of the sheet is for the same record."""
    first = seen.setdefault(key, row.number)
    if first == row.number:
        return False
    row.problem(column, code, _("the same record is already on row {row}").format(row=first),
                row=first)
    return True


# --- Occurrence changes -------------------------------------------------------------------------


def series_of(imp: Importer, event_id: str) -> recurrence.Series | None:
    """An event's series as the import leaves it (None: no such event).

    Skipped dates: the file's (its Events row) over the stored. Moves: for an event of the
    file, the Occurrence changes sheet lists all of them when the sheet is there; otherwise
    (no sheet, or an event only in the database) the stored moves stay and the sheet's rows are
    added. Exceptions on days the rule no longer gives are dropped, as an editor's save does.
    """
    rec = imp.events.get(event_id) or imp.db_events.get(event_id)
    if rec is None:
        return None
    stored = imp.db_changes.get(event_id, {})
    spoken_for = (imp.occurrence_sheet and event_id in imp.events
                  and event_id not in imp.kept_events)
    exceptions: dict[Any, recurrence.Exception_] = {}
    if not spoken_for:
        for day, change in stored.items():
            if not change["cancelled"] and change["starts_at"]:
                exceptions[day] = recurrence.Exception_(False, change["starts_at"],
                                                        change["ends_at"])
    for day, (start, end) in imp.moves.get(event_id, {}).items():
        exceptions[day] = recurrence.Exception_(False, start, end)
    skipped = imp.skipped.get(event_id)
    if skipped is None:
        skipped = {d for d, c in stored.items() if c["cancelled"]}
    for day in skipped:
        exceptions[day] = recurrence.Exception_(cancelled=True)
    plain = recurrence.Series(event_id, rec["starts_at"], rec["ends_at"], rec["time_zone"],
                              rec.get("recurrence"))
    if plain.recurring:
        exceptions = {day: x for day, x in exceptions.items()
                      if recurrence.is_occurrence(plain, day)}
    else:
        exceptions = {}
    return recurrence.Series(event_id, rec["starts_at"], rec["ends_at"], rec["time_zone"],
                             rec.get("recurrence"), exceptions)


def read_occurrences(imp: Importer) -> None:
    from consularapp.known import EventFacts

    sheet = "Occurrence changes"
    seen: dict[tuple[str, Any], int] = {}
    imp.occurrence_sheet = sheet in imp.sheets
    for row in imp.rows(sheet):
        eid = row.text("Event ID")
        data = OccurrenceChangeInput(eid, row.day("Occurrence"), row.wall_clock("Starts"),
                                     row.wall_clock("Ends"))
        verdict = check_occurrence_change(data, series_of(imp, eid))
        row.report(verdict.problems, FIELD_COLUMNS[sheet])
        clean = verdict.clean
        if clean is None or row.bad:
            continue
        key = (clean.event_id, clean.occurs_on)
        if _repeated(row, seen, key, "Occurrence", "row.repeated_occurrence"):
            continue
        imp.moves.setdefault(clean.event_id, {})[clean.occurs_on] = (clean.starts_at,
                                                                     clean.ends_at)
    # What the Assignments and Outcomes sheets ask of a recurring event: its occurrences.
    for eid in [*imp.events, *(e for e in imp.db_events if e not in imp.events)]:
        rec = imp.events.get(eid) or imp.db_events[eid]
        facts = imp.known.events.get(eid)
        series = series_of(imp, eid) if rec.get("recurrence") and facts is not None else None
        if series is not None and facts is not None:
            imp.known.events[eid] = EventFacts(  # type: ignore[index]
                facts.title, facts.time_zone, facts.starts_at, facts.ends_at,
                facts.cancelled, recurrence=rec["recurrence"],
                exceptions=dict(series.exceptions))


# --- Outcomes -----------------------------------------------------------------------------------


def read_outcomes(imp: Importer) -> None:
    sheet = "Outcomes"
    seen: dict[tuple[str, Any], int] = {}
    for row in imp.rows(sheet):
        eid = row.text("Event ID")
        data = OutcomeInput(eid, row.day("Occurrence"), row.number_cell("People reached"),
                            row.number_cell("Materials distributed"),
                            row.items("Materials languages"), row.number_cell("Referrals"),
                            row.number_cell("Cases identified"), row.text("Notes"))
        series = series_of(imp, eid) if eid else None
        rec = imp.events.get(eid) or imp.db_events.get(eid)
        event = None if series is None or rec is None else EventKnown(
            series, rec["status"] == "cancelled")
        verdict = check_outcome(data, event)
        row.report(verdict.problems, FIELD_COLUMNS[sheet])
        clean = verdict.clean
        if clean is None or row.bad:
            continue
        key = (clean.event_id, clean.occurrence)
        if _repeated(row, seen, key, "Occurrence", "row.repeated_outcome"):
            continue
        imp.outcomes[key] = {
            "event_id": clean.event_id, "occurrence": clean.occurrence,
            "people_reached": clean.people_reached,
            "materials_distributed": clean.materials_distributed,
            "materials_languages": list(clean.materials_languages),
            "referrals": clean.referrals, "cases_identified": clean.cases_identified,
            "notes": clean.notes,
        }


partners = SimpleNamespace(read=read_partners)
obligations_done = SimpleNamespace(read=read_obligations_done)
occurrences = SimpleNamespace(read=read_occurrences)
outcomes = SimpleNamespace(read=read_outcomes)
