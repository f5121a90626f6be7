"""The one place where errors become dialogs (Anki's habit).

Core calls raise typed errors (consularapp.errors); the UI hands whatever it catches to
`show_error`, so every message box about a refused input, a missing record or a broken database
looks and reads the same. Anything that is not a ConsularError is a bug: it is logged and shown in
the crash dialog, which CI switches off with CONSULARAPP_NO_CRASH_DIALOG=1.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consularapp.errors import ConsularError, InputError, Problem

log = logging.getLogger(__name__)

NO_DIALOG_ENV = "CONSULARAPP_NO_CRASH_DIALOG"
# Above this many problems a message box gets too tall: the scrollable problems dialog takes over.
MAX_PROBLEMS_IN_BOX = 15


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("errors", text, None, n)


def crash_dialog_disabled() -> bool:
    return os.environ.get(NO_DIALOG_ENV, "").strip() not in ("", "0")


def problem_lines(problems: list[Problem]) -> list[str]:
    """One line per problem: 'Sheet, row N, Column: what is wrong' or 'Field: what is wrong'."""
    return [str(p) for p in problems]


class DetailsDialog(QDialog):
    """A message above read-only, copyable details: the crash report and long problem lists."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(_tr("Details"))
        self.message.setBuddy(self.details)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(_tr("&Copy details"))
        self.copy_button.setAccessibleName(_tr("Copy details to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class ProblemsDialog(DetailsDialog):
    """Every problem of a refused input, one per line, so the user can fix them all in one pass."""

    def __init__(self, parent: QWidget | None, error: InputError, intro: str = "") -> None:
        count = len(error.problems)
        message = intro or _tr("Nothing was saved. Fix the problems below and try again.")
        summary = _ntr("%n problem(s) found.", count)
        super().__init__(parent, error.title, f"{message} {summary}",
                         "\n".join(problem_lines(error.problems)))
        self.setAccessibleName(error.title)


class CrashDialog(DetailsDialog):
    """An unexpected error as the user sees it: an apology, the details, where the log is."""

    def __init__(self, parent: QWidget | None, details: str, log_path: str = "") -> None:
        message = _tr(
            "Something went wrong that ConsularApp did not expect. Your saved data is safe; the "
            "action you were doing may not have finished. Please copy the details below and send "
            "them to your support contact."
        )
        if log_path:
            message += " " + _tr("They are also in the log file %1.").replace("%1", log_path)
        super().__init__(parent, _tr("Unexpected error"), message, details)


def format_exception(exc: BaseException) -> str:
    """The traceback as text for the crash dialog, without any database password."""
    from consularapp.db import redact

    return redact("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def _log_path() -> str:
    from ui.logging_setup import log_file

    try:
        return str(log_file())
    except Exception:  # pragma: no cover - platformdirs failing is no reason to crash twice
        return ""


def report_crash(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log an unexpected exception with its traceback and, unless switched off, show it."""
    log.critical("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if crash_dialog_disabled() or QApplication.instance() is None:
        return
    dialog = CrashDialog(parent or QApplication.activeWindow(), format_exception(exc), _log_path())
    dialog.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about `exc`: refused input, a core error, or (else) a crash."""
    if isinstance(exc, InputError):
        lines = problem_lines(exc.problems)
        if len(lines) > MAX_PROBLEMS_IN_BOX:
            ProblemsDialog(parent, exc).exec()
            return
        text = exc.title + "\n\n" + "\n".join(f"• {line}" for line in lines)
        QMessageBox.warning(parent, exc.title, text)
    elif isinstance(exc, ConsularError):
        QMessageBox.warning(parent, _tr("ConsularApp"), str(exc))
    else:
        report_crash(exc, parent)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    try:
        if isinstance(exc, ConsularError) and QApplication.instance() is not None:
            # A typed error that escaped a handler still deserves its own clear message.
            log.warning("Unhandled %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
            if not crash_dialog_disabled():
                show_error(None, exc)
            return
        report_crash(exc)
    except Exception:  # pragma: no cover - the last line of defence must not raise
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> None:
    """Log every uncaught exception to the rotating log file and show the crash dialog."""
    from ui.logging_setup import setup_logging

    setup_logging()
    sys.excepthook = _excepthook
