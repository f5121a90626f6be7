"""One person's Labor Rights Week: their assignments in time order, each at the venue's local time
with its zone (a Phoenix 09:00 MST and a Chicago 11:00 CDT shift are the same moment)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consularapp.db import Database
from consularapp.directory import list_people
from consularapp.errors import ConsularError
from consularapp.labels import language_label
from consularapp.staffing import list_assignments, person_week
from ui import clock
from ui.dialogs.form import combo_value, contains_completer
from ui.errors import show_error
from ui.models.lrw_labels import WARNING_SIGN
from ui.models.staffing_models import PersonWeekModel
from ui.widgets.columns import set_column_widths


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonWeekDialog", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("PersonWeekDialog", text, None, n)


class PersonWeekDialog(QDialog):
    def __init__(self, db: Database, year: int, person_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year = year
        self.setWindowTitle(_tr("Person's week — Labor Rights Week %1").replace("%1", str(year)))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        caption = QLabel(_tr("&Person:"))
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setAccessibleName(_tr("Person"))
        caption.setBuddy(self.person)
        # People on this campaign first, then everyone else.
        on_campaign = {a.person_id for a in list_assignments(db, year=year)}
        people = list_people(db, clock.today())
        first = [p for p in people if p.id in on_campaign]
        rest = [p for p in people if p.id not in on_campaign]
        for group in (first, rest):
            if group is rest and first and rest:
                self.person.insertSeparator(self.person.count())
            for p in group:
                org = f" — {p.organization_name}" if p.organization_name else ""
                self.person.addItem(f"{p.name} ({p.id}){org}", p.id)
        self.person.setCompleter(contains_completer(
            [self.person.itemText(n) for n in range(self.person.count())], self.person))
        bar.addWidget(caption)
        bar.addWidget(self.person, 1)
        layout.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(_tr("Summary"))
        layout.addWidget(self.summary)
        self.model = PersonWeekModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Assignments of the person"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PersonWeekModel.COL_TIME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        set_column_widths(self.table, ((0, 80), (1, 130), (2, 250), (3, 95), (4, 170), (5, 80)))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(lambda _i: self.show_person(
            combo_value(self.person)))
        self.resize(1000, 420)
        if person_id:
            index = self.person.findData(person_id)
            if index >= 0:
                self.person.setCurrentIndex(index)
        self.show_person(combo_value(self.person))

    def show_person(self, person_id: str) -> None:
        if not person_id:
            self.model.set_rows([])
            self.summary.setText(_tr("Choose a person."))
            return
        try:
            week = person_week(self.db, person_id, self.year)
        except ConsularError as exc:
            show_error(self, exc)
            return
        self.model.set_entries(week.entries)
        languages = ", ".join(language_label(v) for v in week.languages) or _tr(
            "none recorded")
        if week.entries:
            count = _ntr("%n assignment(s)", len(week.entries))
        else:
            count = _tr("no assignments in this campaign")
        text = (_tr("%1: %2. Languages: %3. Times are at each venue, in its own zone.")
                .replace("%1", week.name).replace("%2", count).replace("%3", languages))
        if self.model.overlaps:
            text += " " + WARNING_SIGN + " " + _tr("Some assignments overlap in real time: see "
                                                   "the Note column.")
        self.summary.setText(text)
