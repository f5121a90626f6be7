"""The test command's servers: a throwaway PostgreSQL cluster and an Xvfb display, private to
the run, stopped after it whatever happens (an interrupted run, a killed one)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the test command starts servers on Linux")


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(
        f"/proc/{pid}/status").read_text().lower()


def test_a_cluster_is_private_unprivileged_and_gone_after_stop(bootstrap) -> None:
    if bootstrap.postgres_bindir() is None:
        pytest.skip("PostgreSQL is not installed")
    cluster = bootstrap.PostgresCluster()
    url = cluster.start()
    folder = cluster.folder
    try:
        assert f"@127.0.0.1:{cluster.port}/" in url and _listening(cluster.port)
        assert folder is not None and folder.parent == Path(tempfile.gettempdir())
        if os.geteuid() == 0:  # PostgreSQL refuses root: the cluster belongs to another user
            assert (folder / "data").stat().st_uid != 0
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SHOW listen_addresses")).scalar() == "127.0.0.1"
            assert conn.execute(text("SHOW fsync")).scalar() == "off"
        engine.dispose()
    finally:
        cluster.stop()
    assert not folder.exists() and not _listening(cluster.port)


def test_two_clusters_at_once_get_their_own_ports(bootstrap) -> None:
    if bootstrap.postgres_bindir() is None:
        pytest.skip("PostgreSQL is not installed")
    first, second = bootstrap.PostgresCluster(), bootstrap.PostgresCluster()
    try:
        first.start()
        second.start()
        assert first.port != second.port and first.folder != second.folder
    finally:
        first.stop()
        second.stop()


def test_servers_of_a_killed_run_are_removed_by_the_next_one(bootstrap, tmp_path: Path) -> None:
    if bootstrap.postgres_bindir() is None or not bootstrap.shutil.which("Xvfb"):
        pytest.skip("PostgreSQL or Xvfb is not installed")
    report = tmp_path / "started"
    script = ROOT / "packaging" / "bootstrap.py"
    owner = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import importlib.util, sys, time
        spec = importlib.util.spec_from_file_location("b", {str(script)!r})
        b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)
        c = b.PostgresCluster(); c.start()
        x = b.XvfbDisplay(); x.start()
        open({str(report)!r}, "w").write(f"{{c.port}} {{c.folder}} {{x.process.pid}} {{x.folder}}")
        time.sleep(120)
    """)], stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not report.exists() or not report.read_text():
        assert owner.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)
    port, pg_folder, xvfb_pid, x_folder = report.read_text().split()
    owner.send_signal(signal.SIGKILL)  # no finally block runs
    owner.wait()
    assert _listening(int(port)) and _alive(int(xvfb_pid))

    bootstrap.remove_stale_services()  # what the next start does first
    deadline = time.monotonic() + 30
    while (_listening(int(port)) or _alive(int(xvfb_pid))) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _listening(int(port)) and not _alive(int(xvfb_pid))
    assert not Path(pg_folder).exists() and not Path(x_folder).exists()


def test_the_test_command_stops_its_servers_when_it_is_terminated(tmp_path: Path) -> None:
    """`bootstrap.py test` killed with SIGTERM mid-run (CI's timeout, a closed terminal)."""
    seen = tmp_path / "seen.txt"
    sleeper = tmp_path / "test_sleeps.py"
    sleeper.write_text(textwrap.dedent(f"""
        import os, time
        def test_sleeps():
            open({str(seen)!r}, "w").write(os.environ["CONSULARAPP_TEST_POSTGRESQL"] + " "
                                           + os.environ["CONSULARAPP_TEST_DISPLAY"])
            time.sleep(120)
    """))
    env = {k: v for k, v in os.environ.items()
           if k not in {"CONSULARAPP_TEST_POSTGRESQL", "CONSULARAPP_TEST_DISPLAY"}}
    command = subprocess.Popen(
        [sys.executable, str(ROOT / "packaging" / "bootstrap.py"), "test", str(sleeper), "-q",
         "-p", "no:cacheprovider", "--rootdir", str(tmp_path)],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True,
    )
    deadline = time.monotonic() + 180
    while not seen.exists() or not seen.read_text():
        assert command.poll() is None, command.communicate()[0]
        assert time.monotonic() < deadline
        time.sleep(0.2)
    url, display = seen.read_text().split()
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    assert _listening(port)
    command.send_signal(signal.SIGTERM)
    output = command.communicate(timeout=60)[0]
    assert command.returncode == 130, output
    assert "test services stopped" in output
    assert not _listening(port)
    assert not Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists()
