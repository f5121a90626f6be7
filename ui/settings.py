"""Everything the window remembers between sessions, kept in one place (Picard's habit).

Widgets never touch QSettings themselves: they ask this module to save or restore their geometry
and state under a key, so the keys, their format and the storage location live here only.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

ORGANIZATION = "ConsularApp"
APPLICATION = "ConsularApp"


class Settings:
    """A thin, typed front of QSettings; pass a QSettings of your own in tests."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    # --- window and dialog geometry -------------------------------------------------------------

    def save_geometry(self, widget: QWidget, key: str) -> None:
        self.store.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_geometry(self, widget: QWidget, key: str) -> bool:
        data = self._bytes(f"geometry/{key}")
        return bool(data) and widget.restoreGeometry(data)

    def save_window_state(self, window: QWidget, key: str) -> None:
        """Geometry plus the dock/toolbar state of a QMainWindow."""
        self.save_geometry(window, key)
        save_state = getattr(window, "saveState", None)
        if save_state is not None:
            self.store.setValue(f"state/{key}", save_state())

    def restore_window_state(self, window: QWidget, key: str) -> bool:
        restored = self.restore_geometry(window, key)
        data = self._bytes(f"state/{key}")
        restore_state = getattr(window, "restoreState", None)
        if data and restore_state is not None:
            restore_state(data)
        return restored

    # --- splitters and table headers ------------------------------------------------------------

    def save_splitter(self, splitter: QSplitter, key: str) -> None:
        self.store.setValue(f"splitter/{key}", splitter.saveState())

    def restore_splitter(self, splitter: QSplitter, key: str) -> bool:
        data = self._bytes(f"splitter/{key}")
        return bool(data) and splitter.restoreState(data)

    def save_header(self, header: QHeaderView, key: str) -> None:
        self.store.setValue(f"header/{key}", header.saveState())

    def restore_header(self, header: QHeaderView, key: str) -> bool:
        data = self._bytes(f"header/{key}")
        return bool(data) and header.restoreState(data)

    # --- plain values ---------------------------------------------------------------------------

    @property
    def last_page(self) -> str:
        return str(self.store.value("window/last_page", "") or "")

    @last_page.setter
    def last_page(self, name: str) -> None:
        self.store.setValue("window/last_page", name)

    def last_tab(self, page: str) -> str:
        """The tab last shown on `page` ('directory' -> 'people')."""
        return str(self.store.value(f"tabs/{page}", "") or "")

    def set_last_tab(self, page: str, tab: str) -> None:
        self.store.setValue(f"tabs/{page}", tab)

    def last_folder(self, purpose: str) -> str:
        """The folder last used by a file dialog for `purpose` ('workbook', 'database')."""
        return str(self.store.value(f"folders/{purpose}", "") or "")

    def set_last_folder(self, purpose: str, folder: str) -> None:
        self.store.setValue(f"folders/{purpose}", folder)

    def value(self, key: str, default: str = "") -> str:
        """A remembered choice of a page ('dashboard/agency' -> 'WHD'); `default` if none."""
        value = self.store.value(f"values/{key}", None)
        return default if value is None else str(value)

    def set_value(self, key: str, value: str) -> None:
        self.store.setValue(f"values/{key}", value)

    def sync(self) -> None:
        self.store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None
