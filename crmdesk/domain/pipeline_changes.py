"""What happened to a deal since a chosen day, as the review's pipeline panel tells it:
new, advanced, moved back, amount up or down, close date pushed, won, lost.

Each deal is read by its net movement: its stage, amount and close date then (at the
start of the chosen day) against now, so a deal advanced and then moved back to where it
was has not moved, and one moved forward twice advanced once. A deal's values then are
read from its kept history (shared/PRODUCT.md, "Deals"): the value before the first
change since that day, or none changed, the value it has now. A deal made since then
starts from the values it was made with, and was neither won nor lost then.

Plain Python: the store reads the rows, these rules classify them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from crmdesk.domain.deals import (
    OPEN_ORDER,
    OPEN_STAGES,
    Change,
    DealField,
    OpportunityStage,
    Slip,
    Stuck,
)
from crmdesk.domain.words import Counted, Sentences, Worded, tr_noop


class Movement(StrEnum):
    """A kind of change a deal may have gone through; a deal counts once in each."""

    NEW = "new"
    ADVANCED = "advanced"
    MOVED_BACK = "moved_back"
    AMOUNT_UP = "amount_up"
    AMOUNT_DOWN = "amount_down"
    PUSHED = "pushed"
    WON = "won"
    LOST = "lost"


#: The movements in the order the review lists them.
MOVEMENT_ORDER: tuple[Movement, ...] = tuple(Movement)
MOVEMENT_LABELS: Mapping[Movement, str] = {
    Movement.NEW: tr_noop("New"),
    Movement.ADVANCED: tr_noop("Advanced"),
    Movement.MOVED_BACK: tr_noop("Moved back"),
    Movement.AMOUNT_UP: tr_noop("Amount up"), Movement.AMOUNT_DOWN: tr_noop("Amount down"),
    Movement.PUSHED: tr_noop("Close date pushed"),
    Movement.WON: tr_noop("Won"),
    Movement.LOST: tr_noop("Lost"),
}


@dataclass(frozen=True, slots=True)
class DealState:
    """A deal's stage, amount and expected close at one moment."""

    stage: OpportunityStage | None
    amount: int | None
    expected_close: date | None


def _parse(field: DealField, text: str | None) -> object:
    if text is None:
        return None
    if field is DealField.STAGE:
        return OpportunityStage(text)
    if field is DealField.AMOUNT:
        return int(text)
    return date.fromisoformat(text)


def state_then(now: DealState, first_changes: Mapping[DealField, Change]) -> DealState:
    """The deal's values at the start of the window, from `now` and the first kept
    change of each field within it (`first_changes`): that change's old value; its new
    value when it had none (the deal was made then, or the value set where there was
    none: the value it started from); the value now when nothing changed."""
    values: dict[DealField, object] = {}
    for field, current in ((DealField.STAGE, now.stage), (DealField.AMOUNT, now.amount),
                           (DealField.EXPECTED_CLOSE, now.expected_close)):
        first = first_changes.get(field)
        if first is None:
            values[field] = current
        else:
            values[field] = _parse(field, first.old if first.old is not None else first.new)
    return DealState(values[DealField.STAGE], values[DealField.AMOUNT],  # type: ignore[arg-type]
                     values[DealField.EXPECTED_CLOSE])  # type: ignore[arg-type]


def stage_movement(then: OpportunityStage | None, now: OpportunityStage, *, new: bool
                   ) -> Movement | None:
    """How a deal's stage moved from `then` to `now`, net: won or lost when it is now and
    was not then (a deal made since was neither); between open stages, advanced or moved
    back by their order; reopened (closed then, open now) is moved back."""
    if now is OpportunityStage.WON or now is OpportunityStage.LOST:
        if new or then is not now:
            return Movement.WON if now is OpportunityStage.WON else Movement.LOST
        return None
    if then is None or then is now:
        return None
    if then not in OPEN_STAGES:
        return Movement.MOVED_BACK
    return (Movement.ADVANCED if OPEN_ORDER.index(now) > OPEN_ORDER.index(then)
            else Movement.MOVED_BACK)


def movements(then: DealState, now: DealState, *, new: bool) -> frozenset[Movement]:
    """Every movement of a deal from `then` to `now`; `new`: it was made in the window
    (its `then` being the values it was made with). An amount or a close date set where
    there was none, or cleared, is neither up, down nor pushed (as with slips)."""
    out: set[Movement] = {Movement.NEW} if new else set()
    if now.stage is not None:
        stage = stage_movement(then.stage, now.stage, new=new)
        if stage is not None:
            out.add(stage)
    if then.amount is not None and now.amount is not None and then.amount != now.amount:
        out.add(Movement.AMOUNT_UP if now.amount > then.amount else Movement.AMOUNT_DOWN)
    if (then.expected_close is not None and now.expected_close is not None
            and now.expected_close > then.expected_close):
        out.add(Movement.PUSHED)
    return frozenset(out)


def deal_flag(stuck: Stuck | None, days_in_stage: int | None, limit: int, slip: Slip) -> str:
    """Why an open deal needs a look, in words for the pipeline's list ("" when it
    does not): stuck (and why), slipping (how often, how far). Marked words with their
    figures, which the window words in the user's language."""
    out: list[str] = []
    if stuck is Stuck.CLOSE_PASSED:
        out.append(Worded(tr_noop("Stuck: close date passed")))
    elif stuck is Stuck.IN_STAGE:
        out.append(Counted("Stuck: %n day(s) in stage (limit {0})", "",
                           days_in_stage or 0, limit))
    if slip.slipped:
        out.append(Counted("Slipping: pushed {0}× by %n day(s)", "", slip.days,
                           slip.times))
    return Sentences(*out, sep="; ") if out else ""
