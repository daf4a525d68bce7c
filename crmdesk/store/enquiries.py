"""The laptop's reads about web enquiries: which of the accounts a sync brought are new
leads from the website for the signed-in rep (an enquiry's activity names itself:
crmdesk.domain.intake.ENQUIRY_HEADING)."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.intake import ENQUIRY_HEADING
from crmdesk.domain.lifecycle import Status
from crmdesk.store.models import Account, Activity

_CHUNK = 500


def new_web_leads(session: Session, account_ids: Collection[uuid.UUID],
                  owner_id: uuid.UUID) -> list[str]:
    """The names of the leads among `account_ids` that `owner_id` owns and that came
    from a web enquiry (an activity by no author noting one), by name."""
    ids = list(account_ids)
    names: set[tuple[str, uuid.UUID]] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        names.update(session.execute(
            select(Account.name, Account.id).join(Activity, Activity.account_id == Account.id)
            .where(Account.id.in_(chunk), Account.owner_id == owner_id,
                   Account.status == Status.LEAD, Account.deleted.is_(False),
                   Activity.author_id.is_(None), Activity.deleted.is_(False),
                   Activity.notes.startswith(ENQUIRY_HEADING, autoescape=True))).all())
    return [name for name, _ in sorted(names)]
