"""Add or edit a foreign consulate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import ConsulateInput, get_consulate
from ui.dialogs.form import (
    RecordDialog,
    combo_value,
    country_combo,
    line_edit,
    set_combo_data,
    slug_id,
    state_combo,
    zone_combo,
)
from ui.labels import consulate_types, reference_note
from ui.operations import directory as ops
from ui.settings import Settings


class ConsulateDialog(RecordDialog):
    """The consulate form. `consulate_id` None adds one; otherwise edits it (its ID too)."""

    settings_key = "dialogs/consulate"

    def __init__(
        self,
        db: Database,
        consulate_id: str | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        taken_ids: set[str] | None = None,
    ) -> None:
        super().__init__(db, settings, parent)
        self.original_id = consulate_id
        self._taken = taken_ids or set()
        self._id_typed = consulate_id is not None
        self.data = get_consulate(db, consulate_id) if consulate_id else ConsulateInput()
        self.setWindowTitle(
            self.tr("Edit consulate %1").replace("%1", consulate_id) if consulate_id
            else self.tr("Add consulate")
        )
        self._build()
        self._load(self.data)
        self.finish_layout()

    def _build(self) -> None:
        tr = self.tr
        self.id_edit = line_edit(self, placeholder=tr("e.g. MX-CHICAGO"))
        self.country = country_combo(self)
        self.city = line_edit(self)
        self.state = state_combo(self)
        self.consulate_type = QComboBox(self)
        self.consulate_type.addItem(tr("Not stated"), "")
        for value, label in consulate_types():
            self.consulate_type.addItem(label, value)
        self.time_zone = zone_combo(self)
        self.address = line_edit(self)
        self.phone = line_edit(self)
        self.email = line_edit(self)
        self.jurisdiction = line_edit(self, placeholder=tr("States or counties served"))

        self.add_field(tr("&ID:"), self.id_edit, tr("Consulate ID"), "ID",
                       tr("The consulate's stable ID: letters, digits, '-', '_' or '.'"))
        self.add_field(tr("&Country:"), self.country, tr("Country"), "Country")
        self.add_field(tr("Cit&y:"), self.city, tr("City"), "City")
        self.add_field(tr("St&ate:"), self.state, tr("State"), "State")
        self.add_field(tr("&Type:"), self.consulate_type, tr("Consulate type"), "Type")
        self.add_field(tr("Time &zone:"), self.time_zone, tr("Time zone"), "Time zone",
                       tr("An IANA time zone name; type part of it to search"))
        self.add_field(tr("Addr&ess:"), self.address, tr("Address"))
        self.add_field(tr("&Phone:"), self.phone, tr("Phone"))
        self.add_field(tr("E&mail:"), self.email, tr("Email"), "Email")
        self.add_field(tr("&Jurisdiction:"), self.jurisdiction, tr("Jurisdiction"))

        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin.setAccessibleName(tr("Where this record comes from"))
        self._layout.addWidget(self.origin)

        self.country.currentIndexChanged.connect(self._suggest_id)
        self.city.textEdited.connect(self._suggest_id)
        self.id_edit.textEdited.connect(self._id_edited)
        self.setMinimumWidth(520)

    def _load(self, data: ConsulateInput) -> None:
        self.id_edit.setText(data.id)
        set_combo_data(self.country, data.country_code)
        self.city.setText(data.city)
        set_combo_data(self.state, data.state)
        set_combo_data(self.consulate_type, data.consulate_type)
        set_combo_data(self.time_zone, data.time_zone)
        self.address.setText(data.address)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.jurisdiction.setText(data.jurisdiction)
        if self.original_id and data.source:
            self.origin.setText(reference_note(data.source, data.confidence))
        else:
            self.origin.hide()

    def _id_edited(self) -> None:
        self._id_typed = bool(self.id_edit.text())

    def _suggest_id(self) -> None:
        """For a new consulate, propose COUNTRY-CITY until the user types an ID of their own."""
        if self._id_typed or self.original_id:
            return
        country = combo_value(self.country)
        city = self.city.text().strip()
        if country and city:
            self.id_edit.setText(slug_id(country, city, upper=True, taken=self._taken))

    def value(self) -> ConsulateInput:
        return ConsulateInput(
            id=self.id_edit.text().strip(),
            country_code=combo_value(self.country),
            city=self.city.text(),
            state=combo_value(self.state),
            consulate_type=combo_value(self.consulate_type),
            time_zone=combo_value(self.time_zone),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            jurisdiction=self.jurisdiction.text(),
            source=self.data.source,
            confidence=self.data.confidence,
            version=self.data.version,
        )

    def save(self) -> Change:
        data = self.value()
        change = ops.save_consulate(self, self.db, data, self.original_id).call()
        self.saved_id = data.id
        return change
