"""The demonstration data is kept apart from the user's records.

`consularapp demo` fills its own database (never the user's), refuses a database that holds the
user's records unless asked with --force, and loading it again keeps what the user edited and
does not bring back what they deleted, as the reference directory does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from consularapp import demo
from consularapp.cli import main
from consularapp.db import Database
from consularapp.directory import (
    MembershipInput,
    PersonInput,
    delete_person,
    get_person,
    list_people,
    save_person,
)
from consularapp.events import get_event, save_event
from consularapp.staffing import AssignmentInput, assign, list_assignments, remove_assignment

AS_OF = date(2026, 11, 21)
YEAR = 2027


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _liaison(db: Database, person_id: str) -> MembershipInput:
    memberships = get_person(db, person_id).memberships
    return max(memberships, key=lambda m: m.active_from or date.min)


def test_an_ended_membership_stays_ended_after_loading_again(ref_db: Database) -> None:
    """The field trial: a liaison whose membership the user ended was 'current' again."""
    demo.load_demo(ref_db, AS_OF)
    person = get_person(ref_db, "P-ALMA-REYES")
    last = _liaison(ref_db, "P-ALMA-REYES")
    assert last.active_to is None
    ended = [replace(m, active_to=AS_OF) if m == last else m for m in person.memberships]
    save_person(ref_db, replace(person, memberships=ended), person.id)
    result = demo.load_demo(ref_db, AS_OF + timedelta(days=3))
    assert _liaison(ref_db, "P-ALMA-REYES").active_to == AS_OF
    assert result.kept == {"person": 1}
    assert "1 record you changed was kept as it is" in result.summary()


def test_an_assignment_the_user_added_survives_loading_again(ref_db: Database) -> None:
    """The field trial: an assignment the user added to a demo event was deleted."""
    demo.load_demo(ref_db, AS_OF)
    event_id = f"LRW{YEAR}-PHX-HEAT"
    assign(ref_db, AssignmentInput(event_id=event_id, person_id="P-SUSAN-PARK",
                                   role="interpreter"))
    demo.load_demo(ref_db, AS_OF)
    on_event = {(a.person_id, a.role) for a in list_assignments(ref_db, event_id=event_id)}
    assert ("P-SUSAN-PARK", "interpreter") in on_event


def test_what_the_user_deleted_is_not_brought_back(ref_db: Database) -> None:
    demo.load_demo(ref_db, AS_OF)
    for a in list_assignments(ref_db, event_id=f"LRW{YEAR}-NY-PRESS"):
        remove_assignment(ref_db, a.id)
    delete_person(ref_db, "P-OMAR-FARAH")
    result = demo.load_demo(ref_db, AS_OF)
    assert "P-OMAR-FARAH" not in {p.id for p in list_people(ref_db)}
    assert list_assignments(ref_db, event_id=f"LRW{YEAR}-NY-PRESS") == []
    # Linda's assignment, and Omar himself (his assignment went with him).
    assert result.not_restored == {"person": 1, "assignment": 1}
    assert "2 records you deleted were not brought back" in result.summary()


def test_an_edited_event_keeps_its_edit_and_untouched_ones_move_with_the_day(
        ref_db: Database) -> None:
    demo.load_demo(ref_db, AS_OF)
    edited = get_event(ref_db, f"LRW{YEAR}-PHX-HEAT")
    save_event(ref_db, replace(edited, title="Heat workshop (moved indoors)"), edited.id)
    before = get_event(ref_db, f"LRW{YEAR}-TUCSON-RADIO")
    demo.load_demo(ref_db, AS_OF)  # the same day: untouched records stay the same
    assert get_event(ref_db, f"LRW{YEAR}-PHX-HEAT").title == "Heat workshop (moved indoors)"
    assert get_event(ref_db, f"LRW{YEAR}-TUCSON-RADIO") == before


def test_a_database_with_the_users_records_is_refused_unless_forced(ref_db: Database) -> None:
    save_person(ref_db, PersonInput(id="P-MINE", name="Someone Real",
                                    memberships=[MembershipInput("MX-CHICAGO", "Liaison")]))
    with pytest.raises(demo.DemoRefusedError, match=r"records of your own \(1 person\)"):
        demo.load_demo(ref_db, AS_OF)
    assert not demo.is_demonstration(ref_db)
    demo.load_demo(ref_db, AS_OF, force=True)
    assert demo.is_demonstration(ref_db)
    assert get_person(ref_db, "P-MINE").name == "Someone Real"


def test_a_reference_only_database_takes_the_demo_and_then_reloads(ref_db: Database) -> None:
    assert demo.user_records(ref_db) == {}
    demo.load_demo(ref_db, AS_OF)
    assert demo.user_records(ref_db) == {}  # everything is the demonstration's
    save_person(ref_db, PersonInput(id="P-MINE", name="Playing with the demo"))
    demo.load_demo(ref_db, AS_OF)  # a demonstration database: loading again is fine


def test_the_demo_command_fills_its_own_database_not_the_users(capsys) -> None:
    from consularapp.db import open_database
    from consularapp.paths import default_db_path, demo_database_url, demo_db_path

    code, out, _ = run(["demo", "--as-of", AS_OF.isoformat()], capsys)
    assert code == 0
    assert demo_db_path().exists() and not default_db_path().exists()
    assert str(demo_db_path()) in out and "consularapp --demo" in out
    db = open_database(demo_database_url())
    try:
        assert demo.is_demonstration(db)
    finally:
        db.close()
    code, out, _ = run(["--demo", "agreements", "--as-of", AS_OF.isoformat()], capsys)
    assert code == 0 and "WHD-CHI-MX-2023" in out


def test_the_demo_command_refuses_a_users_database(db_url: str, capsys) -> None:
    assert run(["--db", db_url, "init"], capsys)[0] == 0
    db_path_records = PersonInput(id="P-MINE", name="Someone Real")
    from consularapp.db import open_database

    db = open_database(db_url)
    try:
        save_person(db, db_path_records)
    finally:
        db.close()
    code, _, err = run(["--db", db_url, "demo"], capsys)
    assert code == 1 and "records of your own (1 person)" in err and "--force" in err
    code, out, _ = run(["--db", db_url, "demo", "--force", "--as-of", AS_OF.isoformat()],
                       capsys)
    assert code == 0 and "Demonstration data loaded" in out


def test_demo_and_db_together_are_wrong_usage(db_url: str, capsys) -> None:
    code, _, err = run(["--demo", "--db", db_url, "agreements"], capsys)
    assert code == 2 and "two databases" in err


def test_a_machine_policy_may_forbid_the_demo(machine_policy, ref_db: Database) -> None:
    """consularapp.policy decides; the demo asks it before writing, whoever calls it."""
    from consularapp.policy import PolicyError

    machine_policy("AllowDemoData = 0")
    with pytest.raises(PolicyError, match="turned off on this computer"):
        demo.load_demo(ref_db, AS_OF)
    assert not demo.is_demonstration(ref_db)


def test_the_demo_database_stays_apart_from_a_team_database(machine_policy, tmp_path, capsys
                                                            ) -> None:
    """A policy that fixes the team database fixes where the user's work goes; the
    demonstration's own database is not their work, so `--demo` still reaches it."""
    team = tmp_path / "team.sqlite3"
    machine_policy(f"DatabaseUrl = sqlite:///{team}\nAllowDemoData = 1")
    code, out, _ = run(["demo", "--as-of", AS_OF.isoformat()], capsys)
    assert code == 0 and "consularapp-demo.sqlite3" in out
    assert not team.exists()  # nothing went into the team database
    code, out, _ = run(["--demo", "agreements", "--as-of", AS_OF.isoformat()], capsys)
    assert code == 0 and "WHD-CHI-MX-2023" in out
