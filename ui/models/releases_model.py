"""Published releases of a campaign, and the changes waiting to be published, as tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from consularapp.i18n import language
from consularapp.publishing import CHANGE_KINDS, ReleaseInfo
from consularapp.timeutil import zone
from ui.models.columns import RIGHT, Column, header_text
from ui.models.lrw_labels import CONTEXT, change_label, span_text, status_label, tr
from ui.models.table_model import RowTableModel


def counts_text(changelog: Iterable[dict[str, Any]]) -> str:
    """'3 added, 1 moved, 1 cancelled' in the core's order of kinds."""
    counts = Counter(entry.get("what", "") for entry in changelog)
    parts = [f"{counts[k]} {change_label(k)}" for k in CHANGE_KINDS if counts.get(k)]
    return ", ".join(parts) if parts else tr("no changes")


@dataclass(frozen=True)
class ReleaseRow:
    id: str  # the release number as text
    release: ReleaseInfo


def _what_rank(row: ChangeRow) -> int:
    what = row.entry["what"]
    return CHANGE_KINDS.index(what) if what in CHANGE_KINDS else 99


def _fields_changed(row: ChangeRow) -> str | None:
    fields = row.entry.get("fields") or []
    return tr("Fields changed: %1").replace("%1", ", ".join(fields)) if fields else None



def _entry_title(r: Any) -> str:
    """The event's title in the window's language (its Spanish one in Spanish, if any)."""
    spanish = r.entry.get("title_es") if language() == "es" else ""
    return spanish or r.entry["title"]

class ReleasesModel(RowTableModel):
    header_context = CONTEXT
    columns = (
        Column("number", header_text("Release"), lambda r: str(r.release.number),
               sort=lambda r: r.release.number, sample="000", align=RIGHT),
        Column("when", header_text("Published (your time)"),
               lambda r: r.release.published_at.astimezone().strftime("%Y-%m-%d %H:%M %Z"),
               sort=lambda r: r.release.published_at, sample="0000-00-00 00:00 MMM"),
        Column("by", header_text("By"), lambda r: r.release.published_by or "",
               sample="Rosa Martínez"),
        Column("events", header_text("Events"), lambda r: str(r.release.event_count),
               sort=lambda r: r.release.event_count, sample="0000", align=RIGHT),
        Column("changes", header_text("Changes from the previous release"),
               lambda r: counts_text(r.release.changelog),
               sort=lambda r: len(r.release.changelog), stretch=True),
    )

    def search_parts(self, row: ReleaseRow) -> Iterable[str]:
        return (str(row.release.number), row.release.published_by or "")


@dataclass(frozen=True)
class ChangeRow:
    id: str  # event ID
    entry: dict[str, Any]


def _when_text(side: dict[str, Any] | None) -> str:
    """'2027-08-30 09:00–11:00 America/Phoenix, Consulate… (cancelled)' from a changelog side."""
    if not side:
        return ""
    tz = zone(side["time_zone"])
    starts = datetime.fromisoformat(side["starts"]).astimezone(tz)
    ends = datetime.fromisoformat(side["ends"]).astimezone(tz)
    text = f"{starts:%Y-%m-%d} {span_text(starts, ends)}"
    text += f", {side['venue']}"
    if side.get("status") == "cancelled":
        text += " " + tr("(%1)").replace("%1", status_label("cancelled").lower())
    return text


class ChangesModel(RowTableModel):
    """What publishing would send: one row per event that differs from the latest release."""

    header_context = CONTEXT
    columns = (
        Column("what", header_text("Change"), lambda r: change_label(r.entry["what"]),
               sort=_what_rank, tooltip=_fields_changed, sample="rescheduled"),
        Column("event", header_text("Event"), lambda r: r.entry["event_id"],
               sample="LRW2027-OPENING-CHI"),
        Column("title", header_text("Title"), _entry_title,
               sample="Heat illness prevention workshop"),
        Column("before", header_text("Before (venue time)"),
               lambda r: _when_text(r.entry.get("before")),
               sample="0000-00-00 00:00–00:00 MMM, Consulate"),
        Column("after", header_text("Now (venue time)"),
               lambda r: _when_text(r.entry.get("after")),
               sample="0000-00-00 00:00–00:00 MMM, Consulate"),
    )

    def search_parts(self, row: ChangeRow) -> Iterable[str]:
        return (row.entry["event_id"], row.entry["title"], row.entry["what"])
