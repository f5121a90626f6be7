"""The built-in directory: agency offices, Mexican consulates and past Labor Rights Weeks.

Loaded from the sourced CSV files in resources/reference/ on `init` and on first start. Loading is
idempotent and respectful: a record the user edited, or deleted, is left as the user left it; an
untouched reference record is brought up to date with the shipped files (a newer app may ship
corrections). Every loaded record keeps its source and confidence, which the app shows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consularapp.changes import CREATED, UPDATED, Change
from consularapp.db import Database
from consularapp.models import Agency, Campaign, Consulate, DeletedReference, Office
from consularapp.paths import resource
from consularapp.validation import split_list
from consularapp.writes import write

AGENCIES = {
    "WHD": "Wage and Hour Division",
    "OSHA": "Occupational Safety and Health Administration",
    "EEOC": "U.S. Equal Employment Opportunity Commission",
    "NLRB": "National Labor Relations Board",
}
AGENCY_SOURCE = "agency names: dol.gov, eeoc.gov, nlrb.gov"

OFFICE_FILES = (
    "whd_district_offices.csv",
    "osha_offices.csv",
    "eeoc_offices.csv",
    "nlrb_offices.csv",
)
CONSULATE_FILES = ("mexican_consulates.csv",)
CAMPAIGN_FILE = "lrw_editions.csv"


def read_csv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a shipped reference file, values stripped."""
    text = resource("reference", name).read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k}


@dataclass(frozen=True)
class _Record:
    model: type
    table: str
    key: Any
    values: dict[str, Any]


def _office_records() -> Iterator[_Record]:
    for name in OFFICE_FILES:
        for row in read_csv(name):
            yield _Record(
                Office,
                "office",
                row["office_id"],
                {
                    "agency_code": row["agency"],
                    "name": row["name"],
                    "office_type": row["office_type"],
                    "region": row["region"] or None,
                    "city": row["city"],
                    "state": row["state"],
                    "time_zone": row["time_zone"],
                    "states_served": split_list(row.get("states_served", "")),
                    "source": f"{row['source']} (reference/{name})",
                    "confidence": row["confidence"] or None,
                },
            )


def _consulate_records() -> Iterator[_Record]:
    for name in CONSULATE_FILES:
        for row in read_csv(name):
            yield _Record(
                Consulate,
                "consulate",
                row["consulate_id"],
                {
                    "country_code": row["country"],
                    "city": row["city"],
                    "state": row["state"],
                    "consulate_type": row["consulate_type"] or None,
                    "time_zone": row["time_zone"],
                    "source": f"{row['source']} (reference/{name})",
                    "confidence": row["confidence"] or None,
                },
            )


def _campaign_records() -> Iterator[_Record]:
    for row in read_csv(CAMPAIGN_FILE):
        yield _Record(
            Campaign,
            "campaign",
            int(row["year"]),
            {
                "edition": int(row["edition"]) if row["edition"] else None,
                "starts_on": date.fromisoformat(row["starts_on"]),
                "ends_on": date.fromisoformat(row["ends_on"]),
                "theme_en": row["theme_en"] or None,
                "theme_es": row["theme_es"] or None,
                "scale": row["scale"] or None,
                "source": f"{row['source'] or 'no source'}; dates {row['dates_basis']} "
                f"(reference/{CAMPAIGN_FILE})",
                "confidence": "inferred"
                if row["dates_basis"].startswith("inferred")
                else "verified",
            },
        )


def _agency_records() -> Iterator[_Record]:
    for code, name in AGENCIES.items():
        yield _Record(
            Agency,
            "agency",
            code,
            {"name": name, "source": AGENCY_SOURCE, "confidence": "verified"},
        )


def _load(session: Session, records: list[_Record], change: Change) -> None:
    if not records:
        return
    model, table = records[0].model, records[0].table
    existing = {
        obj.__mapper__.primary_key_from_instance(obj)[0]: obj
        for obj in session.scalars(select(model))
    }
    deleted = set(
        session.scalars(
            select(DeletedReference.record_id).where(DeletedReference.table_name == table)
        )
    )
    for rec in records:
        if str(rec.key) in deleted:
            continue
        obj = existing.get(rec.key)
        if obj is None:
            pk = model.__mapper__.primary_key[0].key
            session.add(model(**{pk: rec.key}, **rec.values))
            change.add(CREATED, table, str(rec.key))
        elif obj.source is not None and not obj.edited:
            differs = {k: v for k, v in rec.values.items() if getattr(obj, k) != v}
            if differs:
                for k, v in differs.items():
                    setattr(obj, k, v)
                change.add(UPDATED, table, str(rec.key))
        # else: the user's own record with that ID, or one they edited: theirs to keep
    session.flush()


def load_reference(db: Database) -> Change:
    """Load or refresh the built-in directory; returns what changed (nothing, the second time)."""
    with write(db, operation="reference") as w:
        _load(w.session, list(_agency_records()), w.change)
        _load(w.session, list(_office_records()), w.change)
        _load(w.session, list(_consulate_records()), w.change)
        _load(w.session, list(_campaign_records()), w.change)
    return w.change
