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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from enum import StrEnum
from itertools import repeat
from typing import Any, overload

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


_new_uuid = object.__new__
_SET_INT, _SET_SAFE = vars(uuid.UUID)["int"].__set__, vars(uuid.UUID)["is_safe"].__set__
_UNKNOWN = uuid.SafeUUID.unknown


def uuids(texts: Iterable[str]) -> list[uuid.UUID]:
    """Stored ids (32 hex digits) as `uuid.UUID`s, a fraction of the cost of
    `uuid.UUID(text)` each (tens of thousands of them behind a review's bars): the same
    object its constructor makes, without its parsing of the other spellings of an id,
    its fields set in C."""
    numbers = list(map(int, texts, repeat(16)))
    made = list(map(_new_uuid, repeat(uuid.UUID, len(numbers))))
    deque(map(_SET_INT, made, numbers), 0)
    deque(map(_SET_SAFE, made, repeat(_UNKNOWN, len(made))), 0)
    return made


class JoinedIds(Sequence[uuid.UUID]):
    """The ids behind a row as the database joined them (stored ids, 32 hex digits,
    comma-separated), made `uuid.UUID`s when first read: a bar's tens of thousands of
    deals or accounts cost nothing until someone opens its list (they cost a tenth of a
    second a panel at 100k accounts). Reads as the tuple of those ids: equal to and
    hashed as it; its length is counted without reading them."""

    __slots__ = ("_count", "_ids", "_joined")

    def __init__(self, joined: str | None, count: int | None = None) -> None:
        """`count`: how many ids `joined` holds, when the caller knows it (the database
        counted them): not counted again in megabytes of text."""
        self._joined = joined or ""
        self._ids: tuple[uuid.UUID, ...] | None = None
        if count is None:
            count = self._joined.count(",") + 1 if self._joined else 0
        self._count = count

    @classmethod
    def of(cls, parts: Iterable[str | None]) -> JoinedIds:
        """The ids of several joined texts (a group's each), in order."""
        return cls(",".join(p for p in parts if p))

    def ids(self) -> tuple[uuid.UUID, ...]:
        if self._ids is None:
            self._ids = tuple(uuids(self._joined.split(","))) if self._joined else ()
        return self._ids

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> uuid.UUID: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[uuid.UUID, ...]: ...
    def __getitem__(self, index: int | slice) -> uuid.UUID | tuple[uuid.UUID, ...]:
        return self.ids()[index]

    def __iter__(self) -> Iterator[uuid.UUID]:
        return iter(self.ids())

    def __contains__(self, item: object) -> bool:
        return item in self.ids()

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, JoinedIds):
            # the same text is the same ids; no text (none, or not read yet) says nothing
            return (bool(self._joined) and self._joined == other._joined) \
                or self.ids() == other.ids()
        return isinstance(other, tuple) and self.ids() == other

    def __hash__(self) -> int:
        return hash(self.ids())

    def __repr__(self) -> str:
        return f"JoinedIds({self._count} ids)"


class LaterIds(JoinedIds):
    """Ids a figure counted but did not read: `load` reads them (joined as in
    `JoinedIds`) when they are first asked for, which only opening the list behind
    the figure does. Tens of thousands of ids a row (a review's loyalty stages over
    every account) then cost nothing to the panel; read later, they are the records as
    they are then, which a write in between may have changed from `count`."""

    __slots__ = ("_load",)

    def __init__(self, load: Callable[[], str | None], count: int) -> None:
        super().__init__(None, count)
        self._load: Callable[[], str | None] | None = load

    def ids(self) -> tuple[uuid.UUID, ...]:
        if self._load is not None:
            self._joined, self._load, self._ids = self._load() or "", None, None
        return super().ids()


_new_joined = object.__new__
_SET_JOINED, _SET_COUNT, _SET_IDS = (vars(JoinedIds)[name].__set__
                                     for name in ("_joined", "_count", "_ids"))


def each_one(texts: Sequence[str]) -> list[JoinedIds]:
    """`JoinedIds(text, 1)` for each of `texts` (a stored id each): the same objects,
    made in C (one behind each of a panel's tens of thousands of rows)."""
    made = list(map(_new_joined, repeat(JoinedIds, len(texts))))
    deque(map(_SET_JOINED, made, texts), 0)
    deque(map(_SET_COUNT, made, repeat(1)), 0)
    deque(map(_SET_IDS, made, repeat(None)), 0)
    return made


@dataclass(frozen=True, slots=True)
class Row:
    values: tuple[object, ...]
    #: the records this row counts (deals, accounts or users, as the table says): a
    #: tuple, or the same ids read when first asked for (`JoinedIds`)
    behind: tuple[uuid.UUID, ...] | JoinedIds = ()


_new_row = object.__new__
_SET_VALUES, _SET_BEHIND = vars(Row)["values"].__set__, vars(Row)["behind"].__set__


def rows_of(values: Sequence[tuple[object, ...]],
            behind: Sequence[tuple[uuid.UUID, ...] | JoinedIds]) -> tuple[Row, ...]:
    """`Row(v, b)` for each of `values` and `behind`, pairwise: the same rows, made in C
    (a panel's tens of thousands of rows, a fourth of the cost of `Row(...)` each,
    whose frozen __init__ sets each field through object.__setattr__)."""
    if len(values) != len(behind):
        raise ValueError(f"{len(values)} rows of values, {len(behind)} of ids")
    made = tuple(map(_new_row, repeat(Row, len(values))))
    deque(map(_SET_VALUES, made, values), 0)
    deque(map(_SET_BEHIND, made, behind), 0)
    return made


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


class MonthName(str):
    """A month as a review's row names it: "2026-11" (what the command line and the
    exports write, and what sorts), its first day kept for the window to name it in the
    user's language (crmdesk.ui.formats.month_text)."""

    first: date

    def __new__(cls, first: date) -> MonthName:
        made = super().__new__(cls, f"{first.year:04d}-{first.month:02d}")
        made.first = first.replace(day=1)
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (MonthName, (self.first,))


class Amount(str):
    """An amount of money a note names: written short in English ("¥1,250,000", as
    `cell_text` writes a money cell), the amount (minor units) and its currency kept
    for the window to write in the user's locale."""

    amount: int
    currency: str

    def __new__(cls, amount: int, currency: str) -> Amount:
        made = super().__new__(cls, short_money(amount, currency))
        made.amount, made.currency = amount, currency
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (Amount, (self.amount, self.currency))


def share(part: int, whole: int) -> float | None:
    """`part` of `whole` as a fraction, None when there is no whole to share."""
    return part / whole if whole else None
