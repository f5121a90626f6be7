"""A consulate's people: who is in post, and replacing its liaison in one step (history kept)."""

from __future__ import annotations

from datetime import date

import pytest

from consularapp.db import Database
from consularapp.directory import (
    LiaisonChange,
    MembershipInput,
    PersonInput,
    consulate_people,
    get_person,
    replace_liaison,
    save_person,
    suggest_person_id,
)
from consularapp.errors import InputError

AS_OF = date(2026, 11, 21)


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(AS_OF)


def _at(db: Database, person_id: str, consulate_id: str) -> list[MembershipInput]:
    return [m for m in get_person(db, person_id).memberships
            if m.organization_id == consulate_id]


def test_the_consul_comes_first_then_the_liaisons(demo_db: Database) -> None:
    people = consulate_people(demo_db, "MX-CHICAGO", AS_OF)
    assert [(p.name, p.title, p.is_head) for p in people] == [
        ("Reyna Castillo", "Consul General", True),
        ("Isabel Cruz", "Consul for Protection", False),
    ]
    assert people[1].email == "isabel.cruz@example.org"
    # A protection consul alone is a liaison, not the head of the post.
    assert [p.is_head for p in consulate_people(demo_db, "MX-HOUSTON", AS_OF)] == [False]
    assert consulate_people(demo_db, "MX-DENVER", AS_OF) == []  # everyone has left


def test_replacing_with_a_new_person_ends_one_post_and_starts_another(demo_db: Database) -> None:
    change = replace_liaison(demo_db, LiaisonChange(
        consulate_id="MX-CHICAGO", leaving_id="P-ISABEL-CRUZ", last_day=date(2026, 12, 31),
        person_id="P-NEW-LIAISON", name="Nueva Persona", email="nueva@example.org"))
    assert change.created == {"person": {"P-NEW-LIAISON"}}
    assert change.updated == {"person": {"P-ISABEL-CRUZ"}}
    assert [m.active_to for m in _at(demo_db, "P-ISABEL-CRUZ", "MX-CHICAGO")] == \
        [date(2026, 12, 31)]
    assert _at(demo_db, "P-NEW-LIAISON", "MX-CHICAGO") == [
        MembershipInput("MX-CHICAGO", "Consul for Protection", date(2027, 1, 1), None)]
    # Her earlier post at Houston is still on record: history is kept.
    assert [m.organization_id for m in get_person(demo_db, "P-ISABEL-CRUZ").memberships] == \
        ["MX-HOUSTON", "MX-CHICAGO"]


def test_an_existing_person_in_post_elsewhere_needs_that_post_ended(demo_db: Database) -> None:
    change = LiaisonChange(consulate_id="MX-CHICAGO", leaving_id="P-ISABEL-CRUZ",
                           last_day=date(2026, 12, 31), person_id="P-JOSE-RAMOS",
                           title="Liaison")
    with pytest.raises(InputError) as refused:
        replace_liaison(demo_db, change)
    assert [p.code for p in refused.value.problems] == ["liaison.in_post_elsewhere"]
    assert refused.value.problems[0].where == "Their current post"
    replace_liaison(demo_db, LiaisonChange(**{**change.__dict__, "end_current": True}))
    houston = _at(demo_db, "P-JOSE-RAMOS", "MX-HOUSTON")
    assert houston[-1].active_to == date(2026, 12, 31)
    assert _at(demo_db, "P-JOSE-RAMOS", "MX-CHICAGO") == [
        MembershipInput("MX-CHICAGO", "Liaison", date(2027, 1, 1), None)]


def test_an_empty_post_is_filled_without_anyone_leaving(demo_db: Database) -> None:
    replace_liaison(demo_db, LiaisonChange(
        consulate_id="MX-DENVER", person_id="P-NEW-DENVER", name="Dana Denver",
        first_day=date(2026, 12, 1)))
    assert [(p.name, p.title) for p in consulate_people(demo_db, "MX-DENVER",
                                                        date(2026, 12, 1))] == \
        [("Dana Denver", "Liaison")]


def test_refusals_say_what_to_fix(demo_db: Database) -> None:
    with pytest.raises(InputError) as refused:
        replace_liaison(demo_db, LiaisonChange(consulate_id="MX-CHICAGO",
                                               leaving_id="P-TOM-BECKER", last_day=AS_OF))
    assert [p.code for p in refused.value.problems] == ["liaison.not_in_post",
                                                        "liaison.person_required"]
    with pytest.raises(InputError) as refused:
        replace_liaison(demo_db, LiaisonChange(consulate_id="MX-CHICAGO",
                                               leaving_id="P-ISABEL-CRUZ",
                                               person_id="P-ISABEL-CRUZ"))
    assert [p.code for p in refused.value.problems] == ["liaison.last_day_required",
                                                        "liaison.same_person"]
    with pytest.raises(InputError) as refused:
        replace_liaison(demo_db, LiaisonChange(consulate_id="MX-CHICAGO",
                                               person_id="P-REYNA-CASTILLO"))
    assert [p.code for p in refused.value.problems] == ["liaison.already_in_post"]


def test_a_new_person_is_checked_like_any_other(demo_db: Database) -> None:
    with pytest.raises(InputError) as refused:
        replace_liaison(demo_db, LiaisonChange(consulate_id="MX-DENVER", person_id="P-X",
                                               name="", email="not an address"))
    assert [(p.code, p.where) for p in refused.value.problems] == [
        ("field.required", "Name"), ("email.invalid", "Email")]


def test_new_person_ids_follow_the_existing_style(ref_db: Database) -> None:
    assert suggest_person_id("Ana Pérez", set()) == "P-ANA-PEREZ"
    assert suggest_person_id("Ana Pérez", {"P-ANA-PEREZ"}) == "P-ANA-PEREZ-2"
    save_person(ref_db, PersonInput(id=suggest_person_id("Íñigo Zubiri", set()), name="Íñigo"))
    assert get_person(ref_db, "P-INIGO-ZUBIRI").name == "Íñigo"
