"""The week grid stays readable at any number of events: beyond three side by side, the rest of
a crowded moment collapse into one "+N more" block, which lists them when opened (Enter or a
double-click), as a coordinator of a national campaign uses it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from as_a_person import press, show_active
from PySide6.QtCore import Qt

from consularapp.db import Database
from consularapp.events import EventRow, get_event, save_event
from ui.models.week_grid_model import MAX_SIDE_BY_SIDE, GroupBy, build_layout, campaign_days
from ui.pages.lrw_page import LrwPage
from ui.settings import Settings
from ui.widgets.week_grid import WeekGrid

MONDAY = date(2027, 8, 30)
WEEK = campaign_days(MONDAY, date(2027, 9, 3))
CHICAGO = ZoneInfo("America/Chicago")


def event(n: int, start: tuple[int, int] = (9, 0), end: tuple[int, int] = (11, 0)) -> EventRow:
    starts = datetime.combine(MONDAY, time(*start), tzinfo=CHICAGO)
    ends = datetime.combine(MONDAY, time(*end), tzinfo=CHICAGO)
    return EventRow(
        id=f"E{n:04d}", year=2027, title=f"Event {n}", title_es="", format="workshop",
        starts=starts, ends=ends, zone_abbreviation="CDT", end_zone_abbreviation="CDT",
        time_zone="America/Chicago", venue="Consulate", address="",
        host_consulate_id="MX-CHICAGO", host_name="Consulate of Mexico in Chicago",
        office_ids=("WHD-CHICAGO",), languages=(), topics=(), staff_needed=2,
        languages_needed=(), status="planned", sequence=0, notes="", assigned_count=0,
        covered_languages=(), missing_languages=())


def test_a_thousand_events_at_once_are_two_blocks_and_one_more() -> None:
    layout = build_layout([event(n) for n in range(1000)], WEEK, group_by=GroupBy.NONE)
    assert len(layout.blocks) == MAX_SIDE_BY_SIDE
    more = [b for b in layout.blocks if b.is_more]
    assert len(more) == 1
    assert more[0].title == f"+{1000 - (MAX_SIDE_BY_SIDE - 1)} more"
    assert more[0].time_text == "09:00–11:00 CDT"
    assert layout.event_count == 1000  # every event is still in the grid, behind the block
    assert layout.blocks_of("E0999") == [layout.blocks.index(more[0])]


def test_three_at_once_still_show_side_by_side() -> None:
    layout = build_layout([event(n) for n in range(3)], WEEK, group_by=GroupBy.NONE)
    assert [b.is_more for b in layout.blocks] == [False, False, False]


def test_crowded_moments_far_apart_get_a_block_each() -> None:
    morning = [event(n) for n in range(6)]
    afternoon = [event(100 + n, (15, 0), (16, 0)) for n in range(6)]
    long_one = event(999, (8, 0), (17, 0))  # overlaps both moments
    layout = build_layout([*morning, *afternoon, long_one], WEEK, group_by=GroupBy.NONE)
    more = [b for b in layout.blocks if b.is_more]
    assert [b.time_text for b in more] == ["09:00–11:00 CDT", "15:00–16:00 CDT"]


def test_no_block_is_a_sliver(qtbot) -> None:
    grid = WeekGrid()
    qtbot.addWidget(grid)
    grid.resize(1000, 600)
    grid.show()
    grid.set_layout(build_layout([event(n) for n in range(1000)], WEEK,
                                 group_by=GroupBy.NONE))
    widths = [grid.block_rect(n).width() for n in range(len(grid.layout_data.blocks))]
    assert min(widths) >= 40


@pytest.fixture
def crowded_page(demo_db_at, qtbot, settings: Settings) -> LrwPage:
    db: Database = demo_db_at(date(2026, 11, 21))
    base = get_event(db, "LRW2027-OPENING-CHI")
    for n in range(6):
        save_event(db, replace(base, id=f"LRW2027-CHI-PANEL-{n}", title=f"Panel {n}",
                               version=None))
    page = LrwPage(db, settings)
    qtbot.addWidget(page)
    page.resize(1366, 760)
    show_active(page)
    qtbot.waitUntil(lambda: not page.conflicts_pending, timeout=10000)
    return page


def test_enter_on_the_more_block_lists_the_events_behind_it(crowded_page: LrwPage) -> None:
    page = crowded_page
    page.views.setCurrentIndex(0)
    layout = page.grid.layout_data
    more = next(b for b in layout.blocks if b.is_more)
    page.grid.setFocus(Qt.FocusReason.TabFocusReason)
    page.select_event(more.event_id)
    assert page.grid.current_block == layout.blocks.index(more)
    press(page.grid, Qt.Key.Key_Return)
    assert page.views.currentIndex() == 1  # the list
    assert {r.id for r in page.visible_rows()} == set(more.hidden)
    assert "(those behind the block opened)" in page.count_label.text()
    assert page.all_events_button.isVisible()
    page.all_events_button.click()
    assert page.proxy.rowCount() == page.model.rowCount()
    assert not page.all_events_button.isVisible()
