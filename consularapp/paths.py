"""Where the app keeps its files, and how the core reads what ships in `resources/`."""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from consularapp.i18n import _

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


def demo_db_path() -> Path:
    """The demonstration's own database, beside the user's and never the same file."""
    return data_dir() / "consularapp-demo.sqlite3"


def demo_database_url() -> str:
    return f"sqlite:///{demo_db_path()}"


def database_url(explicit: str | None = None) -> str:
    """`--db URL`, else $CONSULARAPP_DB, else the SQLite file in the user's data folder; but the
    database fixed by the machine's policy (consularapp.policy) above all: asking for another
    one with `explicit` is refused (PolicyError), $CONSULARAPP_DB is ignored. The
    demonstration's own database is not the user's and stays reachable (`--demo`); whether
    demonstration data may be loaded at all is the policy's AllowDemoData."""
    from consularapp import policy

    fixed = policy.database_url()
    if fixed is not None and explicit != demo_database_url():
        if explicit and explicit != fixed:
            raise policy.PolicyError(_(
                "Your administrator's policy fixes the database on this computer to {url} "
                "({source}); another one cannot be chosen.").format(
                    url=policy.display_url(fixed), source=policy.current().source))
        return fixed
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
