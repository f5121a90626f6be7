"""Set up everything on a fresh machine with only Python 3.11+, then open the app or run the tests.

    python3 packaging/bootstrap.py app      # the desktop app on the demonstration's own
                                            # SQLite database (never the user's records)
    python3 packaging/bootstrap.py test     # the whole test suite (what CI runs)
    python3 packaging/bootstrap.py test --no-frozen [PYTEST ARGS]
                                            # the same without the frozen app's build

Standard library only: it runs before anything is installed. It makes `.venv` beside
pyproject.toml, installs the project with its test extras there (again only when pyproject.toml
changed), and on Debian/Ubuntu installs the system packages Qt's platforms (offscreen and xcb,
the real display) and the tests need when they are missing and it may (root, apt-get present).

For the tests it starts, for the length of the run only, a throwaway PostgreSQL cluster (a private
folder, a free port on 127.0.0.1, run as an unprivileged user since PostgreSQL refuses root) and
an Xvfb display (the first free number), hands them to pytest through the environment
(CONSULARAPP_TEST_POSTGRESQL, CONSULARAPP_TEST_DISPLAY) and stops both afterwards, whatever
happens. tests/conftest.py uses the same classes to start its own when pytest runs alone.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".consularapp-installed"

# Shared libraries the Qt wheels load even offscreen, and the Debian packages that provide them.
QT_LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
}
# What Qt's xcb platform (a real X display) loads besides: every library `ldd libqxcb.so` and
# `ldd libQt6XcbQpa.so.6` name, found by trying on a fresh Debian; tests/ui/test_ui_display.py
# fails when the plugin names one that is not installed.
XCB_LIBRARIES = {
    "X11": "libx11-6",
    "X11-xcb": "libx11-xcb1",
    "xcb": "libxcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-glx": "libxcb-glx0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
# Programs the tests use: PDF pages as pictures, a virtual X display for the real window.
TEST_PROGRAMS = {"pdftoppm": "poppler-utils", "Xvfb": "xvfb"}
# The PostgreSQL server the core tests also run on (Debian's package; the binaries live in
# /usr/lib/postgresql/<version>/bin, off PATH).
POSTGRESQL_PACKAGE = "postgresql"

# Libraries the tests use as a second reader: libical (Evolution's) parses every calendar and
# runs its iTIP check on it. The package was renamed in Debian 13; the first one apt knows wins.
TEST_LIBRARIES = {"ical": ("libical3t64", "libical3")}

PG_ENV = "CONSULARAPP_TEST_POSTGRESQL"
DISPLAY_ENV = "CONSULARAPP_TEST_DISPLAY"
SERVICE_PREFIX = "consularapp-test-"


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def missing_system_packages(for_tests: bool) -> list[str]:
    """Debian packages of what Qt (offscreen and xcb) and, for tests, the services lack."""
    libraries = {**QT_LIBRARIES, **XCB_LIBRARIES}
    missing = [pkg for lib, pkg in libraries.items() if ctypes.util.find_library(lib) is None]
    if for_tests:
        missing += [pkg for prog, pkg in TEST_PROGRAMS.items() if shutil.which(prog) is None]
        if postgres_bindir() is None:
            missing.append(POSTGRESQL_PACKAGE)
        missing += [" | ".join(names) for lib, names in TEST_LIBRARIES.items()
                    if ctypes.util.find_library(lib) is None]
    return missing


def _known_package(choice: str) -> str:
    """'libical3t64 | libical3' -> the first name apt knows (after apt-get update)."""
    names = [n.strip() for n in choice.split("|")]
    for name in names:
        if subprocess.run(["apt-cache", "show", name], capture_output=True,
                          check=False).returncode == 0:
            return name
    return names[-1]


def ensure_system_packages(for_tests: bool) -> None:
    """Install missing system packages with apt-get where that is possible."""
    if not sys.platform.startswith("linux"):
        return
    missing = missing_system_packages(for_tests)
    if not missing:
        return
    apt = shutil.which("apt-get")
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not apt or not is_root:
        say(f"missing system packages {' '.join(missing)}; install them with your package "
            "manager (continuing: some parts may not work)")
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([apt, "update", "-qq"], check=False, env=env, stdin=subprocess.DEVNULL)
    missing = [_known_package(m) if "|" in m else m for m in missing]
    say(f"installing system packages: {' '.join(missing)}")
    subprocess.run([apt, "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env, stdin=subprocess.DEVNULL)


# --- services for the tests -----------------------------------------------------------------


class ServiceError(RuntimeError):
    """A test service could not be started; the message says why."""


def postgres_bindir() -> Path | None:
    """The folder of initdb/pg_ctl/postgres: Debian's newest version, else whatever is on PATH."""
    def version(path: Path) -> tuple[int, ...]:
        digits = path.parent.name.split(".")
        return tuple(int(d) for d in digits if d.isdigit())

    found = [b for b in Path("/usr/lib/postgresql").glob("*/bin") if (b / "initdb").exists()]
    if found:
        return max(found, key=version)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _unprivileged_user() -> tuple[int, int] | None:
    """(uid, gid) to run a server as when we are root (PostgreSQL refuses root); else None."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return entry.pw_uid, entry.pw_gid
    raise ServiceError("running as root and no unprivileged user (postgres, nobody) to run "
                       "PostgreSQL as")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class PostgresCluster:
    """A throwaway PostgreSQL cluster: its own folder under the temporary folder, a free port on
    127.0.0.1 only, a random superuser password, no durability (fsync off). `stop()` kills it and
    removes the folder; a cluster whose owner died without stopping it is removed by the next
    start (its folder names the owner's process id)."""

    USER = "consularapp_test"

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.port = 0
        self.password = secrets.token_hex(16)
        self._as: tuple[int, int] | None = None
        self._bin: Path | None = None

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the maintenance database, as the superuser."""
        return (f"postgresql+psycopg://{self.USER}:{self.password}@127.0.0.1:{self.port}"
                "/postgres")

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        assert self._bin is not None
        kwargs: dict[str, object] = {}
        if self._as is not None:
            kwargs.update(user=self._as[0], group=self._as[1], extra_groups=[])
        env = dict(os.environ, LC_ALL="C", LANG="C")
        result = subprocess.run([str(self._bin / args[0]), *args[1:]], capture_output=True,
                                text=True, stdin=subprocess.DEVNULL, env=env, cwd="/",
                                **kwargs)  # type: ignore[call-overload]
        if check and result.returncode:
            raise ServiceError(f"{args[0]} failed: {(result.stderr or result.stdout).strip()}")
        return result

    def start(self) -> str:
        self._bin = postgres_bindir()
        if self._bin is None:
            raise ServiceError("PostgreSQL is not installed (Debian: apt-get install "
                               f"{POSTGRESQL_PACKAGE})")
        self._as = _unprivileged_user()
        remove_stale_services()
        self.folder = Path(tempfile.mkdtemp(prefix=f"{SERVICE_PREFIX}pg-{os.getpid()}-"))
        data = self.folder / "data"
        password_file = self.folder / "password"
        password_file.write_text(self.password + "\n")
        if self._as is not None:
            os.chown(self.folder, *self._as)
            os.chown(password_file, *self._as)
        self._run("initdb", "-D", str(data), "-U", self.USER, "--pwfile", str(password_file),
                  "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync")
        password_file.unlink()
        for attempt in range(5):
            self.port = free_port()
            options = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                       f"-c unix_socket_directories={self.folder} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off "
                       "-c shared_buffers=32MB -c max_connections=100")
            result = self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(data),
                               "-l", str(self.folder / "server.log"), "-o", options,
                               check=False)
            if result.returncode == 0:
                return self.url
            log = (self.folder / "server.log").read_text(errors="replace")
            if "could not bind" not in log or attempt == 4:
                self.stop()
                raise ServiceError(f"PostgreSQL did not start: {log.strip()[-2000:]}")
        raise AssertionError("unreachable")

    def stop(self) -> None:
        if self.folder is None:
            return
        if (self.folder / "data" / "postmaster.pid").exists():
            self._run("pg_ctl", "stop", "-D", str(self.folder / "data"), "-m", "immediate",
                      "-w", "-t", "30", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


class XvfbDisplay:
    """Xvfb on the first free display number (-displayfd), no TCP, screen 1280x1024x24."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""
        self.folder: Path | None = None

    def start(self) -> str:
        program = shutil.which("Xvfb")
        if program is None:
            raise ServiceError("Xvfb is not installed (Debian: apt-get install xvfb)")
        remove_stale_services()
        read_end, write_end = os.pipe()
        try:
            self.process = subprocess.Popen(
                [program, "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                 "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True,
            )
            os.close(write_end)
            write_end = -1
            number = b""
            deadline = time.monotonic() + 30
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)
        if not number.strip().isdigit():
            self.stop()
            raise ServiceError("Xvfb did not start")
        self.display = f":{number.decode().strip()}"
        # Where a later run finds it if this one dies without stopping it.
        self.folder = Path(tempfile.mkdtemp(prefix=f"{SERVICE_PREFIX}x-{os.getpid()}-"))
        (self.folder / "server.pid").write_text(str(self.process.pid))
        return self.display

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _kill_if(pid_file: Path, program: str, signum: int) -> None:
    """Signal the process named in `pid_file`'s first word if it still is `program`."""
    try:
        pid = int(pid_file.read_text().split()[0])
        if Path(f"/proc/{pid}/comm").read_text().strip() == program:
            os.kill(pid, signum)
    except (OSError, ValueError, IndexError):
        pass


def remove_stale_services() -> None:
    """Stop and remove the servers of test runs whose process died (kill -9, power loss): each
    service's folder names the process that started it."""
    for folder in Path(tempfile.gettempdir()).glob(f"{SERVICE_PREFIX}*-*-*"):
        try:
            kind, owner = folder.name.split("-")[2], int(folder.name.split("-")[3])
        except (IndexError, ValueError):
            continue
        if owner == os.getpid() or _pid_alive(owner):
            continue
        if kind == "pg":
            _kill_if(folder / "data" / "postmaster.pid", "postgres", signal.SIGQUIT)
        elif kind == "x":
            _kill_if(folder / "server.pid", "Xvfb", signal.SIGTERM)
        shutil.rmtree(folder, ignore_errors=True)


def _stop_on_signals() -> None:
    """SIGTERM / SIGHUP end the run like Ctrl+C does, so the finally blocks stop the services."""
    def interrupt(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)


def ensure_venv() -> Path:
    """Create .venv and install the project into it, unless pyproject.toml is unchanged."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    python = venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    say("installing ConsularApp and its test tools into .venv (first run: a few minutes)")
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "-q", "--upgrade", "pip"], check=True,
                   stdin=subprocess.DEVNULL)
    subprocess.run([*pip, "install", "-q", "-e", f"{ROOT}[test]"], check=True,
                   stdin=subprocess.DEVNULL)
    STAMP.write_text(wanted)
    return python


def compile_translations(python: Path) -> None:
    """The window's .qm and the core's .mo from the sources in resources/translations, on every
    run (a few tenths of a second; nothing is written when they are up to date): the editable
    install reads them from the source tree, so an edited .ts or .po shows at once."""
    subprocess.run([str(python), str(ROOT / "packaging" / "translations.py"), "compile"],
                   check=True, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def run_app(python: Path, extra: list[str]) -> int:
    """The window on the demonstration's own database (never the user's: `consularapp demo`
    writes a separate file, and loading it again keeps what was edited or deleted there). With
    `--db URL` among `extra`, the window on that database instead, without the demonstration."""
    app = [str(python), "-m", "consularapp"]
    if any(arg == "--db" or arg.startswith("--db=") for arg in extra):
        say("opening the window")
        return subprocess.call([*app, *extra], cwd=ROOT)
    say("loading the demonstration data into its own database")
    if subprocess.call([*app, "demo"], cwd=ROOT):
        say("the demonstration could not be loaded (see above); opening your own database")
        return subprocess.call([*app, *extra], cwd=ROOT)
    say("opening the window on the demonstration database")
    return subprocess.call([*app, "--demo", *extra], cwd=ROOT)


def run_tests(python: Path, extra: list[str]) -> int:
    # --no-frozen is ours, not pytest's: an engineer's run that changed nothing the frozen build
    # takes in (packaging/, dependencies, data files) may skip its minutes. CI never passes it.
    frozen = "--no-frozen" not in extra
    extra = [arg for arg in extra if arg != "--no-frozen"]
    say("ruff check")
    code = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    if code:
        return code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    services: list[PostgresCluster | XvfbDisplay] = []
    _stop_on_signals()
    try:
        if sys.platform.startswith("linux"):
            for service, variable, what in ((PostgresCluster(), PG_ENV, "PostgreSQL"),
                                            (XvfbDisplay(), DISPLAY_ENV, "Xvfb")):
                if env.get(variable):
                    continue
                started = time.monotonic()
                try:
                    value = service.start()
                except ServiceError as exc:
                    say(f"{what} not started: {exc}")
                    continue
                services.append(service)
                env[variable] = value
                where = value.rsplit("@", 1)[-1]
                say(f"{what} started on {where} ({time.monotonic() - started:.1f} s)")
        say("pytest")
        code = subprocess.call([str(python), "-m", "pytest", *extra], cwd=ROOT, env=env,
                               stdin=subprocess.DEVNULL)
        if code or not frozen:
            return code
        return run_frozen_smoke(python, env)
    except KeyboardInterrupt:
        return 130
    finally:
        for service in reversed(services):
            service.stop()
        if services:
            say("test services stopped")


def run_frozen_smoke(python: Path, env: dict[str, str]) -> int:
    """The frozen app (PyInstaller) built and smoke-tested, after pytest and with its Xvfb
    display: a module or data file the build leaves out fails the test command
    (packaging/build.py and smoke.py, the installer's; about a minute and a half)."""
    say("frozen app: build and smoke test (packaging/build.py --smoke)")
    return subprocess.call([str(python), str(ROOT / "packaging" / "build.py"), "--smoke"],
                           cwd=ROOT, env=env, stdin=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before any check
        print("ConsularApp needs Python 3.11 or newer", file=sys.stderr)
        return 2
    if not argv or argv[0] not in {"app", "test"}:
        print(__doc__, file=sys.stderr)
        return 2
    command, extra = argv[0], argv[1:]
    ensure_system_packages(for_tests=command == "test")
    python = ensure_venv()
    compile_translations(python)
    return run_app(python, extra) if command == "app" else run_tests(python, extra)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
