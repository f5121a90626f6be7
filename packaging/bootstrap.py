"""Set up everything on a fresh machine with only Python 3.11+, then open the app or run the tests.

    python3 packaging/bootstrap.py app      # the desktop app on the embedded SQLite default,
                                            # with the demonstration data loaded
    python3 packaging/bootstrap.py test     # the whole test suite (what CI runs)

Standard library only: it runs before anything is installed. It makes `.venv` beside
pyproject.toml, installs the project with its test extras there (again only when pyproject.toml
changed), and on Debian/Ubuntu installs the few system libraries Qt and the PDF checks need when
they are missing and it may (root, apt-get present).
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
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
# Programs the tests use to look at what the app writes (PDF pages as pictures).
TEST_PROGRAMS = {"pdftoppm": "poppler-utils"}


def say(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_system_packages(for_tests: bool) -> None:
    """Install missing Qt libraries (and test programs) with apt-get where that is possible."""
    if not sys.platform.startswith("linux"):
        return
    missing = [pkg for lib, pkg in QT_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    if for_tests:
        missing += [pkg for prog, pkg in TEST_PROGRAMS.items() if shutil.which(prog) is None]
    if not missing:
        return
    apt = shutil.which("apt-get")
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not apt or not is_root:
        say(f"missing system packages {' '.join(missing)}; install them with your package "
            "manager (continuing: some parts may not work)")
        return
    say(f"installing system packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([apt, "update", "-qq"], check=False, env=env, stdin=subprocess.DEVNULL)
    subprocess.run([apt, "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env, stdin=subprocess.DEVNULL)


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


def run_app(python: Path, extra: list[str]) -> int:
    say("loading the demonstration data into the default database")
    code = subprocess.call([str(python), "-m", "consularapp", "demo"], cwd=ROOT)
    if code:
        return code
    say("opening the window")
    return subprocess.call([str(python), "-m", "consularapp", *extra], cwd=ROOT)


def run_tests(python: Path, extra: list[str]) -> int:
    say("ruff check")
    code = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT)
    if code:
        return code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    say("pytest")
    return subprocess.call([str(python), "-m", "pytest", *extra], cwd=ROOT, env=env,
                           stdin=subprocess.DEVNULL)


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
    return run_app(python, extra) if command == "app" else run_tests(python, extra)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
