"""Add or edit a community partner (worker center, union, legal aid, faith-based group,
hometown association)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.partners import PartnerInput, get_partner, new_partner_id
from consularapp.validation import split_list
from ui.dialogs.form import RecordDialog, combo_value, line_edit, set_combo_data, state_combo
from ui.labels import partner_kinds
from ui.operations import partners as ops
from ui.settings import Settings


class PartnerDialog(RecordDialog):
    """The partner form. `partner_id` None adds one; otherwise edits it."""

    settings_key = "dialogs/partner"

    def __init__(self, db: Database, partner_id: str | None = None,
                 parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(db, settings, parent)
        self.original_id = partner_id
        self._id_typed = partner_id is not None
        self.data = get_partner(db, partner_id) if partner_id else PartnerInput()
        self.setWindowTitle(self.tr("Edit partner %1").replace("%1", partner_id) if partner_id
                            else self.tr("Add community partner"))
        self._build()
        self._load(self.data)
        self.finish_layout()

    def _build(self) -> None:
        tr = self.tr
        self.name = line_edit(self, placeholder=tr("e.g. Diocese of Brooklyn"))
        self.id_edit = line_edit(self, placeholder=tr("e.g. CP-DIOCESE-OF-BROOKLYN"))
        self.kind = QComboBox(self)
        for value, label in partner_kinds():
            self.kind.addItem(label, value)
        self.city = line_edit(self)
        self.state = state_combo(self)
        self.state.insertItem(0, tr("Not stated"), "")
        self.languages = line_edit(self, placeholder=tr("e.g. Spanish; Mixteco"))
        self.email = line_edit(self)
        self.phone = line_edit(self)
        self.website = line_edit(self, placeholder="https://")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.add_field(tr("&Name:"), self.name, tr("Name"), "Name")
        self.add_field(tr("&ID:"), self.id_edit, tr("Partner ID"), "ID",
                       tr("The partner's stable ID: letters, digits, '-', '_' or '.'"))
        self.add_field(tr("&Kind:"), self.kind, tr("Kind of partner"), "Kind")
        self.add_field(tr("Cit&y:"), self.city, tr("City"), "City")
        self.add_field(tr("St&ate:"), self.state, tr("State"), "State")
        self.add_field(tr("&Languages:"), self.languages, tr("Languages"), "Languages",
                       tr("Separate languages with ';'"))
        self.add_field(tr("E&mail:"), self.email, tr("Email"), "Email")
        self.add_field(tr("&Phone:"), self.phone, tr("Phone"), "Phone")
        self.add_field(tr("&Website:"), self.website, tr("Website"), "Website")
        self.add_field(tr("N&otes:"), self.notes, tr("Notes"), "Notes")
        self.name.textEdited.connect(self._suggest_id)
        self.id_edit.textEdited.connect(lambda: setattr(self, "_id_typed",
                                                        bool(self.id_edit.text())))

    def _load(self, data: PartnerInput) -> None:
        self.name.setText(data.name)
        self.id_edit.setText(data.id)
        set_combo_data(self.kind, data.kind)
        self.city.setText(data.city)
        set_combo_data(self.state, data.state)
        self.languages.setText("; ".join(data.languages))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.website.setText(data.website)
        self.notes.setPlainText(data.notes)

    def _suggest_id(self) -> None:
        if self._id_typed or self.original_id:
            return
        name = self.name.text().strip()
        self.id_edit.setText(new_partner_id(self.db, name) if name else "")

    def value(self) -> PartnerInput:
        return PartnerInput(
            id=self.id_edit.text().strip(), name=self.name.text(), kind=combo_value(self.kind),
            city=self.city.text(), state=combo_value(self.state),
            languages=split_list(self.languages.text()), email=self.email.text(),
            phone=self.phone.text(), website=self.website.text(),
            notes=self.notes.toPlainText(), version=self.data.version)

    def save(self) -> Change:
        data = self.value()
        change = ops.save_partner(self, self.db, data, self.original_id).call()
        self.saved_id = data.id
        return change
