"""A mouse wheel scrolls; it never changes a value.

A wheel turned over a drop-down or a spin box (dates included) would otherwise step
its value, and the card saves what a drop-down picks: a rep scrolling down the card
would rewrite the account by accident. Every form builds its value widgets from the
classes here (tests/test_ui_meant.py fails on a bare Qt one anywhere in crmdesk/ui):
the wheel goes to the scroll area around the widget instead, and the widget takes
focus only by a click or Tab. Its value changes by a deliberate click or key.

The widgets handle it themselves rather than through one filter on the application:
such a filter is a Python call for every event of every widget (each paint, each
timer), which the queue's scrolling and typing in the search box would pay for."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QWidget,
)

from crmdesk.ui.formats import short_date_format


def scroll_instead(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the nearest scroll area around `widget` that can move that
    way (an outer one when the inner is at its end), as if the widget were not there."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            forwarded = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()), event.globalPosition(),
                event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
                event.phase(), event.inverted(), event.source(), event.pointingDevice())
            forwarded.ignore()
            QCoreApplication.sendEvent(viewport, forwarded)
            if forwarded.isAccepted():
                break
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    # Handled here, scrolled or not: Qt must not pass it on to the parents again.
    event.accept()


class _ScrollsPast:
    """Mixed in before a Qt value widget: a wheel over it scrolls its pane, and it takes
    focus by a click or Tab only."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(QWidget, self).setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        scroll_instead(cast(QWidget, self), event)


class ComboBox(_ScrollsPast, QComboBox):
    """A drop-down a wheel scrolls past."""


class SpinBox(_ScrollsPast, QSpinBox):
    """A whole-number box a wheel scrolls past."""


class DoubleSpinBox(_ScrollsPast, QDoubleSpinBox):
    """An amount box a wheel scrolls past."""


class DateEdit(_ScrollsPast, QDateEdit):
    """A date box a wheel scrolls past, showing the day as the window's language writes
    it, the year in full (crmdesk.ui.formats)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # a date reads left to right in a right-to-left window too (Hebrew writes
        # 27.11.2026): a box laid out right to left reverses the format's sections
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat(short_date_format())


#: The Qt classes a wheel would step, each with the class forms use instead.
GUARDED: dict[type[QWidget], type[QWidget]] = {
    QComboBox: ComboBox, QSpinBox: SpinBox, QDoubleSpinBox: DoubleSpinBox,
    QDateEdit: DateEdit}
