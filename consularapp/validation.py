"""Field rules shared by every way data comes in: dialogs, the workbook, the reference loader.

Each checker returns the cleaned value or raises ValueError with a sentence for the user; callers
attach the location (a workbook cell, a dialog field) and collect all problems before refusing.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from consularapp.errors import InputError, Problem
from consularapp.timeutil import is_zone

ID_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# USPS codes of the states, DC and the territories where agencies and consulates have offices.
US_STATES: frozenset[str] = frozenset(
    (
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP"
    ).split()
)


def clean_text(value: object) -> str:
    """Text as typed, trimmed; None and blanks become ''."""
    if value is None:
        return ""
    return str(value).strip()


def optional_text(value: object) -> str | None:
    text = clean_text(value)
    return text or None


def check_id(value: object) -> str:
    text = clean_text(value)
    if not text:
        raise ValueError("an ID is required")
    if not ID_PATTERN.match(text):
        raise ValueError(
            f"{text!r} is not a valid ID: use letters, digits, '-', '_' or '.', "
            "at most 64 characters"
        )
    return text


def check_required(value: object, what: str = "a value") -> str:
    text = clean_text(value)
    if not text:
        raise ValueError(f"{what} is required")
    return text


def check_state(value: object) -> str:
    if not clean_text(value):
        raise ValueError("a state is required (two-letter USPS code, such as IL or PR)")
    text = clean_text(value).upper()
    if text not in US_STATES:
        raise ValueError(f"{clean_text(value)!r} is not a two-letter USPS state or territory code")
    return text


def check_zone(value: object) -> str:
    text = clean_text(value)
    if not text:
        raise ValueError("a time zone is required (for example America/Chicago)")
    if not is_zone(text):
        raise ValueError(
            f"{text!r} is not an IANA time zone (for example America/Chicago, America/Phoenix, "
            "America/Puerto_Rico)"
        )
    return text


def check_email(value: object) -> str | None:
    text = clean_text(value)
    if text and not EMAIL_PATTERN.match(text):
        raise ValueError(f"{text!r} is not an email address")
    return text or None


def check_choice(value: object, choices: list[str], what: str) -> str:
    """One of `choices`, matched ignoring case; returns the canonical spelling."""
    text = clean_text(value)
    for choice in choices:
        if text.lower() == choice.lower():
            return choice
    raise ValueError(f"{text!r} is not a known {what} (one of: {', '.join(choices)})")


def check_nonnegative_int(value: object, what: str = "number") -> int | None:
    if value is None or clean_text(value) == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a whole number")
    try:
        number = float(value) if not isinstance(value, int) else value
    except (TypeError, ValueError):
        raise ValueError(f"{clean_text(value)!r} is not a whole number") from None
    if number != int(number) or number < 0:
        raise ValueError(f"{clean_text(value)!r} is not a whole {what} of 0 or more")
    return int(number)


def split_list(value: object) -> list[str]:
    """A `;`-separated cell as a list: blanks and repeats dropped, order kept."""
    seen: list[str] = []
    for part in clean_text(value).split(";"):
        item = part.strip()
        if item and item not in seen:
            seen.append(item)
    return seen


def join_list(items: list[str] | None) -> str:
    return "; ".join(items or [])


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO 3166 alpha-2 code -> (English name, Spanish name).

    Read from resources/reference/countries.csv, generated from pycountry by
    packaging/update_countries.py: a 2 ms read instead of a 26 ms import at start-up.
    """
    import csv
    import io

    from consularapp.paths import resource

    text = resource("reference", "countries.csv").read_text(encoding="utf-8")
    return {
        row["code"]: (row["name_en"], row["name_es"]) for row in csv.DictReader(io.StringIO(text))
    }


def check_country(value: object) -> str:
    text = clean_text(value).upper()
    if text not in _countries():
        raise ValueError(f"{clean_text(value)!r} is not an ISO 3166 two-letter country code")
    return text


def country_name(code: str, language: str = "en") -> str:
    names = _countries().get(code.upper())
    if names is None:
        return code
    return names[1] if language == "es" else names[0]


def check_period(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValueError(f"ends on {end.isoformat()}, before it starts on {start.isoformat()}")


class Checker:
    """Collects problems under field labels so an editor can show them all at once.

    `run(label, check, *args)` calls a checker of this module and keeps its ValueError as a
    Problem; `raise_if_any(title)` refuses the whole input with every problem found.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def run(self, label: str, check: Any, *args: Any) -> Any:
        try:
            return check(*args)
        except ValueError as exc:
            self.problems.append(Problem(label, str(exc)))
            return None

    def fail(self, label: str, message: str) -> None:
        self.problems.append(Problem(label, message))

    def raise_if_any(self, title: str) -> None:
        if self.problems:
            raise InputError(self.problems, title)
