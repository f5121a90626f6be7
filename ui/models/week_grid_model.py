"""The week grid laid out in plain Python: which block goes where, computed once per change.

The grid shows a campaign's days as columns and hours as rows, in swim lanes (one per host
consulate, or per office taking part). Each block sits at the LOCAL wall-clock time of its venue:
a 09:00 MST event in Phoenix and a 09:00 CDT event in Chicago are on the same row, each labelled
with its own zone's abbreviation; nothing is converted to the user's zone. Events that overlap in
the same lane and day are put side by side (sub-columns). Events whose local day falls outside
the campaign's days are not placed; they are listed apart. Beyond MAX_SIDE_BY_SIDE overlapping
events, the rest collapse into one "+N more" block per moment they crowd (a national campaign
can have a thousand events in one lane: side by side they would be 1-pixel slivers); the block
lists them when opened.

No widget is involved: `build_layout` is tested alone, and the widget (ui/widgets/week_grid.py)
only turns minutes and sub-columns into pixels and paints what is exposed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from consularapp.events import EventRow
from ui.models.lrw_labels import clock_text, format_label, ntr, span_text, status_label, tr

MINUTES_PER_DAY = 24 * 60
DEFAULT_FIRST_HOUR = 9
DEFAULT_LAST_HOUR = 17
NO_LANE = ""  # the lane of events without a host consulate (or without offices)
MAX_SIDE_BY_SIDE = 3  # overlapping events shown side by side; the rest: "+N more"


class GroupBy(StrEnum):
    CONSULATE = "consulate"
    OFFICE = "office"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Block:
    """One event in one lane, placed by its local wall-clock time."""

    event_id: str
    lane: int  # index into GridLayout.lanes
    day: int  # index into GridLayout.days
    start_minute: int  # local minutes since midnight at the venue
    end_minute: int  # local; 1440 when the event runs past midnight
    column: int  # its sub-column among the events it overlaps (0-based)
    columns: int  # how many sub-columns its overlapping group needs
    title: str
    format: str  # the format's label
    venue: str
    time_text: str  # "09:00–11:00 MST"
    short_time: str  # "09:00 MST", for narrow blocks
    zone_abbreviation: str
    cancelled: bool
    conflicts: int  # open (unacknowledged) problems of the event
    continues: bool  # runs past midnight (the block is cut at the day's end)
    time_zone: str = ""  # the venue's zone ("America/Phoenix"), said in full by `label`
    status: str = ""  # the event's status in words ("Confirmed"), for screen readers
    outcome_missing: bool = False  # held and over, no outcome recorded yet (✎ on the block)
    # A "+N more" block: the events it stands for (event_id is the first of them); () for an
    # event's own block.
    hidden: tuple[str, ...] = ()
    hidden_titles: tuple[str, ...] = ()

    @property
    def is_more(self) -> bool:
        return bool(self.hidden)

    @property
    def start_row(self) -> int:
        """The hour row the block starts in (local hour at the venue)."""
        return self.start_minute // 60

    @property
    def label(self) -> str:
        """Everything the block says, for screen readers and tooltips."""
        if self.is_more:
            names = "; ".join(self.hidden_titles[:5])
            if len(self.hidden_titles) > 5:
                names += "; …"
            return " — ".join((self.time_text, self.title, names,
                               tr("Enter or double-click lists them")))
        when = f"{self.time_text} ({self.time_zone})" if self.time_zone else self.time_text
        parts = [when, self.title, f"{self.format} · {self.venue}"]
        if self.cancelled:
            parts.insert(0, tr("(cancelled)"))
        if self.conflicts:
            parts.append(ntr("%n problem(s)", self.conflicts))
        if self.outcome_missing:
            parts.append(tr("✎ no outcome recorded yet"))
        return " — ".join(parts)


@dataclass(frozen=True, slots=True)
class Lane:
    key: str  # consulate or office ID; NO_LANE for the events without one
    title: str
    first_hour: int  # the first hour row shown
    last_hour: int  # exclusive: rows are first_hour .. last_hour - 1
    event_count: int

    @property
    def hours(self) -> int:
        return self.last_hour - self.first_hour


@dataclass
class GridLayout:
    days: list[date]
    lanes: list[Lane]
    blocks: list[Block]  # by lane, day, start, column
    outside: list[EventRow] = field(default_factory=list)  # local day outside `days`
    group_by: GroupBy = GroupBy.CONSULATE

    def __post_init__(self) -> None:
        self._by_event: dict[str, list[int]] = defaultdict(list)
        for n, block in enumerate(self.blocks):
            for event_id in block.hidden or (block.event_id,):
                self._by_event[event_id].append(n)  # behind "+N more": that block

    def blocks_of(self, event_id: str) -> list[int]:
        """Positions in `blocks` of the event's blocks (one per lane it appears in)."""
        return self._by_event.get(event_id, [])

    def event_ids(self) -> list[str]:
        return list(self._by_event)

    @property
    def event_count(self) -> int:
        return len(self._by_event)


def campaign_days(starts_on: date, ends_on: date) -> list[date]:
    """The campaign's days (Monday to Friday, usually); at most six weeks."""
    count = max(1, min((ends_on - starts_on).days + 1, 42))
    return [starts_on + timedelta(days=n) for n in range(count)]


def _minutes(row: EventRow) -> tuple[int, int, bool]:
    start = row.starts.hour * 60 + row.starts.minute
    if row.ends.date() != row.starts.date():
        return start, MINUTES_PER_DAY, True
    end = row.ends.hour * 60 + row.ends.minute
    return start, max(end, start + 1), False


def _assign_columns(items: list[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """Sub-columns for intervals (start, end, key) of one lane and day.

    Intervals that overlap, directly or through others, form a group; each takes the first
    sub-column free at its start, and the group's width is its number of sub-columns.
    Back-to-back intervals (one ends when the next starts) do not overlap.
    """
    result: dict[int, tuple[int, int]] = {}
    items = sorted(items)
    group: list[tuple[int, int]] = []  # (key, column) of the current group
    column_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        width = len(column_ends)
        for key, column in group:
            result[key] = (column, width)

    for start, end, key in items:
        if group and start >= group_end:
            close_group()
            group, column_ends, group_end = [], [], -1
        for column, busy_until in enumerate(column_ends):
            if busy_until <= start:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        group.append((key, column))
        group_end = max(group_end, end)
    if group:
        close_group()
    return result


def build_layout(
    rows: Iterable[EventRow],
    days: Sequence[date],
    *,
    group_by: GroupBy = GroupBy.CONSULATE,
    lane_names: Mapping[str, str] | None = None,
    conflicts: Mapping[str, int] | None = None,
    format_text: Callable[[str], str] = format_label,
) -> GridLayout:
    """Lay out `rows` (already filtered) over `days`.

    `lane_names` gives office names when grouping by office (consulate names come with the rows);
    `conflicts` the number of open problems per event ID. Each lane shows the hours its events
    use.
    Lanes are in ID order (consulates by country, then city; offices by agency, then city),
    the lane without a consulate or office last.
    """
    from datetime import UTC, datetime, time

    from ui import clock

    now = datetime.combine(clock.today(), time(0), UTC)
    names = lane_names or {}
    counts = conflicts or {}
    day_index = {d: n for n, d in enumerate(days)}
    outside: list[EventRow] = []
    # lane key -> list of (row, day index)
    placed: dict[str, list[tuple[EventRow, int]]] = defaultdict(list)
    titles: dict[str, str] = {}
    for row in rows:
        day = day_index.get(row.starts.date())
        if day is None:
            outside.append(row)
            continue
        if group_by == GroupBy.OFFICE:
            keys = list(row.office_ids) or [NO_LANE]
            for key in keys:
                titles.setdefault(key, names.get(key, key))
        elif group_by == GroupBy.CONSULATE:
            keys = [row.host_consulate_id or NO_LANE]
            titles.setdefault(keys[0], row.host_name or names.get(keys[0], keys[0]))
        else:
            keys = [NO_LANE]
        for key in keys:
            placed[key].append((row, day))

    def lane_sort(key: str) -> tuple[bool, str]:
        # By ID: consulates by country then city (MX-CHICAGO), offices by agency then city.
        return (key == NO_LANE, key)

    if group_by == GroupBy.OFFICE:
        no_lane_title = tr("No office taking part")
    elif group_by == GroupBy.CONSULATE:
        no_lane_title = tr("No host consulate")
    else:
        no_lane_title = tr("All events")
    lanes: list[Lane] = []
    blocks: list[Block] = []
    for lane_index, key in enumerate(sorted(placed, key=lane_sort)):
        items = placed[key]
        spans = [_minutes(row) for row, _day in items]
        first = min(start for start, _end, _c in spans) // 60
        last = -(-max(end for _start, end, _c in spans) // 60)  # ceiling
        last = max(last, first + 1)
        title = titles.get(key, key) if key != NO_LANE else no_lane_title
        lanes.append(Lane(key, title or key, first, last, len(items)))
        by_day: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for n, ((_row, day), (start, end, _c)) in enumerate(zip(items, spans, strict=True)):
            by_day[day].append((start, end, n))
        lane_blocks: list[Block] = []
        for day, intervals in by_day.items():
            columns = _assign_columns(intervals)
            crowded = [(start, end, n) for start, end, n in intervals
                       if columns[n][1] > MAX_SIDE_BY_SIDE
                       and columns[n][0] >= MAX_SIDE_BY_SIDE - 1]
            lane_blocks.extend(_more_blocks(crowded, items, lane_index, day))
            hidden = {n for _s, _e, n in crowded}
            for start, end, n in intervals:
                if n in hidden:
                    continue
                row = items[n][0]
                column, width = columns[n]
                width = min(width, MAX_SIDE_BY_SIDE)
                lane_blocks.append(
                    Block(
                        event_id=row.id,
                        lane=lane_index,
                        day=day,
                        start_minute=start,
                        end_minute=end,
                        column=column,
                        columns=width,
                        title=row.shown_title() + (" ✎" if row.lacks_outcome(now) else ""),
                        format=format_text(row.format),
                        venue=row.shown_venue(),
                        time_text=span_text(row.starts, row.ends),
                        short_time=f"{clock_text(row.starts)} {row.zone_abbreviation}",
                        zone_abbreviation=row.zone_abbreviation,
                        cancelled=row.cancelled,
                        conflicts=counts.get(row.id, 0),
                        continues=spans[n][2],
                        time_zone=row.time_zone,
                        status=status_label(row.status),
                        outcome_missing=row.lacks_outcome(now),
                    )
                )
        lane_blocks.sort(key=lambda b: (b.day, b.start_minute, b.column, b.event_id))
        blocks.extend(lane_blocks)
    outside.sort(key=lambda r: (r.starts_at, r.id))
    return GridLayout(list(days), lanes, blocks, outside, group_by)


def _more_blocks(crowded: list[tuple[int, int, int]], items: list[tuple[EventRow, int]],
                 lane: int, day: int) -> list[Block]:
    """One "+N more" block per cluster of crowded events that overlap one another, in the last
    side-by-side column, from the first one's start to the last one's end."""
    blocks: list[Block] = []
    cluster: list[tuple[int, int, int]] = []

    def close() -> None:
        if not cluster:
            return
        rows = [items[n][0] for _s, _e, n in cluster]
        start = min(s for s, _e, _n in cluster)
        end = max(e for _s, e, _n in cluster)
        first = min(rows, key=lambda r: r.starts)
        last = max(rows, key=lambda r: r.ends)
        count = len(rows)
        blocks.append(Block(
            event_id=first.id, lane=lane, day=day, start_minute=start, end_minute=end,
            column=MAX_SIDE_BY_SIDE - 1, columns=MAX_SIDE_BY_SIDE,
            title=tr("+%1 more").replace("%1", str(count)),
            format=tr("%1 events at the same time").replace("%1", str(count)),
            venue=tr("Enter lists them"),
            time_text=span_text(first.starts, last.ends),
            short_time=f"{clock_text(first.starts)} {first.zone_abbreviation}",
            zone_abbreviation=first.zone_abbreviation, cancelled=False, conflicts=0,
            continues=end >= MINUTES_PER_DAY, time_zone=first.time_zone,
            hidden=tuple(r.id for r in sorted(rows, key=lambda r: (r.starts, r.id))),
            hidden_titles=tuple(r.shown_title()
                                for r in sorted(rows, key=lambda r: (r.starts, r.id))),
        ))

    until = -1
    for start, end, n in sorted(crowded):
        if cluster and start >= until:
            close()
            cluster, until = [], -1
        cluster.append((start, end, n))
        until = max(until, end)
    close()
    return blocks


# --- keyboard moves -----------------------------------------------------------------------------


def _reading_order(layout: GridLayout) -> list[int]:
    """Block positions day by day, top to bottom within the day: how Up and Down move."""
    return sorted(
        range(len(layout.blocks)),
        key=lambda n: (
            layout.blocks[n].day,
            layout.blocks[n].lane,
            layout.blocks[n].start_minute,
            layout.blocks[n].column,
        ),
    )


class Navigator:
    """Arrow-key moves between blocks: Up/Down within a day (across lanes, in time order),
    Left/Right to the nearest block of the previous/next day, preferring the same lane."""

    def __init__(self, layout: GridLayout) -> None:
        self.layout = layout
        self.order = _reading_order(layout)
        self.position = {block: n for n, block in enumerate(self.order)}

    def first(self) -> int | None:
        return self.order[0] if self.order else None

    def last(self) -> int | None:
        return self.order[-1] if self.order else None

    def vertical(self, current: int, step: int) -> int:
        n = self.position.get(current)
        if n is None:
            return current
        target = n + step
        if not 0 <= target < len(self.order):
            return current
        return self.order[target]

    def horizontal(self, current: int, step: int) -> int:
        blocks = self.layout.blocks
        here = blocks[current]
        days = len(self.layout.days)
        day = here.day + step
        while 0 <= day < days:
            choices = [n for n, b in enumerate(blocks) if b.day == day]
            if choices:
                def distance(n: int) -> tuple[int, int, int]:
                    b = blocks[n]
                    return (b.lane != here.lane, abs(b.lane - here.lane),
                            abs(b.start_minute - here.start_minute))

                return min(choices, key=distance)
            day += step
        return current
