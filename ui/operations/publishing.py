"""Publishing a Labor Rights Week's schedule as its next release, off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import publishing
from consularapp.db import Database
from consularapp.publishing import PublishChange
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def publish(parent: QWidget | None, db: Database, year: int,
            by: str | None = None) -> WriteOp[PublishChange]:
    """Record the schedule as sent to partners (and write the publish folder); the result is
    the Change with the release and the files written. A release is what partners were told,
    so it is not an undoable edit."""
    return WriteOp(parent, db, lambda: publishing.publish(db, year, by=by)).in_background(
        _tr("Publishing Labor Rights Week %1…").replace("%1", str(year)))
