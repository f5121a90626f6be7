"""Reports: the staffing report and the agreements report (Excel or PDF), the liaison packet
(per consulate: calendar, bilingual schedule, contacts) and the bilingual renewal draft.

`write_report(db, kind, out, ...)` is the one entry point the command line and the window use: the
kind says what, the ending of `out` says the format (.xlsx or .pdf; the packet writes a folder).
Every writer takes `progress(done, total, message)` and `cancelled()`, writes aside and moves
into place, and returns the paths it wrote. Refusals are InputError (an unknown ending, a kind
without that format), NotFoundError (no such campaign, consulate or agreement) or CancelledError.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from consularapp.db import Database
from consularapp.errors import InputError, Problem
from consularapp.i18n import _, writing_in
from consularapp.reports.common import Cancelled, Progress

KINDS = ("staffing", "agreements", "packet", "renewal", "alliance", "results")
# The file endings each kind can write; the packet writes a folder.
FORMATS: dict[str, tuple[str, ...]] = {
    "staffing": (".xlsx", ".pdf"),
    "agreements": (".xlsx", ".pdf"),
    "packet": (),
    "renewal": (".pdf",),
    "alliance": (".docx", ".pdf"),
    "results": (".xlsx", ".pdf"),
}
FORMAT_NAMES = {".xlsx": "Excel", ".pdf": "PDF", ".docx": "Word"}


def report_format(kind: str, out: str | Path) -> str:
    """The format `out` asks for ('.xlsx' or '.pdf'), or InputError with a one-line reason."""
    if kind not in FORMATS:
        raise InputError(Problem(_("Report"), _("{kind!r} is not one of {kinds}").format(
            kind=kind, kinds=", ".join(KINDS))), _("The report was not written"))
    allowed = FORMATS[kind]
    suffix = Path(out).suffix.lower()
    if not allowed:
        return ""
    if suffix not in allowed:
        names = _(" or ").join(allowed)
        if suffix:
            text = _("ends in {suffix!r}; the {kind} report is written as {endings} (the file's "
                     "ending chooses the format)")
        else:
            text = _("has no ending; the {kind} report is written as {endings} (the file's "
                     "ending chooses the format)")
        raise InputError(Problem(str(out), text.format(suffix=suffix, kind=kind, endings=names)),
                         _("The report was not written"))
    return suffix


def write_report(
    db: Database,
    kind: str,
    out: str | Path,
    *,
    year: int | None = None,
    as_of: date | None = None,
    consulate_id: str | None = None,
    agreement_id: str | None = None,
    period: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    language: str | None = None,
) -> list[Path]:
    """Write the report `kind` to `out`; returns the files written. The staffing and agreements
    reports are written in `language` (default: the current one, the window's or the command
    line's); the packet and the renewal draft have their own (Spanish and English)."""
    with writing_in(language):
        return _write_report(db, kind, out, year=year, as_of=as_of, consulate_id=consulate_id,
                             agreement_id=agreement_id, period=period, progress=progress,
                             cancelled=cancelled)


def _write_report(
    db: Database,
    kind: str,
    out: str | Path,
    *,
    year: int | None,
    as_of: date | None,
    consulate_id: str | None,
    agreement_id: str | None,
    period: int | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list[Path]:
    suffix = report_format(kind, out)
    target = Path(out)
    if kind == "alliance":
        from consularapp.reports import alliance

        if not agreement_id:
            raise InputError(Problem(_("Agreement"), _("choose the agreement to report on"),
                                     "field.required"), _("The report was not written"))
        write = alliance.write_docx if suffix == ".docx" else alliance.write_pdf
        return [write(db, agreement_id, target, period=period, as_of=as_of,
                      progress=progress, cancelled=cancelled)]
    if kind == "results":
        from consularapp.reports import results

        if year is None:
            raise InputError(Problem(_("Year"), _("the results report needs the campaign's "
                                                  "year"), "field.required"),
                             _("The report was not written"))
        write_r = results.write_excel if suffix == ".xlsx" else results.write_pdf
        return [write_r(db, year, target, progress=progress, cancelled=cancelled)]
    if kind in ("staffing", "packet") and year is None:
        raise InputError(Problem(_("Year"), _("the {kind} report needs the campaign's year")
                                 .format(kind=kind)), _("The report was not written"))
    if kind == "staffing":
        from consularapp.reports import staffing

        writer = staffing.write_excel if suffix == ".xlsx" else staffing.write_pdf
        assert year is not None
        return [writer(db, year, target, progress=progress, cancelled=cancelled)]
    if kind == "agreements":
        from consularapp.reports import agreements

        writer_a = agreements.write_excel if suffix == ".xlsx" else agreements.write_pdf
        return [writer_a(db, target, as_of=as_of, progress=progress, cancelled=cancelled)]
    if kind == "packet":
        from consularapp.reports import packet

        assert year is not None
        return packet.write_packet(db, year, target, consulate_id=consulate_id, as_of=as_of,
                                   progress=progress, cancelled=cancelled)
    from consularapp.reports import renewal

    if not agreement_id:
        raise InputError(Problem(_("Agreement"), _("choose the agreement to renew")),
                         _("The report was not written"))
    return [renewal.write_renewal_draft(db, agreement_id, target, as_of=as_of,
                                        progress=progress, cancelled=cancelled)]


__all__ = ["FORMATS", "FORMAT_NAMES", "KINDS", "report_format", "write_report"]
