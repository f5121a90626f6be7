"""The translations: every string of the code translated, nothing stale, placeholders kept; the
compiled files read as Qt and gettext read them; the core's language per program and per thread.

When a test here fails after you added or changed strings, its message lists each one and says
what to run: `.venv/bin/python packaging/translations.py update`, then translate what
`.venv/bin/python packaging/translations.py todo` lists (README, "Translations").
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import threading
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from consularapp import i18n, l10n, labels

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    name = "consularapp_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


T = _tool()


def _report(findings: list) -> str:
    lines = [str(f) for f in findings[:200]]
    if len(findings) > 200:
        lines.append(f"... and {len(findings) - 200} more")
    return "\n".join([f"{len(findings)} translation problem(s):", *lines, "", T.HOW_TO])


# --- the catalogues against the code -------------------------------------------------------------


def test_no_string_is_written_so_that_it_cannot_be_translated() -> None:
    _window, window_bad = T.extract_window()
    _core, core_bad = T.extract_core()
    assert not window_bad + core_bad, "\n".join(str(b) for b in window_bad + core_bad)


def test_every_core_string_has_a_current_spanish_translation() -> None:
    core, _bad = T.extract_core()
    assert len(core) > 300  # really read the code
    findings = T._check_entries(T.CORE_ES, core, T.read_po(T.CORE_ES), window=False)
    assert not findings, _report(findings)


def test_every_window_string_has_a_current_spanish_translation() -> None:
    window, _bad = T.extract_window()
    assert len(window) > 500
    _lang, es = T.read_ts(T.WINDOW_ES)
    findings = T._check_entries(T.WINDOW_ES, window, es, window=True)
    assert not findings, _report(findings)


def test_every_window_plural_has_its_english_forms() -> None:
    """'%n event(s)' reads '1 event' / '2 events' from consularapp_en.ts."""
    plurals = [m for m in T.extract_window()[0] if m.numerus]
    assert plurals
    _lang, en = T.read_ts(T.WINDOW_EN)
    findings = T._check_entries(T.WINDOW_EN, plurals, en, window=True)
    assert not findings, _report(findings)


# --- what the check catches ----------------------------------------------------------------------


def _entry(source: str, *translations: str, stale: bool = False, plural: str | None = None,
           context: str = "Ctx") -> object:
    return T.Entry(T.Message(context, source, "", plural), list(translations), stale)


def test_the_check_names_each_kind_of_problem() -> None:
    found = [T.Message("Ctx", "&Save"), T.Message("Ctx", "New"), T.Message("Ctx", "Old text"),
             T.Message("Ctx", "Wrote %1 rows"), T.Message("Ctx", "Shown {count}"),
             T.Message("Ctx", "Missing"), T.Message("Ctx", "%n event(s)", plural="")]
    entries = [
        _entry("&Save", "Guardar"),  # lost its Alt letter
        _entry("New", ""),  # untranslated
        _entry("Old text", "Texto viejo", stale=True),  # the English changed
        _entry("Wrote %1 rows", "Se escribieron filas"),  # lost %1
        _entry("Shown {count}", "Se muestran {cuenta}"),  # renamed the placeholder
        _entry("Gone", "Ido"),  # no longer in the code
        _entry("%n event(s)", "%n evento", "%n eventos", plural=""),  # fine
    ]
    findings = T._check_entries(T.WINDOW_ES, found, entries, window=True)
    got = Counter((f.what.split(" (")[0], f.source) for f in findings)
    assert got == Counter({
        ("Alt letter", "&Save"): 1,
        ("untranslated", "New"): 1,
        ("stale", "Old text"): 1,
        ("placeholders differ", "Wrote %1 rows"): 1,
        ("placeholders differ", "Shown {count}"): 1,
        ("missing from the catalogue", "Missing"): 1,
        ("no longer in the code", "Gone"): 1,
    })
    assert any("Ctx" in str(f) and "'Shown {count}'" in str(f) for f in findings)


# --- the glossary (consularapp.labels.TERMS) ---------------------------------------------------


def _all_pairs() -> list[tuple[str, str]]:
    """(English, Spanish) of every catalogue entry and every pair of labels' word tables."""
    _lang, window = T.read_ts(T.WINDOW_ES)
    pairs = [(e.message.source.replace("&", ""), " ".join(e.translations).replace("&", ""))
             for e in [*window, *T.read_po(T.CORE_ES)]]
    tables = [v for v in vars(labels).values() if isinstance(v, dict)]
    pairs += [words for table in tables for words in table.values()
              if isinstance(words, tuple) and len(words) == 2]
    return pairs


def test_every_spanish_text_uses_the_glossarys_terms() -> None:
    import re

    wrong = [f"{term!r} -> {' / '.join(forms)}: {english!r} is {spanish!r}"
             for english, spanish in _all_pairs() if spanish != english  # codes stay as they are
             for term, forms in labels.TERMS.items()
             if re.search(rf"\b{re.escape(term)}\b", re.sub(r"\{\w*\}", "", english),
                          re.IGNORECASE)
             and not any(form.casefold() in spanish.casefold() for form in forms)]
    assert wrong == [], "\n".join(["Spanish that leaves the glossary (labels.TERMS):", *wrong])


def test_no_spanish_text_marks_gender_with_endings() -> None:
    import re

    found = [f"{english!r}: {spanish!r}" for english, spanish in _all_pairs()
             if re.search(labels.GENDERED_FORMS, spanish)]
    assert found == [], "\n".join(["Write 'persona presentadora', 'quienes'...:", *found])


def test_the_gendered_forms_check_catches_what_it_names() -> None:
    import re

    caught = [text for text in ("Carlos Ruiz (presentador(a))", "los/las enlaces",
                                "coordinador/a", "Persona presentadora", "el personal")
              if re.search(labels.GENDERED_FORMS, text)]
    assert caught == ["Carlos Ruiz (presentador(a))", "los/las enlaces", "coordinador/a"]


def test_changed_english_keeps_the_old_translation_for_review() -> None:
    old = [_entry("Export the calendar", "Exportar el calendario")]
    merged = T.merge([T.Message("Ctx", "Export the calendars")], old, 2)
    assert [(e.translations, e.stale, e.previous) for e in merged] == [
        (["Exportar el calendario"], True, "Export the calendar")]
    unchanged = T.merge([T.Message("Ctx", "Export the calendar")], old, 2)
    assert [(e.translations, e.stale) for e in unchanged] == [(["Exportar el calendario"], False)]


def test_the_extractor_reads_every_way_the_window_marks_a_string(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "helpers.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'lrw'\n"
        "def tr(text, n=-1):\n"
        "    return QCoreApplication.translate(CONTEXT, text, None, n)\n", encoding="utf-8")
    (package / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP\n"
        "from pkg.helpers import tr\n"
        "WORDS = (QT_TRANSLATE_NOOP('lrw', 'Mon'),)\n"
        "class Page:\n"
        "    def build(self, n, name):\n"
        "        self.tr('&Save')\n"
        "        self.tr('Open', 'verb')\n"
        "        tr('%n event(s)', n)\n"
        "        QCoreApplication.translate('MainWindow', 'Quit')\n"
        "        self.tr(f'Hello {name}')\n"
        "    def other(self):\n"
        "        tr = self.tr\n"
        "        tr('&Close')\n", encoding="utf-8")
    found, bad = T.extract_window([package])
    assert {(m.context, m.source, m.comment, m.numerus) for m in found} == {
        ("lrw", "Mon", "", False), ("Page", "&Save", "", False), ("Page", "Open", "verb", False),
        ("lrw", "%n event(s)", "", True), ("MainWindow", "Quit", "", False),
        ("Page", "&Close", "", False)}
    assert [b.what.split(";")[0] for b in bad] == ["an f-string cannot be translated"]


def test_placeholders_of_each_kind() -> None:
    assert T.placeholders("{count} rows in {path!r}, {length:,} long") == Counter(
        {"{count}": 1, "{path!r}": 1, "{length:,}": 1})
    assert T.placeholders("%1 of %2 (%n) at %L1") == Counter({"%1": 1, "%2": 1, "%n": 1, "%L1": 1})
    assert T.placeholders("%(prog)s: error: %s, 40% done") == Counter({"%(prog)s": 1, "%s": 1})
    assert T.mnemonics("&Save && close") == 1 and T.mnemonics("Tom &amp; Jerry") == 0


# --- compiling -----------------------------------------------------------------------------------


def test_our_qm_reads_exactly_as_lreleases(tmp_path: Path, qapp) -> None:
    """Qt finds the same translation for every message (plurals, disambiguations, accents) in
    the .qm this repository writes as in the one Qt's lrelease writes from the same .ts."""
    from PySide6.QtCore import QTranslator

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                       / "pyside6-lrelease")
    entries = [
        _entry("&File", "&Archivo", context="MainWindow"),
        _entry("Niño ☃ “quoted”", "Niñé ☃ «citado»", context="MainWindow"),
        _entry("%n event(s)", "%n evento", "%n eventos", plural="", context="lrw"),
        _entry("Open", "Abierto", context="MainWindow"),
        _entry("Open", "Abierta", context="lrw"),
        _entry("Stale", "Viejo", stale=True, context="lrw"),
    ]
    entries.append(T.Entry(T.Message("MainWindow", "Open", "verb"), ["Abrir"]))
    _lang, real = T.read_ts(T.WINDOW_ES)
    entries += [e for e in real if e.translated and not e.stale][:300]
    ts = tmp_path / "t_es.ts"
    T.write_ts(ts, "es", entries)
    subprocess.run([lrelease, "-nounfinished", str(ts), "-qm", str(tmp_path / "lrelease.qm")],
                   check=True,
                   capture_output=True)
    (tmp_path / "ours.qm").write_bytes(T.qm_bytes("es", T.read_ts(ts)[1]))
    answers = []
    for name in ("lrelease", "ours"):
        translator = QTranslator()
        assert translator.load(str(tmp_path / f"{name}.qm"))
        seen = []
        for e in entries:
            m = e.message
            for n in ((1, 2, 0) if m.numerus else (-1,)):
                seen.append(translator.translate(m.context, m.source, m.comment or None, n))
        seen.append(translator.translate("MainWindow", "Open", "another sense"))
        seen.append(translator.translate("Nowhere", "Open"))
        answers.append(seen)
    assert answers[0] == answers[1]
    assert "%n eventos" in answers[1] and "Abrir" in answers[1] and "" in answers[1]
    assert "Viejo" not in answers[1]  # stale translations are left out, as lrelease's -nounfinished


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path: Path) -> None:
    """What ships (.qm, .mo beside the sources) is what `compile` makes of them now."""
    for source in sorted(T.TRANSLATIONS.glob("*.ts")) + sorted(T.TRANSLATIONS.glob("*.po")):
        shutil.copy(source, tmp_path / source.name)
    T.compile_all(tmp_path)
    for compiled in sorted(tmp_path.glob("*.qm")) + sorted(tmp_path.glob("*.mo")):
        assert (T.TRANSLATIONS / compiled.name).read_bytes() == compiled.read_bytes(), compiled


# --- the core's language ---------------------------------------------------------------------


def test_the_core_speaks_the_language_it_is_given() -> None:
    from consularapp.errors import NotFoundError

    assert str(NotFoundError("office", "WHD-X")) == "No office with ID 'WHD-X'"
    i18n.set_language("es")
    assert str(NotFoundError("office", "WHD-X")) == "No hay registro de oficina con el ID 'WHD-X'"
    assert i18n.ngettext("{count} day left", "{count} days left", 1).format(count=1) == (
        "queda 1 día")
    assert i18n.ngettext("{count} day left", "{count} days left", 3).format(count=3) == (
        "quedan 3 días")
    i18n.set_language("fr")  # not one the app speaks: English
    assert i18n.language() == "en"


def test_a_document_in_another_language_leaves_the_window_in_its_own() -> None:
    """writing_in holds for its block and its thread only: a Spanish packet written on a worker
    thread while the window, on its own thread, goes on in English."""
    inside: list[str] = []
    started, release = threading.Event(), threading.Event()

    def worker() -> None:
        with i18n.writing_in("es"):
            started.set()
            release.wait(5)
            inside.append(i18n._("Agreements"))
        inside.append(i18n._("Agreements"))

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(5)
    assert i18n._("Agreements") == "Agreements"  # this thread is still English
    release.set()
    thread.join(5)
    assert inside == ["Acuerdos", "Agreements"]


@pytest.mark.parametrize(("policy_line", "option", "env", "system", "expected"), [
    (None, None, {}, "es_MX.UTF-8", ("es", "system")),
    (None, None, {}, "en_US.UTF-8", ("en", "system")),
    (None, None, {"CONSULARAPP_LANGUAGE": "es"}, "en_US.UTF-8", ("es", "environment")),
    (None, "en", {"CONSULARAPP_LANGUAGE": "es"}, "es_MX.UTF-8", ("en", "option")),
    ("Language = es", "en", {"CONSULARAPP_LANGUAGE": "en"}, "en_US", ("es", "policy")),
])
def test_the_command_lines_language(machine_policy, policy_line, option, env, system,
                                    expected) -> None:
    if policy_line:
        machine_policy(policy_line)
    environ = {"LANG": system, **env}
    assert i18n.interface_language(option, environ) == expected


def test_the_system_language_of_posix_and_windows_names() -> None:
    assert i18n.system_language({"LANGUAGE": "fr:es_MX:en", "LANG": "fr_FR"}) == "es"
    assert i18n.system_language({"LC_ALL": "C", "LANG": "es_ES"}) == "en"  # LC_ALL wins
    assert i18n.system_language({}) == "en"
    assert i18n.normalise("Spanish_Mexico.1252") == "es"
    assert i18n.normalise("es-419") == "es"


def test_the_command_line_speaks_spanish(db_url: str, capsys, monkeypatch) -> None:
    from consularapp.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--interface-language", "es", "--db", db_url, "conflicts"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "uso: consularapp conflicts" in err
    assert "error: los siguientes argumentos son obligatorios: --year" in err
    monkeypatch.setenv("CONSULARAPP_LANGUAGE", "es")
    assert main(["--db", db_url, "conflicts", "--year", "1999"]) == 1
    assert capsys.readouterr().err == (
        "consularapp: no existe la Semana de Derechos Laborales 1999\n")


# --- dates, numbers, lists -----------------------------------------------------------------------


def test_dates_numbers_and_lists_follow_the_language() -> None:
    day = date(2027, 8, 30)
    assert l10n.long_date(day, "es") == "lunes 30 de agosto de 2027"
    assert l10n.long_date(day, "en") == "Monday, August 30, 2027"
    assert l10n.short_day(day, "es") == "lun 30 ago"
    assert l10n.date_range(day, date(2027, 9, 3), "es") == (
        "del lunes 30 de agosto al viernes 3 de septiembre de 2027")
    assert l10n.number(12345.5, "es") == "12,345.5"  # Spanish of the United States and Mexico
    assert labels.languages_text(["English", "Spanish"], "es") == "inglés y español"
    assert labels.languages_text(["Spanish", "English"], "es") == "español e inglés"
    assert labels.languages_text(["English", "Spanish"], "en") == "English and Spanish"
    i18n.set_language("es")
    assert l10n.long_date(day) == "lunes 30 de agosto de 2027"  # the current language
    assert labels.join_words(["A", "B"], "en") == "A and B"  # an English document stays so


def test_pseudo_translation_lengthens_and_keeps_what_must_stay() -> None:
    text = i18n.pseudo("&Save %1 of {count} <b>rows</b> &amp; more")
    assert text.startswith("⟦") and text.endswith("⟧")
    for kept in ("&S", "%1", "{count}", "<b>", "</b>", "&amp;"):
        assert kept in text
    assert len(text) >= 1.4 * len("Save of rows more")
