"""Operations on the directory: offices, consulates and people (with their memberships)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import directory
from consularapp.changes import CONSULATE, OFFICE, PERSON, Change
from consularapp.db import Database
from consularapp.directory import ConsulateInput, OfficeInput, PersonInput
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def _label(new: str, edit: str, record_id: str, original_id: str | None) -> str:
    return (_tr(edit) if original_id else _tr(new)).replace("%1", record_id)


def save_office(parent: QWidget | None, db: Database, data: OfficeInput,
                original_id: str | None = None) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: directory.save_office(db, data, original_id),
                   label=_label("Add office %1", "Edit office %1", data.id, original_id),
                   touches=[(OFFICE, original_id or ""), (OFFICE, data.id)])


def delete_office(parent: QWidget | None, db: Database, office_id: str) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: directory.delete_office(db, office_id),
                   label=_tr("Delete office %1").replace("%1", office_id),
                   touches=[(OFFICE, office_id)]).offering_undo()


def save_consulate(parent: QWidget | None, db: Database, data: ConsulateInput,
                   original_id: str | None = None) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: directory.save_consulate(db, data, original_id),
                   label=_label("Add consulate %1", "Edit consulate %1", data.id, original_id),
                   touches=[(CONSULATE, original_id or ""), (CONSULATE, data.id)])


def delete_consulate(parent: QWidget | None, db: Database,
                     consulate_id: str) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: directory.delete_consulate(db, consulate_id),
                   label=_tr("Delete consulate %1").replace("%1", consulate_id),
                   touches=[(CONSULATE, consulate_id)]).offering_undo()


def save_person(parent: QWidget | None, db: Database, data: PersonInput,
                original_id: str | None = None) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: directory.save_person(db, data, original_id),
                   label=_label("Add %1", "Edit %1", data.name.strip() or data.id, original_id),
                   touches=[(PERSON, original_id or ""), (PERSON, data.id)])


def delete_person(parent: QWidget | None, db: Database, person_id: str,
                  name: str = "") -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: directory.delete_person(db, person_id),
                   label=_tr("Delete %1").replace("%1", name or person_id),
                   touches=[(PERSON, person_id)]).offering_undo()


def replace_liaison(parent: QWidget | None, db: Database, data: directory.LiaisonChange,
                    today: date | None = None) -> WriteOp[Change]:
    """End one person's post at a consulate and start another's (one undo step)."""
    return WriteOp(parent, db, lambda: directory.replace_liaison(db, data, today),
                   label=_tr("Replace the liaison of %1").replace("%1", data.consulate_id),
                   touches=[(PERSON, data.leaving_id), (PERSON, data.person_id)])
