"""Python's collection of reference cycles held off while a panel makes its rows.

A panel over 100k accounts makes tens of thousands of rows (tuples, `Row`s, ids), none
of them in a cycle and all kept to the end; each collection their making sets off walks
every object the process holds, which cost a tenth of the Value and Plans panels' time.
What the panel keeps is then moved straight to the oldest generation, where the rows
shown would have ended anyway: else the first young collection afterwards walks them
all once more (a twentieth of the Value panel's time at 100k accounts).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Hold off cycle collection for the block (it runs again afterwards, as it would
    have; left alone when something else already holds it off), and age what the block
    made to the oldest generation, unless something else has frozen objects (which the
    move, a freeze and thaw of everything, would thaw)."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
