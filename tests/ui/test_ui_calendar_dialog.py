"""The Export calendar dialog: scopes, languages, versions, the deadlines, in a worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from consularapp.db import Database
from consularapp.events import cancel_event
from consularapp.publishing import publish
from ui.dialogs.calendar_dialog import CalendarDialog, CalendarRequest
from ui.models.table_model import ID_ROLE
from ui.settings import Settings


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(date(2026, 11, 21))


def make_dialog(db: Database, qtbot, settings: Settings, **kwargs) -> CalendarDialog:
    dialog = CalendarDialog(db, settings, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def export(dialog: CalendarDialog, qtbot, path: Path) -> Calendar:
    dialog.path.setText(str(path))
    dialog.path.textEdited.emit(str(path))
    messages: list[str] = []
    dialog.exported.connect(messages.append)
    task = dialog.start_export()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=15000)
    assert messages == [dialog.message]
    return Calendar.from_ical(path.read_bytes())


def summaries(cal: Calendar) -> list[str]:
    return sorted(str(e.get("SUMMARY")) for e in cal.walk("VEVENT"))


def test_whole_campaign_in_english(demo_db: Database, qtbot, settings, tmp_path: Path) -> None:
    dialog = make_dialog(demo_db, qtbot, settings, year=2027)
    assert dialog.campaign.currentData() == 2027
    assert dialog.path.text().endswith("lrw-2027.ics")  # suggested
    assert not dialog.version_radios["latest"].isEnabled()  # nothing published yet
    cal = export(dialog, qtbot, tmp_path / "week.ics")
    events = cal.walk("VEVENT")
    assert len(events) == 14
    assert dialog.message == f"Wrote 14 events to {tmp_path / 'week.ics'}"
    assert not dialog.isVisible()
    assert any(s.startswith("CANCELLED: ") for s in summaries(cal))
    zones = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    assert {"America/Phoenix", "America/Chicago", "Pacific/Honolulu"} <= zones


def test_one_consulate_in_spanish(demo_db: Database, qtbot, settings, tmp_path: Path) -> None:
    dialog = make_dialog(demo_db, qtbot, settings, year=2027, scope="consulate",
                         record_id="MX-PHOENIX")
    assert dialog.scope_radios["consulate"].isChecked()
    assert dialog.scope_combos["consulate"].currentData() == "MX-PHOENIX"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert Path(dialog.path.text()).name == "lrw-2027-consulate-MX-PHOENIX-es.ics"
    cal = export(dialog, qtbot, tmp_path / "phoenix.ics")
    assert len(cal.walk("VEVENT")) == 2
    assert "Semana de Derechos Laborales 2027" in str(cal.get("X-WR-CALNAME"))


def test_one_persons_shifts(demo_db: Database, qtbot, settings, tmp_path: Path) -> None:
    dialog = make_dialog(demo_db, qtbot, settings, year=2027)
    dialog.scope_radios["person"].setChecked(True)
    combo = dialog.scope_combos["person"]
    combo.setCurrentIndex(combo.findData("P-ELENA-SOTO"))
    assert not dialog.version_radios["changes"].isEnabled()  # for partners' calendars only
    assert dialog.version_note.isVisible()
    cal = export(dialog, qtbot, tmp_path / "elena.ics")
    uids = sorted(str(e.get("UID")) for e in cal.walk("VEVENT"))
    assert [u.rsplit("/", 1)[0] for u in uids] == ["LRW2027-HOU-SIGNING/P-ELENA-SOTO",
                                                   "LRW2027-LA-MOBILE/P-ELENA-SOTO"]
    assert all(u.split("/")[-1].startswith("a") for u in uids)  # one UID per assignment


def test_a_release_and_the_changes_since(demo_db: Database, qtbot, settings,
                                         tmp_path: Path) -> None:
    publish(demo_db, 2027, by="tester")
    cancel_event(demo_db, "LRW2027-DEN-TABLING")
    dialog = make_dialog(demo_db, qtbot, settings, year=2027)
    assert dialog.version_radios["latest"].isEnabled()
    dialog.version_radios["release"].setChecked(True)
    assert dialog.release.isEnabled() and dialog.release.currentData() == 1
    assert Path(dialog.path.text()).name == "lrw-2027-release-1.ics"
    cal = export(dialog, qtbot, tmp_path / "release.ics")
    denver = next(e for e in cal.walk("VEVENT") if "DEN-TABLING" in str(e.get("UID")))
    assert str(denver.get("STATUS")) != "CANCELLED"  # as it was sent
    second = make_dialog(demo_db, qtbot, settings, year=2027)
    second.version_radios["changes"].setChecked(True)
    assert Path(second.path.text()).name == "lrw-2027-changes-since-1.ics"
    changes = export(second, qtbot, tmp_path / "changes.ics")
    events = changes.walk("VEVENT")
    assert len(events) == 1 and str(events[0].get("STATUS")) == "CANCELLED"


def test_agreement_deadlines(demo_db: Database, qtbot, settings, tmp_path: Path) -> None:
    dialog = make_dialog(demo_db, qtbot, settings)
    dialog.deadlines_radio.setChecked(True)
    assert not dialog.schedule_box.isEnabled() and dialog.deadlines_box.isEnabled()
    dialog.as_of.setDate(QDate(2026, 11, 21))
    assert Path(dialog.path.text()).name == "agreement-deadlines-2026-11-21.ics"
    cal = export(dialog, qtbot, tmp_path / "deadlines.ics")
    assert cal.walk("VEVENT")
    uids = [str(e.get("UID")) for e in cal.walk("VEVENT")]
    # Agreement deadlines, and the obligations of the alliances (signed copies, reports).
    assert all(u.endswith(("@consularapp.agreements", "@consularapp.obligations")) for u in uids)
    assert any(u.endswith("@consularapp.obligations") for u in uids)
    assert dialog.message.startswith("Wrote ")


def test_browse_and_missing_choices(demo_db: Database, qtbot, settings, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen), "Calendar files (*.ics)"))
    dialog = make_dialog(demo_db, qtbot, settings, year=2027)
    dialog.browse.click()
    assert dialog.path.text() == f"{chosen}.ics"
    dialog.language.setCurrentIndex(1)  # a typed name is kept when the options change
    assert dialog.path.text() == f"{chosen}.ics"
    dialog.path.clear()
    assert dialog.start_export() is None
    assert "File" in dialog.problems.text()
    assert dialog.isVisible()


def test_file_names_of_requests() -> None:
    request = CalendarRequest(year=2027, scope="office", record_id="WHD-CHICAGO", language="es")
    assert request.file_name([]) == "lrw-2027-office-WHD-CHICAGO-es.ics"
    assert CalendarRequest(kind="deadlines", as_of=date(2027, 1, 2)).file_name([]) == \
        "agreement-deadlines-2027-01-02.ics"


def test_file_menu_opens_the_dialog(demo_db: Database, qtbot, settings) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.calendar_action.trigger()
    dialog = window.calendar_dialog
    assert isinstance(dialog, CalendarDialog) and dialog.isVisible()
    assert dialog.campaign.currentData() == 2027
    dialog.reject()


def test_the_dialog_starts_on_the_host_consulate_of_the_event_in_hand(
        demo_db: Database, qtbot, settings) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("lrw")
    page.views.setCurrentIndex(1)  # the list
    view = page.list_view
    row = next(n for n in range(page.proxy.rowCount())
               if page.proxy.index(n, 0).data(ID_ROLE) == "LRW2027-PHX-HEAT")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(page.proxy.index(row, 0)).center())
    assert page.current_event == "LRW2027-PHX-HEAT"
    window.calendar_action.trigger()  # File > Export calendar…
    dialog = window.calendar_dialog
    assert dialog.scope_radios["consulate"].isChecked()
    assert dialog.scope_combos["consulate"].currentData() == "MX-PHOENIX"
