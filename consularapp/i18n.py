"""Translation of the core's user-visible text (problem messages, command-line output, exports).

The core never imports Qt, so it cannot use Qt's `tr()`; it marks its strings with the
gettext-style functions below. Every user-visible string of the core goes through one of them,
with named `{placeholders}` filled *after* translation, so a translator can move them:

    _("{count} events need staff").format(count=n)          # wrong: use ngettext for counts
    ngettext("{count} event needs staff", "{count} events need staff", n).format(count=n)

The catalogues are gettext files: `resources/translations/core_es.po` is the source (in the
repository), `core_es.mo` what the build compiles from it (see packaging/translations.py). English
is the source language and needs no catalogue.

Two levels of language:
- `set_language(code)`: the language the core speaks in from now on (the window's, the command
  line's); until it is called, English.
- `writing_in(code)`: for the length of a `with` block and only in the running thread (a context
  variable), another language: a Spanish liaison packet written from an English window. Reports,
  calendars and e-mail drafts wrap their work in it, so every `_()` below them speaks the
  document's language while the window, on its own thread, keeps speaking the user's.

`interface_language()` works out the language of the command line: the machine's policy, then an
explicit choice (the `--interface-language` option or $CONSULARAPP_LANGUAGE), then the system's.
"""

from __future__ import annotations

import gettext as _gettext
import locale as _locale
import logging
import os
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

log = logging.getLogger(__name__)

#: The languages the app speaks: English (the source) and Spanish.
LANGUAGES = ("en", "es")
#: The environment variable that chooses the command line's language ('en' or 'es').
LANGUAGE_ENV = "CONSULARAPP_LANGUAGE"
#: Developers only: every string pseudo-translated (longer, accented) to find text cut off.
PSEUDO = "pseudo"

_lock = threading.Lock()
_catalogues: dict[str, _gettext.NullTranslations] = {"en": _gettext.NullTranslations()}
_default = "en"
_override: ContextVar[str | None] = ContextVar("consularapp_language", default=None)


def normalise(code: str | None) -> str | None:
    """'es', 'es_MX.UTF-8', 'es-419', 'Spanish_Mexico.1252' -> 'es'; 'en_US' -> 'en'; a language
    the app does not speak (or nothing) -> None."""
    if not code:
        return None
    text = code.strip().lower()
    if text == PSEUDO:
        return PSEUDO
    if text.startswith("spanish"):  # Windows' locale names ('Spanish_Mexico')
        return "es"
    if text.startswith("english"):
        return "en"
    head = text.replace("-", "_").split(".")[0].split("@")[0].split("_")[0]
    return head if head in LANGUAGES else None


def _load(code: str) -> _gettext.NullTranslations:
    if code == PSEUDO:
        return PseudoTranslations()
    from consularapp.paths import resource

    node = resource("translations", f"core_{code}.mo")
    try:
        with node.open("rb") as fp:
            return _gettext.GNUTranslations(fp)
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        # A source checkout whose catalogues were never compiled: English, loudly in the log
        # (the build, the bootstrap and the tests compile them: packaging/translations.py).
        log.warning("No compiled catalogue core_%s.mo; the core speaks English", code)
        return _gettext.NullTranslations()


def catalogue(code: str | None = None) -> _gettext.NullTranslations:
    """The catalogue of `code` (default: the current language), loaded once."""
    code = (normalise(code) or language()) if code else language()
    found = _catalogues.get(code)
    if found is None:
        with _lock:
            found = _catalogues.get(code)
            if found is None:
                found = _catalogues[code] = _load(code)
    return found


def set_language(code: str | None) -> str:
    """Make `code` the language the core speaks from now on (anything but Spanish: English).
    Returns the language set."""
    global _default
    _default = normalise(code) or "en"
    catalogue(_default)
    return _default


def language() -> str:
    """The language the core writes in now, in this thread: 'en' or 'es'."""
    return _override.get() or _default


@contextmanager
def writing_in(code: str | None) -> Iterator[str]:
    """Within the block, and only in this thread, speak `code` (None: keep the current one).
    Yields the language in force inside."""
    chosen = (normalise(code) or language()) if code else language()
    catalogue(chosen)
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


def install(translations: _gettext.NullTranslations, code: str) -> None:
    """Make `translations` the catalogue of `code` and the current language (tests, tools)."""
    global _default
    with _lock:
        _catalogues[code] = translations
    _default = code


def _(message: str) -> str:
    """`message` in the current language."""
    return catalogue().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, by the language's own plural rule."""
    return catalogue().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, told apart from the same English in another context."""
    return catalogue().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """`ngettext` with a context."""
    return catalogue().npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for translation without translating it now (tables built at import)."""
    return message


# --- which language: the command line's, the system's ---------------------------------------


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the user's system, 'en' or 'es' ('en' when it is neither).

    POSIX: gettext's variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), first one set wins;
    Windows: the user's display language (GetUserDefaultUILanguage), else the locale.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            # LANGUAGE may list several ('es_MX:en'); the first the app speaks wins.
            for part in value.split(":"):
                found = normalise(part)
                if found in LANGUAGES:
                    return found
            if name != "LANGUAGE":
                return "en"
    if sys.platform == "win32" and environ is None:  # pragma: no cover - Windows only
        try:
            import ctypes

            lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            found = normalise(_locale.windows_locale.get(lcid, ""))
            if found in LANGUAGES:
                return found
        except (AttributeError, OSError):
            pass
        found = normalise(_locale.getlocale()[0] or "")
        if found in LANGUAGES:
            return found
    return "en"


def interface_language(option: str | None = None,
                       environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The language of the command line and where it came from: the machine's policy
    ('policy'), else `option` ('option'), else $CONSULARAPP_LANGUAGE ('environment'), else the
    system's ('system')."""
    from consularapp import policy

    env = os.environ if environ is None else environ
    fixed = policy.language()
    if fixed:
        return fixed, "policy"
    chosen = normalise(option)
    if chosen:
        return chosen, "option"
    chosen = normalise(env.get(LANGUAGE_ENV))
    if chosen:
        return chosen, "environment"
    return system_language(env), "system"


# --- pseudo-translation (developers: is anything cut off?) ----------------------------------

_ACCENTED = str.maketrans(
    "aeiouAEIOUnNcCyY",
    "áéíóúÁÉÍÓÚñÑçÇýÝ",
)


def pseudo(text: str) -> str:
    """`text` accented and 40% longer, inside ⟦ ⟧ so that a cut end shows: placeholders
    ({name}, %1, %n, %(name)s, %s), markup (<b>, &amp;) and mnemonics (&F) kept as they are."""
    if not text:
        return text
    out: list[str] = []
    i, n = 0, len(text)
    letters = 0
    while i < n:
        ch = text[i]
        if ch == "{":
            end = text.find("}", i)
            if end > 0:
                out.append(text[i:end + 1])
                i = end + 1
                continue
        if ch == "%" and i + 1 < n:
            nxt = text[i + 1]
            if nxt.isdigit() or nxt in "nsdL%":
                j = i + 2
                while j < n and text[j].isdigit():
                    j += 1
                out.append(text[i:j])
                i = j
                continue
            if nxt == "(":
                end = text.find(")", i)
                if end > 0 and end + 1 < n:
                    out.append(text[i:end + 2])
                    i = end + 2
                    continue
        if ch == "<":
            end = text.find(">", i)
            if end > 0:
                out.append(text[i:end + 1])
                i = end + 1
                continue
        if ch == "&" and i + 1 < n:
            end = text.find(";", i)
            if 0 < end - i < 8 and text[i + 1:end].isalnum():
                out.append(text[i:end + 1])
                i = end + 1
                continue
            out.append(ch + text[i + 1])  # a mnemonic stays on its letter
            i += 2
            letters += 1
            continue
        if ch.isalpha():
            letters += 1
        out.append(ch.translate(_ACCENTED))
        i += 1
    extra = max(1, round(letters * 0.4))
    return "⟦" + "".join(out) + " " + "·" * (extra - 1) + "⟧"


class PseudoTranslations(_gettext.NullTranslations):
    """Every message pseudo-translated (`pseudo`), plurals by the English rule."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


__all__ = [
    "LANGUAGES",
    "LANGUAGE_ENV",
    "N_",
    "PSEUDO",
    "PseudoTranslations",
    "_",
    "catalogue",
    "install",
    "interface_language",
    "language",
    "ngettext",
    "normalise",
    "npgettext",
    "pgettext",
    "pseudo",
    "set_language",
    "system_language",
    "writing_in",
]
