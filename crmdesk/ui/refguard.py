"""Giving None back the references PySide6 takes from it.

PySide6 6.12 on Python 3.11 returns None from every void method (QPainter.drawText,
QLabel.setText, ...) without the reference it owes; on Python 3.12 and later None is
immortal and nothing is lost. Each such call takes one reference from None, and when
its count reaches zero the interpreter aborts ("none_dealloc"). A window starts with
some 55,000; painting the relationship graph makes about a thousand void calls, so a
graph panned for a few seconds would end the program. Code that calls Qt's void
methods in a loop runs inside `keeping_none()`, which restores what was taken.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _leaks() -> bool:
    """Whether this PySide6 takes a reference from None on each void call."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal
    from PySide6.QtGui import QPen

    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(16):
        pen.setWidthF(1.0)
    lost = before - sys.getrefcount(None)
    give_back(lost)
    return lost >= 16


def give_back(count: int) -> None:
    """Add `count` references to None."""
    for _ in range(max(0, count)):
        _incref(None)


LEAKS = _leaks()


@contextmanager
def keeping_none() -> Iterator[None]:
    """Run the block, then give None back whatever references it lost (a reference
    too many only keeps None alive, which it always is)."""
    if not LEAKS:
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        give_back(before - sys.getrefcount(None))
