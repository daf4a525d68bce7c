"""SQLAlchemy 2.0 models: one set for the laptop's SQLite file and the central server.

Every row that syncs carries a client-made UUID key, its owner and team, the time of
its last change and a tombstone flag (see shared/DESIGN.md). Money is held in integer
minor units (cents, fen) so sums are exact on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    Enum,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates

from crmdesk.domain.account_fields import MAX_LENGTH
from crmdesk.domain.activity import CONVERSATION_KINDS, TWO_WAY_OUTCOMES, ActivityKind, Outcome
from crmdesk.domain.care import CareKind, MarkState
from crmdesk.domain.contracts import Period

# the deal's enums are the domain's rules' words; re-exported here beside the models
from crmdesk.domain.deals import OPEN_STAGES as OPEN_STAGES
from crmdesk.domain.deals import DealField as DealField
from crmdesk.domain.deals import DecisionRoleKind as DecisionRoleKind
from crmdesk.domain.deals import OpportunityStage as OpportunityStage
from crmdesk.domain.deals import Stance as Stance
from crmdesk.domain.deals import TeamRole as TeamRole
from crmdesk.domain.intake import AssignmentKind
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.membership import NUMBER_MAX, EntryKind
from crmdesk.domain.messages import NAME_MAX, SUBJECT_MAX, MessageChannel, OutState
from crmdesk.domain.plans import Dimension as PlanDimension
from crmdesk.domain.service import AssignBy
from crmdesk.domain.tags import MAX_TAG_NAME
from crmdesk.json_values import worded, words_of

#: Money in minor units (fen, cents): 64-bit, since a 30M CNY contract already
#: overflows PostgreSQL's 32-bit integer. (SQLite's integers are 64-bit anyway.)
Money = BigInteger


def utcnow() -> datetime:
    """Naive UTC now: stored timestamps are UTC throughout."""
    return datetime.now(UTC).replace(tzinfo=None)


def _enum(cls: type[StrEnum]) -> Enum:
    # Store the readable values ("call"), not Python member names ("CALL").
    return Enum(
        cls, native_enum=False, length=24, values_callable=lambda e: [m.value for m in e]
    )


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every synced row has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(default=False)


class Owned(Synced):
    """A synced row that belongs to a user (None: the team's public pool) and a team."""

    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))


class Role(StrEnum):
    REP = "rep"
    LEAD = "lead"
    ADMIN = "admin"
    SERVICE = "service"


class Team(Synced, Base):
    __tablename__ = "teams"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    region: Mapped[str | None] = mapped_column(String(120))


class User(Synced, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.REP)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    active: Mapped[bool] = mapped_column(default=True)


class ChannelKind(StrEnum):
    CRAWLER = "crawler"
    EVENT = "event"
    WEBSITE = "website"
    PARTNER = "partner"
    REFERRAL = "referral"
    ADVERTISING = "advertising"
    COLD_LIST = "cold_list"


class Channel(Synced, Base):
    """Where leads come from; its monthly cost makes channel ROI measurable."""

    __tablename__ = "channels"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[ChannelKind] = mapped_column(_enum(ChannelKind))


class ChannelCost(Synced, Base):
    __tablename__ = "channel_costs"
    __table_args__ = (UniqueConstraint("channel_id", "month"),)
    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channels.id"))
    month: Mapped[date]  # first day of the month
    amount: Mapped[int] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))


class LeadBatch(Owned, Base):
    """One delivery of leads from a channel (an import file, an event's sign-up list)."""

    __tablename__ = "lead_batches"
    channel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("channels.id"))
    received_on: Mapped[date]
    file_name: Mapped[str | None] = mapped_column(String(260))
    row_count: Mapped[int] = mapped_column(default=0)


class Account(Owned, Base):
    """A company: a lead, a prospect or a customer. owner_id None means the public pool.
    The basic fields' lengths are the card's limits (domain.account_fields.MAX_LENGTH)."""

    __tablename__ = "accounts"
    __table_args__ = (
        Index("ix_accounts_owner_follow_up", "owner_id", "next_follow_up_on"),
        Index("ix_accounts_team_owner", "team_id", "owner_id"),
        # the few removed accounts alone: the review leaves out their records with one
        # read of them (crmdesk.store.review.deal_facts.of_live_account)
        Index("ix_accounts_removed", "id", sqlite_where=text("deleted IS 1"),
              postgresql_where=text("deleted")),
        # the accounts acquired in a period (the review's lifecycle funnel)
        Index("ix_accounts_acquired_on", "acquired_on"),
    )
    name: Mapped[str] = mapped_column(String(MAX_LENGTH["name"]))
    name_key: Mapped[str] = mapped_column(String(MAX_LENGTH["name"]), index=True)
    nature: Mapped[str | None] = mapped_column(String(MAX_LENGTH["nature"]))
    scale: Mapped[str | None] = mapped_column(String(MAX_LENGTH["scale"]))
    financing: Mapped[str | None] = mapped_column(String(MAX_LENGTH["financing"]))
    industry: Mapped[str | None] = mapped_column(String(MAX_LENGTH["industry"]))
    region: Mapped[str | None] = mapped_column(String(MAX_LENGTH["region"]))
    website: Mapped[str | None] = mapped_column(String(MAX_LENGTH["website"]))
    domain: Mapped[str | None] = mapped_column(String(200), index=True)
    phone: Mapped[str | None] = mapped_column(String(MAX_LENGTH["phone"]))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    address: Mapped[str | None] = mapped_column(String(MAX_LENGTH["address"]))
    business_line: Mapped[str | None] = mapped_column(String(40))
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[Status] = mapped_column(_enum(Status), default=Status.LEAD, index=True)
    lost_reason: Mapped[str | None] = mapped_column(String(300))
    channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channels.id"))
    batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lead_batches.id"))
    acquired_on: Mapped[date | None]
    assigned_on: Mapped[date | None]
    value_score: Mapped[int] = mapped_column(default=0)
    last_contact_at: Mapped[datetime | None]
    next_follow_up_on: Mapped[date | None]
    # ---- service (the hand-off to customer service, crmdesk.domain.service) ----
    #: who serves the customer since its first payment: set by the team's hand-off rule
    #: on the server, never typed (the rep stays its owner for further sales)
    service_owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"),
                                                               index=True)
    # -- the public pool (crmdesk.domain.pool): set by its rules, not typed --------------
    #: when the pool rules last returned it, and from whom (the cooling-off reads them;
    #: a two-way call its owner logged offline before the deadline undoes the return).
    #: A plain id, no foreign key: a user row is never removed, and laptops hold them all.
    pool_returned_at: Mapped[datetime | None]
    pool_returned_from: Mapped[uuid.UUID | None]
    #: the day that return was due and by which rule (crmdesk.domain.pool.Why)
    pool_due_on: Mapped[date | None]
    pool_return_why: Mapped[str | None] = mapped_column(String(20))
    #: who last claimed it from the pool and on which day (a rep's claims a day)
    pool_claimed_by: Mapped[uuid.UUID | None]
    pool_claimed_on: Mapped[date | None]


class RelationKind(StrEnum):
    PARENT_OF = "parent_of"
    SUPPLIER_OF = "supplier_of"
    PARTNER_OF = "partner_of"


class AccountRelation(Owned, Base):
    """A directed link between companies: parent of, supplier of (the other is its
    customer), or partner of. (Who referred whom is a `Referral`: a kind of its own, so
    a laptop of a version before it is never sent one it cannot store.)"""

    __tablename__ = "account_relations"
    from_account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    to_account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[RelationKind] = mapped_column(_enum(RelationKind))
    note: Mapped[str | None] = mapped_column(String(300))


class Referral(Owned, Base):
    """The company `account_id` referred the company `referred_id` to us (a customer's
    advocacy). It belongs to the referrer, as a relation belongs to its "from" company:
    it counts among the referrer's referrals (its loyalty stage, its value score). A
    company came to us through one referrer (crmdesk.domain.row_checks, on the laptop
    and on the server alike)."""

    __tablename__ = "referrals"
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    referred_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    note: Mapped[str | None] = mapped_column(String(300))


class Contact(Owned, Base):
    __tablename__ = "contacts"
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120))
    department: Mapped[str | None] = mapped_column(String(120))
    mobile: Mapped[str | None] = mapped_column(String(40))
    mobile_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    landline: Mapped[str | None] = mapped_column(String(40))
    landline_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    email_domain: Mapped[str | None] = mapped_column(String(200), index=True)
    is_key_person: Mapped[bool] = mapped_column(default=False)
    reports_to_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    #: asked to receive no email or SMS from us: every message to them is skipped
    opted_out: Mapped[bool] = mapped_column(default=False)
    #: their birthday (crmdesk.domain.care): in the year NO_YEAR (1604) when only the
    #: month and day are known
    birthday: Mapped[date | None]


class ContactInfluence(Owned, Base):
    """`from_contact` influences `to_contact` with a strength from 1 (weak) to 5."""

    __tablename__ = "contact_influences"
    __table_args__ = (CheckConstraint("strength BETWEEN 1 AND 5", name="strength_range"),)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    from_contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    to_contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    strength: Mapped[int] = mapped_column(default=3)


def _listed(values: Any) -> str:
    return ", ".join(f"'{v.value}'" for v in sorted(values, key=lambda v: v.value))


#: A live two-way conversation (crmdesk.store.derived.TWO_WAY) as literal SQL: the WHERE
#: of ix_activities_two_way, which a query's terms must repeat word for word for SQLite
#: to use it (crmdesk.store.review.scope_sql.two_way_terms).
TWO_WAY_KINDS = _listed(CONVERSATION_KINDS)
TWO_WAY_OUTCOME_VALUES = _listed(TWO_WAY_OUTCOMES)
_TWO_WAY = f"kind IN ({TWO_WAY_KINDS}) AND outcome IN ({TWO_WAY_OUTCOME_VALUES})"


class Activity(Owned, Base):
    """A follow-up record: a call, visit, meeting, email, SMS, note or task."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_account_when", "account_id", "occurred_at"),
        # who logged what lately (the review's reps): covering, so it reads no row
        Index("ix_activities_author_when", "author_id", "occurred_at", "deleted",
              "account_id", "owner_id"),
        # the accounts a two-way conversation is logged with (the review's loyalty
        # stages): the few hundred thousand of them alone, one seek an account
        Index("ix_activities_two_way", "account_id",
              sqlite_where=text(f"deleted IS 0 AND {_TWO_WAY}"),
              postgresql_where=text(f"NOT deleted AND {_TWO_WAY}")),
        # the same conversations by day (the pool's sweep: the accounts talked to since
        # a day are a range of it, not a scan of every activity)
        Index("ix_activities_two_way_when", "occurred_at", "account_id",
              sqlite_where=text(f"deleted IS 0 AND {_TWO_WAY}"),
              postgresql_where=text(f"NOT deleted AND {_TWO_WAY}")),
    )
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("opportunities.id"))
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind))
    occurred_at: Mapped[datetime]
    outcome: Mapped[Outcome | None] = mapped_column(_enum(Outcome))
    notes: Mapped[str] = mapped_column(Text, default="")
    next_follow_up_on: Mapped[date | None]
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    done: Mapped[bool] = mapped_column(default=False)
    #: the notes' template and figures when they are a marked sentence (the rules' note of
    #: a hand-off, a return to the pool, an enquiry, a follow-up moved: `notes_columns`),
    #: so the window words them in the user's language; None for what people type (words
    #: the notes no longer say go unread: crmdesk.json_values.worded)
    notes_words: Mapped[Any] = mapped_column(JSON, nullable=True)


def notes_columns(notes: str) -> dict[str, Any]:
    """An activity's `notes` and `notes_words` for `notes`: typed text, or a sentence
    the rules wrote (crmdesk.domain.words.Worded), whose words are kept."""
    return {"notes": str(notes), "notes_words": words_of(notes)}


class ActivityContact(Owned, Base):
    """One person spoken to in an activity; an activity may have several. The activity's
    own `contact_id` stays the first of them, for laptops that do not know this kind.
    Its id is derived from activity and contact (`activity_contact_id`), so the same
    person added on two laptops is one row."""

    __tablename__ = "activity_contacts"
    __table_args__ = (UniqueConstraint("activity_id", "contact_id"),)
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))


def activity_contact_id(activity_id: uuid.UUID, contact_id: uuid.UUID) -> uuid.UUID:
    """The one row saying `contact_id` was spoken to in `activity_id`."""
    return uuid.uuid5(activity_id, contact_id.hex)


class Opportunity(Owned, Base):
    """A deal. Its stage, amount and close date are facts people type; every change of
    them is also kept as a `DealChange` row (new rows, so changes made on two laptops
    offline all survive, while the deal's own fields take the later edit)."""

    __tablename__ = "opportunities"
    # a rep's deals by stage (the review for one rep reads theirs alone)
    __table_args__ = (
        Index("ix_opportunities_owner_stage", "owner_id", "stage"),
        # the deals won in a period (the review's plans: won beside credited), won ones
        # alone: an index on the stage would draw the open deals' reads to a lookup
        # a deal (the pipeline's, 1.5 times slower); its term: plan_queries.won
        Index("ix_opportunities_won", "closed_on", sqlite_where=text("stage = 'won'"),
              postgresql_where=text("stage = 'won'")),
    )
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[int | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    stage: Mapped[OpportunityStage] = mapped_column(
        _enum(OpportunityStage), default=OpportunityStage.QUALIFY
    )
    probability: Mapped[int] = mapped_column(default=10)
    expected_close: Mapped[date | None]
    closed_on: Mapped[date | None]
    next_step: Mapped[str | None] = mapped_column(String(300))
    loss_reason: Mapped[str | None] = mapped_column(String(300))
    competitors: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: in the forecast's "commit" column: the owner expects it to close this period
    committed: Mapped[bool] = mapped_column(default=False)
    #: the amount is the sum of the product lines, and follows them
    amount_from_lines: Mapped[bool] = mapped_column(default=False)
    created_on: Mapped[date | None]
    stage_since: Mapped[date | None]  # the day the stage last changed (days in stage)


_PUSHED = "old_value IS NOT NULL AND new_value IS NOT NULL AND new_value > old_value"


class DealChange(Owned, Base):
    """One change of a deal's stage, amount or expected close: who, when, old -> new
    (as text: a stage's value, an amount in minor units, an ISO date)."""

    __tablename__ = "deal_changes"
    __table_args__ = (
        # the close dates pushed later alone (slipping deals: the review counts them
        # over every open deal), covering; its terms are review.deal_facts.pushed_terms
        Index("ix_deal_changes_pushed", "opportunity_id", "field", "deleted", "old_value",
              "new_value",
              sqlite_where=text(f"field = 'expected_close' AND deleted IS 0 AND {_PUSHED}"),
              postgresql_where=text(f"field = 'expected_close' AND NOT deleted AND {_PUSHED}")),
        # the changes since a day (the review's pipeline: what changed since), covering
        # the first change of each field a deal (a row read each: twice the time)
        Index("ix_deal_changes_changed_at", "changed_at", "opportunity_id", "field", "id",
              "deleted", "old_value", "new_value"),
    )
    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"), index=True)
    field: Mapped[DealField] = mapped_column(_enum(DealField))
    old_value: Mapped[str | None] = mapped_column(String(40))
    new_value: Mapped[str | None] = mapped_column(String(40))
    changed_at: Mapped[datetime]
    changed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class StageSetting(Owned, Base):
    """A team's settings for one deal stage, set by its lead: the default probability,
    the days after which a deal in it is stuck, and its playbook (what to do in it, the
    conditions to leave it). A row of the team's pool (no owner); its id is derived from
    team and stage (`crmdesk.domain.deals.stage_setting_id`), so two laptops editing the
    same stage offline edit one row. A stage without a row has the domain's defaults."""

    __tablename__ = "stage_settings"
    stage: Mapped[OpportunityStage] = mapped_column(_enum(OpportunityStage))
    probability: Mapped[int] = mapped_column(default=0)
    stuck_days: Mapped[int] = mapped_column(default=30)
    todo: Mapped[str] = mapped_column(Text, default="")
    exit_conditions: Mapped[list[str]] = mapped_column(JSON, default=list)


class Plan(Owned, Base):
    """A sales target: what the team means to sell per rep, for the team, per product or
    per customer (`dimension`; `subject_id` names the user, team, product or account) in
    one month, quarter or year starting on `starts_on`, in one currency. A row of the
    team's pool (no owner; a customer's target is its account's team's), set by the
    team's lead or an admin. Its id is derived from what it targets
    (`crmdesk.domain.plans.plan_id`), so the same target set on two laptops offline is
    one row. No row: no target (a cleared target is a removed row)."""

    __tablename__ = "plans"
    __table_args__ = (Index("ix_plans_team_period", "team_id", "period", "starts_on"),)
    dimension: Mapped[PlanDimension] = mapped_column(_enum(PlanDimension))
    # a user, team, product or account, as `dimension` says: no foreign key can name them
    subject_id: Mapped[uuid.UUID]
    period: Mapped[Period] = mapped_column(_enum(Period))
    starts_on: Mapped[date]
    amount: Mapped[int] = mapped_column(Money, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")


class HandoffRule(Owned, Base):
    """A team's hand-off to customer service (crmdesk.domain.service): how the service
    owner is chosen (in turn among the team's active service users, or one named) and
    the onboarding checklist (a list of {"name", "days"}: each step due that many days
    after the hand-off, in the list's order). A row of the team's pool (no owner), set
    by its lead or an admin; its id is derived from the team (`handoff_rule_id`). A team
    with no row has the defaults."""

    __tablename__ = "handoff_rules"
    assign: Mapped[AssignBy] = mapped_column(_enum(AssignBy), default=AssignBy.ROUND_ROBIN)
    service_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    checklist: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class ServiceTask(Owned, Base):
    """One onboarding task of a customer handed to service: made by the hand-off from
    its team's checklist, due `due_on`, done when `done_on` is set (by its assignee, the
    service owner, offline too). It hangs on the account, so the rep sees it on the card."""

    __tablename__ = "service_tasks"
    __table_args__ = (Index("ix_service_tasks_assignee_due", "assignee_id", "due_on"),)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(120))
    due_on: Mapped[date]
    done_on: Mapped[date | None]
    position: Mapped[int] = mapped_column(default=0)


class AssignmentSetting(Owned, Base):
    """One of a team's settings for assigning web enquiries (crmdesk.domain.intake):
    a rule (round robin, or by region or industry, with its reps and its place in the
    order), the team's cap on each rep's open leads, or a rep away until a day. A row of
    the team's pool (no owner), set by its lead or an admin (an away row by its rep
    too: crmdesk.domain.intake.setting_refusal). The cap's and an away rep's ids are
    derived (`cap_id`, `away_id`), so two laptops setting one offline set one row; a
    rule's is its own."""

    __tablename__ = "assignment_settings"
    kind: Mapped[AssignmentKind] = mapped_column(_enum(AssignmentKind))
    position: Mapped[int] = mapped_column(default=0)
    match: Mapped[str | None] = mapped_column(String(120))
    # the reps a rule gives leads to, as text ids (none on a round robin: every rep)
    rep_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    # the rep an away row is about: no foreign key, as a plan's subject
    user_id: Mapped[uuid.UUID | None]
    cap: Mapped[int | None]
    away_until: Mapped[date | None]


class PoolRule(Owned, Base):
    """A team's public pool rules (crmdesk.domain.pool.PoolRules): when a rep's account
    goes back to the pool, how many a rep claims a day and holds, the previous owner's
    cooling-off, and how far ahead laptops warn. A row of the team's pool (no owner),
    set by its lead or an admin; its id is derived from the team
    (`crmdesk.domain.pool.pool_rule_id`). No row: the domain's defaults. 0 turns a rule
    off; with no row (and by these defaults) nothing returns until a lead says when."""

    __tablename__ = "pool_rules"
    no_contact_days: Mapped[int] = mapped_column(default=0)
    no_deal_days: Mapped[int] = mapped_column(default=0)
    claims_per_day: Mapped[int] = mapped_column(default=20)
    max_open_leads: Mapped[int] = mapped_column(default=0)
    cooling_days: Mapped[int] = mapped_column(default=7)
    warn_days: Mapped[int] = mapped_column(default=5)


class MessageTemplate(Owned, Base):
    """An email or SMS template with merge fields (crmdesk.domain.messages), shared with
    its team: a row of the team's pool (no owner), which anyone of the team writes. Its
    id is derived from team and name (`crmdesk.domain.messages.template_id`), so the same
    name saved on two laptops offline is one template."""

    __tablename__ = "message_templates"
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    channel: Mapped[MessageChannel] = mapped_column(_enum(MessageChannel))
    subject: Mapped[str] = mapped_column(String(SUBJECT_MAX), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class CareMark(Owned, Base):
    """What a rep did with one care reminder (crmdesk.domain.care): done or dismissed.
    The reminder itself is derived from the facts, never stored; this row's id is
    derived from its kind, subject and occurrence (`crmdesk.domain.care.mark_id`), so
    the same reminder marked on two laptops offline is one row. It hangs on the company
    (its owner and team follow it); removing it brings the reminder back."""

    __tablename__ = "care_marks"
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[CareKind] = mapped_column(_enum(CareKind))
    #: the contract (renewal), contact (birthday) or account (anniversary): no foreign
    #: key can name all three
    subject_id: Mapped[uuid.UUID]
    #: the occasion marked: the contract's end date, the birthday or anniversary that year
    occurs_on: Mapped[date]
    state: Mapped[MarkState] = mapped_column(_enum(MarkState))
    marked_on: Mapped[date]
    marked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class CareSetting(Owned, Base):
    """A team's setting for one kind of care reminder: how many days ahead it is due,
    and the template it suggests (a name among the team's templates; empty: the one
    named after the kind). A row of the team's pool (no owner), set by its lead or an
    admin; its id is derived from team and kind (`crmdesk.domain.care.setting_id`). No
    row: the domain's defaults."""

    __tablename__ = "care_settings"
    kind: Mapped[CareKind] = mapped_column(_enum(CareKind))
    lead_days: Mapped[int] = mapped_column(default=0)
    template: Mapped[str] = mapped_column(String(NAME_MAX), default="")


class Product(Synced, Base):
    __tablename__ = "products"
    name: Mapped[str] = mapped_column(String(200))
    sku: Mapped[str] = mapped_column(String(60), unique=True)
    category: Mapped[str | None] = mapped_column(String(80))
    list_price: Mapped[int] = mapped_column(Money, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    #: the product's line and its step in it (1 the entry tier): the next tier up is what
    #: an up-sell offers (crmdesk.domain.suggestions); both None: no tiers
    family: Mapped[str | None] = mapped_column(String(80))
    tier: Mapped[int | None]


class OpportunityProduct(Owned, Base):
    __tablename__ = "opportunity_products"
    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price: Mapped[int] = mapped_column(Money, default=0)


class DecisionRole(Owned, Base):
    """The part a contact plays in a deal's decision, and where they stand on it."""

    __tablename__ = "decision_roles"
    __table_args__ = (UniqueConstraint("opportunity_id", "contact_id"),)
    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"), index=True)
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    role: Mapped[DecisionRoleKind] = mapped_column(_enum(DecisionRoleKind))
    stance: Mapped[Stance] = mapped_column(_enum(Stance), default=Stance.NEUTRAL)


class DealMember(Owned, Base):
    """A colleague on a deal's virtual team, of any team, with their role there. While
    on it (the row live) they see the deal, its account and contacts, and log activities
    on the deal (crmdesk.domain.scope). Its id is derived from deal and colleague
    (`deal_member_id`), so the same person added on two laptops is one row."""

    __tablename__ = "deal_members"
    __table_args__ = (UniqueConstraint("opportunity_id", "user_id"),)
    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[TeamRole] = mapped_column(_enum(TeamRole))


def deal_member_id(deal_id: uuid.UUID, user_id: uuid.UUID) -> uuid.UUID:
    """The one row saying `user_id` is on `deal_id`'s team."""
    return uuid.uuid5(deal_id, "member:" + user_id.hex)


class Contract(Owned, Base):
    __tablename__ = "contracts"
    # the contracts ending in a window (care reminders: renewals)
    __table_args__ = (Index("ix_contracts_ends_on", "ends_on"),)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    opportunity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("opportunities.id"))
    number: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[date]
    amount: Mapped[int] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    term_months: Mapped[int | None]
    ends_on: Mapped[date | None]


class ContractInstalment(Owned, Base):
    """One instalment of a contract's payment schedule: what is due, and when."""

    __tablename__ = "contract_instalments"
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    due_on: Mapped[date]
    amount: Mapped[int] = mapped_column(Money)
    label: Mapped[str | None] = mapped_column(String(60))


class Payment(Owned, Base):
    """Money received on a contract (against one of its instalments, when named); the
    sale is credited to the deal's owner on the day it arrives."""

    __tablename__ = "payments"
    # the payments received in a period (the review's plans: credited per period)
    __table_args__ = (Index("ix_payments_received_on", "received_on"),)
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    received_on: Mapped[date]
    amount: Mapped[int] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    instalment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contract_instalments.id"))


class MembershipRule(Owned, Base):
    """A team's membership rule (crmdesk.domain.membership.Rule): the points a payment
    earns (`points` per `per_amount` minor units in `currency`, rounded down), the levels
    by points collected (a list of {"name", "points"}) and the SMS template a member is
    sent when their points change (None: no SMS). A row of the team's pool (no owner),
    set by its lead or an admin; its id is derived from the team
    (`crmdesk.domain.membership.rule_id`). No row: the domain's defaults."""

    __tablename__ = "membership_rules"
    points: Mapped[int] = mapped_column(default=1)
    per_amount: Mapped[int] = mapped_column(Money, default=100_00)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    levels: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    sms_template: Mapped[str | None] = mapped_column(String(NAME_MAX))


class MemberCard(Owned, Base):
    """A customer's member card: it belongs to the account (its scope and its moves are
    the account's, so the people who see the customer see the card) and names the
    contact who holds it (the member a consumer business knows; the person the points
    SMS goes to). Its id is derived from the account
    (`crmdesk.domain.membership.card_id`), so issued on two laptops offline it is one
    card. Its points are its ledger's entries, never a field."""

    __tablename__ = "member_cards"
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    number: Mapped[str] = mapped_column(String(NUMBER_MAX))
    issued_on: Mapped[date]


class PointsEntry(Owned, Base):
    """One entry of a member card's points ledger: points earned (from a payment),
    reversed (that payment's points taken back), redeemed or adjusted, with who made it,
    when and why. Only ever added: the balance is the sum of the card's entries, so
    entries made offline on two laptops both count. An entry from a payment has its id
    derived from the payment (`crmdesk.domain.membership.earned_id`), so it earns once."""

    __tablename__ = "points_entries"
    card_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member_cards.id"), index=True)
    kind: Mapped[EntryKind] = mapped_column(_enum(EntryKind))
    points: Mapped[int]
    reason: Mapped[str | None] = mapped_column(Text)
    # the payment earning or reversed (no foreign key: a reversal outlives its payment's
    # removal, and a payment is one of the account's rows the card need not follow)
    payment_id: Mapped[uuid.UUID | None]
    made_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    made_at: Mapped[datetime] = mapped_column(default=utcnow)


class Tag(Synced, Base):
    __tablename__ = "tags"
    name: Mapped[str] = mapped_column(String(MAX_TAG_NAME), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))


class AccountTag(Owned, Base):
    __tablename__ = "account_tags"
    __table_args__ = (UniqueConstraint("account_id", "tag_id"),)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"))


class WorkspaceSetting(Base):
    """Local facts of this laptop's workspace (signed-in user, default phone region).
    Never synced."""

    __tablename__ = "workspace_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AccountRollup(Base):
    """What a live account's own records add up to, by the rules crmdesk.store.derived
    reads them with: its contracts with money received (purchases), whether a two-way
    conversation is logged, its open deals' amounts, whether a key person is among its
    people. Kept by the laptop's triggers on every write of those records and of the
    account, whatever writes them (migration 0020_review_value; added up anew after a
    first sync, crmdesk.store.deferred), so the review's Value panel reads a row an
    account, not every record of 100k accounts. A row a live account: a removed one's
    goes (and comes back with it). Local only, never synced."""

    __tablename__ = "account_rollup"
    # the referrals too: the loyalty stages are counted from the index alone
    # (0031_value_speed)
    __table_args__ = (Index("ix_account_rollup_stage", "purchases", "two_way", "referrals"),
                      {"sqlite_with_rowid": False})
    account_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    purchases: Mapped[int]
    two_way: Mapped[bool]
    open_pipeline: Mapped[int] = mapped_column(Money)
    key_person: Mapped[bool]
    #: the companies it referred (its live referrals): kept by triggers
    #: of its own (migration 0029_loyalty), beside the others' so both can change apart
    referrals: Mapped[int] = mapped_column(default=0, server_default=text("0"))


class OutboxEntry(Base):
    """A local edit not yet pushed to the server. Written in the same transaction as the
    edit itself (see crmdesk.store.journal); local only, never synced."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID]
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    stamp: Mapped[str | None] = mapped_column(String(120))  # hybrid-logical-clock stamp
    base_seq: Mapped[int] = mapped_column(default=0)  # the server change seen when edited
    # the edit that made the row: the server refusing it means it has no such row
    creates: Mapped[bool] = mapped_column(default=False)


class OutMessage(Base):
    """One email or SMS in the laptop's message outbox, rendered for its recipient, with
    where it stands (crmdesk.domain.messages.OutState). Marked "sending" in a committed
    transaction before it is handed over and "sent" after, so a crash never sends it
    twice. Local only, never synced: what went is archived as an activity, which syncs."""

    __tablename__ = "message_outbox"
    __table_args__ = (Index("ix_message_outbox_state", "state", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    #: the messages queued by one action (a send to one contact, or to a queue)
    batch_id: Mapped[uuid.UUID]
    channel: Mapped[MessageChannel] = mapped_column(_enum(MessageChannel))
    template_id: Mapped[uuid.UUID | None]
    template_name: Mapped[str] = mapped_column(String(NAME_MAX))
    account_id: Mapped[uuid.UUID]
    contact_id: Mapped[uuid.UUID]
    contact_name: Mapped[str] = mapped_column(String(200))
    #: the email address or phone number (None: the contact has none, so skipped)
    recipient: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(SUBJECT_MAX), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[OutState] = mapped_column(_enum(OutState), default=OutState.WAITING)
    #: why it was skipped or failed (or sent but not archived), in English; its template
    #: and figures when it is our marked sentence (`reason_words`, as `KeptReason`'s: the
    #: window words it), set together (`reason_columns`, for the outbox's Core updates)
    reason: Mapped[str | None] = mapped_column(Text)
    reason_words: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    author_id: Mapped[uuid.UUID | None]
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    tried_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    #: the activity archiving it on the account's timeline, once sent
    activity_id: Mapped[uuid.UUID | None]

    @validates("reason")
    def _keep_words(self, _key: str, reason: str | None) -> str | None:
        self.reason_words = reason_columns(reason)["reason_words"]
        return None if reason is None else str(reason)

    @property
    def said(self) -> str | None:
        """The reason as a `Worded` when its words were kept, else as its text."""
        return None if self.reason is None else worded(self.reason, self.reason_words)


def reason_columns(reason: str | None) -> dict[str, Any]:
    """A nullable reason's `reason` and `reason_words` (a Core statement's values, where
    no validator runs): its English, and its words when it is a marked sentence."""
    if reason is None:
        return {"reason": None, "reason_words": None}
    return {"reason": str(reason), "reason_words": words_of(reason)}


class KeptReason:
    """A reason said in words: its English (`reason`), and its template and figures when
    it was a marked sentence (`reason_words`; None: plain text, or recorded before they
    were kept), set together; `said` gives it back worded."""

    reason: Mapped[str] = mapped_column(Text)
    reason_words: Mapped[Any] = mapped_column(JSON, nullable=True)

    @validates("reason")
    def _keep_words(self, _key: str, reason: str) -> str:
        self.reason_words = words_of(reason)
        return str(reason)

    @property
    def said(self) -> str:
        """The reason as a `Worded` when its words were kept (the window words it in the
        user's language), else as its text."""
        return worded(self.reason, self.reason_words)


class LocalConflict(KeptReason, Base):
    """An edit of mine that did not survive sync (a later edit won, or the server refused
    it), kept so I can see it and restore it. Local only."""

    __tablename__ = "local_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID]
    field: Mapped[str | None] = mapped_column(String(60))
    my_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(default=False)
    server_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)  # the server's record
    # the value that won, who wrote it and when (None: unknown, e.g. a refused edit)
    their_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    their_by: Mapped[str | None] = mapped_column(String(120))
    their_at: Mapped[datetime | None]


class RefusedRecord(KeptReason, Base):
    """A record made on this laptop that the server refused to create: it stays where
    the user made it, marked with the server's reason, until they fix it (an edit sends
    it again, whole) or discard it. Local only, never synced."""

    __tablename__ = "refused_records"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)


def synced_models() -> dict[str, type[Any]]:
    """Every synced table by name (the entity names the sync protocol uses)."""
    return {
        mapper.tables[0].name: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    }


def local_tables() -> frozenset[str]:
    """Tables only a laptop has: never synced, not on the server."""
    return frozenset(Base.metadata.tables) - synced_models().keys()


#: The laptop's own indexes, made by hand in migrations 0016_speed, 0017_review_pool,
#: 0018_review_reps, 0019_review_flow, 0020_review_value, 0023_review_panels_speed,
#: 0024_review_pipeline_speed (the review's reads; the server has no review) and
#: 0030_agenda_speed (the agenda's open tasks): not declared here, so not compared with
#: the models.
LAPTOP_INDEXES = frozenset({"ix_payments_day_credit", "ix_contracts_credit",
                            "ix_payments_account_money",
                            "ix_opportunities_seller", "ix_opportunities_owner_open",
                            "ix_opportunities_currency_used",
                            "ix_payments_currency_used",
                            "ix_activities_two_way_cover",
                            "ix_payments_contract_first", "ix_opportunities_id_facts",
                            "ix_accounts_review_clock", "ix_accounts_overdue",
                            "ix_opportunities_forecast",
                            "ix_deal_changes_first_owner", "ix_deal_changes_entries",
                            "ix_opportunities_made", "ix_contracts_paid",
                            "ix_opportunities_stage_days", "ix_opportunities_closed",
                            "ix_opportunities_board",
                            "ix_opportunities_won_cover", "ix_opportunity_products_value",
                            "ix_accounts_review", "ix_accounts_acquired_cover",
                            "ix_accounts_owned", "ix_accounts_teamed",
                            "ix_contracts_removed", "ix_deal_changes_owner_entries",
                            "ix_contracts_opportunity", "ix_payments_credit",
                            "ix_payments_seller", "ix_contacts_birthday_day",
                            "ix_contracts_signed_day", "ix_care_marks_occurs_on",
                            "ix_contracts_ending", "ix_contracts_account_signed",
                            "ix_activities_open_tasks"})

#: The laptop's own columns, facts it keeps on synced rows for the review, by table
#: (migrations 0018_review_reps, crmdesk.store.review.kept_facts, and 0019_review_flow,
#: crmdesk.store.flow): never sent nor received, written by triggers alone; not declared
#: here (the server has none), so not compared either.
LAPTOP_COLUMNS: dict[str, frozenset[str]] = {
    "accounts": frozenset({"review_talked_at", "review_dealt_on"}),
    "opportunities": frozenset({"review_slipped"}),
    "deal_changes": frozenset({"prev_at", "entry_prev_at", "onward_at", "deal_live",
                               "deal_currency", "deal_stage", "deal_amount", "deal_close",
                               "deal_made", "deal_team", "deal_owner"}),
    "contracts": frozenset({"first_paid_on"}),
    "payments": frozenset({"credit_seller", "credit_deal", "credit_live"}),
}
#: ... and its own table of them (the activities counted per person and hour).
LAPTOP_TABLES = frozenset({"review_activity_hours"})


def in_workspace_schema(_obj: object, name: str | None, type_: str, reflected: bool,
                        _compare: object) -> bool:
    """What Alembic compares in a workspace: all but the FTS5 search tables, made by hand
    in migration 0002 (autogenerate must not propose dropping them), and the laptop's
    own indexes, columns and tables (LAPTOP_INDEXES, LAPTOP_COLUMNS, LAPTOP_TABLES)."""
    if type_ == "index" and reflected and name in LAPTOP_INDEXES:
        return False
    if (type_ == "column" and reflected and isinstance(_obj, Column) and _obj.table is not None
            and name in LAPTOP_COLUMNS.get(_obj.table.name, ())):
        return False
    return not (type_ == "table" and reflected and name is not None
                and (name.startswith("search_") or name in LAPTOP_TABLES))


#: The server's own indexes, made by hand in its migration s0020_intake_speed (a claim's
#: limits, counted over a whole workspace's accounts on every claim push; a laptop holds
#: a rep's book): not declared here, so not compared with the models.
SERVER_INDEXES = frozenset({"ix_accounts_pool_claims", "ix_accounts_owner_status"})


def in_server_schema(_obj: object, name: str | None, type_: str, reflected: bool,
                     _compare: object) -> bool:
    """What Alembic compares in the server's database: all but the laptop's own tables
    and the server's own indexes (SERVER_INDEXES)."""
    if type_ == "index" and reflected and name in SERVER_INDEXES:
        return False
    return not (type_ == "table" and name in local_tables())
