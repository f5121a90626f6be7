"""Add or edit an agreement: parties, state, dates, term, renewal link, signatories.

Every rule is the core's (`agreement_problems`): the dialog reads what was typed, adds its own
"not a date" problems to the core's list so everything is reported in one pass, and stays open
with the typing intact. A live line under the dates says what the expiry will be.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consularapp import bounds
from consularapp.agreements import (
    AgreementInput,
    agreement_problems,
    effective_date,
    get_agreement,
)
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import (
    ConsulateRow,
    OfficeRow,
    PersonRow,
    list_people,
)
from consularapp.errors import InputError, Problem
from consularapp.models import AgreementState
from consularapp.settings import status_settings
from consularapp.timeutil import add_months
from ui import clock
from ui.dialogs.form import RecordDialog, combo_value, contains_completer, line_edit, slug_id
from ui.models.agreement_labels import kind_label, kinds, states, status_word
from ui.models.agreements_model import AgreementRow, consulate_short, load_rows
from ui.operations import agreements as ops
from ui.settings import Settings
from ui.widgets.fields import CheckList, DateField

DEFAULT_TERM_MONTHS = 36


def person_label(row: PersonRow) -> str:
    """'Ana Pérez — Consulate General of Mexico in Chicago (Consul)'."""
    org = row.organization_name or row.organization_id
    text = row.name
    if org:
        text += f" — {org}"
    if row.title:
        text += f" ({row.title})"
    if row.organization_id and not row.current:
        text += " " + QCoreApplication.translate("AgreementDialog", "[no longer there]")
    return text


class AgreementDialog(RecordDialog):
    """The agreement form. `agreement_id` None adds one; otherwise edits it (its ID too).

    `rows`: the agreements already loaded by the page (for the Renews list); read if not given.
    """

    settings_key = "dialogs/agreement"
    preferred_width = 900  # fits a 1024 px screen

    def __init__(
        self,
        db: Database,
        agreement_id: str | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        rows: Sequence[AgreementRow] | None = None,
        offices: Sequence[OfficeRow] | None = None,
        consulates: Sequence[ConsulateRow] | None = None,
        initial: AgreementInput | None = None,
    ) -> None:
        super().__init__(db, settings, parent)
        self.original_id = agreement_id
        self.thresholds = status_settings(db)
        if rows is None or offices is None or consulates is None:
            loaded, office_map, consulate_map = load_rows(db, clock.today(), self.thresholds)
            rows = loaded if rows is None else rows
            offices = list(office_map.values()) if offices is None else offices
            consulates = list(consulate_map.values()) if consulates is None else consulates
        self.rows = list(rows)
        self.offices = list(offices)
        self.consulates = list(consulates)
        self.people = list_people(db, clock.today())
        self._taken = {r.id for r in self.rows}
        self._id_typed = agreement_id is not None
        if agreement_id:
            self.data = get_agreement(db, agreement_id)
        else:
            self.data = initial or AgreementInput(term_months=DEFAULT_TERM_MONTHS)
        self.setWindowTitle(
            self.tr("Edit agreement %1").replace("%1", agreement_id) if agreement_id
            else self.tr("Add agreement")
        )
        self._build()
        self._load(self.data)
        self.finish_layout(self.right_widgets())
        self.update_hint()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        # Two columns: the dates and people on the left, the parties and notes on the right.
        self._layout.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        right = QVBoxLayout()
        columns.addLayout(right, 1)
        self._layout.addLayout(columns, 1)

        self.id_edit = line_edit(self, placeholder=tr("e.g. WHD-CHI-MX-2026"))
        self.kind = QComboBox(self)
        for value, label in kinds():
            self.kind.addItem(label, value)
        self.state = QComboBox(self)
        for value, label in states():
            self.state.addItem(label, value)
        self._limit_states()
        self.signed_on = DateField(self)
        self.effective_on = DateField(self)
        self.term = QSpinBox(self)
        # The rule's bound (consularapp/bounds.py), and 0 below it for no term: a term the
        # rules accept (an import, say) is shown and saved as it is, never clamped.
        self.term.setRange(bounds.TERM_MONTHS.minimum - 1, bounds.TERM_MONTHS.maximum)
        self.term.setSpecialValueText(tr("none (no sunset)"))
        self.term.setSuffix(tr(" months"))
        self.expires_on = DateField(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAccessibleName(tr("Computed expiry"))
        self.terminated_on = DateField(self)
        self.renews = self._editable_combo(
            [("", tr("(does not renew another agreement)"))]
            + [(r.id, f"{r.id} — {r.parties_text()} ({status_word(r.status)})")
               for r in sorted(self.rows, key=lambda r: r.id) if r.id != self.original_id],
            tr("Type to search agreements"))
        offices_people = [p for p in self.people if p.organization_kind == "office"]
        consulate_people = [p for p in self.people if p.organization_kind == "consulate"]
        self.us_signatory = self._editable_combo(
            [("", tr("(not known yet)"))] + [(p.id, person_label(p)) for p in offices_people],
            tr("Type a name or an office"))
        self.consular_signatory = self._editable_combo(
            [("", tr("(not known yet)"))] + [(p.id, person_label(p)) for p in consulate_people],
            tr("Type a name or a consulate"))
        self.document = line_edit(self, placeholder=tr("Path or web address of the signed text"))

        self.add_field(tr("&ID:"), self.id_edit, tr("Agreement ID"), "ID",
                       tr("Suggested from the first office, the consulate's country and the "
                          "year; letters, digits, '-', '_' or '.'"))
        self.add_field(tr("&Kind:"), self.kind, tr("Kind of agreement"), "Kind")
        self.add_field(tr("S&tate:"), self.state, tr("State of the record"), "State",
                       tr("Draft and negotiating are not in force; signed needs the signing "
                          "date; terminated needs the date it ended."))
        self.add_field(tr("Si&gned on:"), self.signed_on, tr("Signed on (YYYY-MM-DD)"),
                       "Signed on")
        self.add_field(tr("&Effective on:"), self.effective_on,
                       tr("Effective on (YYYY-MM-DD, blank: the signing date)"), "Effective on",
                       tr("Leave blank when it takes effect on signing."))
        self.add_field(tr("Te&rm:"), self.term, tr("Term in months (none: no sunset date)"),
                       "Term months")
        self.add_field(tr("E&xpires on:"), self.expires_on,
                       tr("Expires on (YYYY-MM-DD; blank: computed from the term)"), "Expires on",
                       tr("Only when the document names a last day; otherwise leave blank and "
                          "the term gives it."))
        self.form.addRow(self.hint)
        self.add_field(tr("Ter&minated on:"), self.terminated_on,
                       tr("Terminated on (YYYY-MM-DD)"), "Terminated on",
                       tr("Only for an agreement ended early (state Terminated)."))
        self.add_field(tr("Rene&ws:"), self.renews, tr("The agreement this one renews"), "Renews",
                       tr("Signing a renewal supersedes the agreement it renews."))
        self.add_field(tr("&US signatory:"), self.us_signatory, tr("US signatory"),
                       "US signatory")
        self.add_field(tr("C&onsular signatory:"), self.consular_signatory,
                       tr("Consular signatory"), "Consular signatory")
        self.add_field(tr("&Document:"), self.document, tr("Document path or web address"))

        self.office_list = CheckList(tr("offices"), self)
        self.office_list.set_items(
            (o.id, f"{o.agency_code} · {o.name} — {o.city}, {o.state} ({o.id})")
            for o in sorted(self.offices, key=lambda o: (o.agency_code, o.name)))
        self.consulate_list = CheckList(tr("consulates"), self)
        self.consulate_list.set_items(
            (c.id, f"{consulate_short(c)} — {c.name} ({c.id})")
            for c in sorted(self.consulates, key=lambda c: (c.country_code != "MX",
                                                            c.country_code, c.city)))
        offices_caption = QLabel(tr("O&ffices (agency side):"), self)
        offices_caption.setBuddy(self.office_list.filter)
        consulates_caption = QLabel(tr("Consu&lates:"), self)
        consulates_caption.setBuddy(self.consulate_list.filter)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.notes.setMaximumHeight(140)
        self.add_field(tr("&Notes:"), self.notes, tr("Notes"))
        right.addWidget(offices_caption)
        right.addWidget(self.office_list, 1)
        right.addWidget(consulates_caption)
        right.addWidget(self.consulate_list, 1)
        self.fields["Offices"] = self.office_list.list
        self.fields["Consulates"] = self.consulate_list.list

        for field in (self.signed_on, self.effective_on, self.expires_on, self.terminated_on):
            field.changed.connect(self.update_hint)
        self.term.valueChanged.connect(lambda _v: self.update_hint())
        self.state.currentIndexChanged.connect(lambda _i: self.update_hint())
        self.renews.currentIndexChanged.connect(lambda _i: self.update_hint())
        self.id_edit.textEdited.connect(self._id_edited)
        for signal in (self.office_list.changed, self.consulate_list.changed):
            signal.connect(self._suggest_id)
        self.signed_on.changed.connect(self._suggest_id)

    def _editable_combo(self, items: list[tuple[str, str]], placeholder: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCompleter(contains_completer([label for _v, label in items], combo))
        combo.lineEdit().setPlaceholderText(placeholder)
        combo.setMinimumContentsLength(30)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def right_widgets(self) -> list[QWidget]:
        return [*self.office_list.focus_widgets(), *self.consulate_list.focus_widgets()]

    def ordered_widgets(self) -> list[QWidget]:
        widgets = super().ordered_widgets()
        # A DateField takes the focus in its line edit; its buttons follow it.
        result: list[QWidget] = []
        for widget in widgets:
            if isinstance(widget, DateField):
                result += [widget.edit, widget.button, widget.clear_button]
            else:
                result.append(widget)
        return result

    # --- loading and reading --------------------------------------------------------------------

    def _select(self, combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value or "")
        if index >= 0:
            combo.setCurrentIndex(index)
        else:  # a value the list does not offer (a person who left the directory, say)
            combo.setCurrentIndex(-1)
            combo.setEditText(value or "")
        combo.lineEdit().setCursorPosition(0)

    def _load(self, data: AgreementInput) -> None:
        self.id_edit.setText(data.id)
        index = self.kind.findData(data.kind)
        if index < 0:
            self.kind.addItem(kind_label(data.kind), data.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self.state.setCurrentIndex(max(self.state.findData(data.state), 0))
        self.signed_on.set_date(data.signed_on)
        self.effective_on.set_date(data.effective_on)
        self.term.setValue(data.term_months or 0)
        self.expires_on.set_date(data.expires_on)
        self.terminated_on.set_date(data.terminated_on)
        self._select(self.renews, data.renews_id)
        self._select(self.us_signatory, data.us_signatory_id)
        self._select(self.consular_signatory, data.consular_signatory_id)
        self.document.setText(data.document)
        self.notes.setPlainText(data.notes)
        self.office_list.set_checked(data.office_ids)
        self.consulate_list.set_checked(data.consulate_ids)

    def _limit_states(self) -> None:
        """An editor drafts: signed and terminated are an administrator's (team mode)."""
        from PySide6.QtGui import QStandardItemModel

        from consularapp.team import DRAFT_STATES, rights

        allowed = rights(self.db)
        model = self.state.model()
        if allowed.can_sign or not isinstance(model, QStandardItemModel):
            return
        for row in range(self.state.count()):
            if self.state.itemData(row) not in DRAFT_STATES:
                item = model.item(row)
                item.setEnabled(False)
                item.setToolTip(allowed.why_not("sign"))
        self.state.setToolTip(allowed.why_not("sign"))

    def value(self) -> tuple[AgreementInput, list[Problem]]:
        """The form as the core's input, and the dates that could not be read."""
        problems: list[Problem] = []
        dates: dict[str, date | None] = {}
        for where, field in (("Signed on", self.signed_on), ("Effective on", self.effective_on),
                             ("Expires on", self.expires_on),
                             ("Terminated on", self.terminated_on)):
            try:
                dates[where] = field.date()
            except ValueError as exc:
                problems.append(Problem(where, str(exc)))
                dates[where] = None
        data = AgreementInput(
            id=self.id_edit.text().strip(),
            kind=str(self.kind.currentData() or ""),
            state=str(self.state.currentData() or ""),
            office_ids=self.office_list.checked_ids(),
            consulate_ids=self.consulate_list.checked_ids(),
            signed_on=dates["Signed on"],
            effective_on=dates["Effective on"],
            term_months=self.term.value() or None,
            expires_on=dates["Expires on"],
            terminated_on=dates["Terminated on"],
            renews_id=combo_value(self.renews) or None,
            us_signatory_id=combo_value(self.us_signatory) or None,
            consular_signatory_id=combo_value(self.consular_signatory) or None,
            document=self.document.text(),
            notes=self.notes.toPlainText(),
            version=self.data.version,
        )
        return data, problems

    # --- the live expiry line -------------------------------------------------------------------

    def expiry_hint(self) -> str:
        tr = self.tr
        signed = self.signed_on.date_or_none()
        start = effective_date(self.effective_on.date_or_none(), signed)
        term = self.term.value() or None
        typed = self.expires_on.date_or_none()
        if self.expires_on.text() and typed is None:
            return tr("The expiry is not a date yet: write it as YYYY-MM-DD.")
        if typed is not None:
            text = tr("Expires on %1 (the date written in the document).").replace(
                "%1", typed.isoformat())
            if start and typed < start:
                text = tr("⚠ Expires on %1, before it takes effect (%2).").replace(
                    "%1", typed.isoformat()).replace("%2", start.isoformat())
            elif term and start and add_months(start, term) != typed:
                text = (tr("⚠ A term of %1 months from %2 ends on %3, not %4: correct one of "
                           "them or leave the expiry blank.")
                        .replace("%1", str(term)).replace("%2", start.isoformat())
                        .replace("%3", add_months(start, term).isoformat())
                        .replace("%4", typed.isoformat()))
        elif term and start:
            text = (tr("Expires on %1 (%2 months from %3).")
                    .replace("%1", add_months(start, term).isoformat())
                    .replace("%2", str(term)).replace("%3", start.isoformat()))
        elif term:
            text = tr("Expires %1 months after it takes effect (no signing or effective date "
                      "yet).").replace("%1", str(term))
        else:
            text = tr("No sunset date: once signed it is open-ended, reviewed every %1 years.") \
                .replace("%1", str(self.thresholds.review_every_years))
        terminated = self.terminated_on.date_or_none()
        if terminated and self.state.currentData() == AgreementState.TERMINATED.value:
            text += " " + tr("Ended early on %1.").replace("%1", terminated.isoformat())
        renews = combo_value(self.renews)
        if renews:
            text += " " + tr("Once signed, it supersedes %1.").replace("%1", renews)
        return text

    def update_hint(self) -> None:
        text = self.expiry_hint()
        self.hint.setText(text)
        self.hint.setAccessibleDescription(text)

    # --- the ID suggestion ----------------------------------------------------------------------

    def _id_edited(self) -> None:
        self._id_typed = bool(self.id_edit.text())

    def _suggest_id(self) -> None:
        if self._id_typed or self.original_id:
            return
        offices = self.office_list.checked_ids()
        consulates = self.consulate_list.checked_ids()
        if not offices or not consulates:
            return
        country = next((c.country_code for c in self.consulates if c.id == consulates[0]), "")
        year = (self.signed_on.date_or_none() or clock.today()).year
        self.id_edit.setText(slug_id(offices[0], country, str(year), upper=True,
                                     taken=self._taken))

    # --- saving ---------------------------------------------------------------------------------

    def local_problems(self, data: AgreementInput) -> list[Problem]:
        """The core's rules against what this dialog knows, to report with unreadable dates."""
        renews_of = {r.id: r.renews_id for r in self.rows}
        return agreement_problems(
            data,
            original_id=self.original_id,
            existing_ids=set(renews_of),
            office_ids={o.id for o in self.offices},
            consulate_ids={c.id for c in self.consulates},
            person_ids={p.id for p in self.people},
            renews_of=renews_of,
        )

    def save(self) -> Change:
        data, problems = self.value()
        if problems:
            raise InputError(problems + self.local_problems(data),
                             self.tr("The agreement was not saved"))
        change = ops.save_agreement(self, self.db, data, self.original_id).call()
        self.saved_id = data.id.strip()
        return change

    def focus_target(self, where: str) -> QWidget | None:
        widget = super().focus_target(where)
        if isinstance(widget, DateField):
            return widget.edit
        return widget
