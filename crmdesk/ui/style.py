"""Colours and fonts that read well on light and dark palettes alike, and the sizes that
keep a pane from widening the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from crmdesk.domain.lifecycle import Status


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
#: whether apply_theme put a palette of its own in place (to take back for "system")
_OWN_PALETTE: list[bool] = [False]


def apply_theme(app: QApplication, theme: str) -> None:
    """Light, dark or the system's colours ("light", "dark", anything else: the system's),
    at once. Asks the platform through QStyleHints.setColorScheme (Qt 6.8); where the
    platform does not follow (some Linux desktops, the offscreen one) it lays a light or
    dark palette of its own over the style."""
    hints = app.styleHints()
    wanted = _SCHEMES.get(theme)
    if wanted is None:
        hints.unsetColorScheme()
        if _OWN_PALETTE[0]:
            app.setPalette(app.style().standardPalette())
            _OWN_PALETTE[0] = False
        return
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted and not _OWN_PALETTE[0]:
        return
    app.setPalette(_dark_palette() if wanted == Qt.ColorScheme.Dark
                   else app.style().standardPalette())
    _OWN_PALETTE[0] = True


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
               QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2f2f2f",
               QPalette.ColorRole.ToolTipBase: "#3a3a3a", QPalette.ColorRole.ToolTipText: "#e8e8e8",
               QPalette.ColorRole.PlaceholderText: "#8a8a8a", QPalette.ColorRole.Text: "#e8e8e8",
               QPalette.ColorRole.Button: "#353535", QPalette.ColorRole.ButtonText: "#e8e8e8",
               QPalette.ColorRole.BrightText: "#ff6b6b", QPalette.ColorRole.Link: "#64b5f6",
               QPalette.ColorRole.Highlight: "#2f65ca",
               QPalette.ColorRole.HighlightedText: "#ffffff",
               QPalette.ColorRole.Light: "#4a4a4a", QPalette.ColorRole.Midlight: "#3e3e3e",
               QPalette.ColorRole.Mid: "#303030", QPalette.ColorRole.Dark: "#1a1a1a",
               QPalette.ColorRole.Shadow: "#000000"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def overdue_color(widget: QWidget | None = None) -> QColor:
    return QColor("#ff6b6b") if is_dark(widget) else QColor("#c62828")


def today_color(widget: QWidget | None = None) -> QColor:
    return QColor("#ffb74d") if is_dark(widget) else QColor("#b35c00")


def muted(widget: QWidget | None = None) -> QColor:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)


STATUS_COLORS: dict[Status, str] = {
    Status.LEAD: "#78909c",
    Status.POTENTIAL: "#1e88e5",
    Status.INTENDED: "#8e24aa",
    Status.CONTRACTED: "#2e7d32",
    Status.LOST: "#6d4c41",
}


def scaled(font: QFont, points: float, bold: bool = False) -> QFont:
    out = QFont(font)
    out.setPointSizeF(max(6.0, font.pointSizeF() + points))
    out.setBold(bold)
    return out


def error_color(widget: QWidget | None = None) -> QColor:
    return overdue_color(widget)


def warning_color(widget: QWidget | None = None) -> QColor:
    return today_color(widget)


def ok_color(widget: QWidget | None = None) -> QColor:
    return QColor("#66bb6a") if is_dark(widget) else QColor("#2e7d32")


def info_note(widget: QWidget | None = None) -> str:
    """The style of a boxed note saying why what follows is shown, not offered for
    change (a colleague on a deal's team reading the owner's company)."""
    if is_dark(widget):
        return ("QLabel { background: #1f3a5f; color: #e3f2fd; border: 1px solid #4a6f96; "
                "border-radius: 4px; padding: 4px; }")
    return ("QLabel { background: #eef3f8; color: #1f3a5f; border: 1px solid #9fb6cd; "
            "border-radius: 4px; padding: 4px; }")


#: A line edit shown read-only: the window's colour, so it does not invite typing.
READ_ONLY_LINE = "QLineEdit { background: palette(window); }"


def shrinks_to_text(*buttons: QAbstractButton) -> None:
    """Let buttons narrow to their text when their pane is narrow: the style's own
    minimum (about 80 pixels a button) added up across a row widened the window past a
    1024-pixel screen."""
    for button in buttons:
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 14)


def shrinks_to(combo: QComboBox, characters: int) -> None:
    """Let a drop-down narrow to about `characters` letters when its pane is narrow (its
    text is cut then), instead of its longest choice's width widening the pane; with
    room it is as wide as before."""
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("x" * characters) + 32)
