"""A national-scale dataset as an exchange workbook (spec/workbook.md), for benchmarks and tests.

    python benchmarks/generate.py OUT.xlsx [--seed 1] [--scale 1.0]

At scale 1.0: about 200 offices (WHD, OSHA, EEOC, NLRB and three state labor agencies), 150
consulates of 15 countries, 5,000 people (some with 2-3 membership rows: rotations), 1,500
agreements over 2007-2026 with renewal chains, 20 Labor Rights Weeks (2008-2027) of 1,000
events each and 60,000 staff assignments. Everything is valid per the spec, so the workbook
imports with no problems, and the same seed always gives the same workbook.

Offices and Mexican consulates come from the shipped reference directory; the other offices
and consulates are real cities with their real IANA zones. The spec's date rules (expiry
arithmetic, the default campaign week) are re-implemented here from the spec rather than taken
from the core, so an import of this workbook checks the core against the spec.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import random
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# --- the workbook format ------------------------------------------------------------------------

SHEETS: dict[str, list[str]] = {
    "Offices": [
        "Office ID", "Agency", "Agency name", "Name", "Office type", "Region", "City", "State",
        "Time zone", "Address", "Phone", "Email",
    ],
    "Consulates": [
        "Consulate ID", "Country", "City", "State", "Type", "Time zone", "Address", "Phone",
        "Email", "Jurisdiction",
    ],
    "People": [
        "Person ID", "Name", "Organization ID", "Title", "Languages", "Email", "Phone",
        "Active from", "Active to",
    ],
    "Agreements": [
        "Agreement ID", "Kind", "Office IDs", "Consulate IDs", "State", "Signed on",
        "Effective on", "Term months", "Expires on", "Terminated on", "Renews", "US signatory",
        "Consular signatory", "Document", "Notes",
    ],
    "Campaigns": ["Year", "Starts on", "Ends on", "Theme", "Theme (Spanish)"],
    "Events": [
        "Event ID", "Year", "Title", "Title (Spanish)", "Format", "Starts", "Ends", "Time zone",
        "Venue", "Address", "Host consulate ID", "Office IDs", "Languages", "Topics",
        "Staff needed", "Languages needed", "Status", "Notes",
    ],
    "Assignments": ["Event ID", "Person ID", "Role", "Starts", "Ends", "Notes"],
}

OFFICE_FILES = ("whd_district_offices.csv", "osha_offices.csv", "eeoc_offices.csv",
                "nlrb_offices.csv")
# The day the dataset describes: agreements signed after it are still drafts.
AS_OF = date(2026, 6, 1)
FIRST_AGREEMENT_YEAR, LAST_AGREEMENT_YEAR = 2007, 2026
CAMPAIGN_YEARS = tuple(range(2008, 2028))


@dataclass(frozen=True)
class Sizes:
    """How many of each thing a scale asks for (people are persons, not People rows)."""

    offices: int
    consulates: int
    people: int
    agreements: int
    campaigns: int
    events_per_campaign: int
    assignments: int

    @property
    def events(self) -> int:
        return self.campaigns * self.events_per_campaign


def planned_sizes(scale: float = 1.0) -> Sizes:
    """Sizes for `scale`; small floors keep every agency and every country present."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    per_campaign = max(1, round(1000 * scale))
    return Sizes(
        offices=max(10, round(200 * scale)),
        consulates=max(15, round(150 * scale)),
        people=max(60, round(5000 * scale)),
        agreements=max(5, round(1500 * scale)),
        campaigns=len(CAMPAIGN_YEARS),
        events_per_campaign=per_campaign,
        assignments=3 * per_campaign * len(CAMPAIGN_YEARS),
    )


# --- spec date rules (independent of the core on purpose) ---------------------------------------


def add_months(start: date, months: int) -> date:
    """`start` plus calendar months, the day clamped to the shorter month's end."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def default_week(year: int) -> tuple[date, date]:
    """Monday to Friday of the week before Labor Day (the first Monday of September)."""
    first = date(year, 9, 1)
    labor_day = first + timedelta(days=(7 - first.weekday()) % 7)
    monday = labor_day - timedelta(days=7)
    return monday, monday + timedelta(days=4)


# --- directory data -----------------------------------------------------------------------------

AGENCY_NAMES = {
    "WHD": "Wage and Hour Division",
    "OSHA": "Occupational Safety and Health Administration",
    "EEOC": "U.S. Equal Employment Opportunity Commission",
    "NLRB": "National Labor Relations Board",
    "CA-LC": "California Labor Commissioner's Office",
    "WA-LNI": "Washington State Department of Labor & Industries",
    "IL-IDOL": "Illinois Department of Labor",
}
AGENCY_DOMAINS = {
    "WHD": "dol.gov", "OSHA": "dol.gov", "EEOC": "eeoc.gov", "NLRB": "nlrb.gov",
    "CA-LC": "dir.ca.gov", "WA-LNI": "lni.wa.gov", "IL-IDOL": "illinois.gov",
}
AGENCY_KINDS = {
    "WHD": ["Arrangement Establishing an Understanding"],
    "OSHA": ["Arrangement Establishing an Alliance"],
    "EEOC": ["Memorandum of Understanding"],
    "NLRB": ["Letter of Arrangement"],
    "CA-LC": ["Memorandum of Understanding", "Other"],
    "WA-LNI": ["Memorandum of Understanding", "Other"],
    "IL-IDOL": ["Memorandum of Understanding", "Other"],
}
AGENCY_WEIGHTS = {"WHD": 34, "OSHA": 26, "EEOC": 14, "NLRB": 16, "CA-LC": 5, "WA-LNI": 3,
                  "IL-IDOL": 2}

STATE_ZONES = {
    "AK": "America/Anchorage", "AL": "America/Chicago", "AR": "America/Chicago",
    "AZ": "America/Phoenix", "CA": "America/Los_Angeles", "CO": "America/Denver",
    "CT": "America/New_York", "DC": "America/New_York", "DE": "America/New_York",
    "FL": "America/New_York", "GA": "America/New_York", "GU": "Pacific/Guam",
    "HI": "Pacific/Honolulu", "IA": "America/Chicago", "ID": "America/Boise",
    "IL": "America/Chicago", "IN": "America/Indiana/Indianapolis", "KS": "America/Chicago",
    "KY": "America/New_York", "LA": "America/Chicago", "MA": "America/New_York",
    "MD": "America/New_York", "ME": "America/New_York", "MI": "America/Detroit",
    "MN": "America/Chicago", "MO": "America/Chicago", "MS": "America/Chicago",
    "MT": "America/Denver", "NC": "America/New_York", "ND": "America/Chicago",
    "NE": "America/Chicago", "NH": "America/New_York", "NJ": "America/New_York",
    "NM": "America/Denver", "NV": "America/Los_Angeles", "NY": "America/New_York",
    "OH": "America/New_York", "OK": "America/Chicago", "OR": "America/Los_Angeles",
    "PA": "America/New_York", "PR": "America/Puerto_Rico", "RI": "America/New_York",
    "SC": "America/New_York", "SD": "America/Chicago", "TN": "America/Chicago",
    "TX": "America/Chicago", "UT": "America/Denver", "VA": "America/New_York",
    "WA": "America/Los_Angeles", "WI": "America/Chicago", "WV": "America/New_York",
}
# Cities whose zone is not their state's usual one.
CITY_ZONES = {("El Paso", "TX"): "America/Denver", ("Bismarck", "ND"): "America/Chicago"}

# OSHA area offices and state agency offices beyond the reference lists:
# (id, agency, name, type, region, city, state)
EXTRA_OFFICES: list[tuple[str, str, str, str, str, str, str]] = [
    ("CA-LC-OAKLAND", "CA-LC", "Labor Commissioner's Office - Oakland (headquarters)",
     "regional", "California", "Oakland", "CA"),
    ("CA-LC-LOSANGELES", "CA-LC", "Labor Commissioner's Office - Los Angeles", "district",
     "California", "Los Angeles", "CA"),
    ("CA-LC-FRESNO", "CA-LC", "Labor Commissioner's Office - Fresno", "district",
     "California", "Fresno", "CA"),
    ("CA-LC-SANJOSE", "CA-LC", "Labor Commissioner's Office - San Jose", "district",
     "California", "San Jose", "CA"),
    ("CA-LC-SACRAMENTO", "CA-LC", "Labor Commissioner's Office - Sacramento", "district",
     "California", "Sacramento", "CA"),
    ("CA-LC-SANTAANA", "CA-LC", "Labor Commissioner's Office - Santa Ana", "district",
     "California", "Santa Ana", "CA"),
    ("CA-LC-SANDIEGO", "CA-LC", "Labor Commissioner's Office - San Diego", "district",
     "California", "San Diego", "CA"),
    ("CA-LC-SALINAS", "CA-LC", "Labor Commissioner's Office - Salinas", "district",
     "California", "Salinas", "CA"),
    ("CA-LC-ELCENTRO", "CA-LC", "Labor Commissioner's Office - El Centro", "district",
     "California", "El Centro", "CA"),
    ("CA-LC-BAKERSFIELD", "CA-LC", "Labor Commissioner's Office - Bakersfield", "district",
     "California", "Bakersfield", "CA"),
    ("CA-LC-SANBERNARDINO", "CA-LC", "Labor Commissioner's Office - San Bernardino",
     "district", "California", "San Bernardino", "CA"),
    ("WA-LNI-TUMWATER", "WA-LNI", "L&I Headquarters - Tumwater", "regional", "Washington",
     "Tumwater", "WA"),
    ("WA-LNI-YAKIMA", "WA-LNI", "L&I Yakima Office", "field", "Washington", "Yakima", "WA"),
    ("WA-LNI-WENATCHEE", "WA-LNI", "L&I East Wenatchee Office", "field", "Washington",
     "East Wenatchee", "WA"),
    ("WA-LNI-KENNEWICK", "WA-LNI", "L&I Kennewick Office", "field", "Washington",
     "Kennewick", "WA"),
    ("WA-LNI-MOUNTVERNON", "WA-LNI", "L&I Mount Vernon Office", "field", "Washington",
     "Mount Vernon", "WA"),
    ("IL-IDOL-CHICAGO", "IL-IDOL", "IDOL Chicago Office", "regional", "Illinois", "Chicago",
     "IL"),
    ("IL-IDOL-SPRINGFIELD", "IL-IDOL", "IDOL Springfield Office", "field", "Illinois",
     "Springfield", "IL"),
] + [
    (f"OSHA-{key}", "OSHA", f"{name} Area Office", "area", region, city, state)
    for key, name, region, city, state in [
        ("ALBANY", "Albany", "New York City (former Region 2)", "Albany", "NY"),
        ("BUFFALO", "Buffalo", "New York City (former Region 2)", "Buffalo", "NY"),
        ("SYRACUSE", "Syracuse", "New York City (former Region 2)", "Syracuse", "NY"),
        ("TARRYTOWN", "Tarrytown", "New York City (former Region 2)", "Tarrytown", "NY"),
        ("MANHATTAN", "Manhattan", "New York City (former Region 2)", "New York", "NY"),
        ("LONGISLAND", "Long Island", "New York City (former Region 2)", "Westbury", "NY"),
        ("AVENEL", "Avenel", "New York City (former Region 2)", "Avenel", "NJ"),
        ("PARSIPPANY", "Parsippany", "New York City (former Region 2)", "Parsippany", "NJ"),
        ("MARLTON", "Marlton", "New York City (former Region 2)", "Marlton", "NJ"),
        ("HASBROUCKHEIGHTS", "Hasbrouck Heights", "New York City (former Region 2)",
         "Hasbrouck Heights", "NJ"),
        ("PUERTORICO", "Puerto Rico", "New York City (former Region 2)", "Guaynabo", "PR"),
        ("ANDOVER", "Andover", "Boston (former Region 1)", "Andover", "MA"),
        ("BRAINTREE", "Braintree", "Boston (former Region 1)", "Braintree", "MA"),
        ("SPRINGFIELD", "Springfield", "Boston (former Region 1)", "Springfield", "MA"),
        ("HARTFORD", "Hartford", "Boston (former Region 1)", "Hartford", "CT"),
        ("CONCORD", "Concord", "Boston (former Region 1)", "Concord", "NH"),
        ("AUGUSTA", "Augusta", "Boston (former Region 1)", "Augusta", "ME"),
        ("ALLENTOWN", "Allentown", "Philadelphia (former Region 3)", "Allentown", "PA"),
        ("ERIE", "Erie", "Philadelphia (former Region 3)", "Erie", "PA"),
        ("WILKESBARRE", "Wilkes-Barre", "Philadelphia (former Region 3)", "Wilkes-Barre",
         "PA"),
        ("PHILADELPHIA", "Philadelphia", "Philadelphia (former Region 3)", "Philadelphia",
         "PA"),
        ("NORFOLK", "Norfolk", "Philadelphia (former Region 3)", "Norfolk", "VA"),
        ("CHARLESTON", "Charleston", "Philadelphia (former Region 3)", "Charleston", "WV"),
        ("ATLANTAEAST", "Atlanta East", "Atlanta (former Region 4)", "Tucker", "GA"),
        ("ATLANTAWEST", "Atlanta West", "Atlanta (former Region 4)", "Smyrna", "GA"),
        ("SAVANNAH", "Savannah", "Atlanta (former Region 4)", "Savannah", "GA"),
        ("COLUMBUSGA", "Columbus (Georgia)", "Atlanta (former Region 4)", "Columbus", "GA"),
        ("BIRMINGHAM", "Birmingham", "Birmingham (new 2024)", "Birmingham", "AL"),
        ("MOBILE", "Mobile", "Birmingham (new 2024)", "Mobile", "AL"),
        ("JACKSON", "Jackson", "Birmingham (new 2024)", "Jackson", "MS"),
        ("AURORA", "Aurora", "Chicago (former Region 5)", "Aurora", "IL"),
        ("CALUMETCITY", "Calumet City", "Chicago (former Region 5)", "Calumet City", "IL"),
        ("CHICAGONORTH", "Chicago North", "Chicago (former Region 5)", "Des Plaines", "IL"),
        ("PEORIA", "Peoria", "Chicago (former Region 5)", "Peoria", "IL"),
        ("FAIRVIEWHEIGHTS", "Fairview Heights", "Chicago (former Region 5)",
         "Fairview Heights", "IL"),
        ("APPLETON", "Appleton", "Chicago (former Region 5)", "Appleton", "WI"),
        ("MILWAUKEE", "Milwaukee", "Chicago (former Region 5)", "Milwaukee", "WI"),
        ("LANSING", "Lansing", "Chicago (former Region 5)", "Lansing", "MI"),
        ("CINCINNATI", "Cincinnati", "Chicago (former Region 5)", "Cincinnati", "OH"),
        ("CLEVELAND", "Cleveland", "Chicago (former Region 5)", "Cleveland", "OH"),
        ("COLUMBUS", "Columbus", "Chicago (former Region 5)", "Columbus", "OH"),
        ("TOLEDO", "Toledo", "Chicago (former Region 5)", "Toledo", "OH"),
        ("DALLAS", "Dallas", "Dallas (former Region 6)", "Dallas", "TX"),
        ("FORTWORTH", "Fort Worth", "Dallas (former Region 6)", "Fort Worth", "TX"),
        ("LUBBOCK", "Lubbock", "Dallas (former Region 6)", "Lubbock", "TX"),
        ("SANANTONIO", "San Antonio", "Dallas (former Region 6)", "San Antonio", "TX"),
        ("HOUSTONSOUTH", "Houston South", "Dallas (former Region 6)", "Houston", "TX"),
        ("BATONROUGE", "Baton Rouge", "Dallas (former Region 6)", "Baton Rouge", "LA"),
        ("LITTLEROCK", "Little Rock", "Dallas (former Region 6)", "Little Rock", "AR"),
        ("KANSASCITY", "Kansas City", "Kansas City (former Region 7)", "Kansas City", "MO"),
        ("STLOUIS", "St. Louis", "Kansas City (former Region 7)", "St. Louis", "MO"),
        ("WICHITA", "Wichita", "Kansas City (former Region 7)", "Wichita", "KS"),
        ("DESMOINES", "Des Moines", "Kansas City (former Region 7)", "Des Moines", "IA"),
        ("BISMARCK", "Bismarck", "Denver (former Region 8)", "Bismarck", "ND"),
        ("HONOLULU", "Honolulu", "San Francisco (former Region 9)", "Honolulu", "HI"),
        ("ANCHORAGE", "Anchorage", "San Francisco (former Region 10)", "Anchorage", "AK"),
        ("BOISE", "Boise", "San Francisco (former Region 10)", "Boise", "ID"),
        ("BELLEVUE", "Bellevue", "San Francisco (former Region 10)", "Bellevue", "WA"),
        ("OAKLAND", "Oakland", "San Francisco (former Region 9)", "Oakland", "CA"),
    ]
]
# Kept at any scale, in this order while room lasts: every agency, then the tricky zones.
MUST_OFFICES = ["WHD-CHICAGO", "OSHA-PHOENIX", "EEOC-MIAMI", "NLRB-R13", "CA-LC-LOSANGELES",
                "WA-LNI-YAKIMA", "IL-IDOL-CHICAGO", "OSHA-ELPASO", "WHD-HONOLULU",
                "WHD-CARIBBEAN", "OSHA-ANCHORAGE"]

COUNTRIES: dict[str, tuple[str, list[str], str]] = {
    # code: (name in venue names, languages spoken, consular email domain)
    "MX": ("Mexico", ["Spanish"], "sre.gob.mx"),
    "GT": ("Guatemala", ["Spanish"], "minex.gob.gt"),
    "SV": ("El Salvador", ["Spanish"], "rree.gob.sv"),
    "HN": ("Honduras", ["Spanish"], "sreci.gob.hn"),
    "EC": ("Ecuador", ["Spanish"], "cancilleria.gob.ec"),
    "PH": ("the Philippines", ["Tagalog"], "dfa.gov.ph"),
    "CO": ("Colombia", ["Spanish"], "cancilleria.gov.co"),
    "DO": ("the Dominican Republic", ["Spanish"], "mirex.gob.do"),
    "PE": ("Peru", ["Spanish"], "rree.gob.pe"),
    "NI": ("Nicaragua", ["Spanish"], "cancilleria.gob.ni"),
    "BR": ("Brazil", ["Portuguese"], "itamaraty.gov.br"),
    "IN": ("India", ["Hindi"], "mea.gov.in"),
    "VN": ("Vietnam", ["Vietnamese"], "mofa.gov.vn"),
    "PL": ("Poland", ["Polish"], "msz.gov.pl"),
    "HT": ("Haiti", ["Haitian Creole", "French"], "diplomatie.ht"),
}
INDIGENOUS = {
    "MX": ["Mixteco", "Zapoteco", "Náhuatl", "Triqui", "Purépecha"],
    "GT": ["K'iche'", "Mam", "Q'anjob'al", "Kaqchikel"],
    "EC": ["Kichwa"],
    "PE": ["Quechua"],
}

GEN, CON, EMB, HON = ("consulate general", "consulate", "consular section of embassy",
                      "honorary consulate")
# Consulates of the other 14 countries, in US cities where they have offices:
# country -> [(city, state, type)]
OTHER_CONSULATES: dict[str, list[tuple[str, str, str]]] = {
    "GT": [("Los Angeles", "CA", GEN), ("Houston", "TX", GEN), ("Chicago", "IL", GEN),
           ("New York", "NY", GEN), ("Miami", "FL", GEN), ("Phoenix", "AZ", GEN),
           ("Atlanta", "GA", GEN), ("Denver", "CO", CON), ("Providence", "RI", CON),
           ("San Bernardino", "CA", CON), ("San Francisco", "CA", CON),
           ("Silver Spring", "MD", CON), ("McAllen", "TX", CON), ("Raleigh", "NC", CON),
           ("Tucson", "AZ", CON), ("Oklahoma City", "OK", CON), ("Seattle", "WA", CON),
           ("Omaha", "NE", CON), ("Philadelphia", "PA", CON), ("Del Rio", "TX", CON)],
    "SV": [("Los Angeles", "CA", GEN), ("Houston", "TX", GEN), ("Dallas", "TX", GEN),
           ("New York", "NY", GEN), ("Washington", "DC", EMB), ("Chicago", "IL", CON),
           ("Atlanta", "GA", CON), ("San Francisco", "CA", CON), ("Boston", "MA", CON),
           ("Miami", "FL", CON), ("Santa Ana", "CA", CON), ("Las Vegas", "NV", CON),
           ("Nogales", "AZ", CON), ("Seattle", "WA", CON), ("Charlotte", "NC", CON),
           ("McAllen", "TX", CON), ("Brentwood", "NY", CON), ("Silver Spring", "MD", CON),
           ("Woodbridge", "VA", CON), ("Elizabeth", "NJ", CON), ("Tucson", "AZ", CON),
           ("Denver", "CO", CON), ("Saint Paul", "MN", CON), ("Salt Lake City", "UT", CON)],
    "HN": [("Houston", "TX", GEN), ("Los Angeles", "CA", GEN), ("Miami", "FL", GEN),
           ("New York", "NY", GEN), ("New Orleans", "LA", GEN), ("Atlanta", "GA", CON),
           ("Chicago", "IL", CON), ("San Francisco", "CA", CON), ("Washington", "DC", EMB),
           ("Dallas", "TX", CON), ("Charlotte", "NC", CON), ("McAllen", "TX", CON)],
    "EC": [("New York", "NY", GEN), ("Newark", "NJ", GEN), ("Chicago", "IL", GEN),
           ("Houston", "TX", GEN), ("Los Angeles", "CA", GEN), ("Miami", "FL", GEN),
           ("Minneapolis", "MN", CON), ("Atlanta", "GA", CON), ("Phoenix", "AZ", CON),
           ("New Haven", "CT", CON), ("Washington", "DC", EMB)],
    "PH": [("New York", "NY", GEN), ("Chicago", "IL", GEN), ("Los Angeles", "CA", GEN),
           ("San Francisco", "CA", GEN), ("Honolulu", "HI", GEN), ("Tamuning", "GU", GEN),
           ("Washington", "DC", EMB), ("Anchorage", "AK", HON), ("Houston", "TX", HON)],
    "CO": [("New York", "NY", GEN), ("Miami", "FL", GEN), ("Los Angeles", "CA", GEN),
           ("Houston", "TX", GEN), ("Chicago", "IL", GEN), ("Atlanta", "GA", GEN),
           ("Boston", "MA", GEN), ("Newark", "NJ", GEN), ("Orlando", "FL", GEN),
           ("San Francisco", "CA", GEN), ("Washington", "DC", EMB), ("San Juan", "PR", GEN)],
    "DO": [("New York", "NY", GEN), ("Miami", "FL", GEN), ("Boston", "MA", GEN),
           ("Chicago", "IL", GEN), ("San Juan", "PR", GEN), ("Mayaguez", "PR", CON),
           ("Philadelphia", "PA", CON), ("Washington", "DC", EMB), ("New Orleans", "LA", CON),
           ("Houston", "TX", HON)],
    "PE": [("New York", "NY", GEN), ("Miami", "FL", GEN), ("Los Angeles", "CA", GEN),
           ("Paterson", "NJ", GEN), ("Houston", "TX", GEN), ("Chicago", "IL", GEN),
           ("Washington", "DC", EMB), ("Atlanta", "GA", GEN), ("Denver", "CO", GEN),
           ("Boston", "MA", GEN), ("San Francisco", "CA", GEN), ("Hartford", "CT", GEN),
           ("Dallas", "TX", GEN)],
    "NI": [("Miami", "FL", GEN), ("Los Angeles", "CA", GEN), ("Houston", "TX", GEN),
           ("New York", "NY", GEN), ("San Francisco", "CA", GEN), ("Washington", "DC", EMB)],
    "BR": [("New York", "NY", GEN), ("Boston", "MA", GEN), ("Miami", "FL", GEN),
           ("Chicago", "IL", GEN), ("Houston", "TX", GEN), ("Los Angeles", "CA", GEN),
           ("Atlanta", "GA", GEN), ("Hartford", "CT", GEN), ("San Francisco", "CA", GEN),
           ("Washington", "DC", EMB)],
    "IN": [("New York", "NY", GEN), ("San Francisco", "CA", GEN), ("Chicago", "IL", GEN),
           ("Houston", "TX", GEN), ("Atlanta", "GA", GEN), ("Seattle", "WA", GEN),
           ("Washington", "DC", EMB)],
    "VN": [("San Francisco", "CA", GEN), ("Houston", "TX", GEN), ("New York", "NY", GEN),
           ("Washington", "DC", EMB)],
    "PL": [("New York", "NY", GEN), ("Chicago", "IL", GEN), ("Los Angeles", "CA", GEN),
           ("Houston", "TX", GEN), ("Washington", "DC", EMB)],
    "HT": [("New York", "NY", GEN), ("Miami", "FL", GEN), ("Boston", "MA", GEN),
           ("Chicago", "IL", GEN), ("Atlanta", "GA", GEN), ("Orlando", "FL", GEN),
           ("Washington", "DC", EMB)],
}
MUST_CONSULATES = ["MX-CHICAGO", "MX-PHOENIX", "MX-ELPASO", "PH-HONOLULU", "PH-ANCHORAGE",
                   "DO-SANJUAN"]

# --- people -------------------------------------------------------------------------------------

FIRST_NAMES = {
    "hispanic": ["María", "José", "Juan", "Guadalupe", "Luis", "Ana", "Carlos", "Rosa", "Jorge",
                 "Carmen", "Miguel", "Patricia", "Alejandro", "Verónica", "Francisco",
                 "Leticia", "Ricardo", "Gabriela", "Fernando", "Adriana", "Roberto", "Claudia",
                 "Javier", "Sofía", "Eduardo", "Alma", "Raúl", "Yolanda", "Héctor", "Marisol"],
    "us": ["James", "Mary", "Robert", "Jennifer", "John", "Linda", "Michael", "Elizabeth",
           "David", "Barbara", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah",
           "Thomas", "Karen", "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Ashley",
           "Anthony", "Aisha", "Jamal", "Wei", "Priya", "Keisha", "Bao", "Olga", "Tyrone"],
    "PH": ["Ramon", "Lourdes", "Rogelio", "Corazon", "Arnel", "Maricel", "Rommel", "Jocelyn",
           "Gemma", "Eduardo"],
    "BR": ["João", "Ana Paula", "Luiz", "Fernanda", "Thiago", "Beatriz", "Rafael", "Camila"],
    "IN": ["Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Deepa", "Sanjay", "Kavita"],
    "VN": ["Minh", "Lan", "Tuan", "Huong", "Duc", "Mai", "Thanh", "Linh"],
    "PL": ["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Agnieszka", "Marek", "Ewa"],
    "HT": ["Jean", "Marie", "Pierre", "Nadège", "Wilner", "Guerline", "Fritz", "Roseline"],
}
LAST_NAMES = {
    "hispanic": ["García", "Hernández", "Martínez", "López", "González", "Rodríguez",
                 "Pérez", "Sánchez", "Ramírez", "Flores", "Cruz", "Morales", "Reyes",
                 "Gutiérrez", "Ortiz", "Jiménez", "Castillo", "Vásquez", "Ruiz", "Mendoza",
                 "Aguilar", "Chávez", "Domínguez", "Herrera", "Medina", "Castro", "Vargas",
                 "Ramos", "Guzmán", "Salazar", "Ixcoy", "Tzul", "Quispe"],
    "us": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
           "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson",
           "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen",
           "King", "Wright", "Scott", "Nguyen", "Kim", "Patel", "O'Brien", "Kowalski"],
    "PH": ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva",
           "Dela Cruz", "Garcia", "Aquino"],
    "BR": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira"],
    "IN": ["Sharma", "Patel", "Singh", "Reddy", "Iyer", "Gupta", "Nair", "Mehta"],
    "VN": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    "PL": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
           "Zieliński", "Szymański"],
    "HT": ["Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Etienne", "Desir",
           "Toussaint"],
}
OTHER_LANGUAGES = ["Portuguese", "Tagalog", "Haitian Creole", "Vietnamese", "Polish", "Hindi",
                   "French", "Mandarin", "Korean", "Arabic"]

STAFF_TITLES = {
    "WHD": ["Community Outreach and Resource Planning Specialist", "Wage and Hour Investigator",
            "Wage and Hour Investigator", "Wage and Hour Technician",
            "Assistant District Director"],
    "OSHA": ["Compliance Assistance Specialist", "Compliance Safety and Health Officer",
             "Compliance Safety and Health Officer", "Assistant Area Director"],
    "EEOC": ["Investigator", "Investigator", "Outreach and Education Coordinator",
             "Mediator", "Enforcement Supervisor"],
    "NLRB": ["Field Attorney", "Field Examiner", "Field Examiner", "Outreach Coordinator",
             "Supervisory Field Examiner"],
    "state": ["Deputy Labor Commissioner", "Outreach Coordinator", "Labor Standards Officer",
              "Senior Investigator"],
    "consulate": ["Consul for Protection", "Protection Officer", "Community Affairs Liaison",
                  "Deputy Consul", "Consular Officer", "Labor Affairs Officer"],
}

# --- events -------------------------------------------------------------------------------------

FORMATS = [("tabling", 30), ("workshop", 24), ("training", 10), ("webinar", 10), ("radio", 8),
           ("mobile consulate", 8), ("press conference", 3), ("opening ceremony", 3),
           ("signing ceremony", 2), ("other", 2)]
TOPICS = [("wage theft", "robo de salario"), ("heat illness", "enfermedades por calor"),
          ("H-2A rights", "derechos de trabajadores H-2A"),
          ("workplace discrimination", "discriminación en el trabajo"),
          ("right to organize", "derecho a organizarse"),
          ("overtime pay", "pago de horas extra"), ("child labor", "trabajo infantil"),
          ("fall protection", "protección contra caídas"), ("retaliation", "represalias"),
          ("sexual harassment", "acoso sexual"), ("minimum wage", "salario mínimo"),
          ("trench safety", "seguridad en zanjas"), ("pesticides", "pesticidas"),
          ("domestic workers", "trabajadoras del hogar"),
          ("misclassification", "clasificación errónea"),
          ("filing a complaint", "cómo presentar una queja")]
COMMUNITY_VENUES = ["Public Library", "Community College", "Worker Center",
                    "St. Joseph Parish Hall", "Community Health Center", "Union Hall",
                    "Farmworker Resource Center", "Casa Michoacán", "Mexican Cultural Institute",
                    "Convention Center", "Flea Market", "Day Laborer Center"]
STREETS = ["Main St", "Broadway", "Market St", "Washington Ave", "Cesar Chavez Ave",
           "Oak St", "5th Ave", "Lincoln Blvd", "Church St", "Harbor Blvd", "Central Ave"]
NOTES = ["Bring bilingual fact sheets", "Parking behind the building", "Confirmed with liaison",
         "Livestream on the consulate's page", "=Fact sheets from the 2019 kit",
         "+ radio spot the day before", "Ask for the conference room", "-"]
ROLE_WEIGHTS = {
    "table": [("table staff", 60), ("coordinator", 12), ("interpreter", 10),
              ("presenter", 10), ("other", 8)],
    "talk": [("presenter", 50), ("coordinator", 15), ("interpreter", 12),
             ("table staff", 15), ("other", 8)],
}

# --- records ------------------------------------------------------------------------------------


@dataclass
class Org:
    id: str
    family: str  # agency code or country code
    is_office: bool
    name: str
    kind: str  # office type or consulate type
    region: str
    city: str
    state: str
    zone: str


@dataclass
class Stint:
    org: Org
    title: str
    start: date | None
    end: date | None
    head: bool = False


@dataclass
class PersonRec:
    id: str
    name: str
    languages: list[str]
    email: str
    phone: str
    family: str
    is_agency: bool
    stints: list[Stint] = field(default_factory=list)


# --- helpers ------------------------------------------------------------------------------------


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _key(city: str) -> str:
    return _ascii(city).upper()


def _zone_of(city: str, state: str) -> str:
    return CITY_ZONES.get((city, state), STATE_ZONES[state])


def _rand_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _phone(rng: random.Random) -> str:
    area, line = rng.randint(201, 989), rng.randint(100, 9999)
    if rng.random() < 0.3:
        return f"+1 {area} 555 {line:04d}"
    return f"({area}) 555-{line:04d}"


def _address(rng: random.Random, city: str, state: str) -> str:
    return f"{rng.randint(100, 9899)} {rng.choice(STREETS)}, {city}, {state}"


def _date_cell(rng: random.Random, value: date | None) -> date | str | None:
    """A date as an Excel date cell or as `YYYY-MM-DD` text, as people type them."""
    if value is None:
        return None
    return value if rng.random() < 0.7 else value.isoformat()


def _datetime_cell(as_text: bool, value: datetime) -> datetime | str:
    return value.strftime("%Y-%m-%d %H:%M") if as_text else value


@lru_cache(maxsize=64)
def _zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _utc(wall: datetime, zone: str) -> datetime:
    return wall.replace(tzinfo=_zoneinfo(zone)).astimezone(UTC)


def _read_reference(name: str) -> list[dict[str, str]]:
    """A shipped reference CSV (resources/reference), read as the core reads it."""
    try:
        from importlib import resources

        text = (resources.files("consularapp_resources") / "reference" / name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        here = Path(__file__).resolve().parent.parent / "resources" / "reference" / name
        text = here.read_text("utf-8")
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(io.StringIO(text))]


def _pick(rng: random.Random, candidates: list[Org], must: list[str], count: int,
          preferred: int) -> list[Org]:
    """`count` of `candidates`: the `must` ones, then the first `preferred`, then a sample."""
    by_id = {c.id: c for c in candidates}
    chosen = [by_id[i] for i in must if i in by_id][:count]
    taken = {c.id for c in chosen}
    head = [c for c in candidates[:preferred] if c.id not in taken]
    tail = [c for c in candidates[preferred:] if c.id not in taken]
    room = count - len(chosen)
    if room >= len(head):
        chosen += head + rng.sample(tail, min(len(tail), room - len(head)))
    else:
        chosen += rng.sample(head + tail, room)
    order = {c.id: n for n, c in enumerate(candidates)}
    return sorted(chosen, key=lambda c: order[c.id])


def _more_offices(rng: random.Random, real: list[Org], count: int) -> list[Org]:
    """`count` made-up field and resident offices of the four federal agencies, in the cities
    of the real offices and in the region of one of the agency's offices in that state (the
    national scale of issue 17: 2,000 offices at 10x)."""
    if count <= 0:
        return []
    taken = {o.id for o in real}
    cities = sorted({(o.city, o.state) for o in real})
    by_agency_state: dict[tuple[str, str], list[Org]] = defaultdict(list)
    for o in real:
        by_agency_state[(o.family, o.state)].append(o)
    candidates: list[Org] = []
    for agency in ("WHD", "OSHA", "EEOC", "NLRB"):
        of_agency = [o for o in real if o.family == agency]
        for city, state in cities:
            near = by_agency_state.get((agency, state)) or of_agency
            region = near[0].region if near else ""
            for kind, word in (("field", "Field Office"), ("resident", "Resident Office"),
                               ("local", "Local Office"), ("area", "Outreach Area Office")):
                oid = f"{agency}-{_key(city)}-{state}-{kind[0].upper()}"
                if oid not in taken:
                    candidates.append(Org(oid, agency, True, f"{agency} {city} {word}", kind,
                                          region, city, state, _zone_of(city, state)))
    made = rng.sample(candidates, min(count, len(candidates)))
    order = {c.id: n for n, c in enumerate(candidates)}
    return sorted(made, key=lambda c: order[c.id])


def _more_consulates(rng: random.Random, real: list[Org], offices: list[Org],
                     count: int) -> list[Org]:
    """`count` made-up honorary consulates of the 15 countries in the cities of the offices
    (1,500 consulates at 10x)."""
    if count <= 0:
        return []
    taken = {(c.family, c.city, c.state) for c in real}
    cities = sorted({(o.city, o.state) for o in offices})
    candidates = [Org(f"{cc}-{_key(city)}-{state}-H", cc, False, "", HON, "", city, state,
                      _zone_of(city, state))
                  for cc in COUNTRIES for city, state in cities
                  if (cc, city, state) not in taken]
    made = rng.sample(candidates, min(count, len(candidates)))
    order = {c.id: n for n, c in enumerate(candidates)}
    return sorted(made, key=lambda c: order[c.id])


# --- the generator ------------------------------------------------------------------------------


class _Generator:
    def __init__(self, seed: int, scale: float) -> None:
        self.rng = random.Random(seed)
        self.sizes = planned_sizes(scale)
        self.offices: list[Org] = []
        self.consulates: list[Org] = []
        self.people: list[PersonRec] = []
        self.emails: set[str] = set()
        self.members: dict[str, list[tuple[PersonRec, Stint]]] = defaultdict(list)

    # directory

    def build_directory(self) -> None:
        rng = self.rng
        offices: list[Org] = []
        seen: set[str] = set()
        for name in OFFICE_FILES:
            for row in _read_reference(name):
                if row["office_id"] in seen:
                    continue
                seen.add(row["office_id"])
                offices.append(Org(row["office_id"], row["agency"], True, row["name"],
                                   row["office_type"], row["region"], row["city"], row["state"],
                                   row["time_zone"]))
        # Order: every reference office, then the state agencies, then extra OSHA area offices;
        # at full scale the first two groups are all kept.
        extra = [Org(oid, agency, True, name, kind, region, city, state, _zone_of(city, state))
                 for oid, agency, name, kind, region, city, state in EXTRA_OFFICES
                 if oid not in seen]
        extra.sort(key=lambda o: o.family == "OSHA")
        preferred = len(offices) + sum(1 for o in extra if o.family != "OSHA")
        real = offices + extra
        self.offices = _pick(rng, real, MUST_OFFICES, min(len(real), self.sizes.offices),
                             preferred)
        self.offices += _more_offices(rng, self.offices, self.sizes.offices - len(self.offices))

        consulates: list[Org] = []
        for row in _read_reference("mexican_consulates.csv"):
            consulates.append(Org(row["consulate_id"], row["country"], False,
                                  "", row["consulate_type"], "", row["city"], row["state"],
                                  row["time_zone"]))
        n_mexican = len(consulates)
        for country, places in OTHER_CONSULATES.items():
            for city, state, kind in places:
                consulates.append(Org(f"{country}-{_key(city)}", country, False, "", kind, "",
                                      city, state, _zone_of(city, state)))
        # One of each country first (a tricky-zone one where there is), then the other zones.
        firsts = [next((m for m in MUST_CONSULATES if m.startswith(f"{cc}-")),
                       next(c.id for c in consulates if c.family == cc)) for cc in COUNTRIES]
        must = firsts + [m for m in MUST_CONSULATES if m not in firsts]
        self.consulates = _pick(rng, consulates, must, min(len(consulates),
                                                          self.sizes.consulates),
                                preferred=n_mexican)
        self.consulates += _more_consulates(rng, self.consulates, self.offices,
                                            self.sizes.consulates - len(self.consulates))
        for c in self.consulates:
            country = COUNTRIES[c.family][0]
            label = {GEN: "Consulate General", EMB: "Consular Section of the Embassy",
                     HON: "Honorary Consulate"}.get(c.kind, "Consulate")
            c.name = (f"{label} of {country}" if c.kind == EMB
                      else f"{label} of {country} in {c.city}")

        self.near_offices: dict[str, list[Org]] = {}
        for c in self.consulates:
            same_state = [o for o in self.offices if o.state == c.state]
            same_zone = [o for o in self.offices if o.zone == c.zone]
            self.near_offices[c.id] = same_state or same_zone or self.offices
        self.near_consulates: dict[str, list[Org]] = {}
        for o in self.offices:
            same_state = [c for c in self.consulates if c.state == o.state]
            same_zone = [c for c in self.consulates if c.zone == o.zone]
            self.near_consulates[o.id] = same_state or same_zone or self.consulates
        self.by_family: dict[str, list[Org]] = defaultdict(list)
        for org in self.offices + self.consulates:
            self.by_family[org.family].append(org)

    # people

    def _new_person(self, family: str, is_agency: bool) -> PersonRec:
        rng = self.rng
        if is_agency:
            group = "hispanic" if rng.random() < 0.45 else "us"
        else:
            group = family if family in FIRST_NAMES else "hispanic"
        first = rng.choice(FIRST_NAMES[group])
        last = rng.choice(LAST_NAMES[group])
        if group == "hispanic" and rng.random() < 0.5:
            last = f"{last} {rng.choice(LAST_NAMES[group])}"
        name = f"{first} {last}"
        if is_agency:
            languages = ["English"]
            if group == "hispanic" or rng.random() < 0.25:
                languages.append("Spanish")
            if rng.random() < 0.06:
                languages.append(rng.choice(OTHER_LANGUAGES))
            if rng.random() < 0.02:
                languages.append(rng.choice(INDIGENOUS["MX"] + INDIGENOUS["GT"]))
            domain = AGENCY_DOMAINS[family]
        else:
            languages = list(COUNTRIES[family][1])
            if rng.random() < 0.75:
                languages.append("English")
            if family in INDIGENOUS and rng.random() < 0.12:
                languages.append(rng.choice(INDIGENOUS[family]))
            domain = COUNTRIES[family][2]
        local = f"{_ascii(first.split()[0])}.{_ascii(last.split()[0])}"
        email, n = f"{local}@{domain}", 1
        while email in self.emails:
            n += 1
            email = f"{local}{n}@{domain}"
        self.emails.add(email)
        rec = PersonRec(
            id=f"P{len(self.people) + 1:05d}", name=name, languages=languages,
            email=email if rng.random() < 0.85 else "",
            phone=_phone(rng) if rng.random() < 0.6 else "",
            family=family, is_agency=is_agency,
        )
        self.people.append(rec)
        return rec

    @staticmethod
    def _head_title(org: Org) -> str:
        if not org.is_office:
            return {GEN: "Consul General", EMB: "Head of the Consular Section",
                    HON: "Honorary Consul"}.get(org.kind, "Consul")
        if org.family not in ("WHD", "OSHA", "EEOC", "NLRB"):
            return "Regional Manager"
        return {
            "district": "District Director", "area": "Area Director",
            "field": "Field Director", "local": "Local Office Director",
            "subregional": "Officer in Charge", "resident": "Officer in Charge",
            "national": "Administrator",
            "regional": "Regional Administrator" if org.family in ("WHD", "OSHA")
            else "Regional Director",
        }.get(org.kind, "Director")

    def _staff_title(self, org: Org) -> str:
        if not org.is_office:
            return self.rng.choice(STAFF_TITLES["consulate"])
        return self.rng.choice(STAFF_TITLES.get(org.family, STAFF_TITLES["state"]))

    def build_people(self) -> None:
        """Heads of every office and consulate over time, then staff, all with rotations."""
        rng = self.rng
        budget = self.sizes.people
        head_budget = int(budget * 0.3)
        # Head tenures: offices 4-9 years, consulates 2-5 years, from 2005 on.
        slots: list[tuple[date, date, Org]] = []
        for org in self.offices + self.consulates:
            start = _rand_date(rng, date(2003, 1, 1), date(2006, 12, 31))
            while start <= AS_OF:
                years = rng.uniform(4, 9) if org.is_office else rng.uniform(2, 5)
                end = start + timedelta(days=int(years * 365))
                slots.append((start, end, org))
                start = end + timedelta(days=rng.randint(1, 60))
        slots.sort(key=lambda s: (s[0], s[2].id))
        free: dict[str, list[PersonRec]] = defaultdict(list)  # family -> heads who may move
        heads = 0
        for start, end, org in slots:
            rec = None
            movers = [p for p in free[org.family]
                      if p.stints[-1].end is not None and p.stints[-1].end < start
                      and len(p.stints) < 3 and p.stints[-1].org.id != org.id]
            if movers and (heads >= head_budget or rng.random() < 0.35):
                rec = movers[-1]
            elif heads < head_budget:
                rec = self._new_person(org.family, org.is_office)
                heads += 1
                free[org.family].append(rec)
            if rec is None:
                continue  # a vacancy: only at very small scales
            open_end = end >= AS_OF
            rec.stints.append(Stint(org, self._head_title(org), start,
                                    None if open_end else end, head=True))
            if open_end or len(rec.stints) >= 3:
                free[org.family].remove(rec)

        # Staff: the rest of the budget, 72% agency staff.
        agency_orgs = self.offices
        weights = [3 if o.kind in ("district", "regional", "area") else 1 for o in agency_orgs]
        remaining = budget - len(self.people)
        for n in range(remaining):
            is_agency = n < remaining * 0.72
            if is_agency:
                org = rng.choices(agency_orgs, weights=weights)[0]
                k = _weighted(rng, [(1, 80), (2, 15), (3, 5)])
                span = (1500, 5000)
            else:
                org = rng.choice(self.consulates)
                k = _weighted(rng, [(1, 60), (2, 28), (3, 12)])
                span = (600, 1800)
            rec = self._new_person(org.family, is_agency)
            start: date | None = _rand_date(rng, date(1998, 1, 1), date(2025, 6, 30))
            for i in range(k):
                assert start is not None
                end = start + timedelta(days=rng.randint(*span))
                last = i == k - 1 or end >= AS_OF - timedelta(days=365)
                if last:
                    closed = end < AS_OF and rng.random() < 0.35
                    first_open = k == 1 and rng.random() < 0.1
                    rec.stints.append(Stint(org, self._staff_title(org),
                                            None if first_open else start,
                                            end if closed else None))
                    break
                rec.stints.append(Stint(org, self._staff_title(org), start, end))
                start = end + timedelta(days=1)
                others = [o for o in self.by_family[org.family] if o.id != org.id]
                if others:
                    same_region = [o for o in others if o.region and o.region == org.region]
                    org = rng.choice(same_region or others)
        for rec in self.people:
            for stint in rec.stints:
                self.members[stint.org.id].append((rec, stint))

    def active(self, org_id: str, day: date, head: bool | None = None) -> list[PersonRec]:
        return [
            p for p, s in self.members.get(org_id, [])
            if (s.start is None or s.start <= day) and (s.end is None or day <= s.end)
            and (head is None or s.head == head)
        ]

    def signatory(self, org: Org, day: date) -> str | None:
        found = self.active(org.id, day, head=True) or self.active(org.id, day)
        return found[0].id if found else None

    # agreements

    def build_agreements(self) -> list[dict[str, Any]]:
        rng = self.rng
        target = self.sizes.agreements
        agencies = [a for a in AGENCY_WEIGHTS if any(o.family == a for o in self.offices)]
        records: list[dict[str, Any]] = []
        chain_no = 0
        while len(records) < target:
            chain_no += 1
            agency = rng.choices(agencies, weights=[AGENCY_WEIGHTS[a] for a in agencies])[0]
            own = [o for o in self.offices if o.family == agency]
            first = rng.choice(own)
            n_off = _weighted(rng, [(1, 82), (2, 11), (3, 7)])
            near = [o for o in own if o.id != first.id and o.state == first.state]
            near = near or [o for o in own if o.id != first.id and o.zone == first.zone]
            offices = [first, *rng.sample(near, min(len(near), n_off - 1))]
            pool = self.near_consulates[first.id]
            n_con = _weighted(rng, [(1, 60), (2, 18), (3, 10), (4, 6), (5, 6)])
            consulates = rng.sample(pool, min(len(pool), n_con))
            day = _rand_date(rng, date(FIRST_AGREEMENT_YEAR, 1, 1),
                             date(LAST_AGREEMENT_YEAR, 12, 31))
            previous: dict[str, Any] | None = None
            position = 0
            while len(records) < target:
                position += 1
                kind = rng.choice(AGENCY_KINDS[agency])
                if agency == "NLRB" and 2013 <= day.year <= 2017 and rng.random() < 0.5:
                    term = None  # some NLRB letters of arrangement have no sunset date
                elif agency == "OSHA":
                    term = 24 if previous is None else rng.choice([24, 24, 36])
                elif agency == "WHD":
                    term = 36
                else:
                    term = rng.choice([24, 36, 36])
                rec: dict[str, Any] = {
                    "kind": kind, "offices": offices, "consulates": consulates,
                    "term": term, "renews": previous, "key": (day, chain_no, position),
                    "signed": None, "effective": None, "expires": None, "terminated": None,
                    "us": None, "consular": None, "agency": agency,
                }
                records.append(rec)
                if day > AS_OF:
                    rec["state"] = rng.choice(["draft", "negotiating"])
                    # Being drafted now; dated no later than today, after what it renews.
                    floor = previous["key"][0] + timedelta(days=1) if previous else date.min
                    rec["key"] = (max(floor, AS_OF - timedelta(days=rng.randint(0, 150))),
                                  chain_no, position)
                    break
                rec["state"] = "signed"
                rec["signed"] = day
                effective = day
                if rng.random() < 0.25:
                    effective = date(day.year + day.month // 12, day.month % 12 + 1, 1)
                    rec["effective"] = effective
                rec["us"] = self.signatory(offices[0], day)
                rec["consular"] = self.signatory(consulates[0], day)
                expiry = add_months(effective, term) if term else None
                if expiry and rng.random() < 0.12:
                    rec["expires"] = expiry
                horizon = min(expiry or effective + timedelta(days=1500), AS_OF)
                if rng.random() < 0.05 and (horizon - effective).days > 120:
                    rec["state"] = "terminated"
                    rec["terminated"] = effective + timedelta(
                        days=rng.randint(90, (horizon - effective).days - 1))
                    break
                if expiry is None:
                    if rng.random() < 0.6:
                        break
                    day = day + timedelta(days=rng.randint(3 * 365, 6 * 365))
                elif rng.random() < 0.15:
                    break  # lapsed: never renewed
                else:
                    day = expiry + timedelta(days=rng.randint(-150, 60))
                    week = default_week(day.year)[0]
                    if abs((week - day).days) < 120 and rng.random() < 0.35:
                        day = week + timedelta(days=rng.randint(0, 4))  # signed during LRW
                if day.year > LAST_AGREEMENT_YEAR:
                    break
                if rng.random() < 0.1 and len(consulates) < 5:
                    extra = [c for c in pool if c not in consulates]
                    if extra:
                        consulates = [*consulates, rng.choice(extra)]
                previous = rec
        records.sort(key=lambda r: r["key"])
        for n, rec in enumerate(records, start=1):
            rec["id"] = f"{rec['agency']}-{rec['key'][0].year}-{n:04d}"
        return records

    # campaigns, events, assignments

    def build_events(self) -> tuple[list[list[Any]], list[list[Any]], list[list[Any]]]:
        rng = self.rng
        themes = {int(r["year"]): (r["theme_en"] or None, r["theme_es"] or None)
                  for r in _read_reference("lrw_editions.csv")}
        campaigns: list[list[Any]] = []
        events: list[list[Any]] = []
        assignments: list[list[Any]] = []
        per_campaign = self.sizes.events_per_campaign
        total_assign = self.sizes.assignments
        host_weights = [6 if c.family == "MX" else 2 if c.kind == GEN else 1
                        for c in self.consulates]
        agency_staff = [p for p in self.people if p.is_agency]
        plans: list[tuple[int, list[Any], datetime, datetime, str, list[Org], list[str],
                          str]] = []

        for year in CAMPAIGN_YEARS:
            monday, friday = default_week(year)
            theme_en, theme_es = themes.get(year, (None, None))
            blank_dates = year == CAMPAIGN_YEARS[-1]  # the spec's default, left to the importer
            campaigns.append([
                year,
                None if blank_dates else _date_cell(rng, monday),
                None if blank_dates else _date_cell(rng, friday),
                theme_en or f"Labor Rights Week {year}",
                theme_es or f"Semana de Derechos Laborales {year}",
            ])
            future = year >= AS_OF.year
            for n in range(1, per_campaign + 1):
                host = rng.choices(self.consulates, weights=host_weights)[0]
                fmt = _weighted(rng, FORMATS)
                topic_pairs = rng.sample(TOPICS, rng.randint(1, 3))
                topic_en, topic_es = topic_pairs[0]
                country = COUNTRIES[host.family][0]
                titles = {
                    "tabling": ("Know your rights information table",
                                "Mesa informativa: conoce tus derechos"),
                    "workshop": (f"Workshop: {topic_en}", f"Taller: {topic_es}"),
                    "training": (f"Training for consular staff: {topic_en}",
                                 f"Capacitación para personal consular: {topic_es}"),
                    "webinar": (f"Webinar: {topic_en}", f"Seminario web: {topic_es}"),
                    "radio": (f"Radio segment: {topic_en}", f"Programa de radio: {topic_es}"),
                    "mobile consulate": (f"Mobile consulate in {host.city}",
                                         f"Consulado sobre ruedas en {host.city}"),
                    "press conference": (f"Press conference: Labor Rights Week {year}",
                                         f"Conferencia de prensa: Semana de Derechos "
                                         f"Laborales {year}"),
                    "opening ceremony": (f"Opening of Labor Rights Week {year}",
                                         f"Inauguración de la Semana de Derechos Laborales "
                                         f"{year}"),
                    "signing ceremony": (f"Signing ceremony with the {country} consulate",
                                         "Ceremonia de firma de acuerdo"),
                    "other": ("Community resource fair", "Feria de recursos comunitarios"),
                }[fmt]
                if fmt in ("webinar", "radio"):
                    venue, address = ("Online", None) if fmt == "webinar" else (
                        f"{rng.choice(['Radio Bilingüe', 'La Raza', 'Radio Zócalo'])} studio",
                        _address(rng, host.city, host.state))
                elif fmt in ("tabling", "opening ceremony", "press conference",
                             "signing ceremony", "training") or rng.random() < 0.4:
                    venue, address = host.name, _address(rng, host.city, host.state)
                else:
                    venue = f"{host.city} {rng.choice(COMMUNITY_VENUES)}"
                    address = _address(rng, host.city, host.state) if rng.random() < 0.8 \
                        else None
                day = monday + timedelta(days=0 if fmt == "opening ceremony"
                                         else rng.randint(0, 4))
                hours = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
                start = datetime(day.year, day.month, day.day, rng.randint(8, 17),
                                 rng.choice([0, 0, 30]))
                end = start + timedelta(hours=hours)
                near = self.near_offices[host.id]
                offices = rng.sample(near, min(len(near), _weighted(rng, [(1, 70), (2, 30)])))
                languages = list(COUNTRIES[host.family][1])
                if rng.random() < 0.5 or "Spanish" not in languages:
                    languages.append("English")
                if host.family in INDIGENOUS and rng.random() < 0.08:
                    languages.append(rng.choice(INDIGENOUS[host.family]))
                needed = [lang for lang in languages if lang != "English"
                          and rng.random() < 0.7][:2]
                roll = rng.random()
                status = ("cancelled" if roll < 0.03 else
                          ("planned" if roll < 0.75 else "confirmed") if future else
                          ("planned" if roll < 0.08 else "confirmed"))
                as_text = rng.random() < 0.5
                event_id = f"LRW{year}-{n:04d}"
                staff = rng.randint(1, 4)
                row = [
                    event_id, year, titles[0],
                    titles[1] if rng.random() < 0.9 else None, fmt,
                    _datetime_cell(as_text, start), _datetime_cell(as_text, end), host.zone,
                    venue, address, host.id if rng.random() < 0.95 else None,
                    "; ".join(o.id for o in offices), "; ".join(languages),
                    "; ".join(t[0] for t in topic_pairs), staff,
                    "; ".join(needed) or None, status,
                    rng.choice(NOTES) if rng.random() < 0.08 else None,
                ]
                events.append(row)
                plans.append((staff, row, start, end, host.zone, offices, needed,
                              "table" if fmt in ("tabling", "mobile consulate", "other")
                              else "talk"))

        # How many people each event gets: around its need, summing exactly to the target.
        counts = [max(1, staff + _weighted(rng, [(-1, 15), (0, 45), (1, 40)]))
                  for staff, *_ in plans]
        diff = total_assign - sum(counts)
        while diff:
            i = rng.randrange(len(counts))
            if diff > 0 and counts[i] < 6:
                counts[i] += 1
                diff -= 1
            elif diff < 0 and counts[i] > 1:
                counts[i] -= 1
                diff += 1

        pools: dict[tuple[str, int], list[PersonRec]] = {}
        busy: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        agency_active: dict[tuple[str, int], list[PersonRec]] = {}
        current_year = None
        for (_staff, row, start, end, zone, offices, needed, style), count in zip(
                plans, counts, strict=True):
            year = row[1]
            if year != current_year:
                busy.clear()
                current_year = year
            monday = default_week(year)[0]
            begins, ends = _utc(start, zone), _utc(end, zone)
            candidates: list[PersonRec] = []
            seen: set[str] = set()
            for office in offices:
                key = (office.id, year)
                if key not in pools:
                    pools[key] = self.active(office.id, monday)
                for p in pools[key]:
                    if p.id not in seen:
                        seen.add(p.id)
                        candidates.append(p)
            free = [p for p in candidates
                    if all(e <= begins or s >= ends for s, e in busy[p.id])]
            if len(free) < count:
                agency = offices[0].family
                key = (agency, year)
                if key not in agency_active:
                    agency_active[key] = [
                        p for p in agency_staff if p.family == agency
                        and any((s.start is None or s.start <= monday)
                                and (s.end is None or monday <= s.end) for s in p.stints)
                    ] or [p for p in agency_staff if p.family == agency] or agency_staff
                extra = [p for p in agency_active[key] if p.id not in seen
                         and all(e <= begins or s >= ends for s, e in busy[p.id])]
                free += rng.sample(extra, min(len(extra), (count - len(free)) * 3))
            if len(free) < count:  # last resort: double-book rather than miss the target
                free += [p for p in candidates if p not in free]
                free += [p for p in agency_staff if p not in free][: count - len(free)]
            chosen = rng.sample(free, count)
            if needed:  # put a speaker of a needed language first, as interpreter
                speakers = [p for p in free if any(lang in p.languages for lang in needed)]
                if speakers and not any(p in speakers for p in chosen):
                    chosen[-1] = rng.choice(speakers)
            as_text = isinstance(row[5], str)
            duration = (end - start).total_seconds() / 3600
            interpreter = needed and "English" in row[12] and rng.random() < 0.3
            for i, person in enumerate(chosen):
                if interpreter and any(lang in person.languages for lang in needed):
                    role, interpreter = "interpreter", False
                elif i == 0 and count > 2 and rng.random() < 0.5:
                    role = "coordinator"
                else:
                    role = _weighted(rng, ROLE_WEIGHTS[style])
                shift_start = shift_end = None
                s_utc, e_utc = begins, ends
                if duration >= 2 and rng.random() < 0.25:
                    middle = start + timedelta(hours=int(duration // 2))
                    shift_start, shift_end = (start, middle) if rng.random() < 0.5 else (
                        middle, end)
                    s_utc, e_utc = _utc(shift_start, zone), _utc(shift_end, zone)
                busy[person.id].append((s_utc, e_utc))
                assignments.append([
                    row[0], person.id, role,
                    _datetime_cell(as_text, shift_start) if shift_start else None,
                    _datetime_cell(as_text, shift_end) if shift_end else None,
                    rng.choice(NOTES) if rng.random() < 0.03 else None,
                ])
        return campaigns, events, assignments

    # rows

    def office_rows(self) -> Iterable[list[Any]]:
        rng = self.rng
        for o in self.offices:
            yield [
                o.id, o.family, AGENCY_NAMES[o.family], o.name, o.kind, o.region or None,
                o.city, o.state, o.zone,
                _address(rng, o.city, o.state) if rng.random() < 0.7 else None,
                _phone(rng) if rng.random() < 0.7 else None,
                f"{_ascii(o.id)}@{AGENCY_DOMAINS[o.family]}" if rng.random() < 0.5 else None,
            ]

    def consulate_rows(self) -> Iterable[list[Any]]:
        rng = self.rng
        for c in self.consulates:
            yield [
                c.id, c.family, c.city, c.state, c.kind or None, c.zone,
                _address(rng, c.city, c.state) if rng.random() < 0.8 else None,
                _phone(rng) if rng.random() < 0.8 else None,
                f"{_ascii(c.city)}@{COUNTRIES[c.family][2]}" if rng.random() < 0.6 else None,
                f"{c.state} (counties around {c.city})" if rng.random() < 0.5 else None,
            ]

    def people_rows(self) -> Iterable[list[Any]]:
        rng = self.rng
        for p in self.people:
            for s in sorted(p.stints, key=lambda s: s.start or date.min):
                yield [
                    p.id, p.name, s.org.id, s.title, "; ".join(p.languages) or None,
                    p.email or None, p.phone or None, _date_cell(rng, s.start),
                    _date_cell(rng, s.end),
                ]

    def agreement_rows(self, records: list[dict[str, Any]]) -> Iterable[list[Any]]:
        rng = self.rng
        for r in records:
            domain = AGENCY_DOMAINS[r["agency"]]
            signed = r["state"] in ("signed", "terminated")
            yield [
                r["id"], r["kind"], "; ".join(o.id for o in r["offices"]),
                "; ".join(c.id for c in r["consulates"]), r["state"],
                _date_cell(rng, r["signed"]), _date_cell(rng, r["effective"]), r["term"],
                _date_cell(rng, r["expires"]), _date_cell(rng, r["terminated"]),
                r["renews"]["id"] if r["renews"] else None, r["us"], r["consular"],
                f"https://www.{domain}/agreements/{r['id']}.pdf"
                if signed and rng.random() < 0.4 else None,
                rng.choice(["Signed during Labor Rights Week", "Renewal",
                            "Implementation team meets quarterly", "=Annual report due in 60 days",
                            "Either side may end it with 30 days' notice"])
                if rng.random() < 0.1 else None,
            ]


def _write_sheet(wb: Workbook, title: str, rows: Iterable[list[Any]]) -> int:
    """Write a sheet; text starting with '=' is written as text, never as a formula."""
    ws: WriteOnlyWorksheet = wb.create_sheet(title)
    ws.append(SHEETS[title])
    count = 0
    for row in rows:
        if any(isinstance(v, str) and v.startswith("=") for v in row):
            cells: list[Any] = []
            for v in row:
                cell = WriteOnlyCell(ws, value=v)
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"
                cells.append(cell)
            ws.append(cells)
        else:
            ws.append(row)
        count += 1
    return count


def generate(path: str | Path, seed: int = 1, scale: float = 1.0) -> dict[str, int]:
    """Write the dataset to `path` (.xlsx); returns the data rows written per sheet."""
    gen = _Generator(seed, scale)
    gen.build_directory()
    gen.build_people()
    agreements = gen.build_agreements()
    campaigns, events, assignments = gen.build_events()
    wb = Workbook(write_only=True)
    counts = {
        "Offices": _write_sheet(wb, "Offices", gen.office_rows()),
        "Consulates": _write_sheet(wb, "Consulates", gen.consulate_rows()),
        "People": _write_sheet(wb, "People", gen.people_rows()),
        "Agreements": _write_sheet(wb, "Agreements", gen.agreement_rows(agreements)),
        "Campaigns": _write_sheet(wb, "Campaigns", campaigns),
        "Events": _write_sheet(wb, "Events", events),
        "Assignments": _write_sheet(wb, "Assignments", assignments),
    }
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the .xlsx file to write")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.out, seed=args.seed, scale=args.scale)
    elapsed = time.perf_counter() - started
    for sheet, n in counts.items():
        print(f"{sheet:<12} {n:>7,}")
    print(f"wrote {args.out} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
