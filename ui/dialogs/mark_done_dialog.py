"""Mark an obligation of an agreement done: the date it was done and, if there is one, a link
to the document sent (a path or a web address)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from consularapp.changes import Change
from consularapp.db import Database
from consularapp.obligations import Obligation, ObligationDoneInput
from ui import clock
from ui.dialogs.form import RecordDialog, line_edit
from ui.operations import obligations as ops
from ui.settings import Settings
from ui.widgets.fields import DateField


class MarkDoneDialog(RecordDialog):
    settings_key = "dialogs/mark-done"
    preferred_width = 460  # the obligation's name and period on one or two whole lines

    def __init__(self, db: Database, obligation: Obligation, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(db, settings, parent)
        self.obligation = obligation
        self.setWindowTitle(self.tr("Mark done — %1").replace("%1", obligation.agreement_id))
        tr = self.tr
        about = QLabel(obligation.title(), self)
        about.setWordWrap(True)
        about.setMinimumWidth(300)
        about.setAccessibleName(tr("Obligation"))
        self.form.addRow(tr("Obligation:"), about)
        self.done_on = DateField(self)
        self.done_on.set_date(obligation.done_on or clock.today())
        self.document = line_edit(self, obligation.document or "",
                                  tr("A path or a web address (optional)"))
        self.add_field(tr("&Done on:"), self.done_on, tr("Done on"), "Done on")
        self.add_field(tr("Doc&ument:"), self.document, tr("Document"), "Document",
                       tr("Where the document sent is kept: a path or a web address"))
        self.finish_layout()

    def ordered_widgets(self) -> list[QWidget]:
        return [self.done_on.edit, self.done_on.button, self.done_on.clear_button,
                self.document]

    def value(self) -> ObligationDoneInput:
        o = self.obligation
        return ObligationDoneInput(o.agreement_id, o.obligation, o.period_starts,
                                   self.done_on.date_or_none(), self.document.text())

    def save(self) -> Change:
        return ops.mark_done(self, self.db, self.value()).call()
