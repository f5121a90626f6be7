"""Pieces shared by the record dialogs: the problems panel, pickers and the dialog base.

A dialog never closes on refused input: the core's InputError lists every problem, the panel at
the top shows them all (an icon and words, no red), and the focus goes to the first field named.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from consularapp import bounds
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.errors import ConsularError, InputError, NotFoundError, Problem, WriteConflictError
from consularapp.validation import US_STATES
from ui.errors import show_error
from ui.settings import Settings
from ui.widgets.discard import DiscardGuard

US_STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
    "PR": "Puerto Rico", "VI": "U.S. Virgin Islands", "GU": "Guam", "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}

# Zones US offices and consulates use, offered first; every other IANA zone follows.
US_ZONES = [
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
    "America/St_Thomas", "Pacific/Guam", "Pacific/Pago_Pago", "Pacific/Saipan",
    "America/Detroit", "America/Indiana/Indianapolis", "America/Boise",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("form", text)


def slug_id(*parts: str, upper: bool = False, taken: Iterable[str] = ()) -> str:
    """An ID made of `parts` ('Ana Pérez' -> 'ana-perez'), unique among `taken`."""
    text = "-".join(p for p in parts if p and p.strip())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:56]
    text = text.upper() if upper else text.lower()
    if not text:
        return ""
    used = set(taken)
    candidate, n = text, 2
    while candidate in used:
        candidate = f"{text}-{n}"
        n += 1
    return candidate


# --- pickers ------------------------------------------------------------------------------------


def contains_completer(items: list[str], parent: QWidget) -> QCompleter:
    """Completion that matches anywhere and ignores case: 'chic' finds America/Chicago."""
    completer = QCompleter(items, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def zone_combo(parent: QWidget) -> QComboBox:
    from consularapp.timeutil import zone_names

    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = zone_names()
    known = set(names)
    # Each item carries its zone as data: what the user sees is what the service is given.
    for zone in US_ZONES:
        if zone in known:
            combo.addItem(zone, zone)
    combo.insertSeparator(combo.count())
    for zone in names:
        combo.addItem(zone, zone)
    combo.setCompleter(contains_completer(names, combo))
    combo.setCurrentIndex(-1)
    combo.setEditText("")
    combo.lineEdit().setPlaceholderText(_tr("e.g. America/Chicago"))
    return combo


def state_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code in sorted(US_STATES):
        combo.addItem(f"{code} — {US_STATE_NAMES.get(code, code)}", code)
    combo.setPlaceholderText(_tr("Choose a state"))
    combo.setCurrentIndex(-1)
    return combo


def country_items() -> list[tuple[str, str]]:
    """(ISO code, 'Name (CODE)') for every country, by name.

    From the CSV the app ships (consularapp.validation), never pycountry: that is a test and
    packaging tool, absent from a plain install."""
    from consularapp.collation import fold
    from consularapp.i18n import language
    from consularapp.validation import country_codes, country_name

    # In the window's language ('México (MX)' in Spanish), sorted as its reader expects.
    items = [(code, f"{country_name(code, language())} ({code})") for code in country_codes()]
    return sorted(items, key=lambda item: fold(item[1]))


def country_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, label in country_items():
        combo.addItem(label, code)
    return combo


def set_combo_data(combo: QComboBox, value: Any) -> bool:
    """Select the item holding `value`; for an editable combo, else show it as typed text."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
        return True
    if combo.isEditable():
        combo.setCurrentIndex(-1)
        combo.setEditText("" if value is None else str(value))
    else:
        combo.setCurrentIndex(-1)
    return False


def item_value(combo: QComboBox, index: int) -> str:
    """What item `index` stands for: its data, or its text when it carries none (an item is
    never silently worth nothing)."""
    data = combo.itemData(index)
    if data is None:
        return combo.itemText(index).strip()
    return str(data)


def combo_value(combo: QComboBox) -> str:
    """What the user sees chosen: the chosen item's value, or for an editable combo the item
    whose text was typed (ignoring case), else the text typed itself."""
    text = combo.currentText().strip()
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index).strip() == text:
        return item_value(combo, index)
    if combo.isEditable():
        found = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if found >= 0:
            return item_value(combo, found)
        return text
    return ""


# --- the problems panel -------------------------------------------------------------------------


class ProblemsPanel(QFrame):
    """Every problem of a refused save, as an icon and a list of words (never colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("Problems"))
        layout = QHBoxLayout(self)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(_tr("Warning"))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(_tr("Problems"))
        layout.addWidget(self.label, 1)
        self.problems: list[Problem] = []
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        heading = _tr("Not saved yet. Please fix:")
        lines = "\n".join(f"• {p}" for p in problems)
        self.label.setText(f"{heading}\n{lines}")
        self.label.setAccessibleDescription(self.label.text())
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() or self.problems else ""

    def clear(self) -> None:
        self.problems = []
        self.label.clear()
        self.hide()


# --- the base of record dialogs -----------------------------------------------------------------


class RecordDialog(DiscardGuard, QDialog):
    """A dialog that saves through the core on OK and stays open, typing intact, on refusal;
    Cancel, Esc or closing it with changes asks before discarding them.

    Subclasses build the form with `add_field` and implement `save() -> Change`.
    """

    settings_key = "dialogs/record"
    # The width a dialog opens at the first time (never a minimum: a 1024 px screen must fit).
    preferred_width = 0

    def __init__(self, db: Database, settings: Settings | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings or Settings()
        self.change: Change | None = None
        self.saved_id: str = ""
        self.fields: dict[str, QWidget] = {}  # core problem label -> widget
        self._layout = QVBoxLayout(self)
        # Says at once when someone else changes the record being edited (team mode).
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(_tr("Changed by someone else"))
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.hide()
        self.problems = ProblemsPanel(self)
        self._layout.addWidget(self.problems)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("&Save"))
        self.ok_button.setAccessibleName(_tr("Save"))
        self.ok_button.setProperty("saves", True)  # Alt+S is Save, in every dialog
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(_tr("Cancel"))

    def finish_layout(self, extra: Iterable[QWidget] = ()) -> None:
        """Add the buttons last, fix the tab order top to bottom, restore the saved size."""
        if self.record_key() is not None:
            self.history_button = self.buttons.addButton(
                _tr("History…"), QDialogButtonBox.ButtonRole.HelpRole)
            # No Alt letter: every letter is taken in one editor or another; Tab reaches it.
            self.history_button.setAccessibleName(_tr("History of this record"))
            self.history_button.clicked.connect(self.show_history)
        self._layout.insertWidget(0, self.notice)
        self._layout.addWidget(self.buttons)
        self.show_rights()
        self.fix_tab_order(extra)
        if not self.settings.restore_geometry(self, self.settings_key):
            # Never bigger than a 1024x700 screen leaves room for, unless the content needs it.
            hint = self.sizeHint().boundedTo(QSize(960, 660))
            hint.setWidth(max(hint.width(), self.preferred_width))
            self.resize(hint.expandedTo(self.minimumSizeHint()))

    def add_field(
        self,
        label: str,
        widget: QWidget,
        accessible_name: str,
        problem_label: str | None = None,
        hint: str = "",
    ) -> QLabel:
        """A labelled row: the label (with its Alt+mnemonic) is the widget's buddy."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(accessible_name)
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)
        self.form.addRow(caption, widget)
        if problem_label:
            self.fields[problem_label] = widget
        return caption

    def ordered_widgets(self) -> list[QWidget]:
        """Focusable widgets top to bottom (the form's fields by default)."""
        widgets = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                widgets.append(item.widget())
        return widgets

    def fix_tab_order(self, extra: Iterable[QWidget] = ()) -> None:
        widgets = [*self.ordered_widgets(), *extra]
        chain = [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        chain += list(self.buttons.buttons())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> Change:
        raise NotImplementedError

    # --- the record edited: its history, others' changes, conflicts ---------------------------

    def record_key(self) -> tuple[str, str] | None:
        """(table, ID) of the stored record this dialog edits; None for a new one."""
        return record_key_of(self)

    def stored_record(self) -> Any | None:
        """The record as it is stored now (the editor's input type); None if it is gone."""
        key = self.record_key()
        if key is None:
            return None
        getter = _GETTERS[key[0]]
        try:
            return getter(self.db, int(key[1]) if key[0] == "assignment" or
                          key[0] == "campaign" else key[1])
        except NotFoundError:
            return None

    def current_input(self) -> Any:
        value = self.value()  # type: ignore[attr-defined]
        return value[0] if isinstance(value, tuple) else value

    def show_rights(self) -> None:
        """A viewer reads: Save is off, and the dialog says why (the database refuses it too)."""
        from consularapp.team import rights

        allowed = rights(self.db)
        if not allowed.can_edit:
            self.ok_button.setEnabled(False)
            self.ok_button.setToolTip(allowed.why_not("edit"))
            self.notice.setText(allowed.why_not("edit"))
            self.notice.show()

    def show_history(self) -> None:
        from ui.dialogs.history_dialog import HistoryDialog

        key = self.record_key()
        if key is not None:
            HistoryDialog(self.db, key[0], key[1], key[1], self).exec()

    def changed_elsewhere(self, change: Change) -> bool:
        """Another user's change arrived: say so at once if it touches this record."""
        key = self.record_key()
        if key is None or key[1] not in change.ids(key[0]):
            return False
        from consularapp.versioning import when_text, who_changed

        found = who_changed(self.db, key[0], key[1])
        gone = key[1] in change.ids(key[0], "deleted")
        if found is None:
            text = _tr("Someone else changed this record while you were editing it.")
        else:
            who, at = found
            text = (_tr("%1 deleted this record %2 while you were editing it.") if gone else
                    _tr("%1 changed this record %2 while you were editing it; saving will "
                        "show their values beside yours.")).replace("%1", who).replace(
                            "%2", when_text(at))
        self.notice.setText(text)
        self.notice.setAccessibleDescription(text)
        self.notice.show()
        return True

    def resolve_conflict(self, error: WriteConflictError) -> None:
        """The save was refused: show their values beside mine; keep theirs, apply mine
        knowingly, or go back to editing."""
        from ui.dialogs.conflict_dialog import APPLY_MINE, KEEP_THEIRS, ConflictDialog

        theirs = self.stored_record()
        labels = _LABELS.get(self.record_key()[0], {}) if self.record_key() else {}
        dialog = ConflictDialog(error, theirs, self.current_input(), labels, self)
        if theirs is None:
            dialog.apply_button.setEnabled(False)
        choice = dialog.exec()
        if choice == APPLY_MINE and theirs is not None:
            self.data.version = theirs.version  # type: ignore[attr-defined]
            self.notice.hide()
            self.accept()
        elif choice == KEEP_THEIRS:
            self.change = None
            self.notice.hide()
            if theirs is not None and hasattr(self, "_load"):
                self.data = theirs
                self._load(theirs)  # the editor now shows theirs, and edits start from it
                self.problems.clear()
                self.remember_state()
            else:
                QDialog.reject(self)

    def accept(self) -> None:
        """Save; on refused input show every problem and keep the dialog open."""
        try:
            self.change = self.save()
        except InputError as exc:
            self.show_problems(exc.problems)
            return
        except WriteConflictError as exc:
            if self.record_key() is None:
                show_error(self, exc)
            else:
                self.resolve_conflict(exc)
            return
        except ConsularError as exc:
            show_error(self, exc)
            return
        self.problems.clear()
        super().accept()

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.show_problems(problems)
        for problem in problems:
            widget = self.focus_target(problem.where)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def focus_target(self, where: str) -> QWidget | None:
        return self.fields.get(where)

    def done(self, result: int) -> None:
        self.settings.save_geometry(self, self.settings_key)
        super().done(result)


def _getters() -> dict[str, Any]:
    from consularapp.agreements import get_agreement
    from consularapp.campaigns import get_campaign
    from consularapp.directory import get_consulate, get_office, get_person
    from consularapp.events import get_event
    from consularapp.partners import get_partner
    from consularapp.staffing import get_assignment

    return {"office": get_office, "consulate": get_consulate, "person": get_person,
            "agreement": get_agreement, "event": get_event, "campaign": get_campaign,
            "assignment": get_assignment, "partner": get_partner}


def _labels() -> dict[str, dict[str, str]]:
    from consularapp.agreements import AGREEMENT_LABELS
    from consularapp.campaigns import CAMPAIGN_LABELS
    from consularapp.directory import CONSULATE_LABELS, OFFICE_LABELS, PERSON_LABELS
    from consularapp.events import EVENT_LABELS
    from consularapp.partners import PARTNER_LABELS
    from consularapp.staffing import ASSIGNMENT_LABELS

    return {"office": OFFICE_LABELS, "consulate": CONSULATE_LABELS, "person": PERSON_LABELS,
            "agreement": AGREEMENT_LABELS, "event": EVENT_LABELS, "campaign": CAMPAIGN_LABELS,
            "assignment": ASSIGNMENT_LABELS, "partner": PARTNER_LABELS}


class _Lazy(dict):  # type: ignore[type-arg]
    def __init__(self, load: Any) -> None:
        super().__init__()
        self._load = load

    def _fill(self) -> None:
        if not self:
            self.update(self._load())

    def __getitem__(self, key: str) -> Any:
        self._fill()
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._fill()
        return super().get(key, default)


_GETTERS = _Lazy(_getters)
_LABELS = _Lazy(_labels)
# Input type name -> table of the record an editor dialog edits.
_TABLE_OF_INPUT = {"OfficeInput": "office", "ConsulateInput": "consulate",
                   "PersonInput": "person", "AgreementInput": "agreement",
                   "EventInput": "event", "CampaignInput": "campaign",
                   "AssignmentInput": "assignment", "PartnerInput": "partner"}


def record_key_of(dialog: Any) -> tuple[str, str] | None:
    """(table, ID) of the stored record a dialog edits, from its input and original ID."""
    table = _TABLE_OF_INPUT.get(type(getattr(dialog, "data", None)).__name__)
    if table is None:
        return None
    for name in ("original_id", "original_year", "assignment_id"):
        value = getattr(dialog, name, None)
        if value not in (None, ""):
            return table, str(value)
    return None


def set_day_range(edit: QDateEdit) -> None:
    """Let a date field reach exactly the days the rules accept (consularapp/bounds.py)."""
    first, last = bounds.DATES.first, bounds.DATES.last
    edit.setDateRange(QDate(first.year, first.month, first.day),
                      QDate(last.year, last.month, last.day))


def line_edit(parent: QWidget, text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    return edit


