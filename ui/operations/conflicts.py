"""Operations on planning problems: acknowledge one with a reason, or withdraw that."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from consularapp import conflicts
from consularapp.changes import Change
from consularapp.db import Database
from ui.operations import WriteOp


def acknowledge(parent: QWidget | None, db: Database, key: str, reason: str,
                by: str | None = None) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: conflicts.acknowledge(db, key, reason, by))


def unacknowledge(parent: QWidget | None, db: Database, key: str) -> WriteOp[Change]:
    return WriteOp(parent, db, lambda: conflicts.unacknowledge(db, key))


def acknowledge_all(parent: QWidget | None, db: Database, keys: list[str], reason: str,
                    by: str | None = None) -> WriteOp[Change]:
    """A group of problems with one reason: one write, one step to undo."""
    return WriteOp(parent, db, lambda: conflicts.acknowledge_all(db, keys, reason, by))
