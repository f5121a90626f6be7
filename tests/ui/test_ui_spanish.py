"""The window in Spanish, as a person uses it: choosing the language in Options switches the open
window at once; a machine policy fixes it; Alt letters stay unique in Spanish; and, pseudo-
translated (every string 40% longer, accented), nothing of the five pages and the main dialogs is
cut off. The pseudo-translated screenshots are written to build/test-shots/pseudo/ (look at
them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from as_a_person import alt, choose_with_arrows, show_active
from dialog_catalogue import AS_OF, DIALOGS, build
from mnemonics import mnemonic_clashes
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QWidget,
)

from consularapp import i18n
from consularapp.db import Database
from consularapp.directory import list_offices
from ui import language
from ui.main_window import MainWindow
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "test-shots"
PAGES = ["dashboard", "agreements", "directory", "lrw", "reports"]
MAIN_DIALOGS = ["office-edit", "consulate", "person-edit", "agreement-edit", "renew",
                "event-edit", "assign", "campaign", "copy-year", "acknowledge", "publish",
                "calendar", "send", "person-week"]


@pytest.fixture
def demo_db(demo_db_at) -> Database:
    return demo_db_at(AS_OF)


def _open_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def _wait_for_new_window(qtbot, old: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: any(w is not old for w in _open_windows()), timeout=5000)
    return next(w for w in _open_windows() if w is not old)


def _choose_language(window: MainWindow, qtbot, index: int, combo_letter: str,
                     save_letter: str) -> None:
    window.options_action.trigger()  # Edit > Options…
    dialog = window.options_dialog
    show_active(dialog)
    page = dialog.show_language_page()
    alt(dialog, combo_letter)  # &Language: / &Idioma: (the combo)
    assert dialog.focusWidget() is page.combo
    choose_with_arrows(page.combo, index)
    alt(dialog, save_letter)


@pytest.fixture
def first_window(demo_db_at, settings: Settings):
    """The main window on the demonstration, not handed to qtbot: switching the language
    replaces it (and deletes it); whichever window is still there at the end is closed."""
    from ui import clock

    clock.set_today(AS_OF)
    window = MainWindow(demo_db_at(AS_OF), settings)
    show_active(window)
    yield window
    for left in _open_windows():
        left.close()
    clock.set_today(None)


def test_choosing_espanol_in_options_switches_the_open_window(first_window: MainWindow, qtbot,
                                                              settings: Settings) -> None:
    first_window.show_page("agreements")
    db = first_window.db
    _choose_language(first_window, qtbot, 2, "l", "s")  # System, English, Español; Alt+S saves
    window = _wait_for_new_window(qtbot, first_window)
    assert settings.interface_language == "es"
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&Archivo", "&Edición", "&Ver"]
    assert window.current_page_key() == "agreements"  # the same page, rebuilt in Spanish
    assert window.db is db
    assert len(list_offices(window.db)) > 0  # still open: the switch does not close it
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
    assert i18n.language() == "es"  # the core's messages
    assert QLocale().language() == QLocale.Language.Spanish  # formats
    assert window.nav.item(3).text() == "Semana de Derechos Laborales"
    # And back to English, from the Spanish window (&Idioma, &Guardar).
    _choose_language(window, qtbot, 1, "i", "g")
    english = _wait_for_new_window(qtbot, window)
    assert english.menuBar().actions()[0].text() == "&File"
    assert i18n.language() == "en"
    assert settings.interface_language == "en"


def test_a_machine_policy_fixes_the_language(demo_window: MainWindow, machine_policy,
                                             qtbot) -> None:
    machine_policy("Language = es")
    demo_window.options_action.trigger()
    dialog = demo_window.options_dialog
    page = dialog.show_language_page()
    assert not page.combo.isEnabled()
    assert "administrator's policy" in page.note.text() and "Español" in page.note.text()
    dialog.reject()


def test_the_system_choice_names_the_system_language(monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert language.choice_name("system") == "System (Español)"
    assert language.effective_language("system") == ("es", "system")
    assert language.effective_language("en") == ("en", "choice")


@pytest.fixture
def in_spanish(qapp):
    language.install(qapp, "es")
    yield
    language.install(qapp, "en")


@pytest.fixture
def lrw_in_spanish(demo_db: Database, qtbot, settings: Settings, in_spanish):
    """The Labor Rights Week page of the Spanish window, its list showing the Chicago opening
    ceremony (searched by its ID, chosen with the keyboard)."""
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("lrw")
    qtbot.keyClicks(page.search, "OPENING-CHI")
    page.views.setCurrentIndex(1)
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Home)
    return page


def test_the_spanish_window_lists_an_event_by_its_spanish_title(lrw_in_spanish) -> None:
    view = lrw_in_spanish.list_view
    title = view.model().index(view.currentIndex().row(), lrw_in_spanish.model.COL_TITLE)
    assert title.data() == "Inauguración de la Semana de Derechos Laborales"


def test_the_spanish_window_heads_the_details_with_the_spanish_title(lrw_in_spanish) -> None:
    assert "Inauguración de la Semana de Derechos Laborales" in \
        lrw_in_spanish.staffing.heading.text()


def test_the_spanish_window_names_the_host_consulate_venue_in_spanish(lrw_in_spanish) -> None:
    assert "Consulado de México en Chicago" in lrw_in_spanish.staffing.heading.text()


def test_the_spanish_window_names_the_languages_needed_in_spanish(lrw_in_spanish) -> None:
    assert lrw_in_spanish.staffing.languages_label.text().startswith(
        "Idiomas necesarios: español")


def test_the_spanish_week_grid_shows_the_spanish_title(lrw_in_spanish) -> None:
    grid = lrw_in_spanish.grid
    titles = {b.title for b in grid.layout_data.blocks}
    assert "Inauguración de la Semana de Derechos Laborales" in titles


def test_the_spanish_window_titles_table_columns_in_spanish(lrw_in_spanish) -> None:
    model = lrw_in_spanish.staffing.table.model()
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(2)]
    assert headers == ["Nombre", "Función"]


def test_the_spanish_directory_titles_shared_columns_in_spanish(demo_db: Database, qtbot,
                                                                 settings: Settings,
                                                                 in_spanish) -> None:
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("directory")
    view = page.findChild(QTabWidget).currentWidget().view
    model = view.model()
    headers = {model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())}
    assert {"Agencia", "Nombre", "Zona horaria"} <= headers


def test_the_spanish_window_names_the_campaign_by_its_spanish_theme(lrw_in_spanish) -> None:
    assert lrw_in_spanish.campaign_combo.currentText().endswith(
        "· Tu trabajo tiene valor. Conoce tus derechos.")


def test_the_spanish_staffing_panel_names_what_people_speak_in_spanish(lrw_in_spanish) -> None:
    model = lrw_in_spanish.staffing.table.model()
    column = [model.headerData(n, Qt.Orientation.Horizontal)
              for n in range(model.columnCount())].index("Idiomas")
    spoken = {model.index(row, column).data() for row in range(model.rowCount())}
    assert "español" in ", ".join(spoken)


def test_the_spanish_filters_offer_any_not_a_gendered_all(lrw_in_spanish) -> None:
    assert lrw_in_spanish.agency_filter.itemText(0) == "Cualquiera"


def test_the_spanish_history_says_what_each_change_did(demo_db: Database, qtbot,
                                                      settings: Settings, in_spanish) -> None:
    dialog = build("history", demo_db, settings)
    qtbot.addWidget(dialog)
    assert dialog.panel.topLevelItem(0).text(2) == "Alta (directorio de referencia)"


def test_the_spanish_office_editor_says_how_sure_the_reference_is(demo_db: Database, qtbot,
                                                                  settings: Settings,
                                                                  in_spanish) -> None:
    dialog = build("office-edit", demo_db, settings)
    qtbot.addWidget(dialog)
    assert "confiabilidad: lista de terceros" in dialog.origin.text()


def test_the_spanish_assign_dialog_names_the_event_and_venue_in_spanish(
        demo_db: Database, qtbot, settings: Settings, in_spanish) -> None:
    dialog = build("assign", demo_db, settings)
    qtbot.addWidget(dialog)
    heading = next(label for label in dialog.findChildren(QLabel)
                   if label.accessibleName() == "Evento")
    assert heading.text().startswith("Inauguración de la Semana de Derechos Laborales — ")
    assert heading.text().endswith(" en Consulado de México en Chicago")


def test_the_spanish_consulate_editor_names_countries_in_spanish(
        demo_db: Database, qtbot, settings: Settings, in_spanish) -> None:
    dialog = build("consulate", demo_db, settings)
    qtbot.addWidget(dialog)
    assert dialog.country.findText("México (MX)") >= 0


def test_the_spanish_connect_dialog_says_the_encryption_in_spanish(
        demo_db: Database, qtbot, settings: Settings, in_spanish) -> None:
    dialog = build("connect", demo_db, settings)
    qtbot.addWidget(dialog)
    assert dialog.tls.currentText() == "Cifrada si el servidor lo ofrece (prefer)"


def test_the_spanish_publish_dialog_lists_events_by_their_spanish_title(
        demo_db: Database, qtbot, settings: Settings, in_spanish) -> None:
    dialog = build("publish", demo_db, settings)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = {model.index(n, 1).data(): model.index(n, 2).data() for n in range(model.rowCount())}
    assert rows["LRW2027-OPENING-CHI"] == "Inauguración de la Semana de Derechos Laborales"


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_alt_letters_are_unique_in_every_dialog_in_spanish(name: str, demo_db: Database, qtbot,
                                                           settings: Settings,
                                                           in_spanish) -> None:
    dialog = build(name, demo_db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert mnemonic_clashes(dialog, save_letter="g") == {}
    for tabs in dialog.findChildren(QTabWidget):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            assert mnemonic_clashes(dialog, save_letter="g") == {}, tabs.tabText(n)


@pytest.mark.parametrize("key", PAGES)
def test_alt_letters_are_unique_on_every_page_in_spanish(key: str, demo_db: Database, qtbot,
                                                         settings: Settings, in_spanish) -> None:
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.banner.show_text("2 acuerdos vencen en 30 días")
    page = window.show_page(key)
    assert mnemonic_clashes(window, save_letter="g") == {}
    for tabs in page.findChildren(QTabWidget):
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            assert mnemonic_clashes(window, save_letter="g") == {}, tabs.tabText(n)


# --- pseudo-translation: nothing cut off ----------------------------------------------------------


def cut_off(root: QWidget) -> list[str]:
    """What `root` shows narrower than its text needs: labels that do not wrap, buttons, check
    boxes, group titles, tabs and table headers (each named with its text)."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if (text and not widget.wordWrap() and widget.pixmap().isNull()
                    and widget.width() + 1 < widget.sizeHint().width() and "…" not in text):
                found.append(f"label {text!r}: {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            assert isinstance(widget, QAbstractButton)
            if widget.text() and widget.width() + 1 < widget.sizeHint().width():
                found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < "
                             f"{widget.sizeHint().width()}")
        elif isinstance(widget, QGroupBox):
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.title() and widget.width() < needed:
                found.append(f"group {widget.title()!r}")
        elif isinstance(widget, QTabBar):
            for n in range(widget.count()):
                if widget.tabRect(n).width() + 1 < widget.tabSizeHint(n).width():
                    found.append(f"tab {widget.tabText(n)!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            metrics = widget.fontMetrics()
            for n in range(widget.count()):
                if widget.isSectionHidden(n) or widget.sectionSize(n) == 0:
                    continue
                title = str(model.headerData(n, widget.orientation()) or "")
                # A header of two lines ("MX\nLos Angeles") needs its longer line's width.
                needed = max((metrics.horizontalAdvance(line) for line in title.split("\n")),
                             default=0) + 8
                if title and widget.sectionSize(n) < needed:
                    found.append(f"column {title!r}: {widget.sectionSize(n)} < {needed}")
    return found


@pytest.fixture
def pseudo(qapp):
    language.install(qapp, i18n.PSEUDO)
    yield
    language.install(qapp, "en")


def _shot(widget: QWidget, name: str) -> Path:
    folder = SHOTS / "pseudo"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


@pytest.mark.parametrize("key", PAGES)
def test_nothing_is_cut_off_on_the_pages_pseudo_translated(key: str, demo_db: Database, qtbot,
                                                           settings: Settings, pseudo) -> None:
    window = MainWindow(demo_db, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    page = window.show_page(key)
    qtbot.wait(50)
    assert window.nav.item(0).text().startswith("⟦")  # really pseudo-translated
    problems = cut_off(window)
    tabs = page.findChildren(QTabWidget)
    _shot(window, f"page-{key}")
    for widget in tabs:
        for n in range(widget.count()):
            widget.setCurrentIndex(n)
            qtbot.wait(20)
            problems += [f"{widget.tabText(n)}: {p}" for p in cut_off(window)]
            _shot(window, f"page-{key}-tab{n}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", MAIN_DIALOGS)
def test_nothing_is_cut_off_in_the_main_dialogs_pseudo_translated(name: str, demo_db: Database,
                                                                  qtbot, settings: Settings,
                                                                  pseudo) -> None:
    dialog = build(name, demo_db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    _shot(dialog, f"dialog-{name}")
    assert cut_off(dialog) == []
