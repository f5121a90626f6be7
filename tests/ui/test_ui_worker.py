"""Core calls off the UI thread: results, errors and Cancel come back on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton

from consularapp.errors import InputError
from ui.progress import run_with_progress
from ui.worker import Task, running_tasks


def slow_count(n: int, *, progress, cancelled) -> int:
    for i in range(n):
        if cancelled():
            raise RuntimeError("stopped")
        progress(i + 1, n, f"item {i + 1}")
        time.sleep(0.002)
    return threading.get_ident()


def test_task_runs_off_the_ui_thread_and_reports_progress(qtbot) -> None:
    task = Task(slow_count, 5)
    seen: list[tuple[int, int, str]] = []
    task.progress.connect(lambda d, t, m: seen.append((d, t, m)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args[0] != threading.get_ident()  # ran elsewhere
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen[-1] == (5, 5, "item 5")
    assert running_tasks() == 0


def test_task_errors_arrive_as_failed(qtbot) -> None:
    def refuse(*, progress, cancelled):
        raise InputError("Offices, row 2, State: 'XX' is not a state")

    task = Task(refuse)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], InputError)


def test_cancel_is_seen_by_the_call(qtbot) -> None:
    started = threading.Event()

    def wait_for_cancel(*, progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.001)
        raise RuntimeError("whatever the call raises once cancelled")

    task = Task(wait_for_cancel)
    with qtbot.waitSignal(task.was_cancelled, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()


def test_run_with_progress_calls_back_on_the_ui_thread(qtbot) -> None:
    results: list[tuple[object, object]] = []
    task = run_with_progress(None, "Counting", slow_count, 3,
                             on_success=lambda r: results.append((r, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0][1] is QThread.currentThread()
    qtbot.waitUntil(lambda: not shiboken6.isValid(task.dialog))  # type: ignore[attr-defined]


def test_run_with_progress_cancel_button(qtbot) -> None:
    cancelled: list[bool] = []
    task = run_with_progress(None, "Forever", slow_count, 100000,
                             on_success=lambda _r: pytest.fail("should not finish"),
                             on_cancelled=lambda: cancelled.append(True))
    dialog = task.dialog  # type: ignore[attr-defined]
    button = dialog.findChild(QPushButton)
    button.click()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)


def test_run_with_progress_errors_go_to_the_presenter(qtbot, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.progress.show_error", lambda _parent, exc: shown.append(exc))

    def fail(*, progress, cancelled):
        raise InputError("bad")

    run_with_progress(None, "Failing", fail)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0], InputError)
