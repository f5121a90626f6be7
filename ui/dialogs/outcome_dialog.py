"""Record what an event, or one occurrence of a recurring event, achieved: counts only.

The dialog says so at the top, before anything is typed: workers who come forward fear
retaliation, and the app keeps no worker's name or personal detail (the rule also refuses a note
that holds an e-mail address or a phone number).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QWidget

from consularapp import bounds
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.i18n import _ as core_translate
from consularapp.outcomes import CONFIDENTIALITY, OutcomeInput, get_outcome
from consularapp.validation import split_list
from ui.dialogs.form import RecordDialog, line_edit
from ui.operations import events as ops
from ui.settings import Settings


class OutcomeDialog(RecordDialog):
    settings_key = "dialogs/outcome"

    def __init__(self, db: Database, event_id: str, occurrence: date | None,
                 parent: QWidget | None = None, settings: Settings | None = None, *,
                 title: str = "") -> None:
        super().__init__(db, settings, parent)
        tr = self.tr
        self.event_id, self.occurrence = event_id, occurrence
        self.data = get_outcome(db, event_id, occurrence) or OutcomeInput(event_id, occurrence)
        self.setWindowTitle(tr("Outcome — %1").replace("%1", title or event_id))
        self.note = QLabel(core_translate(CONFIDENTIALITY), self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("No personal details"))
        self._layout.insertWidget(1, self.note)

        def count(bound: bounds.Whole) -> QSpinBox:
            box = QSpinBox(self)
            box.setRange(-1, bound.maximum)
            box.setSpecialValueText(tr("not counted"))
            box.setGroupSeparatorShown(True)
            return box

        self.reached = count(bounds.PEOPLE_REACHED)
        self.materials = count(bounds.OUTCOME_COUNT)
        self.materials_languages = line_edit(self, placeholder=tr("e.g. Spanish; English"))
        self.referrals = count(bounds.OUTCOME_COUNT)
        self.cases = count(bounds.OUTCOME_COUNT)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.add_field(tr("&People reached:"), self.reached, tr("People reached"),
                       "People reached")
        self.add_field(tr("&Materials distributed:"), self.materials,
                       tr("Materials distributed"), "Materials distributed")
        self.add_field(tr("Materials &languages:"), self.materials_languages,
                       tr("Languages of the materials"), "Materials languages",
                       tr("Separate languages with ';'"))
        self.add_field(tr("&Referrals:"), self.referrals,
                       tr("Workers referred to an agency"), "Referrals")
        self.add_field(tr("&Cases identified:"), self.cases,
                       tr("Protection cases identified"), "Cases identified")
        self.add_field(tr("N&otes:"), self.notes, tr("Notes about the event"), "Notes",
                       tr("About the event, never about a person"))
        for box, value in ((self.reached, self.data.people_reached),
                           (self.materials, self.data.materials_distributed),
                           (self.referrals, self.data.referrals),
                           (self.cases, self.data.cases_identified)):
            box.setValue(int(value) if value is not None else -1)
        self.materials_languages.setText("; ".join(self.data.materials_languages))
        self.notes.setPlainText(self.data.notes)
        self.finish_layout()

    def value(self) -> OutcomeInput:
        def number(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return OutcomeInput(self.event_id, self.occurrence, number(self.reached),
                            number(self.materials),
                            split_list(self.materials_languages.text()),
                            number(self.referrals), number(self.cases),
                            self.notes.toPlainText())

    def save(self) -> Change:
        return ops.save_outcome(self, self.db, self.value()).call()
