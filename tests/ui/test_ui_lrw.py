"""Labor Rights Week page: the week grid model, the events table, the editor, staffing, problems,
copying last year and publishing, over the demonstration dataset (a 2027 week, 14 events)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from datetime import time as clock
from zoneinfo import ZoneInfo

import pytest
from as_a_person import press
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog

from consularapp.conflicts import find_conflicts
from consularapp.db import Database
from consularapp.events import EventRow, get_event, list_events
from consularapp.publishing import list_releases
from consularapp.staffing import list_assignments
from ui import operations
from ui.models.conflict_tree import COL_ACKNOWLEDGED, COL_SEVERITY
from ui.models.events_model import EventsModel, languages_text, staff_sentence, staff_text
from ui.models.table_model import SORT_ROLE
from ui.models.week_grid_model import GroupBy, Navigator, build_layout, campaign_days
from ui.pages.lrw_page import LrwPage
from ui.settings import Settings

MONDAY = date(2027, 8, 30)
WEEK = campaign_days(MONDAY, date(2027, 9, 3))


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(date(2026, 11, 21))


@pytest.fixture
def page(demo_db: Database, qtbot, settings: Settings) -> Iterator[LrwPage]:
    page = LrwPage(demo_db, settings)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    wait_for_conflicts(page, qtbot)
    yield page
    # pytest-qt has closed the page by now; a check still running reports to nobody.


def wait_for_conflicts(page: LrwPage, qtbot) -> None:
    qtbot.waitUntil(lambda: not page.conflicts_pending, timeout=10000)


def row(
    event_id: str,
    zone_name: str,
    start: tuple[int, int],
    end: tuple[int, int],
    *,
    day: date = MONDAY,
    host: str = "MX-CHICAGO",
    offices: tuple[str, ...] = ("WHD-CHICAGO",),
    status: str = "planned",
    staff_needed: int | None = 2,
    assigned: int = 0,
    needed: tuple[str, ...] = (),
    covered: tuple[str, ...] = (),
) -> EventRow:
    tz = ZoneInfo(zone_name)
    starts = datetime.combine(day, clock(*start), tzinfo=tz)
    ends = datetime.combine(day, clock(*end), tzinfo=tz)
    return EventRow(
        id=event_id, year=2027, title=f"Event {event_id}", title_es="", format="workshop",
        starts=starts, ends=ends, zone_abbreviation=starts.strftime("%Z"),
        end_zone_abbreviation=ends.strftime("%Z"), time_zone=zone_name, venue="Consulate",
        address="", host_consulate_id=host, host_name=f"Consulate {host}", office_ids=offices,
        languages=(), topics=(), staff_needed=staff_needed, languages_needed=needed,
        status=status, sequence=0, notes="", assigned_count=assigned, covered_languages=covered,
        missing_languages=tuple(x for x in needed if x not in covered),
    )


# --- the week grid, without widgets -------------------------------------------------------------


def test_grid_places_blocks_at_the_venues_own_local_time() -> None:
    phoenix = row("PHX", "America/Phoenix", (9, 0), (11, 0), host="MX-PHOENIX")
    chicago = row("CHI", "America/Chicago", (9, 0), (11, 0))
    layout = build_layout([phoenix, chicago], WEEK, group_by=GroupBy.CONSULATE)
    by_id = {b.event_id: b for b in layout.blocks}
    assert by_id["PHX"].day == by_id["CHI"].day == 0
    assert by_id["PHX"].start_minute == by_id["CHI"].start_minute == 9 * 60
    assert by_id["PHX"].start_row == by_id["CHI"].start_row == 9
    assert by_id["PHX"].time_text == "09:00–11:00 MST"
    assert by_id["CHI"].time_text == "09:00–11:00 CDT"
    assert by_id["PHX"].lane != by_id["CHI"].lane  # one lane per host consulate
    assert [lane.key for lane in layout.lanes] == ["MX-CHICAGO", "MX-PHOENIX"]
    assert (layout.lanes[0].first_hour, layout.lanes[0].last_hour) == (9, 11)


def test_overlapping_events_go_side_by_side_and_cancelled_ones_are_flagged() -> None:
    rows = [
        row("A", "America/Phoenix", (9, 0), (11, 0), host="MX-PHOENIX"),
        row("B", "America/Chicago", (10, 0), (12, 0), status="cancelled"),
        row("C", "America/Chicago", (11, 0), (12, 0)),  # starts as A ends: back to back
        row("D", "America/Chicago", (13, 0), (14, 0)),
        row("LATE", "America/Chicago", (9, 0), (10, 0), day=date(2027, 9, 4)),  # Saturday
    ]
    layout = build_layout(rows, WEEK, group_by=GroupBy.NONE)
    assert len(layout.lanes) == 1
    by_id = {b.event_id: b for b in layout.blocks}
    assert (by_id["A"].column, by_id["B"].column, by_id["C"].column) == (0, 1, 0)
    assert by_id["A"].columns == by_id["B"].columns == by_id["C"].columns == 2
    assert (by_id["D"].column, by_id["D"].columns) == (0, 1)
    assert by_id["B"].cancelled and not by_id["A"].cancelled
    assert "(cancelled)" in by_id["B"].label
    assert [r.id for r in layout.outside] == ["LATE"]
    assert layout.event_count == 4


def test_grouping_by_office_puts_an_event_in_each_of_its_offices_lanes() -> None:
    rows = [
        row("A", "America/Chicago", (9, 0), (10, 0), offices=("WHD-CHICAGO", "OSHA-CHICAGO")),
        row("B", "America/Chicago", (9, 0), (10, 0), offices=()),
    ]
    layout = build_layout(rows, WEEK, group_by=GroupBy.OFFICE,
                          lane_names={"WHD-CHICAGO": "WHD Chicago", "OSHA-CHICAGO": "OSHA"})
    assert [lane.key for lane in layout.lanes] == ["OSHA-CHICAGO", "WHD-CHICAGO", ""]
    assert layout.lanes[-1].title == "No office taking part"
    assert len(layout.blocks_of("A")) == 2
    assert layout.lanes[1].title == "WHD Chicago"


def test_arrow_keys_move_between_blocks() -> None:
    rows = [
        row("MON-9", "America/Chicago", (9, 0), (10, 0)),
        row("MON-11", "America/Chicago", (11, 0), (12, 0)),
        row("TUE-10", "America/Chicago", (10, 0), (11, 0), day=date(2027, 8, 31)),
    ]
    layout = build_layout(rows, WEEK)
    nav = Navigator(layout)
    at = {b.event_id: n for n, b in enumerate(layout.blocks)}
    assert nav.first() == at["MON-9"]
    assert nav.vertical(at["MON-9"], 1) == at["MON-11"]
    assert nav.horizontal(at["MON-11"], 1) == at["TUE-10"]
    assert nav.horizontal(at["TUE-10"], -1) == at["MON-9"]  # nearest in time
    assert nav.horizontal(at["TUE-10"], 1) == at["TUE-10"]  # nothing later: stays


def test_grid_layout_of_a_thousand_events_is_quick() -> None:
    zones = ["America/Chicago", "America/Phoenix", "America/New_York", "Pacific/Honolulu"]
    rows = [
        row(f"E{n:04d}", zones[n % 4], (8 + n % 9, 0), (9 + n % 9, 30),
            day=MONDAY.replace(day=30 + n % 2) if n % 5 < 2 else date(2027, 9, 1 + n % 3),
            host=f"C{n % 70}", offices=(f"O{n % 90}", f"O{(n + 7) % 90}"))
        for n in range(1000)
    ]
    started = time.perf_counter()
    layout = build_layout(rows, WEEK, group_by=GroupBy.CONSULATE)
    elapsed = time.perf_counter() - started
    assert layout.event_count == 1000
    assert elapsed < 0.5, elapsed  # about 0.03 s; the page's budget is 0.3 s in all


# --- the events table ---------------------------------------------------------------------------


def test_events_model_says_coverage_in_words_and_sorts_on_native_values(qtbot) -> None:
    model = EventsModel()
    short = row("SHORT", "America/Chicago", (9, 0), (11, 0), staff_needed=3, assigned=2,
                needed=("Spanish", "K'iche'"), covered=("Spanish",))
    gone = row("GONE", "America/Phoenix", (9, 0), (10, 0), status="cancelled")
    model.set_rows([short, gone])
    model.set_conflicts({"SHORT": 2})
    assert staff_text(short) == "2 of 3"
    assert staff_sentence(short) == "Staff: 2 of 3 — 1 open"
    assert languages_text(short) == "Spanish ✔, K'iche' ✖"
    r = model.position_of("SHORT")
    g = model.position_of("GONE")

    def cell(position: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(position, column), role)

    assert cell(r, EventsModel.COL_STAFF) == "2 of 3"
    assert cell(r, EventsModel.COL_TIME) == "09:00–11:00 CDT"
    assert cell(g, EventsModel.COL_TIME) == "09:00–10:00 MST"
    assert cell(r, EventsModel.COL_LANGUAGES) == "Spanish ✔, K'iche' ✖"
    assert cell(r, EventsModel.COL_CONFLICTS) == "2"
    assert cell(g, EventsModel.COL_STATUS) == "Cancelled"
    day = cell(r, EventsModel.COL_DAY, SORT_ROLE)
    assert day[0] == MONDAY and isinstance(day[0], date)
    starts, _ends = cell(r, EventsModel.COL_TIME, SORT_ROLE)
    assert starts == datetime(2027, 8, 30, 9, 0)  # the wall-clock time, naive
    assert cell(r, EventsModel.COL_STAFF, SORT_ROLE) == (1, 2)
    assert cell(r, EventsModel.COL_CONFLICTS, SORT_ROLE) == 2
    assert isinstance(cell(r, EventsModel.COL_STATUS, SORT_ROLE), int)
    font = cell(g, EventsModel.COL_TITLE, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert cell(r, EventsModel.COL_TITLE, Qt.ItemDataRole.FontRole) is None
    assert "cancelled" in cell(g, EventsModel.COL_TITLE, Qt.ItemDataRole.AccessibleTextRole)


# --- the page -----------------------------------------------------------------------------------


def test_page_shows_the_demo_week_in_grid_list_and_problems(page: LrwPage) -> None:
    assert page.year == 2027
    assert page.model.rowCount() == 14
    layout = page.grid.layout_data
    assert layout is not None and layout.event_count == 14
    assert len(layout.days) == 5 and not layout.outside
    cancelled = [b for b in layout.blocks if b.cancelled]
    assert [b.event_id for b in cancelled] == ["LRW2027-LA-GT-TRAINING"]
    phoenix = layout.blocks[layout.blocks_of("LRW2027-PHX-HEAT")[0]]
    assert phoenix.time_text == "09:00–11:00 MST"
    assert len(page.conflicts_panel.conflicts()) == len(find_conflicts(page.db, 2027))
    kinds = {c.kind for c in find_conflicts(page.db, 2027) if not c.acknowledged}
    assert page.conflicts_panel.model.rowCount() == len(kinds)  # one line per kind
    assert "1 error" in page.conflicts_panel.summary.text()
    assert page.bottom_tabs.tabText(0).startswith("Problems (")
    assert page.model.conflicts["LRW2027-LA-MOBILE"] >= 1
    assert "14 events (1 cancelled), 20 assignments" in page.campaign_info.text()
    # History: past editions from the reference data are listed with their source.
    texts = [page.campaign_combo.itemText(n) for n in range(page.campaign_combo.count())]
    assert any("2024" in t and "history" in t for t in texts)
    assert page.current_event  # something is selected, the staffing panel is not empty
    assert page.staffing.model.rowCount() >= 1


def test_filters_apply_to_grid_and_list(page: LrwPage) -> None:
    page.consulate_filter.setCurrentIndex(page.consulate_filter.findData("MX-PHOENIX"))
    assert page.proxy.rowCount() == 2
    assert page.grid.layout_data.event_count == 2
    assert "2 of 14" in page.count_label.text()
    page.clear_filters()
    page.search.setText("oxnard")
    assert [r.id for r in page.visible_rows()] == ["LRW2027-LA-MOBILE"]
    page.search.clear()
    page.language_filter.setCurrentIndex(page.language_filter.findData("k'iche'"))
    assert {r.id for r in page.visible_rows()} == {"LRW2027-TABLING-CHI-1",
                                                    "LRW2027-WORKSHOP-CHI-GT"}
    page.clear_filters()
    page.agency_filter.setCurrentIndex(page.agency_filter.findData("EEOC"))
    assert {r.id for r in page.visible_rows()} == {"LRW2027-LA-WEBINAR", "LRW2027-LA-MOBILE"}


def test_grid_keyboard_and_double_click_open_the_editor(page: LrwPage, qtbot) -> None:
    page.views.setCurrentIndex(0)
    page.grid.setFocus()
    layout = page.grid.layout_data
    first = layout.blocks[0].event_id
    page.select_event(first)
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)
    assert page.current_event != first
    assert page.staffing.event_row is not None
    assert page.staffing.event_row.id == page.current_event
    moved = page.current_event
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert page.dialog is not None
    assert page.dialog.original_id == moved
    page.dialog.reject()
    assert page.dialog is None
    # Clicking a block selects it in the list too.
    position = layout.blocks_of("LRW2027-HOU-SIGNING")[0]
    page.grid.ensure_visible(position)
    rect = page.grid.block_rect(position)
    point = rect.center().toPoint()
    point.setY(point.y() - page.grid.verticalScrollBar().value())
    point.setX(point.x() - page.grid.horizontalScrollBar().value())
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.current_event == "LRW2027-HOU-SIGNING"
    index = page.list_view.selectionModel().currentIndex()
    assert page.proxy.data(index.siblingAtColumn(0)) == "LRW2027-HOU-SIGNING"
    qtbot.mouseDClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.dialog is not None and page.dialog.original_id == "LRW2027-HOU-SIGNING"
    page.dialog.reject()


def test_editor_creates_an_event_at_a_consulate_venue(page: LrwPage, qtbot) -> None:
    dialog = page.open_editor(None)
    assert dialog is not None
    assert dialog.id_edit.text().startswith("LRW2027-")
    dialog.title_en.setText("Heat safety workshop for farmworkers")
    dialog.title_es.setText("Taller de seguridad ante el calor")
    dialog.choose_venue("MX-PHOENIX")
    assert dialog.venue.text() == "Consulate General of Mexico in Phoenix"
    assert "Phoenix, AZ" in dialog.address.text()
    assert dialog.time_zone.currentText() == "America/Phoenix"
    assert dialog.starts.zone_label.text() == "MST (America/Phoenix, no daylight time)"
    assert "MX-PHOENIX" in dialog.host.currentText()
    # End before start: refused, the dialog stays open and says why.
    dialog.starts.clock.setTime(dialog.starts.clock.time().fromString("14:00", "HH:mm"))
    dialog.ends.clock.setTime(dialog.ends.clock.time().fromString("13:00", "HH:mm"))
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "Ends" in dialog.problems.text() and "before it starts" in dialog.problems.text()
    assert dialog.focusWidget() is dialog.ends.day
    dialog.ends.clock.setTime(dialog.ends.clock.time().fromString("16:00", "HH:mm"))
    dialog.staff_needed.setValue(2)
    dialog.languages_needed.setText("Spanish")
    dialog.offices.set_chosen(["WHD-PHOENIX"])
    new_id = dialog.id_edit.text()
    dialog.accept()
    assert not dialog.isVisible()
    saved = get_event(page.db, new_id)
    assert (saved.starts, saved.ends) == (datetime(2027, 8, 30, 14), datetime(2027, 8, 30, 16))
    assert saved.time_zone == "America/Phoenix" and saved.office_ids == ["WHD-PHOENIX"]
    assert page.model.row_by_id(new_id) is not None  # in the list...
    layout = page.grid.layout_data
    block = layout.blocks[layout.blocks_of(new_id)[0]]  # ... and in the grid
    assert block.time_text == "14:00–16:00 MST" and block.start_row == 14
    assert page.current_event == new_id
    wait_for_conflicts(page, qtbot)
    assert page.model.conflicts.get(new_id)  # short of staff, at least


def test_editor_refuses_an_unknown_zone_and_keeps_the_typing(page: LrwPage) -> None:
    dialog = page.open_editor("LRW2027-PHX-HEAT")
    assert dialog.id_edit.isReadOnly()
    assert dialog.starts.zone_label.text().startswith("MST (America/Phoenix")
    dialog.time_zone.setEditText("Mars/Olympus")
    dialog.title_en.setText("Changed title")
    dialog.accept()
    assert dialog.isVisible()
    assert "Mars/Olympus" in dialog.problems.text()
    assert dialog.title_en.text() == "Changed title"
    assert get_event(page.db, "LRW2027-PHX-HEAT").title == "Heat illness prevention workshop"
    dialog.reject()


def test_cancelling_keeps_the_event_struck_through(page: LrwPage) -> None:
    page.select_event("LRW2027-DEN-TABLING")
    page.cancel_selected(confirm=False)
    row_ = page.model.row_by_id("LRW2027-DEN-TABLING")
    assert row_ is not None and row_.cancelled
    position = page.model.position_of("LRW2027-DEN-TABLING")
    assert page.model.data(page.model.index(position, EventsModel.COL_STATUS)) == "Cancelled"
    layout = page.grid.layout_data
    assert layout.blocks[layout.blocks_of("LRW2027-DEN-TABLING")[0]].cancelled
    assert not page.cancel_event_button.isEnabled()


def test_assigning_shows_coverage_and_the_double_booking(page: LrwPage, qtbot) -> None:
    page.select_event("LRW2027-DEN-TABLING")
    assert page.staffing.staff_label.text() == "Staff: 0 of 2 — 2 open"
    assert "Spanish ✖ not covered" in page.staffing.languages_label.text()
    dialog = page.staffing.open_assign()
    assert dialog is not None
    assert not dialog.select_person("P-CARLOS-RUIZ")  # another office: not offered by default
    dialog.everyone.setChecked(True)
    assert dialog.select_person("P-CARLOS-RUIZ")
    notes = dialog.model.data(dialog.model.index(dialog.model.position_of("P-CARLOS-RUIZ"),
                                                 dialog.model.COL_NOTES))
    assert "busy at the same time: LRW2027-TUCSON-RADIO" in notes
    dialog.role.setCurrentIndex(dialog.role.findData("interpreter"))
    dialog.accept()
    assert page.staffing.dialog is None
    assert page.staffing.model.rowCount() == 1
    assert page.staffing.staff_label.text() == "Staff: 1 of 2 — 1 open"
    assert "Spanish ✔ covered" in page.staffing.languages_label.text()
    wait_for_conflicts(page, qtbot)
    doubles = [c for c in page.conflicts_panel.conflicts()
               if c.kind == "double-booked" and c.person_id == "P-CARLOS-RUIZ"]
    assert len(doubles) == 1
    assert set(doubles[0].event_ids) == {"LRW2027-DEN-TABLING", "LRW2027-TUCSON-RADIO"}
    # Clicking the problem selects its first event.
    page.select_event("LRW2027-NY-PRESS")
    assert page.conflicts_panel.select_key(doubles[0].key)
    press(page.conflicts_panel.table, Qt.Key.Key_Return)  # Enter on the problem
    assert page.current_event == doubles[0].event_ids[0]


def test_a_shift_is_typed_in_the_venues_time_and_removing_can_be_undone(
    page: LrwPage, qtbot
) -> None:
    page.select_event("LRW2027-LA-MOBILE")
    names = {page.staffing.model.row(n).person_id: n
             for n in range(page.staffing.model.rowCount())}
    page.staffing.table.selectRow(names["P-ELENA-SOTO"])
    dialog = page.staffing.open_assign(page.staffing.selected_id())
    assert "PDT" in "".join(w.text() for w in dialog.findChildren(type(dialog.problems.label)))
    dialog.shift.setChecked(True)
    dialog.shift_start.setTime(dialog.shift_start.time().fromString("12:30", "HH:mm"))
    dialog.shift_end.setTime(dialog.shift_end.time().fromString("15:00", "HH:mm"))
    dialog.accept()
    shifts = {a.person_id: a for a in list_assignments(page.db, event_id="LRW2027-LA-MOBILE")}
    assert shifts["P-ELENA-SOTO"].when == "Thu 12:30-15:00 PDT"
    wait_for_conflicts(page, qtbot)
    assert not [c for c in page.conflicts_panel.conflicts() if c.kind == "double-booked"]
    # Remove Grace, then take it back through the undo history (what Ctrl+Z does).
    history = operations.context(page.db).undo
    offered = []
    history.offered.connect(lambda step: offered.append(step.label))
    names = {page.staffing.model.row(n).person_id: n
             for n in range(page.staffing.model.rowCount())}
    grace = page.staffing.model.row(names["P-GRACE-NGUYEN"]).id
    page.staffing.table.selectRow(names["P-GRACE-NGUYEN"])
    page.staffing.remove_selected(confirm=False)
    assert page.staffing.model.rowCount() == 1
    assert offered == ["Remove Grace Nguyen from LRW2027-LA-MOBILE"]
    assert history.undo(page) == "Undone: Remove Grace Nguyen from LRW2027-LA-MOBILE"
    assert page.staffing.model.rowCount() == 2
    again = {a.person_id: a for a in list_assignments(page.db, event_id="LRW2027-LA-MOBILE")}
    assert again["P-GRACE-NGUYEN"].when == "Thu 09:00-12:00 PDT"  # the shift came back too
    assert again["P-GRACE-NGUYEN"].id == grace  # under its old ID: the same calendar entry


def test_acknowledging_a_problem_needs_a_reason(page: LrwPage, qtbot) -> None:
    panel = page.conflicts_panel
    double = next(c for c in panel.conflicts() if c.kind == "double-booked")
    shown = len(panel.shown())
    assert panel.select_key(double.key)
    dialog = panel.acknowledge_selected()
    assert dialog is not None
    dialog.accept()  # no reason: refused, stays open
    assert dialog.isVisible() and "Reason" in dialog.problems.text()
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Elena joins the signing by video from Oxnard.")
    dialog.accept()
    assert not dialog.isVisible()
    wait_for_conflicts(page, qtbot)
    found = next(c for c in panel.conflicts() if c.key == double.key)
    assert found.acknowledged and found.reason.startswith("Elena joins")
    assert len(panel.shown()) == shown - 1  # hidden...
    assert "1 acknowledged (hidden)" in panel.summary.text()
    panel.show_acknowledged.setChecked(True)  # ...unless asked for
    assert len(panel.shown()) == shown
    index = panel.model.index_of_key(double.key)
    text = index.siblingAtColumn(COL_ACKNOWLEDGED).data()
    assert text.startswith("Yes: Elena joins")
    severity = index.siblingAtColumn(COL_SEVERITY).data()
    assert severity == "Error"  # in words, beside the icon
    icon = index.siblingAtColumn(COL_SEVERITY).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()


def test_copy_last_year_through_the_dialog(page: LrwPage, qtbot) -> None:
    dialog = page.copy_last_year()
    assert dialog is not None
    assert dialog.source.currentData() == 2027
    dialog.target.setValue(2027)  # refused with the reason, the dialog stays
    dialog.copy()
    qtbot.waitUntil(lambda: dialog.task is None)  # the copy runs off the UI thread
    assert "choose an earlier campaign" in dialog.problems.text()
    dialog.target.setValue(2028)
    dialog.with_assignments.setChecked(True)
    dialog.copy()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.result_data is not None
    text = dialog.result_view.toPlainText()
    assert "Copied 13 events from 2027 to 2028" in text
    assert "1 cancelled event(s) of 2027 were not copied" in text
    dialog.copy()  # the button now says Close
    assert page.year == 2028
    assert page.model.rowCount() == 13
    layout = page.grid.layout_data
    phoenix = layout.blocks[layout.blocks_of("LRW2028-PHX-HEAT")[0]]
    assert phoenix.time_text == "09:00–11:00 MST" and layout.days[0] == date(2028, 8, 28)
    wait_for_conflicts(page, qtbot)


def test_new_campaign_defaults_to_the_week_before_labor_day(page: LrwPage) -> None:
    dialog = page.new_campaign()
    assert dialog.year.value() == 2028
    assert dialog.starts.date().toPython() == date(2028, 8, 28)
    assert dialog.ends.date().toPython() == date(2028, 9, 1)
    dialog.theme_es.setText("Conoce tus derechos")
    dialog.accept()
    assert page.year == 2028 and page.model.rowCount() == 0
    assert "No events in Labor Rights Week 2028" in page.grid.empty_text
    assert "Tema: Conoce tus derechos" in page.campaign_info.text()


def test_publish_through_the_page(page: LrwPage, qtbot) -> None:
    dialog = page.publish()
    assert dialog is not None
    assert dialog.model.rowCount() == 14
    assert "Release 1" in dialog.summary.text()
    dialog.accept()  # publishes off the UI thread; the dialog closes once it is recorded
    qtbot.waitUntil(lambda: page.releases_model.rowCount() == 1)
    releases = list_releases(page.db, 2027)
    assert [r.number for r in releases] == [1]
    assert page.releases_model.rowCount() == 1
    assert page.bottom_tabs.tabText(1) == "Releases (1)"
    # Nothing changed since: nothing to publish.
    again = page.publish()
    assert not again.publish_button.isEnabled()
    assert "nothing to publish" in again.summary.text()
    again.reject()
    page.select_event("LRW2027-DEN-TABLING")
    page.cancel_selected(confirm=False)
    third = page.publish()
    assert third.model.rowCount() == 1
    assert third.model.data(third.model.index(0, 0)) == "cancelled"
    assert "1 cancelled" in third.summary.text()
    third.reject()


def test_show_record_switches_campaign_and_selects(page: LrwPage, demo_db: Database) -> None:
    assert page.show_record("campaign", "2024")
    assert page.year == 2024 and page.model.rowCount() == 0
    assert "reference data" in page.campaign_info.text()
    assert page.show_record("event", "LRW2027-HNL-WORKSHOP")
    assert page.year == 2027 and page.current_event == "LRW2027-HNL-WORKSHOP"
    page.consulate_filter.setCurrentIndex(page.consulate_filter.findData("MX-PHOENIX"))
    assert page.show_record("event", "LRW2027-LA-WEBINAR")  # clears the filters to show it
    assert not page.filters_active()
    assert not page.show_record("event", "NO-SUCH-EVENT")
    assert not page.show_record("office", "WHD-CHICAGO")


def test_deleting_an_event_can_be_undone(page: LrwPage) -> None:
    history = operations.context(page.db).undo
    staff = {a.id for a in list_assignments(page.db, event_id="LRW2027-NY-PRESS")}
    page.select_event("LRW2027-NY-PRESS")
    page.delete_selected(confirm=False)
    assert page.model.row_by_id("LRW2027-NY-PRESS") is None
    history.undo(page)
    assert page.model.row_by_id("LRW2027-NY-PRESS") is not None
    assert {a.id for a in list_assignments(page.db, event_id="LRW2027-NY-PRESS")} == staff
    history.redo(page)  # and it can go again
    assert page.model.row_by_id("LRW2027-NY-PRESS") is None


def test_changes_from_other_pages_refresh_the_page(page: LrwPage, qtbot) -> None:
    from ui.operations.events import cancel_event

    cancel_event(None, page.db, "LRW2027-HNL-WORKSHOP").call()  # as another page would
    assert page.model.row_by_id("LRW2027-HNL-WORKSHOP").cancelled
    wait_for_conflicts(page, qtbot)
    assert len(list_events(page.db, 2027)) == page.model.rowCount()


def test_main_window_opens_the_page_and_routes_records(demo_db: Database, qtbot,
                                                       settings: Settings) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_record("event", "LRW2027-TUCSON-RADIO")
    page = window.current_page()
    assert isinstance(page, LrwPage) and page.current_event == "LRW2027-TUCSON-RADIO"
    assert window.calendar_action.text() == "Export &calendar…"
    wait_for_conflicts(page, qtbot)


# --- review fixes -------------------------------------------------------------------------------


def test_clicking_cancel_delete_and_remove_always_asks_first(page: LrwPage, monkeypatch) -> None:
    """clicked(bool)/triggered(bool) must not slip False into the confirm parameter."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def say_no(_parent, title, _text, _buttons=None, _default=None):
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(say_no))
    page.select_event("LRW2027-DEN-TABLING")
    page.cancel_event_button.click()
    page.cancel_event_action.trigger()
    assert not page.model.row_by_id("LRW2027-DEN-TABLING").cancelled
    page.delete_event_button.click()
    page.delete_event_action.trigger()
    assert page.model.row_by_id("LRW2027-DEN-TABLING") is not None
    page.select_event("LRW2027-LA-MOBILE")
    page.staffing.table.selectRow(0)
    before = page.staffing.model.rowCount()
    page.staffing.remove_button.click()
    for action in page.staffing.table.actions():
        if action.text() == "Remove":
            action.trigger()
    assert page.staffing.model.rowCount() == before
    assert asked == ["Cancel event", "Cancel event", "Delete event", "Delete event",
                     "Remove", "Remove"]


def test_closing_the_copy_dialog_with_escape_still_shows_the_copy(page: LrwPage, qtbot) -> None:
    changes = []
    operations.bus(page.db).changed.connect(lambda change, _by: changes.append(change))
    dialog = page.copy_last_year()
    dialog.target.setValue(2028)
    dialog.copy()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.result_data is not None
    dialog.reject()  # Escape or the window's X, not the Close button
    assert page.year == 2028
    assert page.campaign_combo.itemData(0) == 2028
    assert page.model.rowCount() == 13
    assert changes and changes[-1] is dialog.change
    wait_for_conflicts(page, qtbot)


def test_cancelling_the_copy_dialog_before_copying_changes_nothing(page: LrwPage) -> None:
    changes = []
    operations.bus(page.db).changed.connect(lambda change, _by: changes.append(change))
    dialog = page.copy_last_year()
    dialog.reject()
    assert page.year == 2027 and not changes


def test_the_edit_assignment_dialog_has_no_stray_chooser_and_its_own_size(page: LrwPage) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QTableView

    from ui.dialogs.assign_dialog import AssignDialog

    page.select_event("LRW2027-LA-MOBILE")
    page.staffing.table.selectRow(0)
    dialog = page.staffing.open_assign(page.staffing.selected_id())
    assert dialog.search is None and dialog.everyone is None and dialog.table is None
    assert not dialog.findChildren(QTableView)
    assert not [c for c in dialog.findChildren(QCheckBox) if "everyone" in c.text()]
    assert not [e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == "Find a person"]
    assert dialog.settings_key == AssignDialog.edit_settings_key != AssignDialog.settings_key
    dialog.resize(700, 333)
    dialog.reject()
    chooser = page.staffing.open_assign()
    assert chooser.settings_key == AssignDialog.settings_key
    assert chooser.height() != 333  # the edit form's size is not the chooser's
    assert chooser.search is not None and chooser.table is not None
    chooser.reject()


def test_the_week_grid_has_a_format_legend_and_blocks_say_everything(page: LrwPage) -> None:
    from PySide6.QtGui import QFontMetrics

    from ui.models.lrw_labels import formats
    from ui.widgets.week_grid import _fit_words, format_colour

    legend = page.format_legend
    assert legend.isVisible()
    assert legend.entries == dict(formats())
    for value, label in formats():
        assert label in legend.accessibleDescription()
        assert format_colour(value).startswith("#")
    page.select_event("LRW2027-OPENING-CHI")
    row_ = page.model.row_by_id("LRW2027-OPENING-CHI")
    said = page.grid.accessibleDescription()
    for part in (row_.title, row_.venue, row_.time_zone, "09:00–11:00 CDT", "Opening ceremony"):
        assert part in said, part
    tip = page.event_tooltip("LRW2027-OPENING-CHI")
    for part in (row_.title, row_.venue, row_.time_zone, "Opening ceremony", "CDT"):
        assert part in tip, part
    # A narrow block shows whole words or nothing after its first title line.
    metrics = QFontMetrics(page.font())
    assert _fit_words("ceremony of Labor", metrics, metrics.horizontalAdvance("cer")) == ""
    fitted = _fit_words("Opening ceremony of Labor Rights Week", metrics,
                        metrics.horizontalAdvance("Opening ceremony…"))
    assert fitted == "Opening ceremony…"


def test_narrow_blocks_at_1280_by_800_draw_no_word_fragments(page: LrwPage, monkeypatch) -> None:
    """Past the first title line nothing is drawn cut inside a word."""
    from PySide6.QtGui import QPainter

    from ui.models.lrw_labels import format_label

    page.resize(1280 - 150, 800 - 120)
    drawn: list[str] = []
    original = QPainter.drawText

    def spy(self, *args):
        if len(args) >= 3 and isinstance(args[-1], str):
            drawn.append(args[-1])
        return original(self, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    page.grid.viewport().grab()
    rows = [page.model.row(n) for n in range(page.model.rowCount())]
    words = {w for r in rows for w in f"{r.title} {r.venue} {format_label(r.format)}".split()}
    fragments = []
    for text in drawn:
        if not text.endswith("…") or any(r.title.startswith(text[:-1]) for r in rows):
            continue  # whole, or the start of a title (its first line)
        kept = text[:-1].split()
        whole = kept and (kept[-1] in words or kept[-1].startswith("⚠"))
        if not whole or kept[-1] in ("·", "—"):
            fragments.append(text)
    assert not fragments, fragments


def test_a_search_that_hides_the_selected_event_clears_the_staffing_panel(page: LrwPage) -> None:
    page.select_event("LRW2027-LA-MOBILE")
    page.staffing.table.selectRow(0)
    assert page.staffing.assign_button.isEnabled() and page.staffing.remove_button.isEnabled()
    page.search.setText("no event has this text")
    assert page.current_event == "" and page.staffing.event_row is None
    assert not page.staffing.assign_button.isEnabled()
    assert not page.staffing.remove_button.isEnabled()
    assert not page.edit_event_button.isEnabled()
    page.search.clear()
    page.select_event("LRW2027-LA-MOBILE")
    page.format_filter.setCurrentIndex(page.format_filter.findData("radio"))
    # Never the hidden event: the one radio event the filter shows is selected instead.
    assert page.current_event == "LRW2027-TUCSON-RADIO"
    assert page.staffing.event_row is not None
    assert page.staffing.event_row.id == "LRW2027-TUCSON-RADIO"


def test_the_publish_dialog_headings_are_not_clipped(page: LrwPage) -> None:
    from PySide6.QtCore import Qt as _Qt

    dialog = page.publish()
    header = dialog.table.horizontalHeader()
    for column in range(dialog.model.columnCount()):
        title = str(dialog.model.headerData(column, _Qt.Orientation.Horizontal))
        if column < dialog.model.columnCount() - 1 or not header.stretchLastSection():
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), \
                title
    assert "Before (venue time)" in [str(dialog.model.headerData(c, _Qt.Orientation.Horizontal))
                                     for c in range(dialog.model.columnCount())]
    dialog.reject()


def test_the_week_opens_on_the_office_last_chosen(demo_db: Database, qtbot,
                                                 settings: Settings) -> None:
    from as_a_person import choose_from_list, show_active

    first = LrwPage(demo_db, settings)
    qtbot.addWidget(first)
    show_active(first)
    assert first.office_filter.currentData() is None  # no home office: every office
    choose_from_list(first.office_filter, first.office_filter.findData("WHD-PHOENIX"))
    assert {r.id for r in first.visible_rows()} == {"LRW2027-PHX-HEAT", "LRW2027-PHX-TABLING"}
    wait_for_conflicts(first, qtbot)
    first.close()
    again = LrwPage(demo_db, settings)  # the next start
    qtbot.addWidget(again)
    again.show()
    assert again.office_filter.currentData() == "WHD-PHOENIX"
    assert again.grid.layout_data.event_count == 2
    choose_from_list(again.office_filter, 0)  # All offices, on purpose: remembered too
    wait_for_conflicts(again, qtbot)
    third = LrwPage(demo_db, settings)
    qtbot.addWidget(third)
    assert third.office_filter.currentData() is None
    wait_for_conflicts(third, qtbot)


def test_after_assigning_only_that_events_problems_are_checked_again(
    page: LrwPage, qtbot, monkeypatch
) -> None:
    from consularapp import conflicts
    from ui.pages import lrw_page

    focused: list[set[str]] = []
    real_recheck = conflicts.recheck
    monkeypatch.setattr(lrw_page, "recheck", lambda db, year, previous, focus, **kw: (
        focused.append(set(focus)), real_recheck(db, year, previous, focus, **kw))[1])
    monkeypatch.setattr(lrw_page, "find_conflicts",
                        lambda *a, **k: pytest.fail("the whole campaign was checked again"))
    page.select_event("LRW2027-DEN-TABLING")
    dialog = page.staffing.open_assign()
    dialog.everyone.setChecked(True)
    dialog.select_person("P-CARLOS-RUIZ")
    dialog.accept()
    wait_for_conflicts(page, qtbot)
    assert focused == [{"LRW2027-DEN-TABLING"}]


def test_problems_after_assigning_are_those_of_a_whole_check(page: LrwPage, qtbot) -> None:
    from consularapp.conflicts import find_conflicts

    page.select_event("LRW2027-DEN-TABLING")
    dialog = page.staffing.open_assign()
    dialog.everyone.setChecked(True)
    dialog.select_person("P-CARLOS-RUIZ")
    dialog.accept()
    wait_for_conflicts(page, qtbot)
    shown = {(c.key, c.message) for c in page.conflicts_panel.conflicts()}
    assert shown == {(c.key, c.message) for c in find_conflicts(page.db, 2027)}
