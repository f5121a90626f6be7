"""A year of an OSHA alliance with the Phoenix consulate, for the report tests and the note's
pages: the alliance and its community partner, implementation-team meetings, a monthly tabling
series with one cancelled and one moved occurrence, a radio programme, Labor Rights Week events,
staff and outcomes (counts only)."""

from __future__ import annotations

from datetime import date, datetime

from consularapp.agreements import AgreementInput, save_agreement
from consularapp.db import Database
from consularapp.directory import MembershipInput, PersonInput, save_person
from consularapp.events import EventInput, OccurrenceChangeInput, move_occurrence, save_event
from consularapp.outcomes import OutcomeInput, save_outcome
from consularapp.partners import PartnerInput, save_partner
from consularapp.staffing import AssignmentInput, assign

PHOENIX = "America/Phoenix"
ALLIANCE = "OSHA-PHX-MX-2025"


def build(db: Database) -> None:
    save_partner(db, PartnerInput("CP-CHICANOS-POR-LA-CAUSA", "Chicanos Por La Causa",
                                  "worker center", "Phoenix", "AZ", ["Spanish", "English"]))
    for pid, name, org, title in (
        ("P-AD-PHX", "Dana Whitfield", "OSHA-PHOENIX", "Area Director"),
        ("P-CONSUL-PHX", "Jorge Salinas Medina", "MX-PHOENIX", "Consul General"),
        ("P-CAS-PHX", "Marisol Ortega", "OSHA-PHOENIX", "Compliance Assistance Specialist"),
        ("P-LIAISON-PHX", "Andrea Beltrán", "MX-PHOENIX", "Consul for Protection"),
    ):
        save_person(db, PersonInput(id=pid, name=name, languages=["Spanish", "English"],
                                    memberships=[MembershipInput(org, title)]))
    save_agreement(db, AgreementInput(
        id=ALLIANCE, kind="Arrangement Establishing an Alliance", state="signed",
        office_ids=["OSHA-PHOENIX"], consulate_ids=["MX-PHOENIX"],
        partner_ids=["CP-CHICANOS-POR-LA-CAUSA"], signed_on=date(2025, 3, 3), term_months=24,
        us_signatory_id="P-AD-PHX", consular_signatory_id="P-CONSUL-PHX",
        notes="Heat illness prevention and fall protection for construction and farm workers."))
    common = dict(time_zone=PHOENIX, host_consulate_id="MX-PHOENIX",
                  office_ids=["OSHA-PHOENIX"], agreement_id=ALLIANCE)
    save_event(db, EventInput(
        id="OUT2025-PHX-TEAM", year=None, title="Alliance implementation team", format="meeting",
        starts=datetime(2025, 4, 15, 10), ends=datetime(2025, 4, 15, 11), venue="Consulate "
        "General of Mexico in Phoenix", recurrence="FREQ=MONTHLY;INTERVAL=3;BYDAY=3TU;COUNT=4",
        **common))
    for pid in ("P-AD-PHX", "P-LIAISON-PHX", "P-CAS-PHX"):
        assign(db, AssignmentInput("OUT2025-PHX-TEAM", pid, "other"))
    save_event(db, EventInput(
        id="OUT2025-PHX-TABLING", year=None, title="Heat safety table in the waiting room",
        format="tabling", starts=datetime(2025, 5, 6, 8), ends=datetime(2025, 5, 6, 12),
        venue="Consulate General of Mexico in Phoenix", topics=["heat illness", "water, rest, "
        "shade"], recurrence="FREQ=MONTHLY;BYDAY=1TU;UNTIL=2026-02-28",
        skipped_dates=[date(2025, 7, 1)], partner_ids=["CP-CHICANOS-POR-LA-CAUSA"], **common))
    move_occurrence(db, OccurrenceChangeInput("OUT2025-PHX-TABLING", date(2025, 11, 4),
                                              datetime(2025, 11, 6, 8), datetime(2025, 11, 6, 12)))
    assign(db, AssignmentInput("OUT2025-PHX-TABLING", "P-CAS-PHX", "table staff"))
    reached = {date(2025, 5, 6): 85, date(2025, 6, 3): 120, date(2025, 8, 5): 96,
               date(2025, 9, 2): 140, date(2025, 10, 7): 77, date(2025, 11, 4): 102}
    for day, n in reached.items():
        save_outcome(db, OutcomeInput("OUT2025-PHX-TABLING", day, n, n * 2, ["Spanish"],
                                      n // 20, n // 60))
    save_event(db, EventInput(
        id="OUT2025-PHX-RADIO", year=None, title="Radio Campesina: heat and your rights",
        format="radio", starts=datetime(2025, 6, 20, 7), ends=datetime(2025, 6, 20, 8),
        venue="Radio Campesina studio", topics=["heat illness"], languages=["Spanish"],
        **{k: v for k, v in common.items() if k != "host_consulate_id"}))
    save_outcome(db, OutcomeInput("OUT2025-PHX-RADIO", None, 12000))
    save_event(db, EventInput(
        id="LRW2025-PHX-FALLS", year=2025, title="Fall protection workshop", format="workshop",
        starts=datetime(2025, 8, 27, 17), ends=datetime(2025, 8, 27, 19),
        venue="Chicanos Por La Causa", topics=["fall protection"], time_zone=PHOENIX,
        host_consulate_id="MX-PHOENIX", office_ids=["OSHA-PHOENIX"],
        partner_ids=["CP-CHICANOS-POR-LA-CAUSA"]))
    assign(db, AssignmentInput("LRW2025-PHX-FALLS", "P-CAS-PHX", "presenter"))
    save_outcome(db, OutcomeInput("LRW2025-PHX-FALLS", None, 45, 60, ["Spanish", "English"],
                                  6, 2, "Questions about harnesses on residential roofs"))
    save_event(db, EventInput(
        id="LRW2025-PHX-MOBILE", year=2025, title="Mobile consulate in Avondale",
        format="mobile consulate", starts=datetime(2025, 8, 29, 8),
        ends=datetime(2025, 8, 29, 14), venue="Avondale Civic Center", time_zone=PHOENIX,
        host_consulate_id="MX-PHOENIX", office_ids=["OSHA-PHOENIX"]))
