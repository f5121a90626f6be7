"""The Directory: agency offices, consulates and people, each a searchable table with details.

Offices and consulates loaded from the built-in reference data say where they come from (source,
confidence, edited or not); people show where they belong today and their membership history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consularapp.changes import AGENCY, CONSULATE, OFFICE, PARTNER, PERSON, Change
from consularapp.db import Database
from consularapp.directory import (
    ConsulateRow,
    OfficeRow,
    PersonRow,
    consulate_people,
    get_person,
    list_agencies,
    list_consulates,
    list_offices,
    list_people,
)
from consularapp.partners import PartnerRow, list_partners
from ui import clock
from ui.labels import consulate_type_label, office_type_label, origin_details, partner_kind_label
from ui.models.consulates_model import ConsulatesModel
from ui.models.offices_model import OfficesModel
from ui.models.partners_model import PartnersModel
from ui.models.people_model import PeopleModel, PersonStatus
from ui.models.table_model import RowTableModel
from ui.operations import WriteOp
from ui.operations import directory as ops
from ui.pages.base import Page
from ui.pages.table_tab import (
    TableTab,
    details_table,
    esc,
    fill_filter_combo,
    filter_combo,
    two_columns,
)
from ui.settings import Settings

if TYPE_CHECKING:  # the dialogs are imported when first opened, to keep start-up short
    from ui.dialogs.form import RecordDialog


def open_replace_liaison(parent: QWidget, db: Database, settings: Settings, consulate_id: str,
                         leaving_id: str | None,
                         done: Callable[[RecordDialog | None], None]) -> RecordDialog | None:
    """Open the Replace liaison dialog without blocking; `done(dialog)` once it closes (the
    dialog when saved, None when cancelled). Shared by the Directory and the Dashboard."""
    from ui.dialogs.liaison_dialog import ReplaceLiaisonDialog
    from ui.errors import show_error

    try:
        dialog = ReplaceLiaisonDialog(db, consulate_id, parent, settings, leaving_id=leaving_id)
    except Exception as exc:
        show_error(parent, exc)
        done(None)
        return None

    def finished(result: int) -> None:
        dialog.deleteLater()
        done(dialog if result == QDialog.DialogCode.Accepted else None)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def _origin_html(row: OfficeRow | ConsulateRow, tab: TableTab) -> str:
    heading = QCoreApplication.translate("DirectoryPage", "Where this record comes from")
    sentence = origin_details(row.source, row.confidence, row.edited)
    return f"<h4>{esc(heading)}</h4><p>{esc(sentence)}</p>"


# --- offices ------------------------------------------------------------------------------------


class OfficesTab(TableTab):
    kind = OFFICE
    watches = frozenset({OFFICE, AGENCY})
    settings_key = "directory/offices"
    column_widths = {
        OfficesModel.COL_ID: 170, OfficesModel.COL_AGENCY: 56, OfficesModel.COL_NAME: 220,
        OfficesModel.COL_TYPE: 80, OfficesModel.COL_CITY: 110, OfficesModel.COL_STATE: 46,
        OfficesModel.COL_TIME_ZONE: 165, OfficesModel.COL_REGION: 150,
    }

    history_table = "office"

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        self._agencies: dict[str, str] | None = None
        super().__init__(db, settings, parent)

    @property
    def agencies(self) -> dict[str, str]:
        """Agency code -> full name, read when first needed (not at start-up)."""
        if self._agencies is None:
            self._agencies = dict(list_agencies(self.db))
        return self._agencies

    def table_name(self) -> str:
        return self.tr("Offices")

    def create_model(self) -> RowTableModel:
        return OfficesModel(self)

    def load_rows(self) -> list[OfficeRow]:
        self._agencies = None
        return list_offices(self.db)

    def load_rows_for(self, ids: set[str]) -> list[OfficeRow]:
        self._agencies = None  # a new agency may have come with an office
        return list_offices(self.db, ids)

    def build_filters(self, layout: QHBoxLayout) -> list[QWidget]:
        tr = self.tr
        self.agency_filter = filter_combo(self, layout, tr("A&gency:"), tr("Filter by agency"), 12)
        self.state_filter = filter_combo(self, layout, tr("S&tate:"), tr("Filter by state"))
        self.agency_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_value_filter("agency", "agency_code",
                                                self.agency_filter.currentData()))
        self.state_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_value_filter("state", "state", self.state_filter.currentData()))
        return [self.agency_filter, self.state_filter]

    def refresh_filter_choices(self) -> None:
        rows: list[OfficeRow] = self.model.rows()
        agencies = sorted({r.agency_code for r in rows})
        fill_filter_combo(self.agency_filter, self.tr("All agencies"), [(a, a) for a in agencies])
        states = sorted({r.state for r in rows})
        fill_filter_combo(self.state_filter, self.tr("All states"), [(s, s) for s in states])

    def count_text(self, shown: int, total: int) -> str:
        return QCoreApplication.translate("OfficesTab", "%n office(s) shown of %1", None,
                                          shown).replace("%1", str(total))

    def nothing_selected_text(self) -> str:
        return self.tr("Select an office to see its details, where it comes from and how sure "
                       "that is.")

    def details_html(self, row: OfficeRow) -> str:
        tr = self.tr
        agency = row.agency_code
        if self.agencies.get(agency) and self.agencies[agency] != agency:
            agency = f"{agency} — {self.agencies[agency]}"
        body = details_table([
            (tr("ID"), row.id),
            (tr("Agency"), agency),
            (tr("Type"), office_type_label(row.office_type)),
            (tr("Region"), row.region),
            (tr("City"), f"{row.city}, {row.state}"),
            (tr("Time zone"), row.time_zone),
            (tr("Address"), row.address),
            (tr("Phone"), row.phone),
            (tr("Email"), row.email),
            (tr("States served"), ", ".join(row.states_served)),
        ])
        return two_columns(f"<h3>{esc(row.name)}</h3>{body}", _origin_html(row, self))

    def describe(self, row: OfficeRow) -> str:
        return self.tr("office %1").replace("%1", row.id)

    def make_dialog(self, record_id: str | None) -> RecordDialog:
        from ui.dialogs.office_dialog import OfficeDialog

        return OfficeDialog(self.db, record_id, self, self.settings, set(self.model.ids()))

    def delete_op(self, row: OfficeRow) -> WriteOp[Change]:
        return ops.delete_office(self, self.db, row.id)


# --- consulates ---------------------------------------------------------------------------------


class ConsulatesTab(TableTab):
    kind = CONSULATE
    watches = frozenset({CONSULATE})
    settings_key = "directory/consulates"
    column_widths = {
        ConsulatesModel.COL_ID: 150, ConsulatesModel.COL_COUNTRY: 90,
        ConsulatesModel.COL_NAME: 300, ConsulatesModel.COL_TYPE: 140,
        ConsulatesModel.COL_CITY: 120, ConsulatesModel.COL_STATE: 50,
        ConsulatesModel.COL_TIME_ZONE: 150,
    }

    history_table = "consulate"

    def table_name(self) -> str:
        return self.tr("Consulates")

    def create_model(self) -> RowTableModel:
        return ConsulatesModel(self)

    def load_rows(self) -> list[ConsulateRow]:
        return list_consulates(self.db)

    def load_rows_for(self, ids: set[str]) -> list[ConsulateRow]:
        return list_consulates(self.db, ids)

    def build_filters(self, layout: QHBoxLayout) -> list[QWidget]:
        self.country_filter = filter_combo(self, layout, self.tr("Co&untry:"),
                                           self.tr("Filter by country"), 14)
        self.state_filter = filter_combo(self, layout, self.tr("S&tate:"),
                                         self.tr("Filter by state"))
        self.country_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_value_filter("country", "country_code",
                                                self.country_filter.currentData()))
        self.state_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_value_filter("state", "state", self.state_filter.currentData()))
        return [self.country_filter, self.state_filter]

    def refresh_filter_choices(self) -> None:
        rows: list[ConsulateRow] = self.model.rows()
        countries = sorted({(r.country_name, r.country_code) for r in rows})
        fill_filter_combo(self.country_filter, self.tr("All countries"),
                          [(f"{name} ({code})", code) for name, code in countries])
        states = sorted({r.state for r in rows})
        fill_filter_combo(self.state_filter, self.tr("All states"), [(s, s) for s in states])

    def count_text(self, shown: int, total: int) -> str:
        return QCoreApplication.translate("ConsulatesTab", "%n consulate(s) shown of %1", None,
                                          shown).replace("%1", str(total))

    def nothing_selected_text(self) -> str:
        return self.tr("Select a consulate to see its details, where it comes from and how sure "
                       "that is.")

    def details_html(self, row: ConsulateRow) -> str:
        tr = self.tr
        body = details_table([
            (tr("ID"), row.id),
            (tr("Country"), f"{row.country_name} ({row.country_code})"),
            (tr("Type"), consulate_type_label(row.consulate_type)),
            (tr("City"), f"{row.city}, {row.state}"),
            (tr("Time zone"), row.time_zone),
            (tr("Address"), row.address),
            (tr("Phone"), row.phone),
            (tr("Email"), row.email),
            (tr("Jurisdiction"), row.jurisdiction),
        ])
        right = self._people_html(row) + _origin_html(row, self)
        return two_columns(f"<h3>{esc(row.name)}</h3>{body}", right)

    def _people_html(self, row: ConsulateRow) -> str:
        """The consul and the current liaisons, with how to reach them (one query)."""
        tr = self.tr
        people = consulate_people(self.db, row.id, date.today())
        heading = f"<h4>{esc(tr('In post now'))}</h4>"
        if not people:
            return heading + "<p>" + esc(tr(
                "Nobody: everyone on record has left, or nobody was ever recorded. Replace "
                "liaison… adds the person in post now.")) + "</p>"
        lines = []
        for p in people:
            role = tr("Consul") if p.is_head else tr("Liaison")
            reach = " · ".join(x for x in (p.email, p.phone) if x)
            since = tr("since %1").replace("%1", p.active_from.isoformat()) \
                if p.active_from else ""
            lines.append(
                f"<tr><th align='left' valign='top' style='padding-right:8px'>{esc(role)}</th>"
                f"<td><b>{esc(p.name)}</b> ({esc(p.person_id)})"
                + (f", {esc(p.title)}" if p.title else "")
                + (f"<br>{esc(reach)}" if reach else "")
                + (f"<br>{esc(since)}" if since else "") + "</td></tr>")
        return heading + f"<table cellspacing='0' cellpadding='2'>{''.join(lines)}</table>"

    def build_buttons(self, layout: QHBoxLayout) -> list[QWidget]:
        self.replace_button = QPushButton(self.tr("Replace &liaison…"), self)
        self.replace_button.setAccessibleName(self.tr("Replace the liaison of the selected "
                                                      "consulate"))
        self.replace_button.setToolTip(self.tr(
            "End the leaving liaison's membership on a day and start the new one's the day "
            "after; both stay in the history."))
        self.replace_button.clicked.connect(lambda: self.replace_liaison())
        layout.addWidget(self.replace_button)
        return [self.replace_button]

    def replace_liaison(self, consulate_id: str | None = None,
                        leaving_id: str | None = None) -> RecordDialog | None:
        """Open the Replace liaison dialog for the consulate (the selected one by default)."""
        consulate_id = consulate_id or self.selected_id()
        if not consulate_id:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = open_replace_liaison(self, self.db, self.settings, consulate_id, leaving_id,
                                      self._liaison_replaced)
        self.dialog = dialog
        return dialog

    def _liaison_replaced(self, dialog: RecordDialog | None) -> None:
        self.dialog = None
        if dialog is not None and dialog.change:  # its Change went out on the bus
            self.status.emit(self.tr("Liaison replaced at %1.").replace(
                "%1", dialog.consulate_id))  # type: ignore[attr-defined]

    def apply_change(self, change: Change) -> None:
        super().apply_change(change)
        if self.loaded and "person" in change.tables():
            self.update_details()  # who is in post may have changed

    def describe(self, row: ConsulateRow) -> str:
        return self.tr("consulate %1").replace("%1", row.id)

    def make_dialog(self, record_id: str | None) -> RecordDialog:
        from ui.dialogs.consulate_dialog import ConsulateDialog

        return ConsulateDialog(self.db, record_id, self, self.settings, set(self.model.ids()))

    def delete_op(self, row: ConsulateRow) -> WriteOp[Change]:
        return ops.delete_consulate(self, self.db, row.id)


class PartnersTab(TableTab):
    """Community partners: worker centers, unions, legal aid, faith-based groups, hometown
    associations; parties to agreements and co-hosts of events."""

    kind = PARTNER
    watches = frozenset({PARTNER})
    settings_key = "directory/partners"
    column_widths = {
        PartnersModel.COL_ID: 190, PartnersModel.COL_NAME: 260, PartnersModel.COL_KIND: 150,
        PartnersModel.COL_CITY: 120, PartnersModel.COL_STATE: 50,
        PartnersModel.COL_LANGUAGES: 160, PartnersModel.COL_AGREEMENTS: 90,
        PartnersModel.COL_EVENTS: 70,
    }

    def table_name(self) -> str:
        return self.tr("Community partners")

    def create_model(self) -> RowTableModel:
        return PartnersModel(self)

    def load_rows(self) -> list[PartnerRow]:
        return list_partners(self.db)

    def load_rows_for(self, ids: set[str]) -> list[PartnerRow]:
        return list_partners(self.db, partner_ids=sorted(ids))

    def build_filters(self, layout: QHBoxLayout) -> list[QWidget]:
        self.kind_filter = filter_combo(self, layout, self.tr("&Kind:"),
                                        self.tr("Filter by kind of partner"), 14)
        self.state_filter = filter_combo(self, layout, self.tr("S&tate:"),
                                         self.tr("Filter by state"))
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_value_filter("kind", "kind", self.kind_filter.currentData()))
        self.state_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_value_filter("state", "state", self.state_filter.currentData()))
        return [self.kind_filter, self.state_filter]

    def refresh_filter_choices(self) -> None:
        rows: list[PartnerRow] = self.model.rows()
        kinds = sorted({r.kind for r in rows})
        fill_filter_combo(self.kind_filter, self.tr("All kinds"),
                          [(partner_kind_label(k), k) for k in kinds])
        states = sorted({r.state for r in rows if r.state})
        fill_filter_combo(self.state_filter, self.tr("All states"), [(s, s) for s in states])

    def count_text(self, shown: int, total: int) -> str:
        return QCoreApplication.translate("PartnersTab", "%n partner(s) shown of %1", None,
                                          shown).replace("%1", str(total))

    def nothing_selected_text(self) -> str:
        return self.tr("Select a community partner to see its details and how many agreements "
                       "and events it is part of.")

    def details_html(self, row: PartnerRow) -> str:
        tr = self.tr
        body = details_table([
            (tr("ID"), row.id),
            (tr("Kind"), partner_kind_label(row.kind)),
            (tr("City"), ", ".join(x for x in (row.city, row.state) if x)),
            (tr("Languages"), "; ".join(row.languages)),
            (tr("Email"), row.email),
            (tr("Phone"), row.phone),
            (tr("Website"), row.website),
            (tr("Party to agreements"), str(row.agreements)),
            (tr("Takes part in events"), str(row.events)),
            (tr("Notes"), row.notes),
        ])
        return f"<h3>{esc(row.name)}</h3>{body}"

    def describe(self, row: PartnerRow) -> str:
        return self.tr("partner %1").replace("%1", row.id)

    def make_dialog(self, record_id: str | None) -> RecordDialog:
        from ui.dialogs.partner_dialog import PartnerDialog

        return PartnerDialog(self.db, record_id, self, self.settings)

    def delete_op(self, row: PartnerRow) -> WriteOp[Change]:
        from ui.operations import partners as partner_ops

        return partner_ops.delete_partner(self, self.db, row.id)


# --- people -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgInfo:
    """What the people filters need to know about an organization."""

    kind: str  # "office" or "consulate"
    name: str
    agency: str  # offices
    country: str  # consulates
    country_name: str
    state: str


class PeopleTab(TableTab):
    kind = PERSON
    watches = frozenset({PERSON, OFFICE, CONSULATE})
    settings_key = "directory/people"
    column_widths = {
        PeopleModel.COL_NAME: 180, PeopleModel.COL_ID: 130, PeopleModel.COL_ORGANIZATION: 280,
        PeopleModel.COL_TITLE: 200, PeopleModel.COL_STATUS: 90, PeopleModel.COL_FROM: 90,
        PeopleModel.COL_TO: 90, PeopleModel.COL_LANGUAGES: 150, PeopleModel.COL_EMAIL: 180,
    }

    history_table = "person"

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        self.orgs: dict[str, OrgInfo] = {}
        super().__init__(db, settings, parent)
        self._apply_left_filter()

    def table_name(self) -> str:
        return self.tr("People")

    def create_model(self) -> RowTableModel:
        return PeopleModel(self)

    def load_rows(self) -> list[PersonRow]:
        orgs: dict[str, OrgInfo] = {}
        for o in list_offices(self.db):
            orgs[o.id] = OrgInfo("office", o.name, o.agency_code, "", "", o.state)
        for c in list_consulates(self.db):
            orgs[c.id] = OrgInfo("consulate", c.name, "", c.country_code, c.country_name, c.state)
        self.orgs = orgs
        self.model.today = clock.today()
        return list_people(self.db, self.model.today)

    def related_ids(self, change: Change) -> set[str] | None:
        """The people shown at an office or consulate that changed (its name, its state...)."""
        orgs = change.ids(OFFICE) | change.ids(CONSULATE)
        if not orgs:
            return set()
        for o in list_offices(self.db, orgs):
            self.orgs[o.id] = OrgInfo("office", o.name, o.agency_code, "", "", o.state)
        for c in list_consulates(self.db, orgs):
            self.orgs[c.id] = OrgInfo("consulate", c.name, "", c.country_code, c.country_name,
                                      c.state)
        return {row.id for row in self.model.rows() if row.organization_id in orgs}

    def load_rows_for(self, ids: set[str]) -> list[PersonRow]:
        return list_people(self.db, self.model.today, ids)

    def _org(self, row: PersonRow) -> OrgInfo | None:
        return self.orgs.get(row.organization_id)

    def build_filters(self, layout: QHBoxLayout) -> list[QWidget]:
        tr = self.tr
        self.org_filter = filter_combo(self, layout, tr("&Organization:"),
                                       tr("Filter by kind of organization"), 17)
        self.country_filter = filter_combo(self, layout, tr("Co&untry:"),
                                           tr("Filter by the consulate's country"), 14)
        self.state_filter = filter_combo(self, layout, tr("S&tate:"),
                                         tr("Filter by the organization's state"))
        self.org_filter.currentIndexChanged.connect(self._apply_org_filter)
        self.country_filter.currentIndexChanged.connect(self._apply_country_filter)
        self.state_filter.currentIndexChanged.connect(self._apply_state_filter)
        return [self.org_filter, self.country_filter, self.state_filter]

    def build_options(self, layout: QHBoxLayout) -> list[QWidget]:
        tr = self.tr
        self.show_left = QCheckBox(tr("Show people &who left"), self)
        self.show_left.setAccessibleName(tr("Show people who left"))
        self.show_left.setToolTip(tr("Also list people whose membership has ended; they are "
                                     "marked “left”."))
        layout.addWidget(self.show_left)
        self.show_left.toggled.connect(self._apply_left_filter)
        return [self.show_left]

    def _predicate(self, test: Callable[[OrgInfo], bool]) -> Callable[[PersonRow], bool]:
        def predicate(row: PersonRow) -> bool:
            org = self.orgs.get(row.organization_id)
            return org is not None and test(org)

        return predicate

    def _apply_org_filter(self) -> None:
        """Choices are 'kind:office', 'kind:consulate' or 'agency:CODE' (None: everyone)."""
        choice = self.org_filter.currentData()
        if choice is None:
            self.proxy.set_filter("organization", None)
            return
        what, _sep, value = str(choice).partition(":")
        if what == "kind":
            test: Callable[[OrgInfo], bool] = lambda o: o.kind == value  # noqa: E731
        else:
            test = lambda o: o.kind == "office" and o.agency == value  # noqa: E731
        self.proxy.set_filter("organization", self._predicate(test))

    def _apply_country_filter(self) -> None:
        code = self.country_filter.currentData()
        self.proxy.set_filter("country", None if code is None else
                              self._predicate(lambda o: o.country == code))

    def _apply_state_filter(self) -> None:
        state = self.state_filter.currentData()
        self.proxy.set_filter("state", None if state is None else
                              self._predicate(lambda o: o.state == state))

    def _apply_left_filter(self) -> None:
        model: PeopleModel = self.model  # type: ignore[assignment]
        if self.show_left.isChecked():
            self.proxy.set_filter("current", None)
        else:
            self.proxy.set_filter("current", lambda row: model.status(row) != PersonStatus.LEFT)

    def refresh_filter_choices(self) -> None:
        tr = self.tr
        used = [self.orgs[r.organization_id] for r in self.model.rows()
                if r.organization_id in self.orgs]
        agencies = sorted({o.agency for o in self.orgs.values() if o.kind == "office"})
        org_items: list[tuple[str, Any]] = [(tr("Agency offices"), "kind:office")]
        org_items += [(tr("%1 offices").replace("%1", a), f"agency:{a}") for a in agencies]
        org_items.append((tr("Consulates"), "kind:consulate"))
        fill_filter_combo(self.org_filter, tr("All organizations"), org_items)
        countries = sorted({(o.country_name, o.country) for o in used if o.kind == "consulate"})
        fill_filter_combo(self.country_filter, tr("All countries"),
                          [(f"{name} ({code})", code) for name, code in countries])
        states = sorted({o.state for o in used})
        fill_filter_combo(self.state_filter, tr("All states"), [(s, s) for s in states])
        # Organization names may have changed: the predicates read self.orgs, so re-run them.
        self._apply_org_filter()

    def count_text(self, shown: int, total: int) -> str:
        return QCoreApplication.translate("PeopleTab", "%n person(s) shown of %1", None,
                                          shown).replace("%1", str(total))

    def nothing_selected_text(self) -> str:
        if not self.model.rowCount():
            return self.tr("No people yet. Add the liaisons, consuls and agency staff you work "
                           "with (Add…), or import them from a workbook (File menu).")
        return self.tr("Select a person to see their details and membership history.")

    def details_html(self, row: PersonRow) -> str:
        tr = self.tr
        model: PeopleModel = self.model  # type: ignore[assignment]
        person = get_person(self.db, row.id)
        body = details_table([
            (tr("ID"), row.id),
            (tr("Now"), model.organization_text(row) or tr("no organization")),
            (tr("Title"), row.title),
            (tr("Status"), model.status_text(row)),
            (tr("Languages"), "; ".join(row.languages)),
            (tr("Email"), row.email),
            (tr("Phone"), row.phone),
        ])
        history = [f"<h4>{esc(tr('Membership history'))}</h4>"]
        if not person.memberships:
            history.append(f"<p>{esc(tr('No memberships.'))}</p>")
        else:
            head = "".join(f"<th align='left'>{esc(h)}</th>" for h in
                           (tr("Organization"), tr("Title"), tr("From"), tr("To"), tr("Status")))
            lines = []
            for m in sorted(person.memberships, key=lambda m: m.active_from or date.min,
                            reverse=True):
                org = self.orgs.get(m.organization_id)
                name = f"{org.name} ({m.organization_id})" if org else m.organization_id
                status = self._membership_status(m.active_from, m.active_to)
                lines.append(
                    f"<tr><td>{esc(name)}</td><td>{esc(m.title)}</td>"
                    f"<td>{esc(m.active_from.isoformat() if m.active_from else '')}</td>"
                    f"<td>{esc(m.active_to.isoformat() if m.active_to else tr('open'))}</td>"
                    f"<td>{esc(status)}</td></tr>"
                )
            history.append(f"<table cellspacing='0' cellpadding='3' border='1' "
                           f"style='border-collapse:collapse'><tr>{head}</tr>{''.join(lines)}</table>")
        return two_columns(f"<h3>{esc(row.name)}</h3>{body}", "".join(history))

    def _membership_status(self, start: date | None, end: date | None) -> str:
        today = clock.today()
        if start is not None and start > today:
            return self.tr("starts later")
        if end is not None and end < today:
            return self.tr("left")
        return self.tr("current")

    def describe(self, row: PersonRow) -> str:
        return self.tr("%1 (%2)").replace("%1", row.name).replace("%2", row.id)

    def make_dialog(self, record_id: str | None) -> RecordDialog:
        from ui.dialogs.person_dialog import PersonDialog

        return PersonDialog(self.db, record_id, self, self.settings, set(self.model.ids()))

    def delete_op(self, row: PersonRow) -> WriteOp[Change]:
        return ops.delete_person(self, self.db, row.id, row.name)


# --- the page -----------------------------------------------------------------------------------


class DirectoryPage(Page):
    """Four tabs; a tab reads its rows the first time it is shown."""

    TABS = ("offices", "consulates", "partners", "people")

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.setAccessibleName(self.tr("Directory"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Directory tables"))
        self.tabs.setDocumentMode(True)
        self.offices = OfficesTab(db, settings, self)
        self.consulates = ConsulatesTab(db, settings, self)
        self.partners = PartnersTab(db, settings, self)
        self.people = PeopleTab(db, settings, self)
        self.tabs.addTab(self.offices, self.tr("Offices"))
        self.tabs.addTab(self.consulates, self.tr("Consulates"))
        self.tabs.addTab(self.partners, self.tr("Community partners"))
        self.tabs.addTab(self.people, self.tr("People"))
        layout.addWidget(self.tabs)
        for tab in self.all_tabs():
            tab.restore_state()
            tab.status.connect(self.status)
        last = settings.last_tab("directory")
        if last in self.TABS:
            self.tabs.setCurrentIndex(self.TABS.index(last))
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())

    def all_tabs(self) -> list[TableTab]:
        return [self.offices, self.consulates, self.partners, self.people]

    def tab(self, name: str) -> TableTab:
        """'offices', 'consulates', 'partners' or 'people', loaded."""
        tab: TableTab = getattr(self, name)
        tab.ensure_loaded()
        return tab

    def show_record(self, record_type: str, record_id: str) -> bool:
        """Offices, consulates and people: switch to their tab and select the row."""
        tabs = {"office": "offices", "consulate": "consulates", "partner": "partners",
                "person": "people"}
        if record_type not in tabs:
            return False
        tab = self.show_tab(tabs[record_type])
        if not tab.select_id(record_id):
            tab.search.clear()
            return tab.select_id(record_id)
        return True

    def show_tab(self, name: str) -> TableTab:
        """Switch to the tab `name` and return it, loaded."""
        self.tabs.setCurrentIndex(self.TABS.index(name))
        return self.tab(name)

    def current_tab(self) -> TableTab:
        return self.all_tabs()[self.tabs.currentIndex()]

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.TABS):
            self.all_tabs()[index].ensure_loaded()
            self.settings.set_last_tab("directory", self.TABS[index])

    def focus_search(self) -> bool:
        self.current_tab().focus_search()
        return True

    def apply_change(self, change: Change) -> None:
        for tab in self.all_tabs():
            tab.apply_change(change)

    def reload(self) -> None:
        for tab in self.all_tabs():
            if tab.loaded:
                tab.reload()

    def save_state(self) -> None:
        for tab in self.all_tabs():
            tab.save_state()

