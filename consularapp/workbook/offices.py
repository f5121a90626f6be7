"""The Offices sheet: each row proposes an office (and names its agency)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from consularapp.directory import OfficeInput, check_office
from consularapp.i18n import _
from consularapp.workbook.cells import Row, keep_absent
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.importer import Importer

SHEET = "Offices"


def read(imp: Importer) -> None:
    for row in imp.rows(SHEET):
        oid = imp.new_id(row, "Office ID", imp.office_rows)
        data = OfficeInput(
            id=row.text("Office ID"), agency_code=row.text("Agency"),
            agency_name=row.text("Agency name"), name=row.text("Name"),
            office_type=row.text("Office type"), region=row.text("Region"),
            city=row.text("City"), state=row.text("State"), time_zone=row.text("Time zone"),
            address=row.text("Address"), phone=row.text("Phone"), email=row.text("Email"),
        )
        keep_absent(SHEET, row, data, imp.db_offices.get(oid) if oid else None)
        verdict = check_office(data, imp.known, oid)
        row.report(verdict.problems, FIELD_COLUMNS[SHEET])
        if oid:
            if "id.taken" in verdict.codes:
                del imp.office_rows[oid]  # it stays a consulate for the rows that follow
            else:
                imp.known.offices.add(oid)  # type: ignore[attr-defined]
        if "agency_code" not in {p.field for p in verdict.problems} and data.agency_code:
            note_agency(imp, row, data.agency_code.strip().upper(),
                        row.text("Agency name") or None)
        clean = verdict.clean
        if clean is not None and oid and not row.bad:
            imp.offices[oid] = {
                "id": oid, "agency_code": clean.agency_code, "name": clean.name,
                "office_type": clean.office_type, "region": clean.region or None,
                "city": clean.city, "state": clean.state, "time_zone": clean.time_zone,
                "address": clean.address or None, "phone": clean.phone or None,
                "email": clean.email or None,
            }


def note_agency(imp: Importer, row: Row, code: str, name: str | None) -> None:
    """Agencies named by offices; one code, one name across the file."""
    seen = imp.agencies.get(code)
    if seen is None:
        imp.agencies[code] = {"name": name, "row": row.number}
    elif name is not None:
        if seen["name"] is None:
            seen.update(name=name, row=row.number)
        elif seen["name"] != name:
            row.problem("Agency name", "agency.names_disagree",
                        _("{name} differs from {other} given for {code} on row {row}").format(
                            name=repr(name), other=repr(seen["name"]), code=code,
                            row=seen["row"]),
                        name=name, other=seen["name"], agency=code, row=seen["row"])
