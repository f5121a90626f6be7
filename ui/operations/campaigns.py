"""Operations on Labor Rights Week campaigns: save, copy last year (off the UI thread)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from consularapp import campaigns
from consularapp.campaigns import CampaignInput, CopyResult
from consularapp.changes import CAMPAIGN, Change
from consularapp.db import Database
from ui.operations import WriteOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def save_campaign(parent: QWidget | None, db: Database, data: CampaignInput,
                  original_year: int | None = None) -> WriteOp[Change]:
    label = (_tr("Edit Labor Rights Week %1") if original_year is not None
             else _tr("Add Labor Rights Week %1"))
    year = str(data.year or "")
    return WriteOp(parent, db, lambda: campaigns.save_campaign(db, data, original_year),
                   label=label.replace("%1", year), touches=[(CAMPAIGN, year)])


def copy_last_year(parent: QWidget | None, db: Database, target_year: int, *,
                   source_year: int | None = None, with_assignments: bool = False,
                   include_cancelled: bool = False) -> WriteOp[CopyResult]:
    """Plan `target_year` from an earlier campaign, off the UI thread; one undo step."""
    return WriteOp(
        parent, db,
        lambda: campaigns.copy_last_year(db, target_year, source_year=source_year,
                                         with_assignments=with_assignments,
                                         include_cancelled=include_cancelled),
        label=_tr("Copy a year into Labor Rights Week %1").replace("%1", str(target_year)),
        touches=[(CAMPAIGN, str(target_year))],
    ).in_background(_tr("Copying into Labor Rights Week %1…").replace("%1", str(target_year)))
