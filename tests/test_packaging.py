"""`pip install .` (not only editable) gives a working app: every package and resource ships."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_holds_every_package_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for top, installed_as in (("consularapp", "consularapp"), ("ui", "ui"),
                              ("resources", "consularapp_resources")):
        for path in (ROOT / top).rglob("*"):
            if path.is_dir() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            rel = path.relative_to(ROOT / top).as_posix()
            assert f"{installed_as}/{rel}" in names, f"{top}/{rel} is not in the wheel"
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "consularapp = consularapp.cli:main" in entry_points


def test_installed_wheel_runs_from_anywhere(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, stdin=subprocess.DEVNULL,
                   capture_output=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    code = ("import consularapp, runpy, sys; assert consularapp.__file__.startswith(sys.argv[1]), "
            "consularapp.__file__; sys.argv = ['consularapp'] + sys.argv[2:]; "
            "runpy.run_module('consularapp', run_name='__main__')")
    result = subprocess.run(
        [sys.executable, "-c", code, str(target), "--db", f"sqlite:///{tmp_path / 'w.sqlite3'}",
         "init"],
        cwd=tmp_path, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "147 office created" in result.stdout
