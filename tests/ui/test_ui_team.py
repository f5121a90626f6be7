"""The window in team mode: connecting, conflicts in the editors, history, others' changes."""

from __future__ import annotations

import time
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from consularapp.db import Database, open_database
from consularapp.directory import OfficeInput, get_office, save_office
from consularapp.writes import write
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.connect_dialog import ConnectDialog
from ui.dialogs.history_dialog import HistoryDialog
from ui.dialogs.office_dialog import OfficeDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.team import Connection, remember_connection, status_text, store_password


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The operating system's credential store, in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.kept:
            raise keyring.errors.PasswordDeleteError(username)
        del self.kept[(service, username)]


@pytest.fixture
def store() -> MemoryKeyring:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def add_office(db: Database) -> None:
    save_office(db, OfficeInput(id="WHD-TUCSON", agency_code="WHD",
                                name="WHD Tucson Field Office", city="Tucson", state="AZ",
                                time_zone="America/Phoenix", phone="520-555-0100"))


def answer_modal(qtbot, button_name: str) -> list[str]:
    """Press a button of the next modal dialog (ConflictDialog) once it shows; the texts of
    its table are returned through the list."""
    seen: list[str] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, press)
            return
        table = dialog.table
        for row in range(table.rowCount()):
            seen.append(" | ".join(table.item(row, c).text() for c in range(3)))
        qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return seen


def test_connecting_offers_recent_connections_and_the_stored_password(
        qtbot, settings: Settings, store: MemoryKeyring, tmp_path: Path) -> None:
    known = Connection("db.region5.example", "region5", "maria", tls="verify-full",
                       ca_file="/etc/ssl/agency-ca.pem")
    remember_connection(settings, known)
    store_password(known, "correct horse")
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == (
        "db.region5.example", "region5", "maria")
    assert dialog.tls.currentData() == "verify-full" and dialog.ca_file.isEnabled()
    assert dialog.password() == "correct horse" and dialog.remember.isChecked()

    dialog.recent.setCurrentIndex(0)  # a new connection, typed
    for edit in (dialog.host, dialog.database, dialog.user, dialog.password_edit):
        edit.clear()
    qtbot.keyClicks(dialog.host, "pg.example.org")
    qtbot.keyClicks(dialog.user, "ana")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Give the database."
    qtbot.keyClicks(dialog.database, "nation")
    dialog.tls.setFocus()
    qtbot.keyClicks(dialog.tls, "Always")  # typed, as a person picks from the list
    assert dialog.tls.currentData() == "require"
    qtbot.keyClick(dialog.database, Qt.Key.Key_Return)
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    chosen = dialog.connection()
    assert (chosen.host, chosen.database, chosen.user, chosen.tls) == (
        "pg.example.org", "nation", "ana", "require")
    assert chosen.url("p@ss word").endswith("@pg.example.org:5432/nation?sslmode=require")
    settings.sync()
    assert "correct horse" not in (tmp_path / "settings.ini").read_text()


def test_a_refused_save_shows_their_values_beside_mine_and_applies_mine_knowingly(
        qtbot, ref_db: Database, settings: Settings) -> None:
    add_office(ref_db)
    dialog = OfficeDialog(ref_db, "WHD-TUCSON", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = get_office(ref_db, "WHD-TUCSON")
    theirs.city = "Nogales"
    with write(ref_db, user="Ana Tzul"):
        save_office(ref_db, theirs, "WHD-TUCSON")

    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "520-555-0199")
    rows = answer_modal(qtbot, "apply_button")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert rows == ["City | Nogales | Tucson", "Phone | 520-555-0100 | 520-555-0199"]
    assert dialog.result() == OfficeDialog.DialogCode.Accepted
    saved = get_office(ref_db, "WHD-TUCSON")
    assert (saved.city, saved.phone, saved.version) == ("Tucson", "520-555-0199", 3)


def test_keeping_theirs_shows_their_values_in_the_editor(qtbot, ref_db: Database,
                                                          settings: Settings) -> None:
    add_office(ref_db)
    dialog = OfficeDialog(ref_db, "WHD-TUCSON", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = get_office(ref_db, "WHD-TUCSON")
    theirs.phone = "520-555-0142"
    with write(ref_db, user="Ana Tzul"):
        save_office(ref_db, theirs, "WHD-TUCSON")
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "520-555-0199")
    answer_modal(qtbot, "keep_button")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.phone.text() == "520-555-0142"
    qtbot.keyClicks(dialog.address, "300 W Congress St")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # now based on theirs
    saved = get_office(ref_db, "WHD-TUCSON")
    assert (saved.phone, saved.address) == ("520-555-0142", "300 W Congress St")


def test_an_editor_says_at_once_that_someone_changed_its_record(qtbot, ref_db: Database,
                                                                settings: Settings) -> None:
    add_office(ref_db)
    dialog = OfficeDialog(ref_db, "WHD-TUCSON", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = get_office(ref_db, "WHD-TUCSON")
    theirs.phone = "520-555-0142"
    with write(ref_db, user="Ana Tzul") as w:
        save_office(ref_db, theirs, "WHD-TUCSON")
    assert dialog.changed_elsewhere(w.change)
    assert dialog.notice.isVisible()
    assert dialog.notice.text().startswith("Ana Tzul changed this record at ")


def test_the_history_of_a_record_from_its_editor(qtbot, ref_db: Database,
                                                 settings: Settings) -> None:
    add_office(ref_db)
    office = get_office(ref_db, "WHD-TUCSON")
    office.phone = "520-555-0142"
    save_office(ref_db, office, "WHD-TUCSON")
    dialog = OfficeDialog(ref_db, "WHD-TUCSON", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[HistoryDialog] = []

    def look() -> None:
        history = QApplication.activeModalWidget()
        assert isinstance(history, HistoryDialog)
        opened.append(history)
        history.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    [history] = opened
    rows = history.panel.row_texts()
    assert [r[2] for r in rows if r[0]] == ["Created", "Changed"]
    assert ("", "", "phone", "520-555-0100 → 520-555-0142") in rows


@pytest.mark.both_backends
def test_the_status_bar_names_a_team_database(qtbot, ref_db: Database, backend: str,
                                              settings: Settings) -> None:
    window = MainWindow(ref_db, settings=settings)
    qtbot.addWidget(window)
    url = ref_db.engine.url
    if backend == "postgresql":
        assert window.database_label.text() == (
            f"Team: {url.host}/{url.database} as {url.username} (administrator)")
        assert status_text(ref_db) == window.database_label.text()
        assert window.watcher is not None
    else:
        assert window.database_label.text().startswith("Database: ")
        assert window.watcher is None
    assert (url.password or "never") not in window.windowTitle()
    window.close()


@pytest.mark.postgresql_only
def test_another_users_change_reaches_the_open_editor_within_two_seconds(
        qtbot, ref_db: Database, db_url: str, settings: Settings) -> None:
    add_office(ref_db)
    window = MainWindow(ref_db, settings=settings)
    qtbot.addWidget(window)
    dialog = OfficeDialog(ref_db, "WHD-TUCSON", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    other = open_database(db_url)  # another client: its own connection and process state
    try:
        qtbot.wait(300)  # the window is listening
        started = time.monotonic()
        theirs = get_office(other, "WHD-TUCSON")
        theirs.phone = "520-555-0177"
        save_office(other, theirs, "WHD-TUCSON")
        qtbot.waitUntil(dialog.notice.isVisible, timeout=2000)
        assert time.monotonic() - started < 2
        assert "changed this record" in dialog.notice.text()
    finally:
        other.close()
        window.close()


def test_connect_to_team_database_is_in_the_file_menu(qtbot, ref_db: Database,
                                                      settings: Settings) -> None:
    window = MainWindow(ref_db, settings=settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Connect to &team database…" in texts



def test_the_dashboard_lists_changes_by_others_since_you_last_looked(
        qtbot, ref_db: Database, settings: Settings) -> None:
    from sqlalchemy import text

    from ui import operations
    from ui.pages.dashboard_page import DashboardPage

    page = DashboardPage(ref_db, settings)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    panel = page.recent
    assert panel.list.item(0).text() == "Nothing changed by others since you last looked."
    with write(ref_db) as w:
        add_office(ref_db)
    with ref_db.engine.begin() as conn:  # as if Ana had saved it from her computer
        conn.execute(text("UPDATE history_change SET login = 'ana' WHERE id = "
                          "(SELECT max(id) FROM history_change)"))
    operations.bus(ref_db).announce(w.change)  # as the listener hands it to the window
    assert panel.list.count() == 1
    assert panel.list.item(0).text().endswith("  ana changed office WHD-TUCSON")
    opened: list[tuple[str, str]] = []
    page.open_record.connect(lambda kind, record_id: opened.append((kind, record_id)))
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened == [("office", "WHD-TUCSON")]
    qtbot.mouseClick(panel.seen_button, Qt.MouseButton.LeftButton)
    assert panel.list.item(0).text() == "Nothing changed by others since you last looked."
    again = DashboardPage(ref_db, settings)  # seen stays seen
    qtbot.addWidget(again)
    assert again.recent.summaries == []


@pytest.mark.postgresql_only
def test_the_window_shows_what_the_role_allows_and_says_why(
        qtbot, ref_db: Database, db_url: str, settings: Settings) -> None:
    from sqlalchemy.engine import make_url

    from consularapp.team import add_user, setup
    from ui.dialogs.agreement_dialog import AgreementDialog
    from ui.pages.directory_page import OfficesTab

    setup(db_url)
    suffix = make_url(db_url).database
    opened = []
    for role in ("viewer", "editor"):
        add_user(ref_db, f"{role}_{suffix}", role, password="pass word")
        opened.append(open_database(make_url(db_url).set(
            username=f"{role}_{suffix}", password="pass word").render_as_string(
                hide_password=False)))
    viewer, editor = opened
    try:
        dialog = OfficeDialog(viewer, "WHD-CHICAGO", settings=settings)
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()
        assert dialog.notice.text().startswith("You have read-only access")
        tab = OfficesTab(viewer, settings)
        qtbot.addWidget(tab)
        tab.reload()
        assert not tab.add_button.isEnabled()
        assert "read-only" in tab.add_button.toolTip()

        draft = AgreementDialog(editor, None, settings=settings)
        qtbot.addWidget(draft)
        signed = draft.state.findData("signed")
        assert not draft.state.model().item(signed).isEnabled()
        assert draft.state.model().item(draft.state.findData("negotiating")).isEnabled()
        assert draft.ok_button.isEnabled()
    finally:
        for db in opened:
            db.close()


def test_the_pages_open_on_the_home_office_with_all_one_click_away(
        qtbot, demo_db_at, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from PySide6.QtWidgets import QInputDialog

    from consularapp.directory import get_office

    db = demo_db_at(date(2026, 11, 21))
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    dashboard = window.show_page("dashboard")
    assert dashboard.scope().agency is None  # no home office yet: everything
    asked: list[list[str]] = []

    def pick(_parent, _title, _text, labels, _current, _editable):
        asked.append(labels)
        return next(label for label in labels if label.endswith("(WHD-CHICAGO)")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    assert window.choose_home_office() == "WHD-CHICAGO"
    assert asked[0][0] == "No home office"
    chicago = get_office(db, "WHD-CHICAGO")
    assert (dashboard.scope().agency, dashboard.scope().region) == (
        "WHD", chicago.region or None)
    week = window.show_page("lrw")
    qtbot.waitUntil(lambda: week.office_filter.count() > 1, timeout=5000)
    assert week.office_filter.currentData() == "WHD-CHICAGO"
    week.office_filter.setCurrentIndex(0)  # "All", one click away
    assert week.office_filter.currentData() is None
    again = MainWindow(db, settings=settings)  # the next start opens on it too
    qtbot.addWidget(again)
    assert again.show_page("dashboard").scope().agency == "WHD"
    window.close()
    again.close()
