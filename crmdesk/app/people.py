"""Commands on an account's people: add, edit and remove a contact, make them a key
person or not, say who reports to or influences whom."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, CONTACTS, DEALS, QUEUE, Changes, Done
from crmdesk.app.checks import details_problems, refuse
from crmdesk.app.context import Context
from crmdesk.domain.care import parse_birthday
from crmdesk.domain.words import message, tr_noop
from crmdesk.store import writes


@dataclass(frozen=True, slots=True)
class NewContact:
    name: str
    title: str = ""
    department: str = ""
    mobile: str = ""
    landline: str = ""
    email: str = ""
    #: as typed: "1985-12-08", or "12-08" when the year is not known
    birthday: str = ""


def _birthday_problems(typed: str, today: date | None) -> list[str]:
    try:
        parse_birthday(typed, today)
    except ValueError as exc:
        return [message(exc)]
    return []


def contact_problems(person: NewContact, region: str, today: date | None = None
                     ) -> list[str]:
    """What stops `person` being saved, besides a missing name (the store's rule); with
    `today`, a birthday after it too."""
    return details_problems({"title": person.title, "department": person.department,
                             "mobile": person.mobile, "landline": person.landline,
                             "email": person.email},
                            [person.mobile, person.landline], person.email, region
                            ) + _birthday_problems(person.birthday, today)


def new_contact(ctx: Context, account_id: uuid.UUID, person: NewContact) -> Done[uuid.UUID]:
    """Add a person to an account; Refused with every problem of their details."""
    region = ctx.region
    refuse(contact_problems(person, region, ctx.today()))
    birthday = parse_birthday(person.birthday)
    contact_id = write(ctx, lambda s: writes.new_contact(
        s, account_id, name=person.name, mobile=person.mobile or None,
        landline=person.landline or None, email=person.email or None, phone_region=region,
        title=person.title or None, department=person.department or None,
        **({"birthday": birthday} if birthday is not None else {})))
    return Done(contact_id, Changes.of({account_id}, ACCOUNT, QUEUE, CONTACTS, ACTIVITIES))


def edit_problems(changed: Mapping[str, Any], region: str, today: date | None = None
                  ) -> list[str]:
    """What stops the changed fields of a contact being saved: the same checks as a new
    contact's, on the fields the user changed (the others were accepted before)."""
    text = {name: str(value) for name, value in changed.items() if name in writes.CONTACT_TEXT}
    problems = [] if text.get("name", "x").strip() else [tr_noop("A contact needs a name.")]
    birthday = changed.get("birthday")
    person = NewContact(text.get("name", ""), text.get("title", ""),
                        text.get("department", ""), text.get("mobile", ""),
                        text.get("landline", ""), text.get("email", ""),
                        birthday if isinstance(birthday, str) else "")
    return problems + contact_problems(person, region, today)


def _people(account_id: uuid.UUID) -> Changes:
    # a person's name shows on the card, the graph, the timeline's entries and the
    # deals' decision maps; the key people count in the value score
    return Changes.of({account_id}, ACCOUNT, QUEUE, CONTACTS, ACTIVITIES, DEALS)


def edit_contact(ctx: Context, contact_id: uuid.UUID, changed: Mapping[str, Any]
                 ) -> Done[uuid.UUID]:
    """Save the fields of a contact the user changed, and only those: text fields by
    name (`writes.CONTACT_TEXT`, empty for none), `is_key_person`, `reports_to_id`.
    A `birthday` may be given as typed ("1985-12-08", "12-08", empty for none) or as a
    date. Refused with every problem, one a line; the value is the contact's account."""
    region = ctx.region
    refuse(edit_problems(changed, region, ctx.today()))
    if isinstance(changed.get("birthday"), str):
        changed = {**changed, "birthday": parse_birthday(changed["birthday"])}
    account_id = write(ctx, lambda s: writes.edit_contact(s, contact_id, changed, region),
                       ("contacts", contact_id))
    return Done(account_id, _people(account_id))


def set_key_person(ctx: Context, contact_id: uuid.UUID, key: bool) -> Done[uuid.UUID]:
    """Make a contact a key person of their company, or not."""
    return edit_contact(ctx, contact_id, {"is_key_person": key})


def delete_contact(ctx: Context, contact_id: uuid.UUID) -> Done[uuid.UUID]:
    """Remove a contact (a synced delete). Their activities stay on the account with
    their name; their links on the company's map and deals go. The value is the
    account."""
    account_id = write(ctx, lambda s: writes.delete_contact(s, contact_id),
                       ("contacts", contact_id))
    return Done(account_id, _people(account_id))


REPORTS_TO = "reports_to"
INFLUENCES = "influence"


def link_people(ctx: Context, account_id: uuid.UUID, source: uuid.UUID, target: uuid.UUID,
                relation: str, strength: int = 3) -> Done[None]:
    """`source` reports to `target` (REPORTS_TO), or influences them with `strength`."""
    if relation == REPORTS_TO:
        write(ctx, lambda s: writes.add_reports_to(s, source, target), ("contacts", source))
    else:
        write(ctx, lambda s: writes.add_influence(s, source, target, strength),
              ("contacts", source))
    return Done(None, Changes.of({account_id}, CONTACTS))
