"""Tag names: one rule (crmdesk.domain.tags) for the laptop's add_tag and the server's
push: trimmed, inner spacing collapsed, never empty, one tag whatever the case."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.domain.tags import BadTagName, clean_tag_name, tag_id_for, tag_key
from crmdesk.store.db import Store
from crmdesk.store.models import AccountTag, Tag
from crmdesk.store.writes import Refused, add_tag, new_account
from tests.test_server_sync import Client, Server, _people


def test_spacing_and_case_make_one_tag_name() -> None:
    assert clean_tag_name("  Key \t  account\n") == "Key account"
    assert {tag_key(n) for n in (" aimed ", "AIMED", "aimed", "Aimed\u3000")} == {"aimed"}
    assert tag_key("STRASSE") == tag_key("Straße")  # casefold, not lower
    assert tag_id_for(" aimed ") == tag_id_for("AIMED") == tag_id_for("aimed")
    for empty in ("", "   ", "\t\n"):
        with pytest.raises(BadTagName, match="needs a name"):
            clean_tag_name(empty)
    with pytest.raises(BadTagName, match="at most 60"):
        clean_tag_name("x" * 61)


@pytest.fixture
def account(world: dict[str, uuid.UUID]) -> uuid.UUID:
    return world["acme"]


def _tags(store: Store) -> list[tuple[str, int]]:
    """Each live tag's name and how many accounts carry it."""
    with store.session() as s:
        return [(t.name, len(s.scalars(select(AccountTag).where(
            AccountTag.tag_id == t.id, AccountTag.deleted.is_(False))).all()))
            for t in s.scalars(select(Tag).where(Tag.deleted.is_(False)))]


def test_add_tag_makes_one_tag_in_any_case_under_the_first_spelling(
        empty: Store, account: uuid.UUID) -> None:
    with empty.session.begin() as s:
        other = new_account(s, name="Other Co", owner_id=None, team_id=None)
        first = add_tag(s, account, " aimed ")
        assert add_tag(s, account, "AIMED") == add_tag(s, other, "aimed") == first
        # beyond ASCII too (SQLite's lower() knows only ASCII): one tag each
        cyrillic = add_tag(s, account, "ВИП")
        assert add_tag(s, other, "вип") == cyrillic
        assert add_tag(s, other, "STRASSE") == add_tag(s, account, "Straße")
        with pytest.raises(Refused, match="A tag needs a name"):
            add_tag(s, account, " \t ")
    assert sorted(_tags(empty)) == [("STRASSE", 2), ("aimed", 2), ("ВИП", 2)]


def test_a_tag_made_before_ids_came_from_names_is_still_found(
        empty: Store, account: uuid.UUID) -> None:
    with empty.session.begin() as s:  # as demo data and older workspaces made them
        old = Tag(id=uuid.uuid4(), name="Ärzte")
        s.add(old)
        s.flush()
        assert add_tag(s, account, "  ÄRZTE ") == old.id
        assert add_tag(s, account, "ärzte") == old.id
    assert _tags(empty) == [("Ärzte", 1)]


def test_demo_tags_have_the_ids_laptops_give_them(seeded: Store) -> None:
    with seeded.session.begin() as s:
        tags = s.scalars(select(Tag)).all()
        assert tags and all(t.id == tag_id_for(t.name) for t in tags)
        account = s.scalars(select(AccountTag.account_id)).first()
        assert account is not None
        vip = next(t for t in tags if t.name == "VIP")
        assert add_tag(s, account, "vip") == vip.id  # the demo's tag, not a second one


def _tag_op(client: Client, row_id: uuid.UUID, name: Any) -> dict[str, Any]:
    return client.op("tags", row_id, name=name, deleted=False)


def test_the_server_applies_the_same_tag_rule_to_a_raw_push(server: Server) -> None:
    http, db, _url = server
    ids = _people(server)
    amy = Client(http, ids["amy_auth"], "amy")
    spaced, shouted, plain, empty = (uuid.uuid4() for _ in range(4))
    answer = amy.push(_tag_op(amy, spaced, "  aimed \t high "),
                      _tag_op(amy, shouted, "AIMED HIGH"),
                      _tag_op(amy, plain, "aimed high"),
                      _tag_op(amy, empty, "   "),
                      _tag_op(amy, tag_id_for("Aimed High"), "Aimed  High"))
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["applied", "refused", "refused", "refused",
                                              "refused"], results
    assert "already a tag “aimed high”" in results[1]["reason"]
    assert results[3]["reason"] == "A tag needs a name."
    with db.session() as session:
        assert [(t.id, t.name) for t in session.scalars(select(Tag))] == [
            (spaced, "aimed high")]  # stored as the laptop would have written it


def test_a_tag_name_with_a_control_character_is_refused_as_the_server_would(
        empty: Store, account: uuid.UUID) -> None:
    with pytest.raises(Refused, match="character"), empty.session.begin() as s:
        add_tag(s, account, "vip\x01")
    assert _tags(empty) == []
