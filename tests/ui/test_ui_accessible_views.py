"""The painted views as a screen reader walks them, through QAccessible only (Section 508: WCAG
1.3.1 info and relationships, 2.1.1 keyboard, 4.1.2 name, role, value).

The week grid, the agreement timeline and the partner matrix must each be a table to assistive
technology: role Table, column and row header cells with names, one cell per item whose
table-cell interface gives its row, column and headers, the current item as the focus child
(what a screen reader reads when the arrow keys move), and each cell's rectangle where the item
is drawn (for magnifiers and hit testing). tests/ui/accessible_tree.py does the walking.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from accessible_tree import focus_child, interface, walk
from as_a_person import choose_with_arrows, focus, press
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible

from consularapp.db import Database
from ui import clock
from ui.pages.agreements_page import AgreementsPage
from ui.pages.lrw_page import LrwPage
from ui.settings import Settings

ROLE = QAccessible.Role
DAY = date(2027, 3, 1)


@pytest.fixture
def demo_db(demo_db_at) -> Iterator[Database]:
    clock.set_today(DAY)
    yield demo_db_at(DAY)
    clock.set_today(None)


@pytest.fixture
def lrw(demo_db: Database, qtbot, settings: Settings) -> LrwPage:
    page = LrwPage(demo_db, settings)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: not page.conflicts_pending, timeout=10000)
    return page


@pytest.fixture
def agreements(demo_db: Database, qtbot, settings: Settings) -> AgreementsPage:
    page = AgreementsPage(demo_db, settings)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


# --- the week grid ------------------------------------------------------------------------------


def test_the_week_grid_is_a_table_of_its_events(lrw: LrwPage) -> None:
    grid = lrw.grid
    table = walk(grid)
    assert table.role == ROLE.Table
    assert table.name == "Week grid"
    assert table.headers(ROLE.ColumnHeader) == [
        "Event", "When (at the venue)", "Where", "Group", "Status"]
    layout = grid.layout_data
    assert layout is not None
    # One row per block, in the order the arrow keys move; each row header is the event's title.
    order = [layout.blocks[n] for n in grid.navigator.order]
    assert table.headers(ROLE.RowHeader) == [b.title for b in order]
    assert len(table.cells()) == 5 * len(order) == 5 * 14
    first = table.cell(0, 0)
    assert first.name == "Opening ceremony of Labor Rights Week · Opening ceremony"
    assert first.column_headers == ["Event"]
    assert first.row_headers == ["Opening ceremony of Labor Rights Week"]
    assert table.cell(0, 1).name == "Mon 30 Aug, 09:00–11:00 CDT (America/Chicago)"
    assert table.cell(0, 2).name == "Consulate of Mexico in Chicago"
    assert table.cell(0, 4).name == "Confirmed · 1 problem"
    assert table.cell(0, 4).column_headers == ["Status"]
    # The event cell's description says the rest, for a reader that moves by rows.
    assert first.description == ("Mon 30 Aug, 09:00–11:00 CDT (America/Chicago); Consulate of "
                                 "Mexico in Chicago; All events; Confirmed · 1 problem")


def test_a_cancelled_event_says_so_in_its_cells(lrw: LrwPage) -> None:
    table = walk(lrw.grid)
    rows = [c.row for c in table.cells() if c.column == 0 and "(cancelled)" in c.name]
    assert len(rows) == 1
    assert table.cell(rows[0], 0).name == ("(cancelled) Training for consular staff · "
                                           "Training")
    assert table.cell(rows[0], 4).name.startswith("Cancelled")


def test_the_arrow_keys_move_the_screen_readers_cell(lrw: LrwPage) -> None:
    grid = lrw.grid
    focus(grid)
    assert grid.hasFocus()
    current = focus_child(grid)
    assert current is not None and current.focused and current.selected
    assert (current.row, current.column) == (0, 0)
    assert current.name.startswith("Opening ceremony of Labor Rights Week")
    press(grid, Qt.Key.Key_Down)
    current = focus_child(grid)
    assert current is not None and (current.row, current.column) == (1, 0)
    assert current.name == "Heat illness prevention workshop · Workshop"
    assert current.focused
    # The cell the keys left is neither focused nor selected any more.
    table = walk(grid)
    assert not table.cell(0, 0).focused and not table.cell(0, 0).selected
    assert lrw.current_event == "LRW2027-PHX-HEAT"
    press(grid, Qt.Key.Key_End)
    last = focus_child(grid)
    assert last is not None and last.row == len(grid.navigator.order) - 1


def test_each_cell_is_where_its_block_is_drawn(lrw: LrwPage) -> None:
    grid = lrw.grid
    iface = interface(grid)
    for row in range(3):
        position = grid.navigator.order[row]
        block_rect = grid.block_rect(position).translated(
            -grid.horizontalScrollBar().value(), -grid.verticalScrollBar().value())
        centre = grid.viewport().mapToGlobal(block_rect.center().toPoint())
        cell = iface.childAt(centre.x(), centre.y())  # hit testing, as a magnifier does
        assert cell is not None
        assert cell.tableCellInterface().rowIndex() == row
        assert cell.rect().contains(centre)


def test_grouping_by_consulate_names_the_lane_column(lrw: LrwPage) -> None:
    combo = lrw.group_combo
    index = combo.findData("consulate")
    assert index >= 0
    choose_with_arrows(combo, index)
    table = walk(lrw.grid)
    assert table.headers(ROLE.ColumnHeader)[3] == "Host consulate"
    heat = table.headers(ROLE.RowHeader).index("Heat illness prevention workshop")
    assert table.cell(heat, 3).name == "Consulate General of Mexico in Phoenix"


# --- the timeline -------------------------------------------------------------------------------


def test_the_timeline_is_a_table_of_its_agreements(agreements: AgreementsPage, qtbot) -> None:
    agreements.show_tab("timeline")
    widget = agreements.timeline.widget
    qtbot.waitUntil(lambda: bool(widget.bars))
    table = walk(widget)
    assert table.role == ROLE.Table
    assert table.name == "Agreement timeline"
    assert table.headers(ROLE.ColumnHeader) == ["Agreement", "Office — consulate", "Term",
                                                "Status"]
    assert table.headers(ROLE.RowHeader) == [b.span.agreement_id for b in widget.bars]
    by_id = {table.cell(r, 0).name: r for r in range(len(widget.bars))}
    houston = by_id["NLRB-HOU-MX-2015"]
    assert table.cell(houston, 2).name.endswith("no sunset date")
    assert table.cell(houston, 3).name.startswith("open-ended — ")
    chicago = by_id["WHD-CHI-MX-2023"]
    assert "renews WHD-CHI-MX-2020" in table.cell(chicago, 3).name
    assert table.cell(chicago, 1).name == (
        "Chicago District Office (WHD) — Consulate of Mexico in Chicago")
    focus(widget)
    press(widget, Qt.Key.Key_Home)
    current = focus_child(widget)
    assert current is not None and (current.row, current.column) == (0, 0)
    press(widget, Qt.Key.Key_Right)
    current = focus_child(widget)
    assert current is not None and current.row == widget.current == 1
    assert current.name == widget.current_agreement()


def test_a_timeline_cell_is_where_its_bar_is_drawn(agreements: AgreementsPage, qtbot) -> None:
    agreements.show_tab("timeline")
    widget = agreements.timeline.widget
    qtbot.waitUntil(lambda: bool(widget.bars))
    iface = interface(widget)
    bar = widget.bars[0]
    centre = widget.viewport().mapToGlobal(bar.rect.center().toPoint())
    cell = iface.childAt(centre.x(), centre.y())
    assert cell is not None and cell.tableCellInterface().rowIndex() == 0
    assert cell.rect().contains(centre)
    assert not cell.rect().contains(centre + QPoint(0, int(bar.rect.height())))


# --- the partner matrix -------------------------------------------------------------------------


def test_the_matrix_is_a_table_with_row_and_column_headers(agreements: AgreementsPage) -> None:
    agreements.show_tab("matrix")
    view = agreements.matrix.view
    model = agreements.matrix.model
    table = walk(view)
    assert table.role == ROLE.Table
    assert table.name == "Partner matrix"
    consulates = [model.consulate(c).name for c in range(model.columnCount())]
    offices = [f"{o.agency} {o.name}" for o in (model.office(r) for r in range(model.rowCount()))]
    assert table.headers(ROLE.ColumnHeader) == consulates
    assert table.headers(ROLE.RowHeader) == offices
    assert len(table.cells()) == len(consulates) * len(offices)
    row = next(r for r in range(model.rowCount()) if model.office(r).id == "WHD-CHICAGO")
    column = next(c for c in range(model.columnCount())
                  if model.consulate(c).id == "MX-CHICAGO")
    cell = table.cell(row, column)
    assert cell.row_headers == ["WHD Chicago District Office"]
    assert cell.column_headers == ["Consulate of Mexico in Chicago"]
    assert cell.name == ("Chicago District Office — Consulate of Mexico in Chicago: active, "
                         "WHD-CHI-MX-2023")
    gap = next(c for c in table.cells() if c.name.endswith(": no agreement"))
    assert gap.column_headers and gap.row_headers


def test_the_matrix_arrow_keys_move_the_screen_readers_cell(agreements: AgreementsPage) -> None:
    agreements.show_tab("matrix")
    view = agreements.matrix.view
    focus(view)
    press(view, Qt.Key.Key_Home)
    start = focus_child(view)
    assert start is not None and start.focused
    press(view, Qt.Key.Key_Right)
    moved = focus_child(view)
    assert moved is not None
    assert (moved.row, moved.column) == (start.row, start.column + 1)
    press(view, Qt.Key.Key_Down)
    below = focus_child(view)
    assert below is not None and (below.row, below.column) == (moved.row + 1, moved.column)


def test_every_matrix_cell_names_its_row_and_column_headers(agreements: AgreementsPage) -> None:
    """Walked cell by cell, as a screen reader's table navigation does: each cell says which
    office (row header) and consulate (column header) it is, then the pair's agreement."""
    agreements.show_tab("matrix")
    table = walk(agreements.matrix.view)
    columns = table.headers(ROLE.ColumnHeader)
    rows = table.headers(ROLE.RowHeader)
    wrong = []
    for cell in table.cells():
        expected = ([rows[cell.row]], [columns[cell.column]])
        if (cell.row_headers, cell.column_headers) != expected:
            wrong.append((cell.row, cell.column, cell.row_headers, cell.column_headers))
        if f" — {columns[cell.column]}: " not in cell.name:
            wrong.append((cell.row, cell.column, cell.name))
    assert wrong == []


def test_the_arrow_keys_walk_a_matrix_row_cell_by_cell(agreements: AgreementsPage) -> None:
    agreements.show_tab("matrix")
    view = agreements.matrix.view
    focus(view)
    press(view, Qt.Key.Key_Home)
    heard = []
    for _column in range(view.model().columnCount()):
        current = focus_child(view)
        assert current is not None
        heard.append((current.row, current.column))
        press(view, Qt.Key.Key_Right)
    assert heard == [(heard[0][0], c) for c in range(view.model().columnCount())]


def test_every_week_grid_cell_names_its_event_and_column(lrw: LrwPage) -> None:
    table = walk(lrw.grid)
    columns = table.headers(ROLE.ColumnHeader)
    rows = table.headers(ROLE.RowHeader)
    wrong = [(c.row, c.column) for c in table.cells()
             if (c.row_headers, c.column_headers) != ([rows[c.row]], [columns[c.column]])
             or not c.name]
    assert wrong == []


def cell_interface(widget, row: int, column: int):
    iface = interface(widget)
    for n in range(iface.childCount()):
        child = iface.child(n)
        cell = child.tableCellInterface() if child is not None else None
        if cell is not None and (cell.rowIndex(), cell.columnIndex()) == (row, column):
            return child
    raise AssertionError(f"no cell {row}, {column}")


def test_a_screen_readers_own_selection_moves_the_week_grids_current_event(lrw: LrwPage) -> None:
    """A screen reader's select command (the table's selection interface) is followed by the
    grid, as its arrow keys are (Section 508 502.3.2)."""
    grid = lrw.grid
    selection = interface(grid).selectionInterface()
    assert selection is not None
    assert selection.select(cell_interface(grid, 3, 0))
    expected = grid.layout_data.blocks[grid.navigator.order[3]].event_id
    assert lrw.current_event == expected


def test_a_screen_readers_own_selection_moves_the_timelines_bar(agreements: AgreementsPage,
                                                               qtbot) -> None:
    agreements.show_tab("timeline")
    widget = agreements.timeline.widget
    qtbot.waitUntil(lambda: bool(widget.bars))
    selection = interface(widget).selectionInterface()
    assert selection.select(cell_interface(widget, 2, 0))
    assert widget.current_agreement() == widget.bars[2].span.agreement_id
