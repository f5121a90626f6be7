"""Words, symbols and colours for agreement statuses, kinds and dashboard items, translatable.

Every status is said in words, with a symbol that survives a black-and-white printout and a
screen reader; the background colour is only an extra (Section 508). The statuses come from the
core's one catalogue (consularapp.statuses), which the reports use too; this module gives them
Qt's types. Shared by the dashboard, the agreements table, the partner matrix, the timeline and
the editor.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from consularapp import l10n, labels, statuses
from consularapp.agreements import URGENCY, Status
from consularapp.models import AgreementKind, AgreementState
from consularapp.partnerships import AttentionKind
from ui import colours

CONTEXT = "agreements"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ntr(text: str, n: int) -> str:
    """`text` with its %n in the plural form for `n` (Qt's numerus: consularapp_<lang>.ts)."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


# --- statuses: the core's catalogue (consularapp.statuses), in Qt's types ---------------------

#: A symbol per status, so the status reads without colour (and in a greyscale printout).
STATUS_SYMBOLS = {i.status: i.symbol for i in statuses.CATALOGUE}
GAP_SYMBOL = statuses.GAP_SYMBOL


def status_word(status: Status) -> str:
    """'renewal due' (lower case, for sentences and cells)."""
    return statuses.word(status)


def status_title(status: Status) -> str:
    """'Renewal due' (capitalised, for counts and filters)."""
    return statuses.title(status)


def status_meaning(status: Status) -> str:
    return statuses.meaning(status)


def status_text(status: Status) -> str:
    """'⚠ expiring': symbol and word."""
    return statuses.text(status)


def status_colour(status: Status) -> QColor:
    """The light background of a status cell or bar (text on it: `status_ink`)."""
    return QColor(statuses.info(status).background)


def status_ink(status: Status) -> QColor:
    """Text and outlines for a status: dark enough on its background and on white (4.5:1)."""
    return QColor(statuses.info(status).ink)


def status_edge(status: Status) -> QColor:
    return status_ink(status)


def status_rank(status: Status) -> int:
    """Most urgent first (the catalogue's order), for sorting."""
    return statuses.rank(status)


def statuses_by_urgency() -> list[Status]:
    return list(URGENCY)


# --- kinds and states: the core's glossary (consularapp.labels), shared with every report ------


def kind_label(value: str) -> str:
    """'Letter of Arrangement' / 'Carta de Arreglo'."""
    return labels.agreement_kind_label(value)


def kind_short(value: str) -> str:
    """'Letter' / 'Carta'."""
    return labels.agreement_kind_short(value)


def kinds() -> list[tuple[str, str]]:
    """(stored value, label) in the enum's order."""
    return [(k.value, kind_label(k.value)) for k in AgreementKind]


def state_label(value: str) -> str:
    return labels.agreement_state_label(value)


def states() -> list[tuple[str, str]]:
    return [(s.value, state_label(s.value)) for s in AgreementState]


# --- dashboard items ----------------------------------------------------------------------------

_ATTENTION = {
    AttentionKind.EXPIRING: QT_TRANSLATE_NOOP("agreements", "Expiring"),
    AttentionKind.RENEWAL_DUE: QT_TRANSLATE_NOOP("agreements", "Renewal due"),
    AttentionKind.EXPIRED: QT_TRANSLATE_NOOP("agreements", "Expired, not renewed"),
    AttentionKind.REVIEW_DUE: QT_TRANSLATE_NOOP("agreements", "Review due"),
    AttentionKind.OBLIGATION_OVERDUE: QT_TRANSLATE_NOOP("agreements", "Report or copy overdue"),
    AttentionKind.OBLIGATION_DUE: QT_TRANSLATE_NOOP("agreements", "Report or copy due soon"),
    AttentionKind.NO_LIAISON: QT_TRANSLATE_NOOP("agreements", "No current liaison"),
    AttentionKind.NO_AGREEMENT: QT_TRANSLATE_NOOP("agreements", "No agreement in force"),
}
ATTENTION_SYMBOLS = {
    AttentionKind.EXPIRING: "⚠",
    AttentionKind.RENEWAL_DUE: "↻",
    AttentionKind.EXPIRED: "✖",
    AttentionKind.REVIEW_DUE: "∞",
    AttentionKind.OBLIGATION_OVERDUE: "‼",  # in the fonts of Windows and Linux alike
    AttentionKind.OBLIGATION_DUE: "✎",
    AttentionKind.NO_LIAISON: "⚑",
    AttentionKind.NO_AGREEMENT: "∅",
}
_ATTENTION_STATUS = {
    AttentionKind.EXPIRING: Status.EXPIRING,
    AttentionKind.RENEWAL_DUE: Status.RENEWAL_DUE,
    AttentionKind.EXPIRED: Status.EXPIRED,
    AttentionKind.REVIEW_DUE: Status.OPEN_ENDED,
}


def attention_label(kind: AttentionKind) -> str:
    return tr(_ATTENTION[kind])


def attention_text(kind: AttentionKind) -> str:
    """'⚠ Expiring'."""
    return f"{ATTENTION_SYMBOLS[kind]} {attention_label(kind)}"


def attention_colour(kind: AttentionKind) -> QColor:
    status = _ATTENTION_STATUS.get(kind)
    return status_colour(status) if status is not None else QColor(colours.OTHER_ATTENTION_FILL)


# --- days and dates -----------------------------------------------------------------------------


def days_text(days: int | None) -> str:
    """'in 15 days', 'today', 'tomorrow', 'yesterday', '24 days ago'; '' when unknown."""
    if days is None:
        return ""
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days == -1:
        return tr("yesterday")
    if days >= 730:
        return ntr("in about %n year(s)", round(days / 365.25))
    if days <= -730:
        return ntr("about %n year(s) ago", round(-days / 365.25))
    if days > 0:
        return ntr("in %n day(s)", days)
    return ntr("%n day(s) ago", -days)


def days_left_text(days: int | None) -> str:
    """For the table's 'Days left' column: '15 days', '24 days ago' (ended), ''."""
    if days is None:
        return ""
    if days < 0:
        return days_text(days)
    return ntr("%n day(s)", days)


def date_text(day: date | None) -> str:
    """A date in a table cell or a details table: ISO (sorts, never ambiguous, narrow)."""
    return day.isoformat() if day else ""


def sentence_date(day: date | None) -> str:
    """A date inside a sentence, in the window's language: 'December 3, 2026' / '3 de
    diciembre de 2026' ('Al 3 de diciembre de 2026', not 'Al 2026-12-03')."""
    return l10n.long_date(day, weekday=False) if day else ""


def no_sunset_text() -> str:
    return tr("no sunset")


def legend_text() -> str:
    """One line naming every symbol, for under the matrix and the timeline."""
    return statuses.legend()


def attention_sentence(expiring: int, due: int, expiring_days: int) -> str:
    """'2 agreements expire within 30 days, 1 is due for renewal' ('' when both are 0).

    The core's Dashboard.banner() in the user's language, with the expiring threshold in force.
    """
    parts = []
    if expiring:
        parts.append(ntr("%n agreement(s) expire within %1 days", expiring)
                     .replace("%1", str(expiring_days)))
    if due:
        if expiring:
            parts.append(ntr("%n due for renewal", due))
        else:
            parts.append(ntr("%n agreement(s) due for renewal", due))
    return tr(", ").join(parts) if len(parts) > 1 else "".join(parts)


def scope_text(agency: str | None, region: str | None) -> str:
    """'WHD · Midwest', 'WHD', or 'all agencies'."""
    if agency and region:
        return f"{agency} · {region}"
    return agency or region or tr("all agencies")
