"""Translating text that has no widget of its own to take its context from.

`pyside6-lupdate` files a bare `tr("…")` call in a module-level function, and the domain's
`tr_noop("…")` marks (crmdesk.domain.words), under the empty context: these two look
them up there. A widget's own text goes through `self.tr` as usual (its class's context).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; with `n`, its plural form for n (`%n` in text)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def word(label: str) -> str:
    """A label the domain marked with `tr_noop` (a status, a stage…), translated."""
    return QCoreApplication.translate("", label)


def pool_warning(left: int) -> str:
    """The card's and the queue's words for a coming return to the team pool
    (crmdesk.domain.pool.warning_text, worded for the window)."""
    if left <= 0:
        return tr("Returns to the pool today")
    return tr("Returns to the pool in %n day(s)", "", left)
