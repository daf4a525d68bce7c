"""Long lists on the card collapse to their first few rows and an "and N more" link, so
the card's sections (deals, contacts, contracts) all show at 1366x768 without
scrolling; the link shows the rest, until another account is opened."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

#: The href of a section's "and N more" link.
MORE = "more-rows"


def visible_part(rows: Sequence[T], shown: int, expanded: bool,
                 keep: Callable[[T], bool] | None = None) -> tuple[list[T], int]:
    """The rows a section shows and how many it leaves out: the first `shown` (or all
    when `expanded`, or when only one would be left out: a link "and 1 more" takes the
    room of the row itself), plus any later row `keep` asks for (the contact chosen)."""
    if expanded or len(rows) <= shown + 1:
        return list(rows), 0
    out = [row for n, row in enumerate(rows) if n < shown or (keep is not None and keep(row))]
    return out, len(rows) - len(out)


def more_link(text: str) -> str:
    """The link that shows a section's hidden rows (`text` says how many, translated)."""
    return f"<a href='{MORE}' style='text-decoration:none'>{html.escape(text)} ▾</a>"
