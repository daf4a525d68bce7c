"""The shape every figure of the team lead's review takes.

A figure is a titled table with typed columns, one row per bar, point or line, each row
naming the records behind it (so a click on a bar opens that list), and a chart spec
saying how to draw it. The review view draws it, `crmdesk report` prints it, and the
exports write it, all from the same `Table`; none of them computes a figure itself.

Money cells are integers in minor units of the table's `currency` (figures are never
summed across currencies: there are no exchange rates in crmdesk); percent cells are
fractions (0.25 = 25 %) or None where the share has no base; dates are `date`s.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from enum import StrEnum

from crmdesk.domain.contracts import short_money


class Cell(StrEnum):
    """What a column holds, so each reader writes it right."""

    TEXT = "text"
    COUNT = "count"
    MONEY = "money"      # minor units of the table's currency
    PERCENT = "percent"  # a fraction, or None
    DATE = "date"
    DAYS = "days"


#: The cells that are numbers: right-aligned, sorted by value (the view, the exports).
NUMERIC: frozenset[Cell] = frozenset({Cell.COUNT, Cell.MONEY, Cell.PERCENT, Cell.DAYS})


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    cell: Cell


class Behind(StrEnum):
    """What kind of record a row's `behind` ids are."""

    ACCOUNTS = "accounts"
    DEALS = "deals"
    USERS = "users"


class ChartKind(StrEnum):
    BAR = "bar"          # one bar per row for each y column, side by side
    STACKED = "stacked"  # the y columns stacked in one bar per row
    LINE = "line"        # a line per y column over the rows (months)
    PARETO = "pareto"    # bars of the first y column, the cumulative share as a line
    FUNNEL = "funnel"    # horizontal bars narrowing down the rows


@dataclass(frozen=True, slots=True)
class Chart:
    """How the view draws a table: `x` names the column along the axis, `y` the
    columns drawn (all of one cell kind), `against` an optional column drawn as a
    target line or marker over them (a plan)."""

    kind: ChartKind
    x: str
    y: tuple[str, ...]
    against: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    values: tuple[object, ...]
    #: the records this row counts (deals, accounts or users, as the table says)
    behind: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    key: str               # stable name, e.g. "pipeline.by_stage" (file names, tests)
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    currency: str | None = None
    behind: Behind | None = None
    chart: Chart | None = None
    note: str = ""         # one line under the title: what the figures count

    def column(self, key: str) -> int:
        """The position of column `key`."""
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def values(self, key: str) -> list[object]:
        """Every row's value in column `key`, in row order."""
        i = self.column(key)
        return [row.values[i] for row in self.rows]


@dataclass(frozen=True, slots=True)
class ReviewScope:
    """Whose figures, over which period, in which currency. `team_id` None is every
    team (an admin's view); `rep_id` narrows to one person. The app layer builds it
    from the signed-in user, so a rep's scope always names the rep."""

    start: date            # the period, both ends included
    end: date
    today: date
    currency: str = "CNY"
    team_id: uuid.UUID | None = None
    rep_id: uuid.UUID | None = None
    #: the date "what changed since" counts from (the pipeline panel)
    since: date | None = None
    #: the zone whose calendar days the dates are (stored times are UTC): None is the
    #: laptop's own (crmdesk.domain.local_time.day_start)
    zone: tzinfo | None = None


@dataclass(frozen=True, slots=True)
class Panel:
    """One panel of the review: its name (a tab, a `crmdesk report` word) and tables."""

    key: str
    title: str
    tables: Sequence[Table] = field(default_factory=tuple)


def cell_text(value: object, cell: Cell, currency: str | None) -> str:
    """A cell as people read it: money written short, a share as a percentage."""
    if value is None:
        return ""
    if cell is Cell.MONEY:
        return short_money(int(value), currency or "CNY")  # type: ignore[call-overload]
    if cell is Cell.PERCENT:
        return f"{float(value) * 100:.1f}%"  # type: ignore[arg-type]
    if cell is Cell.COUNT or cell is Cell.DAYS:
        return f"{int(value):,}"  # type: ignore[call-overload]
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def share(part: int, whole: int) -> float | None:
    """`part` of `whole` as a fraction, None when there is no whole to share."""
    return part / whole if whole else None
