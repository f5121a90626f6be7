"""Long command-line work shows progress on a terminal, and only there.

Run as a person runs it: `python -m consularapp ... export` with stderr on a pseudo-terminal
shows one line rewritten in place and erased at the end, then the summary; with stderr
redirected to a file (a script, CI) the output holds the summary alone, no carriage returns.
"""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from consularapp.cli import main
from consularapp.terminal import TerminalProgress

AS_OF = "2026-11-21"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo_url(db_url: str, capsys) -> str:
    assert main(["--db", db_url, "demo", "--as-of", AS_OF]) == 0
    capsys.readouterr()
    return db_url


def read_all(fd: int) -> bytes:
    chunks = []
    while True:
        ready, _w, _x = select.select([fd], [], [], 0.5)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:  # the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def test_export_on_a_terminal_shows_progress_then_the_summary(demo_url: str,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "consularapp", "--db", demo_url, "export", str(out)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL,
            timeout=240, env=dict(os.environ, COLUMNS="100"))
        os.close(follower)
        follower = -1
        shown = read_all(leader).decode("utf-8", "replace")
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    assert done.returncode == 0
    assert "\r" in shown  # a line rewritten in place
    lines = [part.strip() for part in shown.split("\r") if part.strip()]
    assert lines  # something was shown while it worked
    assert all("%" in line or line.endswith("…") for line in lines), lines
    assert shown.endswith("\r")  # erased at the end: the summary stands alone
    assert done.stdout.decode().startswith("Wrote ")


def test_export_redirected_prints_the_summary_alone(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "consularapp", "--db", demo_url, "export", str(out)],
        cwd=ROOT, capture_output=True, stdin=subprocess.DEVNULL, timeout=240)
    assert done.returncode == 0
    assert done.stderr == b""
    assert done.stdout.decode().startswith("Wrote ")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_says_how_far_and_is_cut_to_the_terminal(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    stream = FakeTerminal()
    with TerminalProgress(stream) as progress:
        progress(1200, 5000, "Reading People")
        shown = stream.getvalue()
    assert shown.startswith("\rReading People: 1,200 of 5,000 (24%)")
    assert len(shown) == 1 + 39  # the line fills the width less one column, no wrap
    assert stream.getvalue().endswith("\r" + " " * 39 + "\r")


def test_nothing_is_written_when_it_is_not_a_terminal() -> None:
    stream = io.StringIO()
    with TerminalProgress(stream) as progress:
        progress(1, 2, "Writing")
    assert stream.getvalue() == ""
