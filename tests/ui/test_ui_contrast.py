"""Text contrast (WCAG 2.0 1.4.3, 4.5:1) wherever the window chooses a colour itself, and the
high-contrast mode in which the palette's colours win (Section 508 503.2).

Where colour meets text: the agreement statuses (table, matrix, timeline, dashboard items and
badges), the week grid's format tints and cancelled blocks, the timeline's "Today" marker and
undated bars, the matrix's gaps, the attention banner. ui/colours.py declares each of those
colours once with the text drawn on it; the first test computes every pair's ratio, the second
that no other colour is written anywhere in ui/, and the others read the colours the models
hand to the views and the pixels the painted widgets draw.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from status_cases import AS_OF, one_of_each

from consularapp import statuses
from consularapp.agreements import StatusSettings, compute_statuses
from consularapp.db import Database
from consularapp.partnerships import Scope, partner_matrix, timeline
from ui import clock, colours
from ui.models.agreements_model import AgreementsModel, load_rows
from ui.models.matrix_model import MatrixModel
from ui.settings import Settings
from ui.widgets.timeline import TimelineWidget

ROOT = Path(__file__).resolve().parents[2]
AA = 4.5


@pytest.mark.parametrize("pair", colours.text_pairs(), ids=lambda p: p.where)
def test_every_fixed_text_colour_reads_on_its_background(pair: colours.TextOn) -> None:
    assert pair.ratio >= AA, f"{pair.where}: {pair.text} on {pair.background} is {pair.ratio:.2f}"


def test_the_pairs_cover_every_status_and_format() -> None:
    wheres = {p.where for p in colours.text_pairs()}
    for info in statuses.CATALOGUE:
        assert f"timeline, bar '{info.status.value}'" in wheres
        assert f"partner matrix, cell '{info.status.value}'" in wheres
    for value in colours.FORMAT_TINTS:
        assert f"week grid, block '{value}'" in wheres


_COLOUR_LITERAL = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\b(?:rgb|rgba|hsl)\(|"
    r"^(?:black|white|red|green|blue|yellow|gray|grey|darkgray|lightgray|orange|navy)$")


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            yield token.start[0], token.string.strip("'\"frb")


def test_no_colour_is_chosen_outside_the_catalogue() -> None:
    """A colour written anywhere else in ui/ would escape the contrast check and high contrast:
    add it to ui/colours.py (with the text drawn on it) instead."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "colours.py":
            continue
        for line, text in _strings(path):
            if _COLOUR_LITERAL.search(text):
                found.append(f"{path.relative_to(ROOT)}:{line}: {text}")
        if "Qt.GlobalColor" in path.read_text(encoding="utf-8"):
            found.append(f"{path.relative_to(ROOT)}: Qt.GlobalColor")
    assert found == []


# --- what the models hand the views -------------------------------------------------------------


def _pairs_of(model, column: int | None = None) -> list[tuple[str, str]]:
    pairs = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()) if column is None else [column]:
            index = model.index(row, col)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            if background is None and foreground is None:
                continue
            # A background without its text colour (or the reverse) would meet the theme's.
            assert background is not None and foreground is not None, (row, col)
            pairs.append((QColor(foreground).name(), QColor(background).name()))
    return pairs


def _table_and_matrix(db: Database) -> tuple[AgreementsModel, MatrixModel, list]:
    """One agreement of each status: the agreements table and the matrix of every pair."""
    one_of_each(db)
    rows, _offices, _consulates = load_rows(db, AS_OF, StatusSettings())
    table = AgreementsModel()
    table.set_rows(rows)
    computed = compute_statuses(db, AS_OF)
    matrix = MatrixModel()
    matrix.set_matrix(partner_matrix(db, AS_OF, Scope(), only_partners=False,
                                     statuses=computed), {a.id: a for a in computed})
    return table, matrix, computed


def test_the_agreements_table_and_matrix_colours_read(qtbot, ref_db: Database) -> None:
    table, matrix, _computed = _table_and_matrix(ref_db)
    table_pairs = _pairs_of(table, AgreementsModel.COL_STATUS)
    matrix_pairs = _pairs_of(matrix)
    assert len(table_pairs) == table.rowCount()
    assert len(matrix_pairs) == matrix.rowCount() * matrix.columnCount()
    assert ("#555555", "#ffffff") in matrix_pairs  # the gaps
    for text, background in table_pairs + matrix_pairs:
        assert colours.contrast(text, background) >= AA, (text, background)


def test_the_dashboard_colours_read(qtbot, demo_db_at, settings: Settings) -> None:
    from ui.pages.dashboard_page import DashboardPage

    day = date(2027, 3, 1)
    clock.set_today(day)
    try:
        page = DashboardPage(demo_db_at(day), settings)
        qtbot.addWidget(page)
        pairs = _pairs_of(page.model)
        assert pairs
        for text, background in pairs:
            assert colours.contrast(text, background) >= AA, (text, background)
        badges = re.findall(r"background-color:(#[0-9a-f]{6}); color:(#[0-9a-f]{6})",
                            page.counts.text())
        assert len(badges) == len(statuses.CATALOGUE)
        for background, text in badges:
            assert colours.contrast(text, background) >= AA, (text, background)
    finally:
        clock.set_today(None)


# --- what the painted widgets draw --------------------------------------------------------------


def _pixel(widget, point: QPoint) -> str:
    return widget.grab().toImage().pixelColor(point).name()


def _inside(rect) -> QPoint:
    """A point inside a block or bar, clear of its frame and of its text (bottom right)."""
    return QPoint(int(rect.right()) - 4, int(rect.bottom()) - 3)


def test_the_week_grid_paints_the_catalogues_tints(lrw_page) -> None:
    grid = lrw_page.grid
    layout = grid.layout_data
    formats = grid._formats
    checked = 0
    for position, block in enumerate(layout.blocks[:6]):
        rect = grid.block_rect(position).translated(0, -grid.verticalScrollBar().value())
        if rect.bottom() > grid.viewport().height() or block.cancelled:
            continue
        expected = colours.format_tint(formats[block.event_id])
        assert _pixel(grid.viewport(), _inside(rect)) == expected, block.title
        checked += 1
    assert checked >= 3


def test_the_timeline_paints_the_catalogues_colours(qtbot, ref_db: Database) -> None:
    one_of_each(ref_db)
    computed = compute_statuses(ref_db, AS_OF)
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_rows(timeline(ref_db, AS_OF, Scope(), StatusSettings(), computed), AS_OF,
                    {a.id: a for a in computed})
    widget.resize(widget.sizeHint())
    widget.show()
    for bar in widget.bars:
        if bar.open_ended or bar.rect.width() < 12:
            continue
        expected = (colours.undated_fill(bar.span.status) if bar.undated
                    else statuses.info(bar.span.status).background)
        point = _inside(bar.rect)
        if abs(point.x() - widget.x_of(AS_OF)) < 4:  # the "Today" line crosses it there
            point.setX(int(bar.rect.left()) + 3)
        assert _pixel(widget.viewport(), point) == expected, bar.span.agreement_id


# --- high contrast: the palette wins ------------------------------------------------------------


def high_contrast_palette() -> QPalette:
    """Windows' 'High Contrast Black' theme: white on black, cyan highlight."""
    palette = QPalette()
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    for role, colour in ((QPalette.ColorRole.Window, black),
                         (QPalette.ColorRole.WindowText, white),
                         (QPalette.ColorRole.Base, black),
                         (QPalette.ColorRole.AlternateBase, black),
                         (QPalette.ColorRole.Text, white),
                         (QPalette.ColorRole.Button, black),
                         (QPalette.ColorRole.ButtonText, white),
                         (QPalette.ColorRole.Highlight, QColor(26, 235, 255)),
                         (QPalette.ColorRole.HighlightedText, black),
                         (QPalette.ColorRole.ToolTipBase, black),
                         (QPalette.ColorRole.ToolTipText, white),
                         (QPalette.ColorRole.PlaceholderText, QColor(192, 192, 192)),
                         (QPalette.ColorRole.Light, white),
                         (QPalette.ColorRole.Midlight, QColor(192, 192, 192)),
                         (QPalette.ColorRole.Mid, QColor(128, 128, 128)),
                         (QPalette.ColorRole.Dark, white),
                         (QPalette.ColorRole.Shadow, white),
                         (QPalette.ColorRole.BrightText, white),
                         (QPalette.ColorRole.Link, QColor(255, 255, 0))):
        palette.setColor(role, colour)
    return palette


@pytest.fixture
def high_contrast(qapp) -> Iterator[QPalette]:
    before = QApplication.palette()
    palette = high_contrast_palette()
    QApplication.setPalette(palette)
    colours.set_high_contrast(True)
    yield palette
    colours.set_high_contrast(None)
    QApplication.setPalette(before)


@pytest.fixture
def lrw_page(demo_db_at, qtbot, settings: Settings):
    from ui.pages.lrw_page import LrwPage

    page = LrwPage(demo_db_at(date(2026, 11, 21)), settings)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.conflicts_pending, timeout=10000)
    return page


def test_high_contrast_blocks_take_the_palettes_colours(high_contrast, lrw_page) -> None:
    grid = lrw_page.grid
    rect = grid.block_rect(1).translated(0, -grid.verticalScrollBar().value())
    assert _pixel(grid.viewport(), _inside(rect)) == "#000000"  # the palette's base, no tint
    assert lrw_page.format_legend.isHidden()  # no tints to explain
    colours.set_high_contrast(False)
    assert not lrw_page.format_legend.isHidden()


def test_high_contrast_tables_and_bars_take_the_palettes_colours(
        high_contrast, qtbot, ref_db: Database) -> None:
    table, matrix, computed = _table_and_matrix(ref_db)
    assert _pairs_of(table, AgreementsModel.COL_STATUS) == []
    assert _pairs_of(matrix) == []
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_rows(timeline(ref_db, AS_OF, Scope(), StatusSettings(), computed), AS_OF,
                    {a.id: a for a in computed})
    widget.resize(widget.sizeHint())
    widget.show()
    bar = next(b for b in widget.bars if not b.open_ended and b.rect.width() > 12)
    assert _pixel(widget.viewport(), _inside(bar.rect)) == "#000000"


def test_high_contrast_banner_and_badges(high_contrast, qtbot, demo_db_at,
                                         settings: Settings) -> None:
    from ui.pages.dashboard_page import DashboardPage
    from ui.widgets.banner import AttentionBanner

    banner = AttentionBanner()
    qtbot.addWidget(banner)
    assert banner.styleSheet() == ""
    day = date(2027, 3, 1)
    clock.set_today(day)
    try:
        page = DashboardPage(demo_db_at(day), settings)
        qtbot.addWidget(page)
        assert "background-color" not in page.counts.text()
        assert _pairs_of(page.model) == []
        colours.set_high_contrast(False)  # back to the app's colours, at once
        assert "background-color" in page.counts.text()
        assert colours.BANNER_FILL in banner.styleSheet()
    finally:
        clock.set_today(None)


# --- placeholder text ---------------------------------------------------------------------------


def placeholder_ratio(palette: QPalette) -> float:
    base = palette.color(QPalette.ColorRole.Base)
    shown = colours._opaque(palette.color(QPalette.ColorRole.PlaceholderText), base)
    return colours.contrast(shown.name(), base.name())


def test_qts_own_placeholder_grey_would_not_read(qapp) -> None:
    """Why the app sets one colour of the palette: Qt's default hint is 4.0:1 on white."""
    assert placeholder_ratio(QApplication.style().standardPalette()) < 4.5


def test_the_windows_field_hints_read_at_4_5(qapp, qtbot, demo_db_at, settings: Settings) -> None:
    from PySide6.QtWidgets import QLineEdit

    from ui.main_window import MainWindow

    before = QApplication.palette()
    QApplication.setPalette(QApplication.style().standardPalette())
    colours.set_high_contrast(False)
    try:
        window = MainWindow(demo_db_at(AS_OF), settings)
        qtbot.addWidget(window)
        window.show_page("directory")
        hinted = [e for e in window.findChildren(QLineEdit) if e.placeholderText()]
        assert hinted
        low = [(e.accessibleName(), round(placeholder_ratio(e.palette()), 2)) for e in hinted
               if placeholder_ratio(e.palette()) < 4.5]
        assert low == []
    finally:
        colours.set_high_contrast(None)
        QApplication.setPalette(before)


def test_high_contrast_keeps_the_systems_hint_colour(high_contrast) -> None:
    system = high_contrast.color(QPalette.ColorRole.PlaceholderText)
    colours.follow_placeholders()
    assert QApplication.palette().color(QPalette.ColorRole.PlaceholderText) == system


def test_a_dark_palettes_hints_are_lightened_not_darkened(qapp) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(240, 240, 240, 90))
    colour = colours.readable_placeholder(palette)
    assert colour is not None
    assert colours.contrast(colour.name(), "#1e1e1e") >= 4.5


def test_high_contrast_turned_on_while_running_gives_back_the_systems_hint(qapp) -> None:
    role = QPalette.ColorRole.PlaceholderText
    before = QApplication.palette()
    try:
        colours.set_high_contrast(False)
        colours._placeholders_again()
        colours.set_high_contrast(True)
        colours._placeholders_again()  # what the contrast preference's signal runs
        assert QApplication.palette().color(role) == \
            QApplication.style().standardPalette().color(role)
    finally:
        colours.set_high_contrast(None)
        QApplication.setPalette(before)
