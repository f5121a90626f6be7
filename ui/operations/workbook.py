"""Importing the exchange workbook (off the UI thread, with progress and cancel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from consularapp.db import Database
from ui.operations import WriteOp

# Past this many records written, the pages read everything again instead of row by row.
RELOAD_AFTER = 500


def import_workbook(parent: QWidget | None, db: Database, path: str,
                    title: str) -> WriteOp[Any]:
    """Import `path` for real (after the dry run the user confirmed). Not undoable: an import is
    undone by importing the previous export."""
    from consularapp import workbook

    def run(progress: Any = None, cancelled: Any = None) -> Any:
        return workbook.import_workbook(db, path, progress=progress, cancelled=cancelled)

    return (WriteOp(parent, db, run).in_background(title, with_progress=True)
            .reloading_above(RELOAD_AFTER))
