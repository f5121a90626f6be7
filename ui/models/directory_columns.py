"""Columns the directory's tables share (offices and consulates): where a record comes from,
its state and its time zone. Every cell of those tables has the origin as its tooltip."""

from __future__ import annotations

from typing import Any

from ui.labels import origin_details, origin_label
from ui.models.columns import Column, header_text


def origin_tooltip(row: Any) -> str:
    """Where the record comes from and how sure that is (a reference or a user's record)."""
    return origin_details(row.source, row.confidence, row.edited)


def _origin_words() -> tuple[str, ...]:
    return (origin_label("", False), origin_label("x", True))


def state_column() -> Column[Any]:
    return Column("state", header_text("State"), lambda r: r.state, sample="WW",
                  tooltip=origin_tooltip)


def time_zone_column() -> Column[Any]:
    return Column("time_zone", header_text("Time zone"), lambda r: r.time_zone,
                  sample="America/Los_Angeles", fit=True, tooltip=origin_tooltip)


def origin_column() -> Column[Any]:
    # Reference before edited reference before the user's own.
    return Column("origin", header_text("Origin"), lambda r: origin_label(r.source, r.edited),
                  sort=lambda r: (not r.source, r.edited), words=_origin_words,
                  tooltip=origin_tooltip)
