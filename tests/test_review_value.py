"""The review's Value panel: the 80/20 of 12-month revenue, the churn-risk list and the
loyalty stages, recomputed in plain Python from whole rows of the seeded workspace and
from hand-built ones (the window's edge, another currency, removed rows, scopes)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.activity import CONVERSATION_KINDS, ActivityKind, Outcome, is_two_way
from crmdesk.domain.deals import OPEN_STAGES, OpportunityStage
from crmdesk.domain.dedupe import company_key
from crmdesk.domain.lifecycle import LABELS, Status
from crmdesk.domain.report import LaterIds, Panel, ReviewScope, Table
from crmdesk.domain.value import (
    REVENUE_DAYS,
    Loyalty,
    Reason,
    ValueInputs,
    Why,
    churn_risk,
    loyalty_stage,
    reason_text,
    reasons_text,
    value_score,
)
from crmdesk.store import deferred, derived, links, queries
from crmdesk.store.db import Store, alembic_config, make_engine, open_store, raw_connection
from crmdesk.store.deal_writes import (
    ContractIn,
    DealInput,
    move_stage,
    new_deal,
    record_contract,
    record_payment,
)
from crmdesk.store.models import (
    LAPTOP_INDEXES,
    Account,
    AccountRollup,
    Activity,
    Contact,
    Contract,
    Opportunity,
    Payment,
    Referral,
    Team,
    User,
)
from crmdesk.store.review import panel
from crmdesk.store.review import value as value_panel
from crmdesk.store.review.value import LOYALTY_LABELS
from crmdesk.store.writes import (
    ActivityInput,
    edit_activity,
    edit_contact,
    log_activity,
    merge_accounts,
    new_account,
    new_contact,
)
from tests.conftest import TODAY


def _value(session: Session, scope: ReviewScope) -> dict[str, Table]:
    result: Panel = panel(session, "value", scope)
    assert result.key == "value"
    return {table.key: table for table in result.tables}


def _scope(**narrow: Any) -> ReviewScope:
    return ReviewScope(date(2026, 10, 1), date(2026, 12, 31), TODAY, **narrow)


# ---- the seeded workspace, recomputed from whole rows ---------------------------------


class Rows:
    """Every row the figures read, as plain objects (whole rows, no SQL sums)."""

    def __init__(self, session: Session) -> None:
        def rows(model: Any) -> list[Any]:
            return list(session.scalars(select(model)))

        def by_account(live: list[Any]) -> dict[uuid.UUID, list[Any]]:
            out: dict[uuid.UUID, list[Any]] = defaultdict(list)
            for row in live:
                out[row.account_id].append(row)
            return out

        self.accounts = {a.id: a for a in rows(Account) if not a.deleted}
        self.users = {u.id: u for u in rows(User)}
        self.payments = [p for p in rows(Payment) if not p.deleted]
        self.activities = [a for a in rows(Activity) if not a.deleted]
        self.paid = by_account(self.payments)
        self.talks = by_account([a for a in self.activities if a.kind in CONVERSATION_KINDS])
        self.deals = by_account([d for d in rows(Opportunity) if not d.deleted])
        self.contacts = by_account([c for c in rows(Contact) if not c.deleted])
        # the companies each one referred: its live referrals
        self.referrals: dict[uuid.UUID, int] = defaultdict(int)
        for link in rows(Referral):
            if not link.deleted:
                self.referrals[link.account_id] += 1

    def in_scope(self, scope: ReviewScope) -> list[Account]:
        return [a for a in self.accounts.values()
                if (scope.team_id is None or a.team_id == scope.team_id)
                and (scope.rep_id is None or a.owner_id == scope.rep_id)]

    def owner(self, account: Account) -> str:
        return "" if account.owner_id is None else self.users[account.owner_id].display_name

    def revenue(self, scope: ReviewScope) -> dict[uuid.UUID, int]:
        """12 months to the scope's day, in its currency, by account in scope."""
        first = scope.today - timedelta(days=REVENUE_DAYS - 1)
        ids = {a.id for a in self.in_scope(scope)}
        out: dict[uuid.UUID, int] = defaultdict(int)
        for p in self.payments:
            if (p.account_id in ids and p.currency == scope.currency
                    and first <= p.received_on <= scope.today):
                out[p.account_id] += p.amount
        return {a: amount for a, amount in out.items() if amount > 0}

    def purchases(self) -> dict[uuid.UUID, int]:
        paid: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        for p in self.payments:
            if p.amount > 0:
                paid[p.account_id].add(p.contract_id)
        return {a: len(c) for a, c in paid.items()}

    def inputs(self, account: Account, today: date) -> ValueInputs:
        """The value score's inputs as the card's rules define them, over every currency
        (the companies it referred among them)."""
        year_ago, two_years_ago = (today - timedelta(days=REVENUE_DAYS),
                                   today - timedelta(days=2 * REVENUE_DAYS))
        mine = self.paid[account.id]
        talks = [a.occurred_at for a in self.talks[account.id]]
        return ValueInputs(
            revenue_12m=sum(p.amount for p in mine if p.received_on > year_ago),
            revenue_prev_12m=sum(p.amount for p in mine
                                 if two_years_ago < p.received_on <= year_ago),
            purchases=len({p.contract_id for p in mine if p.amount > 0}),
            open_pipeline=sum(d.amount or 0 for d in self.deals[account.id]
                              if d.stage in OPEN_STAGES),
            scale=account.scale,
            has_key_person=any(c.is_key_person for c in self.contacts[account.id]),
            days_since_contact=(today - max(talks).date()).days if talks else None,
            referrals=self.referrals[account.id])


def _expected_pareto(rows: Rows, scope: ReviewScope) -> list[tuple[Any, ...]]:
    """(account id, name, owner, revenue, cumulative, key) by the 80/20 rule, written
    out here: largest first (equal revenue by name, then id), key up to the row that
    reaches 80% and any row paying as much as that one."""
    revenue = rows.revenue(scope)
    order = sorted(revenue, key=lambda a: (-revenue[a], rows.accounts[a].name, a))
    total = sum(revenue.values())
    out, running, reached_at = [], 0, None
    for a in order:
        key = running * 5 < total * 4 or revenue[a] == reached_at
        if key and reached_at is None and (running + revenue[a]) * 5 >= total * 4:
            reached_at = revenue[a]
        running += revenue[a]
        out.append((a, rows.accounts[a].name, rows.owner(rows.accounts[a]), revenue[a],
                    running / total, "yes" if key else "no"))
    return out


def _scopes(session: Session, rows: Rows) -> list[ReviewScope]:
    team = session.scalars(select(Team.id).order_by(Team.name)).first()
    rep = next(a.owner_id for a in rows.accounts.values()
               if a.team_id == team and a.owner_id is not None)
    return [_scope(), _scope(team_id=team), _scope(team_id=team, rep_id=rep)]


def test_the_pareto_is_the_80_20_of_the_seeded_payments(seeded: Store) -> None:
    with seeded.session() as s:
        rows = Rows(s)
        for scope in _scopes(s, rows):
            tables = _value(s, scope)
            pareto = tables["value.pareto"]
            expected = _expected_pareto(rows, scope)
            assert expected, "the seeded workspace has revenue in every scope"
            got = [(r.behind[0], *r.values) for r in pareto.rows]
            assert [g[:4] for g in got] == [e[:4] for e in expected]
            assert [g[6] for g in got] == [e[5] for e in expected]
            assert [g[5] for g in got] == pytest.approx([e[4] for e in expected])
            total = sum(e[3] for e in expected)
            assert [g[4] for g in got] == pytest.approx([e[3] / total for e in expected])
            assert all(len(r.behind) == 1 for r in pareto.rows)
            keys = sum(1 for e in expected if e[5] == "yes")
            assert pareto.note.startswith(f"{keys:,} of {len(expected):,} paying accounts")
            assert pareto.currency == "CNY"
            # the bands hold the same accounts in the same order, in 20 bands of 5%
            bands = tables["value.pareto_bands"]
            assert [a for r in bands.rows for a in r.behind] == [e[0] for e in expected]
            assert sum(bands.values("revenue")) == total  # type: ignore[arg-type]
            assert sum(bands.values("keys")) == keys  # type: ignore[arg-type]
            assert bands.values("accounts") == [len(r.behind) for r in bands.rows]
            assert bands.values("cumulative")[-1] == pytest.approx(1.0)


def test_the_demo_revenue_has_a_long_tail(seeded: Store) -> None:
    """The demo data makes the 80/20 worth reading: well under half of the paying
    accounts make 80% of the revenue, and the top 5% make much more than 5%."""
    with seeded.session() as s:
        tables = _value(s, _scope())
    pareto, bands = tables["value.pareto"], tables["value.pareto_bands"]
    keys = pareto.values("key").count("yes")
    assert keys < 0.4 * len(pareto.rows)
    assert bands.values("share")[0] > 0.25  # type: ignore[operator]


def test_the_churn_list_is_the_cards_at_risk_accounts(seeded: Store) -> None:
    with seeded.session() as s:
        rows = Rows(s)
        purchases = rows.purchases()
        for scope in _scopes(s, rows):
            revenue = rows.revenue(scope)
            expected = []
            for account in rows.in_scope(scope):
                if not purchases.get(account.id):
                    continue
                inputs = rows.inputs(account, scope.today)
                risk = churn_risk(inputs)
                if risk.at_risk:
                    score = value_score(inputs).value
                    expected.append((-score, -revenue.get(account.id, 0), account.name,
                                     account.id, reasons_text(risk.reasons)))
            expected.sort(key=lambda e: e[:4])
            churn = _value(s, scope)["value.churn"]
            assert expected, "the seeded workspace has customers at risk in every scope"
            assert [r.behind for r in churn.rows] == [(e[3],) for e in expected]
            assert churn.values("value_score") == [-e[0] for e in expected]
            assert churn.values("revenue") == [-e[1] for e in expected]
            assert churn.values("reasons") == [e[4] for e in expected]
            assert churn.values("account") == [e[2] for e in expected]
            # and it is what each account's card says
            for row in churn.rows[:40]:
                card = queries.card(s, row.behind[0], scope.today)
                assert card is not None and card.churn.at_risk
                assert row.values[churn.column("value_score")] == card.score.value
                assert row.values[churn.column("reasons")] == reasons_text(card.churn.reasons)
                assert row.values[churn.column("status")] == LABELS[card.status]
                assert row.values[churn.column("owner")] == (card.owner or "")
                last = card.last_contact_at
                assert row.values[churn.column("last_contact")] == (
                    None if last is None else last.date())


def test_the_loyalty_stages_count_every_account_in_scope(seeded: Store) -> None:
    with seeded.session() as s:
        rows = Rows(s)
        purchases = rows.purchases()
        engaged = {a.account_id for a in rows.activities
                   if is_two_way(ActivityKind(a.kind), None if a.outcome is None
                                 else Outcome(a.outcome))}
        for scope in _scopes(s, rows):
            expected: dict[Loyalty, set[uuid.UUID]] = {stage: set() for stage in Loyalty}
            accounts = rows.in_scope(scope)
            for account in accounts:
                stage = loyalty_stage(purchases.get(account.id, 0),
                                      rows.referrals[account.id], account.id in engaged)
                expected[stage].add(account.id)
            loyalty = _value(s, scope)["value.loyalty"]
            assert loyalty.values("stage") == [LOYALTY_LABELS[stage] for stage in Loyalty]
            assert loyalty.values("accounts") == [len(expected[stage]) for stage in Loyalty]
            # the ids behind each stage are read when its list is opened, in the order
            # of the rollups' index (purchases, two-way, referrals, account:
            # 0031_value_speed), the list's first entries those the window shows
            assert [type(r.behind) for r in loyalty.rows] == [LaterIds] * len(Loyalty)
            assert all(r.behind._ids is None for r in loyalty.rows)  # type: ignore[union-attr]
            order = {r.account_id: (r.purchases, r.two_way, r.referrals, r.account_id.hex)
                     for r in s.scalars(select(AccountRollup))}
            assert [list(r.behind) for r in loyalty.rows] == [
                sorted(expected[st], key=order.__getitem__) for st in Loyalty]
            assert [set(r.behind) for r in loyalty.rows] == [expected[st] for st in Loyalty]
            assert loyalty.values("share") == pytest.approx(
                [len(expected[stage]) / len(accounts) for stage in Loyalty])
            assert all(n > 0 for n in loyalty.values("accounts")[:4])  # type: ignore[operator]
            if scope.team_id is None:  # advocacy too: the demo records referrals
                assert expected[Loyalty.ADVOCACY]


# ---- hand-built -----------------------------------------------------------------------


class Book:
    """A small workspace: team East with reps Amy and Ben, team West with Cy."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.session.begin() as s:
            east, west = Team(name="East"), Team(name="West")
            s.add_all([east, west])
            s.flush()
            amy = User(username="amy", display_name="Amy", team_id=east.id)
            ben = User(username="ben", display_name="Ben", team_id=east.id)
            cy = User(username="cy", display_name="Cy", team_id=west.id)
            s.add_all([amy, ben, cy])
            s.flush()
            self.east, self.west = east.id, west.id
            self.amy, self.ben, self.cy = amy.id, ben.id, cy.id

    def account(self, name: str, owner: uuid.UUID) -> uuid.UUID:
        with self.store.session.begin() as s:
            team = s.get(User, owner).team_id  # type: ignore[union-attr]
            return new_account(s, name=name, owner_id=owner, team_id=team)

    def contract(self, account: uuid.UUID, amount: int = 10_000_00,
                 currency: str = "CNY") -> uuid.UUID:
        with self.store.session.begin() as s:
            a = s.get(Account, account)
            assert a is not None
            contract = Contract(account_id=account, number=f"C-{uuid.uuid4().hex[:6]}",
                                signed_on=TODAY - timedelta(days=400), amount=amount,
                                currency=currency, owner_id=a.owner_id, team_id=a.team_id)
            s.add(contract)
            s.flush()
            return contract.id

    def pay(self, contract: uuid.UUID, amount: int, days_back: int,
            currency: str = "CNY", deleted: bool = False) -> uuid.UUID:
        with self.store.session.begin() as s:
            c = s.get(Contract, contract)
            assert c is not None
            payment = Payment(contract_id=contract, account_id=c.account_id, amount=amount,
                              currency=currency, received_on=TODAY - timedelta(days=days_back),
                              owner_id=c.owner_id, team_id=c.team_id, deleted=deleted)
            s.add(payment)
            s.flush()
            derived.refresh(s, TODAY, [c.account_id])
            return payment.id

    def talk(self, account: uuid.UUID, days_back: int,
             outcome: Outcome = Outcome.REACHED) -> None:
        with self.store.session.begin() as s:
            a = s.get(Account, account)
            assert a is not None
            s.add(Activity(account_id=account, kind=ActivityKind.CALL, outcome=outcome,
                           occurred_at=datetime.combine(TODAY - timedelta(days=days_back),
                                                        datetime.min.time()),
                           owner_id=a.owner_id, team_id=a.team_id))
            s.flush()
            derived.refresh(s, TODAY, [account])

    def value(self, **narrow: Any) -> dict[str, Table]:
        with self.store.session() as s:
            return _value(s, _scope(**narrow))


def _revenue_by_name(table: Table) -> dict[str, int]:
    return dict(zip(table.values("account"), table.values("revenue"), strict=True))  # type: ignore[arg-type]


def test_the_window_is_the_value_scores_12_months_to_the_day(empty: Store) -> None:
    book = Book(empty)
    edge = book.account("Edge Ltd", book.amy)
    contract = book.contract(edge)
    book.pay(contract, 100_00, 0)          # today: in
    book.pay(contract, 200_00, REVENUE_DAYS - 1)  # the window's first day: in
    book.pay(contract, 400_00, REVENUE_DAYS)      # a day before it: out
    book.pay(contract, 800_00, REVENUE_DAYS + 1)  # out
    book.pay(contract, 1600_00, -1)        # tomorrow: not received yet
    assert _revenue_by_name(book.value()["value.pareto"]) == {"Edge Ltd": 300_00}
    # the edge is the value score's: the card counts the same day in and the next out
    # (it also counts tomorrow's: no review day is before the workspace's)
    with empty.session() as s:
        card = queries.card(s, edge, TODAY)
        assert card is not None
        assert Reason(Why.PAID, 300_00 + 1600_00) in card.score.reasons
        assert f"paid {(300_00 + 1600_00) / 100:,.0f} in the last 12 months" in map(
            reason_text, card.score.reasons)


def test_another_currency_is_left_out_and_named(empty: Store) -> None:
    book = Book(empty)
    yuan, dollars = book.account("Yuan Co", book.amy), book.account("Dollar Inc", book.ben)
    book.pay(book.contract(yuan), 500_00, 10)
    dollar_contract = book.contract(dollars, currency="USD")
    book.pay(dollar_contract, 700_00, 10, currency="USD")
    cny = book.value()["value.pareto"]
    assert _revenue_by_name(cny) == {"Yuan Co": 500_00}
    assert "USD" in cny.note
    usd = book.value(currency="USD")["value.pareto"]
    assert _revenue_by_name(usd) == {"Dollar Inc": 700_00}
    assert usd.currency == "USD" and "CNY" in usd.note


def test_removed_payments_and_accounts_count_nothing(empty: Store) -> None:
    book = Book(empty)
    kept, gone = book.account("Kept Ltd", book.amy), book.account("Gone Ltd", book.amy)
    contract = book.contract(kept)
    book.pay(contract, 300_00, 5)
    book.pay(contract, 900_00, 5, deleted=True)
    book.pay(book.contract(gone), 1000_00, 5)
    with empty.session.begin() as s:
        s.get(Account, gone).deleted = True  # type: ignore[union-attr]
    tables = book.value()
    assert _revenue_by_name(tables["value.pareto"]) == {"Kept Ltd": 300_00}
    assert sum(tables["value.loyalty"].values("accounts")) == 1  # type: ignore[arg-type]
    assert all(gone not in r.behind for t in tables.values() for r in t.rows)


def test_a_reps_scope_and_a_teams(empty: Store) -> None:
    book = Book(empty)
    amys, bens, cys = (book.account("Amy's Co", book.amy), book.account("Ben's Co", book.ben),
                       book.account("Cy's Co", book.cy))
    for account, amount in ((amys, 100_00), (bens, 200_00), (cys, 400_00)):
        book.pay(book.contract(account), amount, 30)
    everyone = book.value()["value.pareto"]
    assert _revenue_by_name(everyone) == {"Amy's Co": 100_00, "Ben's Co": 200_00,
                                          "Cy's Co": 400_00}
    # 400 of 700 is 57%, +200 is 86%: Cy's and Ben's are the key accounts
    assert everyone.values("key") == ["yes", "yes", "no"]
    assert everyone.note.startswith("2 of 3 paying accounts (66.7%) make 80% of ¥700")
    team = book.value(team_id=book.east)["value.pareto"]
    assert _revenue_by_name(team) == {"Amy's Co": 100_00, "Ben's Co": 200_00}
    rep = book.value(team_id=book.east, rep_id=book.amy)
    assert _revenue_by_name(rep["value.pareto"]) == {"Amy's Co": 100_00}
    assert rep["value.pareto"].values("key") == ["yes"]
    assert [r.behind for r in rep["value.loyalty"].rows if r.behind] == [(amys,)]
    assert book.value(team_id=book.west, rep_id=book.amy)["value.pareto"].rows == ()


def test_every_account_counts_once_whatever_its_id(empty: Store) -> None:
    """The accounts with payments are read in parts by their stored id (value._PARTS, on
    a worker): those at each part's edges, the lowest id and the highest, each count
    once, in the 80/20 and in the churn list (paid, never contacted: at risk)."""
    book = Book(empty)
    edges = {"0" * 32, "f" * 32}
    for low, _ in value_panel._PARTS:
        if low:
            edges |= {low + "0" * 31, f"{int(low, 16) - 1:x}" + "f" * 31}
    assert len(edges) == 2 * len(value_panel._PARTS)
    paid: dict[uuid.UUID, int] = {}
    with empty.session.begin() as s:
        for i, edge in enumerate(sorted(edges), 1):
            account = uuid.UUID(edge)
            s.add(Account(id=account, name=f"Edge {i}", name_key=company_key(f"Edge {i}"),
                          owner_id=book.amy, team_id=book.east, status=Status.LEAD,
                          custom_fields={}))
            paid[account] = i * 100_00
    for account, amount in paid.items():
        book.pay(book.contract(account), amount, 30)
    for narrow in ({}, {"rep_id": book.amy}):  # in parts, and a rep's in one
        tables = book.value(**narrow)
        pareto = tables["value.pareto"]
        assert sorted(r.behind[0] for r in pareto.rows) == sorted(paid)
        assert dict(zip((r.behind[0] for r in pareto.rows), pareto.values("revenue"),
                        strict=True)) == paid
        # largest first across the parts
        assert pareto.values("revenue") == sorted(paid.values(), reverse=True)
        churn = tables["value.churn"]
        assert sorted(r.behind[0] for r in churn.rows) == sorted(paid)


def test_the_panel_reads_one_state_of_the_workspace(empty: Store) -> None:
    """Its statements, on a worker and on the panel's thread, read the session's
    transaction: a payment saved meanwhile by another connection is in none of its
    figures, and in all of them once read again."""
    book = Book(empty)
    first = book.account("First Ltd", book.amy)
    book.pay(book.contract(first), 100_00, 30)
    later = book.account("Later Ltd", book.ben)
    contract = book.contract(later)
    with empty.session() as s:
        s.execute(select(Account.id)).all()  # the session's read begins
        book.pay(contract, 200_00, 30)  # another connection's, saved
        before = _value(s, _scope())
    assert _revenue_by_name(before["value.pareto"]) == {"First Ltd": 100_00}
    assert [r.behind[0] for r in before["value.churn"].rows] == [first]
    after = book.value()
    assert _revenue_by_name(after["value.pareto"]) == {"First Ltd": 100_00,
                                                       "Later Ltd": 200_00}
    assert sorted(r.behind[0] for r in after["value.churn"].rows) == sorted([first, later])


def test_churn_and_loyalty_on_hand_built_accounts(empty: Store) -> None:
    book = Book(empty)
    quiet, busy, twice, talked, nothing, unpaid = (
        book.account(name, book.amy) for name in
        ("Quiet Ltd", "Busy Ltd", "Twice Ltd", "Talked Ltd", "Nothing Ltd", "Unpaid Ltd"))
    book.pay(book.contract(quiet), 5_000_000_00, 20)   # paid, never contacted: at risk
    book.pay(book.contract(busy), 100_00, 20)
    book.talk(busy, 3)                                 # paid and in touch: fine
    book.pay(book.contract(twice), 300_00, 500)        # 300 the year before...
    book.pay(book.contract(twice), 100_00, 10)         # ...100 this year: fell by half
    book.talk(twice, 100, Outcome.NO_ANSWER)           # and quiet for 100 days
    book.talk(talked, 5)                               # no purchase, a two-way call
    book.talk(nothing, 5, Outcome.NO_ANSWER)           # no purchase, one-way only
    book.contract(unpaid)                              # a contract without money
    with empty.session.begin() as s:                   # a repeat customer referred one,
        referral = links.link_companies(s, talked, twice, links.Role.REFERRED_BY)
        links.link_companies(s, twice, busy, links.Role.REFERRED_BY)  # ... a first buyer one
    tables = book.value()
    churn = tables["value.churn"]
    assert churn.values("account") == ["Quiet Ltd", "Twice Ltd"]  # higher score first
    assert churn.values("reasons") == [
        "no contact for a long time",
        "no contact for 100 days; purchases fell by more than half against the year before"]
    assert churn.values("status") == [LABELS[Status.CONTRACTED]] * 2
    assert churn.values("last_contact") == [None, TODAY - timedelta(days=100)]
    assert churn.values("revenue") == [5_000_000_00, 100_00]
    assert [r.behind for r in churn.rows] == [(quiet,), (twice,)]
    loyalty = {row.values[0]: set(row.behind) for row in tables["value.loyalty"].rows}
    assert loyalty == {"Suspicion": {nothing, unpaid}, "Expectation": {talked},
                       "First purchase": {quiet, busy}, "Repeat purchase": set(),
                       "Advocacy": {twice}}
    assert "referred" in tables["value.loyalty"].note
    # the link removed (a synced delete), it is a repeat customer again
    with empty.session.begin() as s:
        links.unlink_companies(s, referral)
    loyalty = {row.values[0]: set(row.behind) for row in book.value()["value.loyalty"].rows}
    assert loyalty["Repeat purchase"] == {twice} and loyalty["Advocacy"] == set()


# ---- the rollup the panel reads: kept by every write ----------------------------------


def rollup_differences(store: Store, today: date = TODAY) -> list[tuple[Any, ...]]:
    """Where the accounts' rollup (models.AccountRollup) and the rules (the card's facts,
    derived.derive) disagree: (account, the rollup's, the rules') for each account
    either names; a removed or missing account has no rollup."""
    with store.session() as s:
        live = list(s.scalars(select(Account.id).where(Account.deleted.is_(False))))
        rules = {a: (d.inputs.purchases, d.facts.two_way_contact_logged, d.inputs.open_pipeline,
                     d.inputs.has_key_person)
                 for a, d in derived.derive(s, today, live).items()}
        held = {r.account_id: (r.purchases, r.two_way, r.open_pipeline, r.key_person)
                for r in s.scalars(select(AccountRollup))}
    return [(a, held.get(a), rules.get(a)) for a in sorted(held.keys() | rules.keys())
            if held.get(a) != rules.get(a)]


def _rollup(store: Store, account: uuid.UUID) -> tuple[Any, ...] | None:
    with store.session() as s:
        row = s.get(AccountRollup, account)
        return None if row is None else (row.purchases, row.two_way, row.open_pipeline,
                                         row.key_person)


def test_the_rollup_follows_every_write(seeded: Store) -> None:
    """Loaded in bulk (added up once at the end), then each kind of record written by
    the app's commands and by plain statements (as a pull or a script writes), moved
    between accounts, removed and put back, merged: the rollup stays what the rules
    make of the records, every step changing it."""
    assert rollup_differences(seeded) == []
    with seeded.session() as s:
        owner = s.scalars(select(User.id).where(User.team_id.is_not(None))).first()
        payers = s.scalars(select(Payment.account_id).where(Payment.deleted.is_(False),
                                                            Payment.amount > 0)
                           .group_by(Payment.account_id).order_by(Payment.account_id)).all()
    assert owner is not None and len(payers) >= 5
    with seeded.write.begin() as s:  # the app's commands
        fresh, talked, dealt, keyed = (new_account(s, name=f"{name} Ltd", owner_id=owner,
                                                   team_id=None)
                                       for name in ("Fresh", "Talked", "Dealt", "Keyed"))
        assert _rollup(seeded, fresh) is None  # another connection: not committed yet
        contract = record_contract(s, fresh, ContractIn("R-1", TODAY, 900_00))
        record_payment(s, contract, 400_00, TODAY, TODAY)
        record_payment(s, contract, 500_00, TODAY, TODAY)
        log_activity(s, talked, owner, ActivityInput(ActivityKind.CALL, Outcome.REACHED))
        deal = new_deal(s, dealt, DealInput("Pumps", amount=70_000_00), owner, TODAY)
        person = new_contact(s, keyed, name="Kay", is_key_person=True)
    assert _rollup(seeded, fresh) == (1, False, 0, False)  # two payments, one purchase
    assert _rollup(seeded, keyed) == (0, False, 0, True)
    assert _rollup(seeded, talked)[1] is True  # type: ignore[index]
    assert _rollup(seeded, dealt)[2] == 70_000_00  # type: ignore[index]
    assert rollup_differences(seeded) == []
    with seeded.write.begin() as s:
        move_stage(s, deal, OpportunityStage.WON, owner, TODAY, confirmed=True)
        edit_contact(s, person, {"is_key_person": False})
        talk = s.scalars(select(Activity.id).where(Activity.account_id == talked)).one()
        edit_activity(s, talk, ActivityInput(ActivityKind.CALL, Outcome.NO_ANSWER))
    assert _rollup(seeded, dealt)[2] == 0  # type: ignore[index]
    assert _rollup(seeded, talked)[1] is False  # type: ignore[index]
    assert rollup_differences(seeded) == []
    moved, kept = payers[0], payers[1]
    with seeded.write.begin() as s:  # plain statements: a pull's, a script's
        paid = s.scalars(select(Payment.id).where(Payment.account_id == moved)).all()
        s.execute(update(Payment).where(Payment.id.in_(paid)).values(account_id=kept))
        s.execute(update(Payment).where(Payment.account_id == payers[2])
                  .values(deleted=True))
        s.execute(update(Payment).where(Payment.account_id == payers[3]).values(amount=0))
        s.execute(delete(Payment).where(Payment.account_id == fresh))
        s.execute(update(Contact).where(Contact.account_id == keyed)
                  .values(is_key_person=False))
    assert _rollup(seeded, moved)[0] == 0 and _rollup(seeded, fresh)[0] == 0  # type: ignore[index]
    assert rollup_differences(seeded) == []
    with seeded.write.begin() as s:  # removed: no rollup; put back: added up again
        s.get(Account, kept).deleted = True  # type: ignore[union-attr]
    assert _rollup(seeded, kept) is None and rollup_differences(seeded) == []
    with seeded.write.begin() as s:
        s.get(Account, kept).deleted = False  # type: ignore[union-attr]
        made = new_account(s, name="Brief Ltd", owner_id=owner, team_id=None)
    assert _rollup(seeded, kept) is not None and _rollup(seeded, made) == (0, False, 0, False)
    with seeded.write.begin() as s:  # gone from the workspace (out of a pull's scope)
        s.execute(delete(Account).where(Account.id == made))
        merge_accounts(s, payers[4], kept)
    assert _rollup(seeded, made) is None and _rollup(seeded, kept) is None
    assert rollup_differences(seeded) == []


def test_a_workspace_upgraded_mid_first_sync_adds_up_its_rollup_when_built(
        tmp_path: Path) -> None:
    """A workspace whose first sync stopped with its indexes down (deferred) when this
    version opens it: the upgrade leaves the adding up and its indexes to the rebuild
    that follows, which keeps the triggers too; one upgraded normally does all at
    once."""
    for deferred_build in (False, True):
        path = tmp_path / f"old-{deferred_build}.db"
        store = open_store(path, create=True)
        with store.write.begin() as s:
            account = new_account(s, name="Kept Ltd", owner_id=None, team_id=None)
            new_contact(s, account, name="Key", is_key_person=True)
        store.close()
        engine = make_engine(path)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0017_review_pool")
            if deferred_build:
                deferred.defer(raw_connection(Session(bind=conn)))
        engine.dispose()
        store = open_store(path)
        try:
            with store.engine.connect() as conn:
                made = {name: sql for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index'")}
            assert made.keys() >= LAPTOP_INDEXES
            assert "(id, owner_id, deleted)" in made["ix_opportunities_seller"]
            assert _rollup(store, account) == (0, False, 0, True)
            with store.write.begin() as s:  # the triggers keep it from now on
                new_contact(s, account, name="Other")
                s.execute(update(Contact).values(is_key_person=False))
            assert _rollup(store, account) == (0, False, 0, False)
            assert rollup_differences(store) == []
        finally:
            store.close()
