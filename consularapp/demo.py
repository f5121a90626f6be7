"""A believable demonstration dataset, built around a given day.

On top of the reference directory: a few non-Mexican consulates, agency staff and consular staff
(some liaisons rotated, one consulate's only liaison has left), agreements in every status as of
`today` (active, renewal due, expiring, expired, superseded, renewal in draft, open-ended,
terminated, negotiating, draft, several parties in one agreement), and a fully planned Labor
Rights Week for the coming year with staff assigned and a few planning problems left for the
coordinator to find (a double booking across time zones, an uncovered language, an understaffed
event). Loading it again updates the same records (stable IDs) instead of adding copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consularapp.db import Database
from consularapp.directory import consulate_display_name
from consularapp.models import (
    Agreement,
    Assignment,
    Campaign,
    Consulate,
    Event,
    Membership,
    Office,
    Person,
)
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


def _load_people(s: Session, today: date) -> None:
    for pid, name, org, title, languages, start, end in PEOPLE:
        person = s.get(Person, pid) or Person(id=pid)
        person.name = name
        person.languages = [x.strip() for x in languages.split(";")]
        person.email = pid.lower().replace("p-", "").replace("-", ".") + (
            "@dol.gov" if org.startswith(("WHD", "OSHA")) else "@example.org"
        )
        s.add(person)
        s.flush()
        s.execute(delete(Membership).where(Membership.person_id == pid))
        history = []
        if pid in ROTATED_FROM:
            o, t, a, b = ROTATED_FROM[pid]
            history.append((o, t, _day(today, a), _day(today, b)))
        history.append((org, title, _day(today, start), _day(today, end)))
        offices = set(s.scalars(select(Office.id)))
        for o, t, a, b in history:
            s.add(
                Membership(
                    person_id=pid,
                    office_id=o if o in offices else None,
                    consulate_id=None if o in offices else o,
                    title=t,
                    active_from=a,
                    active_to=b,
                )
            )


def _load_agreements(s: Session, today: date) -> None:
    for a in AGREEMENTS:
        record = s.get(Agreement, a.id) or Agreement(id=a.id)
        record.kind = a.kind
        record.state = a.state
        record.signed_on = _day(today, a.signed)
        record.effective_on = None
        record.term_months = a.term
        record.expires_on = None
        record.terminated_on = _day(today, a.terminated)
        record.renews_id = a.renews
        record.us_signatory_id = a.us
        record.consular_signatory_id = a.consul
        record.notes = a.notes
        record.offices = [s.get(Office, o) for o in a.offices]
        record.consulates = [s.get(Consulate, c) for c in a.consulates]
        s.add(record)
        s.flush()


def _load_campaign(s: Session, year: int) -> None:
    monday, friday = lrw_default_week(year)
    campaign = s.get(Campaign, year) or Campaign(year=year, starts_on=monday, ends_on=friday)
    campaign.theme_en = campaign.theme_en or "Your work has value. Know your rights."
    campaign.theme_es = campaign.theme_es or "Tu trabajo tiene valor. Conoce tus derechos."
    s.add(campaign)
    s.flush()
    event_ids = [f"LRW{year}-{e[0]}" for e in EVENTS]
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
        wall = datetime.combine(
            monday + timedelta(days=day), datetime.strptime(start, "%H:%M").time()
        )
        venue_consulate = s.get(Consulate, venue)
        event = s.get(Event, f"LRW{year}-{eid}") or Event(id=f"LRW{year}-{eid}")
        event.year = year
        event.title, event.title_es, event.format = title, title_es, fmt
        event.starts_at = local_to_utc(wall, zone)
        event.ends_at = local_to_utc(wall + timedelta(hours=hours), zone)
        event.time_zone = zone
        if venue_consulate is not None:
            event.venue = consulate_display_name(
                venue_consulate.country_code, venue_consulate.consulate_type, venue_consulate.city
            )
            event.address = venue_consulate.address or ADDRESSES.get(venue)
        else:
            event.venue, event.address = venue, None
        event.host_consulate_id = host
        event.offices = [s.get(Office, o) for o in offices]
        event.languages = [x.strip() for x in languages.split(";") if x.strip()]
        event.topics = [x.strip() for x in topics.split(";") if x.strip()]
        event.staff_needed = staff
        event.languages_needed = [x.strip() for x in needed.split(";") if x.strip()]
        event.status = status
        s.add(event)
    s.flush()
    events = {e.id: e for e in s.scalars(select(Event).where(Event.id.in_(event_ids)))}
    # Kept where they already are (their IDs are in people's calendar UIDs), others added, and
    # demo assignments no longer in the list removed.
    existing = {
        (a.event_id, a.person_id, a.starts_at): a
        for a in s.scalars(select(Assignment).where(Assignment.event_id.in_(event_ids)))
    }
    wanted = set()
    for eid, pid, role, shift, hours in ASSIGNMENTS:
        event = events[f"LRW{year}-{eid}"]
        starts = ends = None
        if shift:
            local_day = utc_to_local(event.starts_at, event.time_zone).date()
            wall = datetime.combine(local_day, datetime.strptime(shift, "%H:%M").time())
            starts = local_to_utc(wall, event.time_zone)
            ends = local_to_utc(wall + timedelta(hours=hours or 1), event.time_zone)
        key = (event.id, pid, starts)
        wanted.add(key)
        assignment = existing.get(key) or Assignment(event_id=event.id, person_id=pid,
                                                     starts_at=starts)
        assignment.role, assignment.ends_at = role, ends
        s.add(assignment)
    for key, assignment in existing.items():
        if key not in wanted:
            s.delete(assignment)


def load_demo(db: Database, today: date | None = None) -> str:
    """Load (or refresh) the demonstration; returns a one-line summary."""
    day = today or date.today()
    year = coming_campaign_year(day)
    with write(db, operation="demo") as w:
        s = w.session
        for cid, country, city, state, ctype, zone, address in EXTRA_CONSULATES:
            consulate = s.get(Consulate, cid) or Consulate(id=cid)
            consulate.country_code, consulate.city, consulate.state = country, city, state
            consulate.consulate_type, consulate.time_zone = ctype, zone
            consulate.address = consulate.address or address
            s.add(consulate)
        for cid, address in ADDRESSES.items():
            consulate = s.get(Consulate, cid)
            if consulate is not None and not consulate.address:
                consulate.address = address
        s.flush()
        _load_people(s, day)
        _load_agreements(s, day)
        _load_campaign(s, year)
        # Offices in the demonstration get a (made-up) shared mailbox: calendars name the
        # planning office as ORGANIZER and the e-mail drafts come from it.
        taking_part = {o for e in EVENTS for o in e[10]}
        taking_part |= {o for a in AGREEMENTS for o in a.offices}
        for oid in sorted(taking_part):
            office = s.get(Office, oid)
            if office is not None and not office.email:
                office.email = f"{oid.lower()}@example.gov"
    return (
        f"{len(EXTRA_CONSULATES)} consulates, {len(PEOPLE)} people, {len(AGREEMENTS)} agreements, "
        f"Labor Rights Week {year} with {len(EVENTS)} events and {len(ASSIGNMENTS)} assignments "
        f"(as of {day.isoformat()})"
    )
