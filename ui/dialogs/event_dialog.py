"""Add or edit a Labor Rights Week event, in the venue's own local time.

Start and end are the wall-clock times at the venue, typed as a date and a time (QDate and QTime
carry no zone, so nothing is converted to the user's zone), with the zone's abbreviation shown
beside them: "MST (America/Phoenix, no daylight time)". Choosing a consulate as the venue fills in
its name, address and time zone. Cancelling is a status: the event is kept so partners are told.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from consularapp import bounds
from consularapp.agreements import compute_statuses
from consularapp.campaigns import list_campaigns
from consularapp.changes import Change
from consularapp.db import Database
from consularapp.directory import list_consulates, list_offices
from consularapp.errors import InputError, Problem
from consularapp.events import EventInput, get_event, new_event, venue_defaults
from consularapp.models import EventStatus
from consularapp.partners import list_partners
from consularapp.validation import join_list, split_list
from ui.dialogs.form import (
    RecordDialog,
    combo_value,
    contains_completer,
    line_edit,
    set_combo_data,
    set_day_range,
    zone_combo,
)
from ui.errors import show_error
from ui.models.lrw_labels import formats, statuses, zone_description
from ui.models.table_model import fold
from ui.operations import events as ops
from ui.settings import Settings
from ui.widgets.fields import CheckList
from ui.widgets.repeat_field import RepeatField


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventDialog", text)


def _ntr(text: str, n: int) -> str:
    """`text` with %n in the plural form for `n` (Qt's numerus forms)."""
    return QCoreApplication.translate("EventDialog", text, None, n)


def _qdate(value: datetime) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: datetime) -> QTime:
    return QTime(value.hour, value.minute)


def wall_time(day: QDateEdit, clock: QTimeEdit) -> datetime:
    """The naive wall-clock datetime typed in a date and a time field."""
    d, t = day.date(), clock.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class LocalTimeField(QWidget):
    """A date and a time at the venue, and the venue zone's abbreviation beside them."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit(self)
        self.day.setDisplayFormat("ddd yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        set_day_range(self.day)
        self.day.setAccessibleName(_tr("%1 date, at the venue").replace("%1", what))
        self.clock = QTimeEdit(self)
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setAccessibleName(_tr("%1 time, at the venue").replace("%1", what))
        self.zone_label = QLabel(self)
        self.zone_label.setAccessibleName(_tr("%1: time zone at the venue").replace("%1", what))
        self.zone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.day)
        layout.addWidget(self.clock)
        layout.addWidget(self.zone_label, 1)

    def value(self) -> datetime:
        return wall_time(self.day, self.clock)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            return
        self.day.setDate(_qdate(value))
        self.clock.setTime(_qtime(value))

    def show_zone(self, zone_name: str) -> None:
        text = zone_description(zone_name, self.value()) if zone_name else ""
        self.zone_label.setText(text or _tr("choose the venue's time zone"))


class OfficesPicker(QGroupBox):
    """The offices taking part: a filter above a list of check boxes, and what is chosen."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(_tr("Offices taking &part"), parent)
        self.setAccessibleName(_tr("Offices taking part"))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(_tr("Filter: agency, city or ID"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(_tr("Filter the offices"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Offices; Space ticks or unticks the office"))
        self.list.setMinimumHeight(110)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(_tr("Offices chosen"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Names whole ("WHD — Phoenix Dis…ice" read as nothing): a long name wraps onto a
        # second line instead of losing its middle, and the dialog still fits a 1024 px screen.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.choices = list(choices)
        self._search: list[str] = []
        self.only_chosen = QCheckBox(_tr("Sho&w only the chosen ones"), self)
        self.only_chosen.setAccessibleName(_tr("Show only the chosen offices"))
        self._fill(set())
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.only_chosen)
        layout.addWidget(self.summary)
        self.filter.textChanged.connect(self._apply_filter)
        self.only_chosen.toggled.connect(self._apply_filter)
        self.list.itemChanged.connect(self._update_summary)
        self._update_summary()

    def _apply_filter(self) -> None:
        words = fold(self.filter.text()).split()
        only = self.only_chosen.isChecked()
        for n in range(self.list.count()):
            item = self.list.item(n)
            text = self._search[n]
            hidden = any(w not in text for w in words) or (
                only and item.checkState() != Qt.CheckState.Checked)
            item.setHidden(hidden)

    def _fill(self, chosen: set[str]) -> None:
        """The offices, those chosen first (so an event's offices show without scrolling)."""
        known = {office_id for office_id, _label in self.choices}
        items = [(oid, oid) for oid in sorted(chosen - known)]  # unknown: kept, shown as is
        items += self.choices
        items.sort(key=lambda item: item[0] not in chosen)  # stable: chosen first
        self.list.blockSignals(True)
        self.list.clear()
        self._search = []
        for office_id, label in items:
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(Qt.ItemDataRole.UserRole, office_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if office_id in chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._search.append(fold(label))
        self.list.blockSignals(False)
        self._apply_filter()

    def set_chosen(self, office_ids: list[str]) -> None:
        self._fill(set(office_ids))
        self._update_summary()

    def chosen(self) -> list[str]:
        return [str(self.list.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.list.count())
                if self.list.item(n).checkState() == Qt.CheckState.Checked]

    def _update_summary(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.summary.setText(_tr("No office chosen yet."))
        else:
            self.summary.setText(
                _ntr("%n chosen: %1", len(chosen)).replace("%1", ", ".join(chosen)))


class EventDialog(RecordDialog):
    """The event form. `event_id` None adds an event to campaign `year` (at `consulate_id`)."""

    settings_key = "dialogs/event"
    preferred_width = 900  # fits a 1024 px screen

    def __init__(
        self,
        db: Database,
        event_id: str | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        year: int | None = None,
        consulate_id: str | None = None,
        year_round: bool = False,
    ) -> None:
        super().__init__(db, settings, parent)
        self.original_id = event_id
        if event_id:
            self.data = get_event(db, event_id)
        else:
            assert year is not None or year_round, "a new event needs its campaign's year"
            self.data = new_event(db, year, consulate_id or None)
        self.setWindowTitle(
            self.tr("Edit event %1").replace("%1", self.data.id) if event_id
            else self.tr("New event")
        )
        self._last_start: datetime | None = None
        self._build()
        self._load(self.data)
        self.finish_layout()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        self.id_edit = line_edit(self)
        self.title_en = line_edit(self, placeholder=tr("e.g. Know your rights workshop"))
        self.title_es = line_edit(self, placeholder=tr("p. ej. Taller: conozca sus derechos"))
        self.format = QComboBox(self)
        for value, label in formats():
            self.format.addItem(label, value)
        self.status_combo = QComboBox(self)
        for value, label in statuses():
            self.status_combo.addItem(label, value)
        consulates = list_consulates(self.db)
        self.venue_choice = QComboBox(self)
        self.venue_choice.addItem(tr("No: another place (type its name below)"), "")
        for c in consulates:
            self.venue_choice.addItem(f"{c.name} ({c.id})", c.id)
        self.venue_choice.setEditable(True)
        self.venue_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.venue_choice.setCompleter(contains_completer(
            [self.venue_choice.itemText(n) for n in range(self.venue_choice.count())],
            self.venue_choice))
        self.venue = line_edit(self, placeholder=tr("e.g. Oxnard Community Center"))
        self.address = line_edit(self)
        self.time_zone = zone_combo(self)
        self.starts = LocalTimeField(tr("Start"), self)
        self.ends = LocalTimeField(tr("End"), self)
        self.host = QComboBox(self)
        self.host.addItem(tr("No host consulate"), "")
        for c in consulates:
            self.host.addItem(f"{c.name} ({c.id})", c.id)
        self.host.setEditable(True)
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.host.setCompleter(contains_completer(
            [self.host.itemText(n) for n in range(self.host.count())], self.host))
        self.staff_needed = QSpinBox(self)
        self.staff_needed.setRange(bounds.STAFF_NEEDED.minimum, bounds.STAFF_NEEDED.maximum)
        self.staff_needed.setSpecialValueText(tr("not set"))
        self.languages = line_edit(self, placeholder=tr("e.g. Spanish; English"))
        self.languages_needed = line_edit(self, placeholder=tr("e.g. Spanish; K'iche'"))
        self.topics = line_edit(self, placeholder=tr("e.g. wages; heat illness"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.sequence_label = QLabel(self)
        self.sequence_label.setWordWrap(True)
        # The partnership all year: the campaign (or none), the agreement, partners, repeats.
        self.campaign = QComboBox(self)
        self.campaign.addItem(tr("Year-round (outside Labor Rights Week)"), None)
        for year in sorted({c.year for c in list_campaigns(self.db)}, reverse=True):
            self.campaign.addItem(tr("Labor Rights Week %1").replace("%1", str(year)), year)
        self.agreement = QComboBox(self)
        self.agreement.addItem(tr("No agreement"), "")
        for a in sorted(compute_statuses(self.db), key=lambda a: a.id):
            self.agreement.addItem(f"{a.id} ({a.status.value})", a.id)
        for combo in (self.campaign, self.agreement):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.partners = CheckList(tr("community partners"), self)
        self.partners.set_items([(p.id, p.name) for p in list_partners(self.db)])
        self.partners.setMinimumHeight(120)
        self.recurrence = RepeatField(self)
        self.skipped = line_edit(self, placeholder=tr("e.g. 2027-03-09; 2027-11-23"))

        self.add_field(tr("&ID:"), self.id_edit, tr("Event ID"), "ID",
                       tr("An event keeps its ID for life: calendars identify it by the ID."))
        self.add_field(tr("&Title (English):"), self.title_en, tr("Title in English"), "Title")
        self.add_field(tr("Title (Spa&nish):"), self.title_es, tr("Title in Spanish"))
        self.add_field(tr("&Format:"), self.format, tr("Format"), "Format")
        self.add_field(tr("&Venue is a consulate:"), self.venue_choice,
                       tr("Venue is a consulate"), None,
                       tr("Choosing a consulate fills in the venue's name, address and time "
                          "zone (and the host, if none is set)."))
        self.add_field(tr("Venue na&me:"), self.venue, tr("Venue name"), "Venue")
        self.add_field(tr("&Address:"), self.address, tr("Address"), "Address")
        self.add_field(tr("Time &zone:"), self.time_zone, tr("Time zone of the venue"),
                       "Time zone", tr("The venue's IANA time zone; type to search, e.g. "
                                       "'phoenix'. Times below are read in this zone."))
        start_caption = QLabel(tr("Sta&rts (venue time):"))
        start_caption.setBuddy(self.starts.day)
        self.form.addRow(start_caption, self.starts)
        end_caption = QLabel(tr("En&ds (venue time):"))
        end_caption.setBuddy(self.ends.day)
        self.form.addRow(end_caption, self.ends)
        self.fields["Starts"] = self.starts.day
        self.fields["Ends"] = self.ends.day
        self.add_field(tr("&Host consulate:"), self.host, tr("Host consulate"), "Host consulate")
        self.add_field(tr("Stat&us:"), self.status_combo, tr("Status"), "Status",
                       tr("Cancelling keeps the event in the schedule, marked cancelled, so "
                          "partners' calendars are told."))
        self.add_field(tr("Campaign:"), self.campaign, tr("Labor Rights Week or year-round"),
                       "Year", tr("An event outside Labor Rights Week belongs to no campaign"))
        self.add_field(tr("Held under:"), self.agreement, tr("Agreement it is held under"),
                       "Agreement", tr("Its outcomes count in that agreement's annual report"))
        repeats_caption = QLabel(tr("Repeats:"))  # every free Alt letter is taken
        repeats_caption.setBuddy(self.recurrence.kind)
        self.recurrence.kind.setToolTip(tr(
            "Every other Tuesday, the first Monday of each month...: occurrences keep the "
            "start's time at the venue across daylight-saving changes. Cancel or move one "
            "occurrence on the All year page."))
        self.form.addRow(repeats_caption, self.recurrence)
        self.fields["Repeats"] = self.recurrence.kind
        self.add_field(tr("Skipped dates:"), self.skipped, tr("Cancelled occurrences"),
                       "Skipped dates", tr("Dates of cancelled occurrences, separated by ';'"))
        self.form.addRow("", self.sequence_label)

        # The right-hand column: offices, needs, notes.
        offices = sorted(
            ((o.id, f"{o.agency_code} — {o.name} ({o.id})") for o in list_offices(self.db)),
            key=lambda item: item[1].casefold(),
        )
        self.offices = OfficesPicker(offices, self)
        self.offices.list.setMinimumHeight(90)  # it gives way first when the dialog is short
        self.fields["Offices"] = self.offices.list
        right = QVBoxLayout()
        right.addWidget(self.offices, 1)
        needs = QFormLayout()
        self.right_form = needs
        for label, widget, name, problem, hint in (
            (tr("Staff ne&eded:"), self.staff_needed, tr("Number of staff needed"),
             "Staff needed", tr("How many agency staff the event needs")),
            (tr("&Languages needed:"), self.languages_needed, tr("Languages the staff must speak"),
             None, tr("Separate languages with ';'. Someone assigned must speak each one.")),
            (tr("Langua&ges offered:"), self.languages, tr("Languages of the event"), None,
             tr("The languages the event is held in; separate them with ';'")),
            (tr("Topi&cs:"), self.topics, tr("Topics"), None, tr("Separate topics with ';'")),
            (tr("N&otes:"), self.notes, tr("Notes"), None, ""),
            (tr("Partners:"), self.partners, tr("Community partners taking part"), "Partners",
             ""),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(name)
            if hint:
                widget.setToolTip(hint)
                widget.setAccessibleDescription(hint)
            needs.addRow(caption, widget)
            if problem:
                self.fields[problem] = widget
        right.addLayout(needs)
        self._layout.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 3)
        columns.addLayout(right, 2)
        self._layout.insertLayout(1, columns, 1)
        self.id_edit.setMinimumWidth(200)

        self.venue_choice.activated.connect(self._venue_chosen)
        self.time_zone.currentTextChanged.connect(self._zone_changed)
        self.starts.day.dateChanged.connect(self._start_changed)
        self.starts.clock.timeChanged.connect(self._start_changed)
        self.recurrence.changed.connect(self._repeats_changed)
        self.ends.day.dateChanged.connect(self._show_zone)
        self.ends.clock.timeChanged.connect(self._show_zone)

    def ordered_widgets(self) -> list[QWidget]:
        widgets = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, LocalTimeField):
                widgets += [widget.day, widget.clock]
            elif isinstance(widget, RepeatField):
                widgets += widget.focus_widgets()
            elif widget is not None:
                widgets.append(widget)
        widgets += [self.offices.filter, self.offices.list, self.offices.only_chosen]
        for row in range(self.right_form.rowCount()):
            item = self.right_form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is not None and item.widget() is not None:
                widget = item.widget()
                if isinstance(widget, CheckList):
                    widgets += widget.focus_widgets()
                else:
                    widgets.append(widget)
        return widgets

    # --- values ---------------------------------------------------------------------------------

    def _load(self, data: EventInput) -> None:
        self.id_edit.setText(data.id)
        if self.original_id:
            self.id_edit.setReadOnly(True)
            self.id_edit.setToolTip(self.tr("An event keeps its ID for life: calendars identify "
                                             "it by the ID. Delete and add it again to change it."))
        self.title_en.setText(data.title)
        self.title_es.setText(data.title_es)
        set_combo_data(self.format, data.format)
        set_combo_data(self.status_combo, data.status)
        self.venue.setText(data.venue)
        self.venue.setCursorPosition(0)
        self.address.setText(data.address)
        self.address.setCursorPosition(0)
        set_combo_data(self.time_zone, data.time_zone)
        if not data.time_zone:
            self.time_zone.setEditText("")
        self.starts.set_value(data.starts)
        self.ends.set_value(data.ends)
        self._last_start = data.starts
        set_combo_data(self.host, data.host_consulate_id)
        self.venue_choice.setCurrentIndex(0)
        for n in range(1, self.venue_choice.count()):  # the venue is that consulate's office
            if self.venue_choice.itemText(n).startswith(f"{data.venue} (") and data.venue:
                self.venue_choice.setCurrentIndex(n)
                break
        self.venue_choice.lineEdit().setCursorPosition(0)
        self.host.lineEdit().setCursorPosition(0)
        self.offices.set_chosen(list(data.office_ids))
        self.staff_needed.setValue(int(data.staff_needed) if str(data.staff_needed or "").isdigit()
                                   else 0)
        self.languages.setText(join_list(data.languages))
        self.languages_needed.setText(join_list(data.languages_needed))
        self.topics.setText(join_list(data.topics))
        self.notes.setPlainText(data.notes)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(data.year)))
        if data.year is not None and self.campaign.findData(data.year) < 0:
            self.campaign.addItem(self.tr("Labor Rights Week %1").replace("%1", str(data.year)),
                                  data.year)
            self.campaign.setCurrentIndex(self.campaign.count() - 1)
        set_combo_data(self.agreement, data.agreement_id)
        self.partners.set_checked(data.partner_ids)
        start = data.starts.date() if data.starts is not None else date.today()
        self.recurrence.set_rule(data.recurrence or "", start)
        self.skipped.setText("; ".join(d.isoformat() for d in data.skipped_dates))
        self._repeats_changed()
        if self.original_id:
            self.sequence_label.setText(self.tr(
                "Calendar version %1: it rises by itself when the time, place or status "
                "changes, so partners' calendars take the update.").replace(
                    "%1", str(data.sequence)))
        else:
            self.sequence_label.hide()
        self._show_zone()

    def value(self) -> EventInput:
        staff: int | None = self.staff_needed.value()
        if staff == 0 and not self.data.staff_needed:
            staff = self.data.staff_needed  # "not set" stays as it was (None or 0)
        skipped = []
        for text in split_list(self.skipped.text()):
            try:
                skipped.append(date.fromisoformat(text))
            except ValueError:
                raise InputError(Problem(self.tr("Skipped dates"), self.tr(
                    "%1 is not a date YYYY-MM-DD").replace("%1", repr(text)),
                    "field.not_a_date"), self.tr("The event was not saved")) from None
        return EventInput(
            id=self.id_edit.text().strip(),
            year=self.campaign.currentData(),
            agreement_id=str(self.agreement.currentData() or ""),
            partner_ids=self.partners.checked_ids(),
            recurrence=self.recurrence.rule_text(),
            skipped_dates=skipped,
            title=self.title_en.text(),
            title_es=self.title_es.text(),
            format=str(self.format.currentData() or ""),
            starts=self.starts.value(),
            ends=self.ends.value(),
            time_zone=combo_value(self.time_zone).strip(),
            venue=self.venue.text(),
            address=self.address.text(),
            host_consulate_id=combo_value(self.host),
            office_ids=self.offices.chosen(),
            languages=split_list(self.languages.text()),
            topics=split_list(self.topics.text()),
            staff_needed=staff,
            languages_needed=split_list(self.languages_needed.text()),
            status=str(self.status_combo.currentData() or EventStatus.PLANNED.value),
            notes=self.notes.toPlainText(),
            version=self.data.version,
        )

    def save(self) -> Change:
        data = self.value()
        change = ops.save_event(self, self.db, data, self.original_id).call()
        self.saved_id = data.id
        return change

    # --- reactions ------------------------------------------------------------------------------

    def choose_venue(self, consulate_id: str) -> None:
        """Fill venue name, address and time zone from a consulate (and the host if unset)."""
        index = self.venue_choice.findData(consulate_id)
        if index >= 0:
            self.venue_choice.setCurrentIndex(index)
        self._venue_chosen(index)

    def _venue_chosen(self, index: int) -> None:
        consulate_id = self.venue_choice.itemData(index) if index >= 0 else None
        if not consulate_id:
            self.venue.setFocus()
            return
        try:
            name, address, zone_name = venue_defaults(self.db, str(consulate_id))
        except Exception as exc:
            show_error(self, exc)
            return
        self.venue.setText(name)
        self.venue.setCursorPosition(0)
        self.address.setText(address)
        self.address.setCursorPosition(0)
        set_combo_data(self.time_zone, zone_name)
        if not combo_value(self.host):
            set_combo_data(self.host, consulate_id)
        self._show_zone()

    def _zone_changed(self, _text: str) -> None:
        self._show_zone()

    def _start_changed(self) -> None:
        """Moving the start moves the end with it (same length), as calendars do."""
        start = self.starts.value()
        if self._last_start is not None and start != self._last_start:
            moved = start - self._last_start
            end = self.ends.value() + moved
            if moved and timedelta(0) < end - start < timedelta(days=2):
                self.ends.set_value(end)
        self._last_start = start
        if start is not None:
            self.recurrence.set_start(start.date())
        self._show_zone()

    def _repeats_changed(self) -> None:
        """Skipped dates only mean something for a series."""
        self.form.setRowVisible(self.skipped, bool(self.recurrence.rule_text())
                                or bool(self.skipped.text().strip()))

    def _show_zone(self) -> None:
        zone_name = combo_value(self.time_zone).strip()
        self.starts.show_zone(zone_name)
        self.ends.show_zone(zone_name)
