"""Words shown for the core's stored choices, translatable (the core stores plain English values).

Status is always said in words here, never by colour alone (Section 508).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consularapp import labels as core_labels
from consularapp.models import ConsulateType, OfficeType


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


# Office and consulate types: the core's glossary (consularapp.labels), shared with every export.
def office_type_label(value: str) -> str:
    return core_labels.office_type_label(value)


def consulate_type_label(value: str) -> str:
    return core_labels.consulate_type_label(value)


def office_types() -> list[tuple[str, str]]:
    """(stored value, label) in the enum's order."""
    return [(t.value, office_type_label(t.value)) for t in OfficeType]


def partner_kind_label(value: str) -> str:
    return core_labels.partner_kind_label(value)


def partner_kinds() -> list[tuple[str, str]]:
    from consularapp.models import PartnerKind

    return [(k.value, partner_kind_label(k.value)) for k in PartnerKind]


def consulate_types() -> list[tuple[str, str]]:
    return [(t.value, consulate_type_label(t.value)) for t in ConsulateType]


def origin_label(source: str, edited: bool) -> str:
    """Where a directory record comes from, in a word or two."""
    if not source:
        return tr("Added by a user")
    return tr("Reference, edited") if edited else tr("Reference")


def origin_details(source: str, confidence: str, edited: bool) -> str:
    """The full sentence for details panels and tooltips."""
    if not source:
        return tr("Added by a user (not from the built-in reference data).")
    return (
        tr("Built-in reference data — source: %1; confidence: %2; edited by a user: %3")
        .replace("%1", source)
        .replace("%2", core_labels.confidence_label(confidence) if confidence else tr("not stated"))
        .replace("%3", tr("yes") if edited else tr("no"))
    )


def reference_note(source: str, confidence: str) -> str:
    """Shown in an edit dialog of a built-in record."""
    return (
        tr("Built-in reference data — source: %1; confidence: %2. Once you save, this record "
           "counts as edited: reloading the reference data leaves your changes alone.")
        .replace("%1", source)
        .replace("%2", core_labels.confidence_label(confidence) if confidence else tr("not stated"))
    )


def yes_no(value: bool) -> str:
    return tr("yes") if value else tr("no")
