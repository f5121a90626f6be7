"""The words for stored choices (consularapp.labels): every stored value has an English and a
Spanish word, the Spanish is natural and gender-neutral, and the window, the calendars and the
reports say the same."""

from __future__ import annotations

import re

import pytest

from consularapp import labels
from consularapp.conflicts import ConflictKind, Severity
from consularapp.models import (
    AgreementKind,
    ConsulateType,
    EventFormat,
    EventStatus,
    OfficeType,
    Role,
)


@pytest.mark.parametrize("table,values", [
    (labels.FORMATS, EventFormat), (labels.EVENT_STATUSES, EventStatus), (labels.ROLES, Role),
    (labels.OFFICE_TYPES, OfficeType), (labels.CONSULATE_TYPES, ConsulateType),
    (labels.AGREEMENT_KINDS, AgreementKind), (labels.CONFLICT_KINDS, ConflictKind),
    (labels.SEVERITIES, Severity),
])
def test_every_stored_value_has_both_words(table: dict[str, tuple[str, str]],
                                           values: type) -> None:
    for value in values:
        english, spanish = table[value.value]
        assert english and spanish
    for _english, spanish in table.values():
        assert not re.search(r"\((a|as|os|o)\)|/a\b|@", spanish)  # never "presentador(a)"


def test_words_in_each_language() -> None:
    assert labels.format_label("tabling", "en") == "Information table"
    assert labels.format_label("tabling", "es") == "Mesa informativa"
    assert labels.role_in_text("presenter", "es") == "persona presentadora"
    assert labels.role_in_text("coordinator", "es") == "coordinación"
    assert labels.event_status_label("planned", "es") == "Por confirmar"
    assert labels.consulate_type_label(None, "es") == "Sin indicar"
    assert labels.agreement_kind_label("Letter of Arrangement", "es") == "Carta de Arreglo"
    assert labels.format_label("a format of our own", "es") == "a format of our own"
    # Without a language: the core's current one (English until a catalogue is installed).
    assert labels.format_label("tabling") == "Information table"


def test_languages_and_lists_read_as_spanish() -> None:
    assert labels.languages_text(["English", "Navajo"], "es") == "inglés y navajo"
    assert labels.languages_text(["Spanish", "English"], "es") == "español e inglés"
    assert labels.languages_text(["English", "Spanish", "K'iche'"], "es") == (
        "inglés, español y k'iche'")
    assert labels.join_words(["agua", "hielo"], "es") == "agua y hielo"  # "hie" is not /i/
    assert labels.languages_text(["English", "Spanish", "Mixteco"], "en") == (
        "English, Spanish, and Mixteco")
    assert labels.topic_label("Wage theft", "es") == "robo de salarios"
    assert labels.topic_label("our own topic", "es") == "our own topic"


def test_offices_keep_their_english_name_with_the_agency_in_spanish() -> None:
    assert labels.office_name("WHD Chicago District Office", "WHD", "es") == (
        "WHD Chicago District Office (División de Horas y Salarios)")
    assert labels.office_name("WHD Chicago District Office", "WHD", "en") == (
        "WHD Chicago District Office")
    assert labels.office_name("IL-IDOL Springfield", "IL-IDOL", "es") == "IL-IDOL Springfield"


def test_calendars_say_the_same() -> None:
    from consularapp import calendars

    assert calendars.format_label("tabling", "es") == labels.format_label("tabling", "es")
    assert calendars.role_label("presenter", "es") == "persona presentadora"
    assert calendars.language_label("English", "es") == "inglés"
