"""The Send dialog of the Labor Rights Week page: partners' drafts and staff invitations, written
in a worker, then the folder or the first draft opened."""

from __future__ import annotations

import email
import email.policy
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from consularapp.db import Database
from consularapp.demo import load_demo
from consularapp.models import Person
from ui.dialogs import send_dialog
from ui.dialogs.send_dialog import SendDialog
from ui.settings import Settings


@pytest.fixture
def demo_db(ref_db: Database) -> Database:
    load_demo(ref_db, date(2026, 11, 21))
    with ref_db.transaction() as s:  # the demo's Denver liaison left; so has Chicago's email
        s.get(Person, "P-ISABEL-CRUZ").email = None
    return ref_db


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    shown: list[Path] = []
    monkeypatch.setattr(send_dialog, "open_path", shown.append)
    return shown


def make(db: Database, qtbot, settings: Settings, **kwargs) -> SendDialog:
    dialog = SendDialog(db, 2027, None, settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_folder(dialog: SendDialog, qtbot, folder: Path) -> None:
    dialog.folder.selectAll()
    qtbot.keyClicks(dialog.folder, str(folder))


def test_partners_drafts_are_written_and_the_folder_opened(demo_db, qtbot, settings, tmp_path,
                                                           opened) -> None:
    dialog = make(demo_db, qtbot, settings)
    assert dialog.partners_radio.isChecked()
    type_folder(dialog, qtbot, tmp_path / "drafts")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=30000)
    written = sorted((tmp_path / "drafts").glob("*.eml"))
    assert len(written) == 7
    assert opened == [tmp_path / "drafts"]
    report = dialog.report.toPlainText()
    assert report.startswith("7 drafts written")
    assert "MX-DENVER" in report and "Isabel Cruz" in report  # listed, not skipped silently
    msg = email.message_from_bytes(written[0].read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1"


def test_one_persons_invitations_and_the_first_draft_opened(demo_db, qtbot, settings, tmp_path,
                                                            opened) -> None:
    dialog = make(demo_db, qtbot, settings)
    dialog.staff_radio.setFocus()
    qtbot.keyClick(dialog.staff_radio, Qt.Key.Key_Space)
    assert dialog.staff_radio.isChecked()
    assert not dialog.version.isEnabled()  # releases are for partners
    dialog.who.setFocus()
    index = dialog.who.findText("Ana Tzul (P-ANA-TZUL)")
    assert index > 0
    while dialog.who.currentIndex() != index:  # picked from the list by keyboard
        qtbot.keyClick(dialog.who, Qt.Key.Key_Down)
    then = dialog.then.findData("draft")
    while dialog.then.currentIndex() != then:
        qtbot.keyClick(dialog.then, Qt.Key.Key_Down)
    type_folder(dialog, qtbot, tmp_path / "staff")
    qtbot.keyClick(dialog.write_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=30000)
    written = sorted((tmp_path / "staff").glob("*.eml"))
    assert [p.name.split("--")[0] for p in written] == ["P-ANA-TZUL", "P-ANA-TZUL"]
    assert opened == [dialog.result_.first]
    assert dialog.result_.first in written


def test_no_folder_is_refused_with_a_sentence(demo_db, qtbot, settings, opened) -> None:
    dialog = make(demo_db, qtbot, settings)
    dialog.folder.clear()
    assert dialog.start() is None
    assert "choose where to write the drafts" in dialog.problems.text()
    assert opened == []
