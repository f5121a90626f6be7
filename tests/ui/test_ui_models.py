"""Table models and the filter proxy, without any widget."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from consularapp.db import Database
from consularapp.directory import PersonRow, list_consulates, list_offices, list_people
from ui.models.consulates_model import ConsulatesModel
from ui.models.filter_proxy import FilterProxy
from ui.models.offices_model import OfficesModel
from ui.models.people_model import PeopleModel, PersonStatus
from ui.models.table_model import ID_ROLE, SORT_ROLE, fold

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def person(pid: str, name: str, **kwargs: object) -> PersonRow:
    values: dict[str, object] = dict(
        id=pid, name=name, languages=("Spanish",), email="", phone="",
        organization_id="MX-CHICAGO", organization_name="Consulate of Mexico in Chicago",
        organization_kind="consulate", title="Liaison", active_from=date(2020, 1, 1),
        active_to=None, current=True,
    )
    values.update(kwargs)
    return PersonRow(**values)  # type: ignore[arg-type]


def model_tester(model: object) -> QAbstractItemModelTester:
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def test_offices_model_rows_columns_and_display(ref_db: Database) -> None:
    model = OfficesModel()
    model_tester(model)
    model.set_rows(list_offices(ref_db))
    assert model.rowCount() == 147
    assert model.columnCount() == OfficesModel.COLUMN_COUNT == 9
    assert model.headerData(OfficesModel.COL_NAME, Qt.Orientation.Horizontal) == "Name"
    position = model.position_of("WHD-CHICAGO")
    assert position is not None
    assert model.data(model.index(position, OfficesModel.COL_AGENCY)) == "WHD"
    assert model.data(model.index(position, OfficesModel.COL_TYPE)) == "District"
    assert model.data(model.index(position, OfficesModel.COL_ORIGIN)) == "Reference"
    assert model.data(model.index(position, OfficesModel.COL_ID), ID_ROLE) == "WHD-CHICAGO"
    tip = model.data(model.index(position, OfficesModel.COL_NAME), TOOLTIP)
    assert "source:" in tip and "confidence:" in tip and "edited by a user: no" in tip


def test_consulates_model(ref_db: Database) -> None:
    model = ConsulatesModel()
    model_tester(model)
    model.set_rows(list_consulates(ref_db))
    assert model.rowCount() == 53
    position = model.position_of("MX-CHICAGO")
    assert position is not None
    assert model.data(model.index(position, ConsulatesModel.COL_COUNTRY)) == "Mexico"
    assert "Chicago" in model.data(model.index(position, ConsulatesModel.COL_NAME))
    assert "confidence:" in model.data(model.index(position, ConsulatesModel.COL_ID), TOOLTIP)


def test_people_model_status_in_words_and_native_sort_values() -> None:
    today = date(2025, 1, 15)
    model = PeopleModel(today=today)
    model_tester(model)
    left = person("b", "Bea", current=False, active_to=date(2023, 6, 30))
    later = person("c", "Cruz", current=False, active_from=date(2026, 1, 1))
    nobody = person("d", "Dee", current=False, organization_id="", organization_name="",
                    organization_kind="", title="", active_from=None)
    model.set_rows([person("a", "Ana"), left, later, nobody])
    assert [model.status(r) for r in model.rows()] == [
        PersonStatus.CURRENT, PersonStatus.LEFT, PersonStatus.UPCOMING, PersonStatus.NONE]
    org = model.index(1, PeopleModel.COL_ORGANIZATION)
    assert model.data(org) == "Consulate of Mexico in Chicago (left)"
    assert model.data(model.index(1, PeopleModel.COL_STATUS)) == "left"
    assert model.data(model.index(0, PeopleModel.COL_STATUS)) == "current"
    assert model.data(model.index(0, PeopleModel.COL_TO)) == "open"
    # Sort role: dates as dates, blanks as None.
    assert model.data(model.index(0, PeopleModel.COL_FROM), SORT_ROLE) == date(2020, 1, 1)
    assert model.data(model.index(1, PeopleModel.COL_TO), SORT_ROLE) == date(2023, 6, 30)
    assert model.data(model.index(3, PeopleModel.COL_FROM), SORT_ROLE) is None
    assert isinstance(model.data(model.index(0, PeopleModel.COL_STATUS), SORT_ROLE), int)


def test_people_model_from_the_core(people_db: Database) -> None:
    model = PeopleModel()
    model.set_rows(list_people(people_db))
    assert model.rowCount() == 4
    ana = model.row_by_id("ana-perez")
    assert ana is not None and ana.organization_id == "MX-HOUSTON"


def test_sort_uses_native_values_and_keeps_persistent_indexes() -> None:
    model = PeopleModel(today=date(2025, 1, 1))
    model_tester(model)
    rows = [person("p1", "Zoe", active_from=date(2024, 2, 1)),
            person("p2", "adam", active_from=date(2019, 5, 1)),
            person("p3", "Íñigo", active_from=None)]
    model.set_rows(rows)
    kept = QPersistentModelIndex(model.index(0, 0))  # Zoe
    model.sort(PeopleModel.COL_FROM, Qt.SortOrder.AscendingOrder)
    assert model.ids() == ["p2", "p1", "p3"]  # by date; blank last
    assert model.data(kept) == "Zoe" and kept.row() == 1
    model.sort(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert model.ids() == ["p2", "p3", "p1"]  # adam, Íñigo, Zoe: case and accents ignored
    model.sort(PeopleModel.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.ids() == ["p1", "p3", "p2"]
    assert model.data(kept) == "Zoe"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["alvarez", "Alvarez", "Álvarez", "Íñigo", "Muñoz", "Munzón", "Zoe"]),
    # In Spanish ñ is a letter after n: Muñoz after Munzón.
    ("es", ["alvarez", "Alvarez", "Álvarez", "Íñigo", "Munzón", "Muñoz", "Zoe"]),
])
def test_names_sort_as_people_expect(language: str, expected: list[str], monkeypatch) -> None:
    """Álvarez beside Alvarez, Íñigo before Zoe: case- and accent-insensitive, then exact."""
    import ui.models.table_model as table_model

    monkeypatch.setattr(table_model, "sort_language", lambda: language)
    model = PeopleModel(today=date(2025, 1, 1))
    names = ["Zoe", "Álvarez", "Munzón", "Alvarez", "Íñigo", "alvarez", "Muñoz"]
    model.set_rows([person(f"p{n}", name) for n, name in enumerate(names)])
    model.sort(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [model.row_by_id(i).name for i in model.ids()] == expected


def test_upsert_and_remove_emit_narrow_signals() -> None:
    model = PeopleModel(today=date(2025, 1, 1))
    model_tester(model)
    model.set_rows([person("a", "Ana"), person("b", "Bea")])
    events: list[tuple[str, int]] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): events.append(("changed", top.row())))
    model.rowsInserted.connect(lambda _parent, first, _last: events.append(("inserted", first)))
    model.rowsRemoved.connect(lambda _parent, first, _last: events.append(("removed", first)))
    model.modelReset.connect(lambda: events.append(("reset", -1)))

    model.upsert(replace(model.row_by_id("b"), title="Consul"))
    model.upsert(person("c", "Cruz"))
    assert model.remove("a") is True
    assert model.remove("nobody") is False
    assert events == [("changed", 1), ("inserted", 2), ("removed", 0)]
    assert model.ids() == ["b", "c"]
    assert model.data(model.index(0, PeopleModel.COL_TITLE)) == "Consul"


def test_upsert_inserts_in_sort_order() -> None:
    model = PeopleModel(today=date(2025, 1, 1))
    model.set_rows([person("a", "Ana"), person("c", "Cruz")])
    model.sort(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert model.upsert(person("b", "Bea")) == 1
    assert model.ids() == ["a", "b", "c"]


def test_fold_ignores_case_and_accents() -> None:
    assert fold("José PÉREZ") == "jose perez"


def test_filter_proxy_search_and_value_filters(ref_db: Database) -> None:
    model = OfficesModel()
    model.set_rows(list_offices(ref_db))
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    model_tester(proxy)
    assert proxy.rowCount() == 147
    proxy.set_search_text("chicago")
    chicago = proxy.rowCount()
    assert 3 <= chicago < 147
    proxy.set_search_text("CHICAGO whd")  # every word, any case
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(ID_ROLE) == "WHD-CHICAGO"
    proxy.set_search_text("")
    proxy.set_value_filter("agency", "agency_code", "WHD")
    whd = proxy.rowCount()
    assert 0 < whd < 147
    proxy.set_value_filter("state", "state", "IL")
    assert 0 < proxy.rowCount() < whd
    proxy.set_value_filter("agency", "agency_code", None)
    proxy.set_value_filter("state", "state", "")
    assert proxy.rowCount() == 147
    # The proxy sorts through the source model, on the sort role.
    proxy.sort(OfficesModel.COL_ID, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == max(model.ids())


def test_filter_proxy_follows_source_changes() -> None:
    model = PeopleModel(today=date(2025, 1, 1))
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    model_tester(proxy)
    model.set_rows([person("a", "Ana"), person("b", "Bea")])
    proxy.set_search_text("bea")
    assert proxy.rowCount() == 1
    model.upsert(person("c", "Beatriz"))
    assert proxy.rowCount() == 2
    model.upsert(replace(model.row_by_id("c"), name="Carla"))
    assert proxy.rowCount() == 1
    model.remove("b")
    assert proxy.rowCount() == 0


@pytest.mark.parametrize("count", [5000])
def test_keystroke_over_5000_people_is_fast(count: int) -> None:
    import time

    model = PeopleModel(today=date(2025, 1, 1))
    model.set_rows([person(f"p{i}", f"Person {i} Pérez") for i in range(count)])
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    started = time.perf_counter()
    for text in ("p", "pe", "per", "pere", "perez 42"):
        proxy.set_search_text(text)
        proxy.rowCount()
    elapsed = (time.perf_counter() - started) / 5
    assert proxy.rowCount() == sum(1 for i in range(count) if "42" in str(i))
    assert elapsed < 0.05
