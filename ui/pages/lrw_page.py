"""Labor Rights Week: plan a campaign's events, staff them, see the problems, publish and export.

One campaign at a time (chosen at the top; past editions from the reference data are listed as
history with their source). Its events show in a week grid (days × hours, a swim lane per host
consulate or per office, each event at its venue's local time with the zone's abbreviation) and in
a sortable list; both share the filters. The selected event's staffing is on the right, the
campaign's planning problems and releases below.

Every write, made here or anywhere else in the window, arrives once on the database's ChangeBus:
the page reads again just the events it touches (an event saved, the event of an assignment, the
events a renamed consulate hosts, those a person whose languages changed is staffing), and the
problems are recomputed off the UI thread after each change (about 0.1 s for 1,000 events), so
the grid appears first and the counts follow.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consularapp import i18n
from consularapp.campaigns import CampaignRow, list_campaigns
from consularapp.changes import (
    AGENCY,
    AGREEMENT,
    ASSIGNMENT,
    CAMPAIGN,
    CONFLICT_ACK,
    CONSULATE,
    CREATED,
    DELETED,
    EVENT,
    MEMBERSHIP,
    OFFICE,
    PERSON,
    RELEASE,
    SETTING,
    UPDATED,
    Change,
)
from consularapp.collation import fold
from consularapp.conflicts import Conflict, find_conflicts, recheck
from consularapp.db import Database
from consularapp.directory import list_offices
from consularapp.errors import ConsularError, NotFoundError
from consularapp.events import EventRow, get_event_row, list_events, list_occurrences
from consularapp.labels import language_label
from consularapp.models import EventStatus
from consularapp.publishing import list_releases
from consularapp.staffing import event_ids_of
from ui.errors import show_error
from ui.models.events_model import EventsModel, languages_sentence, staff_sentence
from ui.models.filter_proxy import FilterProxy
from ui.models.lrw_labels import (
    day_text,
    format_label,
    formats,
    long_day_text,
    span_text,
    status_label,
)
from ui.models.releases_model import ReleaseRow, ReleasesModel
from ui.models.table_model import ID_ROLE
from ui.models.week_grid_model import GroupBy, build_layout, campaign_days
from ui.operations import events as ops
from ui.pages.base import Page
from ui.pages.table_tab import SearchBox, esc, fill_filter_combo, filter_combo
from ui.settings import LRW_LANES, LRW_OFFICE, LRW_YEAR, Settings
from ui.widgets.columns import set_column_widths
from ui.widgets.conflicts_panel import ConflictsPanel
from ui.widgets.flow_layout import FlowLayout, add_labelled
from ui.widgets.sort_menu import add_sort_menu
from ui.widgets.staffing_panel import StaffingPanel
from ui.widgets.week_grid import FormatLegend, WeekGrid
from ui.worker import Task

SETTINGS_KEY = "lrw"
# Tables whose writes elsewhere change what this page shows.
WATCHES = frozenset({EVENT, ASSIGNMENT, CAMPAIGN, CONFLICT_ACK, RELEASE, PERSON, MEMBERSHIP,
                     OFFICE, CONSULATE, AGREEMENT, SETTING, AGENCY})
# Writes to these change the campaign's planning problems.
PROBLEM_TABLES = frozenset({EVENT, ASSIGNMENT, CONFLICT_ACK, PERSON, MEMBERSHIP, AGREEMENT,
                            SETTING, OFFICE, CONSULATE})
MAX_OUTSIDE_LISTED = 8
# Up to this many events, the grid starts without swim lanes (one calendar-like week).
SMALL_CAMPAIGN = 40


def _alive(widget: QWidget) -> bool:
    """Whether the widget still exists (a worker may report after its page was closed)."""
    return shiboken6.isValid(widget)


# How long after a campaign is shown its problems are counted (after the first paint).
CONFLICTS_DELAY_MS = 150

ALL_OFFICES = "*"  # remembered when the user chose All offices: the whole nation, on purpose

class LrwPage(Page):
    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        started = time.perf_counter()
        super().__init__(db, settings, parent)
        self.setAccessibleName(self.tr("Labor Rights Week"))
        self.year: int | None = None
        self.campaigns: list[CampaignRow] = []
        self.office_names: dict[str, str] = {}
        self.office_agency: dict[str, str] = {}
        self.conflicts: list[Conflict] = []
        self._conflicts_of: int | None = None  # the campaign self.conflicts are complete for
        self.conflict_task: Task | None = None
        self._conflicts_scheduled = False
        self._conflict_generation = 0
        self._conflicts_again = False
        self.current_event = ""
        self.dialog: QDialog | None = None
        self._selecting = False
        self.timings: dict[str, float] = {}
        self.model = EventsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._restore()
        self._load_directory()
        self.refresh_campaigns(select=self._initial_year())
        self.timings["open"] = time.perf_counter() - started

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        # Campaign bar; it and the filters wrap (FlowLayout) rather than widen the window.
        bar = FlowLayout()
        campaign_caption = QLabel(tr("&Campaign:"))
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setAccessibleName(tr("Campaign (year)"))
        self.campaign_combo.setMinimumContentsLength(20)
        self.campaign_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        campaign_caption.setBuddy(self.campaign_combo)
        self.new_campaign_button = QPushButton(tr("New campaign…"), self)
        self.edit_campaign_button = QPushButton(tr("Edit campaign…"), self)
        self.copy_button = QPushButton(tr("Cop&y last year…"), self)
        self.publish_button = QPushButton(tr("&Publish…"), self)
        self.export_button = QPushButton(tr("E&xport calendar…"), self)
        self.send_button = QPushButton(tr("E-mails and meeting re&quests…"), self)
        for button, name in (
            (self.new_campaign_button, tr("New campaign")),
            (self.edit_campaign_button, tr("Edit the campaign's dates and themes")),
            (self.copy_button, tr("Copy last year's plan into a new campaign")),
            (self.publish_button, tr("Publish the schedule as a new release")),
            (self.export_button, tr("Export a calendar file")),
            (self.send_button, tr("Write e-mail drafts for partners or meeting requests for "
                                  "staff")),
        ):
            button.setAccessibleName(name)
        add_labelled(bar, campaign_caption, self.campaign_combo)
        bar.addWidget(self.new_campaign_button)
        bar.addWidget(self.edit_campaign_button)
        bar.addWidget(self.copy_button)
        bar.addSpacing(12)
        bar.addWidget(self.publish_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.send_button)
        layout.addLayout(bar)
        self.campaign_info = QLabel(self)
        self.campaign_info.setWordWrap(True)
        self.campaign_info.setTextFormat(Qt.TextFormat.RichText)
        self.campaign_info.setAccessibleName(tr("About the campaign"))
        self.campaign_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.campaign_info)

        # Filters, shared by the grid and the list.
        filters = FlowLayout()
        # No Alt letter (Alt+S is Save, and the page has none left): Ctrl+F comes here.
        search_caption = QLabel(tr("Search:"))
        self.search = SearchBox(self)
        self.search.setPlaceholderText(tr("Title, venue, ID… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search events"))
        self.search.setMinimumWidth(120)
        self.search.setMaximumWidth(220)
        search_caption.setBuddy(self.search)
        add_labelled(filters, search_caption, self.search)
        host = self  # filter_combo wants an owner with tr()
        self.agency_filter = filter_combo(host, filters, tr("&Agency:"), tr("Filter by agency"), 4)
        self.office_filter = filter_combo(host, filters, tr("&Office:"),
                                          tr("Filter by office taking part"), 8)
        self.consulate_filter = filter_combo(host, filters, tr("Cons&ulate:"),
                                             tr("Filter by host consulate"), 8)
        self.format_filter = filter_combo(host, filters, tr("Fo&rmat:"), tr("Filter by format"), 7)
        self.language_filter = filter_combo(host, filters, tr("&Language:"),
                                            tr("Filter by language"), 6)
        for combo in (self.office_filter, self.consulate_filter, self.format_filter,
                      self.language_filter):
            combo.view().setMinimumWidth(320)
        self.office_filter.activated.connect(self._office_chosen)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(tr("Events shown"))
        filters.addStretch(0)
        filters.addWidget(self.count_label)
        # While the list shows the events behind a "+N more" block: the way back to them all.
        self.all_events_button = QPushButton(tr("Show every event again"), self)
        self.all_events_button.setAccessibleName(tr("Show every event again, not only those "
                                                    "behind the block opened"))
        self.all_events_button.hide()
        self.all_events_button.clicked.connect(lambda: self.show_only(None))
        filters.addWidget(self.all_events_button)
        self.only_ids: set[str] | None = None
        layout.addLayout(filters)

        # The views.
        self.grid = WeekGrid(self)
        self.outside_label = QLabel(self)
        self.outside_label.setWordWrap(True)
        self.outside_label.setTextFormat(Qt.TextFormat.RichText)
        self.outside_label.setAccessibleName(tr("Events outside the campaign's days"))
        self.outside_label.linkActivated.connect(self._outside_link)
        grid_tab = QWidget(self)
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.setContentsMargins(0, 4, 0, 0)
        grid_bar = QHBoxLayout()
        lanes_caption = QLabel(tr("Swim lanes:"))
        self.group_combo = QComboBox(self)
        self.group_combo.setAccessibleName(tr("Swim lanes of the week grid"))
        self.group_combo.addItem(tr("One per host consulate"), GroupBy.CONSULATE.value)
        self.group_combo.addItem(tr("One per office taking part"), GroupBy.OFFICE.value)
        self.group_combo.addItem(tr("None (all events together)"), GroupBy.NONE.value)
        lanes_caption.setBuddy(self.group_combo)
        grid_note = QLabel(tr("Each event is shown at its venue's own local time."))
        grid_note.setToolTip(tr("A 09:00 MST event in Phoenix and a 09:00 CDT event in Chicago "
                                "are on the same row: times are never converted to your zone."))
        grid_bar.addWidget(lanes_caption)
        grid_bar.addWidget(self.group_combo)
        grid_bar.addSpacing(12)
        grid_note.setWordWrap(True)
        grid_bar.addWidget(grid_note, 1)
        grid_layout.addLayout(grid_bar)
        grid_layout.addWidget(self.grid, 1)
        self.format_legend = FormatLegend(formats(), self)
        grid_layout.addWidget(self.format_legend)
        grid_layout.addWidget(self.outside_label)
        self.list_view = QTableView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(tr("Events"))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setWordWrap(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSortingEnabled(True)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.list_view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        m = EventsModel
        set_column_widths(self.list_view, (
            (m.COL_ID, 185), (m.COL_DAY, 85), (m.COL_TIME, 120), (m.COL_TITLE, 230),
            (m.COL_STATUS, 80), (m.COL_STAFF, 55), (m.COL_LANGUAGES, 150), (m.COL_CONFLICTS, 70),
            (m.COL_FORMAT, 120), (m.COL_VENUE, 220), (m.COL_HOST, 220), (m.COL_OFFICES, 150)))
        self.list_view.sortByColumn(m.COL_DAY, Qt.SortOrder.AscendingOrder)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.setAccessibleName(tr("Views of the events"))
        self.views.addTab(grid_tab, tr("Week grid"))
        self.views.addTab(self.list_view, tr("List"))

        event_buttons = FlowLayout()
        self.new_event_button = QPushButton(tr("&New event…"), self)
        self.edit_event_button = QPushButton(tr("Ed&it event…"), self)
        self.cancel_event_button = QPushButton(tr("Cancel even&t…"), self)
        self.delete_event_button = QPushButton(tr("&Delete event…"), self)
        for button, name in (
            (self.new_event_button, tr("New event")),
            (self.edit_event_button, tr("Edit the selected event")),
            (self.cancel_event_button, tr("Cancel the selected event (it is kept, marked "
                                          "cancelled)")),
            (self.delete_event_button, tr("Delete the selected event")),
        ):
            button.setAccessibleName(name)
            event_buttons.addWidget(button)
        event_buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.views, 1)
        left_layout.addLayout(event_buttons)

        self.staffing = StaffingPanel(self.db, self.settings, self)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.top_splitter.addWidget(left)
        self.top_splitter.addWidget(self.staffing)
        self.top_splitter.setStretchFactor(0, 3)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setSizes([780, 320])
        self.top_splitter.setChildrenCollapsible(False)

        self.conflicts_panel = ConflictsPanel(self.db, self.settings, self)
        self.releases_model = ReleasesModel(self)
        self.releases_view = QTableView(self)
        self.releases_view.setModel(self.releases_model)
        self.releases_view.setAccessibleName(tr("Releases of the campaign"))
        self.releases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.releases_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.releases_view.setTabKeyNavigation(False)
        self.releases_view.verticalHeader().hide()
        self.releases_view.horizontalHeader().setStretchLastSection(True)
        set_column_widths(self.releases_view, ((0, 70), (1, 170), (2, 120), (3, 70)))
        self.bottom_tabs = QTabWidget(self)
        self.bottom_tabs.setAccessibleName(tr("Problems and releases"))
        self.bottom_tabs.addTab(self.conflicts_panel, tr("Problems"))
        self.bottom_tabs.addTab(self.releases_view, tr("Releases"))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.top_splitter)
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 170])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        # Keyboard: Insert adds, Enter/F2 edits from the list, Delete deletes.
        self.new_event_action = QAction(tr("New event…"), self)
        self.new_event_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.new_event_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_event_action)
        self.edit_event_action = QAction(tr("Edit event…"), self.list_view)
        self.edit_event_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                             QKeySequence(Qt.Key.Key_Enter),
                                             QKeySequence(Qt.Key.Key_F2)])
        self.edit_event_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.cancel_event_action = QAction(tr("Cancel event…"), self.list_view)
        self.delete_event_action = QAction(tr("Delete event…"), self.list_view)
        self.delete_event_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_event_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for action in (self.new_event_action, self.edit_event_action, self.cancel_event_action,
                       self.delete_event_action):
            self.list_view.addAction(action)
        add_sort_menu(self.list_view)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # Wiring.
        self.campaign_combo.currentIndexChanged.connect(self._campaign_chosen)
        self.new_campaign_button.clicked.connect(self.new_campaign)
        self.edit_campaign_button.clicked.connect(self.edit_campaign)
        self.copy_button.clicked.connect(self.copy_last_year)
        self.publish_button.clicked.connect(self.publish)
        self.export_button.clicked.connect(self.export_calendar)
        self.send_button.clicked.connect(lambda: self.send())
        self.search.textChanged.connect(self._search_changed)
        self.search.down_pressed.connect(self._focus_view)
        self.search.returnPressed.connect(self._focus_view)
        for combo in (self.agency_filter, self.office_filter, self.consulate_filter,
                      self.format_filter, self.language_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.relayout())
        self.group_combo.activated.connect(self._lanes_picked)
        self.grid.current_changed.connect(lambda eid: self.select_event(eid, source="grid"))
        self.grid.activated.connect(self.open_editor)
        self.grid.more_activated.connect(self.show_only)
        self.list_view.selectionModel().currentRowChanged.connect(self._list_row_changed)
        self.list_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_event_button.clicked.connect(lambda: self.open_editor(None))
        self.new_event_action.triggered.connect(lambda: self.open_editor(None))
        self.edit_event_button.clicked.connect(lambda: self.edit_selected())
        self.edit_event_action.triggered.connect(lambda: self.edit_selected())
        self.cancel_event_button.clicked.connect(lambda: self.cancel_selected())
        self.cancel_event_action.triggered.connect(lambda: self.cancel_selected())
        self.delete_event_button.clicked.connect(lambda: self.delete_selected())
        self.delete_event_action.triggered.connect(lambda: self.delete_selected())
        self.staffing.status.connect(self.status)
        self.conflicts_panel.event_chosen.connect(self._conflict_event_chosen)
        self.conflicts_panel.count_changed.connect(self._show_problem_count)
        self.views.currentChanged.connect(lambda _i: self._view_switched())
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)

        chain: list[QWidget] = [
            self.campaign_combo, self.new_campaign_button, self.edit_campaign_button,
            self.copy_button, self.publish_button, self.export_button, self.send_button,
            self.search,
            self.agency_filter, self.office_filter, self.consulate_filter, self.format_filter,
            self.language_filter, self.views, self.group_combo, self.grid, self.list_view,
            self.new_event_button, self.edit_event_button, self.cancel_event_button,
            self.delete_event_button, self.staffing.table, self.staffing.assign_button,
            self.staffing.edit_button, self.staffing.remove_button, self.staffing.week_button,
            self.bottom_tabs, self.conflicts_panel.severity_filter,
            self.conflicts_panel.office_filter, self.conflicts_panel.consulate_filter,
            self.conflicts_panel.show_acknowledged, self.conflicts_panel.acknowledge_button,
            self.conflicts_panel.table,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.grid.tooltip_provider = self.event_tooltip

    def _restore(self) -> None:
        s = self.settings
        s.restore_splitter(self.splitter, f"{SETTINGS_KEY}/main")
        s.restore_splitter(self.top_splitter, f"{SETTINGS_KEY}/top")
        header = self.list_view.horizontalHeader()
        if s.restore_header(header, f"{SETTINGS_KEY}/events"):
            self.list_view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        remembered = s.get(LRW_LANES)
        self._lanes_chosen = bool(remembered)
        index = self.group_combo.findData(remembered or GroupBy.CONSULATE.value)
        self.group_combo.blockSignals(True)
        self.group_combo.setCurrentIndex(max(index, 0))
        self.group_combo.blockSignals(False)
        if s.last_tab(SETTINGS_KEY) == "list":
            self.views.setCurrentIndex(1)

    def save_state(self) -> None:
        s = self.settings
        s.save_splitter(self.splitter, f"{SETTINGS_KEY}/main")
        s.save_splitter(self.top_splitter, f"{SETTINGS_KEY}/top")
        s.save_header(self.list_view.horizontalHeader(), f"{SETTINGS_KEY}/events")
        if self._lanes_chosen:
            s.set(LRW_LANES, str(self.group_combo.currentData()))
        if self.year is not None:
            s.set(LRW_YEAR, self.year)

    # --- campaigns ------------------------------------------------------------------------------

    def _initial_year(self) -> int | None:
        return self.settings.get(LRW_YEAR) or None

    def refresh_campaigns(self, select: int | None = None) -> None:
        """Refill the campaign chooser; show `select` (else the current one, else the newest
        campaign with events)."""
        self.campaigns = list_campaigns(self.db)
        years = [c.year for c in self.campaigns]
        wanted = select if select in years else self.year if self.year in years else None
        if wanted is None:
            with_events = [c.year for c in self.campaigns if c.event_count]
            wanted = with_events[0] if with_events else (years[0] if years else None)
        combo = self.campaign_combo
        combo.blockSignals(True)
        combo.clear()
        history_started = False
        for c in self.campaigns:
            if c.is_reference and not c.event_count and not history_started:
                if combo.count():
                    combo.insertSeparator(combo.count())
                history_started = True
            combo.addItem(self._campaign_text(c), c.year)
            combo.setItemData(combo.count() - 1, self._campaign_tooltip(c),
                              Qt.ItemDataRole.ToolTipRole)
        if not self.campaigns:
            combo.addItem(self.tr("No campaign yet: use New campaign…"), None)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
        combo.blockSignals(False)
        self.load_campaign(wanted)

    def _campaign_text(self, c: CampaignRow) -> str:
        spanish = i18n.language() == "es"  # the window's language: its own theme first
        theme = (c.theme_es or c.theme_en) if spanish else (c.theme_en or c.theme_es)
        text = str(c.year)
        if c.event_count:
            text += " — " + QCoreApplication.translate("LrwPage", "%n event(s)", None,
                                                       c.event_count)
        elif c.is_reference:
            edition = (self.tr("edition %1").replace("%1", str(c.edition))
                       if c.edition else self.tr("past edition"))
            text += " — " + self.tr("%1 (history)").replace("%1", edition)
        else:
            text += " — " + self.tr("no events yet")
        if theme:
            text += f" · {theme}"
        return text

    def _campaign_tooltip(self, c: CampaignRow) -> str:
        lines = [self.tr("%1 to %2").replace("%1", long_day_text(c.starts_on))
                 .replace("%2", long_day_text(c.ends_on))]
        if c.theme_en:
            lines.append(self.tr("Theme: %1").replace("%1", c.theme_en))
        if c.theme_es:
            lines.append(self.tr("Tema: %1").replace("%1", c.theme_es))
        if c.is_reference:
            lines.append(self.tr("From the reference data — source: %1; confidence: %2")
                         .replace("%1", c.source).replace("%2", c.confidence or "—"))
        return "\n".join(lines)

    def campaign(self) -> CampaignRow | None:
        return next((c for c in self.campaigns if c.year == self.year), None)

    def _campaign_chosen(self, _index: int) -> None:
        year = self.campaign_combo.currentData()
        self.load_campaign(int(year) if year is not None else None)

    def set_campaign(self, year: int) -> bool:
        """Show campaign `year` (False if there is none)."""
        index = self.campaign_combo.findData(year)
        if index < 0:
            self.refresh_campaigns(select=year)
            return self.year == year
        if index != self.campaign_combo.currentIndex():
            self.campaign_combo.setCurrentIndex(index)
        elif self.year != year:
            self.load_campaign(year)
        return True

    def load_campaign(self, year: int | None) -> None:
        """Read the campaign's events, lay out the grid, then check the problems in a worker."""
        started = time.perf_counter()
        self.year = year
        self.staffing.year = year or 0
        rows = list_events(self.db, year) if year is not None else []
        self.timings["list_events"] = time.perf_counter() - started
        self.model.set_conflicts({}, {})
        self.conflicts = []
        self._conflicts_of = None
        self.model.set_rows(rows)
        self._refresh_filter_choices()
        self._show_campaign_info()
        if not self._lanes_chosen:
            self._default_lanes(len(rows))
        self.relayout()
        if self.current_event and self.model.row_by_id(self.current_event) is None:
            self.current_event = ""
        if not self.current_event and self.grid.navigator is not None:
            layout = self.grid.layout_data  # show something useful on the right at once
            if layout is not None and layout.blocks:
                self.current_event = layout.blocks[0].event_id
        self.select_event(self.current_event, source="load")
        self._load_releases()
        self._update_buttons()
        self.timings["load_campaign"] = time.perf_counter() - started
        # Counted once the grid has been painted: the count holds the GIL for a while and would
        # otherwise delay the first paint of a large campaign.
        self._conflicts_scheduled = True
        QTimer.singleShot(CONFLICTS_DELAY_MS, self._scheduled_conflicts)

    def _scheduled_conflicts(self) -> None:
        if _alive(self) and self._conflicts_scheduled:
            self._conflicts_scheduled = False
            self.refresh_conflicts()

    def _lanes_picked(self, _index: int) -> None:
        self._lanes_chosen = True  # the user's choice is kept from now on

    def _default_lanes(self, event_count: int) -> None:
        """Until the user picks: a small campaign shows as one calendar-like week, a large one
        in a lane per host consulate."""
        wanted = GroupBy.NONE if event_count <= SMALL_CAMPAIGN else GroupBy.CONSULATE
        self.group_combo.blockSignals(True)
        self.group_combo.setCurrentIndex(self.group_combo.findData(wanted.value))
        self.group_combo.blockSignals(False)

    def _show_campaign_info(self) -> None:
        c = self.campaign()
        if c is None:
            self.campaign_info.setText(esc(self.tr(
                "No campaign yet. Create one with New campaign…, or copy last year's plan.")))
            return
        parts = [f"<b>{esc(long_day_text(c.starts_on))} – {esc(long_day_text(c.ends_on))}</b>"]
        themes = []
        if c.theme_en:
            themes.append(esc(self.tr("Theme: %1").replace("%1", c.theme_en)))
        if c.theme_es:
            themes.append(esc(self.tr("Tema: %1").replace("%1", c.theme_es)))
        parts += reversed(themes) if i18n.language() == "es" else themes
        counts = (QCoreApplication.translate("LrwPage", "%n event(s) (%1 cancelled)", None,
                                             c.event_count).replace("%1", str(c.cancelled_count))
                  + ", " + QCoreApplication.translate("LrwPage", "%n assignment(s)", None,
                                                      c.assignment_count))
        parts.append(esc(counts))
        text = " · ".join(parts)
        if c.is_reference:
            text += "<br>" + esc(self.tr(
                "Past edition from the reference data — source: %1; confidence: %2.")
                .replace("%1", c.source).replace("%2", c.confidence or "—"))
            if c.scale:
                text += " " + esc(self.tr("Scale: %1.").replace("%1", c.scale))
        self.campaign_info.setText(text)

    def _load_directory(self) -> None:
        offices = list_offices(self.db)
        self.office_names = {o.id: o.name for o in offices}
        self.office_agency = {o.id: o.agency_code for o in offices}

    def _load_releases(self) -> None:
        releases = list_releases(self.db, self.year) if self.campaign() else []
        self.releases_model.set_rows([ReleaseRow(str(r.number), r) for r in releases])
        label = (self.tr("Releases") if not releases else
                 self.tr("Releases (%1)").replace("%1", str(len(releases))))
        self.bottom_tabs.setTabText(1, label)

    # --- filters --------------------------------------------------------------------------------

    def _refresh_filter_choices(self) -> None:
        rows: list[EventRow] = self.model.rows()
        offices = sorted({o for r in rows for o in r.office_ids})
        agencies = sorted({self.office_agency.get(o, "") for o in offices} - {""})
        fill_filter_combo(self.agency_filter, self.tr("All"), [(a, a) for a in agencies])
        fill_filter_combo(self.office_filter, self.tr("All"),
                          [(f"{self.office_names.get(o, o)} ({o})", o) for o in offices])
        if not getattr(self, "_home_applied", False) and rows:
            # The week opens on the office the user last chose, else on their home office, not
            # on the whole nation; "All" is the first choice of the list (and is remembered too).
            from ui.team import home_office

            self._home_applied = True
            remembered = self.remembered_office()
            if remembered != ALL_OFFICES:
                found = self.office_filter.findData(remembered or
                                                    home_office(self.db, self.settings))
                if found < 0 and remembered:
                    found = self.office_filter.findData(home_office(self.db, self.settings))
                if found > 0:
                    self.office_filter.setCurrentIndex(found)
        hosts = sorted({(r.host_name or r.host_consulate_id, r.host_consulate_id)
                        for r in rows if r.host_consulate_id})
        fill_filter_combo(self.consulate_filter, self.tr("All"),
                          [(f"{name} ({cid})", cid) for name, cid in hosts])
        self.conflicts_panel.set_events(rows, self.office_names)
        used = {r.format for r in rows}
        fill_filter_combo(self.format_filter, self.tr("All"),
                          [(label, value) for value, label in formats() if value in used])
        languages: dict[str, str] = {}
        for r in rows:
            for lang in (*r.languages, *r.languages_needed):
                languages.setdefault(lang.casefold(), lang)
        fill_filter_combo(self.language_filter, self.tr("All"),
                          sorted(((language_label(languages[k]), k) for k in languages),
                                 key=lambda item: fold(item[0])))

    def remembered_office(self) -> str:
        """The office scope the user last chose on this database ('*': all; '': none yet)."""
        from ui.team import database_key

        return str(self.settings.get(LRW_OFFICE, database=database_key(self.db)) or "")

    def _office_chosen(self, _index: int) -> None:
        """The user picked an office (or All): the week opens on it next time."""
        from ui.team import database_key

        office = self.office_filter.currentData()
        self.settings.set(LRW_OFFICE, str(office) if office else ALL_OFFICES,
                          database=database_key(self.db))

    def _filters_changed(self, *_args: Any) -> None:
        agency = self.agency_filter.currentData()
        office = self.office_filter.currentData()
        consulate = self.consulate_filter.currentData()
        fmt = self.format_filter.currentData()
        language = self.language_filter.currentData()
        agencies = self.office_agency
        self.proxy.set_filter("agency", None if agency is None else (
            lambda r: any(agencies.get(o) == agency for o in r.office_ids)))
        self.proxy.set_filter("office", None if office is None else (
            lambda r: office in r.office_ids))
        self.proxy.set_value_filter("consulate", "host_consulate_id", consulate)
        self.proxy.set_value_filter("format", "format", fmt)
        self.proxy.set_filter("language", None if language is None else (
            lambda r: any(lang.casefold() == language
                          for lang in (*r.languages, *r.languages_needed))))
        self.relayout()
        self._drop_hidden_selection()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self.relayout()
        self._drop_hidden_selection()

    def _drop_hidden_selection(self) -> None:
        """When the search or filters hide the selected event, select nothing: the staffing
        panel must not offer Assign/Remove for an event no longer shown."""
        if not self.current_event:
            return
        position = self.model.position_of(self.current_event)
        shown = position is not None and self.proxy.mapFromSource(
            self.model.index(position, 0)).isValid()
        if not shown:
            self.select_event("")

    def filters_active(self) -> bool:
        return bool(self.search.text().strip()) or any(
            c.currentData() is not None for c in (self.agency_filter, self.office_filter,
                                                   self.consulate_filter, self.format_filter,
                                                   self.language_filter))

    def show_only(self, event_ids: list[str] | None) -> None:
        """The events behind a "+N more" block, in the list (None: every event again)."""
        self.only_ids = set(event_ids) if event_ids else None
        only = self.only_ids
        self.proxy.set_filter("only", None if only is None else (lambda r: r.id in only))
        self.all_events_button.setVisible(only is not None)
        self.relayout()
        if event_ids:
            self.views.setCurrentIndex(1)  # the list: every one of them, whole
            self.select_event(event_ids[0])
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_count()

    def clear_filters(self) -> None:
        if self.only_ids is not None:
            self.show_only(None)
        self.search.clear()
        for combo in (self.agency_filter, self.office_filter, self.consulate_filter,
                      self.format_filter, self.language_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._filters_changed()

    def visible_rows(self) -> list[EventRow]:
        """The events the filters let through, in the list's order."""
        proxy, model = self.proxy, self.model
        return [model.row(proxy.mapToSource(proxy.index(n, 0)).row())
                for n in range(proxy.rowCount())]

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = QCoreApplication.translate("LrwPage", "%n event(s)", None, total)
        else:
            text = QCoreApplication.translate("LrwPage", "%1 of %n event(s) shown", None,
                                              total).replace("%1", str(shown))
        if getattr(self, "only_ids", None) is not None:
            text += " " + self.tr("(those behind the block opened)")
        self.count_label.setText(text)

    # --- the grid -------------------------------------------------------------------------------

    def relayout(self) -> None:
        """Lay the filtered events out in the grid again (once per change, never per paint)."""
        started = time.perf_counter()
        c = self.campaign()
        group = GroupBy(self.group_combo.currentData() or GroupBy.CONSULATE)
        counts = self.model.conflicts
        rows = self.visible_rows()
        days = campaign_days(c.starts_on, c.ends_on) if c is not None else []
        layout = build_layout(self._occurrences(rows, days), days, group_by=group,
                              lane_names=self.office_names, conflicts=counts)
        self.grid.set_formats({r.id: r.format for r in rows})
        if c is None:
            empty = self.tr("No campaign yet. Create one with New campaign…, or copy last "
                            "year's plan with Copy last year….")
        elif not self.model.rowCount():
            empty = self.tr("No events in Labor Rights Week %1 yet. Add one with New event…, "
                            "or copy last year's plan with Copy last year….").replace(
                "%1", str(c.year))
        elif not layout.blocks and rows:
            empty = self.tr("None of the events shown falls on the campaign's days; see the "
                            "list below the grid.")
        else:
            empty = self.tr("No event matches the search and filters.")
        self.grid.set_layout(layout, empty)
        self._show_outside(layout.outside)
        self.timings["layout"] = time.perf_counter() - started

    def _occurrences(self, rows: list[EventRow], days: list[date]) -> list[EventRow]:
        """A recurring event on the grid once per occurrence on the campaign's days (cancelled
        ones marked so, moved ones where they moved); one that has none there stays one row,
        listed as outside the days."""
        recurring = [r.id for r in rows if r.recurring]
        if not recurring or not days:
            return rows
        start = datetime.combine(days[0] - timedelta(days=1), dtime(0), UTC)
        end = datetime.combine(days[-1] + timedelta(days=2), dtime(0), UTC)
        try:
            found = list_occurrences(self.db, start, end, year=self.year, event_ids=recurring)
        except ConsularError as exc:
            show_error(self, exc)
            return rows
        shown = set(days)
        by_event: dict[str, list[EventRow]] = defaultdict(list)
        for occ in found:
            if occ.starts.date() in shown:
                by_event[occ.event.id].append(replace(
                    occ.event, starts=occ.starts, ends=occ.ends, has_outcome=occ.has_outcome,
                    status=EventStatus.CANCELLED.value if occ.cancelled else occ.event.status))
        expanded: list[EventRow] = []
        for row in rows:
            expanded.extend(by_event.get(row.id) or [row])
        return expanded

    def _show_outside(self, outside: list[EventRow]) -> None:
        if not outside:
            self.outside_label.hide()
            return
        c = self.campaign()
        links = []
        for row in outside[:MAX_OUTSIDE_LISTED]:
            when = f"{day_text(row.local_day)} {span_text(row.starts, row.ends)}"
            links.append(f"<a href='{esc(row.id)}'>{esc(row.id)}</a> ({esc(when)})")
        more = len(outside) - MAX_OUTSIDE_LISTED
        if more > 0:
            links.append(esc(self.tr("and %1 more (see the list)").replace("%1", str(more))))
        intro = QCoreApplication.translate(
            "LrwPage", "%n event(s) fall outside the campaign's days (%1 to %2) and are not in "
            "the grid:", None, len(outside))
        if c is not None:
            intro = intro.replace("%1", day_text(c.starts_on)).replace("%2", day_text(c.ends_on))
        self.outside_label.setText(f"⚠ {esc(intro)} " + ", ".join(links))
        self.outside_label.show()

    def _outside_link(self, event_id: str) -> None:
        self.views.setCurrentIndex(1)
        self.select_event(event_id, source="link")

    def event_tooltip(self, event_id: str) -> str:
        row = self.model.row_by_id(event_id)
        if row is None:
            return ""
        lines = [
            row.shown_title() + (" " + self.tr("(cancelled)") if row.cancelled else ""),
            f"{long_day_text(row.local_day)} {span_text(row.starts, row.ends)} "
            f"({row.time_zone})",
            f"{format_label(row.format)} · {status_label(row.status)}",
            row.shown_venue() + (f", {row.address}" if row.address else ""),
        ]
        if row.host_name:
            lines.append(self.tr("Host: %1").replace("%1", row.host_name))
        if row.office_ids:
            lines.append(self.tr("Offices: %1").replace("%1", ", ".join(row.office_ids)))
        lines.append(staff_sentence(row))
        lines.append(languages_sentence(row))
        for message in self.model.conflict_messages.get(event_id, []):
            lines.append(f"⚠ {message}")
        return "\n".join(lines)

    # --- selection ------------------------------------------------------------------------------

    def select_event(self, event_id: str, source: str = "") -> bool:
        """Make `event_id` the selected event in the grid, the list and the staffing panel."""
        if self._selecting:
            return False
        self._selecting = True
        try:
            row = self.model.row_by_id(event_id) if event_id else None
            self.current_event = row.id if row is not None else ""
            shown = False
            if row is not None:
                # The view the choice came from already shows it; the other one follows.
                in_grid = source == "grid" or self.grid.set_current_event(
                    row.id, scroll=source != "load")
                in_list = source == "list" or self._select_in_list(row.id)
                shown = in_grid or in_list
            else:
                self.grid.set_current_event("")
                self.list_view.selectionModel().clearSelection()
            self.staffing.show_event(row, self.model.conflict_messages.get(event_id, []))
            self._update_buttons()
            return shown
        finally:
            self._selecting = False

    def _select_in_list(self, event_id: str) -> bool:
        position = self.model.position_of(event_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            return False
        selection = self.list_view.selectionModel()
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                  | selection.SelectionFlag.Rows)
        self.list_view.scrollTo(index)
        return True

    def _list_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.select_event(str(current.data(ID_ROLE) or ""), source="list")

    def selected_event(self) -> EventRow | None:
        return self.model.row_by_id(self.current_event) if self.current_event else None

    def _focus_view(self) -> None:
        if self.views.currentIndex() == 0:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.current_event and self.proxy.rowCount():
                self.list_view.selectRow(0)

    def _view_switched(self) -> None:
        self.settings.set_last_tab(SETTINGS_KEY, "list" if self.views.currentIndex() else "grid")
        if self.current_event:
            self.select_event(self.current_event)

    def _update_buttons(self) -> None:
        row = self.selected_event()
        has_campaign = self.campaign() is not None
        for widget in (self.edit_event_button, self.edit_event_action, self.delete_event_button,
                       self.delete_event_action):
            widget.setEnabled(row is not None)
        can_cancel = row is not None and not row.cancelled
        self.cancel_event_button.setEnabled(can_cancel)
        self.cancel_event_action.setEnabled(can_cancel)
        for widget in (self.new_event_button, self.new_event_action, self.edit_campaign_button,
                       self.publish_button, self.export_button, self.send_button):
            widget.setEnabled(has_campaign)

    # --- the window's hooks ---------------------------------------------------------------------

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def show_record(self, record_type: str, record_id: str) -> bool:
        if record_type == "campaign":
            try:
                return self.set_campaign(int(record_id))
            except ValueError:
                return False
        if record_type != "event":
            return False
        try:
            year = get_event_row(self.db, record_id).year
        except NotFoundError:
            return False
        if year != self.year:
            self.set_campaign(year)
        if self.model.row_by_id(record_id) is None:
            return False
        if self.select_event(record_id, source="record"):
            return True
        self.clear_filters()
        self.status.emit(self.tr("The filters were cleared to show %1.").replace("%1", record_id))
        return self.select_event(record_id, source="record")

    def apply_change(self, change: Change) -> None:
        """A write, made here or elsewhere: read again just what it touches."""
        tables = change.tables()
        if not tables & WATCHES:
            return
        if tables & {OFFICE, AGENCY}:
            self._load_directory()
        if CAMPAIGN in tables:
            year = self.year
            created = change.ids(CAMPAIGN, CREATED) - change.ids(CAMPAIGN, DELETED)
            if len(created) == 1 and (year is None or not self.model.rowCount()):
                year = int(next(iter(created)))  # a campaign just made here: show it
            self.refresh_campaigns(select=year)
            return
        if self.year is None:
            return
        touched = self._events_touched(change)
        if touched is None:
            self.refresh_events({row.id for row in self.model.rows()} | change.ids(EVENT))
        elif touched:
            self.refresh_events(touched)
        if RELEASE in tables:
            self._load_releases()
        if tables & PROBLEM_TABLES:
            self.refresh_conflicts(self._recheck_focus(change))
        if tables & {EVENT, ASSIGNMENT}:
            self.campaigns = list_campaigns(self.db)  # the counts beside the campaign
            self._refresh_campaign_texts()
            self._show_campaign_info()
        elif tables & {PERSON, MEMBERSHIP} and self.current_event:
            self.staffing.show_event(self.selected_event(),
                                     self.model.conflict_messages.get(self.current_event, []))

    def _events_touched(self, change: Change) -> set[str] | None:
        """The events of this campaign whose rows the Change alters (None: cannot tell, read
        them all): the events it names, the events of its assignments (a removed assignment's
        event is the one shown, or unknown), those hosted by a changed consulate and those a
        changed person is staffing (their languages count)."""
        touched = set(change.ids(EVENT))
        removed = change.ids(ASSIGNMENT, DELETED)
        if removed and not touched:
            if not self.current_event:
                return None
            touched.add(self.current_event)
        elif removed and self.current_event:
            touched.add(self.current_event)
        touched |= event_ids_of(self.db, assignment_ids=change.ids(ASSIGNMENT) - removed,
                                person_ids=change.ids(PERSON))
        consulates = change.ids(CONSULATE)
        if consulates:
            touched |= {row.id for row in self.model.rows()
                        if row.host_consulate_id in consulates}
        return touched

    def reload(self) -> None:
        self._load_directory()
        self.campaigns = list_campaigns(self.db)
        self._refresh_campaign_texts()
        self.load_campaign(self.year)

    def _refresh_campaign_texts(self) -> None:
        for c in self.campaigns:
            index = self.campaign_combo.findData(c.year)
            if index >= 0:
                self.campaign_combo.setItemText(index, self._campaign_text(c))

    def refresh_events(self, event_ids: set[str]) -> None:
        """Read just these events again (narrow update: selection and scroll stay)."""
        if self.year is None:
            return
        fresh = {r.id: r for r in list_events(self.db, self.year, event_ids=event_ids)}
        for event_id in event_ids:
            row = fresh.get(event_id)
            if row is None:
                self.model.remove(event_id)
            else:
                self.model.upsert(row)
        self._refresh_filter_choices()
        self._filters_changed()  # also lays the grid out again
        if self.current_event and self.model.row_by_id(self.current_event) is None:
            self.current_event = ""
        self.select_event(self.current_event)

    # --- problems -------------------------------------------------------------------------------

    def _recheck_focus(self, change: Change) -> set[str] | None:
        """The events whose problems are all a Change can alter, when it touched events and
        assignments only and each of those is known (None: check the whole campaign). An
        assignment removed or changed on its own may have been on another event: unknown."""
        if not change.tables() <= {EVENT, ASSIGNMENT}:
            return None
        events = change.ids(EVENT)
        if change.ids(ASSIGNMENT, DELETED) and not change.ids(EVENT, DELETED):
            return None
        updated = change.ids(ASSIGNMENT, UPDATED) - change.ids(ASSIGNMENT, DELETED)
        if updated and not event_ids_of(self.db, assignment_ids=updated) <= events:
            return None  # a shift edited, or an assignment moved: from where is not known
        created = change.ids(ASSIGNMENT, CREATED) - change.ids(ASSIGNMENT, DELETED)
        return events | event_ids_of(self.db, assignment_ids=created)

    def refresh_conflicts(self, focus: set[str] | None = None) -> None:
        """Recompute the campaign's problems in a worker; a newer request wins. With `focus`
        (the events a write touched), only what it can affect is checked again
        (conflicts.recheck), from the complete list of the campaign shown."""
        self._conflicts_scheduled = False
        if self.year is None:
            self._conflicts_done(self._conflict_generation, [])
            return
        if self.conflict_task is not None and self.conflict_task.running:
            self._conflicts_again = True  # one more (whole) pass once this one ends
            self.conflicts_panel.set_pending()
            return
        self._conflict_generation += 1
        generation, year = self._conflict_generation, self.year
        self.conflicts_panel.set_pending()
        if focus is not None and self._conflicts_of == year:
            task = Task(recheck, self.db, year, list(self.conflicts), focus, pass_progress=False)
        else:
            task = Task(find_conflicts, self.db, year, pass_progress=False)
        task.succeeded.connect(
            lambda found: _alive(self) and self._conflicts_done(generation, found, year))
        task.failed.connect(lambda exc: _alive(self) and show_error(self, exc))
        task.finished.connect(lambda: _alive(self) and self._conflict_task_finished())
        self.conflict_task = task.start()

    def _conflict_task_finished(self) -> None:
        self.conflict_task = None
        if self._conflicts_again:
            self._conflicts_again = False
            self.refresh_conflicts()

    @property
    def conflicts_pending(self) -> bool:
        return self.conflict_task is not None or self._conflicts_again or \
            self._conflicts_scheduled

    def _conflicts_done(self, generation: int, found: list[Conflict],
                        year: int | None = None) -> None:
        if generation != self._conflict_generation or self._conflicts_again:
            return
        self.conflicts = found
        self._conflicts_of = year
        counts: dict[str, int] = defaultdict(int)
        messages: dict[str, list[str]] = defaultdict(list)
        for c in found:
            if c.acknowledged:
                continue
            for event_id in c.event_ids:
                counts[event_id] += 1
                messages[event_id].append(c.message)
        self.model.set_conflicts(counts, messages)
        self.conflicts_panel.set_conflicts(found)
        self.relayout()
        if self.current_event:
            self.staffing.show_event(self.selected_event(),
                                     self.model.conflict_messages.get(self.current_event, []))

    def _show_problem_count(self, count: int) -> None:
        self.bottom_tabs.setTabText(0, self.tr("Problems (%1)").replace("%1", str(count))
                                    if count else self.tr("Problems"))

    def _conflict_event_chosen(self, event_id: str) -> None:
        if (not self.select_event(event_id, source="conflict")
                and self.model.row_by_id(event_id) is not None):
            self.clear_filters()
            self.select_event(event_id, source="conflict")

    # --- events ---------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        if self.current_event:
            self.open_editor(self.current_event)

    def open_editor(self, event_id: str | None) -> QDialog | None:
        """Open the event editor without blocking; the result comes back in _editor_done."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        if event_id is None and self.year is None:
            return None
        from ui.dialogs.event_dialog import EventDialog

        consulate = self.consulate_filter.currentData()
        try:
            dialog = EventDialog(self.db, event_id, self, self.settings, year=self.year,
                                 consulate_id=consulate if event_id is None else None)
        except ConsularError as exc:
            show_error(self, exc)
            return None
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._editor_done(dialog, result))
        dialog.open()
        return dialog

    def _editor_done(self, dialog: Any, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or not dialog.change:
            return
        saved = dialog.saved_id  # the bus has brought the change to every page by now
        self.current_event = saved
        if not self.select_event(saved, source="editor"):
            self.status.emit(self.tr("Saved %1; the search or filters hide it.").replace(
                "%1", saved))
        else:
            self.status.emit(self.tr("Saved %1.").replace("%1", saved))

    def cancel_selected(self, *, confirm: bool = True) -> None:
        row = self.selected_event()
        if row is None or row.cancelled:
            return
        if confirm and QMessageBox.question(
            self, self.tr("Cancel event"),
            self.tr("Cancel “%1” (%2)? It stays in the schedule marked cancelled, so partners' "
                    "calendars are told.").replace("%1", row.shown_title()).replace("%2", row.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        ops.cancel_event(self, self.db, row.id).success(
            lambda _change: self.status.emit(self.tr("Cancelled %1.").replace("%1", row.id))
        ).run()

    def delete_selected(self, *, confirm: bool = True) -> None:
        row = self.selected_event()
        if row is None:
            return
        if confirm and QMessageBox.question(
            self, self.tr("Delete event"),
            self.tr("Delete “%1” (%2) and its staff assignments? Use this for an event made by "
                    "mistake; to call a real event off, cancel it instead so partners are "
                    "told.").replace("%1", row.shown_title()).replace("%2", row.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        ops.delete_event(self, self.db, row.id).success(
            lambda _change: self.status.emit(self.tr("Deleted event %1 and its staff "
                                                     "assignments.").replace("%1", row.id))
        ).run()

    # --- campaign actions -----------------------------------------------------------------------

    def _open(self, dialog: QDialog, done: Callable[[QDialog], None],
              *, however_closed: bool = False) -> QDialog:
        """Open `dialog`; call `done` when it is accepted (or closed at all: `however_closed`)."""
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if however_closed or result == QDialog.DialogCode.Accepted:
                done(dialog)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def new_campaign(self) -> QDialog | None:
        from ui.dialogs.campaign_dialog import CampaignDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        newest = max((c.year for c in self.campaigns), default=None)
        suggested = newest + 1 if newest else None
        dialog = CampaignDialog(self.db, None, self, self.settings, suggested_year=suggested)
        return self._open(dialog, self._campaign_saved)

    def edit_campaign(self) -> QDialog | None:
        from ui.dialogs.campaign_dialog import CampaignDialog

        c = self.campaign()
        if c is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        note = ""
        if c.is_reference:
            note = self.tr("From the reference data — source: %1. Once you save, it counts as "
                           "edited.").replace("%1", c.source)
        dialog = CampaignDialog(self.db, c.year, self, self.settings, reference_note=note)
        return self._open(dialog, self._campaign_saved)

    def _campaign_saved(self, dialog: Any) -> None:
        """Saved through an operation (the bus refreshed the campaigns): show it."""
        if dialog.saved_id:
            self.set_campaign(int(dialog.saved_id))

    def copy_last_year(self) -> QDialog | None:
        from ui.dialogs.campaign_dialog import CopyYearDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        target = self.year if self.year is not None and not any(
            c.year == self.year and c.event_count for c in self.campaigns) else None
        dialog = CopyYearDialog(self.db, self.campaigns, self, target_year=target)
        # The copy is saved the moment it is made: Escape or the title bar's X after it must
        # still show the new campaign.
        return self._open(dialog, self._copied, however_closed=True)

    def _copied(self, dialog: Any) -> None:
        result = dialog.result_data
        if result is None:
            return
        self.set_campaign(result.target_year)
        self.status.emit(QCoreApplication.translate(
            "LrwPage", "Copied %n event(s) from %1 to %2.", None, len(result.event_ids))
                         .replace("%1", str(result.source_year))
                         .replace("%2", str(result.target_year)))

    def publish(self) -> QDialog | None:
        from ui.dialogs.publish_dialog import PublishDialog

        if self.year is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        try:
            dialog = PublishDialog(self.db, self.year, self, self.settings)
        except ConsularError as exc:
            show_error(self, exc)
            return None

        def done(d: Any) -> None:
            self.bottom_tabs.setCurrentIndex(1)
            self.status.emit(d.result_text())

        return self._open(dialog, done)

    def send(self, audience: str = "partners") -> QDialog | None:
        """E-mail drafts for partners or meeting requests for staff (the send dialog)."""
        from ui.dialogs.send_dialog import SendDialog

        if self.year is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = SendDialog(self.db, self.year, self, self.settings, audience=audience)
        return self._open(dialog, lambda _d: None, however_closed=True)

    def calendar_scope(self) -> tuple[str, str]:
        """What a calendar export starts with: the consulate filtered on, else the host
        consulate of the event in hand (the calendar its liaison needs), else the office
        filtered on, else everything."""
        selected = self.selected_event()
        if self.consulate_filter.currentData():
            return "consulate", str(self.consulate_filter.currentData())
        if selected is not None and selected.host_consulate_id:
            return "consulate", selected.host_consulate_id
        if self.office_filter.currentData():
            return "office", str(self.office_filter.currentData())
        return "all", ""

    def export_calendar(self) -> QDialog | None:
        from ui.dialogs.calendar_dialog import CalendarDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        scope, record_id = self.calendar_scope()
        dialog = CalendarDialog(self.db, self.settings, self, year=self.year, scope=scope,
                                record_id=record_id)
        dialog.exported.connect(self.status)
        return self._open(dialog, lambda _d: None)
