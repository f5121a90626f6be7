"""Regenerate resources/reference/countries.csv from pycountry (ISO 3166-1 with Spanish names).

    .venv/bin/python packaging/update_countries.py

The app reads the small CSV at run time instead of importing pycountry (26 ms at start-up, and
23 MB installed for 250 rows); tests/test_countries.py fails when the two drift apart.
"""

from __future__ import annotations

import csv
import gettext
from pathlib import Path

import pycountry

TARGET = Path(__file__).resolve().parent.parent / "resources" / "reference" / "countries.csv"


def rows() -> list[tuple[str, str, str]]:
    spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    result = []
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        result.append((country.alpha_2, english, spanish.gettext(country.name)))
    return sorted(result)


def main() -> None:
    with TARGET.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["code", "name_en", "name_es"])
        writer.writerows(rows())
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
