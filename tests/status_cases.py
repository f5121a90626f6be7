"""Agreements in every status, for the tests of the status catalogue (core and window)."""

from __future__ import annotations

from datetime import date

from consularapp.agreements import AgreementInput, Status, save_agreement
from consularapp.db import Database
from consularapp.directory import list_consulates, list_offices

AS_OF = date(2025, 1, 1)
SPEC_STATUSES = ["draft", "negotiating", "active", "renewal due", "expiring", "expired",
                 "superseded", "terminated", "open-ended"]  # ../shared/spec/cli.md


def one_of_each(db: Database) -> dict[Status, str]:
    """An agreement in every status as of AS_OF; returns status -> agreement ID."""
    office = list_offices(db)[0].id
    consulates = iter(c.id for c in list_consulates(db))
    pairs: dict[str, str] = {}  # each agreement with a consulate of its own (the matrix)

    def save(agreement_id: str, renews_id: str | None = None, **kw: object) -> str:
        consulate = pairs[renews_id] if renews_id else next(consulates)
        pairs[agreement_id] = consulate
        save_agreement(db, AgreementInput(id=agreement_id, kind="Letter of Arrangement",
                                          office_ids=[office], consulate_ids=[consulate],
                                          renews_id=renews_id, **kw))  # type: ignore[arg-type]
        return agreement_id

    signed = dict(state="signed")
    ids = {
        Status.DRAFT: save("S-DRAFT"),
        Status.NEGOTIATING: save("S-NEGOTIATING", state="negotiating"),
        Status.ACTIVE: save("S-ACTIVE", signed_on=date(2024, 1, 1), term_months=36, **signed),
        Status.RENEWAL_DUE: save("S-DUE", signed_on=date(2023, 3, 1), term_months=24,
                                 **signed),
        Status.EXPIRING: save("S-EXPIRING", signed_on=date(2024, 1, 20), term_months=12,
                              **signed),
        Status.EXPIRED: save("S-EXPIRED", signed_on=date(2022, 6, 1), term_months=24,
                             **signed),
        Status.TERMINATED: save("S-TERMINATED", state="terminated", signed_on=date(2023, 1, 1),
                                terminated_on=date(2024, 10, 1), term_months=36),
        Status.OPEN_ENDED: save("S-OPEN", signed_on=date(2022, 5, 1), **signed),
        Status.SUPERSEDED: save("S-OLD", signed_on=date(2022, 2, 1), term_months=36, **signed),
    }
    save("S-NEW", signed_on=date(2024, 12, 1), term_months=36, renews_id="S-OLD", **signed)
    return ids
