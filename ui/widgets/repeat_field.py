"""How an event repeats, chosen as a person says it ("every other Tuesday", "the first Monday of
each month", "10 times" or "until 2027-12-31") and kept as the RFC 5545 rule the core stores
(consularapp/recurrence.py's subset). A stored rule the controls cannot show (several days of the
month, say) is kept as it is and shown in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from consularapp import recurrence
from consularapp.i18n import _ as core_translate
from consularapp.recurrence import INTERVALS, OCCURRENCES, WEEKDAY_CODES, Rule

NONE, DAILY, WEEKLY, MONTHLY, CUSTOM = "", "DAILY", "WEEKLY", "MONTHLY", "custom"
ON_DAY, ON_NTH, ON_LAST = "day", "nth", "last"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RepeatField(QWidget):
    """Repeats: never, daily, weekly on chosen days, or monthly on a day or a weekday of the
    month; every N; ending after N times or on a date. `rule_text()` is what is saved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.start = date.today()
        self._loaded: tuple[str, tuple[object, ...]] | None = None
        self._custom = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Repeats"))
        for label, value in ((tr("Does not repeat"), NONE), (tr("Daily"), DAILY),
                             (tr("Weekly"), WEEKLY), (tr("Monthly"), MONTHLY)):
            self.kind.addItem(label, value)
        self.every_label = QLabel(tr("every"), self)
        self.every = QSpinBox(self)
        self.every.setRange(INTERVALS.minimum, INTERVALS.maximum)
        self.every.setAccessibleName(tr("Repeat every"))
        self.every_label.setBuddy(self.every)
        self.unit = QLabel(self)
        top = QHBoxLayout()
        for widget in (self.kind, self.every_label, self.every, self.unit):
            top.addWidget(widget)
        top.addStretch(1)
        grid.addLayout(top, 0, 0)
        # Weekly: the days of the week.
        self.days_row = QWidget(self)
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        names = (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))
        full = (tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"),
                tr("Saturday"), tr("Sunday"))
        self.day_boxes: list[QCheckBox] = []
        for name, whole in zip(names, full, strict=True):
            box = QCheckBox(name, self.days_row)
            box.setAccessibleName(whole)
            days.addWidget(box)
            self.day_boxes.append(box)
            box.toggled.connect(self._changed)
        days.addStretch(1)
        grid.addWidget(self.days_row, 1, 0)
        # Monthly: which day of the month (from the start date).
        self.monthly = QComboBox(self)
        self.monthly.setAccessibleName(tr("Day of the month"))
        grid.addWidget(self.monthly, 2, 0)
        # The end: after a number of times, or on a date.
        self.end_row = QWidget(self)
        end = QHBoxLayout(self.end_row)
        end.setContentsMargins(0, 0, 0, 0)
        self.ends_kind = QComboBox(self.end_row)
        self.ends_kind.setAccessibleName(tr("Ends"))
        self.ends_kind.addItem(tr("Ends after"), "count")
        self.ends_kind.addItem(tr("Ends on"), "until")
        self.count = QSpinBox(self.end_row)
        self.count.setRange(1, OCCURRENCES.maximum)
        self.count.setValue(10)
        self.count.setSuffix(tr(" times"))
        self.count.setAccessibleName(tr("Number of times"))
        self.until = QDateEdit(self.end_row)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("ddd yyyy-MM-dd")
        self.until.setAccessibleName(tr("Last day"))
        for widget in (QLabel(tr("Ends:"), self.end_row), self.ends_kind, self.count,
                       self.until):
            end.addWidget(widget)
        end.addStretch(1)
        grid.addWidget(self.end_row, 3, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        grid.addWidget(self.summary, 4, 0)
        for combo in (self.kind, self.monthly, self.ends_kind):
            combo.currentIndexChanged.connect(self._changed)
        self.every.valueChanged.connect(self._changed)
        self.count.valueChanged.connect(self._changed)
        self.until.dateChanged.connect(self._changed)
        self.set_start(self.start)
        self._show()

    # --- the start date the rule hangs on --------------------------------------------------------

    def set_start(self, day: date) -> None:
        """The first occurrence moved: the monthly choices follow it, and a weekly series on
        the old start's weekday alone moves to the new one."""
        old, self.start = self.start, day
        kind = self.monthly.currentData() or ON_DAY
        self.monthly.blockSignals(True)
        self.monthly.clear()
        nth = (day.day - 1) // 7 + 1
        weekday = core_translate(recurrence.WEEKDAY_NAMES[day.weekday()])
        ordinal = core_translate(recurrence.ORDINALS[nth])
        self.monthly.addItem(self.tr("on day %1").replace("%1", str(day.day)), ON_DAY)
        if nth <= 4:
            self.monthly.addItem(self.tr("on the %1 %2").replace("%1", ordinal)
                                 .replace("%2", weekday), ON_NTH)
        if day.day + 7 > _month_length(day):
            self.monthly.addItem(self.tr("on the last %1").replace("%1", weekday), ON_LAST)
        self.monthly.setCurrentIndex(max(0, self.monthly.findData(kind)))
        self.monthly.blockSignals(False)
        checked = [n for n, box in enumerate(self.day_boxes) if box.isChecked()]
        if checked in ([], [old.weekday()]):
            for n, box in enumerate(self.day_boxes):
                box.blockSignals(True)
                box.setChecked(n == day.weekday())
                box.blockSignals(False)
        if self.until.date() < _qdate(day):
            self.until.setDate(_qdate(date(day.year, 12, 31)))
        self.until.setMinimumDate(_qdate(day))
        self._show()

    # --- the rule ---------------------------------------------------------------------------------

    def set_rule(self, text: str, start: date) -> None:
        """Show the stored rule `text` ('' : it does not repeat) of a series first on `start`."""
        self.set_start(start)
        self._custom = ""
        custom_at = self.kind.findData(CUSTOM)
        if custom_at >= 0:
            self.kind.removeItem(custom_at)
        rule = None
        if text.strip():
            try:
                rule = recurrence.parse_rule(text)
            except ValueError:
                rule = None
        if not text.strip():
            self.kind.setCurrentIndex(self.kind.findData(NONE))
        elif rule is None or not self._fits(rule):
            self._custom = text.strip()
            words = recurrence.describe(rule) if rule is not None else text.strip()
            self.kind.addItem(self.tr("As stored: %1").replace("%1", words), CUSTOM)
            self.kind.setCurrentIndex(self.kind.count() - 1)
        else:
            self._apply(rule)
        self._loaded = (text.strip(), self._state())
        self._show()

    def _fits(self, rule: Rule) -> bool:
        """True if the controls can show `rule` exactly."""
        if rule.freq == DAILY:
            return not rule.byday and not rule.bymonthday
        if rule.freq == WEEKLY:
            return not rule.bymonthday and all(d in WEEKDAY_CODES for d in rule.byday)
        day = self.start
        if rule.bymonthday:
            return not rule.byday and rule.bymonthday == (day.day,)
        if not rule.byday:
            return True  # the start's day of the month
        if len(rule.byday) != 1:
            return False
        code = WEEKDAY_CODES[day.weekday()]
        nth = (day.day - 1) // 7 + 1
        return rule.byday[0] in (f"{nth}{code}", f"-1{code}") and (
            self.monthly.findData(ON_LAST if rule.byday[0].startswith("-") else ON_NTH) >= 0)

    def _apply(self, rule: Rule) -> None:
        widgets = (self.kind, self.every, self.monthly, self.ends_kind, self.count, self.until,
                   *self.day_boxes)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(rule.freq))
        self.every.setValue(rule.interval)
        if rule.freq == WEEKLY:
            chosen = set(rule.byday) or {WEEKDAY_CODES[self.start.weekday()]}
            for code, box in zip(WEEKDAY_CODES, self.day_boxes, strict=True):
                box.setChecked(code in chosen)
        if rule.freq == MONTHLY:
            which = ON_DAY if not rule.byday else ON_LAST if rule.byday[0].startswith("-") \
                else ON_NTH
            self.monthly.setCurrentIndex(max(0, self.monthly.findData(which)))
        if rule.count is not None:
            self.ends_kind.setCurrentIndex(self.ends_kind.findData("count"))
            self.count.setValue(rule.count)
        else:
            assert rule.until is not None
            self.ends_kind.setCurrentIndex(self.ends_kind.findData("until"))
            self.until.setDate(_qdate(rule.until))
        for widget in widgets:
            widget.blockSignals(False)

    def _state(self) -> tuple[object, ...]:
        return (self.kind.currentData(), self.every.value(),
                tuple(box.isChecked() for box in self.day_boxes), self.monthly.currentData(),
                self.ends_kind.currentData(), self.count.value(), self.until.date(),
                self.start)

    def rule_text(self) -> str:
        """The rule to save: '' when it does not repeat; the stored text when nothing changed."""
        if self._loaded is not None and self._state() == self._loaded[1]:
            return self._loaded[0]
        kind = self.kind.currentData()
        if kind == NONE:
            return ""
        if kind == CUSTOM:
            return self._custom
        byday: tuple[str, ...] = ()
        bymonthday: tuple[int, ...] = ()
        code = WEEKDAY_CODES[self.start.weekday()]
        if kind == WEEKLY:
            byday = tuple(c for c, box in zip(WEEKDAY_CODES, self.day_boxes, strict=True)
                          if box.isChecked()) or (code,)
        elif kind == MONTHLY:
            which = self.monthly.currentData()
            if which == ON_NTH:
                byday = (f"{(self.start.day - 1) // 7 + 1}{code}",)
            elif which == ON_LAST:
                byday = (f"-1{code}",)
            else:
                bymonthday = (self.start.day,)
        if self.ends_kind.currentData() == "count":
            count, until = self.count.value(), None
        else:
            count, until = None, _pydate(self.until.date())
        return Rule(kind, self.every.value(), byday, bymonthday, count, until).text()

    # --- showing ----------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        kind = self.kind.currentData()
        repeats = kind not in (NONE, CUSTOM)
        for widget in (self.every_label, self.every, self.unit, self.end_row):
            widget.setVisible(repeats)
        self.days_row.setVisible(kind == WEEKLY)
        self.monthly.setVisible(kind == MONTHLY)
        n = self.every.value()
        units = {DAILY: self.tr("day(s)", "", n), WEEKLY: self.tr("week(s)", "", n),
                 MONTHLY: self.tr("month(s)", "", n)}
        self.unit.setText(units.get(kind, ""))
        until = self.ends_kind.currentData() == "until"
        self.count.setVisible(repeats and not until)
        self.until.setVisible(repeats and until)
        text = self.rule_text() if kind != NONE else ""
        words = ""
        if text:
            try:
                words = recurrence.describe(recurrence.parse_rule(text))
            except ValueError:
                words = text
        self.summary.setText(words)
        self.summary.setVisible(bool(words))

    def focus_widgets(self) -> list[QWidget]:
        """The controls in Tab order (hidden ones are skipped by Qt)."""
        return [self.kind, self.every, *self.day_boxes, self.monthly, self.ends_kind,
                self.count, self.until]


def _month_length(day: date) -> int:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return (nxt - date(day.year, day.month, 1)).days
