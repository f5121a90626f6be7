"""Agreements: the table of every agreement, the partner matrix and the timeline.

The table is a Directory-style tab (search as you type, filters, details with the renewal history,
Add/Edit/Renew/Delete with Insert, Enter/F2, Ctrl+R and Delete). The matrix shows who partners
with whom and where the gaps are; the timeline shows each partnership's agreements over the years
with renewals chained. Both open an agreement in the table on double-click or Enter. Status is
always written (a symbol and a word); colour is only an extra.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consularapp.agreements import (
    IN_FORCE,
    URGENCY,
    AgreementStatus,
    Status,
    StatusSettings,
    compute_statuses,
    get_agreement,
    renewal_chain,
)
from consularapp.changes import (
    AGENCY,
    AGREEMENT,
    CONSULATE,
    CREATED,
    DELETED,
    OFFICE,
    PERSON,
    SETTING,
    UPDATED,
    Change,
)
from consularapp.db import Database
from consularapp.directory import (
    ConsulateRow,
    OfficeRow,
    get_person,
    list_consulates,
    list_offices,
)
from consularapp.errors import ConsularError
from consularapp.partnerships import (
    Scope,
    partner_matrix,
    scope_choices,
    scoped_statuses,
    timeline,
)
from consularapp.settings import status_settings
from ui import clock
from ui.errors import show_error
from ui.models.agreement_labels import (
    STATUS_SYMBOLS,
    date_text,
    days_text,
    kind_label,
    legend_text,
    no_sunset_text,
    state_label,
    status_meaning,
    status_text,
    status_title,
)
from ui.models.agreements_model import AgreementRow, AgreementsModel, load_rows, make_rows
from ui.models.matrix_model import MatrixModel
from ui.models.table_model import RowTableModel
from ui.operations import WriteOp
from ui.operations import agreements as ops
from ui.pages.base import Page
from ui.pages.table_tab import (
    RELOAD_THRESHOLD,
    TableTab,
    details_table,
    esc,
    fill_filter_combo,
    filter_combo,
    two_columns,
)
from ui.settings import AGREEMENTS_AGENCY, AGREEMENTS_REGION, Settings
from ui.widgets.flow_layout import FlowLayout, add_labelled
from ui.widgets.scope_bar import ScopeBar
from ui.widgets.timeline import TimelineWidget

if TYPE_CHECKING:
    from ui.dialogs.form import RecordDialog
    from ui.dialogs.renew_dialog import RenewDialog

WATCHES = frozenset({AGREEMENT, OFFICE, CONSULATE, PERSON, AGENCY, SETTING})
IN_FORCE_CHOICE = "in force"


# --- the table ----------------------------------------------------------------------------------


class AgreementsTab(TableTab):
    kind = AGREEMENT
    watches = WATCHES
    settings_key = "agreements/table"
    column_widths = {
        AgreementsModel.COL_ID: 170, AgreementsModel.COL_KIND: 105,
        AgreementsModel.COL_OFFICES: 160, AgreementsModel.COL_CONSULATES: 115,
        AgreementsModel.COL_STATUS: 110, AgreementsModel.COL_DAYS: 120,
        AgreementsModel.COL_EFFECTIVE: 82, AgreementsModel.COL_EXPIRES: 135,
        AgreementsModel.COL_RENEWED_BY: 140,
    }

    history_table = "agreement"

    def column_texts(self) -> dict[int, list[str]]:
        return {AgreementsModel.COL_STATUS: [status_text(s) for s in Status]}

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        self.offices: dict[str, OfficeRow] = {}
        self.consulates: dict[str, ConsulateRow] = {}
        self.as_of = clock.today()
        self.thresholds = StatusSettings()
        self.renew_dialog: RenewDialog | None = None
        super().__init__(db, settings, parent)
        # Most urgent first until the user sorts otherwise (restore_state may say so).
        self.view.sortByColumn(AgreementsModel.COL_STATUS, Qt.SortOrder.AscendingOrder)
        self._add_renew()
        self.search.setPlaceholderText(self.tr("Search ID, office, consulate, kind, status…"))

    def _add_renew(self) -> None:
        """A Renew… button after Edit…, and Ctrl+R on the table."""
        tr = self.tr
        self.renew_button = QPushButton(tr("&Renew…"), self)
        self.renew_button.setAccessibleName(tr("Renew the selected agreement"))
        self.renew_button.setToolTip(tr("Create a draft renewal of the selected agreement "
                                        "(Ctrl+R)"))
        buttons = None
        outer = self.layout()
        for n in range(outer.count()):
            item = outer.itemAt(n)
            if item.layout() is not None and item.layout().indexOf(self.edit_button) >= 0:
                buttons = item.layout()
        assert buttons is not None
        buttons.insertWidget(buttons.indexOf(self.edit_button) + 1, self.renew_button)
        self.renew_action = QAction(tr("&Renew…"), self)
        self.renew_action.setShortcut(QKeySequence("Ctrl+R"))
        self.renew_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.renew_action)
        self.view.insertAction(self.delete_action, self.renew_action)
        self.renew_button.clicked.connect(self.renew_selected)
        self.renew_action.triggered.connect(self.renew_selected)
        QWidget.setTabOrder(self.edit_button, self.renew_button)
        QWidget.setTabOrder(self.renew_button, self.delete_button)
        self._update_buttons()

    def table_name(self) -> str:
        return self.tr("Agreements")

    def create_model(self) -> RowTableModel:
        return AgreementsModel(self)

    def load_rows(self) -> list[AgreementRow]:
        self.as_of = clock.today()
        self.thresholds = status_settings(self.db)
        rows, self.offices, self.consulates = load_rows(self.db, self.as_of, self.thresholds)
        return rows

    def load_rows_for(self, ids: set[str]) -> list[AgreementRow]:
        """These agreements as of the page's day, with the names already known."""
        computed = compute_statuses(self.db, self.as_of, self.thresholds, ids=ids)
        return make_rows(computed, self.offices, self.consulates)

    def apply_change(self, change: Change) -> None:
        """Read again just the agreements the Change names, the ones they renew (a signed
        renewal supersedes its predecessor) and those naming a changed office or consulate.
        New thresholds, or another day, change every status: then every row is read."""
        if not self.loaded or not change.touches(self.watches):
            return
        if SETTING in change.tables() or clock.today() != self.as_of:
            self.reload()
            return
        parties = change.ids(OFFICE) | change.ids(CONSULATE)
        if parties:
            for o in list_offices(self.db, change.ids(OFFICE)):
                self.offices[o.id] = o
            for c in list_consulates(self.db, change.ids(CONSULATE)):
                self.consulates[c.id] = c
        named = change.ids(AGREEMENT)
        gone = change.ids(AGREEMENT, DELETED) - change.ids(AGREEMENT, CREATED, UPDATED)
        rows = {row.id: row for row in self.model.rows()}
        wanted = (named - gone) | {aid for aid, row in rows.items()
                                   if parties & {*row.office_ids, *row.consulate_ids}}
        wanted |= {rows[a].renews_id for a in named if a in rows and rows[a].renews_id}
        if len(wanted) > RELOAD_THRESHOLD:
            self.reload()
            return
        fresh = {row.id: row for row in self.load_rows_for(wanted)} if wanted else {}
        # What a changed agreement renews now (it may have named another one).
        predecessors = {row.renews_id for row in fresh.values() if row.renews_id} - fresh.keys()
        predecessors |= {rows[a].renews_id for a in gone if a in rows and rows[a].renews_id}
        if predecessors - gone:
            fresh.update((row.id, row) for row in self.load_rows_for(predecessors - gone))
        for record_id in gone:
            self.model.remove(record_id)
        for record_id in wanted - fresh.keys():
            self.model.remove(record_id)
        for row in fresh.values():
            if rows.get(row.id) != row:
                self.model.upsert(row)
        self.refresh_filter_choices()
        self.update_count()
        self.update_details()

    # --- filters --------------------------------------------------------------------------------

    def build_filters(self, layout: QHBoxLayout) -> list[QWidget]:
        tr = self.tr
        self.agency_filter = filter_combo(self, layout, tr("A&gency:"), tr("Filter by agency"), 10)
        self.region_filter = filter_combo(self, layout, tr("Regi&on:"), tr("Filter by region"), 18)
        self.state_filter = filter_combo(self, layout, tr("Offi&ce state:"),
                                         tr("Filter by the office's US state"), 6)
        self.status_filter = filter_combo(self, layout, tr("Stat&us:"), tr("Filter by status"),
                                          13)
        within_caption = QLabel(tr("E&xpiring within:"), self)
        self.within = QSpinBox(self)
        self.within.setRange(0, 3650)
        self.within.setSingleStep(30)
        self.within.setSpecialValueText(tr("any time"))
        self.within.setSuffix(tr(" days"))
        self.within.setAccessibleName(tr("Show only agreements in force that expire within this "
                                         "many days (0: any time)"))
        within_caption.setBuddy(self.within)
        add_labelled(layout, within_caption, self.within)
        self.agency_filter.currentIndexChanged.connect(
            lambda: self._set_contains("agency", "agencies", self.agency_filter.currentData()))
        self.region_filter.currentIndexChanged.connect(self._apply_region_filter)
        self.state_filter.currentIndexChanged.connect(
            lambda: self._set_contains("state", "states", self.state_filter.currentData()))
        self.status_filter.currentIndexChanged.connect(self._apply_status_filter)
        self.within.valueChanged.connect(self._apply_within_filter)
        return [self.agency_filter, self.region_filter, self.state_filter, self.status_filter,
                self.within]

    def _set_contains(self, name: str, attribute: str, value: Any) -> None:
        if value is None:
            self.proxy.set_filter(name, None)
        else:
            self.proxy.set_filter(name, lambda row: value in getattr(row, attribute))

    def _apply_region_filter(self) -> None:
        value = self.region_filter.currentData()  # 'AGENCY<tab>Region': combos compare text
        if not value:
            self.proxy.set_filter("region", None)
            return
        pair = tuple(str(value).split("\t", 1))
        self.proxy.set_filter("region", lambda row: pair in row.regions)

    def _apply_status_filter(self) -> None:
        value = self.status_filter.currentData()
        if value is None:
            self.proxy.set_filter("status", None)
        elif value == IN_FORCE_CHOICE:
            self.proxy.set_filter("status", lambda row: row.status in IN_FORCE)
        else:
            status = Status(value)
            self.proxy.set_filter("status", lambda row: row.status is status)

    def _apply_within_filter(self, days: int) -> None:
        if days <= 0:
            self.proxy.set_filter("within", None)
        else:
            self.proxy.set_filter(
                "within", lambda row: row.status in IN_FORCE and row.days_left is not None
                and 0 <= row.days_left <= days)

    def refresh_filter_choices(self) -> None:
        tr = self.tr
        rows: list[AgreementRow] = self.model.rows()
        agencies = sorted({a for r in rows for a in r.agencies})
        fill_filter_combo(self.agency_filter, tr("All agencies"), [(a, a) for a in agencies])
        regions = sorted({pair for r in rows for pair in r.regions})
        fill_filter_combo(self.region_filter, tr("All regions"),
                          [(f"{a} · {region}", f"{a}\t{region}") for a, region in regions])
        states = sorted({s for r in rows for s in r.states})
        fill_filter_combo(self.state_filter, tr("All states"), [(s, s) for s in states])
        statuses: list[tuple[str, Any]] = [(tr("In force (any)"), IN_FORCE_CHOICE)]
        statuses += [(f"{STATUS_SYMBOLS[s]} {status_title(s)}", s.value) for s in URGENCY]
        fill_filter_combo(self.status_filter, tr("All statuses"), statuses)

    def clear_filters(self) -> None:
        """Show every row (before selecting one the filters hide)."""
        self.search.clear()
        for combo in (self.agency_filter, self.region_filter, self.state_filter,
                      self.status_filter):
            combo.setCurrentIndex(0)
        self.within.setValue(0)

    def count_text(self, shown: int, total: int) -> str:
        return QCoreApplication.translate("AgreementsTab", "%n agreement(s) shown of %1", None,
                                          shown).replace("%1", str(total))

    def nothing_selected_text(self) -> str:
        if not self.model.rowCount():
            return self.tr("No agreements yet. Add one (Add…) or import them from a workbook "
                           "(File menu).")
        return self.tr("Select an agreement to see its parties, signatories, dates and renewal "
                       "history.")

    # --- details --------------------------------------------------------------------------------

    def _person(self, person_id: str | None) -> str:
        if not person_id:
            return self.tr("not recorded")
        try:
            return f"{get_person(self.db, person_id).name} ({person_id})"
        except ConsularError:
            return person_id

    def details_html(self, row: AgreementRow) -> str:
        tr = self.tr
        data = get_agreement(self.db, row.id)
        status = f"{status_text(row.status)} — {status_meaning(row.status)}"
        if row.days_left is not None and row.status is not Status.SUPERSEDED:
            when = days_text(row.days_left)
            status += " (" + (tr("last day %1") if row.days_left >= 0 else tr("ended %1")
                              ).replace("%1", when) + ")"
        expires = no_sunset_text() if row.open_ended else date_text(row.expires_on)
        if data.expires_on is None and data.term_months and row.expires_on:
            expires += " " + tr("(%n month(s) from %1)", "", data.term_months).replace(
                "%1", date_text(row.effective_on))
        body = details_table([
            (tr("Kind"), kind_label(row.kind)),
            (tr("State"), state_label(row.state)),
            (tr("Status"), status),
            (tr("Signed on"), date_text(row.signed_on)),
            (tr("Effective on"), date_text(row.effective_on)),
            (tr("Term"), tr("%n month(s)", "", data.term_months)
             if data.term_months else tr("none")),
            (tr("Expires on"), expires),
            (tr("Terminated on"), date_text(row.terminated_on)),
            (tr("Next review"), date_text(row.next_review)),
            (tr("US signatory"), self._person(row.us_signatory_id)),
            (tr("Consular signatory"), self._person(row.consular_signatory_id)),
            (tr("Document"), data.document),
            (tr("Notes"), data.notes),
        ])
        left = f"<h3>{esc(row.id)}</h3>{body}"

        offices = "".join(
            f"<li>{esc(self.offices[o].name if o in self.offices else o)} "
            f"({esc(self._office_where(o))})</li>" for o in row.office_ids)
        consulates = "".join(
            f"<li>{esc(self.consulates[c].name if c in self.consulates else c)} ({esc(c)})</li>"
            for c in row.consulate_ids)
        try:
            chain = renewal_chain(self.db, row.id)
        except ConsularError:
            chain = [row.id]
        history = []
        for agreement_id in chain:
            other = self.model.row_by_id(agreement_id)
            if other is None:
                history.append(f"<li>{esc(agreement_id)}</li>")
                continue
            period = (f"{date_text(other.effective_on)} – "
                      f"{no_sunset_text() if other.open_ended else date_text(other.expires_on)}"
                      if other.effective_on else tr("no dates yet"))
            text = f"{esc(agreement_id)} — {esc(status_text(other.status))}, {esc(period)}"
            if agreement_id == row.id:
                text = f"<b>{text}</b> " + esc(tr("(this one)"))
            history.append(f"<li>{text}</li>")
        right = (f"<h4>{esc(tr('Offices'))}</h4><ul>{offices}</ul>"
                 f"<h4>{esc(tr('Consulates'))}</h4><ul>{consulates}</ul>"
                 f"<h4>{esc(tr('Renewal history'))}</h4><ol>{''.join(history)}</ol>")
        return two_columns(left, right)

    def _office_where(self, office_id: str) -> str:
        office = self.offices.get(office_id)
        if office is None:
            return office_id
        return ", ".join(p for p in (office.agency_code, office.region, office_id) if p)

    # --- records --------------------------------------------------------------------------------

    def describe(self, row: AgreementRow) -> str:
        return self.tr("agreement %1").replace("%1", row.id)

    def make_dialog(self, record_id: str | None) -> RecordDialog:
        from ui.dialogs.agreement_dialog import AgreementDialog

        return AgreementDialog(self.db, record_id, self, self.settings, rows=self.model.rows(),
                               offices=list(self.offices.values()),
                               consulates=list(self.consulates.values()))

    def delete_op(self, row: AgreementRow) -> WriteOp[Change]:
        return ops.delete_agreement(self, self.db, row.id)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "renew_button"):
            from consularapp.team import rights

            allowed = rights(self.db)
            has = bool(self.selected_id()) and allowed.can_sign
            self.renew_button.setEnabled(has)
            self.renew_action.setEnabled(has)
            if not allowed.can_sign:
                self.renew_button.setToolTip(allowed.why_not("sign"))

    # --- renewal --------------------------------------------------------------------------------

    def renew_selected(self) -> RenewDialog | None:
        """Confirm the proposed draft; once created, open it in the editor."""
        row = self.selected_row()
        if row is None:
            return None
        if self.renew_dialog is not None:
            self.renew_dialog.raise_()
            return self.renew_dialog
        from ui.dialogs.renew_dialog import RenewDialog

        try:
            dialog = RenewDialog(self.db, row, set(self.model.ids()), self, self.settings)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.renew_dialog = dialog
        dialog.finished.connect(lambda result: self._renew_done(dialog, result))
        dialog.open()
        return dialog

    def _renew_done(self, dialog: RenewDialog, result: int) -> None:
        self.renew_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.change is None:
            return
        # The filters stay as the user set them (a list of what is due is worked through one
        # agreement after another); a draft they hide is said to be hidden.
        message = self.tr("Created the draft %1 renewing %2. Fill in its dates when it is "
                          "signed.").replace("%1", dialog.new_id).replace("%2", dialog.row.id)
        if not self.select_id(dialog.new_id):
            self.select_id(dialog.row.id)
            message += " " + self.tr("The filters hide the draft; it opens in the editor now.")
        self.status.emit(message)
        self.open_editor(dialog.new_id)


# --- the partner matrix -------------------------------------------------------------------------


class MatrixTab(QWidget):
    """Offices × consulates; gaps read "—". Double-click or Enter opens the cell's agreement."""

    open_agreement = Signal(str)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.loaded = False
        self.stale = False
        self.chooser: QMenu | None = None
        self.model = MatrixModel(self)
        self._build()

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = FlowLayout()
        self.scope_bar = ScopeBar(self)
        self.show_all = QCheckBox(tr("Show all offices and co&nsulates"), self)
        self.show_all.setAccessibleName(tr("Show all offices and consulates"))
        self.show_all.setToolTip(tr("Also list offices and consulates with no agreement, so the "
                                    "gaps stand out."))
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(tr("Size of the matrix"))
        bar.addWidget(self.scope_bar)
        bar.addSpacing(12)
        bar.addWidget(self.show_all)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Partner matrix"))
        self.view.setAccessibleDescription(tr("Offices in rows, consulates in columns; each cell "
                                              "says the status of their agreement"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        horizontal = self.view.horizontalHeader()
        horizontal.setDefaultSectionSize(96)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        horizontal.setHighlightSections(True)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        vertical.setHighlightSections(True)
        vertical.setMaximumWidth(360)
        vertical.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The top-left corner button would select every cell: of no use here, and unnamed.
        self.view.setCornerButtonEnabled(False)
        for corner in self.view.findChildren(QAbstractButton):
            corner.setAccessibleName(tr("Offices and consulates"))
        layout.addWidget(self.view, 1)
        # Said instead of a blank grey box when there is nothing to cross.
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(tr("The matrix is empty"))
        self.empty.hide()
        layout.addWidget(self.empty, 1)

        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setAccessibleName(tr("The current cell"))
        self.info.setMinimumHeight(self.fontMetrics().height() * 2 + 6)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.info)
        self.legend = QLabel(tr("Legend: %1. A number of days (⚠ 15 d) is the days left.")
                             .replace("%1", legend_text()), self)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(tr("Legend"))
        layout.addWidget(self.legend)

        self.open_action = QAction(tr("&Open agreement"), self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.open_action)
        self.open_action.triggered.connect(
            lambda: self.open_cell(self.view.currentIndex()))
        self.view.doubleClicked.connect(self.open_cell)
        self.view.selectionModel().currentChanged.connect(lambda current, _p: self._show_info(
            current))
        self.show_all.toggled.connect(lambda _checked: self.reload())
        for first, second in pairwise([*self.scope_bar.widgets(), self.show_all, self.view]):
            QWidget.setTabOrder(first, second)
        self._show_info(QModelIndex())

    def ensure_loaded(self) -> None:
        if not self.loaded or self.stale:
            self.reload()

    def reload(self) -> None:
        day = clock.today()
        try:
            thresholds = status_settings(self.db)
            scope = self.scope_bar.scope()
            computed = scoped_statuses(self.db, day, scope, thresholds)
            matrix = partner_matrix(self.db, day, scope,
                                    only_partners=not self.show_all.isChecked(),
                                    settings=thresholds, statuses=computed)
            statuses = {a.id: a for a in computed}
        except Exception as exc:
            show_error(self, exc)
            return
        current = self.view.currentIndex()
        keep = None
        if current.isValid():
            keep = (self.model.office(current.row()).id,
                    self.model.consulate(current.column()).id)
        self.model.set_matrix(matrix, statuses)
        self.loaded, self.stale = True, False
        self._show_empty(not self.model.rowCount() or not self.model.columnCount(),
                         bool(statuses))
        self._fit_headers()
        rows = {o.id for o in matrix.offices}
        partnerships = sum(1 for key in matrix.cells if key[0] in rows)
        self.count_label.setText(
            QCoreApplication.translate("MatrixTab", "%n office(s)", None, len(matrix.offices))
            + " × " + QCoreApplication.translate("MatrixTab", "%n consulate(s)", None,
                                                 len(matrix.consulates))
            + "; " + QCoreApplication.translate("MatrixTab", "%n pair(s) with an agreement",
                                                None, partnerships))
        if keep is not None:
            position = self.model.position_of(*keep)
            if position is not None:
                self.view.setCurrentIndex(self.model.index(*position))
        self._show_info(self.view.currentIndex())

    def _show_empty(self, empty: bool, any_agreement: bool) -> None:
        if empty:
            self.empty.setText(
                self.tr("No agreements in this scope: choose another agency or region, or tick "
                        "“Show all offices and consulates”.") if any_agreement
                else self.tr("No agreements yet: add one on the Table tab."))
        self.empty.setAccessibleDescription(self.empty.text())
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)

    def _fit_headers(self) -> None:
        # Two lines: country code over city.
        fm = self.view.horizontalHeader().fontMetrics()
        self.view.horizontalHeader().setMinimumHeight(fm.height() * 2 + 12)

    def _show_info(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.info.setText(self.tr("Move through the matrix with the arrow keys; the cell's "
                                      "agreements are described here. Enter opens one."))
            return
        text = self.model.cell_tooltip(index.row(), index.column())
        self.info.setText(text.replace("\n", "  ·  ", 1))
        self.view.setAccessibleDescription(text)

    def open_cell(self, index: QModelIndex) -> QMenu | None:
        """One agreement: open it. Several: a menu to choose (the one the cell shows first)."""
        if not index.isValid():
            return None
        ids = self.model.ordered_agreements(index.row(), index.column())
        if not ids:
            return None
        if len(ids) == 1:
            self.open_agreement.emit(ids[0])
            return None
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Choose an agreement"))
        for agreement_id in ids:
            status = self.model.statuses.get(agreement_id)
            label = agreement_id if status is None else (
                f"{agreement_id} — {status_text(status.status)}")
            action = menu.addAction(label)
            action.triggered.connect(lambda _c=False, a=agreement_id: self.open_agreement.emit(a))
        menu.setActiveAction(menu.actions()[0])
        rect = self.view.visualRect(index)
        menu.popup(self.view.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())))
        self.chooser = menu
        return menu


# --- the timeline -------------------------------------------------------------------------------


class TimelineTab(QWidget):
    open_agreement = Signal(str)
    agreement_selected = Signal(str)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.loaded = False
        self.stale = False
        self._fitted = False
        self._build()

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = FlowLayout()
        self.scope_bar = ScopeBar(self)
        bar.addWidget(self.scope_bar)
        bar.addSpacing(12)
        zoom_row = QHBoxLayout()
        zoom_caption = QLabel(tr("&Zoom:"), self)
        self.zoom_out = QToolButton(self)
        self.zoom_out.setText("−")
        self.zoom_out.setAccessibleName(tr("Zoom out"))
        self.zoom_out.setToolTip(tr("Zoom out (Ctrl+-)"))
        self.zoom = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom.setRange(20, 600)
        self.zoom.setSingleStep(10)
        self.zoom.setPageStep(40)
        self.zoom.setFixedWidth(160)
        self.zoom.setAccessibleName(tr("Zoom: pixels per year"))
        zoom_caption.setBuddy(self.zoom)
        self.zoom_in = QToolButton(self)
        self.zoom_in.setText("+")
        self.zoom_in.setAccessibleName(tr("Zoom in"))
        self.zoom_in.setToolTip(tr("Zoom in (Ctrl++)"))
        self.fit_button = QPushButton(tr("F&it"), self)
        self.fit_button.setAccessibleName(tr("Fit every year in the window"))
        for widget in (zoom_caption, self.zoom_out, self.zoom, self.zoom_in, self.fit_button):
            zoom_row.addWidget(widget)
        bar.addLayout(zoom_row)
        bar.addStretch(1)
        self.count_label = QLabel(self)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.widget = TimelineWidget()
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.widget)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(tr("Timeline"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll, 1)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setAccessibleName(tr("The selected agreement"))
        self.info.setMinimumHeight(self.fontMetrics().height() * 2 + 6)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.info)
        self.legend = QLabel(
            tr("Legend: %1. A bar runs from the day an agreement takes effect to its last day; "
               "an arrow: no sunset date; dashed: no dates yet; a connector ties a renewal to "
               "the agreement it renews.").replace("%1", legend_text()), self)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(tr("Legend"))
        layout.addWidget(self.legend)

        zoom_in = QAction(self)
        zoom_in.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        zoom_in.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        zoom_in.triggered.connect(lambda: self.zoom_by(1.5))
        zoom_out = QAction(self)
        zoom_out.setShortcuts([QKeySequence.StandardKey.ZoomOut])
        zoom_out.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        zoom_out.triggered.connect(lambda: self.zoom_by(1 / 1.5))
        self.addAction(zoom_in)
        self.addAction(zoom_out)
        self.zoom_in.clicked.connect(lambda: self.zoom_by(1.5))
        self.zoom_out.clicked.connect(lambda: self.zoom_by(1 / 1.5))
        self.fit_button.clicked.connect(self.fit)
        self.zoom.valueChanged.connect(self.widget.set_pixels_per_year)
        self.zoom.setValue(int(self.widget.pixels_per_year))
        self.widget.wants_visible.connect(self._make_visible)
        self.widget.selected.connect(self._selected)
        self.widget.activated.connect(self.open_agreement)
        for scrollbar in (self.scroll.horizontalScrollBar(), self.scroll.verticalScrollBar()):
            scrollbar.valueChanged.connect(lambda _v: self.widget.update())
        chain = [*self.scope_bar.widgets(), self.zoom_out, self.zoom, self.zoom_in,
                 self.fit_button, self.widget]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._selected("")

    def ensure_loaded(self) -> None:
        if not self.loaded or self.stale:
            self.reload()

    def reload(self) -> None:
        day = clock.today()
        try:
            thresholds = status_settings(self.db)
            scope = self.scope_bar.scope()
            computed = scoped_statuses(self.db, day, scope, thresholds)
            rows = timeline(self.db, day, scope, thresholds, computed)
            statuses: dict[str, AgreementStatus] = {a.id: a for a in computed}
        except Exception as exc:
            show_error(self, exc)
            return
        self.widget.set_rows(rows, day, statuses)
        self.loaded, self.stale = True, False
        agreements = len({s.agreement_id for r in rows for s in r.spans})
        self.count_label.setText(
            QCoreApplication.translate("TimelineTab", "%n partnership(s)", None, len(rows))
            + ", " + QCoreApplication.translate("TimelineTab", "%n agreement(s)", None,
                                                agreements))
        if not self._fitted and self.scroll.viewport().width() > self.widget.label_width + 100:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loaded and not self._fitted:
            self.fit()

    def fit(self) -> None:
        width = self.scroll.width() - 2 * self.scroll.frameWidth()
        if self.widget.minimumHeight() > self.scroll.height():
            width -= self.scroll.verticalScrollBar().sizeHint().width()
        if width <= self.widget.label_width + 100:
            return
        self._fitted = True
        value = int(self.widget.fit_pixels_per_year(width))
        self.zoom.setValue(max(self.zoom.minimum(), min(self.zoom.maximum(), value)))
        self.widget.set_pixels_per_year(self.zoom.value())

    def zoom_by(self, factor: float) -> None:
        self.zoom.setValue(round(self.zoom.value() * factor))

    def _make_visible(self, rect: QRectF) -> None:
        hbar, vbar = self.scroll.horizontalScrollBar(), self.scroll.verticalScrollBar()
        viewport = self.scroll.viewport()
        left_limit = hbar.value() + self.widget.label_width + 8
        shown_width = min(rect.width(), viewport.width() - self.widget.label_width - 24)
        if rect.left() < left_limit:
            hbar.setValue(int(rect.left() - self.widget.label_width - 8))
        elif rect.left() + shown_width > hbar.value() + viewport.width():
            hbar.setValue(int(rect.left() + shown_width - viewport.width() + 8))
        if rect.top() < vbar.value() + self.widget.axis_height + 4:
            vbar.setValue(int(rect.top() - self.widget.axis_height - 8))
        elif rect.bottom() > vbar.value() + viewport.height() - 4:
            vbar.setValue(int(rect.bottom() - viewport.height() + 8))

    def _selected(self, agreement_id: str) -> None:
        if not agreement_id:
            self.info.setText(self.tr("Click a bar, or Tab into the timeline and use the arrow "
                                      "keys, to see an agreement here; Enter or double-click "
                                      "opens it in the table."))
            return
        bar = self.widget.bars[self.widget.current]
        self.info.setText(self.widget.describe(bar).replace("\n", "  ·  "))
        self.agreement_selected.emit(agreement_id)


# --- the page -----------------------------------------------------------------------------------


class AgreementsPage(Page):
    TABS = ("table", "matrix", "timeline", "obligations")

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.setAccessibleName(self.tr("Agreements"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Agreement views"))
        self.tabs.setDocumentMode(True)
        self.table = AgreementsTab(db, settings, self)
        self.matrix = MatrixTab(db, settings, self)
        self.timeline = TimelineTab(db, settings, self)
        from ui.pages.obligations_tab import ObligationsTab

        self.obligations = ObligationsTab(db, settings, self)
        self.tabs.addTab(self.table, self.tr("&Table"))
        self.tabs.addTab(self.matrix, self.tr("Partner &matrix"))
        self.tabs.addTab(self.timeline, self.tr("Time&line"))
        self.tabs.addTab(self.obligations, self.tr("Re&ports owed"))
        layout.addWidget(self.tabs)
        self.table.restore_state()
        self.table.status.connect(self.status)
        self.matrix.open_agreement.connect(self.show_agreement)
        self.timeline.open_agreement.connect(self.show_agreement)
        self.timeline.agreement_selected.connect(self._timeline_selected)
        from ui.team import opening_scope

        # What the user chose last, else their home office's agency and region.
        scope = opening_scope(db, settings, AGREEMENTS_AGENCY, AGREEMENTS_REGION)
        self._scope = scope
        self._set_scope_choices()
        for bar in (self.matrix.scope_bar, self.timeline.scope_bar):
            bar.set_scope(scope)
            bar.scope_changed.connect(lambda s, source=bar: self._scope_changed(s, source))
        last = settings.last_tab("agreements")
        if last in self.TABS:
            self.tabs.setCurrentIndex(self.TABS.index(last))
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())

    # --- tabs -----------------------------------------------------------------------------------

    def _set_scope_choices(self) -> None:
        agencies, regions = scope_choices(self.db)
        for bar in (self.matrix.scope_bar, self.timeline.scope_bar):
            bar.blockSignals(True)
            bar.set_choices(agencies, regions)
            bar.set_scope(self._scope)
            bar.blockSignals(False)

    def _scope_changed(self, scope: Scope, source: ScopeBar) -> None:
        self._scope = scope
        self.settings.set(AGREEMENTS_AGENCY, scope.agency or "")
        self.settings.set(AGREEMENTS_REGION, scope.region or "")
        for view in (self.matrix, self.timeline):
            if view.scope_bar is not source:
                view.scope_bar.set_scope(scope)
            if view.isVisible():
                view.reload()
            elif view.loaded:
                view.stale = True

    def _tab_shown(self, index: int) -> None:
        if not 0 <= index < len(self.TABS):
            return
        name = self.TABS[index]
        self.settings.set_last_tab("agreements", name)
        if name == "table":
            self.table.ensure_loaded()
        elif name == "matrix":
            self.matrix.ensure_loaded()
        elif name == "obligations":
            self.obligations.ensure_loaded()
        else:
            self.timeline.ensure_loaded()

    def show_tab(self, name: str) -> QWidget:
        self.tabs.setCurrentIndex(self.TABS.index(name))
        return self.tabs.currentWidget()

    def _timeline_selected(self, agreement_id: str) -> None:
        self.table.ensure_loaded()
        self.table.select_id(agreement_id)

    def show_agreement(self, agreement_id: str) -> bool:
        """Switch to the table and select the agreement, clearing filters that hide it."""
        self.show_tab("table")
        self.table.ensure_loaded()
        if not self.table.select_id(agreement_id):
            self.table.clear_filters()
            if not self.table.select_id(agreement_id):
                return False
        self.table.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- Page -----------------------------------------------------------------------------------

    def show_record(self, record_type: str, record_id: str) -> bool:
        if record_type != "agreement":
            return False
        return self.show_agreement(record_id)

    def apply_change(self, change: Change) -> None:
        self.table.apply_change(change)
        self.obligations.apply_change(change)
        if change.touches({OFFICE, AGENCY}):
            self._set_scope_choices()
        if change.tables() & WATCHES:
            for view in (self.matrix, self.timeline):
                if view.isVisible():
                    view.reload()
                elif view.loaded:
                    view.stale = True

    def reload(self) -> None:
        if self.table.loaded:
            self.table.reload()
        if self.obligations.loaded:
            self.obligations.reload()
        self._set_scope_choices()
        for view in (self.matrix, self.timeline):
            if view.isVisible():
                view.reload()
            elif view.loaded:
                view.stale = True

    def focus_search(self) -> bool:
        self.show_tab("table")
        self.table.focus_search()
        return True

    def save_state(self) -> None:
        self.table.save_state()
