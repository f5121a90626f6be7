"""The renewal draft: a bilingual (English, then Spanish) draft of a renewed agreement, for the
regional administrator to review and send to the consulate.

The wording lives in text templates (`resources/templates/renewal_draft.en.txt` and `.es.txt`,
string.Template placeholders documented at the top of each) so an office can adapt it without a
programmer; the data fills the parties, the signatories and the dates:

* the renewal's ID, signatories, term and effective date come from its draft successor when one
  exists (the renewal started with agreements.renew), else they are proposed the way renew
  would: the current office lead and consul (agreements.renewal_proposal), the same term, starting
  the day after the old one ends;
* every page carries a diagonal DRAFT / BORRADOR watermark and the mark in its header.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp import labels
from consularapp.agreements import (
    AgreementStatus,
    Status,
    compute_statuses,
    effective_date,
    renewal_id,
    renewal_proposal,
)
from consularapp.calendars import consulate_name
from consularapp.db import Database
from consularapp.errors import InputError, NotFoundError, Problem
from consularapp.i18n import _, ngettext, writing_in
from consularapp.models import Agreement, Membership, Person
from consularapp.paths import resource
from consularapp.reports.common import (
    Cancelled,
    Progress,
    Steps,
    generated_stamp,
    load_offices,
    long_day,
)
from consularapp.settings import status_settings
from consularapp.timeutil import add_months
from consularapp.validation import country_name

if TYPE_CHECKING:
    from consularapp.reports.typeset import Block

WATERMARK = "DRAFT / BORRADOR"
TEMPLATE_NAME = "renewal_draft.{language}.txt"
SIGNATURES = "[[signatures]]"

_NUMBERS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "es": ("cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
           "diez"),
}
# Agreements a renewal makes sense for: signed, whether in force or lapsed.
RENEWABLE = frozenset({Status.ACTIVE, Status.RENEWAL_DUE, Status.EXPIRING, Status.EXPIRED,
                       Status.OPEN_ENDED})


@dataclass(frozen=True)
class Signatory:
    person_id: str
    name: str
    title: str


@dataclass
class RenewalFacts:
    """What the templates are filled with, language-independent."""

    old: AgreementStatus
    new_id: str
    kind: str
    office_names: list[str]
    agency_codes: list[str]
    agency_names: list[str]
    regions: list[str]
    consulates: list[tuple[str, str | None, str]]  # (country, type, city)
    term_months: int | None
    effective_on: date | None
    expires_on: date | None
    us: Signatory | None
    consul: Signatory | None
    prepared_on: date


def _signatory(s: Session, person_id: str | None, org_ids: list[str], is_office: bool,
               day: date) -> Signatory | None:
    """Name and title (their membership at one of the parties on `day`, else their latest)."""
    if not person_id:
        return None
    person = s.get(Person, person_id)
    if person is None:
        return None
    column = Membership.office_id if is_office else Membership.consulate_id
    titles = s.execute(
        select(Membership.title, Membership.active_from, Membership.active_to, column)
        .where(Membership.person_id == person_id)
        .order_by(Membership.active_from.desc())
    ).all()
    in_force = [t for t in titles if (t.active_from is None or t.active_from <= day)
                and (t.active_to is None or day <= t.active_to)]
    best = ([t for t in in_force if t[3] in org_ids] or in_force or titles or [None])[0]
    return Signatory(person.id, person.name, (best.title or "") if best else "")


def _term_months(a: Agreement) -> int | None:
    """The old term, as agreements.renew reads it: stored, else from the dates."""
    if a.term_months:
        return a.term_months
    start = effective_date(a.effective_on, a.signed_on)
    if a.expires_on and start:
        months = (a.expires_on.year - start.year) * 12 + a.expires_on.month - start.month
        return months if months > 0 else None
    return None


def renewal_facts(db: Database, agreement_id: str, as_of: date | None = None) -> RenewalFacts:
    """The facts of the draft renewing `agreement_id` (or of `agreement_id` when it is itself a
    draft renewal). InputError when there is nothing to renew."""
    day = as_of or date.today()
    statuses = {a.id: a for a in compute_statuses(db, day, status_settings(db))}
    if agreement_id not in statuses:
        raise NotFoundError("agreement", agreement_id)
    target = statuses[agreement_id]
    title = "The renewal draft was not written"
    successor_id: str | None = None
    if target.status in (Status.DRAFT, Status.NEGOTIATING):
        if not target.renews_id or target.renews_id not in statuses:
            raise InputError(Problem("Agreement", f"{agreement_id} is a {target.status.value} "
                                     "first agreement, not a renewal: there is nothing to renew "
                                     "yet"), title)
        successor_id, target = agreement_id, statuses[target.renews_id]
    elif target.status is Status.SUPERSEDED:
        raise InputError(Problem("Agreement", f"{agreement_id} was already renewed by "
                                 f"{target.renewed_by}; draft the renewal of that one instead"),
                         title)
    elif target.status not in RENEWABLE:
        raise InputError(Problem("Agreement", f"{agreement_id} is {target.status.value}; only a "
                                 "signed agreement can be renewed"), title)
    elif target.renewed_by and statuses[target.renewed_by].status in (Status.DRAFT,
                                                                      Status.NEGOTIATING):
        successor_id = target.renewed_by
    offices = load_offices(db)
    proposed_us, proposed_consul = renewal_proposal(db, target.id, day)
    with db.session() as s:
        old = s.get(Agreement, target.id)
        assert old is not None
        office_ids = [o.id for o in old.offices]
        consulate_ids = [c.id for c in old.consulates]
        consulates = [(c.country_code, c.consulate_type, c.city) for c in old.consulates]
        successor = s.get(Agreement, successor_id) if successor_id else None
        term = (successor.term_months if successor and successor.term_months
                else _term_months(old))
        if successor is not None:
            new_id = successor.id
            us_id = successor.us_signatory_id or proposed_us
            consul_id = successor.consular_signatory_id or proposed_consul
            start = effective_date(successor.effective_on, successor.signed_on)
        else:
            new_id = renewal_id(set(statuses), old.id, day.year)
            us_id, consul_id = proposed_us, proposed_consul
            start = None
        if start is None and target.expires_on and target.expires_on >= day:
            start = target.expires_on + timedelta(days=1)  # no gap between the two terms
        us = _signatory(s, us_id, office_ids, True, day)
        consul = _signatory(s, consul_id, consulate_ids, False, day)
        kind = old.kind
    facts = [offices[o] for o in office_ids if o in offices]
    return RenewalFacts(
        old=target, new_id=new_id, kind=kind,
        office_names=[o.display_name for o in facts] or office_ids,
        agency_codes=list(dict.fromkeys(o.agency for o in facts)),
        agency_names=list(dict.fromkeys(o.agency_name for o in facts)),
        regions=list(dict.fromkeys(o.region for o in facts if o.region)),
        consulates=consulates, term_months=term, effective_on=start,
        expires_on=add_months(start, term) if start and term else None,
        us=us, consul=consul, prepared_on=day,
    )


def _join(items: list[str], language: str) -> str:
    word = " y " if language == "es" else " and "
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + word + items[-1]


def _term_text(months: int | None, language: str) -> str:
    if not months:
        return "un plazo indefinido" if language == "es" else "an indefinite term"
    numbers = _NUMBERS[language]
    with writing_in(language):
        if months % 12 == 0:
            years = months // 12
            count = numbers[years] if years < len(numbers) else str(years)
            return ngettext("{count} year ({months} months)", "{count} years ({months} months)",
                            years).format(count=count, months=months)
        return ngettext("{count} month", "{count} months", months).format(count=months)


def template_values(f: RenewalFacts, language: str) -> dict[str, str]:
    """Every placeholder of the templates, in `language`."""
    es = language == "es"

    def day(value: date | None, missing_en: str, missing_es: str) -> str:
        if value is None:
            return missing_es if es else missing_en
        return long_day(value, language, weekday=False)

    unsigned = ("la fecha de la última firma", "the date of the last signature")
    start = day(f.effective_on, unsigned[1], unsigned[0])
    if f.expires_on:
        end = day(f.expires_on, "", "")
    elif f.term_months:
        end = (f"{_term_text(f.term_months, language)} después de esa fecha" if es
               else f"{_term_text(f.term_months, language)} after that date")
    else:
        end = "sin fecha de término" if es else "no sunset date"
    to_be_named = "(por designar)" if es else "(to be named)"
    return {
        "kind": labels.agreement_kind_label(f.kind, language),
        "agreement_id": f.new_id,
        "previous_id": f.old.id,
        "previous_signed_on": day(f.old.signed_on, "(no date)", "(sin fecha)"),
        "previous_effective_on": day(f.old.effective_on, "(no date)", "(sin fecha)"),
        "previous_expires_on": day(f.old.expires_on, "no sunset date", "sin fecha de término"),
        "agencies": _join([labels.agency_name_es(c) or n for c, n in zip(f.agency_codes,
                                                                         f.agency_names,
                                                                         strict=True)]
                          if es else f.agency_names, language),
        "offices": _join(f.office_names, language),
        "consulates": _join([consulate_name(c, t, city, language) for c, t, city in f.consulates],
                            language),
        "countries": _join(list(dict.fromkeys(country_name(c, language)
                                              for c, _t, _city in f.consulates)), language),
        "region": _join(f.regions, language),
        "effective_on": start,
        "expires_on": end,
        "term": _term_text(f.term_months, language),
        "us_signatory": f.us.name if f.us else to_be_named,
        "us_signatory_title": (f.us.title if f.us and f.us.title else to_be_named),
        "consul": f.consul.name if f.consul else to_be_named,
        "consul_title": (f.consul.title if f.consul and f.consul.title else to_be_named),
        "prepared_on": day(f.prepared_on, "", ""),
    }


def read_template(language: str, folder: Path | None = None) -> str:
    """The template text for `language`: from `folder` if given (an office's own copy), else the
    one shipped in resources/templates."""
    name = TEMPLATE_NAME.format(language=language)
    if folder is not None:
        path = Path(folder) / name
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(Problem(str(path), f"cannot read the template: "
                                     f"{exc.strerror or exc}")) from None
    return resource("templates", name).read_text(encoding="utf-8")


def fill_template(text: str, values: dict[str, str], name: str) -> list[str]:
    """The template's lines with comments dropped and placeholders filled; InputError naming an
    unknown placeholder or a stray '$'."""
    lines = [line.rstrip() for line in text.splitlines() if not line.lstrip().startswith("#")]
    body = "\n".join(lines)
    try:
        return Template(body).substitute(values).splitlines()
    except KeyError as exc:
        raise InputError(Problem(name, f"unknown placeholder ${exc.args[0]}; known: "
                                 + ", ".join(f"${k}" for k in sorted(values))),
                         "The renewal draft was not written") from None
    except ValueError as exc:
        raise InputError(Problem(name, f"{exc}; write $$ for a dollar sign"),
                         "The renewal draft was not written") from None


def _signature_block(values: dict[str, str], language: str) -> Block:
    es = language == "es"
    date_word = "Fecha" if es else "Date"
    word = "Por " if es else "For "
    return {"type": "signatures", "sides": [
        {"heading": word + values["offices"], "name": values["us_signatory"],
         "title": values["us_signatory_title"], "date": date_word},
        {"heading": word + values["consulates"], "name": values["consul"],
         "title": values["consul_title"], "date": date_word},
    ]}


def _blocks(lines: list[str], values: dict[str, str], language: str) -> list[Block]:
    """The template's lines as blocks: '= ' the title, '== ' headings, '- ' list items, blank
    lines between paragraphs. The text stays text: an office's template is never markup."""
    from consularapp.reports import typeset as t

    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(t.par(" ".join(paragraph)))
            paragraph.clear()
        if items:
            blocks.append(t.bullets(list(items)))
            items.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
        elif line == SIGNATURES:
            flush()
            blocks += [t.space(18), _signature_block(values, language)]
        elif line.startswith("== "):
            flush()
            blocks.append(t.heading(line[3:], 2))
        elif line.startswith("= "):
            flush()
            blocks.append(t.heading(line[2:], 1))
        elif line.startswith("- "):
            if paragraph:
                blocks.append(t.par(" ".join(paragraph)))
                paragraph.clear()
            items.append(line[2:])
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return blocks


def write_renewal_draft(db: Database, agreement_id: str, out: Path, *, as_of: date | None = None,
                        templates: Path | None = None, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> Path:
    """The bilingual renewal draft of `agreement_id` at `out` (.pdf)."""
    from consularapp.reports import typeset as t

    steps = Steps(progress, cancelled)
    steps.report(0, 0, _("Reading the agreement"))
    facts = renewal_facts(db, agreement_id, as_of)
    title = f"Renewal draft · Borrador de renovación — {facts.new_id}"
    document = t.Document(
        title=title, lang="en", subject=f"Renewal of {facts.old.id} · Renovación de "
                                         f"{facts.old.id}",
        header_left=f"{title} (renews {facts.old.id})", header_right=WATERMARK,
        footer_left=f"{WATERMARK} · Generated {generated_stamp()}", watermark=WATERMARK,
        page_label="both",
    )
    for n, language in enumerate(("en", "es")):
        values = template_values(facts, language)
        name = TEMPLATE_NAME.format(language=language)
        lines = fill_template(read_template(language, templates), values, name)
        note = ("BORRADOR para revisión de la administración regional; no firmado. Preparado el "
                f"{values['prepared_on']} por ConsularApp." if language == "es" else
                "DRAFT for the regional administrator's review; not signed. Prepared on "
                f"{values['prepared_on']} by ConsularApp.")
        part = [t.par(t.b(note), "muted"), t.space(4), *_blocks(lines, values, language)]
        if n:
            document.add(t.page_break())
        lang = "es" if language == "es" else None
        document.extend({**b, "lang": lang} if lang else b for b in part)
    steps.check()
    return t.write_pdf(Path(out), document, steps)
