"""Driving widgets as a person does: keys and typing, never setters.

Keys go where Qt would send them: to the open pop-up (a combo's list, a completer's suggestions)
when there is one, else to the widget. A test that sets a combo's index directly skips what a
user goes through (the completer, the typed text, the item's data), which is how a time zone
picked from the list went unsaved while every test passed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def _target(widget: QWidget) -> QWidget:
    if isinstance(widget, QComboBox) and widget.view().isVisible():
        return widget.view()  # the combo's own list is open: it takes the keys
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup  # a completer's suggestions, a menu
    focus = QApplication.focusWidget()
    if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
        return focus
    return widget


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """One key press, delivered to the pop-up if one is open, else to the focused child."""
    QTest.keyClick(_target(widget), key, modifier)
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (a completer's pop-up may open on the way and takes the keys)."""
    for char in text:
        target = _target(widget)
        if char.isascii():
            QTest.keyClicks(target, char)
        else:  # QTest knows ASCII keys only: an accented letter arrives as a keyboard's text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))
        QApplication.processEvents()


def focus(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()


def retype(window: QWidget, text: str) -> None:
    """Replace what the focused field holds by typing (Ctrl+A, Backspace, the text)."""
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(window, Qt.Key.Key_Backspace)
    type_text(window, text)


def select_all_and_type(widget: QWidget, text: str) -> None:
    """Replace what a line edit (or an editable combo) holds by typing."""
    focus(widget)
    press(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(widget, Qt.Key.Key_Backspace)
    type_text(widget, text)


def _enabled(combo: QComboBox, index: int) -> bool:
    item = combo.model().index(index, combo.modelColumn())
    return bool(combo.model().flags(item) & Qt.ItemFlag.ItemIsEnabled)


def choose_with_arrows(combo: QComboBox, index: int) -> None:
    """Pick item `index` of a combo with Home and Down, as on a closed combo box."""
    assert 0 <= index < combo.count(), (combo.accessibleName(), index)
    assert _enabled(combo, index), f"item {index} of {combo.accessibleName()!r} is disabled"
    focus(combo)
    press(combo, Qt.Key.Key_Home)
    for _step in range(combo.count()):
        if combo.currentIndex() == index:
            break
        press(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index, (combo.accessibleName(), combo.currentIndex(), index)


def choose_from_list(combo: QComboBox, index: int) -> None:
    """Open the combo's list (Alt+Down), walk to the item with Down/Up, press Enter."""
    assert 0 <= index < combo.count(), (combo.accessibleName(), index)
    focus(combo)
    press(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    assert view.isVisible(), f"the list of {combo.accessibleName()!r} did not open"
    press(combo, Qt.Key.Key_Home)
    for _step in range(combo.count()):
        if view.currentIndex().row() == index:
            break
        press(combo, Qt.Key.Key_Down)
    assert view.currentIndex().row() == index
    press(combo, Qt.Key.Key_Return)
    assert not view.isVisible()
    assert combo.currentIndex() == index


def type_into_combo(combo: QComboBox, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type into an editable combo and leave it with `then` (Tab or Enter)."""
    assert combo.isEditable()
    select_all_and_type(combo, text)
    popup = QApplication.activePopupWidget()
    if popup is not None and then == Qt.Key.Key_Tab:
        press(combo, Qt.Key.Key_Escape)  # the suggestions close, the typing stays
    press(combo, then)


def type_and_pick_suggestion(combo: QComboBox, part: str, wanted: str) -> None:
    """Type part of an item into an editable combo, walk the suggestions to `wanted`, Enter."""
    assert combo.isEditable()
    select_all_and_type(combo, part)
    popup = combo.completer().popup()
    assert popup.isVisible(), f"no suggestions for {part!r} in {combo.accessibleName()!r}"
    for _step in range(popup.model().rowCount() + 1):
        press(combo, Qt.Key.Key_Down)
        if popup.currentIndex().data() == wanted:
            break
    assert popup.currentIndex().data() == wanted, (part, wanted)
    press(combo, Qt.Key.Key_Return)
    assert combo.currentText() == wanted


def alt(widget: QWidget, letter: str) -> None:
    """Alt+letter, as a person reaches a labelled field or presses a button (a button's
    mnemonic clicks it 100 ms later, as a mouse press and release would)."""
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    press(widget, key, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(150)


def show_active(widget: QWidget) -> None:
    """Show a window and make it the active one: shortcuts and Alt letters work only there."""
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)
