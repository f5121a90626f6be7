"""The built-in directory: loaded once, reloaded without harm, user edits respected."""

from __future__ import annotations

from sqlalchemy import func, select

from consularapp import directory
from consularapp.models import Agency, Campaign, Consulate, Office
from consularapp.reference import load_reference


def test_loads_every_reference_file(empty_db) -> None:
    change = load_reference(empty_db)
    assert change.count("created", "office") == 54 + 32 + 20 + 41
    assert change.count("created", "consulate") == 53
    assert change.count("created", "campaign") == 17
    with empty_db.session() as s:
        assert set(s.scalars(select(Agency.code))) == {"WHD", "OSHA", "EEOC", "NLRB"}
        whd = s.scalar(select(func.count(Office.id)).where(Office.agency_code == "WHD"))
        assert whd == 54
        caribbean = s.get(Office, "WHD-CARIBBEAN")
        assert caribbean.time_zone == "America/Puerto_Rico"
        assert caribbean.states_served == ["PR", "VI"]
        assert "GeoWHD" in caribbean.source and caribbean.confidence.startswith("third-party")
        sanjuan = s.get(Consulate, "MX-SANJUAN")
        assert sanjuan.state == "PR" and sanjuan.source
        lrw2014 = s.get(Campaign, 2014)
        assert lrw2014.theme_es == "Todos tenemos derechos en el trabajo"


def test_loading_again_changes_nothing(ref_db) -> None:
    assert not load_reference(ref_db)


def test_user_edits_and_deletions_survive_a_reload(ref_db) -> None:
    office = directory.get_office(ref_db, "WHD-CHICAGO")
    office.phone = "312-555-0100"
    office.name = "Chicago District Office (Loop)"
    directory.save_office(ref_db, office, "WHD-CHICAGO")
    directory.delete_consulate(ref_db, "MX-PRESIDIO")
    # A reference record the user did not touch drifts (say the app ships a correction).
    with ref_db.transaction() as s:
        s.get(Office, "WHD-DENVER").city = "Old City"

    change = load_reference(ref_db)

    assert change.updated == {"office": {"WHD-DENVER"}}
    assert not change.created
    edited = directory.get_office(ref_db, "WHD-CHICAGO")
    assert edited.name == "Chicago District Office (Loop)" and edited.phone == "312-555-0100"
    with ref_db.session() as s:
        assert s.get(Consulate, "MX-PRESIDIO") is None
        assert s.get(Office, "WHD-DENVER").city == "Denver"


def test_undoing_the_deletion_of_a_reference_record_restores_it(ref_db) -> None:
    saved = directory.get_consulate(ref_db, "MX-PRESIDIO")
    directory.delete_consulate(ref_db, "MX-PRESIDIO")
    directory.save_consulate(ref_db, saved)  # what the window's Undo does
    row = next(c for c in directory.list_consulates(ref_db) if c.id == "MX-PRESIDIO")
    assert row.source == saved.source and not row.edited
    office = directory.get_office(ref_db, "WHD-BALTIMORE")
    assert office.states_served == ["DC", "MD", "VA"]
    directory.delete_office(ref_db, "WHD-BALTIMORE")
    directory.save_office(ref_db, office)
    assert directory.get_office(ref_db, "WHD-BALTIMORE").states_served == ["DC", "MD", "VA"]
    assert not load_reference(ref_db)  # nothing to bring back, nothing suppressed
