"""The main window: navigation on the left, one page at a time, menus, status bar.

Pages are built the first time they are shown, so start-up costs one page at most. Every write
goes through ui.operations and is announced once on the database's ChangeBus, which every page
listens to (the window relays nothing). Edit > Undo and Redo walk the session's undo history
(ui.operations.undo); a delete also leaves an Undo button in the status bar until another edit
is done or undone, or until the user dismisses it.
"""

from __future__ import annotations

import importlib
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import consularapp
from consularapp.db import Database, open_database
from consularapp.undo import Step
from ui import clock, operations
from ui.errors import show_error
from ui.pages.base import Page
from ui.settings import Settings
from ui.widgets.banner import AttentionBanner

if TYPE_CHECKING:  # imported when the page is first shown, to keep start-up short
    from ui.pages.directory_page import DirectoryPage

WINDOW_KEY = "main_window"
# Windows made by MainWindow.relaunch, kept alive here (nothing else holds them).
_OPEN_WINDOWS: list[MainWindow] = []


def _forget(window: object) -> None:
    if window in _OPEN_WINDOWS:
        _OPEN_WINDOWS.remove(window)  # type: ignore[arg-type]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    description: str  # what the page is for: the page list's tooltip and accessible description


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("dashboard", _tr("Dashboard"), _tr(
            "What needs attention, on one screen: agreements due for renewal in the coming "
            "months or already lapsed, the next Labor Rights Week and its events still short of "
            "staff or languages, and the people whose membership ended recently.")),
        PageSpec("agreements", _tr("Agreements"), _tr(
            "The local agreements between your offices and the consulates: who signed them, "
            "their term, and whether each is in force, due for renewal, expired, terminated or "
            "replaced by a renewal — computed from the dates, never typed. Renewals link to the "
            "agreement they replace, so the history stays whole.")),
        PageSpec("directory", _tr("Directory"), ""),
        PageSpec("lrw", _tr("Labor Rights Week"), _tr(
            "Plan each year's Labor Rights Week: events at consulates and partner venues, each "
            "in its own time zone, the offices taking part and the staff assigned, with warnings "
            "for double bookings and missing languages. Copy last year's plan to start, and send "
            "partners calendar files and bilingual schedules.")),
        PageSpec("outreach", _tr("All year"), _tr(
            "Outreach all year: regular visits to consulate waiting rooms, implementation-team "
            "meetings and other events outside Labor Rights Week, month by month; recurring "
            "events with single occurrences cancelled or moved; outcomes of each occurrence.")),
        PageSpec("reports", _tr("Reports"), _tr(
            "Printable and shareable reports: agreements by region and status, the Labor Rights "
            "Week schedule in English and Spanish, staff rosters with blank lines for open "
            "slots, and calendar files for Outlook and Google Calendar.")),
    ]


# The module and class of every page. Modules load on first show, so start-up pays only for the
# page it opens on.
PAGE_CLASSES: dict[str, tuple[str, str]] = {
    "dashboard": ("ui.pages.dashboard_page", "DashboardPage"),
    "agreements": ("ui.pages.agreements_page", "AgreementsPage"),
    "directory": ("ui.pages.directory_page", "DirectoryPage"),
    "lrw": ("ui.pages.lrw_page", "LrwPage"),
    "outreach": ("ui.pages.outreach_page", "OutreachPage"),
    "reports": ("ui.pages.reports_page", "ReportsPage"),
}
# Which page shows which kind of record, for open_record (the dashboard's items, say).
RECORD_PAGES: dict[str, tuple[str, ...]] = {
    "agreements": ("agreement",),
    "directory": ("office", "consulate", "person"),
    "lrw": ("event", "campaign"),
}


class UndoNotice(QWidget):
    """'Delete office X [Undo] [×]' in the status bar until used, dismissed or overtaken.

    A permanent status-bar widget, so status messages show beside it rather than over it, and
    no timer: the offer stays until another edit (or an undo) makes it stale. Its Undo is the
    Edit menu's: the same history, the same step."""

    availability_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.button = QPushButton(_tr("&Undo"), self)
        self.button.setAccessibleName(_tr("Undo the delete"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(_tr("Dismiss the undo offer"))
        self.close_button.setToolTip(_tr("Dismiss (the delete stays)"))
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self.button.clicked.connect(lambda: self.undo())
        self.close_button.clicked.connect(lambda: self.dismiss())
        self.hide()

    def offer(self, message: str, undo: Callable[[], None]) -> None:
        self._undo = undo
        self.label.setText(message)
        self.button.setAccessibleDescription(message)
        self.show()
        self.availability_changed.emit(True)

    @property
    def available(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._undo = None
        self.hide()
        self.availability_changed.emit(False)


def install_helpers() -> None:
    """What every window of the application gets once: the focus ring around the focused
    control, and the keyboard helpers (Tab into a table selects its row, digits typed into a
    time field after a click, the whole text of a cut-off cell as its tooltip)."""
    from PySide6.QtWidgets import QApplication

    from ui.widgets import focus_ring, keyboard

    app = QApplication.instance()
    if isinstance(app, QApplication):
        keyboard.install(app)
        focus_ring.install(app)


class MainWindow(QMainWindow):
    """The app's window over one database. `owns_db`: close the database with the window."""

    def __init__(
        self,
        db: Database,
        settings: Settings | None = None,
        owns_db: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        from ui import colours

        # Before the window exists, so that it is built with the palette already set.
        colours.follow_placeholders()  # field hints readable (4.5:1) on the system's palette
        super().__init__(parent)
        install_helpers()
        self.db = db
        self.owns_db = owns_db
        self.settings = settings or Settings()
        self.specs = page_specs()
        self.pages: dict[str, Page] = {}
        self.offered_step: Step | None = None
        self.setWindowTitle("ConsularApp")
        self._build()
        self._build_menus()
        self._show_database()
        if not self.settings.restore_window_state(self, WINDOW_KEY):
            self.resize(1280, 800)
        last = self.settings.last_page
        keys = [s.key for s in self.specs]
        self.show_page(last if last in keys else "dashboard")
        # What needs attention, counted off the UI thread once the window is up.
        QTimer.singleShot(0, self.check_attention)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = AttentionBanner(central)
        self.banner.show_requested.connect(lambda: self.show_page("dashboard"))
        outer.addWidget(self.banner)
        # Navigation and page side by side; the user can drag the navigation narrower or wider.
        self.nav_splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.nav_splitter.setChildrenCollapsible(False)
        outer.addWidget(self.nav_splitter, 1)
        self.nav = QListWidget(central)
        self.nav.setAccessibleName(_tr("Pages"))
        self.nav.setAccessibleDescription(_tr("Choose a page; Ctrl+1 to Ctrl+6 switch directly"))
        # As wide as the longest page name in the font (the system's text size), padding and a
        # scroll bar's width included.
        widest = max(self.nav.fontMetrics().horizontalAdvance(spec.title) for spec in self.specs)
        self.nav.setMinimumWidth(max(110, widest + 40))
        self.nav.setMaximumWidth(max(260, widest + 80))
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        for n, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(_tr("%1 (Ctrl+%2)").replace("%1", spec.title).replace("%2", str(n))
                            + "\n" + spec.description)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, spec.description)
            self.nav.addItem(item)
        self.stack = QStackedWidget(central)
        self.stack.setAccessibleName(_tr("Page"))
        for _spec in self.specs:
            self.stack.addWidget(QWidget())  # stand-ins until each page is first shown
        self.nav_splitter.addWidget(self.nav)
        self.nav_splitter.addWidget(self.stack)
        self.nav_splitter.setStretchFactor(0, 0)
        self.nav_splitter.setStretchFactor(1, 1)
        # As wide as the longest page name in the window's language ("Semana de Derechos
        # Laborales"), so none is cut off; the user can still drag it.
        metrics = self.nav.fontMetrics()
        needed = max(metrics.horizontalAdvance(spec.title) for spec in self.specs) + 16 + 2 * (
            self.nav.frameWidth() + 4)
        self.nav.setMaximumWidth(max(260, needed))
        self.nav_splitter.setSizes([max(150, needed), 1100])
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._banner_first()

        self.database_label = QLabel(self)
        self.database_label.setAccessibleName(_tr("Database in use"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_notice = UndoNotice(self)
        # Permanent: a status message shows beside the offer instead of hiding it.
        self.statusBar().addPermanentWidget(self.undo_notice)
        self.statusBar().addPermanentWidget(self.database_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("&File"))
        self.open_action = QAction(_tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        from consularapp import policy

        if policy.current().database_url is not None:  # IT fixed it: no other database here
            self.open_action.setEnabled(False)
            self.open_action.setToolTip(_tr("The database is set by your administrator."))
        self.connect_action = QAction(_tr("Connect to &team database…"), self)
        self.connect_action.triggered.connect(self.connect_team_database)
        if policy.current().database_url is not None:
            self.connect_action.setEnabled(False)
            self.connect_action.setToolTip(_tr("The database is set by your administrator."))
        self.import_action = QAction(_tr("&Import workbook…"), self)
        self.import_action.triggered.connect(self.import_workbook)
        self.export_action = QAction(_tr("&Export workbook…"), self)
        self.export_action.triggered.connect(self.export_workbook)
        self.quit_action = QAction(_tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        self.calendar_action = QAction(_tr("Export &calendar…"), self)
        self.calendar_action.triggered.connect(self.export_calendar)
        file_menu.addAction(self.calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(_tr("&Edit"))
        self.undo_action = QAction(_tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(_tr("&Redo"), self)
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.redo)
        self.find_action = QAction(_tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.options_action = QAction(_tr("&Options…"), self)
        self.options_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.options_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.options_action.triggered.connect(self.show_options)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.options_action)
        self.home_action = QAction(_tr("My &home office…"), self)
        self.home_action.triggered.connect(self.choose_home_office)
        edit_menu.addAction(self.home_action)
        self._watch_undo()

        view_menu = self.menuBar().addMenu(_tr("&View"))
        self.page_actions: list[QAction] = []
        for n, spec in enumerate(self.specs, start=1):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            view_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = self.menuBar().addMenu(_tr("&Help"))
        self.about_action = QAction(_tr("&About ConsularApp"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # --- pages ----------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [s.key for s in self.specs]

    def _create_page(self, spec: PageSpec) -> Page:
        module_name, class_name = PAGE_CLASSES[spec.key]
        page_class = getattr(importlib.import_module(module_name), class_name)
        page: Page = page_class(self.db, self.settings)
        page.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        page.open_record.connect(self.open_record)
        return page

    def open_record(self, record_type: str, record_id: str) -> bool:
        """Show the page that holds records of `record_type` with `record_id` selected."""
        for key, types in RECORD_PAGES.items():
            if record_type in types:
                page = self.show_page(key)
                if page.show_record(record_type, record_id):
                    return True
        self.statusBar().showMessage(
            _tr("{kind} {id} is not shown on any page.").format(kind=record_type, id=record_id),
            8000,
        )
        return False

    def _banner_first(self) -> None:
        """The banner sits at the top: its buttons come first in the Tab order, before the
        navigation and the page (pages built later must not come between)."""
        QWidget.setTabOrder(self.banner.show_button, self.banner.dismiss_button)
        QWidget.setTabOrder(self.banner.dismiss_button, self.nav)

    def page(self, key: str) -> Page:
        """The page `key`, created if it was never shown (without showing it)."""
        if key not in self.pages:
            position = self.page_keys().index(key)
            page = self._create_page(self.specs[position])
            stand_in = self.stack.widget(position)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.insertWidget(position, page)
            self.pages[key] = page
            self._banner_first()
            if self.isVisible():
                # Built after the window is up: lay its tables out now, as show() does for a
                # page built before, so hidden tabs are complete (corner buttons hidden).
                for view in page.findChildren(QAbstractItemView):
                    view.doItemsLayout()
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        position = self.page_keys().index(key)
        page = self.page(key)
        self.stack.setCurrentIndex(position)
        if self.nav.currentRow() != position:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(position)
            self.nav.blockSignals(False)
        self.settings.last_page = key
        return page

    def current_page_key(self) -> str:
        return self.page_keys()[self.stack.currentIndex()]

    def current_page(self) -> Page:
        return self.page(self.current_page_key())

    def directory_page(self) -> DirectoryPage:
        """The Directory page, shown (benchmarks reach the people search box through it)."""
        return self.show_page("directory")  # type: ignore[return-value]

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.show_page(self.specs[row].key)

    def focus_search(self) -> None:
        if not self.current_page().focus_search():
            self.statusBar().showMessage(_tr("This page has nothing to search yet."), 4000)

    # --- undo -----------------------------------------------------------------------------------

    @property
    def undo_stack(self) -> operations.undo.UndoStack:
        return operations.context(self.db).undo

    def _watch_undo(self) -> None:
        stack = self.undo_stack
        stack.changed.connect(self._undo_state_changed)
        stack.offered.connect(self._offer_step)
        stack.replayed.connect(self._show_replayed)
        self._undo_state_changed()

    def _undo_state_changed(self) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.can_undo())
        self.redo_action.setEnabled(stack.can_redo())
        self.undo_action.setText(_tr("&Undo %1").replace("%1", stack.undo_label())
                                 if stack.can_undo() else _tr("&Undo"))
        self.redo_action.setText(_tr("&Redo %1").replace("%1", stack.redo_label())
                                 if stack.can_redo() else _tr("&Redo"))
        if self.offered_step is not None and stack.top() is not self.offered_step:
            self.offered_step = None
            self.undo_notice.dismiss()

    def _show_replayed(self, _step: Step, state: dict[tuple[str, str], object]) -> None:
        """After an undo or redo, select on the current page a record it brought back."""
        key = self.current_page_key()
        for (table, record_id), value in sorted(state.items()):
            if value is not None and table in RECORD_PAGES.get(key, ()) and \
                    self.current_page().show_record(table, record_id):
                return

    def _offer_step(self, step: Step) -> None:
        self.offered_step = step
        self.undo_notice.offer(step.label, self.undo)

    def undo(self) -> None:
        """Edit > Undo: take back the last edit of this session (Ctrl+Z)."""
        message = self.undo_stack.undo(self)
        if message:
            self.statusBar().showMessage(message, 8000)

    def redo(self) -> None:
        """Edit > Redo: do again what was undone (Ctrl+Shift+Z)."""
        message = self.undo_stack.redo(self)
        if message:
            self.statusBar().showMessage(message, 8000)

    def reload_pages(self) -> None:
        operations.bus(self.db).reload()

    def check_attention(self) -> None:
        """Fill the start-up banner with what needs attention (hidden when nothing does).

        When the window opened on the dashboard, the page has just counted the same thing for
        today in the remembered scope: say that instead of counting again beside the first paint.
        """

        from ui.widgets.banner import remembered_scope

        page = self.pages.get("dashboard")
        board = getattr(page, "board", None)
        scope = remembered_scope(self.settings, self.db)
        if board is not None and board.as_of == clock.today() and page.scope() == scope:
            self.banner.show_board(board, scope)
        else:
            self.banner.check(self.db, self.settings)


    # --- database -------------------------------------------------------------------------------

    def _show_database(self) -> None:
        """The database in the title and the status bar; a demonstration database says so in
        both, so nobody mistakes it for their own records."""
        from consularapp.demo import is_demonstration
        from ui.team import status_text, watch

        path = self.db.sqlite_path
        shown = str(path) if path is not None else self.db.url
        team = status_text(self.db)
        url = self.db.engine.url
        name = path.name if path is not None else f"{url.host}/{url.database}"
        self.demonstration = is_demonstration(self.db)
        if self.demonstration:
            self.database_label.setText(
                _tr("Demonstration data (not your records): %1").replace("%1", shown))
            self.setWindowTitle(_tr("ConsularApp — Demonstration — %1").replace("%1", name))
        else:
            self.database_label.setText(team or _tr("Database: %1").replace("%1", shown))
            self.setWindowTitle(_tr("ConsularApp — %1").replace("%1", name))
        self.database_label.setToolTip(self.db.url)
        if getattr(self, "watcher", None) is not None:
            self.watcher.stop()
        self.watcher = watch(self.db, self)
        if self.watcher is not None:
            self.watcher.changed.connect(self.remote_change)

    def choose_home_office(self) -> str | None:
        """Choose the office the dashboard, the partner matrix and the week grid open on."""
        from PySide6.QtWidgets import QInputDialog

        from consularapp.directory import list_offices
        from ui.settings import (
            AGREEMENTS_AGENCY,
            AGREEMENTS_REGION,
            DASHBOARD_AGENCY,
            DASHBOARD_REGION,
        )
        from ui.team import home_office, set_home_office

        offices = list_offices(self.db)
        labels = [_tr("No home office")] + [f"{o.name} ({o.id})" for o in offices]
        current = home_office(self.db, self.settings)
        at = next((n + 1 for n, o in enumerate(offices) if o.id == current), 0)
        label, ok = QInputDialog.getItem(
            self, _tr("My home office"),
            _tr("The dashboard, the partner matrix and the week grid open on this office "
                "(All is one click away there):"), labels, at, False)
        if not ok:
            return None
        chosen = offices[labels.index(label) - 1].id if labels.index(label) > 0 else None
        set_home_office(self.db, self.settings, chosen)
        for opt in (DASHBOARD_AGENCY, DASHBOARD_REGION, AGREEMENTS_AGENCY, AGREEMENTS_REGION):
            self.settings.store.remove(opt.key)  # open on the new home from now on
        from consularapp.partnerships import Scope
        from ui.team import home_scope

        scope = home_scope(self.db, self.settings) or Scope()
        bars = [getattr(self.pages.get("dashboard"), "scope_bar", None)]
        agreements = self.pages.get("agreements")
        for part in ("matrix", "timeline"):
            bars.append(getattr(getattr(agreements, part, None), "scope_bar", None))
        for bar in bars:
            if bar is not None:  # pages already open move there now
                bar.set_scope(scope)
                bar.scope_changed.emit(bar.scope())
        week = self.pages.get("lrw")
        if week is not None:
            week._home_applied = False  # type: ignore[attr-defined]
            week.reload()
        self.check_attention()
        return chosen

    def remote_change(self, remote: object) -> None:
        """Another user's change: refresh what it names (everything, for a big one), and tell
        any editor open on a record it touched."""
        from PySide6.QtWidgets import QApplication

        from ui.dialogs.form import RecordDialog

        change = getattr(remote, "change", None)
        if change is None:
            self.reload_pages()
            return
        operations.bus(self.db).announce(change, self.watcher)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, RecordDialog) and widget.isVisible():
                widget.changed_elsewhere(change)
        self.statusBar().showMessage(_tr("Updated with a change by another user."), 4000)

    def connect_team_database(self) -> bool:
        """Ask where the team database is, connect, and reopen every page on it."""
        from consularapp.reference import load_reference
        from ui.dialogs.connect_dialog import ConnectDialog
        from ui.team import forget_password, remember_connection, store_password

        dialog = ConnectDialog(self.settings, self)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return False
        connection, password = dialog.connection(), dialog.password()
        try:
            db = open_database(connection.url(password or None))
            if db.created:
                load_reference(db)
        except Exception as exc:
            show_error(self, exc)
            return False
        remember_connection(self.settings, connection)
        if dialog.remember.isChecked() and password:
            if not store_password(connection, password):
                self.statusBar().showMessage(
                    _tr("The password could not be kept; it will be asked next time."), 8000)
        else:
            forget_password(connection)
        self.set_database(db, owns_db=True)
        self.statusBar().showMessage(_tr("Connected to %1").replace("%1", connection.label),
                                     8000)
        return True

    def choose_database(self) -> None:
        folder = self.settings.last_folder("database")
        if not folder and self.db.sqlite_path is not None:
            folder = str(self.db.sqlite_path.parent)
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Open database"), folder,
            _tr("ConsularApp databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.settings.set_last_folder("database", str(Path(path).parent))
            self.open_database_file(path)

    def open_database_file(self, path: str) -> bool:
        """Open the SQLite file `path` and show everything from it; False if refused."""
        from consularapp.reference import load_reference

        try:
            db = open_database(f"sqlite:///{Path(path).resolve()}")
            if db.created:
                load_reference(db)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.set_database(db, owns_db=True)
        self.statusBar().showMessage(_tr("Opened %1").replace("%1", path), 8000)
        return True

    def set_database(self, db: Database, owns_db: bool = True) -> None:
        """Reopen every page on `db` (the pages are rebuilt the next time they are shown)."""
        current = self.current_page_key()
        self._save_pages()
        self.undo_notice.dismiss()
        self.offered_step = None
        old = self.undo_stack
        old.changed.disconnect(self._undo_state_changed)
        old.offered.disconnect(self._offer_step)
        old.replayed.disconnect(self._show_replayed)
        for key, page in list(self.pages.items()):
            position = self.page_keys().index(key)
            self.stack.removeWidget(page)
            self.stack.insertWidget(position, QWidget())
            page.deleteLater()
        self.pages.clear()
        if self.owns_db:
            self.db.close()
        self.db, self.owns_db = db, owns_db
        self._watch_undo()  # the new database's own history (empty)
        self._show_database()
        self.show_page(current)
        self.check_attention()

    # --- workbook -------------------------------------------------------------------------------

    def import_workbook(self) -> None:
        from ui.workbook_actions import ImportFlow

        self.import_flow = ImportFlow(self, self.db, self.settings)
        self.import_flow.choose_and_start()

    def export_workbook(self) -> None:
        from ui.workbook_actions import ExportFlow

        self.export_flow = ExportFlow(self, self.db, self.settings)
        self.export_flow.choose_and_start()

    def export_calendar(self) -> None:
        """File → Export calendar…: a schedule or the agreement deadlines as an .ics file."""
        from ui.dialogs.calendar_dialog import CalendarDialog

        lrw = self.pages.get("lrw")
        scope, record_id = lrw.calendar_scope() if hasattr(lrw, "calendar_scope") else ("all", "")
        dialog = CalendarDialog(self.db, self.settings, self,
                                year=getattr(lrw, "year", None), scope=scope,
                                record_id=record_id)
        dialog.exported.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar_dialog = dialog
        dialog.open()

    # --- options --------------------------------------------------------------------------------

    def show_options(self) -> None:
        """Edit > Options…: the shared settings, one page per area (not blocking)."""
        from ui.dialogs.options_dialog import OptionsDialog

        dialog = OptionsDialog(self.db, self, self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            _tr("Options saved.") if dialog.change else _tr("No option changed."), 8000))
        dialog.accepted.connect(self._language_after_options)
        self.options_dialog = dialog
        dialog.open()

    def _language_after_options(self) -> None:
        """Options > Language was saved: speak it now if the language in force changed."""
        from ui import language

        wanted, _why = language.effective_language(self.settings.interface_language)
        if wanted != language.current_language():
            QTimer.singleShot(0, lambda: self.switch_language(wanted))

    # --- about ----------------------------------------------------------------------------------

    def about_text(self) -> str:
        from html import escape

        import PySide6
        import sqlalchemy
        from PySide6.QtCore import qVersion

        from consularapp import policy

        rows = [
            (_tr("Version"), consularapp.__version__),
            (_tr("Python"), platform.python_version()),
            (_tr("Qt"), qVersion()),
            (_tr("PySide6"), PySide6.__version__),
            (_tr("SQLAlchemy"), sqlalchemy.__version__),
            (_tr("Database"), self.db.url),
        ]
        def table(pairs: list[tuple[str, str]]) -> str:
            cells = "".join(f"<tr><td>{escape(label)}</td><td>{escape(value)}</td></tr>"
                            for label, value in pairs)
            return f"<table cellpadding='2'>{cells}</table>"

        intro = _tr("Directory, agreements and Labor Rights Week planning for the consular "
                    "partnerships of US labor agencies.")
        fixed = policy.current()
        if fixed.items():
            heading = _tr("Set by your administrator (policy %1):").replace("%1", fixed.source)
            managed = f"<p>{escape(heading)}</p>" + table(fixed.items())
        else:
            managed = f"<p>{escape(_tr('No setting is fixed by an administrator policy.'))}</p>"
        managed += "".join(f"<p>{escape(problem)}</p>" for problem in fixed.problems)
        return f"<h3>ConsularApp</h3><p>{intro}</p>{table(rows)}{managed}"

    def show_about(self) -> None:
        QMessageBox.about(self, _tr("About ConsularApp"), self.about_text())

    # --- language -------------------------------------------------------------------

    def switch_language(self, code: str) -> MainWindow | None:
        """Speak `code` from now on: the translators change and the window is built again in
        the new language, with the same database, page, tabs and geometry. Returns the new
        window (None when work in progress keeps this one until it ends)."""
        from ui import language
        from ui.worker import running_tasks

        if running_tasks():
            QMessageBox.information(self, _tr("Language"), _tr(
                "Work is in progress. The window switches to the new language when you press Save "
                "in Options again once it has finished, or when ConsularApp next starts."))
            return None
        app = QCoreApplication.instance()
        assert app is not None
        language.install(app, code)
        return self.relaunch()

    def relaunch(self) -> MainWindow:
        """A new window in this one's place (same database, page, tabs, geometry); this one
        closes without closing the database."""
        self.save_settings()
        window = MainWindow(self.db, self.settings, owns_db=self.owns_db)
        self.owns_db = False
        _OPEN_WINDOWS.append(window)
        window.destroyed.connect(lambda *_a, w=window: _forget(w))
        window.show()
        self._relaunched = True
        self.close()
        self.deleteLater()
        return window

    # --- closing --------------------------------------------------------------------------------

    def _save_pages(self) -> None:
        for page in self.pages.values():
            page.save_state()

    def save_settings(self) -> None:
        self._save_pages()
        self.settings.last_page = self.current_page_key()
        self.settings.save_window_state(self, WINDOW_KEY)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        from ui.worker import cancel_all, running_tasks

        if running_tasks():
            cancel_all()
        self.save_settings()
        if getattr(self, "watcher", None) is not None:
            self.watcher.stop()
            self.watcher = None
        if self.owns_db:
            self.db.close()
        super().closeEvent(event)

