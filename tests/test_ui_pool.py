"""The laptop warns ahead of a return to the pool, over the seeded workspace: the SQL the
queue and card read agrees with the domain rule, the queue's "To pool" column and the
card's note show it, and a lead sets the team's pool rules in their dialog (a rep only
reads them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain import pool
from crmdesk.domain.pool import SUGGESTED_RETURNS, PoolRules
from crmdesk.store import pool_queries
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.journal import pending_count
from crmdesk.store.models import Account, PoolRule
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pool_rules_dialog import PoolRulesDialog
from crmdesk.ui.queue_pane import QueueModel
from tests.conftest import TODAY
from tests.test_ui import make_window, settle


def test_the_sql_day_agrees_with_the_rule(seeded: Store) -> None:
    """Over every account of the seeded workspace, on several days and rules: the day
    the queue's SQL gives is domain.pool.due's, and so are the warnings."""
    with seeded.session() as s:
        ids = list(s.scalars(select(Account.id)))
        teams = {t for t in s.scalars(select(Account.team_id).distinct()) if t is not None}
        facts = pool_queries.pool_facts(s, ids)
        for team_rules in (SUGGESTED_RETURNS, PoolRules(no_contact_days=10, no_deal_days=20),
                           PoolRules(no_contact_days=0, no_deal_days=60, warn_days=30)):
            rules = dict.fromkeys(teams, team_rules)
            sql = dict(s.execute(select(Account.id, pool_queries.due_on_sql(rules))).all())
            owned = dict(s.execute(select(Account.id, Account.owner_id)).all())
            for account_id in ids:
                when = pool.due(team_rules, facts[account_id]) if owned[account_id] else None
                assert sql[account_id] == (None if when is None else when.on.isoformat())
        assert any(sql.values()) and not all(sql.values())
        checked = 0
        for day in (TODAY, TODAY + timedelta(days=20)):
            found = pool_queries.pool_days(s, ids, day)
            assert found == pool_queries.warnings(s, ids, day)
            checked += len(found)
        assert checked > 0


def _pool_rows(window: MainWindow) -> dict[int, str]:
    model = window.queue.model
    return {row: model.data(model.index(row, QueueModel.COL_POOL))
            for row in range(min(model.rowCount(), 200))
            if model.data(model.index(row, QueueModel.COL_POOL))}


def test_the_queue_and_the_card_warn_ahead(seeded: Store, tmp_path: Path, qtbot: QtBot
                                           ) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    settle(window, qtbot)
    model = window.queue.model
    assert model.headerData(QueueModel.COL_POOL, Qt.Orientation.Horizontal) == "To pool"
    assert not window.queue.table.isColumnHidden(QueueModel.COL_POOL)
    shown = _pool_rows(window)
    ids = model.ids()[:200]
    with seeded.session() as s:
        expected = pool_queries.pool_days(s, ids, TODAY)
    assert shown and {ids[row] for row in shown} == set(expected)
    for row, text in shown.items():
        days = expected[ids[row]]
        assert text == ("today" if days == 0 else "in 1 day" if days == 1 else
                        f"in {days} days")
    row = next(iter(shown))
    window.queue.table.selectRow(row)
    settle(window, qtbot)
    card = window.card
    assert not card.pool_note.isHidden()
    assert pool.warning_text(expected[ids[row]]) in card.pool_note.text()
    # an account without a warning shows none
    quiet = next(r for r in range(model.rowCount()) if r not in shown)
    window.queue.table.selectRow(quiet)
    settle(window, qtbot)
    assert card.pool_note.isHidden()
    # the queue sorts by the day of return, soonest first
    window.queue.sort_by(q.QueueSort.RETURNS)
    settle(window, qtbot)
    first = model.data(model.index(0, QueueModel.COL_POOL))
    assert first == "today"


def _open(window: MainWindow, qtbot: QtBot) -> PoolRulesDialog:
    action = next(a for a in window.menuBar().actions()[1].menu().actions()
                  if a.text() == "Team pool rules…")
    action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PoolRulesDialog)),
                    timeout=10000)
    return next(d for d in window.findChildren(PoolRulesDialog) if d.isVisible())


def test_a_lead_sets_the_pool_rules_a_rep_reads_them(seeded: Store, tmp_path: Path,
                                                     qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, "lead.east")
    settle(window, qtbot)
    # the soonest returns first: the warned ones are the rows read (in a large workspace
    # the queue's first rows by priority need hold none), here and once the rules change
    window.queue.sort_by(q.QueueSort.RETURNS)
    settle(window, qtbot)
    assert _pool_rows(window)  # the demo's teams have the suggested rules: some warned of
    dialog = _open(window, qtbot)
    assert dialog.may_edit and dialog.rules() == SUGGESTED_RETURNS
    with seeded.session() as s:
        before = pending_count(s)
    dialog.spins["no_contact_days"].setValue(0)
    dialog.spins["no_deal_days"].setValue(0)
    dialog.spins["claims_per_day"].setValue(5)
    dialog.box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    team = window.ctx.user.team_id
    assert team is not None
    with seeded.session() as s:
        row = s.get(PoolRule, pool.pool_rule_id(team))
        assert row is not None and row.owner_id is None and row.team_id == team
        assert pool_queries.rules_for(s, team) == PoolRules(0, 0, claims_per_day=5)
        assert pending_count(s) == before + 1  # one row to send
    settle(window, qtbot)
    # no rule returns the team's accounts now: no warnings in the lead's team view
    model = window.queue.model
    with seeded.session() as s:
        team_ids = set(s.scalars(select(Account.id).where(Account.team_id == team)))
    assert not {model.ids()[r] for r in _pool_rows(window)} & team_ids
    # Suggested turns the returns on again, the other rules as they were
    again = _open(window, qtbot)
    assert again.rules() == PoolRules(0, 0, claims_per_day=5)
    again.suggested.click()
    assert again.rules() == replace(SUGGESTED_RETURNS, claims_per_day=5)
    again.box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10000)
    with seeded.session() as s:
        assert pool_queries.rules_for(s, team) == replace(SUGGESTED_RETURNS, claims_per_day=5)

    rep = make_window(seeded, tmp_path, qtbot, "liu.yang")
    settle(rep, qtbot)
    read_only = _open(rep, qtbot)
    assert not read_only.may_edit and read_only.spins["claims_per_day"].isReadOnly()
    assert read_only.box.button(QDialogButtonBox.StandardButton.Close) is not None


def test_an_admin_chooses_the_team(seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, "admin")
    settle(window, qtbot)
    dialog = _open(window, qtbot)
    assert dialog.may_edit and dialog.team.count() >= 2 and dialog.team.isVisibleTo(dialog)
    dialog.team.setCurrentIndex(1)
    chosen = dialog.team_id()
    assert chosen is not None
    dialog.spins["cooling_days"].setValue(14)
    dialog.box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with seeded.session() as s:
        assert pool_queries.rules_for(s, chosen) == replace(SUGGESTED_RETURNS,
                                                            cooling_days=14)
        others = {t for t in s.scalars(select(Account.team_id).distinct())} - {chosen, None}
        assert others and all(pool_queries.rules_for(s, t) == SUGGESTED_RETURNS
                              for t in others)


def test_the_queue_reads_the_pool_rules_once_per_load(seeded: Store, tmp_path: Path,
                                                      qtbot: QtBot) -> None:
    """The "To pool" column needs each team's rules: read with the queue's ids, once a
    load, and handed to every block of rows loaded as it scrolls in (not read again,
    with the teams behind them, for each block)."""
    from sqlalchemy import event

    window = make_window(seeded, tmp_path, qtbot, "admin")
    pane, model = window.queue, window.queue.model
    pane.filter.setCurrentIndex(pane.filter.findData(q.QueueFilter.TEAM.value))  # everyone's
    settle(window, qtbot)
    reads: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "pool_rules" in statement or "DISTINCT accounts.team_id" in statement:
            reads.append(statement)

    event.listen(seeded.engine, "before_cursor_execute", seen)
    try:
        pane.reload()
        settle(window, qtbot)
        at_load = len(reads)
        assert model.rowCount() > 4 * QueueModel.BLOCK
        shown = [model.data(model.index(row, QueueModel.COL_POOL))
                 for row in range(0, model.rowCount(), QueueModel.BLOCK // 2)]
        assert any(shown)  # the column reads the rules it was given
        assert len(reads) == at_load  # and no block read them again
    finally:
        event.remove(seeded.engine, "before_cursor_execute", seen)
    assert 1 <= at_load <= 2  # the rules, and the teams they are of
    with seeded.session() as s:
        ids = model.ids()
        expected = pool_queries.pool_days(s, ids, TODAY)
    assert {ids[row * (QueueModel.BLOCK // 2)] for row, text in enumerate(shown) if text} == \
        {i for i in ids[::QueueModel.BLOCK // 2] if i in expected}
    window.ctx.runner.wait()
