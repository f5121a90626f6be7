"""What the main window expects of a page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from consularapp.changes import Change
from consularapp.db import Database
from ui import operations
from ui.settings import Settings


class Page(QWidget):
    """A page of the main window.

    Every page hears every write of the window on its database's ChangeBus
    (`ui.operations.bus(db)`): `apply_change` refreshes what a Change names, `reload` reads
    everything again. Pages write through `ui.operations` wrappers, never by themselves.
    Signals: `status(message)` for the status bar.
    """

    status = Signal(str)
    # Ask the window to show a record wherever it lives: ("agreement" | "office" | "consulate" |
    # "person" | "event", ID). The window asks each page's `show_record` in turn.
    open_record = Signal(str, str)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        bus = operations.bus(db)
        bus.changed.connect(self._heard)
        bus.reloaded.connect(self.reload)

    def _heard(self, change: Change, _initiator: object) -> None:
        self.apply_change(change)

    def focus_search(self) -> bool:
        """Put the focus in the page's search box; False if it has none."""
        return False

    def apply_change(self, change: Change) -> None:
        """Refresh what `change` touched (called for every write, whichever page made it)."""

    def reload(self) -> None:
        """Read everything again (after an import too big to apply row by row)."""

    def show_record(self, record_type: str, record_id: str) -> bool:
        """Select the record if this page shows records of that type; True if it did."""
        return False

    def save_state(self) -> None:
        """Remember splitters and table headers (called when the window closes)."""
