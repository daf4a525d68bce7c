"""Channels' monthly costs: an administrator sets them with `crmdesk-server channel cost`
or on the laptop (crmdesk.app.channels); one row per channel and month; anyone else is
refused, on the laptop and over HTTP on a push, in the same words; a bad month or amount
is refused by the same check on both sides."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from crmdesk.app.channels import set_channel_cost, set_channel_costs
from crmdesk.app.context import Context
from crmdesk.domain import roi
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.server.db import ServerDB
from crmdesk.server.schema import ServerChange
from crmdesk.store import queries as q
from crmdesk.store.channel_costs import cost_grid
from crmdesk.store.journal import pending_count
from crmdesk.store.models import Channel, ChannelCost
from crmdesk.store.refusals import Refused
from tests.conftest import TODAY
from tests.server_fixtures import server_cli_here
from tests.test_server_sync import Client, _people
from tests.test_sync import Laptop

Server = tuple[httpx.Client, ServerDB, str]
#: The words the server answers a non-admin's change of a shared list with.
ADMINS_ONLY = may_write(Viewer(uuid.uuid4(), "rep", uuid.uuid4()), (None, None), (None, None))


def _cli(url: str, *args: str) -> Any:
    return server_cli_here("channel", *args, "--database-url", url)


def _costs(db: ServerDB) -> list[tuple[str, date, int, str]]:
    with db.session() as session:
        return [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(Channel.name, ChannelCost.month, ChannelCost.amount, ChannelCost.currency)
            .join(Channel, Channel.id == ChannelCost.channel_id)
            .where(ChannelCost.deleted.is_(False)).order_by(Channel.name, ChannelCost.month))]


def test_the_words_are_the_servers() -> None:
    assert ADMINS_ONLY is not None and "Only an administrator" in ADMINS_ONLY


def test_an_admin_sets_changes_and_lists_costs_on_the_server(server: Server) -> None:
    _http, db, url = server
    assert _cli(url, "add", "Trade show", "--kind", "event").returncode == 0
    assert _cli(url, "add", "Search ads", "--kind", "advertising").returncode == 0
    empty = _cli(url, "costs")
    assert empty.returncode == 0 and "No channel costs yet" in empty.stdout
    made = _cli(url, "cost", "--channel", "Trade show", "--month", "2026-03",
                "--amount", "12000.00")
    assert made.returncode == 0, made.stderr
    assert "Trade show's cost for 2026-03 set to 12,000.00 CNY" in made.stdout
    assert _cli(url, "cost", "--channel", "Search ads", "--month", "2026-3", "--amount",
                "8,500.5", "--currency", "usd").returncode == 0
    changed = _cli(url, "cost", "--channel", "Trade show", "--month", "2026-03",
                   "--amount", "15000")
    assert changed.returncode == 0
    assert "changed from 12,000.00 CNY to 15,000.00 CNY" in changed.stdout
    again = _cli(url, "cost", "--channel", "Trade show", "--month", "2026-03",
                 "--amount", "15000.00")
    assert "already 15,000.00 CNY; nothing changed" in again.stdout
    # one row per channel and month, under the id a laptop would give it
    assert _costs(db) == [("Search ads", date(2026, 3, 1), 850_050, "USD"),
                          ("Trade show", date(2026, 3, 1), 1_500_000, "CNY")]
    with db.session() as session:
        show = session.scalars(select(Channel.id).where(Channel.name == "Trade show")).one()
        row = session.scalars(select(ChannelCost).where(ChannelCost.channel_id == show)).one()
        assert row.id == roi.cost_id(show, date(2026, 3, 1))
        # made and changed reach every laptop; the unchanged third time logs nothing
        logged = session.scalars(select(ServerChange.row).where(
            ServerChange.entity == "channel_costs", ServerChange.row_id == row.id)).all()
        assert [r["amount"] for r in logged] == [1_200_000, 1_500_000]
    listed = _cli(url, "costs")
    assert listed.stdout.splitlines() == ["Search ads  2026-03  8,500.50 USD",
                                          "Trade show  2026-03  15,000.00 CNY"]
    one = _cli(url, "costs", "--channel", "Search ads")
    assert one.stdout.splitlines() == ["Search ads  2026-03  8,500.50 USD"]


@pytest.mark.parametrize(("args", "words"), [
    (("--channel", "Radio", "--month", "2026-03", "--amount", "10"),
     "No channel “Radio”. Channels: Trade show."),
    (("--channel", "Trade show", "--month", "2026-13", "--amount", "10"), roi.BAD_MONTH),
    (("--channel", "Trade show", "--month", "March", "--amount", "10"), roi.BAD_MONTH),
    (("--channel", "Trade show", "--month", "2026-03-01", "--amount", "10"), roi.BAD_MONTH),
    (("--channel", "Trade show", "--month", "2026-03", "--amount", "ten"),
     "“ten” is not an amount: write it like 12000.00."),
    (("--channel", "Trade show", "--month", "2026-03", "--amount", "-5"), roi.NEGATIVE_COST),
    (("--channel", "Trade show", "--month", "2026-03", "--amount", "1.005"),
     "CNY amounts have at most 2 decimals"),
    (("--channel", "Trade show", "--month", "2026-03", "--amount", "100", "--currency",
      "RMB"), "“RMB” is not a currency code"),
])
def test_a_bad_cost_says_why_and_changes_nothing(server: Server, args: tuple[str, ...],
                                                 words: str) -> None:
    _http, db, url = server
    assert _cli(url, "add", "Trade show", "--kind", "event").returncode == 0
    refused = _cli(url, "cost", *args)
    assert refused.returncode == 1 and words in refused.stderr, refused.stderr
    assert "Nothing was changed" in refused.stderr or "No channel" in refused.stderr
    assert _costs(db) == []
    unknown = _cli(url, "costs", "--channel", "Radio")
    assert unknown.returncode == 1 and "No channel “Radio”" in unknown.stderr


def test_only_an_admin_pushes_channel_costs(server: Server) -> None:
    """The kind is a shared list: a rep's and a lead's pushes are refused (a new cost and
    a change of one), an admin's applied; a bad row is refused by the row check."""
    http, db, url = server
    ids = _people(server)
    assert _cli(url, "add", "Trade show", "--kind", "event").returncode == 0
    with db.session() as session:
        show = session.scalars(select(Channel.id)).one()
    amy, lea, root = (Client(http, ids[f"{n}_auth"], n) for n in ("amy", "lea", "root"))
    row = roi.cost_id(show, date(2026, 4, 1))
    fields = {"channel_id": show.hex, "month": "2026-04-01", "amount": 900_000,
              "currency": "CNY", "deleted": False}
    for client in (amy, lea):
        [answer] = client.push(client.op("channel_costs", row, **fields)).json()["results"]
        assert answer == {**answer, "status": "refused", "reason": ADMINS_ONLY}, answer
    [made] = root.push(root.op("channel_costs", row, **fields)).json()["results"]
    assert made["status"] == "applied", made
    for client in (amy, lea):
        [answer] = client.push(client.op("channel_costs", row, amount=1)).json()["results"]
        assert answer["status"] == "refused" and answer["reason"] == ADMINS_ONLY
    # the row check both sides run
    for bad, words in (({"month": "2026-04-15"}, roi.NOT_A_MONTH_START),
                       ({"amount": -100}, roi.NEGATIVE_COST),
                       ({"currency": "XXX"}, "“XXX” is not a currency code")):
        [answer] = root.push(root.op("channel_costs", uuid.uuid4(), **{
            **fields, "month": "2026-05-01", **bad})).json()["results"]
        assert answer["status"] == "refused" and words in answer["reason"], (bad, answer)
    assert _costs(db) == [("Trade show", date(2026, 4, 1), 900_000, "CNY")]


def _context(laptop: Laptop, username: str) -> Context:
    with laptop.store.session() as session:
        user = q.user_by_name(session, username)
    assert user is not None
    return Context(laptop.store, user, "CN", lambda: TODAY)


def test_an_admin_enters_costs_on_the_laptop_and_a_rep_is_refused(server: Server,
                                                                  tmp_path: Path) -> None:
    http, db, url = server
    _people(server)
    assert _cli(url, "add", "Trade show", "--kind", "event").returncode == 0
    assert _cli(url, "cost", "--channel", "Trade show", "--month", "2026-01",
                "--amount", "5000").returncode == 0
    root, amy = Laptop(tmp_path, http, "root"), Laptop(tmp_path, http, "amy")
    try:
        with root.store.session() as session:
            show = session.scalars(select(Channel.id)).one()
            grid = cost_grid(session, 2026)
        assert [c.name for c in grid.channels] == ["Trade show"]
        assert grid.costs == {(show, date(2026, 1, 1)): (500_000, "CNY")}
        # a rep: refused before anything is queued, in the server's words
        with pytest.raises(Refused) as refused:
            set_channel_cost(_context(amy, "amy"), show, date(2026, 2, 1), 100)
        assert str(refused.value) == ADMINS_ONLY
        with amy.store.session() as session:
            assert pending_count(session) == 0
        # the admin: January changed (the server's row), February made, all or nothing
        ctx = _context(root, "root")
        with pytest.raises(Refused) as bad:
            set_channel_costs(ctx, {(show, date(2026, 1, 1)): 700_000,
                                    (show, date(2026, 2, 1)): -1})
        assert str(bad.value) == roi.NEGATIVE_COST
        with root.store.session() as session:
            assert pending_count(session) == 0
        done = set_channel_costs(ctx, {(show, date(2026, 1, 1)): 700_000,
                                       (show, date(2026, 2, 9)): 300_000})
        assert done.value[1] == roi.cost_id(show, date(2026, 2, 1))
        assert not done.changes.empty
        one = set_channel_cost(ctx, show, date(2026, 3, 1), 1_250, "usd")
        assert one.value == roi.cost_id(show, date(2026, 3, 1))
        report = root.sync()
        assert report.refused == 0 and report.pushed == 3
        assert _costs(db) == [("Trade show", date(2026, 1, 1), 700_000, "CNY"),
                              ("Trade show", date(2026, 2, 1), 300_000, "CNY"),
                              ("Trade show", date(2026, 3, 1), 1_250, "USD")]
        amy.sync()  # every laptop receives them
        with amy.store.session() as session:
            assert cost_grid(session, 2026).costs == {
                (show, date(2026, 1, 1)): (700_000, "CNY"),
                (show, date(2026, 2, 1)): (300_000, "CNY"),
                (show, date(2026, 3, 1)): (1_250, "USD")}
    finally:
        root.close()
        amy.close()
