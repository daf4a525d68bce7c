"""The open follow-ups and tasks of one person, as calendar items (crmdesk.domain
.calendar): read by the laptop for a .ics file and by the server for its feed, the same
query on SQLite and PostgreSQL (the server adds its scope condition, `seen`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.calendar import CalendarItem, ItemKind, Person
from crmdesk.domain.lifecycle import Status
from crmdesk.store.models import Account, Activity, Contact, ServiceTask

#: A scope condition on a row's (owner, team) columns and its company's service owner.
Seen = Callable[[Any, Any, Any], ColumnElement[bool]]
#: Account ids asked about in one statement.
_CHUNK = 500


def calendar_items(session: Session, user_id: uuid.UUID | None,
                   seen: Seen | None = None) -> list[CalendarItem]:
    """`user_id`'s open follow-ups (the next follow-up dates of the live accounts they
    own that are still pursued) and open tasks (onboarding tasks assigned to them, not
    done), by day; `user_id` None: everyone's in the workspace. `seen` narrows both to
    the rows a viewer may see (the server's scope rule), so a feed never shows more
    than a pull would."""
    a, t = Account, ServiceTask
    follow = (select(a.id, a.name, a.next_follow_up_on, a.updated_at)
              .where(a.deleted.is_(False), a.next_follow_up_on.is_not(None),
                     a.status != Status.LOST,
                     true() if user_id is None else a.owner_id == user_id,
                     true() if seen is None else seen(a.owner_id, a.team_id,
                                                      a.service_owner_id)))
    tasks = (select(t.id, t.title, t.due_on, t.updated_at, a.id, a.name)
             .join(a, a.id == t.account_id)
             .where(t.deleted.is_(False), t.done_on.is_(None), a.deleted.is_(False),
                    true() if user_id is None else t.assignee_id == user_id,
                    true() if seen is None else seen(t.owner_id, t.team_id,
                                                     a.service_owner_id)))
    follow_rows = session.execute(follow).all()
    task_rows = session.execute(tasks).all()
    people = item_people(session, {row[0] for row in follow_rows} | {row[4] for row in task_rows})
    items = [CalendarItem(ItemKind.FOLLOW_UP, account_id, day, name,
                          person=people.get(account_id), changed_at=changed)
             for account_id, name, day, changed in follow_rows if day is not None]
    items += [CalendarItem(ItemKind.TASK, task_id, due, name, title=title,
                           person=people.get(account_id), changed_at=changed)
              for task_id, title, due, changed, account_id, name in task_rows]
    return sorted(items, key=lambda item: (item.day, item.account, item.kind.value,
                                           str(item.record_id)))


def chosen_person(account_id: Any) -> ColumnElement[Any]:
    """The id of the person an account's items are with (`item_people`'s rule) as SQL,
    correlated with `account_id`, the account column of the query it is part of: a look
    of a few index entries an account, so a query of a few thousand accounts joins their
    people at once (crmdesk.store.agenda_queries) instead of reading every activity and
    contact of them."""
    named, first = aliased(Contact), aliased(Contact)
    newest = (select(Activity.contact_id)
              .join(named, and_(named.id == Activity.contact_id, named.deleted.is_(False)))
              .where(Activity.account_id == account_id, Activity.deleted.is_(False))
              .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(1)
              .scalar_subquery())
    fallback = (select(first.id)
                .where(first.account_id == account_id, first.deleted.is_(False))
                .order_by(first.is_key_person.desc(), first.name, first.id).limit(1)
                .scalar_subquery())
    return func.coalesce(newest, fallback)


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def item_people(session: Session, account_ids: set[uuid.UUID]) -> dict[uuid.UUID, Person]:
    """The person each account's items are with: whom its newest activity naming
    someone was with (the follow-up it set is with them), else its first key person,
    else its first contact by name. (`chosen_person` is the same rule in SQL, for a
    query of the accounts themselves; a test holds the two together.)"""
    chosen: dict[uuid.UUID, uuid.UUID] = {}
    found: dict[uuid.UUID, Person] = {}
    for chunk in _chunks(account_ids):
        ranked = (select(Activity.account_id, Activity.contact_id,
                         func.row_number().over(partition_by=Activity.account_id,
                                                order_by=(Activity.occurred_at.desc(),
                                                          Activity.id.desc())).label("n"))
                  .join(Contact, and_(Contact.id == Activity.contact_id,
                                      Contact.deleted.is_(False)))
                  .where(Activity.account_id.in_(chunk), Activity.deleted.is_(False))
                  .subquery())
        chosen.update((account_id, contact_id) for account_id, contact_id in session.execute(
            select(ranked.c.account_id, ranked.c.contact_id).where(ranked.c.n == 1)))
        # every contact of these companies, with what an item shows of them: the
        # fallback choice and the people the activities chose, read at once
        for account_id, contact_id, name, title, mobile, landline, email in session.execute(
                select(Contact.account_id, Contact.id, Contact.name, Contact.title,
                       Contact.mobile, Contact.landline, Contact.email)
                .where(Contact.account_id.in_(chunk), Contact.deleted.is_(False))
                .order_by(Contact.account_id, Contact.is_key_person.desc(), Contact.name,
                          Contact.id)):
            chosen.setdefault(account_id, contact_id)
            found[contact_id] = Person(name, title, mobile, landline, email)
    # a person an activity names who has since moved to another company
    for chunk in _chunks(set(chosen.values()) - set(found)):
        for contact_id, name, title, mobile, landline, email in session.execute(
                select(Contact.id, Contact.name, Contact.title, Contact.mobile,
                       Contact.landline, Contact.email).where(Contact.id.in_(chunk))):
            found[contact_id] = Person(name, title, mobile, landline, email)
    return {account_id: found[contact_id] for account_id, contact_id in chosen.items()
            if contact_id in found}
