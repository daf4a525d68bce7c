"""The review's reps panel: each person who owns work, side by side: their open deals,
sales credited this month and quarter, overdue follow-ups, stuck and slipping deals,
and activities lately.

The people are the scope's (its team's active reps and leads, every team's when it names
none, or the one it names); each figure is theirs whichever team its records belong to.
Credit is `crmdesk.store.contract_queries.credited_sales`'s (payments received, for the
deal's owner, else the contract's), summed in the database by
`crmdesk.store.plan_queries.credited` as the Plans panel sums it; stuck and slipping
are the deal list's rules in their SQL form (crmdesk.store.review.deal_facts). Figures
are gathered per person by key, then laid out in `COLUMNS`' order, so a column is
added by adding its figure and its `Column`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.domain import deals as rules
from crmdesk.domain import pool
from crmdesk.domain.contracts import Period, period_end, period_start
from crmdesk.domain.local_time import day_start
from crmdesk.domain.plans import Dimension
from crmdesk.domain.pool import PoolRules
from crmdesk.domain.report import (
    Behind,
    Cell,
    Chart,
    ChartKind,
    Column,
    Panel,
    ReviewScope,
    Row,
    Table,
    share,
)
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store.models import Account, Activity, Opportunity, Role, Team, User
from crmdesk.store.plan_queries import credited, planned
from crmdesk.store.pool_queries import all_teams_rules
from crmdesk.store.queries import overdue_work
from crmdesk.store.review import kept_facts as kept
from crmdesk.store.review.deal_facts import (
    deal_conditions,
    stuck_clause,
    weighted_amount,
)

#: The columns of the side-by-side table, in order; each key names a figure of `Rep`.
COLUMNS: tuple[Column, ...] = (
    Column("rep", tr_noop("Rep"), Cell.TEXT), Column("team", tr_noop("Team"), Cell.TEXT),
    Column("open_deals", tr_noop("Open deals"), Cell.COUNT),
    Column("open_amount", tr_noop("Open amount"), Cell.MONEY),
    Column("weighted", tr_noop("Weighted"), Cell.MONEY),
    Column("credited_month", tr_noop("Credited this month"), Cell.MONEY),
    Column("credited_quarter", tr_noop("Credited this quarter"), Cell.MONEY),
    Column("overdue", tr_noop("Overdue follow-ups"), Cell.COUNT),
    Column("to_pool", tr_noop("About to return to the pool"), Cell.COUNT),
    Column("stuck", tr_noop("Stuck deals"), Cell.COUNT),
    Column("slipping", tr_noop("Slipping deals"), Cell.COUNT),
    Column("activities_7", tr_noop("Activities, 7 days"), Cell.COUNT),
    Column("activities_30", tr_noop("Activities, 30 days"), Cell.COUNT),
)

#: The roles of people who own work (accounts and deals).
_OWNERS = (Role.REP, Role.LEAD)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone in the scope who owns work."""

    id: uuid.UUID
    name: str
    team: str | None


def people(session: Session, scope: ReviewScope) -> list[Person]:
    """The scope's active reps and leads, by team then name."""
    query = (select(User.id, User.display_name, Team.name)
             .outerjoin(Team, Team.id == User.team_id)
             .where(User.deleted.is_(False), User.active.is_(True), User.role.in_(_OWNERS))
             .order_by(Team.name, User.display_name, User.id))
    if scope.team_id is not None:
        query = query.where(User.team_id == scope.team_id)
    if scope.rep_id is not None:
        query = query.where(User.id == scope.rep_id)
    return [Person(*row) for row in session.execute(query)]


def rep_figures(session: Session, scope: ReviewScope, who: Sequence[Person]
                ) -> dict[uuid.UUID, dict[str, object]]:
    """Each person's figures by column key (the money in `scope.currency`)."""
    ids = [p.id for p in who]
    out: dict[uuid.UUID, dict[str, object]] = {p.id: {
        "rep": p.name, "team": p.team or "", "open_deals": 0, "open_amount": 0,
        "weighted": 0, "credited_month": 0, "credited_quarter": 0, "overdue": 0,
        "to_pool": 0, "stuck": 0, "slipping": 0, "activities_7": 0, "activities_30": 0}
        for p in who}
    if not ids:
        return out

    def add(person: uuid.UUID | None, key: str, value: int) -> None:
        if person in out:
            out[person][key] = int(out[person][key]) + value  # type: ignore[call-overload]

    # open deals, counted in the database: money in the scope's currency; stuck and
    # slipping in any (work to do), by the deal list's rules in their SQL form (slipping
    # as the deal's kept fact: deal_facts.slipped_clause looked up each deal's history)
    ours = Opportunity.currency == scope.currency
    amount = func.coalesce(Opportunity.amount, 0)
    for owner, count, total, weighted, stuck, slipping in session.execute(
            select(Opportunity.owner_id, func.sum(case((ours, 1), else_=0)),
                   func.sum(case((ours, amount), else_=0)),
                   # rules.weighted, deal by deal: an integer division each
                   func.sum(case((ours, weighted_amount()), else_=0)),
                   func.sum(case((stuck_clause(session, scope.today), 1), else_=0)),
                   func.sum(kept.slipped))
            .where(*deal_conditions(stages=rules.OPEN_STAGES, team_id=None, owner_ids=ids,
                                    currency=None, closed_between=None))
            .group_by(Opportunity.owner_id)):
        for key, value in (("open_deals", count), ("open_amount", total),
                           ("weighted", weighted), ("stuck", stuck), ("slipping", slipping)):
            add(owner, key, int(value or 0))

    # credit (crmdesk.store.contract_queries.credited_sales's: payments received, for the
    # deal's owner, else the contract's) summed per seller and month in the database:
    # reading each of the quarter's payments cost a third of the panel at 100k accounts
    month = period_start(scope.today, Period.MONTH)
    for (seller, start), paid in credited(
            session, Dimension.REP, Period.MONTH, period_start(scope.today, Period.QUARTER),
            period_end(scope.today, Period.QUARTER), scope.currency,
            team_id=scope.team_id, rep_id=scope.rep_id).items():
        add(seller, "credited_quarter", paid)
        if start == month:
            add(seller, "credited_month", paid)

    for owner, overdue in session.execute(
            select(Account.owner_id, func.count())
            .where(Account.owner_id.in_(ids), Account.deleted.is_(False),
                   overdue_work(scope.today))
            .group_by(Account.owner_id)):
        add(owner, "overdue", overdue)

    # accounts the team's pool rules take back within its warn days (or past due,
    # awaiting the server's sweep): the laptop's warnings, counted from the facts kept
    for owner, count in session.execute(
            select(Account.owner_id, func.count())
            .where(Account.owner_id.in_(ids),
                   due_within_warning_kept(all_teams_rules(session), scope.today))
            .group_by(Account.owner_id)):
        add(owner, "to_pool", count)

    # activities a person logged (or, logged by nobody known, those on their accounts),
    # dated in the 7 and 30 days ending today
    # local days: their bounds as the times are stored (UTC)
    day_after = day_start(scope.today + timedelta(days=1), scope.zone)
    week = day_start(scope.today - timedelta(days=6), scope.zone)
    month_ago = day_start(scope.today - timedelta(days=29), scope.zone)
    # whoever logged it, else its owner: counted from the hours the laptop keeps them
    # by (crmdesk.store.review.kept_facts) when the days start on the hour in the
    # zone, else read as ranges of ix_activities_author_when (covering, in the person's
    # order), the second of those logged by nobody; those on removed accounts (few)
    # taken off after (a check of each against them cost half the count at 100k)
    hours = kept.activity_hours
    removed = select(Account.id).where(Account.deleted.is_(True))
    for key, since in (("activities_7", week), ("activities_30", month_ago)):
        window = (Activity.deleted.is_(False), Activity.occurred_at >= since,
                  Activity.occurred_at < day_after)
        whose = ((Activity.author_id, Activity.author_id.in_(ids)),
                 (Activity.owner_id, and_(Activity.author_id.is_(None),
                                          Activity.owner_id.in_(ids))))
        counted = [select(hours.c.person_id, func.sum(hours.c.n))
                   .where(hours.c.person_id.in_(ids), hours.c.hour >= kept.hour_of(since),
                          hours.c.hour < kept.hour_of(day_after))
                   .group_by(hours.c.person_id)] if _on_the_hour(since, day_after) else [
            select(who_did, func.count()).where(narrow, *window).group_by(who_did)
            for who_did, narrow in whose]
        for query in counted:
            for person, count in session.execute(query):
                add(person, key, int(count))
        for who_did, narrow in whose:
            for person, count in session.execute(
                    select(who_did, func.count())
                    .where(Activity.account_id.in_(removed), narrow, *window)
                    .group_by(who_did)):
                add(person, key, -count)
    return out


def _on_the_hour(*moments: datetime) -> bool:
    return all(m == m.replace(minute=0, second=0, microsecond=0) for m in moments)


def due_within_warning_kept(rules: Mapping[uuid.UUID, PoolRules], today: date
                           ) -> ColumnElement[bool]:
    """`crmdesk.store.pool_queries.due_within_warning` (the same accounts: a test holds
    the two together) from the facts the laptop keeps on each account
    (crmdesk.store.review.kept_facts): each rule's "nothing since" as its last two-way
    conversation or its deal clock before the day, read with the clock from
    ix_accounts_review_clock, not as a lookup an account of its conversations and deals
    (500 ms at 100k accounts; sets of those read once, 200; this, 20). Teams with the
    same rules share their terms."""
    by_rules: dict[PoolRules, list[uuid.UUID]] = {}
    for team, team_rules in rules.items():
        if team_rules.returns and team_rules.warn_days > 0:
            by_rules.setdefault(team_rules, []).append(team)
    start = func.coalesce(Account.assigned_on, Account.acquired_on)
    parts: list[ColumnElement[bool]] = []
    for team_rules, teams in by_rules.items():
        day = today + timedelta(days=team_rules.warn_days)
        ways: list[ColumnElement[bool]] = []
        if team_rules.no_contact_days > 0:
            cutoff = day - timedelta(days=team_rules.no_contact_days)
            after = datetime.combine(cutoff + timedelta(days=1), datetime.min.time())
            ways.append(and_(start <= cutoff, or_(kept.talked_at.is_(None),
                                                  kept.talked_at < after)))
        if team_rules.no_deal_days > 0:
            # an open deal's clock is kept.OPEN_DEAL, after every cutoff
            cutoff = day - timedelta(days=team_rules.no_deal_days)
            ways.append(and_(start <= cutoff, or_(kept.dealt_on.is_(None),
                                                  kept.dealt_on <= cutoff)))
        parts.append(and_(Account.team_id.in_(teams), or_(*ways)))
    if not parts:
        return false()
    return and_(Account.deleted.is_(False), Account.owner_id.is_not(None),
                Account.status.in_(sorted(pool.RETURNING)), or_(*parts))


#: The target columns, after the quarter's credit they are read against.
PLAN_COLUMNS: tuple[Column, ...] = (
    Column("plan_quarter", tr_noop("Quarter's target"), Cell.MONEY),
    Column("of_plan", tr_noop("% of target"), Cell.PERCENT),
)


def with_plan(columns: Sequence[Column]) -> tuple[Column, ...]:
    """`columns` with the target columns after "credited this quarter"."""
    at = [c.key for c in columns].index("credited_quarter") + 1
    return (*columns[:at], *PLAN_COLUMNS, *columns[at:])


def side_by_side(session: Session, scope: ReviewScope) -> Table:
    """The reps side by side: a row per person, `COLUMNS` of their figures and their
    quarter's target (crmdesk.store.plan_queries.planned) with the share of it
    credited so far (None without a target)."""
    who = people(session, scope)
    figures_of = rep_figures(session, scope, who)
    quarter = period_start(scope.today, Period.QUARTER)
    targets = planned(session, Dimension.REP, [p.id for p in who], Period.QUARTER,
                      quarter, quarter, scope.currency)
    for person in who:
        mine = figures_of[person.id]
        target = targets.get(person.id)
        mine["plan_quarter"] = target
        credited = mine["credited_quarter"]
        mine["of_plan"] = share(credited, target) if target and isinstance(credited, int) else None
    return table(scope, who, figures_of, with_plan(COLUMNS))


def table(scope: ReviewScope, who: Sequence[Person],
          figures_of: Mapping[uuid.UUID, Mapping[str, object]],
          columns: Sequence[Column] = COLUMNS) -> Table:
    """The side-by-side table of `who` (in order), each row `columns` of the person's
    figures by key: a caller adding columns (a plan, say) adds their figures to
    `figures_of` and their `Column`s to `columns`."""
    return Table(
        "reps.side_by_side", tr_noop("Reps side by side"), tuple(columns),
        tuple(Row(tuple(figures_of[p.id][c.key] for c in columns), (p.id,)) for p in who),
        scope.currency, Behind.USERS, Chart(ChartKind.BAR, "rep", ("open_amount", "weighted")),
        Worded(tr_noop("Open deals and credit in {0} (deals and payments in other "
                       "currencies are not counted); credit is payments received this month "
                       "and quarter (to {1}), against the quarter's sales target; stuck, "
                       "slipping and overdue count every open deal and live account the "
                       "person owns; about to return to the pool: their accounts the team's "
                       "pool rules take back within its warning days (or past due, awaiting "
                       "the server's sweep); activities they logged in the 7 and 30 days to "
                       "{2}."), scope.currency, period_end(scope.today, Period.QUARTER),
               scope.today))


def figures(session: Session, scope: ReviewScope) -> Panel:
    """The reps panel for `scope`."""
    return Panel("reps", "Reps", (side_by_side(session, scope),))
