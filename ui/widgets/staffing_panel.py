"""The staffing of the selected event: who is on it, needs against coverage, and the actions.

Needs are said in words with symbols ("Staff: 2 of 3 — 1 open"; "Languages needed: Spanish ✔
covered, K'iche' ✖ not covered"), never by colour. Writes go through ui.operations.staffing
(announced on the bus, undoable from Edit > Undo; a removal also offers Undo in the status bar).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consularapp.db import Database
from consularapp.errors import ConsularError
from consularapp.events import EventRow
from consularapp.staffing import AssignmentRow, list_assignments
from ui.errors import show_error
from ui.models.events_model import languages_sentence, staff_sentence
from ui.models.lrw_labels import (
    WARNING_SIGN,
    format_label,
    long_day_text,
    span_text,
    status_label,
)
from ui.models.staffing_models import AssignmentsModel
from ui.models.table_model import ID_ROLE
from ui.operations import staffing as ops
from ui.pages.table_tab import esc
from ui.settings import Settings
from ui.widgets.columns import set_column_widths
from ui.widgets.flow_layout import FlowLayout


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffingPanel", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("StaffingPanel", text, None, n)


class StaffingPanel(QWidget):
    """Signal: status(message), for the status bar."""

    status = Signal(str)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.year = 0
        self.event_row: EventRow | None = None
        self.dialog: QDialog | None = None
        self.setAccessibleName(_tr("Staffing of the selected event"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(_tr("Selected event"))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self.staff_label = QLabel(self)
        self.staff_label.setAccessibleName(_tr("Staff needed and assigned"))
        self.staff_label.setWordWrap(True)
        self.languages_label = QLabel(self)
        self.languages_label.setAccessibleName(_tr("Languages needed and covered"))
        self.languages_label.setWordWrap(True)
        layout.addWidget(self.staff_label)
        layout.addWidget(self.languages_label)
        self.model = AssignmentsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("People assigned to the event"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Each column at least as wide as its header (any language); the languages take what is
        # left, and a narrow panel scrolls sideways rather than cutting a name off.
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AssignmentsModel.COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AssignmentsModel.COL_LANGUAGES,
                                    QHeaderView.ResizeMode.Interactive)
        set_column_widths(self.table, [(AssignmentsModel.COL_NAME, 120),
                                       (AssignmentsModel.COL_LANGUAGES, 90)])
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout.addWidget(self.table, 1)
        buttons = FlowLayout()  # wraps when the panel is narrow
        self.assign_button = QPushButton(_tr("Assi&gn…"), self)
        self.assign_button.setAccessibleName(_tr("Assign a person to the event"))
        self.edit_button = QPushButton(_tr("Edit shift…"), self)
        self.edit_button.setAccessibleName(_tr("Edit the role and shift of the selected person"))
        self.remove_button = QPushButton(_tr("Re&move"), self)
        self.remove_button.setAccessibleName(_tr("Remove the selected person from the event"))
        self.week_button = QPushButton(_tr("Person's &week…"), self)
        self.week_button.setAccessibleName(_tr("Show the week of the selected person"))
        for button in (self.assign_button, self.edit_button, self.remove_button,
                       self.week_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.assign_button.clicked.connect(lambda: self.open_assign())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.week_button.clicked.connect(self.open_week)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        edit = QAction(_tr("Edit shift…"), self.table)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_F2)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(lambda: self.edit_selected())
        remove = QAction(_tr("Remove"), self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(lambda: self.remove_selected())
        self.table.addActions([edit, remove])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        for first, second in pairwise([self.table, self.assign_button, self.edit_button,
                                       self.remove_button, self.week_button]):
            QWidget.setTabOrder(first, second)
        self.show_event(None)

    # --- showing --------------------------------------------------------------------------------

    def show_event(self, row: EventRow | None, conflicts: list[str] | None = None) -> None:
        """Show `row`'s staffing (None: nothing selected); `conflicts` are its open problems."""
        self.event_row = row
        if row is None:
            hint = _tr("Select an event in the grid or the list to see and change its staff.")
            self.heading.setText(f"<p>{esc(hint)}</p>")
            self.staff_label.clear()
            self.languages_label.clear()
            self.model.set_rows([])
            self._update_buttons()
            return
        status = status_label(row.status)
        title = esc(row.shown_title())
        if row.cancelled:
            title = f"<s>{title}</s> ({esc(status.lower())})"
        when = f"{long_day_text(row.local_day)} {span_text(row.starts, row.ends)}"
        lines = [
            f"<b>{title}</b> <span>({esc(row.id)})</span>",
            f"{esc(when)} · {esc(format_label(row.format))} · {esc(status)}",
            esc(row.shown_venue()) + (f", {esc(row.address)}" if row.address else ""),
        ]
        if row.host_name:
            lines.append(esc(_tr("Host: %1").replace("%1", row.host_name)))
        if row.office_ids:
            lines.append(esc(_tr("Offices: %1").replace("%1", ", ".join(row.office_ids))))
        if conflicts:
            count = _ntr("%n open problem(s)", len(conflicts))
            lines.append(f"{WARNING_SIGN} {esc(count)}")
        self.heading.setText("<br>".join(lines))
        self.heading.setToolTip("\n".join(conflicts or []))
        self.staff_label.setText(staff_sentence(row))
        self.languages_label.setText(languages_sentence(row))
        self.reload_assignments()

    def reload_assignments(self) -> None:
        if self.event_row is None:
            return
        selected = self.selected_id()
        self.model.set_rows(list_assignments(self.db, event_id=self.event_row.id))
        if selected is not None:
            position = self.model.position_of(selected)  # type: ignore[arg-type]
            if position is not None:
                self.table.selectRow(position)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def selected_row(self) -> AssignmentRow | None:
        aid = self.selected_id()
        return self.model.row_by_id(aid) if aid is not None else None  # type: ignore[arg-type]

    def _update_buttons(self) -> None:
        has_event = self.event_row is not None
        can_staff = has_event and not (self.event_row and self.event_row.cancelled)
        has = self.selected_id() is not None
        self.assign_button.setEnabled(bool(can_staff))
        self.assign_button.setToolTip(
            _tr("A cancelled event cannot be staffed; set it back to planned first.")
            if has_event and not can_staff else "")
        self.edit_button.setEnabled(has and bool(can_staff))
        self.remove_button.setEnabled(has)
        self.week_button.setEnabled(has_event)

    # --- actions --------------------------------------------------------------------------------

    def open_assign(self, assignment_id: int | None = None) -> QDialog | None:
        if self.event_row is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        from ui.dialogs.assign_dialog import AssignDialog

        try:
            dialog = AssignDialog(self.db, self.event_row.id, self, self.settings,
                                  assignment_id=assignment_id)
        except ConsularError as exc:
            show_error(self, exc)
            return None
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._assign_done(dialog, result))
        dialog.open()
        return dialog

    def _assign_done(self, dialog: QDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        change = getattr(dialog, "change", None)
        if result == QDialog.DialogCode.Accepted and change:
            self.table.setFocus()  # the page has applied the change from the bus

    def edit_selected(self) -> None:
        aid = self.selected_id()
        if aid is not None:
            self.open_assign(aid)

    def remove_selected(self, *, confirm: bool = True) -> None:
        row = self.selected_row()
        if row is None:
            return
        what = _tr("%1 from '%2'").replace("%1", row.person_name).replace("%2", row.event_title)
        if confirm and QMessageBox.question(
            self, _tr("Remove"), _tr("Remove %1?").replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        ops.remove_assignment(self, self.db, row.id, row.person_name, row.event_id).success(
            lambda _change: self.status.emit(_tr("Removed %1").replace("%1", what))).run()

    def open_week(self) -> None:
        from ui.dialogs.person_week_dialog import PersonWeekDialog

        row = self.selected_row()
        dialog = PersonWeekDialog(self.db, self.year, row.person_id if row else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
