"""The problems list as a coordinator uses it on a national campaign: one line per kind with its
counts (worst first), filters for severity, office and consulate picked from their lists, and a
whole kind acknowledged with one reason (then read back from the database)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from as_a_person import alt, choose_from_list, choose_with_arrows, focus, press, show_active
from PySide6.QtCore import Qt

from consularapp.changes import CONFLICT_ACK
from consularapp.conflicts import find_conflicts, list_acknowledgements
from consularapp.db import Database
from consularapp.events import get_event
from ui.models.conflict_tree import COL_PROBLEM
from ui.pages.lrw_page import LrwPage
from ui.settings import Settings

YEAR = 2027


@pytest.fixture
def page(demo_db_at, qtbot, settings: Settings) -> Iterator[LrwPage]:
    db: Database = demo_db_at(date(2026, 11, 21))
    page = LrwPage(db, settings)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    show_active(page)
    wait(page, qtbot)
    yield page


def wait(page: LrwPage, qtbot) -> None:
    qtbot.waitUntil(lambda: not page.conflicts_pending, timeout=10000)


def kind_lines(page: LrwPage) -> list[str]:
    model = page.conflicts_panel.model
    return [model.index(n, COL_PROBLEM).data() for n in range(model.rowCount())]


def test_problems_come_one_line_per_kind_with_counts_worst_first(page: LrwPage) -> None:
    counts = Counter(c.kind for c in find_conflicts(page.db, YEAR) if not c.acknowledged)
    lines = kind_lines(page)
    assert len(lines) == len(counts)
    assert lines[0] == "Double booking — 1: 1 error"  # the only error first
    assert lines[1] == f"No agreement in force — {counts['no active agreement']}: " \
                       f"{counts['no active agreement']} warnings"
    model = page.conflicts_panel.model
    assert [model.rowCount(model.index(n, 0)) for n in range(model.rowCount())] == \
        [len(g.conflicts) for g in model.groups]


def test_the_severity_filter_keeps_the_errors(page: LrwPage) -> None:
    panel = page.conflicts_panel
    choose_with_arrows(panel.severity_filter, panel.severity_filter.findText("Errors only"))
    assert {c.severity for c in panel.shown()} == {"error"}
    assert "listed with these filters" in panel.summary.text()


def test_the_office_filter_keeps_the_problems_of_its_events(page: LrwPage) -> None:
    panel = page.conflicts_panel
    wanted = panel.office_filter.findData("WHD-PHOENIX")
    assert wanted > 0
    choose_from_list(panel.office_filter, wanted)
    shown = panel.shown()
    assert shown
    for conflict in shown:
        offices = {o for e in conflict.event_ids for o in get_event(page.db, e).office_ids}
        assert "WHD-PHOENIX" in offices, conflict.message


def test_the_consulate_filter_keeps_the_problems_of_its_events(page: LrwPage) -> None:
    panel = page.conflicts_panel
    wanted = panel.consulate_filter.findData("MX-PHOENIX")
    assert wanted > 0
    choose_from_list(panel.consulate_filter, wanted)
    hosts = {get_event(page.db, e).host_consulate_id for c in panel.shown() for e in c.event_ids}
    assert "MX-PHOENIX" in hosts
    for conflict in panel.shown():
        assert "MX-PHOENIX" in {get_event(page.db, e).host_consulate_id
                                for e in conflict.event_ids}


def test_a_whole_kind_is_acknowledged_with_one_reason(page: LrwPage, qtbot) -> None:
    panel = page.conflicts_panel
    page.bottom_tabs.setCurrentWidget(panel)
    expected = {c.key for c in find_conflicts(page.db, YEAR)
                if c.kind == "no active agreement" and not c.acknowledged}
    focus(panel.table)  # Tab into the list: its first line, the worst kind, is chosen
    press(panel.table, Qt.Key.Key_Home)
    press(panel.table, Qt.Key.Key_Down)  # the second kind: No active agreement
    assert panel.selected_kind() == "no active agreement"
    assert panel.acknowledge_button.text() == f"Ac&knowledge all {len(expected)}…"
    alt(page, "k")
    dialog = panel.dialog
    assert dialog is not None
    assert len(dialog.conflicts) == len(expected)
    show_active(dialog)
    focus(dialog.reason)
    qtbot.keyClicks(dialog.reason, "Renewals are with the solicitors; partners informed.")
    alt(dialog, "s")
    assert panel.dialog is None
    wait(page, qtbot)
    stored = {a.key: a.reason for a in list_acknowledgements(page.db, YEAR)}
    assert {k for k in expected if k in stored} == expected
    assert {stored[k] for k in expected} == {
        "Renewals are with the solicitors; partners informed."}
    assert not [c for c in panel.shown() if c.kind == "no active agreement"]  # hidden now


def test_a_kind_acknowledged_together_is_one_write(page: LrwPage, qtbot) -> None:
    panel = page.conflicts_panel
    assert panel.select_kind("understaffed")
    keys = {c.key for c in panel.shown() if c.kind == "understaffed"}
    dialog = panel.acknowledge_selected()
    show_active(dialog)
    focus(dialog.reason)
    qtbot.keyClicks(dialog.reason, "Volunteers from the consulates fill in.")
    alt(dialog, "s")
    assert dialog.change is not None
    assert dialog.change.ids(CONFLICT_ACK) == keys
    wait(page, qtbot)
    assert {a.key for a in list_acknowledgements(page.db, YEAR)} == keys


def test_the_chosen_kind_and_open_kinds_stay_when_the_problems_are_counted_again(
        page: LrwPage, qtbot) -> None:
    panel = page.conflicts_panel
    assert panel.select_kind("understaffed")
    panel.table.expand(panel.model.index_of_kind("understaffed"))
    page.refresh_conflicts()
    wait(page, qtbot)
    assert panel.selected_kind() == "understaffed"
    assert panel.expanded_kinds() == {"understaffed"}
