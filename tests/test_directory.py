"""Directory services: validation that explains, writes that report what changed."""

from __future__ import annotations

from datetime import date

import pytest

from consularapp import directory
from consularapp.directory import ConsulateInput, MembershipInput, OfficeInput, PersonInput
from consularapp.errors import InputError, InUseError, NotFoundError


def _office(**kw: str) -> OfficeInput:
    base = dict(id="CA-LC-FRESNO", agency_code="CA-LC", agency_name="California Labor Commissioner",
                name="Fresno Office", office_type="field", city="Fresno", state="ca",
                time_zone="America/Los_Angeles")
    base.update(kw)
    return OfficeInput(**base)


def test_new_office_creates_its_agency(ref_db) -> None:
    change = directory.save_office(ref_db, _office())
    assert change.created == {"agency": {"CA-LC"}, "office": {"CA-LC-FRESNO"}}
    saved = directory.get_office(ref_db, "CA-LC-FRESNO")
    assert saved.state == "CA" and saved.office_type == "field"
    assert ("CA-LC", "California Labor Commissioner") in directory.list_agencies(ref_db)


def test_every_problem_is_reported_with_its_field(ref_db) -> None:
    bad = _office(id="bad id!", city=" ", state="XX", time_zone="Chicago", email="nope")
    with pytest.raises(InputError) as caught:
        directory.save_office(ref_db, bad)
    where = {p.where for p in caught.value.problems}
    assert where == {"ID", "City", "State", "Time zone", "Email"}
    assert "IANA" in str(caught.value)
    with pytest.raises(NotFoundError):
        directory.get_office(ref_db, "bad id!")


def test_office_and_consulate_ids_share_one_namespace(ref_db) -> None:
    with pytest.raises(InputError, match="already used"):
        directory.save_office(ref_db, _office(id="MX-CHICAGO"))


def test_renaming_an_office_id_cascades(ref_db) -> None:
    directory.save_person(ref_db, PersonInput(
        id="P1", name="Ana", memberships=[MembershipInput("WHD-CHICAGO", "CORPS")]))
    office = directory.get_office(ref_db, "WHD-CHICAGO")
    office.id = "WHD-CHI"
    change = directory.save_office(ref_db, office, "WHD-CHICAGO")
    assert change.deleted == {"office": {"WHD-CHICAGO"}}
    assert directory.get_person(ref_db, "P1").memberships[0].organization_id == "WHD-CHI"


def test_consulate_validation_and_display_name(ref_db) -> None:
    directory.save_consulate(ref_db, ConsulateInput(
        id="GT-CHI", country_code="gt", city="Chicago", state="IL",
        consulate_type="Consulate General", time_zone="America/Chicago"))
    row = next(c for c in directory.list_consulates(ref_db) if c.id == "GT-CHI")
    assert row.name == "Consulate General of Guatemala in Chicago"
    assert row.consulate_type == "consulate general"
    with pytest.raises(InputError) as caught:
        directory.save_consulate(ref_db, ConsulateInput(id="X", country_code="ZZ", city="A",
                                                        state="IL", time_zone="Mars/Olympus"))
    assert {p.where for p in caught.value.problems} == {"Country", "Time zone"}


def test_people_rotate_and_the_list_shows_where_they_are_now(ref_db) -> None:
    directory.save_person(ref_db, PersonInput(
        id="P-JV", name="Jorge Vega", languages=["Spanish", "English"],
        memberships=[
            MembershipInput("MX-HOUSTON", "Deputy Consul", date(2020, 1, 1), date(2023, 6, 30)),
            MembershipInput("MX-CHICAGO", "Consul for Protection", date(2023, 7, 1), None),
        ]))
    directory.save_person(ref_db, PersonInput(
        id="P-LEFT", name="Raúl Domínguez",
        memberships=[MembershipInput("MX-DENVER", "Consul", date(2019, 1, 1), date(2024, 1, 1))]))
    rows = {r.id: r for r in directory.list_people(ref_db, as_of=date(2026, 11, 21))}
    assert rows["P-JV"].organization_id == "MX-CHICAGO" and rows["P-JV"].current
    # The reference file gives no type for Chicago: the plain "Consulate of".
    assert rows["P-JV"].organization_name == "Consulate of Mexico in Chicago"
    assert rows["P-LEFT"].organization_id == "MX-DENVER" and not rows["P-LEFT"].current
    past = {r.id: r for r in directory.list_people(ref_db, as_of=date(2021, 5, 1))}
    assert past["P-JV"].organization_id == "MX-HOUSTON" and past["P-JV"].title == "Deputy Consul"


def test_overlapping_memberships_are_refused(ref_db) -> None:
    with pytest.raises(InputError, match="overlap"):
        directory.save_person(ref_db, PersonInput(id="P2", name="B", memberships=[
            MembershipInput("MX-CHICAGO", "", date(2020, 1, 1), None),
            MembershipInput("WHD-CHICAGO", "", date(2022, 1, 1), None),
        ]))
    with pytest.raises(InputError, match="before it starts"):
        directory.save_person(ref_db, PersonInput(id="P3", name="C", memberships=[
            MembershipInput("MX-CHICAGO", "", date(2022, 1, 1), date(2020, 1, 1))]))
    with pytest.raises(InputError, match="no office or consulate"):
        directory.save_person(ref_db, PersonInput(id="P4", name="D", memberships=[
            MembershipInput("NOWHERE")]))


def test_delete_refuses_records_in_use_and_remembers_reference_deletions(ref_db) -> None:
    directory.save_person(ref_db, PersonInput(
        id="P1", name="Ana", memberships=[MembershipInput("WHD-DENVER")]))
    with pytest.raises(InUseError, match="membership"):
        directory.delete_office(ref_db, "WHD-DENVER")
    change = directory.delete_person(ref_db, "P1")
    assert change.deleted == {"person": {"P1"}}
    directory.delete_office(ref_db, "WHD-DENVER")
    assert all(o.id != "WHD-DENVER" for o in directory.list_offices(ref_db))


def test_blank_required_fields_say_they_are_required(ref_db) -> None:
    with pytest.raises(InputError) as caught:
        directory.save_office(ref_db, _office(state="", time_zone=" "))
    messages = {p.where: p.message for p in caught.value.problems}
    assert messages["State"].startswith("a state is required")
    assert messages["Time zone"].startswith("a time zone is required")
