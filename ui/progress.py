"""A progress dialog in front of a worker Task: Cancel sets the flag, errors go to show_error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.errors import show_error
from ui.worker import Task

# Quick calls finish before the dialog would appear, so it never flashes.
SHOW_AFTER_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("progress", text)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    fn: Callable[..., Any],
    *args: Any,
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Run `fn(*args, progress=, cancelled=, **kwargs)` off the UI thread behind a progress dialog.

    Exactly one callback runs on the UI thread when the call ends: `on_success(result)`,
    `on_error(exc)` (default: the one error presenter) or `on_cancelled()`.
    """
    task = Task(fn, *args, **kwargs)
    dialog = QProgressDialog(title, _tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(title)
    dialog.setValue(0)
    task.dialog = dialog  # type: ignore[attr-defined]  # for tests and callers that relabel it

    def on_progress(done: int, total: int, message: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(message)

    def on_cancel_clicked() -> None:
        dialog.setLabelText(_tr("Cancelling…"))
        task.cancel()

    closed = False

    def close_dialog() -> None:
        nonlocal closed
        if closed:
            return
        closed = True
        dialog.canceled.disconnect(on_cancel_clicked)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        close_dialog()  # before the callback opens its own box
        if on_success is not None:
            on_success(result)

    def failed(exc: BaseException) -> None:
        close_dialog()
        (on_error or (lambda e: show_error(parent, e)))(exc)

    def cancelled() -> None:
        close_dialog()
        if on_cancelled is not None:
            on_cancelled()

    task.progress.connect(on_progress)
    dialog.canceled.connect(on_cancel_clicked)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.was_cancelled.connect(cancelled)
    task.finished.connect(close_dialog)
    return task.start()
