"""Reports: choose a report and its scope, Generate…, and the file opens when it is written.

The page only gathers choices: the core's `consularapp.reports.write_report` does the work, off
the UI thread behind a progress dialog with Cancel (ui/progress.py), and the one error presenter
shows what it refuses. The finished file opens in the system's viewer (not in tests: set
CONSULARAPP_NO_OPEN=1).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consularapp.changes import AGREEMENT, CAMPAIGN, CONSULATE, EVENT, SETTING, Change
from consularapp.db import Database
from consularapp.statuses import word as status_word
from ui import clock
from ui.pages.base import Page
from ui.progress import run_with_progress
from ui.settings import REPORTS_KIND, Settings
from ui.worker import Task

NO_OPEN_ENV = "CONSULARAPP_NO_OPEN"
FOLDER_KEY = "reports"
# Agreements the renewal draft is offered for, and those chosen first.
RENEWABLE = ("expiring", "renewal due", "expired", "active", "open-ended")
PRESELECT = ("expiring", "renewal due")


def write_report(db: Database, kind: str, out: Path, **kwargs: Any) -> list[Path]:
    """The core's writer, imported when first used (Typst and openpyxl are slow to import)."""
    from consularapp.reports import write_report as write

    return write(db, kind, out, **kwargs)


def opening_disabled() -> bool:
    return os.environ.get(NO_OPEN_ENV, "").strip() not in ("", "0")


class YearCombo(QComboBox):
    """The Labor Rights Week campaigns that exist, newest first (no free typing of a year).

    value()/setValue() as a spin box has them; value() is 0 when there is no campaign."""

    def set_years(self, years: list[int]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        for year in years:
            self.addItem(str(year), year)
        self.blockSignals(False)
        self.setValue(current)
        self.setEnabled(bool(years))

    def years(self) -> list[int]:
        return [int(self.itemData(n)) for n in range(self.count())]

    def value(self) -> int:
        data = self.currentData()
        return int(data) if data is not None else 0

    def setValue(self, year: int) -> None:
        index = self.findData(year)
        if index >= 0:
            self.setCurrentIndex(index)


class ReportsPage(Page):
    """Staffing and agreements reports, the liaison packet, the renewal draft, an agreement's
    annual report and a campaign's results."""

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.task: Task | None = None
        self.last_paths: list[Path] = []
        # What the user picked stays picked when the lists are refreshed.
        self._year_chosen = False
        self._agreement_chosen = False
        self.setAccessibleName(self.tr("Reports"))
        self._build()
        self.reload()

    # --- building -------------------------------------------------------------------------------

    def _kinds(self) -> list[tuple[str, str, str]]:
        """(key, label, what it is) of each report."""
        tr = self.tr
        return [
            ("staffing", tr("Staffing report"), tr(
                "A Labor Rights Week's events, staff and gaps. Excel: summary with a chart, "
                "events, each person's week, every problem and open need. PDF: a cover with "
                "totals and a roster per event, with blank lines for open slots.")),
            ("agreements", tr("Agreements report"), tr(
                "Every agreement with its parties, dates, computed status, days left and "
                "renewal, most urgent first. The PDF groups them by region with a timeline.")),
            ("packet", tr("Liaison packet"), tr(
                "For each consulate hosting events (or one): a folder with its calendar file in "
                "Spanish, a bilingual schedule (Spanish, then English) and a one-page list of "
                "current agency contacts.")),
            ("renewal", tr("Renewal draft"), tr(
                "A bilingual (English and Spanish) draft of the renewed agreement for the "
                "regional administrator, marked DRAFT / BORRADOR, with the parties, current "
                "signatories and dates filled in.")),
            ("alliance", tr("Annual report of an agreement"), tr(
                "OSHA's Alliance Annual Report for one annual period, in Word to edit (or PDF): "
                "the implementation team and its meetings, the events held under the agreement "
                "or by its parties with their outcomes, in the three results tables. The "
                "narrative parts are left for the coordinator.")),
            ("results", tr("Results of a Labor Rights Week"), tr(
                "Events held and cancelled, people reached, referrals, cases, and the consulates, "
                "offices and partners taking part, by consulate, agency and region, with the "
                "earlier years beside them and a chart of the trend.")),
        ]

    def _build(self) -> None:
        tr = self.tr
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(tr("Reports"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)

        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMaximumWidth(760)
        form = QFormLayout(panel)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = form

        self.kind = QComboBox(panel)
        for key, label, description in self._kinds():
            self.kind.addItem(label, key)
            self.kind.setItemData(self.kind.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        self.kind.setAccessibleName(tr("Report"))
        form.addRow(tr("&Report:"), self.kind)

        self.description = QLabel(panel)
        self.description.setWordWrap(True)
        self.description.setMinimumWidth(440)
        self.description.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Preferred)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAccessibleName(tr("What this report holds"))
        form.addRow("", self.description)

        self.year = YearCombo(panel)
        self.year.setAccessibleName(tr("Labor Rights Week year"))
        form.addRow(tr("&Year:"), self.year)

        self.as_of = QDateEdit(panel)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(QDate.currentDate())
        self.as_of.setAccessibleName(tr("As of date"))
        self.as_of.setToolTip(tr("Agreement status, current contacts and signatories are "
                                 "worked out for this day"))
        form.addRow(tr("&As of:"), self.as_of)

        self.consulate = QComboBox(panel)
        self.consulate.setAccessibleName(tr("Consulate"))
        form.addRow(tr("&Consulate:"), self.consulate)

        self.agreement = QComboBox(panel)
        self.agreement.setAccessibleName(tr("Agreement to renew"))
        form.addRow(tr("Agreeme&nt:"), self.agreement)

        self.period = QComboBox(panel)
        self.period.setAccessibleName(tr("Annual period"))
        form.addRow(tr("&Period:"), self.period)

        self.format = QComboBox(panel)
        self._fill_formats((".xlsx", ".pdf"))
        self.format.setAccessibleName(tr("File format"))
        form.addRow(tr("F&ormat:"), self.format)

        buttons = QHBoxLayout()
        self.generate_button = QPushButton(tr("&Generate…"), panel)
        self.generate_button.setAccessibleName(tr("Generate the report"))
        self.generate_button.setDefault(True)
        self.generate_button.setAutoDefault(True)
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        form.addRow("", buttons)

        self.result = QLabel(panel)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(tr("Last report written"))
        form.addRow("", self.result)

        outer.addWidget(panel)
        outer.addStretch(1)
        for first, second in ((self.kind, self.year), (self.year, self.as_of),
                              (self.as_of, self.consulate), (self.consulate, self.agreement),
                              (self.agreement, self.format),
                              (self.format, self.generate_button)):
            QWidget.setTabOrder(first, second)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.as_of.dateChanged.connect(self.reload_agreements)
        self.year.activated.connect(lambda _i: setattr(self, "_year_chosen", True))
        self.agreement.activated.connect(lambda _i: setattr(self, "_agreement_chosen", True))
        self.agreement.currentIndexChanged.connect(lambda _i: self.reload_periods())
        self.generate_button.clicked.connect(self.generate)
        remembered = self.settings.get(REPORTS_KIND)
        index = self.kind.findData(remembered)
        self.kind.setCurrentIndex(max(0, index))
        self._kind_changed()

    # --- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the year, consulate and agreement choices from the database."""
        from consularapp.campaigns import list_campaigns
        from consularapp.demo import coming_campaign_year
        from consularapp.directory import list_consulates

        tr = self.tr
        campaigns = list_campaigns(self.db)
        coming = coming_campaign_year(clock.today())
        with_events = [c.year for c in campaigns if c.event_count]
        chosen = self.year.value() if self._year_chosen else None
        self.year.set_years(sorted({c.year for c in campaigns}, reverse=True))
        if chosen in self.year.years():
            self.year.setValue(chosen)
        elif with_events:
            self.year.setValue(coming if coming in with_events else max(with_events))

        current_consulate = self.consulate.currentData()
        self.consulate.clear()
        self.consulate.addItem(tr("All consulates hosting events"), None)
        for c in sorted(list_consulates(self.db), key=lambda c: c.name.casefold()):
            self.consulate.addItem(f"{c.name} ({c.id})", c.id)
        if current_consulate:
            self.consulate.setCurrentIndex(max(0, self.consulate.findData(current_consulate)))

        self.reload_agreements()

    def _fill_formats(self, endings: tuple[str, ...]) -> None:
        tr = self.tr
        names = {".xlsx": tr("Excel workbook (.xlsx)"), ".pdf": tr("PDF document (.pdf)"),
                 ".docx": tr("Word document (.docx)")}
        current = self.format.currentData()
        self.format.blockSignals(True)
        self.format.clear()
        for ending in endings:
            self.format.addItem(names[ending], ending)
        if current in endings:
            self.format.setCurrentIndex(self.format.findData(current))
        self.format.blockSignals(False)

    def reload_agreements(self) -> None:
        """The agreements a renewal draft (or an annual report) can be made for, with their
        status on the as-of day; for a renewal the first expiring or due for renewal is chosen
        unless the user chose one already."""
        from consularapp.agreements import compute_statuses
        from consularapp.settings import status_settings

        statuses = compute_statuses(self.db, self._as_of(), status_settings(self.db))
        by_id = {a.id: a for a in statuses}
        chosen = self.agreement.currentData() if self._agreement_chosen else None
        self.agreement.blockSignals(True)
        self.agreement.clear()
        preselect = -1
        reporting = self.current_kind() == "alliance"
        for a in statuses:
            renewable = a.status.value in RENEWABLE or (
                a.status.value in ("draft", "negotiating") and a.renews_id in by_id)
            if reporting:
                renewable = a.state in ("signed", "terminated") and a.effective_on is not None
            if not renewable:
                continue
            if a.days_left is None:
                days = ""
            elif a.days_left >= 0:
                days = QCoreApplication.translate("ReportsPage", ", %n day(s) left", None,
                                                  a.days_left)
            else:
                days = QCoreApplication.translate("ReportsPage", ", ended %n day(s) ago", None,
                                                  -a.days_left)
            label = f"{a.id} — {status_word(a.status)}{days}"
            self.agreement.addItem(label, a.id)
            if preselect < 0 and a.status.value in PRESELECT:
                preselect = self.agreement.count() - 1
        if chosen and self.agreement.findData(chosen) >= 0:
            self.agreement.setCurrentIndex(self.agreement.findData(chosen))
        elif preselect >= 0 and not reporting:
            self.agreement.setCurrentIndex(preselect)
        self.agreement.blockSignals(False)
        self.reload_periods()

    def reload_periods(self) -> None:
        """The annual periods of the agreement chosen for an annual report."""
        from consularapp.obligations import AgreementFacts, last_day_in_force, periods

        tr = self.tr
        self.period.clear()
        self.period.addItem(tr("The latest that has ended"), None)
        agreement_id = self.agreement.currentData()
        if self.current_kind() != "alliance" or not agreement_id:
            return
        from consularapp.agreements import effective_date, get_agreement

        a = get_agreement(self.db, agreement_id)
        facts = AgreementFacts(a.id, a.kind, a.state, a.signed_on, a.effective_on,
                               a.term_months, a.expires_on, a.terminated_on)
        spans = periods(effective_date(a.effective_on, a.signed_on),
                        last_day_in_force(facts, self._as_of()), self._as_of())
        for n, (first, last) in enumerate(spans, start=1):
            self.period.addItem(tr("%1: %2 to %3").replace("%1", str(n))
                                .replace("%2", first.isoformat()).replace("%3", last.isoformat()),
                                n)

    def apply_change(self, change: Change) -> None:
        if change.touches({AGREEMENT, CONSULATE, CAMPAIGN, EVENT, SETTING}):
            self.reload()

    # --- choices --------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _as_of(self) -> date:
        value = self.as_of.date()
        return date(value.year(), value.month(), value.day())

    def _kind_changed(self) -> None:
        from consularapp.reports import FORMATS

        kind = self.current_kind()
        self.description.setText(str(self.kind.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        shown = {
            self.year: kind in ("staffing", "packet", "results"),
            self.as_of: kind in ("agreements", "packet", "renewal", "alliance"),
            self.consulate: kind == "packet",
            self.agreement: kind in ("renewal", "alliance"),
            self.period: kind == "alliance",
            self.format: len(FORMATS[kind]) > 1,
        }
        if FORMATS[kind]:
            self._fill_formats(FORMATS[kind])
        self.agreement.setAccessibleName(self.tr("Agreement reported on") if kind == "alliance"
                                         else self.tr("Agreement to renew"))
        if hasattr(self, "period"):
            self.reload_agreements()
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self.settings.set(REPORTS_KIND, kind)

    def choose_target(self) -> Path | None:
        """Ask where to write (a file, or a folder for the packet); None if the user cancels."""
        tr = self.tr
        kind = self.current_kind()
        folder = self.settings.last_folder(FOLDER_KEY) or str(Path.home())
        if kind == "packet":
            chosen = QFileDialog.getExistingDirectory(
                self, tr("Folder for the liaison packet"), folder)
            return Path(chosen) if chosen else None
        suffix = self.format.currentData() if kind != "renewal" else ".pdf"
        period = self.period.currentData()
        names = {
            "staffing": f"staffing-LRW{self.year.value()}",
            "agreements": f"agreements-{self._as_of().isoformat()}",
            "renewal": f"renewal-draft-{self.agreement.currentData() or 'agreement'}",
            "alliance": f"annual-report-{self.agreement.currentData() or 'agreement'}"
                        + (f"-period-{period}" if period else ""),
            "results": f"results-LRW{self.year.value()}",
        }
        filters = {".xlsx": tr("Excel workbooks (*.xlsx)"), ".pdf": tr("PDF documents (*.pdf)"),
                   ".docx": tr("Word documents (*.docx)")}[suffix]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the report as"), str(Path(folder) / f"{names[kind]}{suffix}"),
            filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def generate(self) -> Task | None:
        """Ask for the target, then write the report off the UI thread."""
        tr = self.tr
        kind = self.current_kind()
        if kind in ("renewal", "alliance") and not self.agreement.currentData():
            self.result.setText(tr("No agreement can be renewed: there is none signed yet.")
                                if kind == "renewal" else
                                tr("No signed agreement has annual periods to report on yet."))
            return None
        if kind in ("staffing", "packet", "results") and not self.year.value():
            self.result.setText(tr("No Labor Rights Week campaign yet: create one on the Labor "
                                   "Rights Week page."))
            return None
        target = self.choose_target()
        if target is None:
            return None
        self.settings.set_last_folder(FOLDER_KEY,
                                      str(target if kind == "packet" else target.parent))
        options: dict[str, Any] = {}
        if kind in ("staffing", "packet", "results"):
            options["year"] = self.year.value()
        if kind in ("agreements", "packet", "renewal", "alliance"):
            options["as_of"] = self._as_of()
        if kind == "packet":
            options["consulate_id"] = self.consulate.currentData()
        if kind in ("renewal", "alliance"):
            options["agreement_id"] = self.agreement.currentData()
        if kind == "alliance":
            options["period"] = self.period.currentData()
        self.result.setText(tr("Writing %1…").replace("%1", str(target)))
        self.generate_button.setEnabled(False)
        self.last_paths = []
        self.task = run_with_progress(
            self, tr("Writing the %1").replace("%1", self.kind.currentText().lower()),
            write_report, self.db, kind, target,
            on_success=lambda paths: self._written(target, paths),
            on_error=self._failed, on_cancelled=self._cancelled, **options,
        )
        return self.task

    # --- results --------------------------------------------------------------------------------

    def _written(self, target: Path, paths: list[Path]) -> None:
        tr = self.tr
        self.generate_button.setEnabled(True)
        self.last_paths = list(paths)
        if self.current_kind() == "packet" or len(paths) != 1:
            folders = {p.parent for p in paths}
            shown = next(iter(folders)) if len(folders) == 1 else target
            message = QCoreApplication.translate("ReportsPage", "Wrote %n file(s) in %1", None,
                                                 len(paths)).replace("%1", str(shown))
        else:
            shown = paths[0]
            message = tr("Wrote %1").replace("%1", str(shown))
        if paths and not opening_disabled() and \
                not QDesktopServices.openUrl(QUrl.fromLocalFile(str(shown))):
            # Nothing on this computer opens it (no PDF reader, say): where it is, in words.
            folder = shown if shown.is_dir() else shown.parent
            message = tr("Wrote %1. No program on this computer opened it; the file is in "
                         "%2.").replace("%1", str(shown)).replace("%2", str(folder))
        self.result.setText(message)
        self.status.emit(message)

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        self.generate_button.setEnabled(True)
        self.result.setText(self.tr("The report was not written."))
        show_error(self, exc)

    def _cancelled(self) -> None:
        self.generate_button.setEnabled(True)
        message = self.tr("Cancelled; no file was written.")
        self.result.setText(message)
        self.status.emit(message)
