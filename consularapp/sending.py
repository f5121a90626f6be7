"""From plan to inbox: e-mail drafts for partners and meeting requests for staff, as .eml files.

Nothing is sent from here (the app runs no mail server and holds no password): each message is
written as an .eml file marked `X-Unsent: 1`, which Outlook opens as a draft ready to send, and
which Thunderbird and Apple Mail open as a message to forward or edit.

* **Partners** (`send_partners`): one draft per consulate hosting events in the campaign (or a
  release of it), To its current liaisons, Cc its head of post (consul general, consul), subject
  and body in Spanish then English, with the consulate's calendar (Spanish, calendars.py) and its
  bilingual schedule (the liaison packet's PDF) attached. A consulate without a current liaison
  is addressed to its consul and listed; one where nobody current has an e-mail gets no draft and
  is listed, never skipped silently.
* **Staff** (`send_staff`): one meeting request per assignment (METHOD:REQUEST, ORGANIZER the
  event's coordinator, ATTENDEE the person), drafted for the person; Outlook adds it to their
  calendar and updates it in place when a shift moves (stable UID, SEQUENCE up). A removed
  assignment, or one on a cancelled event, is a METHOD:CANCEL. File names are stable per
  assignment, so a second run replaces the first run's drafts.

Every message is parsed back by Python's `email` package and its calendars by libical in the
tests. Files are written aside and moved into place.
"""

from __future__ import annotations

import email.policy
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlalchemy import select

from consularapp import __version__, calendars, l10n
from consularapp.calendars import Directory, Organizer, Schedule
from consularapp.db import Database
from consularapp.errors import CancelledError, InputError, NotFoundError, Problem
from consularapp.files import replace_with_bytes
from consularapp.i18n import _, ngettext
from consularapp.models import EventStatus, Membership, Person
from consularapp.snapshots import ReleaseRef, Snapshot, snapshots_in
from consularapp.timeutil import now_utc

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

# Titles of a consulate's head of post, who is copied rather than addressed (compared folded).
HEAD_OF_POST = frozenset({
    "consul general", "consul", "consul general (acting)", "acting consul general",
    "head of post", "cónsul general", "cónsul", "cónsul titular", "cónsul general encargado",
    "consul general ad interim", "cónsul general alterna", "ambassador", "embajador",
})
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Draft:
    """One message written: to whom, about what, with which attachments."""

    path: Path
    record_id: str  # the consulate's or the person's ID
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    attachments: tuple[str, ...]
    method: str | None = None  # REQUEST or CANCEL for staff invitations


@dataclass
class SendResult:
    """The drafts written, and who got none or an incomplete one, with why (one line each)."""

    folder: Path
    drafts: list[Draft] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # got no draft (or lost part of one): why
    notes: list[str] = field(default_factory=list)  # a draft written differently: why
    warnings: list[str] = field(default_factory=list)  # entries left out for bad data

    @property
    def first(self) -> Path | None:
        return self.drafts[0].path if self.drafts else None


@dataclass(frozen=True)
class Contact:
    person_id: str
    name: str
    title: str
    email: str | None

    @property
    def head_of_post(self) -> bool:
        return self.title.strip().casefold() in HEAD_OF_POST

    def address(self) -> Address:
        return _address(self.name, self.email or "")


def _address(name: str, email_address: str) -> Address:
    user, _sep, domain = email_address.strip().rpartition("@")
    if not user or not domain:
        raise ValueError(_("{address!r} is not an e-mail address").format(address=email_address))
    return Address(display_name=name, username=user, domain=domain)


def _day_es(day: date) -> str:
    return l10n.long_date(day, "es")


def _day_en(day: date) -> str:
    return l10n.long_date(day, "en")


def _range_es(starts: date, ends: date) -> str:
    """'del lunes 30 de agosto al viernes 3 de septiembre de 2027'."""
    return l10n.date_range(starts, ends, "es")


def _range_en(starts: date, ends: date) -> str:
    """'from Monday, August 30 to Friday, September 3, 2027'."""
    return l10n.date_range(starts, ends, "en")


def _message(sender: Organizer | None, subject: str) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    if sender is not None:
        msg["From"] = _address(sender.name, sender.email)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now_utc())
    msg["Message-ID"] = make_msgid(domain="consularapp.invalid")
    msg["X-Unsent"] = "1"  # Outlook opens the file as a draft, ready to send
    msg["X-Mailer"] = f"ConsularApp {__version__}"
    return msg


def _write(folder: Path, name: str, msg: EmailMessage) -> Path:
    return replace_with_bytes(folder / name, msg.as_bytes())


def _safe(text: str) -> str:
    return _SAFE.sub("_", text).strip("._") or "x"


# --- partners -----------------------------------------------------------------------------------


def _consulate_contacts(db: Database, consulate_ids: Iterable[str], day: date
                        ) -> dict[str, list[Contact]]:
    """People with a membership in force on `day` at each consulate; one query."""
    wanted = sorted(set(consulate_ids))
    found: dict[str, list[Contact]] = defaultdict(list)
    if not wanted:
        return found
    with db.session() as s:
        for r in s.execute(
            select(Membership.consulate_id, Membership.title, Membership.active_from,
                   Membership.active_to, Person.id, Person.name, Person.email)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.consulate_id.in_(wanted))
            .order_by(Person.name, Person.id)
        ):
            if (r.active_from is None or r.active_from <= day) and (
                r.active_to is None or day <= r.active_to
            ):
                found[r.consulate_id].append(
                    Contact(r.id, r.name, r.title or "", (r.email or "").strip() or None))
    return found


def _partner_body(
    schedule: Schedule,
    cid: str,
    hosted: list[Snapshot],
    gone: list[Snapshot],
    addressees: list[Contact],
    sender: Organizer | None,
    attachments: tuple[str, str],
    campaign: tuple[date, date],
) -> str:
    d = schedule.directory
    consulate = d.consulates[cid]
    year = schedule.year
    several = len(addressees) != 1
    name = addressees[0].name if addressees and not several else ""
    starts, ends = campaign
    ics, pdf = attachments
    es = [
        "Apreciables colegas:" if several else f"Apreciable {name}:",
        "",
        f"Con motivo de la Semana de Derechos Laborales {year}, que se llevará a cabo "
        f"{_range_es(starts, ends)}, nos es grato "
        f"{'compartirles' if several else 'compartirle'} el programa de las actividades "
        f"previstas con el {consulate.name('es')}.",
    ]
    en = [
        "Dear colleagues:" if several else f"Dear {name}:",
        "",
        f"For Labor Rights Week {year}, {_range_en(starts, ends)}, please find the schedule"
        f" of the activities planned with the {consulate.name('en')}.",
    ]
    if schedule.release is not None:
        number, published = schedule.release
        es.append(f"Este programa corresponde a la versión {number}, publicada el "
                  f"{_day_es(published.date())}.")
        en.append(f"This is release {number} of the schedule, published on "
                  f"{_day_en(published.date())}.")
    for lines, language in ((es, "es"), (en, "en")):
        lines += ["", "Eventos:" if language == "es" else "Events:"]
        if not hosted:
            lines.append("- (ninguno por ahora)" if language == "es" else "- (none for now)")
        for snap in hosted:
            cancelled = snap["status"] == EventStatus.CANCELLED.value
            mark = ("CANCELADO — " if language == "es" else "CANCELLED — ") if cancelled else ""
            lines.append(f"- {mark}{calendars.span_text(snap, language)}: "
                         f"{calendars.entry_title(snap, language)}")
        if gone:
            lines += ["", "Retirados del programa:" if language == "es"
                      else "Removed from the schedule:"]
            lines += [f"- {calendars.span_text(snap, language)}: "
                      f"{calendars.entry_title(snap, language)}" for snap in gone]
    es += [
        "",
        "Adjuntamos:",
        f"- {ics}: el calendario de los eventos, que puede importarse en Outlook, Google "
        f"Calendar o Thunderbird. Si el programa cambia, {'les' if several else 'le'} "
        "enviaremos un nuevo archivo que actualiza los eventos ya importados.",
        f"- {pdf}: el programa bilingüe (español e inglés).",
        "",
        "Las horas corresponden a la hora local de cada sede.",
        "",
        "Quedamos a sus órdenes para cualquier duda o comentario.",
        "",
        "Atentamente,",
    ]
    en += [
        "",
        "Attached:",
        f"- {ics}: the calendar of the events, for Outlook, Google Calendar or Thunderbird. If "
        "the schedule changes, we will send a new file that updates the events already "
        "imported.",
        f"- {pdf}: the bilingual schedule (Spanish and English).",
        "",
        "Times are local at each venue.",
        "",
        "Please do not hesitate to contact us with any questions.",
        "",
        "Sincerely,",
    ]
    signature = [sender.name, sender.email] if sender is not None else []
    return "\n".join([*es, *signature, "", "— English —", "", *en, *signature]) + "\n"


def send_partners(
    db: Database,
    year: int,
    out: str | Path,
    *,
    consulate_id: str | None = None,
    release: ReleaseRef | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SendResult:
    """One .eml draft per consulate hosting events in Labor Rights Week `year` (or only
    `consulate_id`), from the current schedule or a published `release`.

    NotFoundError for an unknown year, release or consulate. With a release, a consulate whose
    events changed since is listed without a draft: its schedule PDF shows the current data.
    """
    from consularapp.models import Campaign
    from consularapp.publishing import compare
    from consularapp.reports.packet import write_packet

    report: Progress = progress or (lambda done, total, message: None)
    stop: Cancelled = cancelled or (lambda: False)
    day = as_of or date.today()
    folder = Path(out)
    with db.session() as s:
        schedule = calendars.load_schedule(s, year, release, today=day)
        campaign = s.get(Campaign, year)
        assert campaign is not None  # load_schedule refused an unknown year
        weeks = (campaign.starts_on, campaign.ends_on)
        current = snapshots_in(s, year) if release is not None else None
    d = schedule.directory
    if consulate_id is not None and consulate_id not in d.consulates:
        raise NotFoundError(_("consulate"), consulate_id)
    hosted: dict[str, list[Snapshot]] = defaultdict(list)
    for snap in schedule.snapshots:
        if snap.get("host_consulate_id"):
            hosted[snap["host_consulate_id"]].append(snap)
    gone: dict[str, list[Snapshot]] = defaultdict(list)  # withdrawn from a consulate's calendar
    for w in schedule.withdrawn:
        for scope in w.scopes if w.kind == "event" else ():
            kind, _sep, cid = scope.partition(":")
            if kind == "consulate" and all(e["id"] != w.event_id for e in hosted.get(cid, [])):
                gone[cid].append(w.snapshot)
    targets = [consulate_id] if consulate_id else sorted(set(hosted) | set(gone))
    result = SendResult(folder)
    if not targets:
        raise InputError(Problem("", _("no consulate hosts events in Labor Rights Week {year}")
                                 .format(year=year)), _("No drafts were written"))
    contacts = _consulate_contacts(db, targets, day)
    work = Path(tempfile.mkdtemp(prefix="consularapp-send-"))
    try:
        for n, cid in enumerate(targets):
            if stop():
                raise CancelledError(_("Sending cancelled; drafts already written are kept"))
            report(n, len(targets), _("Writing the draft for {id}").format(id=cid))
            consulate_name = d.consulates[cid].name("en") if cid in d.consulates else cid
            people = contacts.get(cid, [])
            current_people = [c for c in people if c.email]
            for c in people:
                if not c.email:
                    result.problems.append(
                        _("{consulate}: {name} ({title}) has no e-mail address").format(
                            consulate=cid, name=c.name, title=c.title or _("no title")))
            liaisons = [c for c in current_people if not c.head_of_post]
            heads = [c for c in current_people if c.head_of_post]
            if not current_people:
                why = (_("no current contact has an e-mail address") if people
                       else _("no current liaison or consul on record"))
                result.problems.append(_("{consulate} ({name}): {why}; no draft written").format(
                    consulate=cid, name=consulate_name, why=why))
                continue
            if not liaisons:
                result.notes.append(
                    _("{consulate} ({name}): no current liaison; the draft is addressed to "
                      "{who}").format(consulate=cid, name=consulate_name,
                                      who=", ".join(c.name for c in heads)))
                liaisons, heads = heads, []
            events = sorted(hosted.get(cid, []), key=lambda e: (e["starts_at"], e["id"]))
            if current is not None:
                now = [e for e in current if e.get("host_consulate_id") == cid]
                if compare(events, now):
                    number = schedule.release[0] if schedule.release else release
                    result.problems.append(
                        _("{consulate}: its events changed since release {number}; publish "
                          "again, or send the current schedule; no draft written").format(
                              consulate=cid, number=number))
                    continue
            stem = f"{cid}-LRW{year}"
            warnings: list[str] = []
            ics = calendars.build_calendar(
                schedule.snapshots, d, year=year, consulate_id=cid, language="es",
                release=schedule.release, withdrawn=schedule.withdrawn, warnings=warnings)
            result.warnings += warnings
            packet = work / cid
            paths = write_packet(db, year, packet, consulate_id=cid, as_of=day)
            pdf_path = next(p for p in paths if p.name.endswith("-programa-schedule.pdf"))
            pdf_file = packet / cid / pdf_path.name
            names = (f"{stem}.ics", pdf_path.name)
            sender = calendars.event_organizer(events[0], d) if events else None
            if sender is None and d.organizer_email:
                sender = Organizer(d.organizer_email, d.organizer_email)
            subject = (f"Semana de Derechos Laborales {year}: programa de eventos | "
                       f"Labor Rights Week {year}: schedule of events")
            msg = _message(sender, subject)
            msg["To"] = [c.address() for c in liaisons]
            if heads:
                msg["Cc"] = [c.address() for c in heads]
            msg.set_content(_partner_body(schedule, cid, events,
                                          sorted(gone.get(cid, []),
                                                 key=lambda e: (e["starts_at"], e["id"])),
                                          liaisons, sender, names, weeks))
            msg.add_attachment(ics.decode("utf-8"), subtype="calendar", filename=names[0],
                               params={"method": "PUBLISH"})
            msg.add_attachment(pdf_file.read_bytes(), maintype="application", subtype="pdf",
                               filename=names[1])
            path = _write(folder, f"{_safe(cid)}-LRW{year}.eml", msg)
            result.drafts.append(Draft(path, cid, tuple(c.email or "" for c in liaisons),
                                       tuple(c.email or "" for c in heads), subject, names))
    except OSError as exc:
        raise InputError(Problem(str(folder), _("cannot write the drafts: {reason}").format(
            reason=exc.strerror or exc)), _("The drafts were not all written")) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(len(targets), len(targets), _("Drafts written"))
    return result


# --- staff --------------------------------------------------------------------------------------


def _staff_body(item: calendars._Item, directory: Directory, method: str,
                organizer: Organizer | None, year: int) -> str:
    snap = item.event
    title = snap["title"]
    if method == "CANCEL":
        if snap.get("withdrawn") == "assignment":
            first = _("You are no longer assigned to “{title}” (Labor Rights Week {year}). "
                      "Opening this message removes it from your calendar.")
        else:
            first = _("“{title}” (Labor Rights Week {year}) is cancelled. Opening this message "
                      "removes it from your calendar.")
    else:
        first = _("You are assigned to “{title}” (Labor Rights Week {year}). Accept the "
                  "invitation to add it to your calendar; if the event or your shift moves, "
                  "a new invitation updates it in place.")
    lines = [first.format(title=title, year=year), "",
             calendars.entry_description(item, directory, "en")]
    if organizer is not None:
        lines += ["", _("Questions: {name} <{email}>").format(name=organizer.name,
                                                             email=organizer.email)]
    return "\n".join(lines) + "\n"


def send_staff(
    db: Database,
    year: int,
    out: str | Path,
    *,
    person_id: str | None = None,
    as_of: date | None = None,
    stamp: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SendResult:
    """One meeting request (.eml) per assignment of each person on Labor Rights Week `year` (or
    only `person_id`), and a cancellation for each assignment withdrawn since they were sent.

    NotFoundError for an unknown year or person. A person without an e-mail address gets no
    drafts and is listed; so is an assignment no organizer can be named for.
    """
    report: Progress = progress or (lambda done, total, message: None)
    stop: Cancelled = cancelled or (lambda: False)
    day = as_of or date.today()
    folder = Path(out)
    with db.session() as s:
        schedule = calendars.load_schedule(s, year, today=day)
    d = schedule.directory
    if person_id is not None and person_id not in d.persons:
        raise NotFoundError(_("person"), person_id)
    people = {a["person_id"] for e in schedule.snapshots for a in e.get("assignments", [])}
    people |= {w.person_id for w in schedule.withdrawn if w.person_id}
    targets = [person_id] if person_id else sorted(p for p in people if p in d.persons)
    result = SendResult(folder)
    try:
        for n, pid in enumerate(targets):
            if stop():
                raise CancelledError(_("Sending cancelled; drafts already written are kept"))
            report(n, len(targets), _("Writing the invitations for {id}").format(id=pid))
            person = d.persons[pid]
            items = calendars.scheduled_items(schedule.snapshots, d, person_id=pid,
                                              withdrawn=schedule.withdrawn)
            if not items:
                continue
            if not person.email:
                result.problems.append(
                    ngettext("{person} ({id}) has no e-mail address; {n} invitation not written",
                             "{person} ({id}) has no e-mail address; {n} invitations not written",
                             len(items)).format(person=person.name, id=pid, n=len(items)))
                continue
            attendee = Organizer(person.name, person.email)
            items.sort(key=lambda i: (i.starts_at, i.uid))
            for item in items:
                try:
                    method, data = calendars.invitation(item, d, attendee, stamp=stamp)
                except (ValueError, KeyError, TypeError) as exc:
                    result.problems.append(_("{what}: {reason}").format(
                        what=calendars.item_label(item), reason=exc))
                    continue
                organizer = calendars.coordinator_organizer(item.event, d)
                title = item.event["title"]
                subject = (_("Cancelled: {title}") if method == "CANCEL"
                           else _("Invitation: {title}")).format(title=title)
                subject += f" ({calendars.span_text(item, 'en').split(' (')[0]})"
                msg = _message(organizer, subject)
                msg["To"] = attendee_address = _address(person.name, person.email)
                msg.set_content(_staff_body(item, d, method, organizer, year))
                msg.add_alternative(data.decode("utf-8"), subtype="calendar",
                                    params={"method": method})
                msg.make_mixed()
                msg.add_attachment(data, maintype="application", subtype="ics",
                                   filename="invite.ics")
                name = f"{_safe(pid)}--{_safe(item.event['id'])}--{_safe(_tail(item.uid))}.eml"
                path = _write(folder, name, msg)
                result.drafts.append(Draft(path, pid, (str(attendee_address.addr_spec),), (),
                                           subject, ("invite.ics",), method))
    except OSError as exc:
        raise InputError(Problem(str(folder), _("cannot write the drafts: {reason}").format(
            reason=exc.strerror or exc)), _("The drafts were not all written")) from None
    report(len(targets), len(targets), _("Invitations written"))
    return result


def _tail(uid: str) -> str:
    """'a12' of 'LRW2027-X/P-ANA/a12@consularapp.lrw': the assignment's part of its UID."""
    return uid.split("@", 1)[0].rsplit("/", 1)[-1]
