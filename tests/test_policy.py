"""Machine-wide policy (consularapp.policy): read from the file or the registry, and applied
where it bites (the database, the demo command)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from consularapp import policy
from consularapp.cli import main
from consularapp.db import open_database
from consularapp.paths import database_url


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_no_policy_leaves_everything_to_the_user() -> None:
    fixed = policy.current()
    assert fixed == policy.Policy()
    assert (policy.database_url(), policy.language(), policy.demo_allowed()) == (None, None, True)
    assert fixed.items() == []


def test_the_file_fixes_all_three(machine_policy, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    fixed = machine_policy(f"DatabaseUrl = {url}\nLanguage = es\nAllowDemoData = false")
    assert fixed.source == str(policy.POLICY_FILE)
    assert (policy.database_url(), policy.language(), policy.demo_allowed()) == (url, "es", False)
    assert fixed.items() == [("Database", url), ("Interface language", "Spanish"),
                             ("Demonstration data", "not allowed")]
    assert fixed.problems == ()


def test_names_are_read_whatever_their_case(machine_policy) -> None:
    fixed = machine_policy("language = ES-mx\nallowdemodata = 1")
    assert (fixed.language, fixed.allow_demo_data, fixed.problems) == ("es", True, ())


@pytest.mark.parametrize(("lines", "expected"), [
    ("Language = fr", "Language: 'fr' is not one of en, es (ignored)"),
    ("Colour = blue", "unknown setting Colour (ignored)"),
    ("DatabaseUrl = not a url", "DatabaseUrl: 'not a url' is not a database URL"),
])
def test_an_unusable_value_is_said(machine_policy, lines: str, expected: str) -> None:
    fixed = machine_policy(lines)
    assert fixed.problems == (f"{policy.POLICY_FILE}: {expected}",)
    assert fixed.language is None


def test_an_unusable_database_url_stops_the_app_instead_of_falling_back(machine_policy) -> None:
    """Falling back to the user's own file would split the team's records without a word."""
    machine_policy("DatabaseUrl = not a url")
    with pytest.raises(policy.PolicyError, match="is not a database URL"):
        database_url()


def test_an_unreadable_demo_switch_fails_closed(machine_policy) -> None:
    fixed = machine_policy("AllowDemoData = perhaps")
    assert fixed.allow_demo_data is False and not policy.demo_allowed()
    assert "neither 1 nor 0" in fixed.problems[0]


def test_a_file_without_the_section_is_said(machine_policy) -> None:
    policy.POLICY_FILE.write_text("Language = es\n", encoding="utf-8")
    fixed = policy.reload()
    assert fixed.language is None
    assert "cannot be read" in fixed.problems[0]  # configparser: no section header at all
    policy.POLICY_FILE.write_text("[Other]\nLanguage = es\n", encoding="utf-8")
    assert policy.reload().problems == (f"{policy.POLICY_FILE} has no [Policy] section (ignored)",)


def test_a_password_in_the_policy_is_refused_and_never_shown(machine_policy, capsys) -> None:
    fixed = machine_policy("DatabaseUrl = postgresql://clerk:s3cret@db.example.gov/consularapp")
    assert "holds a password" in fixed.problems[0]
    assert fixed.items() == [("Database", "postgresql://clerk:***@db.example.gov/consularapp")]
    with pytest.raises(policy.PolicyError):
        database_url()
    code, out, err = run(["init"], capsys)
    assert code == 1
    assert "set by your administrator's policy" in err
    assert "s3cret" not in out + err


def test_registry_values_are_read_like_the_file(monkeypatch) -> None:
    """The Windows path, with a stand-in for winreg holding what Group Policy writes."""
    values = [("DatabaseUrl", "postgresql+psycopg://db.example.gov/consularapp", 1),
              ("Language", "en", 1), ("AllowDemoData", 0, 4)]

    class Key:
        def __enter__(self) -> Key:
            return self

        def __exit__(self, *_exc: object) -> None:
            return None

    opened: list[tuple[object, ...]] = []

    def open_key(root: object, path: str, reserved: int, access: int) -> Key:
        opened.append((root, path, access))
        return Key()

    def enum_value(_key: Key, index: int) -> tuple[str, object, int]:
        if index >= len(values):
            raise OSError("no more data")
        return values[index]

    fake = types.SimpleNamespace(HKEY_LOCAL_MACHINE="HKLM", KEY_READ=1, KEY_WOW64_64KEY=256,
                                 OpenKey=open_key, EnumValue=enum_value)
    monkeypatch.setitem(sys.modules, "winreg", fake)
    monkeypatch.setattr(policy, "USE_REGISTRY", True)
    fixed = policy.reload()
    assert opened == [("HKLM", r"Software\Policies\ConsularApp", 257)]
    assert fixed.source == r"HKLM\Software\Policies\ConsularApp"
    assert (fixed.database_url, fixed.language, fixed.allow_demo_data) == (
        "postgresql+psycopg://db.example.gov/consularapp", "en", False)

    def missing(*_args: object) -> Key:
        raise FileNotFoundError

    monkeypatch.setattr(fake, "OpenKey", missing)
    assert policy.reload() == policy.Policy()


def test_the_policy_database_is_used_whatever_the_environment(
    machine_policy, tmp_path: Path, monkeypatch, capsys
) -> None:
    team = tmp_path / "team.sqlite3"
    machine_policy(f"DatabaseUrl = sqlite:///{team}")
    monkeypatch.setenv("CONSULARAPP_DB", f"sqlite:///{tmp_path / 'mine.sqlite3'}")
    code, out, _ = run(["init"], capsys)
    assert code == 0 and f"sqlite:///{team}" in out
    assert team.exists() and not (tmp_path / "mine.sqlite3").exists()
    # Naming the same database is fine; naming another is refused, and nothing is created.
    assert run(["--db", f"sqlite:///{team}", "agreements"], capsys)[0] == 0
    code, _, err = run(["--db", f"sqlite:///{tmp_path / 'other.sqlite3'}", "agreements"], capsys)
    assert code == 1
    assert err.startswith("consularapp: Your administrator's policy fixes the database")
    assert not (tmp_path / "other.sqlite3").exists()


def test_demo_refused_when_the_policy_forbids_it(machine_policy, db_url: str, capsys) -> None:
    machine_policy("AllowDemoData = 0")
    code, out, err = run(["--db", db_url, "demo"], capsys)
    assert (code, out) == (1, "")
    assert "demonstration data is turned off on this computer" in err
    assert "AllowDemoData" not in err and str(policy.POLICY_FILE) in err
    db = open_database(db_url)  # opened only now: the refused command wrote nothing
    try:
        assert db.created
    finally:
        db.close()


def test_demo_loads_when_the_policy_allows_it(machine_policy, db_url: str, capsys) -> None:
    machine_policy("AllowDemoData = 1")
    code, out, _ = run(["--db", db_url, "demo", "--as-of", "2026-11-21"], capsys)
    assert code == 0 and "Demonstration data loaded" in out
