"""Renew an agreement: confirm the proposed draft successor, then create it.

The draft keeps the kind, the parties and the term; its dates stay empty until it is signed; the
signatories proposed are the previous ones if still in post, otherwise the current head of the
office and consul (the core's rule). The proposal is made once, when the dialog opens, and what
the dialog shows is exactly what is created (`renew(proposal=...)`); only the ID can be changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from consularapp.agreements import RenewalProposal, propose_renewal
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import get_person
from consularapp.errors import ConsularError
from ui import clock
from ui.dialogs.form import RecordDialog, line_edit
from ui.models.agreement_labels import kind_label, sentence_date, status_text
from ui.models.agreements_model import AgreementRow
from ui.operations import agreements as ops
from ui.settings import Settings


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
        self.today = today or clock.today()
        self.new_id = ""
        self.proposal: RenewalProposal = propose_renewal(db, row.id, self.today)
        proposal = self.proposal
        self.setWindowTitle(self.tr("Renew agreement %1").replace("%1", row.id))
        tr = self.tr
        intro = QLabel(tr(
            "A renewal starts as a draft that replaces %1 once it is signed. Until then %1 stays "
            "as it is. The draft keeps the kind, the parties and the term; fill in the dates when "
            "it is signed.").replace("%1", row.id), self)
        intro.setWordWrap(True)
        intro.setSizePolicy(intro.sizePolicy().horizontalPolicy(),
                            intro.sizePolicy().Policy.Minimum)
        self._layout.insertWidget(1, intro)

        self.id_edit = line_edit(self, proposal.new_id)
        self.add_field(tr("New &ID:"), self.id_edit, tr("ID of the renewal"), "ID",
                       tr("Suggested from the old ID with this year; change it if you like."))
        self.proposed_us = proposal.us_signatory_id
        self.proposed_consul = proposal.consular_signatory_id
        term = (tr("%n month(s)", "", proposal.term_months)
                if proposal.term_months else tr("none (no term, and no dates to count one from)"))
        rows = [
            (tr("Renews:"), f"{row.id} — {status_text(row.status)}"
             + (f", {tr('last day')} {sentence_date(row.expires_on)}" if row.expires_on else "")),
            (tr("Kind:"), kind_label(proposal.kind)),
            (tr("Offices:"), "; ".join(row.office_names)),
            (tr("Consulates:"), "; ".join(row.consulate_names)),
            (tr("Term:"), term),
            (tr("US signatory:"), self._person_text(proposal.us_signatory_id,
                                                    proposal.previous_us_signatory_id)),
            (tr("Consular signatory:"), self._person_text(
                proposal.consular_signatory_id, proposal.previous_consular_signatory_id)),
        ]
        self.summary: dict[str, QLabel] = {}
        for caption, value in rows:
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(caption.rstrip(":"))
            self.form.addRow(caption, label)
            self.summary[caption] = label
        self.ok_button.setText(tr("C&reate draft renewal"))
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
        change, new_id = ops.renew(self, self.db, self.proposal,
                                   self.id_edit.text().strip() or None).call()
        self.new_id = self.saved_id = new_id
        return change
