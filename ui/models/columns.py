"""Table columns declared once: header, value, sort value, tooltip, width and alignment.

As Picard's `columns.py` and Vorta's models do, a table model lists its columns as data instead of
parallel COL_* numbers, a header list and if-chains in display/sort/tooltip: adding a column is
one line in one place. `RowTableModel` (ui/models/table_model.py) reads `columns`, and gives each
model the COL_<KEY> constants the pages and tests use (derived, never written by hand).

Widths are said in words, not pixels: `sample` is a text the column shows whole ("WHD-INDIANAPOLIS"
for an office ID), measured in the view's font, so a column follows the system's text size and
a 150% font widens it with the text; `words` are texts it must show whole whatever the language
(the status words). The user can still resize every column; their widths are remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

R = TypeVar("R")

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

#: Room beside a header's text: the margins and the sort arrow.
HEADER_ROOM = 30
#: Room beside a cell's text: the margins and an icon.
CELL_ROOM = 16
#: Rows measured for a `fit` column (a national directory has tens of thousands: the first ones
#: say enough, and measuring stays a few milliseconds).
FIT_ROWS = 2000
#: The widest a `fit` column starts (a long name wraps into its tooltip beyond that).
FIT_MAX = 420


def header_text(text: str) -> str:
    """Marks a header for translation (QT_TRANSLATE_NOOP's role); translated when shown, in the
    model's class name as context."""
    return text


Get = Callable[[R], Any] | str  # a function of the row, or the name of a model method of the row


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a table model over rows of type R. `value`, `sort` and `tooltip` are
    functions of the row, or the names of model methods taking the row (for what depends on
    the model: the day it is as of, its translations)."""

    key: str  # stable name: COL_<KEY> on the model, and what tests and settings call it
    header: str  # the English header, translated when shown
    value: Get[R]  # the text shown (DisplayRole, AccessibleTextRole)
    sort: Get[R] | None = None  # the native value sorted on; default: the text
    tooltip: Get[R] | None = None
    sample: str = ""  # a text the column shows whole at its first width ("" : the header's)
    # Texts it must show whole in any language: a function, or the name of a model method.
    words: Callable[[], Iterable[str]] | str | None = None
    align: Qt.AlignmentFlag = LEFT
    stretch: bool = False  # takes the width the others leave (the last column's job otherwise)
    fit: bool = False  # as wide as its widest value among the rows (IDs, names), up to FIT_MAX

    def text(self, model: object, row: R) -> str:
        return _call(model, self.value, row)

    def sort_value(self, model: object, row: R) -> Any:
        return _call(model, self.sort if self.sort is not None else self.value, row)

    def tooltip_text(self, model: object, row: R) -> str | None:
        return None if self.tooltip is None else _call(model, self.tooltip, row)


def _call(model: object, get: Get[Any], row: Any) -> Any:
    return getattr(model, get)(row) if isinstance(get, str) else get(row)


def constants(columns: Sequence[Column[Any]]) -> dict[str, int]:
    """{"COL_NAME": 2, ...} for `columns`, in their order."""
    found: dict[str, int] = {}
    for n, column in enumerate(columns):
        name = "COL_" + column.key.upper()
        assert name not in found, f"two columns are called {column.key!r}"
        found[name] = n
    return found


def index_of(columns: Sequence[Column[Any]], key: str) -> int:
    """The position of the column called `key` (for models that are not RowTableModels)."""
    return next(n for n, c in enumerate(columns) if c.key == key)


# The context of headers declared outside a model class (packaging/translations.py finds them).
SHARED_HEADERS = "columns"


def translated_header(model: object, column: Column[Any]) -> str:
    """The header in the window's language, in the model's translation context (its
    `header_context`, else its class name, as self.tr would)."""
    context = getattr(model, "header_context", None) or type(model).__name__
    return translate_header(column.header, context)


def translate_header(header: str, context: str) -> str:
    """`header` in `context`, else as a shared header (columns declared once for several
    tables, outside any class, translate in SHARED_HEADERS)."""
    text = QCoreApplication.translate(context, header)
    return text if text != header else QCoreApplication.translate(SHARED_HEADERS, header)


def fit_columns(view: QAbstractItemView, model: Any, pixels: dict[int, int] | None = None) -> None:
    """First widths of `view`'s columns from what `model` (the table model, under any proxy)
    declares they must show: the header, the sample and the words, in the view's own font (so
    they grow with the system's text size); `pixels` wider for a column that wants more.
    Stretching columns take what is left."""
    header: QHeaderView = view.horizontalHeader()  # type: ignore[attr-defined]
    head_metrics = header.fontMetrics()
    cell_metrics = view.fontMetrics()
    for n, column in enumerate(model.columns):
        title = model.headerData(n, Qt.Orientation.Horizontal)
        width = head_metrics.horizontalAdvance(str(title or column.header)) + HEADER_ROOM
        texts = [column.sample] if column.sample else []
        if isinstance(column.words, str):
            texts += list(getattr(model, column.words)())
        elif column.words is not None:
            texts += list(column.words())
        if column.fit:
            rows = model.rows()[:FIT_ROWS] if hasattr(model, "rows") else []
            widest = max((cell_metrics.horizontalAdvance(column.text(model, r)) for r in rows),
                         default=0)
            width = max(width, min(widest + CELL_ROOM, FIT_MAX))
        for text in texts:
            width = max(width, cell_metrics.horizontalAdvance(text) + CELL_ROOM)
        width = max(width, (pixels or {}).get(n, 0))
        header.resizeSection(n, width)
        if column.stretch:
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
