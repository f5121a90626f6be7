"""Every colour the window chooses itself, declared once, with the text drawn on it.

Most of the window takes its colours from the palette, which follows the system's (a Windows
high-contrast theme, a dark theme). A few places add colour as an extra, never as the only sign
(each also says what it means in words or symbols): the agreement statuses (their colours are
consularapp/statuses.py's catalogue), the week grid's format tints and cancelled blocks, the
timeline's "Today" marker, the matrix's gaps, the dashboard's badges and the attention banner.
Each such place draws its text in a fixed colour too, so each pair is one of `text_pairs()`, and
tests/ui/test_ui_contrast.py checks every pair at 4.5:1 (WCAG 2.0 1.4.3) and that no other colour
literal appears in ui/.

When the system asks for high contrast (Qt's QAccessibilityHints: a Windows high-contrast theme,
macOS "Increase contrast", a desktop's high-contrast setting) or `set_high_contrast(True)` says
so, `high_contrast()` is true and these places use the palette instead: no tints, the palette's
text on its base, its highlight for the current item and "Today" (Section 508 503.2, user
preferences: the platform's colour and contrast settings win).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from consularapp import statuses
from consularapp.models import EventFormat

BLACK = "#000000"
WHITE = "#ffffff"

# --- the week grid --------------------------------------------------------------------------------
BLOCK_TEXT = "#111827"
BLOCK_EDGE = "#1f2937"
#: Light tints per format, only an extra: every block says its format in words.
FORMAT_TINTS = {
    EventFormat.TABLING.value: "#dbeafe",
    EventFormat.WORKSHOP.value: "#dcfce7",
    EventFormat.TRAINING.value: "#fef9c3",
    EventFormat.WEBINAR.value: "#ede9fe",
    EventFormat.RADIO.value: "#fce7f3",
    EventFormat.MOBILE_CONSULATE.value: "#ffedd5",
    EventFormat.PRESS_CONFERENCE.value: "#e0f2fe",
    EventFormat.OPENING_CEREMONY.value: "#fae8ff",
    EventFormat.SIGNING_CEREMONY.value: "#f5f5f4",
    EventFormat.OTHER.value: "#f1f5f9",
}
OTHER_TINT = "#f1f5f9"
CANCELLED_FILL = "#f3f4f6"
CANCELLED_HATCH = "#9ca3af"  # the hatch lines run under the text: it must read on them too

# --- the timeline ---------------------------------------------------------------------------------
BAR_TEXT = BLACK
TODAY_FILL = "#c0392b"
TODAY_TEXT = WHITE
CONNECTOR = "#333333"
#: A draft with no dates yet is drawn paler: its status colour, this much of it white.
UNDATED_WHITE = 0.45

# --- tables and the dashboard ---------------------------------------------------------------------
CELL_TEXT = BLACK  # on a status colour, in any theme
GAP_FILL = WHITE  # a matrix cell with no agreement
GAP_TEXT = "#555555"
OTHER_ATTENTION_FILL = "#e8e8f4"  # dashboard items that are no agreement status
EMPTY_BADGE_FILL = "#f4f4f4"  # a status count of 0 on the dashboard

# --- the attention banner -------------------------------------------------------------------------
BANNER_FILL = "#fff4ce"
BANNER_TEXT = BLACK
BANNER_EDGE = "#d8c27a"


def format_tint(value: str) -> str:
    """The tint of a stored format ('workshop')."""
    return FORMAT_TINTS.get(value, OTHER_TINT)


def mix_with_white(colour: str, share: float) -> str:
    """`colour` with `share` (0 to 1) of white mixed in, opaque: the same on any background."""
    code = colour.lstrip("#")
    channels = [int(code[i:i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c + (255 - c) * share) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def undated_fill(status: statuses.Status) -> str:
    return mix_with_white(statuses.info(status).background, UNDATED_WHITE)


def contrast(first: str, second: str) -> float:
    """WCAG 2.0 contrast ratio of two '#rrggbb' colours (1 to 21)."""
    return statuses.contrast_ratio(first, second)


@dataclass(frozen=True)
class TextOn:
    """Text of colour `text` drawn on `background`, at `where`."""

    where: str
    text: str
    background: str

    @property
    def ratio(self) -> float:
        return contrast(self.text, self.background)


def text_pairs() -> list[TextOn]:
    """Every fixed text colour on every fixed background the window draws (outside high
    contrast, where the palette's own colours are used instead)."""
    pairs: list[TextOn] = []
    for info in statuses.CATALOGUE:
        name = info.status.value
        pairs += [
            TextOn(f"agreements table, status cell '{name}'", CELL_TEXT, info.background),
            TextOn(f"partner matrix, cell '{name}'", CELL_TEXT, info.background),
            TextOn(f"timeline, bar '{name}'", BAR_TEXT, info.background),
            TextOn(f"timeline, undated bar '{name}'", BAR_TEXT, undated_fill(info.status)),
            TextOn(f"dashboard, badge '{name}'", CELL_TEXT, info.background),
            TextOn(f"dashboard, item '{name}'", CELL_TEXT, info.background),
            TextOn(f"status ink '{name}' on its colour", info.ink, info.background),
            TextOn(f"status ink '{name}' on white", info.ink, WHITE),
        ]
    for value, tint in FORMAT_TINTS.items():
        pairs.append(TextOn(f"week grid, block '{value}'", BLOCK_TEXT, tint))
    pairs += [
        TextOn("week grid, block of another format", BLOCK_TEXT, OTHER_TINT),
        TextOn("week grid, cancelled block", BLOCK_TEXT, CANCELLED_FILL),
        TextOn("week grid, cancelled block's hatch lines", BLOCK_TEXT, CANCELLED_HATCH),
        TextOn("timeline, 'Today' marker", TODAY_TEXT, TODAY_FILL),
        TextOn("partner matrix, cell with no agreement", GAP_TEXT, GAP_FILL),
        TextOn("dashboard, item with no status", CELL_TEXT, OTHER_ATTENTION_FILL),
        TextOn("dashboard, badge counting 0", CELL_TEXT, EMPTY_BADGE_FILL),
        TextOn("attention banner", BANNER_TEXT, BANNER_FILL),
    ]
    return pairs


# --- placeholder text ----------------------------------------------------------------------------
#: What a field's placeholder ("Search name, city, ID…", "YYYY-MM-DD") must reach on the field:
#: it is the only hint some fields give, so it is text in WCAG's sense (1.4.3).
PLACEHOLDER_CONTRAST = 4.5


def _opaque(colour: QColor, ground: QColor) -> QColor:
    """`colour` (maybe translucent) as drawn on `ground`."""
    alpha = colour.alphaF()
    return QColor(*(round(c * alpha + g * (1 - alpha)) for c, g in (
        (colour.red(), ground.red()), (colour.green(), ground.green()),
        (colour.blue(), ground.blue()))))


def readable_placeholder(palette: QPalette) -> QColor | None:
    """A placeholder colour that reads at 4.5:1 on the fields, nearest to the palette's own
    (moved toward the text colour), or None when the palette's own already does. Qt's default is
    black at half opacity: #7f7f7f on white, 4.0:1."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    shown = _opaque(palette.color(QPalette.ColorRole.PlaceholderText), base)
    if contrast(shown.name(), base.name()) >= PLACEHOLDER_CONTRAST:
        return None
    for step in range(1, 21):
        share = step / 20
        mixed = QColor(*(round(s + (t - s) * share) for s, t in (
            (shown.red(), text.red()), (shown.green(), text.green()),
            (shown.blue(), text.blue()))))
        if contrast(mixed.name(), base.name()) >= PLACEHOLDER_CONTRAST:
            return mixed
    return QColor(text)


def follow_placeholders(app: QGuiApplication | None = None) -> None:
    """Make the application's placeholder text readable (not in high contrast, where the
    system's colours are the user's choice); only that colour is set, so every other role still
    follows the system's palette."""
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    if app is None or high_contrast():
        return
    # QApplication's own palette call: the widgets' palettes follow it, QGuiApplication's not.
    palette = QApplication.palette()
    colour = readable_placeholder(palette)
    if colour is None:
        return
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    QApplication.setPalette(palette)


# --- high contrast --------------------------------------------------------------------------------

_forced: bool | None = None


class _Notifier(QObject):
    """Says when high contrast comes or goes (the system's setting, or `set_high_contrast`)."""

    changed = Signal()


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """Connect to `notifier().changed` to redo what `high_contrast()` decided (a style sheet,
    rich text); painted widgets and item views need nothing: they are repainted."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
        _notifier.setObjectName("high-contrast-notifier")
        _notifier.changed.connect(_repaint_everything)
    return _notifier


def _repaint_everything() -> None:
    if QApplication.instance() is not None:
        for widget in QApplication.allWidgets():
            widget.update()


def install(app: QGuiApplication) -> None:
    """Follow the system's contrast preference and colour scheme while the app runs (once, at
    start-up): the window's own colours give way or come back, and the placeholder colour is
    worked out again from the system's new palette (none of ours in high contrast)."""
    style_hints = app.styleHints()
    hints = style_hints.accessibility()
    hints.contrastPreferenceChanged.connect(lambda _preference: notifier().changed.emit())
    hints.contrastPreferenceChanged.connect(lambda _preference: _placeholders_again())
    style_hints.colorSchemeChanged.connect(lambda _scheme: _placeholders_again())
    follow_placeholders(app)


def _placeholders_again() -> None:
    if QApplication.instance() is None:
        return
    QApplication.setPalette(QPalette())  # nothing of ours: the system's palette whole
    follow_placeholders()


def set_high_contrast(on: bool | None) -> None:
    """Force high contrast on or off (tests, a user's choice); None follows the system."""
    global _forced
    before = high_contrast()
    _forced = on
    if high_contrast() != before:
        notifier().changed.emit()


def system_high_contrast() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    # Hold the style hints while asking: PySide drops the accessibility hints' wrapper with a
    # temporary parent's ("Internal C++ object already deleted").
    style_hints = QGuiApplication.styleHints()
    hints = style_hints.accessibility()
    return bool(hints.contrastPreference()
                == Qt.ContrastPreference.HighContrast)


def high_contrast() -> bool:
    """Whether the window's own colours give way to the palette's."""
    return system_high_contrast() if _forced is None else _forced
