"""Year-round outreach: every event outside Labor Rights Week and every occurrence of a recurring
one, month by month, in each venue's own local time.

The month view shows a month's occurrences day by day (a series expanded for that month only,
never stored occurrence by occurrence); the list beside it gives each occurrence's time, place,
staff against needs and whether its outcome is recorded. From here a coordinator adds or edits an
event (blank year, the `meeting` format, the agreement it is held under, partners taking part, a
repeat rule), cancels, moves or restores one occurrence, and records an occurrence's outcome.
Status is always written (✖ cancelled, ↷ moved, ✎ outcome missing), never colour alone.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consularapp import l10n
from consularapp.changes import ASSIGNMENT, EVENT, OCCURRENCE, OUTCOME, Change
from consularapp.db import Database
from consularapp.events import OccurrenceRow, list_occurrences
from ui import clock
from ui.errors import show_error
from ui.models.lrw_labels import clock_text, day_text, format_label, long_day_text
from ui.pages.base import Page
from ui.settings import Settings
from ui.widgets.flow_layout import FlowLayout

CANCELLED, MOVED, MISSING, RECORDED = "✖", "↷", "✎", "✔"
WATCHES = frozenset({EVENT, OCCURRENCE, OUTCOME, ASSIGNMENT})


def month_window(year: int, month: int) -> tuple[datetime, datetime]:
    """The month's first and last day, padded a day each side (venues span the time zones)."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    return (datetime.combine(first, time(0), UTC) - timedelta(days=1),
            datetime.combine(last + timedelta(days=1), time(0), UTC) + timedelta(days=1))


class OutreachPage(Page):
    """The month view and the list of its occurrences, with the actions on them."""

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.setAccessibleName(self.tr("Year-round outreach"))
        today = clock.today()
        self.year, self.month = today.year, today.month
        self.rows: list[OccurrenceRow] = []
        self.dialog: QWidget | None = None
        self._build()
        self.reload()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(tr("◀ Previous month"), self)
        self.previous_button.setAccessibleName(tr("Previous month"))
        self.month_label = QLabel(self)
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.month_label.setFont(font)
        self.month_label.setAccessibleName(tr("Month shown"))
        self.next_button = QPushButton(tr("Next month ▶"), self)
        self.next_button.setAccessibleName(tr("Next month"))
        self.today_button = QPushButton(tr("This month"), self)
        for w in (self.previous_button, self.month_label, self.next_button, self.today_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        bar = FlowLayout()  # wraps on a narrow window instead of widening it
        self.new_button = QPushButton(tr("New year-round event…"), self)
        self.edit_button = QPushButton(tr("Edit event…"), self)
        self.assign_button = QPushButton(tr("Assign staff…"), self)
        self.assign_button.setAccessibleName(tr("Put a person on the selected occurrence or on "
                                                "the whole series"))
        self.outcome_button = QPushButton(tr("Outcome…"), self)
        self.outcome_button.setAccessibleName(tr("Record what the occurrence achieved"))
        self.cancel_button = QPushButton(tr("Cancel this occurrence"), self)
        self.move_button = QPushButton(tr("Move this occurrence…"), self)
        self.restore_button = QPushButton(tr("Restore occurrence"), self)
        self.restore_button.setAccessibleName(tr("Undo the cancellation or move of the "
                                                 "occurrence"))
        for w in (self.new_button, self.edit_button, self.assign_button, self.outcome_button,
                  self.cancel_button, self.move_button, self.restore_button):
            bar.addWidget(w)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.grid = QTableWidget(6, 7, splitter)
        self.grid.setAccessibleName(tr("Month view"))
        self.grid.setHorizontalHeaderLabels([tr("Monday"), tr("Tuesday"), tr("Wednesday"),
                                             tr("Thursday"), tr("Friday"), tr("Saturday"),
                                             tr("Sunday")])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(True)
        self.list = QTableWidget(0, 7, splitter)
        self.list.setAccessibleName(tr("Occurrences of the month"))
        self.list.setHorizontalHeaderLabels([tr("When (venue time)"), tr("Event"), tr("Format"),
                                             tr("Venue"), tr("Status"), tr("Staff"),
                                             tr("Outcome")])
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(splitter, 1)
        self.legend = QLabel(tr("✖ cancelled · ↷ moved · ✎ held, no outcome recorded yet · "
                                "✔ outcome recorded"), self)
        layout.addWidget(self.legend)

        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(self.this_month)
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.assign_button.clicked.connect(self.assign_staff)
        self.cancel_button.clicked.connect(self.cancel_occurrence)
        self.move_button.clicked.connect(self.move_occurrence)
        self.restore_button.clicked.connect(self.restore_occurrence)
        self.list.itemSelectionChanged.connect(self._buttons)
        self.list.doubleClicked.connect(lambda _i: self.edit_event())
        self.grid.itemSelectionChanged.connect(self._day_chosen)

    # --- months ---------------------------------------------------------------------------------

    def go(self, months: int) -> None:
        index = self.year * 12 + self.month - 1 + months
        self.year, self.month = index // 12, index % 12 + 1
        self.reload()

    def this_month(self) -> None:
        today = clock.today()
        self.year, self.month = today.year, today.month
        self.reload()

    def reload(self) -> None:
        try:
            self.rows = list_occurrences(self.db, *month_window(self.year, self.month))
        except Exception as exc:  # a typed error: a sentence, the page stays
            show_error(self, exc)
            return
        self.rows = [r for r in self.rows if (r.starts.year, r.starts.month) == (self.year,
                                                                               self.month)]
        heading = l10n.month_year(date(self.year, self.month, 1))
        self.month_label.setText(heading[:1].upper() + heading[1:])
        self._fill_grid()
        self._fill_list(self.rows)

    def apply_change(self, change: Change) -> None:
        if change.touches(WATCHES):
            self.reload()

    def _marks(self, row: OccurrenceRow) -> str:
        now = datetime.now(UTC) if not clock.is_fixed() else datetime.combine(
            clock.today(), time(0), UTC)
        if row.cancelled:
            return CANCELLED
        mark = MOVED if row.moved else ""
        if row.ends_at <= now:
            mark += RECORDED if row.has_outcome else MISSING
        return mark

    def _fill_grid(self) -> None:
        self.grid.clearContents()
        first = date(self.year, self.month, 1)
        offset = first.weekday()
        by_day: dict[date, list[OccurrenceRow]] = {}
        for row in self.rows:
            by_day.setdefault(row.starts.date(), []).append(row)
        days = calendar.monthrange(self.year, self.month)[1]
        for day_number in range(1, days + 1):
            day = date(self.year, self.month, day_number)
            cell = offset + day_number - 1
            lines = [str(day_number)]
            for row in by_day.get(day, []):
                mark = self._marks(row)
                # The marks before the title: a long title is cut at the cell's edge, they stay.
                lines.append(f"{row.starts:%H:%M} " + (f"{mark} " if mark else "")
                             + row.event.shown_title())
            item = QTableWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(lines))
            self.grid.setItem(cell // 7, cell % 7, item)

    def _fill_list(self, rows: list[OccurrenceRow]) -> None:
        tr = self.tr
        self.shown = rows
        self.list.setRowCount(len(rows))
        for n, row in enumerate(rows):
            mark = self._marks(row)
            if row.cancelled:
                status = f"{CANCELLED} {tr('cancelled')}"
            elif row.moved:
                status = f"{MOVED} {tr('moved from %1').replace('%1', day_text(row.occurs_on))}"
            else:
                status = tr("as planned")
            outcome = ""
            if MISSING in mark:
                outcome = f"{MISSING} {tr('missing')}"
            elif RECORDED in mark:
                outcome = f"{RECORDED} {tr('recorded')}"
            needed = row.event.staff_needed
            staff = f"{row.assigned_count}/{needed}" if needed else str(row.assigned_count)
            when = (f"{long_day_text(row.starts.date())} {clock_text(row.starts)} "
                    f"{row.starts.tzname()}")
            values = [when, row.event.shown_title(), format_label(row.event.format),
                      row.event.shown_venue(), status, staff, outcome]
            for column, text in enumerate(values):
                self.list.setItem(n, column, QTableWidgetItem(text))
        self.list.resizeColumnsToContents()
        self._buttons()

    def _day_chosen(self) -> None:
        items = self.grid.selectedItems()
        if not items or not items[0].data(Qt.ItemDataRole.UserRole):
            self._fill_list(self.rows)
            return
        day = date.fromisoformat(items[0].data(Qt.ItemDataRole.UserRole))
        self._fill_list([r for r in self.rows if r.starts.date() == day])

    # --- the selected occurrence ----------------------------------------------------------------

    def selected(self) -> OccurrenceRow | None:
        rows = self.list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown):
            return None
        return self.shown[rows[0].row()]

    def select(self, event_id: str, occurs_on: date | None = None) -> bool:
        for n, row in enumerate(self.shown):
            if row.event.id == event_id and (occurs_on is None or row.occurs_on == occurs_on):
                self.list.selectRow(n)
                return True
        return False

    def _buttons(self) -> None:
        row = self.selected()
        recurring = row is not None and row.event.recurring
        self.edit_button.setEnabled(row is not None)
        self.assign_button.setEnabled(row is not None and not row.cancelled)
        self.outcome_button.setEnabled(row is not None and not row.cancelled)
        self.cancel_button.setEnabled(recurring and not row.cancelled)
        self.move_button.setEnabled(recurring and not row.cancelled)
        self.restore_button.setEnabled(recurring and (row.cancelled or row.moved))

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def new_event(self) -> None:
        from ui.dialogs.event_dialog import EventDialog

        self._open(EventDialog(self.db, None, self, self.settings, year=None,
                               year_round=True))

    def edit_event(self) -> None:
        from ui.dialogs.event_dialog import EventDialog

        row = self.selected()
        if row is not None:
            self._open(EventDialog(self.db, row.event.id, self, self.settings))

    def assign_staff(self) -> None:
        """The assign dialog on the selected occurrence (for a series: that occurrence; the
        dialog offers the whole series too)."""
        from ui.dialogs.assign_dialog import AssignDialog

        row = self.selected()
        if row is not None and not row.cancelled:
            self._open(AssignDialog(self.db, row.event.id, self, self.settings,
                                    occurrence=row.occurrence))

    def record_outcome(self) -> None:
        from ui.dialogs.outcome_dialog import OutcomeDialog

        row = self.selected()
        if row is not None and not row.cancelled:
            self._open(OutcomeDialog(self.db, row.event.id, row.occurrence, self, self.settings,
                                     title=f"{row.event.shown_title()} — "
                                           f"{long_day_text(row.starts.date())}"))

    def cancel_occurrence(self) -> None:
        from ui.operations import events as ops

        row = self.selected()
        if row is None or not row.event.recurring:
            return
        answer = QMessageBox.question(
            self, self.tr("Cancel the occurrence"),
            self.tr("Cancel '%1' on %2? The series goes on; calendars show it cancelled.")
            .replace("%1", row.event.shown_title()).replace("%2", long_day_text(row.occurs_on)))
        if answer == QMessageBox.StandardButton.Yes:
            ops.cancel_occurrence(self, self.db, row.event.id, row.occurs_on).run()

    def move_occurrence(self) -> None:
        from ui.dialogs.move_occurrence_dialog import MoveOccurrenceDialog

        row = self.selected()
        if row is not None and row.event.recurring:
            self._open(MoveOccurrenceDialog(self.db, row, self, self.settings))

    def restore_occurrence(self) -> None:
        from ui.operations import events as ops

        row = self.selected()
        if row is not None and row.event.recurring:
            ops.restore_occurrence(self, self.db, row.event.id, row.occurs_on).run()

    def show_record(self, record_type: str, record_id: str) -> bool:
        if record_type != "event":
            return False
        return self.select(record_id)
