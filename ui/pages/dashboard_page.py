"""The Dashboard: what needs attention today for the agency and region the user looks after.

Most urgent first: agreements expiring or due for renewal, lapsed without a renewal, open-ended
ones due for their periodic review, consulates left without a liaison, offices with no agreement
in force. Above the list, the number of agreements in each status, in words. The agency and region
are remembered; the "as of" date starts at today every time. Each item opens its record.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consularapp.agreements import URGENCY
from consularapp.changes import AGENCY, AGREEMENT, CONSULATE, OFFICE, PERSON, SETTING, Change
from consularapp.db import Database
from consularapp.partnerships import AttentionKind, Dashboard, Scope, dashboard
from consularapp.settings import status_settings
from ui import clock, colours
from ui.errors import show_error
from ui.models.agreement_labels import (
    STATUS_SYMBOLS,
    attention_sentence,
    attention_text,
    days_text,
    scope_text,
    sentence_date,
    status_colour,
    status_title,
)
from ui.models.agreements_model import consulate_short
from ui.models.dashboard_model import AttentionModel, AttentionRow, attention_rows
from ui.models.table_model import ROW_ROLE
from ui.pages.base import Page
from ui.pages.table_tab import details_table, esc
from ui.settings import DASHBOARD_AGENCY, DASHBOARD_REGION, Settings
from ui.widgets.banner import remembered_scope
from ui.widgets.columns import set_column_widths
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.scope_bar import ScopeBar
from ui.widgets.sort_menu import add_sort_menu

SETTINGS_KEY = "dashboard/items"
#: Writes to these tables can change what needs attention.
WATCHES = frozenset({AGREEMENT, OFFICE, CONSULATE, PERSON, AGENCY, SETTING})


class DashboardPage(Page):
    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.setAccessibleName(self.tr("Dashboard"))
        self.board: Dashboard | None = None
        self.loaded = False
        self.stale = False
        self.model = AttentionModel(self)
        self._build()
        self.reload()
        colours.notifier().changed.connect(self._contrast_changed)

    def _contrast_changed(self) -> None:
        if shiboken6.isValid(self) and self.board is not None:
            self._show_summary()  # the badges' colours are in their rich text

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)

        top = FlowLayout()  # wraps on a narrow window instead of widening it
        self.heading = QLabel(tr("What needs attention"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(tr("What needs attention"))
        top.addWidget(self.heading)
        top.addStretch(1)
        as_of_caption = QLabel(tr("&As of:"), self)
        self.as_of = QDateEdit(self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(QDate.currentDate())
        self.as_of.setAccessibleName(tr("As of date"))
        self.as_of.setToolTip(tr("Look at the agreements as they stand on another day (planning "
                                 "ahead, or checking what a report said)."))
        as_of_caption.setBuddy(self.as_of)
        self.today_button = QPushButton(tr("&Today"), self)
        self.today_button.setAccessibleName(tr("Back to today"))
        as_of_row = QHBoxLayout()
        as_of_row.addWidget(as_of_caption)
        as_of_row.addWidget(self.as_of)
        as_of_row.addWidget(self.today_button)
        top.addLayout(as_of_row)
        top.addSpacing(12)
        self.scope_bar = ScopeBar(self)
        top.addWidget(self.scope_bar)
        layout.addLayout(top)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary.setAccessibleName(tr("Summary"))
        layout.addWidget(self.summary)

        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(tr("Agreements by status"))
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.counts)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Items that need attention"))
        self.view.setAccessibleDescription(tr("Most urgent first; Enter opens the item"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        row_height = self.view.fontMetrics().height() + 10
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(row_height)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        set_column_widths(self.view, ((AttentionModel.COL_KIND, 170),
                                      (AttentionModel.COL_WHEN, 125),
                                      (AttentionModel.COL_RECORD, 180),
                                      (AttentionModel.COL_TITLE, 320)))
        self.view.sortByColumn(AttentionModel.COL_KIND, Qt.SortOrder.AscendingOrder)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(tr("Nothing needs attention"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(tr("Details of the selected item"))
        self.details.setOpenLinks(False)
        self.details.setMinimumHeight(80)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.details)
        from ui.widgets.recent_changes import RecentChangesPanel

        self.recent = RecentChangesPanel(self.db, self.settings, self)
        self.recent.open_record.connect(self.open_record)
        self.splitter.addWidget(self.recent)
        # Three parts, three sizes: a part given none is collapsed out of sight, and the Tab
        # key would still go there (the focus invisible, WCAG 2.4.7).
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([360, 130, 130])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        bottom = QHBoxLayout()
        self.open_button = QPushButton(tr("&Open"), self)
        self.open_button.setAccessibleName(tr("Open the selected item"))
        # Offered on a "no current liaison" item: fill the post without leaving the dashboard.
        self.replace_button = QPushButton(tr("Replace &liaison…"), self)
        self.replace_button.setAccessibleName(tr("Replace the liaison of the selected consulate"))
        self.replace_button.setToolTip(tr("Record who is in post at the consulate now."))
        self.replace_dialog: QWidget | None = None
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(tr("How to use this list"))
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.replace_button)
        bottom.addWidget(self.hint, 1)
        layout.addLayout(bottom)

        self.open_action = QAction(tr("&Open"), self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.open_action)
        add_sort_menu(self.view)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.open_action.triggered.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.replace_button.clicked.connect(lambda: self.replace_liaison())
        self.view.doubleClicked.connect(lambda index: self.open_item(index.row()))
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.scope_bar.scope_changed.connect(self._scope_changed)
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.today_button.clicked.connect(lambda: self.as_of.setDate(QDate.currentDate()))

        chain: list[QWidget] = [self.as_of, self.today_button, *self.scope_bar.widgets(),
                                self.view, self.open_button, self.replace_button, self.details,
                                self.recent.list, self.recent.seen_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.settings.restore_splitter(self.splitter, SETTINGS_KEY)
        if self.settings.restore_header(header, SETTINGS_KEY):
            self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_buttons()

    # --- data -----------------------------------------------------------------------------------

    def as_of_date(self) -> date:
        return self.as_of.date().toPython()  # type: ignore[no-any-return]

    def scope(self) -> Scope:
        return self.scope_bar.scope()

    def reload(self) -> None:
        """Compute the dashboard again for the chosen day and scope (a few ms; ~0.1 s national)."""
        scope = (self.scope_bar.scope() if self.loaded
                 else remembered_scope(self.settings, self.db))
        day = self.as_of_date()
        try:
            thresholds = status_settings(self.db)
            board = dashboard(self.db, day, scope, thresholds)
            self.scope_bar.blockSignals(True)
            self.scope_bar.set_choices(board.agencies, board.regions)
            self.scope_bar.set_scope(scope)
            self.scope_bar.blockSignals(False)
            shown = self.scope_bar.scope()
            if shown != scope:  # a remembered agency or region this database does not have
                board = dashboard(self.db, day, shown, thresholds)
            statuses = board.statuses
            office_names = {o.id: o.name for o in board.offices.values()}
            consulate_names = {c.id: consulate_short(c) for c in board.consulates.values()}
        except Exception as exc:
            self.scope_bar.blockSignals(False)
            show_error(self, exc)
            return
        self.board = board
        self.thresholds = thresholds
        self.loaded = True
        self.stale = False
        selected = self.selected_row()
        self.model.set_rows(attention_rows(board, statuses, office_names, consulate_names))
        kept = selected is not None and self.select_row_id(selected.id)
        if not kept and self.model.rowCount():  # the most urgent item, described below
            self.view.selectRow(0)
        self._show_summary()
        self._update_buttons()

    def _scope_changed(self, scope: Scope) -> None:
        self.settings.set(DASHBOARD_AGENCY, scope.agency or "")
        self.settings.set(DASHBOARD_REGION, scope.region or "")
        self.reload()

    def _show_summary(self) -> None:
        assert self.board is not None
        tr = self.tr
        board = self.board
        scope = self.scope()
        where = scope_text(scope.agency, scope.region)
        day = sentence_date(board.as_of)
        sentence = attention_sentence(
            board.counts.get(URGENCY[0], 0), board.counts.get(URGENCY[1], 0),
            self.thresholds.expiring_days)
        if not sentence:
            sentence = tr("No agreement expires or needs renewing soon.")
        when = tr("today") if board.as_of == clock.today() else tr("on %1").replace("%1", day)
        self.summary.setText(tr("For %1, %2: %3").replace("%1", where).replace("%2", when)
                             .replace("%3", sentence))
        chips = []
        plain = []
        total = sum(board.counts.values())
        for status in URGENCY:
            count = board.counts.get(status, 0)
            label = f"{STATUS_SYMBOLS[status]} {status_title(status)} {count}"
            plain.append(label)
            colour = status_colour(status).name() if count else colours.EMPTY_BADGE_FILL
            # High contrast: the palette's colours, the chip framed by brackets instead.
            style = ("" if colours.high_contrast() else
                     f" style='background-color:{colour}; color:{colours.CELL_TEXT}'")
            text = esc(label).replace(' ', '&nbsp;')
            if colours.high_contrast():
                text = f"[{text}]"
            # Non-breaking inside a chip: lines break between chips only.
            chips.append(f"<span{style}>&nbsp;{text}&nbsp;</span>")
        # Chips apart by spaces only, so a wrapped line never starts or ends with a dot.
        heading = tr("Agreements: %1").replace("%1", str(total))
        self.counts.setText(f"<b>{esc(heading)}</b>&nbsp;&nbsp; " + " &nbsp; ".join(chips))
        self.counts.setAccessibleDescription(f"{heading}: " + ", ".join(plain))
        self.empty.setText(tr("Nothing needs attention for %1 on %2.").replace("%1", where)
                           .replace("%2", day))
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        self.hint.setText(
            tr("Double-click an item or press Enter to open it. Expiring: %1 days or fewer "
               "left; renewal due: %2 days or fewer; open-ended agreements are reviewed every %3 "
               "years.")
            .replace("%1", str(self.thresholds.expiring_days))
            .replace("%2", str(self.thresholds.renewal_lead_days))
            .replace("%3", str(self.thresholds.review_every_years)))

    # --- items ----------------------------------------------------------------------------------

    def row_at(self, position: int) -> AttentionRow | None:
        if not 0 <= position < self.model.rowCount():
            return None
        return self.model.index(position, 0).data(ROW_ROLE)  # type: ignore[no-any-return]

    def selected_row(self) -> AttentionRow | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.row_at(index.row())

    def select_row_id(self, row_id: str) -> bool:
        position = self.model.position_of(row_id)
        if position is None:
            return False
        self.view.selectRow(position)
        return True

    def open_item(self, position: int) -> None:
        row = self.row_at(position)
        if row is not None:
            self.open_record.emit(row.item.record_type, row.item.record_id)

    def open_selected(self) -> None:
        index = self.view.selectionModel().currentIndex()
        if index.isValid():
            self.open_item(index.row())

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)
        from consularapp.team import rights

        self.replace_button.setVisible(row is not None
                                       and row.item.kind is AttentionKind.NO_LIAISON)
        allowed = rights(self.db)
        self.replace_button.setEnabled(allowed.can_edit)  # a viewer reads, cannot fill the post
        self.replace_button.setToolTip(self.tr("Record who is in post at the consulate now.")
                                       if allowed.can_edit else allowed.why_not("edit"))
        self._show_details(row)

    def replace_liaison(self) -> QWidget | None:
        """For a "no current liaison" item: record who is in post at that consulate now."""
        from ui.pages.directory_page import open_replace_liaison

        row = self.selected_row()
        if row is None or row.item.kind is not AttentionKind.NO_LIAISON:
            return None
        if self.replace_dialog is not None:
            self.replace_dialog.raise_()
            return self.replace_dialog

        def done(dialog) -> None:  # type: ignore[no-untyped-def]
            self.replace_dialog = None
            if dialog is not None and dialog.change:  # the bus has refreshed the pages
                self.status.emit(self.tr("Liaison recorded at %1.").replace(
                    "%1", row.item.record_id))

        self.replace_dialog = open_replace_liaison(self, self.db, self.settings,
                                                   row.item.record_id, "", done)
        return self.replace_dialog

    def _show_details(self, row: AttentionRow | None) -> None:
        tr = self.tr
        if row is None:
            text = (tr("Select an item to see it in full; Enter or double-click opens it.")
                    if self.model.rowCount() else "")
            self.details.setHtml(f"<p>{esc(text)}</p>")
            return
        item = row.item
        where = {"agreement": tr("Agreements page"), "consulate": tr("Directory, consulates"),
                 "office": tr("Directory, offices")}.get(item.record_type, item.record_type)
        body = details_table([
            (tr("When"), days_text(item.days)),
            (tr("Parties") if item.record_type == "agreement" else tr("Name"), item.title),
            (tr("Kind"), row.kind_of_agreement),
            (tr("Details"), row.detail),
            (tr("Opens in"), where),
        ])
        heading = f"{attention_text(item.kind)} — {item.record_id}"
        self.details.setHtml(f"<h3>{esc(heading)}</h3>{body}")

    # --- Page -----------------------------------------------------------------------------------

    def apply_change(self, change: Change) -> None:
        if not change.tables() & WATCHES:
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def focus_search(self) -> bool:
        return False  # nothing to search: the list is short and sorted by urgency

    def save_state(self) -> None:
        self.settings.save_header(self.view.horizontalHeader(), SETTINGS_KEY)
        self.settings.save_splitter(self.splitter, SETTINGS_KEY)
