"""Settings shared by everyone on a database: thresholds, the travel buffer, the publish folder.

Kept in the database (not per user) because they change what the command line, the reports and
every user's window say: two administrators must not see different statuses for one agreement.
"""

from __future__ import annotations

import re
from typing import Any

from consularapp import bounds
from consularapp.agreements import StatusSettings
from consularapp.bounds import Whole
from consularapp.changes import SETTING, Change
from consularapp.db import Database
from consularapp.i18n import _
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

DEFAULTS: dict[str, Any] = {
    EXPIRING_DAYS: 30,
    RENEWAL_LEAD_DAYS: 180,
    REVIEW_EVERY_YEARS: 3,
    TRAVEL_BUFFER_MINUTES: 0,
    PUBLISH_FOLDER: None,
    ORGANIZER_EMAIL: None,
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# The bound of each setting that is a whole number (consularapp/bounds.py).
WHOLE_NUMBERS: dict[str, Whole] = {
    EXPIRING_DAYS: bounds.EXPIRING_DAYS,
    RENEWAL_LEAD_DAYS: bounds.RENEWAL_LEAD_DAYS,
    REVIEW_EVERY_YEARS: bounds.REVIEW_EVERY_YEARS,
    TRAVEL_BUFFER_MINUTES: bounds.TRAVEL_BUFFER_MINUTES,
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
    elif key == ORGANIZER_EMAIL:
        clean = c.run(key, check_text, value, bounds.EMAIL) or None
        if clean is not None and not _EMAIL.fullmatch(clean):
            c.fail(key, "setting.not_an_email",
                   _("{value} is not an e-mail address").format(value=shown(clean)), key=key)
    else:
        clean = c.run(key, check_text, value, bounds.FOLDER) or None
    return Verdict(c.problems, clean)


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
    value = check_setting(key, value).accepted(_("The setting was not changed"))
    with write(db) as w:
        s = w.session
        row = s.get(Setting, key)
        if value is None:
            if row is not None:
                s.delete(row)
                w.updated(SETTING, key)
        elif row is None:
            s.add(Setting(key=key, value=value))
            w.updated(SETTING, key)
        elif row.value != value:
            row.value = value
            w.updated(SETTING, key)
    return w.change


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
