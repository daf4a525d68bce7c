"""Small read functions the UI, CLI and bench call. Each takes the caller's session and
returns plain frozen dataclasses, never live ORM objects (they cross threads)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.account_fields import place
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.lifecycle import AccountFacts, Status
from crmdesk.domain.pool import PoolRules
from crmdesk.domain.priority import Urgency, urgency
from crmdesk.domain.searchtext import fts_query, phone_ending_query
from crmdesk.domain.value import ChurnRisk, Score, churn_risk, value_score
from crmdesk.domain.words import tr_noop
from crmdesk.json_values import worded
from crmdesk.store import derived, pool_queries
from crmdesk.store.derived import PAID, REACHABLE, READY, TWO_WAY
from crmdesk.store.models import (
    OPEN_STAGES,
    Account,
    AccountRelation,
    AccountTag,
    Activity,
    ActivityContact,
    Channel,
    Contact,
    ContactInfluence,
    Contract,
    DealMember,
    DecisionRole,
    Opportunity,
    Payment,
    Referral,
    RelationKind,
    Role,
    Stance,
    Tag,
    Team,
    User,
)


@dataclass(frozen=True, slots=True)
class UserRef:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    team_id: uuid.UUID | None
    #: neither disabled nor removed (on the server)
    active: bool = True


_USER_REF = (User.id, User.username, User.display_name, User.role, User.team_id,
             User.active, User.deleted)


def _user_ref(row: Any) -> UserRef:
    user_id, username, name, role, team_id, active, deleted = row
    return UserRef(user_id, username, name, role, team_id, bool(active) and not deleted)


def user_by_name(session: Session, username: str) -> UserRef | None:
    row = session.execute(select(*_USER_REF).where(
        User.username == username, User.deleted.is_(False))).first()
    return None if row is None else _user_ref(row)


def user_by_id(session: Session, user_id: uuid.UUID) -> UserRef | None:
    row = session.execute(select(*_USER_REF).where(User.id == user_id)).first()
    return None if row is None else _user_ref(row)


def account_name_stmt(account_id: uuid.UUID) -> Select[Any]:
    """The live account's name (no row when it is gone)."""
    return select(Account.name).where(Account.id == account_id, Account.deleted.is_(False))


def first_rep(session: Session) -> UserRef | None:
    name = session.scalar(
        select(User.username).where(User.role == Role.REP, User.active.is_(True))
        .order_by(User.username).limit(1))
    return None if name is None else user_by_name(session, name)


def has_accounts(session: Session) -> bool:
    """The workspace holds at least one company (an empty one says how to start)."""
    return bool(session.scalar(select(exists().where(Account.deleted.is_(False)))))


# ---- the lead queue ---------------------------------------------------------------------

class QueueFilter(StrEnum):
    MY_QUEUE = "my_queue"      # my accounts still being worked (not lost)
    ALL_MINE = "all_mine"      # everything I own, lost included
    TEAM_POOL = "team_pool"    # my team's unowned leads, free to claim
    OVERDUE = "overdue"        # follow-up date passed: a rep's own, a lead's team's, all
    TEAM = "team"              # the whole team (team leads and admins)
    DEAL_TEAMS = "deal_teams"  # accounts of the deals whose virtual team I am on


class QueueSort(StrEnum):
    """What the queue is ordered by: priority (the default), or one of its columns."""

    PRIORITY = "priority"
    NAME = "name"
    STATUS = "status"
    OWNER = "owner"
    NEXT = "next"        # next follow-up
    LAST = "last"        # last contact
    VALUE = "value"
    CHANNEL = "channel"
    RETURNS = "returns"  # the day it goes back to the team's pool (crmdesk.domain.pool)


#: The owner filter's value for the team's public pool (accounts with no owner).
POOL: Literal["pool"] = "pool"
#: Whose accounts the queue shows: one person's (their id), the pool's, or anyone's (None).
Owner = uuid.UUID | Literal["pool"] | None


@dataclass(frozen=True, slots=True)
class QueueRow:
    account_id: uuid.UUID
    name: str
    status: Status
    owner: str | None
    next_follow_up_on: date | None
    last_contact_at: datetime | None
    value_score: int
    channel: str | None
    urgency: Urgency
    #: days until it goes back to the team's pool, within its team's warn days (None: no
    #: warning); 0: today, or past due awaiting the server's sweep
    pool_days: int | None = None


def _sees_team(user: UserRef) -> bool:
    """Lists of "mine" that are a lead's team's and an admin's everyone's."""
    return user.role in (Role.LEAD, Role.ADMIN)


def overdue_work(today: date) -> ColumnElement[bool]:
    """An account's follow-up is overdue work: its day has passed and the account is
    still pursued (a lost one's old follow-up is nobody's work). The queue's Overdue
    and the review's count read this one condition."""
    return and_(Account.next_follow_up_on < today, Account.status != Status.LOST)


def _queue_select(user: UserRef, which: QueueFilter, today: date,
                  status: Status | None, owner: Owner = None) -> Select[Any]:
    query = select(Account.id).where(Account.deleted.is_(False))
    if which is QueueFilter.TEAM_POOL:
        query = query.where(Account.owner_id.is_(None), Account.team_id == user.team_id)
    elif which is QueueFilter.TEAM or (which is QueueFilter.OVERDUE and _sees_team(user)):
        # "Overdue" for a lead is the team's overdue work (an admin's: everyone's)
        if user.role is not Role.ADMIN:
            query = query.where(Account.team_id == user.team_id)
        if which is QueueFilter.OVERDUE:
            query = query.where(overdue_work(today))
    elif which is QueueFilter.DEAL_TEAMS:
        query = query.where(Account.id.in_(
            select(Opportunity.account_id)
            .join(DealMember, DealMember.opportunity_id == Opportunity.id)
            .where(DealMember.user_id == user.id, DealMember.deleted.is_(False),
                   Opportunity.deleted.is_(False))))
    else:
        query = query.where(Account.owner_id == user.id)
        if which is QueueFilter.MY_QUEUE:
            query = query.where(Account.status != Status.LOST)
        elif which is QueueFilter.OVERDUE:
            query = query.where(overdue_work(today))
    if status is not None:
        query = query.where(Account.status == status)
    if owner == POOL:
        query = query.where(Account.owner_id.is_(None))
    elif owner is not None:
        query = query.where(Account.owner_id == owner)
    return query


def queue_select(user: UserRef, which: QueueFilter, today: date, status: Status | None = None,
                 owner: Owner = None) -> Select[Any]:
    """The ids of the accounts of one of the queue's lists, unordered (a subquery other
    lists of the queue narrow to: the care reminders' accounts, say)."""
    return _queue_select(user, which, today, status, owner)


def _queue_order(today: date) -> tuple[Any, ...]:
    # The SQL form of crmdesk.domain.priority.queue_key; a test holds the two together.
    band = case(
        (Account.next_follow_up_on < today, int(Urgency.OVERDUE)),
        (Account.next_follow_up_on == today, int(Urgency.DUE_TODAY)),
        else_=int(Urgency.LATER),
    )
    return (band, Account.value_score.desc(), Account.name, Account.id)


_sort_owner = aliased(User)
_sort_channel = aliased(Channel)
# the lifecycle's order, not the alphabet's; lost comes last
_STATUS_ORDER = case(*((Account.status == s, i) for i, s in enumerate(Status)), else_=len(Status))


def _ordered(query: Select[Any], today: date, sort: QueueSort, descending: bool,
             session: Session | None = None,
             rules: Mapping[uuid.UUID, PoolRules] | None = None) -> Select[Any]:
    """`query` in the order asked for: a column's values (empty ones last, either way),
    ties broken by id so a page boundary never moves; priority order has no reverse.
    (`rules`, or `session` to read them: the pool rules the return day's order needs.)"""
    if sort is QueueSort.PRIORITY:
        return query.order_by(*_queue_order(today))
    key: Any
    if sort is QueueSort.RETURNS:
        if rules is None:
            assert session is not None, "the return day's order reads the teams' rules"
            rules = pool_queries.teams_rules(session)
        key = pool_queries.days_left_sql(rules, today)
    elif sort is QueueSort.OWNER:
        query = query.outerjoin(_sort_owner, _sort_owner.id == Account.owner_id)
        key = _sort_owner.display_name
    elif sort is QueueSort.CHANNEL:
        query = query.outerjoin(_sort_channel, _sort_channel.id == Account.channel_id)
        key = _sort_channel.name
    else:
        key = {QueueSort.NAME: Account.name, QueueSort.STATUS: _STATUS_ORDER,
               QueueSort.NEXT: Account.next_follow_up_on,
               QueueSort.LAST: Account.last_contact_at,
               QueueSort.VALUE: Account.value_score}[sort]
    if descending:
        return query.order_by(key.desc().nulls_last(), Account.id.desc())
    return query.order_by(key.asc().nulls_last(), Account.id)


def queue_ids(session: Session, user: UserRef, which: QueueFilter, today: date,
              status: Status | None = None, *, owner: Owner = None,
              sort: QueueSort = QueueSort.PRIORITY, descending: bool = False,
              rules: Mapping[uuid.UUID, PoolRules] | None = None) -> list[uuid.UUID]:
    """Every account id of the queue (of `owner` only, when given) in the order asked
    for (priority by default): cheap to hold even for 100k rows, so a view can show the
    count at once and load row details as they scroll in. `rules`: the teams' pool
    rules, when the caller holds them already (the return day's order reads them)."""
    query = _ordered(_queue_select(user, which, today, status, owner), today, sort,
                     descending, session, rules)
    return list(session.scalars(query))


def queue_page(session: Session, user: UserRef, which: QueueFilter, today: date,
               offset: int = 0, limit: int = 100, status: Status | None = None, *,
               owner: Owner = None, sort: QueueSort = QueueSort.PRIORITY,
               descending: bool = False) -> list[QueueRow]:
    """One page of the queue, in the order asked for (priority by default)."""
    rules = pool_queries.teams_rules(session)  # once, for the order and the rows
    ids = _ordered(_queue_select(user, which, today, status, owner), today, sort,
                   descending, session, rules)
    return queue_rows(session, list(session.scalars(ids.offset(offset).limit(limit))), today,
                      rules)


def queue_count(session: Session, user: UserRef, which: QueueFilter, today: date,
                status: Status | None = None, *, owner: Owner = None) -> int:
    sub = _queue_select(user, which, today, status, owner).subquery()
    return int(session.scalar(select(func.count()).select_from(sub)) or 0)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone accounts can belong to, as the queue's owner chooser and the reassign
    dialog name them."""

    id: uuid.UUID
    display_name: str
    role: Role
    team_id: uuid.UUID | None
    team: str | None
    active: bool


def _people(session: Session, *where: Any) -> list[Person]:
    rows = session.execute(
        select(User.id, User.display_name, User.role, User.team_id, Team.name, User.active)
        .outerjoin(Team, Team.id == User.team_id)
        .where(User.deleted.is_(False), User.role.in_([Role.REP, Role.LEAD]), *where)
        .order_by(Team.name, User.role.desc(), User.display_name, User.id))
    return [Person(*r) for r in rows]


def queue_owners(session: Session, user: UserRef) -> list[Person]:
    """Whose accounts a lead may show in the queue (their team's reps and leads) and an
    admin (every team's), team by team, reps before the lead; a rep: nobody."""
    if user.role is Role.ADMIN:
        return _people(session, User.team_id.is_not(None))
    if user.role is Role.LEAD and user.team_id is not None:
        return _people(session, User.team_id == user.team_id)
    return []


@dataclass(frozen=True, slots=True)
class ReassignTargets:
    """Whom accounts can be given to: the active reps of the one team they are all of
    (`team_id` None when they are of several teams, or of none)."""

    team_id: uuid.UUID | None
    team: str | None
    teams: int
    reps: tuple[Person, ...]


def reassign_targets(session: Session, account_ids: list[uuid.UUID]) -> ReassignTargets:
    teams = set(session.scalars(select(Account.team_id).distinct().where(
        Account.id.in_(account_ids), Account.deleted.is_(False))))
    if len(teams) != 1 or None in teams:
        return ReassignTargets(None, None, len(teams), ())
    team_id = next(iter(teams))
    reps = tuple(p for p in _people(session, User.team_id == team_id, User.active.is_(True))
                 if p.role is Role.REP)
    return ReassignTargets(team_id, session.scalar(select(Team.name).where(
        Team.id == team_id)), 1, reps)


def book_of(session: Session, user_id: uuid.UUID) -> list[uuid.UUID]:
    """The live accounts `user_id` owns: their book, as a leaving rep hands it on."""
    return list(session.scalars(select(Account.id).where(
        Account.owner_id == user_id, Account.deleted.is_(False)).order_by(Account.id)))


_owner = aliased(User)
# Built once: the queue asks for a block of rows as the user scrolls, on the UI thread,
# and building the statement anew each time would cost more than running it.
_QUEUE_ROWS = (
    select(Account.id, Account.name, Account.status, _owner.display_name,
           Account.next_follow_up_on, Account.last_contact_at, Account.value_score,
           Channel.name)
    .outerjoin(_owner, _owner.id == Account.owner_id)
    .outerjoin(Channel, Channel.id == Account.channel_id)
    .where(Account.id.in_(bindparam("ids", expanding=True)))
)


def queue_rows(session: Session, ids: list[uuid.UUID], today: date,
               rules: Mapping[uuid.UUID, PoolRules] | None = None) -> list[QueueRow]:
    """Display rows for the given account ids, in the order given. `rules`: the teams'
    pool rules, read once for a whole queue (pool_queries.teams_rules) and handed to
    each page of it (None: read here)."""
    if not ids:
        return []
    rows = session.execute(_QUEUE_ROWS, {"ids": ids}).all()
    returning = pool_queries.pool_days(session, ids, today, rules)
    by_id = {
        r[0]: QueueRow(*r, urgency=urgency(r[4], today), pool_days=returning.get(r[0]))
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


# ---- the customer card ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TagRow:
    id: uuid.UUID
    name: str
    color: str | None


@dataclass(frozen=True, slots=True)
class Card:
    id: uuid.UUID
    name: str
    status: Status
    nature: str | None
    scale: str | None
    financing: str | None
    industry: str | None
    region: str | None
    website: str | None
    phone: str | None
    address: str | None
    business_line: str | None
    custom_fields: dict[str, Any]
    owner: str | None
    owner_id: uuid.UUID | None
    team_id: uuid.UUID | None
    channel: str | None
    acquired_on: date | None
    lost_reason: str | None
    last_contact_at: datetime | None
    next_follow_up_on: date | None
    value_score: int
    tags: tuple[TagRow, ...]
    facts: AccountFacts
    score: Score
    churn: ChurnRisk
    #: days until it goes back to the team's pool, within the warn days (None: no warning)
    pool_days: int | None = None


# Built once with a bound parameter: a status action checks it on every click.
_ACCOUNT = bindparam("account_id", type_=Account.id.type)
_FACTS = select(
    exists().where(Contact.account_id == _ACCOUNT, Contact.deleted.is_(False), REACHABLE),
    exists().where(Activity.account_id == _ACCOUNT, Activity.deleted.is_(False), TWO_WAY),
    exists().where(Opportunity.account_id == _ACCOUNT, Opportunity.deleted.is_(False),
                   READY),
    exists().where(Contract.account_id == _ACCOUNT, Contract.deleted.is_(False)),
    exists().where(Payment.account_id == _ACCOUNT, Payment.deleted.is_(False), PAID),
)


def facts_for(session: Session, account_id: uuid.UUID) -> AccountFacts:
    """The facts of an account's record that its status conditions look at (one query;
    each fact stops at the first row that proves it)."""
    facts = session.execute(_FACTS, {"account_id": account_id}).one()
    return AccountFacts(*(bool(f) for f in facts))


def card(session: Session, account_id: uuid.UUID, today: date) -> Card | None:
    """Everything the customer card shows about one account, or None if it is gone."""
    owner = aliased(User)
    row = session.execute(
        select(Account, owner.display_name, Channel.name)
        .outerjoin(owner, owner.id == Account.owner_id)
        .outerjoin(Channel, Channel.id == Account.channel_id)
        .where(Account.id == account_id, Account.deleted.is_(False))
    ).first()
    if row is None:
        return None
    a, owner_name, channel = row
    tags = tuple(TagRow(*t) for t in session.execute(
        select(Tag.id, Tag.name, Tag.color).join(AccountTag, AccountTag.tag_id == Tag.id)
        .where(AccountTag.account_id == account_id, AccountTag.deleted.is_(False),
               Tag.deleted.is_(False)).order_by(Tag.name)))
    # what the rules make of the facts today, as the queue holds it once brought to the
    # day (store.derived): never a stored value that went stale
    ruled = derived.derive(session, today, [a.id])[a.id]
    score = value_score(ruled.inputs)
    return Card(
        a.id, a.name, ruled.status, a.nature, a.scale, a.financing, a.industry, a.region,
        a.website, a.phone, a.address, a.business_line, dict(a.custom_fields or {}),
        owner_name, a.owner_id, a.team_id, channel, a.acquired_on, a.lost_reason,
        ruled.last_contact_at, a.next_follow_up_on, score.value, tags,
        ruled.facts, score, churn_risk(ruled.inputs),
        # its own team's rules only: the card never reads every team's
        pool_queries.pool_days(session, [a.id], today, pool_queries.rules_by_team(
            session, [a.team_id] if a.team_id is not None else [])).get(a.id),
    )


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: uuid.UUID
    name: str
    title: str | None
    department: str | None
    mobile: str | None
    mobile_e164: str | None
    landline: str | None
    email: str | None
    is_key_person: bool
    reports_to_id: uuid.UUID | None
    #: in the year NO_YEAR when only the month and day are known (crmdesk.domain.care)
    birthday: date | None = None


def contacts(session: Session, account_id: uuid.UUID) -> list[ContactRow]:
    """The account's contacts, key people first."""
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.title, Contact.department, Contact.mobile,
               Contact.mobile_e164, Contact.landline, Contact.email, Contact.is_key_person,
               Contact.reports_to_id, Contact.birthday)
        .where(Contact.account_id == account_id, Contact.deleted.is_(False))
        .order_by(Contact.is_key_person.desc(), Contact.name))
    return [ContactRow(*tuple(r)) for r in rows]


#: The other company's role in a link, seen from this one (RelationRow.label).
SUBSIDIARY, PARENT_COMPANY = tr_noop("subsidiary"), tr_noop("parent company")
CUSTOMER, SUPPLIER, PARTNER = tr_noop("customer"), tr_noop("supplier"), tr_noop("partner")
REFERRAL, REFERRED_BY = tr_noop("referral"), tr_noop("referred by")


#: A referral's kind among a company's links (a models.Referral, not a relation).
REFERRED: Literal["referred"] = "referred"


@dataclass(frozen=True, slots=True)
class RelationRow:
    """A link to another company: a relation, or a referral (kind REFERRED, `id` the
    referral's; outgoing: this company referred the other)."""

    id: uuid.UUID
    other_id: uuid.UUID
    other_name: str
    kind: RelationKind | Literal["referred"]
    outgoing: bool  # True: this account is the "from" side (parent of, supplier of)

    @property
    def label(self) -> str:
        """The other account's role, seen from this account."""
        if self.kind is RelationKind.PARENT_OF:
            return SUBSIDIARY if self.outgoing else PARENT_COMPANY
        if self.kind is RelationKind.SUPPLIER_OF:
            return CUSTOMER if self.outgoing else SUPPLIER
        if self.kind == REFERRED:
            return REFERRAL if self.outgoing else REFERRED_BY
        return PARTNER


def relations(session: Session, account_id: uuid.UUID) -> list[RelationRow]:
    """Related companies in both directions, and who referred whom to us."""
    other = aliased(Account)
    out: list[RelationRow] = []
    for mine, theirs, outgoing in (
        (AccountRelation.from_account_id, AccountRelation.to_account_id, True),
        (AccountRelation.to_account_id, AccountRelation.from_account_id, False),
    ):
        rows = session.execute(
            select(AccountRelation.id, other.id, other.name, AccountRelation.kind)
            .join(other, other.id == theirs)
            .where(mine == account_id, AccountRelation.deleted.is_(False),
                   other.deleted.is_(False)))
        out += [RelationRow(*r, outgoing=outgoing) for r in rows]
    for mine, theirs, outgoing in ((Referral.account_id, Referral.referred_id, True),
                                   (Referral.referred_id, Referral.account_id, False)):
        found = session.execute(
            select(Referral.id, other.id, other.name)
            .join(other, other.id == theirs)
            .where(mine == account_id, Referral.deleted.is_(False),
                   other.deleted.is_(False)))
        out += [RelationRow(*r, kind=REFERRED, outgoing=outgoing) for r in found]
    out.sort(key=lambda r: (r.label, r.other_name))
    return out


@dataclass(frozen=True, slots=True)
class InfluenceRow:
    id: uuid.UUID
    from_contact_id: uuid.UUID
    to_contact_id: uuid.UUID
    strength: int


def influences(session: Session, account_id: uuid.UUID) -> list[InfluenceRow]:
    rows = session.execute(
        select(ContactInfluence.id, ContactInfluence.from_contact_id,
               ContactInfluence.to_contact_id, ContactInfluence.strength)
        .where(ContactInfluence.account_id == account_id, ContactInfluence.deleted.is_(False)))
    return [InfluenceRow(*r) for r in rows]


@dataclass(frozen=True, slots=True)
class RoleRow:
    opportunity_id: uuid.UUID
    opportunity: str
    contact_id: uuid.UUID
    role: str


def decision_roles(session: Session, account_id: uuid.UUID) -> list[RoleRow]:
    """Decision roles of contacts on the account's open opportunities."""
    rows = session.execute(
        select(Opportunity.id, Opportunity.name, DecisionRole.contact_id, DecisionRole.role)
        .join(DecisionRole, DecisionRole.opportunity_id == Opportunity.id)
        .where(Opportunity.account_id == account_id, Opportunity.deleted.is_(False),
               DecisionRole.deleted.is_(False), Opportunity.stage.in_(OPEN_STAGES)))
    return [RoleRow(r[0], r[1], r[2], r[3].value) for r in rows]


@dataclass(frozen=True, slots=True)
class DealChoice:
    """A deal as pickers name it: the quick log's (open ones) and the timeline's filter."""

    id: uuid.UUID
    name: str
    open: bool


def deal_choices(session: Session, account_id: uuid.UUID) -> list[DealChoice]:
    """The account's live deals, open ones first, each group by name."""
    is_open = Opportunity.stage.in_([s.value for s in OPEN_STAGES])
    rows = session.execute(
        select(Opportunity.id, Opportunity.name, is_open)
        .where(Opportunity.account_id == account_id, Opportunity.deleted.is_(False))
        .order_by(is_open.desc(), Opportunity.name, Opportunity.id))
    return [DealChoice(deal_id, name, bool(open_)) for deal_id, name, open_ in rows]


@dataclass(frozen=True, slots=True)
class ContactRole:
    """A person's place on one open deal's decision map (role None: not on it)."""

    deal_id: uuid.UUID
    deal: str
    role: str | None
    stance: Stance | None


def contact_roles(session: Session, account_id: uuid.UUID,
                  contact_id: uuid.UUID) -> list[ContactRole]:
    """Each open deal of the account, with the person's role and stance on it."""
    role = aliased(DecisionRole)
    rows = session.execute(
        select(Opportunity.id, Opportunity.name, role.role, role.stance)
        .outerjoin(role, and_(role.opportunity_id == Opportunity.id,
                              role.contact_id == contact_id, role.deleted.is_(False)))
        .where(Opportunity.account_id == account_id, Opportunity.deleted.is_(False),
               Opportunity.stage.in_([s.value for s in OPEN_STAGES]))
        .order_by(Opportunity.name, Opportunity.id))
    return [ContactRole(deal_id, name, kind.value if kind is not None else None, stance)
            for deal_id, name, kind, stance in rows]


# ---- the follow-up timeline -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: uuid.UUID
    kind: ActivityKind
    occurred_at: datetime
    outcome: Outcome | None
    notes: str
    next_follow_up_on: date | None
    author: str | None
    contact: str | None
    done: bool
    contact_id: uuid.UUID | None = None
    opportunity_id: uuid.UUID | None = None
    deal: str | None = None  # the deal's name
    #: everyone spoken to, the first (the activity's contact) foremost, and their names
    #: (a removed contact's name stays)
    contact_ids: tuple[uuid.UUID, ...] = ()
    people: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Where the next page of a timeline starts: just older than this activity."""

    occurred_at: datetime
    id: uuid.UUID


def timeline(session: Session, account_id: uuid.UUID, limit: int = 50,
             after: TimelineCursor | None = None, deal_id: uuid.UUID | None = None
             ) -> list[ActivityRow]:
    """The account's activities (those about deal `deal_id` only, when given), newest
    first, each with the people spoken to and its deal; pass the last row's cursor for
    the next page.

    Keyset paging keeps the 50th page as fast as the first.
    """
    author = aliased(User)
    query = (
        select(Activity.id, Activity.kind, Activity.occurred_at, Activity.outcome,
               Activity.notes, Activity.next_follow_up_on, author.display_name, Contact.name,
               Activity.done, Activity.contact_id, Activity.opportunity_id, Opportunity.name,
               Activity.notes_words)
        .outerjoin(author, author.id == Activity.author_id)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
        .where(Activity.account_id == account_id, Activity.deleted.is_(False))
        .order_by(Activity.occurred_at.desc(), Activity.id.desc())
        .limit(limit)
    )
    if deal_id is not None:
        query = query.where(Activity.opportunity_id == deal_id)
    if after is not None:
        query = query.where(or_(
            Activity.occurred_at < after.occurred_at,
            and_(Activity.occurred_at == after.occurred_at, Activity.id < after.id)))
    rows = []
    for *values, words in session.execute(query):
        row = ActivityRow(*values)
        # the notes as a Worded when the rules wrote them (the window words them)
        rows.append(row if words is None else replace(row, notes=worded(row.notes, words)))
    return _with_people(session, rows)


def _with_people(session: Session, rows: list[ActivityRow]) -> list[ActivityRow]:
    """Name everyone spoken to in each activity: its own contact first (an older laptop
    knows only that one and may have changed it), then the others by name."""
    if not rows:
        return rows
    others: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for activity_id, contact_id, name in session.execute(
            select(ActivityContact.activity_id, Contact.id, Contact.name)
            .join(Contact, Contact.id == ActivityContact.contact_id)
            .where(ActivityContact.activity_id.in_([r.id for r in rows]),
                   ActivityContact.deleted.is_(False))
            .order_by(Contact.name, Contact.id)):
        others.setdefault(activity_id, []).append((contact_id, name))
    out = []
    for row in rows:
        people = [(row.contact_id, row.contact)] if row.contact_id and row.contact else []
        people += [p for p in others.get(row.id, ()) if p[0] != row.contact_id]
        out.append(replace(row, contact_ids=tuple(p[0] for p in people),
                           people=tuple(p[1] for p in people)))
    return out


def cursor_after(row: ActivityRow) -> TimelineCursor:
    return TimelineCursor(row.occurred_at, row.id)


def next_follow_up(session: Session, account_id: uuid.UUID) -> date | None:
    """The account's next follow-up date as it stands (None: none planned)."""
    return session.scalar(select(Account.next_follow_up_on).where(Account.id == account_id))


# ---- search -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "account" or "contact"
    ref_id: uuid.UUID
    account_id: uuid.UUID
    title: str
    detail: str  # a person's title, company, mobile and email ("" for a company)
    # the company's, so that look-alike names can be told apart
    company: str = ""
    status: Status | None = None
    owner: str | None = None  # None: the team's pool
    place: str | None = None  # its region, else its address's city (None: not known)


# Ranking every match of a broad prefix ("co" matches half the workspace) takes hundreds
# of milliseconds, so only the first RANK_CAP matches in index order are ranked. A query
# specific enough to matter has fewer matches than that and is ranked exactly; a broad
# one is narrowed by the user's next keystroke anyway.
RANK_CAP = 2000
_SEARCH_SQL = text(
    "SELECT d.kind, d.ref_id, d.account_id FROM ("
    "  SELECT rowid AS doc_id, bm25(search_fts, 10.0, 1.0) AS score FROM search_fts"
    "  WHERE search_fts MATCH :q LIMIT :cap"
    ") AS m JOIN search_doc AS d ON d.doc_id = m.doc_id ORDER BY m.score LIMIT :n"
)


def _matches(session: Session, query: str, limit: int) -> list[tuple[str, str, str]]:
    rows = session.execute(_SEARCH_SQL, {"q": query, "n": limit, "cap": RANK_CAP}).all()
    return [(r[0], r[1], r[2]) for r in rows]


def search(session: Session, typed: str, limit: int = 20) -> list[SearchHit]:
    """Ranked matches for what the user typed: companies, people, phones, emails, tags.
    Typed digits find phones ending in them first, then anything else they start."""
    query = fts_query(typed)
    if query is None:
        return []
    ending = phone_ending_query(typed)
    found = _matches(session, ending, limit) if ending is not None else []
    if len(found) < limit:
        seen = {r[1] for r in found}
        found += [r for r in _matches(session, query, limit + len(found))
                  if r[1] not in seen][:limit - len(found)]
    if not found:
        return []
    account_ids = {uuid.UUID(r[2]) for r in found}
    contact_ids = [uuid.UUID(r[1]) for r in found if r[0] == "contact"]
    companies = {r[0]: r for r in session.execute(
        select(Account.id, Account.name, Account.status, User.display_name, Account.region,
               Account.address)
        .outerjoin(User, User.id == Account.owner_id)
        .where(Account.id.in_(account_ids)))}
    people = {r[0]: r for r in session.execute(
        select(Contact.id, Contact.name, Contact.title, Contact.mobile, Contact.email)
        .where(Contact.id.in_(contact_ids)))}
    hits: list[SearchHit] = []
    for kind, ref, acc in found:
        ref_id, account_id = uuid.UUID(ref), uuid.UUID(acc)
        if account_id not in companies:
            continue
        _, company, status, owner, region, address = companies[account_id]
        where = place(region, address)
        if kind == "account":
            hits.append(SearchHit(kind, ref_id, account_id, company, "", company,
                                  Status(status), owner, where))
        elif ref_id in people:
            _, person, title, mobile, email = people[ref_id]
            detail = " · ".join(p for p in (title, company, mobile, email) if p)
            hits.append(SearchHit(kind, ref_id, account_id, person, detail, company,
                                  Status(status), owner, where))
    return hits
