"""The window on a real X display (Xvfb and Qt's xcb platform), not offscreen: what the README's
app command shows a user. The offscreen tests cannot see a missing xcb library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the xcb platform is Linux's")


def _xcb_plugin_files() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    return [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob(
        "libQt6XcbQpa.so*"))[:1]]


def test_every_library_the_xcb_platform_loads_is_installed(bootstrap) -> None:
    """bootstrap.py's XCB_LIBRARIES list is complete: ldd finds every library of the plugin."""
    missing: set[str] = set()
    for path in _xcb_plugin_files():
        assert path.exists(), path
        listed = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True)
        missing |= {line.split()[0] for line in listed.stdout.splitlines() if "not found" in line}
    known = bootstrap.XCB_LIBRARIES
    packages = {lib: pkg for lib, pkg in known.items()
                if any(m.startswith(f"lib{lib}.so") for m in missing)}
    assert not missing, f"missing {sorted(missing)}; Debian packages known: {packages}"


def test_the_real_window_opens_on_an_x_display_and_quits(x_display: str, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display, HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "smoke" / "smoke_window.py"), "--seconds", "3",
         "--screenshot", str(shot)],
        cwd=tmp_path, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and lines, result.stdout + result.stderr
    report = json.loads(lines[-1])
    assert report["failures"] == []
    assert report["platform"] == "xcb"
    assert report["exposed"] is True  # mapped on the X server, not just created
    # The smoke database holds the demonstration, and the title says so (the app named once).
    assert report["title"] == "ConsularApp — Demonstration — smoke.sqlite3"
    from PySide6.QtGui import QImage

    picture = QImage(str(shot))
    assert picture.width() >= 1024 and picture.height() >= 700
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 16)
               for y in range(0, picture.height(), 16)}
    assert len(colours) > 8  # the window's text and widgets, not an empty screen
