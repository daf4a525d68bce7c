"""The workspace's phone region: where numbers typed without a country code are read."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from crmdesk.app import workspace
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import CommandDialog, buttons
from crmdesk.ui.wheel import ComboBox


def region_name(code: str) -> str:
    """"China (CN, +86)": the region's name in the user's language, its code and its
    calling code."""
    territory = QLocale.codeToTerritory(code)
    known = territory != QLocale.Country.AnyTerritory
    name = QLocale.territoryToString(territory) if known else code
    return f"{name} ({code}, +{phonenumbers.country_code_for_region(code)})"


class RegionDialog(CommandDialog):
    """Choose the region from every one phone numbers are known for; saved on OK only."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Phone region"))
        self.setMinimumWidth(380)
        self.region = ComboBox()
        self.region.setEditable(True)  # type a name or a code to find it
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in sorted(phonenumbers.SUPPORTED_REGIONS, key=region_name):
            self.region.addItem(region_name(code), code)
        self.region.setCurrentIndex(self.region.findData(ctx.region))
        note = QLabel(self.tr("Phone numbers typed or imported without a country code are "
                              "read as numbers of this region. Numbers already saved keep "
                              "their country."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.region)
        layout.addWidget(self.error)
        layout.addWidget(buttons(self, self.tr("Save")))

    def accept(self) -> None:
        chosen = self.region.currentData()
        if self.region.currentText() != self.region.itemText(self.region.currentIndex()):
            chosen = None  # typed text that names no region
        if chosen is None:
            self.error.setText(self.tr("Choose a region from the list."))
            return
        if chosen == self._ctx.region:
            QDialog.accept(self)  # nothing to save
            return
        ctx = self._ctx

        def saved(region: str) -> None:
            ctx.region = region  # the forms read it from the context from now on

        self.submit(lambda app: workspace.set_phone_region(app, chosen), saved)
