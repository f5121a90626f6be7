"""Build the frozen app (PyInstaller, one folder) and, on Windows, its MSI installer.

    python3 packaging/build.py           # dist/ConsularApp/ (ConsularApp, or .exe on Windows)
    python3 packaging/build.py --smoke   # ... then run the smoke test on the frozen app
    py -3 packaging\\build.py --msi       # Windows, with WiX 7+ on PATH: dist\\ConsularApp-V.msi

The same files on Linux and Windows. Standard library only (like bootstrap.py, whose .venv it
uses, with PyInstaller added): the app is frozen from the project's wheel, installed into
build/site, so what ships is what `pip install .` ships. Every build also writes the WiX list of
the frozen folder's files (build/wix/AppFiles.wxs), so the check that the installer holds exactly
the frozen folder runs on Linux too.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bootstrap  # noqa: E402 - beside this file; standard library only

import wix_files  # noqa: E402

BUILD = ROOT / "build"
SITE = BUILD / "site"
WORK = BUILD / "pyinstaller"
DIST = ROOT / "dist"
FROZEN = DIST / "ConsularApp"
SPEC = HERE / "consularapp.spec"
WXS = HERE / "windows" / "ConsularApp.wxs"
APP_FILES_WXS = BUILD / "wix" / "AppFiles.wxs"
WINDOWS = os.name == "nt"


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def version() -> str:
    """The version in pyproject.toml (the one source; consularapp.__version__ must agree)."""
    return project()["version"]


def msi_version(text: str) -> str:
    """An MSI ProductVersion (up to three numbers, each at most 255/255/65535) from `text`."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", text)
    if match is None:
        raise ValueError(f"version {text!r} does not start with a number")
    major, minor, patch = (int(part or 0) for part in match.groups())
    if major > 255 or minor > 255 or patch > 65535:
        raise ValueError(f"version {text!r} does not fit an MSI ProductVersion")
    return f"{major}.{minor}.{patch}"


def build_requirements() -> list[str]:
    return project()["optional-dependencies"]["build"]


def ensure_pyinstaller(python: Path) -> None:
    probe = subprocess.run([str(python), "-c", "import PyInstaller"], capture_output=True,
                           stdin=subprocess.DEVNULL)
    if probe.returncode == 0:
        return
    say("installing PyInstaller into .venv")
    subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", "install", "-q",
                    *build_requirements()], check=True, stdin=subprocess.DEVNULL)


def install_wheel(python: Path) -> None:
    """The project's wheel into build/site: the frozen app is made of what the wheel ships."""
    shutil.rmtree(SITE, ignore_errors=True)
    subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", "install", "-q",
                    "--no-deps", "--no-compile", "--target", str(SITE), str(ROOT)],
                   check=True, stdin=subprocess.DEVNULL)


def freeze(python: Path) -> None:
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
                   check=True, cwd=ROOT, stdin=subprocess.DEVNULL)


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of the folder, links not counted twice."""
    files = [folder / name for name in wix_files.frozen_files(folder)]
    return sum(p.stat().st_size for p in files), len(files)


def build_msi() -> Path:
    wix = shutil.which("wix")
    if wix is None:
        raise SystemExit("wix is not on PATH: install the .NET SDK, then "
                         "`dotnet tool install --global wix --version 7.0.0` and "
                         "`wix eula accept wix7` (see the README)")
    target = DIST / f"ConsularApp-{version()}.msi"
    subprocess.run([wix, "build", "-arch", "x64", "-d", f"Version={msi_version(version())}",
                    "-d", f"FrozenDir={FROZEN}", str(WXS), str(APP_FILES_WXS),
                    "-o", str(target)], check=True, stdin=subprocess.DEVNULL)
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true",
                        help="run the smoke test on the frozen app after building it")
    parser.add_argument("--msi", action="store_true", help="Windows: also build the MSI (WiX)")
    parser.add_argument("--shots", type=Path, metavar="FOLDER",
                        help="with --smoke: save pictures of the frozen app's window there")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bootstrap.ensure_system_packages(for_tests=args.smoke)
    python = bootstrap.ensure_venv()
    ensure_pyinstaller(python)
    say(f"freezing ConsularApp {version()} into {FROZEN}")
    install_wheel(python)
    freeze(python)
    size, count = folder_size(FROZEN)
    say(f"{FROZEN}: {size / 1e6:.1f} MB in {count} files "
        f"({time.monotonic() - started:.0f} s)")
    APP_FILES_WXS.parent.mkdir(parents=True, exist_ok=True)
    APP_FILES_WXS.write_text(wix_files.fragment(FROZEN), encoding="utf-8")
    say(f"WiX list of the frozen files: {APP_FILES_WXS}")
    if args.msi:
        say(f"wrote {build_msi()}")
    if args.smoke:
        shots = ["--shots", str(args.shots)] if args.shots else []
        code = subprocess.call([str(python), str(HERE / "smoke.py"), str(FROZEN),
                                "--wix-files", str(APP_FILES_WXS), *shots], cwd=ROOT,
                               stdin=subprocess.DEVNULL)
        if code:
            say("the smoke test of the frozen app FAILED")
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
