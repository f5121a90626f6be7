"""Operations on the obligations of agreements: marking one done, taking it back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import obligations
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.obligations import ObligationDoneInput
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def mark_done(parent: QWidget | None, db: Database,
              data: ObligationDoneInput) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: obligations.mark_done(db, data),
                   label=_tr("Mark done: %1").replace("%1", data.agreement_id), undoable=False)


def unmark_done(parent: QWidget | None, db: Database, agreement_id: str, obligation: str,
                period_starts: date | None) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: obligations.unmark_done(db, agreement_id, obligation,
                                                               period_starts),
                   label=_tr("Not done: %1").replace("%1", agreement_id), undoable=False)
