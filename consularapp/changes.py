"""What a write changed, so the UI refreshes exactly that instead of reloading everything."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Change:
    """IDs created, updated and deleted by one write, per table ('office', 'person', ...)."""

    created: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)

    def add(self, what: str, table: str, record_id: str) -> None:
        getattr(self, what).setdefault(table, set()).add(record_id)

    def tables(self) -> set[str]:
        return set(self.created) | set(self.updated) | set(self.deleted)

    def count(self, what: str, table: str | None = None) -> int:
        bucket: dict[str, set[str]] = getattr(self, what)
        if table is not None:
            return len(bucket.get(table, ()))
        return sum(len(ids) for ids in bucket.values())

    def merge(self, other: Change) -> Change:
        for what in ("created", "updated", "deleted"):
            for table, ids in getattr(other, what).items():
                getattr(self, what).setdefault(table, set()).update(ids)
        return self

    def __bool__(self) -> bool:
        return bool(self.tables())
