"""The planning problems of the campaign: double bookings, missing staff and languages, lapsed
agreements... Severity is a word and an icon; acknowledged problems say so, with the reason, and
are hidden unless asked for. Choosing a problem selects its first event in the grid and list.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consularapp.conflicts import Conflict
from consularapp.db import Database
from ui.models.conflicts_model import ConflictRow, ConflictsModel, conflict_rows
from ui.models.filter_proxy import FilterProxy
from ui.models.table_model import ID_ROLE
from ui.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsPanel", text)


class ConflictsPanel(QWidget):
    """Signals: `event_chosen(event_id)` when a problem is chosen; `changed(Change)` after an
    acknowledgement; `count_changed(open problems)`."""

    event_chosen = Signal(str)
    count_changed = Signal(int)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.pending = False
        self.dialog: QDialog | None = None
        self.setAccessibleName(_tr("Planning problems"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setAccessibleName(_tr("Problems found"))
        self.summary.setWordWrap(True)
        self.show_acknowledged = QCheckBox(_tr("Show acknowledged"), self)
        self.show_acknowledged.setAccessibleName(_tr("Show acknowledged problems"))
        self.acknowledge_button = QPushButton(_tr("Ac&knowledge…"), self)
        self.acknowledge_button.setAccessibleName(_tr("Acknowledge the selected problem"))
        self.acknowledge_button.setToolTip(_tr(
            "Accept the problem with a reason; it is hidden until it changes."))
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.show_acknowledged)
        bar.addWidget(self.acknowledge_button)
        layout.addLayout(bar)
        self.model = ConflictsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_tr("Planning problems"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConflictsModel.COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ConflictsModel.COL_SEVERITY, 90), (ConflictsModel.COL_KIND, 160),
                              (ConflictsModel.COL_EVENTS, 190),
                              (ConflictsModel.COL_ACKNOWLEDGED, 170)):
            header.resizeSection(column, width)
        self.table.sortByColumn(ConflictsModel.COL_SEVERITY, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        action = QAction(_tr("Acknowledge…"), self.table)
        action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.acknowledge_selected)
        self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.show_acknowledged.toggled.connect(self._apply_filter)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self._apply_filter()
        self.set_conflicts([])

    # --- data -----------------------------------------------------------------------------------

    def set_pending(self) -> None:
        """Say the problems are being recomputed (after a change)."""
        self.pending = True
        self.summary.setText(self.summary_text() + " " + _tr("(checking…)"))

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        selected = self.selected_key()
        self.pending = False
        self.model.set_rows(conflict_rows(conflicts))
        if selected:
            self.select_key(selected)
        self.summary.setText(self.summary_text())
        self._update_buttons()
        self.count_changed.emit(self.open_count())

    def conflicts(self) -> list[Conflict]:
        return [row.conflict for row in self.model.rows()]

    def open_count(self) -> int:
        return sum(1 for row in self.model.rows() if not row.acknowledged)

    def summary_text(self) -> str:
        rows: list[ConflictRow] = self.model.rows()
        if not rows:
            return _tr("No planning problems found.")
        open_rows = [r for r in rows if not r.acknowledged]
        counts = Counter(r.is_error for r in open_rows)
        parts = []
        errors, warnings = counts.get(True, 0), counts.get(False, 0)
        parts.append(_tr("1 error") if errors == 1 else _tr("%1 errors").replace("%1", str(errors)))
        parts.append(_tr("1 warning") if warnings == 1
                     else _tr("%1 warnings").replace("%1", str(warnings)))
        acknowledged = len(rows) - len(open_rows)
        text = ", ".join(parts)
        if acknowledged:
            shown = self.show_acknowledged.isChecked()
            text += "; " + (_tr("%1 acknowledged (shown)") if shown
                            else _tr("%1 acknowledged (hidden)")).replace("%1", str(acknowledged))
        return text

    def _apply_filter(self) -> None:
        if self.show_acknowledged.isChecked():
            self.proxy.set_filter("acknowledged", None)
        else:
            self.proxy.set_filter("acknowledged", lambda row: not row.acknowledged)
        self.summary.setText(self.summary_text())

    # --- selection ------------------------------------------------------------------------------

    def selected_key(self) -> str:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return ""
        return str(index.data(ID_ROLE) or "")

    def selected_conflict(self) -> Conflict | None:
        key = self.selected_key()
        row = self.model.row_by_id(key) if key else None
        return row.conflict if row is not None else None

    def select_key(self, key: str) -> bool:
        position = self.model.position_of(key)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def rows_for_event(self, event_id: str) -> list[Conflict]:
        return [r.conflict for r in self.model.rows() if event_id in r.conflict.event_ids]

    def _chosen(self, index) -> None:
        if not index.isValid():
            return
        key = str(index.data(ID_ROLE) or "")
        row = self.model.row_by_id(key)
        if row is not None and row.conflict.event_ids:
            self.event_chosen.emit(row.conflict.event_ids[0])
        self._update_buttons()

    def _update_buttons(self) -> None:
        conflict = self.selected_conflict()
        self.acknowledge_button.setEnabled(conflict is not None)
        self.acknowledge_button.setText(
            _tr("Change acknowledgement…") if conflict is not None and conflict.acknowledged
            else _tr("Ac&knowledge…"))

    # --- acknowledging --------------------------------------------------------------------------

    def acknowledge_selected(self) -> QDialog | None:
        conflict = self.selected_conflict()
        if conflict is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        from ui.dialogs.acknowledge_dialog import AcknowledgeDialog

        dialog = AcknowledgeDialog(self.db, conflict, self)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._acknowledged(dialog, result))
        dialog.open()
        return dialog

    def _acknowledged(self, dialog: QDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        # Saved through an operation: the page recounts the problems when the bus says so.
