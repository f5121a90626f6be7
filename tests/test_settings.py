"""Shared settings: declared once, changed together or not at all, and from the command line
(`consularapp settings [NAME [VALUE]]`, ../shared/spec/cli.md's second wave)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consularapp import settings
from consularapp.cli import main
from consularapp.db import Database
from consularapp.errors import InputError


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_every_setting_is_declared_once_with_its_area_and_words() -> None:
    assert [i.key for i in settings.SETTINGS] == list(settings.DEFAULTS)
    for item in settings.SETTINGS:
        assert item.area in settings.AREAS
        assert item.label and item.meaning
        assert (item.bound is not None) == (item.key in settings.WHOLE_NUMBERS)
    assert {i.area for i in settings.SETTINGS} == set(settings.AREAS)


def test_settings_change_together_or_not_at_all(empty_db: Database) -> None:
    change = settings.set_settings(empty_db, {settings.EXPIRING_DAYS: 45,
                                              settings.RENEWAL_LEAD_DAYS: "200"})
    assert change.updated == {"setting": {settings.EXPIRING_DAYS, settings.RENEWAL_LEAD_DAYS}}
    assert settings.status_settings(empty_db).renewal_lead_days == 200
    with pytest.raises(InputError) as refused:
        settings.set_settings(empty_db, {settings.EXPIRING_DAYS: 20,
                                         settings.TRAVEL_BUFFER_MINUTES: -1})
    assert [p.code for p in refused.value.problems] == ["field.out_of_range"]
    assert refused.value.problems[0].where == "Travel time between venues"
    assert settings.get_setting(empty_db, settings.EXPIRING_DAYS) == 45  # none of them changed
    # Saving the values in force changes nothing, so nobody is told anything changed.
    assert not settings.set_settings(empty_db, {settings.EXPIRING_DAYS: 45})
    assert not settings.set_settings(empty_db, {settings.REVIEW_EVERY_YEARS: 3})


def test_the_renewal_lead_time_cannot_be_shorter_than_the_expiring_threshold(
    empty_db: Database,
) -> None:
    with pytest.raises(InputError) as refused:
        settings.set_settings(empty_db, {settings.RENEWAL_LEAD_DAYS: 20})
    assert refused.value.problems[0].code == "setting.renewal_before_expiring"
    settings.set_settings(empty_db, {settings.EXPIRING_DAYS: 10, settings.RENEWAL_LEAD_DAYS: 20})
    assert settings.status_settings(empty_db).renewal_lead_days == 20


def test_the_publish_folder_is_a_full_path(empty_db: Database, tmp_path: Path) -> None:
    assert settings.check_setting(settings.PUBLISH_FOLDER, "calendars").codes == [
        "setting.folder_not_absolute"]
    settings.set_settings(empty_db, {settings.PUBLISH_FOLDER: str(tmp_path)})
    assert settings.get_setting(empty_db, settings.PUBLISH_FOLDER) == str(tmp_path)


def test_the_command_lists_shows_and_sets(db_url: str, capsys) -> None:
    code, out, _ = run(["--db", db_url, "settings"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert "agreements.expiring_days = 30 days (default)" in lines
    assert "publishing.folder = (none) (default)" in lines
    assert sum(1 for line in lines if not line.startswith(" ")) == len(settings.SETTINGS)
    code, out, _ = run(["--db", db_url, "settings", "agreements.expiring_days"], capsys)
    assert code == 0 and "Default: 30. Allowed: a whole number from 0 to 365." in out
    code, out, _ = run(["--db", db_url, "settings", "agreements.expiring_days", "45"], capsys)
    assert (code, out) == (0, "agreements.expiring_days = 45 days (was 30)\n")
    code, out, _ = run(["--db", db_url, "settings", "agreements.expiring_days"], capsys)
    assert out.startswith("agreements.expiring_days = 45 days\n")
    code, out, _ = run(["--db", db_url, "settings", "agreements.expiring_days", "default"],
                       capsys)
    assert (code, out) == (0, "agreements.expiring_days = 30 days (default) (was 45)\n")


@pytest.mark.parametrize(("argv", "said"), [
    (["planning.travel_buffer_minutes", "soon"],
     "planning.travel_buffer_minutes: 'soon' is not a whole number"),
    (["agreements.expiring_days", "400"],
     "agreements.expiring_days: 400 is out of range: give a whole number from 0 to 365"),
    (["agreements.renewal_lead_days", "10"], "agreements.renewal_lead_days: the renewal lead "
     "time (10 days) is shorter than the expiring threshold (30 days)"),
    (["no.such"], "no.such: 'no.such' is not a setting (known: agreements.expiring_days"),
])
def test_a_bad_value_is_refused_with_a_sentence(db_url: str, capsys, argv: list[str],
                                                said: str) -> None:
    code, out, err = run(["--db", db_url, "settings", *argv], capsys)
    assert code == 1 and out == ""
    assert err.startswith(said) and err.count("\n") == 1 and "Traceback" not in err
