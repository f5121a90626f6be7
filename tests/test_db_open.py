"""Opening databases when things are wrong: bad URLs (no password ever shown), files that are not
databases, network shares, kills during the backup, two clients upgrading at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from consularapp import db as dbmod
from consularapp.cli import main as cli_main
from consularapp.db import network_share, open_database, redact
from consularapp.errors import DatabaseError
from consularapp.migrations import HEAD

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Tr0ub4dor&3"

# URLs as people mistype them; each holds SECRET (or a piece of it) somewhere.
MALFORMED = [
    f"postgresql://ana:{SECRET}@db.example.gov:54x2/team",  # a letter in the port
    f"postgresql://ana:{SECRET}@db.example.gov:/team",
    f"postgresql://ana:{SECRET}@[::1/team",  # unclosed IPv6 bracket
    f"postgresql://ana:{SECRET}@we@127.0.0.1:1/team",  # "@" in the password
    f"postgresql://ana:{SECRET} x@127.0.0.1:1/team",  # a space in the password
    f"postgresql://ana:{SECRET}/x@127.0.0.1:1/team",  # a slash in the password
    f"postgresql+nosuchdriver://ana:{SECRET}@127.0.0.1/team",
    f"nosuchdatabase://ana:{SECRET}@127.0.0.1/team",
    f"ana:{SECRET}@127.0.0.1/team",  # no scheme
    f"postgresql://ana:{SECRET.replace('&', '%26')}@127.0.0.1:1/team",  # encoded
]


def _no_secret(text_: str) -> None:
    for piece in (SECRET, SECRET.replace("&", "%26"), "Tr0ub4dor"):
        assert piece not in text_, text_


@pytest.mark.parametrize("url", MALFORMED)
def test_no_password_in_the_message_of_a_malformed_url(url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(url).close()
    message = str(caught.value)
    _no_secret(message)
    assert "Traceback" not in message and "[SQL" not in message and "http" not in message
    assert "\n" not in message  # one sentence


def test_a_port_with_a_letter_is_a_sentence() -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(f"postgresql://ana:{SECRET}@db.example.gov:54x2/team")
    assert str(caught.value) == ("The port in the database address "
                                 "postgresql://ana:***@db.example.gov:54x2/team must be a number, "
                                 "not '54x2'.")


def test_a_password_with_an_at_sign_is_read_up_to_the_last_at() -> None:
    url = dbmod.parse_url("postgresql://ana:p@ss@db.example.gov:5433/team")
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "ana", "p@ss", "db.example.gov", 5433, "team")
    assert url.drivername == "postgresql+psycopg"  # the driver the app ships


def test_redact_hides_passwords_in_and_outside_urls() -> None:
    dbmod.remember_secrets(f"postgresql://ana:{SECRET}@h/d")
    said = redact(f"could not translate host name \"{SECRET}@h\" (postgresql://bo:pw@x/y)")
    assert said == 'could not translate host name "***@h" (postgresql://bo:***@x/y)'
    assert redact("sqlite:///C:/a:b@c/x.sqlite3") == "sqlite:///C:/a:b@c/x.sqlite3"


@pytest.mark.parametrize("url", MALFORMED[:4])
def test_the_command_line_says_a_sentence_without_the_password(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--db", url, "init"]) == 1
    captured = capsys.readouterr()
    _no_secret(captured.out + captured.err)
    assert captured.err.startswith("consularapp: ") and captured.err.count("\n") == 1


def test_the_command_line_in_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, CONSULARAPP_DB=MALFORMED[0])
    result = subprocess.run([sys.executable, "-m", "consularapp", "agreements"], env=env,
                            capture_output=True, text=True, stdin=subprocess.DEVNULL,
                            cwd=tmp_path)
    assert result.returncode == 1
    _no_secret(result.stdout + result.stderr)
    assert "Traceback" not in result.stderr and "must be a number" in result.stderr


def test_a_file_that_is_not_a_database_says_so_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Minutes of the Phoenix meeting\n" * 200)
    with pytest.raises(DatabaseError) as caught:
        open_database(f"sqlite:///{path}")
    assert str(caught.value) == (f"{path} is not a database file (or it is damaged): choose a "
                                 "ConsularApp database.")
    assert path.read_bytes().startswith(b"Minutes")  # untouched


def test_a_workbook_opened_as_a_database(tmp_path: Path, capsys) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    assert cli_main(["--db", f"sqlite:///{path}", "init"]) == 1
    err = capsys.readouterr().err
    assert err == (f"consularapp: {path} is not a database file (or it is damaged): choose a "
                   "ConsularApp database.\n")


# --- network shares ----------------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home/shared nfs4 rw,relatime,vers=4.2 0 0
//files/team\\040data /mnt/team\\040data cifs rw,vers=3.0 0 0
tmpfs /home/shared/local tmpfs rw 0 0
C:\\134 /mnt/c 9p rw,dirsync,aname=drvfs 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/shared/ana/consularapp.sqlite3", "nfs4"),
    ("/mnt/team data/consularapp.sqlite3", "cifs"),
    ("/home/shared/local/consularapp.sqlite3", None),  # a local mount inside the share
    ("/home/sharedother/consularapp.sqlite3", None),  # only a common prefix
    ("/mnt/c/Users/ana/consularapp.sqlite3", None),  # WSL's view of the local C: drive
    ("/var/lib/consularapp.sqlite3", None),
])
def test_network_share_reads_the_mount_table(path: str, expected: str | None) -> None:
    assert network_share(Path(path), mounts=lambda: MOUNTS, platform="linux") == expected


def test_unc_paths_are_network_shares() -> None:
    assert network_share(Path("\\\\files\\team\\consularapp.sqlite3"),
                         platform="linux") == "UNC path"
    assert network_share(Path("//files/team/consularapp.sqlite3"), platform="win32",
                         ) == "UNC path"


def test_an_sqlite_file_on_a_network_share_is_refused_pointing_to_team_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dbmod, "_proc_mounts",
                        lambda: f"/dev/sda1 / ext4 rw 0 0\nfiles:/x {tmp_path} nfs rw 0 0\n")
    path = tmp_path / "consularapp.sqlite3"
    with pytest.raises(DatabaseError) as caught:
        open_database(f"sqlite:///{path}")
    message = str(caught.value)
    assert message.startswith(f"{path} is on a network share (nfs).")
    assert "team database on a PostgreSQL server" in message
    assert not path.exists()  # nothing created there


def test_this_machines_temporary_folder_is_not_a_share(tmp_path: Path) -> None:
    assert network_share(tmp_path) is None


# --- backups and upgrades ----------------------------------------------------------------------


def _database_at(url: str, revision: str) -> None:
    """A database stamped at an old `revision`, built by Alembic as that version's app did."""
    from alembic import command
    from alembic.config import Config

    engine = create_engine(dbmod.parse_url(url))
    cfg = Config()
    cfg.set_main_option("script_location", "consularapp:migrations")
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO agency (code, name, edited, created_at, updated_at) "
                          "VALUES ('WHD', 'Wage and Hour', false, '2026-01-01', '2026-01-01')"))
        conn.commit()
    engine.dispose()


def _revision_of(url: str) -> str:
    engine = create_engine(dbmod.parse_url(url))
    with engine.connect() as conn:
        found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    return str(found)


def test_real_upgrade_from_the_first_schema_keeps_data(db_url: str, backend: str) -> None:
    _database_at(db_url, "0001")
    db = open_database(db_url)
    assert db.upgraded_from == "0001" and not db.created
    if backend == "sqlite":
        assert db.backup_path is not None and "from-0001" in db.backup_path.name
    else:
        assert db.backup_path is None  # a server's backups are its administrator's
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert conn.execute(text("SELECT name FROM agency")).scalar() == "Wage and Hour"
    db.close()


KILLED_DURING_BACKUP = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from consularapp.db import open_database

    real_fsync = os.fsync

    def fsync_then_hang(fd):
        real_fsync(fd)
        Path(sys.argv[2]).write_text("copied, not renamed yet")
        time.sleep(120)

    os.fsync = fsync_then_hang
    open_database("sqlite:///" + sys.argv[1])
""")


@pytest.mark.sqlite_only
def test_a_kill_during_the_backup_leaves_no_file_under_a_backups_name(
    db_url: str, tmp_path: Path
) -> None:
    _database_at(db_url, "0001")
    path = Path(db_url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    flag = tmp_path / "copied.flag"
    child = subprocess.Popen([sys.executable, "-c", KILLED_DURING_BACKUP, str(path), str(flag)],
                             stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    backups = sorted(p.name for p in path.parent.iterdir() if ".before-upgrade-" in p.name)
    assert len(backups) == 1 and backups[0].endswith(".partial"), backups
    assert path.read_bytes() == before and _revision_of(db_url) == "0001"  # not upgraded

    db = open_database(db_url)  # the next start: a complete backup, the partial one gone
    assert db.backup_path is not None and db.backup_path.read_bytes() == before
    db.close()
    left = sorted(p.name for p in path.parent.iterdir() if ".before-upgrade-" in p.name)
    assert left == [db.backup_path.name]


@pytest.mark.sqlite_only
def test_a_backup_that_cannot_be_written_stops_the_upgrade(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _database_at(db_url, "0001")

    def disk_full(*_a, **_k) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dbmod.shutil, "copyfileobj", disk_full)
    with pytest.raises(DatabaseError, match=r"No space left on device\); nothing was changed"):
        open_database(db_url)
    assert _revision_of(db_url) == "0001"
    folder = Path(db_url.removeprefix("sqlite:///")).parent
    assert not [p for p in folder.iterdir() if ".before-upgrade-" in p.name]


TWO_CLIENTS = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from consularapp import db as dbmod

    real_upgrade = dbmod._upgrade

    def slow_upgrade(engine, conn=None):
        time.sleep(1.5)  # long enough for the other client to arrive meanwhile
        real_upgrade(engine, conn)

    dbmod._upgrade = slow_upgrade
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.01)
    db = dbmod.open_database(sys.argv[1])
    print("upgraded" if db.upgraded_from else "up to date")
    db.close()
""")


@pytest.mark.postgresql_only
def test_two_clients_opening_an_old_database_at_once_upgrade_it_once(
    db_url: str, tmp_path: Path
) -> None:
    _database_at(db_url, "0001")
    go = tmp_path / "go"
    clients = [subprocess.Popen([sys.executable, "-c", TWO_CLIENTS, db_url, str(go)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                stdin=subprocess.DEVNULL) for _ in range(2)]
    time.sleep(0.5)  # both interpreters are up and waiting
    go.write_text("go")
    results = [c.communicate(timeout=120) for c in clients]
    assert [c.returncode for c in clients] == [0, 0], results
    assert sorted(out.strip() for out, _err in results) == ["up to date", "upgraded"]
    assert _revision_of(db_url) == HEAD


@pytest.mark.postgresql_only
def test_the_upgrade_lock_is_released_after_an_upgrade_that_fails(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _database_at(db_url, "0001")

    def refused(_conn, revision: str) -> None:
        raise DatabaseError(f"an upgrade from {revision} is waiting for an administrator")

    monkeypatch.setattr(dbmod, "check_may_upgrade", refused)
    with pytest.raises(DatabaseError, match="waiting for an administrator"):
        open_database(db_url)
    monkeypatch.undo()
    engine = create_engine(dbmod.parse_url(db_url))
    with engine.connect() as conn:  # another session can take the lock: it was released
        assert conn.execute(text(f"SELECT {dbmod.UPGRADE_LOCK}"),
                            {"k": dbmod.UPGRADE_LOCK_KEY}).scalar()
    engine.dispose()
    open_database(db_url).close()
    assert _revision_of(db_url) == HEAD

