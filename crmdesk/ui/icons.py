"""Small icons drawn at run time (a letter on a coloured disc), so they look the same
on every desktop whatever fonts or icon theme it has; and the application's own mark, a
drawing in the compiled resources (resources/icons/crmdesk.svg)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from crmdesk.domain.activity import ActivityKind
from crmdesk.ui import resources_rc  # noqa: F401  (registers the ":/" files)

#: The application's mark, in the compiled resources (`make resources`).
APP_ICON = ":/icons/crmdesk.svg"

KIND_BADGES: dict[ActivityKind, tuple[str, str]] = {
    ActivityKind.CALL: ("C", "#1e88e5"),
    ActivityKind.VISIT: ("V", "#2e7d32"),
    ActivityKind.MEETING: ("M", "#8e24aa"),
    ActivityKind.EMAIL: ("E", "#00838f"),
    ActivityKind.SMS: ("S", "#5d4037"),
    ActivityKind.NOTE: ("N", "#757575"),
    ActivityKind.TASK: ("T", "#ef6c00"),
}


@cache
def badge(letter: str, color: str, size: int = 22) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x for high-DPI screens
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(1, 1, size * 2 - 2, size * 2 - 2))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 1.1))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size * 2, size * 2), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


def kind_icon(kind: ActivityKind) -> QIcon:
    letter, color = KIND_BADGES[kind]
    return badge(letter, color)


def company_icon() -> QIcon:
    return badge("■", "#455a64")


def person_icon() -> QIcon:
    return badge("●", "#1565c0")


def app_icon() -> QIcon:
    """crmdesk's mark: the windows', the task bar's and the window switcher's icon."""
    return QIcon(APP_ICON)
