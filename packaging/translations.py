"""The app's translations: bring the catalogues up to date with the code, compile them, check them.

    .venv/bin/python packaging/translations.py update    # after adding or changing strings
    .venv/bin/python packaging/translations.py check     # what tests/test_translations.py runs
    .venv/bin/python packaging/translations.py todo      # what still needs a translator
    .venv/bin/python packaging/translations.py compile   # .ts -> .qm, .po -> .mo (builds do it)

The sources, in the repository, under resources/translations/:
- `consularapp_es.ts` (Qt Linguist): every string of the window (`self.tr(...)`,
  `QCoreApplication.translate(...)` and the modules' `tr`/`_tr` helpers), in Spanish.
- `consularapp_en.ts`: only the window's plurals (`%n event(s)` -> '1 event' / '2 events').
- `core_es.po` (gettext): every string the core marks with `_`, `ngettext`, `pgettext`,
  `npgettext` or `N_` (problem messages, the command line, reports, calendars, e-mail drafts).
The words of stored choices (formats, roles, kinds, statuses...) are not in these files: they are
the glossary of consularapp/labels.py and consularapp/statuses.py, English and Spanish side by side.

`update` reads the code (Python's own parser: no string is found by a regular expression),
adds what is new (untranslated), drops what is gone, and keeps each translation whose English is
unchanged. A string whose English changed keeps the old translation marked for review (`type=
"unfinished"` in .ts, `#, fuzzy` in .po): stale until a person checks it. `compile` writes the .qm
and .mo files beside the sources (they are not in git): `pip install .` and the wheel (through
setup.py), the bootstrap and the frozen build all run it.

The .qm files are written here, not by Qt's lrelease: the build of `pip install .` runs in an
environment without Qt. tests/test_translations.py checks that Qt reads them exactly as it reads
lrelease's. Babel reads and writes the .po files (and writes the .mo).
"""

from __future__ import annotations

import ast
import difflib
import re
import struct
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
WINDOW_ES = TRANSLATIONS / "consularapp_es.ts"
WINDOW_EN = TRANSLATIONS / "consularapp_en.ts"
CORE_ES = TRANSLATIONS / "core_es.po"
WINDOW_SOURCES = ("ui",)
CORE_SOURCES = ("consularapp",)
UPDATE_COMMAND = ".venv/bin/python packaging/translations.py update"

# --- what the code says -----------------------------------------------------------------------


@dataclass
class Message:
    """One string to translate: (context, source, disambiguation, plural) is its identity."""

    context: str
    source: str
    comment: str = ""  # Qt's disambiguation; gettext's msgctxt for the core
    plural: str | None = None  # the core's English plural; for the window, "" when numerus
    locations: set[str] = field(default_factory=set)

    @property
    def numerus(self) -> bool:
        return self.plural is not None

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


@dataclass(frozen=True)
class Unreadable:
    """A call the extractor cannot read (an f-string, a variable context...): its string could
    never be translated."""

    location: str
    what: str

    def __str__(self) -> str:
        return f"{self.location}: {self.what}"


def _literal(node: ast.AST | None) -> str | None:
    """A string literal (implicit concatenation included), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _rel(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:  # a folder outside the repository (tests)
        return path.as_posix()


def _python_files(folders: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, the folder its package names start from) of every module under `folders`."""
    for folder in folders:
        top = ROOT / folder
        for path in sorted(top.rglob("*.py")):
            if "__pycache__" not in path.parts and "migrations" not in path.parts:
                yield path, top.parent


class _Module:
    """One parsed module: its string constants, its translation helpers, its imports."""

    def __init__(self, path: Path, base: Path) -> None:
        self.path = path
        self.name = ".".join(path.relative_to(base).with_suffix("").parts)
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.constants: dict[str, str] = {}
        # helper name -> (context or None for "the enclosing class", index of the text argument,
        # index of the disambiguation, index of n)
        self.helpers: dict[str, tuple[str, dict[str, int]]] = {}
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                    node.targets[0], ast.Name):
                value = _literal(node.value)
                if value is not None:
                    self.constants[node.targets[0].id] = value
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef):
                helper = self._helper(node)
                if helper is not None:
                    self.helpers[node.name] = helper

    def context_of(self, node: ast.AST) -> str | None:
        value = _literal(node)
        if value is not None:
            return value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def _helper(self, func: ast.FunctionDef) -> tuple[str, dict[str, int]] | None:
        """`def tr(text, n=-1): return QCoreApplication.translate("ctx", text, None, n)`: a
        helper whose calls are the module's translatable strings."""
        returns = [n for n in ast.walk(func) if isinstance(n, ast.Return)]
        if len(returns) != 1 or not isinstance(returns[0].value, ast.Call):
            return None
        call = returns[0].value
        if not _is_translate(call.func) or len(call.args) < 2:
            return None
        context = self.context_of(call.args[0])
        params = [a.arg for a in func.args.args]
        if context is None or not params:
            return None
        roles: dict[str, int] = {}
        for role, arg in zip(("source", "comment", "n"), call.args[1:], strict=False):
            if isinstance(arg, ast.Name) and arg.id in params:
                roles[role] = params.index(arg.id)
        if "source" not in roles:
            return None
        return context, roles


def _is_translate(func: ast.AST) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in ("QCoreApplication", "QApplication"))


def _argument(call: ast.Call, index: int | None) -> ast.AST | None:
    if index is None or index >= len(call.args):
        return None
    return call.args[index]


# Column headers declared outside a model class, shared by several tables (ui.models.columns).
SHARED_HEADERS = "columns"


def extract_window(folders: Iterable[str | Path] = WINDOW_SOURCES
                   ) -> tuple[list[Message], list[Unreadable]]:
    """Every translatable string of the window's code, with Qt's context of each."""
    modules = {m.name: m for m in (_Module(p, base) for p, base in _python_files(folders))}
    found: dict[tuple[str, str, str, bool], Message] = {}
    unreadable: list[Unreadable] = []

    def add(context: str, call: ast.Call, source_node: ast.AST | None,
            comment_node: ast.AST | None, n_node: ast.AST | None, where: str) -> None:
        source = _literal(source_node)
        if source is None:
            if isinstance(source_node, ast.JoinedStr):
                unreadable.append(Unreadable(where, "an f-string cannot be translated; use "
                                             "placeholders (%1) filled after translation"))
            return  # a variable: translated where its text was marked (QT_TRANSLATE_NOOP)
        comment = _literal(comment_node) or ""
        numerus = n_node is not None and not (
            isinstance(n_node, ast.Constant) and n_node.value == -1)
        message = Message(context, source, comment, "" if numerus else None)
        message = found.setdefault(message.key, message)
        message.locations.add(where.rsplit(":", 1)[0])

    for module in modules.values():
        rel = _rel(module.path)

        def helper_for(name: str, module: _Module = module) -> tuple[str, dict[str, int]] | None:
            if name in module.helpers:
                return module.helpers[name]
            imported = module.imports.get(name)
            if imported and imported[0] in modules:
                return modules[imported[0]].helpers.get(imported[1])
            return None

        def constant(node: ast.AST, module: _Module = module) -> str | None:
            """A string literal, or a module constant (defined here or imported)."""
            found = module.context_of(node)
            if found is None and isinstance(node, ast.Name) and node.id in module.imports:
                source, name = module.imports[node.id]
                if source in modules:
                    found = modules[source].constants.get(name)
            return found

        def header_context(klass: ast.ClassDef, constant=constant) -> str:
            """The context a table model translates its headers in (ui.models.columns): its
            `header_context`, else its class name."""
            for item in klass.body:
                target = item.targets[0] if isinstance(item, ast.Assign) and len(
                    item.targets) == 1 else getattr(item, "target", None)
                if isinstance(target, ast.Name) and target.id == "header_context" and \
                        getattr(item, "value", None) is not None:
                    return constant(item.value) or klass.name
            return klass.name

        contexts: dict[str, str] = {}  # class name -> the context of its headers

        def visit(node: ast.AST, klass: str | None, aliases: frozenset[str] = frozenset(),
                  module: _Module = module, rel: str = rel, helper_for=helper_for,
                  contexts: dict[str, str] = contexts,
                  header_context=header_context) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    contexts[child.name] = header_context(child)
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                    # `tr = self.tr` then `tr("...")`: the class's context too.
                    local = {t.id for n in ast.walk(child) if isinstance(n, ast.Assign)
                             and isinstance(n.value, ast.Attribute) and n.value.attr == "tr"
                             and isinstance(n.value.value, ast.Name)
                             and n.value.value.id in ("self", "cls")
                             for t in n.targets if isinstance(t, ast.Name)}
                    visit(child, klass, aliases | local if klass else aliases)
                    continue
                if isinstance(child, ast.Call):
                    where = f"{rel}:{child.lineno}"
                    func = child.func
                    if _is_translate(func):
                        context = module.context_of(child.args[0]) if child.args else None
                        if context is None:
                            if child.args and _literal(_argument(child, 1)) is not None:
                                unreadable.append(Unreadable(where, "the context of "
                                                             "QCoreApplication.translate must "
                                                             "be a string or a constant"))
                        else:
                            add(context, child, _argument(child, 1), _argument(child, 2),
                                _argument(child, 3), where)
                    elif isinstance(func, ast.Attribute) and func.attr == "tr":
                        if isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
                            if klass is None:
                                unreadable.append(Unreadable(where, "self.tr outside a class"))
                            else:
                                add(klass, child, _argument(child, 0), _argument(child, 1),
                                    _argument(child, 2), where)
                        elif _literal(_argument(child, 0)) is not None:
                            unreadable.append(Unreadable(
                                where, "x.tr(...) on another object: its context is that "
                                "object's class; call self.tr or a module's tr helper"))
                    elif isinstance(func, ast.Name) and func.id in aliases and klass:
                        add(klass, child, _argument(child, 0), _argument(child, 1),
                            _argument(child, 2), where)
                    elif isinstance(func, ast.Name):
                        if func.id == "header_text":
                            # A table's column header (ui.models.columns): in its model's
                            # context; declared outside a class (shared): SHARED_HEADERS.
                            add(contexts.get(klass or "", SHARED_HEADERS), child,
                                _argument(child, 0), None, None, where)
                        elif func.id == "QT_TRANSLATE_NOOP" and len(child.args) >= 2:
                            context = module.context_of(child.args[0])
                            if context is not None:
                                add(context, child, child.args[1], _argument(child, 2), None,
                                    where)
                        elif func.id == "QT_TR_NOOP" and klass is not None:
                            add(klass, child, _argument(child, 0), None, None, where)
                        else:
                            helper = helper_for(func.id)
                            if helper is not None:
                                context, roles = helper
                                add(context, child, _argument(child, roles["source"]),
                                    _argument(child, roles.get("comment")),
                                    _argument(child, roles.get("n")), where)
                visit(child, klass, aliases)

        visit(module.tree, None)
    return sorted(found.values(), key=lambda m: (m.context, m.source, m.comment)), unreadable


_CORE_KEYWORDS = {
    # name -> (index of msgctxt, of msgid, of msgid_plural)
    "_": (None, 0, None),
    "N_": (None, 0, None),
    "ngettext": (None, 0, 1),
    "pgettext": (0, 1, None),
    "npgettext": (0, 1, 2),
}


def extract_core(folders: Iterable[str | Path] = CORE_SOURCES
                 ) -> tuple[list[Message], list[Unreadable]]:
    """Every string the core marks for translation. (Context '' for all: gettext has one domain;
    `comment` carries pgettext's context.)"""
    found: dict[tuple[str, str, str, bool], Message] = {}
    unreadable: list[Unreadable] = []
    for path, _base in _python_files(folders):
        rel = _rel(path)
        if rel == "consularapp/i18n.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in _CORE_KEYWORDS):
                continue
            ctx_i, id_i, plural_i = _CORE_KEYWORDS[node.func.id]
            where = f"{rel}:{node.lineno}"
            source_node = _argument(node, id_i)
            source = _literal(source_node)
            if source is None:
                if isinstance(source_node, ast.JoinedStr):
                    unreadable.append(Unreadable(where, "an f-string cannot be translated; use "
                                                 "{placeholders} filled after translation"))
                continue
            comment = _literal(_argument(node, ctx_i)) or "" if ctx_i is not None else ""
            plural = _literal(_argument(node, plural_i)) if plural_i is not None else None
            if plural_i is not None and plural is None:
                unreadable.append(Unreadable(where, "the plural must be a string literal"))
                continue
            message = Message("", source, comment, plural)
            message = found.setdefault(message.key, message)
            message.locations.add(rel)
    return sorted(found.values(), key=lambda m: (m.comment, m.source)), unreadable


# --- the catalogues ---------------------------------------------------------------------------


@dataclass
class Entry:
    """A message of a catalogue with its translation."""

    message: Message
    translations: list[str]  # one, or one per plural form
    stale: bool = False  # the English changed since it was translated (unfinished, fuzzy)
    previous: str | None = None  # the English it was translated from, when stale

    @property
    def translated(self) -> bool:
        return any(t for t in self.translations) and all(t for t in self.translations)


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """(language, entries) of a Qt Linguist file; vanished and obsolete messages are left out."""
    if not path.exists():
        return path.stem.rsplit("_", 1)[-1], []
    root = ET.parse(path).getroot()
    entries: list[Entry] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = m.get("numerus") == "yes"
            if translation is None:
                forms = [""]
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")] or [""]
            else:
                forms = [translation.text or ""]
            message = Message(name, m.findtext("source") or "", m.findtext("comment") or "",
                              "" if numerus else None,
                              {loc.get("filename", "") for loc in m.iter("location")})
            message.locations = {_from_ts(path, loc) for loc in message.locations if loc}
            stale = kind == "unfinished" and any(forms)
            entries.append(Entry(message, forms, stale, m.findtext("oldsource")))
    return root.get("language", ""), entries


def _to_ts(ts: Path, location: str) -> str:
    """`location` (from the repository's top) as seen from the .ts file's folder."""
    try:
        depth = len(ts.parent.resolve().relative_to(ROOT).parts)
    except ValueError:  # a .ts outside the repository (tests): as it is
        return location
    return Path(*[".."] * depth, location).as_posix()


def _from_ts(ts: Path, filename: str) -> str:
    return _rel((ts.parent / filename).resolve())


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    """A Qt Linguist file, as lupdate lays one out (contexts and messages sorted: stable diffs)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.message.context, []).append(entry)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in sorted(by_context[name], key=lambda e: (e.message.source, e.message.comment)):
            m = entry.message
            element = ET.SubElement(context, "message")
            if m.numerus:
                element.set("numerus", "yes")
            for location in sorted(m.locations):
                ET.SubElement(element, "location", filename=_to_ts(path, location))
            ET.SubElement(element, "source").text = m.source
            if entry.stale and entry.previous:
                ET.SubElement(element, "oldsource").text = entry.previous
            if m.comment:
                ET.SubElement(element, "comment").text = m.comment
            translation = ET.SubElement(element, "translation")
            if entry.stale or not entry.translated:
                translation.set("type", "unfinished")
            if m.numerus:
                for form in entry.translations:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.translations[0] if entry.translations else ""
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    text = text.replace("<numerusform />", "<numerusform></numerusform>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")


def read_po(path: Path) -> list[Entry]:
    from babel.messages.pofile import read_po as babel_read_po

    if not path.exists():
        return []
    with path.open("rb") as fp:
        catalog = babel_read_po(fp, locale="es", abort_invalid=True)
    entries: list[Entry] = []
    for item in catalog:
        if not item.id:
            continue
        if isinstance(item.id, tuple):
            source, plural = item.id[0], item.id[1]
            forms = list(item.string) if isinstance(item.string, tuple) else [item.string]
        else:
            source, plural, forms = item.id, None, [item.string or ""]
        message = Message("", source, item.context or "", plural,
                          {loc for loc, _line in item.locations})
        previous = item.previous_id[0] if item.previous_id else None
        entries.append(Entry(message, [f or "" for f in forms], item.fuzzy, previous))
    return entries


CORE_HEADER = """\
Spanish translation of the ConsularApp core: problem messages, the command line, reports,
calendars and e-mail drafts. The words of stored choices are in consularapp/labels.py.
Usted throughout; gender-neutral wording that reads naturally ("persona presentadora", "la
coordinación"); the terms of the Mexican foreign ministry (SRE) and of the Department of
Labor's Spanish pages. Updated by: .venv/bin/python packaging/translations.py update"""


def _two_forms(catalog: object) -> None:
    """Spanish with gettext's two plural forms (one; other), not CLDR's three (the third is only
    for round millions, 'un millón de eventos', which no count here reaches)."""
    catalog._num_plurals = 2  # type: ignore[attr-defined]
    catalog._plural_expr = "(n != 1)"  # type: ignore[attr-defined]


def write_po(path: Path, entries: list[Entry]) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po as babel_write_po

    catalog = Catalog(locale="es", project="ConsularApp", version="1",
                      header_comment="".join(f"# {line}\n" for line in CORE_HEADER.splitlines()),
                      fuzzy=False, charset="utf-8")
    _two_forms(catalog)
    for entry in entries:
        m = entry.message
        ident = (m.source, m.plural) if m.numerus else m.source
        string = tuple(entry.translations) if m.numerus else entry.translations[0]
        flags = ("fuzzy",) if entry.stale else ()
        if "{" in m.source:
            flags += ("python-brace-format",)
        catalog.add(ident, string, locations=[(loc, None) for loc in sorted(m.locations)],
                    flags=flags, context=m.comment or None,
                    previous_id=[entry.previous] if entry.stale and entry.previous else [])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fp:
        babel_write_po(fp, catalog, width=100, sort_output=True, include_lineno=False,
                       omit_header=False, include_previous=True)
    # Babel stamps the creation and revision dates: keep them out so that an update without
    # changes changes nothing.
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'"(POT-Creation-Date|PO-Revision-Date|Generated-By|Report-Msgid-Bugs-To|'
                  r'Last-Translator|Language-Team): [^"]*\\n"\n', "", text)
    path.write_text(text, encoding="utf-8")


def merge(found: list[Message], existing: list[Entry], forms: int) -> list[Entry]:
    """The catalogue for what the code says now: translations kept where the English is the
    same; the closest old translation offered (stale) where the English changed a little."""
    by_key = {e.message.key: e for e in existing}
    gone = [e for e in existing if e.message.key not in {m.key for m in found}]
    result: list[Entry] = []
    for message in found:
        old = by_key.get(message.key)
        if old is not None:
            if len(old.translations) != (forms if message.numerus else 1):
                old.translations = (old.translations + [""] * forms)[:forms if message.numerus
                                                                       else 1]
            result.append(Entry(message, old.translations, old.stale, old.previous))
            continue
        candidates = [e for e in gone if e.message.context == message.context
                      and e.message.numerus == message.numerus and e.translated]
        close = difflib.get_close_matches(message.source, [e.message.source for e in candidates],
                                          n=1, cutoff=0.75)
        if close:
            was = next(e for e in candidates if e.message.source == close[0])
            result.append(Entry(message, list(was.translations), True, was.message.source))
            continue
        result.append(Entry(message, [""] * (forms if message.numerus else 1)))
    return result


def update() -> list[str]:
    """Bring the three catalogues up to date with the code; what changed, one line per file."""
    said: list[str] = []
    window, window_bad = extract_window()
    core, core_bad = extract_core()
    for bad in window_bad + core_bad:
        said.append(f"cannot translate {bad}")
    for path, language, messages in (
        (WINDOW_ES, "es", window),
        (WINDOW_EN, "en", [m for m in window if m.numerus]),
    ):
        _lang, existing = read_ts(path)
        entries = merge(messages, existing, 2)
        if language == "en":
            for entry in entries:
                if not entry.translated and "(s)" in entry.message.source:
                    one = entry.message.source.replace("(s)", "")
                    many = entry.message.source.replace("(s)", "s")
                    entry.translations, entry.stale, entry.previous = [one, many], True, None
        write_ts(path, language, entries)
        said.append(_summary(path, existing, entries))
    existing_po = read_po(CORE_ES)
    entries = merge(core, existing_po, 2)
    write_po(CORE_ES, entries)
    said.append(_summary(CORE_ES, existing_po, entries))
    return said


def _summary(path: Path, before: list[Entry], after: list[Entry]) -> str:
    old = {e.message.key for e in before}
    new = {e.message.key for e in after}
    todo = sum(1 for e in after if e.stale or not e.translated)
    return (f"{path.relative_to(ROOT)}: {len(after)} strings, {len(new - old)} new, "
            f"{len(old - new)} removed; {todo} to translate or review")


# --- checks -------------------------------------------------------------------------------------

_QT_PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")
_PRINTF = re.compile(r"%(?:\([A-Za-z_]+\))?[sdr]")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#[0-9]+);")


def placeholders(text: str) -> Counter[str]:
    """The placeholders a translation must keep: {name} (with its format), %1..%99, %n, %L1,
    %(name)s, %s."""
    found: Counter[str] = Counter()
    import string

    try:
        for _literal_text, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                found["{" + name + (f"!{conversion}" if conversion else "")
                      + (f":{spec}" if spec else "") + "}"] += 1
    except ValueError:
        found["{malformed}"] += 1
    found.update(_QT_PLACEHOLDER.findall(text))
    found.update(_PRINTF.findall(text))
    return found


def mnemonics(text: str) -> int:
    """How many Alt letters (&F) a window string marks ('&&' is a literal ampersand)."""
    plain = _ENTITY.sub("", text).replace("&&", "")
    return len(re.findall(r"&(?=\S)", plain))


@dataclass(frozen=True)
class Finding:
    path: str
    what: str  # 'missing', 'untranslated', 'stale', 'placeholders', 'gone', 'unreadable', ...
    context: str
    source: str
    detail: str = ""

    def __str__(self) -> str:
        where = f"[{self.context}] " if self.context else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.path}: {self.what}: {where}{self.source!r}{detail}"


def _check_entries(path: Path, found: list[Message], entries: list[Entry], *,
                   window: bool) -> list[Finding]:
    rel = path.relative_to(ROOT).as_posix()
    findings: list[Finding] = []
    by_key = {e.message.key: e for e in entries}
    wanted = {m.key for m in found}
    for message in found:
        entry = by_key.get(message.key)
        if entry is None:
            findings.append(Finding(rel, "missing from the catalogue", message.context,
                                    message.source, ", ".join(sorted(message.locations))))
            continue
        if not entry.translated:
            findings.append(Finding(rel, "untranslated", message.context, message.source))
            continue
        if entry.stale:
            findings.append(Finding(rel, "stale (the English changed; review the translation "
                                    "and clear its unfinished/fuzzy mark)", message.context,
                                    message.source,
                                    f"translated from {entry.previous!r}" if entry.previous
                                    else ""))
        expected = placeholders(message.source)
        plural_expected = placeholders(message.plural) if message.plural else expected
        for i, text in enumerate(entry.translations):
            got = placeholders(text)
            # A singular form may read 'un evento' for {count} = 1, as gettext allows.
            allowed = [plural_expected] if i else [expected, plural_expected]
            if i == 0 and message.numerus and not window:
                allowed.append(expected - Counter({k: v for k, v in expected.items()
                                                   if k.startswith("{count")}))
            if got not in allowed:
                findings.append(Finding(rel, "placeholders differ", message.context,
                                        message.source,
                                        f"{text!r} has {sorted(got.elements())}, the English "
                                        f"{sorted(expected.elements())}"))
            if window and mnemonics(text) != mnemonics(message.source):
                findings.append(Finding(rel, "Alt letter (&) differs", message.context,
                                        message.source, repr(text)))
    for entry in entries:
        if entry.message.key not in wanted:
            findings.append(Finding(rel, "no longer in the code", entry.message.context,
                                    entry.message.source))
    return findings


def check() -> list[Finding]:
    """Everything wrong with the catalogues against the code (empty: all is translated)."""
    window, window_bad = extract_window()
    core, core_bad = extract_core()
    findings = [Finding(bad.location, "cannot be translated", "", "", bad.what)
                for bad in window_bad + core_bad]
    _lang, es = read_ts(WINDOW_ES)
    findings += _check_entries(WINDOW_ES, window, es, window=True)
    _lang, en = read_ts(WINDOW_EN)
    findings += _check_entries(WINDOW_EN, [m for m in window if m.numerus], en, window=True)
    findings += _check_entries(CORE_ES, core, read_po(CORE_ES), window=False)
    return findings


HOW_TO = f"""\
How to bring the translations up to date:
  1. {UPDATE_COMMAND}
     (adds the new strings, drops the ones gone, marks changed ones for review)
  2. Translate what it lists (.venv/bin/python packaging/translations.py todo):
     - the window: resources/translations/consularapp_es.ts, in Qt Linguist
       (.venv/bin/pyside6-linguist resources/translations/consularapp_es.ts) or any text
       editor: fill <translation>, remove type="unfinished"; plurals (%n) also need their
       English forms in consularapp_en.ts;
     - the core: resources/translations/core_es.po, in any .po editor or a text editor:
       fill msgstr, remove the '#, fuzzy' line of a reviewed string.
     Keep every placeholder ({{name}}, %1, %n) and one Alt letter (&) where the English has
     one; usted, gender-neutral wording, the glossary's terms (consularapp/labels.py).
  3. .venv/bin/python -m pytest tests/test_translations.py -q"""


def todo() -> str:
    lines = []
    for finding in check():
        lines.append(str(finding))
    return "\n".join(lines) if lines else "Every string is translated."


# --- compiling ----------------------------------------------------------------------------------

_QM_MAGIC = bytes((0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
                   0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD))
_QM_HASHES, _QM_MESSAGES, _QM_NUMERUS, _QM_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
_QM_END, _QM_TRANSLATION, _QM_SOURCE, _QM_CONTEXT, _QM_COMMENT = 1, 3, 6, 7, 8
# Qt's numerus rule of English and Spanish: form 0 when n == 1, else form 1 (Q_EQ 1).
_QM_RULES = {"en": bytes((0x01, 1)), "es": bytes((0x01, 1))}


def elf_hash(data: bytes) -> int:
    """Qt's hash of a message's source text and disambiguation (QTranslator's elfHash)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def qm_bytes(language: str, entries: list[Entry]) -> bytes:
    """A .qm file (what QTranslator loads) of the finished translations in `entries`."""
    messages = bytearray()
    hashes: list[tuple[int, int]] = []
    for entry in entries:
        if entry.stale or not entry.translated:
            continue
        m = entry.message
        record = bytearray()
        for text in entry.translations:
            data = text.encode("utf-16-be")
            record += struct.pack(">BI", _QM_TRANSLATION, len(data)) + data
        for tag, text in ((_QM_SOURCE, m.source), (_QM_COMMENT, m.comment),
                          (_QM_CONTEXT, m.context)):
            if tag == _QM_COMMENT and not text:
                continue
            data = text.encode("utf-8")
            record += struct.pack(">BI", tag, len(data)) + data
        record.append(_QM_END)
        hashes.append((elf_hash((m.source + m.comment).encode("utf-8")), len(messages)))
        messages += record
    hashes.sort()
    table = b"".join(struct.pack(">II", h, offset) for h, offset in hashes)
    out = bytearray(_QM_MAGIC)
    lang = language.encode("utf-8")
    out += struct.pack(">BI", _QM_LANGUAGE, len(lang)) + lang
    out += struct.pack(">BI", _QM_HASHES, len(table)) + table
    out += struct.pack(">BI", _QM_MESSAGES, len(messages)) + messages
    rules = _QM_RULES.get(language, _QM_RULES["en"])
    out += struct.pack(">BI", _QM_NUMERUS, len(rules)) + rules
    return bytes(out)


def mo_bytes(entries: list[Entry]) -> bytes:
    """A gettext .mo of the finished translations (fuzzy ones left out, as msgfmt does)."""
    from datetime import UTC, datetime
    from io import BytesIO

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    fixed = datetime(2026, 1, 1, tzinfo=UTC)  # the same bytes for the same sources
    catalog = Catalog(locale="es", charset="utf-8", fuzzy=False, project="ConsularApp",
                      version="1", creation_date=fixed, revision_date=fixed)
    _two_forms(catalog)
    for entry in entries:
        if entry.stale or not entry.translated:
            continue
        m = entry.message
        ident = (m.source, m.plural) if m.numerus else m.source
        string = tuple(entry.translations) if m.numerus else entry.translations[0]
        catalog.add(ident, string, context=m.comment or None)
    out = BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def compile_all(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every catalogue of `folder` beside its source; the files written."""
    written: list[Path] = []
    for ts in sorted(folder.glob("*.ts")):
        language, entries = read_ts(ts)
        qm = ts.with_suffix(".qm")
        if _write_if_changed(qm, qm_bytes(language or ts.stem.rsplit("_", 1)[-1], entries)):
            written.append(qm)
    for po in sorted(folder.glob("*.po")):
        mo = po.with_suffix(".mo")
        if _write_if_changed(mo, mo_bytes(read_po(po))):
            written.append(mo)
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        for line in update():
            print(line)
        compile_all()
        return 0
    if command == "compile":
        for path in compile_all():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if command in ("check", "todo"):
        findings = check()
        for finding in findings:
            print(finding)
        if findings:
            print(f"\n{len(findings)} problem(s).\n\n{HOW_TO}")
            return 1
        print("Every string is translated.")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
