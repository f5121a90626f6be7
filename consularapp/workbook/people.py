"""The People sheet: the rows of one Person ID propose that person and their memberships.

A person's rows are their history of organizations, one membership a row; the person's own
fields (Name, Languages, Email, Phone) must read the same on each of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consularapp.directory import MembershipInput, PersonInput, check_person
from consularapp.i18n import _
from consularapp.validation import split_list
from consularapp.workbook.cells import Row, is_blank, keep_absent
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.importer import Importer

SHEET = "People"
_PERSON_COLUMNS = ("Name", "Languages", "Email", "Phone")


def read(imp: Importer) -> None:
    groups: dict[str, list[Row]] = {}
    for row in imp.rows(SHEET):
        pid = row.key("Person ID")
        if pid is not None:
            imp.person_rows.setdefault(pid, row.number)
            imp.known.people[pid] = row.text("Name") or pid  # type: ignore[index]
        # A row without a valid ID is a person of its own, for its rule to say why.
        groups.setdefault(pid if pid is not None else f"\0{row.number}", []).append(row)
    for key, rows in groups.items():
        _read_person(imp, None if key.startswith("\0") else key, rows)


def _agree(first: Row, rows: list[Row]) -> None:
    """A person's own fields read the same on all their rows (a blank Name is allowed)."""
    for row in rows[1:]:
        for col in _PERSON_COLUMNS:
            mine, theirs = row.text(col), first.text(col)
            if col == "Languages":
                differs = split_list(mine) != split_list(theirs)
            else:
                differs = mine != theirs and (col != "Name" or bool(mine and theirs))
            if differs:
                row.problem(col, "person.rows_disagree",
                            _("{value} differs from {other} on row {row}: a person's {column} "
                              "must be the same on all their rows").format(
                                value=repr(mine), other=repr(theirs), row=first.number,
                                column=_(col.lower())),
                            value=mine, other=theirs, row=first.number, column=col)


def _read_person(imp: Importer, pid: str | None, rows: list[Row]) -> None:
    first = rows[0]
    _agree(first, rows)
    memberships: list[MembershipInput] = []
    membership_rows: dict[int, Row] = {}
    for row in rows:
        org = row.text("Organization ID")
        dated = any(not is_blank(row.raw(col)) for col in ("Title", "Active from", "Active to"))
        if not org and not dated and len(rows) == 1:
            continue  # a person's single row with no organization: they have none
        memberships.append(MembershipInput(org, row.text("Title"), row.day("Active from"),
                                           row.day("Active to")))
        membership_rows[len(memberships)] = row
    data = PersonInput(id=first.text("Person ID"), name=first.text("Name"),
                       languages=first.items("Languages"), email=first.text("Email"),
                       phone=first.text("Phone"), memberships=memberships)
    stored = imp.db_people.get(pid) if pid else None
    keep_absent(SHEET, first, data, stored)
    # Without Title / Active from / Active to columns, a membership at the same organization
    # keeps what is stored (the rows replace the stored history).
    history = imp.db_memberships.get(pid, []) if pid else []
    for m in memberships:
        same = [h for h in history if m.organization_id in (h["office_id"], h["consulate_id"])]
        if len(same) == 1:
            keep_absent("Memberships", first, m, same[0])
    verdict = check_person(data, imp.known, pid)
    first.report(verdict.problems, FIELD_COLUMNS[SHEET], rows=membership_rows)
    clean = verdict.clean
    if clean is None or pid is None or any(row.bad for row in rows):
        return
    imp.people[pid] = {"id": pid, "name": clean.name, "languages": clean.languages,
                       "email": clean.email or None, "phone": clean.phone or None}
    offices = imp.known.offices
    imp.memberships[pid] = [
        {"person_id": pid,
         "office_id": m.organization_id if m.organization_id in offices else None,
         "consulate_id": None if m.organization_id in offices else m.organization_id,
         "title": m.title or None, "active_from": m.active_from, "active_to": m.active_to}
        for m in clean.memberships
    ]
