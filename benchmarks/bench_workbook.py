"""Benchmark: import and export the national-scale exchange workbook.

    python benchmarks/bench_workbook.py [--workbook PATH] [--scale 1.0] [--seed 1] [--reimport]

Generates the dataset (benchmarks/generate.py) unless `--workbook` is given, imports it into a
fresh SQLite file with `import_workbook`, exports it with `export_workbook`, and with
`--reimport` imports the original workbook again into the now full database (the update path:
every ID exists, nothing should change). Each phase runs in a fresh Python process so its wall
time and peak resident memory (resource.getrusage) are its own. Prints a table and writes
benchmarks/out/workbook.json. Exit status 1 when a target is missed or a phase fails.

Target: import <= 60 s at scale 1.0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
IMPORT_TARGET_S = 60.0
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


def phase_generate(args: argparse.Namespace) -> dict[str, Any]:
    from generate import generate

    started = time.perf_counter()
    counts = generate(args.workbook, seed=args.seed, scale=args.scale)
    return {"seconds": time.perf_counter() - started, "rows": counts}


def phase_import(args: argparse.Namespace) -> dict[str, Any]:
    from consularapp.db import open_database
    from consularapp.workbook import import_workbook

    db = open_database(f"sqlite:///{args.db}")
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

    db = open_database(f"sqlite:///{args.db}")
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


PHASES = {"generate": phase_generate, "import": phase_import, "reimport": phase_import,
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
           "--workbook", str(args.workbook), "--db", str(args.db), "--export", str(args.export),
           "--seed", str(args.seed), "--scale", str(args.scale)]
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


def print_table(phases: dict[str, dict[str, Any]]) -> None:
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workbook", type=Path, help="an existing workbook (else generated)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reimport", action="store_true",
                        help="also import the workbook again into the full database")
    parser.add_argument("--json", type=Path, default=OUT / "workbook.json")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, default=OUT / "workbook.sqlite3")
    parser.add_argument("--export", type=Path, default=OUT / "workbook-export.xlsx")
    args = parser.parse_args(argv)
    if args.phase:
        return run_child(args)

    OUT.mkdir(parents=True, exist_ok=True)
    phases: dict[str, dict[str, Any]] = {}
    generated = args.workbook is None
    if generated:
        args.workbook = OUT / f"national-s{args.scale:g}-seed{args.seed}.xlsx"
        phases["generate"] = spawn("generate", args)
    for stale in (args.db, Path(f"{args.db}-journal"), args.export):
        stale.unlink(missing_ok=True)
    if phases.get("generate", {"ok": True})["ok"]:
        phases["import"] = spawn("import", args)
        if phases["import"]["ok"]:
            phases["export"] = spawn("export", args)
            if args.reimport:
                phases["reimport"] = spawn("reimport", args)
    print_table(phases)

    imp = phases.get("import", {})
    passed = all(f.get("ok") for f in phases.values()) and imp.get("seconds", 1e9) <= \
        IMPORT_TARGET_S
    print(f"import target <= {IMPORT_TARGET_S:.0f} s: "
          f"{'met' if passed else 'MISSED'} ({imp.get('seconds', float('nan')):.1f} s)")
    report = {
        "benchmark": "workbook",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "workbook": str(args.workbook),
        "workbook_mb": args.workbook.stat().st_size / 1e6 if args.workbook.exists() else None,
        "generated": generated,
        "scale": args.scale if generated else None,
        "seed": args.seed if generated else None,
        "targets": {"import_seconds": IMPORT_TARGET_S},
        "passed": passed,
        "phases": phases,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
