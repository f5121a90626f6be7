"""Move one occurrence of a recurring event to another day or time, in the venue's local time;
the series goes on as its rule says, and calendars get a RECURRENCE-ID override."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.events import OccurrenceChangeInput, OccurrenceRow
from ui.dialogs.event_dialog import LocalTimeField
from ui.dialogs.form import RecordDialog
from ui.models.lrw_labels import long_day_text
from ui.operations import events as ops
from ui.settings import Settings


class MoveOccurrenceDialog(RecordDialog):
    settings_key = "dialogs/move-occurrence"

    def __init__(self, db: Database, row: OccurrenceRow, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(db, settings, parent)
        tr = self.tr
        self.row = row
        self.setWindowTitle(tr("Move one occurrence — %1").replace("%1",
                                                                   row.event.shown_title()))
        about = QLabel(tr("The occurrence due on %1; the others stay as the rule says.")
                       .replace("%1", long_day_text(row.occurs_on)), self)
        about.setWordWrap(True)
        self.form.addRow("", about)
        self.starts = LocalTimeField(tr("Start"), self)
        self.ends = LocalTimeField(tr("End"), self)
        self.starts.set_value(row.starts.replace(tzinfo=None))
        self.ends.set_value(row.ends.replace(tzinfo=None))
        for field in (self.starts, self.ends):
            field.show_zone(row.event.time_zone)
        start_caption = QLabel(tr("Sta&rts (venue time):"))
        start_caption.setBuddy(self.starts.day)
        self.form.addRow(start_caption, self.starts)
        end_caption = QLabel(tr("En&ds (venue time):"))
        end_caption.setBuddy(self.ends.day)
        self.form.addRow(end_caption, self.ends)
        self.fields["Starts"] = self.starts.day
        self.fields["Ends"] = self.ends.day
        self.finish_layout()

    def ordered_widgets(self) -> list[QWidget]:
        return [self.starts.day, self.starts.clock, self.ends.day, self.ends.clock]

    def value(self) -> OccurrenceChangeInput:
        return OccurrenceChangeInput(self.row.event.id, self.row.occurs_on, self.starts.value(),
                                     self.ends.value())

    def save(self) -> Change:
        return ops.move_occurrence(self, self.db, self.value()).call()
