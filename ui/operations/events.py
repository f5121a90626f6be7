"""Operations on the events of a Labor Rights Week: save, cancel, delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import events
from consularapp.changes import EVENT, Change
from consularapp.db import Database
from consularapp.events import EventInput
from consularapp.outcomes import OutcomeInput
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def save_event(parent: QWidget | None, db: Database, data: EventInput,
               original_id: str | None = None) -> WriteOp[Change]:
    label = _tr("Edit event %1") if original_id else _tr("Add event %1")
    return WriteOp(parent, db, lambda: events.save_event(db, data, original_id),
                   label=label.replace("%1", data.id.strip()),
                   touches=[(EVENT, original_id or ""), (EVENT, data.id.strip())])


def cancel_event(parent: QWidget | None, db: Database, event_id: str) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: events.cancel_event(db, event_id),
                   label=_tr("Cancel event %1").replace("%1", event_id),
                   touches=[(EVENT, event_id)])


def delete_event(parent: QWidget | None, db: Database, event_id: str) -> WriteOp[Change]:
    """Delete an event and its assignments; undo brings both back."""
    return WriteOp(parent, db, lambda: events.delete_event(db, event_id),
                   label=_tr("Delete event %1").replace("%1", event_id),
                   touches=[(EVENT, event_id)]).offering_undo()


def cancel_occurrence(parent: QWidget | None, db: Database, event_id: str,
                      occurs_on: date) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: events.cancel_occurrence(db, event_id, occurs_on),
                   label=_tr("Cancel %1 on %2").replace("%1", event_id)
                   .replace("%2", occurs_on.isoformat()), undoable=False)


def move_occurrence(parent: QWidget | None, db: Database,
                    data: events.OccurrenceChangeInput) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: events.move_occurrence(db, data),
                   label=_tr("Move %1").replace("%1", data.event_id), undoable=False)


def restore_occurrence(parent: QWidget | None, db: Database, event_id: str,
                       occurs_on: date) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: events.restore_occurrence(db, event_id, occurs_on),
                   label=_tr("Restore %1 on %2").replace("%1", event_id)
                   .replace("%2", occurs_on.isoformat()), undoable=False)


def save_outcome(parent: QWidget | None, db: Database,
                 data: OutcomeInput) -> WriteOp[Change]:
    from consularapp import outcomes

    return WriteOp(parent, db, lambda: outcomes.save_outcome(db, data),
                   label=_tr("Outcome of %1").replace("%1", data.event_id), undoable=False)
