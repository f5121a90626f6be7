"""Concurrent use of one database, with real processes, on SQLite and PostgreSQL (issue 9): two
`init`s on an empty database, two imports and two publishes at once. One waits for the other or
is refused with one sentence; never a traceback, never a half-done write, nothing done twice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from consularapp.db import open_database
from consularapp.migrations import HEAD
from consularapp.models import Event, Office, Release

AS_OF = date(2027, 3, 1)
YEAR = 2027
BUSY = "another ConsularApp window or command is writing to this database"


def together(*commands: list[str], env: dict[str, str] | None = None,
             rounds: int = 1) -> list[subprocess.CompletedProcess[str]]:
    """Start the commands at the same moment (each `python -m consularapp ...`), wait for all."""
    environment = {**os.environ, **(env or {})}
    results: list[subprocess.CompletedProcess[str]] = []
    for _round in range(rounds):
        started = [subprocess.Popen([sys.executable, "-m", "consularapp", *argv],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env=environment) for argv in commands]
        for process, argv in zip(started, commands, strict=True):
            out, err = process.communicate(timeout=240)
            results.append(subprocess.CompletedProcess(argv, process.returncode, out, err))
    return results


def assert_no_traceback(results: list[subprocess.CompletedProcess[str]]) -> None:
    for r in results:
        assert "Traceback" not in r.stderr and "sqlalchemy" not in r.stderr.lower(), r.stderr
        assert r.returncode in (0, 1), (r.args, r.returncode, r.stderr)
        if r.returncode == 1:  # refused: one sentence, one line
            assert r.stderr.count("\n") == 1, r.stderr


def test_two_inits_on_an_empty_database(new_db_url: Callable[[], str]) -> None:
    for _n in range(3):  # a few times: the race has more than one way to go
        url = new_db_url()
        results = together(["--db", url, "init"], ["--db", url, "init"])
        assert_no_traceback(results)
        assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
        db = open_database(url)
        try:
            assert db.created is False and not db.backup_path
            with db.session() as s:
                assert s.scalar(select(func.count()).select_from(Office)) == 147
                assert s.execute(select(Office.id).group_by(Office.id).having(
                    func.count() > 1)).all() == []
        finally:
            db.close()
        assert any("Reference directory loaded" in r.stdout for r in results)


def test_two_imports_at_once(tmp_path: Path, demo_db_at, new_db_url: Callable[[], str]) -> None:
    source = demo_db_at(AS_OF)
    book = tmp_path / "everything.xlsx"
    from consularapp.workbook import export_workbook

    export_workbook(source, book)
    with source.session() as s:
        events = s.scalar(select(func.count()).select_from(Event))
    target = new_db_url()
    assert together(["--db", target, "init"])[0].returncode == 0
    results = together(["--db", target, "import", str(book)],
                       ["--db", target, "import", str(book)])
    assert_no_traceback(results)
    done = [r for r in results if r.returncode == 0]
    assert done, [r.stderr for r in results]
    for r in results:
        if r.returncode == 1:
            assert BUSY in r.stderr
    # The one that waited found the other's work done: nothing imported twice.
    assert sum("Events: " in r.stdout for r in done) == 1
    db = open_database(target)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Event)) == events
    finally:
        db.close()


def test_two_publishes_at_once(demo_db_at, db_url: str) -> None:
    demo_db_at(AS_OF).close()
    url = db_url
    results = together(["--db", url, "publish", "--year", str(YEAR), "--by", "Ana"],
                       ["--db", url, "publish", "--year", str(YEAR), "--by", "Luis"])
    assert_no_traceback(results)
    codes = sorted(r.returncode for r in results)
    assert codes == [0, 1], [r.stderr for r in results]
    refused = next(r for r in results if r.returncode == 1)
    # The second waited for the write lock (publishing takes a few seconds, the busy timeout is
    # 15), then found the first one's release: nothing new to publish.
    assert "nothing changed since release 1" in refused.stderr
    again = open_database(url)
    try:
        with again.session() as s:
            assert s.scalar(select(func.count()).select_from(Release)) == 1
        from consularapp.db import current_revision

        assert current_revision(again.engine) == HEAD
    finally:
        again.close()
