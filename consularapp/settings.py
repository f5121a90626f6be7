"""Settings shared by everyone on a database: thresholds, the travel buffer, the publish folder.

Kept in the database (not per user) because they change what the command line, the reports and
every user's window say: two administrators must not see different statuses for one agreement.

Each setting is declared once below (`SETTINGS`): its name, the area it belongs to (one page of
the window's Options dialog each), its label and meaning (translatable), its unit and its
default; `check_setting` is its one rule, `check_settings` checks several together (the renewal
lead time cannot be shorter than the expiring threshold). The window's Options dialog, the
command line's `consularapp settings [NAME [VALUE]]` and the tests all go through here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consularapp import bounds
from consularapp.agreements import StatusSettings
from consularapp.bounds import Whole
from consularapp.changes import SETTING, Change
from consularapp.db import Database
from consularapp.errors import Problem
from consularapp.i18n import N_, _
from consularapp.models import Setting
from consularapp.validation import Checker, Verdict, check_text, check_whole, shown
from consularapp.writes import write

EXPIRING_DAYS = "agreements.expiring_days"
RENEWAL_LEAD_DAYS = "agreements.renewal_lead_days"
REVIEW_EVERY_YEARS = "agreements.review_every_years"
TRAVEL_BUFFER_MINUTES = "planning.travel_buffer_minutes"
PUBLISH_FOLDER = "publishing.folder"
# ORGANIZER of published calendars when the office planning an event has no e-mail of its own.
ORGANIZER_EMAIL = "publishing.organizer_email"
# What agreements owe, per kind (consularapp/obligations.py), and when an obligation is "due".
OBLIGATION_RULES = "obligations.rules"
OBLIGATION_DUE_DAYS = "obligations.due_days"

DEFAULTS: dict[str, Any] = {
    EXPIRING_DAYS: 30,
    RENEWAL_LEAD_DAYS: 180,
    REVIEW_EVERY_YEARS: 3,
    TRAVEL_BUFFER_MINUTES: 0,
    PUBLISH_FOLDER: None,
    ORGANIZER_EMAIL: None,
    OBLIGATION_RULES: None,  # None: the shipped defaults (OSHA's Alliance Program)
    OBLIGATION_DUE_DAYS: 30,
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# The bound of each setting that is a whole number (consularapp/bounds.py).
WHOLE_NUMBERS: dict[str, Whole] = {
    EXPIRING_DAYS: bounds.EXPIRING_DAYS,
    RENEWAL_LEAD_DAYS: bounds.RENEWAL_LEAD_DAYS,
    REVIEW_EVERY_YEARS: bounds.REVIEW_EVERY_YEARS,
    TRAVEL_BUFFER_MINUTES: bounds.TRAVEL_BUFFER_MINUTES,
    OBLIGATION_DUE_DAYS: bounds.OBLIGATION_DUE_DAYS,
}


def check_setting(key: str, value: Any) -> Verdict[Any]:
    """What is wrong with giving setting `key` the value `value` (None: back to the default).

    A whole-number setting takes an int or its digits as text, within its bound; the publish
    folder takes a path on one line. The clean value is what is stored.
    """
    c = Checker()
    if key not in DEFAULTS:
        c.fail(key, "setting.unknown",
               _("{key} is not a setting (known: {known})").format(
                   key=shown(key), known=", ".join(DEFAULTS)),
               key=key)
        return Verdict(c.problems)
    if value is None:
        return Verdict([], None)
    if key in WHOLE_NUMBERS:
        clean = c.run(key, check_whole, value, WHOLE_NUMBERS[key])
    elif key == OBLIGATION_RULES:
        from consularapp.obligations import check_rules

        clean = c.run(key, check_rules, value)
    elif key == ORGANIZER_EMAIL:
        clean = c.run(key, check_text, value, bounds.EMAIL) or None
        if clean is not None and not _EMAIL.fullmatch(clean):
            c.fail(key, "setting.not_an_email",
                   _("{value} is not an e-mail address").format(value=shown(clean)), key=key)
    else:
        clean = c.run(key, check_text, value, bounds.FOLDER) or None
        if clean is not None and not Path(clean).expanduser().is_absolute():
            c.fail(key, "setting.folder_not_absolute",
                   _("{value} is not a full path: give the whole path of the folder (it is the "
                     "same for everyone, whatever folder they work in)").format(
                       value=shown(clean)), key=key)
    return Verdict(c.problems, clean)


# --- declarations ------------------------------------------------------------------------------

AGREEMENTS_AREA = "agreements"
PLANNING_AREA = "planning"
PUBLISHING_AREA = "publishing"
OBLIGATIONS_AREA = "obligations"
#: Area -> its title, in the order the Options dialog shows its pages.
AREAS: dict[str, str] = {
    AGREEMENTS_AREA: N_("Agreements"),
    PLANNING_AREA: N_("Planning"),
    PUBLISHING_AREA: N_("Publishing"),
    OBLIGATIONS_AREA: N_("Obligations"),
}


@dataclass(frozen=True)
class SettingInfo:
    """One shared setting as people read it: where it belongs and what it does."""

    key: str
    area: str
    label: str  # marked for translation (N_): translate with _() when shown
    meaning: str
    unit: str = ""  # 'days', 'years', 'minutes'; '' for text

    @property
    def default(self) -> Any:
        return DEFAULTS[self.key]

    @property
    def bound(self) -> Whole | None:
        return WHOLE_NUMBERS.get(self.key)


SETTINGS: tuple[SettingInfo, ...] = (
    SettingInfo(EXPIRING_DAYS, AGREEMENTS_AREA, N_("Expiring within"),
                N_("an agreement in force reads “expiring” this many days before its last day"),
                N_("days")),
    SettingInfo(RENEWAL_LEAD_DAYS, AGREEMENTS_AREA, N_("Renewal lead time"),
                N_("an agreement in force reads “renewal due” this many days before its last "
                   "day, so the renewal is prepared in time"), N_("days")),
    SettingInfo(REVIEW_EVERY_YEARS, AGREEMENTS_AREA, N_("Review open-ended agreements every"),
                N_("an agreement without a sunset date is due for review on each such "
                   "anniversary (0: never)"), N_("years")),
    SettingInfo(TRAVEL_BUFFER_MINUTES, PLANNING_AREA, N_("Travel time between venues"),
                N_("a person needs this long between two events at different places; closer "
                   "assignments are reported as double bookings"), N_("minutes")),
    SettingInfo(PUBLISH_FOLDER, PUBLISHING_AREA, N_("Publish folder"),
                N_("publishing also writes each partner's calendar here (a shared or web "
                   "folder partners subscribe to); empty: nothing is written")),
    SettingInfo(ORGANIZER_EMAIL, PUBLISHING_AREA, N_("Organizer e-mail"),
                N_("the organizer of published calendar entries when the office planning an "
                   "event has no e-mail of its own")),
    SettingInfo(OBLIGATION_RULES, OBLIGATIONS_AREA, N_("What agreements owe"),
                N_("the obligations of each kind of agreement: a signed copy so many calendar "
                   "months after signing, a report so many days after each annual period "
                   "(default: OSHA's Alliance Program for alliances); a JSON list of rules "
                   "with name, kinds, basis (signing or period), months and days"), "rules"),
    SettingInfo(OBLIGATION_DUE_DAYS, OBLIGATIONS_AREA, N_("Obligation due from"),
                N_("an obligation reads “due” this many days before its due date"),
                N_("days")),
)
_BY_KEY = {info.key: info for info in SETTINGS}


def info(key: str) -> SettingInfo:
    """The declaration of setting `key` (KeyError if there is none)."""
    return _BY_KEY[key]


@dataclass(frozen=True)
class SettingValue:
    info: SettingInfo
    value: Any
    stored: bool  # False: the default is in force

    @property
    def key(self) -> str:
        return self.info.key


def list_settings(db: Database) -> list[SettingValue]:
    """Every shared setting with the value in force, in declaration order. One query."""
    with db.session() as s:
        stored = {row.key: row.value for row in s.query(Setting).all()}
    return [SettingValue(i, stored.get(i.key, i.default), i.key in stored) for i in SETTINGS]


def value_text(value: Any) -> str:
    """A setting's value as the command line and the window write it ('' for none); a list of
    rules as JSON, which the setting reads back."""
    if isinstance(value, list | dict):
        import json

        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def check_settings(values: Mapping[str, Any], current: Mapping[str, Any] | None = None
                   ) -> Verdict[dict[str, Any]]:
    """Check several settings given together (None: back to the default), each by its rule and
    against each other; `current` gives the values of those not given."""
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    for key, value in values.items():
        verdict = check_setting(key, value)
        problems += verdict.problems
        if verdict.ok:
            clean[key] = verdict.clean
    effective = {**DEFAULTS, **(current or {})}
    effective.update({k: (DEFAULTS[k] if v is None else v) for k, v in clean.items()})
    if not problems and effective[RENEWAL_LEAD_DAYS] < effective[EXPIRING_DAYS]:
        c = Checker()
        c.fail(RENEWAL_LEAD_DAYS, "setting.renewal_before_expiring",
               _("the renewal lead time ({lead} days) is shorter than the expiring threshold "
                 "({expiring} days): an agreement would be “expiring” before it was ever "
                 "“renewal due”").format(lead=effective[RENEWAL_LEAD_DAYS],
                                         expiring=effective[EXPIRING_DAYS]),
               lead=effective[RENEWAL_LEAD_DAYS], expiring=effective[EXPIRING_DAYS])
        problems += c.problems
    return Verdict(problems, None if problems else clean)


def set_settings(db: Database, values: Mapping[str, Any], *, by_name: bool = False) -> Change:
    """Store several settings at once, all or none (None restores a default); the Change names
    those whose value in force changed. Problems are located by the settings' labels (the
    Options dialog), or `by_name` (the command line)."""
    labels = {} if by_name else {i.key: i.label for i in SETTINGS}
    with write(db) as w:
        s = w.session
        stored = {row.key: row for row in s.query(Setting).all()}
        clean = check_settings(values, {k: r.value for k, r in stored.items()}).accepted(
            _("The settings were not changed"), labels)
        for key, value in clean.items():
            row = stored.get(key)
            before = DEFAULTS[key] if row is None else row.value
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
            if (DEFAULTS[key] if value is None else value) != before:
                w.updated(SETTING, key)
    return w.change


def get_setting(db: Database, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    with db.session() as s:
        row = s.get(Setting, key)
        return DEFAULTS[key] if row is None else row.value


def set_setting(db: Database, key: str, value: Any) -> Change:
    """Store a setting after checking it; None restores the default."""
    if key not in DEFAULTS:
        raise KeyError(key)
    return set_settings(db, {key: value}, by_name=True)


def status_settings(db: Database) -> StatusSettings:
    """The agreement thresholds in force on this database."""
    with db.session() as s:
        stored = {row.key: row.value for row in s.query(Setting).all()}

    def value(key: str) -> int:
        return int(stored.get(key, DEFAULTS[key]))

    settings = StatusSettings(
        expiring_days=value(EXPIRING_DAYS),
        renewal_lead_days=value(RENEWAL_LEAD_DAYS),
        review_every_years=value(REVIEW_EVERY_YEARS),
    )
    return settings
