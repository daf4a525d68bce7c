"""Care reminders through the real server over HTTP on PostgreSQL: a reminder dismissed on
one laptop is dismissed on the team's other laptops; marked on two laptops offline it is
one record; the server refuses a mark that does not name its reminder, and a birthday
that is no day, in the laptop's words."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import care
from crmdesk.domain.care import BAD_BIRTHDAY, BAD_MARK, CareKind, MarkState
from crmdesk.store.models import Account, CareMark, Contact, Contract
from crmdesk.store.writes import new_account, new_contact
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    laptop_context,
    rogue_push,
    viewer_of,
)


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_reminder_dismissed_on_one_laptop_is_dismissed_on_the_others(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, lea, ben = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                     for name in ("amy", "lea", "ben"))
    today = laptop_context(amy).today()
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme 有限公司", owner_id=ids["amy"], team_id=ids["East"])
        new_contact(s, acme, name="王芳", mobile="138 0013 8000")
        s.add(Contract(account_id=acme, owner_id=ids["amy"], team_id=ids["East"],
                       number="C-1", signed_on=today - timedelta(days=300), amount=1000,
                       ends_on=today + timedelta(days=12)))
    assert amy.sync().refused == 0
    lea.sync()
    [seen] = care.reminders(laptop_context(lea), kinds=[CareKind.RENEWAL])
    [mine] = care.reminders(laptop_context(amy), kinds=[CareKind.RENEWAL])
    assert seen.id == mine.id  # derived alike on both laptops
    # both mark it while offline: one record, the later state
    care.mark(laptop_context(amy), mine, MarkState.DONE)
    care.mark(laptop_context(lea), seen, MarkState.DISMISSED)
    assert amy.sync().refused == 0 and lea.sync().refused == 0
    amy.sync()
    with db.session() as s:
        [row] = s.scalars(select(CareMark))
        assert row.id == mine.id and row.state is MarkState.DISMISSED
        assert (row.owner_id, row.team_id) == (ids["amy"], ids["East"])
    for laptop in (amy, lea):
        assert care.reminders(laptop_context(laptop), kinds=[CareKind.RENEWAL]) == []
    # another rep of the team holds neither the company nor its mark
    ben.sync()
    with ben.store.session() as s:
        assert s.scalars(select(CareMark)).all() == []
    # taken back on one laptop: back on the others
    care.unmark(laptop_context(lea), seen)
    assert lea.sync().refused == 0
    amy.sync()
    assert [r.id for r in care.reminders(laptop_context(amy), kinds=[CareKind.RENEWAL])] == [
        mine.id]
    for laptop in (amy, lea, ben):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_the_server_refuses_a_mark_not_its_reminders_and_a_birthday_no_day(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme", owner_id=ids["amy"], team_id=ids["East"])
        ann = new_contact(s, acme, name="Ann")
    assert amy.sync().refused == 0
    import uuid

    stray = uuid.uuid4()
    answer = rogue_push(amy, "care_marks", stray, {
        "account_id": acme.hex, "kind": "birthday", "subject_id": ann.hex,
        "occurs_on": "2026-12-08", "state": "done", "marked_on": "2026-12-05",
        "owner_id": ids["amy"].hex, "team_id": ids["East"].hex})
    assert answer["status"] == "refused" and answer["reason"] == BAD_MARK
    answer = rogue_push(amy, "contacts", ann, {"birthday": "1850-01-01"})
    assert answer["status"] == "refused" and answer["reason"] == BAD_BIRTHDAY
    # a good one, a birthday without its year, reaches the server
    with amy.store.write.begin() as s:
        s.get_one(Contact, ann).birthday = date(1604, 12, 8)
    assert amy.sync().refused == 0
    with db.session() as s:
        assert s.get_one(Contact, ann).birthday == date(1604, 12, 8)
        assert s.get(CareMark, stray) is None
        assert s.get_one(Account, acme).name == "Acme"
    amy.close()
