"""Writing what an import found, in bulk: one statement per batch, never one per row.

The importer (importer.py) fills the records (`offices`, `people`, `events`, ...) while it
checks; these methods write them in foreign-key order, report each row to the write hooks
(`Write.report_row`: team mode's history) and count what changed in the `Change`. A record
counts as updated only when a value actually differs, so re-importing an export reports
"nothing changed".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from consularapp.changes import (
    AGENCY,
    AGREEMENT,
    ASSIGNMENT,
    CREATED,
    DELETED,
    EVENT,
    MEMBERSHIP,
    OBLIGATION_DONE,
    OCCURRENCE,
    OUTCOME,
    PERSON,
    UPDATED,
    Change,
)
from consularapp.errors import CancelledError, WriteConflictError
from consularapp.i18n import _
from consularapp.models import (
    Agency,
    Agreement,
    Assignment,
    Campaign,
    Consulate,
    Event,
    Membership,
    ObligationDone,
    OccurrenceChange,
    Office,
    Outcome,
    Partner,
    Person,
    agreement_consulate,
    agreement_office,
    agreement_partner,
    event_office,
    event_partner,
)
from consularapp.timeutil import now_utc
from consularapp.workbook import format as fmt
from consularapp.writes import Write

_BATCH = 5000


def _membership_key(m: dict[str, Any]) -> tuple[Any, ...]:
    return (m["active_from"] or date.min, m["active_to"] or date.max, m["office_id"] or "",
            m["consulate_id"] or "", m["title"] or "")


class Writes:
    """The writing half of the importer: what it holds, written in bulk."""

    w: Write
    s: Session
    change: Change
    stop: Any
    report: Any
    done: int
    total: int
    # What the check found (records as column values) and what the database held.
    agencies: dict[str, dict[str, Any]]
    offices: dict[str, dict[str, Any]]
    consulates: dict[str, dict[str, Any]]
    people: dict[str, dict[str, Any]]
    memberships: dict[str, list[dict[str, Any]]]
    agreements: dict[str, dict[str, Any]]
    agreement_parties: dict[str, tuple[set[str], set[str]]]
    campaigns: dict[int, dict[str, Any]]
    events: dict[str, dict[str, Any]]
    event_offices: dict[str, set[str]]
    assignments: dict[tuple[Any, ...], dict[str, Any]]
    assignment_matches: dict[tuple[Any, ...], dict[str, Any] | None]
    db_agencies: dict[str, str]
    db_offices: dict[str, dict[str, Any]]
    db_consulates: dict[str, dict[str, Any]]
    db_people: dict[str, dict[str, Any]]
    db_memberships: dict[str, list[dict[str, Any]]]
    db_agreements: dict[str, dict[str, Any]]
    db_agreement_parties: dict[str, tuple[set[str], set[str]]]
    db_campaigns: dict[int, dict[str, Any]]
    db_events: dict[str, dict[str, Any]]
    db_event_offices: dict[str, set[str]]
    read_versions: dict[str, dict[Any, int]]  # table -> key -> the version read

    def step(self, message: str) -> None:
        self.done += 1
        if self.stop():
            raise CancelledError(_("Import cancelled; nothing was changed"))
        self.report(min(self.done, self.total), self.total, message)

    def bulk_insert(self, model: Any, rows: list[dict[str, Any]], returning: Any = None
                    ) -> list[Any]:
        # render_nulls: otherwise rows are grouped by which values are None, and rows that
        # alternate (a shift, a whole-event assignment) go one statement each.
        statement = insert(model).execution_options(render_nulls=True)
        ids: list[Any] = []
        if returning is not None and rows:
            # The IDs are taken first, so the rows go in batches (RETURNING in the rows' order
            # goes row by row on some backends) and are reported beside their rows.
            ids = self.new_ids(returning, len(rows))
            for row, ident in zip(rows, ids, strict=True):
                row[returning.key] = ident
        for start in range(0, len(rows), _BATCH):
            self.s.execute(statement, rows[start:start + _BATCH])
            if self.stop():
                raise CancelledError(_("Import cancelled; nothing was changed"))
        return ids

    def new_ids(self, column: Any, count: int) -> list[int]:
        """`count` unused values of an integer key: from its sequence on PostgreSQL, after the
        largest one on SQLite (whose write lock this import holds)."""
        table = column.table if hasattr(column, "table") else column.class_.__table__
        name = column.key
        if self.s.get_bind().dialect.name == "postgresql":
            sequence = self.s.scalar(select(func.pg_get_serial_sequence(table.name, name)))
            return list(self.s.scalars(
                select(func.nextval(sequence)).select_from(func.generate_series(1, count))))
        top = self.s.scalar(select(func.max(table.c[name]))) or 0
        return list(range(top + 1, top + 1 + count))

    def bulk_update(self, model: Any, rows: list[dict[str, Any]]) -> None:
        table = model.__table__
        if "version" not in table.c:
            for start in range(0, len(rows), _BATCH):
                self.s.execute(update(model), rows[start:start + _BATCH])
            return
        self.versioned_update(table, rows)

    def versioned_update(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """UPDATE rows of a versioned table: each row's version rises by one, and only where it
        is still the version this import read (a record another user saved meanwhile makes the
        whole import fail instead of being overwritten)."""
        keys = [c.name for c in table.primary_key.columns]
        read = self.read_versions.get(table.name, {})
        by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_shape[tuple(sorted(k for k in row if k != "version"))].append(row)
        for shape, group in by_shape.items():
            values = {k: bindparam(k) for k in shape if k not in keys}
            where = [table.c[k] == bindparam(f"key_{k}") for k in keys]
            where.append(table.c.version == bindparam("key_version"))
            statement = (table.update().where(and_(*where))
                         .values(**values, version=table.c.version + 1))
            params = []
            for row in group:
                ident = row[keys[0]] if len(keys) == 1 else tuple(row[k] for k in keys)
                param = {k: v for k, v in row.items() if k != "version" and k not in keys}
                param.update({f"key_{k}": row[k] for k in keys})
                param["key_version"] = read.get(ident, 1)
                params.append(param)
            for start in range(0, len(params), _BATCH):
                batch = params[start:start + _BATCH]
                result = self.s.connection().execute(statement, batch)
                if result.rowcount is not None and 0 <= result.rowcount < len(batch):
                    raise _conflict()

    def delete_in(self, column: Any, values: Iterable[Any]) -> None:
        values = list(values)
        for start in range(0, len(values), 500):
            self.s.execute(delete(column.table).where(column.in_(values[start:start + 500])))

    def sync(self, table: str, key: str, incoming: dict[Any, dict[str, Any]],
             stored: dict[Any, dict[str, Any]], fields: tuple[str, ...], *,
             reference: bool = False) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Split `incoming` into rows to insert and rows to update (only those that differ).

        `reference` marks updated rows `edited`, so the reference loader leaves them alone.
        """
        now = now_utc()
        inserts, updates = [], []
        for ident, rec in incoming.items():
            old = stored.get(ident)
            values = {f: rec[f] for f in fields}
            if old is None:
                inserts.append({key: ident, **values})
                self.change.add(CREATED, table, str(ident))
                self.w.report_row(table, ident, None, {**values, "version": 1})
            elif any(old[f] != values[f] for f in fields):
                row = {key: ident, **values, "updated_at": now}
                if reference:
                    row["edited"] = True
                updates.append(row)
                self.change.add(UPDATED, table, str(ident))
                version = old.get("version")
                self.w.report_row(table, ident, old, {
                    **values, "version": None if version is None else version + 1})
        return inserts, updates

    def write(self) -> Change:
        """Write what the check found, in foreign-key order, in bulk."""
        self.write_agencies()
        self.step("Writing offices")
        ins, upd = self.sync("office", "id", self.offices, self.db_offices,
                             fmt.OFFICE_FIELDS, reference=True)
        self.bulk_insert(Office, ins)
        self.bulk_update(Office, upd)
        self.step("Writing consulates")
        ins, upd = self.sync("consulate", "id", self.consulates, self.db_consulates,
                             fmt.CONSULATE_FIELDS, reference=True)
        self.bulk_insert(Consulate, ins)
        self.bulk_update(Consulate, upd)
        self.write_partners()
        self.step("Writing people")
        self.write_people()
        self.step("Writing agreements")
        self.write_agreements()
        self.write_links("agreement", agreement_partner, agreement_partner.c.agreement_id,
                         "partner_id", self.agreement_partners, self.db_agreement_partners,
                         self.agreements)
        self.step("Writing campaigns")
        ins, upd = self.sync("campaign", "year", self.campaigns, self.db_campaigns,
                             fmt.CAMPAIGN_FIELDS, reference=True)
        self.bulk_insert(Campaign, ins)
        self.bulk_update(Campaign, upd)
        self.step("Writing events")
        self.write_events()
        self.write_links("event", event_partner, event_partner.c.event_id, "partner_id",
                         self.event_partners, self.db_event_partners, self.events)
        self.write_occurrence_changes()
        self.step("Writing assignments")
        self.write_assignments()
        self.write_outcomes()
        self.write_done()
        self.s.flush()
        from consularapp.obligations import drop_stale

        touched = self.change.ids("agreement", CREATED, UPDATED)
        if touched:
            drop_stale(self.w, sorted(touched))
        return self.change

    # --- the partnership all year ---

    def write_partners(self) -> None:
        ins, upd = self.sync("partner", "id", self.partners, self.db_partners,
                             fmt.PARTNER_FIELDS)
        self.bulk_insert(Partner, ins)
        self.bulk_update(Partner, upd)

    def write_links(self, table: str, links: Any, key: Any, other: str,
                    incoming: dict[str, set[str]], stored: dict[str, set[str]],
                    records: dict[str, Any]) -> None:
        """Replace the partners of the agreements or events whose set changed."""
        changed = [ident for ident, ids in incoming.items()
                   if ident in records and ids != stored.get(ident, set())]
        if not changed:
            return
        self.delete_in(key, [i for i in changed if i in stored])
        self.bulk_insert(links, [{key.name: ident, other: pid}
                                 for ident in changed for pid in sorted(incoming[ident])])
        model = {"agreement": Agreement, "event": Event}[table]
        for ident in changed:
            if ident not in self.change.created.get(table, ()):
                self.bump(model, ident, table)
            self.w.report(table, ident, UPDATED, {"partners": (
                sorted(stored.get(ident, set())), sorted(incoming[ident]))})

    def write_occurrence_changes(self) -> None:
        """Skipped dates and moved occurrences of the file's events (and moves the sheet gives
        for events only in the database); `last_ends_at` of each recurring one, for the range
        queries. An existing event whose exceptions change is a change calendars must see:
        its SEQUENCE and its version rise."""
        from consularapp import recurrence
        from consularapp.workbook.year_round import series_of

        fields = ("event_id", "occurs_on", "cancelled", "starts_at", "ends_at")
        replaced: list[str] = []
        rows: list[dict[str, Any]] = []
        ends: list[dict[str, Any]] = []
        for eid in [*self.events, *(e for e in self.moves if e not in self.events)]:
            series = series_of(self, eid)  # type: ignore[arg-type]
            wanted: dict[Any, dict[str, Any]] = {}
            if series is not None and series.recurring:
                for day, change in series.exceptions.items():
                    wanted[day] = {"event_id": eid, "occurs_on": day,
                                   "cancelled": change.cancelled,
                                   "starts_at": change.starts_at, "ends_at": change.ends_at}
            stored = self.db_changes.get(eid, {})
            now = {day: {k: c[k] for k in fields} for day, c in stored.items()}
            if wanted != now:
                replaced.append(eid)
                rows.extend(wanted.values())
                action = CREATED if not now else DELETED if not wanted else UPDATED
                self.change.add(action, OCCURRENCE, eid)
                self.w.report(OCCURRENCE, eid, action, {"occurrences": (
                    sorted(str(d) for d in now), sorted(str(d) for d in wanted))})
                if eid not in self.change.created.get(EVENT, ()):
                    self.bump(Event, eid, EVENT, sequence=True)
            last = recurrence.last_end(series) if series is not None and series.recurring \
                else None
            if last != (self.db_events.get(eid) or {}).get("last_ends_at"):
                ends.append({"key_id": eid, "last_ends_at": last})
        self.delete_in(OccurrenceChange.__table__.c.event_id,
                       [e for e in replaced if e in self.db_changes])
        self.bulk_insert(OccurrenceChange, rows)
        if ends:
            table = Event.__table__
            self.s.connection().execute(
                table.update().where(table.c.id == bindparam("key_id"))
                .values(last_ends_at=bindparam("last_ends_at")), ends)

    def bump(self, model: Any, ident: str, table: str, *, sequence: bool = False) -> None:
        """A stored record changed in a part of its own (partners, exceptions): its version
        rises once per import (a team member's open editor must not overwrite it), and an
        event's SEQUENCE rises."""
        values: dict[str, Any] = {}
        if sequence:
            values["sequence"] = model.sequence + 1
        statement = update(model).where(model.id == ident)
        if ident not in self.change.ids(table, CREATED, UPDATED):
            values.update(version=model.version + 1, updated_at=now_utc())
            read = self.read_versions.get(model.__table__.name, {}).get(ident)
            statement = statement.where(model.version == read)
        self.change.add(UPDATED, table, ident)
        if values and self.s.execute(statement.values(**values)).rowcount == 0:
            raise _conflict()

    def write_outcomes(self) -> None:
        """Outcomes matched on (event, occurrence): new ones created, changed ones updated;
        import never deletes one."""
        fields = ("people_reached", "materials_distributed", "materials_languages",
                  "referrals", "cases_identified", "notes")
        self._write_keyed(Outcome, OUTCOME, self.outcomes, self.db_outcomes, fields)

    def write_done(self) -> None:
        """Obligations done matched on (agreement, obligation, period)."""
        self._write_keyed(ObligationDone, OBLIGATION_DONE, self.done_records, self.db_done,
                          ("done_on", "document"))

    def _write_keyed(self, model: Any, table: str, incoming: dict[Any, dict[str, Any]],
                     stored: dict[Any, dict[str, Any]], fields: tuple[str, ...]) -> None:
        now = now_utc()
        inserts, updates = [], []
        for key, rec in incoming.items():
            old = stored.get(key)
            if old is None:
                inserts.append({**rec, "created_at": now, "updated_at": now})
            elif any(old[f] != rec[f] for f in fields):
                updates.append({"id": old["id"], **{f: rec[f] for f in fields},
                                "updated_at": now})
                self.change.add(UPDATED, table, str(old["id"]))
                self.w.report_row(table, old["id"], old, rec)
        for ident, rec in zip(self.bulk_insert(model, inserts, returning=model.id), inserts,
                              strict=True):
            self.change.add(CREATED, table, str(ident))
            self.w.report_row(table, ident, None, {k: v for k, v in rec.items()
                                                   if k not in ("created_at", "updated_at")})
        self.bulk_update(model, updates)

    def write_agencies(self) -> None:
        now = now_utc()
        for code, seen in self.agencies.items():
            name = seen["name"]
            if code not in self.db_agencies:
                self.s.execute(insert(Agency), [{"code": code, "name": name or code}])
                self.change.add(CREATED, AGENCY, code)
                self.w.report_row(AGENCY, code, None, {"name": name or code})
            elif name is not None and name != self.db_agencies[code]:
                self.s.execute(update(Agency), [{"code": code, "name": name, "edited": True,
                                                 "updated_at": now}])
                self.change.add(UPDATED, AGENCY, code)
                self.w.report_row(AGENCY, code, {"name": self.db_agencies[code]}, {"name": name})

    def write_people(self) -> None:
        ins, upd = self.sync("person", "id", self.people, self.db_people, fmt.PERSON_FIELDS)
        replaced: list[str] = []
        for pid, memberships in self.memberships.items():
            stored = self.db_memberships.get(pid, [])
            old = sorted(_membership_key(m) for m in stored)
            if old != sorted(_membership_key(m) for m in memberships):
                replaced.append(pid)
                if pid in self.db_people and pid not in self.change.updated.get("person", ()):
                    upd.append({"id": pid, **{f: self.people[pid][f] for f in fmt.PERSON_FIELDS},
                                "updated_at": now_utc()})
                    self.change.add(UPDATED, PERSON, pid)
        self.bulk_insert(Person, ins)
        self.bulk_update(Person, upd)
        gone = [m for pid in replaced for m in self.db_memberships.get(pid, [])]
        self.delete_in(Membership.__table__.c.id, [m["id"] for m in gone])
        for m in gone:
            self.change.add(DELETED, MEMBERSHIP, str(m["id"]))
            self.w.report_row(MEMBERSHIP, m["id"], m, None)
        new = [m for pid in replaced for m in self.memberships[pid]]
        for ident, m in zip(self.bulk_insert(Membership, new, returning=Membership.id), new,
                            strict=True):
            self.change.add(CREATED, MEMBERSHIP, str(ident))
            self.w.report_row(MEMBERSHIP, ident, None, m)

    def write_agreements(self) -> None:
        ins, upd = self.sync("agreement", "id", self.agreements, self.db_agreements,
                             fmt.AGREEMENT_FIELDS, reference=True)
        # A new agreement may renew one inserted later in the same batch: link after inserting.
        links = [{"id": r["id"], "renews_id": r["renews_id"]} for r in ins if r["renews_id"]]
        self.bulk_insert(Agreement, [{**r, "renews_id": None} for r in ins])
        now = now_utc()
        changed: list[str] = []
        for aid, (offices, consulates) in self.agreement_parties.items():
            if aid not in self.agreements:
                continue
            if aid not in self.db_agreements:
                changed.append(aid)
            elif (offices, consulates) != self.db_agreement_parties.get(aid, (set(), set())):
                changed.append(aid)
                if aid not in self.change.updated.get("agreement", ()):
                    upd.append({"id": aid, **{f: self.agreements[aid][f]
                                              for f in fmt.AGREEMENT_FIELDS},
                                "updated_at": now, "edited": True})
                    self.change.add(UPDATED, AGREEMENT, aid)
        self.bulk_update(Agreement, upd)
        self.bulk_update(Agreement, links)
        if self.w.observed:
            for aid in changed:
                old_offices, old_consulates = self.db_agreement_parties.get(aid, (set(), set()))
                new_offices, new_consulates = self.agreement_parties[aid]
                self.w.report(AGREEMENT, aid, UPDATED, {
                    "offices": (sorted(old_offices), sorted(new_offices)),
                    "consulates": (sorted(old_consulates), sorted(new_consulates))})
        stored = [aid for aid in changed if aid in self.db_agreements]
        self.delete_in(agreement_office.c.agreement_id, stored)
        self.delete_in(agreement_consulate.c.agreement_id, stored)
        self.bulk_insert(agreement_office, [
            {"agreement_id": aid, "office_id": oid}
            for aid in changed for oid in sorted(self.agreement_parties[aid][0])])
        self.bulk_insert(agreement_consulate, [
            {"agreement_id": aid, "consulate_id": cid}
            for aid in changed for cid in sorted(self.agreement_parties[aid][1])])

    def write_events(self) -> None:
        ins, upd = self.sync("event", "id", self.events, self.db_events, fmt.EVENT_FIELDS)
        for row in ins:
            row["sequence"] = 0
        for row in upd:
            old = self.db_events[row["id"]]
            bump = any(old[f] != row[f] for f in fmt.SEQUENCE_FIELDS)
            row["sequence"] = (old["sequence"] or 0) + (1 if bump else 0)
        changed: list[str] = []
        now = now_utc()
        for eid, offices in self.event_offices.items():
            if eid not in self.db_events:
                changed.append(eid)
            elif offices != self.db_event_offices.get(eid, set()):
                changed.append(eid)
                if eid not in self.change.updated.get("event", ()):
                    old = self.db_events[eid]
                    upd.append({"id": eid, **{f: self.events[eid][f] for f in fmt.EVENT_FIELDS},
                                "sequence": old["sequence"] or 0, "updated_at": now})
                    self.change.add(UPDATED, EVENT, eid)
        self.bulk_insert(Event, ins)
        self.bulk_update(Event, upd)
        if self.w.observed:
            for eid in changed:
                self.w.report(EVENT, eid, UPDATED, {"offices": (
                    sorted(self.db_event_offices.get(eid, set())),
                    sorted(self.event_offices[eid]))})
        stored = [eid for eid in changed if eid in self.db_events]
        self.delete_in(event_office.c.event_id, stored)
        self.bulk_insert(event_office, [
            {"event_id": eid, "office_id": oid}
            for eid in changed for oid in sorted(self.event_offices[eid])])

    def write_assignments(self) -> None:
        inserts, updates = [], []
        fields = ("starts_at", *fmt.ASSIGNMENT_FIELDS)
        for key, old in self.assignment_matches.items():
            rec = self.assignments[key]
            if old is None:
                inserts.append(rec)
            elif any(old[f] != rec[f] for f in fields):
                moved = (old["starts_at"], old["ends_at"]) != (rec["starts_at"], rec["ends_at"])
                updates.append({"id": old["id"], **{f: rec[f] for f in fields},
                                "sequence": (old["sequence"] or 0) + (1 if moved else 0)})
                self.change.add(UPDATED, ASSIGNMENT, str(old["id"]))
                self.w.report_row(ASSIGNMENT, old["id"], old, updates[-1])
        for ident, rec in zip(self.bulk_insert(Assignment, inserts, returning=Assignment.id),
                              inserts, strict=True):
            self.change.add(CREATED, ASSIGNMENT, str(ident))
            self.w.report_row(ASSIGNMENT, ident, None, rec)
        self.bulk_update(Assignment, updates)


def _conflict() -> WriteConflictError:
    return WriteConflictError(_("Nothing was imported: another user changed some of these "
                                "records while the import ran. Import again."))
