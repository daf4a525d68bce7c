"""What a row of a deal's kinds of record (and of a channel's monthly cost) must be to be
stored, read on the row as it would stand after a change: the one check the laptop's
commands (crmdesk.store.deal_writes, crmdesk.store.channel_costs) and the server's push
(crmdesk.server.sync) both run, so whatever the laptop accepts the server accepts, in
the same words (the rules themselves are crmdesk.domain.deals and crmdesk.domain.roi).

A row is a mapping of its columns to their values as the models hold them (dates as
dates, stages as OpportunityStage). What a check needs beyond the row (a payment: its
contract and the instalment it names) it asks the caller's `Facts`, so this stays plain
Python, with no I/O of its own. A row is judged on its own, never against what other
rows stand at now when another laptop may change that offline: a payment never against
the contract's other payments (two laptops offline may each record its last payment, and
both are money received), an instalment never against the contract's other instalments,
a contract never against its deal's stage or company (a lead may reopen the deal, or a
merge move it, while the contract is recorded offline). Those are the laptop command's
rules at entry (crmdesk.store.deal_writes), so nothing recorded offline is lost. A
removed row is never refused: taking a row away is always allowed, and it is checked
again if it comes back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from crmdesk.domain import care, intake, membership, messages, plans, pool, roi, service
from crmdesk.domain import deals as rules
from crmdesk.domain.deals import DealField, Line, OpportunityStage, PaidInto
from crmdesk.domain.scope import ITS_COMPANYS_DEAL, ITS_COMPANYS_PEOPLE
from crmdesk.domain.words import Worded, tr_noop

Row = Mapping[str, Any]

#: The kinds of record checked here, by table name (the entity names sync uses).
DEALS, LINES, ROLES, CHANGES = ("opportunities", "opportunity_products", "decision_roles",
                                "deal_changes")
CONTRACTS, INSTALMENTS, PAYMENTS, STAGE_SETTINGS = ("contracts", "contract_instalments",
                                                    "payments", "stage_settings")
ACTIVITIES, PEOPLE_SPOKEN_TO = "activities", "activity_contacts"
CHANNEL_COSTS = "channel_costs"
PLANS = "plans"
HANDOFF_RULES = "handoff_rules"
ASSIGNMENT = "assignment_settings"
POOL_RULES = "pool_rules"
TEMPLATES = "message_templates"
CONTACTS = "contacts"
CARE_MARKS, CARE_SETTINGS = "care_marks", "care_settings"
MEMBER_CARDS, POINTS, MEMBERSHIP_RULES = "member_cards", "points_entries", "membership_rules"
REFERRALS = "referrals"

#: A referral's problems, in the words the relation form shows.
REFERS_ITSELF = tr_noop("A company cannot be linked to itself.")


@dataclass(frozen=True, slots=True)
class DealRef:
    """What a deal's lines, decision map and contracts read of it."""

    account_id: uuid.UUID
    currency: str
    stage: OpportunityStage


@dataclass(frozen=True, slots=True)
class ContractRef:
    """What an instalment reads of its contract: its money."""

    currency: str
    amount: int


@dataclass(frozen=True, slots=True)
class Named:
    """The companies of what an activity, or a person spoken to in one, names (None:
    not named, or no such live record)."""

    deal: uuid.UUID | None = None
    contact: uuid.UUID | None = None
    activity: uuid.UUID | None = None


class Facts(Protocol):
    """The related records the checks read, from the caller's storage (None: no such
    live record)."""

    def deal(self, deal_id: uuid.UUID) -> DealRef | None: ...

    def contact_account(self, contact_id: uuid.UUID) -> uuid.UUID | None: ...

    def contract(self, contract_id: uuid.UUID) -> ContractRef | None: ...

    def paid_into(self, contract_id: uuid.UUID, instalment_id: uuid.UUID | None
                  ) -> PaidInto | None:
        """The live contract a payment is made into, with the instalment it names."""
        ...

    def named(self, deal_id: uuid.UUID | None, contact_id: uuid.UUID | None,
              activity_id: uuid.UUID | None) -> Named:
        """The companies of the deal, contact and activity named (at most one read)."""
        ...

    def exists(self, kind: str, row_id: uuid.UUID) -> bool:
        """Is there a row `row_id` of `kind` (a table name), even a removed one?"""
        ...

    def serves_in(self, user_id: uuid.UUID, team_id: uuid.UUID) -> bool:
        """Is `user_id` an active service user of team `team_id`?"""
        ...

    def card_points(self, card_id: uuid.UUID, without: uuid.UUID | None) -> int | None:
        """The points a live member card's customer holds (the sum of the live entries
        of its company's live cards) but for entry `without` (the one being checked),
        or None: no such live card."""
        ...

    def referrer_of(self, account_id: uuid.UUID, without: uuid.UUID | None) -> str | None:
        """The name of the company with a live referral of `account_id` other than row
        `without` (the one being checked), or None: none."""
        ...


def _text(row: Row, name: str) -> str:
    value = row.get(name)
    return value if isinstance(value, str) else ""


def _optional_text(row: Row, name: str) -> str | None:
    value = row.get(name)
    return value if isinstance(value, str) else None


def _deal(row: Row, _facts: Facts) -> list[str]:
    # a competitor that is not text has no name either
    competitors = tuple(c if isinstance(c, str) else "" for c in row.get("competitors") or ())
    return rules.deal_problems(rules.DealValues(
        name=_text(row, "name"), stage=OpportunityStage(row["stage"]),
        amount=row.get("amount"), currency=_text(row, "currency"),
        probability=row["probability"], expected_close=row.get("expected_close"),
        created_on=row.get("created_on"), loss_reason=_optional_text(row, "loss_reason"),
        next_step=_optional_text(row, "next_step"), competitors=competitors))


def _line(row: Row, facts: Facts) -> list[str]:
    deal = facts.deal(row["opportunity_id"])
    currency = deal.currency if deal is not None else "CNY"
    return rules.lines_problems(
        [Line(row["product_id"], row["quantity"], row["unit_price"])], currency)


def _role(row: Row, facts: Facts) -> list[str]:
    deal = facts.deal(row["opportunity_id"])
    if deal is not None and facts.contact_account(row["contact_id"]) != deal.account_id:
        return [rules.NOT_ITS_PEOPLE]
    return []


def _change(row: Row, _facts: Facts) -> list[str]:
    problem = rules.change_problem(DealField(row["field"]), _optional_text(row, "old_value"),
                                   _optional_text(row, "new_value"))
    return [problem] if problem else []


def _contract(row: Row, _facts: Facts) -> list[str]:
    # its deal's stage and company are what they were when it was recorded: the laptop
    # command's rule (rules.deal_contract_problem), never this check's
    signed_on: date = row["signed_on"]
    return rules.contract_problems(
        _text(row, "number"), signed_on, row["amount"], _text(row, "currency"),
        row.get("term_months"), row.get("ends_on"), ())


def _instalment(row: Row, facts: Facts) -> list[str]:
    amount = row["amount"]
    if amount <= 0:
        return [rules.INSTALMENT_ABOVE_ZERO]
    contract = facts.contract(row["contract_id"])
    # on its own, never with the contract's other instalments: the schedule adding up to
    # the contract is the laptop command's rule at entry (the card shows one above it)
    if contract is not None and amount > contract.amount:
        return [rules.instalment_above_contract(amount, contract.amount, contract.currency)]
    return []


def _payment(row: Row, facts: Facts) -> list[str]:
    instalment_id = row.get("instalment_id")
    into = facts.paid_into(row["contract_id"], instalment_id)
    if into is None:
        return []  # no such contract: the scope check's answer, or the database's
    currency = _text(row, "currency") or into.currency
    return rules.payment_problems(row["amount"], currency, into, instalment_id)


def _stage_setting(row: Row, _facts: Facts) -> list[str]:
    if row.get("team_id") is None:
        return [rules.NO_TEAM]
    conditions = row.get("exit_conditions") or []
    return rules.settings_problems(row["probability"], row["stuck_days"],
                                   [c if isinstance(c, str) else repr(c) for c in conditions])


def _activity(row: Row, facts: Facts) -> list[str]:
    deal_id, contact_id = row.get("opportunity_id"), row.get("contact_id")
    if deal_id is None and contact_id is None:
        return []  # names nothing: nothing to read
    named = facts.named(deal_id, contact_id, None)
    out = []
    if named.deal is not None and named.deal != row.get("account_id"):
        out.append(ITS_COMPANYS_DEAL)
    if named.contact is not None and named.contact != row.get("account_id"):
        out.append(ITS_COMPANYS_PEOPLE)
    return out


def _person_spoken_to(row: Row, facts: Facts) -> list[str]:
    named = facts.named(None, row["contact_id"], row["activity_id"])
    if named.contact is not None and named.activity is not None \
            and named.contact != named.activity:
        return [ITS_COMPANYS_PEOPLE]
    return []


def _channel_cost(row: Row, _facts: Facts) -> list[str]:
    # one row per channel and month (the table's unique key): a whole month's cost
    month = row.get("month")
    amount = row.get("amount")
    return roi.cost_row_problems(month if isinstance(month, date) else None,
                                 amount if isinstance(amount, int) else None,
                                 _text(row, "currency"))


def _plan(row: Row, facts: Facts) -> list[str]:
    # the subject is asked to exist, even removed: a customer merged away while its
    # target was set offline does not cost the lead the target
    out = plans.plan_problems(row.get("dimension"), row.get("subject_id"),
                              row.get("team_id"), row.get("period"), row.get("starts_on"),
                              row.get("amount"), _text(row, "currency"))
    dimension, subject = row.get("dimension"), row.get("subject_id")
    if (dimension in plans.SUBJECT_KINDS and dimension != plans.Dimension.TEAM
            and (not isinstance(subject, uuid.UUID)
                 or not facts.exists(plans.SUBJECT_KINDS[plans.Dimension(dimension)],
                                     subject))):
        out.append(plans.no_subject(plans.Dimension(dimension)))
    return out


def _handoff_rule(row: Row, facts: Facts) -> list[str]:
    # the service user named is asked to serve in the team now: users are an
    # administrator's to change, never a laptop's offline
    team, named = row.get("team_id"), row.get("service_user_id")
    named_ok = (isinstance(named, uuid.UUID) and isinstance(team, uuid.UUID)
                and facts.serves_in(named, team))
    return service.rule_problems(team, row.get("assign"), named, row.get("checklist"),
                                 named_ok)


def _assignment(row: Row, facts: Facts) -> list[str]:
    reps = row.get("rep_ids") or []
    out = intake.setting_problems(row.get("kind"), row.get("team_id"), row.get("match"),
                                  reps if isinstance(reps, list) else [object()],
                                  row.get("cap"), row.get("user_id"),
                                  row.get("away_until"), row.get("position"))
    # the reps named are asked to exist, even disabled (assignment skips those)
    named = [*intake.rep_ids(reps if isinstance(reps, list) else []),
             *([row["user_id"]] if isinstance(row.get("user_id"), uuid.UUID) else [])]
    if any(not facts.exists("users", rep) for rep in named):
        out.append(intake.NOT_A_REP)
    return out


def _pool_rules(row: Row, _facts: Facts) -> list[str]:
    if row.get("team_id") is None:
        return [pool.NO_TEAM]
    values: dict[str, Any] = {name: row.get(name) for name in pool.RULE_LABELS}
    return pool.rules_problems(pool.PoolRules(**values))  # a wrong type is a problem


def _template(row: Row, _facts: Facts) -> list[str]:
    # an unknown merge field is refused here, never found blank when the message goes
    return messages.template_problems(row.get("team_id"), row.get("name"),
                                      row.get("channel"), row.get("subject"), row.get("body"))


def _contact(row: Row, _facts: Facts) -> list[str]:
    problem = care.birthday_problem(row.get("birthday"))
    return [problem] if problem else []


def _care_mark(row: Row, _facts: Facts) -> list[str]:
    # its id is its reminder's: two laptops marking one reminder make one row
    return care.mark_problems(row.get("id"), row.get("kind"), row.get("subject_id"),
                              row.get("occurs_on"), row.get("state"))


def _care_setting(row: Row, _facts: Facts) -> list[str]:
    return care.setting_problems(row.get("id"), row.get("team_id"), row.get("kind"),
                                 row.get("lead_days"))
def _member_card(row: Row, facts: Facts) -> list[str]:
    contact = row.get("contact_id")
    held_by = facts.contact_account(contact) if isinstance(contact, uuid.UUID) else None
    return membership.card_problems(row.get("number"), held_by, row.get("account_id"),
                                    contact)


def _points(row: Row, facts: Facts) -> list[str]:
    # judged against the balance the server holds: points spent on two laptops offline
    # are spent once, the second redemption refused (the ledger's one rule on others)
    card = row.get("card_id")
    held = (facts.card_points(card, row.get("id")) if isinstance(card, uuid.UUID)
            else None)
    return membership.entry_problems(row.get("kind"), row.get("points"), row.get("reason"),
                                     row.get("made_by"), row.get("payment_id"), held)


def _membership_rule(row: Row, _facts: Facts) -> list[str]:
    return membership.rule_problems(row.get("team_id"), row.get("points"),
                                    row.get("per_amount"), row.get("currency"),
                                    row.get("levels"), row.get("sms_template"))


#: A company came to us through one referrer (`already_referred`'s template).
ALREADY_REFERRED = tr_noop("This company was already referred to us by {0}; remove that link "
                           "first.")


def already_referred(referrer: str) -> str:
    """A company came to us through one referrer."""
    return Worded(ALREADY_REFERRED, referrer)


def _referral(row: Row, facts: Facts) -> list[str]:
    # judged against the referrals the server holds: two laptops offline naming two
    # referrers of one company keep the first, the second is refused (as points spent
    # twice are)
    referred = row.get("referred_id")
    if referred == row.get("account_id"):
        return [REFERS_ITSELF]
    held = (facts.referrer_of(referred, row.get("id")) if isinstance(referred, uuid.UUID)
            else None)
    return [already_referred(held)] if held is not None else []


_CHECKS: Mapping[str, Callable[[Row, Facts], list[str]]] = {
    DEALS: _deal, LINES: _line, ROLES: _role, CHANGES: _change, CONTRACTS: _contract,
    INSTALMENTS: _instalment, PAYMENTS: _payment, STAGE_SETTINGS: _stage_setting,
    ACTIVITIES: _activity, PEOPLE_SPOKEN_TO: _person_spoken_to,
    CHANNEL_COSTS: _channel_cost, PLANS: _plan, ASSIGNMENT: _assignment,
    HANDOFF_RULES: _handoff_rule, POOL_RULES: _pool_rules, TEMPLATES: _template,
    CONTACTS: _contact, CARE_MARKS: _care_mark, CARE_SETTINGS: _care_setting,
    MEMBER_CARDS: _member_card, POINTS: _points, MEMBERSHIP_RULES: _membership_rule,
    REFERRALS: _referral,
}
#: The kinds with a check: any other kind costs its writers nothing.
CHECKED: frozenset[str] = frozenset(_CHECKS)
#: Kinds checked only when made or when a change names another deal or person: an
#: activity's notes changed are not read again (its push is a hot path, and a row
#: written before its deal moved to another company stays editable); nor is an
#: activity moved to another company alone (a merge moves its activities and deals in
#: one push, the activities maybe first; a colleague's such move is refused by
#: crmdesk.domain.scope.may_write, which reads the deal's company itself).
NAMING: Mapping[str, frozenset[str]] = {
    ACTIVITIES: frozenset({"opportunity_id", "contact_id"}),
    PEOPLE_SPOKEN_TO: frozenset({"activity_id", "contact_id"}),
    # a contact's only check is its birthday: a push of its other fields (a hot path)
    # reads nothing
    CONTACTS: frozenset({"birthday"}),
    # a referral's note changed reads nothing; its companies or its revival do
    REFERRALS: frozenset({"account_id", "referred_id", "deleted"}),
}


def names_anew(kind: str, new: bool, fields: Collection[str]) -> bool:
    """Does a change of `fields` of a `kind` row (`new`: a row made) need its check?"""
    naming = NAMING.get(kind)
    return kind in _CHECKS and (new or naming is None or not naming.isdisjoint(fields))


def row_problems(kind: str, row: Row, facts: Facts) -> list[str]:
    """Everything that stops `row` (every column, as it would be stored) of `kind` being
    stored, one message a problem; none for a kind with no check or a removed row."""
    check = _CHECKS.get(kind)
    if check is None or row.get("deleted"):
        return []
    return check(row, facts)


def row_problem(kind: str, row: Row, facts: Facts) -> str | None:
    """The first of `row_problems`, or None (what a refused push is answered)."""
    problems = row_problems(kind, row, facts)
    return problems[0] if problems else None
