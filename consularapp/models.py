"""The whole domain as SQLAlchemy 2 typed models.

Records are keyed by the user's stable IDs (the exchange workbook's `Office ID`, `Event ID`...):
they are what users type, what calendars derive UIDs from and what import matches on. Foreign keys
cascade on update so an ID can be corrected in one place.

Nothing here is SQLite-specific: instants go through `UTCDateTime`, lists through JSON, and
choices are plain strings checked by the services (an enum in the schema would need a migration
for every new event format).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from consularapp.timeutil import now_utc, require_aware

ID_LENGTH = 64


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: aware UTC in Python, UTC in the database whatever the backend keeps.

    Naive datetimes are refused on the way in, so no local clock time can be stored by mistake.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        value = require_aware(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class StringList(TypeDecorator[list[str]]):
    """A list of short strings (languages, topics), stored as JSON."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Any) -> list[str]:
        return list(value or [])

    def process_result_value(self, value: list[str] | None, dialect: Any) -> list[str]:
        return list(value or [])


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- choices ------------------------------------------------------------------------------------


class OfficeType(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    DISTRICT = "district"
    AREA = "area"
    FIELD = "field"
    LOCAL = "local"
    SUBREGIONAL = "subregional"
    RESIDENT = "resident"


class ConsulateType(StrEnum):
    GENERAL = "consulate general"
    CONSULATE = "consulate"
    EMBASSY_SECTION = "consular section of embassy"
    HONORARY = "honorary consulate"


class AgreementKind(StrEnum):
    LETTER = "Letter of Arrangement"
    UNDERSTANDING = "Arrangement Establishing an Understanding"
    ALLIANCE = "Arrangement Establishing an Alliance"
    MOU = "Memorandum of Understanding"
    OTHER = "Other"


class AgreementState(StrEnum):
    """What the record says; whether a signed agreement is in force is computed (agreements.py)."""

    DRAFT = "draft"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    TERMINATED = "terminated"


class EventFormat(StrEnum):
    TABLING = "tabling"
    WORKSHOP = "workshop"
    TRAINING = "training"
    WEBINAR = "webinar"
    RADIO = "radio"
    MOBILE_CONSULATE = "mobile consulate"
    PRESS_CONFERENCE = "press conference"
    OPENING_CEREMONY = "opening ceremony"
    SIGNING_CEREMONY = "signing ceremony"
    MEETING = "meeting"  # an implementation-team meeting of an agreement
    OTHER = "other"


class EventStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class Role(StrEnum):
    PRESENTER = "presenter"
    TABLE_STAFF = "table staff"
    INTERPRETER = "interpreter"
    COORDINATOR = "coordinator"
    OTHER = "other"


class PartnerKind(StrEnum):
    """Community organizations that work with the offices and consulates."""

    WORKER_CENTER = "worker center"
    UNION = "union"
    LEGAL_AID = "legal aid"
    FAITH_BASED = "faith-based"
    HOMETOWN = "hometown association"
    OTHER = "other"


class Confidence(StrEnum):
    """How firm a reference record is; user records carry none."""

    VERIFIED = "verified"
    INFERRED = "inferred"
    THIRD_PARTY = "third-party list"


# --- mixins -------------------------------------------------------------------------------------


class Tracked:
    """When a record was made and last changed (UTC)."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, onupdate=now_utc)


class FromReference(Tracked):
    """A record that may come from the built-in reference directory.

    `source` and `confidence` say where it came from; `edited` is set when a user changes it, after
    which reloading the reference data leaves it alone.
    """

    source: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[str | None] = mapped_column(String(200))
    edited: Mapped[bool] = mapped_column(Boolean, default=False)

    @property
    def is_reference(self) -> bool:
        return self.source is not None


class Versioned:
    """A record users edit. `version` rises by one with every change (consularapp.versioning), and
    the database refuses an UPDATE or DELETE whose version is not the one read (the mapper's
    version check), so a save based on an older version can never overwrite a newer one."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # The application sets each new version itself (versioning.py), so collection-only
        # changes (an agreement's offices, a person's memberships) raise it too.
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


def _fk(target: str, ondelete: str | None = None) -> ForeignKey:
    return ForeignKey(target, onupdate="CASCADE", ondelete=ondelete)


# --- directory ----------------------------------------------------------------------------------


class Agency(FromReference, Base):
    __tablename__ = "agency"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))

    offices: Mapped[list[Office]] = relationship(back_populates="agency")


class Office(Versioned, FromReference, Base):
    """An agency office: WHD district office, OSHA area office, NLRB region, ..."""

    __tablename__ = "office"
    __table_args__ = (Index(None, "agency_code"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    agency_code: Mapped[str] = mapped_column(_fk("agency.code"))
    name: Mapped[str] = mapped_column(String(200))
    office_type: Mapped[str] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(2))
    time_zone: Mapped[str] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    states_served: Mapped[list[str]] = mapped_column(StringList, default=list)

    agency: Mapped[Agency] = relationship(back_populates="offices")


class Consulate(Versioned, FromReference, Base):
    """A foreign consular office in the United States."""

    __tablename__ = "consulate"
    __table_args__ = (Index(None, "country_code"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    country_code: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(2))
    consulate_type: Mapped[str | None] = mapped_column(String(40))
    time_zone: Mapped[str] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    jurisdiction: Mapped[str | None] = mapped_column(Text)


class Person(Versioned, Tracked, Base):
    """Anyone the app knows by name; where they work is their memberships, which change."""

    __tablename__ = "person"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(StringList, default=list)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="Membership.active_from",
    )


class Membership(Base):
    """A person's place in one organization (an office or a consulate) for a period.

    `active_to` is the last day; None on either end means open.
    """

    __tablename__ = "membership"
    __table_args__ = (
        CheckConstraint("(office_id IS NULL) <> (consulate_id IS NULL)", name="one_organization"),
        Index(None, "person_id"),
        Index(None, "office_id"),
        Index(None, "consulate_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(_fk("person.id", ondelete="CASCADE"))
    office_id: Mapped[str | None] = mapped_column(_fk("office.id"))
    consulate_id: Mapped[str | None] = mapped_column(_fk("consulate.id"))
    title: Mapped[str | None] = mapped_column(String(200))
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="memberships")

    @property
    def organization_id(self) -> str:
        return self.office_id or self.consulate_id or ""

    def active_on(self, day: date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (
            self.active_to is None or day <= self.active_to
        )


class DeletedReference(Base):
    """A reference record the user deleted: reloading the directory must not bring it back."""

    __tablename__ = "deleted_reference"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)


class Partner(Versioned, Tracked, Base):
    """A community partner: a worker center, union, legal aid, faith-based group or hometown
    association that co-hosts events and may be a party to agreements."""

    __tablename__ = "partner"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(120))
    state: Mapped[str | None] = mapped_column(String(2))
    languages: Mapped[list[str]] = mapped_column(StringList, default=list)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    website: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


# --- agreements ---------------------------------------------------------------------------------

agreement_office = Table(
    "agreement_office",
    Base.metadata,
    Column("agreement_id", _fk("agreement.id", ondelete="CASCADE"), primary_key=True),
    Column("office_id", _fk("office.id"), primary_key=True),
    Index(None, "office_id"),
)

agreement_consulate = Table(
    "agreement_consulate",
    Base.metadata,
    Column("agreement_id", _fk("agreement.id", ondelete="CASCADE"), primary_key=True),
    Column("consulate_id", _fk("consulate.id"), primary_key=True),
    Index(None, "consulate_id"),
)


agreement_partner = Table(
    "agreement_partner",
    Base.metadata,
    Column("agreement_id", _fk("agreement.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", _fk("partner.id"), primary_key=True),
    Index(None, "partner_id"),
)


class Agreement(Versioned, FromReference, Base):
    """A local agreement binding offices to consulates for a term.

    Dates are stored as the document gives them; the expiry in force and the status are computed
    in agreements.py, never stored.
    """

    __tablename__ = "agreement"
    __table_args__ = (Index(None, "renews_id"),)

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    state: Mapped[str] = mapped_column(String(20), default=AgreementState.DRAFT.value)
    signed_on: Mapped[date | None] = mapped_column(Date)
    effective_on: Mapped[date | None] = mapped_column(Date)
    term_months: Mapped[int | None] = mapped_column(Integer)
    expires_on: Mapped[date | None] = mapped_column(Date)
    terminated_on: Mapped[date | None] = mapped_column(Date)
    renews_id: Mapped[str | None] = mapped_column(_fk("agreement.id", ondelete="SET NULL"))
    us_signatory_id: Mapped[str | None] = mapped_column(_fk("person.id", ondelete="SET NULL"))
    consular_signatory_id: Mapped[str | None] = mapped_column(_fk("person.id", ondelete="SET NULL"))
    document: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    offices: Mapped[list[Office]] = relationship(secondary=agreement_office, order_by=Office.id)
    consulates: Mapped[list[Consulate]] = relationship(
        secondary=agreement_consulate, order_by=Consulate.id
    )
    partners: Mapped[list[Partner]] = relationship(secondary=agreement_partner,
                                                   order_by=Partner.id)


# --- Labor Rights Week --------------------------------------------------------------------------


class Campaign(Versioned, FromReference, Base):
    """One year's Labor Rights Week."""

    __tablename__ = "campaign"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    theme_en: Mapped[str | None] = mapped_column(Text)
    theme_es: Mapped[str | None] = mapped_column(Text)
    edition: Mapped[int | None] = mapped_column(Integer)
    scale: Mapped[str | None] = mapped_column(Text)


event_office = Table(
    "event_office",
    Base.metadata,
    Column("event_id", _fk("event.id", ondelete="CASCADE"), primary_key=True),
    Column("office_id", _fk("office.id"), primary_key=True),
    Index(None, "office_id"),
)


event_partner = Table(
    "event_partner",
    Base.metadata,
    Column("event_id", _fk("event.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", _fk("partner.id"), primary_key=True),
    Index(None, "partner_id"),
)


class Event(Versioned, Tracked, Base):
    """An event of a campaign (`year`) or of the year-round partnership (`year` None), at a
    venue in its own time zone.

    `starts_at`/`ends_at` are UTC instants; `time_zone` is the venue's zone, in which the event is
    shown. `sequence` rises when time, place or status change (calendar exports need it).

    A recurring event keeps its RRULE in `recurrence` (consularapp/recurrence.py): `starts_at`
    and `ends_at` are its first occurrence, the others keep that wall-clock time at the venue.
    Occurrences are never stored one by one; `last_ends_at` (the end of the last one, moves
    included) lets a query find the series that reach into a range. Cancelled and moved
    occurrences are `OccurrenceChange` rows.
    """

    __tablename__ = "event"
    __table_args__ = (
        Index(None, "year"),
        Index(None, "starts_at"),
        Index(None, "host_consulate_id"),
        Index(None, "agreement_id"),
        Index(None, "last_ends_at"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    year: Mapped[int | None] = mapped_column(_fk("campaign.year"))
    title: Mapped[str] = mapped_column(Text)
    title_es: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(30))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64))
    venue: Mapped[str] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    host_consulate_id: Mapped[str | None] = mapped_column(_fk("consulate.id", ondelete="SET NULL"))
    languages: Mapped[list[str]] = mapped_column(StringList, default=list)
    topics: Mapped[list[str]] = mapped_column(StringList, default=list)
    staff_needed: Mapped[int | None] = mapped_column(Integer)
    languages_needed: Mapped[list[str]] = mapped_column(StringList, default=list)
    status: Mapped[str] = mapped_column(String(20), default=EventStatus.PLANNED.value)
    notes: Mapped[str | None] = mapped_column(Text)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    agreement_id: Mapped[str | None] = mapped_column(_fk("agreement.id", ondelete="SET NULL"))
    recurrence: Mapped[str | None] = mapped_column(Text)
    last_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    offices: Mapped[list[Office]] = relationship(secondary=event_office, order_by=Office.id)
    partners: Mapped[list[Partner]] = relationship(secondary=event_partner, order_by=Partner.id)
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )
    occurrence_changes: Mapped[list[OccurrenceChange]] = relationship(
        cascade="all, delete-orphan", order_by="OccurrenceChange.occurs_on"
    )


class OccurrenceChange(Base):
    """One occurrence of a recurring event that does not happen as the rule says: cancelled, or
    moved to `starts_at`-`ends_at` (UTC). `occurs_on` is the local date it was due on."""

    __tablename__ = "occurrence_change"

    event_id: Mapped[str] = mapped_column(_fk("event.id", ondelete="CASCADE"), primary_key=True)
    occurs_on: Mapped[date] = mapped_column(Date, primary_key=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Assignment(Versioned, Base):
    """A person put on an event, for the whole event or a shift inside it (UTC instants)."""

    __tablename__ = "assignment"
    __table_args__ = (Index(None, "event_id"), Index(None, "person_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(_fk("event.id", ondelete="CASCADE"))
    person_id: Mapped[str] = mapped_column(_fk("person.id"))
    role: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    # For a recurring event: the local date of the one occurrence this assignment is for
    # (None: every occurrence of the series).
    occurrence: Mapped[date | None] = mapped_column(Date)
    # Rises when the shift moves, so a person's own calendar entry updates in Outlook even when
    # the event itself did not change (their calendar's SEQUENCE is event's + this).
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    event: Mapped[Event] = relationship(back_populates="assignments")
    person: Mapped[Person] = relationship()


# --- outcomes and obligations -------------------------------------------------------------------


class Outcome(Versioned, Tracked, Base):
    """What one event (or one occurrence of a recurring event) achieved: counts only.

    Confidentiality: the app holds no worker's name or personal detail; these are numbers and
    a note about the event.
    """

    __tablename__ = "outcome"
    __table_args__ = (
        Index(None, "event_id"),
        Index("uq_outcome_event_occurrence", "event_id", "occurrence", unique=True),
        Index("uq_outcome_event_whole", "event_id", unique=True,
              sqlite_where=text("occurrence IS NULL"),
              postgresql_where=text("occurrence IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(_fk("event.id", ondelete="CASCADE"))
    occurrence: Mapped[date | None] = mapped_column(Date)
    people_reached: Mapped[int | None] = mapped_column(Integer)
    materials_distributed: Mapped[int | None] = mapped_column(Integer)
    materials_languages: Mapped[list[str]] = mapped_column(StringList, default=list)
    referrals: Mapped[int | None] = mapped_column(Integer)
    cases_identified: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class ObligationDone(Versioned, Tracked, Base):
    """An obligation of an agreement recorded as met. The obligations themselves are computed
    (consularapp/obligations.py); `period_starts` names the period of a periodic one."""

    __tablename__ = "obligation_done"
    __table_args__ = (
        Index(None, "agreement_id"),
        Index("uq_obligation_done_period", "agreement_id", "obligation", "period_starts",
              unique=True),
        Index("uq_obligation_done_once", "agreement_id", "obligation", unique=True,
              sqlite_where=text("period_starts IS NULL"),
              postgresql_where=text("period_starts IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agreement_id: Mapped[str] = mapped_column(_fk("agreement.id", ondelete="CASCADE"))
    obligation: Mapped[str] = mapped_column(String(100))
    period_starts: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date] = mapped_column(Date)
    document: Mapped[str | None] = mapped_column(Text)


# --- planning, publishing and settings ----------------------------------------------------------


class ConflictAck(Base):
    """A planning warning a coordinator looked at and accepted, with the reason.

    `key` identifies the problem stably (kind, events, person), so the acknowledgement holds while
    the problem is the same and lapses when it changes.
    """

    __tablename__ = "conflict_ack"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    reason: Mapped[str] = mapped_column(Text)
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


class Release(Base):
    """A published schedule of a campaign: what partners were sent, numbered per year."""

    __tablename__ = "release"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    year: Mapped[int] = mapped_column(_fk("campaign.year", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    published_by: Mapped[str | None] = mapped_column(String(200))
    changelog: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    events: Mapped[list[ReleaseEvent]] = relationship(
        back_populates="release", cascade="all, delete-orphan"
    )


class ReleaseEvent(Base):
    """An event as it stood in a release (a snapshot: later edits do not change what was sent)."""

    __tablename__ = "release_event"

    release_id: Mapped[int] = mapped_column(
        _fk("release.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)

    release: Mapped[Release] = relationship(back_populates="events")


class WithdrawnEntry(Base):
    """A calendar entry that was sent and has gone: a deleted event, a removed assignment or shift.

    Calendar clients keep an imported entry until a file says it is cancelled, so every later
    export of a scope the entry was in writes it once more with STATUS:CANCELLED (and staff get a
    METHOD:CANCEL). `snapshot` is the event as last exported (snapshots.py), already marked
    cancelled with its SEQUENCE raised; for an assignment it holds that one assignment. `scopes`
    are the calendars it was in: "all", "consulate:ID", "office:ID", "person:ID". Entries age out
    once their campaign has ended (withdrawn.py).
    """

    __tablename__ = "withdrawn_entry"
    __table_args__ = (Index(None, "year"),)

    uid: Mapped[str] = mapped_column(String(300), primary_key=True)
    year: Mapped[int] = mapped_column(_fk("campaign.year", ondelete="CASCADE"))
    event_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    assignment_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    scopes: Mapped[list[str]] = mapped_column(StringList, default=list)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    withdrawn_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


class Setting(Versioned, Base):
    """A setting shared by everyone on this database (thresholds, travel buffer, folders)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# --- history and team mode ----------------------------------------------------------------------


class HistoryChange(Base):
    """One write that changed records: who, when (UTC), what kind of operation.

    Append-only: nothing updates or deletes it (on a team database the roles cannot, and a
    trigger refuses it to everyone). An import is one change, an undo is another.
    """

    __tablename__ = "history_change"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    login: Mapped[str] = mapped_column(String(200))
    name: Mapped[str | None] = mapped_column(String(200))  # the person's name at the time
    operation: Mapped[str] = mapped_column(String(40), default="edit")


class History(Base):
    """What one change did to one record: a created or deleted record in one row (`value` of
    every field in `new` / `old`), an update in one row per changed field.

    `parent_table`/`parent_id` name the record a child belongs to (a membership's person), so a
    record's history includes its parts. `version` is the record's version after the change.
    """

    __tablename__ = "history"
    __table_args__ = (
        Index(None, "table_name", "record_id"),
        Index(None, "parent_table", "parent_id"),
        Index(None, "change_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("history_change.id"))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(64))
    old: Mapped[Any] = mapped_column(JSON, nullable=True)
    new: Mapped[Any] = mapped_column(JSON, nullable=True)
    version: Mapped[int | None] = mapped_column(Integer)
    parent_table: Mapped[str | None] = mapped_column(String(40))
    parent_id: Mapped[str | None] = mapped_column(String(200))


class TeamUser(Base):
    """A login of a team database and the person in the directory it belongs to.

    Written only by `team add-user` (on PostgreSQL through a function only administrators may
    call); the login's role itself is the database's own (membership of the role groups).
    """

    __tablename__ = "team_user"

    login: Mapped[str] = mapped_column(String(200), primary_key=True)
    person_id: Mapped[str | None] = mapped_column(_fk("person.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(20))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


class TeamRole(Base):
    """The PostgreSQL role of each of team mode's roles on this database (role names are
    server-wide, so each team database has its own: consularapp.team)."""

    __tablename__ = "team_role"

    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(63))


import consularapp.versioning  # noqa: E402,F401  (raises versions on every flush)


class DemoRecord(Base):
    """A record the demonstration data wrote, with the fingerprint of what it wrote.

    Loading the demonstration again writes a record only if it is still exactly as the demo left
    it (same fingerprint): a record the user edited is kept as they left it, one they deleted is
    not brought back, and one of their own with the same ID is never touched. A database with
    rows here holds demonstration data (the window says so in its title).
    """

    __tablename__ = "demo_record"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
