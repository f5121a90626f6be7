"""Alt letters (mnemonics) of what a window or dialog shows now, and their clashes.

The rules the tests hold every dialog and page to: no letter twice among what is visible (menu
titles, labels with a buddy, buttons, check boxes, radio buttons, group boxes, tabs), and Alt+S
belongs to saving alone: only a button that saves (or commits the dialog's work) may carry it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_uses(root: QWidget) -> dict[str, list[tuple[str, QWidget | None]]]:
    """letter -> [(what, widget)] for everything `root` shows now."""
    found: dict[str, list[tuple[str, QWidget | None]]] = defaultdict(list)

    def note(text: str, what: str, widget: QWidget | None) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append((f"{what} {text!r}", widget))

    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            note(action.text(), "menu", None)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            note(widget.text(), "label", widget)
        elif isinstance(widget, QAbstractButton):
            note(widget.text(), type(widget).__name__, widget)
        elif isinstance(widget, QGroupBox):
            note(widget.title(), "group", widget)
        elif isinstance(widget, QTabBar):
            for n in range(widget.count()):
                note(widget.tabText(n), "tab", widget)
    return found


def mnemonic_clashes(root: QWidget, save_letter: str = "s") -> dict[str, list[str]]:
    """Letters used twice, and the save letter ('s'; in Spanish 'g', Guardar) on anything but
    the one button that saves."""
    problems: dict[str, list[str]] = {}
    for letter, uses in mnemonic_uses(root).items():
        if len(uses) > 1:
            problems[letter] = [what for what, _w in uses]
        elif letter == save_letter:
            what, widget = uses[0]
            if not (isinstance(widget, QAbstractButton) and widget.property("saves")):
                problems[letter] = [f"{what} takes Alt+{letter.upper()}, which belongs to Save"]
    return problems
