"""Smoke test of the frozen app: every command a user runs, and the window, from another folder.

    .venv/bin/python packaging/smoke.py dist/ConsularApp [--wix-files build/wix/AppFiles.wxs]

Run by `python3 packaging/build.py --smoke` (and so by the test command): a module or data file
the build left out fails here, not on an office PC. It runs the frozen executable with a fresh
home folder, from a working folder of its own (with a space in its name), nothing of the source
tree on any path, and checks what each command writes as a user would open it (the PDF's
embedded fonts, the workbook, the calendar). The window opens twice: offscreen, and on a private
Xvfb display (a free display number, so parallel runs do not meet), each time showing every page
and the About box (entry.py's smoke mode). It also times the start of the frozen and the
unfrozen app in the same run, checks that the app writes nothing into its own folder (a clean
uninstall depends on it), and that the WiX list names exactly the folder's files.

Runs under the project's .venv (pypdf and openpyxl read the outputs).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import wix_files  # noqa: E402 - beside this file

WINDOWS = os.name == "nt"
LINUX = sys.platform.startswith("linux")
TIMEOUT_S = 180
PAGES = ("DashboardPage", "AgreementsPage", "DirectoryPage", "LrwPage", "ReportsPage")
AS_OF = "2026-11-21"
DISPLAY_ENV = "CONSULARAPP_TEST_DISPLAY"  # an Xvfb display the test command started
PG_ENV = "CONSULARAPP_TEST_POSTGRESQL"  # its PostgreSQL server (the maintenance database's URL)


class Smoke:
    """Runs the checks, collecting failures instead of stopping at the first."""

    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        self.work = work
        self.failures: list[str] = []
        self.passed = 0
        self.timings: dict[str, float] = {}
        suffix = ".exe" if WINDOWS else ""
        self.window_exe = folder / f"ConsularApp{suffix}"
        # On Windows the window's executable has no console: commands go to consularapp-cli.exe.
        self.cli_exe = folder / ("consularapp-cli.exe" if WINDOWS else "ConsularApp")
        home = work / "home"
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("PYTHON", "CONSULARAPP", "QT_", "VIRTUAL_ENV"))}
        for var in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_DATA_HOME",
                    "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            self.env[var] = str(home / var.lower())
        # The database of every command: named, since platformdirs asks Windows, not the
        # variables, for the user's folders, and `demo` (which fills the demonstration's own
        # database unless --db names one) is pointed at it too.
        self.db_url = f"sqlite:///{(work / 'smoke.sqlite3').as_posix()}"
        self.env["CONSULARAPP_DB"] = self.db_url
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env["CONSULARAPP_NO_CRASH_DIALOG"] = "1"
        self.cwd = work / "any folder"
        self.cwd.mkdir(parents=True)

    # --- reporting ------------------------------------------------------------------------------

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"[smoke] ok    {name}", flush=True)
        else:
            self.failures.append(f"{name}: {detail}".rstrip(": "))
            print(f"[smoke] FAIL  {name}: {detail}", flush=True)
        return ok

    def guard(self, name: str, test: Callable[[], None]) -> None:
        """Run `test`; an exception is a failure of `name`, not the end of the smoke test."""
        try:
            test()
        except Exception as exc:
            self.check(name, False, f"{type(exc).__name__}: {exc}")

    # --- running the app ------------------------------------------------------------------------

    def run(self, *args: str, env: dict[str, str] | None = None,
            exe: Path | None = None) -> subprocess.CompletedProcess[str]:
        command = [str(exe or self.cli_exe), *args]
        return subprocess.run(command, cwd=self.cwd, env=env or self.env, capture_output=True,
                              text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT_S,
                              stdin=subprocess.DEVNULL)

    def command(self, name: str, *args: str, expect: str = "",
                env: dict[str, str] | None = None) -> str:
        result = self.run(*args, env=env)
        shown = (result.stdout + result.stderr).strip().splitlines()
        detail = f"exit {result.returncode}; " + " | ".join(shown[-6:])
        self.check(name, result.returncode == 0 and expect in result.stdout, detail)
        return result.stdout

    # --- the checks -----------------------------------------------------------------------------

    def commands(self) -> None:
        version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
        self.command("--version", "--version", expect=f"consularapp {version}")
        self.command("init", "init", expect="147 office created")
        out = self.command("demo", "--db", self.db_url, "demo", "--as-of", AS_OF,
                           expect="Demonstration data loaded")
        found = re.search(r"Labor Rights Week (\d{4})", out)
        year = found.group(1) if found else "2027"
        listing = self.command("agreements --json", "agreements", "--json", "--as-of", AS_OF)
        agreements = json.loads(listing) if listing.strip() else []
        self.check("agreements are listed", len(agreements) > 0, listing[:200])
        self.command("conflicts", "conflicts", "--year", year, "--json")

        self.command("calendar", "calendar", "--year", year, "--language", "es",
                     "--out", "week.ics", expect=" events to ")
        self.guard("calendar file", lambda: self.calendar(self.cwd / "week.ics"))
        self.command("deadlines", "deadlines", "--as-of", AS_OF, "--out", "deadlines.ics")

        self.command("report staffing (PDF)", "report", "staffing", "--year", year,
                     "--out", "staffing.pdf", expect="Wrote")
        self.guard("staffing PDF", lambda: self.pdf(self.cwd / "staffing.pdf"))
        apart = dict(self.env, CONSULARAPP_SMOKE="1", CONSULARAPP_SMOKE_PDF_APART="1")
        self.command("report staffing (PDF laid out in a child process)", "report", "staffing",
                     "--year", year, "--out", "staffing-apart.pdf", expect="Wrote", env=apart)
        self.guard("the child's PDF", lambda: self.pdf(self.cwd / "staffing-apart.pdf"))
        self.command("report staffing (Excel)", "report", "staffing", "--year", year,
                     "--out", "staffing.xlsx", expect="Wrote")
        self.guard("staffing workbook", lambda: self.workbook(self.cwd / "staffing.xlsx"))
        self.command("report agreements (PDF)", "report", "agreements", "--as-of", AS_OF,
                     "--out", "agreements.pdf", expect="Wrote")
        self.command("report packet", "report", "packet", "--year", year, "--as-of", AS_OF,
                     "--out", "packet", expect="Wrote")
        if agreements:  # the renewal draft reads the shipped templates
            self.command("report renewal (templates)", "report", "renewal", "--agreement",
                         agreements[0]["id"], "--as-of", AS_OF, "--out", "renewal.pdf",
                         expect="Wrote")

        self.command("publish", "publish", "--year", year, "--by", "Smoke Test",
                     expect="Published release 1")
        self.command("send partners (.eml drafts)", "send", "partners", "--year", year,
                     "--release", "latest", "--as-of", AS_OF, "--out", "drafts")
        self.check("e-mail drafts written", any((self.cwd / "drafts").rglob("*.eml")),
                   "no .eml under drafts")

        self.command("export", "export", "exchange.xlsx", expect="rows to")
        self.command("import --dry-run", "import", "exchange.xlsx", "--dry-run",
                     expect="Dry run, nothing written")
        other = f"sqlite:///{(self.work / 'other.sqlite3').as_posix()}"
        self.command("import into another database", "--db", other, "import", "exchange.xlsx",
                     expect="created")
        result = self.run("report", "staffing", "--year", year, "--out", "staffing.doc")
        self.check("wrong usage exits 2", result.returncode == 2, result.stderr[-200:])

    def postgresql(self) -> None:
        """Team mode: the frozen app on a new database of the test command's PostgreSQL server
        (its driver is found by URL only, so only a run shows it shipped)."""
        server = os.environ.get(PG_ENV, "").strip()
        if not server:
            print(f"[smoke] (no ${PG_ENV}: the PostgreSQL check is left out)", flush=True)
            return
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(server)
        name = f"consularapp_smoke_{os.getpid()}"
        plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        # The compiled driver with its own libpq, as on a PC without PostgreSQL's libraries.
        env = dict(self.env, PSYCOPG_IMPL="binary")
        try:
            target = url.set(database=name).render_as_string(hide_password=False)
            self.command("init on PostgreSQL", "--db", target, "init",
                         expect="147 office created", env=env)
            self.command("import on PostgreSQL", "--db", target, "import", "exchange.xlsx",
                         expect="created", env=env)
        finally:
            with psycopg.connect(plain, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def calendar(self, path: Path) -> None:
        text = path.read_text("utf-8")
        self.check("calendar file", text.startswith("BEGIN:VCALENDAR")
                   and "BEGIN:VTIMEZONE" in text and text.count("BEGIN:VEVENT") > 0, text[:120])

    def pdf(self, path: Path) -> None:
        from pypdf import PdfReader

        reader = PdfReader(path)
        embedded: set[str] = set()
        for page in reader.pages:
            fonts = page.get("/Resources", {}).get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                descriptors = [font.get("/FontDescriptor")]
                descriptors += [d.get_object().get("/FontDescriptor")
                                for d in font.get("/DescendantFonts", [])]
                for descriptor in filter(None, descriptors):
                    if "/FontFile2" in descriptor.get_object():
                        embedded.add(str(font["/BaseFont"]).split("+")[-1])
        dejavu = any(name.startswith("DejaVuSans") for name in embedded)
        self.check(f"{path.name} embeds the shipped fonts", dejavu,
                   f"embedded: {sorted(embedded)}")
        marked = reader.trailer["/Root"].get("/MarkInfo", {}).get("/Marked")
        self.check(f"{path.name} is tagged", bool(marked), f"MarkInfo /Marked: {marked}")
        text = "".join(page.extract_text() for page in reader.pages)
        self.check(f"{path.name} has the week's text", "Labor Rights Week" in text, text[:160])

    def workbook(self, path: Path) -> None:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        rows = sum(1 for sheet in book.worksheets for _ in sheet.iter_rows())
        self.check("staffing workbook", rows > 1, f"{rows} rows in {book.sheetnames}")

    def window(self, label: str, env: dict[str, str], platform: str, shot: Path | None,
               exe: list[str] | None = None) -> float | None:
        """Open the window in smoke mode; the seconds until it was on screen (None: failed)."""
        env = dict(env, CONSULARAPP_SMOKE="1")
        if shot is not None:
            env["CONSULARAPP_SMOKE_SHOT"] = str(shot)
        # Windows: the console twin, since the window's own executable has no output to read.
        command = exe or [str(self.cli_exe)]
        started = time.time()
        try:
            result = subprocess.run(command, cwd=self.cwd, env=env, capture_output=True,
                                    text=True, encoding="utf-8", errors="replace",
                                    timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            self.check(f"window ({label})", False, f"still running after {TIMEOUT_S} s")
            return None
        lines: dict[str, str] = {}  # "smoke: window on screen at ..." -> {"window": "on ..."}
        for line in result.stdout.splitlines():
            if line.startswith("smoke: "):
                key, _, rest = line.removeprefix("smoke: ").partition(" ")
                lines[key] = rest
        on_screen = re.search(r"at (\d+\.\d+) platform=(\S+)", lines.get("window", ""))
        detail = (f"exit {result.returncode}; "
                  + " | ".join((result.stdout + result.stderr).strip().splitlines()[-8:]))
        ok = (result.returncode == 0 and on_screen is not None
              and on_screen.group(2) == platform)
        if not self.check(f"window on screen ({label})", ok, detail):
            return None
        pages = lines.get("pages", "")
        self.check(f"every page opens ({label})", all(f"={p}" in pages for p in PAGES), pages)
        about = lines.get("about", "")
        self.check(f"Help > About ({label})", "<td>Version</td>" in about
                   and "<td>Database</td>" in about, about[:200])
        return float(on_screen.group(1)) - started

    def windows(self, shots: Path | None) -> None:
        self.window("offscreen", self.env, "offscreen",
                    shots / "frozen-offscreen.png" if shots else None)
        if WINDOWS:
            self.windowed(shots or self.work)
        if not LINUX:
            return
        with Xvfb() as display:
            if not self.check("Xvfb display", display is not None,
                              "Xvfb is not installed (apt-get install xvfb)"):
                return
            env = dict(self.env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
            self.window("Xvfb", env, "xcb", shots / "frozen-xvfb.png" if shots else None)

    def windowed(self, folder: Path) -> None:
        """ConsularApp.exe, the Start menu's (no console): it walks the window and leaves its
        picture, which is all it can say."""
        shot = folder / "frozen-windowed.png"
        shot.unlink(missing_ok=True)
        env = dict(self.env, CONSULARAPP_SMOKE="1", CONSULARAPP_SMOKE_SHOT=str(shot))
        result = subprocess.run([str(self.window_exe)], cwd=self.cwd, env=env,
                                timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
        self.check("window of ConsularApp.exe", result.returncode == 0 and shot.exists(),
                   f"exit {result.returncode}, picture {'saved' if shot.exists() else 'missing'}")

    def start_times(self, python: str) -> None:
        """Median of three starts, frozen and unfrozen, measured now on the same machine."""
        unfrozen_env = dict(self.env)
        runs: dict[str, list[float]] = {k: [] for k in ("frozen --version", "unfrozen --version",
                                                         "frozen window", "unfrozen window")}
        for _ in range(3):
            for key, command in (("frozen --version", [str(self.cli_exe), "--version"]),
                                 ("unfrozen --version", [python, "-m", "consularapp",
                                                         "--version"])):
                began = time.perf_counter()
                subprocess.run(command, cwd=self.cwd, env=unfrozen_env, capture_output=True,
                               timeout=TIMEOUT_S, stdin=subprocess.DEVNULL, check=True)
                runs[key].append(time.perf_counter() - began)
            frozen = self.window("timing, frozen", self.env, "offscreen", None)
            unfrozen = self.window("timing, unfrozen", unfrozen_env, "offscreen", None,
                                   exe=[python, str(HERE / "entry.py")])
            if frozen is not None:
                runs["frozen window"].append(frozen)
            if unfrozen is not None:
                runs["unfrozen window"].append(unfrozen)
        for key, values in runs.items():
            if values:
                self.timings[key] = round(statistics.median(values), 3)
        print("[smoke] start times (median of 3, seconds): "
              + ", ".join(f"{k} {v:.2f}" for k, v in self.timings.items()), flush=True)


class Xvfb:
    """The test command's display ($CONSULARAPP_TEST_DISPLAY) if it started one, else a private
    X server on a free display (-displayfd), stopped on exit; None if there is no Xvfb."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str | None:
        given = os.environ.get(DISPLAY_ENV, "").strip()
        if given:
            return given
        program = shutil.which("Xvfb")
        if program is None:
            return None
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [program, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as handle:
            number = handle.readline().strip()
        return f":{number}" if number else None

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of the frozen app.")
    parser.add_argument("folder", type=Path, help="the frozen folder (dist/ConsularApp)")
    parser.add_argument("--wix-files", type=Path, metavar="FILE.wxs",
                        help="the WiX list of the folder's files, checked against the folder")
    parser.add_argument("--shots", type=Path, metavar="FOLDER",
                        help="save pictures of the window there")
    parser.add_argument("--timings", type=Path, default=ROOT / "build" / "smoke-timings.json",
                        metavar="FILE.json")
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    before = wix_files.frozen_files(folder)
    with tempfile.TemporaryDirectory(prefix="consularapp-smoke-") as tmp:
        smoke = Smoke(folder, Path(tmp))
        smoke.guard("commands", smoke.commands)
        smoke.guard("PostgreSQL", smoke.postgresql)
        smoke.guard("window", lambda: smoke.windows(args.shots))
        smoke.guard("start times", lambda: smoke.start_times(sys.executable))
    after = wix_files.frozen_files(folder)
    smoke.check("nothing written into the app's folder", after == before,
                ", ".join(sorted(set(after) - set(before))[:5]))
    if args.wix_files is not None:
        problems = wix_files.check(folder, args.wix_files.read_text("utf-8"))
        smoke.check("the WiX list names exactly the frozen files", not problems,
                    "; ".join(problems))
    args.timings.parent.mkdir(parents=True, exist_ok=True)
    args.timings.write_text(json.dumps(smoke.timings, indent=2) + "\n", encoding="utf-8")
    if smoke.failures:
        print(f"[smoke] the frozen app FAILED {len(smoke.failures)} check(s):", flush=True)
        for failure in smoke.failures:
            print(f"[smoke]   {failure}", flush=True)
        return 1
    print(f"[smoke] the frozen app passed all {smoke.passed} checks", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
