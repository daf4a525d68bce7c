"""The window's layout: the panes as docks around an empty centre (the agenda a tab
beside the queue), their default proportions, and the arrangement each user keeps
(crmdesk.ui.settings)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from crmdesk.ui.settings import WINDOW_GEOMETRY, WINDOW_STATE

#: Raise it when the docks change, so an arrangement saved before is not restored.
LAYOUT_VERSION = 2


class Docks(QObject):
    """Puts `panes` (name: (title, widget)) in docks on `window`: the queue left; the
    card over the graph, and the timeline, right."""

    def __init__(self, window: QMainWindow, panes: dict[str, tuple[str, QWidget]]) -> None:
        super().__init__(window)
        self._window = window
        self.docks: dict[str, QDockWidget] = {}
        window.setDockNestingEnabled(True)
        # Docks only: the user arranges the panes; the central area stays empty.
        spacer = QWidget()
        spacer.setMaximumSize(0, 0)
        window.setCentralWidget(spacer)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        for name, area in (("queue", left), ("card", right), ("timeline", right)):
            self._dock(name, *panes[name], area)
        window.splitDockWidget(self.docks["card"], self.docks["timeline"],
                               Qt.Orientation.Horizontal)
        self._dock("graph", *panes["graph"], right)
        window.splitDockWidget(self.docks["card"], self.docks["graph"], Qt.Orientation.Vertical)
        if "agenda" in panes:  # the day's list, a tab behind the queue the user works
            self._dock("agenda", *panes["agenda"], left)
            window.tabifyDockWidget(self.docks["queue"], self.docks["agenda"])
            self.docks["queue"].raise_()
        self._default_state = window.saveState(LAYOUT_VERSION)
        self.restored = False  # the user's own arrangement is in place

    def _dock(self, name: str, title: str, pane: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self._window)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(pane)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable |
                         QDockWidget.DockWidgetFeature.DockWidgetFloatable |
                         QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._window.addDockWidget(area, dock)
        self.docks[name] = dock

    def restore(self, settings: QSettings) -> None:
        """The size, place and arrangement the user left the window in, if any."""
        geometry, state = WINDOW_GEOMETRY.get(settings), WINDOW_STATE.get(settings)
        if not geometry.isEmpty():
            self._window.restoreGeometry(geometry)
        if not state.isEmpty():
            self.restored = self._window.restoreState(state, LAYOUT_VERSION)

    def save(self, settings: QSettings) -> None:
        WINDOW_GEOMETRY.set(settings, self._window.saveGeometry())
        WINDOW_STATE.set(settings, self._window.saveState(LAYOUT_VERSION))

    def reset(self) -> None:
        self._window.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in self.docks.values():
            dock.show()
        self.size()

    def size(self) -> None:
        """Default proportions: a wide queue, the card over the graph, the timeline right."""
        width, height = self._window.width(), self._window.height()
        self._window.resizeDocks(
            [self.docks["queue"], self.docks["card"], self.docks["timeline"]],
            [int(width * 0.34), int(width * 0.36), int(width * 0.30)], Qt.Orientation.Horizontal)
        self._window.resizeDocks([self.docks["card"], self.docks["graph"]],
                                 [int(height * 0.64), int(height * 0.36)],
                                 Qt.Orientation.Vertical)
