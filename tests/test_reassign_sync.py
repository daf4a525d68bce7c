"""Accounts a lead gives away on their laptop, several at once, travel through the real
server: they leave the old owner's laptop and arrive whole on the new owner's, and the
server accepts what the laptop accepted (and the laptop refuses what it would not); one
given to the pool is a release from its owner, whose claim back waits."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app.accounts import claim, reassign_many
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.store import queries as q
from crmdesk.store.models import Account, Activity, Contact
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.store.writes import ActivityInput, log_activity, new_account, new_contact
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    held_ids,
    laptop_context,
    viewer_of,
)


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_accounts_a_lead_gives_away_leave_the_old_owner_and_reach_the_new_one(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, ben, lea, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                          for name in ("amy", "ben", "lea", "wes"))
    accounts: list[uuid.UUID] = []
    contacts: set[uuid.UUID] = set()
    activities: set[uuid.UUID] = set()
    with amy.store.write.begin() as s:
        for name in ("Harbor Freight Ltd", "Quay Logistics Ltd", "Stays With Amy Ltd"):
            account = new_account(s, name=name, owner_id=ids["amy"], team_id=ids["East"])
            person = new_contact(s, account, name=f"Buyer at {name}", mobile="13800001111")
            activities.add(log_activity(s, account, ids["amy"], ActivityInput(
                ActivityKind.CALL, Outcome.REACHED, "Asked for a quote",
                contact_id=person)))
            accounts.append(account)
            contacts.add(person)
    with wes.store.write.begin() as s:
        west = new_account(s, name="Westward Ltd", owner_id=ids["wes"], team_id=ids["West"])
    for laptop in (amy, wes, lea, ben):
        laptop.sync()
    moving, staying = accounts[:2], accounts[2]
    assert set(accounts) <= held_ids(lea, Account) and not held_ids(ben, Account) & set(
        accounts)

    done = reassign_many(laptop_context(lea), moving, ids["ben"])
    assert done.value.accounts == 2 and done.value.rows >= 2 * 3
    report = lea.sync()
    assert report.pushed > 0 and lea.pending() == 0
    amy.sync()
    ben.sync()
    held_by_amy = held_ids(amy, Account)
    assert staying in held_by_amy and not held_by_amy & set(moving)  # gone from hers
    assert not held_ids(amy, Contact) & contacts - _of(amy, staying, Contact)
    assert set(moving) <= held_ids(ben, Account)  # arrived on his, with their history
    assert _of(ben, moving[0], Contact) | _of(ben, moving[1], Contact) <= held_ids(ben, Contact)
    assert len(held_ids(ben, Contact) & contacts) == 2
    assert len(held_ids(ben, Activity) & activities) == 2
    with ben.store.session() as s:
        assert {s.get(Account, a).owner_id for a in moving} == {ids["ben"]}  # type: ignore[union-attr]

    # to the team's pool: every rep of the team sees them again, owned by no one
    reassign_many(laptop_context(lea), [moving[0]], None)
    lea.sync()
    amy.sync()
    ben.sync()
    for laptop in (amy, ben):
        assert moving[0] in held_ids(laptop, Account)
        with laptop.store.session() as s:
            pooled = s.get(Account, moving[0])
            assert pooled is not None and pooled.owner_id is None
    assert moving[1] not in held_ids(amy, Account)
    # a release from ben, as his own would be: on its timeline, and his claim back waits
    with ben.store.session() as s:
        assert q.timeline(s, moving[0])[0].notes == "Given to the team pool from ben by lea."
    with pytest.raises(Refused, match="claim it again from"):
        claim(laptop_context(ben), moving[0])

    # a rep is refused on the laptop, in the server's words, and nothing waits to go
    with pytest.raises(Refused, match="another person or team"):
        reassign_many(laptop_context(amy), [staying], ids["ben"])
    assert amy.pending() == 0
    # another team's account is not on the lead's laptop: nothing to give (a workspace
    # that holds one refuses it in the server's words: tests/test_queue_owner.py)
    assert west not in held_ids(lea, Account)
    with pytest.raises(NotFound):
        reassign_many(laptop_context(lea), [west], ids["ben"])
    for laptop in (amy, ben, lea, wes):
        laptop.close()


def _of(laptop: Laptop, account_id: uuid.UUID, model: type[Contact]) -> set[uuid.UUID]:
    """The rows of `model` the laptop holds for one account."""
    with laptop.store.session() as s:
        return set(s.scalars(select(model.id).where(model.account_id == account_id,
                                                    model.deleted.is_(False))))
