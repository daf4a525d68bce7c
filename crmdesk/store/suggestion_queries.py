"""The reads behind an account's loyalty stage and what to sell it next.

What every customer bought (the product lines of won deals) is counted once into the
cross-sell's pair counts and the products' usual repurchase intervals, and kept in this
process against a counter the workspace moves on every change to those facts (a won
deal, its lines, a customer's industry or scale, a product: triggers of migration
0029_loyalty). One account's suggestions then read its own purchases (a few rows, by
index), its rollup row and the kept counts: a few milliseconds at 100k accounts, while
counting everything takes a second (done on a worker, once per change).

"Similar customers" are those this laptop holds (its user's scope), as everything the
card shows.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain import suggestions as rules
from crmdesk.domain.suggestions import Associations, Bought, Product, Suggestion
from crmdesk.domain.value import Loyalty, loyalty_stage
from crmdesk.store.models import (
    OPEN_STAGES,
    Account,
    AccountRollup,
    Opportunity,
    OpportunityProduct,
    OpportunityStage,
)
from crmdesk.store.models import Product as ProductRow
from crmdesk.store.review.deal_facts import Raw
from crmdesk.store.workspace_keys import SUGGESTIONS_VERSION


@dataclass(frozen=True, slots=True)
class Counts:
    """What every customer bought, counted: built once for each `version`."""

    version: int
    products: dict[uuid.UUID, Product]
    #: products known by their stored text (crmdesk.store.review.deal_facts.Raw.text)
    assoc: Associations[str]
    intervals: dict[uuid.UUID, rules.Interval]
    customers: int


_kept: dict[str, Counts] = {}
_lock = threading.Lock()


def version(session: Session) -> int:
    """The counter of changes to what customers bought (0: none since the migration)."""
    return SUGGESTIONS_VERSION.get(session)


def _where(session: Session) -> str:
    """The workspace's file (what the kept counts are of)."""
    return str(session.get_bind().engine.url)


def products(session: Session) -> dict[uuid.UUID, Product]:
    """The products on offer (live ones), by id."""
    return {row.id: Product(row.id, row.name, row.list_price, row.currency, row.family,
                            row.tier)
            for row in session.scalars(select(ProductRow).where(
                ProductRow.deleted.is_(False)))}


def _won_lines() -> Any:
    """Every live product line of a live account's won deal: the customer, its industry
    and scale, the product and the day it was won."""
    deal, line = Opportunity, OpportunityProduct
    return (select(Raw.text(deal.account_id), Account.industry, Account.scale,
                   Raw.text(line.product_id), Raw.text(deal.closed_on))
            .select_from(deal)
            .join(line, line.opportunity_id == deal.id)
            .join(Account, Account.id == deal.account_id)
            .where(deal.stage == OpportunityStage.WON, deal.deleted.is_(False),
                   line.deleted.is_(False), Account.deleted.is_(False)))


def build_counts(session: Session, at: int | None = None) -> Counts:
    """Count every customer's purchases afresh (what `counts` keeps)."""
    at = version(session) if at is None else at
    ids: dict[str, uuid.UUID] = {}
    days: dict[str, date] = {}

    def as_id(text: str) -> uuid.UUID:
        found = ids.get(text)
        if found is None:
            found = ids[text] = uuid.UUID(text)
        return found

    baskets: dict[str, set[str]] = defaultdict(set)
    groups: dict[str, tuple[rules.Segment, ...]] = {}
    history: list[tuple[str, str, date]] = []
    # products by their stored text (hashed in C, unlike a uuid) until counted
    for customer, industry, scale, product, day in _driver_rows(session, _won_lines()):
        baskets[customer].add(product)
        if customer not in groups:
            groups[customer] = rules.segments(industry, scale)
        if day is not None:
            won = days.get(day)
            if won is None:
                won = days[day] = date.fromisoformat(day[:10])
            history.append((customer, product, won))
    # customers with the same basket in the same groups are counted at once
    alike = Counter((groups[customer], tuple(sorted(basket)))
                    for customer, basket in baskets.items())
    assoc: Associations[str] = Associations()
    for (segments, basket), times in alike.items():
        assoc.add(basket, segments, times)
    assoc.index()  # made here, so the threads reading the kept counts only read them
    intervals = {as_id(product): interval for product, interval in
                 rules.usual_intervals(history).items()}
    return Counts(at, products(session), assoc, intervals, len(baskets))


def _stored(product_id: uuid.UUID) -> str:
    """A product's id as stored (and as the kept counts know it)."""
    return product_id.hex


def _driver_rows(session: Session, query: Any) -> list[Any]:
    """The rows of `query` as the driver reads them: a hundred thousand product lines
    without SQLAlchemy's work on each."""
    result = session.connection().execute(query)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def counts(session: Session) -> Counts:
    """The counts of every customer's purchases, as of the workspace's last change to
    them: kept in this process, counted again once that changed."""
    at, where = version(session), _where(session)
    held = _kept.get(where)
    if held is not None and held.version == at:
        return held
    with _lock:  # one worker counts; the others wait for its answer
        held = _kept.get(where)
        if held is None or held.version != at:
            held = _kept[where] = build_counts(session, at)
        return held


def forget(session: Session) -> None:
    """Drop the kept counts of this workspace (the next read counts afresh)."""
    _kept.pop(_where(session), None)


def bought(session: Session, account_id: uuid.UUID) -> list[Bought]:
    """What the account bought: each product line of its won deals, on the day won."""
    return _deal_lines(session, account_id)[0]


def _deal_lines(session: Session, account_id: uuid.UUID
                ) -> tuple[list[Bought], frozenset[uuid.UUID]]:
    """The product lines of the account's won deals (what it bought, on the day won),
    and the products on its open deals: one read of its deals (by index) for both."""
    deal, line = Opportunity, OpportunityProduct
    day = func.coalesce(deal.closed_on, deal.expected_close, deal.created_on)
    won: list[Bought] = []
    under_way: set[uuid.UUID] = set()
    for product, stage, when, quantity in session.execute(
            select(line.product_id, deal.stage, day, line.quantity)
            .join(line, line.opportunity_id == deal.id)
            .where(deal.account_id == account_id,
                   deal.stage.in_([OpportunityStage.WON, *OPEN_STAGES]),
                   deal.deleted.is_(False), line.deleted.is_(False))):
        if stage is OpportunityStage.WON:
            if when is not None:
                won.append(Bought(product, when, quantity))
        else:
            under_way.add(product)
    return won, frozenset(under_way)


@dataclass(frozen=True, slots=True)
class LoyaltyFacts:
    stage: Loyalty
    purchases: int
    referrals: int
    engaged: bool

    @property
    def reason(self) -> str:
        return rules.loyalty_reason(self.stage, self.purchases, self.referrals)


def loyalty(session: Session, account_id: uuid.UUID) -> LoyaltyFacts | None:
    """The account's loyalty stage from its rollup row (as the review counts it), or
    None for an account that is gone."""
    found = session.execute(select(AccountRollup.purchases, AccountRollup.two_way,
                                   AccountRollup.referrals)
                            .where(AccountRollup.account_id == account_id)).first()
    if found is None:
        return None
    purchases, engaged, referrals = found
    return LoyaltyFacts(loyalty_stage(purchases, referrals, bool(engaged)), purchases,
                        referrals, bool(engaged))


@dataclass(frozen=True, slots=True)
class AccountSuggestions:
    """An account's loyalty stage and what to sell it next, each with its reason."""

    account_id: uuid.UUID
    name: str
    loyalty: LoyaltyFacts
    suggestions: tuple[Suggestion, ...]
    #: the products already on one of its open deals (their suggestion is under way)
    on_open_deals: frozenset[uuid.UUID] = frozenset()


def for_account(session: Session, account_id: uuid.UUID, today: date
                ) -> AccountSuggestions | None:
    """The account's loyalty and suggestions, or None when it is gone."""
    rollup = AccountRollup
    # a live account has a rollup row (kept by triggers): both in one read
    account = session.execute(
        select(Account.name, Account.industry, Account.scale, rollup.purchases,
               rollup.two_way, rollup.referrals)
        .join(rollup, rollup.account_id == Account.id)
        .where(Account.id == account_id, Account.deleted.is_(False))).first()
    if account is None:
        return None
    name, industry, scale, purchases, engaged, referrals = account
    stage = LoyaltyFacts(loyalty_stage(purchases, referrals, bool(engaged)), purchases,
                         referrals, bool(engaged))
    kept = counts(session)
    won, under_way = _deal_lines(session, account_id)
    found = rules.suggest(kept.products, won, kept.assoc,
                          rules.segments(industry, scale), kept.intervals, today,
                          key=_stored)
    return AccountSuggestions(account_id, name, stage, tuple(found), under_way)

