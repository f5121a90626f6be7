"""Put a person on an event, or change their role and shift.

The chooser lists `staffing.candidates()`: by default the people of the offices taking part who
are members on the event's day, best first; "Show everyone" widens it to the whole directory.
What to weigh (another office, no membership that day, busy elsewhere) is said in words. A shift
is typed in the event's local time, with the zone's abbreviation beside it; no shift means the
whole event.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from consularapp import recurrence
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.errors import ConsularError, InputError, Problem
from consularapp.events import EventRow, event_series, get_event_row
from consularapp.models import Role
from consularapp.staffing import AssignmentInput, candidates, get_assignment
from consularapp.timeutil import utc_to_local
from ui.dialogs.form import ProblemsPanel, line_edit, set_combo_data, set_day_range
from ui.errors import show_error
from ui.models.filter_proxy import FilterProxy
from ui.models.lrw_labels import long_day_text, roles, span_text, weekday, zone_description
from ui.models.staffing_models import CandidateRow, CandidatesModel
from ui.models.table_model import ID_ROLE
from ui.operations import staffing as ops
from ui.settings import Settings
from ui.widgets.columns import set_column_widths
from ui.widgets.discard import IGNORED, DiscardGuard


def _field_day(day: date) -> str:
    """'Tue 2027-03-23' / 'mar 2027-03-23', as the date fields show a day."""
    return f"{weekday(day)} {day.isoformat()}"

def _tr(text: str) -> str:
    return QCoreApplication.translate("AssignDialog", text)


class AssignDialog(DiscardGuard, QDialog):
    """`assignment_id` None: choose a person for `event_id`; else edit that assignment."""

    settings_key = "dialogs/assign"
    edit_settings_key = "dialogs/assign_edit"  # a small form: its own remembered size

    def __init__(
        self,
        db: Database,
        event_id: str,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        assignment_id: int | None = None,
        occurrence: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings or Settings()
        self.event_row: EventRow = get_event_row(db, event_id)
        self.assignment_id = assignment_id
        self.change: Change | None = None
        self.data = get_assignment(db, assignment_id) if assignment_id is not None else \
            AssignmentInput(event_id=event_id, role=Role.TABLE_STAFF.value,
                            occurrence=occurrence)
        editing = assignment_id is not None
        if editing:
            self.settings_key = self.edit_settings_key
        self.setWindowTitle(_tr("Edit assignment") if editing else _tr("Assign staff"))
        layout = QVBoxLayout(self)
        self.problems = ProblemsPanel(self)
        layout.addWidget(self.problems)
        event_label = QLabel(self)
        event_label.setWordWrap(True)
        event_label.setTextFormat(Qt.TextFormat.PlainText)
        event_label.setText(
            _tr("%1 — %2 at %3").replace("%1", self.event_row.shown_title())
            .replace("%2", f"{long_day_text(self.event_row.local_day)} "
                           f"{span_text(self.event_row.starts, self.event_row.ends)}")
            .replace("%3", self.event_row.shown_venue()))
        event_label.setAccessibleName(_tr("Event"))
        layout.addWidget(event_label)

        # The chooser (new assignments only).
        self.model = CandidatesModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # In edit mode the person is fixed: no search box, check box or table at all.
        self.search: QLineEdit | None = None
        self.everyone: QCheckBox | None = None
        self.table: QTableView | None = None
        if not editing:
            self.search = QLineEdit(self)
            self.everyone = QCheckBox(_tr("Show &everyone"), self)
            self.table = QTableView(self)
            for view_only in (self.search, self.everyone):
                view_only.setProperty(IGNORED, True)  # what is listed, not what is saved
            bar = QHBoxLayout()
            caption = QLabel(_tr("&Find:"))
            caption.setBuddy(self.search)
            self.search.setPlaceholderText(_tr("Name, organization or language"))
            self.search.setClearButtonEnabled(True)
            self.search.setAccessibleName(_tr("Find a person"))
            self.everyone.setAccessibleName(_tr("Show everyone, not only the offices taking part"))
            self.everyone.setToolTip(_tr(
                "Also list people of other offices and consulates, and people without a "
                "membership on the event's day."))
            bar.addWidget(caption)
            bar.addWidget(self.search, 1)
            bar.addWidget(self.everyone)
            layout.addLayout(bar)
            self.table.setModel(self.proxy)
            self.table.setAccessibleName(_tr("People who could staff the event"))
            self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.table.setTabKeyNavigation(False)
            self.table.setWordWrap(False)
            self.table.verticalHeader().hide()
            self.table.setAlternatingRowColors(True)
            self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            header = self.table.horizontalHeader()
            header.setStretchLastSection(True)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            set_column_widths(self.table, ((0, 140), (1, 210), (2, 140), (3, 110)))
            layout.addWidget(self.table, 1)
            self.empty_label = QLabel(self)
            self.empty_label.setWordWrap(True)
            layout.addWidget(self.empty_label)
            self.search.textChanged.connect(self.proxy.set_search_text)
            self.everyone.toggled.connect(self.load_candidates)
            self.table.doubleClicked.connect(lambda _i: self.accept())
        else:
            who = QLabel(_tr("Person: %1").replace("%1", self._person_name()), self)
            who.setAccessibleName(_tr("Person"))
            layout.addWidget(who)

        form = QFormLayout()
        self.role = QComboBox(self)
        for value, label in roles():
            self.role.addItem(label, value)
        set_combo_data(self.role, self.data.role)
        self.role.setAccessibleName(_tr("Role"))
        role_caption = QLabel(_tr("&Role:"))
        role_caption.setBuddy(self.role)
        form.addRow(role_caption, self.role)
        # A recurring event: on every occurrence (the series), or on one of them.
        self.occurrence: QComboBox | None = None
        self._occurrence_days: dict[date, datetime] = {}
        if self.event_row.recurring:
            self.occurrence = QComboBox(self)
            self.occurrence.setAccessibleName(_tr("Occurrence"))
            self.occurrence.addItem(_tr("Every occurrence (the series)"), None)
            try:
                series = event_series(db, event_id)
            except ConsularError as exc:
                show_error(self, exc)
            else:
                for occ in recurrence.expand(series, include_cancelled=False):
                    local = utc_to_local(occ.starts_at, series.time_zone)
                    self._occurrence_days[occ.occurs_on] = local
                    # As the date fields show a day: the weekday in the window's language, ISO.
                    moved = _tr(" (moved to %1)").replace(
                        "%1", _field_day(local.date())) if occ.moved else ""
                    self.occurrence.addItem(f"{_field_day(occ.occurs_on)}{moved}",
                                            occ.occurs_on.isoformat())
            set_combo_data(self.occurrence, self.data.occurrence.isoformat()
                           if self.data.occurrence is not None else None)
            occurrence_caption = QLabel(_tr("&When:"))
            occurrence_caption.setBuddy(self.occurrence)
            self.occurrence.setToolTip(_tr(
                "A series: on every occurrence, or only on the one chosen (its shift, if any, "
                "on that day)"))
            form.addRow(occurrence_caption, self.occurrence)
            self.occurrence.currentIndexChanged.connect(self._occurrence_chosen)
        self.shift = QCheckBox(_tr("Only a shif&t, not the whole event"), self)
        self.shift.setAccessibleName(_tr("Only a shift, not the whole event"))
        form.addRow("", self.shift)
        shift_row = QWidget(self)
        row = QHBoxLayout(shift_row)
        row.setContentsMargins(0, 0, 0, 0)
        multi_day = self.event_row.ends.date() != self.event_row.starts.date()
        self.shift_day = QDateEdit(self)
        self.shift_day.setDisplayFormat("ddd yyyy-MM-dd")
        set_day_range(self.shift_day)
        self.shift_day.setAccessibleName(_tr("Shift date, at the venue"))
        self.shift_day.setVisible(multi_day)
        self.shift_start = QTimeEdit(self)
        self.shift_start.setDisplayFormat("HH:mm")
        self.shift_start.setAccessibleName(_tr("Shift start, venue time"))
        self.shift_end = QTimeEdit(self)
        self.shift_end.setDisplayFormat("HH:mm")
        self.shift_end.setAccessibleName(_tr("Shift end, venue time"))
        zone_text = QLabel(zone_description(self.event_row.time_zone,
                                            self.event_row.starts.replace(tzinfo=None)), self)
        row.addWidget(self.shift_day)
        row.addWidget(self.shift_start)
        row.addWidget(QLabel(_tr("to")))
        row.addWidget(self.shift_end)
        row.addWidget(zone_text, 1)
        shift_caption = QLabel(_tr("S&hift (venue time):"))
        shift_caption.setBuddy(self.shift_start)
        form.addRow(shift_caption, shift_row)
        self.notes = line_edit(self)
        self.notes.setAccessibleName(_tr("Notes"))
        notes_caption = QLabel(_tr("&Notes:"))
        notes_caption.setBuddy(self.notes)
        form.addRow(notes_caption, self.notes)
        layout.addLayout(form)
        starts = self.data.starts or self.event_row.starts.replace(tzinfo=None)
        ends = self.data.ends or self.event_row.ends.replace(tzinfo=None)
        self.shift_day.setDate(QDate(starts.year, starts.month, starts.day))
        self.shift_start.setTime(QTime(starts.hour, starts.minute))
        self.shift_end.setTime(QTime(ends.hour, ends.minute))
        self.shift.setChecked(self.data.starts is not None)
        self.notes.setText(self.data.notes)
        self.shift.toggled.connect(self._shift_toggled)
        self._shift_toggled(self.shift.isChecked())
        if self.data.starts is None and self.data.occurrence is not None:
            self._occurrence_chosen()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("&Save") if editing else _tr("A&ssign"))
        ok.setProperty("saves", True)  # Alt+S commits, in every dialog
        ok.setAccessibleName(_tr("Save") if editing else _tr("Assign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not self.settings.restore_geometry(self, self.settings_key):
            self.resize(860 if not editing else 560, 560 if not editing else 260)
        if self.search is not None:
            self.load_candidates()
            self.search.setFocus()

    def _person_name(self) -> str:
        from consularapp.directory import get_person

        try:
            return f"{get_person(self.db, self.data.person_id).name} ({self.data.person_id})"
        except ConsularError:
            return self.data.person_id

    def _occurrence_chosen(self) -> None:
        """A shift on one occurrence lies on that occurrence's day."""
        day = self.chosen_occurrence()
        local = self._occurrence_days.get(day) if day is not None else None
        first = self.event_row.starts.replace(tzinfo=None)
        shown = local.replace(tzinfo=None) if local is not None else first
        self.shift_day.setDate(QDate(shown.year, shown.month, shown.day))

    def chosen_occurrence(self) -> date | None:
        """The occurrence chosen (None: the whole series, or a one-off event)."""
        value = self.occurrence.currentData() if self.occurrence is not None else None
        return date.fromisoformat(value) if value else None

    def _shift_toggled(self, on: bool) -> None:
        for widget in (self.shift_day, self.shift_start, self.shift_end):
            widget.setEnabled(on)

    def load_candidates(self) -> None:
        if self.table is None or self.everyone is None:
            return  # editing: the person is fixed
        try:
            found = candidates(self.db, self.event_row.id, everyone=self.everyone.isChecked())
        except ConsularError as exc:
            show_error(self, exc)
            return
        self.model.set_rows([CandidateRow(c.person_id, c) for c in found])
        if found:
            # The best candidate not already on the event (they are listed, last, for a shift).
            first = next((c for c in found if not c.already_assigned), found[0])
            if not self.select_person(first.person_id):
                self.table.selectRow(0)
            self.empty_label.setText(_tr(
                "Best first: people of the offices taking part, speaking the needed languages, "
                "free at that time."))
        elif self.everyone.isChecked():
            self.empty_label.setText(_tr("Nobody is in the directory yet."))
        else:
            self.empty_label.setText(_tr(
                "Nobody of the offices taking part is a member on the event's day. Tick "
                "“Show everyone” to choose someone else."))

    def chosen_person(self) -> str:
        if self.assignment_id is not None or self.table is None:
            return self.data.person_id
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return ""
        return str(index.data(ID_ROLE) or "")

    def select_person(self, person_id: str) -> bool:
        position = self.model.position_of(person_id)
        if position is None or self.table is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def value(self) -> AssignmentInput:
        starts = ends = None
        if self.shift.isChecked():
            d = self.shift_day.date()
            s, e = self.shift_start.time(), self.shift_end.time()
            starts = datetime(d.year(), d.month(), d.day(), s.hour(), s.minute())
            ends = datetime(d.year(), d.month(), d.day(), e.hour(), e.minute())
        return AssignmentInput(
            event_id=self.event_row.id,
            person_id=self.chosen_person(),
            role=str(self.role.currentData() or Role.OTHER.value),
            starts=starts,
            ends=ends,
            notes=self.notes.text(),
            version=self.data.version,
            occurrence=self.chosen_occurrence(),
        )

    def accept(self) -> None:
        data = self.value()
        try:
            if not data.person_id:
                raise InputError(Problem("Person", "choose a person in the list"),
                                 "The assignment was not saved")
            if self.assignment_id is None:
                row = self.model.row_by_id(data.person_id)
                name = row.candidate.name if row is not None else ""
                self.change = ops.assign(self, self.db, data, name).call()
            else:
                self.change = ops.update_assignment(self, self.db, self.assignment_id,
                                                    data).call()
        except InputError as exc:
            self.problems.show_problems(exc.problems)
            return
        except ConsularError as exc:
            show_error(self, exc)
            return
        self.problems.clear()
        super().accept()

    def done(self, result: int) -> None:
        self.settings.save_geometry(self, self.settings_key)
        super().done(result)
