"""ConsularApp core: the domain, storage, rules, import/export and command line.

This package never imports Qt (tests/test_core_without_qt.py proves it), so it runs in scripts,
on a server and under the command line as well as under the desktop window in `ui/`.
"""

from __future__ import annotations

__version__ = "0.1.0"
