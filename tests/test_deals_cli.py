"""`crmdesk deals`, run as a user runs it (a real process on a real workspace file): the
same figures the card's list shows, filtered by owner, stage and stuck, as a table, CSV
or JSON."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from crmdesk.app import deals
from crmdesk.app.context import Context
from crmdesk.domain.deals import OpportunityStage
from crmdesk.domain.text import display_width
from crmdesk.store import deal_queries as dq
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Account, Opportunity, User
from tests.conftest import TODAY
from tests.test_cli import crmdesk


@pytest.fixture
def workspace(empty: Store, world: dict[str, uuid.UUID]) -> Store:
    """Acme's three deals (one stuck: its close passed), and another rep's deal."""
    with empty.session() as s:
        rep = q.user_by_id(s, world["rep"])
    ctx = Context(empty, rep, "CN", lambda: TODAY)
    deals.new_deal(ctx, world["acme"], DealInput(
        "Fleet rollout", amount=120_000_00, expected_close=TODAY + timedelta(days=30),
        next_step="Demo, with IT"))
    late = deals.new_deal(ctx, world["acme"], DealInput(
        "Scanners", amount=8_500_50, currency="USD", stage=OpportunityStage.PROPOSAL,
        expected_close=TODAY + timedelta(days=3))).value
    deals.new_deal(ctx, world["acme"], DealInput("Old order", amount=1_000_00,
                                                 stage=OpportunityStage.WON))
    with empty.write.begin() as s:
        other = User(username="zoe", display_name="Zoe Other", team_id=world["team"])
        s.add(other)
        s.flush()
        beta = Account(name="Beta GmbH", name_key="beta", owner_id=other.id,
                       team_id=world["team"])
        s.add(beta)
        s.flush()
        s.add(Opportunity(account_id=beta.id, name="Beta pilot", amount=500_00,
                          currency="EUR", probability=25, owner_id=other.id,
                          team_id=world["team"], created_on=TODAY,
                          stage=OpportunityStage.NEEDS))
        scanners = s.get(Opportunity, late)
        assert scanners is not None
        scanners.expected_close = TODAY - timedelta(days=1)
    return empty


def _run(store: Store, *args: str) -> str:
    result = crmdesk("deals", "--db", str(store.path), "--today", TODAY.isoformat(), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_json_has_the_figures_of_the_shared_query(workspace: Store) -> None:
    listed = json.loads(_run(workspace, "--format", "json"))
    with workspace.session() as s:
        rows = dq.deal_rows(s, TODAY)
    assert [d["id"] for d in listed] == [str(r.id) for r in rows]
    assert [(d["deal"], d["stage"], d["stuck"]) for d in listed] == [
        ("Scanners", "proposal", "close_passed"), ("Fleet rollout", "qualify", None),
        ("Beta pilot", "needs_analysis", None), ("Old order", "won", None)]
    [scanners] = [d for d in listed if d["deal"] == "Scanners"]
    assert scanners | {"id": "", "account_id": ""} == {
        "id": "", "account_id": "", "account": "Acme Ltd.", "deal": "Scanners",
        "stage": "proposal", "amount": "8500.50", "currency": "USD", "probability": 50,
        "weighted": "4250.25", "expected_close": (TODAY - timedelta(days=1)).isoformat(),
        "next_step": None, "owner": "rep", "days_in_stage": 0, "stuck": "close_passed",
        "committed": False}


def test_filters_by_owner_stage_and_stuck(workspace: Store) -> None:
    mine = json.loads(_run(workspace, "--format", "json", "--owner", "rep"))
    assert {d["deal"] for d in mine} == {"Scanners", "Fleet rollout", "Old order"}
    won = json.loads(_run(workspace, "--format", "json", "--stage", "won"))
    assert [d["deal"] for d in won] == ["Old order"]
    stuck = json.loads(_run(workspace, "--format", "json", "--stuck"))
    assert [d["deal"] for d in stuck] == ["Scanners"]
    # 31 days on, the others are stuck too (past their close, or longer in their stage
    # than the default limit: 30 days in needs analysis)
    later = crmdesk("deals", "--db", str(workspace.path), "--stuck", "--format", "json",
                    "--today", (TODAY + timedelta(days=31)).isoformat())
    assert {d["deal"] for d in json.loads(later.stdout)} == {
        "Scanners", "Fleet rollout", "Beta pilot"}


def test_csv_and_table(workspace: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(workspace, "--format", "csv"))))
    assert rows[1] == {
        "account": "Acme Ltd.", "deal": "Fleet rollout", "stage": "qualify",
        "amount": "120000.00", "currency": "CNY", "probability": "10",
        "weighted": "12000.00", "expected_close": (TODAY + timedelta(days=30)).isoformat(),
        "next_step": "Demo, with IT", "owner": "rep", "days_in_stage": "0", "stuck": ""}
    table = _run(workspace).splitlines()
    assert table[0].split() == ["Company", "Deal", "Stage", "Amount", "Cur", "Prob", "%",
                                "Weighted", "Close", "Next", "step", "Owner", "Days",
                                "Stuck"]
    assert "8,500.50" in table[1] and "close passed" in table[1]
    assert table[-1] == "4 deal(s), 1 stuck."


def test_an_unknown_owner_or_stage_is_a_message(workspace: Store) -> None:
    nobody = crmdesk("deals", "--db", str(workspace.path), "--owner", "nobody")
    assert nobody.returncode == 1 and "No user “nobody”" in nobody.stderr
    bad = crmdesk("deals", "--db", str(workspace.path), "--stage", "closing")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    assert "Traceback" not in nobody.stderr + bad.stderr



def _column(line: str, text: str) -> int:
    """The terminal column `text` starts at in `line`."""
    return display_width(line[:line.index(text)])


def _at(row: str, column: int) -> str:
    """What `row` shows from terminal column `column` on."""
    used = 0
    for index, ch in enumerate(row):
        if used == column:
            return row[index:]
        assert used < column, f"a character straddles column {column}: {row}"
        used += display_width(ch)
    return ""


def test_table_shows_stage_labels_and_lines_up_chinese_names(workspace: Store) -> None:
    """The table names stages as the window does, and its columns line up in a terminal
    with a Chinese company (two columns a character, cut at 40 columns like any name)
    and a deal whose name has a combining accent (no column of its own)."""
    long_name = "北京市博通软件信息技术服务集团股份有限公司华北分公司"  # 26 characters
    with workspace.write.begin() as s:
        rep = s.scalars(select(User).where(User.username == "rep")).one()
        for name, deal in ((long_name, "华北区云平台"), ("上海瑞通", "Cafe\u0301 fit-out")):
            account = Account(name=name, name_key=name, owner_id=rep.id, team_id=rep.team_id)
            s.add(account)
            s.flush()
            s.add(Opportunity(account_id=account.id, name=deal, amount=2_000_00,
                              currency="CNY", probability=30, owner_id=rep.id,
                              team_id=rep.team_id, created_on=TODAY,
                              stage=OpportunityStage.NEEDS))
    header, *rows, _total = _run(workspace).splitlines()
    assert len(rows) == 6
    deal, stage, cur = (_column(header, h) for h in ("Deal", "Stage", "Cur"))
    assert deal <= 42  # the company column: the long name cut to 40 columns or less
    [chinese] = [r for r in rows if r.startswith("北京市")]
    assert chinese.split("  ")[0].endswith("…")
    names = ("Scanners", "Fleet rollout", "Beta pilot", "Old order", "华北区云平台",
             "Cafe\u0301 fit-out")
    labels = ("Qualification", "Needs analysis", "Proposal", "Won")
    for row in rows:
        assert _at(row, deal).startswith(names), row
        assert _at(row, stage).startswith(labels), row
        assert _at(row, cur)[:3] in ("CNY", "USD", "EUR"), row
    assert not any("needs_analysis" in row or "qualify" in row for row in rows)
