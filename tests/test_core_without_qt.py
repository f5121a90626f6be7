"""The core must run without Qt: on a server, in scripts, under the command line."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_importing_every_core_module_loads_no_qt() -> None:
    # A fresh interpreter: pytest-qt has already imported PySide6 into this one.
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        import consularapp
        names = [m.name for m in pkgutil.walk_packages(consularapp.__path__, "consularapp.")
                 if ".migrations.versions" not in m.name and m.name != "consularapp.migrations.env"
                 and m.name != "consularapp.__main__"]
        for name in names:
            importlib.import_module(name)
        bad = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "ui"})
        print(len(names), bad)
        sys.exit(1 if bad else 0)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    count = int(result.stdout.split()[0])
    assert count >= 10  # really walked the package
