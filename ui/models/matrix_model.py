"""The partner matrix: offices down, consulates across, the status of what binds each pair.

A cell reads as a symbol and a word or a day count ("✔ active", "⚠ 15 d", "✖ expired",
"∞ open-ended", "✎ draft"); a gap reads "—" ("no agreement"). The background colour is only an
extra. Column headers are two short lines, country code over city ("MX" / "Phoenix"), with the
consulate's full name in the tooltip; row headers say the agency and the office.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from consularapp.agreements import AgreementStatus, Status
from consularapp.partnerships import Cell, ConsulateInfo, Matrix, OfficeInfo
from ui import colours
from ui.models.agreement_labels import (
    GAP_SYMBOL,
    STATUS_SYMBOLS,
    status_colour,
    status_meaning,
    status_rank,
    status_word,
)
from ui.models.table_model import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

#: Every agreement between the pair (tuple of IDs, newest first).
AGREEMENTS_ROLE = Qt.ItemDataRole.UserRole + 10
#: The Status shown in the cell (None for a gap).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 11


class MatrixModel(QAbstractTableModel):
    """Rows are `matrix.offices`, columns `matrix.consulates`; no sorting (the grouping is the
    order), but SORT_ROLE still gives native values: the status's urgency rank, None for gaps."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.statuses: Mapping[str, AgreementStatus] = {}

    def set_matrix(self, matrix: Matrix, statuses: Mapping[str, AgreementStatus]) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.statuses = statuses
        self.endResetModel()

    # --- access ---------------------------------------------------------------------------------

    def office(self, row: int) -> OfficeInfo:
        assert self.matrix is not None
        return self.matrix.offices[row]

    def consulate(self, column: int) -> ConsulateInfo:
        assert self.matrix is not None
        return self.matrix.consulates[column]

    def cell(self, row: int, column: int) -> Cell | None:
        if self.matrix is None:
            return None
        return self.matrix.cell(self.office(row).id, self.consulate(column).id)

    def position_of(self, office_id: str, consulate_id: str) -> tuple[int, int] | None:
        if self.matrix is None:
            return None
        rows = [o.id for o in self.matrix.offices]
        cols = [c.id for c in self.matrix.consulates]
        if office_id in rows and consulate_id in cols:
            return rows.index(office_id), cols.index(consulate_id)
        return None

    # --- texts ----------------------------------------------------------------------------------

    def cell_text(self, cell: Cell | None) -> str:
        if cell is None:
            return GAP_SYMBOL
        symbol = STATUS_SYMBOLS[cell.status]
        days = self._days_left(cell)
        if cell.status in (Status.EXPIRING, Status.RENEWAL_DUE) and days is not None:
            return self.tr("%1 %2 d").replace("%1", symbol).replace("%2", str(days))
        if cell.status is Status.NEGOTIATING:
            return f"{symbol} {self.tr('negotiating')}"
        return f"{symbol} {status_word(cell.status)}"

    def _days_left(self, cell: Cell) -> int | None:
        status = self.statuses.get(cell.agreement_id)
        return status.days_left if status else None

    def office_label(self, office: OfficeInfo) -> str:
        return f"{office.agency} · {office.name}"

    def consulate_label(self, consulate: ConsulateInfo) -> str:
        return f"{consulate.country}\n{consulate.city}"

    def cell_tooltip(self, row: int, column: int) -> str:
        office, consulate = self.office(row), self.consulate(column)
        cell = self.cell(row, column)
        head = f"{office.name} ({office.agency}) — {consulate.name}"
        if cell is None:
            return f"{head}\n" + self.tr("no agreement")
        lines = [head]
        for n, agreement_id in enumerate(self._ordered_ids(cell)):
            status = self.statuses.get(agreement_id)
            if status is None:
                lines.append(agreement_id)
                continue
            text = f"{agreement_id}: {status_word(status.status)}"
            if n == 0:
                text += f" — {status_meaning(status.status)}"
            if status.days_left is not None and status.days_left >= 0:
                text += " " + self.tr("(%n day(s) left, last day %1)", "",
                                      status.days_left).replace("%1", str(status.expires_on))
            elif status.expires_on and status.status is Status.EXPIRED:
                text += " " + self.tr("(last day %1)").replace("%1", str(status.expires_on))
            lines.append(text)
        if len(cell.agreement_ids) > 1:
            lines.append(self.tr("Double-click or press Enter to choose one to open."))
        else:
            lines.append(self.tr("Double-click or press Enter to open it."))
        return "\n".join(lines)

    def _ordered_ids(self, cell: Cell) -> list[str]:
        """The agreement the cell shows first, then the others newest first."""
        return [cell.agreement_id] + [a for a in cell.agreement_ids if a != cell.agreement_id]

    def ordered_agreements(self, row: int, column: int) -> list[str]:
        cell = self.cell(row, column)
        return [] if cell is None else self._ordered_ids(cell)

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.matrix.offices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.matrix.consulates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        row, column = index.row(), index.column()
        if row >= self.rowCount() or column >= self.columnCount():
            return None
        cell = self.cell(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            office, consulate = self.office(row), self.consulate(column)
            what = self.tr("no agreement") if cell is None else (
                f"{status_word(cell.status)}, {cell.agreement_id}")
            return f"{office.name} — {consulate.name}: {what}"
        if role == Qt.ItemDataRole.BackgroundRole and not colours.high_contrast():
            return QColor(colours.GAP_FILL) if cell is None else status_colour(cell.status)
        if role == Qt.ItemDataRole.ForegroundRole and not colours.high_contrast():
            return QColor(colours.GAP_TEXT if cell is None else colours.CELL_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SORT_ROLE:
            return None if cell is None else status_rank(cell.status)
        if role == ID_ROLE:
            return None if cell is None else cell.agreement_id
        if role == AGREEMENTS_ROLE:
            return () if cell is None else tuple(self._ordered_ids(cell))
        if role == STATUS_ROLE:
            return None if cell is None else cell.status
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.matrix.consulates):
                return None
            consulate = self.matrix.consulates[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.consulate_label(consulate)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{consulate.name} ({consulate.id})"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return consulate.name
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if not 0 <= section < len(self.matrix.offices):
            return None
        office = self.matrix.offices[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.office_label(office)
        if role == Qt.ItemDataRole.ToolTipRole:
            region = office.region or self.tr("no region")
            return f"{office.name} ({office.id})\n{office.agency} — {region}, {office.state}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{office.agency} {office.name}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
