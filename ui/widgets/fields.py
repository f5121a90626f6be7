"""Form fields the record dialogs lack: a date that can be blank, a filterable checked list.

`DateField` is a YYYY-MM-DD line edit with a calendar button; blank means "no date", which a
QDateEdit cannot say. `CheckList` is a list of checkable choices with a filter box above and the
chosen ones named below, so a choice hidden by the filter is never forgotten.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ui.models.table_model import fold


def parse_date(text: str) -> date | None:
    """'YYYY-MM-DD' or blank (None); ValueError with a sentence otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        from PySide6.QtCore import QCoreApplication

        raise ValueError(
            QCoreApplication.translate("fields", "'%1' is not a date: write it as YYYY-MM-DD")
            .replace("%1", text)
        ) from None


class DateField(QWidget):
    """A date as YYYY-MM-DD text (blank allowed) and a button that opens a calendar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setToolTip(self.tr("A date as YYYY-MM-DD; leave blank for none."))
        self.edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"), self.edit))
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setAccessibleName(self.tr("Choose the date on a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._before_calendar)
        self.button.setMenu(menu)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.clear_button.clicked.connect(lambda: self.set_date(None))
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.setFocusProxy(self.edit)
        # A label's Alt letter moves the focus only to a buddy that takes focus itself.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:
        super().setAccessibleDescription(text)
        self.edit.setAccessibleDescription(text)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_date(self, day: date | None) -> None:
        self.edit.setText(day.isoformat() if day else "")

    def date(self) -> date | None:
        """The date typed, None when blank; ValueError when it is not a date."""
        return parse_date(self.text())

    def date_or_none(self) -> date | None:
        try:
            return self.date()
        except ValueError:
            return None

    def _before_calendar(self) -> None:
        day = self.date_or_none()
        self.calendar.setSelectedDate(QDate(day) if day else QDate.currentDate())

    def _picked(self, qdate: QDate) -> None:
        self.set_date(qdate.toPython())  # type: ignore[arg-type]
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class _FilterBox(QLineEdit):
    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class CheckList(QWidget):
    """Checkable choices (ID, label) with a filter box; Space ticks the current one."""

    changed = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.filter = _FilterBox(self)
        self.filter.setPlaceholderText(self.tr("Type to filter %1").replace("%1", what))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter %1").replace("%1", what))
        self.list = QListWidget(self)
        self.list.setAccessibleName(what)
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks the current line"))
        self.list.setUniformItemSizes(True)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setAccessibleName(self.tr("Chosen %1").replace("%1", what))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen)
        self.filter.textChanged.connect(self._filter)
        self.filter.down_pressed.connect(self._to_list)
        self.filter.returnPressed.connect(self._to_list)
        self.list.itemChanged.connect(lambda _item: self._checks_changed())
        self._labels: dict[str, str] = {}
        self._items: dict[str, QListWidgetItem] = {}
        self._update_chosen()

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        checked = set(self.checked_ids())
        self.list.blockSignals(True)
        self.list.clear()
        self._labels, self._items = {}, {}
        for record_id, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record_id in checked
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._labels[record_id] = label
            self._items[record_id] = item
        self.list.blockSignals(False)
        self._filter(self.filter.text())
        self._update_chosen()

    def scroll_to_checked(self) -> None:
        """Bring the first ticked line into view (a long list may hide it)."""
        for item in self._items.values():
            if item.checkState() == Qt.CheckState.Checked and not item.isHidden():
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)
                return

    def set_checked(self, ids: Iterable[str]) -> None:
        """Tick exactly `ids`; an ID with no line gets one (a record the list did not offer)."""
        wanted = list(dict.fromkeys(ids))
        self.list.blockSignals(True)
        for record_id in wanted:
            if record_id not in self._items:
                item = QListWidgetItem(record_id)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                self.list.addItem(item)
                self._items[record_id] = item
                self._labels[record_id] = record_id
        for record_id, item in self._items.items():
            item.setCheckState(Qt.CheckState.Checked if record_id in wanted
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._checks_changed()
        self.scroll_to_checked()

    def checked_ids(self) -> list[str]:
        return [rid for rid, item in self._items.items()
                if item.checkState() == Qt.CheckState.Checked]

    def focus_widgets(self) -> list[QWidget]:
        return [self.filter, self.list]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for record_id, item in self._items.items():
            haystack = fold(f"{record_id} {self._labels.get(record_id, '')}")
            item.setHidden(not all(w in haystack for w in words))

    def _to_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.list.currentItem() is None or self.list.currentItem().isHidden():
            for row in range(self.list.count()):
                if not self.list.item(row).isHidden():
                    self.list.setCurrentRow(row)
                    break

    def _checks_changed(self) -> None:
        self._update_chosen()
        self.changed.emit()

    def _update_chosen(self) -> None:
        ids = self.checked_ids()
        if not ids:
            text = self.tr("None chosen yet.")
        else:
            text = self.tr("Chosen (%1): %2").replace("%1", str(len(ids))).replace(
                "%2", "; ".join(self._labels.get(i, i) for i in ids))
        self.chosen.setText(text)
