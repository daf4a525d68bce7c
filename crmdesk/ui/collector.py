"""Python's cyclic garbage collector runs on the UI thread only, while a window is open.

Python collects on whichever thread happens to allocate when a threshold is crossed. On
a worker thread (a write, a sync) that may free a Qt object caught in a reference cycle,
such as a dialog whose signals reach its own methods; a Qt object must die on the thread
that owns it, or the process crashes. So while a window is open, automatic collection is
off and a timer on the UI thread collects as the thresholds would (Anki does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_open = 0  # collectors running; automatic collection is back on when none is


class UiThreadCollector(QObject):
    """Collects on the UI thread every `interval_ms` while it runs; `stop` gives the
    collection back to Python."""

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        global _open
        super().__init__(parent)
        _open += 1
        gc.disable()
        self._running = True
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> None:
        """Collect the generation Python's own thresholds would have collected."""
        counts, limits = gc.get_count(), gc.get_threshold()
        if counts[0] <= limits[0]:
            return
        gc.collect(2 if counts[2] > limits[2] else 1 if counts[1] > limits[1] else 0)

    def stop(self) -> None:
        global _open
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        gc.collect()  # here, on the UI thread, what the window leaves behind
        _open -= 1
        if _open == 0:
            gc.enable()
