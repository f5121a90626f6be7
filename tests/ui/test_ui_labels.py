"""The window's words for stored choices are the core's (consularapp.labels), so a report says
what the window says ("Information table" for `tabling`)."""

from __future__ import annotations

from consularapp import labels
from consularapp.models import ConsulateType, EventFormat, EventStatus, OfficeType, Role
from ui import labels as ui_labels
from ui.models import lrw_labels


def test_the_window_delegates_to_the_core() -> None:
    for value in EventFormat:
        assert lrw_labels.format_label(value.value) == labels.format_label(value.value)
    for value in EventStatus:
        assert lrw_labels.status_label(value.value) == labels.event_status_label(value.value)
    for value in Role:
        assert lrw_labels.role_label(value.value) == labels.role_label(value.value)
    for value in OfficeType:
        assert ui_labels.office_type_label(value.value) == labels.office_type_label(value.value)
    for value in ConsulateType:
        assert ui_labels.consulate_type_label(value.value) == labels.consulate_type_label(
            value.value)
    assert lrw_labels.format_label("tabling") == "Information table"
    assert ui_labels.consulate_type_label("") == "Not stated"
