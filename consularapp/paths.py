"""Where the app keeps its files, and how the core reads what ships in `resources/`."""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "ConsularApp"
APP_AUTHOR = "ConsularApp"
DB_ENV = "CONSULARAPP_DB"


def data_dir() -> Path:
    """The user's data folder (on Windows under %LOCALAPPDATA%\\ConsularApp)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "consularapp.sqlite3"


def database_url(explicit: str | None = None) -> str:
    """`--db URL`, else $CONSULARAPP_DB, else the SQLite file in the user's data folder."""
    if explicit:
        return explicit
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return env
    return f"sqlite:///{default_db_path()}"


def resource(*parts: str) -> Traversable:
    """A file shipped in `resources/` (installed as the package `consularapp_resources`)."""
    node: Traversable = resources.files("consularapp_resources")
    for part in parts:
        node = node / part
    return node
