"""What every PDF report shares: fonts, styles, safe text, page furniture, the document.

* **Fonts.** The PDF base fonts cover Latin-1 only: "ɨ", "ǎ", "ʉ" or the saltillo "ꞌ" of a
  Mixtec or Rarámuri name would print as black boxes. The DejaVu Sans files shipped in
  `resources/fonts/` (regular, bold, oblique, bold oblique) are registered once, as one family,
  and every style uses them. reportlab embeds a subset with a ToUnicode map, so text stays
  searchable and copyable.
* **Text.** Everything that comes from users goes through `esc`: normalised to NFC (a name typed
  on a Mac arrives decomposed, "n" + combining tilde, which prints a detached accent) and escaped
  for Paragraph's mini-markup, so "Smith & Sons <Hall>" prints as typed instead of breaking the
  build or vanishing as an unknown tag.
* **Pages.** "Page x of y" needs the page count before the first footer is final: the canvas
  keeps each page's state and draws every footer at the end (the classic two-pass
  NumberedCanvas), which costs no second layout pass. Headers, the generated date and an
  optional diagonal watermark (the renewal draft's DRAFT / BORRADOR) are drawn on every page.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from consularapp.paths import resource
from consularapp.reports.common import Steps, atomic_file, generated_stamp

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_fonts_lock = threading.Lock()
_fonts_ready = False

PORTRAIT = LETTER
LANDSCAPE = landscape(LETTER)
MARGIN = 0.6 * inch
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e8edf3")
BLANK = "_" * 28  # an open slot on a printed roster: room to write a name
BLANK_SHORT = "_" * 12


def register_fonts() -> None:
    """Register DejaVu Sans (four faces, one family) once per process; thread-safe."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            with resource("fonts", filename).open("rb") as fh:
                pdfmetrics.registerFont(TTFont(name, fh))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_ready = True


# --- text ---------------------------------------------------------------------------------------

_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def clean(text: object) -> str:
    """User text ready to print: NFC, no control characters, None as ''."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text)).translate(_CONTROL).replace("\t", " ")


def esc(text: object) -> str:
    """User text ready for Paragraph markup: cleaned, escaped, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain user text (never markup)."""
    return Paragraph(esc(text), style)


def fit_text(text: object, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` points (for drawings, which do not wrap)."""
    value = clean(text)
    if pdfmetrics.stringWidth(value, font, size) <= width:
        return value
    while value and pdfmetrics.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def wrap_plain(text: object, width: float, font: str = FONT, size: float = 8) -> str:
    """`text` broken into lines (joined by newlines) that fit `width` points, for a plain table
    cell: Paragraph wraps too, but costs ten times more, which counts over a thousand rosters."""
    value = clean(text)
    if pdfmetrics.stringWidth(value, font, size) <= width:
        return value
    lines: list[str] = []
    line = ""
    for word in value.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return "\n".join(lines)


def labelled(label: str, value: object, style: ParagraphStyle) -> Paragraph:
    """'<b>Label:</b> value', both escaped."""
    return Paragraph(f"<b>{esc(label)}:</b> {esc(value)}", style)


# --- styles -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=20, leading=25,
                             spaceAfter=6),
        subtitle=ParagraphStyle("subtitle", base, fontSize=12, leading=16, textColor=MUTED,
                                spaceAfter=4),
        h1=ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=15, leading=19,
                          spaceBefore=8, spaceAfter=6, keepWithNext=1),
        h2=ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                          spaceBefore=8, spaceAfter=3, keepWithNext=1),
        h3=ParagraphStyle("h3", base, fontName=FONT_BOLD, fontSize=10, leading=13,
                          spaceBefore=6, spaceAfter=2, keepWithNext=1),
        body=ParagraphStyle("body2", base, spaceAfter=4),
        bullet=ParagraphStyle("bullet", base, spaceAfter=3, leftIndent=16, bulletIndent=5,
                              bulletFontName=FONT),
        small=ParagraphStyle("small", base, fontSize=8.5, leading=11),
        muted=ParagraphStyle("muted", base, fontSize=8.5, leading=11, textColor=MUTED),
        cell=ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        cell_bold=ParagraphStyle("cell_bold", base, fontName=FONT_BOLD, fontSize=8.5,
                                 leading=10.5),
    )


# --- pages --------------------------------------------------------------------------------------


PageLabel = Callable[[int, int], str]


def english_pages(page: int, total: int) -> str:
    return f"Page {page} of {total}"


def bilingual_pages(page: int, total: int) -> str:
    return f"Página {page} de {total} · Page {page} of {total}"


def numbered_canvas(footer_left: str, page_label: PageLabel = english_pages) -> type[Canvas]:
    """A canvas class that writes `footer_left` and 'Page x of y' once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 0.4 * inch, clean(footer_left))
            self.drawRightString(width - MARGIN, 0.4 * inch,
                                 page_label(self._pageNumber, total))
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class PageFurniture:
    """What is printed on every page around the content."""

    header_left: str
    header_right: str = ""
    footer_left: str = ""
    watermark: str = ""
    page_label: PageLabel = english_pages


def _draw_page(canvas: Canvas, doc: BaseDocTemplate, furniture: PageFurniture) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    if furniture.watermark:
        canvas.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.35))
        size = min(width, height) / max(6, len(furniture.watermark)) * 1.7
        canvas.setFont(FONT_BOLD, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -size / 3, clean(furniture.watermark))
        canvas.rotate(-45)
        canvas.translate(-width / 2, -height / 2)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    top = height - 0.42 * inch
    canvas.drawString(MARGIN, top, clean(furniture.header_left))
    if furniture.header_right:
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(INK)
        canvas.drawRightString(width - MARGIN, top, clean(furniture.header_right))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
    canvas.line(MARGIN, 0.55 * inch, width - MARGIN, 0.55 * inch)
    canvas.restoreState()


class ReportDoc(BaseDocTemplate):
    """One frame per page, the page furniture, progress and cancel between flowables."""

    def __init__(self, filename: str, furniture: PageFurniture, steps: Steps, *,
                 pagesize: tuple[float, float] = PORTRAIT, title: str = "",
                 subject: str = "", total: int = 0) -> None:
        super().__init__(filename, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=0.75 * inch, bottomMargin=0.75 * inch, title=clean(title),
                         author="ConsularApp", subject=clean(subject), creator="ConsularApp")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(
            id="page", frames=[frame],
            onPage=lambda canvas, doc: _draw_page(canvas, doc, furniture),
        )])
        self._steps = steps
        self._total = total
        self._seen = 0
        self._furniture = furniture

    def afterFlowable(self, flowable: Flowable) -> None:
        self._seen += 1
        if self._seen % 25 == 0:
            self._steps.check()
            if self._total:
                self._steps.report(min(self._seen, self._total), self._total, "Laying out pages")


def write_pdf(out: Path, story: Sequence[Flowable], furniture: PageFurniture, steps: Steps, *,
              pagesize: tuple[float, float] = PORTRAIT, title: str = "",
              subject: str = "") -> Path:
    """Lay out `story` into `out` (written aside, then moved into place)."""
    register_fonts()
    steps.check()
    footer = furniture.footer_left or f"Generated {generated_stamp()}"
    with atomic_file(out) as part:
        doc = ReportDoc(str(part), furniture, steps, pagesize=pagesize, title=title,
                        subject=subject, total=len(story))
        doc.build(list(story), canvasmaker=numbered_canvas(footer, furniture.page_label))
    return Path(out)
