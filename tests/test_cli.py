"""The command line (spec/cli.md): commands, exit codes, JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from consularapp.cli import main

AS_OF = "2026-11-21"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_then_changes_nothing(db_url: str, capsys) -> None:
    code, out, _ = run(["--db", db_url, "init"], capsys)
    assert code == 0 and "147 office created" in out
    code, out, _ = run(["--db", db_url, "init"], capsys)
    assert code == 0 and "nothing changed" in out


def test_database_from_env(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("CONSULARAPP_DB", f"sqlite:///{path}")
    assert run(["init"], capsys)[0] == 0
    assert path.exists()


def test_default_database_lives_in_the_user_data_folder(capsys) -> None:
    from consularapp.paths import default_db_path

    assert run(["init"], capsys)[0] == 0
    assert default_db_path().exists()


def test_wrong_usage_exits_2(db_url: str, capsys) -> None:
    code, _, err = run(["--db", db_url, "agreements", "--as-of", "21/11/2026"], capsys)
    assert code == 2 and "is not a date" in err
    assert run(["frobnicate"], capsys)[0] == 2
    assert run(["--db", db_url, "agreements", "--expiring-within", "-3"], capsys)[0] == 2


def test_refused_database_exits_1_with_one_line(tmp_path: Path, capsys) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    code, _, err = run(["--db", f"sqlite:///{path}", "init"], capsys)
    assert code == 1 and err.count("\n") == 1 and "did not create" in err


def test_demo_has_agreements_in_every_state(db_url: str, capsys) -> None:
    assert run(["--db", db_url, "demo", "--as-of", AS_OF], capsys)[0] == 0
    code, out, _ = run(["--db", db_url, "agreements", "--as-of", AS_OF, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    statuses = {a["status"] for a in data}
    assert statuses == {"draft", "negotiating", "active", "renewal due", "expiring", "expired",
                        "superseded", "terminated", "open-ended"}
    first = data[0]
    assert set(first) == {"id", "kind", "office_ids", "consulate_ids", "effective_on",
                          "expires_on", "days_left", "status", "renewed_by"}
    assert first["status"] == "expiring"  # most urgent first
    date.fromisoformat(first["expires_on"])
    multi = next(a for a in data if a["id"] == "OSHA-PHX-ALLIANCE-2024")
    assert len(multi["consulate_ids"]) == 5
    open_ended = next(a for a in data if a["status"] == "open-ended")
    assert open_ended["expires_on"] is None and open_ended["days_left"] is None
    renewed = next(a for a in data if a["id"] == "WHD-PHX-MX-2023")
    assert renewed["renewed_by"] == "WHD-PHX-MX-RENEWAL" and renewed["status"] == "expiring"


def test_demo_twice_updates_instead_of_copying(db_url: str, capsys) -> None:
    run(["--db", db_url, "demo", "--as-of", AS_OF], capsys)
    run(["--db", db_url, "demo", "--as-of", AS_OF], capsys)
    _, out, _ = run(["--db", db_url, "agreements", "--as-of", AS_OF, "--json"], capsys)
    assert len(json.loads(out)) == 16


def test_expiring_within_filters_to_agreements_in_force(db_url: str, capsys) -> None:
    run(["--db", db_url, "demo", "--as-of", AS_OF], capsys)
    code, out, _ = run(["--db", db_url, "agreements", "--as-of", AS_OF, "--expiring-within",
                        "30", "--json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert data and all(0 <= a["days_left"] <= 30 for a in data)
    _, out, _ = run(["--db", db_url, "agreements", "--as-of", AS_OF], capsys)
    assert "OSHA-PHX-ALLIANCE-2024" in out and "16 agreements as of 2026-11-21" in out


def test_python_dash_m_works_the_same(db_url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "consularapp", "--db", db_url, "init"],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "Reference directory loaded" in result.stdout
