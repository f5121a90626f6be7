"""The rules of records: one per kind, with stable codes; IDs, links and values within bounds."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from consularapp import bounds, settings
from consularapp.agreements import AgreementInput, save_agreement
from consularapp.campaigns import CampaignInput, save_campaign
from consularapp.db import Database
from consularapp.directory import (
    ConsulateInput,
    MembershipInput,
    OfficeInput,
    PersonInput,
    save_consulate,
    save_office,
    save_person,
)
from consularapp.errors import InputError
from consularapp.events import EventInput, save_event
from consularapp.staffing import AssignmentInput, assign
from consularapp.validation import FieldError, check_id, check_link, check_text, check_whole


def codes(call, *args) -> list[tuple[str, str]]:
    """(where, code) of every problem `call(*args)` refuses with."""
    with pytest.raises(InputError) as caught:
        call(*args)
    assert all(p.code and p.message for p in caught.value.problems), caught.value.problems
    return [(p.where, p.code) for p in caught.value.problems]


def office(**changes) -> OfficeInput:
    values = dict(id="WHD-TEST", agency_code="WHD", name="Test District Office",
                  office_type="district", city="Chicago", state="IL", time_zone="America/Chicago")
    values.update(changes)
    return OfficeInput(**values)


def consulate(**changes) -> ConsulateInput:
    values = dict(id="MX-TEST", country_code="MX", city="Chicago", state="IL",
                  time_zone="America/Chicago")
    values.update(changes)
    return ConsulateInput(**values)


def event(**changes) -> EventInput:
    values = dict(id="EV-TEST", year=2027, title="Workshop", format="workshop",
                  starts=datetime(2027, 8, 30, 9), ends=datetime(2027, 8, 30, 11),
                  time_zone="America/Chicago", venue="Consulate")
    values.update(changes)
    return EventInput(**values)


# --- IDs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("ident", [".", "..", "...", "CON", "con", "NUL", "PRN", "AUX", "COM1",
                                   "com9", "LPT1", "LPT9", "CON.2024", "nul.txt"])
def test_ids_that_name_folders_or_windows_devices_are_refused(ident: str) -> None:
    with pytest.raises(FieldError) as caught:
        check_id(ident)
    assert caught.value.code == "id.reserved_name"


@pytest.mark.parametrize("ident", ["CONSUL", "MX-CON", "COM10", "LPT", "A.B", "NUL-1", "AUX2x"])
def test_ids_that_only_look_like_devices_are_accepted(ident: str) -> None:
    assert check_id(ident) == ident


def test_an_id_ending_with_a_dot_is_refused() -> None:
    with pytest.raises(FieldError) as caught:
        check_id("MX-CHICAGO.")
    assert caught.value.code == "id.trailing_dot"


def test_reserved_ids_are_refused_by_every_editor(ref_db: Database) -> None:
    assert ("ID", "id.reserved_name") in codes(save_office, ref_db, office(id="CON"))
    assert ("ID", "id.reserved_name") in codes(save_consulate, ref_db, consulate(id=".."))
    assert ("ID", "id.reserved_name") in codes(save_person, ref_db,
                                               PersonInput(id="LPT1", name="Lee"))
    assert ("ID", "id.reserved_name") in codes(save_event, ref_db, event(id="AUX"))
    agreement = AgreementInput(id="NUL", kind="Other", office_ids=["WHD-CHICAGO"],
                               consulate_ids=["MX-CHICAGO"])
    assert ("ID", "id.reserved_name") in codes(save_agreement, ref_db, agreement)


# --- links --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("link", "code"), [
    ("https://example.org/a\nb.pdf", "link.unusable_character"),
    ("https://example.org/a\rb.pdf", "link.unusable_character"),
    ("C:\\Agreements\\LoA\t2021.pdf", "link.unusable_character"),
    ("https://example.org/\x07", "link.unusable_character"),
    ("https://example.org/loa 2021.pdf", "link.space_in_address"),
    ("javascript://alert(1)", "link.unknown_scheme"),
])
def test_unusable_links_are_refused(link: str, code: str) -> None:
    with pytest.raises(FieldError) as caught:
        check_link(link)
    assert caught.value.code == code
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("link", ["https://example.org/loa-2021.pdf", "file:///srv/loa.pdf",
                                  "C:\\Agreements\\LoA 2021.pdf", "\\\\server\\share\\loa.pdf",
                                  "Agreements/LoA 2021.pdf", ""])
def test_usable_links_are_kept(link: str) -> None:
    assert check_link(link) == link


# --- bounds -------------------------------------------------------------------------------------


def test_whole_numbers_within_bounds_and_ascii_digits_only() -> None:
    assert check_whole("12", bounds.STAFF_NEEDED) == 12
    assert check_whole(12.0, bounds.STAFF_NEEDED) == 12
    assert check_whole(None, bounds.STAFF_NEEDED) is None
    for value, code in ((9223372036854775808, "field.out_of_range"),
                        (3_000_000_000, "field.out_of_range"), (1000, "field.out_of_range"),
                        (-1, "field.out_of_range"), ("١٢", "field.not_whole_number"),
                        ("１２", "field.not_whole_number"), (True, "field.not_whole_number"),
                        (2.5, "field.not_whole_number"), (float("inf"), "field.not_whole_number")):
        with pytest.raises(FieldError) as caught:
            check_whole(value, bounds.STAFF_NEEDED)
        assert caught.value.code == code, value


def test_text_bounds_and_characters() -> None:
    assert check_text("  a name  ", bounds.NAME) == "a name"
    assert check_text("line one\r\nline two", bounds.NOTES) == "line one\nline two"
    for value, bound, code in (("N" * 201, bounds.NAME, "field.too_long"),
                               ("two\nlines", bounds.NAME, "text.line_break"),
                               ("bell\x07", bounds.NOTES, "text.unusable_character"),
                               ("\ud800", bounds.NOTES, "text.unusable_character")):
        with pytest.raises(FieldError) as caught:
            check_text(value, bound)
        assert caught.value.code == code, value


def test_an_echoed_value_is_cut_to_a_readable_length(ref_db: Database) -> None:
    with pytest.raises(InputError) as caught:
        save_office(ref_db, office(time_zone="America/" + "x" * 40_000))
    [problem] = caught.value.problems
    assert problem.code == "zone.unknown"
    assert len(problem.message) < 200 and "40,008 characters" in problem.message


# --- each kind of record ------------------------------------------------------------------------


def test_office_and_consulate_rules(ref_db: Database) -> None:
    assert codes(save_office, ref_db, office(agency_code="W H D", name="", state="ZZ",
                                             email="nobody")) == [
        ("Agency", "agency.invalid_code"), ("Name", "field.required"),
        ("State", "state.unknown"), ("Email", "email.invalid")]
    assert codes(save_office, ref_db, office(id="MX-CHICAGO")) == [("ID", "id.taken")]
    assert codes(save_consulate, ref_db, consulate(id="WHD-CHICAGO", country_code="XX")) == [
        ("Country", "country.unknown"), ("ID", "id.taken")]
    assert codes(save_office, ref_db, office(name="N" * 201)) == [("Name", "field.too_long")]


def test_person_rules_locate_each_membership(ref_db: Database) -> None:
    person = PersonInput(id="P-1", name="Ana", memberships=[
        MembershipInput("WHD-CHICAGO", "", date(2020, 1, 1), None),
        MembershipInput("NOPE", "", None, None),
        MembershipInput("MX-CHICAGO", "", date(2022, 1, 1), date(2021, 1, 1)),
        MembershipInput("", "", date(1980, 1, 1), None),
    ])
    assert codes(save_person, ref_db, person) == [
        ("Membership 2", "membership.unknown_organization"),
        ("Membership 3", "period.ends_before_start"),
        ("Membership 4", "membership.organization_required"),
        ("Membership 4", "date.out_of_range"),
        ("Membership 1", "membership.overlap"),  # 2 is open on both ends
    ]


def test_campaign_rules(ref_db: Database) -> None:
    assert codes(save_campaign, ref_db, CampaignInput(2101, date(2101, 8, 29),
                                                      date(2101, 9, 2))) == [
        ("Year", "field.out_of_range"), ("Starts on", "date.out_of_range"),
        ("Ends on", "date.out_of_range")]
    assert codes(save_campaign, ref_db, CampaignInput(2024, date(2024, 8, 26),
                                                      date(2024, 8, 30))) == [
        ("Year", "campaign.exists")]


def test_event_times_at_the_edges_are_refused_not_crashed(ref_db: Database) -> None:
    assert codes(save_event, ref_db, event(starts=datetime(9999, 12, 31, 22),
                                           ends=datetime(9999, 12, 31, 23))) == [
        ("Starts", "date.out_of_range"), ("Ends", "date.out_of_range")]
    assert codes(save_event, ref_db, event(time_zone="Asia/Tokyo",
                                           starts=datetime(1, 1, 1, 0, 30))) == [
        ("Starts", "date.out_of_range")]


def test_assignment_rules(ref_db: Database) -> None:
    assert codes(assign, ref_db, AssignmentInput("NOPE", "", "boss")) == [
        ("Event", "assignment.unknown_event"), ("Person", "field.required"),
        ("Role", "choice.unknown")]


def test_setting_rules(empty_db: Database) -> None:
    for key, value, code in ((settings.TRAVEL_BUFFER_MINUTES, -5, "field.out_of_range"),
                             (settings.EXPIRING_DAYS, 2_147_483_648, "field.out_of_range"),
                             (settings.RENEWAL_LEAD_DAYS, "soon", "field.not_whole_number"),
                             (settings.PUBLISH_FOLDER, "a\nb", "text.line_break")):
        assert settings.check_setting(key, value).codes == [code], key
        with pytest.raises(InputError):
            settings.set_setting(empty_db, key, value)
    assert settings.check_setting("no.such", 1).codes == ["setting.unknown"]
    assert settings.check_setting(settings.TRAVEL_BUFFER_MINUTES, "30").clean == 30
