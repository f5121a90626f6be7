"""The start-up banner: what needs attention today, in one sentence, above the pages.

Computed off the UI thread after the window is shown, so start-up does not wait for it; hidden
when there is nothing to say; dismissable; its Show button opens the dashboard.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui import clock, colours
from ui.settings import DASHBOARD_AGENCY, DASHBOARD_REGION, Settings
from ui.worker import Task

if TYPE_CHECKING:  # the core's agreement modules load with the worker, not at start-up
    from consularapp.db import Database
    from consularapp.partnerships import Dashboard, Scope

log = logging.getLogger(__name__)



def remembered_scope(settings: Settings, db: Database | None = None) -> Scope:
    """The agency and region last chosen on the dashboard (the banner speaks for the same);
    never chosen, those of the user's home office (`db` given)."""
    from consularapp.partnerships import Scope

    if db is not None:
        from ui.team import opening_scope

        return opening_scope(db, settings, DASHBOARD_AGENCY, DASHBOARD_REGION)
    return Scope(settings.get(DASHBOARD_AGENCY) or None, settings.get(DASHBOARD_REGION) or None)


def attention_counts(db: Database, scope: Scope, as_of: date) -> tuple[int, int, int]:
    """(expiring, renewal due, expiring threshold in days) on `as_of`; runs on a worker thread."""
    from consularapp.agreements import Status
    from consularapp.partnerships import dashboard
    from consularapp.settings import status_settings

    thresholds = status_settings(db)
    board = dashboard(db, as_of, scope, thresholds)
    return (board.counts.get(Status.EXPIRING, 0), board.counts.get(Status.RENEWAL_DUE, 0),
            thresholds.expiring_days)


class AttentionBanner(QFrame):
    """'⚠ 2 agreements expire within 30 days, 1 is due for renewal  [Show] [Dismiss]'."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttentionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._colour()
        colours.notifier().changed.connect(self._recolour)
        self.setAccessibleName(self.tr("Attention"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.symbol = QLabel("⚠", self)
        self.symbol.setAccessibleName(self.tr("Attention"))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # a long sentence wraps instead of widening the window
        self.label.setAccessibleName(self.tr("What needs attention"))
        self.show_button = QPushButton(self.tr("Show on the dash&board"), self)
        self.show_button.setAccessibleName(self.tr("Show what needs attention on the dashboard"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss this message"))
        layout.addWidget(self.symbol)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self.show_button.clicked.connect(self._show_clicked)
        self.dismiss_button.clicked.connect(self.hide)
        self.task: Task | None = None
        self.hide()

    def _colour(self) -> None:
        """Pale yellow with black text; in high contrast the palette's own colours."""
        if colours.high_contrast():
            self.setStyleSheet("")
            return
        self.setStyleSheet(
            f"#AttentionBanner {{ background: {colours.BANNER_FILL}; border: none;"
            f" border-bottom: 1px solid {colours.BANNER_EDGE}; }}"
            f"#AttentionBanner QLabel {{ color: {colours.BANNER_TEXT}; }}"
        )

    def _recolour(self) -> None:
        if shiboken6.isValid(self):
            self._colour()

    def text(self) -> str:
        return self.label.text()

    def show_text(self, text: str) -> None:
        """Show `text`, or hide the banner when it is empty."""
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def show_board(self, board: Dashboard, scope: Scope) -> None:
        """Say what an already computed dashboard found (no second count at start-up)."""
        from consularapp.agreements import Status

        self.task = None
        counts = (board.counts.get(Status.EXPIRING, 0), board.counts.get(Status.RENEWAL_DUE, 0),
                  board.settings.expiring_days)
        self._counted(None, scope, counts)

    def check(self, db: Database, settings: Settings, as_of: date | None = None) -> Task:
        """Count what needs attention off the UI thread; show the sentence when it arrives."""
        scope = remembered_scope(settings, db)
        task = Task(attention_counts, db, scope, as_of or clock.today(), pass_progress=False)
        self.task = task
        task.succeeded.connect(lambda counts: self._counted(task, scope, counts))
        task.failed.connect(lambda exc: self._failed(task, scope, exc))
        return task.start()

    def _failed(self, task: Task, scope: Scope, exc: BaseException) -> None:
        # A banner is a courtesy: it never stands between the user and the window.
        log.warning("Could not count what needs attention", exc_info=exc)
        self._counted(task, scope, (0, 0, 0))

    def _counted(self, task: Task | None, scope: Scope, counts: tuple[int, int, int]) -> None:
        if not shiboken6.isValid(self) or task is not self.task:
            return  # an older check (another database) answered late
        from consularapp.partnerships import Scope
        from ui.models.agreement_labels import attention_sentence, scope_text

        self.task = None
        sentence = attention_sentence(*counts)
        if sentence and scope != Scope():
            sentence = f"{scope_text(scope.agency, scope.region)}: {sentence}"
        self.show_text(sentence)

    def _show_clicked(self) -> None:
        self.hide()
        self.show_requested.emit()
