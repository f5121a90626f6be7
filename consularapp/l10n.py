"""Dates, times and numbers in the reader's language: one place for the window and the documents.

'Monday, August 30, 2027' / 'lunes 30 de agosto de 2027', '9:00 AM' / '9:00', '1,234'. The names
of days and months and the number symbols come from the Unicode CLDR through Babel (the data every
operating system and browser uses), never from the machine's locale (a report written on an
English PC for a Spanish reader must be Spanish). The patterns are ours, fixed per language, so
the same day reads the same in the window, a PDF and an e-mail draft.

Spanish follows the conventions of Spanish as written in the United States (CLDR `es_US`, what
the Department of Labor's Spanish pages and the consulates' US offices use): lower-case day and
month names, no comma after the weekday ("lunes 30 de agosto de 2027", as the Mexican foreign
ministry writes dates), a 24-hour clock in documents ("14:30"), a decimal point and a comma for
thousands as in Mexico.

Everything here is computed from tables loaded once per language (the week grid formats
thousands of times a second): no Babel call per date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache

from consularapp.i18n import LANGUAGES, language

#: The CLDR locale each language is written in.
CLDR_LOCALE = {"en": "en_US", "es": "es_US"}


@dataclass(frozen=True)
class Names:
    days: tuple[str, ...]  # Monday first: 'Monday' / 'lunes'
    days_short: tuple[str, ...]  # 'Mon' / 'lun'
    months: tuple[str, ...]  # 'August' / 'agosto' (the form used inside a date)
    months_short: tuple[str, ...]  # 'Aug' / 'ago'
    decimal: str
    group: str
    am: str
    pm: str


def _lang(lang: str | None) -> str:
    chosen = lang or language()
    return chosen if chosen in LANGUAGES else "en"


def names(lang: str | None = None) -> Names:
    """The CLDR words of `lang` ('en'/'es'; None: the current language)."""
    return _names(_lang(lang))


@cache
def _names(code: str) -> Names:
    from babel import Locale

    loc = Locale.parse(CLDR_LOCALE[code])
    wide = loc.days["format"]["wide"]
    short = loc.days["format"]["abbreviated"]
    months = loc.months["format"]["wide"]
    months_short = loc.months["format"]["abbreviated"]
    periods = loc.day_periods["format"]["abbreviated"]
    return Names(
        days=tuple(wide[i] for i in range(7)),
        days_short=tuple(short[i].rstrip(".") for i in range(7)),
        months=tuple(months[i] for i in range(1, 13)),
        months_short=tuple(months_short[i].rstrip(".") for i in range(1, 13)),
        decimal=loc.number_symbols["latn"]["decimal"],
        group=loc.number_symbols["latn"]["group"],
        am=periods["am"],
        pm=periods["pm"],
    )


def weekday(day: date, lang: str | None = None) -> str:
    """'Monday' / 'lunes'."""
    return names(lang).days[day.weekday()]


def weekday_short(day: date, lang: str | None = None) -> str:
    """'Mon' / 'lun'."""
    return names(lang).days_short[day.weekday()]


def month(day: date, lang: str | None = None) -> str:
    """'August' / 'agosto'."""
    return names(lang).months[day.month - 1]


def long_date(day: date, lang: str | None = None, *, weekday: bool = True) -> str:
    """'Monday, August 30, 2027' / 'lunes 30 de agosto de 2027' (weekday=False: 'August 30,
    2027' / '30 de agosto de 2027')."""
    n = names(lang)
    name, month_name = n.days[day.weekday()], n.months[day.month - 1]
    if _lang(lang) == "es":
        text = f"{day.day} de {month_name} de {day.year}"
        return f"{name} {text}" if weekday else text
    text = f"{month_name} {day.day}, {day.year}"
    return f"{name}, {text}" if weekday else text


def day_month(day: date, lang: str | None = None, *, weekday: bool = True) -> str:
    """'Monday, August 30' / 'lunes 30 de agosto': a day of a known year."""
    n = names(lang)
    name, month_name = n.days[day.weekday()], n.months[day.month - 1]
    if _lang(lang) == "es":
        text = f"{day.day} de {month_name}"
        return f"{name} {text}" if weekday else text
    text = f"{month_name} {day.day}"
    return f"{name}, {text}" if weekday else text


def month_year(day: date, lang: str | None = None) -> str:
    """'December 2026' / 'diciembre de 2026': a month as a heading names it."""
    month_name = names(lang).months[day.month - 1]
    if _lang(lang) == "es":
        return f"{month_name} de {day.year}"
    return f"{month_name} {day.year}"


def short_day(day: date, lang: str | None = None, *, year: bool = False) -> str:
    """'Mon 30 Aug' / 'lun 30 ago' (with year: 'Mon 30 Aug 2027'), for grids and lists."""
    n = names(lang)
    text = f"{n.days_short[day.weekday()]} {day.day} {n.months_short[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def date_range(starts: date, ends: date, lang: str | None = None) -> str:
    """'from Monday, August 30 to Friday, September 3, 2027' / 'del lunes 30 de agosto al
    viernes 3 de septiembre de 2027'."""
    same_year = starts.year == ends.year
    if _lang(lang) == "es":
        first = day_month(starts, "es") if same_year else long_date(starts, "es")
        return f"del {first} al {long_date(ends, 'es')}"
    first = day_month(starts, "en") if same_year else long_date(starts, "en")
    return f"from {first} to {long_date(ends, 'en')}"


def clock(moment: datetime | time, lang: str | None = None) -> str:
    """'9:00 AM' / '9:00' in documents: the US clock in English, the 24-hour clock in Spanish."""
    if _lang(lang) == "es":
        return f"{moment.hour}:{moment.minute:02d}"
    n = names("en")
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {n.am if moment.hour < 12 else n.pm}"


def clock24(moment: datetime | time) -> str:
    """'09:00': the window's clock in both languages (aligned columns, no AM/PM)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def number(value: int | float, lang: str | None = None, *, decimals: int | None = None) -> str:
    """'1,234' / '1,234' ('12,345.5'): grouping and decimal sign of the language."""
    n = names(lang)
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", n.decimal).replace("\0", n.group)


__all__ = [
    "CLDR_LOCALE",
    "Names",
    "clock",
    "clock24",
    "date_range",
    "day_month",
    "long_date",
    "month",
    "names",
    "number",
    "short_day",
    "weekday",
    "weekday_short",
]
