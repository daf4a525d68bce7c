"""The reads behind loyalty and suggestions on the seeded workspace, against the same
figures recomputed in plain Python from whole rows: the pair counts and usual intervals
counted once, one account's suggestions, its loyalty stage; the kept counts follow a
change to what customers bought (and only that); referrals kept in the rollup through
links, removals and a first sync's rebuild."""

from __future__ import annotations

import itertools
import uuid
from collections import Counter, defaultdict
from datetime import date
from statistics import median
from typing import Any

import pytest
from sqlalchemy import select, update

from crmdesk.app import relations
from crmdesk.app.context import Context
from crmdesk.app.relations import Role
from crmdesk.domain import suggestions as rules
from crmdesk.domain.suggestions import Kind
from crmdesk.domain.value import loyalty_stage, reason_text
from crmdesk.store import deferred, suggestion_queries
from crmdesk.store import queries as q
from crmdesk.store.db import Store, raw_connection
from crmdesk.store.models import (
    Account,
    AccountRollup,
    Opportunity,
    OpportunityProduct,
    OpportunityStage,
    Product,
    Referral,
)
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import new_account
from tests.conftest import TODAY


class Whole:
    """What customers bought, from whole rows (no SQL joins nor sums)."""

    def __init__(self, store: Store) -> None:
        with store.session() as s:
            def rows(model: Any) -> list[Any]:
                return [r for r in s.scalars(select(model)) if not r.deleted]

            self.accounts = {a.id: a for a in rows(Account)}
            self.products = {p.id: p for p in rows(Product)}
            deals = {d.id: d for d in rows(Opportunity)
                     if d.stage is OpportunityStage.WON and d.account_id in self.accounts}
            self.bought: dict[uuid.UUID, list[tuple[uuid.UUID, date, int]]] = defaultdict(list)
            for line in rows(OpportunityProduct):
                deal = deals.get(line.opportunity_id)
                if deal is not None:
                    self.bought[deal.account_id].append(
                        (line.product_id, deal.closed_on, line.quantity))
            self.referrals = Counter(r.account_id for r in rows(Referral))
            for a in s.scalars(select(AccountRollup)):
                self.accounts[a.account_id].rollup = (a.purchases, a.two_way)  # type: ignore[attr-defined]

    def groups(self, account_id: uuid.UUID) -> list[tuple[str, str]]:
        account = self.accounts[account_id]
        out = []
        if account.industry:
            out.append(("industry", account.industry))
        if account.scale:
            out.append(("scale", account.scale))
        return [*out, ("all", "")]


def test_the_counts_are_a_recount_of_every_customers_purchases(seeded: Store) -> None:
    whole = Whole(seeded)
    with seeded.session() as s:
        kept = suggestion_queries.counts(s)
    customers: Counter[tuple[str, str]] = Counter()
    # the kept counts know products by their stored text
    pairs: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    gaps: dict[uuid.UUID, list[int]] = defaultdict(list)
    buyers: Counter[uuid.UUID] = Counter()
    again: Counter[uuid.UUID] = Counter()
    for account_id, lines in whole.bought.items():
        basket = sorted({product for product, _, _ in lines})
        texts = sorted(product.hex for product in basket)
        for group in whole.groups(account_id):
            customers[group] += 1
            for i, a in enumerate(texts):
                for b in texts[i + 1:]:
                    pairs[group][(a, b)] += 1
        for product in basket:
            days = sorted({day for p, day, _ in lines if p == product})
            buyers[product] += 1
            again[product] += len(days) > 1
            gaps[product] += [(b - a).days for a, b in itertools.pairwise(days)]
    assert kept.customers == len(whole.bought) > 50
    assert kept.assoc.customers == customers
    assert {g: +c for g, c in kept.assoc.pairs.items()} == {g: +c for g, c in pairs.items()}
    expected = {p: rules.Interval(round(median(g)), len(g), again[p] / buyers[p])
                for p, g in gaps.items()
                if len(g) >= rules.MIN_GAPS and again[p] / buyers[p] >= rules.MIN_REPEAT_SHARE}
    assert kept.intervals == expected
    assert expected, "the demo renews some products"
    assert set(kept.products) == set(whole.products)
    assert {p.family for p in kept.products.values()} >= {"CRM seats", "Support"}


def test_one_accounts_suggestions_and_stage_are_the_rules_over_its_own_rows(
        seeded: Store) -> None:
    whole = Whole(seeded)
    with seeded.session() as s:
        kept = suggestion_queries.counts(s)
        kinds: Counter[Kind] = Counter()
        checked = 0
        for account_id in sorted(whole.accounts)[:150]:
            found = suggestion_queries.for_account(s, account_id, TODAY)
            assert found is not None
            bought = [rules.Bought(p, day, q) for p, day, q in whole.bought.get(account_id, [])]
            catalog = {p.id: rules.Product(p.id, p.name, p.list_price, p.currency, p.family,
                                           p.tier) for p in whole.products.values()}
            expected = rules.suggest(catalog, bought, kept.assoc, whole.groups(account_id),
                                     kept.intervals, TODAY, key=lambda p: p.hex)
            assert list(found.suggestions) == expected
            purchases, engaged = whole.accounts[account_id].rollup
            referrals = whole.referrals[account_id]
            assert found.loyalty.stage is loyalty_stage(purchases, referrals, engaged)
            assert found.loyalty.referrals == referrals
            kinds.update(x.kind for x in found.suggestions)
            checked += 1
        # the demo's history gives every kind of suggestion
        assert set(kinds) == set(Kind), kinds
        assert suggestion_queries.for_account(s, uuid.uuid4(), TODAY) is None
    assert checked == 150


def test_the_demos_lines_are_worth_about_their_deals_and_so_are_its_repeat_sales(
        seeded: Store) -> None:
    """A demo deal's amount is shared among its lines: a line of more than one unit is
    worth no more than its share (and a half unit's rounding), so a repeat sale (what
    the account usually buys) is worth about one of its deals, not thirty of them."""
    with seeded.session() as s:
        deals = {d.id: d for d in s.scalars(select(Opportunity).where(
            Opportunity.deleted.is_(False)))}
        lines: dict[uuid.UUID, list[OpportunityProduct]] = defaultdict(list)
        for line in s.scalars(select(OpportunityProduct)):
            lines[line.opportunity_id].append(line)
        biggest: dict[uuid.UUID, int] = defaultdict(int)
        several = 0
        for deal_id, held in lines.items():
            deal = deals[deal_id]
            if not deal.amount:
                assert {line.quantity for line in held} == {1}
                continue
            share = deal.amount / len(held)
            for line in held:
                assert line.quantity == 1 or line.quantity * line.unit_price <= 1.5 * share
                several += line.quantity > 1
            if deal.stage is OpportunityStage.WON:
                biggest[deal.account_id] = max(biggest[deal.account_id], deal.amount)
        assert several > 100  # small units come in numbers
        repeats = 0
        for account_id in sorted(biggest)[:200]:
            found = suggestion_queries.for_account(s, account_id, TODAY)
            assert found is not None
            for x in found.suggestions:
                if x.kind is Kind.REPEAT:
                    repeats += 1
                    assert x.quantity == 1 or (x.quantity * x.unit_price
                                               <= 1.5 * biggest[account_id]), x
        assert repeats


def test_the_kept_counts_are_counted_again_after_a_change_to_what_was_bought(
        seeded: Store) -> None:
    with seeded.session() as s:
        first = suggestion_queries.counts(s)
        assert suggestion_queries.counts(s) is first  # kept
        open_deal = s.scalars(select(Opportunity.id).where(
            Opportunity.stage == OpportunityStage.PROPOSAL)).first()
        won = s.scalars(select(Opportunity).where(
            Opportunity.stage == OpportunityStage.WON, Opportunity.deleted.is_(False))).first()
        assert open_deal is not None and won is not None
        won_id, customer = won.id, won.account_id
    # an open deal's next step changes nothing bought: still kept
    with seeded.write.begin() as s:
        s.execute(update(Opportunity).where(Opportunity.id == open_deal)
                  .values(next_step="Call back"))
    with seeded.session() as s:
        assert suggestion_queries.counts(s) is first
    # a won deal removed: counted again, without it
    with seeded.write.begin() as s:
        s.execute(update(Opportunity).where(Opportunity.id == won_id).values(deleted=True))
    with seeded.session() as s:
        second = suggestion_queries.counts(s)
        assert second is not first and second.version > first.version
        assert second == suggestion_queries.build_counts(s)
    # a customer's industry changes the segments it counts in
    with seeded.write.begin() as s:
        s.execute(update(Account).where(Account.id == customer).values(industry="Zither"))
    with seeded.session() as s:
        third = suggestion_queries.counts(s)
        assert third.version > second.version
        assert third.assoc.customers[("industry", "Zither")] == 1
    # a product's tier changes the up-sells
    with seeded.write.begin() as s:
        s.execute(update(Product).where(Product.name == "Barcode Scanner")
                  .values(family="Scanners", tier=1))
    with seeded.session() as s:
        assert suggestion_queries.counts(s).version > third.version


@pytest.fixture
def ctx(empty: Store, world: dict[str, uuid.UUID]) -> Context:
    return Context(empty)


def _referrals(store: Store, account_id: uuid.UUID) -> int:
    with store.session() as s:
        found = s.scalar(select(AccountRollup.referrals).where(
            AccountRollup.account_id == account_id))
    assert found is not None
    return found


def test_referrals_are_kept_in_the_rollup_and_one_company_has_one_referrer(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    store, acme = ctx.store, world["acme"]
    with store.write.begin() as s:
        beta, gamma = (new_account(s, name=n, owner_id=world["rep"], team_id=world["team"])
                       for n in ("Beta", "Gamma"))
    # Acme referred Beta and Gamma to us
    first = relations.link_companies(ctx, beta, acme, Role.REFERRED_BY).value
    relations.link_companies(ctx, acme, gamma, Role.REFERRAL)
    assert _referrals(store, acme) == 2 and _referrals(store, beta) == 0
    with store.session() as s:
        assert suggestion_queries.loyalty(s, acme).referrals == 2  # type: ignore[union-attr]
    # a company came through one referrer
    with pytest.raises(Refused, match="already referred to us by Acme"):
        relations.link_companies(ctx, gamma, beta, Role.REFERRED_BY)
    # the account's rollup row written anew (a new contact) keeps its referrals
    with store.write.begin() as s:
        s.execute(update(Account).where(Account.id == acme).values(deleted=True))
        s.execute(update(Account).where(Account.id == acme).values(deleted=False))
    assert _referrals(store, acme) == 2
    relations.unlink_companies(ctx, first)
    assert _referrals(store, acme) == 1
    # a first sync's rebuild counts them again from the links
    with store.write.begin() as s:
        conn = raw_connection(s)
        deferred.defer(conn)
        conn.execute("UPDATE account_rollup SET referrals = 7")
        assert deferred.restore(conn)
    assert _referrals(store, acme) == 1 and _referrals(store, gamma) == 0


def _score(store: Store, account_id: uuid.UUID) -> tuple[int, tuple[str, ...]]:
    """The account's stored value score and its reasons in English."""
    with store.session() as s:
        stored = s.scalar(select(Account.value_score).where(Account.id == account_id))
        card = q.card(s, account_id, TODAY)
    assert stored is not None and card is not None
    assert card.value_score == stored  # what the queue sorts by is the card's
    return stored, tuple(map(reason_text, card.score.reasons))


def test_an_advocate_scores_higher_as_soon_as_its_referral_is_recorded(
        ctx: Context, world: dict[str, uuid.UUID]) -> None:
    """The laptop's value score (kept on the account, shown on the card) counts the
    companies an account referred: 5 points each, with its reason, recomputed when a
    referral is recorded or removed; the referred company's own score is unchanged."""
    store, acme = ctx.store, world["acme"]
    with store.write.begin() as s:
        beta, gamma = (new_account(s, name=n, owner_id=world["rep"], team_id=world["team"])
                       for n in ("Beta", "Gamma"))
    before, beta_before = _score(store, acme), _score(store, beta)
    first = relations.link_companies(ctx, beta, acme, Role.REFERRED_BY).value
    after = _score(store, acme)
    assert after[0] == before[0] + 5 and "referred 1 company to us" in after[1]
    assert _score(store, beta) == beta_before
    relations.link_companies(ctx, gamma, acme, Role.REFERRED_BY)
    assert _score(store, acme)[0] == before[0] + 10
    relations.unlink_companies(ctx, first)
    assert _score(store, acme)[0] == before[0] + 5
