"""Agreements: the table and matrix models without widgets, the timeline widget, the page (filters,
renewal workflow, matrix and timeline opening agreements) and the editor dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from consularapp.agreements import (
    AgreementInput,
    Status,
    StatusSettings,
    compute_statuses,
    get_agreement,
    renew,
)
from consularapp.db import Database
from consularapp.models import AgreementState
from consularapp.partnerships import Scope, partner_matrix, timeline
from ui import operations
from ui.dialogs.agreement_dialog import AgreementDialog
from ui.dialogs.renew_dialog import RenewDialog
from ui.models.agreements_model import AgreementsModel, load_rows
from ui.models.matrix_model import AGREEMENTS_ROLE, STATUS_ROLE, MatrixModel
from ui.models.table_model import ID_ROLE, SORT_ROLE
from ui.pages.agreements_page import AgreementsPage
from ui.settings import Settings
from ui.widgets.timeline import TimelineWidget

TODAY = date(2026, 11, 21)
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(TODAY)


@pytest.fixture
def today_db(demo_db_at) -> Database:
    return demo_db_at(date.today())


def model_tester(model: object) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


# --- the table model ----------------------------------------------------------------------------


def table_model(db: Database) -> AgreementsModel:
    model = AgreementsModel()
    model_tester(model)
    rows, _offices, _consulates = load_rows(db, TODAY, StatusSettings())
    model.set_rows(rows)
    return model


def cell(model: AgreementsModel, record_id: str, column: int, role: int = DISPLAY) -> object:
    position = model.position_of(record_id)
    assert position is not None, record_id
    return model.data(model.index(position, column), role)


def test_agreements_model_says_status_in_words(demo_db: Database) -> None:
    model = table_model(demo_db)
    assert model.rowCount() == 16
    assert model.columnCount() == AgreementsModel.COLUMN_COUNT == 10
    assert model.headerData(AgreementsModel.COL_DAYS, Qt.Orientation.Horizontal) == "Days left"
    m = AgreementsModel
    assert cell(model, "OSHA-PHX-ALLIANCE-2024", m.COL_STATUS) == "⚠ expiring"
    assert cell(model, "OSHA-PHX-ALLIANCE-2024", m.COL_DAYS) == "15 days"
    assert cell(model, "OSHA-PHX-ALLIANCE-2024", m.COL_KIND) == "Alliance"
    assert cell(model, "OSHA-PHX-ALLIANCE-2024", m.COL_OFFICES) == "Phoenix Area Office"
    assert "MX Yuma" in cell(model, "OSHA-PHX-ALLIANCE-2024", m.COL_CONSULATES)
    assert "Consulate of Mexico in Yuma (MX-YUMA)" in cell(
        model, "OSHA-PHX-ALLIANCE-2024", m.COL_CONSULATES, TOOLTIP)
    assert cell(model, "WHD-HOU-HN-2023", m.COL_STATUS) == "✖ expired"
    assert cell(model, "WHD-HOU-HN-2023", m.COL_DAYS) == "24 days ago"
    assert cell(model, "NLRB-HOU-MX-2015", m.COL_STATUS) == "∞ open-ended"
    assert cell(model, "NLRB-HOU-MX-2015", m.COL_EXPIRES) == "no sunset"
    assert cell(model, "NLRB-HOU-MX-2015", m.COL_EXPIRES, SORT_ROLE) == date.max
    assert cell(model, "WHD-CHI-MX-2020", m.COL_STATUS) == "→ superseded"
    assert cell(model, "WHD-CHI-MX-2020", m.COL_RENEWED_BY) == "WHD-CHI-MX-2023"
    assert cell(model, "WHD-CHI-MX-2023", m.COL_RENEWS) == "WHD-CHI-MX-2020"
    assert cell(model, "WHD-HNL-PH-DRAFT", m.COL_STATUS) == "✎ draft"
    assert cell(model, "WHD-CARIB-MX-2025", m.COL_STATUS) == "⇄ negotiating"
    assert cell(model, "OSHA-DEN-MX-2023", m.COL_STATUS) == "⊘ terminated"
    assert cell(model, "OSHA-DEN-MX-2023", m.COL_EXPIRES) == "ended 2026-10-07"
    tip = cell(model, "OSHA-PHX-ALLIANCE-2024", m.COL_STATUS, TOOLTIP)
    assert "expiring" in tip and "Last day in force: 2026-12-06" in tip
    assert isinstance(cell(model, "WHD-HOU-HN-2023", m.COL_STATUS,
                           Qt.ItemDataRole.BackgroundRole), QColor)
    assert cell(model, "WHD-HOU-HN-2023", m.COL_ID, ID_ROLE) == "WHD-HOU-HN-2023"


def test_agreements_model_sorts_on_native_values(demo_db: Database) -> None:
    model = table_model(demo_db)
    m = AgreementsModel
    assert cell(model, "OSHA-PHX-ALLIANCE-2024", m.COL_DAYS, SORT_ROLE) == 15
    assert cell(model, "WHD-HNL-PH-DRAFT", m.COL_DAYS, SORT_ROLE) is None
    assert isinstance(cell(model, "WHD-CHI-MX-2023", m.COL_EFFECTIVE, SORT_ROLE), date)
    model.sort(m.COL_DAYS, Qt.SortOrder.AscendingOrder)
    days = [model.data(model.index(n, m.COL_DAYS), SORT_ROLE) for n in range(model.rowCount())]
    numbers = [d for d in days if d is not None]
    assert numbers == sorted(numbers) and all(isinstance(d, int) for d in numbers)
    assert days[-1] is None and numbers[0] < 0  # expired (negative) first, blanks last
    model.sort(m.COL_STATUS, Qt.SortOrder.AscendingOrder)
    first = [model.data(model.index(n, m.COL_STATUS)) for n in range(3)]
    assert first == ["⚠ expiring", "⚠ expiring", "↻ renewal due"]  # most urgent first


# --- the matrix model ---------------------------------------------------------------------------


def matrix_model(db: Database, only_partners: bool = True) -> MatrixModel:
    model = MatrixModel()
    model_tester(model)
    model.set_matrix(partner_matrix(db, TODAY, only_partners=only_partners),
                     {a.id: a for a in compute_statuses(db, TODAY)})
    return model


def matrix_cell(model: MatrixModel, office: str, consulate: str, role: int = DISPLAY) -> object:
    position = model.position_of(office, consulate)
    assert position is not None, (office, consulate)
    return model.data(model.index(*position), role)


def test_matrix_model_cells_say_the_status(demo_db: Database) -> None:
    model = matrix_model(demo_db)
    m = partner_matrix(demo_db, TODAY)
    assert model.rowCount() == len(m.offices) and model.columnCount() == len(m.consulates)
    assert matrix_cell(model, "WHD-CHICAGO", "MX-CHICAGO") == "✔ active"
    assert matrix_cell(model, "OSHA-PHOENIX", "MX-YUMA") == "⚠ 15 d"
    assert matrix_cell(model, "WHD-LOSANGELES", "MX-LOSANGELES") == "↻ 96 d"
    assert matrix_cell(model, "WHD-HOUSTON", "HN-HOUSTON") == "✖ expired"
    assert matrix_cell(model, "NLRB-R16", "MX-DALLAS") == "∞ open-ended"
    assert matrix_cell(model, "WHD-HONOLULU", "PH-HONOLULU") == "✎ draft"
    assert matrix_cell(model, "OSHA-DENVER", "MX-DENVER") == "⊘ terminated"
    # A gap reads as a dash, says so in the tooltip, and sorts as None.
    assert matrix_cell(model, "WHD-CHICAGO", "MX-PHOENIX") == "—"
    assert "no agreement" in matrix_cell(model, "WHD-CHICAGO", "MX-PHOENIX", TOOLTIP)
    assert matrix_cell(model, "WHD-CHICAGO", "MX-PHOENIX", SORT_ROLE) is None
    assert isinstance(matrix_cell(model, "WHD-CHICAGO", "MX-CHICAGO", SORT_ROLE), int)
    assert matrix_cell(model, "WHD-CHICAGO", "MX-CHICAGO", STATUS_ROLE) is Status.ACTIVE
    assert matrix_cell(model, "WHD-CHICAGO", "MX-CHICAGO", AGREEMENTS_ROLE) == (
        "WHD-CHI-MX-2023", "WHD-CHI-MX-2020")
    assert matrix_cell(model, "WHD-CHICAGO", "MX-CHICAGO", ID_ROLE) == "WHD-CHI-MX-2023"
    tip = matrix_cell(model, "WHD-CHICAGO", "MX-CHICAGO", TOOLTIP)
    assert "WHD-CHI-MX-2023: active" in tip and "WHD-CHI-MX-2020: superseded" in tip
    tip = matrix_cell(model, "OSHA-PHOENIX", "MX-YUMA", TOOLTIP)
    assert "15 days left" in tip and "Consulate of Mexico in Yuma" in tip
    accessible = matrix_cell(model, "OSHA-PHOENIX", "MX-YUMA", Qt.ItemDataRole.AccessibleTextRole)
    assert "expiring" in accessible
    assert isinstance(matrix_cell(model, "OSHA-PHOENIX", "MX-YUMA",
                                  Qt.ItemDataRole.BackgroundRole), QColor)


def test_matrix_headers_are_short_with_full_names_in_tooltips(demo_db: Database) -> None:
    model = matrix_model(demo_db)
    column = next(c for c in range(model.columnCount())
                  if model.consulate(c).id == "MX-PHOENIX")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "MX\nPhoenix"
    assert "Consulate General of Mexico in Phoenix" in model.headerData(
        column, Qt.Orientation.Horizontal, TOOLTIP)
    row = next(r for r in range(model.rowCount()) if model.office(r).id == "WHD-CHICAGO")
    assert model.headerData(row, Qt.Orientation.Vertical) == "WHD · Chicago District Office"
    assert "Midwest" in model.headerData(row, Qt.Orientation.Vertical, TOOLTIP)
    full = matrix_model(demo_db, only_partners=False)
    assert full.rowCount() > 140 and full.columnCount() > model.columnCount()


# --- the timeline widget ------------------------------------------------------------------------


def test_timeline_bars_keyboard_and_mouse(demo_db: Database, qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    rows = timeline(demo_db, TODAY, Scope("WHD", "Midwest"))
    widget.set_rows(rows, TODAY, {a.id: a for a in compute_statuses(demo_db, TODAY)})
    widget.resize(widget.sizeHint())
    widget.show()
    assert len(widget.bars) == sum(len(r.spans) for r in rows)
    # Renewals are chained in their row; each bar's status is written on it.
    chicago = [b for b in widget.bars if b.span.agreement_id.startswith("WHD-CHI-MX")]
    assert [b.span.agreement_id for b in chicago] == ["WHD-CHI-MX-2020", "WHD-CHI-MX-2023"]
    assert chicago[1].span.renews_id == "WHD-CHI-MX-2020"
    assert widget.bar_text(chicago[0]) == "→ superseded"
    assert widget.bar_text(chicago[1]) == "✔ active"
    assert "Renews WHD-CHI-MX-2020" in widget.describe(chicago[1])
    assert widget.x_of(TODAY) > widget.x_of(date(2020, 1, 1))
    widget.grab()  # paints without error
    # Click selects (on the viewport, which covers the widget); the keyboard moves between
    # bars; Enter opens.
    with qtbot.waitSignal(widget.selected) as blocker:
        qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=chicago[0].rect.center().toPoint())
    assert blocker.args == ["WHD-CHI-MX-2020"]
    assert "superseded" in widget.accessibleDescription()
    with qtbot.waitSignal(widget.selected) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert blocker.args == ["WHD-CHI-MX-2023"]
    with qtbot.waitSignal(widget.activated) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert blocker.args == ["WHD-CHI-MX-2023"]
    qtbot.keyClick(widget, Qt.Key.Key_Up)
    assert widget.current_agreement() == "WHD-CHI-GT-2024"
    qtbot.keyClick(widget, Qt.Key.Key_End)
    assert widget.current == len(widget.bars) - 1
    before = widget.bars[0].rect.width()
    widget.set_pixels_per_year(widget.pixels_per_year * 2)
    assert widget.bars[0].rect.width() == pytest.approx(before * 2, rel=0.01)


def test_timeline_open_ended_and_undated_bars(demo_db: Database, qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_rows(timeline(demo_db, TODAY), TODAY, {})
    by_id = {b.span.agreement_id: b for b in widget.bars}
    assert by_id["NLRB-HOU-MX-2015"].open_ended
    assert by_id["NLRB-HOU-MX-2015"].rect.right() == pytest.approx(widget.right_edge())
    draft = by_id["WHD-HNL-PH-DRAFT"]
    assert draft.undated and draft.rect.left() == pytest.approx(widget.x_of(TODAY))
    terminated = by_id["OSHA-DEN-MX-2023"]
    assert terminated.rect.right() == pytest.approx(
        widget.x_of(TODAY - timedelta(days=45) + timedelta(days=1)))


def test_a_draft_with_a_term_is_drawn_with_its_term(demo_db: Database, qtbot) -> None:
    from dataclasses import replace

    from consularapp.agreements import save_agreement
    from consularapp.timeutil import add_months

    base = get_agreement(demo_db, "WHD-HNL-PH-DRAFT")
    starts = date(TODAY.year + 1, 1, 1)
    save_agreement(demo_db, replace(base, effective_on=starts, term_months=36),
                   original_id=base.id)
    save_agreement(demo_db, replace(base, id="WHD-HNL-PH-DRAFT-2", effective_on=None,
                                    term_months=24, version=None))
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_rows(timeline(demo_db, TODAY), TODAY, {})
    by_id = {b.span.agreement_id: b for b in widget.bars}
    dated = by_id["WHD-HNL-PH-DRAFT"]
    assert not dated.open_ended
    assert dated.rect.right() == pytest.approx(
        widget.x_of(add_months(starts, 36) + timedelta(days=1)))
    undated = by_id["WHD-HNL-PH-DRAFT-2"]
    assert undated.undated
    assert undated.rect.right() == pytest.approx(
        widget.x_of(add_months(TODAY, 24) + timedelta(days=1)))


# --- the page -----------------------------------------------------------------------------------


def make_page(db: Database, qtbot, settings: Settings) -> AgreementsPage:
    page = AgreementsPage(db, settings)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def shown_ids(page: AgreementsPage) -> set[str]:
    proxy = page.table.proxy
    return {proxy.index(n, 0).data(ID_ROLE) for n in range(proxy.rowCount())}


def test_table_filters_and_search(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    tab = page.table
    assert tab.model.rowCount() == 16 and "16 agreements shown of 16" in tab.count_label.text()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(Status.EXPIRED.value))
    assert shown_ids(page) == {"EEOC-LA-MX-2019", "WHD-HOU-HN-2023"}
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("in force"))
    assert "WHD-CHI-MX-2023" in shown_ids(page) and "WHD-CHI-MX-2020" not in shown_ids(page)
    tab.status_filter.setCurrentIndex(0)
    tab.within.setValue(30)
    assert shown_ids(page) == {"OSHA-PHX-ALLIANCE-2024", "WHD-PHX-MX-2023"}
    tab.within.setValue(0)
    tab.agency_filter.setCurrentIndex(tab.agency_filter.findData("NLRB"))
    assert shown_ids(page) == {"NLRB-NY-MX-2021", "NLRB-NY-MX-2024", "NLRB-HOU-MX-2015"}
    tab.agency_filter.setCurrentIndex(0)
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("AZ"))
    assert shown_ids(page) == {"OSHA-PHX-ALLIANCE-2024", "WHD-PHX-MX-2023", "WHD-PHX-MX-RENEWAL"}
    tab.state_filter.setCurrentIndex(0)
    region = tab.region_filter.findText("WHD · Midwest")
    tab.region_filter.setCurrentIndex(region)
    assert shown_ids(page) == {"WHD-CHI-MX-2020", "WHD-CHI-MX-2023", "WHD-CHI-GT-2024"}
    tab.region_filter.setCurrentIndex(0)
    tab.search.setText("yuma")
    assert shown_ids(page) == {"OSHA-PHX-ALLIANCE-2024"}
    tab.search.setText("guatemala")
    assert shown_ids(page) == {"WHD-CHI-GT-2024", "WHD-LA-GT-2024"}


def test_details_show_signatories_and_renewal_history(today_db: Database, qtbot,
                                                       settings) -> None:
    page = make_page(today_db, qtbot, settings)
    assert page.show_record("agreement", "WHD-CHI-MX-2023")
    details = page.table.details.toPlainText()
    for words in ("Daniel Okafor", "Reyna Castillo", "Chicago District Office",
                  "Consulate of Mexico in Chicago", "Renewal history", "WHD-CHI-MX-2020",
                  "superseded", "(this one)", "36 months"):
        assert words in details


def test_show_record_clears_filters_that_hide_it(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    page.table.search.setText("zzz")
    assert page.show_record("agreement", "WHD-LA-MX-2021")
    assert page.table.selected_id() == "WHD-LA-MX-2021"
    assert page.table.search.text() == ""
    assert not page.show_record("office", "WHD-CHICAGO")
    assert not page.show_record("agreement", "NO-SUCH")


def test_renewal_workflow_through_the_ui(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    tab = page.table
    changes = []
    operations.bus(today_db).changed.connect(lambda change, _by: changes.append(change))
    assert page.show_record("agreement", "WHD-LA-MX-2021")
    assert tab.renew_button.isEnabled()
    tab.renew_button.click()
    dialog = tab.renew_dialog
    assert isinstance(dialog, RenewDialog)
    new_id = dialog.id_edit.text()
    assert new_id == f"WHD-LA-MX-{date.today().year}"
    assert "Robert Chen" in dialog.summary["US signatory:"].text()
    assert "Arturo Leal" in dialog.summary["Consular signatory:"].text()
    dialog.accept()
    # The draft exists, renews the old one; the old row says "renewed by".
    draft = get_agreement(today_db, new_id)
    assert draft.renews_id == "WHD-LA-MX-2021" and draft.state == AgreementState.DRAFT.value
    assert draft.us_signatory_id == "P-ROBERT-CHEN"
    old = tab.model.row_by_id("WHD-LA-MX-2021")
    assert old.renewed_by == new_id and old.status is Status.RENEWAL_DUE
    assert tab.model.row_by_id(new_id).status is Status.DRAFT
    assert changes and "agreement" in changes[-1].tables()
    # The draft opens in the editor; signing it today supersedes the old agreement.
    editor = tab.dialog
    assert isinstance(editor, AgreementDialog) and editor.original_id == new_id
    editor.state.setCurrentIndex(editor.state.findData(AgreementState.SIGNED.value))
    editor.signed_on.setText(date.today().isoformat())
    assert "Once signed, it supersedes WHD-LA-MX-2021" in editor.hint.text()
    editor.accept()
    assert editor.result() == editor.DialogCode.Accepted
    assert tab.model.row_by_id("WHD-LA-MX-2021").status is Status.SUPERSEDED
    position = tab.model.position_of("WHD-LA-MX-2021")
    assert tab.model.data(tab.model.index(position, AgreementsModel.COL_STATUS)) == (
        "→ superseded")
    assert tab.model.row_by_id(new_id).status is Status.ACTIVE
    assert tab.selected_id() == new_id


def test_ctrl_r_and_delete_from_the_keyboard(today_db: Database, qtbot, settings,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(today_db, qtbot, settings)
    tab = page.table
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.show_record("agreement", "WHD-HOU-HN-2023")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.renew_dialog, RenewDialog)
    tab.renew_dialog.reject()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    offered = []
    history = operations.context(today_db).undo
    history.offered.connect(lambda step: offered.append(step.label))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert asked == ["Delete agreement WHD-HOU-HN-2023?"]
    assert tab.model.row_by_id("WHD-HOU-HN-2023") is None
    assert offered == ["Delete agreement WHD-HOU-HN-2023"]
    history.undo(page)
    assert tab.model.row_by_id("WHD-HOU-HN-2023") is not None
    # An agreement that another renews cannot go: the one presenter says why.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    page.show_record("agreement", "WHD-CHI-MX-2020")
    tab.delete_selected()
    assert "renewed by WHD-CHI-MX-2023" in warnings[0]
    assert tab.model.row_by_id("WHD-CHI-MX-2020") is not None


def test_matrix_tab_opens_agreements(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    matrix = page.show_tab("matrix")
    assert matrix is page.matrix and page.matrix.loaded
    model = page.matrix.model
    partners = model.rowCount()
    row, column = model.position_of("OSHA-PHOENIX", "MX-YUMA")
    page.matrix.view.setCurrentIndex(model.index(row, column))
    assert "15 days left" in page.matrix.info.text()
    page.matrix.open_cell(model.index(row, column))
    assert page.tabs.currentWidget() is page.table
    assert page.table.selected_id() == "OSHA-PHX-ALLIANCE-2024"
    # Two agreements between the pair: a chooser, the one shown first.
    page.show_tab("matrix")
    row, column = model.position_of("WHD-CHICAGO", "MX-CHICAGO")
    menu = page.matrix.open_cell(model.index(row, column))
    assert menu is not None
    labels = [a.text() for a in menu.actions()]
    assert labels[0].startswith("WHD-CHI-MX-2023") and "superseded" in labels[1]
    menu.actions()[1].trigger()
    assert page.table.selected_id() == "WHD-CHI-MX-2020"
    page.show_tab("matrix")
    page.matrix.show_all.setChecked(True)
    assert model.rowCount() > partners
    assert "offices ×" in page.matrix.count_label.text()


def test_timeline_tab_selects_and_opens(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    page.show_tab("timeline")
    widget = page.timeline.widget
    assert page.timeline.loaded and widget.bars
    assert widget.select_agreement("NLRB-HOU-MX-2015")
    assert "open-ended" in page.timeline.info.text()
    assert page.table.selected_id() == "NLRB-HOU-MX-2015"  # selected in the table too
    widget.activated.emit("WHD-HOU-HN-2023")
    assert page.tabs.currentWidget() is page.table
    assert page.table.selected_id() == "WHD-HOU-HN-2023"
    page.show_tab("timeline")
    value = page.timeline.zoom.value()
    page.timeline.zoom_in.click()
    assert page.timeline.zoom.value() > value
    assert widget.pixels_per_year == page.timeline.zoom.value()


def test_matrix_and_timeline_share_a_remembered_scope(today_db: Database, qtbot,
                                                      settings) -> None:
    page = make_page(today_db, qtbot, settings)
    page.show_tab("matrix")
    agency = page.matrix.scope_bar.agency
    agency.setCurrentIndex(agency.findData("NLRB"))
    assert {page.matrix.model.office(r).agency for r in range(page.matrix.model.rowCount())} == {
        "NLRB"}
    assert page.timeline.scope_bar.scope() == Scope("NLRB", None)
    page.show_tab("timeline")
    assert {r.office.agency for r in page.timeline.widget.rows} == {"NLRB"}
    second = make_page(today_db, qtbot, settings)
    assert second.matrix.scope_bar.scope() == Scope("NLRB", None)
    assert second.tabs.currentWidget() is second.timeline  # the last tab shown


def test_main_window_routes_agreements_and_ctrl_f(today_db: Database, qtbot, settings) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(today_db, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_record("agreement", "NLRB-NY-MX-2024")
    page = window.current_page()
    assert isinstance(page, AgreementsPage)
    assert page.table.selected_id() == "NLRB-NY-MX-2024"
    page.show_tab("matrix")
    window.activateWindow()
    window.find_action.trigger()
    assert page.tabs.currentWidget() is page.table
    assert window.focusWidget() is page.table.search


# --- the editor ---------------------------------------------------------------------------------


def test_editor_shows_every_problem_and_keeps_the_typing(today_db: Database, qtbot,
                                                        settings) -> None:
    dialog = AgreementDialog(today_db, None, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.office_list.set_checked(["WHD-DENVER"])
    dialog.consulate_list.set_checked(["MX-DENVER"])
    assert dialog.id_edit.text() == f"WHD-DENVER-MX-{date.today().year}"  # suggested
    dialog.state.setCurrentIndex(dialog.state.findData(AgreementState.SIGNED.value))
    dialog.effective_on.setText("2025-03-01")
    dialog.term.setValue(0)
    dialog.expires_on.setText("2024-01-31")  # before it takes effect
    assert "before it takes effect" in dialog.hint.text()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    problems = dialog.problems.text()
    assert "Signed on" in problems  # signed without a date
    assert "Expires on" in problems and "before the agreement takes effect" in problems
    assert dialog.focusWidget() is dialog.signed_on.edit
    assert dialog.expires_on.text() == "2024-01-31"  # typing kept
    # An unreadable date is reported together with the core's problems.
    dialog.signed_on.setText("2025-02-30")
    dialog.accept()
    problems = dialog.problems.text()
    assert "'2025-02-30' is not a date" in problems and "Expires on" in problems
    # Fixed: it saves.
    dialog.signed_on.setText("2025-02-28")
    dialog.expires_on.setText("")
    dialog.term.setValue(24)
    assert dialog.hint.text().startswith("Expires on 2027-03-01 (24 months from 2025-03-01)")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = get_agreement(today_db, dialog.saved_id)
    assert saved.office_ids == ["WHD-DENVER"] and saved.consulate_ids == ["MX-DENVER"]
    assert saved.signed_on == date(2025, 2, 28) and saved.term_months == 24


def test_editor_loads_every_field_and_explains_the_expiry(today_db: Database, qtbot,
                                                         settings) -> None:
    dialog = AgreementDialog(today_db, "WHD-CHI-MX-2023", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    data = get_agreement(today_db, "WHD-CHI-MX-2023")
    assert dialog.value() == (data, [])
    assert dialog.office_list.checked_ids() == ["WHD-CHICAGO"]
    assert "Daniel Okafor" in dialog.us_signatory.currentText()
    assert dialog.renews.currentText().startswith("WHD-CHI-MX-2020")
    dialog.effective_on.setText("2024-02-29")
    dialog.term.setValue(36)
    assert dialog.hint.text().startswith("Expires on 2027-02-28 (36 months from 2024-02-29)")
    dialog.term.setValue(0)
    assert "No sunset date" in dialog.hint.text()
    dialog.expires_on.setText("2027-03-31")
    dialog.term.setValue(36)
    assert "not 2027-03-31" in dialog.hint.text()  # term and expiry disagree
    dialog.accept()
    assert "does not agree with a term of 36 months" in dialog.problems.text()
    assert dialog.isVisible()


def test_editor_blank_dates_and_term_are_expressible(today_db: Database, qtbot,
                                                     settings) -> None:
    _change, new_id = renew(today_db, "WHD-LA-MX-2021")
    dialog = AgreementDialog(today_db, new_id, settings=settings)
    qtbot.addWidget(dialog)
    dialog.signed_on.set_date(date(2026, 1, 5))
    dialog.signed_on.clear_button.click()
    assert dialog.signed_on.date() is None
    dialog.term.setValue(0)
    data, problems = dialog.value()
    assert not problems and data.term_months is None and data.signed_on is None
    assert data.renews_id == "WHD-LA-MX-2021"
    dialog.notes.setPlainText("Checked by the national office.")
    dialog.accept()
    assert get_agreement(today_db, new_id).notes == "Checked by the national office."


def test_editor_keeps_an_unknown_kind_and_blank_signatories(ref_db: Database, qtbot,
                                                            settings) -> None:
    from consularapp.agreements import save_agreement

    save_agreement(ref_db, AgreementInput(id="A-1", kind="Other", office_ids=["WHD-CHICAGO"],
                                          consulate_ids=["MX-CHICAGO"]))
    dialog = AgreementDialog(ref_db, "A-1", settings=settings)
    qtbot.addWidget(dialog)
    data, problems = dialog.value()
    assert data.us_signatory_id is None and data.consular_signatory_id is None
    assert data.kind == "Other" and not problems


def test_every_control_is_named(today_db: Database, qtbot, settings) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QSlider,
        QTableView,
        QWidget,
    )

    page = make_page(today_db, qtbot, settings)
    for name in page.TABS:
        tab = page.show_tab(name)
        qtbot.wait(1)
        for widget in tab.findChildren(QWidget):
            if isinstance(widget, QComboBox | QLineEdit | QTableView | QAbstractButton
                          | QAbstractSpinBox | QSlider) and widget.isVisibleTo(tab) \
                    and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                label = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else "")
                assert label, f"{type(widget).__name__} on the {name} tab has no name"
    assert page.timeline.widget.accessibleName() == "Agreement timeline"


def test_renew_dialog_refuses_a_taken_id_and_stays_open(today_db: Database, qtbot,
                                                        settings) -> None:
    page = make_page(today_db, qtbot, settings)
    page.show_record("agreement", "WHD-HOU-HN-2023")
    dialog = page.table.renew_selected()
    assert isinstance(dialog, RenewDialog)
    assert "nobody found in post" in dialog.summary["US signatory:"].text()
    dialog.id_edit.setText("WHD-CHI-MX-2020")
    dialog.accept()
    assert dialog.isVisible() and "already used" in dialog.problems.text()
    assert dialog.focusWidget() is dialog.id_edit
    dialog.id_edit.setText("WHD-HOU-HN-2026-R")
    dialog.accept()
    assert get_agreement(today_db, "WHD-HOU-HN-2026-R").renews_id == "WHD-HOU-HN-2023"
    assert page.table.dialog is not None  # the draft opened in the editor
    page.table.dialog.reject()


def test_an_empty_partner_matrix_says_what_to_do(ref_db: Database, qtbot, settings) -> None:
    page = make_page(ref_db, qtbot, settings)
    matrix = page.show_tab("matrix")
    assert not matrix.view.isVisible() and matrix.empty.isVisible()
    assert matrix.empty.text() == "No agreements yet: add one on the Table tab."
    matrix.show_all.setChecked(True)  # every office and consulate: a grid again
    assert matrix.view.isVisible() and not matrix.empty.isVisible()


def test_the_expires_column_shows_whole_dates(today_db: Database, qtbot, settings) -> None:
    page = make_page(today_db, qtbot, settings)
    view, model = page.table.view, page.table.model
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(str(model.index(n, model.COL_EXPIRES).data() or ""))
                 for n in range(model.rowCount()))
    assert view.horizontalHeader().sectionSize(model.COL_EXPIRES) >= widest + 8


def test_after_renew_the_filters_stay(today_db: Database, qtbot, settings) -> None:
    from as_a_person import alt, choose_with_arrows, show_active

    page = make_page(today_db, qtbot, settings)
    show_active(page)
    tab = page.table
    statuses: list[str] = []
    tab.status.connect(statuses.append)
    wanted = tab.status_filter.findData(Status.RENEWAL_DUE.value)
    choose_with_arrows(tab.status_filter, wanted)
    before = shown_ids(page)
    assert "WHD-LA-MX-2021" in before
    assert tab.select_id("WHD-LA-MX-2021")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.renew_dialog
    show_active(dialog)
    alt(dialog, "r")  # Create draft renewal
    assert tab.status_filter.currentIndex() == wanted
    assert shown_ids(page) == before  # the draft is not "renewal due": still hidden
    assert "The filters hide the draft" in statuses[-1]
    assert isinstance(tab.dialog, AgreementDialog)  # the draft opened in the editor
    tab.dialog.done(0)
