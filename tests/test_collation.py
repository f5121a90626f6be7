"""Names sort as people expect in English and Spanish (consularapp.collation)."""

from __future__ import annotations

from consularapp.collation import fold, name_key


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Íñigo PÉREZ") == "inigo perez"


def test_accented_names_sort_beside_plain_ones_not_after_z() -> None:
    names = ["Zoe", "Álvarez", "Íñigo", "Alvarez", "Ortiz", "alvarez"]
    assert sorted(names, key=name_key) == ["alvarez", "Alvarez", "Álvarez", "Íñigo", "Ortiz",
                                           "Zoe"]


def test_spanish_puts_enye_after_n() -> None:
    names = ["Muñoz", "Munzón", "Muro"]
    assert sorted(names, key=lambda n: name_key(n, "en")) == ["Muñoz", "Munzón", "Muro"]
    assert sorted(names, key=lambda n: name_key(n, "es")) == ["Munzón", "Muñoz", "Muro"]
