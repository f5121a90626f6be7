"""Translation of the core's user-visible text (problem messages, command-line output, exports).

The core never imports Qt, so it cannot use Qt's `tr()`; it marks its strings with the
gettext-style functions below. Every user-visible string of the core goes through one of them,
with named `{placeholders}` filled *after* translation, so a translator can move them:

    _("{count} events need staff").format(count=n)          # wrong: use ngettext for counts
    ngettext("{count} event needs staff", "{count} events need staff", n).format(count=n)

Until a catalogue is installed (`set_language`) the functions return the English source, so
marking costs nothing and changes no behaviour.
"""

from __future__ import annotations

import gettext as _gettext

_catalogue: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def language() -> str:
    """The language the core writes in now ('en' or 'es')."""
    return _language


def install(catalogue: _gettext.NullTranslations, code: str) -> None:
    """Make `catalogue` the one the core translates with (called by `set_language`)."""
    global _catalogue, _language
    _catalogue, _language = catalogue, code


def _(message: str) -> str:
    """`message` in the current language."""
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, by the language's own plural rule."""
    return _catalogue.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, told apart from the same English in another context."""
    return _catalogue.pgettext(context, message)


def N_(message: str) -> str:
    """Mark `message` for translation without translating it now (tables built at import)."""
    return message
