"""The one write entry point: transactions, the Change, nesting, and the hooks team mode uses."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from consularapp.agreements import AgreementInput, save_agreement
from consularapp.changes import (
    AGREEMENT,
    CONSULATE,
    CREATED,
    DELETED,
    MEMBERSHIP,
    OFFICE,
    PERSON,
    TABLES,
    UPDATED,
    Change,
)
from consularapp.db import Database
from consularapp.directory import (
    ConsulateInput,
    MembershipInput,
    OfficeInput,
    PersonInput,
    delete_office,
    get_office,
    list_consulates,
    list_offices,
    save_consulate,
    save_office,
    save_person,
)
from consularapp.errors import DatabaseBusyError, InputError
from consularapp.writes import RecordChange, Write, current_write, write


class Recorder:
    """A hook as team mode will register one: it hears every step and every record."""

    wants_records = True

    def __init__(self) -> None:
        self.steps: list[str] = []
        self.records: list[RecordChange] = []

    def began(self, w: Write) -> None:
        self.steps.append(f"began {w.user}")

    def record_changed(self, w: Write, record: RecordChange) -> None:
        self.records.append(record)

    def committing(self, w: Write) -> None:
        self.steps.append("committing")

    def committed(self, w: Write) -> None:
        self.steps.append("committed")

    def rolled_back(self, w: Write) -> None:
        self.steps.append("rolled back")

    def of(self, table: str, record_id: str) -> list[RecordChange]:
        return [r for r in self.records if (r.table, r.record_id) == (table, record_id)]


@pytest.fixture
def recorder(ref_db: Database) -> Recorder:
    hook = Recorder()
    ref_db.write_hooks.append(hook)
    return hook


def office(**kw: Any) -> OfficeInput:
    values = dict(id="WHD-TEST", agency_code="WHD", name="WHD Test District Office",
                  city="Tucson", state="AZ", time_zone="America/Phoenix")
    values.update(kw)
    return OfficeInput(**values)


def test_table_constants_keep_the_strings_used_so_far() -> None:
    assert (OFFICE, CONSULATE, PERSON, AGREEMENT) == ("office", "consulate", "person", "agreement")
    assert "event" in TABLES and "assignment" in TABLES and "campaign" in TABLES
    change = Change()
    change.add(CREATED, OFFICE, "X")
    assert change.created == {"office": {"X"}}
    assert change.ids("office") == {"X"} and change.touches({"office", "person"})


def test_hooks_hear_every_step_and_each_changed_field(ref_db: Database,
                                                      recorder: Recorder) -> None:
    save_office(ref_db, office())
    assert recorder.steps == ["began None", "committing", "committed"]
    [created] = recorder.of(OFFICE, "WHD-TEST")
    assert created.action == CREATED
    assert created.fields["city"] == (None, "Tucson")

    recorder.records.clear()
    save_office(ref_db, office(city="Nogales", phone="520-555-0100"), "WHD-TEST")
    [updated] = recorder.of(OFFICE, "WHD-TEST")
    assert updated.action == UPDATED
    assert dict(updated.fields) == {"city": ("Tucson", "Nogales"),
                                    "phone": (None, "520-555-0100"), "version": (1, 2)}

    recorder.records.clear()
    delete_office(ref_db, "WHD-TEST")
    [deleted] = recorder.of(OFFICE, "WHD-TEST")
    assert deleted.action == DELETED
    assert deleted.fields["city"] == ("Nogales", None)


def test_many_to_many_links_are_reported_as_id_lists(ref_db: Database,
                                                     recorder: Recorder) -> None:
    offices = [o.id for o in list_offices(ref_db)][:2]
    consulate = list_consulates(ref_db)[0].id
    data = AgreementInput(id="LOA-HOOK", office_ids=offices[:1], consulate_ids=[consulate])
    save_agreement(ref_db, data)
    recorder.records.clear()
    save_agreement(ref_db, AgreementInput(id="LOA-HOOK", office_ids=offices,
                                          consulate_ids=[consulate]), "LOA-HOOK")
    [record] = recorder.of(AGREEMENT, "LOA-HOOK")
    assert record.fields["offices"] == (offices[:1], sorted(offices))
    assert "consulates" not in record.fields


def test_child_records_report_themselves(ref_db: Database, recorder: Recorder) -> None:
    org = list_offices(ref_db)[0].id
    save_person(ref_db, PersonInput(id="P-HOOK", name="Ana Hook", memberships=[
        MembershipInput(org, "Investigator", date(2024, 1, 1))]))
    memberships = [r for r in recorder.records if r.table == MEMBERSHIP]
    assert [m.action for m in memberships] == [CREATED]
    assert memberships[0].fields["office_id"] == (None, org)


def test_a_refused_write_rolls_back_and_says_so(ref_db: Database, recorder: Recorder) -> None:
    with pytest.raises(InputError):
        save_office(ref_db, office(time_zone=""))
    assert recorder.steps == ["began None", "rolled back"]


def test_a_write_inside_a_write_joins_it(ref_db: Database) -> None:
    consulate = ConsulateInput(id="MX-TEST", city="Yuma", state="AZ",
                               time_zone="America/Phoenix")
    with pytest.raises(RuntimeError), write(ref_db) as w:
        inner = save_office(ref_db, office())
        save_consulate(ref_db, consulate)
        assert current_write(ref_db) is w
        assert inner.created == {"office": {"WHD-TEST"}}
        raise RuntimeError("the outer step fails after both saves")
    assert "WHD-TEST" not in {o.id for o in list_offices(ref_db)}
    assert "MX-TEST" not in {c.id for c in list_consulates(ref_db)}

    with write(ref_db) as w:
        save_office(ref_db, office())
        save_consulate(ref_db, consulate)
    assert w.change.created == {"office": {"WHD-TEST"}, "consulate": {"MX-TEST"}}
    assert get_office(ref_db, "WHD-TEST").city == "Tucson"


def test_a_dry_run_checks_everything_and_keeps_nothing(ref_db: Database,
                                                       recorder: Recorder) -> None:
    with write(ref_db, dry_run=True, user="ana") as w:
        save_office(ref_db, office())
    assert w.change.created == {"office": {"WHD-TEST"}}
    assert recorder.steps == ["began ana"]
    assert "WHD-TEST" not in {o.id for o in list_offices(ref_db)}


def test_the_importers_bulk_writes_reach_the_hooks(ref_db: Database, recorder: Recorder,
                                                   tmp_path: Path) -> None:
    from consularapp.workbook import export_workbook, import_workbook

    save_office(ref_db, office())
    book = tmp_path / "book.xlsx"
    export_workbook(ref_db, book)
    save_office(ref_db, office(city="Nogales"), "WHD-TEST")
    recorder.records.clear()
    import_workbook(ref_db, book, overwrite=True)  # the export's value, knowingly
    [record] = recorder.of(OFFICE, "WHD-TEST")
    assert record.action == UPDATED
    assert record.fields["city"] == ("Nogales", "Tucson")


@pytest.mark.sqlite_only  # PostgreSQL locks rows, not the database
def test_a_database_held_by_another_writer_is_refused_with_a_sentence(db_url: str,
                                                                      ref_db: Database) -> None:
    path = db_url.removeprefix("sqlite:///")
    impatient = Database(create_engine(db_url, connect_args={"timeout": 0.2}))
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError, match="another ConsularApp window or command"):
            save_office(impatient, office())
    finally:
        holder.rollback()
        holder.close()
    save_office(impatient, office())  # once the other writer is done, the same save works
    impatient.close()


@pytest.mark.sqlite_only
def test_a_second_writer_waits_for_the_first(db_url: str, ref_db: Database) -> None:
    """The write lock is taken at the start: a second writer queues behind the first."""
    order: list[str] = []
    first_has_lock = threading.Event()
    release = threading.Event()

    def first() -> None:
        with write(ref_db):
            order.append("first began")
            first_has_lock.set()
            release.wait(5)
            save_office(ref_db, office())
            order.append("first done")

    thread = threading.Thread(target=first)
    thread.start()
    first_has_lock.wait(5)
    timer = threading.Timer(0.3, release.set)
    timer.start()
    save_office(ref_db, office(id="WHD-TEST-2"))
    order.append("second done")
    thread.join()
    assert order == ["first began", "first done", "second done"]


@pytest.mark.postgresql_only
def test_an_exclusive_write_waits_for_another_then_is_refused_with_a_sentence(
        db_url: str, ref_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL: bulk writes (reference, demo, import, publish) queue on one advisory lock of
    the database; held past the wait, the next one is refused with the busy sentence, while an
    edit of one record goes on."""
    from consularapp import writes
    from consularapp.reference import load_reference

    monkeypatch.setattr(writes, "WRITE_LOCK_WAIT_SECONDS", 1)
    holder = create_engine(ref_db.engine.url).connect()
    holder.execute(text(f"SELECT {writes.WRITE_LOCK}"), {"k": writes.WRITE_LOCK_KEY})
    try:
        with pytest.raises(DatabaseBusyError, match="another ConsularApp window or command"):
            load_reference(ref_db)
        save_office(ref_db, office())  # an edit does not wait for the bulk write
    finally:
        holder.rollback()
        holder.close()
    assert not load_reference(ref_db)  # once the other is done, it runs (nothing to change)


@pytest.mark.postgresql_only
def test_the_bulk_write_lock_belongs_to_one_database(ref_db: Database,
                                                     new_db: Any) -> None:
    """Team databases sharing a server do not wait for each other's imports."""
    from consularapp import writes
    from consularapp.reference import load_reference

    other = new_db("reference")
    holder = create_engine(other.engine.url).connect()
    holder.execute(text(f"SELECT {writes.WRITE_LOCK}"), {"k": writes.WRITE_LOCK_KEY})
    try:
        assert not load_reference(ref_db)
    finally:
        holder.rollback()
        holder.close()
