"""Message templates and opt-outs through the real server over HTTP on PostgreSQL: a
team's template reaches everyone of the team and nobody of another team; the server
refuses a template with an unknown merge field in the laptop's words; a contact's
opt-out syncs and is checked like any field."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.app import message_settings as ms
from crmdesk.app import messages as m
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.messages import MessageChannel, field_problems, template_id
from crmdesk.store.models import Activity, Contact, MessageTemplate
from crmdesk.store.writes import new_account, new_contact
from crmdesk.sync.kinds import known_schema
from tests.message_world import Gateway, gateway  # noqa: F401 - a fixture
from tests.sync_harness import (
    Laptop,
    Server,
    add_people,
    held_ids,
    laptop_context,
    rogue_push,
    viewer_of,
)

BODY = "{{contact.name}}，שלום! 合同 {{contract.end_date}} 到期。"


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_teams_templates_reach_the_team_and_never_another_team(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, ben, lea, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                          for name in ("amy", "ben", "lea", "wes"))
    made = m.save_template(laptop_context(amy), "续约提醒", MessageChannel.SMS, "", BODY).value
    assert made == template_id(ids["East"], "续约提醒")
    mine = m.save_template(laptop_context(wes), "West hello", MessageChannel.EMAIL,
                           "Hi {{company.name}}", "Dear {{contact.name}}").value
    assert amy.sync().refused == 0 and wes.sync().refused == 0
    for laptop in (ben, lea):
        laptop.sync()
        assert held_ids(laptop, MessageTemplate) == {made}
        assert [t.body for t in m.templates(laptop_context(laptop))] == [BODY]
    wes.sync()
    assert held_ids(wes, MessageTemplate) == {mine}  # never East's
    with db.session() as s:
        assert {t.id: t.team_id for t in s.scalars(select(MessageTemplate))} == {
            made: ids["East"], mine: ids["West"]}
    # a rep of the team changes it (it is the team's); the change reaches the others
    m.save_template(laptop_context(ben), "续约提醒", MessageChannel.SMS, "",
                    BODY + " {{owner.name}}")
    assert ben.sync().refused == 0
    amy.sync()
    assert m.template(laptop_context(amy), "续约提醒").body.endswith("{{owner.name}}")
    # a rep of another team may not write the team's template, even past their laptop
    answer = rogue_push(wes, "message_templates", made, {"body": "Hijacked"})
    assert answer["status"] == "refused"
    assert "belongs to another person or team" in answer["reason"]
    for laptop in (amy, ben, lea, wes):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_the_server_refuses_an_unknown_merge_field_in_the_laptops_words(
        server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    made = m.save_template(laptop_context(amy), "Hi", MessageChannel.SMS, "",
                           "Hi {{contact.name}}").value
    assert amy.sync().refused == 0
    # a body changed past the command (an older or altered laptop)
    with amy.store.write.begin() as s:
        s.get_one(MessageTemplate, made).body = "Hi {{contact.nick}}"
    report = amy.sync()
    [laptops_words] = field_problems("Hi {{contact.nick}}")
    assert (report.refused, report.conflicts) == (1, [laptops_words])
    with db.session() as s:
        assert s.get_one(MessageTemplate, made).body == "Hi {{contact.name}}"
    # a new one made that way is refused whole
    bad = template_id(ids["East"], "Bad")
    answer = rogue_push(amy, "message_templates", bad, {
        "name": "Bad", "channel": "email", "subject": "{{deal.amount}}",
        "body": "{{company.nmae}}", "team_id": ids["East"].hex, "owner_id": None})
    assert answer["status"] == "refused"
    assert answer["reason"].startswith("Unknown merge field “{{company.nmae}}”")
    with db.session() as s:
        assert s.get(MessageTemplate, bad) is None
    amy.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_an_opt_out_syncs_and_is_the_owners_to_set(server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    ids = add_people(server)
    amy, lea, wes = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                     for name in ("amy", "lea", "wes"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme 有限公司", owner_id=ids["amy"], team_id=ids["East"])
        ann = new_contact(s, acme, name="Ann", email="ann@acme.test")
    amy.sync()
    assert m.set_opted_out(laptop_context(amy), ann).value == 1
    assert amy.sync().refused == 0
    lea.sync()
    with lea.store.session() as s:
        assert s.get_one(Contact, ann).opted_out is True
    with db.session() as s:
        assert s.get_one(Contact, ann).opted_out is True
    answer = rogue_push(wes, "contacts", ann, {"opted_out": False})
    assert answer["status"] == "refused"
    with db.session() as s:
        assert s.get_one(Contact, uuid.UUID(str(ann))).opted_out is True
    for laptop in (amy, lea, wes):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_an_older_laptop_is_not_sent_templates(server: Server, tmp_path: Path) -> None:
    http, db, _url = server
    add_people(server)
    lea = Laptop(tmp_path, str(http.base_url), "lea", viewer_of(db, "lea"))
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"), first_sync=False)
    amy.client.schema = {k: v for k, v in known_schema().items() if k != "message_templates"}
    m.save_template(laptop_context(lea), "Hi", MessageChannel.SMS, "", "Hi")
    lea.sync()
    amy.sync()
    assert held_ids(amy, MessageTemplate) == set()
    amy.client.schema = known_schema()  # upgraded: the kind it learnt comes
    amy.sync()
    assert len(held_ids(amy, MessageTemplate)) == 1
    for laptop in (lea, amy):
        laptop.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_sent_message_reaches_the_team_as_an_activity(
        server: Server, tmp_path: Path, gateway: Gateway) -> None:  # noqa: F811
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    with amy.store.write.begin() as s:
        acme = new_account(s, name="Acme 有限公司", owner_id=ids["amy"], team_id=ids["East"])
        new_contact(s, acme, name="王芳", mobile="138 0013 8000")
    ctx = laptop_context(amy)
    ms.set_sms(ctx, url=gateway.url)
    m.save_template(ctx, "Hi", MessageChannel.SMS, "", "{{contact.name}}，您好")
    m.queue_messages(ctx, "Hi", account_ids=[acme])
    assert m.deliver(ctx).value.sent == 1
    assert amy.sync().refused == 0
    lea.sync()
    with lea.store.session() as s:
        [archived] = s.scalars(select(Activity).where(Activity.account_id == acme))
        assert (archived.kind, archived.outcome, archived.notes) == (
            ActivityKind.SMS, Outcome.SENT, "王芳，您好")
        assert archived.author_id == ids["amy"]
    for laptop in (amy, lea):
        laptop.close()
