"""Files written (issue 9): a report killed with kill -9 while it writes leaves nothing in the
target folder a user would mistake for output (no hidden `.report.XXXX/` folder, no `.part`
file); where the temporary files must sit in the target folder (another volume than the system's
temporary folder), the next report there removes them.

Each case runs the real writer in a child process that stops just before moving its result into
place (the latest moment, when every temporary file exists), is killed with SIGKILL, and the
folder is then looked at.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from consularapp.db import open_database

TODAY = date(2027, 3, 1)
pytestmark = pytest.mark.skipif(os.name == "nt", reason="kill -9 is POSIX")

CHILD = textwrap.dedent("""
    import os, sys, time
    from datetime import date
    from pathlib import Path
    import consularapp.reports.common as common
    from consularapp.db import open_database
    from consularapp.reports import write_report

    db_url, kind, target, beside = sys.argv[1:5]
    if beside == "1":  # as on another volume than the temporary folder
        common.staging_folder = lambda folder: Path(folder)
    real_replace = os.replace

    def stop_before_moving(src, dst):
        print("READY", flush=True)
        time.sleep(600)
        real_replace(src, dst)

    os.replace = stop_before_moving
    kwargs = {"year": 2027, "as_of": date(2027, 3, 1)}
    if kind == "packet":
        kwargs["consulate_id"] = "MX-CHICAGO"
    write_report(open_database(db_url), kind, Path(target), **kwargs)
""")


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from consularapp.demo import load_demo
    from consularapp.reference import load_reference

    url = f"sqlite:///{tmp_path_factory.mktemp('kill') / 'demo.sqlite3'}"
    db = open_database(url)
    load_reference(db)
    load_demo(db, TODAY)
    db.close()
    yield url


def kill_while_writing(db_url: str, kind: str, target: Path, beside: bool) -> int:
    """Run the writer in a child, kill -9 it once its temporary files are complete."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db_url, kind, str(target), "1" if beside else "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "READY", child.stderr.read() if child.stderr else ""
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return child.pid


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("kind,target", [("packet", "packet"), ("staffing", "staffing.pdf"),
                                         ("staffing", "staffing.xlsx")])
def test_a_killed_report_leaves_nothing_in_the_folder(db_url: str, tmp_path: Path, kind: str,
                                                      target: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "mine.txt").write_text("kept")
    path = folder / target
    pid = kill_while_writing(db_url, kind, path, beside=False)
    expected = ["mine.txt", "packet"] if kind == "packet" else ["mine.txt"]
    assert names(folder) == expected  # nothing hidden, nothing half-written
    if kind == "packet":
        assert names(path) == []  # the folder it was asked to fill, still empty
    temp = Path(tempfile.gettempdir())
    assert [n for n in names(temp) if f".{pid}-" in n]  # what it left is in the temp folder
    from consularapp.reports import write_report

    db = open_database(db_url)
    try:  # and the next report takes it away
        write_report(db, kind, path, year=2027, as_of=TODAY, consulate_id="MX-CHICAGO")
    finally:
        db.close()
    assert not [n for n in names(temp) if f".{pid}-" in n]


def test_leftovers_beside_the_target_go_with_the_next_run(db_url: str, tmp_path: Path) -> None:
    from consularapp.reports import write_report

    folder = tmp_path / "packet"
    kill_while_writing(db_url, "packet", folder, beside=True)
    left = [n for n in names(folder) if n.startswith(".")]
    assert len(left) == 1 and left[0].endswith(".tmp")  # the killed run's staging folder
    single = tmp_path / "single"
    single.mkdir()
    kill_while_writing(db_url, "staffing", single / "staffing.pdf", beside=True)
    assert [n for n in names(single) if n.endswith(".part")]

    db = open_database(db_url)
    try:
        write_report(db, "packet", folder, year=2027, as_of=TODAY, consulate_id="MX-CHICAGO")
        write_report(db, "staffing", single / "staffing.pdf", year=2027)
    finally:
        db.close()
    assert names(folder) == ["MX-CHICAGO"]
    assert len(names(folder / "MX-CHICAGO")) == 3
    assert names(single) == ["staffing.pdf"]


def test_a_running_writer_is_left_alone(tmp_path: Path) -> None:
    from consularapp.files import part_path, staging_name, sweep_stale

    mine = part_path(tmp_path / "report.pdf")  # this process is alive: not stale
    mine.write_bytes(b"being written")
    (tmp_path / staging_name()).mkdir()
    dead = tmp_path / ".report.pdf.999999999-0123456789ab.part"
    dead.write_bytes(b"left by a killed run")
    (tmp_path / ".notes.txt").write_text("a user's hidden file")
    assert sweep_stale(tmp_path) == [dead]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [mine.name, ".notes.txt", next(p.name for p in tmp_path.iterdir()
                                       if p.name.endswith(".tmp"))])
