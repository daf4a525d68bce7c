"""The team lead's review, computed from the laptop's own rows (so it works offline).

One module per panel, each with `figures(session, scope) -> Panel`; the review view, the
`crmdesk report` command and the exports all go through `panel` here, so they show the
same figures. Every figure is SQL over the local workspace narrowed to the scope; the
tests recompute each one in plain Python over the same rows.
"""

from __future__ import annotations

from importlib import import_module

from sqlalchemy.orm import Session

from crmdesk.domain.report import Panel, ReviewScope
from crmdesk.domain.words import tr_noop

#: The panels in the order the view shows them: (key, title).
PANELS: tuple[tuple[str, str], ...] = (
    ("reps", tr_noop("Reps")),
    ("pipeline", tr_noop("Pipeline")),
    ("funnel", tr_noop("Funnel")),
    ("forecast", tr_noop("Forecast")),
    ("plans", tr_noop("Plans")),
    ("value", tr_noop("Value")),
    ("roi", tr_noop("Channel ROI")),
)


def panel(session: Session, key: str, scope: ReviewScope) -> Panel:
    """The figures of panel `key` for `scope`."""
    if key not in dict(PANELS):
        raise KeyError(key)
    module = import_module(f"{__name__}.{key}")
    result: Panel = module.figures(session, scope)
    return result
