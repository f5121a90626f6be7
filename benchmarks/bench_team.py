"""Benchmark: many editors on one team database at once (issue "Team mode").

    python benchmarks/bench_team.py [--clients 20] [--seconds 60] [--scale 1.0] [--seed 1]
                                    [--workbook PATH] [--url POSTGRESQL_URL]

Starts a throwaway PostgreSQL cluster on 127.0.0.1 (packaging/bootstrap.py's, unless --url names
a server), imports the national dataset (benchmarks/generate.py) into a new database, makes it a
team database (`team setup`) with one editor login per client, then runs `--clients` processes,
each with its own connection, for `--seconds`: a mix of reads (an office, a week of events, the
agreement statuses) and edits (an office's phone, an event's notes) through the app's own
services, each save based on the version its client read. Half the edits go to a few "hot"
records, so clients collide and conflicts are forced.

Reports: saves attempted, committed, refused as conflicts; lost updates (must be 0: every
committed value appears exactly once in the history, by its saver, and each record's history
is an unbroken chain, old value = the previous new value, ending in the stored value); p50/p95
save latency (target p95 < 100 ms); read latency and whether a reader was ever blocked (a
SELECT seen waiting on a lock in pg_stat_activity, sampled every 50 ms; reads slower than 1 s
are counted too, which on a busy machine is CPU, not locking). `--think-ms` is the mean pause
between a client's steps: 1000 (a person) by default; 100 hammers the server. Writes
benchmarks/out/team.json; exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import multiprocessing
import os
import platform
import random
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

P95_TARGET_MS = 100.0
BLOCKED_READ_S = 1.0
HOT = 4  # hot records of each kind
PASSWORD = "bench password"


def _bootstrap() -> Any:
    spec = importlib.util.spec_from_file_location("bootstrap", ROOT / "packaging" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


# --- preparing the database ------------------------------------------------------------------


def prepare(server_url: str, workbook: Path, clients: int) -> tuple[str, dict[str, Any]]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from consularapp.db import open_database
    from consularapp.team import add_user, setup
    from consularapp.workbook import import_workbook

    name = f"bench_team_{os.getpid()}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    info: dict[str, Any] = {}
    db = open_database(url)
    started = time.perf_counter()
    import_workbook(db, workbook)
    info["import_seconds"] = round(time.perf_counter() - started, 1)
    db.close()
    started = time.perf_counter()
    setup(url)
    info["setup_seconds"] = round(time.perf_counter() - started, 1)
    db = open_database(url)
    for n in range(clients):
        add_user(db, f"{name}_c{n}", "editor", password=PASSWORD)
    with db.engine.connect() as conn:
        info["rows"] = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                        for t in ("office", "person", "agreement", "event", "assignment",
                                  "history")}
    db.close()
    return url, info


# --- one client ------------------------------------------------------------------------------


def client(n: int, url: str, seconds: float, seed: int, think_ms: float, queue: Any,
           ready: Any, go: Any) -> None:
    """One editor: reads and edits for `seconds`, pausing about `think_ms` between steps as a
    person does; sends its figures to `queue`."""
    from sqlalchemy import select
    from sqlalchemy.engine import make_url

    from consularapp.agreements import compute_statuses
    from consularapp.db import open_database
    from consularapp.directory import get_office, save_office
    from consularapp.errors import WriteConflictError
    from consularapp.events import get_event, list_events, save_event
    from consularapp.models import Event, Office

    parsed = make_url(url)
    login = f"{parsed.database}_c{n}"
    db = open_database(parsed.set(username=login, password=PASSWORD)
                       .render_as_string(hide_password=False))
    rng = random.Random(seed * 1000 + n)
    with db.session() as s:
        offices = sorted(s.scalars(select(Office.id)))
        events = sorted(s.scalars(select(Event.id).where(Event.year == 2027)))
    hot_offices, hot_events = offices[:HOT], events[:HOT]
    get_office(db, offices[0])  # warm: imports, caches, the first connection
    list_events(db, 2027)
    compute_statuses(db, datetime.now(UTC).date())
    get_event(db, events[0])
    ready.release()
    go.wait()
    stats: dict[str, Any] = {"attempted": 0, "committed": 0, "refused": 0, "save_ms": [],
                             "read_ms": [], "commits": [], "errors": []}
    deadline = time.monotonic() + seconds
    counter = 0
    while time.monotonic() < deadline:
        time.sleep(rng.uniform(0, 2 * think_ms) / 1000)
        roll = rng.random()
        started = time.perf_counter()
        try:
            if roll < 0.25:
                get_office(db, rng.choice(offices))
            elif roll < 0.40:
                list_events(db, 2027)
            elif roll < 0.50:
                compute_statuses(db, datetime.now(UTC).date())
            else:
                counter += 1
                value = f"c{n}-{counter}"
                hot = rng.random() < 0.5
                if rng.random() < 0.6:
                    record = rng.choice(hot_offices if hot else offices)
                    data = get_office(db, record)
                    time.sleep(rng.uniform(0, 0.02))  # the user types
                    data.phone = value
                    kind, save = "office", (lambda d=data, r=record: save_office(db, d, r))
                else:
                    record = rng.choice(hot_events if hot else events)
                    data = get_event(db, record)
                    time.sleep(rng.uniform(0, 0.02))
                    data.notes = value
                    kind, save = "event", (lambda d=data, r=record: save_event(db, d, r))
                stats["attempted"] += 1
                saving = time.perf_counter()
                try:
                    save()
                except WriteConflictError:
                    stats["refused"] += 1
                else:
                    stats["committed"] += 1
                    stats["commits"].append((kind, record, value))
                stats["save_ms"].append((time.perf_counter() - saving) * 1000)
                continue
        except Exception as exc:  # reported, never hidden
            stats["errors"].append(f"{type(exc).__name__}: {exc}")
            continue
        stats["read_ms"].append((time.perf_counter() - started) * 1000)
    db.close()
    queue.put(stats)


# --- watching for blocked readers ------------------------------------------------------------


class LockWatch:
    """Samples the server every 50 ms: which sessions wait on a lock, readers and writers apart.
    A reader (a SELECT) waiting on a lock is a blocked reader; a writer waiting for another
    writer of the same row is how PostgreSQL orders two saves (expected on the hot records)."""

    def __init__(self, url: str) -> None:
        import threading

        from sqlalchemy import create_engine

        self.engine = create_engine(url, isolation_level="AUTOCOMMIT")
        self.samples = self.readers_waiting = self.writers_waiting = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            while not self._stop.wait(0.05):
                rows = conn.execute(text(
                    "SELECT query FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")).all()
                self.samples += 1
                for (query,) in rows:
                    if (query or "").lstrip().upper().startswith("SELECT"):
                        self.readers_waiting += 1
                    else:
                        self.writers_waiting += 1

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.engine.dispose()


# --- checking for lost updates ---------------------------------------------------------------


def lost_updates(url: str, commits: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    """Every committed value exactly once in the history, by its saver; every record's history
    an unbroken chain ending in the stored value."""
    from sqlalchemy import text

    from consularapp.db import open_database

    db = open_database(url)
    problems: list[str] = []
    with db.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT h.table_name, h.record_id, h.old, h.new, c.login FROM history h "
            "JOIN history_change c ON c.id = h.change_id WHERE h.field = :phone AND "
            "h.table_name = 'office' OR h.field = :notes AND h.table_name = 'event' "
            "ORDER BY h.id"), {"phone": "phone", "notes": "notes"}).all()
        stored = {("office", r[0]): r[1] for r in conn.execute(text(
            "SELECT id, phone FROM office"))}
        stored.update({("event", r[0]): r[1] for r in conn.execute(text(
            "SELECT id, notes FROM event"))})
    db.close()
    seen: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    chains: dict[tuple[str, str], list[tuple[Any, Any]]] = defaultdict(list)
    for table, record, old, new, login in rows:
        seen[(table, record, new)].append(login)
        chains[(table, record)].append((old, new))
    for kind, record, value, login in commits:
        logins = seen.get((kind, record, value), [])
        if logins != [login]:
            problems.append(f"{kind} {record}: committed {value!r} by {login}, history has "
                            f"{logins}")
    touched = {(kind, record) for kind, record, _v, _l in commits}
    for key in touched:
        chain = chains[key]
        for (_o1, new1), (old2, _n2) in itertools.pairwise(chain):
            if old2 != new1:
                problems.append(f"{key}: history breaks ({new1!r} then old {old2!r})")
        if chain and chain[-1][1] != stored.get(key):
            problems.append(f"{key}: stored {stored.get(key)!r}, history ends {chain[-1][1]!r}")
    return {"lost_updates": len(problems), "examples": problems[:5],
            "records_checked": len(touched), "history_rows": len(rows)}


# --- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--think-ms", type=float, default=1000.0,
                        help="mean pause between a client's steps (a person reading, typing)")
    parser.add_argument("--workbook", type=Path)
    parser.add_argument("--url", help="a PostgreSQL server (superuser URL); default: a "
                        "throwaway cluster")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    workbook = args.workbook or OUT / f"national-{args.scale}-{args.seed}.xlsx"
    if not workbook.exists():
        from generate import generate

        generate(workbook, seed=args.seed, scale=args.scale)
    cluster = None
    server = args.url
    if server is None:
        cluster = _bootstrap().PostgresCluster()
        server = cluster.start()
    try:
        url, info = prepare(server, workbook, args.clients)
        ctx = multiprocessing.get_context("spawn")
        queue = ctx.Queue()
        ready, go = ctx.Semaphore(0), ctx.Event()
        procs = [ctx.Process(target=client, args=(n, url, args.seconds, args.seed,
                                                  args.think_ms, queue, ready, go))
                 for n in range(args.clients)]
        for p in procs:
            p.start()
        for _p in procs:  # every client connected and warmed up before the clock starts
            ready.acquire(timeout=300)
        watch = LockWatch(url)
        watch.start()
        started = time.perf_counter()
        go.set()
        results = [queue.get(timeout=args.seconds + 300) for _ in procs]
        for p in procs:
            p.join(60)
        wall = time.perf_counter() - started
        watch.stop()
        commits = []
        for r in results:
            commits.extend(r["commits"])
        # which login committed each value: the value carries the client number
        parsed_db = url.rsplit("/", 1)[1]
        attributed = [(k, rec, v, f"{parsed_db}_c{v.split('-')[0][1:]}")
                      for k, rec, v in commits]
        check = lost_updates(url, attributed)
    finally:
        if cluster is not None:
            cluster.stop()
    save_ms = [x for r in results for x in r["save_ms"]]
    read_ms = [x for r in results for x in r["read_ms"]]
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
                   f"{platform.python_version()}",
        "load_average_1min_at_end": round(os.getloadavg()[0], 1),
        "clients": args.clients, "seconds": args.seconds, "think_ms_mean": args.think_ms,
        "wall_seconds": round(wall, 1),
        "dataset": info,
        "saves_attempted": sum(r["attempted"] for r in results),
        "saves_committed": sum(r["committed"] for r in results),
        "saves_refused_as_conflicts": sum(r["refused"] for r in results),
        "errors": [e for r in results for e in r["errors"]][:10],
        "lost_updates": check["lost_updates"], "lost_update_examples": check["examples"],
        "records_checked": check["records_checked"],
        "save_ms_p50": round(percentile(save_ms, 50), 1),
        "save_ms_p95": round(percentile(save_ms, 95), 1),
        "save_ms_max": round(max(save_ms, default=0), 1),
        "saves_per_second": round(len(save_ms) / max(wall, 1e-9), 1),
        "reads": len(read_ms),
        "read_ms_p50": round(percentile(read_ms, 50), 1),
        "read_ms_p95": round(percentile(read_ms, 95), 1),
        "read_ms_max": round(max(read_ms, default=0), 1),
        "reads_slower_than_1s": sum(ms > BLOCKED_READ_S * 1000 for ms in read_ms),
        "lock_samples": watch.samples,
        "reader_waiting_on_a_lock_samples": watch.readers_waiting,
        "writer_waiting_on_a_lock_samples": watch.writers_waiting,
        "reader_blocked": watch.readers_waiting > 0,
    }
    (OUT / "team.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for key, value in report.items():
        if key not in ("lost_update_examples",):
            print(f"{key:28} {value}")
    ok = (report["lost_updates"] == 0 and report["save_ms_p95"] < P95_TARGET_MS
          and not report["reader_blocked"] and not report["errors"])
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
