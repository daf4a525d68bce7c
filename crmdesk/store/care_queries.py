"""Reads and writes behind care reminders (crmdesk.domain.care): the reminders of the
accounts a user works, derived from contracts' end dates, contacts' birthdays and the
first contract's signing day, less those marked done or dismissed; a mark written (its
id derived from the reminder, so one row a reminder whoever marks it); a team's care
settings. Reminders are computed on the laptop only: the server keeps the marks and
settings, never a reminder."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain import care
from crmdesk.domain.care import Band, CareKind, MarkState, Reminder
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.row_checks import CARE_MARKS, CARE_SETTINGS
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.store import queries as q
from crmdesk.store import row_facts
from crmdesk.store.models import Account, CareMark, CareSetting, Contact, Contract, Role, User
from crmdesk.store.records import length_problem
from crmdesk.store.refusals import Refused

#: The answer to anyone but a lead or an admin changing the team's care settings.
LEADS_SET = "Only a team lead (or an administrator) sets the team's care reminders."
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
        raise Refused("\n".join([*problems, *([too_long] if too_long else [])]))
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


def reminders(session: Session, user: q.UserRef, today: date, *, ahead: int = 0,
              kinds: Collection[CareKind] | None = None, owner: q.Owner = None,
              marked: bool = False) -> list[ReminderRow]:
    """The care reminders of the accounts `user` works (`scope`) on `today`: overdue
    ones, due ones and, with `ahead`, those coming due within that many days, overdue
    first (`crmdesk.domain.care.order_key`). Those marked done or dismissed are left
    out (with `marked`: only they are listed)."""
    kinds = frozenset(kinds) if kinds is not None else frozenset(CareKind)
    accounts = scope(user, today, owner).subquery()
    in_scope = Account.id.in_(select(accounts.c.id))
    teams = set(session.scalars(select(Account.team_id).distinct().where(in_scope)))
    settings = team_settings(session, teams)
    holder = aliased(User)
    company = (Account.name, Account.team_id, holder.display_name)
    found: list[tuple[Reminder, str, uuid.UUID | None, str | None, uuid.UUID | None]] = []

    def lead(team: uuid.UUID | None, kind: CareKind) -> int:
        return settings.get(team, default_settings())[kind].lead_days

    if CareKind.RENEWAL in kinds:
        start, end = care.window(CareKind.RENEWAL, today, _most(settings, CareKind.RENEWAL),
                                 ahead)
        rows = session.execute(
            select(Contract.id, Contract.account_id, Contract.number, Contract.ends_on,
                   Contract.signed_on, *company)
            .join(Account, Account.id == Contract.account_id)
            .outerjoin(holder, holder.id == Account.owner_id)
            .where(Contract.deleted.is_(False), Contract.ends_on.between(start, end),
                   in_scope)).all()
        signed: dict[uuid.UUID, list[tuple[date, uuid.UUID]]] = {}
        for account_id, contract_id, on in session.execute(
                select(Contract.account_id, Contract.id, Contract.signed_on).where(
                    Contract.account_id.in_({r[1] for r in rows}),
                    Contract.deleted.is_(False))) if rows else ():
            signed.setdefault(account_id, []).append((on, contract_id))
        for contract_id, account_id, number, ends_on, signed_on, name, team, held in rows:
            if ends_on is None:
                continue  # never: the window's terms hold an end date
            # another contract of the company signed since this one: its renewal
            later = [on for on, other in signed.get(account_id, ())
                     if other != contract_id and on > signed_on]
            made = care.renewal(contract_id, account_id, number, ends_on, today,
                                lead(team, CareKind.RENEWAL), ahead,
                                max(later) if later else None)
            if made is not None:
                found.append((made, name, team, held, None))

    if CareKind.BIRTHDAY in kinds:
        start, end = care.window(CareKind.BIRTHDAY, today,
                                 _most(settings, CareKind.BIRTHDAY), ahead)
        people = (select(Contact.id, Contact.account_id, Contact.name, Contact.birthday,
                         *company)
                  .join(Account, Account.id == Contact.account_id)
                  .outerjoin(holder, holder.id == Account.owner_id)
                  .where(Contact.deleted.is_(False), Contact.birthday.is_not(None), in_scope))
        month_days = _month_days(start, end)
        if month_days is not None:  # a date is stored as YYYY-MM-DD text in SQLite
            people = people.where(func.substr(Contact.birthday, 6, 5).in_(month_days))
        for contact_id, account_id, person, birthday, name, team, held in session.execute(
                people):
            if birthday is None:
                continue  # never: the terms hold a birthday
            for made in care.birthdays(contact_id, account_id, person, birthday, today,
                                       lead(team, CareKind.BIRTHDAY), ahead):
                found.append((made, name, team, held, contact_id))

    if CareKind.ANNIVERSARY in kinds:
        start, end = care.window(CareKind.ANNIVERSARY, today,
                                 _most(settings, CareKind.ANNIVERSARY), ahead)
        first = func.min(Contract.signed_on)
        firsts = (select(Contract.account_id, first, *company)
                  .join(Account, Account.id == Contract.account_id)
                  .outerjoin(holder, holder.id == Account.owner_id)
                  .where(Contract.deleted.is_(False), in_scope)
                  .group_by(Contract.account_id, *company))
        month_days = _month_days(start, end)
        if month_days is not None:
            firsts = firsts.having(func.substr(first, 6, 5).in_(month_days))
        for account_id, first_signed, name, team, held in session.execute(firsts):
            for made in care.anniversaries(account_id, name, first_signed, today,
                                           lead(team, CareKind.ANNIVERSARY), ahead):
                found.append((made, name, team, held, None))

    marks = marked_ids(session, [r[0].id for r in found])
    rows_out = [ReminderRow(r, r.band(today), name, held, team, contact)
                for r, name, team, held, contact in found
                if (r.id in marks) is marked]
    rows_out.sort(key=lambda row: care.order_key(row.reminder, today, row.company))
    return rows_out


def marked_ids(session: Session, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """Those of these reminders marked done or dismissed (a live mark)."""
    wanted = list(ids)
    out: set[uuid.UUID] = set()
    for start in range(0, len(wanted), _CHUNK):
        out.update(session.scalars(select(CareMark.id).where(
            CareMark.id.in_(wanted[start:start + _CHUNK]), CareMark.deleted.is_(False))))
    return out


# ---- marks ----------------------------------------------------------------------------

def mark(session: Session, reminder: Reminder, state: MarkState, by: uuid.UUID | None,
         today: date) -> uuid.UUID:
    """Mark a reminder done or dismissed (again: its state changes; the same again: no
    edit). The mark takes its company's owner and team, as the company's other records."""
    account = session.get(Account, reminder.account_id)
    if account is None or account.deleted:
        raise Refused("This company no longer exists; nothing was saved.")
    values = {"id": reminder.id, "kind": reminder.kind, "subject_id": reminder.subject_id,
              "occurs_on": reminder.occurs_on, "state": state, "deleted": False}
    problems = row_facts.problems(session, CARE_MARKS, values)
    if problems:
        raise Refused("\n".join(problems))
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
