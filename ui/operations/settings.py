"""Saving the shared settings (Edit > Options): all the values of the dialog in one write."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from consularapp import settings
from consularapp.changes import Change
from consularapp.db import Database
from ui.operations import WriteOp


def save_settings(parent: QWidget | None, db: Database,
                  values: Mapping[str, Any]) -> WriteOp[Change]:
    """Store `values` (None: back to the default), all or none; every page that shows what
    they govern (statuses, planning problems) hears the Change."""
    return WriteOp(parent, db, lambda: settings.set_settings(db, values))
