"""A believable demonstration dataset, built around a given day.

On top of the reference directory: a few non-Mexican consulates, agency staff and consular staff
(some liaisons rotated, one consulate's only liaison has left), agreements in every status as of
`today` (active, renewal due, expiring, expired, superseded, renewal in draft, open-ended,
terminated, negotiating, draft, several parties in one agreement), a fully planned Labor
Rights Week for the coming year with staff assigned and a few planning problems left for the
coordinator to find (a double booking across time zones, an uncovered language, an understaffed
event), and the partnership all year (a worker center, a recurring table at a consulate with
one occurrence cancelled and one moved and outcomes recorded, an alliance's quarterly team).

It is kept apart from the user's records: `consularapp demo` loads it into its own database
(paths.demo_db_path, which the window titles "Demonstration"), and refuses a database that
holds records of the user's own unless asked with --force. Loading it again updates the same
records (stable IDs) instead of adding copies, and only those still exactly as it left them
(the demo_record ledger): what a user edited stays as they left it, what they deleted is not
brought back, as the reference directory does.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_
from sqlalchemy.orm import Session

from consularapp.changes import (
    AGREEMENT,
    ASSIGNMENT,
    CAMPAIGN,
    CONSULATE,
    EVENT,
    OFFICE,
    PARTNER,
    PERSON,
)
from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.errors import ConsularError
from consularapp.i18n import _, ngettext
from consularapp.models import (
    Agreement,
    Assignment,
    Campaign,
    ConflictAck,
    Consulate,
    DeletedReference,
    DemoRecord,
    Event,
    Membership,
    OccurrenceChange,
    Office,
    Outcome,
    Partner,
    Person,
    Release,
)
from consularapp.policy import require_demo_allowed
from consularapp.timeutil import local_to_utc, lrw_default_week, utc_to_local
from consularapp.writes import write

EXTRA_CONSULATES = [
    # id, country, city, state, type, zone, address
    (
        "GT-CHICAGO",
        "GT",
        "Chicago",
        "IL",
        "consulate general",
        "America/Chicago",
        "203 N Wabash Ave, Suite 910, Chicago, IL 60601",
    ),
    (
        "GT-LOSANGELES",
        "GT",
        "Los Angeles",
        "CA",
        "consulate general",
        "America/Los_Angeles",
        "3540 Wilshire Blvd, Suite 100, Los Angeles, CA 90010",
    ),
    (
        "SV-LOSANGELES",
        "SV",
        "Los Angeles",
        "CA",
        "consulate general",
        "America/Los_Angeles",
        "3250 Wilshire Blvd, Suite 550, Los Angeles, CA 90010",
    ),
    (
        "HN-HOUSTON",
        "HN",
        "Houston",
        "TX",
        "consulate general",
        "America/Chicago",
        "7000 Regency Square Blvd, Suite 270, Houston, TX 77036",
    ),
    (
        "PH-HONOLULU",
        "PH",
        "Honolulu",
        "HI",
        "consulate general",
        "Pacific/Honolulu",
        "2433 Pali Hwy, Honolulu, HI 96817",
    ),
    (
        "EC-NEWYORK",
        "EC",
        "New York",
        "NY",
        "consulate general",
        "America/New_York",
        "800 2nd Ave, Suite 600, New York, NY 10017",
    ),
]

ADDRESSES = {
    "MX-CHICAGO": "204 S Ashland Ave, Chicago, IL 60607",
    "MX-PHOENIX": "320 E McDowell Rd, Suite 105, Phoenix, AZ 85004",
    "MX-SANJUAN": "654 Ave Muñoz Rivera, Suite 1837, San Juan, PR 00918",
    "MX-LOSANGELES": "2401 W 6th St, Los Angeles, CA 90057",
    "MX-HOUSTON": "4507 San Jacinto St, Houston, TX 77004",
    "MX-NEWYORK": "27 E 39th St, New York, NY 10016",
    "MX-DENVER": "5350 Leetsdale Dr, Suite 100, Denver, CO 80246",
    "MX-TUCSON": "3915 E Broadway Blvd, Tucson, AZ 85711",
    "MX-ELPASO": "910 E San Antonio Ave, El Paso, TX 79901",
}

# id, name, organization, title, languages, from, to (days from `today`; None is open)
PEOPLE = [
    (
        "P-ROSA-MARTINEZ",
        "Rosa Martínez",
        "WHD-CHICAGO",
        "Community Outreach and Resource Planning Specialist",
        "English; Spanish",
        -2200,
        None,
    ),
    (
        "P-DANIEL-OKAFOR",
        "Daniel Okafor",
        "WHD-CHICAGO",
        "District Director",
        "English",
        -3000,
        None,
    ),
    (
        "P-LUIS-HERNANDEZ",
        "Luis Hernández",
        "WHD-CHICAGO",
        "Wage and Hour Investigator",
        "English; Spanish",
        -1500,
        None,
    ),
    (
        "P-ANA-TZUL",
        "Ana Tzul",
        "WHD-CHICAGO",
        "Wage and Hour Investigator",
        "English; Spanish; K'iche'",
        -900,
        None,
    ),
    (
        "P-MARIA-LOPEZ",
        "María López",
        "WHD-PHOENIX",
        "Community Outreach and Resource Planning Specialist",
        "English; Spanish",
        -2500,
        None,
    ),
    (
        "P-JAMES-BEGAY",
        "James Begay",
        "WHD-PHOENIX",
        "District Director",
        "English; Navajo",
        -4000,
        None,
    ),
    (
        "P-CARLOS-RUIZ",
        "Carlos Ruiz",
        "OSHA-PHOENIX",
        "Compliance Assistance Specialist",
        "English; Spanish",
        -3000,
        None,
    ),
    ("P-SUSAN-PARK", "Susan Park", "OSHA-PHOENIX", "Area Director", "English", -2800, None),
    (
        "P-LUZ-RIVERA",
        "Luz Rivera",
        "WHD-CARIBBEAN",
        "Community Outreach and Resource Planning Specialist",
        "Spanish; English",
        -1800,
        None,
    ),
    (
        "P-KEONI-KAHALE",
        "Keoni Kahale",
        "WHD-HONOLULU",
        "Community Outreach and Resource Planning Specialist",
        "English; Tagalog; Ilocano",
        -1200,
        None,
    ),
    (
        "P-ELENA-SOTO",
        "Elena Soto",
        "WHD-LOSANGELES",
        "Community Outreach and Resource Planning Specialist",
        "English; Spanish; Mixteco",
        -2000,
        None,
    ),
    ("P-ROBERT-CHEN", "Robert Chen", "WHD-LOSANGELES", "District Director", "English", -3500, None),
    (
        "P-GRACE-NGUYEN",
        "Grace Nguyen",
        "EEOC-LOSANGELES",
        "Outreach and Education Coordinator",
        "English; Spanish; Vietnamese",
        -1600,
        None,
    ),
    (
        "P-PEDRO-GARZA",
        "Pedro Garza",
        "WHD-HOUSTON",
        "Community Outreach and Resource Planning Specialist",
        "English; Spanish",
        -2100,
        None,
    ),
    ("P-LINDA-WALKER", "Linda Walker", "NLRB-R02", "Regional Director", "English", -2600, None),
    (
        "P-OMAR-FARAH",
        "Omar Farah",
        "NLRB-R02",
        "Field Attorney",
        "English; Spanish; Arabic",
        -1300,
        None,
    ),
    ("P-TOM-BECKER", "Tom Becker", "WHD-DENVER", "District Director", "English", -3100, None),
    # Consular staff. The Chicago liaison rotated last year; Phoenix's consul changed.
    (
        "P-JORGE-VEGA",
        "Jorge Vega",
        "MX-CHICAGO",
        "Consul for Protection",
        "Spanish; English",
        -1900,
        -420,
    ),
    (
        "P-ISABEL-CRUZ",
        "Isabel Cruz",
        "MX-CHICAGO",
        "Consul for Protection",
        "Spanish; English",
        -419,
        None,
    ),
    (
        "P-REYNA-CASTILLO",
        "Reyna Castillo",
        "MX-CHICAGO",
        "Consul General",
        "Spanish; English",
        -1000,
        None,
    ),
    (
        "P-FERNANDO-IBARRA",
        "Fernando Ibarra",
        "MX-PHOENIX",
        "Consul General",
        "Spanish; English",
        -3200,
        -700,
    ),
    (
        "P-PATRICIA-MORA",
        "Patricia Mora",
        "MX-PHOENIX",
        "Consul General",
        "Spanish; English",
        -699,
        None,
    ),
    (
        "P-HECTOR-SALAS",
        "Héctor Salas",
        "MX-PHOENIX",
        "Labor Affairs Liaison",
        "Spanish; English",
        -800,
        None,
    ),
    ("P-GABRIELA-NUNEZ", "Gabriela Núñez", "MX-SANJUAN", "Consul", "Spanish; English", -900, None),
    (
        "P-ARTURO-LEAL",
        "Arturo Leal",
        "MX-LOSANGELES",
        "Consul for Protection",
        "Spanish; English; Mixteco",
        -1100,
        None,
    ),
    ("P-MARISOL-PAZ", "Marisol Paz", "GT-LOSANGELES", "Consul", "Spanish; K'iche'", -700, None),
    (
        "P-JOSE-RAMOS",
        "José Ramos",
        "MX-HOUSTON",
        "Consul for Protection",
        "Spanish; English",
        -1500,
        None,
    ),
    ("P-ALMA-REYES", "Alma Reyes", "MX-NEWYORK", "Consul General", "Spanish; English", -1400, None),
    (
        "P-MARIO-SANTOS",
        "Mario Santos",
        "PH-HONOLULU",
        "Consul General",
        "Tagalog; English; Ilocano",
        -1000,
        None,
    ),
    # The only liaison Denver had left: the dashboard flags it.
    (
        "P-RAUL-DOMINGUEZ",
        "Raúl Domínguez",
        "MX-DENVER",
        "Consul for Protection",
        "Spanish; English",
        -2000,
        -60,
    ),
]
ROTATED_FROM = {"P-ISABEL-CRUZ": ("MX-HOUSTON", "Deputy Consul", -1900, -420)}


@dataclass(frozen=True)
class _A:
    id: str
    kind: str
    offices: tuple[str, ...]
    consulates: tuple[str, ...]
    state: str
    signed: int | None  # days from today
    term: int | None
    renews: str | None = None
    terminated: int | None = None
    us: str | None = None
    consul: str | None = None
    notes: str | None = None


UNDERSTANDING = "Arrangement Establishing an Understanding"
ALLIANCE = "Arrangement Establishing an Alliance"
LETTER = "Letter of Arrangement"
MOU = "Memorandum of Understanding"

AGREEMENTS = [
    _A(
        "WHD-CHI-MX-2020",
        UNDERSTANDING,
        ("WHD-CHICAGO",),
        ("MX-CHICAGO",),
        "signed",
        -1900,
        36,
        us="P-DANIEL-OKAFOR",
        consul="P-REYNA-CASTILLO",
    ),
    _A(
        "WHD-CHI-MX-2023",
        UNDERSTANDING,
        ("WHD-CHICAGO",),
        ("MX-CHICAGO",),
        "signed",
        -790,
        36,
        renews="WHD-CHI-MX-2020",
        us="P-DANIEL-OKAFOR",
        consul="P-REYNA-CASTILLO",
        notes="Renewed during Labor Rights Week; implementation team meets quarterly.",
    ),
    _A(
        "WHD-CHI-GT-2024",
        UNDERSTANDING,
        ("WHD-CHICAGO",),
        ("GT-CHICAGO",),
        "signed",
        -500,
        36,
        us="P-DANIEL-OKAFOR",
    ),
    _A(
        "OSHA-PHX-ALLIANCE-2024",
        ALLIANCE,
        ("OSHA-PHOENIX",),
        ("MX-PHOENIX", "MX-NOGALES", "MX-TUCSON", "MX-YUMA", "MX-DOUGLAS"),
        "signed",
        -715,
        24,
        us="P-SUSAN-PARK",
        consul="P-FERNANDO-IBARRA",
        notes="One area office with five consulates; annual report due within 60 days of "
        "each period.",
    ),
    _A(
        "WHD-PHX-MX-2023",
        UNDERSTANDING,
        ("WHD-PHOENIX",),
        ("MX-PHOENIX",),
        "signed",
        -1075,
        36,
        us="P-JAMES-BEGAY",
        consul="P-FERNANDO-IBARRA",
    ),
    _A(
        "WHD-PHX-MX-RENEWAL",
        UNDERSTANDING,
        ("WHD-PHOENIX",),
        ("MX-PHOENIX",),
        "draft",
        None,
        36,
        renews="WHD-PHX-MX-2023",
        us="P-JAMES-BEGAY",
        consul="P-PATRICIA-MORA",
        notes="Renewal draft sent to the national office for review.",
    ),
    _A(
        "WHD-LA-MX-2021",
        UNDERSTANDING,
        ("WHD-LOSANGELES",),
        ("MX-LOSANGELES",),
        "signed",
        -1000,
        36,
        us="P-ROBERT-CHEN",
        consul="P-ARTURO-LEAL",
    ),
    _A(
        "WHD-LA-GT-2024",
        UNDERSTANDING,
        ("WHD-LOSANGELES",),
        ("GT-LOSANGELES", "SV-LOSANGELES"),
        "signed",
        -370,
        36,
        us="P-ROBERT-CHEN",
    ),
    _A(
        "NLRB-NY-MX-2021",
        LETTER,
        ("NLRB-R02", "NLRB-R22", "NLRB-R29"),
        ("MX-NEWYORK",),
        "signed",
        -1880,
        36,
        us="P-LINDA-WALKER",
        consul="P-ALMA-REYES",
        notes="Three regional offices sign one arrangement with one consulate.",
    ),
    _A(
        "NLRB-NY-MX-2024",
        LETTER,
        ("NLRB-R02", "NLRB-R22", "NLRB-R29"),
        ("MX-NEWYORK",),
        "signed",
        -780,
        36,
        renews="NLRB-NY-MX-2021",
        us="P-LINDA-WALKER",
        consul="P-ALMA-REYES",
    ),
    _A(
        "NLRB-HOU-MX-2015",
        LETTER,
        ("NLRB-R16",),
        ("MX-HOUSTON", "MX-DALLAS"),
        "signed",
        -3200,
        None,
        notes="Signed without a sunset date; reviewed periodically.",
    ),
    _A("EEOC-LA-MX-2019", MOU, ("EEOC-LOSANGELES",), ("MX-LOSANGELES",), "signed", -2600, 36),
    _A(
        "WHD-HOU-HN-2023",
        UNDERSTANDING,
        ("WHD-HOUSTON",),
        ("HN-HOUSTON",),
        "signed",
        -1120,
        36,
        us=None,
        consul=None,
    ),
    _A(
        "OSHA-DEN-MX-2023",
        ALLIANCE,
        ("OSHA-DENVER",),
        ("MX-DENVER",),
        "terminated",
        -1000,
        60,
        terminated=-45,
        notes="Ended early with 30 days' written notice.",
    ),
    _A(
        "WHD-CARIB-MX-2025",
        UNDERSTANDING,
        ("WHD-CARIBBEAN",),
        ("MX-SANJUAN",),
        "negotiating",
        None,
        36,
        notes="First agreement with the consulate in San Juan; text under review.",
    ),
    _A("WHD-HNL-PH-DRAFT", UNDERSTANDING, ("WHD-HONOLULU",), ("PH-HONOLULU",), "draft", None, 36),
]

# Events of the coming Labor Rights Week: (id, day index 0-4, start "HH:MM", hours, zone, title,
# title_es, format, venue, host, offices, languages, topics, staff, languages needed, status)
EVENTS = [
    (
        "OPENING-CHI",
        0,
        "09:00",
        2,
        "America/Chicago",
        "Opening ceremony of Labor Rights Week",
        "Inauguración de la Semana de Derechos Laborales",
        "opening ceremony",
        "MX-CHICAGO",
        "MX-CHICAGO",
        ("WHD-CHICAGO",),
        "Spanish; English",
        "labor rights",
        3,
        "Spanish",
        "confirmed",
    ),
    (
        "TABLING-CHI-1",
        0,
        "11:30",
        4,
        "America/Chicago",
        "Wage rights information table",
        "Mesa informativa sobre derechos salariales",
        "tabling",
        "MX-CHICAGO",
        "MX-CHICAGO",
        ("WHD-CHICAGO",),
        "Spanish; English",
        "wage theft; overtime",
        2,
        "Spanish; K'iche'",
        "confirmed",
    ),
    (
        "WORKSHOP-CHI-GT",
        1,
        "17:00",
        2,
        "America/Chicago",
        "Know your rights: wages and hours",
        "Conozca sus derechos: salarios y horas",
        "workshop",
        "GT-CHICAGO",
        "GT-CHICAGO",
        ("WHD-CHICAGO",),
        "Spanish; K'iche'",
        "wage theft",
        2,
        "K'iche'",
        "planned",
    ),
    (
        "PHX-HEAT",
        0,
        "09:00",
        2,
        "America/Phoenix",
        "Heat illness prevention workshop",
        "Taller de prevención de enfermedades por calor",
        "workshop",
        "MX-PHOENIX",
        "MX-PHOENIX",
        ("OSHA-PHOENIX", "WHD-PHOENIX"),
        "Spanish; English",
        "heat illness; water, rest, shade",
        3,
        "Spanish",
        "confirmed",
    ),
    (
        "PHX-TABLING",
        1,
        "08:00",
        5,
        "America/Phoenix",
        "Information table in the waiting room",
        "Mesa informativa en la sala de espera",
        "tabling",
        "MX-PHOENIX",
        "MX-PHOENIX",
        ("WHD-PHOENIX",),
        "Spanish",
        "wage theft; H-2A rights",
        2,
        "Spanish",
        "planned",
    ),
    (
        "TUCSON-RADIO",
        2,
        "07:30",
        1,
        "America/Phoenix",
        "Radio program: your rights at work",
        "Programa de radio: tus derechos en el trabajo",
        "radio",
        "Radio Campesina 1190 AM",
        "MX-TUCSON",
        ("OSHA-PHOENIX",),
        "Spanish",
        "heat illness",
        1,
        "Spanish",
        "confirmed",
    ),
    (
        "SJU-WORKSHOP",
        1,
        "10:00",
        3,
        "America/Puerto_Rico",
        "Workers' rights workshop",
        "Taller de derechos laborales",
        "workshop",
        "MX-SANJUAN",
        "MX-SANJUAN",
        ("WHD-CARIBBEAN",),
        "Spanish",
        "wage theft; hurricane recovery work",
        2,
        "Spanish",
        "planned",
    ),
    (
        "HNL-WORKSHOP",
        2,
        "13:00",
        2,
        "Pacific/Honolulu",
        "Workplace rights for hospitality workers",
        "Derechos laborales en la hotelería",
        "workshop",
        "PH-HONOLULU",
        "PH-HONOLULU",
        ("WHD-HONOLULU",),
        "English; Tagalog; Ilocano",
        "tips; overtime",
        2,
        "Tagalog; Ilocano",
        "confirmed",
    ),
    (
        "LA-MOBILE",
        3,
        "09:00",
        6,
        "America/Los_Angeles",
        "Mobile consulate in Oxnard",
        "Consulado móvil en Oxnard",
        "mobile consulate",
        "Oxnard Community Center",
        "MX-LOSANGELES",
        ("WHD-LOSANGELES", "EEOC-LOSANGELES"),
        "Spanish; Mixteco",
        "wage theft; discrimination",
        4,
        "Spanish; Mixteco",
        "planned",
    ),
    (
        "LA-WEBINAR",
        2,
        "12:00",
        1,
        "America/Los_Angeles",
        "Webinar: discrimination at work",
        "Seminario web: discriminación en el trabajo",
        "webinar",
        "Online",
        "MX-LOSANGELES",
        ("EEOC-LOSANGELES",),
        "Spanish; English",
        "discrimination; retaliation",
        1,
        "Spanish",
        "confirmed",
    ),
    (
        "LA-GT-TRAINING",
        4,
        "10:00",
        2,
        "America/Los_Angeles",
        "Training for consular staff",
        "Capacitación para personal consular",
        "training",
        "GT-LOSANGELES",
        "GT-LOSANGELES",
        ("WHD-LOSANGELES",),
        "Spanish",
        "wage theft",
        1,
        "Spanish",
        "cancelled",
    ),
    (
        "HOU-SIGNING",
        3,
        "11:00",
        1,
        "America/Chicago",
        "Signing ceremony with Honduras",
        "Ceremonia de firma con Honduras",
        "signing ceremony",
        "HN-HOUSTON",
        "HN-HOUSTON",
        ("WHD-HOUSTON",),
        "Spanish; English",
        "",
        2,
        "",
        "planned",
    ),
    (
        "NY-PRESS",
        0,
        "10:00",
        1,
        "America/New_York",
        "Press conference: Labor Rights Week in New York",
        "Conferencia de prensa: Semana de Derechos Laborales en Nueva York",
        "press conference",
        "MX-NEWYORK",
        "MX-NEWYORK",
        ("NLRB-R02",),
        "Spanish; English",
        "right to organize",
        2,
        "",
        "confirmed",
    ),
    (
        "DEN-TABLING",
        2,
        "09:00",
        3,
        "America/Denver",
        "Information table",
        "Mesa informativa",
        "tabling",
        "MX-DENVER",
        "MX-DENVER",
        ("OSHA-DENVER",),
        "Spanish",
        "fall protection",
        2,
        "Spanish",
        "planned",
    ),
]

# (event, person, role, shift start "HH:MM" or None, shift hours)
ASSIGNMENTS = [
    ("OPENING-CHI", "P-DANIEL-OKAFOR", "presenter", None, None),
    ("OPENING-CHI", "P-ROSA-MARTINEZ", "coordinator", None, None),
    ("TABLING-CHI-1", "P-LUIS-HERNANDEZ", "table staff", "11:30", 2),
    ("TABLING-CHI-1", "P-ANA-TZUL", "table staff", "13:30", 2),
    ("WORKSHOP-CHI-GT", "P-ANA-TZUL", "presenter", None, None),
    ("WORKSHOP-CHI-GT", "P-ROSA-MARTINEZ", "coordinator", None, None),
    ("PHX-HEAT", "P-CARLOS-RUIZ", "presenter", None, None),
    ("PHX-HEAT", "P-MARIA-LOPEZ", "coordinator", None, None),
    ("PHX-TABLING", "P-MARIA-LOPEZ", "table staff", None, None),
    ("TUCSON-RADIO", "P-CARLOS-RUIZ", "presenter", None, None),
    ("SJU-WORKSHOP", "P-LUZ-RIVERA", "presenter", None, None),
    ("HNL-WORKSHOP", "P-KEONI-KAHALE", "presenter", None, None),
    ("LA-MOBILE", "P-ELENA-SOTO", "coordinator", None, None),
    ("LA-MOBILE", "P-GRACE-NGUYEN", "table staff", "09:00", 3),
    ("LA-WEBINAR", "P-GRACE-NGUYEN", "presenter", None, None),
    ("HOU-SIGNING", "P-PEDRO-GARZA", "coordinator", None, None),
    ("NY-PRESS", "P-LINDA-WALKER", "presenter", None, None),
    ("NY-PRESS", "P-OMAR-FARAH", "interpreter", None, None),
    ("LA-GT-TRAINING", "P-ROBERT-CHEN", "presenter", None, None),
    # Double booking across zones: Elena is in Oxnard 09:00-15:00 Pacific on Thursday and on the
    # Houston signing 11:00-12:00 Central (= 09:00-10:00 Pacific) the same day.
    ("HOU-SIGNING", "P-ELENA-SOTO", "presenter", None, None),
]


def coming_campaign_year(today: date) -> int:
    """The next Labor Rights Week that has not ended yet."""
    _, ends = lrw_default_week(today.year)
    return today.year if today <= ends else today.year + 1


def _day(today: date, offset: int | None) -> date | None:
    return None if offset is None else today + timedelta(days=offset)


# --- what the demonstration wrote ---------------------------------------------------------------


def _fingerprint(*values: object) -> str:
    """A short, stable digest of a record's values as the demonstration wrote them."""
    text = json.dumps(values, default=str, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _consulate_print(c: Consulate) -> str:
    return _fingerprint(c.country_code, c.city, c.state, c.consulate_type, c.time_zone, c.address)


def _person_print(p: Person) -> str:
    history = sorted((m.organization_id, m.title, m.active_from, m.active_to)
                     for m in p.memberships)
    return _fingerprint(p.name, p.languages, p.email, p.phone, history)


def _agreement_print(a: Agreement) -> str:
    return _fingerprint(a.kind, a.state, a.signed_on, a.effective_on, a.term_months,
                        a.expires_on, a.terminated_on, a.renews_id, a.us_signatory_id,
                        a.consular_signatory_id, a.notes, a.document,
                        sorted(o.id for o in a.offices), sorted(c.id for c in a.consulates))


def _campaign_print(c: Campaign) -> str:
    return _fingerprint(c.starts_on, c.ends_on, c.theme_en, c.theme_es)


def _event_print(e: Event) -> str:
    return _fingerprint(e.title, e.title_es, e.format, e.starts_at, e.ends_at, e.time_zone,
                        e.venue, e.address, e.host_consulate_id, sorted(o.id for o in e.offices),
                        e.languages, e.topics, e.staff_needed, e.languages_needed, e.status,
                        e.notes)


def _partner_print(p: Partner) -> str:
    return _fingerprint(p.name, p.kind, p.city, p.state, p.languages, p.website)


def _assignment_key(event_id: str, person_id: str, starts: datetime | None) -> str:
    return f"{event_id}|{person_id}|{starts.isoformat() if starts else ''}"


def _assignment_print(a: Assignment) -> str:
    return _fingerprint(a.role, a.ends_at, a.notes)


@dataclass
class DemoResult:
    """What loading the demonstration did, for the one line the command prints."""

    as_of: date
    year: int
    written: dict[str, int] = field(default_factory=dict)  # table -> records created/refreshed
    kept: dict[str, int] = field(default_factory=dict)  # edited by the user: left as they are
    not_restored: dict[str, int] = field(default_factory=dict)  # deleted by the user: left out
    theirs: dict[str, int] = field(default_factory=dict)  # the user's own record with that ID

    def summary(self) -> str:
        def count(table: str) -> int:
            return self.written.get(table, 0)

        text = _("{consulates} consulates, {people} people, {agreements} agreements, Labor "
                 "Rights Week {year} with {events} events and {assignments} assignments (as of "
                 "{day})").format(
            consulates=count(CONSULATE), people=count(PERSON), agreements=count(AGREEMENT),
            year=self.year, events=count(EVENT), assignments=count(ASSIGNMENT),
            day=self.as_of.isoformat())
        kept = sum(self.kept.values()) + sum(self.theirs.values())
        gone = sum(self.not_restored.values())
        if kept:
            text += "; " + ngettext("{n} record you changed was kept as it is",
                                    "{n} records you changed were kept as they are",
                                    kept).format(n=kept)
        if gone:
            text += "; " + ngettext("{n} record you deleted was not brought back",
                                    "{n} records you deleted were not brought back",
                                    gone).format(n=gone)
        return text


class _Ledger:
    """The demo_record rows: which records the demonstration wrote, and as what.

    Bookkeeping, not records anyone edits: read once, kept as plain data while loading, and
    written back with statements at the end (so the history files the demonstration's records,
    not its ledger)."""

    def __init__(self, s: Session, result: DemoResult) -> None:
        self.s = s
        self.result = result
        self.rows: dict[tuple[str, str], str] = {
            (r.table_name, r.record_id): r.fingerprint
            for r in s.execute(select(DemoRecord.table_name, DemoRecord.record_id,
                                      DemoRecord.fingerprint))
        }
        self._changed: set[tuple[str, str]] = set()

    def may_write(self, table: str, record_id: str, record: Any, current: str | None) -> bool:
        """Whether the demonstration may (re)write this record: absent and never written (a new
        record), or present exactly as the demonstration last left it."""
        entry = self.rows.get((table, record_id))
        tally: dict[str, int] | None = None
        if record is None:
            if entry is None:
                return True
            tally = self.result.not_restored
        elif entry is None:
            tally = self.result.theirs
        elif entry != current:
            tally = self.result.kept
        if tally is None:
            return True
        tally[table] = tally.get(table, 0) + 1
        return False

    def wrote(self, table: str, record_id: str, fingerprint: str) -> None:
        self.rows[(table, record_id)] = fingerprint
        self._changed.add((table, record_id))
        self.result.written[table] = self.result.written.get(table, 0) + 1

    def forget(self, table: str, record_id: str) -> None:
        self.rows.pop((table, record_id), None)
        self._changed.add((table, record_id))

    def save(self) -> None:
        """Write the entries that changed (a delete and an insert per batch of keys)."""
        keys = sorted(self._changed)
        for start in range(0, len(keys), 400):
            batch = keys[start:start + 400]
            self.s.execute(delete(DemoRecord).where(
                tuple_(DemoRecord.table_name, DemoRecord.record_id).in_(batch)))
            kept = [{"table_name": t, "record_id": r, "fingerprint": self.rows[(t, r)]}
                    for t, r in batch if (t, r) in self.rows]
            if kept:
                self.s.execute(insert(DemoRecord), kept)
        self._changed.clear()

    def fingerprint(self, table: str, record_id: str) -> str | None:
        return self.rows.get((table, record_id))


# --- loading ------------------------------------------------------------------------------------


def _load_consulates(s: Session, ledger: _Ledger) -> None:
    for cid, country, city, state, ctype, zone, address in EXTRA_CONSULATES:
        consulate = s.get(Consulate, cid)
        current = _consulate_print(consulate) if consulate is not None else None
        if not ledger.may_write(CONSULATE, cid, consulate, current):
            continue
        if consulate is None:
            consulate = Consulate(id=cid)
            s.add(consulate)
        consulate.country_code, consulate.city, consulate.state = country, city, state
        consulate.consulate_type, consulate.time_zone = ctype, zone
        consulate.address = address
        s.flush()
        ledger.wrote(CONSULATE, cid, _consulate_print(consulate))
    for cid, address in ADDRESSES.items():
        # Reference consulates get a street address where they have none and nobody edited
        # them: a blank filled, never a value replaced.
        consulate = s.get(Consulate, cid)
        if consulate is not None and not consulate.address and not consulate.edited:
            consulate.address = address


def _load_people(s: Session, today: date, ledger: _Ledger) -> None:
    offices = set(s.scalars(select(Office.id)))
    consulates = set(s.scalars(select(Consulate.id)))
    for pid, name, org, title, languages, start, end in PEOPLE:
        person = s.get(Person, pid)
        current = _person_print(person) if person is not None else None
        if not ledger.may_write(PERSON, pid, person, current):
            continue
        if person is None:
            person = Person(id=pid)
            s.add(person)
        person.name = name
        person.languages = [x.strip() for x in languages.split(";")]
        person.email = pid.lower().replace("p-", "").replace("-", ".") + (
            "@dol.gov" if org.startswith(("WHD", "OSHA")) else "@example.org"
        )
        history = []
        if pid in ROTATED_FROM:
            o, t, a, b = ROTATED_FROM[pid]
            history.append((o, t, _day(today, a), _day(today, b)))
        history.append((org, title, _day(today, start), _day(today, end)))
        person.memberships.clear()
        for o, t, a, b in history:
            if o not in offices and o not in consulates:
                continue  # an organization the user deleted
            person.memberships.append(
                Membership(
                    office_id=o if o in offices else None,
                    consulate_id=None if o in offices else o,
                    title=t,
                    active_from=a,
                    active_to=b,
                )
            )
        s.flush()
        ledger.wrote(PERSON, pid, _person_print(person))


def _load_agreements(s: Session, today: date, ledger: _Ledger) -> None:
    for a in AGREEMENTS:
        record = s.get(Agreement, a.id)
        current = _agreement_print(record) if record is not None else None
        if not ledger.may_write(AGREEMENT, a.id, record, current):
            continue
        if record is None:
            record = Agreement(id=a.id)
            s.add(record)
        record.kind = a.kind
        record.state = a.state
        record.signed_on = _day(today, a.signed)
        record.effective_on = None
        record.term_months = a.term
        record.expires_on = None
        record.terminated_on = _day(today, a.terminated)
        record.renews_id = a.renews if a.renews is None or s.get(Agreement, a.renews) else None
        record.us_signatory_id = a.us if a.us is None or s.get(Person, a.us) else None
        record.consular_signatory_id = (a.consul if a.consul is None or s.get(Person, a.consul)
                                        else None)
        record.notes = a.notes
        record.offices = [o for o in (s.get(Office, o) for o in a.offices) if o is not None]
        record.consulates = [c for c in (s.get(Consulate, c) for c in a.consulates)
                             if c is not None]
        s.flush()
        ledger.wrote(AGREEMENT, a.id, _agreement_print(record))


def _load_campaign(s: Session, year: int, ledger: _Ledger) -> None:
    monday, friday = lrw_default_week(year)
    campaign = s.get(Campaign, year)
    current = _campaign_print(campaign) if campaign is not None else None
    key = str(year)
    if (campaign is None or (CAMPAIGN, key) in ledger.rows) and ledger.may_write(
            CAMPAIGN, key, campaign, current):
        if campaign is None:
            campaign = Campaign(year=year)
            s.add(campaign)
        campaign.starts_on, campaign.ends_on = monday, friday
        campaign.theme_en = "Your work has value. Know your rights."
        campaign.theme_es = "Tu trabajo tiene valor. Conoce tus derechos."
        s.flush()
        ledger.wrote(CAMPAIGN, key, _campaign_print(campaign))
    # else: a campaign of the user's own (or of the reference data) for that year: its dates and
    # themes are theirs; the demonstration only adds its events to it.
    campaign = s.get(Campaign, year)
    if campaign is None:
        return  # the user deleted the demonstration's campaign: its events stay out too
    people = set(s.scalars(select(Person.id)))
    consulates = set(s.scalars(select(Consulate.id)))
    events: dict[str, Event] = {}
    for (
        eid,
        day,
        start,
        hours,
        zone,
        title,
        title_es,
        fmt,
        venue,
        host,
        offices,
        languages,
        topics,
        staff,
        needed,
        status,
    ) in EVENTS:
        event_id = f"LRW{year}-{eid}"
        event = s.get(Event, event_id)
        current = _event_print(event) if event is not None else None
        if not ledger.may_write(EVENT, event_id, event, current):
            if event is not None:
                events[event_id] = event  # kept as the user left it; their staff stays too
            continue
        wall = datetime.combine(
            monday + timedelta(days=day), datetime.strptime(start, "%H:%M").time()
        )
        venue_consulate = s.get(Consulate, venue)
        if event is None:
            event = Event(id=event_id)
            s.add(event)
        event.year = year
        event.title, event.title_es, event.format = title, title_es, fmt
        event.starts_at = local_to_utc(wall, zone)
        event.ends_at = local_to_utc(wall + timedelta(hours=hours), zone)
        event.time_zone = zone
        if venue_consulate is not None:
            event.venue = consulate_display_name(
                venue_consulate.country_code, venue_consulate.consulate_type, venue_consulate.city,
                "en",
            )
            event.address = venue_consulate.address or ADDRESSES.get(venue)
        else:
            event.venue, event.address = venue, None
        event.host_consulate_id = host if host in consulates else None
        event.offices = [o for o in (s.get(Office, o) for o in offices) if o is not None]
        event.languages = [x.strip() for x in languages.split(";") if x.strip()]
        event.topics = [x.strip() for x in topics.split(";") if x.strip()]
        event.staff_needed = staff
        event.languages_needed = [x.strip() for x in needed.split(";") if x.strip()]
        event.status = status
        event.notes = None
        s.flush()
        ledger.wrote(EVENT, event_id, _event_print(event))
        events[event_id] = event
    _load_assignments(s, year, events, people, ledger)


# The partnership all year: a worker center, a table in the Chicago consulate's waiting room
# every other Tuesday (one occurrence cancelled, one moved to the Wednesday, outcomes of those
# held), and the Phoenix alliance's implementation team meeting quarterly.
YEAR_ROUND_PARTNER = ("CP-ARISE-CHICAGO", "Arise Chicago", "worker center", "Chicago", "IL",
                      ["Spanish", "English", "Polish"], "https://arisechicago.org")


def _load_year_round(s: Session, today: date, ledger: _Ledger) -> None:
    from consularapp import recurrence
    from consularapp.events import stored_series

    pid, name, kind, city, state, languages, website = YEAR_ROUND_PARTNER
    partner = s.get(Partner, pid)
    if ledger.may_write(PARTNER, pid, partner,
                        _partner_print(partner) if partner is not None else None):
        if partner is None:
            partner = Partner(id=pid)
            s.add(partner)
        partner.name, partner.kind, partner.city, partner.state = name, kind, city, state
        partner.languages, partner.website = languages, website
        s.flush()
        ledger.wrote(PARTNER, pid, _partner_print(partner))
    partner = s.get(Partner, pid)
    start = today - timedelta(days=84)
    tuesday = start + timedelta(days=(1 - start.weekday()) % 7)
    quarter = date(today.year - (today.month <= 6), (today.month + 5) % 12 + 1, 1)
    third_tuesday = quarter + timedelta(days=(1 - quarter.weekday()) % 7 + 14)
    series = (
        ("OUT-DEMO-CHI-TABLING", "Know your rights table in the waiting room",
         "Mesa informativa en la sala de espera", "tabling", tuesday, 9, 3, "America/Chicago",
         "MX-CHICAGO", ("WHD-CHICAGO",), "WHD-CHI-MX-2023",
         "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=20", ["wage theft", "know your rights"]),
        ("OUT-DEMO-PHX-TEAM", "Alliance implementation team", "Equipo de implementación",
         "meeting", third_tuesday, 10, 1, "America/Phoenix", "MX-PHOENIX", ("OSHA-PHOENIX",),
         "OSHA-PHX-ALLIANCE-2024", "FREQ=MONTHLY;INTERVAL=3;BYDAY=3TU;COUNT=8",
         ["heat illness"]),
    )
    for (eid, title, title_es, fmt, first, hour, hours, zone, host, offices, agreement, rule,
         topics) in series:
        event = s.get(Event, eid)
        if not ledger.may_write(EVENT, eid, event,
                                _event_print(event) if event is not None else None):
            continue
        consulate = s.get(Consulate, host)
        if event is None:
            event = Event(id=eid, sequence=0)
            s.add(event)
        wall = datetime.combine(first, datetime.min.time()).replace(hour=hour)
        event.year, event.title, event.title_es, event.format = None, title, title_es, fmt
        event.starts_at = local_to_utc(wall, zone)
        event.ends_at = local_to_utc(wall + timedelta(hours=hours), zone)
        event.time_zone = zone
        event.venue = consulate_display_name(consulate.country_code, consulate.consulate_type,
                                             consulate.city) if consulate else host
        event.address = (consulate.address if consulate else None) or ADDRESSES.get(host)
        event.host_consulate_id = host if consulate is not None else None
        event.offices = [o for o in (s.get(Office, o) for o in offices) if o is not None]
        event.partners = [partner] if partner is not None and fmt == "tabling" else []
        event.agreement_id = agreement if s.get(Agreement, agreement) is not None else None
        event.languages, event.topics = ["Spanish", "English"], topics
        event.staff_needed, event.languages_needed = 2 if fmt == "tabling" else None, ["Spanish"]
        event.status, event.notes, event.recurrence = "confirmed", None, rule
        event.occurrence_changes = []
        if fmt == "tabling":  # the third occurrence cancelled, the fifth moved a day later
            cancelled, moved = first + timedelta(days=28), first + timedelta(days=56)
            event.occurrence_changes = [
                OccurrenceChange(event_id=eid, occurs_on=cancelled, cancelled=True),
                OccurrenceChange(event_id=eid, occurs_on=moved, cancelled=False,
                                 starts_at=local_to_utc(wall + timedelta(days=57), zone),
                                 ends_at=local_to_utc(wall + timedelta(days=57, hours=hours),
                                                      zone)),
            ]
        s.flush()
        event.last_ends_at = recurrence.last_end(stored_series(event))
        s.flush()
        ledger.wrote(EVENT, eid, _event_print(event))
        if fmt != "tabling":
            continue
        have = set(s.scalars(select(Outcome.occurrence).where(Outcome.event_id == eid)))
        now = local_to_utc(datetime.combine(today, datetime.min.time()), zone)
        for n, occ in enumerate(recurrence.expand(stored_series(event),
                                                  include_cancelled=False)):
            if occ.ends_at > now or occ.occurs_on in have:
                continue
            if n == 1:
                continue  # held, its outcome not recorded yet: the ✎ the page shows
            reached = 60 + 17 * n
            s.add(Outcome(event_id=eid, occurrence=occ.occurs_on, people_reached=reached,
                          materials_distributed=reached * 2,
                          materials_languages=["Spanish", "English"], referrals=reached // 15,
                          cases_identified=reached // 40))
    s.flush()


def _load_assignments(s: Session, year: int, events: dict[str, Event], people: set[str],
                      ledger: _Ledger) -> None:
    """The demonstration's staff. Only its own assignments are written (kept where they are:
    their IDs are in people's calendar UIDs); one the user added to a demo event is theirs."""
    existing = {
        _assignment_key(a.event_id, a.person_id, a.starts_at): a
        for a in s.scalars(select(Assignment).where(Assignment.event_id.in_(sorted(events))))
    }
    wanted = set()
    for eid, pid, role, shift, hours in ASSIGNMENTS:
        event = events.get(f"LRW{year}-{eid}")
        if event is None or pid not in people:
            continue
        starts = ends = None
        if shift:
            local_day = utc_to_local(event.starts_at, event.time_zone).date()
            wall = datetime.combine(local_day, datetime.strptime(shift, "%H:%M").time())
            starts = local_to_utc(wall, event.time_zone)
            ends = local_to_utc(wall + timedelta(hours=hours or 1), event.time_zone)
        key = _assignment_key(event.id, pid, starts)
        wanted.add(key)
        assignment = existing.get(key)
        current = _assignment_print(assignment) if assignment is not None else None
        if not ledger.may_write(ASSIGNMENT, key, assignment, current):
            continue
        if assignment is None:
            assignment = Assignment(event_id=event.id, person_id=pid, starts_at=starts)
            s.add(assignment)
        assignment.role, assignment.ends_at, assignment.notes = role, ends, None
        s.flush()
        ledger.wrote(ASSIGNMENT, key, _assignment_print(assignment))
    # Demonstration assignments of these events that the list no longer has, untouched: removed.
    prefix = f"LRW{year}-"
    for (table, key), entry in list(ledger.rows.items()):
        if table != ASSIGNMENT or not key.startswith(prefix) or key in wanted:
            continue
        assignment = existing.get(key)
        if assignment is not None and _assignment_print(assignment) == entry:
            s.delete(assignment)
            ledger.forget(ASSIGNMENT, key)


def _fill_office_mailboxes(s: Session) -> None:
    """Offices in the demonstration get a (made-up) shared mailbox: calendars name the planning
    office as ORGANIZER and the e-mail drafts come from it. A blank filled, never a value
    replaced, and never in an office the user edited."""
    taking_part = {o for e in EVENTS for o in e[10]}
    taking_part |= {o for a in AGREEMENTS for o in a.offices}
    for oid in sorted(taking_part):
        office = s.get(Office, oid)
        if office is not None and not office.email and not office.edited:
            office.email = f"{oid.lower()}@example.gov"


# --- whose database is this ---------------------------------------------------------------------


def is_demonstration(db: Database) -> bool:
    """Whether the database holds demonstration data (the window's title says so)."""
    with db.session() as s:
        return s.scalar(select(DemoRecord.table_name).limit(1)) is not None


def user_records(db: Database) -> dict[str, int]:
    """How many records of the user's own the database holds, per table: neither from the
    reference directory (unedited) nor written by the demonstration. Empty: nothing to lose."""
    with db.session() as s:
        demo: dict[str, set[str]] = {}
        for table, record_id in s.execute(select(DemoRecord.table_name, DemoRecord.record_id)):
            demo.setdefault(table, set()).add(record_id)
        found: dict[str, int] = {}

        def note(table: str, n: int) -> None:
            if n:
                found[table] = found.get(table, 0) + n

        for model, table in ((Office, OFFICE), (Consulate, CONSULATE), (Agreement, AGREEMENT),
                             (Campaign, CAMPAIGN)):
            key = model.year if model is Campaign else model.id
            rows = s.execute(select(key, model.source, model.edited)).all()
            note(table, sum(1 for rid, source, edited in rows
                            if (source is None or edited) and str(rid) not in demo.get(table, ())))
        note(PERSON, sum(1 for pid in s.scalars(select(Person.id))
                         if pid not in demo.get(PERSON, ())))
        note(EVENT, sum(1 for eid in s.scalars(select(Event.id))
                        if eid not in demo.get(EVENT, ())))
        note(PARTNER, sum(1 for pid in s.scalars(select(Partner.id))
                          if pid not in demo.get(PARTNER, ())))
        note(ASSIGNMENT, sum(
            1 for a in s.execute(select(Assignment.event_id, Assignment.person_id,
                                        Assignment.starts_at))
            if _assignment_key(a.event_id, a.person_id, a.starts_at) not in demo.get(ASSIGNMENT,
                                                                                     ())))
        for model, table in ((Release, "release"), (ConflictAck, "conflict_ack"),
                             (DeletedReference, "deleted reference record")):
            note(table, s.scalar(select(func.count()).select_from(model)) or 0)
    return found


class DemoRefusedError(ConsularError):
    """The database holds records of the user's own; the demonstration would mix into them."""


def load_demo(db: Database, today: date | None = None, *, force: bool = False) -> DemoResult:
    """Load (or refresh) the demonstration around `today`.

    Refused (DemoRefusedError) when the database holds records of the user's own, unless
    `force` or it already holds the demonstration: the demonstration belongs in its own database
    (paths.demo_db_path). Loading again
    refreshes only the records still as the demonstration left them: what the user edited is
    kept, what they deleted is not brought back (the demo_record ledger)."""
    require_demo_allowed()  # the machine's policy may forbid demonstration data
    day = today or date.today()
    year = coming_campaign_year(day)
    if not force and not is_demonstration(db):
        theirs = user_records(db)
        if theirs:
            listed = ", ".join(f"{n} {table}" for table, n in sorted(theirs.items()))
            raise DemoRefusedError(_(
                "This database holds records of your own ({listed}); the demonstration data "
                "is not mixed into them. Load it into its own database (consularapp demo, "
                "without --db) or, to add it here anyway, use --force.").format(listed=listed))
    result = DemoResult(as_of=day, year=year)
    with write(db, operation="demo") as w:
        s = w.session
        ledger = _Ledger(s, result)
        _load_consulates(s, ledger)
        _load_people(s, day, ledger)
        _load_agreements(s, day, ledger)
        _load_campaign(s, year, ledger)
        _load_year_round(s, day, ledger)
        _fill_office_mailboxes(s)
        ledger.save()
    return result
