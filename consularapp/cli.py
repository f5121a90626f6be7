"""The `consularapp` command (spec/cli.md): the desktop window, or the same work as a script.

Exit status: 0 done; 1 the input or the data was refused (each problem on its own line on
stderr); 2 wrong usage. Without a command the desktop window opens; the core never imports the UI:
it finds it through the `consularapp.gui` entry point, which the `ui` package registers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from importlib.metadata import entry_points
from typing import Any, TextIO

from consularapp import __version__, i18n
from consularapp.db import Database, open_database
from consularapp.errors import ConsularError, InputError
from consularapp.i18n import N_, _, ngettext
from consularapp.paths import database_url
from consularapp.terminal import TerminalProgress

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Wrong usage detected after parsing (exit 2)."""


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a date YYYY-MM-DD").format(text=text)) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a whole number").format(text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("{text!r} must be 0 or more").format(text=text))
    return value


def open_db(url: str | None) -> Database:
    """Open (creating or upgrading) the database; a new one gets the reference directory."""
    from consularapp.reference import load_reference

    db = open_database(database_url(url))
    if db.created:
        load_reference(db)
    return db


# --- commands -----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.reference import load_reference

    db = open_database(database_url(args.db))
    try:
        change = load_reference(db)
        where = db.url
        if db.backup_path:
            print(_("Upgraded the schema; the previous file was copied to {path}").format(
                path=db.backup_path), file=out)
        if change:
            counts = ", ".join(
                _("{created} {table} created, {updated} updated").format(
                    created=change.count("created", t), table=t,
                    updated=change.count("updated", t))
                for t in sorted(change.tables())
            )
            print(_("Reference directory loaded into {where}: {counts}").format(
                where=where, counts=counts), file=out)
        else:
            print(_("{where} is up to date; nothing changed").format(where=where), file=out)
    finally:
        db.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    """Into the demonstration's own database unless --db names another; a database holding the
    user's own records is refused unless --force (consularapp.demo)."""
    from consularapp.demo import load_demo
    from consularapp.paths import demo_database_url
    from consularapp.policy import require_demo_allowed

    require_demo_allowed()  # before anything is created (load_demo asks again)
    own = args.db is None or args.db == demo_database_url()
    db = open_db(args.db or demo_database_url())
    try:
        result = load_demo(db, today=args.as_of, force=args.force)
        print(_("Demonstration data loaded into {url}: {summary}").format(
            url=db.url, summary=result.summary()), file=out)
        if own:
            print(_("Open it with: consularapp --demo"), file=out)
    finally:
        db.close()
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.workbook import import_workbook

    db = open_db(args.db)
    try:
        with TerminalProgress() as progress:
            result = import_workbook(db, args.workbook, dry_run=args.dry_run,
                                     overwrite=args.overwrite, progress=progress)
    finally:
        db.close()
    for warning in result.warnings:
        print(_("warning: {warning}").format(warning=warning), file=sys.stderr)
    prefix = _("Dry run, nothing written. Would change:") + "\n" if args.dry_run else ""
    print(prefix + result.summary(), file=out)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.workbook import export_workbook

    db = open_db(args.db)
    try:
        with TerminalProgress() as progress:
            rows = export_workbook(db, args.workbook, progress=progress)
    finally:
        db.close()
    print(ngettext("Wrote {count} row to {path}", "Wrote {count} rows to {path}", rows).format(
        count=rows, path=args.workbook), file=out)
    return EXIT_OK


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")  # a bug, not a user's message


def cmd_agreements(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.agreements import compute_statuses
    from consularapp.settings import status_settings

    as_of = args.as_of or date.today()
    db = open_db(args.db)
    try:
        statuses = compute_statuses(db, as_of, status_settings(db))
    finally:
        db.close()
    if args.expiring_within is not None:
        statuses = [
            a
            for a in statuses
            if a.in_force and a.days_left is not None and a.days_left <= args.expiring_within
        ]
    if args.json:
        data = [
            {
                "id": a.id,
                "kind": a.kind,
                "office_ids": a.office_ids,
                "consulate_ids": a.consulate_ids,
                "effective_on": a.effective_on,
                "expires_on": a.expires_on,
                "days_left": a.days_left,
                "status": a.status.value,
                "renewed_by": a.renewed_by,
            }
            for a in statuses
        ]
        json.dump(data, out, default=_json_default, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    from consularapp import statuses as status_words

    header = (_("Agreement"), _("Status"), _("Expires"), _("Days"), _("Offices"),
              _("Consulates"), _("Renewed by"))
    lines = [header] + [
        (
            a.id,
            status_words.word(a.status),
            a.expires_on.isoformat() if a.expires_on else _("no sunset"),
            "" if a.days_left is None else str(a.days_left),
            "; ".join(a.office_ids),
            "; ".join(a.consulate_ids),
            a.renewed_by or "",
        )
        for a in statuses
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")
    print(ngettext("{count} agreement as of {day}", "{count} agreements as of {day}",
                   len(statuses)).format(count=len(statuses), day=as_of.isoformat()), file=out)
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.conflicts import find_conflicts
    from consularapp.models import Campaign

    db = open_db(args.db)
    try:
        with db.session() as s:
            exists = s.get(Campaign, args.year) is not None
        if not exists:
            print("consularapp: " + _("there is no Labor Rights Week {year}").format(
                year=args.year), file=sys.stderr)
            return EXIT_REFUSED
        conflicts = find_conflicts(db, args.year, as_of=args.as_of)
    finally:
        db.close()
    if args.json:
        json.dump([c.to_json() for c in conflicts], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    for c in conflicts:  # severity and kind as their codes (as in --json); the sentence translated
        ack = (" [" + _("acknowledged: {reason}").format(reason=c.reason) + "]"
               if c.acknowledged else "")
        print(f"{c.severity}: {c.kind} ({', '.join(c.event_ids)}): {c.message}{ack}", file=out)
    if not conflicts:
        print(_("No planning problems in Labor Rights Week {year}").format(year=args.year),
              file=out)
    return EXIT_OK


def cmd_obligations(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.labels import obligation_label, obligation_status_label
    from consularapp.obligations import compute_obligations

    as_of = args.as_of or date.today()
    db = open_db(args.db)
    try:
        found = compute_obligations(db, as_of)
    finally:
        db.close()
    if args.json:
        json.dump([o.to_json() for o in found], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    header = (_("Agreement"), _("Obligation"), _("Period"), _("Due on"), _("Status"),
              _("Days"), _("Done on"))
    lines = [header] + [
        (
            o.agreement_id,
            obligation_label(o.obligation),
            "" if o.period is None else _("{period} ({start} to {end})").format(
                period=o.period, start=o.period_starts, end=o.period_ends),
            o.due_on.isoformat(),
            obligation_status_label(o.status.value),
            str(o.days_left),
            o.done_on.isoformat() if o.done_on else "",
        )
        for o in found
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")
    print(ngettext("{count} obligation as of {day}", "{count} obligations as of {day}",
                   len(found)).format(count=len(found), day=as_of.isoformat()), file=out)
    return EXIT_OK


def _period(text: str) -> int:
    value = _positive_int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(
            _("{text!r}: periods are numbered from 1").format(text=text))
    return value


def _release(text: str) -> int | str:
    if text == "latest":
        return text
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not 'latest' or a release number").format(text=text)) from None
    if number < 1:
        raise argparse.ArgumentTypeError(
            _("{text!r}: releases are numbered from 1").format(text=text))
    return number


def cmd_calendar(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.calendars import event_calendar, range_calendar, write_calendar

    if args.year is None and args.release is not None:
        raise UsageError(_("--release needs --year (releases are of a Labor Rights Week)"))
    if args.year is not None and (args.start is not None or args.end is not None):
        raise UsageError(_("--from and --to go without --year (a campaign has its own "
                           "dates)"))
    db = open_db(args.db)
    warnings: list[str] = []
    if args.year is None:
        try:
            data = range_calendar(db, args.start, args.end, consulate_id=args.consulate,
                                  office_id=args.office, person_id=args.person,
                                  language=args.language, warnings=warnings)
        finally:
            db.close()
        path = write_calendar(args.out, data)
        _warn(warnings)
        count = data.count(b"BEGIN:VEVENT")
        print(ngettext("Wrote {count} event to {path}", "Wrote {count} events to {path}",
                       count).format(count=count, path=path), file=out)
        return EXIT_OK
    try:
        data = event_calendar(
            db,
            args.year,
            consulate_id=args.consulate,
            office_id=args.office,
            person_id=args.person,
            language=args.language,
            release=args.release,
            warnings=warnings,
        )
    finally:
        db.close()
    path = write_calendar(args.out, data)
    _warn(warnings)
    count = data.count(b"BEGIN:VEVENT")
    print(ngettext("Wrote {count} event to {path}", "Wrote {count} events to {path}",
                   count).format(count=count, path=path), file=out)
    return EXIT_OK


def cmd_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.calendars import deadlines_calendar, write_calendar

    db = open_db(args.db)
    warnings: list[str] = []
    try:
        data = deadlines_calendar(db, args.as_of, warnings=warnings)
    finally:
        db.close()
    path = write_calendar(args.out, data)
    _warn(warnings)
    count = data.count(b"BEGIN:VEVENT")
    print(ngettext("Wrote {count} deadline to {path}", "Wrote {count} deadlines to {path}",
                   count).format(count=count, path=path), file=out)
    return EXIT_OK


def cmd_publish(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.publishing import publish, publish_summary

    db = open_db(args.db)
    try:
        change = publish(db, args.year, args.by)
    finally:
        db.close()
    print(publish_summary(change), file=out)
    for path in change.files:
        print("  " + _("wrote {path}").format(path=path), file=out)
    _warn(change.warnings)
    return EXIT_OK


def _warn(warnings: Sequence[str]) -> None:
    """Entries an export left out (bad data), each named on its own line on stderr."""
    for warning in warnings:
        print(_("warning: {warning}").format(warning=warning), file=sys.stderr)


def cmd_send(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.sending import send_partners, send_staff

    if args.audience == "partners" and args.person is not None:
        raise UsageError(_("--person applies to send staff only"))
    if args.audience == "staff" and (args.consulate is not None or args.release is not None):
        raise UsageError(_("--consulate and --release apply to send partners only"))
    db = open_db(args.db)
    try:
        with TerminalProgress() as progress:
            if args.audience == "partners":
                result = send_partners(db, args.year, args.out, consulate_id=args.consulate,
                                       release=args.release, as_of=args.as_of,
                                       progress=progress)
            else:
                result = send_staff(db, args.year, args.out, person_id=args.person,
                                    as_of=args.as_of, progress=progress)
    finally:
        db.close()
    for draft in result.drafts:
        print(_("Wrote {path}").format(path=draft.path), file=out)
    count = len(result.drafts)
    if args.audience == "partners":
        summary = ngettext(
            "{count} draft in {folder}, marked unsent: open it in Outlook to send it",
            "{count} drafts in {folder}, marked unsent: open each in Outlook to send it", count)
    else:
        summary = ngettext(
            "{count} invitation in {folder}, marked unsent: open it in Outlook to send it",
            "{count} invitations in {folder}, marked unsent: open each in Outlook to send it",
            count)
    print(summary.format(count=count, folder=result.folder), file=out)
    for note in result.notes:
        print(_("note: {note}").format(note=note), file=sys.stderr)
    for problem in result.problems:
        print(_("not written: {problem}").format(problem=problem), file=sys.stderr)
    _warn(result.warnings)
    return EXIT_OK if result.drafts or not result.problems else EXIT_REFUSED


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.reports import report_format, write_report

    needs = {"staffing": ("year",), "packet": ("year",), "renewal": ("agreement",),
             "alliance": ("agreement",), "results": ("year",)}
    for name in needs.get(args.kind, ()):
        if getattr(args, name) is None:
            raise UsageError(_("report {kind} needs --{option} {value}").format(
                kind=args.kind, option=name, value="YEAR" if name == "year" else "ID"))
    for name, kinds in (("year", ("staffing", "packet", "results")),
                        ("consulate", ("packet",)), ("agreement", ("renewal", "alliance")),
                        ("period", ("alliance",))):
        if getattr(args, name) is not None and args.kind not in kinds:
            raise UsageError(_("--{option} applies to report {kinds} only").format(
                option=name, kinds=" / ".join(kinds)))
    try:  # a wrong file ending is wrong usage, refused before any work
        report_format(args.kind, args.out)
    except InputError as exc:
        raise UsageError(str(exc.problems[0])) from None
    db = open_db(args.db)
    try:
        with TerminalProgress() as progress:
            paths = write_report(db, args.kind, args.out, year=args.year, as_of=args.as_of,
                                 consulate_id=args.consulate, agreement_id=args.agreement,
                                 period=args.period, progress=progress)
    finally:
        db.close()
    for path in paths:
        print(_("Wrote {path}").format(path=path), file=out)
    return EXIT_OK


HISTORY_KINDS = ("office", "consulate", "partner", "person", "agreement", "campaign", "event",
                 "assignment", "setting")


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp.history import record_history, render_entry

    db = open_db(args.db)
    try:
        entries = record_history(db, args.kind, args.id)
    finally:
        db.close()
    if args.json:
        json.dump([e.to_json() for e in entries], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    if not entries:
        print(_("No recorded change of {kind} {id}.").format(kind=args.kind, id=args.id),
              file=out)
        return EXIT_OK
    for entry in entries:
        out.write(render_entry(entry))
        out.write("\n")
    return EXIT_OK


def cmd_team(args: argparse.Namespace, out: TextIO) -> int:
    from consularapp import team

    url = database_url(args.db)
    if args.team_command == "setup":
        result = team.setup(url)
        made = _("created the database and its schema") if result.created_database else (
            _("created the schema") if result.created_schema else _("the schema was there"))
        print(_("{database} is a team database ({made}). Roles: {roles}. Add users with "
                "`consularapp --db URL team add-user LOGIN --role viewer|editor|administrator`.")
              .format(database=result.database, made=made,
                      roles=", ".join(f"{role} = {name}" for role, name in result.roles.items()
                                      if role in team.ROLES)), file=out)
        return EXIT_OK
    db = open_db(args.db)
    try:
        if args.team_command == "users":
            rows = team.list_users(db)
            if args.json:
                json.dump([{"login": r.login, "role": r.role, "person_id": r.person_id or None,
                            "person": r.person_name or None, "can_log_in": r.can_log_in}
                           for r in rows], out, indent=2, ensure_ascii=False)
                out.write("\n")
                return EXIT_OK
            for r in rows:
                person = f"{r.person_name} ({r.person_id})" if r.person_id else "—"
                note = "" if r.can_log_in else "  " + _("(cannot log in)")
                print(f"{r.login}\t{r.role}\t{person}{note}", file=out)
            print(ngettext("{n} user", "{n} users", len(rows)).format(n=len(rows)), file=out)
            return EXIT_OK
        password = None
        if not args.no_password:
            password = _read_password(args.password_stdin)
        team.add_user(db, args.login, args.role, person_id=args.person, password=password)
    finally:
        db.close()
    print(_("{login} can now open this team database as {role}.").format(
        login=args.login, role=args.role), file=out)
    return EXIT_OK


def _read_password(from_stdin: bool) -> str:
    """The new login's password: one line of standard input, or asked twice at a terminal
    (never an argument, which other users of the computer could see)."""
    import getpass

    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise InputError(_("No password on standard input (or give --no-password for a "
                               "login that signs in another way)."))
        return line
    first = getpass.getpass(_("Password for the new login: "))
    if not first or first != getpass.getpass(_("The same password again: ")):
        raise InputError(_("The two passwords differ (or are empty); the user was not added."))
    return first


def _setting_line(item: Any) -> str:
    from consularapp.i18n import _
    from consularapp.settings import value_text

    value = value_text(item.value) or _("(none)")
    unit = f" {_(item.info.unit)}" if item.info.unit and item.value is not None else ""
    note = "" if item.stored else " " + _("(default)")
    return f"{item.key} = {value}{unit}{note}"


def cmd_settings(args: argparse.Namespace, out: TextIO) -> int:
    """List the shared settings, show one, or set one (VALUE 'default' restores the default)."""
    from consularapp.i18n import _
    from consularapp.settings import AREAS, info, list_settings, set_settings, value_text

    if args.name is not None:
        try:
            info(args.name)
        except KeyError:
            from consularapp.settings import check_setting

            raise InputError(check_setting(args.name, None).problems) from None
    db = open_db(args.db)
    try:
        if args.value is not None:
            before = {v.key: v for v in list_settings(db)}[args.name]
            new = None if args.value.strip().lower() == "default" else args.value
            set_settings(db, {args.name: new}, by_name=True)
            after = {v.key: v for v in list_settings(db)}[args.name]
            was = value_text(before.value) or _("(none)")
            print(_setting_line(after) + " " + _("(was {value})").format(value=was), file=out)
            return EXIT_OK
        shown = [v for v in list_settings(db) if args.name in (None, v.key)]
    finally:
        db.close()
    for item in shown:
        print(_setting_line(item), file=out)
        print(f"    {_(AREAS[item.info.area])}: {_(item.info.label)}: {_(item.info.meaning)}",
              file=out)
        if args.name is not None:
            bound = item.info.bound
            allowed = (_("a whole number from {minimum} to {maximum}").format(
                minimum=bound.minimum, maximum=bound.maximum) if bound is not None
                else _("text on one line, or “default” for none"))
            print("    " + _("Default: {value}. Allowed: {allowed}.").format(
                value=value_text(item.info.default) or _("(none)"), allowed=allowed), file=out)
    return EXIT_OK


Command = Callable[[argparse.Namespace, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consularapp",
        description=_("Directory, agreements and Labor Rights Week planning for the consular "
        "partnerships of US labor agencies. Without a command, opens the desktop window."),
    )
    parser.add_argument("--version", action="version", version=f"consularapp {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=_("SQLAlchemy database URL (default: "
        "$CONSULARAPP_DB, else an SQLite file in the user's data folder; a database fixed by "
        "the computer's policy cannot be changed)"),
    )
    parser.add_argument(
        "--as-of", dest="window_as_of", type=_as_of, metavar="DATE",
        help=_("without a command: open the window as of this day instead of today (for "
        "demonstrations and rehearsals); commands take their own --as-of"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("use the demonstration database (its own file beside yours, filled by "
               "`consularapp demo`) instead of your own"),
    )
    parser.add_argument(
        INTERFACE_LANGUAGE, choices=i18n.LANGUAGES, metavar="en|es",
        help=_("the language of this command's messages (default: $CONSULARAPP_LANGUAGE, else "
               "the system's; a language fixed by the computer's policy wins)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    add("init", cmd_init, _("create or upgrade the database and load the reference directory"))
    p = add("demo", cmd_demo, _("load a realistic demonstration dataset into its own database "
            "(or the one --db names); loading it again keeps what you edited or deleted"))
    p.add_argument(
        "--as-of",
        type=_as_of,
        metavar="DATE",
        help=_("build the demonstration around this day instead of today"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=_("load it even into a database that holds records of your own"),
    )
    p = add("import", cmd_import, _("read the exchange workbook"))
    p.add_argument("workbook", metavar="WORKBOOK")
    p.add_argument("--dry-run", action="store_true", help=_("check everything, write nothing"))
    p.add_argument("--overwrite", action="store_true",
                   help=_("apply rows whose record someone changed since the workbook was "
                        "exported (otherwise they are reported and left out)"))
    p = add("export", cmd_export, _("write everything as the exchange workbook"))
    p.add_argument("workbook", metavar="WORKBOOK")
    p = add(
        "agreements",
        cmd_agreements,
        _("list agreements with their computed status, most urgent first"),
    )
    p.add_argument(
        "--expiring-within",
        type=_positive_int,
        metavar="DAYS",
        help=_("only agreements in force with at most DAYS days left"),
    )
    p.add_argument("--as-of", type=_as_of, metavar="DATE", help=_("answer as of this day"))
    p.add_argument("--json", action="store_true", help=_("JSON output"))
    p = add("conflicts", cmd_conflicts, _("list the planning problems of a Labor Rights Week"))
    p.add_argument("--year", type=int, required=True, metavar="YEAR")
    p.add_argument(
        "--as-of",
        type=_as_of,
        metavar="DATE",
        help=_("leave out events that ended before this day"),
    )
    p.add_argument("--json", action="store_true", help=_("JSON output"))
    p = add(
        "obligations",
        cmd_obligations,
        _("list the obligations of agreements (signed copies, annual reports...) with their due "
          "dates and status, most urgent first"),
    )
    p.add_argument("--as-of", type=_as_of, metavar="DATE", help=_("answer as of this day"))
    p.add_argument("--json", action="store_true", help=_("JSON output"))
    p = add(
        "calendar",
        cmd_calendar,
        _("write a calendar (.ics) of a Labor Rights Week's events (--year), or of every event "
          "from --from to --to, year-round included, for one partner or person, or for all"),
    )
    p.add_argument("--year", type=int, metavar="YEAR")
    p.add_argument("--from", dest="start", type=_as_of, metavar="DATE",
                   help=_("without --year: the first day (default: today)"))
    p.add_argument("--to", dest="end", type=_as_of, metavar="DATE",
                   help=_("without --year: the last day (default: a year after --from)"))
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--consulate", metavar="ID", help=_("events this consulate hosts"))
    scope.add_argument("--office", metavar="ID", help=_("events this office takes part in"))
    scope.add_argument("--person", metavar="ID", help=_("this person's assignments (shift times)"))
    p.add_argument("--language", choices=("en", "es"), default="en",
                   help=_("the language of the calendar's entries (default: en)"))
    p.add_argument(
        "--release",
        type=_release,
        metavar="latest|N",
        help=_("a published release instead of the current schedule"),
    )
    p.add_argument("--out", required=True, metavar="FILE.ics")
    p = add(
        "deadlines",
        cmd_deadlines,
        _("write a calendar (.ics) of agreement renewal deadlines and expiries, with reminders"),
    )
    p.add_argument("--as-of", type=_as_of, metavar="DATE", help=_("answer as of this day"))
    p.add_argument("--out", required=True, metavar="FILE.ics")
    p = add(
        "publish",
        cmd_publish,
        _("record the current schedule of a Labor Rights Week as its next release"),
    )
    p.add_argument("--year", type=int, required=True, metavar="YEAR")
    p.add_argument("--by", metavar="NAME", help=_("who publishes (kept with the release)"))
    p = add(
        "send",
        cmd_send,
        _("write e-mail drafts (.eml, unsent): to partners, each consulate's schedule with its "
        "calendar and bilingual PDF; to staff, their assignments as meeting requests"),
    )
    p.add_argument("audience", choices=("partners", "staff"))
    p.add_argument("--year", type=int, required=True, metavar="YEAR")
    p.add_argument("--consulate", metavar="ID", help=_("partners: only this consulate (default: "
                   "every consulate hosting events)"))
    p.add_argument("--release", type=_release, metavar="latest|N",
                   help=_("partners: a published release instead of the current schedule"))
    p.add_argument("--person", metavar="ID", help=_("staff: only this person"))
    p.add_argument("--as-of", type=_as_of, metavar="DATE",
                   help=_("whose memberships are current (default: today)"))
    p.add_argument("--out", required=True, metavar="FOLDER")
    p = add(
        "report",
        cmd_report,
        _("write a report: staffing, agreements or a campaign's results (FILE.xlsx or FILE.pdf: "
          "the ending chooses the format), an agreement's annual report (FILE.docx or FILE.pdf), "
          "a liaison packet (a folder per consulate) or a renewal draft (FILE.pdf)"),
    )
    p.add_argument("kind", choices=("staffing", "agreements", "packet", "renewal", "alliance",
                                    "results"))
    p.add_argument("--year", type=int, metavar="YEAR", help=_("the Labor Rights Week (staffing, "
                   "packet)"))
    p.add_argument("--as-of", type=_as_of, metavar="DATE", help=_("answer as of this day "
                   "(agreement status, current contacts, signatories)"))
    p.add_argument("--consulate", metavar="ID", help=_("packet: only this consulate (default: "
                   "every consulate hosting events)"))
    p.add_argument("--agreement", metavar="ID", help=_("renewal: the agreement to renew; "
                   "alliance: the agreement reported on"))
    p.add_argument("--period", type=_period, metavar="N", help=_("alliance: the annual period "
                   "(default: the latest that has ended)"))
    p.add_argument("--out", required=True, metavar="FILE|FOLDER")
    p = add("team", cmd_team, _("set up and manage a shared PostgreSQL database (the one of --db)"))
    team_sub = p.add_subparsers(dest="team_command", metavar="setup|add-user|users",
                                required=True)
    team_sub.add_parser("setup", help=_("create the schema and the roles viewer, editor and "
                        "administrator (run by the server's administrator)"))
    q = team_sub.add_parser("add-user", help=_("create a login with a role, tied to a person"))
    q.add_argument("login", metavar="LOGIN")
    q.add_argument("--role", required=True, choices=("viewer", "editor", "administrator"))
    q.add_argument("--person", metavar="ID", help=_("the person in the directory"))
    how = q.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true",
                     help=_("read the password from standard input (default at a terminal: ask)"))
    how.add_argument("--no-password", action="store_true",
                     help=_("set no password (the login signs in another way, or exists already)"))
    q = team_sub.add_parser("users", help=_("list the logins and their roles"))
    q.add_argument("--json", action="store_true", help=_("JSON output"))
    p = add("history", cmd_history, _("the recorded changes of one record, oldest first"))
    p.add_argument("kind", choices=HISTORY_KINDS, metavar="KIND",
                   help=_("office, consulate, partner, person, agreement, campaign, event, ..."))
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help=_("JSON output"))
    p = add("settings", cmd_settings,
            _("list the shared settings with their values and meaning; show one; set one (VALUE "
            "'default' restores its default)"))
    p.add_argument("name", nargs="?", metavar="NAME", help=_("a setting, e.g. "
                   "agreements.expiring_days"))
    p.add_argument("value", nargs="?", metavar="VALUE", help=_("its new value"))
    return parser


def open_window(db_url: str | None, as_of: date | None = None) -> int:
    """Open the desktop window registered by the `ui` package (entry point consularapp.gui)."""
    found = entry_points(group="consularapp.gui")
    if not found:
        print("consularapp: " + _("the desktop window is not installed here; give a command "
                                  "(see consularapp --help)"), file=sys.stderr)
        return EXIT_USAGE
    run = next(iter(found)).load()
    return int((run(db_url, as_of=as_of) if as_of is not None else run(db_url)) or 0)


INTERFACE_LANGUAGE = "--interface-language"
# argparse's own sentences, so that its usage and errors speak the command's language too
# (argparse looks up `_` in its module at each call: speak_language points it at the core's).
_ARGPARSE_MESSAGES = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("optional arguments"),
    N_("show this help message and exit"), N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("unrecognized arguments: %s"),
    N_("expected one argument"), N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"), N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


def speak_language(argv: Sequence[str]) -> str:
    """Set the language of the command (the policy's, else --interface-language, else
    $CONSULARAPP_LANGUAGE, else the system's) before anything is said; argparse's own messages
    follow. Returns the language."""
    option = None
    for i, arg in enumerate(argv):
        if arg == INTERFACE_LANGUAGE and i + 1 < len(argv):
            option = argv[i + 1]
        elif arg.startswith(INTERFACE_LANGUAGE + "="):
            option = arg.split("=", 1)[1]
    code, _why = i18n.interface_language(option)
    i18n.set_language(code)
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    return code


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    speak_language(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)  # exits 2 on wrong usage
    stream = out or sys.stdout
    if args.demo:
        if args.db:
            parser.error("--demo and --db name two databases; give one")
        from consularapp.paths import demo_database_url

        args.db = demo_database_url()
    if args.command is None:
        return open_window(args.db, args.window_as_of)
    try:
        return args.func(args, stream)
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except InputError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_REFUSED
    except ConsularError as exc:
        print(f"consularapp: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:  # a file or folder the command was pointed at: say which, briefly
        reason = exc.strerror or str(exc)
        if exc.filename:
            message = _("cannot use {path}: {reason}").format(path=exc.filename, reason=reason)
        else:
            message = _("cannot use it: {reason}").format(reason=reason)
        print(f"consularapp: {message}", file=sys.stderr)
        return EXIT_REFUSED
    except UsageError as exc:
        parser.error(str(exc))
        return EXIT_USAGE  # pragma: no cover - parser.error exits
