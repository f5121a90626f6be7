"""The words shown for stored choices, in English and Spanish: one glossary for the window, the
calendars and every report.

The database stores plain English codes (`tabling`, `table staff`, `consulate general`); what a
person reads comes from here, so the window's "Information table" is also what the Excel report,
the PDF roster and the liaison's calendar say. Each function takes the language of the document it
writes ('en' or 'es'); without one it follows the core's current language (`consularapp.i18n`),
which is what the window uses.

The Spanish is the one a native professional writes in this field: the terms of the Mexican
foreign ministry (Semana de Derechos Laborales, Consulado General de México en ..., consulado
móvil) and of the Department of Labor's Spanish pages (División de Horas y Salarios, robo de
salarios), gender-neutral where that reads naturally ("persona presentadora", "coordinación"),
never with "(a)" endings. Agency and office names keep their official English name; the Spanish
name of the agency goes beside it where one exists (`office_name`).

Each table pairs the English and the Spanish words of one stored value: the glossary is its own
translation table, so the words are not marked for the core's catalogue (core_es.po) and the
catalogue does not repeat them. A new stored choice is one new line here, with both words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from consularapp.i18n import PSEUDO, language, pseudo

# Each table: stored value -> (English, Spanish).
FORMATS: dict[str, tuple[str, str]] = {
    "tabling": ("Information table", "Mesa informativa"),
    "workshop": ("Workshop", "Taller"),
    "training": ("Training", "Capacitación"),
    "webinar": ("Webinar", "Seminario web"),
    "radio": ("Radio", "Programa de radio"),
    "mobile consulate": ("Mobile consulate", "Consulado móvil"),
    "press conference": ("Press conference", "Conferencia de prensa"),
    "opening ceremony": ("Opening ceremony", "Ceremonia de inauguración"),
    "signing ceremony": ("Signing ceremony", "Ceremonia de firma"),
    "meeting": ("Meeting", "Reunión"),
    "other": ("Other", "Otro"),
}
EVENT_STATUSES: dict[str, tuple[str, str]] = {
    "planned": ("Planned", "Por confirmar"),
    "confirmed": ("Confirmed", "Confirmado"),
    "cancelled": ("Cancelled", "Cancelado"),
}
ROLES: dict[str, tuple[str, str]] = {
    "presenter": ("Presenter", "Persona presentadora"),
    "table staff": ("Table staff", "Atención en mesa"),
    "interpreter": ("Interpreter", "Intérprete"),
    "coordinator": ("Coordinator", "Coordinación"),
    "other": ("Other", "Otra función"),
}
CONFLICT_KINDS: dict[str, tuple[str, str]] = {
    "double-booked": ("Double booking", "Doble asignación"),
    "person inactive": ("Person not active", "Persona no activa"),
    "understaffed": ("Short of staff", "Falta personal"),
    "language not covered": ("Language not covered", "Idioma sin cubrir"),
    "outside campaign": ("Outside the campaign week", "Fuera de la semana de la campaña"),
    "no active agreement": ("No agreement in force", "Sin acuerdo vigente"),
    "shift outside event": ("Shift outside the event", "Turno fuera del evento"),
    "assigned twice": ("Assigned twice", "Asignación repetida"),
    "open need": ("Open need", "Necesidad pendiente"),
}
SEVERITIES: dict[str, tuple[str, str]] = {
    "error": ("Error", "Error"),
    "warning": ("Warning", "Advertencia"),
}
OFFICE_TYPES: dict[str, tuple[str, str]] = {
    "national": ("National", "Nacional"),
    "regional": ("Regional", "Regional"),
    "district": ("District", "Distrital"),
    "area": ("Area", "De área"),
    "field": ("Field", "De campo"),
    "local": ("Local", "Local"),
    "subregional": ("Subregional", "Subregional"),
    "resident": ("Resident", "Residente"),
}
CONSULATE_TYPES: dict[str, tuple[str, str]] = {
    "consulate general": ("Consulate general", "Consulado general"),
    "consulate": ("Consulate", "Consulado"),
    "consular section of embassy": ("Consular section of embassy",
                                    "Sección consular de la embajada"),
    "honorary consulate": ("Honorary consulate", "Consulado honorario"),
}
NOT_STATED = ("Not stated", "Sin indicar")
AGREEMENT_KINDS: dict[str, tuple[str, str]] = {
    "Letter of Arrangement": ("Letter of Arrangement", "Carta de Arreglo"),
    "Arrangement Establishing an Understanding": (
        "Arrangement Establishing an Understanding", "Arreglo que Establece un Entendimiento"),
    "Arrangement Establishing an Alliance": (
        "Arrangement Establishing an Alliance", "Arreglo que Establece una Alianza"),
    "Memorandum of Understanding": ("Memorandum of Understanding",
                                    "Memorando de Entendimiento"),
    "Other": ("Other", "Acuerdo"),
}
AGREEMENT_KINDS_SHORT: dict[str, tuple[str, str]] = {
    "Letter of Arrangement": ("Letter", "Carta"),
    "Arrangement Establishing an Understanding": ("Understanding", "Entendimiento"),
    "Arrangement Establishing an Alliance": ("Alliance", "Alianza"),
    "Memorandum of Understanding": ("MOU", "Memorando"),
    "Other": ("Other", "Otro"),
}
AGREEMENT_STATES: dict[str, tuple[str, str]] = {
    "draft": ("Draft", "Borrador"),
    "negotiating": ("Negotiating", "En negociación"),
    "signed": ("Signed", "Firmado"),
    "terminated": ("Terminated", "Terminado"),
}
PARTNER_KINDS: dict[str, tuple[str, str]] = {
    "worker center": ("Worker center", "Centro de trabajadores"),
    "union": ("Union", "Sindicato"),
    "legal aid": ("Legal aid", "Asistencia legal"),
    "faith-based": ("Faith-based group", "Organización religiosa"),
    "hometown association": ("Hometown association", "Club de oriundos"),
    "other": ("Other", "Otra organización"),
}
# Obligations of agreements (consularapp/obligations.py); an office's own names print as typed.
OBLIGATIONS: dict[str, tuple[str, str]] = {
    "signed copy": ("Signed copy to the national office",
                    "Copia firmada a la oficina nacional"),
    "annual report": ("Annual report", "Informe anual"),
}
OBLIGATION_STATUSES: dict[str, tuple[str, str]] = {
    "done": ("Done", "Cumplida"),
    "overdue": ("Overdue", "Vencida"),
    "due": ("Due soon", "Por vencer"),
    "upcoming": ("Upcoming", "Próxima"),
}
# The agencies' own Spanish names (their Spanish-language pages); printed beside the official
# English name, never instead of it.
AGENCIES_ES: dict[str, str] = {
    "WHD": "División de Horas y Salarios",
    "OSHA": "Administración de Seguridad y Salud Ocupacional",
    "EEOC": "Comisión para la Igualdad de Oportunidades en el Empleo",
    "NLRB": "Junta Nacional de Relaciones del Trabajo",
    "DOL": "Departamento de Trabajo",
}
# Language names as people type them (any case) -> Spanish. Spanish writes language names in
# lower case; indigenous languages keep their own spelling (k'iche', q'anjob'al).
LANGUAGES_ES: dict[str, str] = {
    "spanish": "español", "english": "inglés", "portuguese": "portugués", "french": "francés",
    "haitian creole": "criollo haitiano", "creole": "criollo haitiano",
    "vietnamese": "vietnamita", "arabic": "árabe", "chinese": "chino", "mandarin": "mandarín",
    "cantonese": "cantonés", "korean": "coreano", "japanese": "japonés", "russian": "ruso",
    "ukrainian": "ucraniano", "polish": "polaco", "german": "alemán", "italian": "italiano",
    "tagalog": "tagalo", "filipino": "filipino", "ilocano": "ilocano", "cebuano": "cebuano",
    "hindi": "hindi", "punjabi": "panyabí", "urdu": "urdu", "bengali": "bengalí",
    "nepali": "nepalí", "burmese": "birmano", "karen": "karen", "khmer": "jemer", "lao": "lao",
    "thai": "tailandés", "hmong": "hmong", "somali": "somalí", "amharic": "amárico",
    "tigrinya": "tigriña", "swahili": "suajili", "persian": "persa", "farsi": "persa",
    "dari": "darí", "pashto": "pastún", "navajo": "navajo",
    "american sign language": "lengua de señas estadounidense", "asl": "lengua de señas "
    "estadounidense",
    # Indigenous languages of Mexico and Guatemala.
    "mixteco": "mixteco", "mixtec": "mixteco", "zapoteco": "zapoteco", "zapotec": "zapoteco",
    "nahuatl": "náhuatl", "náhuatl": "náhuatl", "triqui": "triqui", "mazateco": "mazateco",
    "mazatec": "mazateco", "purépecha": "purépecha", "purepecha": "purépecha",
    "otomí": "otomí", "otomi": "otomí", "tsotsil": "tsotsil", "tseltal": "tseltal",
    "maya": "maya", "yucatec maya": "maya", "chinanteco": "chinanteco", "mixe": "mixe",
    "k'iche'": "k'iche'", "kʼicheʼ": "kʼicheʼ", "quiché": "k'iche'", "q'eqchi'": "q'eqchi'",
    "kaqchikel": "kaqchikel", "mam": "mam", "q'anjob'al": "q'anjob'al", "akateko": "akateko",
    "chuj": "chuj", "ixil": "ixil", "garifuna": "garífuna", "garífuna": "garífuna",
}
# Cities of the United States whose Spanish name the Mexican foreign ministry (SRE) uses in its
# consulates' names ("Consulado General de México en Nueva York"); others keep their name.
CITIES_ES: dict[str, str] = {
    "new york": "Nueva York", "los angeles": "Los Ángeles", "philadelphia": "Filadelfia",
    "new orleans": "Nueva Orleans", "san jose": "San José", "san diego": "San Diego",
    "st. paul": "Saint Paul", "saint paul": "Saint Paul", "washington": "Washington",
    "new brunswick": "Nuevo Brunswick", "new haven": "New Haven",
}
# How sure the built-in reference directory is of a record (resources/reference/*.csv).
CONFIDENCES: dict[str, tuple[str, str]] = {
    "verified": ("verified", "verificado"),
    "third-party list": ("third-party list", "lista de terceros"),
    "third-party list (city assumed)": ("third-party list (city assumed)",
                                        "lista de terceros (ciudad supuesta)"),
    "inferred": ("inferred", "deducido"),
    "named in an agreement": ("named in an agreement", "mencionado en un acuerdo"),
    "city listed": ("city listed", "ciudad en la lista"),
    "city listed; type confirmed in an agreement or release": (
        "city listed; type confirmed in an agreement or release",
        "ciudad en la lista; tipo confirmado en un acuerdo o comunicado"),
    "city listed; type not confirmed in a source": (
        "city listed; type not confirmed in a source",
        "ciudad en la lista; tipo sin confirmar en una fuente"),
}
# Topics people type, with the Spanish title the agencies use for them; others print as typed.
TOPICS_ES: dict[str, str] = {
    "wage theft": "robo de salarios", "unpaid wages": "salarios no pagados",
    "minimum wage": "salario mínimo", "overtime": "horas extra", "tips": "propinas",
    "wage rights": "derechos salariales", "labor rights": "derechos laborales",
    "workers' rights": "derechos de los trabajadores", "child labor": "trabajo infantil",
    "h-2a rights": "derechos de los trabajadores con visa H-2A",
    "h-2b rights": "derechos de los trabajadores con visa H-2B",
    "heat illness": "enfermedades causadas por el calor",
    "heat safety": "seguridad ante el calor", "water, rest, shade": "agua, descanso, sombra",
    "fall protection": "protección contra caídas", "workplace safety": "seguridad en el trabajo",
    "safety and health": "seguridad y salud", "discrimination": "discriminación",
    "harassment": "acoso", "sexual harassment": "acoso sexual", "retaliation": "represalias",
    "right to organize": "derecho a organizarse", "union rights": "derechos sindicales",
    "human trafficking": "trata de personas", "labor trafficking": "trata laboral",
    "hurricane recovery work": "trabajos de recuperación tras huracanes",
    "disaster recovery": "recuperación tras desastres",
    "pregnant workers": "trabajadoras embarazadas",
    "family and medical leave": "licencia familiar y médica",
}


# The terms every Spanish text of the app uses for these English ones: the official names (the
# Department of Labor's and the agencies' Spanish pages, the Mexican foreign ministry's "Semana de
# Derechos Laborales") and the app's own words, one rendering each, so a reader meets the same
# word in the window, the command line and every document. tests/test_translations.py checks
# every catalogue entry whose English holds a term: its Spanish must hold the rendering (several
# forms listed = any of them; a stem covers singular and plural).
TERMS: dict[str, tuple[str, ...]] = {
    "Labor Rights Week": ("Semana de Derechos Laborales",),
    "Wage and Hour Division": ("División de Horas y Salarios",),
    "Occupational Safety and Health Administration": (
        "Administración de Seguridad y Salud Ocupacional",),
    "Equal Employment Opportunity Commission": (
        "Comisión para la Igualdad de Oportunidades en el Empleo",),
    "National Labor Relations Board": ("Junta Nacional de Relaciones del Trabajo",),
    "Department of Labor": ("Departamento de Trabajo",),
    "Consulate General": ("Consulado General",),
    "mobile consulate": ("consulado móvil",),
    "liaison": ("enlace",),
    "presenter": ("persona presentadora", "presentación"),
    "staff-hours": ("horas-persona",),
    "dashboard": ("tablero",),
    "partner matrix": ("matriz de alianzas",),
    "week grid": ("cuadrícula semanal",),
    "Letter of Arrangement": ("Carta de Arreglo",),
    "Memorandum of Understanding": ("Memorando de Entendimiento",),
    "outreach": ("difusión",),
    "wage theft": ("robo de salarios",),
    "exchange workbook": ("libro de intercambio",),
    "renewal": ("renov",),
    "time zone": ("zona horaria",),
    "shift": ("turno",),
}
# Gendered endings a native professional does not write ("presentador(a)", "los/las", "o/a"): the
# catalogues use a neutral wording instead ("persona presentadora", "quienes", "el personal").
GENDERED_FORMS = (r"\w\((?:a|as|os|es)\)|\b(?:los/las|las/los|el/la|la/el)\b|[a-záéíóú]/as?\b"
                  r"|\w+@s\b")


def _lang(lang: str | None) -> str:
    return lang if lang in ("en", "es") else language()


def _word(words: tuple[str, str], lang: str | None) -> str:
    chosen = _lang(lang)
    if chosen == "es":
        return words[1]
    return pseudo(words[0]) if chosen == PSEUDO else words[0]


def _pick(table: dict[str, tuple[str, str]], value: str, lang: str | None) -> str:
    words = table.get(value)
    return value if words is None else _word(words, lang)


def format_label(value: str, lang: str | None = None) -> str:
    """'Information table' / 'Mesa informativa' for the stored `tabling`."""
    return _pick(FORMATS, value, lang)


def event_status_label(value: str, lang: str | None = None) -> str:
    """'Planned' / 'Por confirmar'."""
    return _pick(EVENT_STATUSES, value, lang)


def role_label(value: str, lang: str | None = None) -> str:
    """'Presenter' / 'Persona presentadora'."""
    return _pick(ROLES, value, lang)


def role_in_text(value: str, lang: str | None = None) -> str:
    """The role inside a sentence or after a name: 'presenter', 'persona presentadora'."""
    label = role_label(value, lang)
    return label[:1].lower() + label[1:]


def conflict_kind_label(value: str, lang: str | None = None) -> str:
    """'Double booking' for the stored `double-booked` (planning problems)."""
    return _pick(CONFLICT_KINDS, value, lang)


def severity_label(value: str, lang: str | None = None) -> str:
    return _pick(SEVERITIES, value, lang)


def office_type_label(value: str, lang: str | None = None) -> str:
    return _pick(OFFICE_TYPES, value, lang)


def consulate_type_label(value: str | None, lang: str | None = None) -> str:
    if not value:
        return _word(NOT_STATED, lang)
    return _pick(CONSULATE_TYPES, value, lang)


def agreement_kind_label(value: str, lang: str | None = None) -> str:
    """The kind's official English name, or its Spanish name ('Carta de Arreglo')."""
    return _pick(AGREEMENT_KINDS, value, lang)


def partner_kind_label(value: str, lang: str | None = None) -> str:
    """'Worker center' / 'Centro de trabajadores'."""
    return _pick(PARTNER_KINDS, value, lang)


def obligation_label(value: str, lang: str | None = None) -> str:
    """'Annual report' / 'Informe anual'; an office's own obligation as its rule names it."""
    return _pick(OBLIGATIONS, value.casefold() if value.casefold() in OBLIGATIONS else value,
                 lang)


def obligation_status_label(value: str, lang: str | None = None) -> str:
    return _pick(OBLIGATION_STATUSES, value, lang)


def agreement_kind_short(value: str, lang: str | None = None) -> str:
    """'Letter' / 'Carta': the kind in a narrow column."""
    return _pick(AGREEMENT_KINDS_SHORT, value, lang)


def agreement_state_label(value: str, lang: str | None = None) -> str:
    """'Signed' / 'Firmado': the state typed in the editor (the status is computed)."""
    return _pick(AGREEMENT_STATES, value, lang)


def agency_name_es(code: str) -> str:
    """The agency's Spanish name, '' when it has none on record."""
    return AGENCIES_ES.get(code.upper(), "")


def office_name(display_name: str, agency: str, lang: str | None = None) -> str:
    """'WHD Chicago District Office (División de Horas y Salarios)' in Spanish documents: the
    official English name stays, the agency's Spanish name goes beside it."""
    spanish = agency_name_es(agency) if _lang(lang) == "es" else ""
    return f"{display_name} ({spanish})" if spanish else display_name


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold().replace("’", "'")


def language_label(value: str, lang: str | None = None) -> str:
    """A spoken language's name: as typed in English documents, in Spanish when known."""
    if _lang(lang) != "es":
        return value
    return LANGUAGES_ES.get(_key(value), value)


def city_label(value: str, lang: str | None = None) -> str:
    """A US city as Spanish writes it where the SRE does ('Nueva York'); otherwise as stored."""
    if _lang(lang) != "es":
        return value
    return CITIES_ES.get(_key(value), value)


def confidence_label(value: str, lang: str | None = None) -> str:
    """How sure the reference directory is of a record: 'third-party list' / 'lista de
    terceros'; an unknown value as stored."""
    return _pick(CONFIDENCES, value, lang)


def topic_label(value: str, lang: str | None = None) -> str:
    """A topic's Spanish title where the agencies have one; otherwise as typed."""
    if _lang(lang) != "es":
        return value
    return TOPICS_ES.get(_key(value), value)


def join_words(items: Iterable[str], lang: str | None = None) -> str:
    """'English and Spanish' / 'inglés y español'; Spanish writes 'e' before an /i/ sound
    ('español e inglés')."""
    words = [w for w in items if w]
    if len(words) <= 1:
        return "".join(words)
    if _lang(lang) == "es":
        last = words[-1]
        starts = _key(last)
        conjunction = "e" if (starts.startswith(("i", "hi")) and not starts.startswith(
            ("hie", "hia", "hio", "hiu"))) else "y"
        return f"{', '.join(words[:-1])} {conjunction} {last}"
    conjunction = _word(("and", "y"), lang)
    if len(words) == 2:
        return f"{words[0]} {conjunction} {words[1]}"
    return f"{', '.join(words[:-1])}, {conjunction} {words[-1]}"


def languages_text(values: Iterable[str], lang: str | None = None) -> str:
    """'English, Spanish and Mixteco' / 'inglés, español y mixteco'."""
    return join_words([language_label(v, lang) for v in values], lang)


def choices(table: dict[str, tuple[str, str]], lang: str | None = None) -> list[tuple[str, str]]:
    """(stored value, label) of a table, in its order, for lists and combo boxes."""
    return [(value, _pick(table, value, lang)) for value in table]


__all__ = [
    "AGENCIES_ES",
    "AGREEMENT_KINDS",
    "AGREEMENT_KINDS_SHORT",
    "AGREEMENT_STATES",
    "CITIES_ES",
    "CONFLICT_KINDS",
    "CONSULATE_TYPES",
    "EVENT_STATUSES",
    "FORMATS",
    "GENDERED_FORMS",
    "LANGUAGES_ES",
    "OBLIGATIONS",
    "OBLIGATION_STATUSES",
    "OFFICE_TYPES",
    "PARTNER_KINDS",
    "ROLES",
    "SEVERITIES",
    "TERMS",
    "TOPICS_ES",
    "agency_name_es",
    "agreement_kind_label",
    "agreement_kind_short",
    "agreement_state_label",
    "choices",
    "city_label",
    "conflict_kind_label",
    "consulate_type_label",
    "event_status_label",
    "format_label",
    "join_words",
    "language_label",
    "languages_text",
    "obligation_label",
    "obligation_status_label",
    "office_name",
    "office_type_label",
    "partner_kind_label",
    "role_in_text",
    "role_label",
    "severity_label",
    "topic_label",
]
