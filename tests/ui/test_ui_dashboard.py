"""The dashboard: its model without widgets, the page (scope remembered, items open their record)
and the start-up banner."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester

from consularapp.agreements import compute_statuses, renew
from consularapp.db import Database
from consularapp.partnerships import AttentionKind, Scope, dashboard
from ui.main_window import MainWindow
from ui.models.agreement_labels import attention_sentence, days_text
from ui.models.dashboard_model import AttentionModel, attention_rows
from ui.models.table_model import ROW_ROLE, SORT_ROLE
from ui.pages.dashboard_page import DashboardPage
from ui.settings import DASHBOARD_AGENCY, DASHBOARD_REGION, Settings

TODAY = date(2026, 11, 21)
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    """The demo as of TODAY, for the models (which take the day as an argument)."""
    return demo_db_at(TODAY)


@pytest.fixture
def today_db(demo_db_at) -> Database:
    """The demo built around the real today, for pages that look at today."""
    return demo_db_at(date.today())


def make_model(db: Database, day: date = TODAY) -> AttentionModel:
    model = AttentionModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    board = dashboard(db, day)
    statuses = {a.id: a for a in compute_statuses(db, day)}
    model.set_rows(attention_rows(board, statuses, {"OSHA-PHOENIX": "Phoenix Area Office"},
                                  {"MX-YUMA": "MX Yuma"}))
    return model


def text(model: AttentionModel, record_id: str, column: int, role: int = DISPLAY) -> object:
    for position in range(model.rowCount()):
        if model.row(position).item.record_id == record_id:
            return model.data(model.index(position, column), role)
    raise AssertionError(f"{record_id} is not listed")


# --- texts --------------------------------------------------------------------------------------


def test_days_are_said_in_words() -> None:
    assert days_text(15) == "in 15 days"
    assert days_text(-24) == "24 days ago"
    assert days_text(0) == "today"
    assert days_text(1) == "tomorrow"
    assert days_text(-1) == "yesterday"
    assert days_text(-1504) == "about 4 years ago"
    assert days_text(None) == ""


def test_attention_sentence_matches_the_core_banner() -> None:
    expected = "2 agreements expire within 30 days, 1 is due for renewal"
    assert attention_sentence(2, 1, 30) == expected
    assert attention_sentence(1, 0, 14) == "1 agreement expires within 14 days"
    assert attention_sentence(0, 3, 30) == "3 agreements are due for renewal"
    assert attention_sentence(0, 0, 30) == ""


# --- the model ----------------------------------------------------------------------------------


def test_attention_model_rows_texts_and_sort_roles(demo_db: Database) -> None:
    model = make_model(demo_db)
    board = dashboard(demo_db, TODAY)
    assert model.rowCount() == len(board.items) > 5
    assert model.columnCount() == AttentionModel.COLUMN_COUNT == 5
    assert model.headerData(AttentionModel.COL_WHEN, Qt.Orientation.Horizontal) == "When"
    first = model.row(0).item
    assert first.record_id == "OSHA-PHX-ALLIANCE-2024"
    # The kind in words with a symbol, the days in words; colour only as an extra.
    assert text(model, first.record_id, AttentionModel.COL_KIND) == "⚠ Expiring"
    assert text(model, first.record_id, AttentionModel.COL_WHEN) == "in 15 days"
    assert text(model, "WHD-HOU-HN-2023", AttentionModel.COL_KIND) == "✖ Expired, not renewed"
    assert text(model, "WHD-HOU-HN-2023", AttentionModel.COL_WHEN) == "24 days ago"
    assert text(model, "MX-DENVER", AttentionModel.COL_KIND) == "⚑ No current liaison"
    assert text(model, "MX-DENVER", AttentionModel.COL_WHEN) == ""
    assert text(model, "WHD-HOUSTON", AttentionModel.COL_KIND) == "∅ No agreement in force"
    # Short titles with consulate abbreviations, translatable details.
    assert text(model, first.record_id, AttentionModel.COL_TITLE).startswith(
        "Phoenix Area Office — ")
    assert "MX Yuma" in text(model, first.record_id, AttentionModel.COL_TITLE)
    assert text(model, first.record_id, AttentionModel.COL_DETAIL) == (
        "No renewal started; last day 2026-12-06")
    assert "Renewal WHD-PHX-MX-RENEWAL in progress" in text(
        model, "WHD-PHX-MX-2023", AttentionModel.COL_DETAIL)
    assert "2027-02-16" in text(model, "NLRB-HOU-MX-2015", AttentionModel.COL_DETAIL)
    tip = text(model, first.record_id, AttentionModel.COL_TITLE, TOOLTIP)
    assert "agreement OSHA-PHX-ALLIANCE-2024" in tip and "Double-click" in tip
    # Sort roles are native: days as ints (None for none), the kind as the core's order.
    assert text(model, first.record_id, AttentionModel.COL_WHEN, SORT_ROLE) == 15
    assert text(model, "MX-DENVER", AttentionModel.COL_WHEN, SORT_ROLE) is None
    kind_key = text(model, first.record_id, AttentionModel.COL_KIND, SORT_ROLE)
    assert isinstance(kind_key, tuple) and kind_key[0] == 0
    assert text(model, first.record_id, AttentionModel.COL_KIND,
                Qt.ItemDataRole.BackgroundRole) is not None


def test_sorting_on_when_and_back_to_urgency(demo_db: Database) -> None:
    model = make_model(demo_db)
    original = [model.row(n).id for n in range(model.rowCount())]
    model.sort(AttentionModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
    days = [model.row(n).item.days for n in range(model.rowCount())]
    numbers = [d for d in days if d is not None]
    assert numbers == sorted(numbers) and days[-1] is None  # blanks last
    model.sort(AttentionModel.COL_KIND, Qt.SortOrder.AscendingOrder)
    assert [model.row(n).id for n in range(model.rowCount())] == original


# --- the page -----------------------------------------------------------------------------------


def make_page(db: Database, qtbot, settings: Settings) -> DashboardPage:
    page = DashboardPage(db, settings)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_page_shows_items_counts_and_summary(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    assert page.model.rowCount() > 5
    assert page.stack.currentWidget() is page.view
    assert "2 agreements expire within 30 days, 1 is due for renewal" in page.summary.text()
    counts = page.counts.accessibleDescription()
    for words in ("⚠ Expiring 2", "↻ Renewal due 1", "✖ Expired 2", "✔ Active 4",
                  "→ Superseded 2"):
        assert words in counts
    # The most urgent item is selected and described in full below the list.
    assert page.selected_row() is not None
    assert page.selected_row().item.record_id == "OSHA-PHX-ALLIANCE-2024"
    details = page.details.toPlainText()
    assert "Consulate of Mexico in Yuma" in details and "in 15 days" in details


def test_scope_filters_and_is_remembered(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    everything = page.model.rowCount()
    agency = page.scope_bar.agency
    agency.setCurrentIndex(agency.findData("OSHA"))
    assert page.scope() == Scope("OSHA", None)
    ids = {page.model.row(n).item.record_id for n in range(page.model.rowCount())}
    # OSHA-DEN-MX-2023 expired, but the annual reports of its periods are still owed.
    assert ids == {"OSHA-PHX-ALLIANCE-2024", "MX-DENVER", "OSHA-DENVER", "OSHA-DEN-MX-2023"}
    assert page.model.rowCount() < everything
    assert page.summary.text().startswith("For OSHA, today: 1 agreement expires")
    # A region (its agency comes with it) is remembered by the next page too.
    agency.setCurrentIndex(agency.findData("WHD"))
    region = page.scope_bar.region
    region.setCurrentIndex(region.findText("Midwest"))
    assert page.scope() == Scope("WHD", "Midwest")
    assert all(page.model.row(n).item.record_id != "WHD-LA-MX-2021"
               for n in range(page.model.rowCount()))
    assert settings.get(DASHBOARD_AGENCY) == "WHD"
    second = make_page(today_db, qtbot, settings)
    assert second.scope() == Scope("WHD", "Midwest")
    assert second.scope_bar.region.currentText() == "Midwest"
    assert second.model.rowCount() == page.model.rowCount()


def test_a_remembered_scope_this_database_lacks_falls_back_to_all(
    today_db: Database, qtbot, settings
) -> None:
    settings.set(DASHBOARD_AGENCY, "NOPE")
    settings.set(DASHBOARD_REGION, "Atlantis")
    page = make_page(today_db, qtbot, settings)
    assert page.scope() == Scope()
    assert page.model.rowCount() > 5


def test_as_of_date_changes_what_needs_attention(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    assert page.as_of_date() == date.today()
    later = date.today().toordinal() + 400
    page.as_of.setDate(QDate(date.fromordinal(later)))
    kinds = {page.model.row(n).item.kind for n in range(page.model.rowCount())}
    assert AttentionKind.EXPIRING not in kinds  # they all lapsed by then
    assert "today" not in page.summary.text()
    page.today_button.click()
    assert page.as_of_date() == date.today()


def test_nothing_to_do_shows_a_sentence(ref_db: Database, qtbot, settings) -> None:
    page = make_page(ref_db, qtbot, settings)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert "Nothing needs attention" in page.empty.text()
    assert "No agreement expires" in page.summary.text()


def test_items_open_their_record(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    index = page.model.index(0, AttentionModel.COL_RECORD)
    rect = page.view.visualRect(index)
    with qtbot.waitSignal(page.open_record) as blocker:
        # Qt 6's QTest double-click has no press before it; the view wants one on the same row.
        qtbot.mousePress(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["agreement", "OSHA-PHX-ALLIANCE-2024"]
    position = next(n for n in range(page.model.rowCount())
                    if page.model.index(n, 0).data(ROW_ROLE).item.record_id == "MX-DENVER")
    page.view.selectRow(position)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts only reach the active window
    page.view.setFocus()
    with qtbot.waitSignal(page.open_record) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == ["consulate", "MX-DENVER"]
    with qtbot.waitSignal(page.open_record):
        page.open_button.click()


def test_a_change_elsewhere_refreshes_the_page(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    change, new_id = renew(today_db, "WHD-LA-MX-2021")
    page.apply_change(change)
    detail = next(page.model.row(n).detail for n in range(page.model.rowCount())
                  if page.model.row(n).item.record_id == "WHD-LA-MX-2021")
    assert f"Renewal {new_id} in progress" in detail


# --- with the main window -----------------------------------------------------------------------


def make_window(db: Database, qtbot, settings: Settings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_an_item_opens_the_agreement_in_the_agreements_page(
    today_db: Database, qtbot, settings
) -> None:
    window = make_window(today_db, qtbot, settings)
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    position = next(n for n in range(page.model.rowCount())
                    if page.model.row(n).item.record_id == "WHD-LA-MX-2021")
    page.open_item(position)
    assert window.current_page_key() == "agreements"
    agreements = window.pages["agreements"]
    assert agreements.table.selected_id() == "WHD-LA-MX-2021"  # type: ignore[attr-defined]
    window.show_page("dashboard")
    office = next(n for n in range(page.model.rowCount())
                  if page.model.row(n).item.record_type == "office")
    page.open_item(office)
    assert window.current_page_key() == "directory"


def test_start_up_banner_says_what_needs_attention(today_db: Database, qtbot, settings) -> None:
    settings.last_page = "directory"
    window = make_window(today_db, qtbot, settings)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.banner.text() == "2 agreements expire within 30 days, 1 is due for renewal"
    assert window.current_page_key() == "directory"
    window.banner.show_button.click()
    assert window.current_page_key() == "dashboard"
    assert not window.banner.isVisible()


def test_banner_speaks_for_the_remembered_scope_and_can_be_dismissed(
    today_db: Database, qtbot, settings
) -> None:
    settings.set(DASHBOARD_AGENCY, "OSHA")
    window = make_window(today_db, qtbot, settings)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert window.banner.text() == "OSHA: 1 agreement expires within 30 days"
    window.banner.dismiss_button.click()
    assert not window.banner.isVisible()


def test_no_banner_when_there_is_nothing_to_say(ref_db: Database, qtbot, settings) -> None:
    window = make_window(ref_db, qtbot, settings)
    qtbot.waitUntil(lambda: window.banner.task is None, timeout=5000)
    assert not window.banner.isVisible()


def test_every_control_is_named(today_db: Database, qtbot, settings) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTableView,
        QWidget,
    )

    page = make_page(today_db, qtbot, settings)
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QComboBox | QLineEdit | QTableView | QAbstractButton
                      | QAbstractSpinBox) and widget.isVisibleTo(page) \
                and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            label = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else "")
            assert label, f"{type(widget).__name__} {widget.objectName()} has no name"
