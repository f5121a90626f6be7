"""The exchange workbook's format (shared/spec/workbook.md): sheets, columns, and what they hold.

Everything the reader, the sheet readers and the export agree on is declared here once: the
sheets in the order they are read, their columns in the order they are written, which columns
are required, which record field each column fills (so a rule's problem about a field is shown
at its column), and which fields an update compares.
"""

from __future__ import annotations

# Sheet -> (column, required), in the spec's order: import reads sheets in this order, export
# writes columns in this order.
SHEETS: dict[str, tuple[tuple[str, bool], ...]] = {
    "Offices": (
        ("Office ID", True), ("Agency", True), ("Agency name", False), ("Name", True),
        ("Office type", True), ("Region", False), ("City", True), ("State", True),
        ("Time zone", True), ("Address", False), ("Phone", False), ("Email", False),
    ),
    "Consulates": (
        ("Consulate ID", True), ("Country", True), ("City", True), ("State", True),
        ("Type", False), ("Time zone", True), ("Address", False), ("Phone", False),
        ("Email", False), ("Jurisdiction", False),
    ),
    "Partners": (
        ("Partner ID", True), ("Name", True), ("Kind", True), ("City", False),
        ("State", False), ("Languages", False), ("Email", False), ("Phone", False),
        ("Website", False), ("Notes", False),
    ),
    "People": (
        ("Person ID", True), ("Name", True), ("Organization ID", True), ("Title", False),
        ("Languages", False), ("Email", False), ("Phone", False), ("Active from", False),
        ("Active to", False),
    ),
    "Agreements": (
        ("Agreement ID", True), ("Kind", True), ("Office IDs", True), ("Consulate IDs", True),
        ("State", True), ("Signed on", False), ("Effective on", False), ("Term months", False),
        ("Expires on", False), ("Terminated on", False), ("Renews", False),
        ("US signatory", False), ("Consular signatory", False), ("Document", False),
        ("Notes", False), ("Partner IDs", False),
    ),
    "Obligations done": (
        ("Agreement ID", True), ("Obligation", True), ("Period starts", False),
        ("Done on", True), ("Document", False),
    ),
    "Campaigns": (
        ("Year", True), ("Starts on", False), ("Ends on", False), ("Theme", False),
        ("Theme (Spanish)", False),
    ),
    "Events": (
        ("Event ID", True), ("Year", False), ("Title", True), ("Title (Spanish)", False),
        ("Format", True), ("Starts", True), ("Ends", True), ("Time zone", True),
        ("Venue", True), ("Address", False), ("Host consulate ID", False),
        ("Office IDs", False), ("Languages", False), ("Topics", False),
        ("Staff needed", False), ("Languages needed", False), ("Status", True),
        ("Notes", False), ("Agreement ID", False), ("Partner IDs", False),
        ("Recurrence", False), ("Skipped dates", False),
    ),
    "Occurrence changes": (
        ("Event ID", True), ("Occurrence", True), ("Starts", True), ("Ends", True),
    ),
    "Assignments": (
        ("Event ID", True), ("Person ID", True), ("Role", True), ("Starts", False),
        ("Ends", False), ("Notes", False), ("Occurrence", False),
    ),
    "Outcomes": (
        ("Event ID", True), ("Occurrence", False), ("People reached", False),
        ("Materials distributed", False), ("Materials languages", False),
        ("Referrals", False), ("Cases identified", False), ("Notes", False),
    ),
}
# Each record's version, written by export in a hidden last column: an import of that workbook
# reports (does not overwrite) a row whose record someone changed since (team mode).
VERSION_COLUMN = "Version"
# Sheet -> (table, column of the record's ID) of the sheets whose rows carry a version.
VERSIONED_SHEETS: dict[str, tuple[str, str]] = {
    "Offices": ("office", "Office ID"), "Consulates": ("consulate", "Consulate ID"),
    "People": ("person", "Person ID"), "Agreements": ("agreement", "Agreement ID"),
    "Campaigns": ("campaign", "Year"), "Events": ("event", "Event ID"),
    "Partners": ("partner", "Partner ID"),
}
for _sheet in VERSIONED_SHEETS:
    SHEETS[_sheet] = (*SHEETS[_sheet], (VERSION_COLUMN, False))
SHEET_ORDER = tuple(SHEETS)
COLUMNS: dict[str, tuple[str, ...]] = {name: tuple(c for c, _ in cols) for name, cols in
                                       SHEETS.items()}

# Record field (the rules' names, consularapp/known.py's records) -> column, per sheet: where a
# rule's problem about a field is shown. A membership's fields are People columns.
FIELD_COLUMNS: dict[str, dict[str, str]] = {
    "Offices": {"id": "Office ID", "agency_code": "Agency", "agency_name": "Agency name",
                "name": "Name", "office_type": "Office type", "region": "Region",
                "city": "City", "state": "State", "time_zone": "Time zone",
                "address": "Address", "phone": "Phone", "email": "Email"},
    "Consulates": {"id": "Consulate ID", "country_code": "Country", "city": "City",
                   "state": "State", "consulate_type": "Type", "time_zone": "Time zone",
                   "address": "Address", "phone": "Phone", "email": "Email",
                   "jurisdiction": "Jurisdiction"},
    "People": {"id": "Person ID", "name": "Name", "languages": "Languages", "email": "Email",
               "phone": "Phone", "memberships.organization_id": "Organization ID",
               "memberships.title": "Title", "memberships.active_from": "Active from",
               "memberships.active_to": "Active to"},
    "Agreements": {"id": "Agreement ID", "kind": "Kind", "office_ids": "Office IDs",
                   "consulate_ids": "Consulate IDs", "state": "State",
                   "signed_on": "Signed on", "effective_on": "Effective on",
                   "term_months": "Term months", "expires_on": "Expires on",
                   "terminated_on": "Terminated on", "renews_id": "Renews",
                   "us_signatory_id": "US signatory",
                   "consular_signatory_id": "Consular signatory", "document": "Document",
                   "notes": "Notes", "partner_ids": "Partner IDs"},
    "Partners": {"id": "Partner ID", "name": "Name", "kind": "Kind", "city": "City",
                 "state": "State", "languages": "Languages", "email": "Email",
                 "phone": "Phone", "website": "Website", "notes": "Notes"},
    "Obligations done": {"agreement_id": "Agreement ID", "obligation": "Obligation",
                         "period_starts": "Period starts", "done_on": "Done on",
                         "document": "Document"},
    "Occurrence changes": {"event_id": "Event ID", "occurs_on": "Occurrence",
                           "starts": "Starts", "ends": "Ends"},
    "Outcomes": {"event_id": "Event ID", "occurrence": "Occurrence",
                 "people_reached": "People reached",
                 "materials_distributed": "Materials distributed",
                 "materials_languages": "Materials languages", "referrals": "Referrals",
                 "cases_identified": "Cases identified", "notes": "Notes"},
    "Campaigns": {"year": "Year", "starts_on": "Starts on", "ends_on": "Ends on",
                  "theme_en": "Theme", "theme_es": "Theme (Spanish)"},
    "Events": {"id": "Event ID", "year": "Year", "title": "Title", "title_es": "Title (Spanish)",
               "format": "Format", "starts": "Starts", "ends": "Ends",
               "time_zone": "Time zone", "venue": "Venue", "address": "Address",
               "host_consulate_id": "Host consulate ID", "office_ids": "Office IDs",
               "languages": "Languages", "topics": "Topics", "staff_needed": "Staff needed",
               "languages_needed": "Languages needed", "status": "Status", "notes": "Notes",
               "agreement_id": "Agreement ID", "partner_ids": "Partner IDs",
               "recurrence": "Recurrence", "skipped_dates": "Skipped dates"},
    "Assignments": {"event_id": "Event ID", "person_id": "Person ID", "role": "Role",
                    "starts": "Starts", "ends": "Ends", "notes": "Notes",
                    "occurrence": "Occurrence"},
}

# Optional columns and the stored field each fills. A column left out of a sheet keeps what the
# database holds for records that exist (a sheet of only the required columns edits those and
# erases nothing); a blank cell in a column that is there does clear the value.
OPTIONAL_COLUMNS: dict[str, dict[str, str]] = {
    "Offices": {"region": "Region", "address": "Address", "phone": "Phone", "email": "Email"},
    "Consulates": {"consulate_type": "Type", "address": "Address", "phone": "Phone",
                   "email": "Email", "jurisdiction": "Jurisdiction"},
    "People": {"languages": "Languages", "email": "Email", "phone": "Phone"},
    "Memberships": {"title": "Title", "active_from": "Active from", "active_to": "Active to"},
    "Agreements": {"signed_on": "Signed on", "effective_on": "Effective on",
                   "term_months": "Term months", "expires_on": "Expires on",
                   "terminated_on": "Terminated on", "renews_id": "Renews",
                   "us_signatory_id": "US signatory",
                   "consular_signatory_id": "Consular signatory", "document": "Document",
                   "notes": "Notes"},
    "Campaigns": {"theme_en": "Theme", "theme_es": "Theme (Spanish)"},
    "Events": {"title_es": "Title (Spanish)", "address": "Address",
               "host_consulate_id": "Host consulate ID", "languages": "Languages",
               "topics": "Topics", "staff_needed": "Staff needed",
               "languages_needed": "Languages needed", "notes": "Notes",
               "agreement_id": "Agreement ID", "recurrence": "Recurrence"},
}

# Fields compared to decide whether a stored record changed (sheet columns only).
OFFICE_FIELDS = ("agency_code", "name", "office_type", "region", "city", "state", "time_zone",
                 "address", "phone", "email")
CONSULATE_FIELDS = ("country_code", "city", "state", "consulate_type", "time_zone", "address",
                    "phone", "email", "jurisdiction")
PERSON_FIELDS = ("name", "languages", "email", "phone")
AGREEMENT_FIELDS = ("kind", "state", "signed_on", "effective_on", "term_months", "expires_on",
                    "terminated_on", "renews_id", "us_signatory_id", "consular_signatory_id",
                    "document", "notes")
CAMPAIGN_FIELDS = ("starts_on", "ends_on", "theme_en", "theme_es")
EVENT_FIELDS = ("year", "title", "title_es", "format", "starts_at", "ends_at", "time_zone",
                "venue", "address", "host_consulate_id", "languages", "topics", "staff_needed",
                "languages_needed", "status", "notes", "agreement_id", "recurrence")
# A change to any of these is a change calendar clients must see: SEQUENCE rises.
SEQUENCE_FIELDS = ("starts_at", "ends_at", "time_zone", "venue", "address", "status",
                   "recurrence")
PARTNER_FIELDS = ("name", "kind", "city", "state", "languages", "email", "phone", "website",
                  "notes")
ASSIGNMENT_FIELDS = ("role", "ends_at", "notes", "occurrence")

# The error values a formula cell can show (#N/A...): an error cell is refused on import, and
# export writes text that looks like one as text.
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#BUSY!", "#UNKNOWN!"})

# Export layout.
WIDTHS = {
    "Name": 36, "Title": 40, "Title (Spanish)": 40, "Venue": 36, "Address": 36, "Notes": 40,
    "Theme": 36, "Theme (Spanish)": 36, "Jurisdiction": 36, "Document": 36, "Kind": 34,
    "Email": 28, "Agency name": 30, "Office IDs": 26, "Consulate IDs": 26, "Topics": 30,
    "Time zone": 20, "Starts": 17, "Ends": 17, "Languages": 22, "Languages needed": 22,
}
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
