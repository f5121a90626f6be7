"""The Agreements sheet: each row proposes an agreement, with its parties.

"Renews" may name an agreement defined anywhere in the sheet, so the sheet's IDs and renewals
are read first: the rule then sees the whole chain, the file's links over the stored ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from consularapp.agreements import AgreementInput, check_agreement
from consularapp.workbook.cells import keep_absent
from consularapp.workbook.format import FIELD_COLUMNS

if TYPE_CHECKING:
    from consularapp.workbook.importer import Importer

SHEET = "Agreements"


def read(imp: Importer) -> None:
    chain = imp.known.agreements
    pending = []
    for row in imp.rows(SHEET):
        aid = imp.new_id(row, "Agreement ID", imp.agreement_rows)
        data = AgreementInput(
            id=row.text("Agreement ID"), kind=row.text("Kind"), state=row.text("State"),
            office_ids=row.items("Office IDs"), consulate_ids=row.items("Consulate IDs"),
            signed_on=row.day("Signed on"), effective_on=row.day("Effective on"),
            term_months=row.number_cell("Term months"), expires_on=row.day("Expires on"),
            terminated_on=row.day("Terminated on"), renews_id=row.text("Renews") or None,
            us_signatory_id=row.text("US signatory") or None,
            consular_signatory_id=row.text("Consular signatory") or None,
            document=row.text("Document"), notes=row.text("Notes"),
            partner_ids=row.items("Partner IDs"),
        )
        keep_absent(SHEET, row, data, imp.db_agreements.get(aid) if aid else None)
        if aid and not row.has("Partner IDs"):
            data.partner_ids = sorted(imp.db_agreement_partners.get(aid, ()))
        if aid:
            chain[aid] = None if data.renews_id == aid else data.renews_id  # type: ignore[index]
        pending.append((row, aid, data))
    for row, aid, data in pending:
        verdict = check_agreement(data, imp.known, aid)
        row.report(verdict.problems, FIELD_COLUMNS[SHEET])
        clean = verdict.clean
        if clean is None or aid is None or row.bad:
            continue
        imp.agreements[aid] = {
            "id": aid, "kind": clean.kind, "state": clean.state, "signed_on": clean.signed_on,
            "effective_on": clean.effective_on, "term_months": clean.term_months,
            "expires_on": clean.expires_on, "terminated_on": clean.terminated_on,
            "renews_id": clean.renews_id, "us_signatory_id": clean.us_signatory_id,
            "consular_signatory_id": clean.consular_signatory_id,
            "document": clean.document or None, "notes": clean.notes or None,
        }
        imp.agreement_parties[aid] = (set(clean.office_ids), set(clean.consulate_ids))
        imp.agreement_partners[aid] = set(clean.partner_ids)
