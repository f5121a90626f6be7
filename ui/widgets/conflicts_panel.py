"""The planning problems of the campaign: double bookings, missing staff and languages, lapsed
agreements... A national campaign has over a thousand, so they come grouped by kind with counts
(worst first), filtered by severity, office and consulate; a kind can be acknowledged as a whole
with one reason. Severity is a word and an icon; acknowledged problems say so, with the reason,
and are hidden unless asked for. Choosing a problem selects its first event in the grid and list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from consularapp.conflicts import Conflict, Severity
from consularapp.db import Database
from consularapp.events import EventRow
from ui.models.conflict_tree import (
    COL_ACKNOWLEDGED,
    COL_EVENTS,
    COL_PROBLEM,
    COL_SEVERITY,
    ConflictTreeModel,
)
from ui.pages.table_tab import fill_filter_combo
from ui.settings import Settings
from ui.widgets.sort_menu import add_sort_menu


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsPanel", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("ConflictsPanel", text, None, n)


class ConflictsPanel(QWidget):
    """Signals: `event_chosen(event_id)` when a problem is chosen; `count_changed(open
    problems)`. The page tells it where each event is (`set_events`) for the office and
    consulate filters."""

    event_chosen = Signal(str)
    count_changed = Signal(int)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.pending = False
        self.dialog: QDialog | None = None
        self.event_offices: dict[str, tuple[str, ...]] = {}
        self.event_host: dict[str, str] = {}
        self.office_names: dict[str, str] = {}
        self.host_names: dict[str, str] = {}
        self.setAccessibleName(_tr("Planning problems"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(_tr("Problems found"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.severity_filter = QComboBox(self)
        self.severity_filter.setAccessibleName(_tr("Show problems of severity"))
        for text, value in ((_tr("Errors and warnings"), None), (_tr("Errors only"),
                            Severity.ERROR), (_tr("Warnings only"), Severity.WARNING)):
            self.severity_filter.addItem(text, value)
        self.office_filter = QComboBox(self)
        self.office_filter.setAccessibleName(_tr("Show problems of the office"))
        self.consulate_filter = QComboBox(self)
        self.consulate_filter.setAccessibleName(_tr("Show problems of the consulate"))
        for combo in (self.office_filter, self.consulate_filter):
            # As wide as "All consulates"; the open list is as wide as its longest name.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            combo.view().setMinimumWidth(360)
        fill_filter_combo(self.office_filter, _tr("All offices"), [])
        fill_filter_combo(self.consulate_filter, _tr("All consulates"), [])
        self.show_acknowledged = QCheckBox(_tr("Show acknowledged"), self)
        self.show_acknowledged.setAccessibleName(_tr("Show acknowledged problems"))
        self.acknowledge_button = QPushButton(_tr("Ac&knowledge…"), self)
        self.acknowledge_button.setToolTip(_tr(
            "Accept the problem, or every problem of the chosen kind, with a reason; it is "
            "hidden until it changes."))
        for widget in (self.severity_filter, self.office_filter, self.consulate_filter):
            bar.addWidget(widget)
        bar.addWidget(self.show_acknowledged)
        bar.addStretch(1)
        bar.addWidget(self.acknowledge_button)
        layout.addLayout(bar)
        self.model = ConflictTreeModel(self)
        self.table = QTreeView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Planning problems, by kind"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setExpandsOnDoubleClick(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in ((COL_SEVERITY, "Warning  "), (COL_EVENTS, "LRW2027-XXX-XXXXXX, …"),
                               (COL_ACKNOWLEDGED, "Yes: a short reason")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 40)
        layout.addWidget(self.table, 1)
        action = QAction(_tr("Acknowledge…"), self.table)
        action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.acknowledge_selected)
        self.table.addAction(action)
        add_sort_menu(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.show_acknowledged.toggled.connect(self._apply_filter)
        for combo in (self.severity_filter, self.office_filter, self.consulate_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._apply_filter()
        self.set_conflicts([])

    # --- data -----------------------------------------------------------------------------------

    def set_pending(self) -> None:
        """Say the problems are being recomputed (after a change)."""
        self.pending = True
        self.summary.setText(self.summary_text() + " " + _tr("(checking…)"))

    def set_events(self, rows: Iterable[EventRow], office_names: dict[str, str]) -> None:
        """Where each event of the campaign is, for the office and consulate filters."""
        rows = list(rows)
        self.event_offices = {r.id: r.office_ids for r in rows}
        self.event_host = {r.id: r.host_consulate_id for r in rows if r.host_consulate_id}
        self.office_names = dict(office_names)
        self.host_names = {r.host_consulate_id: r.host_name or r.host_consulate_id
                           for r in rows if r.host_consulate_id}
        self._refresh_choices()

    def _refresh_choices(self) -> None:
        events = {e for c in self.model.all_conflicts() for e in c.event_ids}
        offices = sorted({o for e in events for o in self.event_offices.get(e, ())})
        hosts = sorted({self.event_host[e] for e in events if e in self.event_host})
        with_signals = [c.blockSignals(True) for c in (self.office_filter, self.consulate_filter)]
        fill_filter_combo(self.office_filter, _tr("All offices"),
                          [(f"{self.office_names.get(o, o)} ({o})", o) for o in offices])
        fill_filter_combo(self.consulate_filter, _tr("All consulates"),
                          [(f"{self.host_names.get(h, h)} ({h})", h) for h in hosts])
        for combo, blocked in zip((self.office_filter, self.consulate_filter), with_signals,
                                  strict=True):
            combo.blockSignals(blocked)
        self._apply_filter()

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        selected = self.selected_key()
        kind = self.selected_kind() if not selected else ""
        expanded = self.expanded_kinds()
        self.pending = False
        self.model.set_conflicts(conflicts)
        self._refresh_choices()
        self._restore_view(expanded, selected, kind)
        self.count_changed.emit(self.open_count())

    def conflicts(self) -> list[Conflict]:
        """Every problem of the campaign, whatever the filters show."""
        return self.model.all_conflicts()

    def shown(self) -> list[Conflict]:
        """The problems the filters let through, kind by kind."""
        return self.model.shown()

    def open_count(self) -> int:
        return sum(1 for c in self.model.all_conflicts() if not c.acknowledged)

    def summary_text(self) -> str:
        found = self.model.all_conflicts()
        if not found:
            return _tr("No planning problems found.")
        open_ones = [c for c in found if not c.acknowledged]
        counts = Counter(c.is_error for c in open_ones)
        errors, warnings = counts.get(True, 0), counts.get(False, 0)
        parts = [_ntr("%n error(s)", errors), _ntr("%n warning(s)", warnings)]
        kinds = len({c.kind for c in open_ones})
        text = ", ".join(parts)
        if kinds:
            text += " " + _ntr("of %n kind(s)", kinds)
        acknowledged = len(found) - len(open_ones)
        if acknowledged:
            shown = self.show_acknowledged.isChecked()
            text += "; " + (_tr("%1 acknowledged (shown)") if shown
                            else _tr("%1 acknowledged (hidden)")).replace("%1", str(acknowledged))
        listed = len(self.model.shown())
        if self._filtered() and listed != len(found):
            text += "; " + _tr("%1 listed with these filters").replace("%1", str(listed))
        return text

    def _filtered(self) -> bool:
        return any(c.currentData() is not None for c in
                   (self.severity_filter, self.office_filter, self.consulate_filter))

    def _apply_filter(self, *_args: object) -> None:
        expanded, selected, kind = self.expanded_kinds(), self.selected_key(), self.selected_kind()
        severity = self.severity_filter.currentData()
        office = self.office_filter.currentData()
        host = self.consulate_filter.currentData()
        acknowledged = self.show_acknowledged.isChecked()
        offices, hosts = self.event_offices, self.event_host

        def accept(c: Conflict) -> bool:
            if c.acknowledged and not acknowledged:
                return False
            if severity is not None and c.severity != severity:
                return False
            if office is not None and not any(office in offices.get(e, ()) for e in c.event_ids):
                return False
            return host is None or any(hosts.get(e) == host for e in c.event_ids)

        self.model.set_filter(accept)
        self._restore_view(expanded, selected, kind)

    # --- selection and the tree's state -------------------------------------------------------

    def expanded_kinds(self) -> set[str]:
        return {g.kind for n, g in enumerate(self.model.groups)
                if self.table.isExpanded(self.model.index(n, 0))}

    def _restore_view(self, expanded: set[str], key: str, kind: str) -> None:
        for kind_expanded in expanded:
            index = self.model.index_of_kind(kind_expanded)
            if index.isValid():
                self.table.expand(index)
        if key:
            self.select_key(key)
        elif kind:
            self.select_kind(kind)
        self.summary.setText(self.summary_text())
        self._update_buttons()

    def _current(self) -> QModelIndex:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(
                index.siblingAtColumn(0)):
            return QModelIndex()
        return index.siblingAtColumn(0)

    def selected_key(self) -> str:
        conflict = self.model.conflict_at(self._current())
        return conflict.key if conflict is not None else ""

    def selected_kind(self) -> str:
        """The kind of the chosen line (a kind's line or one of its problems)."""
        group = self.model.group_at(self._current())
        return group.kind if group is not None else ""

    def selected_conflict(self) -> Conflict | None:
        return self.model.conflict_at(self._current())

    def selected_group(self) -> list[Conflict]:
        """The problems under the chosen kind's line, as filtered; [] on a problem's line."""
        index = self._current()
        if not index.isValid() or self.model.conflict_at(index) is not None:
            return []
        group = self.model.group_at(index)
        return list(group.conflicts) if group is not None else []

    def _select(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        parent = index.parent()
        if parent.isValid():
            self.table.expand(parent)
        self.table.selectionModel().setCurrentIndex(
            index, self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_key(self, key: str) -> bool:
        return self._select(self.model.index_of_key(key))

    def select_kind(self, kind: str) -> bool:
        return self._select(self.model.index_of_kind(kind))

    def rows_for_event(self, event_id: str) -> list[Conflict]:
        return [c for c in self.model.all_conflicts() if event_id in c.event_ids]

    def _chosen(self, index: QModelIndex) -> None:
        conflict = self.model.conflict_at(index.siblingAtColumn(0)) if index.isValid() else None
        if conflict is not None and conflict.event_ids:
            self.event_chosen.emit(conflict.event_ids[0])
        self._update_buttons()

    def _update_buttons(self) -> None:
        conflict = self.selected_conflict()
        group = self.selected_group()
        if group:
            open_ones = [c for c in group if not c.acknowledged]
            self.acknowledge_button.setEnabled(bool(open_ones))
            self.acknowledge_button.setText(_tr("Ac&knowledge all %1…").replace(
                "%1", str(len(open_ones))))
            self.acknowledge_button.setAccessibleName(_tr(
                "Acknowledge every problem of the chosen kind"))
            return
        self.acknowledge_button.setEnabled(conflict is not None)
        self.acknowledge_button.setText(
            _tr("Change acknowledgement…") if conflict is not None and conflict.acknowledged
            else _tr("Ac&knowledge…"))
        self.acknowledge_button.setAccessibleName(_tr("Acknowledge the selected problem"))

    # --- acknowledging --------------------------------------------------------------------------

    def acknowledge_selected(self) -> QDialog | None:
        """The chosen problem, or every open problem of the chosen kind (as filtered)."""
        group = [c for c in self.selected_group() if not c.acknowledged]
        conflict: Conflict | list[Conflict] | None = group or self.selected_conflict()
        if not conflict:
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
