"""Shared fixtures. Qt runs offscreen so the suite needs no display (CI has none)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never write into the real user's folders or show the crash dialog.
os.environ.setdefault("CONSULARAPP_NO_CRASH_DIALOG", "1")

from collections.abc import Iterator
from pathlib import Path

import pytest

from consularapp.db import Database, open_database


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point platformdirs' folders (data, logs, settings) at a temporary home."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("CONSULARAPP_DB", raising=False)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def empty_db(db_url: str) -> Iterator[Database]:
    """A fresh database with the schema and nothing else."""
    db = open_database(db_url)
    yield db
    db.close()


@pytest.fixture
def ref_db(db_url: str) -> Iterator[Database]:
    """A fresh database with the built-in reference directory loaded."""
    from consularapp.reference import load_reference

    db = open_database(db_url)
    load_reference(db)
    yield db
    db.close()
