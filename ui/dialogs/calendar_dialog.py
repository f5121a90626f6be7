"""Export a calendar file (.ics) for Outlook or Google Calendar.

Two kinds: a Labor Rights Week schedule (the whole campaign, one consulate's events, one office's
or one person's shifts; in English or Spanish; the current schedule, the latest release, a given
release or only the changes since the last release) and the agreement deadlines (renewal windows,
expiries and reviews as of a day). The file is built off the UI thread behind a progress dialog
with Cancel, so a national export never freezes the window; the result is reported as "Wrote N
events to FILE".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consularapp.calendars import deadlines_calendar, event_calendar, write_calendar
from consularapp.campaigns import list_campaigns
from consularapp.db import Database
from consularapp.directory import list_consulates, list_offices
from consularapp.errors import CancelledError, InputError, Problem
from consularapp.events import list_events
from consularapp.publishing import (
    ReleaseInfo,
    changes_calendar,
    folder_file_name,
    list_releases,
)
from consularapp.staffing import list_assignments
from ui import clock
from ui.dialogs.form import ProblemsPanel, combo_value, contains_completer
from ui.progress import run_with_progress
from ui.settings import Settings
from ui.worker import Task


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarDialog", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("CalendarDialog", text, None, n)


KIND_SCHEDULE = "schedule"
KIND_DEADLINES = "deadlines"
SCOPES = ("all", "consulate", "office", "person")
VERSIONS = ("current", "latest", "release", "changes")


@dataclass(frozen=True)
class CalendarRequest:
    """Everything an export needs, read from the dialog (plain values, safe for a worker)."""

    kind: str = KIND_SCHEDULE
    year: int = 0
    scope: str = "all"  # one of SCOPES
    record_id: str = ""  # the consulate, office or person
    language: str = "en"
    version: str = "current"  # one of VERSIONS
    release: int | None = None
    as_of: date | None = None

    def build(self, db: Database, progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> bytes:
        if self.kind == KIND_DEADLINES:
            return deadlines_calendar(db, self.as_of)
        ids: dict[str, Any] = {}
        if self.scope in ("consulate", "office", "person"):
            ids[f"{self.scope}_id"] = self.record_id
        if self.version == "changes":
            return changes_calendar(db, self.year, language=self.language, **ids)
        release: int | str | None = None
        if self.version == "latest":
            release = "latest"
        elif self.version == "release":
            release = self.release
        return event_calendar(db, self.year, language=self.language, release=release,
                              progress=progress, cancelled=cancelled, **ids)

    def file_name(self, releases: list[ReleaseInfo]) -> str:
        if self.kind == KIND_DEADLINES:
            return f"agreement-deadlines-{(self.as_of or clock.today()).isoformat()}.ics"
        kind = None if self.scope == "all" else self.scope
        name = folder_file_name(self.year, kind, self.record_id or None, self.language)
        stem = name.removesuffix(".ics")
        if self.version == "latest" and releases:
            stem += f"-release-{releases[-1].number}"
        elif self.version == "release" and self.release:
            stem += f"-release-{self.release}"
        elif self.version == "changes":
            stem += f"-changes-since-{releases[-1].number}" if releases else "-changes"
        return f"{stem}.ics"


def export_calendar(
    db: Database,
    request: CalendarRequest,
    path: str,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Path, int]:
    """Build and write the calendar (in a worker): (file written, number of events)."""
    data = request.build(db, progress, cancelled)
    if cancelled is not None and cancelled():
        raise CancelledError("The export was cancelled")
    written = write_calendar(path, data)
    return written, data.count(b"BEGIN:VEVENT")


class CalendarDialog(QDialog):
    """Signals `exported(message)` after a file was written ("Wrote N events to FILE")."""

    exported = Signal(str)
    settings_key = "dialogs/calendar"

    def __init__(
        self,
        db: Database,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        scope: str = "all",
        record_id: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings or Settings()
        self.task: Task | None = None
        self.message = ""
        self.written: Path | None = None
        self._name_typed = False
        self.releases: list[ReleaseInfo] = []
        self.setWindowTitle(_tr("Export calendar"))
        campaigns = list_campaigns(db)
        with_events = [c for c in campaigns if c.event_count]
        layout = QVBoxLayout(self)
        self.problems = ProblemsPanel(self)
        layout.addWidget(self.problems)

        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.schedule_radio = QRadioButton(_tr("Labor Rights &Week schedule"), self)
        self.deadlines_radio = QRadioButton(_tr("Agreement &deadlines"), self)
        for n, radio in enumerate((self.schedule_radio, self.deadlines_radio)):
            self.kind_group.addButton(radio, n)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        # --- the schedule ---
        self.schedule_box = QGroupBox(_tr("Schedule"), self)
        grid = QGridLayout(self.schedule_box)
        self.campaign = QComboBox(self)
        self.campaign.setAccessibleName(_tr("Campaign"))
        for c in with_events or campaigns:
            self.campaign.addItem(
                _ntr("Labor Rights Week %1 (%n event(s))", c.event_count).replace(
                    "%1", str(c.year)), c.year)
        campaign_caption = QLabel(_tr("&Campaign:"))
        campaign_caption.setBuddy(self.campaign)
        grid.addWidget(campaign_caption, 0, 0)
        grid.addWidget(self.campaign, 0, 1, 1, 2)

        self.scope_group = QButtonGroup(self)
        self.scope_radios: dict[str, QRadioButton] = {}
        self.scope_combos: dict[str, QComboBox] = {}
        labels = {
            "all": _tr("The whole campaig&n"),
            "consulate": _tr("One c&onsulate's events:"),
            "office": _tr("One o&ffice's events:"),
            "person": _tr("One &person's shifts:"),
        }
        names = {
            "consulate": _tr("Consulate"),
            "office": _tr("Office"),
            "person": _tr("Person"),
        }
        scope_caption = QLabel(_tr("Scope:"))
        grid.addWidget(scope_caption, 1, 0)
        for n, key in enumerate(SCOPES):
            radio = QRadioButton(labels[key], self)
            self.scope_group.addButton(radio, n)
            self.scope_radios[key] = radio
            grid.addWidget(radio, 1 + n, 1)
            if key != "all":
                combo = QComboBox(self)
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.setAccessibleName(names[key])
                combo.setMinimumContentsLength(34)
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo: c.lineEdit().setCursorPosition(0))
                self.scope_combos[key] = combo
                grid.addWidget(combo, 1 + n, 2)

        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setAccessibleName(_tr("Language of the calendar"))
        language_caption = QLabel(_tr("&Language:"))
        language_caption.setBuddy(self.language)
        grid.addWidget(language_caption, 5, 0)
        grid.addWidget(self.language, 5, 1)

        self.version_group = QButtonGroup(self)
        self.version_radios: dict[str, QRadioButton] = {}
        version_labels = {
            "current": _tr("C&urrent schedule"),
            "latest": _tr("As of the la&test release"),
            "release": _tr("As of &release:"),
            "changes": _tr("Only c&hanges since the last release"),
        }
        grid.addWidget(QLabel(_tr("Version:")), 6, 0)
        for n, key in enumerate(VERSIONS):
            radio = QRadioButton(version_labels[key], self)
            self.version_group.addButton(radio, n)
            self.version_radios[key] = radio
            grid.addWidget(radio, 6 + n, 1)
        self.release = QComboBox(self)
        self.release.setAccessibleName(_tr("Release"))
        grid.addWidget(self.release, 8, 2)
        self.version_note = QLabel(self)
        self.version_note.setWordWrap(True)
        grid.addWidget(self.version_note, 10, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        layout.addWidget(self.schedule_box)

        # --- the deadlines ---
        self.deadlines_box = QGroupBox(_tr("Agreement deadlines"), self)
        form = QFormLayout(self.deadlines_box)
        self.as_of = QDateEdit(self)
        self.as_of.setDisplayFormat("ddd yyyy-MM-dd")
        self.as_of.setCalendarPopup(True)
        today = clock.today()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.as_of.setAccessibleName(_tr("Deadlines as of"))
        as_of_caption = QLabel(_tr("&As of:"))
        as_of_caption.setBuddy(self.as_of)
        form.addRow(as_of_caption, self.as_of)
        note = QLabel(_tr("Renewal windows, expiries and periodic reviews of the agreements in "
                          "force on that day, with reminders 30 and 7 days before."))
        note.setWordWrap(True)
        form.addRow("", note)
        layout.addWidget(self.deadlines_box)

        # --- the file ---
        file_row = QHBoxLayout()
        file_caption = QLabel(_tr("Fil&e:"))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(_tr("File to write"))
        file_caption.setBuddy(self.path)
        self.browse = QPushButton(_tr("&Browse…"), self)
        self.browse.setAccessibleName(_tr("Choose the file"))
        file_row.addWidget(file_caption)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        layout.addLayout(file_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(_tr("&Save calendar"))
        self.export_button.setProperty("saves", True)  # Alt+S commits, in every dialog
        self.export_button.setAccessibleName(_tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        # --- initial state ---
        self.schedule_radio.setChecked(True)
        self.scope_radios["all"].setChecked(True)
        self.version_radios["current"].setChecked(True)
        if year is not None and self.campaign.findData(year) >= 0:
            self.campaign.setCurrentIndex(self.campaign.findData(year))
        self._fill_year()
        if scope in self.scope_radios:
            self.scope_radios[scope].setChecked(True)
            combo = self.scope_combos.get(scope)
            if combo is not None and record_id:
                index = combo.findData(record_id)
                if index >= 0:
                    combo.setCurrentIndex(index)
        self.kind_group.idToggled.connect(lambda _id, _on: self._update())
        self.scope_group.idToggled.connect(lambda _id, _on: self._update())
        self.version_group.idToggled.connect(lambda _id, _on: self._update())
        self.campaign.currentIndexChanged.connect(lambda _i: (self._fill_year(), self._update()))
        for combo in (*self.scope_combos.values(), self.language, self.release):
            combo.currentIndexChanged.connect(lambda _i: self._update())
        self.as_of.dateChanged.connect(lambda _d: self._update())
        self.path.textEdited.connect(self._path_typed)
        self.browse.clicked.connect(self.choose_file)
        self._update()
        if not self.settings.restore_geometry(self, self.settings_key):
            self.resize(720, self.sizeHint().height())

    # --- choices --------------------------------------------------------------------------------

    def _fill_year(self) -> None:
        year = self.campaign.currentData()
        consulates: dict[str, str] = {}
        offices: set[str] = set()
        people: dict[str, str] = {}
        self.releases = []
        if year is not None:
            for row in list_events(self.db, int(year)):
                if row.host_consulate_id:
                    consulates[row.host_consulate_id] = row.host_name or row.host_consulate_id
                offices.update(row.office_ids)
            for a in list_assignments(self.db, year=int(year)):
                people[a.person_id] = a.person_name
            self.releases = list_releases(self.db, int(year))
        all_consulates = {c.id: c.name for c in list_consulates(self.db)}
        office_names = {o.id: f"{o.agency_code} — {o.name}" for o in list_offices(self.db)}
        self._fill_combo(self.scope_combos["consulate"], [
            (f"{name} ({cid})", cid) for cid, name in consulates.items()
        ] or [(f"{name} ({cid})", cid) for cid, name in all_consulates.items()])
        self._fill_combo(self.scope_combos["office"], [
            (f"{office_names.get(oid, oid)} ({oid})", oid) for oid in offices
        ])
        self._fill_combo(self.scope_combos["person"], [
            (f"{name} ({pid})", pid) for pid, name in people.items()
        ])
        self.release.blockSignals(True)
        self.release.clear()
        for r in reversed(self.releases):
            when = r.published_at.astimezone().strftime("%Y-%m-%d %H:%M")
            by = f", {r.published_by}" if r.published_by else ""
            self.release.addItem(
                _tr("Release %1 (%2%3)").replace("%1", str(r.number)).replace("%2", when)
                .replace("%3", by), r.number)
        self.release.blockSignals(False)

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo_value(combo)
        combo.blockSignals(True)
        combo.clear()
        for label, value in sorted(items, key=lambda item: item[0].casefold()):
            combo.addItem(label, value)
        combo.setCompleter(contains_completer([label for label, _v in items], combo))
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
        combo.lineEdit().setCursorPosition(0)
        combo.blockSignals(False)

    def _update(self) -> None:
        schedule = self.schedule_radio.isChecked()
        self.schedule_box.setEnabled(schedule)
        self.deadlines_box.setEnabled(not schedule)
        for key, combo in self.scope_combos.items():
            combo.setEnabled(self.scope_radios[key].isChecked())
        has_releases = bool(self.releases)
        person = self.scope_radios["person"].isChecked()
        for key in ("latest", "release"):
            self.version_radios[key].setEnabled(has_releases)
        self.version_radios["changes"].setEnabled(not person)
        self.release.setEnabled(has_releases and self.version_radios["release"].isChecked())
        notes = []
        if not has_releases:
            notes.append(_tr("Nothing has been published for this campaign yet, so there is "
                             "no release to export, and “changes since the last release” "
                             "holds every event."))
            if self.version_radios["latest"].isChecked() or \
                    self.version_radios["release"].isChecked():
                self.version_radios["current"].setChecked(True)
        if person:
            notes.append(_tr("A person's calendar holds their shifts; “changes since the last "
                             "release” is for partners' calendars."))
            if self.version_radios["changes"].isChecked():
                self.version_radios["current"].setChecked(True)
        self.version_note.setText(" ".join(notes))
        self.version_note.setVisible(bool(notes))
        if not self._name_typed:
            folder = self.settings.last_folder("calendar")
            self.path.setText(str(Path(folder) / self.request().file_name(self.releases)))

    def _path_typed(self, text: str) -> None:
        self._name_typed = bool(text)

    def request(self) -> CalendarRequest:
        if self.deadlines_radio.isChecked():
            qd = self.as_of.date()
            return CalendarRequest(kind=KIND_DEADLINES,
                                   as_of=date(qd.year(), qd.month(), qd.day()))
        scope = next(k for k, r in self.scope_radios.items() if r.isChecked())
        version = next(k for k, r in self.version_radios.items() if r.isChecked())
        record_id = combo_value(self.scope_combos[scope]) if scope != "all" else ""
        release = self.release.currentData() if version == "release" else None
        return CalendarRequest(
            kind=KIND_SCHEDULE,
            year=int(self.campaign.currentData() or 0),
            scope=scope,
            record_id=record_id,
            language=str(self.language.currentData() or "en"),
            version=version,
            release=int(release) if release is not None else None,
        )

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _tr("Save the calendar as"), self.path.text(),
            _tr("Calendar files (*.ics);;All files (*)"))
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            self.path.setText(path)
            self._name_typed = True

    # --- exporting ------------------------------------------------------------------------------

    def problems_found(self) -> list[Problem]:
        request = self.request()
        found = []
        if request.kind == KIND_SCHEDULE:
            if not request.year:
                found.append(Problem("Campaign", "choose a campaign"))
            if request.scope != "all" and not request.record_id:
                found.append(Problem("Scope", f"choose the {request.scope}"))
        if not self.path.text().strip():
            found.append(Problem("File", "choose where to save the calendar"))
        return found

    def start_export(self) -> Task | None:
        """Export in a worker behind a progress dialog; the dialog closes when the file is
        written."""
        found = self.problems_found()
        if found:
            self.problems.show_problems(found)
            return None
        self.problems.clear()
        path = self.path.text().strip()
        self.settings.set_last_folder("calendar", str(Path(path).expanduser().parent))
        self.export_button.setEnabled(False)
        self.task = run_with_progress(
            self, _tr("Exporting the calendar…"), export_calendar, self.db, self.request(),
            str(Path(path).expanduser()), on_success=self._exported, on_error=self._failed,
            on_cancelled=lambda: self.export_button.setEnabled(True))
        return self.task

    def _exported(self, result: tuple[Path, int]) -> None:
        path, count = result
        self.written = path
        self.message = _ntr("Wrote %n event(s) to %1", count).replace("%1", str(path))
        self.exported.emit(self.message)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, InputError):
            self.problems.show_problems(exc.problems)
            return
        from ui.errors import show_error

        show_error(self, exc)

    def done(self, result: int) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.settings.save_geometry(self, self.settings_key)
        super().done(result)
