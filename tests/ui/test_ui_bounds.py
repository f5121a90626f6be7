"""The editor dialogs reach exactly the bounds the rules apply (consularapp/bounds.py).

A spin box narrower than its rule clamps a value the rules accepted (from an import, say) when
the record is opened, and Save then stores the clamped value without a word; a date field
wider than its rule offers days every save refuses.
"""

from __future__ import annotations

from datetime import date

import pytest
from as_a_person import alt, press, select_all_and_type, show_active
from dialog_catalogue import AS_OF, YEAR
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from consularapp import bounds
from consularapp.agreements import AgreementInput, get_agreement, save_agreement
from consularapp.db import Database
from consularapp.events import get_event
from ui.dialogs.agreement_dialog import AgreementDialog
from ui.dialogs.campaign_dialog import CampaignDialog
from ui.dialogs.event_dialog import EventDialog
from ui.settings import Settings

RULE_DAYS = (QDate(1990, 1, 1), QDate(2100, 12, 31))


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(AS_OF)


def saved(qtbot, dialog: QDialog) -> None:
    """Alt+S, as a person saves; the dialog must close accepted."""
    qtbot.addWidget(dialog)
    show_active(dialog)
    alt(dialog, "s")
    problems = getattr(dialog, "problems", None)
    assert dialog.result() == QDialog.DialogCode.Accepted, problems.text() if problems else ""


def test_the_longest_term_the_rules_accept_is_saved_unchanged(ref_db: Database, qtbot,
                                                              settings: Settings) -> None:
    longest = bounds.TERM_MONTHS.maximum
    save_agreement(ref_db, AgreementInput(
        id="A-LONG", kind="Letter of Arrangement", state="signed", office_ids=["WHD-CHICAGO"],
        consulate_ids=["MX-CHICAGO"], signed_on=date(2025, 3, 3), term_months=longest))
    saved(qtbot, AgreementDialog(ref_db, "A-LONG", settings=settings))
    assert get_agreement(ref_db, "A-LONG").term_months == longest


def test_staff_needed_reaches_its_bound(demo_db: Database, qtbot, settings: Settings) -> None:
    dialog = EventDialog(demo_db, f"LRW{YEAR}-PHX-HEAT", settings=settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    select_all_and_type(dialog.staff_needed, str(bounds.STAFF_NEEDED.maximum))
    saved(qtbot, dialog)
    assert get_event(demo_db, f"LRW{YEAR}-PHX-HEAT").staff_needed == bounds.STAFF_NEEDED.maximum


def test_staff_needed_stops_at_its_bound(demo_db: Database, qtbot, settings: Settings) -> None:
    dialog = EventDialog(demo_db, f"LRW{YEAR}-PHX-HEAT", settings=settings)
    qtbot.addWidget(dialog)
    show_active(dialog)
    select_all_and_type(dialog.staff_needed, str(bounds.STAFF_NEEDED.maximum))
    press(dialog.staff_needed, Qt.Key.Key_Up)
    assert dialog.staff_needed.value() == bounds.STAFF_NEEDED.maximum


def test_an_event_day_field_offers_the_days_the_rules_accept(demo_db: Database, qtbot,
                                                             settings: Settings) -> None:
    dialog = EventDialog(demo_db, f"LRW{YEAR}-PHX-HEAT", settings=settings)
    qtbot.addWidget(dialog)
    day = dialog.starts.day
    assert (day.minimumDate(), day.maximumDate()) == RULE_DAYS


def test_a_campaign_day_field_offers_the_days_the_rules_accept(demo_db: Database, qtbot,
                                                               settings: Settings) -> None:
    dialog = CampaignDialog(demo_db, YEAR, settings=settings)
    qtbot.addWidget(dialog)
    day = dialog.starts
    assert (day.minimumDate(), day.maximumDate()) == RULE_DAYS
