"""Operations on staff assignments. An assignment's undo step is its event's (with its staff)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import staffing
from consularapp import undo as core_undo
from consularapp.changes import EVENT, Change
from consularapp.db import Database
from consularapp.staffing import AssignmentInput
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def assign(parent: QWidget | None, db: Database, data: AssignmentInput,
           person_name: str = "") -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: staffing.assign(db, data),
                   label=_tr("Assign %1 to %2").replace("%1", person_name or data.person_id)
                   .replace("%2", data.event_id),
                   touches=[(EVENT, data.event_id)])


def update_assignment(parent: QWidget | None, db: Database, assignment_id: int,
                      data: AssignmentInput, person_name: str = "") -> WriteOp[Change]:
    def touches() -> list[core_undo.Key]:
        keys = [(EVENT, data.event_id)]
        found = core_undo.event_key_of_assignment(db, assignment_id)
        return keys + ([found] if found else [])

    return WriteOp(parent, db, lambda: staffing.update_assignment(db, assignment_id, data),
                   label=_tr("Edit the assignment of %1").replace(
                       "%1", person_name or data.person_id),
                   touches=touches)


def remove_assignment(parent: QWidget | None, db: Database, assignment_id: int,
                      person_name: str = "", event_id: str = "") -> WriteOp[Change]:
    def touches() -> list[core_undo.Key]:
        found = core_undo.event_key_of_assignment(db, assignment_id)
        return [found] if found else []

    label = _tr("Remove %1 from %2") if event_id else _tr("Remove the assignment of %1")
    return WriteOp(parent, db, lambda: staffing.remove_assignment(db, assignment_id),
                   label=label.replace("%1", person_name or str(assignment_id))
                   .replace("%2", event_id),
                   touches=touches).offering_undo()
