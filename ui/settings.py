"""Everything the window remembers between sessions, declared once here (Picard's habit).

These are per-user settings (Qt's store: the registry on Windows, an .ini file elsewhere): the
window's size, splitters and columns, the last page and tab, the folders last used, the scopes
and choices a page remembers. Each is an `Option` declared below with its key, its type and its
default; `Settings.get(OPTION)` and `Settings.set(OPTION, value)` read and write it with that
type, and a key nobody declared is refused (KeyError), so a typo cannot quietly start a second
setting. Widgets never touch QSettings themselves.

Settings that change what everyone sees (thresholds, the travel buffer, the publish folder) are
not here: they are shared, in the database (consularapp.settings, Edit > Options).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

ORGANIZATION = "ConsularApp"
APPLICATION = "ConsularApp"

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One remembered value: `key` may hold `{placeholders}` filled at use (`tabs/{page}`)."""

    key: str
    kind: type
    default: T
    meaning: str

    def at(self, **parts: str) -> str:
        return self.key.format(**parts) if parts else self.key


OPTIONS: dict[str, Option[Any]] = {}


def option(key: str, kind: type, default: Any, meaning: str) -> Option[Any]:
    """Declare an option (each key once)."""
    assert key not in OPTIONS, f"{key} is declared twice"
    found: Option[Any] = Option(key, kind, default, meaning)
    OPTIONS[key] = found
    return found


# --- every per-user setting of the window ------------------------------------------------------

GEOMETRY = option("geometry/{key}", QByteArray, None, "size and place of a window or dialog")
WINDOW_STATE = option("state/{key}", QByteArray, None, "docks and toolbars of the main window")
SPLITTER = option("splitter/{key}", QByteArray, None, "where a splitter was left")
HEADER = option("header/{key}", QByteArray, None, "a table's column widths, order and sort")
LAST_PAGE = option("window/last_page", str, "", "the page shown when the window was closed")
LAST_TAB = option("tabs/{page}", str, "", "the tab last shown on a page")
LAST_FOLDER = option("folders/{purpose}", str, "",
                     "the folder a file dialog last used (workbook, database, calendar, reports)")
DASHBOARD_AGENCY = option("values/dashboard/agency", str, "", "the dashboard's agency scope")
DASHBOARD_REGION = option("values/dashboard/region", str, "", "the dashboard's region scope")
AGREEMENTS_AGENCY = option("values/agreements/agency", str, "",
                           "the agency scope of the partner matrix and the timeline")
AGREEMENTS_REGION = option("values/agreements/region", str, "",
                           "the region scope of the partner matrix and the timeline")
LRW_YEAR = option("values/lrw/year", int, 0, "the Labor Rights Week last shown (0: none)")
LRW_LANES = option("values/lrw/lanes", str, "",
                   "the week grid's swim lanes, once the user chose them ('': not chosen)")
LRW_OFFICE = option("values/lrw/office/{database}", str, "",
                    "per database: the office the week opens on, once the user chose one ('*': "
                    "all offices; '': the home office)")
REPORTS_KIND = option("values/reports/kind", str, "staffing", "the report last chosen")
TEAM_RECENT = option("values/team/recent", str, "[]",
                     "the team databases this user connected to, newest first (JSON; never a "
                     "password)")
INTERFACE_LANGUAGE = option("interface/language", str, "system",
                            "the window's language chosen in Options > Language: 'system', 'en' "
                            "or 'es' (a machine policy wins over it)")
HISTORY_SEEN = option("values/history/seen/{database}", int, -1,
                      "per database (a hash of its URL): the newest recorded change the user has "
                      "seen on the dashboard (-1: never looked)")
TEAM_HOME_OFFICE = option("values/team/home_office/{database}", str, "",
                          "the office the pages open on, per database ('-': none chosen)")



def documents_folder() -> str:
    """The user's documents folder (Windows: Documents), else their home folder."""
    from pathlib import Path

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())

class Settings:
    """A typed front of QSettings over the declared options; pass a QSettings in tests."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    # --- declared options -----------------------------------------------------------------------

    def get(self, opt: Option[T], **parts: str) -> T:
        """The option's value, of its declared type (its default when unset or unreadable)."""
        value = self.store.value(opt.at(**parts), None)
        if value is None:
            return opt.default
        if opt.kind is QByteArray:
            return _bytes(value) or opt.default  # type: ignore[return-value]
        if opt.kind is bool:
            return (value if isinstance(value, bool)  # type: ignore[return-value]
                    else str(value).strip().lower() in ("1", "true", "yes"))
        if opt.kind is int:
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return opt.default
        return opt.kind(value)  # type: ignore[no-any-return]

    def set(self, opt: Option[T], value: T, **parts: str) -> None:
        if value is not None and opt.kind is not QByteArray and not isinstance(value, opt.kind):
            raise TypeError(f"{opt.key} holds {opt.kind.__name__}, not {value!r}")
        self.store.setValue(opt.at(**parts), value)

    # --- window and dialog geometry -------------------------------------------------------------

    def save_geometry(self, widget: QWidget, key: str) -> None:
        self.set(GEOMETRY, widget.saveGeometry(), key=key)

    def restore_geometry(self, widget: QWidget, key: str) -> bool:
        data = self.get(GEOMETRY, key=key)
        return bool(data) and widget.restoreGeometry(data)

    def save_window_state(self, window: QWidget, key: str) -> None:
        """Geometry plus the dock/toolbar state of a QMainWindow."""
        self.save_geometry(window, key)
        save_state = getattr(window, "saveState", None)
        if save_state is not None:
            self.set(WINDOW_STATE, save_state(), key=key)

    def restore_window_state(self, window: QWidget, key: str) -> bool:
        restored = self.restore_geometry(window, key)
        data = self.get(WINDOW_STATE, key=key)
        restore_state = getattr(window, "restoreState", None)
        if data and restore_state is not None:
            restore_state(data)
        return restored

    # --- splitters and table headers ------------------------------------------------------------

    def save_splitter(self, splitter: QSplitter, key: str) -> None:
        self.set(SPLITTER, splitter.saveState(), key=key)

    def restore_splitter(self, splitter: QSplitter, key: str) -> bool:
        """The saved sizes, unless they would squeeze a part of a splitter whose parts cannot
        be collapsed to nothing (a state saved when it had fewer parts): out of sight, that
        part would still take the Tab key's focus."""
        data = self.get(SPLITTER, key=key)
        before = splitter.sizes()
        if not data or not splitter.restoreState(data):
            return False
        squeezed = [n for n, size in enumerate(splitter.sizes())
                    if size == 0 and not splitter.widget(n).isHidden()]
        if squeezed and not splitter.childrenCollapsible():
            splitter.setSizes(before)
            return False
        return True

    def save_header(self, header: QHeaderView, key: str) -> None:
        self.set(HEADER, header.saveState(), key=key)

    def restore_header(self, header: QHeaderView, key: str) -> bool:
        data = self.get(HEADER, key=key)
        return bool(data) and header.restoreState(data)

    # --- plain values ---------------------------------------------------------------------------

    @property
    def last_page(self) -> str:
        return self.get(LAST_PAGE)

    @last_page.setter
    def last_page(self, name: str) -> None:
        self.set(LAST_PAGE, name)

    @property
    def interface_language(self) -> str:
        """The user's choice in Options > Language: 'system' (the default), 'en' or 'es'."""
        return self.get(INTERFACE_LANGUAGE) or "system"

    @interface_language.setter
    def interface_language(self, choice: str) -> None:
        self.set(INTERFACE_LANGUAGE, choice)

    def last_tab(self, page: str) -> str:
        """The tab last shown on `page` ('directory' -> 'people')."""
        return self.get(LAST_TAB, page=page)

    def set_last_tab(self, page: str, tab: str) -> None:
        self.set(LAST_TAB, tab, page=page)

    def last_folder(self, purpose: str) -> str:
        """The folder last used by a file dialog for `purpose` ('workbook', 'database'); the
        user's documents folder the first time (never the program's own folder)."""
        return self.get(LAST_FOLDER, purpose=purpose) or documents_folder()

    def set_last_folder(self, purpose: str, folder: str) -> None:
        self.set(LAST_FOLDER, folder, purpose=purpose)

    def value(self, key: str, default: str = "") -> str:
        """A remembered choice by its short name ('dashboard/agency'): declared options only."""
        opt = _declared(key)
        value = self.get(opt)
        return default if value in (None, "") and default else str(value)

    def set_value(self, key: str, value: str) -> None:
        opt = _declared(key)
        self.set(opt, opt.kind(value) if opt.kind is not str else value)

    def sync(self) -> None:
        self.store.sync()


def _declared(short_key: str) -> Option[Any]:
    found = OPTIONS.get(f"values/{short_key}")
    if found is None:
        raise KeyError(f"values/{short_key} is not a declared option (ui/settings.py)")
    return found


def _bytes(value: Any) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None
