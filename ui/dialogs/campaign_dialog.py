"""A campaign's dates and themes, and "copy last year" into a new campaign.

A new campaign starts on the default week (Monday to Friday of the week before Labor Day); its
dates and English/Spanish themes can be changed. Copying moves each event to the same weekday and
local time of the new week; what could not be copied (people without a membership that day,
cancelled events) is listed afterwards.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consularapp.campaigns import (
    MAX_YEAR,
    MIN_YEAR,
    CampaignInput,
    CampaignRow,
    CopyResult,
    default_campaign,
    get_campaign,
)
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.errors import InputError, Problem
from ui import clock
from ui.dialogs.form import ProblemsPanel, RecordDialog, line_edit, set_day_range
from ui.errors import show_error
from ui.models.lrw_labels import long_day_text
from ui.operations import campaigns as ops
from ui.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignDialog", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("CampaignDialog", text, None, n)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("ddd yyyy-MM-dd")
    edit.setCalendarPopup(True)
    set_day_range(edit)
    return edit


class CampaignDialog(RecordDialog):
    """New campaign (`year` None) or edit campaign `year`'s dates and themes."""

    settings_key = "dialogs/campaign"

    def __init__(
        self,
        db: Database,
        year: int | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        suggested_year: int | None = None,
        reference_note: str = "",
    ) -> None:
        super().__init__(db, settings, parent)
        self.original_year = year
        self.data = get_campaign(db, year) if year is not None else default_campaign(
            suggested_year or clock.today().year + 1)
        self.setWindowTitle(
            self.tr("Edit Labor Rights Week %1").replace("%1", str(year)) if year is not None
            else self.tr("New Labor Rights Week campaign"))
        tr = self.tr
        self.year = QSpinBox(self)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setGroupSeparatorShown(False)
        self.starts = date_edit(self)
        self.ends = date_edit(self)
        self.theme_en = line_edit(self,
                                  placeholder=tr("e.g. Your work has value. Know your rights."))
        self.theme_es = line_edit(self, placeholder=tr("p. ej. Tu trabajo tiene valor."))
        self.add_field(tr("&Year:"), self.year, tr("Year"), "Year")
        self.add_field(tr("&First day:"), self.starts, tr("First day"), "Starts on")
        self.add_field(tr("&Last day:"), self.ends, tr("Last day"), "Ends on")
        self.add_field(tr("Theme (&English):"), self.theme_en, tr("Theme in English"))
        self.add_field(tr("Theme (Spa&nish):"), self.theme_es, tr("Theme in Spanish"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)
        if reference_note:
            note = QLabel(reference_note, self)
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow("", note)
        self.year.setValue(int(self.data.year or clock.today().year))
        if self.data.starts_on:
            self.starts.setDate(to_qdate(self.data.starts_on))
        if self.data.ends_on:
            self.ends.setDate(to_qdate(self.data.ends_on))
        self.theme_en.setText(self.data.theme_en)
        self.theme_es.setText(self.data.theme_es)
        if year is not None:
            self.year.setReadOnly(True)
            self.year.setToolTip(tr("A campaign keeps its year; copy it to another year "
                                    "instead."))
        self._dates_typed = year is not None
        self.year.valueChanged.connect(self._year_changed)
        self.starts.dateChanged.connect(self._dates_edited)
        self.ends.dateChanged.connect(self._dates_edited)
        self._show_hint()
        self.setMinimumWidth(520)
        self.finish_layout()

    def _year_changed(self, year: int) -> None:
        if not self._dates_typed:
            default = default_campaign(year)
            assert default.starts_on and default.ends_on
            for edit, value in ((self.starts, default.starts_on), (self.ends, default.ends_on)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(value))
                edit.blockSignals(False)
        self._show_hint()

    def _dates_edited(self) -> None:
        self._dates_typed = True
        self._show_hint()

    def _show_hint(self) -> None:
        default = default_campaign(self.year.value())
        assert default.starts_on and default.ends_on
        self.hint.setText(self.tr(
            "Labor Rights Week runs Monday to Friday of the week before Labor Day: %1 to %2.")
            .replace("%1", long_day_text(default.starts_on))
            .replace("%2", long_day_text(default.ends_on)))

    def value(self) -> CampaignInput:
        return CampaignInput(
            year=self.year.value(),
            starts_on=from_qdate(self.starts.date()),
            ends_on=from_qdate(self.ends.date()),
            theme_en=self.theme_en.text(),
            theme_es=self.theme_es.text(),
            version=self.data.version,
        )

    def save(self) -> Change:
        data = self.value()
        change = ops.save_campaign(self, self.db, data, self.original_year).call()
        self.saved_id = str(data.year)
        return change


class CopyYearDialog(QDialog):
    """Copy an earlier campaign's plan into an empty one; then show what was left out."""

    def __init__(
        self,
        db: Database,
        campaigns: list[CampaignRow],
        parent: QWidget | None = None,
        *,
        target_year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.result_data: CopyResult | None = None
        self.change: Change | None = None
        self.task: Any = None  # the copy, while it runs off the UI thread
        self.setWindowTitle(_tr("Copy last year's plan"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr(
            "Copies every event to the same weekday and the same local time of the new week, at "
            "the same venue, with the same offices, languages and needs. The new campaign must "
            "have no events yet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problems = ProblemsPanel(self)
        layout.addWidget(self.problems)
        form = QFormLayout()
        self.source = QComboBox(self)
        self.source.setAccessibleName(_tr("Copy from"))
        with_events = [c for c in campaigns if c.event_count]
        for c in with_events:
            self.source.addItem(
                _ntr("%1 (%n event(s))", c.event_count).replace("%1", str(c.year)),
                c.year)
        if not with_events:
            self.source.addItem(_tr("No campaign has events to copy"), None)
        self.target = QSpinBox(self)
        self.target.setRange(MIN_YEAR, MAX_YEAR)
        self.target.setGroupSeparatorShown(False)
        self.target.setAccessibleName(_tr("Copy to year"))
        newest = max((c.year for c in campaigns), default=clock.today().year)
        source_newest = with_events[0].year if with_events else newest
        self.target.setValue(target_year or max(source_newest + 1, clock.today().year))
        self.with_assignments = QCheckBox(_tr("Also copy the staff &assignments"), self)
        self.with_assignments.setAccessibleName(_tr("Also copy the staff assignments"))
        self.with_assignments.setToolTip(_tr(
            "Only people with a membership in force on the new event's day are copied; the "
            "others are listed afterwards."))
        self.with_cancelled = QCheckBox(_tr("Also copy &cancelled events"), self)
        self.with_cancelled.setAccessibleName(_tr("Also copy cancelled events"))
        source_caption = QLabel(_tr("Copy &from:"))
        source_caption.setBuddy(self.source)
        target_caption = QLabel(_tr("Copy &to year:"))
        target_caption.setBuddy(self.target)
        form.addRow(source_caption, self.source)
        form.addRow(target_caption, self.target)
        form.addRow("", self.with_assignments)
        form.addRow("", self.with_cancelled)
        layout.addLayout(form)
        self.result_view = QPlainTextEdit(self)
        self.result_view.setReadOnly(True)
        self.result_view.setAccessibleName(_tr("What was copied"))
        self.result_view.hide()
        layout.addWidget(self.result_view, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.copy_button.setText(_tr("Copy and &save"))
        self.copy_button.setProperty("saves", True)  # Alt+S commits, in every dialog
        self.copy_button.setAccessibleName(_tr("Copy"))
        self.copy_button.setEnabled(bool(with_events))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(_tr("Cancel"))
        self.buttons.accepted.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def copy(self) -> None:
        """Copy; on refusal show the problems and stay; on success show the notes."""
        if self.result_data is not None:  # the button now says Close
            self.accept()
            return
        if self.task is not None:
            return  # copying already
        source = self.source.currentData()
        if source is None:
            self.problems.show_problems([Problem("Copy from", "no campaign has events to copy")])
            return
        self.buttons.setEnabled(False)
        self.task = ops.copy_last_year(
            self, self.db, self.target.value(), source_year=int(source),
            with_assignments=self.with_assignments.isChecked(),
            include_cancelled=self.with_cancelled.isChecked(),
        ).success(self._copied).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if isinstance(exc, InputError):
            self.problems.show_problems(exc.problems)
        else:
            show_error(self, exc)

    def _copied(self, result: CopyResult) -> None:
        """Copied (off the UI thread; the bus has told the pages): show what was left out."""
        self.task = None
        self.buttons.setEnabled(True)
        self.problems.clear()
        self.result_data = result
        self.change = result.change
        self.result_view.setPlainText(self.result_text())
        self.result_view.show()
        for widget in (self.source, self.target, self.with_assignments, self.with_cancelled):
            widget.setEnabled(False)
        self.copy_button.setText(_tr("Close"))
        self.copy_button.setAccessibleName(_tr("Close"))
        self.cancel_button.hide()
        self.copy_button.setFocus()
        self.resize(max(self.width(), 640), max(self.height(), 420))

    def result_text(self) -> str:
        r = self.result_data
        if r is None:
            return ""
        lines = [
            _ntr("Copied %n event(s) from %1 to %2.", len(r.event_ids))
            .replace("%1", str(r.source_year)).replace("%2", str(r.target_year)),
        ]
        if self.with_assignments.isChecked():
            lines.append(_ntr("%n staff assignment(s) copied.", r.assignments_copied))
        if r.notes:
            lines.append("")
            lines.append(_tr("Left out:"))
            lines += [f"• {note}" for note in r.notes]
        else:
            lines.append(_tr("Nothing was left out."))
        return "\n".join(lines)
