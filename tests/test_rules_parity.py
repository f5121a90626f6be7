"""One rule set per record: the editor and a one-row workbook give every proposal the same verdict.

For each kind of record a table of proposals goes through the editor service (`save_office`,
`save_agreement`, `assign`, ...) and through the import of a workbook holding just that row
(a dry run, so both meet the same database). Both must refuse with the same problem codes, or
both accept. Each proposal has its own ID, so one the editor accepts changes nothing for the next.

Not in the tables, on purpose: what differs between creating and importing by design. A
workbook row with an existing ID updates that record (the editor's "new" refuses the ID as
taken), and a workbook row for a person already on an event is matched to their stored
assignment (the editor's "new" refuses a second one). Those are the importer's matching, not
a rule, and tests/test_workbook.py covers them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from consularapp.agreements import AgreementInput, save_agreement
from consularapp.campaigns import CampaignInput, save_campaign
from consularapp.db import Database
from consularapp.directory import (
    ConsulateInput,
    MembershipInput,
    OfficeInput,
    PersonInput,
    save_consulate,
    save_office,
    save_person,
)
from consularapp.errors import InputError
from consularapp.events import EventInput, cancel_event, save_event
from consularapp.staffing import AssignmentInput, assign
from consularapp.workbook import SHEETS, import_workbook

Case = tuple[str, Any, list[str]]  # (what, proposal, codes expected: [] when accepted)


def _cells(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(value)
    return value


def office_rows(o: OfficeInput) -> list[dict[str, Any]]:
    return [{"Office ID": o.id, "Agency": o.agency_code, "Agency name": o.agency_name,
             "Name": o.name, "Office type": o.office_type, "Region": o.region, "City": o.city,
             "State": o.state, "Time zone": o.time_zone, "Address": o.address,
             "Phone": o.phone, "Email": o.email}]


def consulate_rows(c: ConsulateInput) -> list[dict[str, Any]]:
    return [{"Consulate ID": c.id, "Country": c.country_code, "City": c.city, "State": c.state,
             "Type": c.consulate_type, "Time zone": c.time_zone, "Address": c.address,
             "Phone": c.phone, "Email": c.email, "Jurisdiction": c.jurisdiction}]


def person_rows(p: PersonInput) -> list[dict[str, Any]]:
    person = {"Person ID": p.id, "Name": p.name, "Languages": _cells(p.languages),
              "Email": p.email, "Phone": p.phone}
    if not p.memberships:
        return [{**person, "Organization ID": None}]
    return [{**person, "Organization ID": m.organization_id, "Title": m.title,
             "Active from": m.active_from, "Active to": m.active_to} for m in p.memberships]


def agreement_rows(a: AgreementInput) -> list[dict[str, Any]]:
    return [{"Agreement ID": a.id, "Kind": a.kind, "Office IDs": _cells(a.office_ids),
             "Consulate IDs": _cells(a.consulate_ids), "State": a.state,
             "Signed on": a.signed_on, "Effective on": a.effective_on,
             "Term months": a.term_months, "Expires on": a.expires_on,
             "Terminated on": a.terminated_on, "Renews": a.renews_id,
             "US signatory": a.us_signatory_id, "Consular signatory": a.consular_signatory_id,
             "Document": a.document, "Notes": a.notes}]


def campaign_rows(c: CampaignInput) -> list[dict[str, Any]]:
    return [{"Year": c.year, "Starts on": c.starts_on, "Ends on": c.ends_on,
             "Theme": c.theme_en, "Theme (Spanish)": c.theme_es}]


def event_rows(e: EventInput) -> list[dict[str, Any]]:
    return [{"Event ID": e.id, "Year": e.year, "Title": e.title, "Title (Spanish)": e.title_es,
             "Format": e.format, "Starts": e.starts, "Ends": e.ends, "Time zone": e.time_zone,
             "Venue": e.venue, "Address": e.address, "Host consulate ID": e.host_consulate_id,
             "Office IDs": _cells(e.office_ids), "Languages": _cells(e.languages),
             "Topics": _cells(e.topics), "Staff needed": e.staff_needed,
             "Languages needed": _cells(e.languages_needed), "Status": e.status,
             "Notes": e.notes}]


def assignment_rows(a: AssignmentInput) -> list[dict[str, Any]]:
    return [{"Event ID": a.event_id, "Person ID": a.person_id, "Role": a.role,
             "Starts": a.starts, "Ends": a.ends, "Notes": a.notes}]


# --- the proposals ------------------------------------------------------------------------------

CHI = dict(time_zone="America/Chicago", city="Chicago", state="IL")


def office(ident: str, **changes: Any) -> OfficeInput:
    return OfficeInput(**{"id": ident, "agency_code": "WHD", "name": "Test District Office",
                          "office_type": "district", **CHI, **changes})


def consulate(ident: str, **changes: Any) -> ConsulateInput:
    return ConsulateInput(**{"id": ident, "country_code": "GT", **CHI, **changes})


def person(ident: str, *memberships: MembershipInput, **changes: Any) -> PersonInput:
    return PersonInput(**{"id": ident, "name": "Ana Ruiz", "languages": ["Spanish"],
                          "memberships": list(memberships), **changes})


def agreement(ident: str, **changes: Any) -> AgreementInput:
    return AgreementInput(**{"id": ident, "kind": "Letter of Arrangement", "state": "signed",
                             "office_ids": ["WHD-CHICAGO"], "consulate_ids": ["MX-CHICAGO"],
                             "signed_on": date(2025, 3, 3), "term_months": 36, **changes})


def event(ident: str, **changes: Any) -> EventInput:
    return EventInput(**{"id": ident, "year": 2027, "title": "Know your rights",
                         "format": "workshop", "starts": datetime(2027, 8, 30, 9),
                         "ends": datetime(2027, 8, 30, 11), "time_zone": "America/Chicago",
                         "venue": "Consulate General of Mexico in Chicago", **changes})


def campaign(year: Any, **changes: Any) -> CampaignInput:
    start, end = (date(year, 8, 30), date(year, 9, 3)) if isinstance(year, int) and \
        1 <= year <= 9000 else (None, None)
    return CampaignInput(**{"year": year, "starts_on": start, "ends_on": end, **changes})


def member(org: str, start: date | None = None, end: date | None = None) -> MembershipInput:
    return MembershipInput(org, "Specialist", start, end)


OFFICES: list[Case] = [
    ("valid", office("O-OK"), []),
    ("blank name", office("O-1", name=""), ["field.required"]),
    ("name too long", office("O-2", name="N" * 201), ["field.too_long"]),
    ("name on two lines", office("O-3", name="Chicago\nOffice"), ["text.line_break"]),
    ("control character", office("O-4", address="230 S Dearborn\x7f"),
     ["text.unusable_character"]),
    ("state", office("O-5", state="ZZ"), ["state.unknown"]),
    ("time zone", office("O-6", time_zone="Mars/Base"), ["zone.unknown"]),
    ("email", office("O-7", email="nobody"), ["email.invalid"]),
    ("agency code", office("O-8", agency_code="W H D"), ["agency.invalid_code"]),
    ("office type", office("O-9", office_type="districtt"), ["choice.unknown"]),
    ("device name", office("CON"), ["id.reserved_name"]),
    ("dot", office("."), ["id.reserved_name"]),
    ("com port", office("COM1.CHI"), ["id.reserved_name"]),
    ("a consulate's ID", office("MX-CHICAGO"), ["id.taken"]),
    ("bad ID", office("bad id!"), ["id.invalid"]),
]
CONSULATES: list[Case] = [
    ("valid", consulate("C-OK", consulate_type="Consulate General"), []),
    ("country", consulate("C-1", country_code="XX"), ["country.unknown"]),
    ("type", consulate("C-2", consulate_type="embassy"), ["choice.unknown"]),
    ("jurisdiction too long", consulate("C-3", jurisdiction="IL; " * 2000), ["field.too_long"]),
    ("dot dot", consulate(".."), ["id.reserved_name"]),
    ("printer", consulate("prn"), ["id.reserved_name"]),
    ("an office's ID", consulate("WHD-CHICAGO"), ["id.taken"]),
]
PEOPLE: list[Case] = [
    ("valid", person("P-OK", member("WHD-CHICAGO", date(2020, 1, 6))), []),
    ("no organization", person("P-NONE"), []),
    ("rotated", person("P-ROT", member("MX-CHICAGO", date(2019, 8, 1), date(2023, 7, 31)),
                       member("WHD-CHICAGO", date(2023, 8, 1))), []),
    ("blank name", person("P-1", member("WHD-CHICAGO"), name=""), ["field.required"]),
    ("unknown organization", person("P-2", member("NOPE")),
     ["membership.unknown_organization"]),
    ("ends before it starts", person("P-3", member("WHD-CHICAGO", date(2022, 1, 1),
                                                   date(2021, 1, 1))),
     ["period.ends_before_start"]),
    ("overlap", person("P-4", member("WHD-CHICAGO", date(2020, 1, 1)),
                       member("MX-CHICAGO", date(2022, 1, 1))), ["membership.overlap"]),
    ("date out of range", person("P-5", member("WHD-CHICAGO", date(1980, 1, 1))),
     ["date.out_of_range"]),
    ("language too long", person("P-6", languages=["L" * 101]), ["field.too_long"]),
    ("email", person("P-7", email="@"), ["email.invalid"]),
    ("device name", person("NUL"), ["id.reserved_name"]),
]
AGREEMENTS: list[Case] = [
    ("valid", agreement("A-OK", us_signatory_id="P-ANA",
                        document="https://example.org/loa-2025.pdf"), []),
    ("draft", agreement("A-DRAFT", state="draft", signed_on=None), []),
    ("terminated without signing", agreement("A-1", state="terminated", signed_on=None,
                                             terminated_on=date(2026, 1, 15)),
     ["agreement.terminated_without_signing"]),
    ("terminated without end", agreement("A-2", state="terminated"),
     ["agreement.terminated_without_date"]),
    ("signed without date", agreement("A-3", signed_on=None),
     ["agreement.signed_without_date"]),
    ("termination date while signed", agreement("A-4", terminated_on=date(2026, 1, 1)),
     ["agreement.termination_date_not_terminated"]),
    ("expires before it starts", agreement("A-5", term_months=None,
                                           expires_on=date(2024, 1, 1)),
     ["agreement.expires_before_start"]),
    ("expiry and term disagree", agreement("A-6", expires_on=date(2028, 3, 4)),
     ["agreement.expiry_disagrees_with_term"]),
    ("term 0", agreement("A-7", term_months=0), ["field.out_of_range"]),
    ("term beyond bounds", agreement("A-8", term_months=3_000_000_000), ["field.out_of_range"]),
    ("signed in 9999", agreement("A-9", signed_on=date(9999, 6, 1)), ["date.out_of_range"]),
    ("a consulate as office", agreement("A-10", office_ids=["MX-CHICAGO"]),
     ["agreement.not_an_office"]),
    ("unknown consulate", agreement("A-11", consulate_ids=["MX-ATLANTIS"]),
     ["agreement.unknown_consulate"]),
    ("no office", agreement("A-12", office_ids=[]), ["agreement.no_office"]),
    ("renews itself", agreement("A-13", renews_id="A-13"), ["agreement.renews_itself"]),
    ("renews nothing", agreement("A-14", renews_id="A-NONE"), ["agreement.renews_unknown"]),
    ("unknown signatory", agreement("A-15", consular_signatory_id="P-404"),
     ["agreement.unknown_signatory"]),
    ("line break in document", agreement("A-16", document="C:\\LoA\n2025.pdf"),
     ["link.unusable_character"]),
    ("space in a web address", agreement("A-17", document="https://example.org/lo a.pdf"),
     ["link.space_in_address"]),
    ("kind", agreement("A-18", kind="Treaty"), ["choice.unknown"]),
    ("state", agreement("A-19", state="pending"), ["choice.unknown"]),
    ("device name", agreement("LPT1"), ["id.reserved_name"]),
]
CAMPAIGNS: list[Case] = [
    ("valid", campaign(2031, theme_en="Your work has value"), []),
    ("ends before it starts", campaign(2032, ends_on=date(2032, 8, 1)),
     ["campaign.ends_before_start"]),
    ("year beyond bounds", campaign(2101),
     ["field.out_of_range", "date.out_of_range", "date.out_of_range"]),
    ("theme too long", campaign(2033, theme_es="T" * 2001), ["field.too_long"]),
]
EVENTS: list[Case] = [
    ("valid", event("E-OK", host_consulate_id="MX-CHICAGO", office_ids=["WHD-CHICAGO"],
                    staff_needed=2, languages_needed=["Spanish"]), []),
    ("ends before it starts", event("E-1", ends=datetime(2027, 8, 30, 8)),
     ["event.ends_not_after_start"]),
    ("staff needed 1000", event("E-2", staff_needed=1000), ["field.out_of_range"]),
    ("staff needed beyond 64 bits", event("E-3", staff_needed=9223372036854775808),
     ["field.out_of_range"]),
    ("in 9999", event("E-4", starts=datetime(9999, 12, 31, 22), ends=datetime(9999, 12, 31, 23)),
     ["date.out_of_range", "date.out_of_range"]),
    ("year 1 in Tokyo", event("E-5", time_zone="Asia/Tokyo", starts=datetime(1, 1, 1, 0, 30)),
     ["date.out_of_range"]),
    ("skipped hour", event("E-6", starts=datetime(2027, 3, 14, 2, 30),
                           ends=datetime(2027, 3, 14, 4), year=2027), ["time.skipped"]),
    ("host is an office", event("E-7", host_consulate_id="WHD-CHICAGO"),
     ["event.host_is_office"]),
    ("unknown office", event("E-8", office_ids=["NOPE"]), ["event.unknown_office"]),
    ("format", event("E-9", format="party"), ["choice.unknown"]),
    ("status", event("E-10", status="maybe"), ["choice.unknown"]),
    ("title too long", event("E-11", title="T" * 2001), ["field.too_long"]),
    ("blank venue", event("E-12", venue=""), ["field.required"]),
    ("year beyond bounds", event("E-13", year=2200), ["field.out_of_range"]),
    ("device name", event("AUX"), ["id.reserved_name"]),
]
ASSIGNMENTS: list[Case] = [
    ("whole event", AssignmentInput("E-BASE", "P-ANA", "presenter"), []),
    ("a shift", AssignmentInput("E-BASE", "P-LUIS", "interpreter", datetime(2027, 8, 30, 10),
                                datetime(2027, 8, 30, 12)), []),
    ("unknown event", AssignmentInput("E-404", "P-ANA", "presenter"),
     ["assignment.unknown_event"]),
    ("unknown person", AssignmentInput("E-BASE", "P-404", "presenter"),
     ["assignment.unknown_person"]),
    ("role", AssignmentInput("E-BASE", "P-ANA", "boss"), ["choice.unknown"]),
    ("shift outside the event", AssignmentInput("E-BASE", "P-ANA", "presenter",
                                                datetime(2027, 8, 30, 7),
                                                datetime(2027, 8, 30, 8)),
     ["assignment.shift_outside_event"]),
    ("shift ends before it starts", AssignmentInput("E-BASE", "P-ANA", "presenter",
                                                    datetime(2027, 8, 30, 11),
                                                    datetime(2027, 8, 30, 10)),
     ["assignment.shift_ends_before_start"]),
    ("half a shift", AssignmentInput("E-BASE", "P-ANA", "presenter",
                                     datetime(2027, 8, 30, 10), None),
     ["assignment.shift_incomplete"]),
    ("a cancelled event", AssignmentInput("E-OFF", "P-LUIS", "presenter"),
     ["assignment.event_cancelled"]),
]

KINDS: dict[str, tuple[str, Callable[..., Any], Callable[[Any], list[dict[str, Any]]],
                       list[Case]]] = {
    "office": ("Offices", save_office, office_rows, OFFICES),
    "consulate": ("Consulates", save_consulate, consulate_rows, CONSULATES),
    "person": ("People", save_person, person_rows, PEOPLE),
    "agreement": ("Agreements", save_agreement, agreement_rows, AGREEMENTS),
    "campaign": ("Campaigns", save_campaign, campaign_rows, CAMPAIGNS),
    "event": ("Events", save_event, event_rows, EVENTS),
    "assignment": ("Assignments", assign, assignment_rows, ASSIGNMENTS),
}


def _setup(db: Database) -> None:
    """Beside the reference directory: two people, an event, and a cancelled event staffed."""
    save_person(db, person("P-ANA", member("WHD-CHICAGO", date(2020, 1, 6))))
    save_person(db, person("P-LUIS", member("WHD-CHICAGO", date(2021, 1, 6)), name="Luis"))
    save_event(db, event("E-BASE", ends=datetime(2027, 8, 30, 13)))
    save_event(db, event("E-OFF"))
    assign(db, AssignmentInput("E-OFF", "P-ANA", "presenter"))
    cancel_event(db, "E-OFF")


def _codes(call: Callable[[], Any]) -> list[str]:
    try:
        call()
    except InputError as exc:
        assert all(p.code and p.message and p.where for p in exc.problems), exc.problems
        return sorted(p.code for p in exc.problems)
    return []


def _workbook(path: Path, sheet: str, rows: list[dict[str, Any]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    ws = book.create_sheet(sheet)
    columns = [col for col, _required in SHEETS[sheet]]
    ws.append(columns)
    for row in rows:
        ws.append([row.get(col) for col in columns])
    book.save(path)
    return path


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_editor_and_the_workbook_give_the_same_verdict(ref_db: Database, tmp_path: Path,
                                                           kind: str) -> None:
    sheet, save, rows, cases = KINDS[kind]
    _setup(ref_db)
    verdicts = {}
    for n, (what, proposal, _expected) in enumerate(cases):
        path = _workbook(tmp_path / f"{kind}-{n}.xlsx", sheet, rows(proposal))
        by_workbook = _codes(lambda path=path: import_workbook(ref_db, path, dry_run=True))
        by_editor = _codes(lambda proposal=proposal: save(ref_db, dataclasses.replace(proposal)))
        verdicts[what] = (by_editor, by_workbook)
    expected = {what: (sorted(codes), sorted(codes)) for what, _proposal, codes in cases}
    assert verdicts == expected
