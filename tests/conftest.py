"""Shared fixtures: databases on both backends, built once per session and copied per test.

Qt runs offscreen so the suite needs no display (CI has none); the few tests that open the real
window use the Xvfb display of the `x_display` fixture.

Databases (see "Test fixtures" in README.md):
- `empty_db` (schema only), `ref_db` (the reference directory), `demo_db_at(day)` (reference +
  demonstration as of `day`) are copies of templates built once per session: on SQLite a file
  copy, on PostgreSQL `CREATE DATABASE ... TEMPLATE`. `db_url` is the URL of the same database
  (empty unless one of those filled it), for tests that drive the command line. `new_db(...)`
  gives further databases on the test's backend.
- Every test that uses one of them runs on each backend: `test_x[sqlite]`, `test_x[postgresql]`.
  Window tests (tests/ui) run on SQLite only unless marked `@pytest.mark.both_backends` (the
  PostgreSQL smoke set). `@pytest.mark.sqlite_only` / `@pytest.mark.postgresql_only` restrict a
  test; CONSULARAPP_TEST_BACKENDS=sqlite restricts the whole run.
- PostgreSQL: the server of $CONSULARAPP_TEST_POSTGRESQL (the README's test command starts one
  for the run), else a private cluster this session starts and stops. Without PostgreSQL its
  tests are skipped, except under CI, where that fails the run.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never write into the real user's folders or show the crash dialog.
os.environ.setdefault("CONSULARAPP_NO_CRASH_DIALOG", "1")
# The command line speaks English in tests whatever the machine's language (a test that wants
# Spanish says so); the window's language is set by the tests that need one.
os.environ["CONSULARAPP_LANGUAGE"] = "en"
os.environ.pop("CONSULARAPP_PSEUDO_TRANSLATION", None)

import importlib.util
import itertools
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from consularapp.db import Database, open_database
from consularapp.policy import Policy

ROOT = Path(__file__).resolve().parent.parent
SQLITE, POSTGRESQL = "sqlite", "postgresql"
BACKENDS = (SQLITE, POSTGRESQL)
BACKENDS_ENV = "CONSULARAPP_TEST_BACKENDS"
PG_ENV = "CONSULARAPP_TEST_POSTGRESQL"
DISPLAY_ENV = "CONSULARAPP_TEST_DISPLAY"
UI_TESTS = ROOT / "tests" / "ui"

# pip's cache of the real user, taken before the fixtures point HOME at a temporary folder: the
# plain-install test installs the app's dependencies from it instead of downloading them again.
PIP_CACHE_DIR = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")

Key = tuple[Any, ...]  # what a database holds: ("empty",), ("reference",), ("demo", day)
EMPTY: Key = ("empty",)
REFERENCE: Key = ("reference",)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false")


def bootstrap_module() -> ModuleType:
    """packaging/bootstrap.py (standard library only), for its test-service classes."""
    spec = importlib.util.spec_from_file_location("consularapp_bootstrap",
                                                  ROOT / "packaging" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- which backends a test runs on ---------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    for line in (
        "sqlite_only: run this database test on SQLite only",
        "postgresql_only: run this database test on PostgreSQL only",
        "both_backends: run this window test on PostgreSQL too (the smoke set)",
    ):
        config.addinivalue_line("markers", line)


def backends_for(item: pytest.Function | Any) -> list[str]:
    """The backends a test that uses a database runs on (see the module's docstring)."""
    if item.get_closest_marker("sqlite_only"):
        wanted = [SQLITE]
    elif item.get_closest_marker("postgresql_only"):
        wanted = [POSTGRESQL]
    elif UI_TESTS in Path(str(item.path)).parents and not item.get_closest_marker(
            "both_backends"):
        wanted = [SQLITE]
    else:
        wanted = list(BACKENDS)
    chosen = os.environ.get(BACKENDS_ENV, "").replace(" ", "")
    if chosen:
        wanted = [b for b in wanted if b in chosen.split(",")]
    return wanted


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", backends_for(metafunc.definition), indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": the backend of this test's databases."""
    return getattr(request, "param", SQLITE)


# --- the folders of the user -----------------------------------------------------------------


def _compile_translations() -> None:
    """The .qm/.mo files from the sources, as the build does: a focused run after editing a .ts
    or .po sees the edit (nothing is written when they are up to date)."""
    spec = importlib.util.spec_from_file_location("consularapp_translations",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    module.compile_all()


_compile_translations()


@pytest.fixture(autouse=True)
def _core_speaks_english() -> Iterator[None]:
    """Each test starts with the core in English and leaves it so."""
    from consularapp import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point platformdirs' folders (data, logs, settings) at a temporary home."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("CONSULARAPP_DB", raising=False)


@pytest.fixture(autouse=True)
def _no_machine_policy(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads this machine's policy (/etc/xdg/ConsularApp, the registry); a test that
    needs one writes it with `machine_policy`."""
    from consularapp import policy

    monkeypatch.setattr(policy, "POLICY_FILE", tmp_path_factory.mktemp("etc") / "policy.ini")
    monkeypatch.setattr(policy, "USE_REGISTRY", False)
    policy.current.cache_clear()
    yield
    policy.current.cache_clear()


@pytest.fixture
def machine_policy() -> Callable[[str], Policy]:
    """Write the machine's policy file (the lines of its [Policy] section) and put it in force."""
    from consularapp import policy

    def write(lines: str) -> Policy:
        policy.POLICY_FILE.write_text(f"[{policy.POLICY_SECTION}]\n{lines}\n", encoding="utf-8")
        return policy.reload()

    return write


# --- servers -----------------------------------------------------------------------------------


def _unavailable(what: str, why: str) -> None:
    message = f"{what} is not available: {why}; run `python3 packaging/bootstrap.py test`"
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _service(variable: str, kind: str, what: str) -> Iterator[str]:
    """The service named by $variable (the test command's), else one of bootstrap's `kind`
    started for this session and stopped after it."""
    given = os.environ.get(variable, "").strip()
    if given:
        yield given
        return
    services = bootstrap_module()
    service = getattr(services, kind)()
    try:
        value = service.start()
    except services.ServiceError as exc:
        _unavailable(what, str(exc))
    try:
        yield value
    finally:
        service.stop()


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """URL (superuser, maintenance database) of the PostgreSQL server the tests use."""
    yield from _service(PG_ENV, "PostgresCluster", "PostgreSQL")


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """An X display (Xvfb) for the tests that open the real window, e.g. ":3"."""
    yield from _service(DISPLAY_ENV, "XvfbDisplay", "An X display")


@pytest.fixture(scope="session")
def bootstrap() -> ModuleType:
    """packaging/bootstrap.py as a module (its lists of system packages, its services)."""
    return bootstrap_module()


@pytest.fixture(scope="session")
def pip_cache_dir() -> str:
    """The real user's pip cache (the tests' HOME is a temporary folder)."""
    return PIP_CACHE_DIR


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's wheel, built once per session as `pip wheel .` builds it for users."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True, stdin=subprocess.DEVNULL, capture_output=True,
    )
    return next(out.glob("consularapp-*.whl"))


# --- template databases ----------------------------------------------------------------------


def _fill(db: Database, key: Key) -> None:
    """Load what `key` names into a database that holds the step before it."""
    from consularapp.demo import load_demo
    from consularapp.reference import load_reference

    if key == REFERENCE:
        load_reference(db)
    elif key[0] == "demo":
        load_demo(db, key[1])
    elif key != EMPTY:
        raise ValueError(f"no template {key!r}")


def _parent(key: Key) -> Key | None:
    return None if key == EMPTY else EMPTY if key == REFERENCE else REFERENCE


def _slug(key: Key) -> str:
    return "_".join(k.strftime("%Y%m%d") if isinstance(k, date) else str(k) for k in key)


class SqliteTemplates:
    """Template files in one session folder; a test's database is a copy of one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.paths: dict[Key, Path] = {}

    def new_target(self, folder: Path, index: int) -> str:
        name = f"test-{index + 1}.sqlite3" if index else "test.sqlite3"
        return f"sqlite:///{folder / name}"

    def template(self, key: Key) -> Path:
        if key not in self.paths:
            path = self.folder / f"{_slug(key)}.sqlite3"
            parent = _parent(key)
            if parent is not None:
                shutil.copyfile(self.template(parent), path)
            db = open_database(f"sqlite:///{path}")
            try:
                _fill(db, key)
            finally:
                db.close()
            self.paths[key] = path
        return self.paths[key]

    def create(self, url: str, key: Key | None) -> None:
        path = Path(url.removeprefix("sqlite:///"))
        path.unlink(missing_ok=True)
        if key is not None:
            shutil.copyfile(self.template(key), path)

    def drop(self, url: str) -> None:
        """Files go with tmp_path."""


class PostgresTemplates:
    """Template databases in the test server; a test's database is `CREATE DATABASE ...
    TEMPLATE` of one (a file-level copy, much faster than migrating and loading again)."""

    def __init__(self, server_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.server = make_url(server_url)
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        self.names: dict[Key, str] = {}
        self.prefix = f"t{os.getpid()}"
        self.counter = itertools.count(1)
        with self.admin.connect() as conn:
            version = int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)
        # PostgreSQL 15 copies through the WAL by default: 3x slower for a throwaway database.
        self.strategy = " STRATEGY FILE_COPY" if version >= 150000 else ""

    def _url(self, name: str) -> str:
        return self.server.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def new_target(self, _folder: Path, _index: int) -> str:
        return self._url(f"{self.prefix}_{next(self.counter)}")

    def template(self, key: Key) -> str:
        if key not in self.names:
            name = f"{self.prefix}_tpl_{_slug(key)}"
            parent = _parent(key)
            self._execute(f'DROP DATABASE IF EXISTS "{name}"')
            source = self.template(parent) if parent is not None else "template0"
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
            db = open_database(self._url(name))
            try:
                _fill(db, key)
            finally:
                db.close()
            self.names[key] = name
        return self.names[key]

    def create(self, url: str, key: Key | None) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        source = self.template(key) if key is not None else "template0"
        self._execute(f'DROP DATABASE IF EXISTS "{name}"')
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"{self.strategy}')

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        """The templates go with the throwaway server (which may already be stopped)."""
        self.admin.dispose()


class Templates:
    """The templates of each backend, built on first use and kept for the session."""

    def __init__(self, request: pytest.FixtureRequest, folder: Path) -> None:
        self.request = request
        self.folder = folder
        self.by_backend: dict[str, SqliteTemplates | PostgresTemplates] = {}

    def of(self, backend: str) -> SqliteTemplates | PostgresTemplates:
        if backend not in self.by_backend:
            if backend == SQLITE:
                self.by_backend[backend] = SqliteTemplates(self.folder)
            else:
                server = self.request.getfixturevalue("pg_server_url")
                self.by_backend[backend] = PostgresTemplates(server)
        return self.by_backend[backend]

    def close(self) -> None:
        for store in self.by_backend.values():
            if isinstance(store, PostgresTemplates):
                store.close()


@pytest.fixture(scope="session")
def _templates(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    templates = Templates(request, tmp_path_factory.mktemp("templates"))
    yield templates
    templates.close()


class Slot:
    """One database of a test: created on first use, empty or as a copy of a template."""

    def __init__(self, store: SqliteTemplates | PostgresTemplates, url: str) -> None:
        self.store = store
        self.url = url
        self.key: Key | None = None
        self.created = False
        self.db: Database | None = None

    def blank(self) -> str:
        """The URL of an empty database (no schema) unless a template already filled it."""
        if not self.created:
            self.store.create(self.url, None)
            self.created = True
        return self.url

    def open(self, key: Key) -> Database:
        if self.db is not None:
            if key == self.key:
                return self.db
            if self.key == REFERENCE and key[0] == "demo":
                _fill(self.db, key)  # asked for both ref_db and a demo: the same database
                self.key = key
                return self.db
            raise RuntimeError(f"this test's database already holds {self.key}, not {key}")
        self.store.create(self.url, key)
        self.created, self.key = True, key
        self.db = open_database(self.url)
        return self.db

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.created:
            self.store.drop(self.url)


@pytest.fixture
def _db_slots(backend: str, _templates: Templates, tmp_path: Path) -> Iterator[list[Slot]]:
    """The databases of this test; the first one is what db_url/empty_db/ref_db/... name."""
    store = _templates.of(backend)
    slots = [Slot(store, store.new_target(tmp_path, 0))]
    yield slots
    for slot in slots:
        slot.close()


@pytest.fixture
def db_url(_db_slots: list[Slot]) -> str:
    """URL of this test's database: empty unless empty_db/ref_db/demo_db_at filled it."""
    return _db_slots[0].blank()


@pytest.fixture
def empty_db(_db_slots: list[Slot]) -> Database:
    """A fresh database with the schema and nothing else."""
    return _db_slots[0].open(EMPTY)


@pytest.fixture
def ref_db(_db_slots: list[Slot]) -> Database:
    """A fresh database with the built-in reference directory loaded."""
    return _db_slots[0].open(REFERENCE)


@pytest.fixture
def demo_db_at(_db_slots: list[Slot]) -> Callable[[date], Database]:
    """demo_db_at(day): this test's database with the directory and the demo as of `day`."""
    return lambda day: _db_slots[0].open(("demo", day))


@pytest.fixture
def new_db_url(_db_slots: list[Slot], tmp_path: Path) -> Callable[[], str]:
    """new_db_url(): the URL of another empty database (no schema) on this backend, for tests
    that have the command line create it."""
    def make() -> str:
        store = _db_slots[0].store
        slot = Slot(store, store.new_target(tmp_path, len(_db_slots)))
        _db_slots.append(slot)
        return slot.blank()

    return make


@pytest.fixture
def new_db(_db_slots: list[Slot], tmp_path: Path) -> Callable[..., Database]:
    """new_db("empty" | "reference" | "demo", day=None): another database on this backend."""
    def make(contents: str = "empty", day: date | None = None) -> Database:
        key: Key = ("demo", day) if contents == "demo" else (contents,)
        store = _db_slots[0].store
        slot = Slot(store, store.new_target(tmp_path, len(_db_slots)))
        _db_slots.append(slot)
        return slot.open(key)

    return make

