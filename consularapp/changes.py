"""What a write changed, so the UI refreshes exactly that instead of reloading everything.

Table names are the constants below; their values are the database table names and stay the
strings used so far ("office", "event", ...), so code written against the strings keeps working.
A Change is filled by the one write entry point (`consularapp.writes.write`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# --- the tables a Change names (each the database table of that record) -------------------------

AGENCY = "agency"
OFFICE = "office"
CONSULATE = "consulate"
PERSON = "person"
MEMBERSHIP = "membership"
AGREEMENT = "agreement"
CAMPAIGN = "campaign"
EVENT = "event"
ASSIGNMENT = "assignment"
CONFLICT_ACK = "conflict_ack"
RELEASE = "release"
SETTING = "setting"
PARTNER = "partner"
OCCURRENCE = "occurrence_change"
OUTCOME = "outcome"
OBLIGATION_DONE = "obligation_done"

TABLES: tuple[str, ...] = (
    AGENCY, OFFICE, CONSULATE, PERSON, MEMBERSHIP, AGREEMENT, CAMPAIGN, EVENT, ASSIGNMENT,
    CONFLICT_ACK, RELEASE, SETTING, PARTNER, OCCURRENCE, OUTCOME, OBLIGATION_DONE,
)

# --- what happened to a record -------------------------------------------------------------------

CREATED = "created"
UPDATED = "updated"
DELETED = "deleted"
KINDS: tuple[str, ...] = (CREATED, UPDATED, DELETED)


@dataclass
class Change:
    """IDs created, updated and deleted by one write, per table (OFFICE, PERSON, ...)."""

    created: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)

    def add(self, what: str, table: str, record_id: str) -> None:
        getattr(self, what).setdefault(table, set()).add(record_id)

    def tables(self) -> set[str]:
        return set(self.created) | set(self.updated) | set(self.deleted)

    def touches(self, tables: Iterable[str]) -> bool:
        """True if any of `tables` was written."""
        return not self.tables().isdisjoint(tables)

    def ids(self, table: str, *whats: str) -> set[str]:
        """IDs of `table` created, updated or deleted (only the kinds named, if any)."""
        found: set[str] = set()
        for what in whats or KINDS:
            found |= getattr(self, what).get(table, set())
        return found

    def count(self, what: str, table: str | None = None) -> int:
        bucket: dict[str, set[str]] = getattr(self, what)
        if table is not None:
            return len(bucket.get(table, ()))
        return sum(len(ids) for ids in bucket.values())

    def total(self) -> int:
        """How many records were written, all kinds and tables together."""
        return sum(self.count(what) for what in KINDS)

    def merge(self, other: Change) -> Change:
        for what in KINDS:
            for table, ids in getattr(other, what).items():
                getattr(self, what).setdefault(table, set()).update(ids)
        return self

    def __bool__(self) -> bool:
        return bool(self.tables())
