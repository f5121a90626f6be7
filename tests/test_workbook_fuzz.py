"""A seeded fuzz test of the importer: mutations of an exported workbook, each judged.

Every case must end in one of two ways. Either the workbook is accepted: then nothing it held
is lost without a warning (each of its rows is in the export, no filled cell comes back blank),
and it exports and re-imports unchanged, and its export round-trips through an empty database.
Or it is refused with located problems (`Sheet, row N, Column: ...`, each with a code) or one
sentence about the file, and the database is exactly as it was. Anything else -- a traceback,
a problem without a place, a changed database after a refusal, a silent loss -- is a failure
that names the case's seed, so it can be replayed:
CONSULARAPP_FUZZ_SEED=<seed> CONSULARAPP_FUZZ_CASES=1.

CONSULARAPP_FUZZ_CASES (default 300) and CONSULARAPP_FUZZ_SECONDS (default 60) bound the run;
the cases that fit in the time are run, and at least 33 must (a machine under load runs fewer).
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import shutil
import time
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from test_workbook import import_rows, rich_sheets

from consularapp.db import Database, open_database
from consularapp.errors import ConsularError, InputError, WorkbookFileError
from consularapp.models import Base
from consularapp.validation import split_list
from consularapp.workbook import SHEET_ORDER, export_workbook, import_workbook
from consularapp.workbook.cells import cell_text, is_blank
from consularapp.workbook.format import VERSION_COLUMN
from consularapp.workbook.reading import read_sheets

CASES = int(os.environ.get("CONSULARAPP_FUZZ_CASES", "300"))
SECONDS = float(os.environ.get("CONSULARAPP_FUZZ_SECONDS", "60"))
SEED = int(os.environ.get("CONSULARAPP_FUZZ_SEED", "20261203"))
LOCATED = re.compile(r"^(" + "|".join(SHEET_ORDER) + r"), row \d+, .+$")

# Values that broke importers before, or sit at an edge: numbers past every integer column,
# dates past the calendar, text past a cell, characters no cell holds, names Windows keeps.
NASTY: list[Any] = [
    None, "", "   ", "0", "-1", "1e3", "2.5", 0, -1, 1000, 2_147_483_648, 3_000_000_000,
    9_223_372_036_854_775_808, -9_223_372_036_854_775_809, 1e308, 0.5, -0.0, True, False,
    datetime(9999, 12, 31, 22, 0), datetime(1, 1, 1, 0, 30), datetime(2027, 3, 14, 2, 30),
    date(1900, 1, 1), date(2100, 12, 31), date(2101, 1, 1), "9999-12-31 22:00",
    "0001-01-01 00:30", "2027-02-30", "2027-08-30 25:00", "٢٠١٩-١٠-٢١", "２０２７-08-30",
    "١٢", "#N/A", "#VALUE!", "=1+1", "+1", "-x", "@x", "CON", "con.2024", ".", "..", "LPT9",
    "A.", "a\nb", "a\r\nb", "tab\there", "\x7f", "\x85", "\u2028", "x" * 201, "x" * 2001,
    "x" * 5001, "x" * 32_767, "America/Phoenix", "Asia/Tokyo", "Mars/Base", "EST", "UTC",
    "MX-CHICAGO", "WHD-CHICAGO", "EV-PHX-1", "P-ANA", "AG-CHI-2021", "cancelled", "signed",
    "terminated", "draft", "confirmed", "presenter", "https://example.org/a b",
    "javascript://x", "C:\\LoA\n2021.pdf", "ZZ", "XX", "mx", "English; Spanish", ";;;", "a;b",
    "Ñandú Ünïcode", "🙂", 12.0, 2027, 36, "36", "2027", "2027-08-30", "2027-08-30 09:00",
    datetime(2027, 8, 30, 9, 0), date(2027, 8, 30), "  padded  ",
]


# Values by the kind of column they are put in, so that most mutations reach the rules that
# judge that column (a number column gets numbers, a date column dates...).
BIG = [2_147_483_648, 3_000_000_000, 9_223_372_036_854_775_808, -9_223_372_036_854_775_809,
       "9223372036854775808", -1, 0, 999, 1000, 1201, 1e308, 2.5, "12", "١٢", "1e3", True]
DAYS = [date(1, 1, 1), date(1989, 12, 31), date(1990, 1, 1), date(2100, 12, 31),
        date(2101, 1, 1), datetime(9999, 6, 1), "9999-06-01", "0001-01-01", "2024-02-29",
        "2023-02-29", "٢٠١٩-١٠-٢١", "2019-10-21 10:00", datetime(2026, 9, 4, 10, 30), 45000,
        "31/08/2025", "#N/A"]
TIMES = [datetime(9999, 12, 31, 22, 0), "9999-12-31 22:00", "0001-01-01 00:30",
         datetime(1, 1, 1, 0, 30), datetime(2027, 3, 14, 2, 30), "2027-11-07 01:30",
         "2027-08-30 24:00", "2027-08-30 9am", date(2027, 8, 30), "２０２７-08-30 09:00",
         datetime(2027, 8, 30, 8, 59), datetime(2027, 8, 30, 13, 1), 46000.5]
IDS = ["CON", "con", "PRN.2024", "..", ".", "COM1", "lpt9", "A.", "MX-CHICAGO", "WHD-CHICAGO",
       "EV-PHX-1", "P-ANA", "AG-CHI-2021", "AG-PR-2022", "x" * 65, "bad id!", "", "MX-PHOENIX",
       "OSHA-SJ", "P-NOBODY", "EV-CHI-2026", "AG-HNL"]
KINDS: dict[str, list[Any]] = {
    "number": BIG, "day": DAYS, "time": TIMES, "id": IDS,
    "zone": ["Asia/Tokyo", "Pacific/Kiritimati", "EST", "Mars/Base", "America/" + "x" * 300,
             "america/chicago", "UTC", "Etc/GMT+12"],
    "link": ["C:\\LoA\n2021.pdf", "https://example.org/a b", "javascript://x",
             "https://example.org/a\rb", "\\\\server\\share\\a.pdf", "x" * 2001],
}
COLUMN_KINDS = {
    "Term months": "number", "Staff needed": "number", "Year": "number",
    "Signed on": "day", "Effective on": "day", "Expires on": "day", "Terminated on": "day",
    "Active from": "day", "Active to": "day", "Starts on": "day", "Ends on": "day",
    "Starts": "time", "Ends": "time", "Time zone": "zone", "Document": "link",
}


def value_for(rng: random.Random, header: Any) -> Any:
    name = str(header or "")
    kind = COLUMN_KINDS.get(name) or ("id" if name.endswith(("ID", "IDs", "Renews",
                                                             "signatory")) else None)
    if kind and rng.random() < 0.7:
        return rng.choice(KINDS[kind])
    return rng.choice(NASTY)


def fingerprint(db: Database) -> str:
    """Every row of every table, hashed: equal exactly when the database is unchanged."""
    digest = hashlib.sha256()
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table)).all()
            for row in sorted(repr(tuple(r)) for r in rows):
                digest.update(row.encode("utf-8", "surrogatepass"))
            digest.update(f"|{table.name}|{len(rows)}".encode())
    return digest.hexdigest()


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's cells, without the hidden Version column (each database counts its own)."""
    book = load_workbook(path)
    sheets = {}
    for ws in book:
        rows = list(ws.iter_rows(values_only=True))
        keep = [i for i, name in enumerate(rows[0] if rows else ()) if name != VERSION_COLUMN]
        sheets[ws.title] = [tuple(row[i] for i in keep) for row in rows]
    return sheets


# --- mutations ----------------------------------------------------------------------------------


def _set(cell: Any, value: Any) -> None:
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that looks like a formula, as the spec keeps it


def mutate_cells(rng: random.Random, book: Any) -> str:
    ws = rng.choice(book.worksheets)
    kind = rng.choice(["nasty", "nasty", "nasty", "blank", "swap", "copy", "header", "row",
                       "duplicate", "sheet", "far"])
    rows = ws.max_row
    cols = ws.max_column
    r, c = rng.randint(2, max(2, rows)), rng.randint(1, cols)
    if kind == "nasty":
        value = value_for(rng, ws.cell(row=1, column=c).value)
        _set(ws.cell(row=r, column=c), value)
        return f"{ws.title}!R{r}C{c} = {value!r:.40}"
    if kind == "blank":
        ws.cell(row=r, column=c).value = None
        return f"{ws.title}!R{r}C{c} blank"
    if kind == "swap":
        d = rng.randint(1, cols)
        a, b = ws.cell(row=r, column=c), ws.cell(row=r, column=d)
        a.value, b.value = b.value, a.value
        return f"{ws.title}!R{r} swap C{c} C{d}"
    if kind == "copy":
        other = rng.choice(book.worksheets)
        source = other.cell(row=rng.randint(1, max(1, other.max_row)),
                            column=rng.randint(1, other.max_column))
        _set(ws.cell(row=r, column=c), source.value)
        return f"{ws.title}!R{r}C{c} = {other.title} value {source.value!r:.40}"
    if kind == "header":
        value = rng.choice([None, "Unknown column", ws.cell(row=1, column=rng.randint(
            1, cols)).value, "  " + str(ws.cell(row=1, column=c).value).upper() + " "])
        ws.cell(row=1, column=c).value = value
        return f"{ws.title} header C{c} = {value!r}"
    if kind == "row":
        ws.delete_rows(r)
        return f"{ws.title} row {r} deleted"
    if kind == "duplicate":
        ws.append([cell.value for cell in ws[r]])
        return f"{ws.title} row {r} repeated"
    if kind == "sheet":
        if rng.random() < 0.5:
            book.remove(ws)
            return f"sheet {ws.title} removed"
        ws.title = rng.choice(["Events", "events ", "Offices", "Other"])
        return f"sheet renamed {ws.title!r}"
    ws.cell(row=r, column=16_384).value = "far"
    return f"{ws.title}!R{r} cell in XFD"


def mutate_zip(rng: random.Random, content: bytes) -> tuple[bytes, str]:
    source = zipfile.ZipFile(io.BytesIO(content))
    names = source.namelist()
    kind = rng.choice(["drop", "truncate", "corrupt", "garbage"])
    if kind == "truncate":
        cut = rng.randint(0, len(content) - 1)
        return content[:cut], f"file cut at {cut} bytes"
    if kind == "garbage":
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 2000))), "random bytes"
    out = io.BytesIO()
    victim = rng.choice(names)
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            data = source.read(name)
            if name == victim:
                if kind == "drop":
                    continue
                at = rng.randint(0, max(0, len(data) - 1))
                data = data[:at] + rng.choice([b"<", b"&", b"\x00", b"\xff", b"]]>"]) + data[at:]
            target.writestr(name, data)
    return out.getvalue(), f"{kind} {victim}"


# --- the test -----------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_every_mutation_ends_in_acceptance_or_a_located_refusal(empty_db: Database,
                                                                tmp_path: Path) -> None:
    import_rows(empty_db, tmp_path, rich_sheets())
    base = tmp_path / "base.xlsx"
    export_workbook(empty_db, base)
    base_bytes = base.read_bytes()
    base_db_file = Path(empty_db.engine.url.database or "")
    empty_db.close()
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(base_db_file, pristine)
    work_file = tmp_path / "work.sqlite3"
    shutil.copyfile(pristine, work_file)
    db = open_database(f"sqlite:///{work_file}")
    before = fingerprint(db)
    open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}").close()  # for round trips

    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    started = time.monotonic()
    ran = 0
    for case in range(CASES):
        if time.monotonic() - started > SECONDS:
            break
        seed = SEED + case
        rng = random.Random(seed)
        path = tmp_path / "case.xlsx"
        try:
            if rng.random() < 0.15:
                content, what = mutate_zip(rng, base_bytes)
                path.write_bytes(content)
            else:
                book = load_workbook(io.BytesIO(base_bytes))
                times = rng.choice([1, 1, 2, 3, 6])
                what = "; ".join(mutate_cells(rng, book) for _ in range(times))
                book.save(path)
        except Exception:  # a value openpyxl itself cannot write: not a workbook anyone has
            outcomes["unwritable"] += 1
            continue
        ran += 1
        verdict, problem = _judge(db, path, tmp_path, before)
        outcomes[verdict] += 1
        if problem:
            failures.append(f"seed {seed} ({what}): {problem}")
        if verdict not in ("refused", "not a workbook") or problem:  # back to the base
            db.close()
            shutil.copyfile(pristine, work_file)
            db = open_database(f"sqlite:///{work_file}")
    db.close()
    print(f"\nfuzz: {ran} cases in {time.monotonic() - started:.0f} s, seed {SEED}: "
          f"{outcomes['accepted']} accepted, {outcomes['refused']} refused with located "
          f"problems, {outcomes['not a workbook']} refused as no workbook, "
          f"{outcomes['crash']} crashes, {outcomes['silently accepted']} silent acceptances, "
          f"{len(failures)} failures ({outcomes['unwritable']} mutations openpyxl cannot write)")
    assert not failures, "\n".join(failures[:20])
    assert ran >= min(CASES, 100) // 3, (ran, dict(outcomes))
    if CASES >= 100:  # a replay of one seed need not show both
        assert outcomes["refused"] and outcomes["accepted"], dict(outcomes)


def _judge(db: Database, path: Path, tmp_path: Path, before: str) -> tuple[str, str]:
    """('accepted' | 'refused' | 'not a workbook', what went wrong or '')."""
    try:
        result = import_workbook(db, path)
    except InputError as exc:
        unlocated = [str(p) for p in exc.problems
                     if not (p.code and (LOCATED.match(p.where) or
                                         p.code == "import.more_problems"))]
        if unlocated:
            return "refused", f"problems without a place or code: {unlocated[:3]}"
        if fingerprint(db) != before:
            return "refused", "the database changed although the import was refused"
        return "refused", ""
    except WorkbookFileError as exc:
        if "\n" in str(exc) or "Traceback" in str(exc):
            return "not a workbook", f"not one sentence: {str(exc)[:200]!r}"
        if fingerprint(db) != before:
            return "not a workbook", "the database changed although the file was refused"
        return "not a workbook", ""
    except ConsularError as exc:
        return "crash", f"{type(exc).__name__}: {str(exc)[:300]}"
    except Exception as exc:
        return "crash", f"{type(exc).__name__}: {str(exc)[:300]}"
    lost = _silently_lost(db, path, result.warnings, tmp_path)
    if lost:
        return "silently accepted", lost
    return "accepted", _round_trip(db, tmp_path)


# The cells that name a row's record, per sheet: a row of an accepted workbook is found again in
# the export by them.
KEYS = {"Offices": ("Office ID",), "Consulates": ("Consulate ID",),
        "People": ("Person ID", "Organization ID"), "Agreements": ("Agreement ID",),
        "Campaigns": ("Year",), "Events": ("Event ID",),
        "Assignments": ("Event ID", "Person ID", "Starts")}


def _by_key(path: Path) -> dict[str, dict[tuple[str, ...], dict[str, Any]]]:
    """sheet -> the row's key cells as text -> its known columns' values."""
    found: dict[str, dict[tuple[str, ...], dict[str, Any]]] = {}
    for name, sheet in read_sheets(path, []).items():
        rows = found.setdefault(name, {})
        for _number, values in sheet.rows:
            row = {col: values[i] for col, i in sheet.index.items() if col != VERSION_COLUMN}
            key = tuple(cell_text(row.get(col)) for col in KEYS[name])
            rows.setdefault(key, row)
    return found


LISTS = {"Office IDs", "Consulate IDs", "Languages", "Topics", "Languages needed"}


def _empty(column: str, value: Any) -> bool:
    """A blank cell, or a list cell without one item (';;;')."""
    if column in LISTS:
        return not split_list(cell_text(value))
    return is_blank(value)


def _silently_lost(db: Database, path: Path, warnings: list[str], tmp_path: Path) -> str:
    """What an accepted workbook held that the database lost without a warning naming the
    sheet: a row whose record is not in the export, or a filled cell that comes back blank."""
    exported = tmp_path / "accepted.xlsx"
    export_workbook(db, exported)
    now = _by_key(exported)
    for name, rows in _by_key(path).items():
        if any(name in w for w in warnings):
            continue
        for key, row in rows.items():
            if not any(key):
                continue
            back = now.get(name, {}).get(key)
            if back is None:
                return f"{name} row {key} is not in the export"
            for col, value in row.items():
                if not _empty(col, value) and is_blank(back.get(col)):
                    return f"{name} {key} {col} = {value!r:.60} came back blank"
    return ""


def _round_trip(db: Database, tmp_path: Path) -> str:
    """An accepted workbook exports and re-imports unchanged, here and into an empty database."""
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    try:
        export_workbook(db, first)
        again = import_workbook(db, first)
        if again.change:
            return f"re-importing its export changed {again.summary()!r}"
        fresh_file = tmp_path / "fresh.sqlite3"
        shutil.copyfile(tmp_path / "empty.sqlite3", fresh_file)
        fresh = open_database(f"sqlite:///{fresh_file}")
        try:
            import_workbook(fresh, first)
            export_workbook(fresh, second)
        finally:
            fresh.close()
        if cells(first) != cells(second):
            return "its export does not come back the same through an empty database"
    except Exception as exc:
        return f"round trip: {type(exc).__name__}: {str(exc)[:300]}"
    return ""

