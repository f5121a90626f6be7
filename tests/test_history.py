"""Versions (nothing overwritten silently) and the history of every change, on both backends."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from consularapp.agreements import AgreementInput, get_agreement, save_agreement
from consularapp.changes import OFFICE, PERSON
from consularapp.cli import main
from consularapp.db import Database, open_database
from consularapp.directory import (
    MembershipInput,
    OfficeInput,
    PersonInput,
    delete_office,
    get_office,
    get_person,
    list_consulates,
    list_offices,
    save_office,
    save_person,
)
from consularapp.errors import WriteConflictError
from consularapp.history import changes_since, database_user, latest_change_id, record_history
from consularapp.models import History, HistoryChange, Office
from consularapp.writes import write


def new_office(db: Database, **kw: object) -> OfficeInput:
    values: dict[str, object] = dict(id="WHD-TUCSON", agency_code="WHD",
                                     name="WHD Tucson Field Office", city="Tucson", state="AZ",
                                     time_zone="America/Phoenix", phone="520-555-0100")
    values.update(kw)
    save_office(db, OfficeInput(**values))  # type: ignore[arg-type]
    return get_office(db, str(values["id"]))


def test_a_save_based_on_an_older_version_is_refused_naming_who_and_when(ref_db: Database) -> None:
    mine = new_office(ref_db)
    theirs = get_office(ref_db, "WHD-TUCSON")  # a colleague opens the same office
    theirs.phone = "520-555-0199"
    with write(ref_db, user="Ana Tzul"):
        save_office(ref_db, theirs, "WHD-TUCSON")

    mine.address = "300 W Congress St"
    with pytest.raises(WriteConflictError) as refused:
        save_office(ref_db, mine, "WHD-TUCSON")
    message = str(refused.value)
    assert message.startswith("Changed by Ana Tzul at ")
    assert message.endswith(" since you opened it.")
    assert refused.value.changed_by == "Ana Tzul"
    stored = get_office(ref_db, "WHD-TUCSON")
    assert (stored.phone, stored.address) == ("520-555-0199", "")  # nothing of mine went in

    # Applying mine knowingly: based on the version now stored.
    mine.version = stored.version
    save_office(ref_db, mine, "WHD-TUCSON")
    assert get_office(ref_db, "WHD-TUCSON").address == "300 W Congress St"


def test_the_version_rises_only_with_a_real_change(ref_db: Database) -> None:
    office = new_office(ref_db)
    assert office.version == 1
    save_office(ref_db, office, "WHD-TUCSON")  # saved as it was: no change
    assert get_office(ref_db, "WHD-TUCSON").version == 1
    office.city = "Nogales"
    save_office(ref_db, office, "WHD-TUCSON")
    assert get_office(ref_db, "WHD-TUCSON").version == 2


def test_a_person_saved_with_the_same_memberships_keeps_version_and_history(
        ref_db: Database) -> None:
    org = list_offices(ref_db)[0].id
    save_person(ref_db, PersonInput(id="P-ANA", name="Ana Tzul", memberships=[
        MembershipInput(org, "Investigator", date(2024, 1, 1))]))
    person = get_person(ref_db, "P-ANA")
    save_person(ref_db, person, "P-ANA")  # the editor replaces memberships wholesale
    assert get_person(ref_db, "P-ANA").version == 1
    assert [e.action for e in record_history(ref_db, PERSON, "P-ANA")] == ["created", "created"]

    person.memberships[0].title = "Community Outreach and Resource Planning Specialist"
    save_person(ref_db, person, "P-ANA")
    assert get_person(ref_db, "P-ANA").version == 2  # a new title in a membership is a change
    entries = record_history(ref_db, PERSON, "P-ANA")
    assert sorted((e.table, e.action) for e in entries[2:]) == [("membership", "created"),
                                                                ("membership", "deleted")]
    [new] = [e for e in entries[2:] if e.action == "created"]
    assert {f.field: f.new for f in new.fields}["title"] == (
        "Community Outreach and Resource Planning Specialist")


def test_a_record_deleted_meanwhile_is_refused_the_same_way(ref_db: Database) -> None:
    mine = new_office(ref_db)
    with write(ref_db, user="Ana Tzul"):
        delete_office(ref_db, "WHD-TUCSON")
    mine.phone = "520-555-0111"
    with pytest.raises(WriteConflictError, match=r"^Deleted by Ana Tzul at .* since you opened"):
        save_office(ref_db, mine, "WHD-TUCSON")


def test_history_records_who_when_and_each_field(ref_db: Database) -> None:
    office = new_office(ref_db)
    office.phone = "520-555-0142"
    office.city = "Nogales"
    save_office(ref_db, office, "WHD-TUCSON")
    delete_office(ref_db, "WHD-TUCSON", version=2)

    created, updated, deleted = record_history(ref_db, OFFICE, "WHD-TUCSON")
    me = database_user(ref_db)
    assert {created.login, updated.login, deleted.login} == {me}
    assert (created.action, updated.action, deleted.action) == ("created", "updated", "deleted")
    assert {f.field: f.new for f in created.fields}["phone"] == "520-555-0100"
    assert sorted((f.field, f.old, f.new) for f in updated.fields) == [
        ("city", "Tucson", "Nogales"), ("phone", "520-555-0100", "520-555-0142")]
    assert {f.field: f.old for f in deleted.fields}["city"] == "Nogales"
    assert created.at <= updated.at <= deleted.at
    assert created.at.utcoffset() is not None and created.at.utcoffset().total_seconds() == 0
    assert (updated.version, deleted.version) == (2, 2)


def test_links_of_an_agreement_are_one_field_of_its_history(ref_db: Database) -> None:
    offices = [o.id for o in list_offices(ref_db)][:2]
    consulate = list_consulates(ref_db)[0].id
    save_agreement(ref_db, AgreementInput(id="LOA-H", office_ids=offices[:1],
                                          consulate_ids=[consulate]))
    draft = get_agreement(ref_db, "LOA-H")
    draft.office_ids = offices
    save_agreement(ref_db, draft, "LOA-H")
    assert get_agreement(ref_db, "LOA-H").version == 2
    [_, update] = record_history(ref_db, "agreement", "LOA-H")
    assert [(f.field, f.old, f.new) for f in update.fields] == [
        ("offices", offices[:1], sorted(offices))]


def test_an_import_is_one_change_and_says_so(ref_db: Database, tmp_path: Path) -> None:
    from consularapp.workbook import export_workbook, import_workbook

    new_office(ref_db)
    book = tmp_path / "book.xlsx"
    export_workbook(ref_db, book)
    office = get_office(ref_db, "WHD-TUCSON")
    office.city = "Nogales"
    save_office(ref_db, office, "WHD-TUCSON")
    before = latest_change_id(ref_db)
    import_workbook(ref_db, book, overwrite=True)  # puts Tucson back, knowingly
    with ref_db.session() as s:
        changes = s.scalars(select(HistoryChange).where(HistoryChange.id > before)).all()
    assert [c.operation for c in changes] == ["import"]
    last = record_history(ref_db, OFFICE, "WHD-TUCSON")[-1]
    assert (last.operation, [(f.field, f.old, f.new) for f in last.fields]) == (
        "import", [("city", "Nogales", "Tucson")])
    assert get_office(ref_db, "WHD-TUCSON").version == 3  # the import raised it too


def test_changes_by_others_since_you_last_looked(ref_db: Database) -> None:
    seen = latest_change_id(ref_db)
    new_office(ref_db)
    with ref_db.engine.begin() as conn:  # a change recorded under another login
        conn.execute(text("UPDATE history_change SET login = 'ana' WHERE id > :seen"),
                     {"seen": seen})
    office = get_office(ref_db, "WHD-TUCSON")
    office.phone = "520-555-0177"
    save_office(ref_db, office, "WHD-TUCSON")  # my own change
    me = database_user(ref_db)
    [theirs] = changes_since(ref_db, seen, excluding=me)
    assert (theirs.login, theirs.records, theirs.count) == (
        "ana", (("office", "WHD-TUCSON", "created"),), 1)
    assert theirs.describe() == "ana changed office WHD-TUCSON"
    assert changes_since(ref_db, latest_change_id(ref_db), excluding=me) == []


def test_history_command_prints_and_writes_json(ref_db: Database, db_url: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    office = new_office(ref_db)
    office.phone = "520-555-0142"
    save_office(ref_db, office, "WHD-TUCSON")
    capsys.readouterr()
    assert main(["--db", db_url, "history", "office", "WHD-TUCSON"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("created office WHD-TUCSON")
    assert "    phone: 520-555-0100 -> 520-555-0142" in lines
    assert main(["--db", db_url, "history", "office", "WHD-TUCSON", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["action"] for d in data] == ["created", "updated"]
    assert data[1]["fields"] == [{"field": "phone", "old": "520-555-0100",
                                  "new": "520-555-0142"}]
    assert data[1]["at"].endswith("+00:00")
    assert main(["--db", db_url, "history", "office", "NOPE"]) == 0
    assert capsys.readouterr().out == "No recorded change of office NOPE.\n"


@pytest.mark.postgresql_only
def test_two_writers_who_read_the_same_version_cannot_both_commit(ref_db: Database,
                                                                  db_url: str) -> None:
    """No lost update even when both pass the version check at the same moment: the second
    UPDATE finds the row's version changed and its whole write is refused."""
    new_office(ref_db)
    other = open_database(db_url)
    first_read = threading.Event()
    second_done = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with write(ref_db) as w:
                office = w.session.get(Office, "WHD-TUCSON")
                assert office is not None
                first_read.set()
                second_done.wait(10)
                office.phone = "first"
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=first)
    thread.start()
    first_read.wait(10)
    with write(other) as w:
        office = w.session.get(Office, "WHD-TUCSON")
        assert office is not None
        office.phone = "second"
    second_done.set()
    thread.join(10)
    other.close()
    assert [type(e) for e in errors] == [WriteConflictError]
    assert get_office(ref_db, "WHD-TUCSON").phone == "second"
    with ref_db.session() as s:
        phones = [r.new for r in s.scalars(select(History).where(History.field == "phone"))]
    assert phones == ["second"]
