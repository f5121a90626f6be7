"""Dashboard, partner matrix and timeline models (no widgets)."""

from __future__ import annotations

from datetime import date

import pytest

from consularapp.agreements import Status, compute_statuses
from consularapp.partnerships import (
    AttentionKind,
    Scope,
    dashboard,
    partner_matrix,
    scoped_statuses,
    timeline,
)

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo_db(demo_db_at):
    return demo_db_at(TODAY)


def test_dashboard_lists_what_needs_attention_most_urgent_first(demo_db) -> None:
    board = dashboard(demo_db, TODAY)
    kinds = [i.kind for i in board.items]
    assert kinds == sorted(kinds, key=list(AttentionKind).index)
    first = board.items[0]
    assert first.kind is AttentionKind.EXPIRING and first.record_id == "OSHA-PHX-ALLIANCE-2024"
    assert first.days == 15
    ids = {(i.kind, i.record_id) for i in board.items}
    assert (AttentionKind.RENEWAL_DUE, "WHD-LA-MX-2021") in ids
    assert (AttentionKind.EXPIRED, "WHD-HOU-HN-2023") in ids
    assert (AttentionKind.NO_LIAISON, "MX-DENVER") in ids
    assert (AttentionKind.NO_AGREEMENT, "WHD-HOUSTON") in ids
    # Superseded agreements that lapsed are not "expired without successor".
    assert all(i.record_id != "WHD-CHI-MX-2020" for i in board.items)
    assert board.counts[Status.EXPIRING] == 2 and board.counts[Status.RENEWAL_DUE] == 1
    assert board.banner() == "2 agreements expire within 30 days, 1 is due for renewal"


def test_open_ended_review_comes_due(demo_db) -> None:
    # NLRB-HOU-MX-2015 (no sunset) was signed 3,200 days before TODAY, on 2018-02-16;
    # reviews fall every 3 years from then: the 2027-02-16 one is within the 180-day lead.
    board = dashboard(demo_db, TODAY)
    reviews = [i for i in board.items if i.kind is AttentionKind.REVIEW_DUE]
    assert [(i.record_id, i.days) for i in reviews] == [("NLRB-HOU-MX-2015", 87)]
    assert "2027-02-16" in reviews[0].detail
    assert not [i for i in dashboard(demo_db, date(2027, 2, 17)).items
                if i.kind is AttentionKind.REVIEW_DUE]


def test_dashboard_scope_by_agency_and_region(demo_db) -> None:
    board = dashboard(demo_db, TODAY, Scope(agency="OSHA"))
    # OSHA-DEN-MX-2023 expired, but the annual reports of its periods are still owed.
    assert {i.record_id for i in board.items} == {"OSHA-PHX-ALLIANCE-2024", "MX-DENVER",
                                                   "OSHA-DENVER", "OSHA-DEN-MX-2023"}
    assert "OSHA" in board.agencies and ("WHD", "Midwest") in board.regions
    west = dashboard(demo_db, TODAY, Scope(agency="WHD", region="West"))
    assert all(i.record_id != "WHD-CHI-MX-2023" for i in west.items)


def test_matrix_cells_show_the_agreement_that_matters(demo_db) -> None:
    m = partner_matrix(demo_db, TODAY)
    cell = m.cell("WHD-CHICAGO", "MX-CHICAGO")
    assert cell.status is Status.ACTIVE and cell.agreement_id == "WHD-CHI-MX-2023"
    assert cell.agreement_ids == ("WHD-CHI-MX-2023", "WHD-CHI-MX-2020")
    assert m.cell("OSHA-PHOENIX", "MX-YUMA").status is Status.EXPIRING
    assert m.cell("WHD-HOUSTON", "HN-HOUSTON").status is Status.EXPIRED
    assert m.cell("WHD-CHICAGO", "MX-PHOENIX") is None  # a gap
    # rows grouped by agency then region; Mexican consulates first
    agencies = [o.agency for o in m.offices]
    assert agencies == sorted(agencies)
    assert m.consulates[0].country == "MX" and m.consulates[-1].country != "MX"
    full = partner_matrix(demo_db, TODAY, only_partners=False)
    assert len(full.offices) > 140 and len(full.consulates) >= 59


def test_timeline_chains_renewals(demo_db) -> None:
    rows = timeline(demo_db, TODAY)
    chi = next(r for r in rows if r.office.id == "WHD-CHICAGO" and r.consulate.id == "MX-CHICAGO")
    assert [s.agreement_id for s in chi.spans] == ["WHD-CHI-MX-2020", "WHD-CHI-MX-2023"]
    assert chi.spans[1].renews_id == "WHD-CHI-MX-2020"
    assert chi.spans[0].status is Status.SUPERSEDED
    terminated = next(r for r in rows if r.office.id == "OSHA-DENVER")
    assert terminated.spans[0].end == date(2026, 10, 7)  # drawn to its termination date


def test_banner_uses_the_thresholds_in_force_and_board_keeps_statuses(demo_db) -> None:
    from consularapp.agreements import StatusSettings

    board = dashboard(demo_db, TODAY, settings=StatusSettings(expiring_days=20))
    assert board.banner().startswith("1 agreement expires within 20 days")
    assert board.statuses["OSHA-PHX-ALLIANCE-2024"].days_left == 15


def test_a_regions_statuses_are_read_by_a_query_on_the_region(demo_db) -> None:
    # The region's agreements, read by a query on its offices, are those of every agreement
    # that names one of its offices, with the same statuses (superseded by a renewal in it).
    midwest = Scope(agency="WHD", region="Midwest")
    offices = {o.id: o for o in partner_matrix(demo_db, TODAY, only_partners=False).offices}
    expected = [(a.id, a.status, a.renewed_by) for a in compute_statuses(demo_db, TODAY)
                if any(o in offices and midwest.admits(offices[o]) for o in a.office_ids)]
    found = [(a.id, a.status, a.renewed_by) for a in scoped_statuses(demo_db, TODAY, midwest)]
    assert found == expected


def test_a_region_holds_only_the_agreements_of_its_offices(demo_db) -> None:
    found = {a.id for a in scoped_statuses(demo_db, TODAY, Scope(agency="WHD",
                                                                 region="Midwest"))}
    assert found == {"WHD-CHI-GT-2024", "WHD-CHI-MX-2020", "WHD-CHI-MX-2023"}


def test_statuses_of_a_query_of_ids_name_their_successor(demo_db) -> None:
    from sqlalchemy import select

    from consularapp.models import Agreement

    within = select(Agreement.id).where(Agreement.id == "WHD-CHI-MX-2020")
    [only] = compute_statuses(demo_db, TODAY, within=within)
    assert (only.id, only.status, only.renewed_by) == ("WHD-CHI-MX-2020", Status.SUPERSEDED,
                                                       "WHD-CHI-MX-2023")
