"""From plan to inbox (sending.py): partners' drafts and staff meeting requests as .eml files.

Every message is read back with Python's `email` parser, as a mail program reads it, and every
calendar in it with icalendar and with libical, whose iTIP check must pass.
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest
from libical_check import events as libical_events
from libical_check import itip_errors
from sqlalchemy import select

from consularapp.cli import main
from consularapp.demo import load_demo
from consularapp.errors import NotFoundError
from consularapp.events import delete_event, get_event, save_event
from consularapp.models import Assignment, Person
from consularapp.publishing import publish
from consularapp.sending import send_partners, send_staff
from consularapp.staffing import (
    AssignmentInput,
    get_assignment,
    remove_assignment,
    update_assignment,
)

TODAY = date(2026, 11, 21)
YEAR = 2027


@pytest.fixture
def demo_db(ref_db):
    load_demo(ref_db, TODAY)
    return ref_db


def read(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert not msg.defects
    return msg


def parts(msg: EmailMessage) -> dict[str, EmailMessage]:
    return {p.get_content_type(): p for p in msg.walk() if not p.is_multipart()}


def calendar_of(msg: EmailMessage, kind: str = "text/calendar") -> bytes:
    part = parts(msg)[kind]
    content = part.get_content()
    data = content.encode("utf-8") if isinstance(content, str) else content
    assert itip_errors(data) == []
    return data


def uid(event: str) -> str:
    return f"LRW{YEAR}-{event}@consularapp.lrw"


# --- partners -----------------------------------------------------------------------------------


def test_one_draft_per_consulate_to_its_liaisons_with_the_consul_in_copy(demo_db, tmp_path):
    result = send_partners(demo_db, YEAR, tmp_path, as_of=TODAY)
    drafts = {d.record_id: d for d in result.drafts}
    assert set(drafts) == {"MX-CHICAGO", "MX-PHOENIX", "MX-LOSANGELES", "MX-NEWYORK",
                           "MX-SANJUAN", "PH-HONOLULU", "GT-LOSANGELES"}
    msg = read(drafts["MX-PHOENIX"].path)
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].display_name == "Héctor Salas"  # the liaison, accents kept
    assert [a.display_name for a in msg["Cc"].addresses] == ["Patricia Mora"]  # the consul now
    assert "Fernando Ibarra" not in str(msg)  # the consul who left is not written to
    assert msg["From"].addresses[0].addr_spec == "whd-phoenix@example.gov"
    subject = msg["Subject"]
    assert subject.index("Semana de Derechos Laborales 2027") < subject.index(
        "Labor Rights Week 2027")
    body = msg.get_body(("plain",)).get_content()
    assert body.startswith("Apreciable Héctor Salas:")
    assert body.index("Apreciable") < body.index("Dear Héctor Salas:")
    assert "del lunes 30 de agosto al viernes 3 de septiembre de 2027" in body
    assert "from Monday, August 30 to Friday, September 3, 2027" in body
    assert "lunes 30 de agosto de 2027, 09:00 – 11:00 MST (America/Phoenix)" in body
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names == ["MX-PHOENIX-LRW2027.ics", "MX-PHOENIX-LRW2027-programa-schedule.pdf"]
    found = parts(msg)
    assert found["text/calendar"].get_param("method") == "PUBLISH"
    assert found["application/pdf"].get_content().startswith(b"%PDF")
    data = calendar_of(msg)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["X-WR-CALNAME"]).startswith("Semana de Derechos Laborales 2027")  # Spanish
    assert set(libical_events(data)) == {uid("PHX-HEAT"), uid("PHX-TABLING")}
    assert libical_events(data)[uid("PHX-HEAT")]["start"] == datetime(2027, 8, 30, 16, tzinfo=UTC)


def test_consulates_without_a_liaison_or_an_email_are_listed(demo_db, tmp_path) -> None:
    with demo_db.transaction() as s:
        s.get(Person, "P-ISABEL-CRUZ").email = None
    out = tmp_path / "drafts"
    result = send_partners(demo_db, YEAR, out, as_of=TODAY)
    assert "MX-DENVER" not in {d.record_id for d in result.drafts}
    denver = [p for p in result.problems if p.startswith("MX-DENVER")]
    assert len(denver) == 1 and "no draft written" in denver[0]
    assert any(p.startswith("MX-CHICAGO") and "Isabel Cruz" in p and "e-mail" in p
               for p in result.problems)
    chicago = read(next(d.path for d in result.drafts if d.record_id == "MX-CHICAGO"))
    assert [a.display_name for a in chicago["To"].addresses] == ["Reyna Castillo"]
    assert any(n.startswith("MX-CHICAGO") and "no current liaison" in n for n in result.notes)
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(d.path.name for d in result.drafts)  # nothing else left behind


def test_one_consulate_a_release_and_what_changed_since(demo_db, tmp_path) -> None:
    with pytest.raises(NotFoundError):
        send_partners(demo_db, YEAR, tmp_path, consulate_id="XX-NOWHERE")
    publish(demo_db, YEAR)
    result = send_partners(demo_db, YEAR, tmp_path, consulate_id="MX-PHOENIX",
                           release="latest", as_of=TODAY)
    (draft,) = result.drafts
    body = read(draft.path).get_body(("plain",)).get_content()
    assert "versión 1" in body and "release 1 of the schedule" in body
    event = get_event(demo_db, f"LRW{YEAR}-PHX-HEAT")
    event.starts, event.ends = event.starts + timedelta(hours=1), event.ends + timedelta(hours=1)
    save_event(demo_db, event, event.id)
    stale = send_partners(demo_db, YEAR, tmp_path / "again", consulate_id="MX-PHOENIX",
                          release=1, as_of=TODAY)
    assert stale.drafts == [] and "changed since release 1" in stale.problems[0]


def test_a_deleted_event_is_announced_and_cancelled_in_the_attached_calendar(demo_db, tmp_path):
    delete_event(demo_db, f"LRW{YEAR}-PHX-TABLING")
    result = send_partners(demo_db, YEAR, tmp_path, consulate_id="MX-PHOENIX", as_of=TODAY)
    msg = read(result.drafts[0].path)
    body = msg.get_body(("plain",)).get_content()
    assert "Retirados del programa:" in body and "Removed from the schedule:" in body
    gone = libical_events(calendar_of(msg))[uid("PHX-TABLING")]
    assert gone["status"] == "CANCELLED"


# --- staff --------------------------------------------------------------------------------------


def _drafts_of(result, person: str):
    return [d for d in result.drafts if d.record_id == person]


def test_each_assignment_is_a_meeting_request_from_the_coordinator(demo_db, tmp_path) -> None:
    result = send_staff(demo_db, YEAR, tmp_path, as_of=TODAY)
    with demo_db.session() as s:
        total = len(s.scalars(select(Assignment)).all())
    assert len(result.drafts) == total and result.problems == []
    (carlos,) = [d for d in _drafts_of(result, "P-CARLOS-RUIZ") if "PHX-HEAT" in d.path.name]
    msg = read(carlos.path)
    assert msg["X-Unsent"] == "1" and carlos.method == "REQUEST"
    assert msg["To"].addresses[0].addr_spec == "carlos.ruiz@dol.gov"
    assert msg["From"].addresses[0].display_name == "María López"  # the event's coordinator
    assert parts(msg)["text/calendar"].get_param("method") == "REQUEST"
    assert [p.get_filename() for p in msg.iter_attachments()] == ["invite.ics"]
    data = calendar_of(msg)
    ev = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(ev["ORGANIZER"]) == "mailto:maria.lopez@dol.gov"
    assert str(ev["ATTENDEE"]) == "mailto:carlos.ruiz@dol.gov"
    assert ev["ATTENDEE"].params["RSVP"] == "TRUE"
    (found,) = libical_events(data).values()
    assert found["start"] == datetime(2027, 8, 30, 16, tzinfo=UTC)  # 09:00 in Phoenix


@pytest.mark.parametrize(
    ("person", "event", "utc_start"),
    [
        ("P-LUZ-RIVERA", "SJU-WORKSHOP", datetime(2027, 8, 31, 14, tzinfo=UTC)),  # 10:00 AST
        ("P-KEONI-KAHALE", "HNL-WORKSHOP", datetime(2027, 9, 1, 23, tzinfo=UTC)),  # 13:00 HST
        ("P-ANA-TZUL", "TABLING-CHI-1", datetime(2027, 8, 30, 18, 30, tzinfo=UTC)),  # 13:30 CDT
    ],
)
def test_invitation_times_read_by_libical(demo_db, tmp_path, person, event, utc_start) -> None:
    result = send_staff(demo_db, YEAR, tmp_path, person_id=person, as_of=TODAY)
    (draft,) = [d for d in result.drafts if event in d.path.name]
    (found,) = libical_events(calendar_of(read(draft.path))).values()
    assert found["start"] == utc_start


def test_a_moved_shift_updates_in_place_and_a_removed_one_is_cancelled(demo_db, tmp_path):
    first = send_staff(demo_db, YEAR, tmp_path, person_id="P-ANA-TZUL", as_of=TODAY)
    (shift,) = [d for d in first.drafts if "TABLING-CHI-1" in d.path.name]
    before = icalendar.Calendar.from_ical(calendar_of(read(shift.path))).walk("VEVENT")[0]
    with demo_db.session() as s:
        aid = s.scalars(select(Assignment.id).where(
            Assignment.person_id == "P-ANA-TZUL",
            Assignment.event_id == f"LRW{YEAR}-TABLING-CHI-1")).one()
    data = get_assignment(demo_db, aid)
    update_assignment(demo_db, aid, AssignmentInput(
        event_id=data.event_id, person_id=data.person_id, role=data.role,
        starts=data.starts - timedelta(hours=1), ends=data.ends - timedelta(hours=1)))
    again = send_staff(demo_db, YEAR, tmp_path, person_id="P-ANA-TZUL", as_of=TODAY)
    (moved,) = [d for d in again.drafts if "TABLING-CHI-1" in d.path.name]
    assert moved.path == shift.path  # the same draft file, replaced
    after = icalendar.Calendar.from_ical(calendar_of(read(moved.path))).walk("VEVENT")[0]
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("DTSTART") == before.decoded("DTSTART") - timedelta(hours=1)
    remove_assignment(demo_db, aid)
    last = send_staff(demo_db, YEAR, tmp_path, person_id="P-ANA-TZUL", as_of=TODAY)
    (cancel,) = [d for d in last.drafts if "TABLING-CHI-1" in d.path.name]
    assert cancel.method == "CANCEL" and cancel.subject.startswith("Cancelled: ")
    msg = read(cancel.path)
    assert parts(msg)["text/calendar"].get_param("method") == "CANCEL"
    ev = icalendar.Calendar.from_ical(calendar_of(msg)).walk("VEVENT")[0]
    assert ev["STATUS"] == "CANCELLED" and ev["UID"] == before["UID"]
    assert int(ev["SEQUENCE"]) > int(after["SEQUENCE"])


def test_a_person_without_email_is_listed(demo_db, tmp_path) -> None:
    with demo_db.transaction() as s:
        s.get(Person, "P-LUZ-RIVERA").email = None
    result = send_staff(demo_db, YEAR, tmp_path, as_of=TODAY)
    assert not _drafts_of(result, "P-LUZ-RIVERA")
    (problem,) = result.problems
    assert "Luz Rivera" in problem and "e-mail" in problem
    with pytest.raises(NotFoundError):
        send_staff(demo_db, YEAR, tmp_path, person_id="P-NOBODY")


# --- command line -------------------------------------------------------------------------------


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_send(db_url: str, tmp_path, capsys) -> None:
    assert run(["--db", db_url, "demo", "--as-of", TODAY.isoformat()], capsys)[0] == 0
    code, out, err = run(["--db", db_url, "send", "partners", "--year", "2027", "--as-of",
                          "2026-11-21", "--out", str(tmp_path / "p")], capsys)
    assert code == 0 and "7 drafts" in out
    assert "not written: MX-DENVER" in err
    code, out, _ = run(["--db", db_url, "send", "staff", "--year", "2027", "--person",
                        "P-ANA-TZUL", "--out", str(tmp_path / "s")], capsys)
    assert code == 0 and "2 invitations" in out
    assert len(list((tmp_path / "s").glob("*.eml"))) == 2
    assert run(["--db", db_url, "send", "staff", "--year", "2027", "--consulate", "MX-CHICAGO",
                "--out", str(tmp_path)], capsys)[0] == 2
    assert run(["--db", db_url, "send", "partners", "--year", "2027", "--person", "P-ANA-TZUL",
                "--out", str(tmp_path)], capsys)[0] == 2
    code, _, err = run(["--db", db_url, "send", "partners", "--year", "1999", "--out",
                        str(tmp_path)], capsys)
    assert code == 1 and "1999" in err
