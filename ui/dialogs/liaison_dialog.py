"""Replace a consulate's liaison in one step: who leaves and on what day, who takes over.

The person taking over is someone in the directory (chosen from the list) or someone new (name and
contact details; the ID follows the P-... style). Their membership starts the day after the last
day of the one who leaves; if they are still in post elsewhere, a tick ends that post the day
before. Nothing is deleted: both memberships stay in the people's history. The rules are the
core's (`directory.replace_liaison`).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QWidget,
)

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import (
    LiaisonChange,
    consulate_people,
    get_consulate,
    list_people,
    suggest_person_id,
)
from consularapp.validation import split_list
from ui.dialogs.form import RecordDialog, combo_value, contains_completer, line_edit
from ui.operations import directory as ops
from ui.settings import Settings
from ui.widgets.fields import DateField


class ReplaceLiaisonDialog(RecordDialog):
    """`leaving_id` preselects who leaves ("" : the post is empty, as the dashboard says)."""

    settings_key = "dialogs/replace_liaison"
    preferred_width = 640

    def __init__(
        self,
        db: Database,
        consulate_id: str,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        leaving_id: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(db, settings, parent)
        self.consulate_id = consulate_id
        self.today = today or date.today()
        consulate = get_consulate(db, consulate_id)
        from consularapp.directory import consulate_display_name

        self.consulate_name = consulate_display_name(
            consulate.country_code, consulate.consulate_type or None, consulate.city)
        self.in_post = consulate_people(db, consulate_id, self.today)
        self.people = list_people(db, self.today)
        self._taken = {p.id for p in self.people}
        self._id_typed = False
        self.setWindowTitle(self.tr("Replace the liaison of %1").replace("%1", consulate_id))
        self._build(leaving_id)
        self.finish_layout()
        self._leaving_changed()
        self._who_changed()

    # --- building -------------------------------------------------------------------------------

    def _build(self, leaving_id: str | None) -> None:
        tr = self.tr
        intro = QLabel(tr("%1 (%2). The one who leaves keeps their membership in the history, "
                          "ended on their last day; the one who takes over starts the day after.")
                       .replace("%1", self.consulate_name).replace("%2", self.consulate_id), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.insertWidget(1, intro)

        self.leaving = QComboBox(self)
        self.leaving.addItem(tr("Nobody: the post is empty"), "")
        for p in self.in_post:
            role = tr("%1, consul").replace("%1", p.title) if p.is_head else p.title
            self.leaving.addItem(f"{p.name} — {role}" if role else p.name, p.person_id)
        wanted = leaving_id
        if wanted is None:  # the first liaison (not the consul), else nobody
            wanted = next((p.person_id for p in self.in_post if not p.is_head), "")
        self.leaving.setCurrentIndex(max(self.leaving.findData(wanted), 0))
        self.last_day = DateField(self)
        self.last_day.set_date(self.today)

        self.who_group = QButtonGroup(self)
        self.existing_radio = QRadioButton(tr("Someone in the di&rectory:"), self)
        self.new_radio = QRadioButton(tr("Someone &new:"), self)
        self.who_group.addButton(self.existing_radio, 0)
        self.who_group.addButton(self.new_radio, 1)
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        labels = []
        for p in self.people:
            where = f" — {p.organization_name}" if p.organization_name else ""
            title = f" ({p.title})" if p.title and p.current else ""
            label = f"{p.name} ({p.id}){where}{title}"
            self.person.addItem(label, p.id)
            labels.append(label)
        self.person.setCompleter(contains_completer(labels, self.person))
        self.person.lineEdit().setPlaceholderText(tr("Type a name, an ID or an organization"))
        self.person.setCurrentIndex(-1)
        self.person.setEditText("")
        self.person.setMinimumContentsLength(30)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.name = line_edit(self, placeholder=tr("Full name"))
        self.id_edit = line_edit(self)
        self.email = line_edit(self)
        self.phone = line_edit(self)
        self.languages = line_edit(self, placeholder=tr("e.g. Spanish; English"))
        self.title = line_edit(self, placeholder=tr("e.g. Consul for Protection"))
        self.first_day = DateField(self)
        self.end_current = QCheckBox(self)
        self.end_current.setAccessibleName(tr("End their current post the day before"))

        self.add_field(tr("&Leaving:"), self.leaving, tr("Who leaves"), "Leaving")
        self.add_field(tr("Last &day there:"), self.last_day, tr("Their last day there"),
                       "Last day there", tr("The last day they are in post; YYYY-MM-DD"))
        self.form.addRow(self.existing_radio, self.person)
        self.person.setAccessibleName(tr("Who takes over, from the directory"))
        self.fields["Taking over"] = self.person
        self.form.addRow(self.new_radio, QLabel(tr("a new person in the directory"), self))
        self.new_fields = [self.name, self.id_edit, self.email, self.phone, self.languages]
        self.add_field(tr("    N&ame:"), self.name, tr("Name of the new person"), "Name")
        self.add_field(tr("    &ID:"), self.id_edit, tr("ID of the new person"), "ID",
                       tr("Suggested from the name, as P-NAME; letters, digits, '-', '_' or "
                          "'.'"))
        self.add_field(tr("    E&mail:"), self.email, tr("Email of the new person"), "Email")
        self.add_field(tr("    &Phone:"), self.phone, tr("Phone of the new person"), "Phone")
        self.add_field(tr("    Lan&guages:"), self.languages, tr("Languages of the new person"),
                       "Languages", tr("Separate languages with ';'"))
        self.add_field(tr("&Title:"), self.title, tr("Title of the one taking over"))
        self.add_field(tr("&First day:"), self.first_day, tr("Their first day in post"),
                       "First day", tr("YYYY-MM-DD; the day after the last day unless you "
                                       "change it"))
        self.end_current_label = self.add_field(
            tr("&End their current post:"), self.end_current,
            tr("End their current post the day before"), "Their current post")

        self.existing_radio.setChecked(True)
        self.who_group.idToggled.connect(lambda _id, _on: self._who_changed())
        self.leaving.currentIndexChanged.connect(lambda _i: self._leaving_changed())
        self.last_day.changed.connect(self._last_day_changed)
        self.person.currentIndexChanged.connect(lambda _i: self._who_changed())
        self.person.editTextChanged.connect(lambda _t: self._who_changed())
        self.first_day.changed.connect(self._who_changed)
        self.name.textEdited.connect(self._suggest_id)
        self.id_edit.textEdited.connect(lambda text: setattr(self, "_id_typed", bool(text)))
        self._first_typed = False
        self.first_day.edit.textEdited.connect(lambda _t: setattr(self, "_first_typed", True))

    def ordered_widgets(self) -> list[QWidget]:
        result: list[QWidget] = []
        for widget in super().ordered_widgets():
            if widget is self.person:
                result += [self.existing_radio, self.person]
            elif isinstance(widget, QLabel):
                result.append(self.new_radio)
            elif isinstance(widget, DateField):
                result += [widget.edit, widget.button, widget.clear_button]
            else:
                result.append(widget)
        return result

    # --- reactions ------------------------------------------------------------------------------

    def leaving_id(self) -> str:
        return str(self.leaving.currentData() or "")

    def _leaving_changed(self) -> None:
        leaving = next((p for p in self.in_post if p.person_id == self.leaving_id()), None)
        self.last_day.setEnabled(leaving is not None)
        if leaving is not None and not self.title.text():
            self.title.setPlaceholderText(leaving.title or self.tr("Liaison"))
        self._last_day_changed()

    def _last_day_changed(self) -> None:
        if self._first_typed:
            return
        last = self.last_day.date_or_none() if self.leaving_id() else None
        start = last + timedelta(days=1) if last else self.today
        self.first_day.blockSignals(True)
        self.first_day.set_date(start)
        self.first_day.blockSignals(False)
        self._who_changed()

    def _suggest_id(self) -> None:
        if not self._id_typed:
            self.id_edit.setText(suggest_person_id(self.name.text(), self._taken))

    def chosen_person(self) -> str:
        return combo_value(self.person) if self.existing_radio.isChecked() else ""

    def _who_changed(self) -> None:
        existing = self.existing_radio.isChecked()
        self.person.setEnabled(existing)
        for widget in self.new_fields:
            widget.setEnabled(not existing)
        # Ending their present post is offered only when they have one elsewhere.
        person = next((p for p in self.people if p.id == self.chosen_person()), None)
        elsewhere = (person is not None and person.current
                     and person.organization_id != self.consulate_id)
        self.end_current.setVisible(elsewhere)
        self.end_current_label.setVisible(elsewhere)
        if elsewhere and person is not None:
            first = self.first_day.date_or_none() or self.today
            self.end_current.setText(
                self.tr("at %1, on %2").replace("%1", person.organization_name
                                                or person.organization_id)
                .replace("%2", (first - timedelta(days=1)).isoformat()))
        else:
            self.end_current.setChecked(False)

    # --- saving ---------------------------------------------------------------------------------

    def value(self) -> LiaisonChange:
        existing = self.existing_radio.isChecked()
        leaving = self.leaving_id()
        return LiaisonChange(
            consulate_id=self.consulate_id,
            leaving_id=leaving,
            last_day=self.last_day.date_or_none() if leaving else None,
            person_id=self.chosen_person() if existing else self.id_edit.text().strip(),
            name="" if existing else self.name.text(),
            languages=[] if existing else split_list(self.languages.text()),
            email="" if existing else self.email.text(),
            phone="" if existing else self.phone.text(),
            title=self.title.text(),
            first_day=self.first_day.date_or_none(),
            end_current=not self.end_current.isHidden() and self.end_current.isChecked(),
        )

    def save(self) -> Change:
        from consularapp.errors import InputError, Problem

        problems = []
        for where, field in (("Last day there", self.last_day), ("First day", self.first_day)):
            if field.isEnabled():
                try:
                    field.date()
                except ValueError as exc:
                    problems.append(Problem(where, str(exc), "field.invalid"))
        if problems:
            raise InputError(problems, self.tr("The liaison was not replaced"))
        data = self.value()
        change = ops.replace_liaison(self, self.db, data, self.today).call()
        self.saved_id = data.person_id
        return change

    def focus_target(self, where: str) -> QWidget | None:
        widget = super().focus_target(where)
        if isinstance(widget, DateField):
            return widget.edit
        return widget
