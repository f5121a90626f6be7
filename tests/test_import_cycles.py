"""No two modules of the app import each other (issue 10: the cycles of calendars with
publishing and of the main window with its workbook actions made both pairs hard to change).

Every import counts, at any depth of a module (inside functions too): a lazy import hides a
cycle from Python, not from the next engineer. Names used in type hints only (under
TYPE_CHECKING: the workbook's sheet readers name the Importer that calls them) are left out of
the general rule, but not for the two pairs the review named."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("consularapp", "ui")

# Pairs that import each other on purpose, each for a reason written where it happens.
ALLOWED = {
    # db.py installs team mode's write hooks on every database it opens (lazily); team.py
    # works on a Database.
    ("consularapp.db", "consularapp.team"),
    # models.py imports versioning last to register its flush listener on the mapped classes.
    ("consularapp.models", "consularapp.versioning"),
    # An agreement's obligations follow from its dates (obligations reads agreements'
    # effective/expiry dates); saving an agreement drops, in the same write, what its new dates
    # no longer owe (a lazy import in agreements.py).
    ("consularapp.agreements", "consularapp.obligations"),
    # The obligation rules are a shared setting: the settings check asks obligations to check
    # them (lazily); obligations reads the rules through settings.
    ("consularapp.obligations", "consularapp.settings"),
    # Every module marks its strings with i18n's _(), paths and policy too; i18n finds its
    # catalogues (paths.resource) and the language a machine policy fixes (policy) only when a
    # language is installed (lazy imports in i18n.py).
    ("consularapp.i18n", "consularapp.paths"),
    ("consularapp.i18n", "consularapp.policy"),
}


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _type_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None) if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk(node: ast.AST, types: bool) -> Iterator[ast.AST]:
    """ast.walk, leaving out `if TYPE_CHECKING:` blocks unless `types`."""
    yield node
    for child in ast.iter_child_nodes(node):
        if types or not _type_only(child):
            yield from _walk(child, types)


def _imports(name: str, path: Path, modules: dict[str, Path], *, types: bool = False
             ) -> set[str]:
    """The app's modules `name` imports (a package's submodule when one is named); with
    `types`, those it names in type hints only too."""
    def known(dotted: str) -> str:
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        return dotted

    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    wanted: set[str] = set()
    for node in _walk(ast.parse(path.read_text(encoding="utf-8")), types):
        if isinstance(node, ast.Import):
            wanted.update(known(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                stem = package[:len(package) - node.level + 1]
                base = ".".join([*stem, base] if base else stem)
            wanted.update(known(f"{base}.{alias.name}") for alias in node.names)
    return {m for m in wanted if m and m != name and m not in PACKAGES}


def test_no_two_modules_import_each_other() -> None:
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    pairs = {tuple(sorted((a, b))) for a, deps in graph.items() for b in deps
             if a in graph.get(b, set())}
    assert sorted(pairs - ALLOWED) == []


def test_the_two_cycles_of_the_review_are_broken() -> None:
    modules = _modules()
    for a, b in (("consularapp.calendars", "consularapp.publishing"),
                 ("ui.main_window", "ui.workbook_actions")):
        both = (a in _imports(b, modules[b], modules, types=True)
                and b in _imports(a, modules[a], modules, types=True))
        assert not both, (a, b)
