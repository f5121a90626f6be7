"""One searchable, filterable table with its buttons and details panel (a Directory tab).

The tab owns one RowTableModel behind one FilterProxy. Subclasses say how to read the rows (all,
or just some), which filters to offer, what the details panel shows and which operation adds,
edits or deletes a record; this class wires search-as-you-type, the count, the keyboard (Insert,
Enter/F2, Delete), the context menu, selection and the narrow refresh after a Change: only the
rows the Change names (and the rows that show a changed related record) are read again.
"""

from __future__ import annotations

import html
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consularapp.changes import CREATED, DELETED, UPDATED, Change
from consularapp.db import Database
from ui.errors import show_error
from ui.models.columns import fit_columns
from ui.models.filter_proxy import FilterProxy
from ui.models.table_model import ID_ROLE, RowTableModel
from ui.operations import WriteOp
from ui.settings import Settings
from ui.widgets.columns import keep_first_item_whole, set_column_widths
from ui.widgets.flow_layout import FlowLayout, add_labelled
from ui.widgets.sort_menu import add_sort_menu

if TYPE_CHECKING:
    from ui.dialogs.form import RecordDialog

# Past this many changed rows a reload is cheaper than row-by-row updates.
RELOAD_THRESHOLD = 200


class SearchBox(QLineEdit):
    """The search field; Down moves into the table so the keyboard never has to Tab around."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def details_table(rows: list[tuple[str, object]]) -> str:
    """Label/value lines as HTML, blank values left out."""
    cells = "".join(
        f"<tr><th align='left' valign='top' style='padding-right:8px'>{esc(label)}</th>"
        f"<td>{esc(value)}</td></tr>"
        for label, value in rows
        if value not in (None, "", ())
    )
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"


def two_columns(left: str, right: str) -> str:
    """Side by side, so a short details panel under a wide table still shows everything."""
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='45%' valign='top' style='padding-right:16px'>{left}</td>"
        f"<td valign='top'>{right}</td></tr></table>"
    )


class TableTab(QWidget):
    """A table of one kind of record. Signal: status(message) for the status bar."""

    status = Signal(str)

    #: The Change table name of the records shown ('office', ...).
    kind = ""
    #: Change tables whose writes make this tab refresh.
    watches: frozenset[str] = frozenset()
    settings_key = "directory/table"
    #: Initial column widths (column -> pixels) before the user's own are restored.
    column_widths: dict[int, int] = {}

    def column_texts(self) -> dict[int, list[str]]:
        """Texts a column must show whole (a status word), whatever the language."""
        return {}

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.loaded = False
        self.dialog: RecordDialog | None = None
        self.model = self.create_model()
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    # --- hooks for subclasses -------------------------------------------------------------------

    def create_model(self) -> RowTableModel:
        raise NotImplementedError

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def load_rows_for(self, ids: set[str]) -> list[Any]:
        """The rows of these IDs only (those that still exist), for a narrow refresh."""
        return [row for row in self.load_rows() if row.id in ids]

    def related_ids(self, change: Change) -> set[str] | None:
        """IDs of the rows shown that a write to other watched tables changes (an office
        renamed changes the rows of its people); None: cannot say, read every row again."""
        others = change.tables() & self.watches - {self.kind, "agency"}
        return set() if not others else None

    def build_filters(self, layout: QHBoxLayout) -> list[QWidget]:
        """Add the filter widgets to `layout`; return them in tab order."""
        return []

    def build_options(self, layout: QHBoxLayout) -> list[QWidget]:
        """Add check boxes beside the search box; return them in tab order."""
        return []

    def build_buttons(self, layout: QHBoxLayout) -> list[QWidget]:
        """Add buttons after Add, Edit and Delete; return them in tab order."""
        return []

    def refresh_filter_choices(self) -> None:
        """Refill the filter combos from the rows now loaded, keeping each choice."""

    def details_html(self, row: Any) -> str:
        raise NotImplementedError

    def make_dialog(self, record_id: str | None) -> RecordDialog:
        raise NotImplementedError

    def delete_op(self, row: Any) -> WriteOp[Change]:
        """The operation that deletes `row` (ui.operations), undoable from the Edit menu."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        """A short name for messages ('office WHD-CHICAGO')."""
        return row.id

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("%1 shown of %2").replace("%1", str(shown)).replace("%2", str(total))

    def nothing_selected_text(self) -> str:
        return self.tr("Select a row to see its details.")

    #: The database table of the rows, for their history ("" for none).
    history_table = ""

    def table_name(self) -> str:
        return self.tr("Table")

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        # Two rows so that a narrow window still fits: search and count, then the filters.
        # Both rows wrap (FlowLayout) rather than widen the window.
        bar = FlowLayout()
        search_label = QLabel(self.tr("Search:"))
        self.search = SearchBox(self)
        self.search.setPlaceholderText(self.tr("Search name, city, ID…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search %1").replace("%1", self.table_name()))
        self.search.setAccessibleDescription(
            self.tr("Shows the rows containing every word typed; Down arrow moves to the table")
        )
        self.search.setMinimumWidth(160)
        self.search.setMaximumWidth(480)
        search_label.setBuddy(self.search)
        add_labelled(bar, search_label, self.search)
        options = self.build_options(bar)
        bar.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Rows shown"))
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        filters = FlowLayout()
        self.filter_widgets = options + self.build_filters(filters)
        filters.addStretch(1)
        if filters.count() > 1:
            layout.addLayout(filters)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.table_name())
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        row_height = self.view.fontMetrics().height() + 8
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        set_column_widths(self.view, self.column_widths.items(), self.column_texts())
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Details of the selected row"))
        self.details.setOpenExternalLinks(False)
        self.details.setMinimumHeight(90)

        # Details under the table: the table keeps the window's full width for its columns.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 170])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        for button, name in ((self.add_button, self.tr("Add")),
                             (self.edit_button, self.tr("Edit the selected row")),
                             (self.delete_button, self.tr("Delete the selected row"))):
            button.setAccessibleName(name)
            buttons.addWidget(button)
        # The selected record's history (no Alt letter: the pages' letters are all taken).
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setAccessibleName(self.tr("History of the selected row"))
        self.history_button.clicked.connect(self.show_history)
        buttons.addWidget(self.history_button)
        if not self.history_table:
            self.history_button.hide()
        self.extra_buttons = self.build_buttons(buttons)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.add_action = QAction(self.tr("&Add…"), self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action = QAction(self.tr("Ed&it…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_F2)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(self.add_action)
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.view.addAction(action)
        add_sort_menu(self.view)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.add_action.triggered.connect(lambda: self.open_editor(None))
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_action.triggered.connect(self.edit_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.search.down_pressed.connect(self.focus_table)
        self.search.returnPressed.connect(self.focus_table)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.update_details())
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self.update_count)

        chain: list[QWidget] = [self.search, *self.filter_widgets, self.view, self.add_button,
                                self.edit_button, self.delete_button, self.history_button,
                                *self.extra_buttons,
                                self.details]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_buttons()
        self.update_count()
        self.update_details()

    # --- data -----------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Read every row again, keeping the selection."""
        selected = self.selected_id()
        self.model.set_rows(self.load_rows())
        if not self.loaded:
            self.fit_columns()
        self.loaded = True
        self.refresh_filter_choices()
        if selected:
            self.select_id(selected)
        self.update_count()
        self.update_details()

    def apply_change(self, change: Change) -> None:
        """Read again just the rows `change` names or affects; everything if it is large."""
        if not self.loaded or not change.touches(self.watches):
            return
        related = self.related_ids(change)
        own = change.ids(self.kind)
        if related is None or len(own | related) > RELOAD_THRESHOLD:
            self.reload()
            return
        gone = change.ids(self.kind, DELETED) - change.ids(self.kind, CREATED, UPDATED)
        wanted = (own | related) - gone
        fresh = {row.id: row for row in self.load_rows_for(wanted)} if wanted else {}
        for record_id in gone:
            self.model.remove(record_id)
        for record_id in wanted:
            row = fresh.get(record_id)
            if row is not None:
                self.model.upsert(row)
            else:  # gone meanwhile (an ID renamed away, say)
                self.model.remove(record_id)
        self.refresh_filter_choices()
        self.update_count()
        self.update_details()

    # --- selection ------------------------------------------------------------------------------

    def selected_id(self) -> str:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return ""
        return str(index.data(ID_ROLE) or "")

    def selected_row(self) -> Any | None:
        record_id = self.selected_id()
        return self.model.row_by_id(record_id) if record_id else None

    def select_id(self, record_id: str) -> bool:
        """Select and show the row with this ID; False if it is not shown (filtered out)."""
        position = self.model.position_of(record_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index,
            self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def focus_table(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.selected_id() and self.proxy.rowCount():
            current = self.view.selectionModel().currentIndex()
            self.view.selectRow(current.row() if current.isValid() else 0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self.update_details()

    def _update_buttons(self) -> None:
        from consularapp.team import rights

        has = bool(self.selected_id())
        for widget in (self.edit_button, self.delete_button, self.edit_action, self.delete_action,
                       *self.extra_buttons):
            widget.setEnabled(has)
        self.history_button.setEnabled(has)
        allowed = rights(self.db)
        if not allowed.can_edit:  # a viewer: the editors open to read; nothing to add or delete
            for widget in (self.add_button, self.add_action, self.delete_button,
                           self.delete_action, *self.extra_buttons):
                widget.setEnabled(False)
                widget.setToolTip(allowed.why_not("edit"))

    def show_history(self) -> None:
        from ui.dialogs.history_dialog import HistoryDialog

        record_id = self.selected_id()
        if record_id and self.history_table:
            HistoryDialog(self.db, self.history_table, record_id, record_id, self).exec()

    def update_count(self, *_args: object) -> None:
        self.count_label.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))

    def update_details(self) -> None:
        row = self.selected_row()
        if row is None:
            self.details.setHtml(f"<p>{esc(self.nothing_selected_text())}</p>")
            return
        try:
            self.details.setHtml(self.details_html(row))
        except Exception as exc:  # a details panel must never take the page down
            show_error(self, exc)

    # --- actions --------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id:
            self.open_editor(record_id)

    def open_editor(self, record_id: str | None) -> RecordDialog | None:
        """Open the add/edit dialog without blocking; its result comes back in _editor_done."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        try:
            dialog = self.make_dialog(record_id)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._editor_done(dialog, result))
        dialog.open()
        return dialog

    def _editor_done(self, dialog: RecordDialog, result: int) -> None:
        """The dialog saved through an operation, whose Change every page has applied by now:
        select what was saved."""
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.change is None:
            return
        if dialog.saved_id and not self.select_id(dialog.saved_id):
            self.status.emit(
                self.tr("Saved %1; the current search or filters hide it.")
                .replace("%1", dialog.saved_id)
            )
        self.view.setFocus()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        what = self.describe(row)
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete %1?").replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_op(row).success(
            lambda _change: self.status.emit(self.tr("Deleted %1").replace("%1", what))).run()

    # --- remembered layout ----------------------------------------------------------------------

    def restore_state(self) -> None:
        self.settings.restore_splitter(self.splitter, self.settings_key)
        header = self.view.horizontalHeader()
        self.widths_remembered = self.settings.restore_header(header, self.settings_key)
        if self.widths_remembered:
            self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def fit_columns(self) -> None:
        """The first widths, from what the model's columns declare they show (in the view's
        font: they follow the system's text size), once the rows are there; never over the
        widths the user left last time."""
        if self.model.columns and not getattr(self, "widths_remembered", False):
            fit_columns(self.view, self.model, self.column_widths)

    def save_state(self) -> None:
        self.settings.save_splitter(self.splitter, self.settings_key)
        self.settings.save_header(self.view.horizontalHeader(), self.settings_key)


def fill_filter_combo(combo: QComboBox, all_text: str, items: list[tuple[str, Any]]) -> None:
    """Refill a filter combo ("All …" first), keeping the choice if it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    if current is not None and index < 0:
        combo.currentIndexChanged.emit(0)


def filter_combo(
    tab: TableTab, layout: QLayout, label: str, accessible: str, width_chars: int = 10
) -> QComboBox:
    caption = QLabel(label, tab)
    combo = QComboBox(tab)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    keep_first_item_whole(combo, width_chars)
    caption.setBuddy(combo)
    add_labelled(layout, caption, combo)
    return combo

