"""Python's collection of reference cycles held off while a panel makes its rows.

A panel over 100k accounts makes tens of thousands of rows (tuples, `Row`s, ids), none
of them in a cycle and all kept to the end; each collection their making sets off walks
every object the process holds, which cost a tenth of the Value and Plans panels' time.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Hold off cycle collection for the block (it runs again afterwards, as it would
    have; left alone when something else already holds it off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
