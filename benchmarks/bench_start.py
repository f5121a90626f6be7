"""Benchmark: time from process start to a usable (painted) window, bare Qt against the app.

    python benchmarks/bench_start.py [--runs 7] [--db PATH] [--scale 1.0] [--seed 1]

Each start is a fresh Python process (benchmarks/start_child.py) on QT_QPA_PLATFORM=offscreen:
(a) a bare PySide6 QMainWindow with a label; (b) the app's main window from
`ui.app.build_main_window(db)` on the benchmark database. Runs alternate bare/app so both see
the same machine state; one warm-up run of each is made first and not counted (it fills the
disk cache and writes .pyc files). Without `--db` the database is built once here: the
generated workbook (reused from benchmarks/out/ when the same scale and seed made it before)
imported into benchmarks/out/start.sqlite3 (a workbook older than generate.py is made again).

Figures: "wall" is measured by this process from spawning the child to reading its READY line,
so it includes interpreter start-up: the honest figure, and the one the targets use. "in
script" is what the child measured from the top of its script. Prints medians and every value,
writes benchmarks/out/start.json; exit status 1 if a target is missed.

Targets: app median <= 1.0 s, and <= 4x the bare window median of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
CHILD = HERE / "start_child.py"
APP_TARGET_S = 1.0
RATIO_TARGET = 4.0
CHILD_TIMEOUT_S = 60.0


def build_database(scale: float, seed: int) -> Path:
    """Generate (or reuse) the workbook and import it into a fresh benchmarks/out/start.sqlite3."""
    from generate import generate

    from consularapp.db import open_database
    from consularapp.workbook import import_workbook

    OUT.mkdir(parents=True, exist_ok=True)
    workbook = OUT / f"national-s{scale:g}-seed{seed}.xlsx"
    generator = HERE / "generate.py"
    if not workbook.exists() or workbook.stat().st_mtime < generator.stat().st_mtime:
        print(f"generating {workbook.name} ...", flush=True)
        generate(workbook, seed=seed, scale=scale)
    db_path = OUT / "start.sqlite3"
    db_path.unlink(missing_ok=True)
    print(f"importing into {db_path.name} ...", flush=True)
    started = time.perf_counter()
    db = open_database(f"sqlite:///{db_path}")
    try:
        import_workbook(db, workbook)
    finally:
        db.close()
    print(f"database ready in {time.perf_counter() - started:.1f} s", flush=True)
    return db_path


def child_env() -> dict[str, str]:
    """Offscreen Qt, the repository importable, and user folders kept out of the real home."""
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


def one_start(mode: str, db_url: str | None, env: dict[str, str]) -> dict[str, Any]:
    """Spawn one child; wall time to its READY line and to its exit, plus what it reported."""
    cmd = [sys.executable, str(CHILD), mode] + ([db_url] if db_url else [])
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT,
                                env=env)
        assert proc.stdout is not None
        ready_at, report = None, None
        for line in proc.stdout:
            if line.startswith("READY "):
                ready_at = time.perf_counter() - started
                report = json.loads(line[len("READY "):])
                break
        try:
            proc.communicate(timeout=CHILD_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        exited_at = time.perf_counter() - started
        if report is None:
            err.seek(0)
            return {"ok": False, "error": err.read()[-3000:], "returncode": proc.returncode}
    return {"ok": True, "wall_s": ready_at, "exit_s": exited_at, **report}


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median, min, max and all values of each figure over the counted runs."""
    def stats(values: list[float]) -> dict[str, Any]:
        return {"median": statistics.median(values), "min": min(values), "max": max(values),
                "values": [round(v, 4) for v in values]}

    out = {
        "wall_s": stats([r["wall_s"] for r in runs]),
        "exit_s": stats([r["exit_s"] for r in runs]),
        "in_script_s": stats([r["in_script_s"] for r in runs]),
    }
    exec_values = [r["since_exec_s"] for r in runs if r.get("since_exec_s") is not None]
    if exec_values:
        out["since_exec_s"] = stats(exec_values)
    marks = runs[0]["marks"].keys()
    out["marks_median_s"] = {m: statistics.median(r["marks"][m] for r in runs) for m in marks}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="counted runs of each (default 7)")
    parser.add_argument("--no-warmup", action="store_true", help="count the first runs too")
    parser.add_argument("--db", type=Path, help="an already imported database to open")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, default=OUT / "start.json")
    args = parser.parse_args(argv)

    db_path = args.db.resolve() if args.db else build_database(args.scale, args.seed)
    db_url = f"sqlite:///{db_path}"
    env = child_env()
    warmups = 0 if args.no_warmup else 1
    results: dict[str, list[dict[str, Any]]] = {"bare": [], "app": []}
    failures: dict[str, dict[str, Any]] = {}
    for n in range(warmups + args.runs):
        for mode in ("bare", "app"):
            if mode in failures:
                continue
            run = one_start(mode, db_url if mode == "app" else None, env)
            if not run["ok"]:
                failures[mode] = run
                print(f"{mode}: FAILED\n{run['error']}", file=sys.stderr)
                continue
            label = "warm-up" if n < warmups else f"run {n - warmups + 1}"
            print(f"{label:>8} {mode:<4} wall {run['wall_s']:.3f} s  "
                  f"in script {run['in_script_s']:.3f} s  exit {run['exit_s']:.3f} s", flush=True)
            if n >= warmups:
                results[mode].append(run)

    stats = {mode: summary(runs) for mode, runs in results.items() if runs}
    print()
    print(f"{'':<6} {'wall median':>12} {'in-script median':>17} {'to exit median':>15}  "
          "wall, every run")
    for mode, s in stats.items():
        print(f"{mode:<6} {s['wall_s']['median']:>12.3f} {s['in_script_s']['median']:>17.3f} "
              f"{s['exit_s']['median']:>15.3f}  "
              + " ".join(f"{v:.3f}" for v in s["wall_s"]["values"]))
    ratio = None
    passed = not failures and "app" in stats and "bare" in stats
    if passed:
        app_median = stats["app"]["wall_s"]["median"]
        ratio = app_median / stats["bare"]["wall_s"]["median"]
        marks = stats["app"]["marks_median_s"]
        steps = list(marks.items())
        print("app steps (median, s since script top): "
              + ", ".join(f"{k} {v:.3f}" for k, v in steps))
        passed = app_median <= APP_TARGET_S and ratio <= RATIO_TARGET
        print(f"app/bare ratio: {ratio:.2f} (target <= {RATIO_TARGET:g}); app median "
              f"{app_median:.3f} s (target <= {APP_TARGET_S:g} s): "
              f"{'met' if passed else 'MISSED'}")
    report = {
        "benchmark": "start",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "qpa": "offscreen",
        "database": str(db_path),
        "database_mb": db_path.stat().st_size / 1e6 if db_path.exists() else None,
        "runs": args.runs,
        "warmups": warmups,
        "targets": {"app_median_s": APP_TARGET_S, "app_over_bare": RATIO_TARGET},
        "ratio": ratio,
        "passed": passed,
        "stats": stats,
        "failures": failures,
        "raw": results,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
