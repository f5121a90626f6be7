"""The app's log file: where crash reports and worker failures end up for support to read."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from consularapp.db import RedactingFilter
from consularapp.paths import log_dir

LOG_NAME = "consularapp.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger to a rotating file in the user's log folder (idempotent).

    Returns the file, or None if the folder cannot be written (the app still runs).
    """
    root = logging.getLogger()
    path = log_file()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())  # no database password ever reaches the file
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # Alembic narrates every start at INFO; only its warnings help support.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
