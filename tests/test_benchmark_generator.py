"""The benchmark dataset generator: spec headers, proportional counts, determinism, clean import."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openpyxl import load_workbook

SCALE = 0.02
GENERATOR = Path(__file__).resolve().parent.parent / "benchmarks" / "generate.py"

# Written out from spec/workbook.md on purpose, not taken from the generator.
SPEC_HEADERS = {
    "Offices": ["Office ID", "Agency", "Agency name", "Name", "Office type", "Region", "City",
                "State", "Time zone", "Address", "Phone", "Email"],
    "Consulates": ["Consulate ID", "Country", "City", "State", "Type", "Time zone", "Address",
                   "Phone", "Email", "Jurisdiction"],
    "People": ["Person ID", "Name", "Organization ID", "Title", "Languages", "Email", "Phone",
               "Active from", "Active to"],
    "Agreements": ["Agreement ID", "Kind", "Office IDs", "Consulate IDs", "State", "Signed on",
                   "Effective on", "Term months", "Expires on", "Terminated on", "Renews",
                   "US signatory", "Consular signatory", "Document", "Notes"],
    "Campaigns": ["Year", "Starts on", "Ends on", "Theme", "Theme (Spanish)"],
    "Events": ["Event ID", "Year", "Title", "Title (Spanish)", "Format", "Starts", "Ends",
               "Time zone", "Venue", "Address", "Host consulate ID", "Office IDs", "Languages",
               "Topics", "Staff needed", "Languages needed", "Status", "Notes"],
    "Assignments": ["Event ID", "Person ID", "Role", "Starts", "Ends", "Notes"],
}


def _load_generator() -> ModuleType:
    """benchmarks/ is not a package: load generate.py by path."""
    spec = importlib.util.spec_from_file_location("benchmarks_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("bench") / "small.xlsx"
    return path, gen.generate(path, seed=1, scale=SCALE)


def _sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def test_full_scale_sizes_are_the_national_dataset() -> None:
    sizes = gen.planned_sizes(1.0)
    assert (sizes.offices, sizes.consulates, sizes.people, sizes.agreements) == (
        200, 150, 5000, 1500)
    assert (sizes.campaigns, sizes.events, sizes.assignments) == (20, 20_000, 60_000)


def test_every_sheet_has_the_spec_headers_and_proportional_counts(
    small: tuple[Path, dict[str, int]],
) -> None:
    path, counts = small
    sheets = _sheets(path)
    assert list(sheets) == list(SPEC_HEADERS)
    for name, header in SPEC_HEADERS.items():
        assert list(sheets[name][0]) == header, name
        assert counts[name] == len(sheets[name]) - 1, name

    sizes = gen.planned_sizes(SCALE)
    assert counts["Offices"] == sizes.offices
    assert counts["Consulates"] == sizes.consulates
    assert counts["Agreements"] == sizes.agreements
    assert counts["Campaigns"] == 20
    assert counts["Events"] == 20 * round(1000 * SCALE)
    assert counts["Assignments"] == 3 * counts["Events"]
    person_ids = {row[0] for row in sheets["People"][1:]}
    assert len(person_ids) == sizes.people
    assert counts["People"] >= sizes.people  # rotations add membership rows

    countries = {row[1] for row in sheets["Consulates"][1:]}
    assert len(countries) == 15
    agencies = {row[1] for row in sheets["Offices"][1:]}
    assert {"WHD", "OSHA", "EEOC", "NLRB", "CA-LC"} <= agencies
    years = sorted(row[0] for row in sheets["Campaigns"][1:])
    assert years == list(range(2008, 2028))


def test_same_seed_same_data(small: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    again = tmp_path / "again.xlsx"
    gen.generate(again, seed=1, scale=SCALE)
    assert _sheets(again) == _sheets(small[0])
    other = tmp_path / "other.xlsx"
    gen.generate(other, seed=2, scale=SCALE)
    assert _sheets(other)["Events"] != _sheets(small[0])["Events"]


def test_small_workbook_imports_with_no_problems(
    small: tuple[Path, dict[str, int]], tmp_path: Path,
) -> None:
    workbook = pytest.importorskip("consularapp.workbook")
    from sqlalchemy import text

    from consularapp.db import open_database

    path, counts = small
    db = open_database(f"sqlite:///{tmp_path}/b.sqlite3")
    try:
        result = workbook.import_workbook(db, path)
        assert result.warnings == []
        with db.engine.connect() as conn:
            def rows(table: str) -> int:
                return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()

            assert rows("office") == counts["Offices"]
            assert rows("consulate") == counts["Consulates"]
            assert rows("membership") == counts["People"]
            assert rows("person") == gen.planned_sizes(SCALE).people
            assert rows("agreement") == counts["Agreements"]
            assert rows("campaign") == counts["Campaigns"]
            assert rows("event") == counts["Events"]
            assert rows("assignment") == counts["Assignments"]
    finally:
        db.close()
