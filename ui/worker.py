"""Run a core call off the UI thread, with progress and cancel (Anki's operations, generic).

A core call that takes time accepts `progress(done, total, message)` and `cancelled() -> bool`
keyword arguments; `Task` runs it on the thread pool and reports back on the UI thread through
queued signals. `run_with_progress` adds the progress dialog whose Cancel button sets the flag and
hands errors to the one presenter. Reports, calendars and the workbook all go through here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# Tasks still running; holding them keeps their Python objects alive until they report back.
_RUNNING: set[Task] = set()


class TaskCancelled(Exception):
    """Raised inside the worker by `Task.check_cancelled()` when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object, object)  # (result, exception)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._task = task

    def run(self) -> None:
        self._task._run_in_worker()


class Task(QObject):
    """One call of `fn(*args, progress=..., cancelled=..., **kwargs)` on a worker thread.

    Signals arrive on the thread that created the Task (the UI thread):
    `progress(done, total, message)`, then exactly one of `succeeded(result)`, `failed(exc)` or
    `was_cancelled()`, then `finished()`.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        pass_progress: bool = True,
        parent: QObject | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._pass_progress = pass_progress
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._deliver)
        self._runnable = _Runnable(self)
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None

    # --- called from the UI thread --------------------------------------------------------------

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        """Ask the call to stop; it sees `cancelled()` return True at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # --- called from the worker thread ----------------------------------------------------------

    def _report_progress(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), str(message))

    def _run_in_worker(self) -> None:
        kwargs = dict(self._kwargs)
        if self._pass_progress:
            kwargs.setdefault("progress", self._report_progress)
            kwargs.setdefault("cancelled", self._cancel.is_set)
        try:
            result = self._fn(*self._args, **kwargs)
        except BaseException as exc:  # delivered to the UI thread, which decides what it means
            self._signals.done.emit(None, exc)
        else:
            self._signals.done.emit(result, None)

    # --- back on the UI thread ------------------------------------------------------------------

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        _RUNNING.discard(self)
        self.result, self.error = result, error
        try:
            if error is None:
                self.succeeded.emit(result)
            elif self._cancel.is_set() or _is_cancellation(error):
                # Whatever a cancelled call raised on its way out is the cancellation itself.
                log.info("Task %s cancelled (%s)", getattr(self._fn, "__name__", self._fn), error)
                self.was_cancelled.emit()
            else:
                self.failed.emit(error)
        finally:
            self.finished.emit()


def _is_cancellation(error: BaseException) -> bool:
    from consularapp import errors

    core_cancelled = getattr(errors, "CancelledError", None)
    return isinstance(error, TaskCancelled) or (
        core_cancelled is not None and isinstance(error, core_cancelled)
    )


def running_tasks() -> int:
    return len(_RUNNING)


def cancel_all(wait_ms: int = 5000) -> bool:
    """Ask every running task to stop and wait for the threads (the window is closing).

    True if all threads finished in time; a worker still running at interpreter exit would
    crash it.
    """
    for task in list(_RUNNING):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(wait_ms)
