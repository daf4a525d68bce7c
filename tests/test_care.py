"""Care reminders on a real workspace file: the queue's reminders from contracts,
birthdays and first contracts, marked done or dismissed and taken back; a team's
settings (a lead's); the suggested message; a contact's birthday saved and refused;
vCard BDAY both ways; the `crmdesk reminders` command."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import care, people
from crmdesk.app import messages as m
from crmdesk.app.context import Context
from crmdesk.cli import main
from crmdesk.domain.care import NO_YEAR, Band, CareKind, MarkState, mark_id
from crmdesk.domain.contact_cards import Card, card_text, read_cards
from crmdesk.domain.lifecycle import Status
from crmdesk.domain.messages import MessageChannel
from crmdesk.store.care_queries import KindSetting
from crmdesk.store.db import Store
from crmdesk.store.models import Account, CareMark, Contact, Contract, Role, Team, User
from crmdesk.store.queries import user_by_name
from crmdesk.store.refusals import Refused
from crmdesk.store.writes import edit_contact, new_account

TODAY = date.today()  # the CLI's day is the real one


def _ctx(store: Store, username: str = "rep") -> Context:
    with store.session() as s:
        me = user_by_name(s, username)
    assert me is not None
    return Context(store, me, "CN", lambda: TODAY)


def _contract(store: Store, account: uuid.UUID, number: str, signed: date, ends: date
              ) -> uuid.UUID:
    with store.write.begin() as s:
        acc = s.get_one(Account, account)
        row = Contract(account_id=account, owner_id=acc.owner_id, team_id=acc.team_id,
                       number=number, signed_on=signed, amount=100_00, ends_on=ends)
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def cared(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """`world`'s Acme with a contract ending in 10 days (first signed two years ago
    and five days on: its anniversary is due), Ann's birthday in 2 days (no year), and
    a lead of the team."""
    signed = TODAY.replace(year=TODAY.year - 2) + timedelta(days=5)
    world["contract"] = _contract(empty, world["acme"], "C-123", signed,
                                  TODAY + timedelta(days=10))
    with empty.write.begin() as s:
        born = TODAY + timedelta(days=2)
        edit_contact(s, world["ann"], {"birthday": date(NO_YEAR, born.month, born.day)
                                       if (born.month, born.day) != (2, 29)
                                       else date(NO_YEAR, 2, 28)})
        lead = User(username="lead", display_name="Lea Lead", role=Role.LEAD,
                    team_id=world["team"])
        s.add(lead)
    return world


def test_the_reps_reminders_each_kind_overdue_first(empty: Store,
                                                    cared: dict[str, uuid.UUID]) -> None:
    ctx = _ctx(empty)
    rows = care.reminders(ctx)
    assert {r.kind for r in rows} == set(CareKind)
    renewal = next(r for r in rows if r.kind is CareKind.RENEWAL)
    assert renewal.text == f"Renewal: C-123 ends {(TODAY + timedelta(days=10))}"
    assert renewal.band is Band.DUE and renewal.company == "Acme Ltd."
    birthday = next(r for r in rows if r.kind is CareKind.BIRTHDAY)
    assert birthday.contact_id == cared["ann"] and birthday.text.startswith("Birthday: Ann (")
    assert [r.reminder.occurs_on for r in rows] == sorted(r.reminder.occurs_on for r in rows)
    # a kind alone; one coming only when looked further ahead
    assert [r.kind for r in care.reminders(ctx, kinds=[CareKind.RENEWAL])] == [
        CareKind.RENEWAL]
    _contract(empty, cared["acme"], "C-200", TODAY - timedelta(days=400),
              TODAY + timedelta(days=40))
    assert len(care.reminders(ctx, kinds=[CareKind.RENEWAL])) == 1
    assert len(care.reminders(ctx, kinds=[CareKind.RENEWAL], ahead=10)) == 2
    # a lost company's are nobody's work
    with empty.write.begin() as s:
        s.get_one(Account, cared["acme"]).status = Status.LOST
    assert care.reminders(ctx) == []


def test_another_reps_company_brings_no_reminder(empty: Store,
                                                 cared: dict[str, uuid.UUID]) -> None:
    with empty.write.begin() as s:
        other = User(username="other", display_name="Other", team_id=cared["team"])
        s.add(other)
        s.flush()
        theirs = new_account(s, name="Theirs", owner_id=other.id, team_id=cared["team"])
    _contract(empty, theirs, "C-9", TODAY - timedelta(days=30), TODAY + timedelta(days=3))
    assert "C-9" not in " ".join(r.text for r in care.reminders(_ctx(empty)))
    # the team's lead sees both companies' (and may narrow to one rep's)
    lead = _ctx(empty, "lead")
    assert "C-9" in " ".join(r.text for r in care.reminders(lead))
    assert "C-9" not in " ".join(r.text for r in care.reminders(lead, owner=cared["rep"]))


def test_a_reminder_marked_leaves_the_list_once_and_comes_back_when_taken_back(
        empty: Store, cared: dict[str, uuid.UUID]) -> None:
    ctx = _ctx(empty)
    renewal = care.reminders(ctx, kinds=[CareKind.RENEWAL])[0]
    made = care.mark(ctx, renewal, MarkState.DISMISSED).value
    assert made == mark_id(CareKind.RENEWAL, cared["contract"], TODAY + timedelta(days=10))
    assert care.reminders(ctx, kinds=[CareKind.RENEWAL]) == []
    assert [r.id for r in care.reminders(ctx, marked=True)] == [made]
    care.mark(ctx, renewal, MarkState.DONE)  # again: the same row, its state changed
    with empty.session() as s:
        [row] = s.scalars(select(CareMark))
        assert (row.state, row.owner_id, row.team_id) == (MarkState.DONE, cared["rep"],
                                                          cared["team"])
    assert care.unmark(ctx, renewal).value is True
    assert [r.id for r in care.reminders(ctx, kinds=[CareKind.RENEWAL])] == [made]
    # a contract's end moved: a new renewal, not marked
    care.mark(ctx, renewal, MarkState.DONE)
    with empty.write.begin() as s:
        s.get_one(Contract, cared["contract"]).ends_on = TODAY + timedelta(days=20)
    [moved] = care.reminders(ctx, kinds=[CareKind.RENEWAL])
    assert moved.id != made


def test_a_teams_settings_are_its_leads_and_move_the_window(
        empty: Store, cared: dict[str, uuid.UUID]) -> None:
    with pytest.raises(Refused, match="Only a team lead"):
        care.set_setting(_ctx(empty), KindSetting(CareKind.RENEWAL, 5))
    lead = _ctx(empty, "lead")
    with pytest.raises(Refused, match="from 0 to 180"):
        care.set_setting(lead, KindSetting(CareKind.RENEWAL, 400))
    care.set_setting(lead, KindSetting(CareKind.RENEWAL, 5, "续约提醒"))
    assert care.settings(_ctx(empty))[CareKind.RENEWAL] == KindSetting(
        CareKind.RENEWAL, 5, "续约提醒")
    assert care.reminders(_ctx(empty), kinds=[CareKind.RENEWAL]) == []  # 10 days: not yet


def test_the_suggested_message_and_whom_it_goes_to(empty: Store,
                                                   cared: dict[str, uuid.UUID]) -> None:
    ctx = _ctx(empty)
    rows = {r.kind: r for r in care.reminders(ctx)}
    none = care.suggestion(ctx, rows[CareKind.RENEWAL])
    assert none.template is None and "no template “Renewal”" in none.why
    m.save_template(ctx, "Renewal", MessageChannel.EMAIL, "{{company.name}}",
                    "合同 {{contract.end_date}} 到期")
    m.save_template(ctx, "Birthday", MessageChannel.SMS, "", "Happy birthday!")
    found = care.suggestion(ctx, rows[CareKind.RENEWAL])
    assert found.template is not None and found.template.name == "Renewal"
    # Acme has no key person: all its people
    assert set(found.contact_ids) == {cared["ann"], cared["bob"], cared["cat"]}
    birthday = care.suggestion(ctx, rows[CareKind.BIRTHDAY])
    assert birthday.contact_ids == (cared["ann"],) and birthday.template is not None
    queued = m.queue_messages(ctx, birthday.template.name,
                              contact_ids=birthday.contact_ids).value
    assert [p.contact_name for p in queued.planned] == ["Ann"]


def test_a_contacts_birthday_is_saved_as_typed_and_refused_when_no_day(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    ctx = _ctx(empty)
    people.edit_contact(ctx, world["bob"], {"birthday": "12-08"})
    made = people.new_contact(ctx, world["acme"],
                              people.NewContact("Dee", birthday="1985-02-03")).value
    with empty.session() as s:
        assert s.get_one(Contact, world["bob"]).birthday == date(NO_YEAR, 12, 8)
        assert s.get_one(Contact, made).birthday == date(1985, 2, 3)
    for typed, why in (("13-40", "A birthday is a day"),
                       ((TODAY + timedelta(days=1)).isoformat(), "after today")):
        with pytest.raises(Refused, match=why):
            people.edit_contact(ctx, world["bob"], {"birthday": typed})
    with pytest.raises(Refused, match="A birthday is a day"), empty.write.begin() as s:
        edit_contact(s, world["bob"], {"birthday": date(1850, 1, 1)})
    people.edit_contact(ctx, world["bob"], {"birthday": ""})
    with empty.session() as s:
        assert s.get_one(Contact, world["bob"]).birthday is None


@pytest.mark.parametrize(("version", "born", "line"), [
    ("3.0", date(1985, 12, 8), "BDAY:1985-12-08"),
    ("3.0", date(NO_YEAR, 12, 8), "BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-08"),
    ("4.0", date(1985, 12, 8), "BDAY:19851208"),
    ("4.0", date(NO_YEAR, 2, 29), "BDAY:--0229")])
def test_a_birthday_goes_out_and_back_as_a_vcards_bday(version: str, born: date,
                                                       line: str) -> None:
    text = card_text(Card(name="张伟", company="Acme", birthday=born), version)
    assert line in text.split("\r\n")
    [back] = read_cards(text)
    assert isinstance(back, Card) and back.birthday == born and not back.warnings


def test_a_bday_that_is_no_day_is_kept_in_the_notes() -> None:
    [card] = read_cards("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nBDAY;VALUE=text:circa 1800"
                        "\r\nEND:VCARD\r\n")
    assert isinstance(card, Card) and card.birthday is None
    assert "Birthday: circa 1800" in card.notes and "not a day" in card.warnings[0]
    [card] = read_cards("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nBDAY:--1208\r\nEND:VCARD\r\n")
    assert isinstance(card, Card) and card.birthday == date(NO_YEAR, 12, 8)


def test_the_reminders_command_lists_marks_and_takes_back(
        empty: Store, cared: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(empty.path)
    assert main(["--user", "rep", "reminders", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Renewal: C-123" in out and "Birthday: Ann" in out
    assert out.strip().endswith("3 reminder(s): 0 overdue, 3 due.")
    key = next(line.split()[0] for line in out.splitlines() if "C-123" in line)
    assert main(["--user", "rep", "reminders", "--db", str(path), "--dismiss", key]) == 0
    assert "Dismissed: Renewal: C-123" in capsys.readouterr().out
    assert main(["--user", "rep", "reminders", "--db", str(path), "--kind", "renewal"]) == 0
    assert "C-123" not in capsys.readouterr().out
    assert main(["--user", "rep", "reminders", "--db", str(path), "--undo", key]) == 0
    assert main(["--user", "rep", "reminders", "--db", str(path), "--done", "ffffffff"]) == 2
    assert "No care reminder ffffffff" in capsys.readouterr().err
    with empty.session() as s:
        assert s.scalars(select(Team.name)).all() == ["East"]


def test_the_count_says_what_the_list_holds(empty: Store, cared: dict[str, uuid.UUID]
                                            ) -> None:
    """The queue's "N care reminders (M overdue)" is counted in SQL, not from the
    list: it agrees with the list through marks, a renewal settled by a later
    contract, an overdue one, two contracts signed on a company's first day, another
    team's days ahead and a rep's or a lead's scope."""
    ctx, lead = _ctx(empty), _ctx(empty, "lead")

    def agree() -> care.cq.ReminderCount:
        for who in (ctx, lead):
            rows = care.reminders(who)
            counted = care.count(who)
            assert (counted.total, counted.overdue) == (
                len(rows), sum(1 for r in rows if r.band is Band.OVERDUE))
        return care.count(ctx)

    assert agree().total == 3
    # overdue: a contract ended 5 days ago; a company's first day, two contracts
    ended = _contract(empty, cared["acme"], "C-old", TODAY - timedelta(days=300),
                      TODAY - timedelta(days=5))
    with empty.write.begin() as s:
        other = new_account(s, name="Beta", owner_id=cared["rep"], team_id=cared["team"])
    first = TODAY.replace(year=TODAY.year - 3) - timedelta(days=2)
    for number in ("B-1", "B-2"):
        _contract(empty, other, number, first, TODAY + timedelta(days=400))
    assert agree() == care.cq.ReminderCount(5, 2)
    # a later contract signed since the renewals came due settles both
    _contract(empty, cared["acme"], "C-new", TODAY - timedelta(days=20),
              TODAY + timedelta(days=700))
    assert agree() == care.cq.ReminderCount(3, 1)
    # marked: off the count, whichever kind
    for row in care.reminders(ctx)[:2]:
        care.mark(ctx, row, MarkState.DONE)
    assert agree().total == 1
    # the team's days ahead: a renewal 10 days off is not yet due at 5
    care.set_setting(lead, KindSetting(CareKind.RENEWAL, 5))
    agree()
    assert ended  # made above


def test_the_reminders_read_the_month_and_day_indexes(empty: Store) -> None:
    """The people and contracts of a window are found from the indexes on their month
    and day (migration 0028_care_speed): the query names the indexed expression."""
    with empty.session() as s:
        plan = " ".join(str(r) for r in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE birthday IS NOT NULL AND "
            + str(care.cq.month_day(Contact.birthday).compile(
                compile_kwargs={"literal_binds": True})) + " IN ('12-08', '12-09')"))
        assert "ix_contacts_birthday_day" in plan
        plan = " ".join(str(r) for r in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT account_id FROM contracts WHERE "
            + str(care.cq.month_day(Contract.signed_on).compile(
                compile_kwargs={"literal_binds": True})) + " IN ('12-08')"))
        assert "ix_contracts_signed_day" in plan


def test_a_reminders_message_queued_marks_it_done_and_nothing_queued_does_not(
        empty: Store, cared: dict[str, uuid.UUID]) -> None:
    ctx = _ctx(empty)
    m.save_template(ctx, "Birthday", MessageChannel.EMAIL, "Hi", "Happy birthday!")
    [row] = care.reminders(ctx, kinds=[CareKind.BIRTHDAY])
    with empty.write.begin() as s:
        s.get_one(Contact, cared["ann"]).opted_out = True
    nothing = care.send(ctx, row, "Birthday", [cared["ann"]])
    assert nothing.value.to_send == 0 and care.reminders(ctx, kinds=[CareKind.BIRTHDAY])
    with empty.write.begin() as s:
        s.get_one(Contact, cared["ann"]).opted_out = False
    sent = care.send(ctx, row, "Birthday", [cared["ann"]])
    assert sent.value.to_send == 1 and "reminders" in sent.changes.what
    assert care.reminders(ctx, kinds=[CareKind.BIRTHDAY]) == []
    assert [r.id for r in care.reminders(ctx, marked=True)] == [row.id]
