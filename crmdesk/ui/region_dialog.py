"""The workspace's phone region (where numbers typed without a country code are read),
named for a person: chosen on the settings dialog's Work page (crmdesk.ui.settings_dialog,
which File ▸ Phone region… opens)."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QLocale


def region_name(code: str) -> str:
    """"China (CN, +86)": the region's name in the user's language, its code and its
    calling code."""
    territory = QLocale.codeToTerritory(code)
    known = territory != QLocale.Country.AnyTerritory
    name = QLocale.territoryToString(territory) if known else code
    return f"{name} ({code}, +{phonenumbers.country_code_for_region(code)})"
