"""Writing files so that nobody ever sees half of one, with the permissions colleagues expect.

Every export writes beside its target and moves the result into place (a failed or cancelled
export leaves an existing file untouched; a web server or a subscriber never reads a file being
written). The temporary file is created by a plain open(), not mkstemp: mkstemp's 0600 would make
a calendar in a shared publish folder unreadable to the web server and to colleagues.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def part_path(target: Path) -> Path:
    """A hidden, unique temporary name beside `target`."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")


def replace_with_bytes(target: Path, data: bytes) -> Path:
    """Write `data` to `target` atomically; OSError when it cannot (nothing is left behind)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = part_path(target)
    try:
        part.write_bytes(data)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target
