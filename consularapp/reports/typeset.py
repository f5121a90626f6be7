"""Every PDF the app writes, as a tagged PDF/UA-1 laid out by Typst.

Why Typst (the `typst` wheel, with the compiler inside and no system libraries): it writes tagged
PDF that meets PDF/UA-1 (structure tree, document language and title, table header cells,
artifacts, alternative text, bookmarks), which ReportLab cannot; it sizes table columns to their
content and wraps at word boundaries; it keeps headings with what follows.

How: a report builds a `Document` in Python, a list of plain blocks (headings, paragraphs of text
runs, tables, term lists, charts) made of strings and numbers only. The document goes to Typst as
JSON beside one fixed layout (`resources/typst/report.typ`), which shows every string with
`text(...)`. User text is therefore data, never markup: nothing a user types can become a Typst
command, a label or a formula. Typst refuses what PDF/UA forbids (a skipped heading level, a
figure without alternative text), so a document that compiles is structurally sound.

Memory and cancel: Typst lays out the whole document in memory (about 2 MiB per page of rosters)
and keeps what it memoised after it returns. A large document is therefore laid out in a child
process (`IN_PROCESS_BLOCKS`): its memory goes back to the system when it ends, and cancel ends
it at once. Small documents (a renewal draft, one consulate's packet) stay in the process, where
they cost a few MiB and no process start.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import as_file
from pathlib import Path
from typing import Any

from consularapp.errors import CancelledError, InputError, Problem
from consularapp.i18n import _
from consularapp.paths import resource
from consularapp.reports.common import Steps, atomic_file

Run = str | dict[str, Any]
Runs = Run | list[Run]
Block = dict[str, Any]

BLANK = "_" * 28  # an open slot on a printed roster: room to write a name
BLANK_SHORT = "_" * 12
WATERMARK_GREY = "rgb(150,150,150,110)"

_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def clean(text: object) -> str:
    """User text ready to print: NFC (a name typed on a Mac arrives decomposed), no control
    characters, tabs as spaces, None as ''."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text)).translate(_CONTROL).replace("\t", " ")


# --- text runs ----------------------------------------------------------------------------------


def run(text: object, *, bold: bool = False, italic: bool = False, strike: bool = False,
        lang: str | None = None, colour: str | None = None, size: float | None = None,
        keep: bool = False) -> Run:
    """A piece of text with its look; `keep` never breaks it (IDs); `lang` marks a passage in
    another language than the document's."""
    value = clean(text)
    attrs: dict[str, Any] = {}
    if bold:
        attrs["b"] = True
    if italic:
        attrs["i"] = True
    if strike:
        attrs["s"] = True
    if lang:
        attrs["lang"] = lang
    if colour:
        attrs["c"] = colour if colour.startswith("#") else f"#{colour}"
    if size:
        attrs["size"] = size
    if keep:
        attrs["box"] = True
    return {"t": value, **attrs} if attrs else value


def b(text: object, **kwargs: Any) -> Run:
    return run(text, bold=True, **kwargs)


def keep(text: object, **kwargs: Any) -> Run:
    """An ID or code that must never break across lines."""
    return run(text, keep=True, **kwargs)


def _runs(value: Runs | object) -> Runs:
    if isinstance(value, list):
        return [_runs(v) for v in value]  # type: ignore[misc]
    if isinstance(value, dict):
        return value
    return clean(value)


def lines(*parts: Runs) -> list[Run]:
    """Runs separated by line breaks."""
    result: list[Run] = []
    for n, part in enumerate(p for p in parts if p):
        if n:
            result.append("\n")
        result.extend(part if isinstance(part, list) else [part])
    return result


# --- blocks -------------------------------------------------------------------------------------


def heading(text: Runs, level: int, *, lang: str | None = None, outlined: bool = True) -> Block:
    block: Block = {"type": "heading", "level": level, "text": _runs(text), "outlined": outlined}
    if lang:
        block["lang"] = lang
    return block


def par(text: Runs, style: str = "body", *, lang: str | None = None) -> Block:
    """A paragraph; style one of body, small, muted, subtitle."""
    block: Block = {"type": "par", "runs": _runs(text), "style": style}
    if lang:
        block["lang"] = lang
    return block


def bullets(items: Iterable[Runs], *, lang: str | None = None) -> Block:
    block: Block = {"type": "list", "items": [_runs(i) for i in items]}
    if lang:
        block["lang"] = lang
    return block


def fields(rows: Iterable[tuple[Runs, Runs]], size: float = 8) -> Block:
    """'Label: value' lines, tagged as a list of terms; rows with no value are left out."""
    return {"type": "fields", "size": size,
            "rows": [[_runs(label), _runs(value)] for label, value in rows if value]}


def table(columns: Sequence[str | float], header: Sequence[Runs], rows: Iterable[Sequence[Runs]],
          *, size: float = 8, fills: dict[tuple[int, int], str] | None = None,
          strong: Sequence[int] = (), align: Sequence[str] = ()) -> Block:
    """A real table: header cells (TH) that repeat on every page, data cells (TD).

    `columns`: "auto" (as wide as the content: IDs, dates, numbers), "Nfr" (a share of what is
    left: text that wraps at word boundaries) or points. `fills` colours cells (row, column) of
    the body as an extra; `strong` columns are bold; `align` per column ("left" / "right").
    """
    body = [[_runs(c) for c in row] for row in rows]
    for row in body:
        if len(row) != len(columns):
            raise ValueError(f"a row of {len(row)} cells in a table of {len(columns)} columns")
    block: Block = {"type": "table", "columns": list(columns), "header": [_runs(h) for h in header],
                    "rows": body, "size": size, "strong": list(strong), "align": list(align)}
    if fills:
        block["fills"] = {f"{r}:{c}": (v if v.startswith("#") else f"#{v}")
                          for (r, c), v in fills.items()}
    return block


def together(*blocks: Block) -> Block:
    """Blocks kept on one page (a roster with its heading)."""
    return {"type": "keep", "blocks": [b for b in blocks if b]}


def space(points: float) -> Block:
    return {"type": "space", "pt": points}


def page_break() -> Block:
    return {"type": "pagebreak"}


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], unit: str,
              alt: str) -> Block:
    """A column chart drawn by Typst, a figure with alternative text that says every value."""
    return {"type": "bars", "title": clean(title), "labels": [clean(x) for x in labels],
            "values": [float(v) for v in values], "unit": clean(unit), "alt": clean(alt)}


# --- the document -------------------------------------------------------------------------------


@dataclass
class Document:
    """What one PDF holds: metadata, page furniture, blocks."""

    title: str
    lang: str  # "en" or "es": the document's language
    subject: str = ""
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    page_label: str = ""  # "en", "es" or "both"; "" follows `lang` (Página 1 de 5 in Spanish)
    landscape: bool = False
    watermark: str = ""
    running: int = 0  # a heading level: its current heading goes in the page header's right
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(b for b in blocks if b)

    def extend(self, blocks: Iterable[Block]) -> None:
        self.blocks.extend(b for b in blocks if b)

    def as_json(self) -> bytes:
        return json.dumps({
            "title": clean(self.title), "lang": self.lang, "subject": clean(self.subject),
            "header_left": clean(self.header_left), "header_right": clean(self.header_right),
            "footer_left": clean(self.footer_left),
            "page_label": self.page_label or ("es" if self.lang == "es" else "en"),
            "landscape": self.landscape, "watermark": bool(self.watermark),
            "running": self.running,
            "blocks": self.blocks,
        }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- compiling ----------------------------------------------------------------------------------

_lock = threading.Lock()
_fonts: Any = None
_watermarks: dict[str, bytes] = {}


def _font_folder() -> Path:
    folder = resource("fonts")
    if isinstance(folder, Path):
        return folder
    # A zipped install: copy the fonts out once (as_file of a folder needs Python 3.12).
    import tempfile

    target = Path(tempfile.mkdtemp(prefix="consularapp-fonts-"))
    for entry in folder.iterdir():
        if entry.name.endswith(".ttf"):
            with as_file(entry) as path:
                (target / entry.name).write_bytes(Path(path).read_bytes())
    return target


def fonts() -> Any:
    """The shipped DejaVu Sans faces and nothing else (the same pages on every machine)."""
    global _fonts
    with _lock:
        if _fonts is None:
            import typst

            _fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                                 font_paths=[str(_font_folder())])
        return _fonts


def _watermark_svg(text: str) -> bytes:
    """The watermark as outlines (an SVG of paths, laid out by Typst itself): no text, so text
    extraction and screen readers never read stray letters, and an artifact on every page."""
    with _lock:
        cached = _watermarks.get(text)
    if cached is not None:
        return cached
    import typst

    source = ("#let t = json(bytes(sys.inputs.text))\n"
              "#set page(width: auto, height: auto, margin: 0pt, fill: none)\n"
              f'#set text(font: "DejaVu Sans", weight: "bold", size: 72pt, '
              f"fill: {WATERMARK_GREY})\n#t\n")
    svg = typst.compile(source.encode(), format="svg", font_paths=fonts(),
                        sys_inputs={"text": json.dumps(clean(text))})
    assert isinstance(svg, bytes)
    with _lock:
        _watermarks[text] = svg
    return svg


IN_PROCESS_BLOCKS = 400  # top-level blocks; more (a campaign's rosters) go to a child process
_POLL = 0.1  # seconds between checks for cancel while a child lays out


def _compile(document_json: bytes, watermark_svg: bytes | None, title: str) -> bytes:
    """Typst over the shipped layout and `document_json`."""
    import typst

    files: dict[str, bytes] = {
        "main.typ": resource("typst", "report.typ").read_bytes(),
        "document.json": document_json,
    }
    if watermark_svg is not None:
        files["watermark.svg"] = watermark_svg
    try:
        pdf = typst.compile(files, format="pdf", font_paths=fonts(), pdf_standards=["ua-1"])
    except typst.TypstError as exc:  # a defect of ours, never of the user's text
        raise RuntimeError(f"Typst could not lay out {title!r}: {exc.message}; "
                           f"{exc.diagnostic}") from exc
    assert isinstance(pdf, bytes)
    return pdf


def _inputs(document: Document) -> tuple[bytes, bytes | None, str]:
    svg = _watermark_svg(document.watermark) if document.watermark else None
    return document.as_json(), svg, document.title


def compile_pdf(document: Document) -> bytes:
    """The tagged PDF/UA-1 bytes of `document`, laid out in this process."""
    return _compile(*_inputs(document))


def _child(connection: Any, document_json: bytes, watermark_svg: bytes | None, title: str,
           path: str) -> None:
    """In the child process: lay out, write the PDF to `path`, say how it went."""
    try:
        Path(path).write_bytes(_compile(document_json, watermark_svg, title))
        connection.send(("ok", ""))
    except BaseException as exc:  # reported to the parent, which raises it there
        connection.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


def compile_pdf_apart(document: Document, path: Path, steps: Steps) -> None:
    """Lay out `document` into `path` in a child process; CancelledError (the child is ended
    at once) when `steps` says so."""
    context = multiprocessing.get_context("spawn")  # no fork: the caller may hold threads
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, *_inputs(document), str(path)),
                              name="consularapp-pdf", daemon=True)
    process.start()
    send.close()
    outcome: tuple[str, str] | None = None
    try:
        while outcome is None:
            if receive.poll(_POLL):
                try:
                    outcome = receive.recv()
                except EOFError:  # ended without a word: killed, or out of memory
                    break
            elif not process.is_alive() and not receive.poll(0):
                break
            steps.check()
    except CancelledError:
        process.kill()
        process.join()
        raise
    finally:
        receive.close()
    process.join()
    if outcome is None:
        raise InputError(Problem(str(path.name), _(
            "the PDF could not be laid out: the layout process ended unexpectedly (exit code "
            "{code}; was the computer out of memory?)").format(code=process.exitcode)),
            _("The report was not written"))
    if outcome[0] != "ok":
        raise RuntimeError(outcome[1])


def write_pdf(out: Path, document: Document, steps: Steps, *,
              apart: bool | None = None) -> Path:
    """Lay out `document` into `out` (written aside, then moved into place). `apart`: in a
    child process (default: when the document is large)."""
    steps.check()
    steps.report(0, 1, _("Laying out pages"))
    if apart is None:
        apart = len(document.blocks) > IN_PROCESS_BLOCKS
    with atomic_file(Path(out)) as part:
        if apart:
            compile_pdf_apart(document, part, steps)
        else:
            pdf = compile_pdf(document)
            steps.check()
            part.write_bytes(pdf)
    steps.report(1, 1, _("Laying out pages"))
    return Path(out)
