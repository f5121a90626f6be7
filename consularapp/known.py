"""What exists, as the rules of a proposed record need to know it: the context of `check_*`.

A rule asks "is there an office MX-CHICAGO?", "what does agreement A renew?", "when is event E?"
through a `Known`. The editors build one on their session (`Known.of(session)`), which answers
each question with one small query the first time it is asked; the workbook importer builds one
from ID sets it loaded once per table, extended with what the file itself defines, so checking
20,000 rows costs no query at all.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp.models import (
    Agreement,
    Assignment,
    Campaign,
    Consulate,
    Event,
    EventStatus,
    OccurrenceChange,
    Office,
    Partner,
    Person,
)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_ABSENT: Any = object()


@dataclass(frozen=True)
class EventFacts:
    """What the rules of an assignment need of its event."""

    title: str
    time_zone: str
    starts_at: datetime
    ends_at: datetime
    # Cancelled before the change being checked, and still after it: such an event takes no
    # new staff (an event cancelled together with its staff, as an import of an export brings
    # it, keeps them).
    cancelled: bool
    # A recurring event's rule and exceptions (consularapp/recurrence.py), None for a one-off.
    recurrence: str | None = None
    exceptions: Mapping[date, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AssignmentFacts:
    """Another assignment of the same person on the same event (`id` None: not stored yet)."""

    id: int | None
    starts_at: datetime | None
    occurrence: date | None = None  # the one occurrence it is for (None: every one)


class Lookup(Generic[K, V]):
    """A read-only mapping that asks `fetch` for a key the first time it is looked up.

    `fetch` returns the value, or `_ABSENT` when there is no such key. Nothing can be listed:
    a lookup answers only what is asked.
    """

    def __init__(self, fetch: Callable[[K], Any]) -> None:
        self._fetch = fetch
        self._seen: dict[K, Any] = {}

    def _value(self, key: K) -> Any:
        if key not in self._seen:
            self._seen[key] = self._fetch(key)
        return self._seen[key]

    def __contains__(self, key: object) -> bool:
        return self._value(key) is not _ABSENT  # type: ignore[arg-type]

    def get(self, key: K, default: V | None = None) -> V | None:
        value = self._value(key)
        return default if value is _ABSENT else value

    def __getitem__(self, key: K) -> V:
        value = self._value(key)
        if value is _ABSENT:
            raise KeyError(key)
        return value  # type: ignore[no-any-return]


def _no_assignments(event_id: str, person_id: str) -> Sequence[AssignmentFacts]:
    return ()


@dataclass
class Known:
    """The records a proposed one may refer to or collide with.

    `events` maps an ID to its facts, or to None for an event that exists but whose facts are
    unknown (a workbook row that was itself refused): rules skip what depends on them instead of
    reporting the same mistake twice.
    """

    offices: Container[str] = field(default_factory=set)
    consulates: Container[str] = field(default_factory=set)
    people: Mapping[str, str] | Lookup[str, str] = field(default_factory=dict)  # ID -> name
    agreements: Mapping[str, str | None] | Lookup[str, str | None] = field(
        default_factory=dict)  # ID -> the agreement it renews
    campaigns: Container[int] = field(default_factory=set)
    events: Mapping[str, EventFacts | None] | Lookup[str, EventFacts | None] = field(
        default_factory=dict)
    assignments: Callable[[str, str], Sequence[AssignmentFacts]] = _no_assignments
    partners: Container[str] = field(default_factory=set)

    @classmethod
    def of(cls, s: Session) -> Known:
        """A context answering from the database through `s`, one small query per question."""

        def exists(column: Any) -> Callable[[Any], Any]:
            def fetch(key: Any) -> Any:
                found = s.execute(select(column).where(column == key)).first()
                return True if found is not None else _ABSENT

            return fetch

        def person(key: str) -> Any:
            name = s.execute(select(Person.name).where(Person.id == key)).first()
            return _ABSENT if name is None else name[0]

        def agreement(key: str) -> Any:
            row = s.execute(select(Agreement.renews_id).where(Agreement.id == key)).first()
            return _ABSENT if row is None else row[0]

        def event(key: str) -> Any:
            row = s.execute(
                select(Event.title, Event.time_zone, Event.starts_at, Event.ends_at, Event.status,
                       Event.recurrence)
                .where(Event.id == key)
            ).first()
            if row is None:
                return _ABSENT
            exceptions: dict[date, Any] = {}
            if row.recurrence:
                from consularapp.recurrence import Exception_

                exceptions = {c.occurs_on: Exception_(c.cancelled, c.starts_at, c.ends_at)
                              for c in s.scalars(select(OccurrenceChange).where(
                                  OccurrenceChange.event_id == key))}
            return EventFacts(*row[:4], cancelled=row[4] == EventStatus.CANCELLED.value,
                              recurrence=row.recurrence, exceptions=exceptions)

        def assignments(event_id: str, person_id: str) -> Sequence[AssignmentFacts]:
            return [
                AssignmentFacts(*row)
                for row in s.execute(
                    select(Assignment.id, Assignment.starts_at, Assignment.occurrence).where(
                        Assignment.event_id == event_id, Assignment.person_id == person_id
                    )
                )
            ]

        return cls(
            offices=_KeySet(exists(Office.id)),
            consulates=_KeySet(exists(Consulate.id)),
            people=Lookup(person),
            agreements=Lookup(agreement),
            campaigns=_KeySet(exists(Campaign.year)),
            events=Lookup(event),
            assignments=assignments,
            partners=_KeySet(exists(Partner.id)),
        )


class _KeySet(Container[Any]):
    """A set that answers `in` by asking the database (once per key)."""

    def __init__(self, fetch: Callable[[Any], Any]) -> None:
        self._lookup: Lookup[Any, Any] = Lookup(fetch)

    def __contains__(self, key: object) -> bool:
        return key in self._lookup
