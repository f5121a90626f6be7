"""Agency and region filter combos, the scope of the dashboard, the matrix and the timeline.

Choosing a region also chooses its agency (region names are the agency's own: "Region 2" is
NLRB's); choosing another agency clears a region that is not its own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from consularapp.partnerships import Scope
from ui.widgets.columns import keep_first_item_whole
from ui.widgets.flow_layout import FlowLayout, add_labelled


class ScopeBar(QWidget):
    """'Agency: [All agencies] Region: [All regions]'; `scope_changed(Scope)` on every choice."""

    scope_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agencies: list[str] = []
        self._regions: list[tuple[str, str]] = []
        layout = FlowLayout(self)
        agency_caption = QLabel(self.tr("A&gency:"))
        region_caption = QLabel(self.tr("&Region:"))
        self.agency = QComboBox(self)
        self.agency.setAccessibleName(self.tr("Agency filter"))
        keep_first_item_whole(self.agency, 10)
        self.agency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Region filter"))
        keep_first_item_whole(self.region, 16)
        self.region.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        agency_caption.setBuddy(self.agency)
        region_caption.setBuddy(self.region)
        add_labelled(layout, agency_caption, self.agency)
        add_labelled(layout, region_caption, self.region)
        self.agency.currentIndexChanged.connect(self._agency_chosen)
        self.region.currentIndexChanged.connect(self._region_chosen)
        self._fill_agencies(None)
        self._fill_regions(None, None)

    # --- choices --------------------------------------------------------------------------------

    def set_choices(self, agencies: list[str], regions: list[tuple[str, str]]) -> None:
        """Offer these agencies and (agency, region) pairs, keeping the scope if still offered."""
        scope = self.scope()
        self._agencies = list(agencies)
        self._regions = list(regions)
        self._apply(scope, emit=False)
        if self.scope() != scope:
            self.scope_changed.emit(self.scope())

    def scope(self) -> Scope:
        agency = self.agency.currentData()
        region = self.region.currentData()
        return Scope(agency=agency or None, region=region[1] if region else None)

    def set_scope(self, scope: Scope) -> None:
        """Show `scope` (without emitting scope_changed)."""
        self._apply(scope, emit=False)

    def widgets(self) -> list[QWidget]:
        return [self.agency, self.region]

    # --- internals ------------------------------------------------------------------------------

    def _apply(self, scope: Scope, emit: bool) -> None:
        agency = scope.agency if scope.agency in self._agencies else None
        if agency is None and scope.region:
            owners = [a for a, r in self._regions if r == scope.region]
            agency = owners[0] if len(owners) == 1 else None
        self._fill_agencies(agency)
        region = scope.region if (agency, scope.region) in self._regions else None
        self._fill_regions(agency, region)
        if emit:
            self.scope_changed.emit(self.scope())

    def _fill_agencies(self, chosen: str | None) -> None:
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("All agencies"), None)
        for code in self._agencies:
            self.agency.addItem(code, code)
        index = self.agency.findData(chosen) if chosen else 0
        self.agency.setCurrentIndex(max(index, 0))
        self.agency.blockSignals(False)

    def _fill_regions(self, agency: str | None, chosen: str | None) -> None:
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), None)
        selected = 0
        for owner, region in self._regions:
            if agency is not None and owner != agency:
                continue
            label = region if agency is not None else f"{owner} · {region}"
            self.region.addItem(label, (owner, region))
            if agency is not None and region == chosen:
                selected = self.region.count() - 1
        self.region.setCurrentIndex(selected)
        self.region.setEnabled(self.region.count() > 1)
        self.region.blockSignals(False)

    def _agency_chosen(self, _index: int) -> None:
        self._fill_regions(self.agency.currentData(), None)
        self.scope_changed.emit(self.scope())

    def _region_chosen(self, _index: int) -> None:
        region = self.region.currentData()
        if region and self.agency.currentData() != region[0]:
            # A region of another agency (the list shows them all): its agency comes with it.
            self._apply(Scope(region[0], region[1]), emit=False)
        self.scope_changed.emit(self.scope())
