"""Renew an agreement: confirm the proposed draft successor, then create it.

The draft keeps the kind, the parties and the term; its dates stay empty until it is signed; the
signatories proposed are the previous ones if still in post, otherwise the current head of the
office and consul (the core's rule). The ID can be changed before creating it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from consularapp.agreements import get_agreement, renew, renewal_id, renewal_proposal
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import get_person
from consularapp.errors import ConsularError
from ui.dialogs.form import RecordDialog, line_edit
from ui.models.agreement_labels import kind_label, status_text
from ui.models.agreements_model import AgreementRow
from ui.settings import Settings


def proposed_signatories(
    db: Database, agreement_id: str, day: date
) -> tuple[str | None, str | None]:
    """(US signatory ID, consular signatory ID) that `renew` would propose on `day`."""
    return renewal_proposal(db, agreement_id, day)


class RenewDialog(RecordDialog):
    """'Renew WHD-LA-MX-2021?' with the proposed draft; Create makes it (ID editable)."""

    settings_key = "dialogs/renew"

    def __init__(
        self,
        db: Database,
        row: AgreementRow,
        taken_ids: set[str],
        parent: QWidget | None = None,
        settings: Settings | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(db, settings, parent)
        self.row = row
        self.today = today or date.today()
        self.new_id = ""
        self.setWindowTitle(self.tr("Renew agreement %1").replace("%1", row.id))
        old = get_agreement(db, row.id)
        tr = self.tr
        intro = QLabel(tr(
            "A renewal starts as a draft that replaces %1 once it is signed. Until then %1 stays "
            "as it is. The draft keeps the kind, the parties and the term; fill in the dates when "
            "it is signed.").replace("%1", row.id), self)
        intro.setWordWrap(True)
        intro.setSizePolicy(intro.sizePolicy().horizontalPolicy(),
                            intro.sizePolicy().Policy.Minimum)
        self._layout.insertWidget(1, intro)

        self.id_edit = line_edit(self, renewal_id(taken_ids, row.id, self.today.year))
        self.add_field(tr("New &ID:"), self.id_edit, tr("ID of the renewal"), "ID",
                       tr("Suggested from the old ID with this year; change it if you like."))
        try:
            us, consul = proposed_signatories(db, row.id, self.today)
        except ConsularError:
            us, consul = old.us_signatory_id, old.consular_signatory_id
        self.proposed_us, self.proposed_consul = us, consul
        term = (tr("%1 months").replace("%1", str(old.term_months)) if old.term_months
                else tr("as the old one (from its dates) or none"))
        rows = [
            (tr("Renews:"), f"{row.id} — {status_text(row.status)}"
             + (f", {tr('last day')} {row.expires_on}" if row.expires_on else "")),
            (tr("Kind:"), kind_label(old.kind)),
            (tr("Offices:"), "; ".join(row.office_names)),
            (tr("Consulates:"), "; ".join(row.consulate_names)),
            (tr("Term:"), term),
            (tr("US signatory:"), self._person_text(us, old.us_signatory_id)),
            (tr("Consular signatory:"), self._person_text(consul, old.consular_signatory_id)),
        ]
        self.summary: dict[str, QLabel] = {}
        for caption, value in rows:
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(caption.rstrip(":"))
            self.form.addRow(caption, label)
            self.summary[caption] = label
        self.ok_button.setText(tr("&Save draft renewal"))
        self.ok_button.setAccessibleName(tr("Create the draft renewal"))
        self._layout.addStretch(1)
        self.finish_layout()
        self.setMinimumWidth(680)

    def _person_text(self, person_id: str | None, previous: str | None) -> str:
        tr = self.tr
        if not person_id:
            return tr("nobody found in post; choose one when editing the draft")
        try:
            name = get_person(self.db, person_id).name
        except ConsularError:
            name = person_id
        text = f"{name} ({person_id})"
        if previous and previous != person_id:
            text += " — " + tr("replaces %1, no longer in post").replace("%1", previous)
        elif previous == person_id:
            text += " — " + tr("as before")
        return text

    def save(self) -> Change:
        change, new_id = renew(self.db, self.row.id, new_id=self.id_edit.text().strip(),
                               today=self.today)
        self.new_id = self.saved_id = new_id
        return change
