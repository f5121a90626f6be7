"""The Consulates sheet: each row proposes a consulate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from consularapp.directory import ConsulateInput, check_consulate
from consularapp.workbook.cells import keep_absent
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.importer import Importer

SHEET = "Consulates"


def read(imp: Importer) -> None:
    for row in imp.rows(SHEET):
        cid = imp.new_id(row, "Consulate ID", imp.consulate_rows)
        data = ConsulateInput(
            id=row.text("Consulate ID"), country_code=row.text("Country"),
            city=row.text("City"), state=row.text("State"), consulate_type=row.text("Type"),
            time_zone=row.text("Time zone"), address=row.text("Address"),
            phone=row.text("Phone"), email=row.text("Email"),
            jurisdiction=row.text("Jurisdiction"),
        )
        keep_absent(SHEET, row, data, imp.db_consulates.get(cid) if cid else None)
        verdict = check_consulate(data, imp.known, cid)
        row.report(verdict.problems, FIELD_COLUMNS[SHEET])
        if cid:
            if "id.taken" in verdict.codes:
                del imp.consulate_rows[cid]  # it stays an office for the rows that follow
            else:
                imp.known.consulates.add(cid)  # type: ignore[attr-defined]
        clean = verdict.clean
        if clean is not None and cid and not row.bad:
            imp.consulates[cid] = {
                "id": cid, "country_code": clean.country_code, "city": clean.city,
                "state": clean.state, "consulate_type": clean.consulate_type or None,
                "time_zone": clean.time_zone, "address": clean.address or None,
                "phone": clean.phone or None, "email": clean.email or None,
                "jurisdiction": clean.jurisdiction or None,
            }
