"""The record dialogs, built directly and driven through their accept logic."""

from __future__ import annotations

import pytest

from consularapp.db import Database
from consularapp.directory import get_office, get_person, list_agencies, list_offices
from consularapp.errors import NotFoundError
from ui.dialogs.consulate_dialog import ConsulateDialog
from ui.dialogs.form import combo_value, slug_id
from ui.dialogs.office_dialog import OfficeDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.settings import Settings


def fill_office(dialog: OfficeDialog, **values: str) -> None:
    dialog.agency.setEditText(values.get("agency", "WHD"))
    dialog.name.setText(values.get("name", "Elgin Field Office"))
    dialog.city.setText(values.get("city", "Elgin"))
    dialog.city.textEdited.emit(dialog.city.text())
    dialog.state.setCurrentIndex(dialog.state.findData(values.get("state", "IL")))
    dialog.time_zone.setEditText(values.get("time_zone", "America/Chicago"))


def test_new_office_saves_and_suggests_an_id(ref_db: Database, qtbot, settings: Settings) -> None:
    dialog = OfficeDialog(ref_db, None, settings=settings)
    qtbot.addWidget(dialog)
    fill_office(dialog)
    assert dialog.id_edit.text() == "WHD-ELGIN"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.change is not None and dialog.change.created["office"] == {"WHD-ELGIN"}
    saved = get_office(ref_db, "WHD-ELGIN")
    assert (saved.city, saved.state, saved.time_zone) == ("Elgin", "IL", "America/Chicago")


def test_refused_office_keeps_the_dialog_open_with_every_problem(
    ref_db: Database, qtbot, settings: Settings
) -> None:
    dialog = OfficeDialog(ref_db, "WHD-CHICAGO", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.city.setText("")
    dialog.time_zone.setEditText("Mars/Olympus")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    text = dialog.problems.text()
    assert "City" in text and "Mars/Olympus" in text
    assert dialog.problems.isVisible()
    assert dialog.focusWidget() is dialog.city  # the focus goes to the first failing field
    assert get_office(ref_db, "WHD-CHICAGO").city == "Chicago"  # nothing saved
    assert dialog.time_zone.currentText() == "Mars/Olympus"  # the typing is kept
    dialog.city.setText("Chicago")
    dialog.time_zone.setEditText("America/Chicago")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.problems.isVisible()


def test_office_id_can_be_changed(ref_db: Database, qtbot, settings: Settings) -> None:
    dialog = OfficeDialog(ref_db, "WHD-CHICAGO", settings=settings)
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("WHD-CHI")
    dialog.accept()
    assert dialog.saved_id == "WHD-CHI"
    with pytest.raises(NotFoundError):
        get_office(ref_db, "WHD-CHICAGO")


def test_a_new_agency_code_creates_the_agency(ref_db: Database, qtbot, settings: Settings) -> None:
    dialog = OfficeDialog(ref_db, None, settings=settings)
    qtbot.addWidget(dialog)
    fill_office(dialog, agency="txwc", city="Austin", state="TX")
    assert dialog.agency_name.isEnabled()
    dialog.agency_name.setText("Texas Workforce Commission")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ("TXWC", "Texas Workforce Commission") in list_agencies(ref_db)


def test_known_agency_is_read_from_the_combo(ref_db: Database, qtbot, settings: Settings) -> None:
    dialog = OfficeDialog(ref_db, "OSHA-R-NYC", settings=settings)
    qtbot.addWidget(dialog)
    assert combo_value(dialog.agency) == "OSHA"
    assert not dialog.agency_name.isEnabled()
    assert dialog.origin.text().startswith("Built-in reference data")


def test_every_field_has_a_label_buddy_and_an_accessible_name(
    ref_db: Database, qtbot, settings: Settings
) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    dialog = OfficeDialog(ref_db, None, settings=settings)
    qtbot.addWidget(dialog)
    for row in range(dialog.form.rowCount()):
        label = dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        field = dialog.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and label.buddy() is field
        assert "&" in label.text()
        assert field.accessibleName()


def test_consulate_dialog_adds_and_refuses(ref_db: Database, qtbot, settings: Settings) -> None:
    dialog = ConsulateDialog(ref_db, None, settings=settings)
    qtbot.addWidget(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("GT"))
    dialog.city.setText("Chicago")
    dialog.city.textEdited.emit("Chicago")
    assert dialog.id_edit.text() == "GT-CHICAGO"
    dialog.accept()  # no state, no time zone
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "State" in dialog.problems.text() and "Time zone" in dialog.problems.text()
    dialog.state.setCurrentIndex(dialog.state.findData("IL"))
    dialog.time_zone.setEditText("America/Chicago")
    dialog.consulate_type.setCurrentIndex(dialog.consulate_type.findData("consulate general"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.change is not None and dialog.change.created["consulate"] == {"GT-CHICAGO"}


def test_person_dialog_with_memberships(ref_db: Database, qtbot, settings: Settings) -> None:
    dialog = PersonDialog(ref_db, None, settings=settings, taken_ids={"P-ANA-PEREZ"})
    qtbot.addWidget(dialog)
    dialog.name.setText("Ana Pérez")
    dialog.name.textEdited.emit("Ana Pérez")
    assert dialog.id_edit.text() == "P-ANA-PEREZ-2"  # the style of the existing IDs
    dialog.languages.setText("Spanish; English;; Mixteco")
    first = dialog.memberships.add_row()
    first.organization.setCurrentIndex(first.organization.findData("MX-CHICAGO"))
    first.title.setText("Consul for Protection")
    first.active_from.setText("2019-03-01")
    first.active_to.setText("2023-06-31")  # no such day
    second = dialog.memberships.add_row()
    second.organization.setCurrentIndex(second.organization.findData("WHD-CHICAGO"))
    second.active_from.setText("2023-07-01")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Membership 1" in dialog.problems.text() and "2023-06-31" in dialog.problems.text()
    first.active_to.setText("2023-06-30")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    person = get_person(ref_db, "P-ANA-PEREZ-2")
    assert person.languages == ["Spanish", "English", "Mixteco"]
    assert [m.organization_id for m in person.memberships] == ["MX-CHICAGO", "WHD-CHICAGO"]
    assert person.memberships[1].active_to is None


def test_person_dialog_reports_overlaps_and_removes_rows(
    people_db: Database, qtbot, settings: Settings
) -> None:
    dialog = PersonDialog(people_db, "ana-perez", settings=settings)
    qtbot.addWidget(dialog)
    assert len(dialog.memberships.rows) == 2
    dialog.memberships.rows[0].active_to.setText("")  # now overlaps the second
    dialog.accept()
    assert "overlap" in dialog.problems.text()
    dialog.memberships.remove_row(dialog.memberships.rows[0])
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [m.organization_id for m in get_person(people_db, "ana-perez").memberships] == [
        "MX-HOUSTON"]


def test_organization_choices_name_offices_and_consulates(
    ref_db: Database, qtbot, settings: Settings
) -> None:
    dialog = PersonDialog(ref_db, None, settings=settings)
    qtbot.addWidget(dialog)
    labels = {org_id: label for org_id, label in dialog.memberships.choices}
    assert len(labels) == len(list_offices(ref_db)) + 53
    assert "WHD" in labels["WHD-CHICAGO"] and "(WHD-CHICAGO)" in labels["WHD-CHICAGO"]
    assert "Chicago" in labels["MX-CHICAGO"]


def test_slug_id() -> None:
    assert slug_id("José", "García López") == "jose-garcia-lopez"
    assert slug_id("WHD", "St. Louis", upper=True) == "WHD-ST-LOUIS"
    assert slug_id("a", taken={"a", "a-2"}) == "a-3"
    assert slug_id("   ") == ""


def test_dialog_geometry_is_remembered(ref_db: Database, qtbot, settings: Settings) -> None:
    dialog = OfficeDialog(ref_db, None, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(700, 610)
    dialog.reject()
    again = OfficeDialog(ref_db, None, settings=settings)
    qtbot.addWidget(again)
    assert again.size().width() == 700
