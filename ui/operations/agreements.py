"""Operations on agreements: save, delete, renew."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import agreements
from consularapp.agreements import AgreementInput, RenewalProposal
from consularapp.changes import AGREEMENT, Change
from consularapp.db import Database
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def save_agreement(parent: QWidget | None, db: Database, data: AgreementInput,
                   original_id: str | None = None) -> WriteOp[Change]:
    label = _tr("Edit agreement %1") if original_id else _tr("Add agreement %1")
    return WriteOp(parent, db, lambda: agreements.save_agreement(db, data, original_id),
                   label=label.replace("%1", data.id.strip()),
                   touches=[(AGREEMENT, original_id or ""), (AGREEMENT, data.id.strip())])


def delete_agreement(parent: QWidget | None, db: Database,
                     agreement_id: str) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: agreements.delete_agreement(db, agreement_id),
                   label=_tr("Delete agreement %1").replace("%1", agreement_id),
                   touches=[(AGREEMENT, agreement_id)]).offering_undo()


def renew(parent: QWidget | None, db: Database, proposal: RenewalProposal,
          new_id: str | None = None) -> WriteOp[tuple[Change, str]]:
    """Create the draft renewal exactly as `proposal` says (what the Renew dialog showed)."""
    return WriteOp(parent, db,
                   lambda: agreements.renew(db, proposal.renews_id, new_id=new_id,
                                            proposal=proposal),
                   label=_tr("Renew agreement %1").replace("%1", proposal.renews_id),
                   touches=[(AGREEMENT, proposal.renews_id)])
