"""What the benchmarks share: the national datasets at each scale, a PostgreSQL server for team
mode, child processes, and the table every benchmark prints (figure, target, 10x/1x ratio).

The datasets are made once and reused: `national_workbook(scale)` writes
benchmarks/out/national-s{scale}-seed{seed}.xlsx with generate.py (again only when generate.py's
text changed), `national_database(scale)` imports it into
benchmarks/out/national-s{scale}-seed{seed}.sqlite3 (again only when the workbook is newer; a
newer schema is reached by the upgrade open_database makes). With `backend="postgresql"` the
same workbook is imported into a database of a server kept in benchmarks/out/postgresql/ (started
when needed, stopped by `stop_postgresql()`), or of the server named by
$CONSULARAPP_BENCH_POSTGRESQL (a superuser URL).

Every measurement runs in a fresh child process per scale (`run_child`), so what one scale
imported, cached or grew never helps or hurts the other.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = Path(os.environ.get("CONSULARAPP_BENCH_OUT") or HERE / "out")
SCALES = (1.0, 10.0)
RESULT_PREFIX = "RESULT "
PG_FOLDER = OUT / "postgresql"
PG_USER = "consularapp_bench"

for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)


def label(scale: float) -> str:
    return f"{scale:g}x"


def load() -> str:
    """The machine's load average now, to print beside figures."""
    try:
        one, five, _fifteen = os.getloadavg()
    except OSError:
        return "?"
    return f"{one:.2f}/{five:.2f}"


# --- datasets -----------------------------------------------------------------------------------


def national_workbook(scale: float, seed: int = 1) -> Path:
    """The generated national workbook of `scale` (made now if missing or older than
    generate.py)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"national-s{scale:g}-seed{seed}.xlsx"
    generator = HERE / "generate.py"
    # Made again when generate.py's text changed (not its time: a rebase or a checkout rewrites
    # the file, and at 10x generating takes many minutes).
    made_by = path.with_suffix(".generator")
    source = hashlib.sha256(generator.read_bytes()).hexdigest()
    if not path.exists() or not made_by.exists() or made_by.read_text().strip() != source:
        print(f"generating {path.name} ...", flush=True)
        subprocess.run([sys.executable, str(generator), str(path), "--seed", str(seed),
                        "--scale", f"{scale:g}"], check=True, cwd=ROOT)
        made_by.write_text(source + "\n")
    return path


def national_database(scale: float, seed: int = 1, backend: str = "sqlite") -> str:
    """The URL of a database holding the national dataset of `scale`, imported once."""
    workbook = national_workbook(scale, seed)
    name = f"national-s{scale:g}-seed{seed}"
    if backend == "sqlite":
        path = OUT / f"{name}.sqlite3"
        # A newer schema needs no new import: open_database upgrades the file.
        if not path.exists() or path.stat().st_mtime < workbook.stat().st_mtime:
            path.unlink(missing_ok=True)
            _import(f"sqlite:///{path}", workbook)
        return f"sqlite:///{path}"
    server = postgresql_server()
    db_name = name.replace("-", "_").replace(".", "_")
    url = _with_database(server, db_name)
    marker = f"{workbook.stat().st_mtime:.0f}"
    if _pg_comment(server, db_name) != marker:
        _pg_recreate(server, db_name)
        _import(url, workbook)
        _pg_set_comment(server, db_name, marker)
    return url


def _import(url: str, workbook: Path) -> None:
    print(f"importing {workbook.name} into {url.rsplit('/', 1)[-1]} ...", flush=True)
    started = time.perf_counter()
    code = (
        "import sys\n"
        "from consularapp.db import open_database\n"
        "from consularapp.workbook import import_workbook\n"
        "db = open_database(sys.argv[1])\n"
        "result = import_workbook(db, sys.argv[2])\n"
        "db.close()\n"
        "print(result.summary().splitlines()[0])\n"
    )
    subprocess.run([sys.executable, "-c", code, url, str(workbook)], check=True, cwd=ROOT,
                   env=child_env())
    print(f"imported in {time.perf_counter() - started:.0f} s", flush=True)


# --- PostgreSQL ---------------------------------------------------------------------------------


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name.split(".")[0]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if not initdb:
        raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
    return Path(initdb).parent


def _as_postgres() -> dict[str, Any]:
    """Run server programs as the postgres user when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return {}
    import pwd

    entry = pwd.getpwnam("postgres")
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


def postgresql_server() -> str:
    """A superuser URL of the benchmark server: $CONSULARAPP_BENCH_POSTGRESQL, else the server
    in benchmarks/out/postgresql (created and started when needed, data kept between runs)."""
    given = os.environ.get("CONSULARAPP_BENCH_POSTGRESQL")
    if given:
        return given
    data = PG_FOLDER / "data"
    port_file = PG_FOLDER / "port"
    as_pg = _as_postgres()
    binary = _pg_bin()
    env = dict(os.environ, LC_ALL="C", LANG="C")
    if not data.exists():
        PG_FOLDER.mkdir(parents=True, exist_ok=True)
        if as_pg:
            os.chown(PG_FOLDER, as_pg["user"], as_pg["group"])
        subprocess.run([str(binary / "initdb"), "-D", str(data), "-U", PG_USER, "-A", "trust",
                        "-E", "UTF8", "--locale=C"], check=True, capture_output=True, env=env,
                       cwd="/", **as_pg)
    if not (data / "postmaster.pid").exists():
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        port_file.write_text(str(port))
        options = (f"-p {port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={PG_FOLDER} -c shared_buffers=256MB "
                   "-c max_connections=60")
        subprocess.run([str(binary / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(data),
                        "-l", str(PG_FOLDER / "server.log"), "-o", options], check=True,
                       capture_output=True, env=env, cwd="/", **as_pg)
    port = int(port_file.read_text())
    return f"postgresql+psycopg://{PG_USER}@127.0.0.1:{port}/postgres"


def stop_postgresql() -> None:
    """Stop the benchmark server (its data stays for the next run)."""
    data = PG_FOLDER / "data"
    if os.environ.get("CONSULARAPP_BENCH_POSTGRESQL") or not (data / "postmaster.pid").exists():
        return
    subprocess.run([str(_pg_bin() / "pg_ctl"), "stop", "-D", str(data), "-m", "fast", "-w"],
                   check=False, capture_output=True, cwd="/", **_as_postgres())


def _with_database(server: str, name: str) -> str:
    return server.rsplit("/", 1)[0] + "/" + name


def _pg(server: str, sql: str, *params: Any, autocommit: bool = True) -> list[tuple[Any, ...]]:
    import psycopg

    dsn = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=autocommit) as conn:
        cur = conn.execute(sql, params or None)
        return cur.fetchall() if cur.description else []


def _pg_comment(server: str, name: str) -> str | None:
    rows = _pg(server, "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
               "WHERE datname = %s", name)
    return rows[0][0] if rows else None


def _pg_recreate(server: str, name: str) -> None:
    _pg(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg(server, f'CREATE DATABASE "{name}"')


def _pg_set_comment(server: str, name: str, text: str) -> None:
    _pg(server, f"COMMENT ON DATABASE \"{name}\" IS '{text}'")


# --- child processes ----------------------------------------------------------------------------


def child_env() -> dict[str, str]:
    """Offscreen Qt, the repository importable, user folders kept out of the real home."""
    home = OUT / "home"
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CONSULARAPP_NO_CRASH_DIALOG="1",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("CONSULARAPP_DB", None)
    return env


def run_child(script: Path, args: Sequence[str], timeout: float = 3600) -> dict[str, Any]:
    """Run `script --child ARGS` in a fresh interpreter; the JSON it printed after RESULT."""
    proc = subprocess.run([sys.executable, str(script), "--child", *args], capture_output=True,
                          text=True, cwd=ROOT, env=child_env(), timeout=timeout, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{script.name} {' '.join(args)} failed:\n"
                         f"{(proc.stderr or proc.stdout)[-4000:]}")
    return json.loads(lines[-1][len(RESULT_PREFIX):])


def child_result(figures: dict[str, Any]) -> None:
    """Print a child's figures for run_child (one line)."""
    print(RESULT_PREFIX + json.dumps(figures, default=str), flush=True)


def median_of(runs: int, func: Callable[[], Any], warm: int = 1) -> float:
    """Median seconds of `runs` calls of `func`, after `warm` uncounted ones."""
    import statistics

    for _ in range(warm):
        func()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


# --- the table ----------------------------------------------------------------------------------


@dataclass
class Measure:
    """One line of a benchmark's table: a figure per scale against its target.

    `target` is the bound at the largest scale (None: no target, reported only); `ratio_target`
    bounds largest / smallest scale (the issue's "within 1.5x of its own 1x figure").
    """

    name: str
    unit: str  # "ms", "s" or "MiB"
    target: float | None = None
    ratio_target: float | None = None
    figures: dict[float, float | None] = field(default_factory=dict)
    notes: dict[float, str] = field(default_factory=dict)

    def ratio(self) -> float | None:
        scales = sorted(s for s, v in self.figures.items() if v is not None)
        if len(scales) < 2:
            return None
        low, high = self.figures[scales[0]], self.figures[scales[-1]]
        return None if not low or high is None else high / low

    def met(self) -> bool | None:
        if self.target is None and self.ratio_target is None:
            return None
        scales = sorted(s for s, v in self.figures.items() if v is not None)
        if not scales:
            return False
        ok = True
        if self.target is not None:
            ok = ok and (self.figures[scales[-1]] or 0) <= self.target
        ratio = self.ratio()
        if self.ratio_target is not None and ratio is not None:
            ok = ok and ratio <= self.ratio_target
        return ok


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"
    if unit == "s":
        return f"{value:,.2f}"
    return f"{value:,.0f}"


def print_table(title: str, measures: Sequence[Measure], scales: Sequence[float]) -> bool:
    """The issue's layout: measure | target | figure per scale | ratio | met. True if every
    target with a figure was met."""
    print()
    print(f"{title} (load average {load()})")
    heads = ["measure", "target"] + [label(s) for s in scales] + [
        f"{label(scales[-1])}/{label(scales[0])}" if len(scales) > 1 else "ratio", ""]
    rows = []
    for m in measures:
        target = ""
        if m.target is not None:
            target = f"<= {_fmt(m.target, m.unit)} {m.unit}"
        if m.ratio_target is not None:
            target += (", " if target else "") + f"ratio <= {m.ratio_target:g}"
        cells = [f"{_fmt(m.figures.get(s), m.unit)} {m.unit}".strip()
                 + (f" ({m.notes[s]})" if s in m.notes else "") for s in scales]
        ratio = m.ratio()
        met = m.met()
        rows.append([m.name, target, *cells, "-" if ratio is None else f"{ratio:.1f}",
                     "" if met is None else ("met" if met else "MISSED")])
    widths = [max(len(str(r[i])) for r in [heads, *rows]) for i in range(len(heads))]
    line = "  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    return all(m.met() is not False for m in measures)


def write_json(name: str, payload: dict[str, Any]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    payload = {"when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "load": load(), **payload}
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def scales_argument(parser: Any) -> None:
    parser.add_argument("--scales", type=float, nargs="+", default=list(SCALES),
                        help="dataset scales to measure (default: 1 10)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
