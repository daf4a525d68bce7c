"""Channels' monthly costs: the grid an admin edits (channels × the months of a year) and
the write of one cost, checked by the rule the server's push runs too
(crmdesk.domain.row_checks, words in crmdesk.domain.roi)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain import roi
from crmdesk.domain.contracts import Period, period_start
from crmdesk.domain.currencies import clean_currency
from crmdesk.domain.row_checks import CHANNEL_COSTS
from crmdesk.domain.words import tr_noop
from crmdesk.store import row_facts
from crmdesk.store.models import Channel, ChannelCost
from crmdesk.store.refusals import Refused


@dataclass(frozen=True, slots=True)
class ChannelRef:
    id: uuid.UUID
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class CostGrid:
    """A year's costs: every live channel (by name) and the costs entered, by channel
    and month (amount in minor units, currency)."""

    year: int
    channels: tuple[ChannelRef, ...]
    costs: dict[tuple[uuid.UUID, date], tuple[int, str]]

    @property
    def months(self) -> tuple[date, ...]:
        return tuple(date(self.year, m, 1) for m in range(1, 13))


def channels(session: Session) -> list[ChannelRef]:
    """The live channels, by name."""
    return [ChannelRef(i, name, kind.value) for i, name, kind in session.execute(
        select(Channel.id, Channel.name, Channel.kind).where(Channel.deleted.is_(False))
        .order_by(Channel.name))]


def cost_grid(session: Session, year: int) -> CostGrid:
    """Every channel's costs for the months of `year` (one query each)."""
    costs = {(cid, month): (amount, currency) for cid, month, amount, currency in
             session.execute(select(ChannelCost.channel_id, ChannelCost.month,
                                    ChannelCost.amount, ChannelCost.currency)
                             .where(ChannelCost.deleted.is_(False),
                                    ChannelCost.month >= date(year, 1, 1),
                                    ChannelCost.month <= date(year, 12, 1)))}
    return CostGrid(year, tuple(channels(session)), costs)


def set_cost(session: Session, channel_id: uuid.UUID, month: date, amount: int,
             currency: str) -> uuid.UUID:
    """Set a channel's cost for `month` (its first day is taken): the row for that channel
    and month is changed, or made under the id every laptop and the server give it."""
    month = period_start(month, Period.MONTH)
    code = clean_currency(currency)
    channel = session.get(Channel, channel_id)
    if channel is None or channel.deleted:
        raise Refused(tr_noop("That channel is not in this workspace (it was removed?)."))
    row = session.scalars(select(ChannelCost).where(
        ChannelCost.channel_id == channel_id, ChannelCost.month == month)).first()
    values = {"amount": amount, "currency": code, "deleted": False}
    problem = row_facts.problem(session, CHANNEL_COSTS, {
        "id": row.id if row else roi.cost_id(channel_id, month), "channel_id": channel_id,
        "month": month} | values)
    if problem is not None:
        raise Refused(problem)
    if row is None:
        row = ChannelCost(id=roi.cost_id(channel_id, month), channel_id=channel_id,
                          month=month)
        session.add(row)
    for name, value in values.items():
        if getattr(row, name) != value:  # an unchanged field is not sent again
            setattr(row, name, value)
    session.flush()
    return row.id
