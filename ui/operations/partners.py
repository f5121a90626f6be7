"""Operations on community partners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import partners
from consularapp.changes import PARTNER, Change
from consularapp.db import Database
from consularapp.partners import PartnerInput
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def save_partner(parent: QWidget | None, db: Database, data: PartnerInput,
                 original_id: str | None = None) -> WriteOp[Change]:
    label = _tr("Edit partner %1") if original_id else _tr("Add partner %1")
    return WriteOp(parent, db, lambda: partners.save_partner(db, data, original_id),
                   label=label.replace("%1", data.name.strip() or data.id),
                   touches=[(PARTNER, original_id or ""), (PARTNER, data.id)])


def delete_partner(parent: QWidget | None, db: Database, partner_id: str) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: partners.delete_partner(db, partner_id),
                   label=_tr("Delete partner %1").replace("%1", partner_id),
                   touches=[(PARTNER, partner_id)]).offering_undo()
