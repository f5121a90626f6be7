"""Edit > Undo and Redo: the session's undo history of one database.

Every undoable operation (ui.operations.WriteOp with a label) pushes one step: edits and deletes
in the directory, agreements (renewals too), campaigns, events and their staff. Undo puts the
records back as they were through the core's services (consularapp.undo), as one write, and
announces the Change on the bus like any edit; Redo does the step again. A new edit after an
undo drops what could have been redone. The last `LIMIT` steps are kept.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from consularapp import undo as core_undo
from consularapp.changes import Change
from consularapp.db import Database
from ui.errors import show_error


class Announcer(Protocol):
    """The database's ChangeBus (ui.operations, which makes the UndoStack and imports this
    module, so this one names only what it calls)."""

    def announce(self, change: Change, initiator: object = None) -> None: ...

#: How many edits of the session can be undone (the issue asks for at least 20).
LIMIT = 50


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class UndoStack(QObject):
    """Steps done (undoable) and undone (redoable). `changed()` after any move."""

    changed = Signal()
    #: A step was undone or redone: (the step, the state its records are in now).
    replayed = Signal(object, object)
    #: A step was pushed that deserves an Undo button in the status bar (a delete).
    offered = Signal(object)

    def __init__(self, db: Database, bus: Announcer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.done: list[core_undo.Step] = []
        self.undone: list[core_undo.Step] = []

    # --- state ----------------------------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self.done)

    def can_redo(self) -> bool:
        return bool(self.undone)

    def undo_label(self) -> str:
        return self.done[-1].label if self.done else ""

    def redo_label(self) -> str:
        return self.undone[-1].label if self.undone else ""

    def push(self, step: core_undo.Step, *, offer: bool = False) -> None:
        self.done.append(step)
        del self.done[:-LIMIT]
        self.undone.clear()
        self.changed.emit()
        if offer:
            self.offered.emit(step)

    def top(self) -> core_undo.Step | None:
        """The step Undo would take back now."""
        return self.done[-1] if self.done else None

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()
        self.changed.emit()

    # --- moving ---------------------------------------------------------------------------------

    def undo(self, parent: QWidget | None = None) -> str:
        """Undo the last step; returns what the status bar says ('' if nothing happened)."""
        if not self.done:
            return ""
        step = self.done.pop()
        if not self._apply(parent, step, core_undo.undo):
            return ""
        self.undone.append(step)
        self.changed.emit()
        self.replayed.emit(step, step.before)
        return _tr("Undone: %1").replace("%1", step.label)

    def redo(self, parent: QWidget | None = None) -> str:
        if not self.undone:
            return ""
        step = self.undone.pop()
        if not self._apply(parent, step, core_undo.redo):
            return ""
        self.done.append(step)
        self.changed.emit()
        self.replayed.emit(step, step.after)
        return _tr("Redone: %1").replace("%1", step.label)

    def _apply(self, parent: QWidget | None, step: core_undo.Step, how: object) -> bool:
        try:
            change = how(self.db, step)  # type: ignore[operator]
        except Exception as exc:
            # The step cannot be replayed as it stands (its records changed since): dropped.
            self.changed.emit()
            show_error(parent, exc)
            return False
        self.bus.announce(change, None)
        return True
