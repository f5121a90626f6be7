"""The partnership all year in the window, driven as a person does: community partners in the
Directory, obligations marked done on the Agreements page, outcomes typed with the
confidentiality note, the year-round calendar, and the new reports."""

from __future__ import annotations

import pytest
from as_a_person import alt, focus, select_all_and_type, show_active, type_text

from consularapp.db import Database
from consularapp.partners import get_partner, list_partners
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def window(ref_db: Database, qtbot, settings: Settings) -> MainWindow:
    win = MainWindow(ref_db, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def test_add_a_community_partner_by_typing(window: MainWindow, qtbot) -> None:
    tab = window.directory_page().show_tab("partners")
    assert tab.model.rowCount() == 0
    tab.view.setFocus()
    tab.add_action.trigger()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    show_active(dialog)
    focus(dialog.name)
    type_text(dialog.name, "Diocese of Brooklyn")
    assert dialog.id_edit.text() == "CP-DIOCESE-OF-BROOKLYN"  # proposed from the name
    focus(dialog.kind)
    type_text(dialog.kind, "Faith")  # a combo box picks by the letters typed
    focus(dialog.city)
    type_text(dialog.city, "Brooklyn")
    focus(dialog.state)
    type_text(dialog.state, "NY")
    select_all_and_type(dialog.languages, "Spanish; English")
    alt(dialog, "s")  # Alt+S saves
    assert tab.dialog is None
    saved = get_partner(window.db, "CP-DIOCESE-OF-BROOKLYN")
    assert (saved.name, saved.kind, saved.city, saved.state, saved.languages) == (
        "Diocese of Brooklyn", "faith-based", "Brooklyn", "NY", ["Spanish", "English"])
    assert tab.model.rowCount() == 1 and tab.selected_id() == "CP-DIOCESE-OF-BROOKLYN"
    assert "Faith-based group" in tab.details.toPlainText()
    assert [r.id for r in list_partners(window.db)] == ["CP-DIOCESE-OF-BROOKLYN"]
