"""Rules the tests hold themselves to.

A test states one expected result: `assert A or B` accepts a wrong answer whenever one of the
two is wrong (that hid accented names sorting after Z). `any(...)`/`all(...)` over a generator
are single statements and allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _either_or_asserts() -> list[str]:
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assert):
                continue
            test = node.test
            if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
                continue  # "not (A or B)": neither, one expectation
            for part in [test, *(v for v in ast.walk(test) if isinstance(v, ast.BoolOp))]:
                if isinstance(part, ast.BoolOp) and isinstance(part.op, ast.Or) and \
                        _top_level(test, part):
                    found.append(f"{path.relative_to(TESTS)}:{node.lineno}: "
                                 f"{ast.unparse(test)[:100]}")
                    break
    return found


def _top_level(test: ast.expr, part: ast.BoolOp) -> bool:
    """An `or` that decides the assertion itself (not one inside a call such as any())."""
    if part is test:
        return True
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(v is part for v in test.values)
    return False


def test_no_assert_accepts_either_of_two_answers() -> None:
    assert _either_or_asserts() == []


def test_the_ui_never_imports_pycountry() -> None:
    """pycountry is a test and packaging tool: a plain install has no pycountry, so the window
    reads the countries from the shipped CSV (consularapp.validation)."""
    root = TESTS.parent / "ui"
    importers = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "pycountry" for n in names):
                importers.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert importers == []
