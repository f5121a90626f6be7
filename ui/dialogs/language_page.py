"""The Language page of Edit > Options: System / English / Español, the user's own choice (per
user, not per database), unless the machine's policy fixes it.

`apply()` stores the choice (the dialog's Save); the main window then switches to it if the
language in force changes (MainWindow.switch_language rebuilds the window in the new language,
on the same page).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from consularapp import policy
from ui import language
from ui.settings import Settings


class LanguagePage(QWidget):
    """System / English / Español, each language named in itself; fixed by a machine policy."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        self.combo = QComboBox(self)
        for choice in language.CHOICES:
            self.combo.addItem(language.choice_name(choice), choice)
        stored = settings.interface_language
        self.combo.setCurrentIndex(max(0, self.combo.findData(
            stored if stored in language.CHOICES else language.SYSTEM)))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.combo)
        self.combo.setAccessibleName(self.tr("Language of the window"))
        form.addRow(label, self.combo)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        fixed = policy.language()
        if fixed:
            self.combo.setEnabled(False)
            self.note.setText(self.tr(
                "Your administrator's policy sets the language on this computer to %1; it "
                "cannot be changed here.").replace("%1", language.choice_name(fixed)))
        else:
            self.note.setText(self.tr(
                "Menus, pages, messages and the reports you write from the window use this "
                "language. Documents for partners keep their own language (the liaison packet "
                "is in Spanish). When you press Save the window redraws itself in the new "
                "language, on the page you are on; nothing is lost."))
        form.addRow(self.note)

    @property
    def title(self) -> str:
        return self.tr("Language")

    def choice(self) -> str:
        return str(self.combo.currentData())

    def restore_defaults(self) -> None:
        """Back to the system's language (shown; stored with Save)."""
        if self.combo.isEnabled():
            self.combo.setCurrentIndex(self.combo.findData(language.SYSTEM))

    def apply(self) -> None:
        if self.combo.isEnabled():
            self.settings.interface_language = self.choice()
