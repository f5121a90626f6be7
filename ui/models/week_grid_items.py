"""The week grid's events as a table, for screen readers: one row per block, in the order the
arrow keys move (day by day, top to bottom), and per row the event's name, when (day and local
time at the venue, with its zone), where, the lane it is drawn in (host consulate or office) and
its status (planned, confirmed or cancelled; open problems).

The widget (ui/widgets/week_grid.py) is a QTableView over this model with its headers hidden, so
Qt's accessible table reads these cells, their column headers and, as row headers, the events'
titles; see ui/widgets/painted_table.py for why. Texts are made when a cell is asked for, from
the layout the grid already holds: nothing per block is computed up front.
"""

from __future__ import annotations

from typing import Any

from ui.models.lrw_labels import day_text, ntr, tr
from ui.models.painted_items import PaintedItems
from ui.models.week_grid_model import Block, GridLayout, GroupBy, Navigator

COL_EVENT = 0
COL_WHEN = 1
COL_WHERE = 2
COL_LANE = 3
COL_STATUS = 4


def _headers(group_by: GroupBy) -> list[str]:
    lane = {GroupBy.CONSULATE: tr("Host consulate"),
            GroupBy.OFFICE: tr("Office taking part")}.get(group_by, tr("Group"))
    return [tr("Event"), tr("When (at the venue)"), tr("Where"), lane, tr("Status")]


def problems_text(count: int) -> str:
    return ntr("%n problem(s)", count)


class WeekGridItems(PaintedItems):
    """Rows are the layout's blocks in reading order; `position(row)` is the block's index in
    `GridLayout.blocks`, `row_of(position)` the reverse."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.layout: GridLayout | None = None
        self.order: list[int] = []
        self._rows: dict[int, int] = {}
        self._headers = _headers(GroupBy.CONSULATE)

    def set_layout(self, layout: GridLayout, navigator: Navigator) -> None:
        self.beginResetModel()
        self.layout = layout
        self.order = list(navigator.order)
        self._rows = {position: row for row, position in enumerate(self.order)}
        self._headers = _headers(layout.group_by)
        self.endResetModel()

    def position(self, row: int) -> int:
        return self.order[row]

    def row_of(self, position: int | None) -> int | None:
        return None if position is None else self._rows.get(position)

    def block(self, row: int) -> Block:
        assert self.layout is not None
        return self.layout.blocks[self.order[row]]

    # --- texts ----------------------------------------------------------------------------------

    def text(self, row: int, column: int) -> str:
        block = self.block(row)
        if column == COL_EVENT:
            title = f"{tr('(cancelled)')} {block.title}" if block.cancelled else block.title
            return f"{title} · {block.format}" if block.format else title
        if column == COL_WHEN:
            assert self.layout is not None
            when = f"{day_text(self.layout.days[block.day])}, {block.time_text}"
            return f"{when} ({block.time_zone})" if block.time_zone else when
        if column == COL_WHERE:
            return block.venue or tr("No venue yet")
        if column == COL_LANE:
            assert self.layout is not None
            return self.layout.lanes[block.lane].title
        if column == COL_STATUS:
            status = block.status or (tr("(cancelled)") if block.cancelled else "")
            if block.conflicts:
                problems = problems_text(block.conflicts)
                return f"{status} · {problems}" if status else problems
            return status
        return ""

    # --- PaintedItems -------------------------------------------------------------------------

    def item_count(self) -> int:
        return len(self.order)

    def column_titles(self) -> list[str]:
        return self._headers

    def row_title(self, row: int) -> str:
        return self.block(row).title
