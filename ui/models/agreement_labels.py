"""Words, symbols and colours for agreement statuses, kinds and dashboard items, translatable.

Every status is said in words, with a symbol that survives a black-and-white printout and a
screen reader; the background colour is only an extra (Section 508). Shared by the dashboard, the
agreements table, the partner matrix, the timeline and the editor.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from consularapp.agreements import URGENCY, Status
from consularapp.models import AgreementKind, AgreementState
from consularapp.partnerships import AttentionKind

CONTEXT = "agreements"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --- statuses -----------------------------------------------------------------------------------

_STATUS_WORDS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("agreements", "draft"),
    Status.NEGOTIATING: QT_TRANSLATE_NOOP("agreements", "negotiating"),
    Status.ACTIVE: QT_TRANSLATE_NOOP("agreements", "active"),
    Status.RENEWAL_DUE: QT_TRANSLATE_NOOP("agreements", "renewal due"),
    Status.EXPIRING: QT_TRANSLATE_NOOP("agreements", "expiring"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("agreements", "expired"),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP("agreements", "superseded"),
    Status.TERMINATED: QT_TRANSLATE_NOOP("agreements", "terminated"),
    Status.OPEN_ENDED: QT_TRANSLATE_NOOP("agreements", "open-ended"),
}
_STATUS_TITLES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("agreements", "Draft"),
    Status.NEGOTIATING: QT_TRANSLATE_NOOP("agreements", "Negotiating"),
    Status.ACTIVE: QT_TRANSLATE_NOOP("agreements", "Active"),
    Status.RENEWAL_DUE: QT_TRANSLATE_NOOP("agreements", "Renewal due"),
    Status.EXPIRING: QT_TRANSLATE_NOOP("agreements", "Expiring"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("agreements", "Expired"),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP("agreements", "Superseded"),
    Status.TERMINATED: QT_TRANSLATE_NOOP("agreements", "Terminated"),
    Status.OPEN_ENDED: QT_TRANSLATE_NOOP("agreements", "Open-ended"),
}
_STATUS_MEANINGS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("agreements", "being written; not signed"),
    Status.NEGOTIATING: QT_TRANSLATE_NOOP("agreements", "text under discussion with the consulate"),
    Status.ACTIVE: QT_TRANSLATE_NOOP("agreements", "in force"),
    Status.RENEWAL_DUE: QT_TRANSLATE_NOOP("agreements", "in force; time to prepare the renewal"),
    Status.EXPIRING: QT_TRANSLATE_NOOP("agreements", "in force for a few more days"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("agreements", "its term has ended"),
    Status.SUPERSEDED: QT_TRANSLATE_NOOP("agreements", "replaced by a signed renewal"),
    Status.TERMINATED: QT_TRANSLATE_NOOP("agreements", "ended early"),
    Status.OPEN_ENDED: QT_TRANSLATE_NOOP("agreements", "in force with no sunset date"),
}

#: A symbol per status, so the status reads without colour (and in a greyscale printout).
STATUS_SYMBOLS = {
    Status.DRAFT: "✎",
    Status.NEGOTIATING: "⇄",
    Status.ACTIVE: "✔",
    Status.RENEWAL_DUE: "↻",
    Status.EXPIRING: "⚠",
    Status.EXPIRED: "✖",
    Status.SUPERSEDED: "→",
    Status.TERMINATED: "⊘",
    Status.OPEN_ENDED: "∞",
}
GAP_SYMBOL = "—"

# Light backgrounds with black text (contrast above 12:1); an extra, never the only signal.
_STATUS_COLOURS = {
    Status.DRAFT: "#eeeeee",
    Status.NEGOTIATING: "#e3ecd2",
    Status.ACTIVE: "#cdebd0",
    Status.RENEWAL_DUE: "#fbe7a6",
    Status.EXPIRING: "#ffc98f",
    Status.EXPIRED: "#f5b9b9",
    Status.SUPERSEDED: "#dcdcdc",
    Status.TERMINATED: "#dfd2ea",
    Status.OPEN_ENDED: "#c9def5",
}
_STATUS_EDGES = {
    Status.DRAFT: "#8a8a8a",
    Status.NEGOTIATING: "#6f8a3c",
    Status.ACTIVE: "#3c8a46",
    Status.RENEWAL_DUE: "#a8861a",
    Status.EXPIRING: "#c2620a",
    Status.EXPIRED: "#b03030",
    Status.SUPERSEDED: "#7a7a7a",
    Status.TERMINATED: "#6e4a8a",
    Status.OPEN_ENDED: "#2f6aa8",
}


def status_word(status: Status) -> str:
    """'renewal due' (lower case, for sentences and cells)."""
    return tr(_STATUS_WORDS[status])


def status_title(status: Status) -> str:
    """'Renewal due' (capitalised, for counts and filters)."""
    return tr(_STATUS_TITLES[status])


def status_meaning(status: Status) -> str:
    return tr(_STATUS_MEANINGS[status])


def status_text(status: Status) -> str:
    """'⚠ expiring': symbol and word."""
    return f"{STATUS_SYMBOLS[status]} {status_word(status)}"


def status_colour(status: Status) -> QColor:
    return QColor(_STATUS_COLOURS[status])


def status_edge(status: Status) -> QColor:
    return QColor(_STATUS_EDGES[status])


def status_rank(status: Status) -> int:
    """Most urgent first (the core's URGENCY order), for sorting."""
    return URGENCY.index(status)


def statuses_by_urgency() -> list[Status]:
    return list(URGENCY)


# --- kinds and states ---------------------------------------------------------------------------

_KINDS = {
    AgreementKind.LETTER.value: QT_TRANSLATE_NOOP("agreements", "Letter of Arrangement"),
    # One line each, as translation extractors expect.
    AgreementKind.UNDERSTANDING.value: QT_TRANSLATE_NOOP("agreements", "Arrangement Establishing an Understanding"),  # noqa: E501
    AgreementKind.ALLIANCE.value: QT_TRANSLATE_NOOP("agreements", "Arrangement Establishing an Alliance"),  # noqa: E501
    AgreementKind.MOU.value: QT_TRANSLATE_NOOP("agreements", "Memorandum of Understanding"),
    AgreementKind.OTHER.value: QT_TRANSLATE_NOOP("agreements", "Other"),
}
_SHORT_KINDS = {
    AgreementKind.LETTER.value: QT_TRANSLATE_NOOP("agreements", "Letter"),
    AgreementKind.UNDERSTANDING.value: QT_TRANSLATE_NOOP("agreements", "Understanding"),
    AgreementKind.ALLIANCE.value: QT_TRANSLATE_NOOP("agreements", "Alliance"),
    AgreementKind.MOU.value: QT_TRANSLATE_NOOP("agreements", "MOU"),
    AgreementKind.OTHER.value: QT_TRANSLATE_NOOP("agreements", "Other"),
}
_STATES = {
    AgreementState.DRAFT.value: QT_TRANSLATE_NOOP("agreements", "Draft"),
    AgreementState.NEGOTIATING.value: QT_TRANSLATE_NOOP("agreements", "Negotiating"),
    AgreementState.SIGNED.value: QT_TRANSLATE_NOOP("agreements", "Signed"),
    AgreementState.TERMINATED.value: QT_TRANSLATE_NOOP("agreements", "Terminated"),
}


def kind_label(value: str) -> str:
    label = _KINDS.get(value)
    return tr(label) if label else value


def kind_short(value: str) -> str:
    label = _SHORT_KINDS.get(value)
    return tr(label) if label else value


def kinds() -> list[tuple[str, str]]:
    """(stored value, label) in the enum's order."""
    return [(k.value, kind_label(k.value)) for k in AgreementKind]


def state_label(value: str) -> str:
    label = _STATES.get(value)
    return tr(label) if label else value


def states() -> list[tuple[str, str]]:
    return [(s.value, state_label(s.value)) for s in AgreementState]


# --- dashboard items ----------------------------------------------------------------------------

_ATTENTION = {
    AttentionKind.EXPIRING: QT_TRANSLATE_NOOP("agreements", "Expiring"),
    AttentionKind.RENEWAL_DUE: QT_TRANSLATE_NOOP("agreements", "Renewal due"),
    AttentionKind.EXPIRED: QT_TRANSLATE_NOOP("agreements", "Expired, not renewed"),
    AttentionKind.REVIEW_DUE: QT_TRANSLATE_NOOP("agreements", "Review due"),
    AttentionKind.NO_LIAISON: QT_TRANSLATE_NOOP("agreements", "No current liaison"),
    AttentionKind.NO_AGREEMENT: QT_TRANSLATE_NOOP("agreements", "No agreement in force"),
}
ATTENTION_SYMBOLS = {
    AttentionKind.EXPIRING: "⚠",
    AttentionKind.RENEWAL_DUE: "↻",
    AttentionKind.EXPIRED: "✖",
    AttentionKind.REVIEW_DUE: "∞",
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
    return status_colour(status) if status is not None else QColor("#e8e8f4")


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
        return tr("in about %1 years").replace("%1", str(round(days / 365.25)))
    if days <= -730:
        return tr("about %1 years ago").replace("%1", str(round(-days / 365.25)))
    if days > 0:
        return tr("in %1 days").replace("%1", str(days))
    return tr("%1 days ago").replace("%1", str(-days))


def days_left_text(days: int | None) -> str:
    """For the table's 'Days left' column: '15 days', '24 days ago' (ended), ''."""
    if days is None:
        return ""
    if days < 0:
        return days_text(days)
    if days == 1:
        return tr("1 day")
    return tr("%1 days").replace("%1", str(days))


def date_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def no_sunset_text() -> str:
    return tr("no sunset")


def legend_text() -> str:
    """One line naming every symbol, for under the matrix and the timeline."""
    parts = [f"{STATUS_SYMBOLS[s]} {status_word(s)}" for s in URGENCY]
    parts.append(f"{GAP_SYMBOL} {tr('no agreement')}")
    return "   ".join(parts)


def attention_sentence(expiring: int, due: int, expiring_days: int) -> str:
    """'2 agreements expire within 30 days, 1 is due for renewal' ('' when both are 0).

    The core's Dashboard.banner() in the user's language, with the expiring threshold in force.
    """
    parts = []
    if expiring:
        text = (tr("1 agreement expires within %2 days") if expiring == 1
                else tr("%1 agreements expire within %2 days"))
        parts.append(text.replace("%1", str(expiring)).replace("%2", str(expiring_days)))
    if due:
        if expiring:
            text = tr("1 is due for renewal") if due == 1 else tr("%1 are due for renewal")
        else:
            text = (tr("1 agreement is due for renewal") if due == 1
                    else tr("%1 agreements are due for renewal"))
        parts.append(text.replace("%1", str(due)))
    return tr(", ").join(parts) if len(parts) > 1 else "".join(parts)


def scope_text(agency: str | None, region: str | None) -> str:
    """'WHD · Midwest', 'WHD', or 'all agencies'."""
    if agency and region:
        return f"{agency} · {region}"
    return agency or region or tr("all agencies")
