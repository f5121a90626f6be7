"""Progress of long command-line work (import, export, reports) on a terminal.

Shown on stderr, and only when stderr is a terminal: a script that pipes or redirects the output
gets the result lines alone, never carriage returns. One line, rewritten in place at most ten
times a second ("Reading People: 1,200 of 5,000 (24%)"), erased when the work ends, so the summary
the command prints afterwards stands alone.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

from consularapp.i18n import _

REFRESH_SECONDS = 0.1


class TerminalProgress:
    """A `progress(done, total, message)` callback for the core's long calls."""

    def __init__(self, stream: TextIO | None = None, *, force: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = force or bool(isatty and isatty())
        self._last = 0.0
        self._shown = False
        self.updates = 0  # lines written (for tests)

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = total > 0 and done >= total
        if self._shown and not finished and now - self._last < REFRESH_SECONDS:
            return
        self._last = now
        self.write(self.line(done, total, message))

    @staticmethod
    def line(done: int, total: int, message: str) -> str:
        what = message or _("Working")
        if total > 0:
            percent = min(100, done * 100 // total)
            return _("{what}: {done:,} of {total:,} ({percent}%)").format(
                what=what, done=min(done, total), total=total, percent=percent)
        if done:
            return _("{what}: {done:,}").format(what=what, done=done)
        return f"{what}…"

    def write(self, text: str) -> None:
        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
        if len(text) > width:
            text = text[: width - 1] + "…"
        self.stream.write("\r" + text.ljust(width))
        self.stream.flush()
        self._shown = True
        self.updates += 1

    def done(self) -> None:
        """Erase the progress line (the command's own summary follows)."""
        if self.enabled and self._shown:
            width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
            self._shown = False

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.done()
