"""Field rules shared by every way data comes in: dialogs, the workbook, the command line.

Each `check_*` function returns the cleaned value or raises `FieldError` (a ValueError) with a
sentence for the user, a stable code and the values the sentence was made from. The rules of
whole records (one function per kind of record, in the module of its area: `check_office` in
directory.py, `check_agreement` in agreements.py, ...) run these checks under field names with a
`Checker`, add the rules that join fields, and return a `Verdict`; each caller then says where a
field is for its user (`locate`): a dialog's label, a workbook's "Sheet, row N, Column".

Bounds come from consularapp/bounds.py, which the dialogs read too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Generic, TypeVar

from consularapp import bounds
from consularapp.bounds import Days, Text, Whole
from consularapp.errors import InputError, Problem
from consularapp.i18n import _
from consularapp.timeutil import is_zone

ID_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WHOLE_PATTERN = re.compile(r"[+-]?[0-9]+", re.ASCII)
AGENCY_PATTERN = re.compile(r"[A-Za-z0-9_.\-]{1,16}", re.ASCII)
# Names Windows keeps for devices, with or without an ending: a file or folder named after such
# an ID (a report, a liaison packet's folder) could not be written there.
WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{port}{n}" for port in ("COM", "LPT") for n in range(10)]
)
URL_PATTERN = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
URL_SCHEMES = frozenset({"http", "https", "ftp", "file"})
SHOWN_LENGTH = 60  # an echoed value longer than this is cut, so a message stays readable

# USPS codes of the states, DC and the territories where agencies and consulates have offices.
US_STATES: frozenset[str] = frozenset(
    (
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
        "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP"
    ).split()
)


class FieldError(ValueError):
    """A value refused: the sentence (`str(error)`), a stable code and its parameters."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def shown(value: object) -> str:
    """`value` quoted for a message, cut to a readable length ('abc…' (40,000 characters))."""
    text = value if isinstance(value, str) else clean_text(value)
    if len(text) <= SHOWN_LENGTH:
        return repr(text)
    quoted = repr(text[: SHOWN_LENGTH - 10])
    return _("{start} ({length:,} characters)").format(
        start=f"{quoted[:-1]}…{quoted[-1]}", length=len(text))


def clean_text(value: object) -> str:
    """Text as typed, trimmed; None and blanks become ''."""
    if value is None:
        return ""
    return str(value).strip()


def optional_text(value: object) -> str | None:
    text = clean_text(value)
    return text or None


# Characters no workbook cell (XML) can hold, or that only control devices understand.
UNUSABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
LINE_BREAK = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")


def _character(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def check_text(value: object, bound: Text, *, required: bool = False) -> str:
    """Text within `bound`: trimmed, line ends as \\n, no unusable character. '' when blank."""
    text = value.strip() if isinstance(value, str) else clean_text(value)
    if not text:
        if required:
            raise FieldError("field.required", _("a value is required"))
        return ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > bound.max_length:
        raise FieldError(
            "field.too_long",
            _("is {length:,} characters long; at most {maximum:,} fit").format(
                length=len(text), maximum=bound.max_length),
            length=len(text), maximum=bound.max_length,
        )
    if bound.one_line and LINE_BREAK.search(text):
        raise FieldError("text.line_break", _("contains a line break; write it on one line"))
    bad = UNUSABLE.search(text)
    if bad:
        character = _character(bad.group())
        raise FieldError(
            "text.unusable_character",
            _("contains a control character ({character}) that cannot be kept; remove "
              "it").format(character=character),
            character=character,
        )
    return text


def check_id(value: object) -> str:
    text = clean_text(value)
    if not text:
        raise FieldError("field.required", _("an ID is required"))
    if not ID_PATTERN.match(text):
        raise FieldError(
            "id.invalid",
            _("{value} is not a valid ID: use letters, digits, '-', '_' or '.', at most 64 "
              "characters").format(value=shown(text)),
            value=text,
        )
    if set(text) == {"."}:
        raise FieldError("id.reserved_name",
                         _("{value} cannot be an ID: it names a folder").format(value=repr(text)),
                         value=text)
    if text.split(".")[0].upper() in WINDOWS_DEVICES:
        raise FieldError(
            "id.reserved_name",
            _("{value} cannot be an ID: Windows keeps the name {device} for a device, so no file "
              "or folder can be named after it").format(
                value=repr(text), device=text.split(".")[0].upper()),
            value=text,
        )
    if text.endswith("."):
        raise FieldError(
            "id.trailing_dot",
            _("{value} cannot be an ID: Windows drops a '.' at the end of a file name").format(
                value=repr(text)),
            value=text,
        )
    return text


def check_agency_code(value: object) -> str:
    text = clean_text(value)
    if not text:
        raise FieldError("field.required", _("a value is required"))
    if not AGENCY_PATTERN.fullmatch(text):
        raise FieldError(
            "agency.invalid_code",
            _("{value} is not an agency code: use up to 16 letters, digits, '-', '_' or "
              "'.'").format(value=shown(text)),
            value=text,
        )
    return text.upper()


def check_required(value: object, what: str | None = None) -> str:
    """The trimmed text; `what` ('a name') words the refusal, else 'a value'."""
    text = clean_text(value)
    if not text:
        message = _("{what} is required").format(what=what) if what else _("a value is required")
        raise FieldError("field.required", message)
    return text


def check_state(value: object) -> str:
    if not clean_text(value):
        raise FieldError("field.required",
                         _("a state is required (two-letter USPS code, such as IL or PR)"))
    text = clean_text(value).upper()
    if text not in US_STATES:
        raise FieldError(
            "state.unknown",
            _("{value} is not a two-letter USPS state or territory code").format(
                value=shown(clean_text(value))),
            value=clean_text(value),
        )
    return text


def check_zone(value: object) -> str:
    text = clean_text(value)
    if not text:
        raise FieldError("field.required",
                         _("a time zone is required (for example America/Chicago)"))
    if not is_zone(text):
        raise FieldError(
            "zone.unknown",
            _("{value} is not an IANA time zone (for example America/Chicago, America/Phoenix, "
              "America/Puerto_Rico)").format(value=shown(text)),
            value=text,
        )
    return text


def check_email(value: object) -> str | None:
    text = check_text(value, bounds.EMAIL)
    if text and not EMAIL_PATTERN.match(text):
        raise FieldError("email.invalid",
                         _("{value} is not an email address").format(value=shown(text)),
                         value=text)
    return text or None


def check_link(value: object) -> str:
    """A path or URL of a document, usable as a link wherever it is written ('' when blank).

    Calendars and reports put it in URL fields, which cannot hold a line break or a control
    character, and in which a space ends the address.
    """
    text = clean_text(value)
    bad = LINE_BREAK.search(text) or UNUSABLE.search(text) or re.search("\t", text)
    if bad:
        character = _character(bad.group())
        raise FieldError(
            "link.unusable_character",
            _("contains a line break or control character ({character}), which no link can "
              "hold; give the path or address on one line").format(character=character),
            character=character,
        )
    text = check_text(text, bounds.DOCUMENT)
    match = URL_PATTERN.match(text)
    if match:
        scheme = match.group(1).lower()
        if scheme not in URL_SCHEMES:
            raise FieldError(
                "link.unknown_scheme",
                _("{scheme}:// is not a kind of link the app can open: give an http(s), ftp or "
                  "file address, or a path").format(scheme=scheme),
                scheme=scheme,
            )
        if any(ch.isspace() for ch in text):
            raise FieldError(
                "link.space_in_address",
                _("a web address cannot contain spaces; write them as %20"),
            )
    return text


@lru_cache(maxsize=64)
def _choices(choices: tuple[str, ...]) -> dict[str, str]:
    return {choice.lower(): choice for choice in choices}


def check_choice(value: object, choices: Iterable[str], what: str) -> str:
    """One of `choices`, matched ignoring case; returns the canonical spelling."""
    text = clean_text(value)
    if not text:
        raise FieldError("field.required", _("a value is required"))
    options = _choice_tuple(choices)
    found = _choices(options).get(text.lower())
    if found is not None:
        return found
    raise FieldError(
        "choice.unknown",
        _("{value} is not a known {what} (one of: {choices})").format(
            value=shown(text), what=what, choices=", ".join(options)),
        value=text, choices=list(options),
    )


@lru_cache(maxsize=64)
def _enum_values(choices: type) -> tuple[str, ...]:
    return tuple(str(c) for c in choices)  # type: ignore[attr-defined]


def _choice_tuple(choices: Iterable[str]) -> tuple[str, ...]:
    if isinstance(choices, type):  # an enum of choices: its values, worked out once
        return _enum_values(choices)
    return tuple(str(c) for c in choices)


def check_whole(value: object, bound: Whole) -> int | None:
    """A whole number within `bound`: an int, an integral float or ASCII digits; None if blank.

    Digits of other scripts ('١٢') are refused: a workbook cell that shows them is not a number
    Excel or a database would agree on.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and WHOLE_PATTERN.fullmatch(value.strip()):
        number = int(value.strip())
    if number is None:
        raise FieldError("field.not_whole_number",
                         _("{value} is not a whole number").format(value=shown(value)),
                         value=clean_text(value))
    if not bound.minimum <= number <= bound.maximum:
        raise FieldError(
            "field.out_of_range",
            _("{value} is out of range: give a whole number from {minimum} to {maximum}").format(
                value=_short_number(number), minimum=bound.minimum, maximum=bound.maximum),
            value=number, minimum=bound.minimum, maximum=bound.maximum,
        )
    return number


def _short_number(number: int) -> str:
    text = str(number)
    return text if len(text) <= 24 else f"{text[:20]}… ({len(text)} digits)"


def check_nonnegative_int(value: object, what: str = "number") -> int | None:
    """A whole number of 0 or more that a database column holds (kept for older callers)."""
    return check_whole(value, Whole(0, bounds.INT32_MAX))


def check_date(value: date | None, bound: Days = bounds.DATES) -> date | None:
    """A date within `bound` (None stays None)."""
    if value is None:
        return None
    day = value.date() if isinstance(value, datetime) else value
    if not bound.first <= day <= bound.last:
        raise FieldError(
            "date.out_of_range",
            _("{value} is out of range: give a date from {first} to {last}").format(
                value=day.isoformat(), first=bound.first.isoformat(), last=bound.last.isoformat()),
            value=day.isoformat(), first=bound.first.isoformat(), last=bound.last.isoformat(),
        )
    return value


def check_wall_time(value: datetime, bound: Days = bounds.DATES) -> datetime:
    """A local date and time whose day lies within `bound`."""
    check_date(value.date(), bound)
    return value


def split_list(value: object) -> list[str]:
    """A `;`-separated cell as a list: blanks and repeats dropped, order kept."""
    seen: list[str] = []
    for part in clean_text(value).split(";"):
        item = part.strip()
        if item and item not in seen:
            seen.append(item)
    return seen


def join_list(items: Iterable[str] | None) -> str:
    return "; ".join(items or [])


def check_list(items: Iterable[str], item: Text = bounds.LIST_ITEM,
               whole: Text = bounds.LIST_LENGTH) -> list[str]:
    """Items of a list kept as one `;`-separated cell: each a short line without ';'."""
    result = []
    for entry in items:
        text = check_text(entry, item)
        if ";" in text:
            raise FieldError(
                "list.separator_in_item",
                _("{value} contains ';', which separates the items of the list").format(
                    value=shown(text)),
                value=text,
            )
        if text:
            result.append(text)
    check_text(join_list(result), whole)
    return result


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


def country_codes() -> list[str]:
    """Every ISO 3166 alpha-2 code the app knows (the shipped CSV, in its order)."""
    return list(_countries())


def check_country(value: object) -> str:
    text = clean_text(value).upper()
    if not text:
        raise FieldError("field.required", _("a value is required"))
    if text not in _countries():
        raise FieldError(
            "country.unknown",
            _("{value} is not an ISO 3166 two-letter country code").format(
                value=shown(clean_text(value))),
            value=clean_text(value),
        )
    return text


def country_name(code: str, language: str = "en") -> str:
    names = _countries().get(code.upper())
    if names is None:
        return code
    return names[1] if language == "es" else names[0]


def check_period(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise FieldError(
            "period.ends_before_start",
            _("ends on {end}, before it starts on {start}").format(
                end=end.isoformat(), start=start.isoformat()),
            start=start.isoformat(), end=end.isoformat(),
        )


# --- collecting the problems of a record --------------------------------------------------------


class Checker:
    """Collects problems under field names so a record's rule can report them all at once.

    `run(name, check, *args)` calls a checker of this module and keeps its FieldError as a
    Problem about field `name`; `fail(name, code, message, **params)` adds one directly. The
    problems' `where` is the field name until a caller locates them (`locate`).
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def run(self, name: str, check: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return check(*args, **kwargs)
        except FieldError as exc:
            self.problems.append(Problem(name, str(exc), exc.code, exc.params, name))
        except ValueError as exc:  # a checker of another module without a code
            self.problems.append(Problem(name, str(exc), "field.invalid", {}, name))
        return None

    def fail(self, name: str, code_or_message: str, message: str | None = None,
             **params: Any) -> None:
        """Add a problem: `fail(name, code, message, **params)` (or, older, `fail(label, msg)`)."""
        if message is None:
            code, message = "field.invalid", code_or_message
        else:
            code = code_or_message
        self.problems.append(Problem(name, message, code, params, name))

    def has(self, name: str) -> bool:
        """True when field `name` already has a problem (later rules on it would only repeat)."""
        return any(p.field == name for p in self.problems)

    def raise_if_any(self, title: str, labels: Mapping[str, str] | None = None) -> None:
        if self.problems:
            raise InputError(locate(self.problems, labels or {}), title)


T = TypeVar("T")


@dataclass
class Verdict(Generic[T]):
    """What a record's rule found: its problems (by field), and the record cleaned if none."""

    problems: list[Problem] = field(default_factory=list)
    clean: T | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]

    def accepted(self, title: str, labels: Mapping[str, str] | None = None) -> T:
        """The clean record, or InputError with every problem located by `labels`."""
        if self.problems:
            raise InputError(locate(self.problems, labels or {}), title)
        return self.clean  # type: ignore[return-value]


def locate(problems: Iterable[Problem], labels: Mapping[str, str]) -> list[Problem]:
    """The problems with `where` set from `labels` (field name -> label, translated here).

    A list item's field ('memberships.title') is looked up whole, then by its list
    ('memberships'); labels may use the problem's parameters ('Membership {membership}').
    A field without a label keeps its name.
    """
    result = []
    for p in problems:
        name = p.field or p.where
        label = labels.get(name)
        if label is None and "." in name:
            label = labels.get(name.split(".")[0])
        if label is None:
            result.append(p)
            continue
        try:
            where = _(label).format(**p.params)
        except (KeyError, IndexError):
            where = _(label)
        result.append(replace(p, where=where))
    return result
