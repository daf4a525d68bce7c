"""Every kind of record that syncs, declared once, beside its model.

A declaration says which company a row belongs to (the column that names it, directly or
through another record), who may see and change it, what it gives the search index,
what a merge of two companies does with it, and what people call it and its fields.
The family moves, the server's scope checks and lists, merges, the conflict and
refused-record views, the search index's rebuild and the demo generator all read these,
so adding a kind of record is: its model, its declaration here, its two migrations
(tests/test_registry.py holds the four to agreement).

Not to be confused with `crmdesk.sync.kinds`, which records which kinds and columns a
laptop's version knows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import Any

from sqlalchemy import String

from crmdesk.domain.merge import DERIVED as ACCOUNT_KEYS
from crmdesk.domain.merge import FIELD_LABELS as ACCOUNT_FIELDS
from crmdesk.domain.words import Counted, Worded, tr_noop
from crmdesk.store.models import (
    Account,
    AccountRelation,
    AccountTag,
    Activity,
    ActivityContact,
    AssignmentSetting,
    CareMark,
    CareSetting,
    Channel,
    ChannelCost,
    Contact,
    ContactInfluence,
    Contract,
    ContractInstalment,
    DealChange,
    DealMember,
    DecisionRole,
    HandoffRule,
    LeadBatch,
    MemberCard,
    MembershipRule,
    MessageTemplate,
    Opportunity,
    OpportunityProduct,
    Payment,
    Plan,
    PointsEntry,
    PoolRule,
    Product,
    Referral,
    ServiceTask,
    StageSetting,
    Tag,
    Team,
    User,
)

#: The kind every company-owned row leads to.
ACCOUNTS = "accounts"


class Access(StrEnum):
    """Who may see and change rows of a kind (crmdesk.domain.scope has the rule for
    owned rows: a rep's own and the team's pool, a lead's team, an admin's all)."""

    ADMIN = "admin"        # changed only by an administrator's command, never by a push
    SHARED = "shared"      # a list every laptop holds; a push changes it for an admin only
    ADD_ONLY = "add_only"  # a list anyone may add to (the server gives it no owner) but
    #                        never change: a tag, the batch an import came in
    SCOPED = "scoped"      # has an owner and a team, seen and changed by that scope


class Merge(StrEnum):
    """What merging two companies does with a row of the dropped one."""

    NONE = "none"        # not a company's row
    MOVE = "move"        # each column naming the dropped company names the survivor; a
    #                      row left naming the survivor twice (the two were related to
    #                      each other) is dropped
    DEDUPE = "dedupe"    # moves, unless the survivor has a row with the same `merge_key`
    #                      (even a removed one): that one is revived, this one dropped
    FOLLOWS = "follows"  # goes with the record it hangs on (a deal's products)


@dataclass(frozen=True, slots=True)
class Parent:
    """How a row leads to its company: `column` names a row of `kind` (the company
    itself, or a record that belongs to one)."""

    column: str
    kind: str = ACCOUNTS


@dataclass(frozen=True, slots=True)
class SearchDoc:
    """A search document per row: `doc_kind` in search_doc, its title and body from
    `view` (migration 0002 made the view and the triggers), re-indexed when one of
    `fields` changes."""

    doc_kind: str
    view: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SeenBy:
    """How a colleague on a deal's virtual team comes to see rows of a kind: `column`
    names the deal whose team sees the row, or for a company and its contacts the
    company (seen by the team of any of its live deals); with `through`, it names a
    row of that kind, whose own key counts (the people spoken to follow their
    activity). Its value is the row's member key (crmdesk.store.deal_team)."""

    column: str
    through: str | None = None


def _labels(**labels: str) -> Mapping[str, str]:
    return MappingProxyType(labels)


@dataclass(frozen=True, slots=True)
class RecordKind:
    """One kind of record that syncs."""

    model: type[Any]
    label: str                      # one of them, as a rep says it: "Contact"
    plural: str                     # "Contacts"
    access: Access
    parent: Parent | None = None    # None: it belongs to no company
    merge: Merge = Merge.NONE
    merge_key: tuple[str, ...] = ()  # for Merge.DEDUPE: one row per company and key
    #: a column naming a company that at most one live row names (a company's one
    #: referrer): a merge keeps the survivor's row and drops the one moved onto it
    one_per: str | None = None
    search: SearchDoc | None = None
    #: columns whose change re-indexes the company documents the row is part of
    #: (a tag's name); () with `feeds_search` set: any column
    feeds_search: tuple[str, ...] | None = None
    #: its fields as the Conflicts and refused-record views name them
    fields: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: matching keys stored beside a typed field (key -> field): they follow that field
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: fields a rule sets, with how a rep changes them instead of typing a value
    by_rule: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: fields only the server writes (among `by_rule`): a laptop keeps its own copy
    #: but never sends one, and the server refuses a push that changes one, whoever
    #: sends it (crmdesk.server.pool.check_account)
    server_sets: frozenset[str] = frozenset()
    #: a team's settings: the whole team sees them, only its lead (or an admin) changes
    #: them, on the laptop and on the server alike
    leads_only: bool = False
    #: rows only ever added (a deal's history): once made, only what follows the
    #: record it hangs on (its owner, its team, removal) may change; a push that
    #: rewrites one is refused
    append_only: bool = False
    #: how a colleague on a deal's virtual team sees its rows (None: they do not)
    seen_by: SeenBy | None = None
    #: rows a colleague on a deal's team adds on the deal (and changes the ones they
    #: logged): activities and the people spoken to in them
    member_logs: bool = False
    #: rows only the deal's owner, the team's lead or an admin change (the deal's team)
    owners_only: bool = False
    #: the fields a row's assignee, the company's service owner, changes (an onboarding
    #: task marked done); a service user logs the `member_logs` kinds on the companies
    #: they serve (crmdesk.domain.scope.InService)
    assignee_writes: frozenset[str] = frozenset()

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)


#: The fields of an append-only kind's row that still change: they follow the record
#: it hangs on.
APPEND_ONLY_MOVES = frozenset({"owner_id", "team_id", "deleted"})
APPEND_ONLY = ("A history (a deal's changes, a points ledger) is only ever added to: an entry "
               "once made is not changed.")

#: Field names every kind shares, as people say them.
COMMON_FIELDS: Mapping[str, str] = _labels(
    owner_id=tr_noop("Owner"), team_id=tr_noop("Team"), account_id=tr_noop("Company"),
    contact_id=tr_noop("Contact"),
    opportunity_id=tr_noop("Opportunity"), deleted=tr_noop("Deleted"),
    next_follow_up_on=tr_noop("Next follow-up"),
    notes=tr_noop("Notes"), name=tr_noop("Name"),
)

_OWNER_MOVES = (tr_noop("An owner change moves the whole account; reassign it from the card "
                        "instead."))

_POOL_RULES = (tr_noop("The server sets this when the account goes back to the pool (by the "
                       "team's rules, or given to it)."))
_POOL_CLAIM = tr_noop("Claiming the account from the pool sets this; use the card's Claim.")
#: An account's fields about the team's pool: the server's alone (see `server_sets`).
POOL_FIELDS = frozenset({"pool_returned_at", "pool_returned_from", "pool_due_on",
                         "pool_return_why", "pool_claimed_by", "pool_claimed_on"})

_DECLARED: tuple[RecordKind, ...] = (
    # the order people read a company's records in (contacts before activities)
    RecordKind(
        Account, tr_noop("Company"), tr_noop("Companies"), Access.SCOPED,
        search=SearchDoc("account", "search_accounts",
                         ("name", "domain", "phone", "phone_e164")),
        seen_by=SeenBy("id"),
        fields=_labels(**ACCOUNT_FIELDS, custom_fields=tr_noop("Service fields"),
                       lost_reason=tr_noop("Why lost"), service_owner_id=tr_noop("Service owner"),
                       pool_returned_at=tr_noop("Back in the pool since"),
                       pool_returned_from=tr_noop("Back in the pool from"),
                       pool_due_on=tr_noop("Due back on"),
                       pool_return_why=tr_noop("Why back in the pool"),
                       pool_claimed_by=tr_noop("Claimed by"),
                       pool_claimed_on=tr_noop("Claimed on")),
        keys=_labels(**{key: typed for typed, keys in ACCOUNT_KEYS.items() for key in keys}),
        by_rule=_labels(
            status=tr_noop("Status follows from activities, contracts and payments; use the "
                           "card's actions to change it."),
            owner_id=_OWNER_MOVES,
            team_id=tr_noop("A team change moves the whole account; ask your team lead."),
            service_owner_id=tr_noop("The service owner follows the team's hand-off rule "
                                     "when the first payment arrives; ask an administrator "
                                     "to change it."),
            pool_returned_at=_POOL_RULES, pool_returned_from=_POOL_RULES,
            pool_due_on=_POOL_RULES, pool_return_why=_POOL_RULES,
            pool_claimed_by=_POOL_CLAIM, pool_claimed_on=_POOL_CLAIM,
            assigned_on=tr_noop("The day it was assigned follows its owner: a claim or a "
                                "reassignment sets it.")),
        server_sets=POOL_FIELDS,
    ),
    RecordKind(
        Contact, tr_noop("Contact"), tr_noop("Contacts"), Access.SCOPED, Parent("account_id"),
        Merge.MOVE,
        search=SearchDoc("contact", "search_contacts",
                         ("name", "email", "mobile", "mobile_e164", "landline",
                          "landline_e164")),
        fields=_labels(title=tr_noop("Job title"), mobile=tr_noop("Mobile"),
                       landline=tr_noop("Landline"),
                       email=tr_noop("Email"), is_key_person=tr_noop("Key person"),
                       reports_to_id=tr_noop("Reports to"),
                       opted_out=tr_noop("Opted out of messages"),
                       birthday=tr_noop("Birthday")),
        keys=_labels(mobile_e164="mobile", landline_e164="landline", email_domain="email"),
        seen_by=SeenBy("account_id"),
    ),
    RecordKind(Activity, tr_noop("Activity"), tr_noop("Activities"), Access.SCOPED,
               Parent("account_id"),
               Merge.MOVE, fields=_labels(occurred_at=tr_noop("When"), author_id=tr_noop("Author")),
               seen_by=SeenBy("opportunity_id"), member_logs=True),
    RecordKind(Opportunity, tr_noop("Deal"), tr_noop("Deals"), Access.SCOPED,
               Parent("account_id"), Merge.MOVE,
               fields=_labels(expected_close=tr_noop("Expected close"),
                              closed_on=tr_noop("Closed on"),
                              next_step=tr_noop("Next step"), loss_reason=tr_noop("Why lost"),
                              committed=tr_noop("Commit"),
                              amount_from_lines=tr_noop("Amount from products"),
                              created_on=tr_noop("Created on"),
                              stage_since=tr_noop("In stage since")),
               seen_by=SeenBy("id")),
    RecordKind(Contract, tr_noop("Contract"), tr_noop("Contracts"), Access.SCOPED,
               Parent("account_id"),
               Merge.MOVE, fields=_labels(signed_on=tr_noop("Signed on"),
                                          term_months=tr_noop("Term (months)"),
                                          ends_on=tr_noop("Ends on"))),
    RecordKind(Payment, tr_noop("Payment"), tr_noop("Payments"), Access.SCOPED,
               Parent("account_id"),
               Merge.MOVE, fields=_labels(received_on=tr_noop("Received on"),
                                          instalment_id=tr_noop("Instalment"))),
    RecordKind(ContactInfluence, tr_noop("Influence"), tr_noop("Influences"), Access.SCOPED,
               Parent("account_id"), Merge.MOVE),
    RecordKind(AccountTag, tr_noop("Tag"), tr_noop("Tags"), Access.SCOPED, Parent("account_id"),
               Merge.DEDUPE, merge_key=("tag_id",), feeds_search=()),
    RecordKind(AccountRelation, tr_noop("Related company"), tr_noop("Related companies"),
               Access.SCOPED,
               Parent("from_account_id"), Merge.MOVE,
               fields=_labels(to_account_id=tr_noop("Related company"))),
    # who referred whom to us: the referrer's row, as a relation is its "from" company's;
    # a merge moves it, and keeps the survivor's own referrer when both had one
    RecordKind(Referral, tr_noop("Referral"), tr_noop("Referrals"), Access.SCOPED,
               Parent("account_id"), Merge.MOVE, one_per="referred_id",
               fields=_labels(account_id=tr_noop("Referrer"),
                              referred_id=tr_noop("Referred company"))),
    RecordKind(OpportunityProduct, tr_noop("Product on opportunity"),
               tr_noop("Products on opportunities"),
               Access.SCOPED, Parent("opportunity_id", "opportunities"), Merge.FOLLOWS,
               seen_by=SeenBy("opportunity_id")),
    RecordKind(DecisionRole, tr_noop("Decision role"), tr_noop("Decision roles"), Access.SCOPED,
               Parent("opportunity_id", "opportunities"), Merge.FOLLOWS,
               seen_by=SeenBy("opportunity_id")),
    # a deal's virtual team: colleagues of any team with a role on it
    RecordKind(DealMember, tr_noop("Deal team member"), tr_noop("Deal team"), Access.SCOPED,
               Parent("opportunity_id", "opportunities"), Merge.FOLLOWS,
               seen_by=SeenBy("opportunity_id"), owners_only=True,
               fields=_labels(user_id=tr_noop("Colleague"), role=tr_noop("Role on the deal"))),
    # the people spoken to in an activity (its contact_id is the first of them)
    RecordKind(ActivityContact, tr_noop("Person spoken to"), tr_noop("People spoken to"),
               Access.SCOPED,
               Parent("activity_id", "activities"), Merge.FOLLOWS,
               fields=_labels(activity_id=tr_noop("Activity")),
               seen_by=SeenBy("activity_id", through="activities"), member_logs=True),
    # a deal's history: rows only ever added, so changes made offline on two laptops
    # are all kept
    RecordKind(DealChange, tr_noop("Deal change"), tr_noop("Deal changes"), Access.SCOPED,
               Parent("opportunity_id", "opportunities"), Merge.FOLLOWS, append_only=True,
               fields=_labels(field=tr_noop("Field"), old_value=tr_noop("Before"),
                              new_value=tr_noop("After"),
                              changed_at=tr_noop("Changed at"), changed_by=tr_noop("Changed by")),
               seen_by=SeenBy("opportunity_id")),
    RecordKind(ContractInstalment, tr_noop("Instalment"), tr_noop("Instalments"), Access.SCOPED,
               Parent("contract_id", "contracts"), Merge.FOLLOWS,
               fields=_labels(due_on=tr_noop("Due on"), label=tr_noop("Instalment"))),
    # a team's playbook: rows of the team's pool, one per stage (a lead edits them)
    RecordKind(StageSetting, tr_noop("Stage setting"), tr_noop("Stage settings"), Access.SCOPED,
               leads_only=True, fields=_labels(stuck_days=tr_noop("Stuck after (days)"),
                                               todo=tr_noop("What to do"),
                              exit_conditions=tr_noop("To leave the stage"))),
    # a team's sales targets: rows of the team's pool (its lead or an admin sets them)
    RecordKind(Plan, tr_noop("Sales target"), tr_noop("Sales targets"), Access.SCOPED,
               leads_only=True,
               fields=_labels(dimension=tr_noop("Target for"),
                              subject_id=tr_noop("Rep, product or customer"),
                              period=tr_noop("Period"), starts_on=tr_noop("Starts on"),
                              amount=tr_noop("Target"))),
    # ---- service: the hand-off to customer service (crmdesk.domain.service) ----
    # a team's hand-off rule and onboarding checklist: a row of the team's pool
    RecordKind(HandoffRule, tr_noop("Hand-off rule"), tr_noop("Hand-off rules"), Access.SCOPED,
               leads_only=True,
               fields=_labels(assign=tr_noop("Service owner chosen"),
                              checklist=tr_noop("Onboarding checklist"),
                              service_user_id=tr_noop("Service user"))),
    # a customer's onboarding tasks, made by the hand-off; its service owner marks them done
    RecordKind(ServiceTask, tr_noop("Onboarding task"), tr_noop("Onboarding tasks"), Access.SCOPED,
               Parent("account_id"), Merge.MOVE, assignee_writes=frozenset({"done_on"}),
               fields=_labels(assignee_id=tr_noop("Assigned to"), title=tr_noop("Task"),
                              due_on=tr_noop("Due on"),
                              done_on=tr_noop("Done on"), position=tr_noop("Order")),
               by_rule=_labels(account_id=tr_noop("An onboarding task stays with its customer."),
                               title=tr_noop("Onboarding tasks follow the team's checklist."),
                               due_on=tr_noop("Onboarding tasks follow the team's checklist."),
                               assignee_id=tr_noop("An onboarding task is its customer's service "
                                                   "owner's."),
                               deleted=tr_noop("Only an administrator removes an onboarding task; "
                                               "mark it done instead."))),
    # a team's rules for assigning web enquiries: rows of the team's pool (its lead or
    # an admin sets them; a rep their own away row: crmdesk.domain.intake.setting_refusal)
    RecordKind(AssignmentSetting, tr_noop("Assignment setting"), tr_noop("Assignment settings"),
               Access.SCOPED, leads_only=True,
               fields=_labels(kind=tr_noop("Setting"), position=tr_noop("Order"),
                              match=tr_noop("Matches"),
                              rep_ids=tr_noop("Reps"), user_id=tr_noop("Rep"),
                              cap=tr_noop("Open leads per rep"),
                              away_until=tr_noop("Away until"))),
    # a team's public pool rules: one row of the team's pool (its lead or an admin sets it)
    RecordKind(PoolRule, tr_noop("Pool rules"), tr_noop("Pool rules"), Access.SCOPED,
               leads_only=True,
               fields=_labels(no_contact_days=tr_noop("Back after days without contact"),
                              no_deal_days=tr_noop("Back after days without a deal"),
                              claims_per_day=tr_noop("Claims a day"),
                              max_open_leads=tr_noop("Open leads held"),
                              cooling_days=tr_noop("Cooling-off (days)"),
                              warn_days=tr_noop("Warn days ahead"))),
    # a team's email and SMS templates: rows of the team's pool, anyone of it writes them
    RecordKind(MessageTemplate, tr_noop("Message template"), tr_noop("Message templates"),
               Access.SCOPED,
               fields=_labels(channel=tr_noop("Email or SMS"), subject=tr_noop("Subject"),
                              body=tr_noop("Text"))),
    # ---- care reminders (crmdesk.domain.care): derived, never stored; these are what
    # people did with one (done, dismissed), one row a reminder, and a team's settings
    RecordKind(CareMark, tr_noop("Reminder mark"), tr_noop("Reminder marks"), Access.SCOPED,
               Parent("account_id"), Merge.MOVE,
               fields=_labels(kind=tr_noop("Reminder"), subject_id=tr_noop("About"),
                              occurs_on=tr_noop("On"),
                              state=tr_noop("Marked"), marked_on=tr_noop("Marked on"),
                              marked_by=tr_noop("Marked by"))),
    RecordKind(CareSetting, tr_noop("Care setting"), tr_noop("Care settings"), Access.SCOPED,
               leads_only=True,
               fields=_labels(kind=tr_noop("Reminder"), lead_days=tr_noop("Days ahead"),
                              template=tr_noop("Suggested template"))),
    # ---- membership (crmdesk.domain.membership) ----
    # a customer's member card: seen and changed as its company is, moving with it
    RecordKind(MemberCard, tr_noop("Member card"), tr_noop("Member cards"), Access.SCOPED,
               Parent("account_id"), Merge.MOVE,
               fields=_labels(number=tr_noop("Card number"), contact_id=tr_noop("Card holder"),
                              issued_on=tr_noop("Issued on"))),
    # its points ledger: entries only ever added, so points added offline on two
    # laptops both count (the balance is their sum, never a field)
    RecordKind(PointsEntry, tr_noop("Points entry"), tr_noop("Points entries"), Access.SCOPED,
               Parent("card_id", "member_cards"), Merge.FOLLOWS, append_only=True,
               fields=_labels(card_id=tr_noop("Member card"), kind=tr_noop("Entry"),
                              points=tr_noop("Points"),
                              reason=tr_noop("Why"), payment_id=tr_noop("Payment"),
                              made_by=tr_noop("Made by"),
                              made_at=tr_noop("Made at"))),
    # a team's membership rule: one row of the team's pool (its lead or an admin sets it)
    RecordKind(MembershipRule, tr_noop("Membership rule"), tr_noop("Membership rules"),
               Access.SCOPED,
               leads_only=True,
               fields=_labels(points=tr_noop("Points"), per_amount=tr_noop("Per amount"),
                              currency=tr_noop("Currency"),
                              levels=tr_noop("Levels"),
                              sms_template=tr_noop("SMS when points change"))),
    RecordKind(Tag, tr_noop("Tag"), tr_noop("Tags"), Access.ADD_ONLY, feeds_search=("name",)),
    RecordKind(LeadBatch, tr_noop("Lead batch"), tr_noop("Lead batches"), Access.ADD_ONLY),
    RecordKind(User, tr_noop("User"), tr_noop("Users"), Access.ADMIN,
               fields=_labels(display_name=tr_noop("Name"))),
    RecordKind(Team, tr_noop("Team"), tr_noop("Teams"), Access.ADMIN),
    RecordKind(Channel, tr_noop("Channel"), tr_noop("Channels"), Access.SHARED),
    RecordKind(ChannelCost, tr_noop("Channel cost"), tr_noop("Channel costs"), Access.SHARED),
    RecordKind(Product, tr_noop("Product"), tr_noop("Products"), Access.SHARED),
)

#: Every kind of record that syncs, by table name (the entity names sync uses).
RECORDS: Mapping[str, RecordKind] = MappingProxyType({k.table: k for k in _DECLARED})


def kind_of(entity: str) -> RecordKind | None:
    return RECORDS.get(entity)


def server_sets(entity: str) -> frozenset[str]:
    """The fields of `entity` only the server writes: a laptop never sends them."""
    kind = RECORDS.get(entity)
    return frozenset() if kind is None else kind.server_sets


def with_access(access: Access) -> frozenset[str]:
    """The kinds of record with this access rule."""
    return frozenset(name for name, kind in RECORDS.items() if kind.access is access)


def belongs_to_account(entity: str) -> bool:
    """Does a row of `entity` belong to a company (and so take its owner and team)?"""
    kind = RECORDS.get(entity)
    return kind is not None and kind.parent is not None


def of_company(entity: str) -> bool:
    """Is `entity` a company or one of a company's records (rather than a shared list)?"""
    return entity == ACCOUNTS or belongs_to_account(entity)


def depth(kind: RecordKind) -> int:
    """How many steps lead from a row of `kind` to its company (0: none or itself)."""
    steps, parent = 0, kind.parent
    while parent is not None:
        steps += 1
        parent = None if parent.kind == ACCOUNTS else RECORDS[parent.kind].parent
    return steps


def of_accounts() -> Iterator[RecordKind]:
    """The kinds that belong to a company, the nearer ones first (a deal before its
    products), otherwise in declaration order."""
    yield from sorted((k for k in RECORDS.values() if k.parent is not None), key=depth)


def account_columns(kind: RecordKind) -> tuple[str, ...]:
    """The columns of `kind` that name a company (a relation names two), read from the
    model's foreign keys."""
    return tuple(column.name for column in kind.model.__table__.columns
                 if any(key.column.table.name == ACCOUNTS for key in column.foreign_keys))


@dataclass(frozen=True, slots=True)
class SearchedTable:
    """A table whose rows have a search document: its `doc_kind` and `view`, and the
    column naming the row's company (None: the row is the company)."""

    table: str
    doc_kind: str
    view: str
    company_column: str | None


def search_documents() -> tuple[SearchedTable, ...]:
    """The tables with a search document of their own, as their kinds declare them. A
    document names its company in one step, so a searched kind's parent is a company."""
    out = []
    for kind in RECORDS.values():
        if kind.search is None:
            continue
        if kind.parent is not None and kind.parent.kind != ACCOUNTS:
            raise ValueError(f"{kind.table}: a searched kind names its company directly")
        out.append(SearchedTable(kind.table, kind.search.doc_kind, kind.search.view,
                                 None if kind.parent is None else kind.parent.column))
    return tuple(out)


def field_label(entity: str, name: str | None) -> str:
    """What the views call field `name` of a row of `entity`."""
    if name is None:
        return tr_noop("Whole change")
    kind = RECORDS.get(entity)
    if kind is not None and name in kind.fields:
        return kind.fields[name]
    if name in COMMON_FIELDS:
        return COMMON_FIELDS[name]
    return name.removesuffix("_id").replace("_", " ").capitalize()


@cache
def _lengths(entity: str) -> Mapping[str, int]:
    kind = RECORDS.get(entity)
    if kind is None:
        return {}
    return {column.name: column.type.length
            for column in kind.model.__table__.columns
            if isinstance(column.type, String) and column.type.length is not None}


def length_problem(entity: str, values: Mapping[str, object]) -> str | None:
    """Why a text among `values` (a row of `entity`, by column) cannot be stored: longer
    than its column holds, in the field's words. PostgreSQL refuses it and SQLite would
    keep it, so the laptop's writes and the server's pushes both ask this first."""
    limits = _lengths(entity)
    for name, value in values.items():
        limit = limits.get(name)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            return Counted("{0} is at most %n character(s); this one has {1}.", "", limit,
                           Worded(field_label(entity, name)), len(value))
    return None


def label(entity: str) -> str:
    """One record of `entity`, as a rep says it ("Contact"); the table name if unknown."""
    kind = RECORDS.get(entity)
    return entity if kind is None else kind.label


def plural(entity: str) -> str:
    """Several records of `entity` ("Contacts")."""
    kind = RECORDS.get(entity)
    return entity if kind is None else kind.plural
