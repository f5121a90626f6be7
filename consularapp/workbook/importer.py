"""Importing the exchange workbook: all or nothing, every problem located.

`import_workbook` reads the file (reading.py), loads what the database holds with one query per
table, and hands each sheet to its reader (offices.py, people.py, ...; in the spec's order, so a
row may refer to what an earlier sheet defines). A sheet reader only maps cells to a proposed
record and asks that record's rule (`check_office`, `check_agreement`, ...: the same functions
the editors use) what is wrong with it, with a `Known` made of the database's IDs and the file's;
it owns no domain rule. What the rules accept is then written in bulk (writing.py) inside one
`write`, so a refusal, a cancel or a failure leaves the database as it was.

Decisions beyond the spec:

* People: one row per *membership*. A Person ID may appear on several rows (their history of
  organizations); Name, Languages, Email and Phone must be the same on all of a person's rows.
  Title, Organization ID, Active from and Active to belong to the membership. When a person
  appears in the file, the file's memberships *replace* the stored ones (the export writes all of
  them, so export, edit, import is exact). A person with no membership is exported as one row
  with a blank Organization ID, and import accepts a blank Organization ID only on a person's
  single row (with no Title or dates), meaning "no organization".
* Offices and consulates share one ID namespace, because a person's Organization ID names either.
* Agencies: an unknown code creates the agency, named by "Agency name" or else the code; a given
  "Agency name" that differs from a known agency's name renames it. Rows naming one agency must
  not give it two different names.
* Choices (Office type, consulate Type, Kind, State, Format, Status, Role) match ignoring case and
  are stored in their canonical spelling.
* Agreements: "Office IDs" and "Consulate IDs" replace the agreement's parties. With Expires on
  blank and Term months given, the stored expiry stays blank and the term is kept (the expiry in
  force is computed from them). "Renews" may name an agreement defined anywhere in the sheet.
* Campaigns: a blank Starts on / Ends on keeps a stored campaign's date, and gives a new campaign
  Labor Rights Week's default date. An Events row whose Year has no campaign creates one with the
  default dates.
* Events: when a stored event's start, end, time zone, venue, address or status changes, its
  `sequence` rises by one (calendar clients need it); other edits (a title typo) leave it alone.
* Assignments: matched on (Event ID, Person ID, Occurrence, shift start); a match is updated,
  anything else is created -- except that a person's one unmatched row and one unmatched stored
  assignment on the same event are taken as the same shift, moved (its sequence rises).
  Assignments not in the file are kept: import never deletes events or assignments.
* The partnership all year: Partners behave as Offices do (an ID updates or creates; an optional
  column left out keeps the stored value). "Partner IDs" of Agreements and Events replace the
  record's partners when the column is there. An Events row's "Skipped dates" replace the
  event's cancelled occurrences; the Occurrence changes sheet, when present, lists every moved
  occurrence of the events in the Events sheet (a move left out is undone), and adds its rows to
  the stored moves of an event only in the database. Exceptions on days the event's rule no
  longer gives are dropped, as the editor's save drops them; an event whose exceptions change
  is a calendar change (its sequence rises). Outcomes are matched on (Event ID, Occurrence) and
  Obligations done on (Agreement ID, Obligation ignoring case, Period starts); both are updated
  or created, never deleted by an import.
* A row proposes the record with its ID: a new one, or an update of the stored one. IDs repeated
  within a sheet are the file's own mistake and are refused before any rule is asked.
* A dry run performs the whole import inside the transaction and rolls it back: it checks exactly
  what a real import checks (database constraints included) and reports the same changes.
* Change IDs for memberships and assignments are their database row IDs as text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from consularapp.changes import DELETED, Change
from consularapp.db import Database
from consularapp.errors import CancelledError, InputError, Problem
from consularapp.i18n import N_, _, ngettext
from consularapp.known import AssignmentFacts, EventFacts, Known
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
from consularapp.workbook.cells import Row, is_blank
from consularapp.workbook.format import (
    COLUMNS,
    SHEET_ORDER,
    SHEETS,
    VERSION_COLUMN,
    VERSIONED_SHEETS,
)
from consularapp.workbook.reading import Sheet, read_sheets
from consularapp.workbook.writing import Writes
from consularapp.writes import Write, write

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

MAX_PROBLEMS = 1000  # listed one by one; beyond, one line says how many more
_PROGRESS_EVERY = 1000

_LABELS = (
    ("agency", N_("Agencies")), ("office", N_("Offices")), ("consulate", N_("Consulates")),
    ("person", N_("People")), ("membership", N_("Memberships")),
    ("agreement", N_("Agreements")), ("campaign", N_("Campaigns")), ("event", N_("Events")),
    ("assignment", N_("Assignments")), ("partner", N_("Partners")),
    ("occurrence_change", N_("Occurrence changes")), ("outcome", N_("Outcomes")),
    ("obligation_done", N_("Obligations done")),
)
# Plural forms although the English is the same for one and many: the Spanish counts in words
# that agree with the number ("1 alta", "3 altas"), whatever the table's gender.
_COUNTS: dict[str, Callable[[int], str]] = {
    "created": lambda n: ngettext("{count} created", "{count} created", n),
    "updated": lambda n: ngettext("{count} updated", "{count} updated", n),
    "deleted": lambda n: ngettext("{count} deleted", "{count} deleted", n),
}


@dataclass
class ImportResult:
    """What an import changed (or, for a dry run, would change), and what it ignored."""

    change: Change
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> str:
        """One line per table that changed ('Offices: 3 created'), else 'nothing changed'."""
        lines = []
        for table, label in _LABELS:
            parts = [
                words(n).format(count=n)
                for what, words in _COUNTS.items()
                if (n := self.change.count(what, table))
            ]
            if parts:
                lines.append(_("{table}: {counts}").format(table=_(label),
                                                          counts=", ".join(parts)))
        return "\n".join(lines) if lines else _("nothing changed")


def import_workbook(
    db: Database,
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    overwrite: bool = False,
) -> ImportResult:
    """Read the exchange workbook at `path` into `db`, all or nothing.

    Raises WorkbookFileError if the file is not a workbook, InputError with every problem if any
    row is wrong, CancelledError if `cancelled()` turns true. Nothing is written in those cases,
    nor when `dry_run` is set.
    """
    path = Path(path)
    report: Progress = progress or (lambda done, total, message: None)
    stop: Cancelled = cancelled or (lambda: False)
    warnings: list[str] = []
    report(0, 0, _("Reading {name}").format(name=path.name))
    sheets = read_sheets(path, warnings)
    if stop():
        raise CancelledError(_("Import cancelled; nothing was changed"))
    with write(db, dry_run=dry_run, operation="import") as w:
        importer = Importer(w, sheets, report, stop)
        importer.overwrite, importer.warnings = overwrite, warnings
        importer.check()
        importer.drop_stale()
        change = importer.write()
    report(importer.total, importer.total,
           _("Import checked") if dry_run else _("Import done"))
    return ImportResult(change=change, warnings=warnings, dry_run=dry_run)


class Importer(Writes):
    """Checks every sheet against the database and the file, then writes in bulk."""

    def __init__(self, w: Write, sheets: dict[str, Sheet], report: Progress,
                 stop: Cancelled) -> None:
        self.w = w
        self.s = w.session
        self.sheets = sheets
        self.report = report
        self.stop = stop
        self.problems: list[tuple[tuple[int, int, int], Problem]] = []
        self.change = w.change
        # table -> record ID -> (sheet, row, version) as the workbook was exported
        self.exported_versions: dict[str, dict[Any, tuple[str, int, int]]] = {}
        self.overwrite = False
        self.warnings: list[str] = []
        rows = sum(len(sheet.rows) for sheet in sheets.values())
        self.write_steps = 7  # one step() per table written
        self.total = rows + self.write_steps
        self.done = 0
        # Every row of the file with a valid ID: ID -> row number (for references and repeats).
        self.office_rows: dict[str, int] = {}
        self.consulate_rows: dict[str, int] = {}
        self.person_rows: dict[str, int] = {}
        self.agreement_rows: dict[str, int] = {}
        self.event_rows: dict[str, int] = {}
        # What the rules accepted, as column values (for writing).
        self.agencies: dict[str, dict[str, Any]] = {}  # code -> {"name", "row"}
        self.offices: dict[str, dict[str, Any]] = {}
        self.consulates: dict[str, dict[str, Any]] = {}
        self.people: dict[str, dict[str, Any]] = {}
        self.memberships: dict[str, list[dict[str, Any]]] = {}
        self.agreements: dict[str, dict[str, Any]] = {}
        self.agreement_parties: dict[str, tuple[set[str], set[str]]] = {}
        self.campaigns: dict[int, dict[str, Any]] = {}
        self.campaign_years: set[int] = set()  # every year on the Campaigns sheet
        self.events: dict[str, dict[str, Any]] = {}
        self.event_offices: dict[str, set[str]] = {}
        self.assignments: dict[tuple[Any, ...], dict[str, Any]] = {}
        self.assignment_matches: dict[tuple[Any, ...], dict[str, Any] | None] = {}
        self.carried: set[tuple[Any, ...]] = set()  # stored shifts moved with their event
        # The partnership all year: partners, the agreements' and events' partners, skipped and
        # moved occurrences, outcomes, obligations done.
        self.partner_rows: dict[str, int] = {}
        self.partners: dict[str, dict[str, Any]] = {}
        self.agreement_partners: dict[str, set[str]] = {}
        self.event_partners: dict[str, set[str]] = {}
        self.skipped: dict[str, set[Any]] = {}  # event -> cancelled occurrence dates
        self.moves: dict[str, dict[Any, tuple[Any, Any]]] = {}  # event -> day -> (start, end)
        self.outcomes: dict[tuple[str, Any], dict[str, Any]] = {}
        self.done_records: dict[tuple[str, str, Any], dict[str, Any]] = {}
        self.occurrence_sheet = False  # the file has the Occurrence changes sheet
        self.kept_events: set[str] = set()  # stale rows left as stored (team mode)

    # --- bookkeeping ---

    def sink(self, sheet: str) -> Callable[[Problem, int, str], None]:
        """Where the rows of `sheet` put their problems (kept in the file's order)."""
        order = SHEET_ORDER.index(sheet)
        columns = COLUMNS[sheet]

        def add(problem: Problem, row: int, col: str) -> None:
            key = (order, row, columns.index(col) if col in columns else 99)
            self.problems.append((key, problem))

        return add

    def tick(self, message: str) -> None:
        self.done += 1
        if self.done % _PROGRESS_EVERY == 0:
            if self.stop():
                raise CancelledError(_("Import cancelled; nothing was changed"))
            self.report(min(self.done, self.total), self.total, message)

    def rows(self, name: str) -> Iterator[Row]:
        """The sheet's rows; a required column that is missing is reported once, on row 1, and
        makes every row bad (nothing depends on a record read without it)."""
        sheet = self.sheets.get(name)
        if sheet is None:
            return
        add = self.sink(name)
        missing = [col for col, required in SHEETS[name] if required and col not in sheet.index]
        for col in missing:
            add(Problem(_("{sheet}, row {row}, {column}").format(sheet=name, row=1, column=col),
                        _("required column is missing"), "column.missing", {"column": col}),
                1, col)
        message = _("Checking {sheet}").format(sheet=name)
        self.report(self.done, self.total, message)
        if self.stop():
            raise CancelledError(_("Import cancelled; nothing was changed"))
        versioned = VERSIONED_SHEETS.get(name)
        for number, values in sheet.rows:
            row = Row(sheet, number, values, add, missing)
            if versioned is not None and row.has(VERSION_COLUMN):
                self.note_version(name, versioned, row)
            yield row
            self.tick(message)

    # --- versions (team mode): rows whose record changed since the export ---

    def note_version(self, sheet: str, versioned: tuple[str, str], row: Row) -> None:
        """The version the row's record had when the workbook was exported (first row wins)."""
        table, column = versioned
        raw, ident = row.raw(VERSION_COLUMN), row.text(column)
        if is_blank(raw) or not ident:
            return
        try:
            version = int(str(raw).strip().split(".")[0])
        except ValueError:
            row.problem(VERSION_COLUMN, "cell.not_a_version",
                        _("is not the version export wrote; leave it as it was"))
            return
        key = int(ident) if table == "campaign" and ident.isdigit() else ident
        self.exported_versions.setdefault(table, {}).setdefault(key, (sheet, row.number,
                                                                      version))

    def deleted_here(self, table: str, ident: str) -> bool:
        """True if the history says this record was deleted from this database."""
        from consularapp.models import History

        return (self.s.scalar(select(func.count()).select_from(History).where(
            History.table_name == table, History.record_id == ident,
            History.action == DELETED)) or 0) > 0

    def keep_stored(self, table: str, ident: Any, stored: dict[str, Any] | None) -> None:
        """Leave one record as the database has it: the file's values for it (and its parts)
        give way to the stored ones, so nothing of it is written; one deleted since stays
        deleted, with the file's parts of it."""
        records = {"office": self.offices, "consulate": self.consulates, "person": self.people,
                   "agreement": self.agreements, "campaign": self.campaigns,
                   "event": self.events, "partner": self.partners}[table]
        parts: Any = {"person": (self.memberships, self.db_memberships),
                      "agreement": (self.agreement_parties, self.db_agreement_parties),
                      "event": (self.event_offices, self.db_event_offices)}.get(table)
        # The partnership all year: the record's partners (and an event's skipped dates and
        # moves) stay as stored too.
        links: Any = {"agreement": (self.agreement_partners, self.db_agreement_partners),
                      "event": (self.event_partners, self.db_event_partners)}.get(table)
        if links is not None and ident in links[0]:
            if stored is None:
                del links[0][ident]
            else:
                links[0][ident] = set(links[1].get(ident, set()))
        if table == "event":
            self.skipped.pop(ident, None)
            self.moves.pop(ident, None)
            self.kept_events.add(ident)
        if stored is None:
            records.pop(ident, None)
            if parts is not None:
                parts[0].pop(ident, None)
            if table == "event":
                for key in [k for k, a in self.assignments.items() if a["event_id"] == ident]:
                    del self.assignments[key]
                    self.assignment_matches.pop(key, None)
                for key in [k for k in self.outcomes if k[0] == ident]:
                    del self.outcomes[key]
            if table == "agreement":
                for key in [k for k in self.done_records if k[0] == ident]:
                    del self.done_records[key]
            return
        records[ident] = dict(stored)
        if table == "event":  # it stays where it is: so do the shifts it would have taken
            for key in [k for k in self.carried if k[0] == ident]:
                self.carried.discard(key)
                del self.assignments[key]
                del self.assignment_matches[key]
        if parts is not None and ident in parts[0]:
            kept = parts[1].get(ident)
            if kept is None:
                del parts[0][ident]
            else:
                parts[0][ident] = ([dict(m) for m in kept] if table == "person"
                                   else kept if table == "agreement" else set(kept))

    def drop_stale(self) -> None:
        """Rows whose record changed (or went) since the workbook was exported are reported
        and left out, unless the import overwrites knowingly."""
        from consularapp.versioning import last_change, when_text

        incoming = {"office": (self.offices, self.db_offices),
                    "consulate": (self.consulates, self.db_consulates),
                    "person": (self.people, self.db_people),
                    "agreement": (self.agreements, self.db_agreements),
                    "campaign": (self.campaigns, self.db_campaigns),
                    "event": (self.events, self.db_events),
                    "partner": (self.partners, self.db_partners)}
        for table, exported in self.exported_versions.items():
            records, stored = incoming[table]
            for ident, (sheet, number, version) in exported.items():
                if ident not in records:
                    continue
                now = stored.get(ident)
                current = None if now is None else now.get("version")
                if current == version:
                    continue
                if current is not None and current < version:
                    # Versions only rise here: a workbook exported from another database (the
                    # same reference office, edited there) was not overtaken by a change here.
                    continue
                if now is None and not self.deleted_here(table, str(ident)):
                    continue  # never in this database (a workbook from another): created
                found = last_change(self.s, table, str(ident),
                                    after_version=None if now is None else version)
                who = _("{who} {when}").format(who=found[0], when=when_text(found[1])) \
                    if found else _("someone")
                if now is None:
                    said = _("{sheet}, row {row}: {id} was deleted by {who} since this "
                             "workbook was exported")
                else:
                    said = _("{sheet}, row {row}: {id} was changed by {who} since this "
                             "workbook was exported")
                said = said.format(sheet=sheet, row=number, id=ident, who=who)
                if self.overwrite:
                    self.warnings.append(said + _("; overwritten, as --overwrite asked"))
                    if now is not None:
                        self.read_versions.setdefault(table, {})[ident] = current
                    continue
                self.warnings.append(said + _("; not imported (export again, or import "
                                              "with --overwrite to apply it anyway)"))
                self.keep_stored(table, ident, now)

    def new_id(self, row: Row, col: str, seen: dict[str, int]) -> str | None:
        """The row's ID when it is valid and no earlier row of the sheet has it."""
        ident = row.key(col)
        if ident is None:
            return None
        if ident in seen:
            row.problem(col, "row.repeated_id",
                        _("{value} is already on row {row}").format(value=repr(ident),
                                                                    row=seen[ident]),
                        value=ident, row=seen[ident])
            return None
        seen[ident] = row.number
        return ident

    # --- the database as it is ---

    def load(self) -> None:
        """Every stored record the sheets can touch, one query per table."""
        s = self.s

        def table(model: Any, key: str) -> dict[Any, dict[str, Any]]:
            return {r[key]: dict(r) for r in s.execute(select(model.__table__)).mappings()}

        self.db_agencies = dict(s.execute(select(Agency.code, Agency.name)).all())
        # table -> primary key -> the version read, which an update must still find.
        self.read_versions: dict[str, dict[Any, int]] = {}
        for model in (Office, Consulate, Partner, Person, Agreement, Campaign, Event, Assignment):
            key = next(iter(model.__table__.primary_key.columns))
            self.read_versions[model.__table__.name] = dict(
                s.execute(select(key, model.__table__.c.version)).all())
        self.db_offices = table(Office, "id")
        self.db_consulates = table(Consulate, "id")
        self.db_people = table(Person, "id")
        self.db_memberships: dict[str, list[dict[str, Any]]] = {}
        for m in s.execute(select(Membership.__table__).order_by(Membership.id)).mappings():
            self.db_memberships.setdefault(m["person_id"], []).append(dict(m))
        self.db_agreements = table(Agreement, "id")
        self.db_agreement_parties = {a: (set(), set()) for a in self.db_agreements}
        for aid, oid in s.execute(select(agreement_office.c.agreement_id,
                                         agreement_office.c.office_id)):
            self.db_agreement_parties[aid][0].add(oid)
        for aid, cid in s.execute(select(agreement_consulate.c.agreement_id,
                                         agreement_consulate.c.consulate_id)):
            self.db_agreement_parties[aid][1].add(cid)
        self.db_campaigns = table(Campaign, "year")
        self.db_events = table(Event, "id")
        self.db_event_offices = {e: set() for e in self.db_events}
        for eid, oid in s.execute(select(event_office.c.event_id, event_office.c.office_id)):
            self.db_event_offices[eid].add(oid)
        self.db_partners = table(Partner, "id")
        self.db_agreement_partners: dict[str, set[str]] = {}
        for aid, pid in s.execute(select(agreement_partner.c.agreement_id,
                                         agreement_partner.c.partner_id)):
            self.db_agreement_partners.setdefault(aid, set()).add(pid)
        self.db_event_partners: dict[str, set[str]] = {}
        for eid, pid in s.execute(select(event_partner.c.event_id, event_partner.c.partner_id)):
            self.db_event_partners.setdefault(eid, set()).add(pid)
        self.db_changes: dict[str, dict[Any, dict[str, Any]]] = {}
        for c in s.execute(select(OccurrenceChange.__table__)).mappings():
            self.db_changes.setdefault(c["event_id"], {})[c["occurs_on"]] = dict(c)
        self.db_outcomes = {(o["event_id"], o["occurrence"]): dict(o)
                            for o in s.execute(select(Outcome.__table__)).mappings()}
        self.db_done = {(d["agreement_id"], d["obligation"].casefold(), d["period_starts"]):
                        dict(d) for d in s.execute(select(ObligationDone.__table__)).mappings()}
        self.db_assignments: dict[tuple[Any, ...], dict[str, Any]] = {}
        for a in s.execute(select(Assignment.__table__).order_by(Assignment.id)).mappings():
            self.db_assignments.setdefault(
                (a["event_id"], a["person_id"], a["occurrence"], a["starts_at"]), dict(a))
        # What the rules may refer to: the database's records, and the file's as its sheets are
        # read (each reader adds what it defines).
        self.known = Known(
            offices=set(self.db_offices),
            consulates=set(self.db_consulates),
            people={pid: rec["name"] for pid, rec in self.db_people.items()},
            agreements={aid: rec["renews_id"] for aid, rec in self.db_agreements.items()},
            campaigns=set(self.db_campaigns),
            events={eid: EventFacts(rec["title"], rec["time_zone"], rec["starts_at"],
                                    rec["ends_at"], rec["status"] == "cancelled")
                    for eid, rec in self.db_events.items()},
            assignments=self.other_assignments,
            partners=set(self.db_partners),
        )
        self.others: dict[tuple[str, str], Sequence[AssignmentFacts]] = {}

    def other_assignments(self, event_id: str, person_id: str) -> Sequence[AssignmentFacts]:
        return self.others.get((event_id, person_id), ())

    # --- checking ---

    def check(self) -> None:
        from consularapp.workbook import (
            agreements,
            assignments,
            campaigns,
            consulates,
            events,
            offices,
            people,
            year_round,
        )

        self.load()
        for reader in (offices, consulates, year_round.partners, people, agreements,
                       year_round.obligations_done, campaigns, events, year_round.occurrences,
                       assignments, year_round.outcomes):
            reader.read(self)
        if self.problems:
            self.problems.sort(key=lambda item: item[0])
            found = [p for _key, p in self.problems]
            count = len(found)
            if count > MAX_PROBLEMS:
                more = count - MAX_PROBLEMS
                rest = Problem("", ngettext("and {count:,} more problem",
                                            "and {count:,} more problems", more).format(
                    count=more), "import.more_problems", {"count": more})
                found = [*found[:MAX_PROBLEMS], rest]
            raise InputError(found, ngettext(
                "The workbook was not imported: {count:,} problem; nothing was changed",
                "The workbook was not imported: {count:,} problems; nothing was changed",
                count).format(count=count))
