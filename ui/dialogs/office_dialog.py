"""Add or edit an agency office."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import OfficeInput, get_office, list_agencies
from ui.dialogs.form import (
    RecordDialog,
    combo_value,
    contains_completer,
    line_edit,
    set_combo_data,
    slug_id,
    state_combo,
    zone_combo,
)
from ui.labels import office_types, reference_note
from ui.operations import directory as ops
from ui.settings import Settings


class OfficeDialog(RecordDialog):
    """The office form. `office_id` None adds an office; otherwise edits it (its ID too)."""

    settings_key = "dialogs/office"

    def __init__(
        self,
        db: Database,
        office_id: str | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        taken_ids: set[str] | None = None,
    ) -> None:
        super().__init__(db, settings, parent)
        self.original_id = office_id
        self._taken = taken_ids or set()
        self._id_typed = office_id is not None
        self.data = get_office(db, office_id) if office_id else OfficeInput()
        self.setWindowTitle(
            self.tr("Edit office %1").replace("%1", office_id) if office_id
            else self.tr("Add office")
        )
        self._build()
        self._load(self.data)
        self.finish_layout()

    def _build(self) -> None:
        self.id_edit = line_edit(self, placeholder=self.tr("e.g. WHD-CHICAGO"))
        self.agency = QComboBox(self)
        self.agency.setEditable(True)
        self.agency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._agencies = dict(list_agencies(self.db))
        for code, name in self._agencies.items():
            self.agency.addItem(f"{code} — {name}", code)
        self.agency.setCompleter(contains_completer(
            [self.agency.itemText(n) for n in range(self.agency.count())], self.agency))
        self.agency.lineEdit().setPlaceholderText(self.tr("WHD, OSHA, EEOC, NLRB or a new code"))
        self.agency_name = line_edit(
            self, placeholder=self.tr("Only for a new agency code, e.g. Texas Workforce Commission")
        )
        self.name = line_edit(self, placeholder=self.tr("e.g. Chicago District Office"))
        self.office_type = QComboBox(self)
        for value, label in office_types():
            self.office_type.addItem(label, value)
        self.region = line_edit(self, placeholder=self.tr("e.g. Midwest, Region 13"))
        self.city = line_edit(self)
        self.state = state_combo(self)
        self.time_zone = zone_combo(self)
        self.address = line_edit(self)
        self.phone = line_edit(self)
        self.email = line_edit(self)

        tr = self.tr
        self.add_field(tr("&ID:"), self.id_edit, tr("Office ID"), "ID",
                       tr("The office's stable ID: letters, digits, '-', '_' or '.'"))
        self.add_field(tr("&Agency:"), self.agency, tr("Agency"), "Agency",
                       tr("Choose an agency or type a new short code to create that agency"))
        self.add_field(tr("Agency's f&ull name:"), self.agency_name,
                       tr("Full name of a new agency"))
        self.add_field(tr("&Name:"), self.name, tr("Office name"), "Name")
        self.add_field(tr("Office t&ype:"), self.office_type, tr("Office type"), "Office type")
        self.add_field(tr("&Region:"), self.region, tr("Region"))
        self.add_field(tr("&City:"), self.city, tr("City"), "City")
        self.add_field(tr("S&tate:"), self.state, tr("State"), "State")
        self.add_field(tr("Time &zone:"), self.time_zone, tr("Time zone"), "Time zone",
                       tr("An IANA time zone name; type part of it to search"))
        self.add_field(tr("Addr&ess:"), self.address, tr("Address"))
        self.add_field(tr("&Phone:"), self.phone, tr("Phone"))
        self.add_field(tr("E&mail:"), self.email, tr("Email"), "Email")

        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin.setAccessibleName(tr("Where this record comes from"))
        self._layout.addWidget(self.origin)

        self.agency.currentTextChanged.connect(self._agency_changed)
        self.agency.currentTextChanged.connect(self._suggest_id)
        self.city.textEdited.connect(self._suggest_id)
        self.id_edit.textEdited.connect(self._id_edited)
        self.setMinimumWidth(520)

    def _load(self, data: OfficeInput) -> None:
        self.id_edit.setText(data.id)
        if data.agency_code:
            set_combo_data(self.agency, data.agency_code)
        else:
            self.agency.setCurrentIndex(-1)
            self.agency.setEditText("")
        self.agency_name.setText(data.agency_name)
        set_combo_data(self.office_type, data.office_type)
        self.name.setText(data.name)
        self.region.setText(data.region)
        self.city.setText(data.city)
        set_combo_data(self.state, data.state)
        set_combo_data(self.time_zone, data.time_zone)
        self.address.setText(data.address)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        if self.original_id and data.source:
            self.origin.setText(reference_note(data.source, data.confidence))
        else:
            self.origin.hide()
        self._agency_changed()

    def _agency_changed(self) -> None:
        code = combo_value(self.agency).upper()
        self.agency_name.setEnabled(bool(code) and code not in self._agencies)

    def _id_edited(self) -> None:
        self._id_typed = bool(self.id_edit.text())

    def _suggest_id(self) -> None:
        """For a new office, propose AGENCY-CITY until the user types an ID of their own."""
        if self._id_typed or self.original_id:
            return
        agency = combo_value(self.agency).upper()
        city = self.city.text().strip()
        if agency and city:
            self.id_edit.setText(slug_id(agency, city, upper=True, taken=self._taken))

    def value(self) -> OfficeInput:
        """The form as the core's input."""
        return OfficeInput(
            id=self.id_edit.text().strip(),
            agency_code=combo_value(self.agency).upper(),
            agency_name=self.agency_name.text().strip() if self.agency_name.isEnabled() else "",
            name=self.name.text(),
            office_type=combo_value(self.office_type),
            region=self.region.text(),
            city=self.city.text(),
            state=combo_value(self.state),
            time_zone=combo_value(self.time_zone),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            source=self.data.source,
            confidence=self.data.confidence,
            version=self.data.version,
        )

    def save(self) -> Change:
        data = self.value()
        change = ops.save_office(self, self.db, data, self.original_id).call()
        self.saved_id = data.id
        return change
