"""The window's language: which one (policy, the user's choice, the system's), and switching to it.

One language for everything a user reads in the window: the app's strings (consularapp_<lang>.qm,
compiled from resources/translations/consularapp_<lang>.ts), Qt's own buttons and dialogs
(qtbase_<lang>.qm, shipped with PySide6), the core's messages (consularapp.i18n, core_<lang>.mo)
and the formats of dates and numbers (QLocale.setDefault, consularapp.l10n). Switching installs
the new translators and tells the main window, which rebuilds itself in the new language
(MainWindow.relaunch): no restart of the app.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from consularapp import i18n, policy
from consularapp.paths import resource

log = logging.getLogger(__name__)

SYSTEM = "system"
#: What the Options dialog offers: the system's language, English, Spanish.
CHOICES = (SYSTEM, "en", "es")
#: Developers: CONSULARAPP_PSEUDO_TRANSLATION=1 shows every string pseudo-translated.
PSEUDO_ENV = "CONSULARAPP_PSEUDO_TRANSLATION"
APP_PREFIX = "consularapp"
#: The QLocale each language formats with (the same conventions as consularapp.l10n).
QT_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": (QLocale.Language.Spanish, QLocale.Country.UnitedStates),
}

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """'es' when the system's first user-interface language the app speaks is Spanish, else
    'en'."""
    for name in QLocale.system().uiLanguages():
        found = i18n.normalise(name)
        if found in i18n.LANGUAGES:
            return found
    return "en"


def choice_name(choice: str) -> str:
    """What the Options dialog shows for a choice: each language in its own name, so that a
    person who cannot read the current one still finds theirs."""
    if choice == "en":
        return "English"
    if choice == "es":
        return "Español"
    return QCoreApplication.translate("language", "System (%1)").replace(
        "%1", choice_name(system_language()))


def effective_language(choice: str | None) -> tuple[str, str]:
    """(language, why) for the user's `choice` ('system', 'en', 'es'): the machine's policy
    wins ('policy'), then the choice ('choice'), then the system ('system')."""
    if os.environ.get(PSEUDO_ENV, "").strip() not in ("", "0"):
        return i18n.PSEUDO, "developer"
    fixed = policy.language()
    if fixed:
        return fixed, "policy"
    chosen = i18n.normalise(choice) if choice and choice != SYSTEM else None
    if chosen in i18n.LANGUAGES:
        return chosen, "choice"
    return system_language(), "system"


def current_language() -> str:
    """The language the window speaks now ('en', 'es'; 'pseudo' for developers)."""
    return _current


def installed() -> list[QTranslator]:
    """The translators `install` put in place (empty before the first call)."""
    return list(_installed)


def translations_folder() -> str | None:
    try:
        node = resource("translations")
        if node.is_dir():
            return str(node)
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        pass
    return None


class PseudoTranslator(QTranslator):
    """Every string of the window and of Qt pseudo-translated (40% longer, accented, inside
    ⟦ ⟧): what is cut off shows at once (tests/ui/test_ui_pseudo.py)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return i18n.pseudo(source)

    def isEmpty(self) -> bool:
        return False


def install(app: QCoreApplication, language: str, folder: str | None = None) -> list[QTranslator]:
    """Speak `language` ('en', 'es', 'pseudo') from now on: translators, the core, formats.
    Replaces what an earlier call installed. Returns the translators installed."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = i18n.normalise(language) or "en"
    _current = code
    i18n.set_language(code)
    lang, country = QT_LOCALES.get(code, QT_LOCALES["en"])
    locale = QLocale(lang, country)
    QLocale.setDefault(locale)
    if code == i18n.PSEUDO:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        return list(_installed)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    folder = folder or translations_folder()
    if folder is not None:
        ours = QTranslator(app)
        if ours.load(f"{APP_PREFIX}_{code}", folder):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("No %s_%s.qm in %s: the window shows its English", APP_PREFIX, code,
                        folder)
    return list(_installed)


def uninstall(app: QCoreApplication) -> None:
    """Back to English with no translator (tests)."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    i18n.set_language("en")
    QLocale.setDefault(QLocale(*QT_LOCALES["en"]))
