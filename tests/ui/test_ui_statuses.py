"""Every status of the catalogue reaches every view of the window: words, symbol, colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from status_cases import AS_OF, one_of_each

from consularapp import statuses
from consularapp.agreements import Status, StatusSettings, compute_statuses
from consularapp.db import Database
from consularapp.partnerships import Cell, Scope, partner_matrix, timeline
from ui.models.agreements_model import AgreementsModel, load_rows
from ui.models.matrix_model import MatrixModel
from ui.widgets.timeline import TimelineWidget


def test_the_agreements_table_says_and_colours_every_status(qtbot, ref_db: Database) -> None:
    ids = one_of_each(ref_db)
    rows, _offices, _consulates = load_rows(ref_db, AS_OF, StatusSettings())
    model = AgreementsModel()
    model.set_rows(rows)
    for status, agreement_id in ids.items():
        info = statuses.info(status)
        index = model.index(model.position_of(agreement_id), AgreementsModel.COL_STATUS)
        assert index.data() == f"{info.symbol} {info.word}"
        assert index.data(Qt.ItemDataRole.BackgroundRole).name() == info.background


def test_the_matrix_says_and_colours_every_status(qtbot, ref_db: Database) -> None:
    one_of_each(ref_db)
    computed = compute_statuses(ref_db, AS_OF)
    matrix = partner_matrix(ref_db, AS_OF, Scope(), statuses=computed)
    model = MatrixModel()
    model.set_matrix(matrix, {a.id: a for a in computed})
    shown = {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            cell = matrix.cell(model.office(row).id, model.consulate(column).id)
            if cell is not None:
                index = model.index(row, column)
                shown[cell.status] = (index.data(), index.data(Qt.ItemDataRole.BackgroundRole))
    # A superseded agreement's pair shows its signed renewal: every other status has a cell.
    assert set(shown) == set(Status) - {Status.SUPERSEDED}
    for status, (text, background) in shown.items():
        info = statuses.info(status)
        assert text.startswith(info.symbol)
        assert background.name() == info.background
    for status in Status:  # and any status a cell may hold reads as its symbol and words
        text = model.cell_text(Cell(status, "X", ("X",)))
        assert text.startswith(statuses.info(status).symbol)


def test_the_timeline_draws_every_status(qtbot, ref_db: Database) -> None:
    ids = one_of_each(ref_db)
    computed = compute_statuses(ref_db, AS_OF)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_rows(timeline(ref_db, AS_OF, Scope(), StatusSettings(), computed), AS_OF,
                    {a.id: a for a in computed})
    drawn = {bar.span.agreement_id: bar for bar in widget.bars}
    assert set(ids.values()) <= set(drawn)
    for status, agreement_id in ids.items():
        bar = drawn[agreement_id]
        assert bar.span.status is status
        assert statuses.word(status) in widget.describe(bar)
    widget.resize(900, 600)
    widget.grab()  # paints every bar without error
