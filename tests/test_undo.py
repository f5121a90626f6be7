"""Undo and redo in the core: each step goes back through the services, whole or not at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from consularapp import undo
from consularapp.agreements import get_agreement, renew, save_agreement
from consularapp.campaigns import copy_last_year, list_campaigns
from consularapp.changes import AGREEMENT, CAMPAIGN, EVENT, OFFICE, PERSON
from consularapp.db import Database
from consularapp.directory import (
    MembershipInput,
    PersonInput,
    delete_person,
    get_office,
    get_person,
    list_offices,
    save_office,
    save_person,
)
from consularapp.errors import NotFoundError
from consularapp.events import delete_event, get_event, list_events, save_event
from consularapp.staffing import list_assignments, remove_assignment

TODAY = date(2027, 3, 1)
YEAR = 2027


def step_of(db: Database, label: str, keys: list[undo.Key], action) -> undo.Step:
    """Do `action` as the window's operations do: state before, the call, state after."""
    before = undo.capture(db, keys)
    change = action()
    keys = set(keys) | undo.keys_of(db, change)
    created = {(t, i) for t, ids in change.created.items() for i in ids}
    before.update({k: None for k in keys - set(before) if k in created})
    return undo.Step(label, before, undo.capture(db, before))


@pytest.fixture
def demo(demo_db_at) -> Database:
    return demo_db_at(TODAY)


def test_an_edit_is_undone_and_redone(ref_db: Database) -> None:
    data = get_office(ref_db, "WHD-CHICAGO")
    step = step_of(ref_db, "Edit office", [(OFFICE, "WHD-CHICAGO")], lambda: save_office(
        ref_db, type(data)(**{**data.__dict__, "phone": "312-555-0100"}), "WHD-CHICAGO"))
    assert get_office(ref_db, "WHD-CHICAGO").phone == "312-555-0100"
    change = undo.undo(ref_db, step)
    assert change.updated == {"office": {"WHD-CHICAGO"}}
    assert get_office(ref_db, "WHD-CHICAGO").phone == data.phone
    undo.redo(ref_db, step)
    assert get_office(ref_db, "WHD-CHICAGO").phone == "312-555-0100"


def test_an_id_edit_is_undone_by_renaming_back(ref_db: Database) -> None:
    """An office renamed while people refer to it comes back under its old ID, references too."""
    save_person(ref_db, PersonInput(id="P-ANA", name="Ana", memberships=[
        MembershipInput("WHD-CHICAGO", "CORPS", date(2020, 1, 1))]))
    data = get_office(ref_db, "WHD-CHICAGO")
    renamed = type(data)(**{**data.__dict__, "id": "WHD-CHI"})
    step = step_of(ref_db, "Rename", [(OFFICE, "WHD-CHICAGO"), (OFFICE, "WHD-CHI")],
                   lambda: save_office(ref_db, renamed, "WHD-CHICAGO"))
    assert get_person(ref_db, "P-ANA").memberships[0].organization_id == "WHD-CHI"
    undo.undo(ref_db, step)
    assert get_person(ref_db, "P-ANA").memberships[0].organization_id == "WHD-CHICAGO"
    assert "WHD-CHI" not in {o.id for o in list_offices(ref_db)}


def test_a_deleted_person_comes_back_with_their_memberships(ref_db: Database) -> None:
    person = PersonInput(id="P-ANA", name="Ana Pérez", languages=["Spanish"], memberships=[
        MembershipInput("MX-CHICAGO", "Consul", date(2019, 3, 1), date(2023, 6, 30)),
        MembershipInput("MX-HOUSTON", "Deputy Consul", date(2023, 7, 1))])
    save_person(ref_db, person)
    step = step_of(ref_db, "Delete", [(PERSON, "P-ANA")], lambda: delete_person(ref_db, "P-ANA"))
    with pytest.raises(NotFoundError):
        get_person(ref_db, "P-ANA")
    undo.undo(ref_db, step)
    assert get_person(ref_db, "P-ANA") == replace(person, version=1)  # a new record again


def test_a_deleted_event_comes_back_with_its_staff_under_their_ids(demo: Database) -> None:
    event_id = next(e.id for e in list_events(demo, YEAR)
                    if len(list_assignments(demo, event_id=e.id)) >= 2)
    staff = {(a.id, a.person_id, a.when) for a in list_assignments(demo, event_id=event_id)}
    sequence = get_event(demo, event_id).sequence
    step = step_of(demo, "Delete event", [(EVENT, event_id)],
                   lambda: delete_event(demo, event_id))
    undo.undo(demo, step)
    assert {(a.id, a.person_id, a.when) for a in list_assignments(demo, event_id=event_id)} == (
        staff)
    assert get_event(demo, event_id).sequence >= sequence  # never older than what was sent
    undo.redo(demo, step)
    with pytest.raises(NotFoundError):
        get_event(demo, event_id)


def test_a_removed_assignment_is_undone_through_its_event(demo: Database) -> None:
    row = list_assignments(demo, year=YEAR)[0]
    step = step_of(demo, "Remove", [(EVENT, row.event_id)],
                   lambda: remove_assignment(demo, row.id))
    undo.undo(demo, step)
    assert row.id in {a.id for a in list_assignments(demo, event_id=row.event_id)}


def test_an_event_move_undone_moves_its_shifts_back(demo: Database) -> None:
    from dataclasses import replace
    from datetime import timedelta

    event = next(e for e in list_events(demo, YEAR) if not e.cancelled)
    data = get_event(demo, event.id)
    shifts = {a.id: a.when for a in list_assignments(demo, event_id=event.id)}
    later = replace(data, starts=data.starts + timedelta(hours=1),
                    ends=data.ends + timedelta(hours=1))
    step = step_of(demo, "Move", [(EVENT, event.id)], lambda: save_event(demo, later, event.id))
    undo.undo(demo, step)
    assert get_event(demo, event.id).starts == data.starts
    assert {a.id: a.when for a in list_assignments(demo, event_id=event.id)} == shifts


def test_a_renewal_is_undone(demo: Database) -> None:
    old = next(a for a in ("WHD-LA-MX-2021", "WHD-CHI-MX-2023")
               if get_agreement(demo, a))
    created: list[str] = []

    def do_renew():
        change, new_id = renew(demo, old, today=TODAY)
        created.append(new_id)
        return change

    step = step_of(demo, "Renew", [(AGREEMENT, old)], do_renew)
    undo.undo(demo, step)
    with pytest.raises(NotFoundError):
        get_agreement(demo, created[0])
    undo.redo(demo, step)
    assert get_agreement(demo, created[0]).renews_id == old


def test_copying_a_year_is_undone_whole(demo: Database) -> None:
    target = YEAR + 1
    step = step_of(demo, "Copy", [(CAMPAIGN, str(target))],
                   lambda: copy_last_year(demo, target, with_assignments=True).change)
    assert list_events(demo, target)
    undo.undo(demo, step)
    assert not list_events(demo, target)
    assert target not in {c.year for c in list_campaigns(demo)}


def test_an_undo_is_refused_when_the_record_changed_since(ref_db: Database) -> None:
    data = get_office(ref_db, "WHD-CHICAGO")
    step = step_of(ref_db, "Edit office", [(OFFICE, "WHD-CHICAGO")], lambda: save_office(
        ref_db, type(data)(**{**data.__dict__, "phone": "312-555-0100"}), "WHD-CHICAGO"))
    # Someone else (another window, an import) changes it meanwhile.
    theirs = get_office(ref_db, "WHD-CHICAGO")
    save_office(ref_db, type(theirs)(**{**theirs.__dict__, "phone": "312-555-0199"}),
                "WHD-CHICAGO")
    with pytest.raises(undo.UndoRefused, match="office WHD-CHICAGO changed since"):
        undo.undo(ref_db, step)
    assert get_office(ref_db, "WHD-CHICAGO").phone == "312-555-0199"  # their work stays


def test_a_restore_is_one_write(ref_db: Database) -> None:
    """A state that cannot be reached whole is not reached in part."""
    from consularapp.agreements import AgreementInput
    from consularapp.errors import InputError

    save_agreement(ref_db, AgreementInput(id="A-1", office_ids=["WHD-CHICAGO"],
                                          consulate_ids=["MX-CHICAGO"]))
    target = {
        (OFFICE, "WHD-NEW"): type(get_office(ref_db, "WHD-CHICAGO"))(
            id="WHD-NEW", agency_code="WHD", name="New", city="Joliet", state="IL",
            time_zone="America/Chicago"),
        (AGREEMENT, "A-1"): AgreementInput(id="A-1", office_ids=["NO-SUCH-OFFICE"],
                                           consulate_ids=["MX-CHICAGO"]),
    }
    with pytest.raises(InputError):
        undo.restore(ref_db, target)
    assert "WHD-NEW" not in {o.id for o in list_offices(ref_db)}
