"""Benchmark: import and export the national exchange workbook at 1x and 10x, in one run.

    .venv/bin/python benchmarks/bench_workbook.py [--scales 1 10] [--backend sqlite]
                                                  [--no-reimport]

For each scale, takes the generated workbook (benchmarks/out/national-s{scale}-seed1.xlsx, made
once by common.py), imports it into a fresh database with `import_workbook`, exports it with
`export_workbook`, and imports the same workbook again into the now full database (the update
path: every ID exists, nothing should change). Each phase runs in a fresh Python process so its
wall time and peak resident memory (resource.getrusage) are its own: "seconds" is the call
itself, "process s" includes interpreter start and imports. Prints a table per scale and the
figures beside their targets with the 10x/1x ratio; writes benchmarks/out/workbook-{backend}.json;
exit status 1 when a target is missed or a phase fails.

Targets (issue 17, at 10x): import <= 60 s and <= 500 MiB peak; re-import of the unchanged
workbook faster than the first import; export <= 30 s and <= 300 MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = Path(os.environ.get("CONSULARAPP_BENCH_OUT") or HERE / "out")
# At the largest scale (issue 17: the 10x workbook).
IMPORT_TARGET_S = 60.0
IMPORT_TARGET_MIB = 500.0
EXPORT_TARGET_S = 30.0
EXPORT_TARGET_MIB = 300.0
RESULT_PREFIX = "RESULT "


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (ru_maxrss: KiB on Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def table_counts(db: Any) -> dict[str, int]:
    """Rows per table in the database, to compare with the workbook."""
    from sqlalchemy import text

    names = ("agency", "office", "consulate", "person", "membership", "agreement", "campaign",
             "event", "assignment")
    with db.engine.connect() as conn:
        return {n: conn.execute(text(f"SELECT count(*) FROM {n}")).scalar_one() for n in names}


# --- phases (each in its own process) -----------------------------------------------------------


def phase_import(args: argparse.Namespace) -> dict[str, Any]:
    from consularapp.db import open_database
    from consularapp.workbook import import_workbook

    db = open_database(args.db)
    ticks = 0

    def progress(done: int, total: int, message: str) -> None:
        nonlocal ticks
        ticks += 1

    rss_before = peak_rss_mb()
    started = time.perf_counter()
    result = import_workbook(db, args.workbook, progress=progress)
    seconds = time.perf_counter() - started
    counts = table_counts(db)
    db.close()
    return {
        "seconds": seconds,
        "peak_rss_mb_before": rss_before,
        "summary": result.summary().splitlines(),
        "warnings": result.warnings[:20],
        "warning_count": len(result.warnings),
        "progress_calls": ticks,
        "tables": counts,
    }


def phase_export(args: argparse.Namespace) -> dict[str, Any]:
    from consularapp.db import open_database
    from consularapp.workbook import export_workbook

    db = open_database(args.db)
    rss_before = peak_rss_mb()
    started = time.perf_counter()
    rows = export_workbook(db, args.export)
    seconds = time.perf_counter() - started
    db.close()
    return {
        "seconds": seconds,
        "peak_rss_mb_before": rss_before,
        "rows": rows,
        "file_mb": Path(args.export).stat().st_size / 1e6,
    }


PHASES = {"import": phase_import, "reimport": phase_import,
          "export": phase_export}


def run_child(args: argparse.Namespace) -> int:
    """Run one phase here and print its figures as one JSON line."""
    try:
        figures = PHASES[args.phase](args)
        figures["ok"] = True
    except Exception as exc:  # reported to the parent, which fails the run
        figures = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:4000]}
    figures["peak_rss_mb"] = peak_rss_mb()
    print(RESULT_PREFIX + json.dumps(figures, default=str), flush=True)
    return 0 if figures["ok"] else 1


# --- the parent ---------------------------------------------------------------------------------


def spawn(phase: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run `phase` in a fresh interpreter; its figures plus the wall time seen from here."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase,
           "--workbook", str(args.workbook), "--db", str(args.db), "--export", str(args.export)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    wall = time.perf_counter() - started
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
    if not lines:
        return {"ok": False, "error": (proc.stderr or proc.stdout)[-4000:], "process_s": wall}
    figures = json.loads(lines[-1][len(RESULT_PREFIX):])
    figures["process_s"] = wall
    return figures


def print_phases(phases: dict[str, dict[str, Any]]) -> None:
    print(f"{'phase':<10} {'seconds':>8} {'process s':>10} {'peak RSS MiB':>13}  notes")
    for name, f in phases.items():
        if not f.get("ok"):
            print(f"{name:<10} {'FAILED':>8}  {f.get('error', '')[:2000]}")
            continue
        if name == "generate":
            note = f"{sum(f['rows'].values()):,} rows"
        elif name == "export":
            note = f"{f['rows']:,} rows, {f['file_mb']:.1f} MB"
        else:
            note = "; ".join(f["summary"][:3]) + (" ..." if len(f["summary"]) > 3 else "")
            if f["warning_count"]:
                note += f" ({f['warning_count']} warnings)"
        print(f"{name:<10} {f['seconds']:>8.2f} {f['process_s']:>10.2f} "
              f"{f['peak_rss_mb']:>13.0f}  {note}")


def fresh_database(scale: float, args: argparse.Namespace) -> str:
    """An empty database for the import of `scale` (a file, or a PostgreSQL database)."""
    name = f"workbook-s{scale:g}"
    if args.backend == "sqlite":
        path = OUT / f"{name}.sqlite3"
        for stale in (path, Path(f"{path}-journal")):
            stale.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    from common import _pg_recreate, _with_database, postgresql_server

    server = postgresql_server()
    db_name = name.replace(".", "_").replace("-", "_")
    _pg_recreate(server, db_name)
    return _with_database(server, db_name)


def keep_as_national(scale: float, args: argparse.Namespace) -> None:
    """The database just imported is the other benchmarks' national database of `scale`
    (common.national_database): copied there when that one is missing or older, which spares
    importing the same workbook twice."""
    import shutil

    source = Path(args.db.removeprefix("sqlite:///"))
    target = OUT / f"national-s{scale:g}-seed{args.seed}.sqlite3"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        shutil.copyfile(source, target)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=float, nargs="+", default=[1.0, 10.0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--no-reimport", action="store_true",
                        help="leave out the second import into the full database")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--workbook", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--export", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        return run_child(args)

    sys.path[:0] = [str(ROOT), str(HERE)]
    from common import Measure, national_workbook, print_table, write_json

    by_scale: dict[float, dict[str, dict[str, Any]]] = {}
    for scale in args.scales:
        args.workbook = national_workbook(scale, args.seed)
        args.db = fresh_database(scale, args)
        args.export = OUT / f"workbook-s{scale:g}-export.xlsx"
        args.export.unlink(missing_ok=True)
        phases: dict[str, dict[str, Any]] = {}
        phases["import"] = spawn("import", args)
        if phases["import"]["ok"] and args.backend == "sqlite":
            keep_as_national(scale, args)
        if phases["import"]["ok"]:
            phases["export"] = spawn("export", args)
            if not args.no_reimport:
                phases["reimport"] = spawn("reimport", args)
        print(f"scale {scale:g} ({args.backend}):")
        print_phases(phases)
        by_scale[scale] = phases

    measures = []
    for phase, seconds_target, memory_target in (("import", IMPORT_TARGET_S, IMPORT_TARGET_MIB),
                                                 ("reimport", None, None),
                                                 ("export", EXPORT_TARGET_S, EXPORT_TARGET_MIB)):
        seconds = Measure(f"workbook {phase}, seconds", "s", seconds_target)
        memory = Measure(f"workbook {phase}, peak memory", "MiB", memory_target)
        for scale, phases in by_scale.items():
            f = phases.get(phase, {})
            if f.get("ok"):
                seconds.figures[scale] = f["seconds"]
                memory.figures[scale] = f["peak_rss_mb"]
        if any(seconds.figures.values()):
            measures += [seconds, memory]
    passed = print_table(f"bench_workbook ({args.backend})", measures, args.scales)
    for scale, phases in by_scale.items():
        first, again = phases.get("import", {}), phases.get("reimport", {})
        if first.get("ok") and again.get("ok"):
            faster = again["seconds"] < first["seconds"]
            passed = passed and faster
            print(f"re-import faster than the first import at {scale:g}x: "
                  f"{'yes' if faster else 'NO'} ({again['seconds']:.1f} s vs "
                  f"{first['seconds']:.1f} s)")
    failed = [f"{s:g}x {n}" for s, ph in by_scale.items() for n, f in ph.items() if not f["ok"]]
    if failed:
        print(f"failed phases: {', '.join(failed)}")
    path = write_json(f"workbook-{args.backend}", {
        "backend": args.backend, "passed": passed and not failed,
        "targets": {"import_seconds": IMPORT_TARGET_S, "import_mib": IMPORT_TARGET_MIB,
                    "export_seconds": EXPORT_TARGET_S, "export_mib": EXPORT_TARGET_MIB},
        "phases": {f"{s:g}": ph for s, ph in by_scale.items()}})
    print(f"wrote {path}")
    return 0 if passed and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
