"""The one error presenter and the crash handler."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from consularapp.errors import InputError, NotFoundError, Problem
from ui import errors
from ui.errors import CrashDialog, ProblemsDialog, install_excepthook, show_error


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *_a: shown.append((title, text)))
    return shown


def test_input_error_lists_every_problem(qtbot, boxes) -> None:
    error = InputError([Problem("City", "a city is required"),
                        Problem("Time zone", "'Mars' is not an IANA time zone")],
                       "The office was not saved")
    show_error(None, error)
    title, text = boxes[0]
    assert title == "The office was not saved"
    assert "City: a city is required" in text
    assert "Time zone: 'Mars' is not an IANA time zone" in text


def test_long_problem_lists_go_to_a_copyable_dialog(qtbot, monkeypatch) -> None:
    opened: list[ProblemsDialog] = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: opened.append(self) or 0)
    problems = [Problem(f"People, row {n}, Organization ID", "no such office") for n in range(30)]
    show_error(None, InputError(problems, "The workbook was not imported"))
    dialog = opened[0]
    qtbot.addWidget(dialog)
    lines = dialog.details.toPlainText().splitlines()
    assert len(lines) == 30 and lines[0] == "People, row 0, Organization ID: no such office"
    assert dialog.details.isReadOnly()
    dialog.copy_button.click()
    assert QApplication.clipboard().text().splitlines() == lines


def test_other_core_errors_show_their_message(qtbot, boxes) -> None:
    show_error(None, NotFoundError("office", "WHD-NOWHERE"))
    assert boxes == [("ConsularApp", "No office with ID 'WHD-NOWHERE'")]


def test_unexpected_errors_are_logged_not_shown_in_ci(qtbot, boxes, caplog, monkeypatch) -> None:
    monkeypatch.setenv("CONSULARAPP_NO_CRASH_DIALOG", "1")
    monkeypatch.setattr(CrashDialog, "exec", lambda self: pytest.fail("dialog shown"))
    with caplog.at_level(logging.CRITICAL):
        show_error(None, ZeroDivisionError("boom"))
    assert boxes == []
    assert "Unexpected error" in caplog.text and "ZeroDivisionError" in caplog.text


def test_crash_dialog_shows_details_when_enabled(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("CONSULARAPP_NO_CRASH_DIALOG", "0")
    shown: list[CrashDialog] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    try:
        raise RuntimeError("something odd")
    except RuntimeError as exc:
        show_error(None, exc)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "RuntimeError: something odd" in dialog.details.toPlainText()
    assert "Traceback" in dialog.details.toPlainText()
    assert dialog.copy_button.text().replace("&", "") == "Copy details"


def test_excepthook_logs_to_the_rotating_file(qtbot, monkeypatch) -> None:
    from logging.handlers import RotatingFileHandler

    from ui.logging_setup import log_file

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    try:
        install_excepthook()
        assert sys.excepthook is errors._excepthook
        try:
            raise ValueError("not caught anywhere")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        handlers = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
        assert handlers
        for handler in handlers:
            handler.flush()
        text = Path(log_file()).read_text(encoding="utf-8")
        assert "ValueError: not caught anywhere" in text
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
