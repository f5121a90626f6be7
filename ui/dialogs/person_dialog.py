"""Add or edit a person and their memberships (which organization, as what, from when to when)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import (
    MembershipInput,
    PersonInput,
    get_person,
    list_consulates,
    list_offices,
    person_problems,
    suggest_person_id,
)
from consularapp.errors import InputError, Problem
from consularapp.validation import join_list, split_list
from ui.dialogs.form import RecordDialog, combo_value, contains_completer, line_edit
from ui.operations import directory as ops
from ui.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonDialog", text)


def organization_choices(db: Database) -> list[tuple[str, str]]:
    """(ID, label) for every office and consulate: offices say their agency, then consulates."""
    offices = sorted(
        ((o.id, f"{o.name} — {o.agency_code} ({o.id})") for o in list_offices(db)),
        key=lambda item: item[1].casefold(),
    )
    consulates = sorted(
        ((c.id, f"{c.name} ({c.id})") for c in list_consulates(db)),
        key=lambda item: item[1].casefold(),
    )
    return offices + consulates


def parse_date(text: str) -> date | None:
    """'YYYY-MM-DD' or blank (None); ValueError with a sentence otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            _tr("'%1' is not a date: write it as YYYY-MM-DD").replace("%1", text)
        ) from None


@dataclass
class MembershipRow:
    """The widgets of one membership line."""

    organization: QComboBox
    title: QLineEdit
    active_from: QLineEdit
    active_to: QLineEdit
    remove: QPushButton

    def widgets(self) -> list[QWidget]:
        return [self.organization, self.title, self.active_from, self.active_to, self.remove]


class MembershipsEditor(QGroupBox):
    """A small grid, one membership per line; Tab walks it left to right, top to bottom."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(_tr("Mem&berships"), parent)
        self.setAccessibleName(_tr("Memberships"))
        self.choices = choices
        self.rows: list[MembershipRow] = []
        outer = QVBoxLayout(self)
        hint = QLabel(_tr("Where the person works or worked. Dates as YYYY-MM-DD; leave To "
                          "blank while they are still there."))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        headers = [_tr("Organization"), _tr("Title"), _tr("From"), _tr("To")]
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setRowStretch(100, 1)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setMinimumHeight(140)
        outer.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_tr("&Add membership"))
        self.add_button.setAccessibleName(_tr("Add membership"))
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.empty_label = QLabel(_tr("No memberships yet."))
        self.grid.addWidget(self.empty_label, 1, 0, 1, 5)
        self.on_rows_changed = lambda: None

    def add_row(self, value: MembershipInput | None = None, focus: bool = False) -> MembershipRow:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for org_id, label in self.choices:
            combo.addItem(label, org_id)
        combo.setCompleter(contains_completer([label for _i, label in self.choices], combo))
        combo.lineEdit().setPlaceholderText(_tr("Type to search offices and consulates"))
        combo.setMinimumContentsLength(36)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        title = line_edit(self, placeholder=_tr("e.g. Consul for Protection"))
        start = line_edit(self, placeholder="YYYY-MM-DD")
        end = line_edit(self, placeholder=_tr("open"))
        for edit in (start, end):
            edit.setMaximumWidth(110)
        remove = QPushButton(_tr("Remove"))
        row = MembershipRow(combo, title, start, end, remove)
        remove.clicked.connect(lambda: self.remove_row(row))
        if value is not None:
            index = combo.findData(value.organization_id)
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                combo.setEditText(value.organization_id)
            combo.lineEdit().setCursorPosition(0)
            title.setText(value.title)
            title.setCursorPosition(0)
            start.setText(value.active_from.isoformat() if value.active_from else "")
            end.setText(value.active_to.isoformat() if value.active_to else "")
        else:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        self.rows.append(row)
        self._relayout()
        if focus:
            combo.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(combo)
        return row

    def remove_row(self, row: MembershipRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        if self.rows:
            self.rows[-1].organization.setFocus()
        else:
            self.add_button.setFocus()

    def _relayout(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, n, column)
            names = (
                _tr("Membership %1: organization"),
                _tr("Membership %1: title"),
                _tr("Membership %1: from (YYYY-MM-DD)"),
                _tr("Membership %1: to (YYYY-MM-DD, blank while current)"),
                _tr("Remove membership %1"),
            )
            for widget, name in zip(row.widgets(), names, strict=True):
                widget.setAccessibleName(name.replace("%1", str(n)))
        self.empty_label.setVisible(not self.rows)
        self.on_rows_changed()

    def values(self) -> tuple[list[MembershipInput], list[Problem]]:
        """The memberships typed, and the dates that could not be read."""
        result: list[MembershipInput] = []
        problems: list[Problem] = []
        for n, row in enumerate(self.rows, start=1):
            label = f"Membership {n}"
            dates: list[date | None] = []
            for edit, what in ((row.active_from, _tr("From")), (row.active_to, _tr("To"))):
                try:
                    dates.append(parse_date(edit.text()))
                except ValueError as exc:
                    problems.append(Problem(label, f"{what}: {exc}"))
                    dates.append(None)
            result.append(MembershipInput(combo_value(row.organization), row.title.text(),
                                          dates[0], dates[1]))
        return result, problems

    def focus_widgets(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.widgets()] + [self.add_button]


class PersonDialog(RecordDialog):
    """The person form. `person_id` None adds a person; otherwise edits them (ID too)."""

    settings_key = "dialogs/person"
    preferred_width = 880  # fits a 1024 px screen

    def __init__(
        self,
        db: Database,
        person_id: str | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        taken_ids: set[str] | None = None,
        organization_id: str = "",
    ) -> None:
        super().__init__(db, settings, parent)
        self.original_id = person_id
        self._taken = taken_ids or set()
        self._id_typed = person_id is not None
        self.data = get_person(db, person_id) if person_id else PersonInput()
        if not person_id and organization_id:
            self.data.memberships.append(MembershipInput(organization_id))
        self.setWindowTitle(
            self.tr("Edit person %1").replace("%1", self.data.name) if person_id
            else self.tr("Add person")
        )
        self._build()
        self._load(self.data)
        self.finish_layout(self.memberships.focus_widgets())
        self.memberships.on_rows_changed = lambda: self.fix_tab_order(
            self.memberships.focus_widgets())

    def _build(self) -> None:
        tr = self.tr
        self.name = line_edit(self, placeholder=tr("Full name"))
        self.id_edit = line_edit(self)
        self.languages = line_edit(self, placeholder=tr("e.g. English; Spanish; Mixteco"))
        self.email = line_edit(self)
        self.phone = line_edit(self)
        self.add_field(tr("&Name:"), self.name, tr("Name"), "Name")
        self.add_field(tr("&ID:"), self.id_edit, tr("Person ID"), "ID",
                       tr("Suggested from the name; letters, digits, '-', '_' or '.'"))
        self.add_field(tr("&Languages:"), self.languages, tr("Languages, separated by semicolons"),
                       None, tr("Separate languages with ';'"))
        self.add_field(tr("E&mail:"), self.email, tr("Email"), "Email")
        self.add_field(tr("&Phone:"), self.phone, tr("Phone"))
        self.memberships = MembershipsEditor(organization_choices(self.db), self)
        self._layout.addWidget(self.memberships, 1)
        self.fields["Memberships"] = self.memberships.add_button
        self.name.textEdited.connect(self._suggest_id)
        self.id_edit.textEdited.connect(self._id_edited)

    def _load(self, data: PersonInput) -> None:
        self.name.setText(data.name)
        self.id_edit.setText(data.id)
        self.languages.setText(join_list(data.languages))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        for membership in data.memberships:
            self.memberships.add_row(membership)

    def _id_edited(self) -> None:
        self._id_typed = bool(self.id_edit.text())

    def _suggest_id(self) -> None:
        if self._id_typed or self.original_id:
            return
        # The style of the existing IDs: 'Ana Pérez' -> P-ANA-PEREZ.
        self.id_edit.setText(suggest_person_id(self.name.text(), self._taken))

    def value(self) -> tuple[PersonInput, list[Problem]]:
        memberships, problems = self.memberships.values()
        data = PersonInput(
            id=self.id_edit.text().strip(),
            name=self.name.text(),
            languages=split_list(self.languages.text()),
            email=self.email.text(),
            phone=self.phone.text(),
            memberships=memberships,
            version=self.data.version,
        )
        return data, problems

    def save(self) -> Change:
        data, problems = self.value()
        if problems:
            # Report unreadable dates together with whatever else the core finds, in one pass.
            problems += person_problems(self.db, data, self.original_id)
            raise InputError(problems, self.tr("The person was not saved"))
        change = ops.save_person(self, self.db, data, self.original_id).call()
        self.saved_id = data.id
        return change

    def focus_target(self, where: str) -> QWidget | None:
        if where.startswith("Membership "):
            try:
                n = int(where.split()[1])
            except (IndexError, ValueError):
                return self.memberships.add_button
            if 1 <= n <= len(self.memberships.rows):
                return self.memberships.rows[n - 1].organization
        return super().focus_target(where)
