"""Published releases of a campaign, and the changes waiting to be published, as tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from consularapp.publishing import CHANGE_KINDS, ReleaseInfo
from consularapp.timeutil import zone
from ui.models.lrw_labels import change_label, span_text, status_label, tr
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


class ReleasesModel(RowTableModel):
    COL_NUMBER = 0
    COL_WHEN = 1
    COL_BY = 2
    COL_EVENTS = 3
    COL_CHANGES = 4
    COLUMN_COUNT = 5

    def headers(self) -> list[str]:
        return [tr("Release"), tr("Published (your time)"), tr("By"), tr("Events"),
                tr("Changes from the previous release")]

    def display(self, row: ReleaseRow, column: int) -> str:
        r = row.release
        if column == self.COL_NUMBER:
            return str(r.number)
        if column == self.COL_WHEN:
            return r.published_at.astimezone().strftime("%Y-%m-%d %H:%M %Z")
        if column == self.COL_BY:
            return r.published_by or ""
        if column == self.COL_EVENTS:
            return str(r.event_count)
        if column == self.COL_CHANGES:
            return counts_text(r.changelog)
        return ""

    def sort_value(self, row: ReleaseRow, column: int) -> Any:
        r = row.release
        if column == self.COL_NUMBER:
            return r.number
        if column == self.COL_WHEN:
            return r.published_at
        if column == self.COL_EVENTS:
            return r.event_count
        if column == self.COL_CHANGES:
            return len(r.changelog)
        return self.display(row, column)

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

    COL_WHAT = 0
    COL_EVENT = 1
    COL_TITLE = 2
    COL_BEFORE = 3
    COL_AFTER = 4
    COLUMN_COUNT = 5

    def headers(self) -> list[str]:
        return [tr("Change"), tr("Event"), tr("Title"), tr("Before (venue time)"),
                tr("Now (venue time)")]

    def display(self, row: ChangeRow, column: int) -> str:
        e = row.entry
        if column == self.COL_WHAT:
            return change_label(e["what"])
        if column == self.COL_EVENT:
            return e["event_id"]
        if column == self.COL_TITLE:
            return e["title"]
        if column == self.COL_BEFORE:
            return _when_text(e.get("before"))
        if column == self.COL_AFTER:
            return _when_text(e.get("after"))
        return ""

    def sort_value(self, row: ChangeRow, column: int) -> Any:
        if column == self.COL_WHAT:
            return CHANGE_KINDS.index(row.entry["what"]) if row.entry["what"] in CHANGE_KINDS \
                else 99
        return self.display(row, column)

    def tooltip(self, row: ChangeRow, column: int) -> str | None:
        fields = row.entry.get("fields") or []
        if column == self.COL_WHAT and fields:
            return tr("Fields changed: %1").replace("%1", ", ".join(fields))
        return None

    def search_parts(self, row: ChangeRow) -> Iterable[str]:
        return (row.entry["event_id"], row.entry["title"], row.entry["what"])
