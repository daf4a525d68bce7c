"""A mouse wheel scrolls; it never changes a value.

A wheel turned over a drop-down or a spin box (dates included) would otherwise step
its value, and the card saves what a drop-down picks: a rep scrolling down the card
would rewrite the account by accident. One filter on the application covers every
such widget in every form and dialog, present and future: the wheel goes to the
scroll area around the widget instead, and the widget takes focus only by a click or
Tab. Its value changes by a deliberate click or key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

#: Widgets whose value a wheel would step (QAbstractSpinBox covers QSpinBox,
#: QDoubleSpinBox, QDateEdit, QTimeEdit and QDateTimeEdit).
VALUE_WIDGETS: tuple[type[QWidget], ...] = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Application event filter: wheels over value widgets scroll the enclosing pane."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, VALUE_WIDGETS) and isinstance(event, QWheelEvent):
                scroll_instead(watched, event)
                return True  # the widget never sees it
        elif kind == QEvent.Type.Polish and isinstance(watched, VALUE_WIDGETS) and \
                watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel does not focus it
        return False


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


def install(app: QCoreApplication | None = None) -> None:
    """Guard every widget of the application (once; calling again does nothing)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return
    if app.findChild(WheelGuard, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        app.installEventFilter(WheelGuard(app))
