"""File > Import workbook… and Export workbook…, run off the UI thread.

Import is two passes through the worker: a dry run that checks every row (nothing written; all
problems listed, one per line, copyable), then, after the user has read the summary and the
warnings and said "Import", the real import (ui.operations.workbook), whose Change the bus
brings to every page.

The flows know the window only as a QMainWindow (parent and status bar), the database and the
per-user settings, so this module does not import ui.main_window (which imports it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from consularapp.db import Database
from consularapp.errors import InputError
from ui.errors import ProblemsDialog, show_error
from ui.progress import run_with_progress
from ui.settings import Settings
from ui.worker import Task


def _tr(text: str) -> str:
    return QCoreApplication.translate("workbook", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("workbook", text, None, n)


def _workbook_module() -> Any:
    """consularapp.workbook, imported only when used (openpyxl is slow to import)."""
    from consularapp import workbook

    return workbook


def import_workbook(db: Any, path: str, **kwargs: Any) -> Any:
    return _workbook_module().import_workbook(db, path, **kwargs)


def export_workbook(db: Any, path: str, **kwargs: Any) -> Any:
    return _workbook_module().export_workbook(db, path, **kwargs)


def confirm_import(parent: QWidget, path: str, result: Any) -> bool:
    """Show what the import will do (summary and warnings); True if the user chose Import."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Import workbook"))
    box.setText(_tr("Ready to import %1.").replace("%1", Path(path).name))
    info = result.summary()
    warnings = list(result.warnings)
    if warnings:
        count = len(warnings)
        info += "\n\n" + _ntr("%n warning(s) (see Show Details).", count)
        box.setDetailedText("\n".join(warnings))
    box.setInformativeText(info)
    import_button = box.addButton(_tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(import_button)
    box.exec()
    return box.clickedButton() is import_button


class ImportFlow(QObject):
    """Choose a file, check it, confirm, import, refresh. One per import."""

    def __init__(self, window: QMainWindow, db: Database, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.db, self.settings = window, db, settings
        self.path = ""
        self.task: Task | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.result: Any = None

    def choose_and_start(self) -> None:
        folder = self.settings.last_folder("workbook")
        path, _filter = QFileDialog.getOpenFileName(
            self.window, _tr("Import workbook"), folder,
            _tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if path:
            self.settings.set_last_folder("workbook", str(Path(path).parent))
            self.start(path)

    def start(self, path: str) -> Task:
        """The dry run: checks everything, writes nothing."""
        self.path = path
        self.task = run_with_progress(
            self.window, _tr("Checking %1…").replace("%1", Path(path).name),
            import_workbook, self.db, path, dry_run=True,
            on_success=self._checked, on_error=self._check_failed,
            on_cancelled=self._cancelled,
        )
        return self.task

    def _check_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InputError):
            self.problems_dialog = ProblemsDialog(
                self.window, exc,
                _tr("%1 was not imported: nothing was written. Fix these rows in the workbook "
                    "and import it again.").replace("%1", Path(self.path).name),
            )
            self.problems_dialog.setWindowTitle(_tr("Workbook not imported"))
            self.problems_dialog.open()
        else:
            show_error(self.window, exc)

    def _checked(self, result: Any) -> None:
        if not confirm_import(self.window, self.path, result):
            self.window.statusBar().showMessage(_tr("Import cancelled; nothing was written."), 8000)
            return
        from ui.operations import workbook as ops

        self.task = ops.import_workbook(
            self.window, self.db, self.path,
            _tr("Importing %1…").replace("%1", Path(self.path).name),
        ).success(self._imported).failure(self._check_failed).run()
        self.task.was_cancelled.connect(self._cancelled)

    def _imported(self, result: Any) -> None:
        self.result = result  # the pages have heard the Change on the bus
        self.window.statusBar().showMessage(
            _tr("Imported %1: %2").replace("%1", Path(self.path).name)
            .replace("%2", result.summary()), 15000)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(_tr("Import cancelled; nothing was written."), 8000)


class ExportFlow(QObject):
    """Choose where, export with progress, say how many rows were written."""

    def __init__(self, window: QMainWindow, db: Database, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.db, self.settings = window, db, settings
        self.path = ""
        self.task: Task | None = None
        self.rows_written: int | None = None

    def choose_and_start(self) -> None:
        folder = self.settings.last_folder("workbook")
        suggested = str(Path(folder) / "consularapp.xlsx") if folder else "consularapp.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, _tr("Export workbook"), suggested, _tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.settings.set_last_folder("workbook", str(Path(path).parent))
            self.start(path)

    def start(self, path: str) -> Task:
        self.path = path
        self.task = run_with_progress(
            self.window, _tr("Exporting to %1…").replace("%1", Path(path).name),
            export_workbook, self.db, path,
            on_success=self._exported, on_cancelled=self._cancelled,
        )
        return self.task

    def _exported(self, rows: int) -> None:
        self.rows_written = rows
        QMessageBox.information(
            self.window, _tr("Export workbook"),
            _ntr("Exported %n row(s) to %1.", rows).replace("%1", self.path),
        )

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(_tr("Export cancelled."), 8000)
