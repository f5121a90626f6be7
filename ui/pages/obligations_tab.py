"""The Obligations tab of the Agreements page: what every agreement owes (signed copies,
annual reports, an office's own), most urgent first, with Mark done.

Obligations are computed by the core from the agreements' dates and the rules per kind
(consularapp.obligations); this tab reads them again whenever a Change names an agreement, a
done record or a setting, so a renewal, a termination or a date edit shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consularapp.changes import AGREEMENT, OBLIGATION_DONE, SETTING, Change
from consularapp.db import Database
from consularapp.obligations import Obligation, ObligationStatus, compute_obligations
from ui import clock
from ui.errors import show_error
from ui.models.columns import fit_columns
from ui.models.obligations_model import ObligationLine, ObligationsModel
from ui.models.table_model import ROW_ROLE, SORT_ROLE
from ui.settings import Settings

SHOW_OWED, SHOW_ALL, SHOW_DONE = "owed", "all", "done"


class _StatusFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.show = SHOW_OWED
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        line: ObligationLine = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        done = line.item.status is ObligationStatus.DONE
        return self.show == SHOW_ALL or (done if self.show == SHOW_DONE else not done)


class ObligationsTab(QWidget):
    watches = frozenset({AGREEMENT, OBLIGATION_DONE, SETTING})

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.loaded = False
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        caption = QLabel(tr("Sho&w:"), self)
        self.show_combo = QComboBox(self)
        self.show_combo.setAccessibleName(tr("Which obligations to show"))
        self.show_combo.addItem(tr("Still owed"), SHOW_OWED)
        self.show_combo.addItem(tr("Done"), SHOW_DONE)
        self.show_combo.addItem(tr("All"), SHOW_ALL)
        caption.setBuddy(self.show_combo)
        self.mark_button = QPushButton(tr("Mark &done…"), self)
        self.mark_button.setAccessibleName(tr("Mark the selected obligation done"))
        self.unmark_button = QPushButton(tr("&Not done"), self)
        self.unmark_button.setAccessibleName(tr("Take back the selected obligation's done"))
        self.rules_button = QPushButton(tr("Obligation &rules…"), self)
        self.rules_button.setAccessibleName(tr("What each kind of agreement owes"))
        self.count_label = QLabel(self)
        for widget in (caption, self.show_combo, self.mark_button, self.unmark_button,
                       self.rules_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model = ObligationsModel(self)
        self.proxy = _StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(tr("Obligations of agreements"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.note = QLabel(tr("Computed from each agreement's dates and the rules for its kind; "
                              "a renewal, a termination or a date edit changes them at once."),
                           self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.show_combo.currentIndexChanged.connect(self._filter)
        self.mark_button.clicked.connect(self.mark_done)
        self.unmark_button.clicked.connect(self.unmark)
        self.rules_button.clicked.connect(self.edit_rules)
        self.view.doubleClicked.connect(lambda _i: self.mark_done())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._buttons())
        self.dialog: QWidget | None = None

    # --- loading --------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        try:
            found = compute_obligations(self.db, clock.today())
        except Exception as exc:  # a typed error: a sentence, the tab stays
            show_error(self, exc)
            return
        self.model.set_rows([ObligationLine.of(o) for o in found])
        if not self.loaded:  # columns as wide as their declarations say (the user may resize)
            fit_columns(self.view, self.model)
        self.loaded = True
        self._filter()

    def apply_change(self, change: Change) -> None:
        if self.loaded and change.touches(self.watches):
            self.reload()

    def _filter(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.show = self.show_combo.currentData()
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 obligations").replace("%1", str(shown))
                                 .replace("%2", str(total)))
        self._buttons()

    def _buttons(self) -> None:
        chosen = self.selected()
        self.mark_button.setEnabled(chosen is not None)
        self.unmark_button.setEnabled(chosen is not None and chosen.done_on is not None)

    # --- acting ---------------------------------------------------------------------------------

    def selected(self) -> Obligation | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        line: ObligationLine = self.proxy.data(rows[0], ROW_ROLE)
        return line.item

    def select(self, agreement_id: str, obligation: str, period: int | None = None) -> bool:
        for row in range(self.proxy.rowCount()):
            line: ObligationLine = self.proxy.data(self.proxy.index(row, 0), ROW_ROLE)
            o = line.item
            if (o.agreement_id, o.obligation, o.period) == (agreement_id, obligation, period):
                self.view.selectRow(row)
                return True
        return False

    def mark_done(self) -> None:
        from ui.dialogs.mark_done_dialog import MarkDoneDialog

        chosen = self.selected()
        if chosen is None:
            return
        dialog = MarkDoneDialog(self.db, chosen, self, self.settings)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def unmark(self) -> None:
        from ui.operations import obligations as ops

        chosen = self.selected()
        if chosen is None or chosen.done_on is None:
            return
        ops.unmark_done(self, self.db, chosen.agreement_id, chosen.obligation,
                        chosen.period_starts).run()

    def edit_rules(self) -> None:
        from ui.dialogs.obligation_rules_dialog import ObligationRulesDialog

        dialog = ObligationRulesDialog(self.db, self, self.settings)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()


__all__ = ["ObligationsTab"]
