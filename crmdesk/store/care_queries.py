"""Reads and writes behind care reminders (crmdesk.domain.care): the reminders of the
accounts a user works, derived from contracts' end dates, contacts' birthdays and the
first contract's signing day, less those marked done or dismissed; a mark written (its
id derived from the reminder, so one row a reminder whoever marks it); a team's care
settings. Reminders are computed on the laptop only: the server keeps the marks and
settings, never a reminder."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, case, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain import care
from crmdesk.domain.care import Band, CareKind, MarkState, Reminder
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.row_checks import CARE_MARKS, CARE_SETTINGS
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import lines, tr_noop
from crmdesk.store import queries as q
from crmdesk.store import row_facts
from crmdesk.store.models import (
    Account,
    CareMark,
    CareSetting,
    Contact,
    Contract,
    Role,
    Team,
    User,
)
from crmdesk.store.records import length_problem
from crmdesk.store.refusals import Refused

#: The answer to anyone but a lead or an admin changing the team's care settings.
LEADS_SET = tr_noop("Only a team lead (or an administrator) sets the team's care reminders.")
_CHUNK = 500  # SQLite's bound parameters


# ---- a team's settings ----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KindSetting:
    """How one kind of reminder works for a team: days ahead, and the template chosen
    (empty: the one named after the kind)."""

    kind: CareKind
    lead_days: int
    template: str = ""


def default_settings() -> dict[CareKind, KindSetting]:
    return {k: KindSetting(k, care.DEFAULT_LEAD_DAYS[k]) for k in CareKind}


TeamSettings = Mapping[uuid.UUID | None, Mapping[CareKind, KindSetting]]


def team_settings(session: Session, teams: Iterable[uuid.UUID | None]
                  ) -> dict[uuid.UUID | None, dict[CareKind, KindSetting]]:
    """Each team's settings for each kind (the defaults where it set none)."""
    out: dict[uuid.UUID | None, dict[CareKind, KindSetting]] = {}
    ids = {care.setting_id(t, k): (t, k) for t in teams if t is not None for k in CareKind}
    for team in teams:
        out[team] = default_settings()
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids)[start:start + _CHUNK]
        for row in session.scalars(select(CareSetting).where(
                CareSetting.id.in_(chunk), CareSetting.deleted.is_(False))):
            team, kind = ids[row.id]
            out[team][kind] = KindSetting(kind, row.lead_days, row.template or "")
    return out


def set_setting(session: Session, me: Viewer | None, team_id: uuid.UUID | None,
                setting: KindSetting) -> uuid.UUID:
    """Make `setting` team `team_id`'s for its kind (a lead their team's, an admin any
    team's; `me` None: workspace-wide work with no user), checked as the server's push
    checks it."""
    if me is not None and me.role not in (Role.LEAD.value, Role.ADMIN.value):
        raise Refused(LEADS_SET)
    row_id = None if team_id is None else care.setting_id(team_id, setting.kind)
    template = " ".join(setting.template.split())
    values = {"id": row_id, "owner_id": None, "team_id": team_id, "deleted": False,
              "kind": setting.kind, "lead_days": setting.lead_days, "template": template}
    problems = row_facts.problems(session, CARE_SETTINGS, values)
    too_long = length_problem(CARE_SETTINGS, values)
    if problems or too_long:
        raise Refused(lines([*problems, *([too_long] if too_long else [])]))
    assert team_id is not None and row_id is not None  # a row of no team was refused
    row = session.get(CareSetting, row_id)
    if me is not None:
        refusal = may_write(me, None if row is None else (row.owner_id, row.team_id),
                            (None, team_id), leads_only=True)
        if refusal is not None:
            raise Refused(refusal)
    if row is None:
        row = CareSetting(id=row_id, owner_id=None, team_id=team_id, kind=setting.kind)
        session.add(row)
    row.deleted = False
    if row.lead_days != setting.lead_days:
        row.lead_days = setting.lead_days
    if row.template != template:
        row.template = template
    session.flush()
    return row_id


# ---- the reminders --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReminderRow:
    """A reminder as the queue and the CLI show it."""

    reminder: Reminder
    band: Band
    company: str
    owner: str | None
    team_id: uuid.UUID | None
    #: the person a birthday is of (None: a renewal's or anniversary's)
    contact_id: uuid.UUID | None = None

    @property
    def id(self) -> uuid.UUID:
        return self.reminder.id

    @property
    def kind(self) -> CareKind:
        return self.reminder.kind

    @property
    def account_id(self) -> uuid.UUID:
        return self.reminder.account_id

    @property
    def text(self) -> str:
        return self.reminder.text()


def scope(user: q.UserRef, today: date, owner: q.Owner = None) -> Select[Any]:
    """The accounts whose reminders `user` works: a rep their own, a lead their team's
    (one person's, with `owner`), an admin everyone's; never a lost account's."""
    which = (q.QueueFilter.TEAM if user.role in (Role.LEAD, Role.ADMIN)
             else q.QueueFilter.MY_QUEUE)
    return q.queue_select(user, which, today, None, owner).where(
        Account.status != Status.LOST)


def _month_days(start: date, end: date) -> list[str] | None:
    """The "MM-DD" of every day from `start` to `end` (a 28 February brings 29 February:
    a leap-day birthday falls on it in other years); None: every day of the year."""
    if (end - start).days >= 365:
        return None
    days = {(start + timedelta(days=n)).strftime("%m-%d")
            for n in range((end - start).days + 1)}
    if "02-28" in days:
        days.add("02-29")
    return sorted(days)


def _most(settings: TeamSettings, kind: CareKind) -> int:
    return max((s[kind].lead_days for s in settings.values()),
               default=care.DEFAULT_LEAD_DAYS[kind])


def month_day(column: Any) -> Any:
    """A date's month and day ("12-08") as SQLite holds a date (YYYY-MM-DD text): the
    expression migration 0028_care_speed indexes, word for word (its numbers literal,
    not bound: SQLite reads an index on an expression for that expression alone)."""
    return func.substr(column, literal_column("6"), literal_column("5"))


#: A reminder found, with its company's name and team, the company's owner's name and
#: the person a birthday is of.
_Found = tuple[Reminder, str, uuid.UUID | None, str | None, uuid.UUID | None]
#: The subject of a reminder counted, not listed (the count reads none).
_ANY = uuid.UUID(int=0)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one list or count of reminders reads: the accounts in scope, the teams'
    settings, each kind's window (the widest of the teams' days ahead)."""

    today: date
    ahead: int
    kinds: frozenset[CareKind]
    in_scope: Any
    settings: dict[uuid.UUID | None, dict[CareKind, KindSetting]]

    def lead(self, team: uuid.UUID | None, kind: CareKind) -> int:
        return self.settings.get(team, self.settings[None])[kind].lead_days

    def window(self, kind: CareKind) -> tuple[date, date]:
        return care.window(kind, self.today, _most(self.settings, kind), self.ahead)

    def month_days(self, kind: CareKind) -> list[str] | None:
        return _month_days(*self.window(kind))

    def marked(self, kind: CareKind, subject: Any) -> Any:
        """`subject` has a live mark of `kind` in the years of the kind's window."""
        start, end = self.window(kind)
        return subject.in_(select(CareMark.subject_id).where(
            CareMark.kind == kind, CareMark.deleted.is_(False),
            CareMark.occurs_on.between(start.replace(month=1, day=1),
                                       end.replace(month=12, day=31))))


def _reading(session: Session, user: q.UserRef, today: date, ahead: int,
             kinds: Collection[CareKind] | None, owner: q.Owner) -> _Reading:
    # the settings of every team (a handful), not of the teams the accounts are of:
    # finding those read every account in scope
    settings = team_settings(session, [None, *session.scalars(select(Team.id))])
    return _Reading(today, ahead, frozenset(CareKind if kinds is None else kinds),
                    scope(user, today, owner).whereclause, settings)


def _renewed() -> Any:
    """The latest signing of another of the company's contracts signed after this one
    (its renewal, when signed since the renewal came due: crmdesk.domain.care.renewal)."""
    later = aliased(Contract)
    return (select(func.max(later.signed_on))
            .where(later.account_id == Contract.account_id, later.id != Contract.id,
                   later.deleted.is_(False), later.signed_on > Contract.signed_on)
            .correlate(Contract).scalar_subquery())


def _renewals(read: _Reading, *columns: Any) -> Select[Any]:
    """The live contracts in scope ending in the renewals' window (an index on the end)."""
    start, end = read.window(CareKind.RENEWAL)
    return (select(*columns).join(Account, Account.id == Contract.account_id)
            .where(Contract.deleted.is_(False), Contract.ends_on.between(start, end),
                   read.in_scope))


def _born(read: _Reading, *columns: Any) -> Select[Any]:
    """The live people in scope whose birthday's month and day fall in the window (an
    index on the month and day; every birthday, for a window of a year)."""
    query = (select(*columns).join(Account, Account.id == Contact.account_id)
             .where(Contact.deleted.is_(False), Contact.birthday.is_not(None), read.in_scope))
    month_days = read.month_days(CareKind.BIRTHDAY)
    return query if month_days is None else query.where(
        month_day(Contact.birthday).in_(month_days))


def _firsts(read: _Reading, *columns: Any) -> Select[Any]:
    """The live contracts in scope signed on a month and day of the window that are
    their company's first (none of its live contracts signed before): its anniversary."""
    earlier = aliased(Contract)
    query = (select(*columns).join(Account, Account.id == Contract.account_id)
             .where(Contract.deleted.is_(False), read.in_scope, ~select(earlier.id).where(
                 earlier.account_id == Contract.account_id, earlier.deleted.is_(False),
                 earlier.signed_on < Contract.signed_on).exists()))
    month_days = read.month_days(CareKind.ANNIVERSARY)
    return query if month_days is None else query.where(
        month_day(Contract.signed_on).in_(month_days))


def _found(session: Session, read: _Reading, only_marked: bool = False) -> list[_Found]:
    """Every reminder in `read`'s scope, marked or not (`only_marked`: of the subjects
    with a mark in the window's years alone). Each kind reads only the rows whose
    occasion falls in its window: a few thousand for an administrator at 100k
    accounts, not a row of every account."""
    today, ahead = read.today, read.ahead
    holder = aliased(User)
    company = (Account.name, Account.team_id, holder.display_name)
    found: list[_Found] = []

    def named(query: Select[Any], kind: CareKind, subject: Any) -> Select[Any]:
        query = query.outerjoin(holder, holder.id == Account.owner_id)
        return query.where(read.marked(kind, subject)) if only_marked else query

    if CareKind.RENEWAL in read.kinds:
        for contract_id, account_id, number, ends_on, renewed_on, name, team, held in (
                session.execute(named(_renewals(
                    read, Contract.id, Contract.account_id, Contract.number,
                    Contract.ends_on, _renewed(), *company),
                    CareKind.RENEWAL, Contract.id))):
            made = care.renewal(contract_id, account_id, number, ends_on, today,
                                read.lead(team, CareKind.RENEWAL), ahead, renewed_on)
            if made is not None:
                found.append((made, name, team, held, None))

    if CareKind.BIRTHDAY in read.kinds:
        for contact_id, account_id, person, birthday, name, team, held in session.execute(
                named(_born(read, Contact.id, Contact.account_id, Contact.name,
                            Contact.birthday, *company), CareKind.BIRTHDAY, Contact.id)):
            for made in care.birthdays(contact_id, account_id, person, birthday, today,
                                       read.lead(team, CareKind.BIRTHDAY), ahead):
                found.append((made, name, team, held, contact_id))

    if CareKind.ANNIVERSARY in read.kinds:
        seen: set[uuid.UUID] = set()
        for account_id, first_signed, name, team, held in session.execute(named(_firsts(
                read, Contract.account_id, Contract.signed_on, *company),
                CareKind.ANNIVERSARY, Contract.account_id)):
            if account_id in seen:
                continue  # two contracts signed on its first day: one anniversary
            seen.add(account_id)
            for made in care.anniversaries(account_id, name, first_signed, today,
                                           read.lead(team, CareKind.ANNIVERSARY), ahead):
                found.append((made, name, team, held, None))
    return found


def reminders(session: Session, user: q.UserRef, today: date, *, ahead: int = 0,
              kinds: Collection[CareKind] | None = None, owner: q.Owner = None,
              marked: bool = False) -> list[ReminderRow]:
    """The care reminders of the accounts `user` works (`scope`) on `today`: overdue
    ones, due ones and, with `ahead`, those coming due within that many days, overdue
    first (`crmdesk.domain.care.order_key`). Those marked done or dismissed are left
    out (with `marked`: only they are listed)."""
    read = _reading(session, user, today, ahead, kinds, owner)
    found = _found(session, read, only_marked=marked)
    marks = marked_keys(session, [r[0] for r in found])
    rows = [ReminderRow(r, r.band(today), name, held, team, contact)
            for r, name, team, held, contact in found if (r.key in marks) is marked]
    rows.sort(key=lambda row: care.order_key(row.reminder, today, row.company))
    return rows


@dataclass(frozen=True, slots=True)
class ReminderCount:
    """How many reminders a list holds, and how many of them are overdue."""

    total: int
    overdue: int


def count(session: Session, user: q.UserRef, today: date, owner: q.Owner = None
          ) -> ReminderCount:
    """How many care reminders `reminders` lists on `today` (due and overdue, not
    marked), and how many of them are overdue: what the queue says beside an account
    list. The rows are counted in SQL by what decides a reminder (an end date and the
    renewal's signing, a birthday, a first signing; the team), each group judged once
    by the domain's rules; the marked ones (a rep's few, read a row each) are taken
    off."""
    read = _reading(session, user, today, 0, None, owner)
    total = overdue = 0

    def add(made: Reminder | None, n: int) -> None:
        nonlocal total, overdue
        if made is not None:
            total += n
            overdue += n if made.occurs_on < today else 0

    lead = read.lead
    renewals = _renewals(read, Contract.ends_on.label("ends_on"),
                         _renewed().label("renewed_on"), Account.team_id).subquery()
    # a renewal signed before the most days ahead of any team settles none: those
    # group as none (one group a day and team, not one a contract)
    settles = case((renewals.c.renewed_on >= func.date(
        renewals.c.ends_on, f"-{_most(read.settings, CareKind.RENEWAL)} days"),
        renewals.c.renewed_on))
    for ends_on, renewed_on, team, n in session.execute(
            select(renewals.c.ends_on, settles, renewals.c.team_id, func.count())
            .group_by(renewals.c.ends_on, settles, renewals.c.team_id)):
        add(care.renewal(_ANY, _ANY, "", ends_on, today, lead(team, CareKind.RENEWAL), 0,
                         renewed_on), n)
    for birthday, team, n in session.execute(_born(
            read, Contact.birthday, Account.team_id, func.count())
            .group_by(Contact.birthday, Account.team_id)):
        for made in care.birthdays(_ANY, _ANY, "", birthday, today,
                                   lead(team, CareKind.BIRTHDAY)):
            add(made, n)
    for signed, team, n in session.execute(_firsts(
            read, Contract.signed_on, Account.team_id,
            func.count(Contract.account_id.distinct()))
            .group_by(Contract.signed_on, Account.team_id)):
        for made in care.anniversaries(_ANY, "", signed, today,
                                       lead(team, CareKind.ANNIVERSARY)):
            add(made, n)
    # the marked ones, read a row each: of the kinds with a mark in their years alone
    # (most days none: no row read)
    start = min(read.window(k)[0] for k in CareKind).replace(month=1, day=1)
    end = max(read.window(k)[1] for k in CareKind).replace(month=12, day=31)
    with_marks = set(session.scalars(select(CareMark.kind).distinct().where(
        CareMark.occurs_on.between(start, end), CareMark.deleted.is_(False))))
    found = [r[0] for r in _found(session, replace(read, kinds=frozenset(with_marks)),
                                  only_marked=True)] if with_marks else []
    marks = marked_keys(session, found)
    for reminder in found:
        if reminder.key in marks:
            add(reminder, -1)
    return ReminderCount(total, overdue)


def marked_keys(session: Session, found: Collection[Reminder]
                ) -> set[tuple[CareKind, uuid.UUID, str]]:
    """The `key`s of these reminders that are marked done or dismissed (a live mark).
    A mark's id is derived from its key, so the two say the same; the key is compared
    as read, not hashed again a reminder, and the marks read are those of the years
    the reminders fall in (an index on the occasion)."""
    if not found:
        return set()
    first = min(r.occurs_on for r in found).replace(month=1, day=1)
    last = max(r.occurs_on for r in found).replace(month=12, day=31)
    wanted = {r.key for r in found}
    rows = session.execute(select(CareMark.kind, CareMark.subject_id, CareMark.occurs_on)
                           .where(CareMark.occurs_on.between(first, last),
                                  CareMark.deleted.is_(False)))
    return {key for kind, subject, on in rows
            if (key := care.mark_key(kind, subject, on)) in wanted}


# ---- marks ----------------------------------------------------------------------------

def mark(session: Session, reminder: Reminder, state: MarkState, by: uuid.UUID | None,
         today: date) -> uuid.UUID:
    """Mark a reminder done or dismissed (again: its state changes; the same again: no
    edit). The mark takes its company's owner and team, as the company's other records."""
    account = session.get(Account, reminder.account_id)
    if account is None or account.deleted:
        raise Refused(tr_noop("This company no longer exists; nothing was saved."))
    values = {"id": reminder.id, "kind": reminder.kind, "subject_id": reminder.subject_id,
              "occurs_on": reminder.occurs_on, "state": state, "deleted": False}
    problems = row_facts.problems(session, CARE_MARKS, values)
    if problems:
        raise Refused(lines(problems))
    row = session.get(CareMark, reminder.id)
    if row is None:
        row = CareMark(id=reminder.id, account_id=reminder.account_id,
                       owner_id=account.owner_id, team_id=account.team_id,
                       kind=reminder.kind, subject_id=reminder.subject_id,
                       occurs_on=reminder.occurs_on, state=state, marked_on=today,
                       marked_by=by)
        session.add(row)
    elif row.deleted or row.state is not state:
        row.deleted, row.state, row.marked_on, row.marked_by = False, state, today, by
    session.flush()
    return row.id


def unmark(session: Session, mark_id: uuid.UUID) -> bool:
    """Take a mark back: the reminder shows again (False: it was not marked)."""
    row = session.get(CareMark, mark_id)
    if row is None or row.deleted:
        return False
    row.deleted = True
    session.flush()
    return True


# ---- who a reminder's message goes to ------------------------------------------------

def recipients(session: Session, row: ReminderRow) -> list[uuid.UUID]:
    """The people a reminder's message goes to: the birthday's person; for a renewal or
    an anniversary, the company's key people (all its people when none is key)."""
    if row.contact_id is not None:
        return [row.contact_id]
    people = session.execute(
        select(Contact.id, Contact.is_key_person)
        .where(Contact.account_id == row.account_id, Contact.deleted.is_(False))
        .order_by(Contact.is_key_person.desc(), Contact.name, Contact.id)).all()
    keys = [contact_id for contact_id, key in people if key]
    return keys or [contact_id for contact_id, _key in people]
