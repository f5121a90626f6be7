"""A page not built yet: it says plainly what it will do, so nobody wonders whether it broke."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from consularapp.db import Database
from ui.pages.base import Page
from ui.settings import Settings


class ComingPage(Page):
    def __init__(
        self,
        db: Database,
        settings: Settings,
        title: str,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, settings, parent)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMinimumWidth(480)
        panel.setMaximumWidth(720)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 24, 24, 24)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(title)
        coming = QLabel(self.tr("Coming in a later version."))
        coming.setAccessibleName(self.tr("Coming in a later version."))
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAccessibleName(self.tr("What this page will do"))
        self.description.setAccessibleDescription(description)
        inner.addWidget(heading)
        inner.addWidget(coming)
        inner.addSpacing(8)
        inner.addWidget(self.description)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
