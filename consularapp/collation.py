"""How names sort, as people expect in English and Spanish.

Case and accents are ignored first (Álvarez beside Alvarez, Íñigo before Zoe); then, as in the
Unicode collation's levels, the accents (unaccented first), then the case (lower case first)
break ties: 'alvarez' < 'Alvarez' < 'Álvarez'. In Spanish, ñ
is a letter of its own after n (Muñoz after Munzón), as the Real Academia orders it; English
sorts it as n. Plain Python, no ICU: the window, the reports and the command line agree.
"""

from __future__ import annotations

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# After every letter: the Spanish ñ sorts after n and before o ("n" + this).
_AFTER_N = "n\U0010ffff"


def fold(text: str) -> str:
    """Lowercase without accents: 'Pérez' -> 'perez' (for search and for sorting)."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def name_key(text: str, language: str = "en") -> tuple[str, str, str]:
    """The sort key of a name or title: letters first (case and accents ignored), then
    accents, then case."""
    if language.startswith("es") and ("ñ" in text or "Ñ" in text):
        folded = fold(text.replace("ñ", "\x00").replace("Ñ", "\x00")).replace("\x00", _AFTER_N)
    else:
        folded = fold(text)
    return (folded, text.casefold(), text.swapcase())
