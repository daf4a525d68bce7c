"""Full-text search over a real workspace, and the triggers that keep it current."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from crmdesk.domain.account_fields import place
from crmdesk.domain.lifecycle import Status
from crmdesk.store.db import Store
from crmdesk.store.models import Account, AccountTag, Contact, Tag, Team, User
from crmdesk.store.queries import search
from crmdesk.store.writes import new_account, new_contact


def _titles(store: Store, text: str, limit: int = 20) -> list[str]:
    with store.session() as session:
        return [h.title for h in search(session, text, limit)]


def _setup(store: Store) -> dict[str, object]:
    with store.session.begin() as session:
        team = Team(name="East")
        session.add(team)
        session.flush()
        rep = User(username="rep", display_name="Rep", team_id=team.id)
        session.add(rep)
        session.flush()
        acme = new_account(session, name="Acme Trading Co., Ltd.", owner_id=rep.id,
                           team_id=team.id, website="https://www.acmetrade.cn",
                           phone="021-6234 5678")
        tengfei = new_account(session, name="深圳市腾飞科技有限公司", owner_id=rep.id,
                              team_id=team.id)
        new_contact(session, acme, name="Li Wei", mobile="138 1234 5678",
                    email="li.wei@acmetrade.cn")
        new_contact(session, tengfei, name="王芳", mobile="+86 139 8765 4321",
                    email="wangfang@qq.com")
        tag = Tag(name="Trade show 2026")
        session.add(tag)
        session.flush()
        session.add(AccountTag(account_id=tengfei, tag_id=tag.id, owner_id=rep.id,
                               team_id=team.id))
        return {"acme": acme, "tengfei": tengfei, "tag": tag.id, "team": team.id}


def test_finds_by_every_kind_of_key(empty: Store) -> None:
    _setup(empty)
    # the name ranks above a colleague whose email domain starts the same way
    assert _titles(empty, "acme") == ["Acme Trading Co., Ltd.", "Li Wei"]
    assert _titles(empty, "acmetrade.cn") == ["Acme Trading Co., Ltd.", "Li Wei"]
    assert _titles(empty, "acm tra") == ["Acme Trading Co., Ltd."]  # prefixes as you type
    assert _titles(empty, "ＡＣＭＥ") == _titles(empty, "acme")  # full-width input
    assert _titles(empty, "腾飞") == ["深圳市腾飞科技有限公司"]  # inside a Chinese name
    assert _titles(empty, "科技") == ["深圳市腾飞科技有限公司"]
    assert _titles(empty, "li wei") == ["Li Wei"]
    assert _titles(empty, "王芳") == ["王芳"]
    assert sorted(_titles(empty, "5678")) == ["Acme Trading Co., Ltd.", "Li Wei"]
    assert _titles(empty, "4321") == ["王芳"]  # last four digits
    assert _titles(empty, "65 4321") == ["王芳"]  # trailing digits typed with a space
    assert _titles(empty, "+86 139 8765") == ["王芳"]  # E.164 prefix of a national number
    assert _titles(empty, "139 8765 4321") == ["王芳"]
    assert _titles(empty, "wangfang@qq") == ["王芳"]
    assert _titles(empty, "trade show") == ["深圳市腾飞科技有限公司"]  # by tag
    assert _titles(empty, "nothing-like-this") == []
    assert _titles(empty, "") == []


def test_contact_hit_names_its_company(empty: Store) -> None:
    _setup(empty)
    with empty.session() as session:
        (hit,) = search(session, "li wei")
    assert hit.kind == "contact"
    assert "Acme Trading Co., Ltd." in hit.detail and "138 1234 5678" in hit.detail


def test_index_follows_renames_deletes_moves_and_tags(empty: Store) -> None:
    ids = _setup(empty)
    with empty.session.begin() as session:
        session.execute(update(Account).where(Account.id == ids["acme"])
                        .values(name="Globex Corporation"))
    assert _titles(empty, "acme tr") == []
    assert _titles(empty, "globex") == ["Globex Corporation"]

    with empty.session.begin() as session:
        contact = session.scalars(select(Contact).where(Contact.name == "Li Wei")).one()
        contact.account_id = ids["tengfei"]  # type: ignore[assignment]
    with empty.session() as session:
        (hit,) = search(session, "li wei")
    assert hit.account_id == ids["tengfei"] and "腾飞" in hit.detail

    with empty.session.begin() as session:
        session.execute(update(Tag).where(Tag.id == ids["tag"]).values(name="Expo"))
    assert _titles(empty, "trade show") == []
    assert _titles(empty, "expo") == ["深圳市腾飞科技有限公司"]

    with empty.session.begin() as session:
        session.execute(update(AccountTag).values(deleted=True))
    assert _titles(empty, "expo") == []

    with empty.session.begin() as session:  # a tombstone hides the account and keeps its row
        session.execute(update(Account).where(Account.id == ids["tengfei"]).values(deleted=True))
    assert _titles(empty, "腾飞") == []
    with empty.session.begin() as session:
        session.execute(update(Account).where(Account.id == ids["tengfei"]).values(deleted=False))
    assert _titles(empty, "腾飞") == ["深圳市腾飞科技有限公司"]


def test_seeded_workspace_search_hits_are_relevant(seeded: Store) -> None:
    with seeded.session() as session:
        name = session.scalar(select(Account.name).where(Account.name.like("% %")).limit(1))
        assert name is not None
        first_word = name.split()[0]
        hits = search(session, first_word)
        assert hits and all(first_word.lower() in (h.title + " " + h.detail).lower()
                            or h.kind == "account" for h in hits)
        assert name in [h.title for h in search(session, name)]
        mobile = session.scalar(select(Contact.mobile).limit(1))
        assert mobile is not None
        digits = "".join(c for c in mobile if c.isdigit())
        hits = search(session, digits[-4:], limit=200)
        assert any(mobile == session.get(Contact, h.ref_id).mobile  # type: ignore[union-attr]
                   for h in hits if h.kind == "contact")


def test_a_phone_ending_ranks_above_an_email_that_starts_with_the_digits(empty: Store) -> None:
    """A rep who types digits recalls the end of a phone number; a QQ-style address that
    merely starts with them comes after, however rare it is and however short its
    document (either ranked it first by text relevance alone)."""
    ids = _setup(empty)
    with empty.session.begin() as session:
        new_contact(session, ids["acme"], name="Mailbox",  # type: ignore[arg-type]
                    email="24681357@qq.com")
        for n, name in enumerate(("Zhao Lei", "Qian Hui", "Sun Yue")):
            new_contact(session, ids["tengfei"], name=name,  # type: ignore[arg-type]
                        mobile=f"+86 137 000{n} 2468", landline=f"0755 8888 12{n}4",
                        email=f"{name.split()[0].lower()}@tengfei-technology.example.com")
    titles = _titles(empty, "2468")
    assert sorted(titles[:3]) == ["Qian Hui", "Sun Yue", "Zhao Lei"]
    assert titles[3:] == ["Mailbox"]
    assert _titles(empty, "2468", limit=1)[0] != "Mailbox"
    assert _titles(empty, "00 2468") == ["Zhao Lei"]  # typed as a phone is written
    assert _titles(empty, "2468135") == ["Mailbox"]  # what only the address holds


def test_hits_say_owner_status_and_city_to_tell_look_alikes_apart(empty: Store) -> None:
    ids = _setup(empty)
    with empty.session.begin() as session:
        team = session.get(Team, ids["team"])
        assert team is not None
        other = User(username="wang", display_name="Wang Min", team_id=team.id)
        session.add(other)
        session.flush()
        beijing = new_account(session, name="Acme Trading Co., Ltd.", owner_id=other.id,
                              team_id=team.id, address="北京市朝阳区建国路88号")
        pool = new_account(session, name="Acme Trading Group", owner_id=None,
                           team_id=team.id, region="Hangzhou")
        session.execute(update(Account).where(Account.id == beijing)
                        .values(status=Status.POTENTIAL.value))
        new_contact(session, pool, name="Acme Buyer", email="buyer@acme-group.example")
    with empty.session() as session:
        hits = {(h.kind, h.account_id): h for h in search(session, "acme trad")}
        contact = next(h for h in search(session, "acme buyer") if h.kind == "contact")
    first, second = hits["account", ids["acme"]], hits["account", beijing]
    assert (first.owner, first.status, first.place) == ("Rep", Status.LEAD, None)
    assert (second.owner, second.status, second.place) == ("Wang Min", Status.POTENTIAL,
                                                           "北京市")
    third = hits["account", pool]
    assert (third.owner, third.status, third.place) == (None, Status.LEAD, "Hangzhou")
    # a person's hit says the same of their company, beside the company's name
    assert (contact.company, contact.owner, contact.status, contact.place) == (
        "Acme Trading Group", None, Status.LEAD, "Hangzhou")


@pytest.mark.parametrize(("region", "address", "expected"), [
    ("Zhejiang ", "杭州市西湖区", "Zhejiang"),  # the region the rep typed comes first
    (None, "北京市朝阳区建国路88号", "北京市"),
    (None, "广东省深圳市南山区科技园", "深圳市"),
    (None, "4485 Commerce Dr, Georgia", "Georgia"),
    (None, "12 Main St, Springfield, IL 62701", "Springfield, IL"),
    (None, "12 Main St", None),  # a street alone names no city
    ("  ", None, None),
])
def test_place_is_the_region_else_the_city_of_the_address(
        region: str | None, address: str | None, expected: str | None) -> None:
    assert place(region, address) == expected
