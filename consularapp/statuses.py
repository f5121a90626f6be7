"""The agreement statuses, declared once: urgency, in force or not, words, symbol and colours.

The window (table, dashboard, matrix, timeline), the reports and the command line all read the
status of an agreement from this one catalogue, so a new status is one new line here (and a test
fails until every view shows it). Statuses are computed from dates (`agreements.status_of`),
never typed.

Colours are only an extra (Section 508: a status is always written, with its symbol): each status
has a light `background` for cells and bars and a dark `ink` for text and outlines, chosen so that
ink on the background, ink on white and black on the background all have a contrast of at least
4.5:1 (WCAG 2.0 AA; `contrast_ratio` computes it, a test checks every pair).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from consularapp.i18n import PSEUDO, language, pseudo


class Status(StrEnum):
    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    ACTIVE = "active"
    RENEWAL_DUE = "renewal due"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    TERMINATED = "terminated"
    OPEN_ENDED = "open-ended"


@dataclass(frozen=True)
class StatusInfo:
    """Everything shown about one status, in English and in Spanish: the catalogue is its own
    translation table (like consularapp.labels), so its words are not in core_es.po."""

    status: Status
    in_force: bool
    symbol: str
    word: str  # lower case, for sentences and cells: 'renewal due'
    title: str  # capitalised, for counts, filters and headings: 'Renewal due'
    meaning: str  # what it means for the partnership, one short clause
    word_es: str
    meaning_es: str
    background: str  # '#rrggbb', a light fill
    ink: str  # '#rrggbb', text and outlines, on the background or on white

    @property
    def urgency(self) -> int:
        """0 for the most urgent; the order of CATALOGUE."""
        return URGENCY.index(self.status)


# Most urgent first: what a regional administrator must act on comes before what is settled.
CATALOGUE: tuple[StatusInfo, ...] = (
    StatusInfo(Status.EXPIRING, True, "⚠", "expiring", "Expiring",
               "in force for a few more days",
               "por vencer", "vigente por pocos días más", "#ffc98f", "#7a3300"),
    StatusInfo(Status.RENEWAL_DUE, True, "↻", "renewal due", "Renewal due",
               "in force; time to prepare the renewal",
               "renovación pendiente", "vigente; es momento de preparar la renovación",
               "#fbe7a6", "#5c4200"),
    StatusInfo(Status.EXPIRED, False, "✖", "expired", "Expired",
               "its term has ended and nothing replaced it",
               "vencido", "su plazo terminó y nada lo reemplazó", "#f5b9b9", "#7d1414"),
    StatusInfo(Status.OPEN_ENDED, True, "∞", "open-ended", "Open-ended",
               "in force with no sunset date; reviewed periodically",
               "sin vencimiento", "vigente sin fecha de término; se revisa periódicamente",
               "#c9def5", "#1a4470"),
    StatusInfo(Status.NEGOTIATING, False, "⇄", "negotiating", "Negotiating",
               "text under discussion with the consulate",
               "en negociación", "texto en discusión con el consulado", "#e3ecd2", "#3d4f1a"),
    StatusInfo(Status.DRAFT, False, "✎", "draft", "Draft",
               "being written; not signed",
               "borrador", "en redacción; sin firmar", "#eeeeee", "#404040"),
    StatusInfo(Status.ACTIVE, True, "✔", "active", "Active", "in force",
               "vigente", "en vigor", "#cdebd0", "#1a5424"),
    StatusInfo(Status.TERMINATED, False, "⊘", "terminated", "Terminated",
               "ended early",
               "terminado", "terminado antes de tiempo", "#dfd2ea", "#4a2a66"),
    StatusInfo(Status.SUPERSEDED, False, "→", "superseded", "Superseded",
               "replaced by a signed renewal",
               "reemplazado", "reemplazado por una renovación firmada", "#dcdcdc", "#474747"),
)

URGENCY: list[Status] = [info.status for info in CATALOGUE]
IN_FORCE = frozenset(info.status for info in CATALOGUE if info.in_force)
_BY_STATUS = {info.status: info for info in CATALOGUE}

#: Which status a pair of partners shows (matrix cell, dashboard) when they have several
#: agreements: one in force wins, then what is being prepared, then what lapsed.
PAIR_PREFERENCE: tuple[Status, ...] = (
    Status.EXPIRING, Status.RENEWAL_DUE, Status.ACTIVE, Status.OPEN_ENDED, Status.NEGOTIATING,
    Status.DRAFT, Status.EXPIRED, Status.TERMINATED, Status.SUPERSEDED,
)

#: What the partner matrix shows where an office and a consulate have no agreement at all.
GAP_SYMBOL = "—"


def info(status: Status | str) -> StatusInfo:
    return _BY_STATUS[Status(status)]


def _lang(lang: str | None) -> str:
    return lang or language()


def _pick(english: str, spanish: str, lang: str | None) -> str:
    chosen = _lang(lang)
    if chosen == "es":
        return spanish
    return pseudo(english) if chosen == PSEUDO else english


def word(status: Status | str, lang: str | None = None) -> str:
    """'renewal due' / 'renovación pendiente'."""
    found = info(status)
    return _pick(found.word, found.word_es, lang)


def title(status: Status | str, lang: str | None = None) -> str:
    """'Renewal due' / 'Renovación pendiente'."""
    found = info(status)
    return _pick(found.title, found.word_es[:1].upper() + found.word_es[1:], lang)


def meaning(status: Status | str, lang: str | None = None) -> str:
    found = info(status)
    return _pick(found.meaning, found.meaning_es, lang)


def text(status: Status | str, lang: str | None = None) -> str:
    """'⚠ expiring': the symbol and the word, never colour alone."""
    return f"{info(status).symbol} {word(status, lang)}"


def rank(status: Status | str) -> int:
    """Most urgent first, for sorting."""
    return info(status).urgency


def legend(lang: str | None = None) -> str:
    """One line naming every symbol, for under the matrix and the timeline and in reports."""
    parts = [text(s, lang) for s in URGENCY]
    parts.append(f"{GAP_SYMBOL} " + _pick("no agreement", "sin acuerdo", lang))
    return "   ".join(parts)


# --- contrast (WCAG 2.0) -------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    code = colour.lstrip("#")
    channels = [int(code[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two '#rrggbb' colours, 1 to 21."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
