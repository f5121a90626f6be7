"""Table columns are declared once (ui/models/columns.py), and their widths follow the text size.

Every row table model under ui/models lists its columns as data: the COL_<KEY> constants, the
headers, the values and the sort values all come from that one list. A column is first as wide
as the words it must show, measured in the view's font, so at 150% text it grows with the text
instead of cutting it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

import ui.models
from consularapp.db import Database
from consularapp.directory import list_offices
from ui.models.columns import Column, fit_columns
from ui.models.offices_model import OfficesModel
from ui.models.table_model import RowTableModel

# Models of tables whose columns are not a fixed list (the partner matrix: one per consulate;
# the problems tree) are not RowTableModels. These still declare theirs in the old way, each
# for the reason given.
NOT_YET: dict[str, str] = {
    "AgreementsModel": "converted once the a11y and spanish streams' edits of it have landed",
    "AttentionModel": "converted once the a11y stream's edits of it have landed",
    "EventsModel": "converted once the spanish and yearround streams' edits of it have landed",
}


def row_models() -> list[type[RowTableModel]]:
    found = []
    for info in pkgutil.walk_packages(ui.models.__path__, "ui.models."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, RowTableModel) and value is not RowTableModel \
                    and value.__module__ == module.__name__:
                found.append(value)
    return found


@pytest.mark.parametrize("model", row_models(), ids=lambda m: m.__name__)
def test_every_table_model_declares_its_columns_once(model: type[RowTableModel]) -> None:
    if model.__name__ in NOT_YET:
        pytest.skip(NOT_YET[model.__name__])
    assert model.columns, f"{model.__name__} has no column declarations"
    assert all(isinstance(c, Column) for c in model.columns)
    assert len(model.columns) == model.COLUMN_COUNT
    for n, column in enumerate(model.columns):
        assert getattr(model, "COL_" + column.key.upper()) == n
    for method in ("headers", "display"):  # no parallel lists or if-chains beside them
        assert method not in model.__dict__, f"{model.__name__}.{method} repeats the columns"


def test_headers_values_and_sort_values_come_from_the_declarations(ref_db: Database,
                                                                   qtbot) -> None:
    model = OfficesModel()
    rows = list_offices(ref_db)
    model.set_rows(rows)
    chicago = model.position_of("WHD-CHICAGO")
    assert model.headerData(OfficesModel.COL_NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.index(chicago, OfficesModel.COL_NAME).data() == "Chicago District Office"
    assert model.index(chicago, OfficesModel.COL_AGENCY).data() == "WHD"


def widths_at(points: float, ref_db: Database, qtbot) -> list[int]:
    view = QTableView()
    qtbot.addWidget(view)
    font = QFont(view.font())
    font.setPointSizeF(points)
    view.setFont(font)
    view.horizontalHeader().setFont(font)
    model = OfficesModel()
    model.set_rows(list_offices(ref_db))
    view.setModel(model)
    fit_columns(view, model)
    return [view.horizontalHeader().sectionSize(n) for n in range(model.columnCount())]


def test_columns_grow_with_the_text_size(ref_db: Database, qtbot) -> None:
    normal = widths_at(9, ref_db, qtbot)
    large = widths_at(13.5, ref_db, qtbot)  # 150%
    assert all(b > a for a, b in zip(normal, large, strict=True)), (normal, large)


def test_a_fitted_column_shows_its_longest_id_whole(ref_db: Database, qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    model = OfficesModel()
    model.set_rows(list_offices(ref_db))
    view.setModel(model)
    fit_columns(view, model)
    widest = max(view.fontMetrics().horizontalAdvance(r.id) for r in model.rows())
    assert view.horizontalHeader().sectionSize(OfficesModel.COL_ID) >= widest + 8


def test_at_150_percent_the_directory_shows_ids_and_agencies_whole(ref_db: Database, qtbot,
                                                                    settings) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance()
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.5)
    app.setFont(large)
    try:
        window = MainWindow(ref_db, settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        tab = window.directory_page().show_tab("offices")
        view = tab.view
        metrics = view.fontMetrics()
        cut = []
        for column in (OfficesModel.COL_ID, OfficesModel.COL_AGENCY, OfficesModel.COL_STATE):
            width = view.horizontalHeader().sectionSize(column)
            for n in range(tab.model.rowCount()):
                text = tab.model.index(n, column).data()
                if metrics.horizontalAdvance(text) + 8 > width:
                    cut.append(text)
        assert cut == []
    finally:
        app.setFont(normal)
