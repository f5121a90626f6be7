"""The operations layer: one announcement per write on one bus, narrow refreshes, slow work off
the UI thread, errors to the one presenter, dialogs that open no database session."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from as_a_person import alt, press, select_all_and_type, show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from consularapp.changes import AGREEMENT, OFFICE, Change
from consularapp.db import Database
from consularapp.directory import get_office
from ui import operations
from ui.main_window import MainWindow
from ui.operations import directory as directory_ops

AS_OF = date(2027, 3, 1)


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    for key in demo_window.page_keys():  # every page built, so every page hears every write
        demo_window.page(key)
    return demo_window


def heard(db: Database) -> list[tuple[Change, object]]:
    found: list[tuple[Change, object]] = []
    operations.bus(db).changed.connect(lambda change, by: found.append((change, by)))
    return found


def test_a_save_is_announced_once_and_every_page_applies_it(window: MainWindow,
                                                           monkeypatch) -> None:
    applied: list[str] = []
    for key, page in window.pages.items():
        original = page.apply_change
        monkeypatch.setattr(page, "apply_change",
                            lambda change, key=key, original=original: (applied.append(key),
                                                                         original(change)))
    news = heard(window.db)
    tab = window.directory_page().show_tab("offices")
    assert tab.select_id("WHD-CHICAGO")
    tab.view.setFocus()
    press(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    show_active(dialog)
    alt(dialog, "p")
    select_all_and_type(dialog.phone, "312-555-0142")
    alt(dialog, "s")
    assert len(news) == 1
    change, initiator = news[0]
    assert change.updated == {OFFICE: {"WHD-CHICAGO"}} and initiator is dialog
    assert sorted(applied) == sorted(window.pages)  # each page once, none relayed twice


def test_a_table_reads_only_the_rows_a_change_names(window: MainWindow, monkeypatch) -> None:
    tab = window.directory_page().show_tab("offices")
    monkeypatch.setattr(tab, "load_rows", lambda: pytest.fail("read every office again"))
    data = get_office(window.db, "WHD-CHICAGO")
    edited = type(data)(**{**data.__dict__, "phone": "312-555-0142"})
    directory_ops.save_office(None, window.db, edited, "WHD-CHICAGO").call()
    assert tab.model.row_by_id("WHD-CHICAGO").phone == "312-555-0142"


def test_a_renewal_reads_only_the_agreements_it_touches(window: MainWindow,
                                                        monkeypatch) -> None:
    import ui.pages.agreements_page as agreements_page
    from consularapp.agreements import propose_renewal
    from ui.operations import agreements as agreement_ops

    page = window.show_page("agreements")
    tab = page.table
    tab.ensure_loaded()
    asked: list[object] = []
    real = agreements_page.compute_statuses
    monkeypatch.setattr(agreements_page, "compute_statuses",
                        lambda *a, **k: (asked.append(k.get("ids")), real(*a, **k))[1])
    monkeypatch.setattr(agreements_page, "status_settings",
                        lambda db: pytest.fail("re-read the thresholds"))
    monkeypatch.setattr(agreements_page, "list_offices",
                        lambda db, ids=None: [] if ids == set() else pytest.fail("offices"))
    proposal = propose_renewal(window.db, "WHD-LA-MX-2021", AS_OF)
    change, new_id = agreement_ops.renew(None, window.db, proposal).call()
    assert change.created == {AGREEMENT: {new_id}}
    assert asked and all(ids is not None and len(ids) <= 3 for ids in asked)
    assert tab.model.row_by_id(new_id) is not None
    assert tab.model.row_by_id("WHD-LA-MX-2021").renewed_by == new_id


def test_publishing_runs_off_the_ui_thread(window: MainWindow, qtbot, monkeypatch) -> None:
    from consularapp import publishing

    threads: list[str] = []
    real = publishing.publish
    monkeypatch.setattr(publishing, "publish", lambda *a, **k: (
        threads.append(threading.current_thread().name), real(*a, **k))[1])
    lrw = window.show_page("lrw")
    qtbot.waitUntil(lambda: not lrw.conflicts_pending)
    news = heard(window.db)
    dialog = lrw.publish()
    dialog.accept()
    qtbot.waitUntil(lambda: lrw.releases_model.rowCount() == 1)
    assert threads and threads[0] != threading.main_thread().name
    assert [c.tables() for c, _by in news] == [{"release"}]
    qtbot.waitUntil(lambda: not lrw.conflicts_pending)


def test_a_refused_write_goes_to_the_one_presenter_and_announces_nothing(
    window: MainWindow, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    news = heard(window.db)
    # An office that agreements refer to cannot be deleted: the operation says why.
    directory_ops.delete_office(window, window.db, "WHD-LOSANGELES").run()
    assert warnings and "cannot be deleted" in warnings[0]
    assert news == [] and not operations.context(window.db).undo.can_undo()


def test_dialogs_open_no_database_session_of_their_own() -> None:
    """Dialogs call services; only the core opens sessions."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "ui" / "dialogs"
    for path in folder.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ".session(" not in text and ".transaction(" not in text, path.name


def test_the_renewal_saved_is_the_one_the_dialog_showed(window: MainWindow) -> None:
    """The proposal is made once: a signatory who leaves while the dialog is open is still the
    one shown, and the one saved (the editor is where it is changed)."""
    from dataclasses import replace
    from datetime import timedelta

    from consularapp.agreements import get_agreement, propose_renewal
    from consularapp.directory import get_person, save_person

    page = window.show_page("agreements")
    tab = page.table
    assert page.show_agreement("WHD-LA-MX-2021")
    tab.view.setFocus()
    press(tab.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.renew_dialog
    assert "Robert Chen" in dialog.summary["US signatory:"].text()
    robert = get_person(window.db, "P-ROBERT-CHEN")  # he leaves meanwhile
    ended = [replace(m, active_to=AS_OF - timedelta(days=1)) for m in robert.memberships]
    save_person(window.db, replace(robert, memberships=ended), "P-ROBERT-CHEN")
    assert propose_renewal(window.db, "WHD-LA-MX-2021", AS_OF).us_signatory_id != (
        "P-ROBERT-CHEN")  # a proposal made now would name someone else
    show_active(dialog)
    alt(dialog, "r")  # Create draft renewal
    assert get_agreement(window.db, dialog.new_id).us_signatory_id == "P-ROBERT-CHEN"
