"""Community partners: worker centers, unions, legal aid, faith-based groups and hometown
associations that co-host events, run hotlines with the offices and consulates, and sometimes
sign agreements (the New York alliance includes the Diocese of Brooklyn).

A directory of its own beside offices and consulates: one rule set (`check_partner`) for the
editor, the workbook's Partners sheet and the command line; rows for the window's table from one
query per table, with how many agreements and events each partner is part of.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from consularapp import bounds
from consularapp.changes import PARTNER, Change
from consularapp.collation import name_key
from consularapp.db import Database
from consularapp.errors import InUseError, NotFoundError
from consularapp.i18n import N_, _, ngettext
from consularapp.known import Known
from consularapp.models import ID_LENGTH, Partner, PartnerKind, agreement_partner, event_partner
from consularapp.validation import (
    Checker,
    Verdict,
    check_choice,
    check_email,
    check_id,
    check_link,
    check_list,
    check_state,
    check_text,
    clean_text,
    split_list,
)
from consularapp.writes import write


@dataclass
class PartnerInput:
    """What the partner editor edits: the Partners sheet's columns."""

    id: str = ""
    name: str = ""
    kind: str = PartnerKind.WORKER_CENTER.value
    city: str = ""
    state: str = ""
    languages: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""
    #: The version read (get_partner); a save based on an older one is refused.
    version: int | None = None


PARTNER_LABELS = {
    "id": N_("ID"), "name": N_("Name"), "kind": N_("Kind"), "city": N_("City"),
    "state": N_("State"), "languages": N_("Languages"), "email": N_("Email"),
    "phone": N_("Phone"), "website": N_("Website"), "notes": N_("Notes"),
}


def check_partner(data: PartnerInput, known: Known, original_id: str | None = None
                  ) -> Verdict[PartnerInput]:
    """Everything wrong with partner `data` (replacing `original_id`, or new), and it cleaned."""
    c = Checker()
    pid = c.run("id", check_id, data.id) or ""
    if pid and pid != original_id and (pid in known.partners or pid in known.offices
                                       or pid in known.consulates):
        c.fail("id", "id.taken",
               _("{value} is already used by another record").format(value=repr(pid)),
               value=pid)
    name = c.run("name", check_text, data.name, bounds.NAME, required=True) or ""
    kind = c.run("kind", check_choice, data.kind, PartnerKind, _("kind of partner"))
    city = c.run("city", check_text, data.city, bounds.CITY) or ""
    state = c.run("state", check_state, data.state) if clean_text(data.state) else ""
    languages = c.run("languages", check_list,
                      split_list(data.languages) if isinstance(data.languages, str)
                      else [clean_text(x) for x in data.languages]) or []
    email = c.run("email", check_email, data.email) or ""
    phone = c.run("phone", check_text, data.phone, bounds.PHONE) or ""
    website = c.run("website", check_link, data.website) or ""
    notes = c.run("notes", check_text, data.notes, bounds.NOTES) or ""
    if c.problems:
        return Verdict(c.problems)
    return Verdict([], replace(data, id=pid, name=name, kind=kind or data.kind, city=city,
                               state=state or "", languages=list(dict.fromkeys(languages)),
                               email=email, phone=phone, website=website, notes=notes))


def save_partner(db: Database, data: PartnerInput, original_id: str | None = None) -> Change:
    """Create or update a community partner after checking every rule."""
    with write(db) as w:
        s = w.session
        clean = check_partner(data, Known.of(s), original_id).accepted(
            _("The partner was not saved"), PARTNER_LABELS)
        record = s.get(Partner, original_id) if original_id else None
        if original_id and record is None:
            raise NotFoundError(PARTNER, original_id)
        if record is None:
            record = Partner(id=clean.id)
            s.add(record)
            w.created(PARTNER, clean.id)
        else:
            w.based_on(PARTNER, original_id, data.version)
            w.updated(PARTNER, clean.id)
            if clean.id != original_id:
                w.deleted(PARTNER, original_id or "")
        record.id = clean.id
        record.name = clean.name
        record.kind = clean.kind
        for name in ("city", "state", "email", "phone", "website", "notes"):
            setattr(record, name, getattr(clean, name) or None)
        record.languages = list(clean.languages)
    return w.change


def delete_partner(db: Database, partner_id: str) -> Change:
    """Delete a partner made by mistake; one that is party to an agreement or takes part in
    events is refused (the history would lose it)."""
    with write(db) as w:
        s = w.session
        record = s.get(Partner, partner_id)
        if record is None:
            raise NotFoundError(PARTNER, partner_id)
        agreements = s.scalar(select(func.count()).select_from(agreement_partner).where(
            agreement_partner.c.partner_id == partner_id)) or 0
        events = s.scalar(select(func.count()).select_from(event_partner).where(
            event_partner.c.partner_id == partner_id)) or 0
        if agreements or events:
            parts = []
            if agreements:
                parts.append(ngettext("{n} agreement", "{n} agreements", agreements).format(
                    n=agreements))
            if events:
                parts.append(ngettext("{n} event", "{n} events", events).format(n=events))
            raise InUseError(_("{name} is part of {what}; deleting it would take it out of "
                               "their history. Keep it, or remove it from them first.").format(
                name=record.name, what=_(" and ").join(parts)))
        s.delete(record)
        w.deleted(PARTNER, partner_id)
    return w.change


def get_partner(db: Database, partner_id: str) -> PartnerInput:
    with db.session() as s:
        p = s.get(Partner, partner_id)
        if p is None:
            raise NotFoundError("partner", partner_id)
        return PartnerInput(p.id, p.name, p.kind, p.city or "", p.state or "",
                            list(p.languages or []), p.email or "", p.phone or "",
                            p.website or "", p.notes or "", p.version)


@dataclass(frozen=True)
class PartnerRow:
    """One partner as the directory's table shows it."""

    id: str
    name: str
    kind: str
    city: str
    state: str
    languages: tuple[str, ...]
    email: str
    phone: str
    website: str
    notes: str
    agreements: int
    events: int


def list_partners(db: Database, *, partner_ids: list[str] | None = None) -> list[PartnerRow]:
    """Every partner (or those of `partner_ids`), by name; three queries."""
    with db.session() as s:
        stmt = select(Partner)
        if partner_ids is not None:
            stmt = stmt.where(Partner.id.in_(sorted(set(partner_ids))))
        partners = list(s.scalars(stmt))
        agreements = Counter(s.scalars(select(agreement_partner.c.partner_id)))
        events = Counter(s.scalars(select(event_partner.c.partner_id)))
        rows = [PartnerRow(p.id, p.name, p.kind, p.city or "", p.state or "",
                           tuple(p.languages or ()), p.email or "", p.phone or "",
                           p.website or "", p.notes or "", agreements.get(p.id, 0),
                           events.get(p.id, 0)) for p in partners]
    rows.sort(key=lambda r: (name_key(r.name), r.id))
    return rows


def partner_names(db: Database) -> dict[str, str]:
    """Partner ID -> name; one query."""
    with db.session() as s:
        return dict(s.execute(select(Partner.id, Partner.name)).all())


def new_partner_id(db: Database, name: str) -> str:
    """A free ID from a name: 'CP-CASA-MICHOACAN' style."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = "-".join(w for w in "".join(ch if ch.isalnum() else " " for ch in plain)
                     .upper().split())[:40] or "PARTNER"
    base = f"CP-{words}"[:ID_LENGTH]
    with db.session() as s:
        taken = set(s.scalars(select(Partner.id).where(Partner.id.like(f"{base}%"))))
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:ID_LENGTH - 4]}-{n}"
        n += 1
    return candidate
