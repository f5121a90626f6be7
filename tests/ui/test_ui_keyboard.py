"""Keyboard rules that hold in every dialog and on every page.

Alt letters are unique among what a dialog or page shows (each tab of each tab widget walked),
and Alt+S belongs to saving: only the button that saves or commits the dialog carries it.
"""

from __future__ import annotations

import pytest
from dialog_catalogue import AS_OF, DIALOGS, build, dialog_classes
from mnemonics import mnemonic_clashes
from PySide6.QtWidgets import QTabWidget

from consularapp.db import Database
from ui.settings import Settings


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(AS_OF)


def test_every_dialog_is_catalogued(demo_db: Database, qtbot, settings: Settings) -> None:
    built = set()
    for name in DIALOGS:
        dialog = build(name, demo_db, settings)
        qtbot.addWidget(dialog)
        built.add(type(dialog))
    bases = {cls for cls in dialog_classes() if cls.__name__ == "RecordDialog"}
    assert dialog_classes() - bases == built


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_alt_letters_are_unique_in_every_dialog(name: str, demo_db: Database, qtbot,
                                                settings: Settings) -> None:
    dialog = build(name, demo_db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert mnemonic_clashes(dialog) == {}
    for tabs in dialog.findChildren(QTabWidget):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            assert mnemonic_clashes(dialog) == {}, tabs.tabText(n)


@pytest.mark.parametrize("key", ["dashboard", "agreements", "directory", "lrw", "outreach",
                                 "reports"])
def test_alt_letters_are_unique_on_every_page(key: str, demo_db: Database, qtbot,
                                              settings: Settings) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.banner.show_text("2 agreements expire within 30 days")  # its buttons count too
    page = window.show_page(key)
    assert mnemonic_clashes(window) == {}
    for tabs in page.findChildren(QTabWidget):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            assert mnemonic_clashes(window) == {}, tabs.tabText(n)
