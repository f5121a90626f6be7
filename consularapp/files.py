"""Writing files so that nobody ever sees half of one, with the permissions colleagues expect.

Every export writes beside its target and moves the result into place (a failed or cancelled
export leaves an existing file untouched; a web server or a subscriber never reads a file being
written). The temporary file is created by a plain open(), not mkstemp: mkstemp's 0600 would make
a calendar in a shared publish folder unreadable to the web server and to colleagues.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import tempfile
import time
from pathlib import Path

# Temporary names carry the writing process's ID, so a later run can tell the leftovers of a
# killed process (its ID no longer running) from the files of one still writing.
_STALE = re.compile(r"^\..*\.(?P<pid>\d+)-[0-9a-f]{12}\.(part|tmp)$")
STALE_AFTER = 2 * 24 * 3600  # seconds: whatever its process, a temporary file this old is dead


def part_path(target: Path) -> Path:
    """A hidden, unique temporary name beside `target`."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(6)}.part")


def staging_name(label: str = "consularapp") -> str:
    """A hidden, unique name for a temporary folder, recognisable by `sweep_stale`."""
    return f".{label}.{os.getpid()}-{secrets.token_hex(6)}.tmp"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def sweep_stale(folder: Path, prefix: str = "") -> list[Path]:
    """Remove what killed writers left in `folder` (their `.part` files and `.tmp` folders
    whose names start with `prefix`); returns what was removed. Errors are ignored: a file
    another program holds stays."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _STALE.match(entry.name)
        if not match or not entry.name.startswith(prefix):
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
        except OSError:
            continue
        if _alive(int(match["pid"])) and not old:
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


TEMP_PREFIX = ".consularapp-"  # what this app's files in the system's temporary folder start with


def staging_folder(target_folder: Path) -> Path:
    """Where to write before moving into `target_folder`: the system's temporary folder when
    it is on the same volume (a kill then leaves nothing among the user's files), else a hidden
    folder inside `target_folder` that the next run sweeps away."""
    target_folder = Path(target_folder)
    temp = Path(tempfile.gettempdir())
    try:
        if os.stat(temp).st_dev == os.stat(target_folder).st_dev:
            return temp
    except OSError:
        pass
    return target_folder


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
