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
    owner_id="Owner", team_id="Team", account_id="Company", contact_id="Contact",
    opportunity_id="Opportunity", deleted="Deleted", next_follow_up_on="Next follow-up",
    notes="Notes", name="Name",
)

_OWNER_MOVES = ("An owner change moves the whole account; reassign it from the card "
                "instead.")

_POOL_RULES = ("The server sets this when the account goes back to the pool (by the "
               "team's rules, or given to it).")
_POOL_CLAIM = "Claiming the account from the pool sets this; use the card's Claim."
#: An account's fields about the team's pool: the server's alone (see `server_sets`).
POOL_FIELDS = frozenset({"pool_returned_at", "pool_returned_from", "pool_due_on",
                         "pool_return_why", "pool_claimed_by", "pool_claimed_on"})

_DECLARED: tuple[RecordKind, ...] = (
    # the order people read a company's records in (contacts before activities)
    RecordKind(
        Account, "Company", "Companies", Access.SCOPED,
        search=SearchDoc("account", "search_accounts",
                         ("name", "domain", "phone", "phone_e164")),
        seen_by=SeenBy("id"),
        fields=_labels(**ACCOUNT_FIELDS, custom_fields="Service fields",
                       lost_reason="Why lost", service_owner_id="Service owner",
                       pool_returned_at="Back in the pool since",
                       pool_returned_from="Back in the pool from",
                       pool_due_on="Due back on", pool_return_why="Why back in the pool",
                       pool_claimed_by="Claimed by", pool_claimed_on="Claimed on"),
        keys=_labels(**{key: typed for typed, keys in ACCOUNT_KEYS.items() for key in keys}),
        by_rule=_labels(
            status="Status follows from activities, contracts and payments; use the "
                   "card's actions to change it.",
            owner_id=_OWNER_MOVES,
            team_id="A team change moves the whole account; ask your team lead.",
            service_owner_id="The service owner follows the team's hand-off rule when "
                             "the first payment arrives; ask an administrator to change it.",
            pool_returned_at=_POOL_RULES, pool_returned_from=_POOL_RULES,
            pool_due_on=_POOL_RULES, pool_return_why=_POOL_RULES,
            pool_claimed_by=_POOL_CLAIM, pool_claimed_on=_POOL_CLAIM,
            assigned_on="The day it was assigned follows its owner: a claim or a "
                        "reassignment sets it."),
        server_sets=POOL_FIELDS,
    ),
    RecordKind(
        Contact, "Contact", "Contacts", Access.SCOPED, Parent("account_id"), Merge.MOVE,
        search=SearchDoc("contact", "search_contacts",
                         ("name", "email", "mobile", "mobile_e164", "landline",
                          "landline_e164")),
        fields=_labels(title="Job title", mobile="Mobile", landline="Landline",
                       email="Email", is_key_person="Key person",
                       reports_to_id="Reports to", opted_out="Opted out of messages",
                       birthday="Birthday"),
        keys=_labels(mobile_e164="mobile", landline_e164="landline", email_domain="email"),
        seen_by=SeenBy("account_id"),
    ),
    RecordKind(Activity, "Activity", "Activities", Access.SCOPED, Parent("account_id"),
               Merge.MOVE, fields=_labels(occurred_at="When", author_id="Author"),
               seen_by=SeenBy("opportunity_id"), member_logs=True),
    RecordKind(Opportunity, "Deal", "Deals", Access.SCOPED,
               Parent("account_id"), Merge.MOVE,
               fields=_labels(expected_close="Expected close", closed_on="Closed on",
                              next_step="Next step", loss_reason="Why lost",
                              committed="Commit", amount_from_lines="Amount from products",
                              created_on="Created on", stage_since="In stage since"),
               seen_by=SeenBy("id")),
    RecordKind(Contract, "Contract", "Contracts", Access.SCOPED, Parent("account_id"),
               Merge.MOVE, fields=_labels(signed_on="Signed on", term_months="Term (months)",
                                          ends_on="Ends on")),
    RecordKind(Payment, "Payment", "Payments", Access.SCOPED, Parent("account_id"),
               Merge.MOVE, fields=_labels(received_on="Received on",
                                          instalment_id="Instalment")),
    RecordKind(ContactInfluence, "Influence", "Influences", Access.SCOPED,
               Parent("account_id"), Merge.MOVE),
    RecordKind(AccountTag, "Tag", "Tags", Access.SCOPED, Parent("account_id"),
               Merge.DEDUPE, merge_key=("tag_id",), feeds_search=()),
    RecordKind(AccountRelation, "Related company", "Related companies", Access.SCOPED,
               Parent("from_account_id"), Merge.MOVE,
               fields=_labels(to_account_id="Related company")),
    # who referred whom to us: the referrer's row, as a relation is its "from" company's;
    # a merge moves it, and keeps the survivor's own referrer when both had one
    RecordKind(Referral, "Referral", "Referrals", Access.SCOPED, Parent("account_id"),
               Merge.MOVE, one_per="referred_id",
               fields=_labels(account_id="Referrer", referred_id="Referred company")),
    RecordKind(OpportunityProduct, "Product on opportunity", "Products on opportunities",
               Access.SCOPED, Parent("opportunity_id", "opportunities"), Merge.FOLLOWS,
               seen_by=SeenBy("opportunity_id")),
    RecordKind(DecisionRole, "Decision role", "Decision roles", Access.SCOPED,
               Parent("opportunity_id", "opportunities"), Merge.FOLLOWS,
               seen_by=SeenBy("opportunity_id")),
    # a deal's virtual team: colleagues of any team with a role on it
    RecordKind(DealMember, "Deal team member", "Deal team", Access.SCOPED,
               Parent("opportunity_id", "opportunities"), Merge.FOLLOWS,
               seen_by=SeenBy("opportunity_id"), owners_only=True,
               fields=_labels(user_id="Colleague", role="Role on the deal")),
    # the people spoken to in an activity (its contact_id is the first of them)
    RecordKind(ActivityContact, "Person spoken to", "People spoken to", Access.SCOPED,
               Parent("activity_id", "activities"), Merge.FOLLOWS,
               fields=_labels(activity_id="Activity"),
               seen_by=SeenBy("activity_id", through="activities"), member_logs=True),
    # a deal's history: rows only ever added, so changes made offline on two laptops
    # are all kept
    RecordKind(DealChange, "Deal change", "Deal changes", Access.SCOPED,
               Parent("opportunity_id", "opportunities"), Merge.FOLLOWS, append_only=True,
               fields=_labels(field="Field", old_value="Before", new_value="After",
                              changed_at="Changed at", changed_by="Changed by"),
               seen_by=SeenBy("opportunity_id")),
    RecordKind(ContractInstalment, "Instalment", "Instalments", Access.SCOPED,
               Parent("contract_id", "contracts"), Merge.FOLLOWS,
               fields=_labels(due_on="Due on", label="Instalment")),
    # a team's playbook: rows of the team's pool, one per stage (a lead edits them)
    RecordKind(StageSetting, "Stage setting", "Stage settings", Access.SCOPED,
               leads_only=True, fields=_labels(stuck_days="Stuck after (days)", todo="What to do",
                              exit_conditions="To leave the stage")),
    # a team's sales targets: rows of the team's pool (its lead or an admin sets them)
    RecordKind(Plan, "Sales target", "Sales targets", Access.SCOPED, leads_only=True,
               fields=_labels(dimension="Target for", subject_id="Rep, product or customer",
                              period="Period", starts_on="Starts on", amount="Target")),
    # ---- service: the hand-off to customer service (crmdesk.domain.service) ----
    # a team's hand-off rule and onboarding checklist: a row of the team's pool
    RecordKind(HandoffRule, "Hand-off rule", "Hand-off rules", Access.SCOPED, leads_only=True,
               fields=_labels(assign="Service owner chosen", checklist="Onboarding checklist",
                              service_user_id="Service user")),
    # a customer's onboarding tasks, made by the hand-off; its service owner marks them done
    RecordKind(ServiceTask, "Onboarding task", "Onboarding tasks", Access.SCOPED,
               Parent("account_id"), Merge.MOVE, assignee_writes=frozenset({"done_on"}),
               fields=_labels(assignee_id="Assigned to", title="Task", due_on="Due on",
                              done_on="Done on", position="Order"),
               by_rule=_labels(account_id="An onboarding task stays with its customer.",
                               title="Onboarding tasks follow the team's checklist.",
                               due_on="Onboarding tasks follow the team's checklist.",
                               assignee_id="An onboarding task is its customer's service "
                                           "owner's.",
                               deleted="Only an administrator removes an onboarding task; "
                                       "mark it done instead.")),
    # a team's rules for assigning web enquiries: rows of the team's pool (its lead or
    # an admin sets them; a rep their own away row: crmdesk.domain.intake.setting_refusal)
    RecordKind(AssignmentSetting, "Assignment setting", "Assignment settings",
               Access.SCOPED, leads_only=True,
               fields=_labels(kind="Setting", position="Order", match="Matches",
                              rep_ids="Reps", user_id="Rep", cap="Open leads per rep",
                              away_until="Away until")),
    # a team's public pool rules: one row of the team's pool (its lead or an admin sets it)
    RecordKind(PoolRule, "Pool rules", "Pool rules", Access.SCOPED, leads_only=True,
               fields=_labels(no_contact_days="Back after days without contact",
                              no_deal_days="Back after days without a deal",
                              claims_per_day="Claims a day", max_open_leads="Open leads held",
                              cooling_days="Cooling-off (days)", warn_days="Warn days ahead")),
    # a team's email and SMS templates: rows of the team's pool, anyone of it writes them
    RecordKind(MessageTemplate, "Message template", "Message templates", Access.SCOPED,
               fields=_labels(channel="Email or SMS", subject="Subject", body="Text")),
    # ---- care reminders (crmdesk.domain.care): derived, never stored; these are what
    # people did with one (done, dismissed), one row a reminder, and a team's settings
    RecordKind(CareMark, "Reminder mark", "Reminder marks", Access.SCOPED,
               Parent("account_id"), Merge.MOVE,
               fields=_labels(kind="Reminder", subject_id="About", occurs_on="On",
                              state="Marked", marked_on="Marked on",
                              marked_by="Marked by")),
    RecordKind(CareSetting, "Care setting", "Care settings", Access.SCOPED, leads_only=True,
               fields=_labels(kind="Reminder", lead_days="Days ahead",
                              template="Suggested template")),
    # ---- membership (crmdesk.domain.membership) ----
    # a customer's member card: seen and changed as its company is, moving with it
    RecordKind(MemberCard, "Member card", "Member cards", Access.SCOPED,
               Parent("account_id"), Merge.MOVE,
               fields=_labels(number="Card number", contact_id="Card holder",
                              issued_on="Issued on")),
    # its points ledger: entries only ever added, so points added offline on two
    # laptops both count (the balance is their sum, never a field)
    RecordKind(PointsEntry, "Points entry", "Points entries", Access.SCOPED,
               Parent("card_id", "member_cards"), Merge.FOLLOWS, append_only=True,
               fields=_labels(card_id="Member card", kind="Entry", points="Points",
                              reason="Why", payment_id="Payment", made_by="Made by",
                              made_at="Made at")),
    # a team's membership rule: one row of the team's pool (its lead or an admin sets it)
    RecordKind(MembershipRule, "Membership rule", "Membership rules", Access.SCOPED,
               leads_only=True,
               fields=_labels(points="Points", per_amount="Per amount", currency="Currency",
                              levels="Levels", sms_template="SMS when points change")),
    RecordKind(Tag, "Tag", "Tags", Access.ADD_ONLY, feeds_search=("name",)),
    RecordKind(LeadBatch, "Lead batch", "Lead batches", Access.ADD_ONLY),
    RecordKind(User, "User", "Users", Access.ADMIN,
               fields=_labels(display_name="Name")),
    RecordKind(Team, "Team", "Teams", Access.ADMIN),
    RecordKind(Channel, "Channel", "Channels", Access.SHARED),
    RecordKind(ChannelCost, "Channel cost", "Channel costs", Access.SHARED),
    RecordKind(Product, "Product", "Products", Access.SHARED),
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
        return "Whole change"
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
            return (f"{field_label(entity, name)} is at most {limit} characters; this one "
                    f"has {len(value)}.")
    return None


def label(entity: str) -> str:
    """One record of `entity`, as a rep says it ("Contact"); the table name if unknown."""
    kind = RECORDS.get(entity)
    return entity if kind is None else kind.label


def plural(entity: str) -> str:
    """Several records of `entity` ("Contacts")."""
    kind = RECORDS.get(entity)
    return entity if kind is None else kind.plural
