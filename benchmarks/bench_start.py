"""Benchmark: time from process start to a usable (painted) window, bare Qt against the app,
on the national dataset at 1x and 10x in one run.

    .venv/bin/python benchmarks/bench_start.py [--scales 1 10] [--runs 7] [--db URL]
                                               [--backend sqlite]

Each start is a fresh Python process (benchmarks/start_child.py) on QT_QPA_PLATFORM=offscreen:
(a) a bare PySide6 QMainWindow with a label; (b) the app's main window from
`ui.app.build_main_window(db)` on the national database of each scale
(benchmarks/out/national-s{scale}-seed1.sqlite3, built once by common.py; `--db` names another).
Runs alternate bare/app so both see the same machine state; one warm-up run of each is made
first and not counted (it fills the disk cache and writes .pyc files).

Figures: "wall" is measured by this process from spawning the child to reading its READY line,
so it includes interpreter start-up: the honest figure, and the one the targets use. "in
script" is what the child measured from the top of its script. Prints medians and every value,
writes benchmarks/out/start.json; exit status 1 if a target is missed.

Targets (issue 17, at 10x): app median <= 1.0 s, and <= 4x the bare window median of the same
run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = Path(os.environ.get("CONSULARAPP_BENCH_OUT") or HERE / "out")
CHILD = HERE / "start_child.py"
APP_TARGET_S = 1.0
RATIO_TARGET = 4.0
CHILD_TIMEOUT_S = 60.0


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


def measure(db_url: str, runs: int, warmups: int) -> dict[str, Any]:
    """Alternate bare and app starts on `db_url`; the summary of each, or the failure."""
    env = child_env()
    results: dict[str, list[dict[str, Any]]] = {"bare": [], "app": []}
    failures: dict[str, dict[str, Any]] = {}
    for n in range(warmups + runs):
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
    stats = {mode: summary(rs) for mode, rs in results.items() if rs}
    print(f"{'':<6} {'wall median':>12} {'in-script median':>17} {'to exit median':>15}  "
          "wall, every run")
    for mode, st in stats.items():
        print(f"{mode:<6} {st['wall_s']['median']:>12.3f} {st['in_script_s']['median']:>17.3f} "
              f"{st['exit_s']['median']:>15.3f}  "
              + " ".join(f"{v:.3f}" for v in st["wall_s"]["values"]))
    if "app" in stats:
        print("app steps (median, s since script top): " + ", ".join(
            f"{k} {v:.3f}" for k, v in stats["app"]["marks_median_s"].items()))
    return {"stats": stats, "failures": failures, "raw": results}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="counted runs of each (default 7)")
    parser.add_argument("--no-warmup", action="store_true", help="count the first runs too")
    parser.add_argument("--db", help="an already imported database (URL) instead of the "
                        "national ones")
    parser.add_argument("--scales", type=float, nargs="+", default=[1.0, 10.0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)

    from common import Measure, national_database, print_table, write_json

    warmups = 0 if args.no_warmup else 1
    scales = [1.0] if args.db else args.scales
    by_scale: dict[float, dict[str, Any]] = {}
    for scale in scales:
        url = args.db or national_database(scale, args.seed, args.backend)
        print(f"scale {scale:g}: {url.rsplit('/', 1)[-1]}")
        by_scale[scale] = measure(url, args.runs, warmups)
    app = Measure("start to usable window (app, wall)", "s", APP_TARGET_S)
    bare = Measure("bare PySide6 window (wall)", "s")
    ratio = Measure("app / bare", "x", RATIO_TARGET)
    for scale, r in by_scale.items():
        stats = r["stats"]
        if "app" in stats and "bare" in stats:
            app.figures[scale] = stats["app"]["wall_s"]["median"]
            bare.figures[scale] = stats["bare"]["wall_s"]["median"]
            ratio.figures[scale] = app.figures[scale] / bare.figures[scale]
    passed = print_table(f"bench_start ({args.backend})", [app, bare, ratio], scales)
    passed = passed and not any(r["failures"] for r in by_scale.values()) and all(
        (ratio.figures.get(s) or 99) <= RATIO_TARGET for s in scales)
    path = write_json(f"start-{args.backend}", {
        "backend": args.backend, "qpa": "offscreen", "runs": args.runs, "warmups": warmups,
        "targets": {"app_median_s": APP_TARGET_S, "app_over_bare": RATIO_TARGET},
        "passed": passed, "scales": {f"{s:g}": r for s, r in by_scale.items()}})
    print(f"wrote {path}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
