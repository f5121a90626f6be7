"""The status catalogue: every status declared once and shown everywhere, readable colours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from status_cases import AS_OF, SPEC_STATUSES, one_of_each

from consularapp import statuses
from consularapp.agreements import (
    IN_FORCE,
    URGENCY,
    Status,
    compute_statuses,
)
from consularapp.db import Database
from consularapp.i18n import N_


def test_every_status_is_declared_once_in_urgency_order() -> None:
    assert [info.status for info in statuses.CATALOGUE] == URGENCY
    assert sorted(URGENCY) == sorted(Status)
    assert sorted(s.value for s in Status) == sorted(SPEC_STATUSES)
    assert {Status.ACTIVE, Status.RENEWAL_DUE, Status.EXPIRING, Status.OPEN_ENDED} == IN_FORCE
    assert [statuses.rank(s) for s in URGENCY] == list(range(len(URGENCY)))
    assert len({info.symbol for info in statuses.CATALOGUE}) == len(URGENCY)
    assert sorted(statuses.PAIR_PREFERENCE) == sorted(Status)


@pytest.mark.parametrize("info", statuses.CATALOGUE, ids=lambda i: i.status.value)
def test_every_status_has_words_in_both_languages(info: statuses.StatusInfo) -> None:
    assert statuses.word(info.status, "en") == info.word
    assert statuses.text(info.status, "en") == f"{info.symbol} {info.word}"
    assert statuses.title(info.status, "en")[0].isupper()
    assert statuses.meaning(info.status, "en") and statuses.meaning(info.status, "es")
    assert statuses.word(info.status, "es") != statuses.word(info.status, "en")
    # Marked for translation: the catalogue's English is what N_ was given.
    assert N_(info.word) == info.word


@pytest.mark.parametrize("info", statuses.CATALOGUE, ids=lambda i: i.status.value)
def test_status_colours_keep_text_readable(info: statuses.StatusInfo) -> None:
    """WCAG AA for text: 4.5:1 for ink on its background, ink on white, black on background."""
    assert statuses.contrast_ratio(info.ink, info.background) >= 4.5
    assert statuses.contrast_ratio(info.ink, "#ffffff") >= 4.5
    assert statuses.contrast_ratio("#000000", info.background) >= 4.5


def test_contrast_ratio_matches_wcag() -> None:
    assert statuses.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert statuses.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_the_legend_names_every_status() -> None:
    legend = statuses.legend("en")
    for info in statuses.CATALOGUE:
        assert f"{info.symbol} {info.word}" in legend


def test_computed_statuses_cover_the_catalogue(ref_db: Database) -> None:
    ids = one_of_each(ref_db)
    computed = {a.id: a.status for a in compute_statuses(ref_db, AS_OF)}
    assert {status: computed[aid] for status, aid in ids.items()} == {s: s for s in ids}


def test_the_reports_colour_every_status_as_the_window_does(ref_db: Database,
                                                              tmp_path: Path) -> None:
    from consularapp.reports.agreements import STATUS_COLOURS, write_excel

    one_of_each(ref_db)
    assert set(STATUS_COLOURS) == set(Status)
    for info in statuses.CATALOGUE:
        assert STATUS_COLOURS[info.status] == (info.background[1:].upper(), info.ink[1:].upper())
    out = write_excel(ref_db, tmp_path / "agreements.xlsx", as_of=AS_OF)
    sheet = load_workbook(out)["Agreements"]
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    coloured = {rule.formula[0].strip('"'): rule.dxf.fill.fgColor.rgb[-6:] for rule in rules}
    assert coloured == {i.status.value: i.background[1:].upper() for i in statuses.CATALOGUE}
    written = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(SPEC_STATUSES) <= written


def test_the_command_line_says_every_status_in_the_specs_words(ref_db: Database,
                                                                db_url: str) -> None:
    import io

    from consularapp.cli import main

    one_of_each(ref_db)
    out = io.StringIO()
    assert main(["--db", db_url, "agreements", "--as-of", AS_OF.isoformat(), "--json"],
                out=out) == 0
    assert {a["status"] for a in json.loads(out.getvalue())} == set(SPEC_STATUSES)
