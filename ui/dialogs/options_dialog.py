"""Edit > Options: the settings shared by everyone on the database, one page per area, and the
user's own language (ui/dialogs/language_page.py, after them).

In the manner of Picard's options pages: each page (`OptionsPage`) shows one area's settings
(consularapp.settings.SETTINGS declares them, with their labels, units and bounds), and can
`load` them, give back the `values` it holds and `restore_defaults` (shown, saved only with
Save). Save stores every page at once through ui.operations.settings, all or none; refused
values are listed at the top and the page holding the first one is shown with it focused.
Cancel keeps what was stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consularapp import settings as shared
from consularapp.db import Database
from consularapp.errors import ConsularError, InputError
from consularapp.i18n import _
from ui.dialogs.form import ProblemsPanel
from ui.dialogs.language_page import LanguagePage
from ui.errors import show_error
from ui.operations import settings as ops
from ui.settings import Settings
from ui.widgets.discard import DiscardGuard


def _tr(text: str) -> str:
    return QCoreApplication.translate("OptionsDialog", text)


# The Alt letter of each setting's label (unique in the dialog, Alt+S being Save).
MNEMONICS = {
    shared.EXPIRING_DAYS: "E",
    shared.RENEWAL_LEAD_DAYS: "L",
    shared.REVIEW_EVERY_YEARS: "V",
    shared.TRAVEL_BUFFER_MINUTES: "T",
    shared.PUBLISH_FOLDER: "F",
    shared.ORGANIZER_EMAIL: "G",
    shared.OBLIGATION_RULES: "W",
    shared.OBLIGATION_DUE_DAYS: "D",
}
# What a whole-number setting's 0 means, said instead of the number.
ZERO_MEANS = {
    shared.REVIEW_EVERY_YEARS: "never",
    shared.TRAVEL_BUFFER_MINUTES: "none",
}


def _letter(text: str) -> str:
    """The Alt letter `text` marks ('&Save' -> 's'), '' if none."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


def _letters_for(labels: list[tuple[str, str]]) -> list[str]:
    """An Alt letter for each (label, preferred letter) of a page, unique in the dialog: the
    preferred one where the label (in the window's language) has it, else its first letter
    still free; the dialog's buttons keep theirs (Save, Restore defaults, Browse)."""
    taken = {_letter(_tr(t)) for t in ("&Save", "Restore &defaults", "&Browse…")} - {""}
    chosen: list[str] = []
    for label, preferred in labels:
        letter = preferred.lower() if preferred and preferred.lower() in label.lower() else ""
        if not letter or letter in taken:
            letter = next((c.lower() for c in label if c.isalpha() and c.lower() not in taken),
                          "")
        taken.add(letter)
        chosen.append(letter)
    return chosen


def _with_mnemonic(label: str, letter: str) -> str:
    index = label.lower().find(letter.lower())
    return label if index < 0 else f"{label[:index]}&{label[index:]}"


class OptionsPage(QWidget):
    """The settings of one area: load, values, restore defaults."""

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.title = _(shared.AREAS[area])
        self.items = [i for i in shared.SETTINGS if i.area == area]
        self.fields: dict[str, QSpinBox | QLineEdit] = {}
        self.browse_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{self.title}</b>", self)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        letters = _letters_for([(_(i.label), MNEMONICS.get(i.key, "")) for i in self.items])
        for item, letter in zip(self.items, letters, strict=True):
            label = _(item.label)
            field = self._field(item)
            caption = QLabel(_with_mnemonic(label, letter) + ":", self)
            caption.setBuddy(field)
            field.setAccessibleName(label)
            field.setAccessibleDescription(_(item.meaning))
            field.setToolTip(_(item.meaning))
            holder: QWidget = field
            if item.key == shared.PUBLISH_FOLDER:
                holder = self._with_browse(field)
            elif item.key == shared.OBLIGATION_RULES:
                holder = self._with_rules_editor(field)
            form.addRow(caption, holder)
            meaning = QLabel(_(item.meaning), self)  # in the text's own colour: readable
            meaning.setWordWrap(True)
            form.addRow("", meaning)
            self.fields[item.key] = field
        layout.addLayout(form)
        layout.addStretch(1)

    def _field(self, item: shared.SettingInfo) -> QSpinBox | QLineEdit:
        bound = item.bound
        if bound is None:
            edit = QLineEdit(self)
            edit.setClearButtonEnabled(True)
            if item.key == shared.PUBLISH_FOLDER:
                edit.setPlaceholderText(_tr("none: publishing writes no files"))
            return edit
        spin = QSpinBox(self)
        spin.setRange(bound.minimum, bound.maximum)
        if item.unit:
            spin.setSuffix(" " + _(item.unit))
        zero = ZERO_MEANS.get(item.key)
        if zero is not None and bound.minimum == 0:
            spin.setSpecialValueText(_tr(zero))
        return spin

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        self.browse_button = QPushButton(_tr("&Browse…"), row)
        self.browse_button.setAccessibleName(_tr("Choose the publish folder"))
        self.browse_button.clicked.connect(lambda: self._browse(edit))
        layout.addWidget(self.browse_button)
        return row

    def _with_rules_editor(self, edit: QLineEdit) -> QWidget:
        """The rules as JSON, and a button that edits them rule by rule (ObligationRulesDialog),
        putting the result back here: the Options dialog's Save stores them with the rest."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        self.rules_button = QPushButton(_tr("Edit the r&ules…"), row)
        self.rules_button.setAccessibleName(_tr("Edit the obligation rules one by one"))
        self.rules_button.clicked.connect(lambda: self._edit_rules(edit))
        layout.addWidget(self.rules_button)
        return row

    def _edit_rules(self, edit: QLineEdit) -> None:
        import json

        from consularapp.obligations import DEFAULT_RULES_JSON
        from ui.dialogs.obligation_rules_dialog import ObligationRulesDialog

        window = self.window()
        db = getattr(window, "db", None)
        try:
            rules = json.loads(edit.text()) if edit.text().strip() else DEFAULT_RULES_JSON
        except ValueError:
            rules = DEFAULT_RULES_JSON
        dialog = ObligationRulesDialog(db, self, getattr(window, "settings", None), rules=rules,
                                       store=False)
        self.rules_dialog = dialog
        if dialog.exec():
            edit.setText(shared.value_text(dialog.chosen))

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Publish folder"), edit.text())
        if folder:
            edit.setText(folder)

    # --- the three things a page does -----------------------------------------------------------

    def load(self, values: dict[str, Any]) -> None:
        for key, field in self.fields.items():
            self._show(field, values.get(key))

    def values(self) -> dict[str, Any]:
        """What the page holds: numbers as numbers, empty text as None (no value)."""
        found: dict[str, Any] = {}
        for key, field in self.fields.items():
            if isinstance(field, QSpinBox):
                found[key] = field.value()
            else:
                found[key] = field.text().strip() or None
        return found

    def restore_defaults(self) -> None:
        for item in self.items:
            self._show(self.fields[item.key], item.default)

    @staticmethod
    def _show(field: QSpinBox | QLineEdit, value: Any) -> None:
        if isinstance(field, QSpinBox):
            field.setValue(int(value or 0))
        else:
            field.setText(shared.value_text(value))


class OptionsDialog(DiscardGuard, QDialog):
    """Pages on the left, the chosen page on the right; Save, Cancel, Restore defaults."""

    settings_key = "dialogs/options"

    def __init__(self, db: Database, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings or Settings()
        self.change = None
        self.setWindowTitle(_tr("Options"))
        outer = QVBoxLayout(self)
        self.problems = ProblemsPanel(self)
        outer.addWidget(self.problems)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        body = QHBoxLayout()
        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName(_tr("Option pages"))
        self.page_list.setMaximumWidth(180)
        self.stack = QStackedWidget(self)
        self.pages = [OptionsPage(area, self) for area in shared.AREAS]
        for page in self.pages:
            QListWidgetItem(page.title, self.page_list)
            self.stack.addWidget(page)
        # The user's own choices, after the shared ones (kept in this user's settings).
        self.language_page = LanguagePage(self.settings, self)
        QListWidgetItem(self.language_page.title, self.page_list)
        self.stack.addWidget(self.language_page)
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_tr("&Save"))
        self.save_button.setProperty("saves", True)  # Alt+S is Save, in every dialog
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.defaults_button = self.buttons.button(
            QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(_tr("Restore &defaults"))
        self.defaults_button.setAccessibleName(_tr("Restore the defaults of this page"))
        self.defaults_button.clicked.connect(lambda: self.current_page().restore_defaults())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.currentRowChanged.connect(self._say_whose)
        self.loaded = {v.key: v.value for v in shared.list_settings(db)}
        for page in self.pages:
            page.load(self.loaded)
        self.page_list.setCurrentRow(0)
        if not self.settings.restore_geometry(self, self.settings_key):
            self.resize(720, 420)

    def current_page(self) -> OptionsPage | LanguagePage:
        index = self.stack.currentIndex()
        return self.pages[index] if index < len(self.pages) else self.language_page

    def show_language_page(self) -> LanguagePage:
        self.page_list.setCurrentRow(len(self.pages))
        return self.language_page

    def _say_whose(self, row: int) -> None:
        if row < len(self.pages):
            self.note.setText(_tr("These settings are shared by everyone who uses this database: "
                                  "the command line, the reports and every window read them."))
        else:
            self.note.setText(_tr("Your own choice, on this computer; it does not change what "
                                  "others see."))

    def show_page(self, area: str) -> OptionsPage:
        index = [p.area for p in self.pages].index(area)
        self.page_list.setCurrentRow(index)
        return self.pages[index]

    def values(self) -> dict[str, Any]:
        """Every page's values."""
        found: dict[str, Any] = {}
        for page in self.pages:
            found.update(page.values())
        return found

    def accept(self) -> None:
        """Save every page at once; on refusal show the problems and the first page concerned."""
        changed = {k: v for k, v in self.values().items() if v != self.loaded.get(k)}
        try:
            self.change = ops.save_settings(self, self.db, changed).call() if changed else None
        except InputError as exc:
            self.problems.show_problems(exc.problems)
            self._focus_problem(exc)
            return
        except ConsularError as exc:
            show_error(self, exc)
            return
        self.language_page.apply()
        super().accept()

    def _focus_problem(self, exc: InputError) -> None:
        labels = {_(i.label): i for i in shared.SETTINGS}
        for problem in exc.problems:
            item = labels.get(problem.where) or next(
                (i for i in shared.SETTINGS if i.key in (problem.field, problem.where)), None)
            if item is not None:
                page = self.show_page(item.area)
                page.fields[item.key].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def done(self, result: int) -> None:
        self.settings.save_geometry(self, self.settings_key)
        super().done(result)
