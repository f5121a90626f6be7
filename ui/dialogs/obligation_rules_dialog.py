"""What each kind of agreement owes: the shared obligation rules (settings `obligations.rules`
and `obligations.due_days`), edited for everyone on the database.

The defaults follow OSHA's Alliance Program for alliances (a signed copy to the national office
within a calendar month of signing, an annual report within 60 days of each annual period);
an office adds its own, say an annual report for its WHD arrangements.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from consularapp.changes import SETTING, Change
from consularapp.db import Database
from consularapp.errors import InputError, Problem
from consularapp.labels import agreement_kind_label, obligation_label
from consularapp.models import AgreementKind
from consularapp.obligations import (
    DEFAULT_RULES_JSON,
    PERIOD,
    RULE_DAYS,
    RULE_MONTHS,
    SIGNING,
    check_rule,
    rules_of,
)
from consularapp.settings import OBLIGATION_DUE_DAYS, OBLIGATION_RULES, get_setting
from ui.dialogs.form import RecordDialog, line_edit
from ui.operations import WriteOp
from ui.settings import Settings
from ui.widgets.fields import CheckList


class ObligationRulesDialog(RecordDialog):
    settings_key = "dialogs/obligation-rules"

    def __init__(self, db: Database, parent: QWidget | None = None,
                 settings: Settings | None = None, *, rules: list[dict[str, Any]] | None = None,
                 store: bool = True) -> None:
        """`store` False (from the Options dialog): OK hands the rules back in `chosen`, and
        the Options dialog saves them with its other settings."""
        super().__init__(db, settings, parent)
        tr = self.tr
        self.setWindowTitle(tr("Obligation rules"))
        self.store = store
        self.chosen: list[dict[str, Any]] = []
        stored = get_setting(db, OBLIGATION_RULES) if rules is None else rules
        self.rules: list[dict[str, Any]] = [dict(r) for r in stored] if rules is not None \
            else [r.as_json() for r in rules_of(stored)]
        self.current = -1
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Rules"))
        self.add_field(tr("R&ules:"), self.list, tr("Rules"))
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(tr("&Add rule"), buttons)
        self.remove_button = QPushButton(tr("Re&move rule"), buttons)
        self.defaults_button = QPushButton(tr("OSHA de&faults"), buttons)
        self.defaults_button.setAccessibleName(tr("Back to OSHA's Alliance Program defaults"))
        for b in (self.add_button, self.remove_button, self.defaults_button):
            row.addWidget(b)
        row.addStretch(1)
        self.form.addRow("", buttons)
        self.name = line_edit(self, placeholder=tr("e.g. annual report"))
        self.add_field(tr("&Name:"), self.name, tr("Obligation name"), "Name")
        self.kinds = CheckList(tr("kinds of agreement"), self)
        self.kinds.set_items([(k.value, agreement_kind_label(k.value)) for k in AgreementKind])
        self.kinds.setMinimumHeight(120)
        kinds_caption = self.add_field(tr("Applies &to:"), self.kinds, tr("Kinds of agreement"))
        kinds_caption.setBuddy(self.kinds.list)  # Alt+T reaches the list of kinds itself
        self.basis = QComboBox(self)
        self.basis.addItem(tr("After signing"), SIGNING)
        self.basis.addItem(tr("After each annual period"), PERIOD)
        self.add_field(tr("&When:"), self.basis, tr("When it is due"))
        self.months = QSpinBox(self)
        self.months.setRange(RULE_MONTHS.minimum, RULE_MONTHS.maximum)
        self.months.valueChanged.connect(lambda n: self.months.setSuffix(
            self.tr(" calendar month(s)", "", n)))
        self.months.setSuffix(tr(" calendar month(s)", "", self.months.value()))
        self.add_field(tr("Mont&hs:"), self.months, tr("Calendar months after signing"))
        self.days = QSpinBox(self)
        self.days.setRange(RULE_DAYS.minimum, RULE_DAYS.maximum)
        self.days.valueChanged.connect(lambda n: self.days.setSuffix(
            self.tr(" day(s)", "", n)))
        self.days.setSuffix(tr(" day(s)", "", self.days.value()))
        self.add_field(tr("Da&ys:"), self.days, tr("Days after"))
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.source.setAccessibleName(tr("Where the rule comes from"))
        self.form.addRow(tr("Source:"), self.source)
        self.due_days = QSpinBox(self)
        self.due_days.setRange(0, 365)
        self.due_days.setValue(int(get_setting(db, OBLIGATION_DUE_DAYS)))
        self.due_days.setSuffix(tr(" days before it"))
        caption = self.add_field(tr("'Due' fr&om:"), self.due_days,
                                 tr("An obligation is due this many days before its date"))
        if not store:  # the Options page shows it beside
            caption.hide()
            self.due_days.hide()
        self._fill_list()
        self.list.currentRowChanged.connect(self._show)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.defaults_button.clicked.connect(self._defaults)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.list.setCurrentRow(0 if self.rules else -1)
        self.preferred_width = 620
        self.finish_layout()

    def ordered_widgets(self) -> list[QWidget]:
        return [self.list, self.add_button, self.remove_button, self.defaults_button,
                self.name, *self.kinds.focus_widgets(), self.basis, self.months, self.days,
                self.due_days]

    # --- the list -------------------------------------------------------------------------------

    def _label(self, rule: dict[str, Any]) -> str:
        try:
            what = check_rule(rule).describe()
        except Exception:  # a rule being typed: show what there is
            what = ""
        kinds = ", ".join(agreement_kind_label(k) for k in rule.get("kinds") or [])
        return f"{obligation_label(rule.get('name') or '?')} — {kinds or '…'} — {what}"

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for rule in self.rules:
            self.list.addItem(self._label(rule))
        self.list.blockSignals(False)

    def _keep(self) -> None:
        """What the form shows goes back into the rule being edited."""
        if not 0 <= self.current < len(self.rules):
            return
        rule = self.rules[self.current]
        rule.update(name=self.name.text().strip(), kinds=self.kinds.checked_ids(),
                    basis=self.basis.currentData(),
                    months=self.months.value() if self.basis.currentData() == SIGNING else 0,
                    days=self.days.value())
        item = self.list.item(self.current)
        if item is not None:
            item.setText(self._label(rule))

    def _show(self, row: int) -> None:
        self._keep()
        self.current = row
        enabled = 0 <= row < len(self.rules)
        for widget in (self.name, self.kinds, self.basis, self.months, self.days,
                       self.remove_button):
            widget.setEnabled(enabled)
        if not enabled:
            return
        rule = self.rules[row]
        self.name.setText(rule.get("name") or "")
        self.kinds.set_checked(rule.get("kinds") or [])
        self.basis.setCurrentIndex(max(0, self.basis.findData(rule.get("basis"))))
        self.months.setValue(int(rule.get("months") or 0))
        self.days.setValue(int(rule.get("days") or 0))
        self.source.setText(rule.get("source") or self.tr("Added by this office"))
        self._basis_changed()

    def _basis_changed(self) -> None:
        self.months.setEnabled(self.basis.currentData() == SIGNING and self.name.isEnabled())

    def _add(self) -> None:
        self._keep()
        self.rules.append({"name": "", "kinds": [], "basis": PERIOD, "months": 0, "days": 60,
                           "source": ""})
        self.list.addItem(self._label(self.rules[-1]))
        self.current = -1
        self.list.setCurrentRow(len(self.rules) - 1)
        self.name.setFocus()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rules):
            self.current = -1
            del self.rules[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self.rules) - 1))

    def _defaults(self) -> None:
        self.current = -1
        self.rules = [dict(r) for r in DEFAULT_RULES_JSON]
        self._fill_list()
        self.list.setCurrentRow(0)

    # --- saving ---------------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        self._keep()
        return [dict(r) for r in self.rules]

    def save(self) -> Change:
        from consularapp.settings import set_setting
        from consularapp.writes import write

        rules, due = self.value(), self.due_days.value()
        if not self.store:
            from consularapp.obligations import check_rules

            try:
                self.chosen = check_rules(rules)
            except Exception as exc:
                raise InputError(Problem(self.tr("Rules"), str(exc)),
                                 self.tr("The rules were not kept")) from None
            return Change()

        def both() -> Change:
            with write(self.db) as w:
                w.change.merge(set_setting(self.db, OBLIGATION_RULES, rules))
                w.change.merge(set_setting(self.db, OBLIGATION_DUE_DAYS, due))
            return w.change

        if not rules:
            raise InputError(Problem(self.tr("Rules"), self.tr(
                "Keep at least one rule, or press OSHA defaults")), self.tr("Nothing was saved"))
        return WriteOp(self, self.db, both, label=self.tr("Edit the obligation rules"),
                       touches=[(SETTING, OBLIGATION_RULES)], undoable=False).call()
