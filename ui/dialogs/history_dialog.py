"""A record's history: every change, who made it and when, each field's old and new value.

Opened from every editor (History…) and from the details of a record. Times are shown in this
computer's local time, with the UTC offset, oldest first as the command line prints them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consularapp.db import Database
from consularapp.history import Entry, record_history, shown_value


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


ACTION_WORDS = {"created": QT_TRANSLATE_NOOP("history", "Created"),
                "updated": QT_TRANSLATE_NOOP("history", "Changed"),
                "deleted": QT_TRANSLATE_NOOP("history", "Deleted")}
OPERATION_WORDS = {"import": QT_TRANSLATE_NOOP("history", "import"),
                   "undo": QT_TRANSLATE_NOOP("history", "undo"),
                   "redo": QT_TRANSLATE_NOOP("history", "redo"),
                   "reference": QT_TRANSLATE_NOOP("history", "reference directory"),
                   "demo": QT_TRANSLATE_NOOP("history", "demonstration data")}


# The records a change can touch besides the one shown (a person's membership, an event's
# assignment...), named in the window's language.
TABLE_WORDS = {"agency": QT_TRANSLATE_NOOP("history", "Agency"),
               "office": QT_TRANSLATE_NOOP("history", "Office"),
               "consulate": QT_TRANSLATE_NOOP("history", "Consulate"),
               "person": QT_TRANSLATE_NOOP("history", "Person"),
               "membership": QT_TRANSLATE_NOOP("history", "Membership"),
               "agreement": QT_TRANSLATE_NOOP("history", "Agreement"),
               "campaign": QT_TRANSLATE_NOOP("history", "Campaign"),
               "event": QT_TRANSLATE_NOOP("history", "Event"),
               "assignment": QT_TRANSLATE_NOOP("history", "Assignment"),
               "partner": QT_TRANSLATE_NOOP("history", "Partner"),
               "occurrence_change": QT_TRANSLATE_NOOP("history", "Occurrence"),
               "outcome": QT_TRANSLATE_NOOP("history", "Outcome"),
               "obligation_done": QT_TRANSLATE_NOOP("history", "Obligation done"),
               "setting": QT_TRANSLATE_NOOP("history", "Setting")}


def entry_summary(entry: Entry, record: tuple[str, str]) -> str:
    """"Changed", "Created (import)", "Membership deleted": what one entry did."""
    text = _tr(ACTION_WORDS.get(entry.action, entry.action))
    if (entry.table, entry.record_id) != record:
        table = TABLE_WORDS.get(entry.table)
        table = _tr(table) if table else entry.table.capitalize()
        text = _tr("%1: %2").replace("%1", table).replace("%2", text)
    how = OPERATION_WORDS.get(entry.operation)
    if how:
        text += " (" + _tr(how) + ")"
    return text


class HistoryPanel(QTreeWidget):
    """The changes of one record, one row per change with its fields beneath."""

    def __init__(self, db: Database, table: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.table, self.record_id = db, table, record_id
        self.setColumnCount(4)
        self.setHeaderLabels([_tr("When"), _tr("Who"), _tr("What"), _tr("Old → new")])
        self.setAccessibleName(_tr("History"))
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)
        self.reload()

    def reload(self) -> None:
        self.clear()
        entries = record_history(self.db, self.table, self.record_id)
        for entry in entries:
            when = f"{entry.at.astimezone():%Y-%m-%d %H:%M}"  # this computer's local time
            who = entry.who if entry.who == entry.login else f"{entry.who} ({entry.login})"
            item = QTreeWidgetItem([when, who, entry_summary(entry, (self.table,
                                                                     self.record_id)), ""])
            item.setToolTip(0, entry.at.strftime("%Y-%m-%d %H:%M UTC"))
            for f in entry.fields:
                if entry.action == "updated":
                    change = f"{shown_value(f.old)} → {shown_value(f.new)}"
                else:
                    change = shown_value(f.new if entry.action == "created" else f.old)
                child = QTreeWidgetItem(["", "", f.field.replace("_", " "), change])
                child.setToolTip(3, change)
                item.addChild(child)
            self.addTopLevelItem(item)
            item.setExpanded(entry.action == "updated")
        for column in range(3):
            self.resizeColumnToContents(column)
        if entries:
            self.setCurrentItem(self.topLevelItem(len(entries) - 1))

    def row_texts(self) -> list[tuple[str, ...]]:
        """What the panel shows, row by row (for tests and screen readers' summaries)."""
        rows: list[tuple[str, ...]] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            rows.append(tuple(top.text(c) for c in range(4)))
            for j in range(top.childCount()):
                child = top.child(j)
                rows.append(tuple(child.text(c) for c in range(4)))
        return rows


class HistoryDialog(QDialog):
    def __init__(self, db: Database, table: str, record_id: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("History of %1").replace("%1", title or record_id))
        layout = QVBoxLayout(self)
        self.panel = HistoryPanel(db, table, record_id, self)
        if self.panel.topLevelItemCount() == 0:
            empty = QLabel(_tr("No change of this record is recorded yet."), self)
            layout.addWidget(empty)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.panel.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(760, 420)
