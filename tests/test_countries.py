"""The shipped country list is pycountry's ISO 3166 list, with Spanish names."""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path

import pytest

from consularapp.validation import check_country, country_name

ROOT = Path(__file__).resolve().parent.parent


def test_names_in_both_languages() -> None:
    assert country_name("MX") == "Mexico" and country_name("MX", "es") == "México"
    assert country_name("PH", "es") == "Filipinas"
    assert check_country(" gt ") == "GT"
    with pytest.raises(ValueError, match="ISO 3166"):
        check_country("XX")


def test_shipped_csv_matches_pycountry() -> None:
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location("update_countries",
                                                  ROOT / "packaging" / "update_countries.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_countries"] = module
    spec.loader.exec_module(module)
    shipped = (ROOT / "resources" / "reference" / "countries.csv").read_text(encoding="utf-8")
    rows = [tuple(r) for r in csv.reader(io.StringIO(shipped))]
    assert rows[0] == ("code", "name_en", "name_es")
    assert rows[1:] == module.rows(), "run packaging/update_countries.py"
