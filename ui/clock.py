"""The window's notion of today: one clock that tests and `--as-of` set.

Everything in ui/ that needs "today" asks `today()` here, never `date.today()`, so the window can
be opened as of another day (the command line's `--as-of DATE`, a demonstration frozen on a day)
and no window test depends on the real date. `set_today(None)` goes back to the real date.
"""

from __future__ import annotations

from datetime import date

_fixed: date | None = None


def today() -> date:
    """Today for the window: the day set with `set_today`, else the real one."""
    return _fixed if _fixed is not None else date.today()


def set_today(day: date | None) -> None:
    """Answer `day` from now on (None: the real date again)."""
    global _fixed
    _fixed = day


def is_fixed() -> bool:
    """True when the window runs as of a day set by a test or by `--as-of`."""
    return _fixed is not None
