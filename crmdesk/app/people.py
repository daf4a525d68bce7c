"""Commands on an account's people: add a contact, say who reports to or influences
whom."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, CONTACTS, QUEUE, Changes, Done
from crmdesk.app.checks import details_problems, refuse
from crmdesk.app.context import Context
from crmdesk.store import writes


@dataclass(frozen=True, slots=True)
class NewContact:
    name: str
    title: str = ""
    department: str = ""
    mobile: str = ""
    landline: str = ""
    email: str = ""


def contact_problems(person: NewContact, region: str) -> list[str]:
    """What stops `person` being saved, besides a missing name (the store's rule)."""
    return details_problems({"title": person.title, "department": person.department,
                             "mobile": person.mobile, "landline": person.landline,
                             "email": person.email},
                            [person.mobile, person.landline], person.email, region)


def new_contact(ctx: Context, account_id: uuid.UUID, person: NewContact) -> Done[uuid.UUID]:
    """Add a person to an account; Refused with every problem of their details."""
    region = ctx.region
    refuse(contact_problems(person, region))
    contact_id = write(ctx, lambda s: writes.new_contact(
        s, account_id, name=person.name, mobile=person.mobile or None,
        landline=person.landline or None, email=person.email or None, phone_region=region,
        title=person.title or None, department=person.department or None))
    return Done(contact_id, Changes.of({account_id}, ACCOUNT, QUEUE, CONTACTS, ACTIVITIES))


REPORTS_TO = "reports_to"
INFLUENCES = "influence"


def link_people(ctx: Context, account_id: uuid.UUID, source: uuid.UUID, target: uuid.UUID,
                relation: str, strength: int = 3) -> Done[None]:
    """`source` reports to `target` (REPORTS_TO), or influences them with `strength`."""
    if relation == REPORTS_TO:
        write(ctx, lambda s: writes.add_reports_to(s, source, target))
    else:
        write(ctx, lambda s: writes.add_influence(s, source, target, strength))
    return Done(None, Changes.of({account_id}, CONTACTS))
