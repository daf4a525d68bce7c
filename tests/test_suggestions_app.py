"""A suggestion becomes a deal: the command (a deal with the product's line, through the
deal editor's save), `crmdesk suggest` (table, JSON, --deal, a text naming nothing) and
the card's section, clicked as a rep clicks it."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.app import deals, suggestions
from crmdesk.app.changes import DEALS
from crmdesk.app.context import Context
from crmdesk.app.messages import accounts_named
from crmdesk.domain.deals import Line, OpportunityStage
from crmdesk.domain.suggestions import Kind, deal_name
from crmdesk.domain.value import Loyalty
from crmdesk.store.db import Store, copy_workspace, open_store
from crmdesk.store.deal_writes import DealEdit
from crmdesk.store.models import Account, Opportunity, OpportunityProduct, Product
from tests.conftest import TODAY
from tests.test_cli import crmdesk
from tests.test_ui import make_window, settle
from tests.test_ui_deals import as_user

SEAT, PRO = uuid.UUID(int=11), uuid.UUID(int=12)


@pytest.fixture
def tiers(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """`world` with a seat licence in two tiers, and a won deal of 4 basic seats."""
    with empty.session.begin() as s:
        s.add_all([Product(id=SEAT, name="Seat", sku="S-1", list_price=100_00,
                           family="Seats", tier=1),
                   Product(id=PRO, name="Seat Pro", sku="S-2", list_price=250_00,
                           family="Seats", tier=2)])
    won = DealEdit({"name": "First seats", "stage": OpportunityStage.WON,
                    "expected_close": TODAY - timedelta(days=30)},
                   lines=(Line(SEAT, 4, 100_00),), amount_follows=True)
    deals.save_deal(as_user(empty, "rep", TODAY - timedelta(days=60)), world["acme"], None,
                    won, confirmed=True)
    return world


def test_a_suggestion_becomes_a_deal_with_its_product(empty: Store,
                                                      tiers: dict[str, uuid.UUID]) -> None:
    ctx = as_user(empty, "rep")
    found = suggestions.for_account(ctx, tiers["acme"])
    assert found is not None
    (up,) = found.suggestions
    assert (up.kind, up.product, up.quantity, up.unit_price) == (Kind.UP_SELL, "Seat Pro", 4,
                                                                 250_00)
    assert found.on_open_deals == frozenset()
    done = suggestions.make_deal(ctx, tiers["acme"], up)
    assert done.changes.touches(tiers["acme"], DEALS)
    with empty.session() as s:
        deal = s.get(Opportunity, done.value)
        assert deal is not None
        assert (deal.name, deal.stage, deal.amount, deal.amount_from_lines, deal.owner_id) == (
            "Up-sell: Seat Pro", OpportunityStage.QUALIFY, 1000_00, True, tiers["rep"])
        assert deal.next_step is not None and deal.next_step.startswith("Offer Seat Pro: has Seat")
        lines = s.execute(select(OpportunityProduct.product_id, OpportunityProduct.quantity,
                                 OpportunityProduct.unit_price)
                          .where(OpportunityProduct.opportunity_id == deal.id)).all()
        assert [tuple(line) for line in lines] == [(PRO, 4, 250_00)]
    # it is under way now: the card says so instead of offering it again
    again = suggestions.for_account(ctx, tiers["acme"])
    assert again is not None and again.on_open_deals == frozenset({PRO})


def test_a_product_no_longer_offered_makes_no_deal(empty: Store,
                                                   tiers: dict[str, uuid.UUID]) -> None:
    ctx = as_user(empty, "rep")
    found = suggestions.for_account(ctx, tiers["acme"])
    assert found is not None
    with empty.session.begin() as s:
        s.get_one(Product, PRO).deleted = True
    with pytest.raises(LookupError, match="no longer offered"):
        suggestions.make_deal(ctx, tiers["acme"], found.suggestions[0])
    with empty.session() as s:  # nothing saved
        assert s.scalars(select(Opportunity.name)).all() == ["First seats"]


def test_crmdesk_suggest_lists_and_makes_a_deal(seeded_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    copy_workspace(seeded_file, path)
    listed = crmdesk("suggest", "--db", str(path), "--account", "有限公司", "--format",
                     "json", "--today", TODAY.isoformat())
    assert listed.returncode == 0, listed.stderr
    found = json.loads(listed.stdout)
    assert 1 <= len(found) <= 5 and all("有限公司" in f["account"] for f in found)
    assert all(f["loyalty"] in {str(stage) for stage in Loyalty} for f in found)
    # a company with suggestions named alone (the first five matching need have none in
    # a large workspace): the first such one of those matching, as the listing orders them
    listed = crmdesk("suggest", "--db", str(path), "--account",
                     _named_alone_with_suggestions(path, "有限公司"), "--format", "json",
                     "--today", TODAY.isoformat())
    assert listed.returncode == 0, listed.stderr
    (first,) = json.loads(listed.stdout)
    assert first["loyalty"] in {"first_purchase", "repeat_purchase", "advocacy"}
    assert {"kind", "product", "reason", "quantity", "unit_price"} <= set(
        first["suggestions"][0])
    table = crmdesk("suggest", "--db", str(path), "--account", first["account"],
                    "--today", TODAY.isoformat())
    assert table.returncode == 0, table.stderr
    assert "Loyalty: " in table.stdout and first["suggestions"][0]["reason"] in table.stdout
    made = crmdesk("suggest", "--db", str(path), "--account", first["account"], "--deal", "1",
                   "--today", TODAY.isoformat())
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Made deal “")
    nothing = crmdesk("suggest", "--db", str(path), "--account", "no such company at all")
    assert nothing.returncode == 1 and "No company's name holds" in nothing.stderr
    too_far = crmdesk("suggest", "--db", str(path), "--account", first["account"], "--deal",
                      "99")
    assert too_far.returncode == 1 and "No suggestion 99" in too_far.stderr


def _named_alone_with_suggestions(path: Path, text: str) -> str:
    """The whole name of the first company (as `crmdesk suggest` orders those whose name
    holds `text`) that has suggestions and whose name no other company's holds. Only
    companies that bought something are asked: the others have nothing to suggest."""
    store = open_store(path)
    try:
        ctx = Context(store, today=lambda: TODAY)
        for account in accounts_named(ctx, text):
            with store.session() as s:
                bought = s.scalar(select(Opportunity.id).where(
                    Opportunity.account_id == account,
                    Opportunity.stage == OpportunityStage.WON).limit(1))
                name = s.get_one(Account, account).name
            if bought is None or accounts_named(ctx, name) != [account]:
                continue
            found = suggestions.for_account(ctx, account)
            if found is not None and found.suggestions:
                return name
        raise AssertionError(f"no company named alone whose name holds {text} has "
                             "suggestions")
    finally:
        store.close()


def test_the_card_shows_the_stage_and_a_click_makes_the_deal(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    me = window.ctx.user.id
    with seeded.session() as s:
        mine = s.scalars(select(Opportunity.account_id).where(
            Opportunity.owner_id == me, Opportunity.stage == OpportunityStage.WON)).all()
    account = next(a for a in mine if (found := suggestions.for_account(
        as_user(seeded, window.ctx.user.username), a)) is not None and any(
        x.product_id not in found.on_open_deals for x in found.suggestions))
    window.ctx.selection.select_account(account)
    settle(window, qtbot)
    section = window.card.suggestions
    assert section.data is not None and section.data.account_id == account
    assert section.stage.text() and section.data.loyalty.reason in section.stage.text()
    offered = [(s, b) for s, b in zip(section.data.suggestions, section.buttons, strict=True)
               if b.isEnabled()]
    suggestion, button = offered[0]
    before = len(window.card.deals.rows)
    qtbot.mouseClick(button, qtbot_left())
    settle(window, qtbot)
    with seeded.session() as s:
        made = s.scalars(select(Opportunity).where(
            Opportunity.account_id == account, Opportunity.name == deal_name(suggestion),
            Opportunity.stage == OpportunityStage.QUALIFY)).one()
        assert made.owner_id == me
    assert len(window.card.deals.rows) == before + 1  # the Deals list read it again
    assert "made" in section.note.text()
    # and the suggestion is now under way: no second deal from it
    index = [s.product_id for s in section.data.suggestions].index(suggestion.product_id)
    assert not section.buttons[index].isEnabled()
    window.ctx.runner.wait()


def qtbot_left() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton
