"""Writes a user makes. Each runs inside the caller's unit of work (one session
transaction per user action), so the row, its consequences and its journal entry
commit together. Everything goes through ORM objects so the journal sees it."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from crmdesk.domain.account_fields import Checked, check_field
from crmdesk.domain.activity import (
    ActivityKind,
    FollowUp,
    FollowUpChoice,
    Outcome,
    resolve_follow_up,
)
from crmdesk.domain.care import birthday_problem
from crmdesk.domain.custom_fields import validate_custom_fields
from crmdesk.domain.dedupe import company_key, email_domain, phone_key, website_domain
from crmdesk.domain.lifecycle import MoveCheck, Status, check_move
from crmdesk.domain.merge import (
    DERIVED,
    MERGE_FIELDS,
    choice_problem,
    first_acquired,
    merged_custom_fields,
    sources,
)
from crmdesk.domain.pool import Why
from crmdesk.domain.scope import ITS_COMPANYS_DEAL, ITS_COMPANYS_PEOPLE
from crmdesk.domain.tags import BadTagName, clean_tag_name, tag_id_for, tag_key
from crmdesk.domain.text import first_text_problem
from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.store import derived
from crmdesk.store.duplicates import merge_side
from crmdesk.store.family import move_families, move_family
from crmdesk.store.journal import insert_new
from crmdesk.store.models import (
    Account,
    AccountTag,
    Activity,
    ActivityContact,
    Contact,
    ContactInfluence,
    DecisionRole,
    Opportunity,
    Tag,
    User,
    activity_contact_id,
    notes_columns,
    utcnow,
)
from crmdesk.store.pool_queries import claim_refusal, is_claim
from crmdesk.store.queries import facts_for
from crmdesk.store.records import RECORDS, Merge, RecordKind, account_columns, length_problem
from crmdesk.store.refusals import NotFound as NotFound
from crmdesk.store.refusals import Refused as Refused
from crmdesk.store.workspace_keys import PHONE_REGION

T = TypeVar("T")


def refuse_bad_text(**values: Any) -> None:
    """Refuse text the server would refuse (control characters; see domain.text)."""
    problem = first_text_problem(values)
    if problem is not None:
        raise Refused(problem)


#: What a write to a record gone meanwhile is answered, by the record's kind.
_GONE = {"account": tr_noop("This account no longer exists; nothing was saved."),
         "activity": tr_noop("This activity no longer exists; nothing was saved."),
         "task": tr_noop("This task no longer exists; nothing was saved."),
         "contact": tr_noop("This contact no longer exists; nothing was saved.")}


def _live(session: Session, model: type[T], row_id: uuid.UUID, what: str) -> T:
    row = session.get(model, row_id)
    if row is None or getattr(row, "deleted", False):
        raise NotFound(_GONE[what])
    return row


def _live_account(session: Session, account_id: uuid.UUID) -> Account:
    return _live(session, Account, account_id, "account")


def refresh_account(session: Session, account: Account) -> None:
    """Status, last contact and value score follow from the record (store.derived, on
    the workspace's day); call after anything they read. They are not journaled: each
    side computes them, so they are never pushed."""
    derived.refresh(session, None, [account.id])


@dataclass(frozen=True, slots=True)
class ActivityInput:
    """An activity as typed. `next_follow_up_on` is a date, None (the user chose "no
    follow-up") or FollowUp.KEEP (left alone: the follow-up stays as it is)."""

    kind: ActivityKind
    outcome: Outcome | None = None
    notes: str = ""
    next_follow_up_on: FollowUpChoice = FollowUp.KEEP
    contact_id: uuid.UUID | None = None
    occurred_at: datetime | None = None
    #: everyone spoken to, the first foremost (empty: just `contact_id`, if any)
    contacts: tuple[uuid.UUID, ...] = ()
    #: the deal it was about (None: none in particular)
    opportunity_id: uuid.UUID | None = None

    def people(self) -> tuple[uuid.UUID, ...]:
        """Everyone spoken to, the first foremost, each once."""
        named = self.contacts or ((self.contact_id,) if self.contact_id else ())
        return tuple(dict.fromkeys(named))


_ACTIVITIES_OF = bindparam("account_id", type_=Account.id.type)
_LIVE = (Activity.account_id == _ACTIVITIES_OF, Activity.deleted.is_(False))
# The newest entry's next step.
_FOLLOW_UP = select(Activity.next_follow_up_on).where(*_LIVE).order_by(
    Activity.occurred_at.desc(), Activity.id.desc()).limit(1)


def _refresh_from_activities(session: Session, account: Account,
                             account_facts: bool = True) -> None:
    """Next follow-up (a fact: journaled), and last contact and status (derived) follow
    from the live activities. Without `account_facts` (a colleague on a deal's team
    logs on an account not theirs to change) the next follow-up stays the owner's.

    The newest activity's follow-up date is the account's next step; an entry with
    none clears it, which is how a rep says "nothing more planned". An entry logged
    with the follow-up left alone carries the account's date (see log_activity), so
    the derived date only moves when someone chose a new one or removed an entry.
    """
    if account_facts:
        account.next_follow_up_on = session.scalar(_FOLLOW_UP, {"account_id": account.id})
    refresh_account(session, account)


def _check_about(session: Session, account_id: uuid.UUID, entry: ActivityInput) -> None:
    """The people spoken to and the deal must be the account's, and still there."""
    people = entry.people()
    if people:
        found = {row.id: row.account_id for row in session.execute(
            select(Contact.id, Contact.account_id).where(
                Contact.id.in_(people), Contact.deleted.is_(False)))}
        if len(found) < len(people):
            raise NotFound(tr_noop("One of these people no longer exists; nothing was saved."))
        if any(account != account_id for account in found.values()):
            raise Refused(ITS_COMPANYS_PEOPLE)
    if entry.opportunity_id is not None:
        deal = session.get(Opportunity, entry.opportunity_id)
        if deal is None or deal.deleted:
            raise NotFound(tr_noop("This deal no longer exists; nothing was saved."))
        if deal.account_id != account_id:
            raise Refused(ITS_COMPANYS_DEAL)


def _set_people(session: Session, activity: Activity, people: tuple[uuid.UUID, ...]) -> None:
    """Make `people` the ones spoken to in `activity`: a row each (revived if removed
    before), the others' rows removed; the first is also the activity's contact."""
    activity.contact_id = people[0] if people else None
    held = {row.contact_id: row for row in session.scalars(select(ActivityContact).where(
        ActivityContact.activity_id == activity.id))}
    for contact_id in people:
        row = held.get(contact_id)
        if row is None:
            session.add(ActivityContact(
                id=activity_contact_id(activity.id, contact_id), activity_id=activity.id,
                contact_id=contact_id, owner_id=activity.owner_id, team_id=activity.team_id))
        elif row.deleted:
            row.deleted = False
    for contact_id, row in held.items():
        if contact_id not in people and not row.deleted:
            row.deleted = True


def _new_activity(account: Any, author_id: uuid.UUID | None, entry: ActivityInput,
                  follow: date | None) -> dict[str, Any]:
    """The columns of a new activity of `entry` on `account` (an Account, or a row of
    its id, owner and team)."""
    return {"id": uuid.uuid4(), "account_id": account.id, "owner_id": account.owner_id,
            "team_id": account.team_id, "kind": entry.kind, "outcome": entry.outcome,
            **notes_columns(entry.notes), "next_follow_up_on": follow,
            "opportunity_id": entry.opportunity_id,
            "occurred_at": entry.occurred_at or utcnow(), "author_id": author_id,
            "done": False, "contact_id": entry.people()[0] if entry.people() else None}


def log_activity(session: Session, account_id: uuid.UUID, author_id: uuid.UUID | None,
                 entry: ActivityInput, account_facts: bool = True) -> uuid.UUID:
    """Record an activity and update what it changes on the account: last contact, next
    follow-up, and the status its conditions now support. A follow-up left alone
    (FollowUp.KEEP) is the account's as it stands when written: logging a call never
    wipes the next step by itself. Returns the activity id."""
    refuse_bad_text(notes=entry.notes)
    account = _live_account(session, account_id)
    _check_about(session, account_id, entry)
    follow = resolve_follow_up(entry.next_follow_up_on, account.next_follow_up_on)
    activity = Activity(**_new_activity(account, author_id, entry, follow))
    session.add(activity)
    _set_people(session, activity, entry.people())
    session.flush()
    _refresh_from_activities(session, account, account_facts)
    return activity.id


@dataclass(frozen=True, slots=True)
class NewActivity:
    """One activity of `log_activities`: on which account, by whom, what, and whether
    it may write the account's own facts (see log_activity)."""

    account_id: uuid.UUID
    author_id: uuid.UUID | None
    entry: ActivityInput
    account_facts: bool = True


_CHUNK = 500  # ids asked about at once (SQLite's bound parameters)


def log_activities(session: Session, new: Sequence[NewActivity]
                   ) -> list[uuid.UUID | NotFound | Refused]:
    """log_activity for many entries at once (a batch of sent messages archived): the
    same checks, rows and consequences, read a chunk of accounts and people at a time
    and written in bulk, each row journaled as a flush of it would be
    (crmdesk.store.journal.insert_new). Each entry's answer, in order: the new
    activity's id, or what log_activity would have raised for it alone (its company
    or people gone, its text refused); the others are written all the same."""
    out: list[uuid.UUID | NotFound | Refused] = []
    accounts: dict[uuid.UUID, Any] = {}
    people: dict[uuid.UUID, tuple[uuid.UUID, bool]] = {}
    deals: dict[uuid.UUID, tuple[uuid.UUID, bool]] = {}
    account_ids = list({n.account_id for n in new})
    contact_ids = list({c for n in new for c in n.entry.people()})
    deal_ids = list({n.entry.opportunity_id for n in new if n.entry.opportunity_id})
    for start in range(0, max(len(account_ids), len(contact_ids), len(deal_ids)), _CHUNK):
        accounts.update((a.id, a) for a in session.execute(
            select(Account.id, Account.owner_id, Account.team_id,
                   Account.next_follow_up_on).where(
                Account.id.in_(account_ids[start:start + _CHUNK]),
                Account.deleted.is_(False))))
        people.update((c.id, (c.account_id, c.deleted)) for c in session.execute(
            select(Contact.id, Contact.account_id, Contact.deleted).where(
                Contact.id.in_(contact_ids[start:start + _CHUNK]))))
        deals.update((d.id, (d.account_id, d.deleted)) for d in session.execute(
            select(Opportunity.id, Opportunity.account_id, Opportunity.deleted).where(
                Opportunity.id.in_(deal_ids[start:start + _CHUNK]))))
    follow_of = {a.id: a.next_follow_up_on for a in accounts.values()}
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    facts: set[uuid.UUID] = set()
    for n in new:
        entry = n.entry
        problem = first_text_problem({"notes": entry.notes})
        account = accounts.get(n.account_id)
        named = [people.get(c) for c in entry.people()]
        deal = None if entry.opportunity_id is None else deals.get(entry.opportunity_id)
        # in log_activity's order: text, account, people, deal
        if problem is not None:
            out.append(Refused(problem))
        elif account is None:
            out.append(NotFound(tr_noop("This account no longer exists; nothing was saved.")))
        elif any(p is None or p[1] for p in named):
            out.append(NotFound(tr_noop("One of these people no longer exists; nothing was "
                                        "saved.")))
        elif any(p is not None and p[0] != n.account_id for p in named):
            out.append(Refused(ITS_COMPANYS_PEOPLE))
        elif entry.opportunity_id is not None and (deal is None or deal[1]):
            out.append(NotFound(tr_noop("This deal no longer exists; nothing was saved.")))
        elif deal is not None and deal[0] != n.account_id:
            out.append(Refused(ITS_COMPANYS_DEAL))
        else:
            follow = resolve_follow_up(entry.next_follow_up_on, follow_of[n.account_id])
            row = _new_activity(account, n.author_id, entry, follow)
            if n.account_facts:  # the newest entry's follow-up is the account's
                follow_of[n.account_id] = follow
                facts.add(n.account_id)
            rows.append(row)
            links += [{"id": activity_contact_id(row["id"], c), "activity_id": row["id"],
                       "contact_id": c, "owner_id": row["owner_id"],
                       "team_id": row["team_id"]} for c in entry.people()]
            out.append(row["id"])
    insert_new(session, Activity, rows)
    insert_new(session, ActivityContact, links)
    _follow_ups_from_activities(session, list(facts))
    derived.refresh(session, None, {row["account_id"] for row in rows})
    return out


def _follow_ups_from_activities(session: Session, account_ids: list[uuid.UUID]) -> None:
    """Each account's next follow-up is its newest live activity's (as
    _refresh_from_activities sets it), asked of many accounts at once; the few that
    change are written through their ORM objects, so the change is journaled."""
    newest = select(Activity.next_follow_up_on).where(
        Activity.account_id == Account.id, Activity.deleted.is_(False)).order_by(
        Activity.occurred_at.desc(), Activity.id.desc()).limit(1).scalar_subquery()
    for start in range(0, len(account_ids), _CHUNK):
        for account_id, now, follow in session.execute(
                select(Account.id, Account.next_follow_up_on, newest).where(
                    Account.id.in_(account_ids[start:start + _CHUNK]))).all():
            if now != follow:
                session.get_one(Account, account_id).next_follow_up_on = follow
    session.flush()


def edit_activity(session: Session, activity_id: uuid.UUID, entry: ActivityInput,
                  account_facts: bool = True) -> None:
    """Change an activity's kind, outcome, notes, follow-up, people and deal (the entry
    carries the people and deal it should have, unchanged or not; a follow-up left
    alone, FollowUp.KEEP, stays what the activity has)."""
    refuse_bad_text(notes=entry.notes)
    activity = _live(session, Activity, activity_id, "activity")
    _check_about(session, activity.account_id, entry)
    activity.kind = entry.kind
    activity.outcome = entry.outcome
    if entry.notes != activity.notes:  # notes left alone keep their words
        for column, value in notes_columns(entry.notes).items():
            setattr(activity, column, value)
    if entry.next_follow_up_on is not FollowUp.KEEP:
        activity.next_follow_up_on = entry.next_follow_up_on
    activity.opportunity_id = entry.opportunity_id
    _set_people(session, activity, entry.people())
    if entry.occurred_at is not None:
        activity.occurred_at = entry.occurred_at
    session.flush()
    _refresh_from_activities(session, _live_account(session, activity.account_id),
                             account_facts)


def set_task(session: Session, task_id: uuid.UUID, *, done: bool | None = None,
             due: date | None = None, account_facts: bool = True) -> uuid.UUID:
    """Mark a task (an activity of kind task) done or not (`done`), or move it to day
    `due` (its follow-up date: when the task is the account's newest entry, the
    account's next follow-up moves with it, as an edit of it would). The value is its
    account."""
    task = _live(session, Activity, task_id, "task")
    if task.kind is not ActivityKind.TASK:
        raise Refused(tr_noop("Only a task is marked done or moved on the agenda."))
    if done is not None and task.done != done:
        task.done = done
    if due is not None and task.next_follow_up_on != due:
        task.next_follow_up_on = due
        session.flush()
        _refresh_from_activities(session, _live_account(session, task.account_id),
                                 account_facts)
    return task.account_id


def delete_activity(session: Session, activity_id: uuid.UUID) -> uuid.UUID:
    """Tombstone an activity; returns its account's id."""
    activity = _live(session, Activity, activity_id, "activity")
    activity.deleted = True
    session.flush()
    _refresh_from_activities(session, _live_account(session, activity.account_id))
    return activity.account_id


def new_account(session: Session, *, name: str, owner_id: uuid.UUID | None,
                team_id: uuid.UUID | None, website: str | None = None,
                phone: str | None = None, phone_region: str | None = None,
                assigned_on: date | None = None, **fields: Any) -> uuid.UUID:
    """Create an account with its matching keys filled in. Run the duplicate check first.
    `phone_region` reads numbers typed without a country code (by default the
    workspace's, `PHONE_REGION`); `assigned_on`: the day its owner's pool clock starts
    (by default today; none without an owner). A day set later is refused by the
    server: it follows the owner."""
    refuse_bad_text(name=name, website=website, phone=phone, **fields)
    if not name.strip():
        raise Refused(tr_noop("A company needs a name."))
    account = Account(
        id=uuid.uuid4(), name=name.strip(), name_key=company_key(name), website=website,
        domain=website_domain(website), phone=phone,
        phone_e164=phone_key(phone, phone_region or PHONE_REGION.get(session)),
        owner_id=owner_id, team_id=team_id, status=Status.LEAD, custom_fields={},
        assigned_on=(assigned_on or date.today()) if owner_id else None, **fields,
    )
    session.add(account)
    session.flush()
    if account.scale:  # the only thing a new account's value score can read yet
        refresh_account(session, account)
    return account.id


def new_contact(session: Session, account_id: uuid.UUID, *, name: str,
                mobile: str | None = None, landline: str | None = None,
                email: str | None = None, phone_region: str | None = None,
                **fields: Any) -> uuid.UUID:
    """Add a contact to an account with normalised phone and email keys (numbers typed
    without a country code read in `phone_region`, by default the workspace's)."""
    phone_region = phone_region or PHONE_REGION.get(session)
    refuse_bad_text(name=name, mobile=mobile, landline=landline, email=email, **fields)
    account = _live_account(session, account_id)
    if not name.strip():
        raise Refused(tr_noop("A contact needs a name."))
    contact = Contact(
        id=uuid.uuid4(), account_id=account_id, owner_id=account.owner_id,
        team_id=account.team_id, name=name.strip(), mobile=mobile,
        mobile_e164=phone_key(mobile, phone_region), landline=landline,
        landline_e164=phone_key(landline, phone_region), email=email,
        email_domain=email_domain(email), **fields,
    )
    session.add(contact)
    session.flush()
    refresh_account(session, account)
    return contact.id


#: The fields of a contact people type, as the edit form names them.
CONTACT_TEXT = ("name", "title", "department", "mobile", "landline", "email")
_CONTACT_KEYS = {"mobile": "mobile_e164", "landline": "landline_e164", "email": "email_domain"}


#: A contact's yes-or-no fields an edit may change.
_CONTACT_FLAGS = ("is_key_person", "opted_out")


def edit_contact(session: Session, contact_id: uuid.UUID, changed: Mapping[str, Any],
                 phone_region: str | None = None) -> uuid.UUID:
    """Write the fields of a contact the user changed (text from CONTACT_TEXT, empty for
    none; `is_key_person`; `opted_out` of messages; `reports_to_id`; `birthday`, a date
    or None), with the matching keys the phones and email give; a field not in `changed`
    is not written. Returns the contact's account."""
    unknown = set(changed) - {*CONTACT_TEXT, *_CONTACT_FLAGS, "reports_to_id", "birthday"}
    if unknown:
        raise ValueError(f"not a contact's field: {', '.join(sorted(unknown))}")
    contact = _live(session, Contact, contact_id, "contact")
    text = {name: (str(value).strip() or None) for name, value in changed.items()
            if name in CONTACT_TEXT}
    refuse_bad_text(**{name: value for name, value in text.items() if value is not None})
    if "name" in text and text["name"] is None:
        raise Refused(tr_noop("A contact needs a name."))
    problem = length_problem("contacts", text)
    if problem is not None:
        raise Refused(problem)
    region = phone_region or PHONE_REGION.get(session)
    # first: its check reads other people, which would flush the rest as an edit apart
    if "reports_to_id" in changed and contact.reports_to_id != changed["reports_to_id"]:
        add_reports_to(session, contact_id, changed["reports_to_id"])
    for name, value in text.items():
        if getattr(contact, name) == value:
            continue  # the same value again is no edit: it must not win a conflict
        setattr(contact, name, value)
        if name in ("mobile", "landline"):
            setattr(contact, _CONTACT_KEYS[name], phone_key(value, region))
        elif name == "email":
            contact.email_domain = email_domain(value)
    for name in _CONTACT_FLAGS:
        if name in changed and getattr(contact, name) != bool(changed[name]):
            setattr(contact, name, bool(changed[name]))
    if "birthday" in changed and contact.birthday != changed["birthday"]:
        problem = birthday_problem(changed["birthday"])
        if problem is not None:
            raise Refused(problem)
        contact.birthday = changed["birthday"]
    session.flush()
    refresh_account(session, _live_account(session, contact.account_id))
    return contact.account_id


def delete_contact(session: Session, contact_id: uuid.UUID) -> uuid.UUID:
    """Tombstone a contact. Their activities stay on the account and keep naming them;
    the links that make them part of the company's map go (their influence both ways,
    their places on deals' decision maps) and whoever reported to them now reports to
    no one. Returns the contact's account."""
    contact = _live(session, Contact, contact_id, "contact")
    contact.deleted = True
    for link in session.scalars(select(ContactInfluence).where(
            or_(ContactInfluence.from_contact_id == contact_id,
                ContactInfluence.to_contact_id == contact_id),
            ContactInfluence.deleted.is_(False))):
        link.deleted = True
    for role in session.scalars(select(DecisionRole).where(
            DecisionRole.contact_id == contact_id, DecisionRole.deleted.is_(False))):
        role.deleted = True
    for report in session.scalars(select(Contact).where(Contact.reports_to_id == contact_id,
                                                        Contact.deleted.is_(False))):
        report.reports_to_id = None
    session.flush()
    refresh_account(session, _live_account(session, contact.account_id))
    return contact.account_id


def update_account_field(session: Session, account_id: uuid.UUID, field: str, raw: str,
                         region: str | None = None) -> Checked:
    """Check and save one basic field typed on the card (a phone without a country code
    read in `region`, by default the workspace's). Nothing is saved on a problem."""
    account = _live_account(session, account_id)
    checked = check_field(field, raw, region or PHONE_REGION.get(session))
    if checked.problem is None:
        setattr(account, field, checked.value)
        for key, value in (checked.derived or {}).items():
            setattr(account, key, value)
        refresh_account(session, account)  # the scale is in the value score
    return checked


def update_custom_fields(session: Session, account_id: uuid.UUID,
                         values: dict[str, Any]) -> list[str]:
    """Merge `values` into the account's service-specific fields; returns problems."""
    account = _live_account(session, account_id)
    merged = {**(account.custom_fields or {}), **values}
    merged = {k: v for k, v in merged.items() if v not in (None, "")}
    problems = validate_custom_fields(account.business_line, merged)
    if not problems:
        account.custom_fields = merged
    return problems


def move_status(session: Session, account_id: uuid.UUID, target: Status,
                reason: str = "") -> MoveCheck:
    """An explicit status action (mark lost, reopen, step back), if its rule allows."""
    refuse_bad_text(lost_reason=reason)
    account = _live_account(session, account_id)
    if target is Status.LOST and not reason.strip():
        return MoveCheck(False, tr_noop("Say why the account was lost."))
    check = check_move(account.status, target, facts_for(session, account_id))
    if check.allowed:
        account.status = target
        account.lost_reason = reason.strip() if target is Status.LOST else None
        refresh_account(session, account)  # reopened: as far as the facts carry it
    return check


def reassign(session: Session, account_id: uuid.UUID, owner_id: uuid.UUID | None,
             today: date) -> int:
    """Give an account to another owner (None: the team pool) with its full history:
    every contact, activity, opportunity, contract and payment moves with it, so it
    arrives whole on the new owner's laptop. Returns how many rows moved."""
    account = _live_account(session, account_id)
    _give(account, owner_id, today)
    return 1 + len(move_family(session, account_id, owner_id, account.team_id))


def reassign_many(session: Session, account_ids: Collection[uuid.UUID],
                  owner_id: uuid.UUID | None, today: date) -> int:
    """`reassign` for many accounts in one go (their families moved a kind at a time,
    team by team); returns how many rows moved, the accounts included."""
    teams: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    with session.no_autoflush:
        for account_id in account_ids:
            account = _live_account(session, account_id)
            _give(account, owner_id, today)
            teams.setdefault(account.team_id, []).append(account_id)
    return sum(len(ids) + move_families(session, ids, owner_id, team)
               for team, ids in teams.items())


def _give(account: Account, owner_id: uuid.UUID | None, today: date) -> None:
    """Give `account` to `owner_id`, as the server records it (crmdesk.server.pool.
    check_account): a new owner's pool clock starts `today`; given to the pool, it keeps
    its day of assignment and notes whom it went from and when, so they wait out the
    cooling-off before claiming it back. The pool fields are the laptop's own copy until
    the server's arrives (never sent)."""
    if account.owner_id == owner_id:
        return
    if owner_id is not None:
        account.assigned_on = today
    elif account.owner_id is not None:
        account.pool_returned_from, account.pool_returned_at = account.owner_id, utcnow()
        account.pool_return_why, account.pool_due_on = Why.RELEASED, None
    account.owner_id = owner_id


def claim(session: Session, account_id: uuid.UUID, user_id: uuid.UUID,
          today: date) -> int:
    """Take an account from the team's public pool, with everything that hangs on it;
    returns how many rows moved, the account included."""
    account = _live_account(session, account_id)
    if account.owner_id is not None:
        raise Refused(tr_noop("Someone already owns this account."))
    role = session.scalar(select(User.role).where(User.id == user_id))
    limited = role is not None and is_claim(role, user_id, None, user_id)
    if limited:
        # the team's limits, as the server checks the push (crmdesk.domain.pool)
        problem = claim_refusal(session, user_id, account, today)
        if problem is not None:
            raise Refused(problem)
    _give(account, user_id, today)
    if limited:  # a rep's claim: counted against their day's limit (a lead's is not)
        account.pool_claimed_by, account.pool_claimed_on = user_id, today
    return 1 + len(move_family(session, account_id, user_id, account.team_id))


def add_reports_to(session: Session, contact_id: uuid.UUID,
                   manager_id: uuid.UUID | None) -> None:
    """Set who a contact reports to (None: nobody). Refuses loops and other companies."""
    contact = _live(session, Contact, contact_id, "contact")
    if manager_id is not None:
        if manager_id == contact_id:
            raise Refused(tr_noop("A person cannot report to themselves."))
        manager = session.get(Contact, manager_id)
        if manager is None or manager.deleted or manager.account_id != contact.account_id:
            raise Refused(tr_noop("Both people must work at the same company."))
        boss: Contact | None = manager
        seen: set[uuid.UUID] = set()
        while boss is not None and boss.reports_to_id is not None and boss.id not in seen:
            seen.add(boss.id)
            if boss.reports_to_id == contact_id:
                raise Refused(Worded(tr_noop("{0} already reports to {1}, directly or "
                                             "through others."), manager.name, contact.name))
            boss = session.get(Contact, boss.reports_to_id)
    contact.reports_to_id = manager_id


def add_influence(session: Session, from_id: uuid.UUID, to_id: uuid.UUID,
                  strength: int) -> uuid.UUID:
    """Record that one contact influences another (strength 1-5), or update the strength."""
    if not 1 <= strength <= 5:
        raise Refused(tr_noop("Influence strength goes from 1 (weak) to 5 (strong)."))
    if from_id == to_id:
        raise Refused(tr_noop("A person cannot influence themselves."))
    source, target = session.get(Contact, from_id), session.get(Contact, to_id)
    if source is None or target is None or source.deleted or target.deleted:
        raise NotFound(tr_noop("One of these people no longer exists."))
    if source.account_id != target.account_id:
        raise Refused(tr_noop("Both people must work at the same company."))
    link = session.scalars(select(ContactInfluence).where(
        ContactInfluence.from_contact_id == from_id, ContactInfluence.to_contact_id == to_id,
        ContactInfluence.deleted.is_(False))).first()
    if link is None:
        link = ContactInfluence(id=uuid.uuid4(), account_id=source.account_id,
                                from_contact_id=from_id, to_contact_id=to_id,
                                owner_id=source.owner_id, team_id=source.team_id)
        session.add(link)
    link.strength = strength
    session.flush()
    return link.id


def find_tag(session: Session, name: str) -> Tag | None:
    """The tag called `name` in any spacing and case (tag_key), removed or not; a tag
    made before ids were derived from names is found by its name."""
    key = tag_key(name)
    tag = session.get(Tag, tag_id_for(name))
    if tag is not None and tag_key(tag.name) == key:
        return tag
    # casefold has no SQL form (SQLite's lower() knows only ASCII); the list is short
    return next((t for t in session.scalars(select(Tag).order_by(Tag.name))
                 if tag_key(t.name) == key), None)


def add_tag(session: Session, account_id: uuid.UUID, name: str) -> uuid.UUID:
    """Tag an account, making the tag on first use (under the first spelling used);
    tagging twice, in any spacing or case, changes nothing."""
    account = _live_account(session, account_id)
    try:
        name = clean_tag_name(name)
    except BadTagName as exc:
        raise Refused(message(exc)) from None
    refuse_bad_text(name=name)  # spacing is collapsed; other control characters stay
    tag = find_tag(session, name)
    if tag is None:
        tag = Tag(id=tag_id_for(name), name=name)
        session.add(tag)
        session.flush()
    elif tag.deleted:
        tag.deleted = False
    link = session.scalars(select(AccountTag).where(
        AccountTag.account_id == account_id, AccountTag.tag_id == tag.id)).first()
    if link is None:
        session.add(AccountTag(id=uuid.uuid5(account_id, tag.id.hex), account_id=account_id,
                               tag_id=tag.id,
                               owner_id=account.owner_id, team_id=account.team_id))
    elif link.deleted:
        link.deleted = False  # one row per account and tag, revived
    session.flush()
    return tag.id


def remove_tag(session: Session, account_id: uuid.UUID, tag_id: uuid.UUID) -> None:
    """Take a tag off an account (the tag itself stays for other accounts)."""
    link = session.scalars(select(AccountTag).where(
        AccountTag.account_id == account_id, AccountTag.tag_id == tag_id,
        AccountTag.deleted.is_(False))).first()
    if link is None:
        raise NotFound(tr_noop("This account does not have that tag."))
    link.deleted = True


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did: the survivor, the record folded into it (now tombstoned), how
    many rows moved to the survivor by table, and each of the survivor's own fields that
    changed, as (before, after)."""

    kept: uuid.UUID
    dropped: uuid.UUID
    moved: dict[str, int]
    changed: dict[str, tuple[Any, Any]]


# The survivor's columns a merge may change (besides what its history derives).
_MERGE_WRITES = (*MERGE_FIELDS, *(key for keys in DERIVED.values() for key in keys),
                 "acquired_on", "channel_id", "batch_id", "custom_fields")


def _move_to_survivor(session: Session, kind: RecordKind, survivor_id: uuid.UUID,
                      dropped_id: uuid.UUID) -> int:
    """Make the dropped account's live rows of `kind` the survivor's, as its declared
    merge rule says; returns how many rows it took."""
    model, columns = kind.model, account_columns(kind)
    rows = session.scalars(select(model).where(
        or_(*(getattr(model, column) == dropped_id for column in columns)),
        model.deleted.is_(False))).all()
    kept: dict[tuple[Any, ...], Any] = {}
    if kind.merge is Merge.DEDUPE and kind.parent is not None:
        # One row per account and key (even a removed one): revive the survivor's row
        # rather than move the duplicate's onto it.
        kept = {tuple(getattr(row, key) for key in kind.merge_key): row
                for row in session.scalars(select(model).where(
                    getattr(model, kind.parent.column) == survivor_id))}
    # one live row a company in `one_per` (its referrer): the survivor's own stays
    taken = kind.one_per is not None and session.scalar(select(model.id).where(
        getattr(model, kind.one_per) == survivor_id, model.deleted.is_(False)).limit(1))
    for row in rows:
        twin = kept.get(tuple(getattr(row, key) for key in kind.merge_key))
        if twin is not None:
            twin.deleted = False
            row.deleted = True
            continue
        if taken and getattr(row, str(kind.one_per)) == dropped_id:
            row.deleted = True
            continue
        for column in columns:
            if getattr(row, column) == dropped_id:
                setattr(row, column, survivor_id)
        if len(columns) > 1 and len({getattr(row, column) for column in columns}) == 1:
            row.deleted = True  # the two were related to each other
    return len(rows)


def merge_accounts(session: Session, survivor_id: uuid.UUID, dropped_id: uuid.UUID, *,
                   choices: Mapping[str, uuid.UUID] | None = None) -> MergeResult:
    """Fold `dropped_id` into `survivor_id`, the record the user chose to keep.

    Every contact, activity, opportunity, contract, payment, tag and relation of the
    dropped account moves to the survivor as its kind's declaration says (store.records:
    moved, kept once per key, or following its deal), with the survivor's owner and
    team; the dropped account is tombstoned. `choices` names, per differing basic field (see
    domain.merge.MERGE_FIELDS), the account whose value the survivor keeps; a field not
    named keeps the proposal (the survivor's value, unless it is empty). The survivor
    keeps the earlier acquisition. Refused, with nothing changed, on a bad choice.
    """
    if survivor_id == dropped_id:
        raise Refused(tr_noop("Choose two different accounts to merge."))
    keep, drop = _live_account(session, survivor_id), _live_account(session, dropped_id)
    survivor, dropped = merge_side(keep), merge_side(drop)
    problem = choice_problem(survivor, dropped, choices or {})
    if problem is not None:
        raise Refused(problem)
    before = {column: getattr(keep, column) for column in _MERGE_WRITES}
    moved = {kind.table: _move_to_survivor(session, kind, survivor_id, dropped_id)
             for kind in RECORDS.values() if kind.merge in (Merge.MOVE, Merge.DEDUPE)}
    session.flush()
    # Everything now on the survivor, the deals' products and decision roles included,
    # takes its owner and team, so it reaches exactly the laptops the survivor does.
    move_family(session, survivor_id, keep.owner_id, keep.team_id)
    picked = sources(survivor, dropped, choices or {})
    for field, source in picked.items():
        if source == dropped_id:
            for column in (field, *DERIVED.get(field, ())):
                setattr(keep, column, getattr(drop, column))
    if first_acquired(survivor, dropped) is dropped:
        keep.acquired_on, keep.channel_id, keep.batch_id = (
            drop.acquired_on, drop.channel_id, drop.batch_id)
    line_from, other = ((drop, keep) if picked.get("business_line") == dropped_id
                        else (keep, drop))
    keep.custom_fields = merged_custom_fields(keep.business_line, line_from.custom_fields or {},
                                              other.custom_fields or {})
    drop.deleted = True
    session.flush()
    _refresh_from_activities(session, keep)
    changed = {column: (old, getattr(keep, column)) for column, old in before.items()
               if getattr(keep, column) != old}
    return MergeResult(survivor_id, dropped_id, moved, changed)
