"""The workspace's phone region (where numbers typed without a country code are read),
named for a person: chosen on the settings dialog's Work page (crmdesk.ui.settings_dialog,
which File ▸ Phone region… opens)."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import phonenumbers
from phonenumbers.geodata.locale import LOCALE_DATA
from PySide6.QtCore import QCollator, QLocale


def _territory_name(code: str) -> str:
    """The region's name in the window's language: libphonenumber's names where it has
    them (Chinese for every region, Hebrew for few), else Qt's (English)."""
    language = QLocale().name().split("_")[0]
    names = LOCALE_DATA.get(code, {})
    name = names.get(language, "")
    if name.startswith("*"):  # "*xx": the same as language xx's
        name = names.get(name[1:], "")
    if name and language != "en":
        return name
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory \
        else code


def region_name(code: str) -> str:
    """"China (CN, +86)", "中国 (CN, +86)": the region's name in the user's language, its
    code and its calling code."""
    return f"{_territory_name(code)} ({code}, +{phonenumbers.country_code_for_region(code)})"


def in_name_order(codes: Iterable[str]) -> list[str]:
    """`codes` in the order of their names, as the user's language sorts them."""
    collator = QCollator(QLocale())
    names = {code: region_name(code) for code in codes}

    def by_name(a: str, b: str) -> int:
        return collator.compare(names[a], names[b])

    return sorted(names, key=functools.cmp_to_key(by_name))
