"""Walking a widget's accessibility tree as a screen reader does: through QAccessible only.

`walk(widget)` asks Qt for the widget's QAccessibleInterface and goes down its children by index
(`child(n)`), reading each one's role, name, description, states and, for table cells, the
table-cell interface (row, column, the header cells' names). Nothing here looks at the widget's
Python attributes: what it reports is what the platform bridge (UI Automation, AT-SPI) hands a
screen reader.

Run as a script it prints the tree of the week grid and the partner matrix over the
demonstration data (what /work/notes/notes/a11y.md shows):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/accessible_tree.py [--limit N]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


@dataclass
class Node:
    """One accessible object as a screen reader sees it."""

    role: QAccessible.Role
    name: str
    description: str
    focused: bool = False
    selected: bool = False
    focusable: bool = False
    invisible: bool = False
    row: int | None = None  # a table cell's place (table-cell interface)
    column: int | None = None
    column_headers: list[str] = field(default_factory=list)
    row_headers: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def cells(self) -> list[Node]:
        return [c for c in self.children if c.role in (QAccessible.Role.Cell,
                                                        QAccessible.Role.ListItem)]

    def headers(self, role: QAccessible.Role) -> list[str]:
        return [c.name for c in self.children if c.role == role]

    def cell(self, row: int, column: int) -> Node:
        return next(c for c in self.cells() if (c.row, c.column) == (row, column))

    def focused_cell(self) -> Node | None:
        return next((c for c in self.cells() if c.focused), None)


def interface(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    return iface


def read(iface: QAccessibleInterface, depth: int = 1) -> Node:
    """`iface` and, `depth` levels down, its children (by index, as a screen reader walks)."""
    state = iface.state()
    node = Node(iface.role(), iface.text(NAME), iface.text(DESCRIPTION), focused=state.focused,
                selected=state.selected, focusable=state.focusable, invisible=state.invisible)
    if iface.role() in (QAccessible.Role.Cell, QAccessible.Role.ListItem):
        cell = iface.tableCellInterface()
        if cell is not None:
            node.row, node.column = cell.rowIndex(), cell.columnIndex()
            node.column_headers = [h.text(NAME) for h in cell.columnHeaderCells()]
            node.row_headers = [h.text(NAME) for h in cell.rowHeaderCells()]
    if depth > 0:
        for n in range(iface.childCount()):
            child = iface.child(n)
            if child is not None:
                node.children.append(read(child, depth - 1))
    return node


def walk(widget: QWidget, depth: int = 1) -> Node:
    return read(interface(widget), depth)


def focus_child(widget: QWidget) -> Node | None:
    """What the screen reader hears when the widget has the focus: its focus child."""
    child = interface(widget).focusChild()
    return None if child is None else read(child, 0)


def lines(node: Node, limit: int = 0, indent: str = "") -> Iterator[str]:
    """The tree as text, one object a line; `limit` cells per table (0: all)."""
    states = [s for s, on in (("focused", node.focused), ("selected", node.selected),
                              ("focusable", node.focusable)) if on]
    where = ""
    if node.row is not None:
        where = f" [row {node.row}, column {node.column}"
        if node.row_headers:
            where += f"; row header: {' / '.join(node.row_headers)}"
        if node.column_headers:
            where += f"; column header: {' / '.join(node.column_headers)}"
        where += "]"
    text = f"{indent}{node.role.name} {node.name!r}{where}"
    if states:
        text += f" ({', '.join(states)})"
    yield text
    if node.description:
        yield f"{indent}    description: {node.description!r}"
    shown = 0
    for child in node.children:
        if limit and child.role in (QAccessible.Role.Cell, QAccessible.Role.ListItem):
            shown += 1
            if shown > limit:
                continue
        yield from lines(child, limit, indent + "  ")
    if limit and shown > limit:
        yield f"{indent}  … {shown - limit} more cells"


def _main() -> int:  # pragma: no cover - a developer's tool
    import argparse
    import os
    import sys
    import tempfile
    from datetime import date
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="cells shown per table (0: all)")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from consularapp.db import open_database
    from consularapp.demo import load_demo
    from consularapp.reference import load_reference
    from ui import clock
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QAccessible.setActive(True)
    folder = Path(tempfile.mkdtemp(prefix="consularapp-a11y-"))
    day = date(2027, 3, 1)
    clock.set_today(day)
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    load_reference(db)
    load_demo(db, day)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, settings)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    window.show_page("lrw")
    page = window.pages["lrw"]
    deadline = __import__("time").monotonic() + 20
    while getattr(page, "conflicts_pending", False) and __import__("time").monotonic() < deadline:
        app.processEvents()
    page.grid.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    print("# Week grid (Labor Rights Week page), focus in the grid")
    print("\n".join(lines(walk(page.grid), args.limit)))
    print()
    window.show_page("agreements")
    agreements = window.pages["agreements"]
    agreements.show_tab("matrix")
    app.processEvents()
    agreements.matrix.view.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    print("# Partner matrix (Agreements page), focus in the matrix")
    print("\n".join(lines(walk(agreements.matrix.view), args.limit)))
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
