"""Web enquiries in the window, against the real server on loopback: the rep is told
of new web leads after a sync, the admin's channels screen issues intake keys (and says
when it cannot), the lead edits the assignment rules, and a rep marks themselves away
and back."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.app.channels import NEEDS_SERVER
from crmdesk.domain.intake import Assignment, AssignmentKind, Rule, away_id
from crmdesk.secrets import MemoryStore
from crmdesk.store.models import AssignmentSetting, Channel, Role
from crmdesk.ui.assignment_dialog import AssignmentDialog, open_assignment
from crmdesk.ui.away_dialog import AwayDialog
from crmdesk.ui.channels_dialog import COL_INTAKE, ChannelsDialog
from crmdesk.ui.formats import day_text
from crmdesk.ui.main_window import MainWindow
from tests.intake_world import IntakeWorld, intake_world
from tests.test_ui_sync import finish, open_window, signed_in, synced

#: Where the screens' pictures go (set to look at them; a temporary folder otherwise).
SHOTS = os.environ.get("CRMDESK_TEST_SHOTS")


@pytest.fixture
def pg(tmp_path: Path) -> IntakeWorld:
    with intake_world("postgres", tmp_path) as made:
        yield made  # type: ignore[misc]


def window_of(pg: IntakeWorld, name: str, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    window = open_window(tmp_path / f"{name}.db", tmp_path, qtbot, MemoryStore())
    signed_in(window, qtbot, pg.base, name)
    return window


def shot(widget: object, tmp_path: Path, name: str) -> Path:
    out = Path(SHOTS or tmp_path) / f"{name}.png"
    assert widget.grab().save(str(out))  # type: ignore[attr-defined]
    return out


def test_the_rep_is_told_of_new_leads_from_the_website(pg: IntakeWorld, tmp_path: Path,
                                                      qtbot: QtBot) -> None:
    pg.rules(Assignment((Rule(AssignmentKind.ROUND_ROBIN, reps=(pg.ids["amy"],)),)))
    window = window_of(pg, "amy", tmp_path, qtbot)
    try:
        assert window.web_leads.last is None
        assert pg.post(company="Contoso", person="Li", email="li@contoso.cn",
                       message="Call me").status_code == 201
        window.sync_now()
        synced(window, qtbot)
        qtbot.waitUntil(lambda: window.web_leads.last is not None, timeout=10000)
        assert window.web_leads.last == "New lead from the website: Contoso"
        assert window.statusBar().currentMessage() == window.web_leads.last
        for n in range(3):
            assert pg.lead(n).status_code == 201
        window.sync_now()
        synced(window, qtbot)
        qtbot.waitUntil(lambda: window.web_leads.last == "3 new leads from the website",
                        timeout=10000)
        assert window.statusBar().currentMessage() == "3 new leads from the website"
        # a sync that brings none says nothing new
        window.web_leads.last = None
        window.sync_now()
        synced(window, qtbot)
        assert window.web_leads.last is None
    finally:
        finish(window, qtbot)


def test_the_admins_channels_screen_adds_channels_and_issues_keys(
        pg: IntakeWorld, tmp_path: Path, qtbot: QtBot) -> None:
    window = window_of(pg, "root", tmp_path, qtbot)
    try:
        dialog = ChannelsDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.loaded and not dialog.intake_pending, timeout=15000)
        model = dialog.model
        row = next(i for i, c in enumerate(model.rows) if c.name == "Website")
        assert model.data(model.index(row, COL_INTAKE)) == "yes, for East"
        # add a channel: it is on this laptop at once, on the server after the sync
        dialog.name.setText("Trade fair 2027")
        dialog.kind.setCurrentIndex(dialog.kind.findData("event"))
        qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(c.name == "Trade fair 2027" for c in model.rows),
                        timeout=10000)
        fair = next(i for i, c in enumerate(model.rows) if c.name == "Trade fair 2027")
        qtbot.waitUntil(lambda: not dialog.intake_pending, timeout=15000)
        assert model.data(model.index(fair, COL_INTAKE)) == "no"
        window.sync_now()
        synced(window, qtbot)
        with pg.db.session() as s:
            assert s.scalars(select(Channel.kind).where(Channel.name == "Trade fair 2027")
                             ).one().value == "event"
        # a key for it, for West's enquiries: shown once, copied, and it works
        dialog.table.selectRow(fair)
        dialog.team.setCurrentIndex(dialog.team.findText("West"))
        qtbot.mouseClick(dialog.new_key, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.key_dialog is not None
                        and dialog.key_dialog.isVisible(), timeout=15000)
        assert dialog.key_dialog is not None
        key = dialog.key_dialog.key.text()
        assert key.startswith("cik_") and dialog.key_dialog.key.isReadOnly()
        qtbot.mouseClick(dialog.key_dialog.copy, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == key
        shot(dialog.key_dialog, tmp_path, "intake_key")
        answer = pg.post(key=key, channel="Trade fair 2027", company="Fair Co", person="F",
                         email="f@fair.co")
        assert answer.status_code == 201, answer.text
        qtbot.waitUntil(lambda: not dialog.intake_pending
                        and model.data(model.index(fair, COL_INTAKE)) == "yes, for West",
                        timeout=15000)
        dialog.key_dialog.close()
        shot(dialog, tmp_path, "channels")
        dialog.close()
    finally:
        finish(window, qtbot)


def test_the_channels_screen_says_a_key_needs_the_server(tmp_path: Path,
                                                         qtbot: QtBot) -> None:
    window = open_window(tmp_path / "alone.db", tmp_path, qtbot, MemoryStore())
    try:
        with window.ctx.store.write.begin() as s:
            s.add(Channel(name="Website", kind="website"))
        # an administrator's workspace, never signed in here
        window.ctx.user = replace(window.ctx.user, role=Role.ADMIN)
        dialog = ChannelsDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.loaded and not dialog.intake_pending, timeout=15000)
        assert dialog.model.data(dialog.model.index(0, COL_INTAKE)) == "unknown offline"
        dialog.table.selectRow(0)
        dialog.team.addItem("East", uuid.uuid4())
        dialog.team.setCurrentIndex(0)
        dialog.issue_key(dialog.model.rows[0], dialog.team.currentData(), "East")
        qtbot.waitUntil(lambda: dialog.message.text() == NEEDS_SERVER, timeout=10000)
        dialog.close()
    finally:
        finish(window, qtbot)


def test_the_lead_edits_the_assignment_rules_in_the_window(
        pg: IntakeWorld, tmp_path: Path, qtbot: QtBot) -> None:
    window = window_of(pg, "lea", tmp_path, qtbot)
    try:
        open_assignment(window.ctx, window)
        qtbot.waitUntil(lambda: bool(window.findChildren(AssignmentDialog)), timeout=10000)
        dialog = window.findChildren(AssignmentDialog)[0]
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        assert dialog.may_edit and dialog.model.rowCount() == 0
        dialog.by.setCurrentIndex(dialog.by.findData("region"))
        dialog.match.setText("Hubei")
        for i in range(dialog.reps.count()):
            item = dialog.reps.item(i)
            if item.text() == "ben":
                item.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
        dialog.by.setCurrentIndex(dialog.by.findData("round_robin"))
        for i in range(dialog.reps.count()):
            dialog.reps.item(i).setCheckState(Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 2
        assert dialog.model.data(dialog.model.index(0, 1)) == "Region is Hubei"
        assert dialog.model.data(dialog.model.index(1, 2)) == \
            "every active rep of the team, in turn"
        dialog.cap.setValue(25)
        check, _day = dialog.away[pg.ids["amy"]]
        check.setChecked(True)
        shot(dialog, tmp_path, "assignment")
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert dialog.error.text() == ""
        window.sync_now()
        synced(window, qtbot)
        with pg.db.session() as s:
            kinds = sorted(r.kind.value for r in s.scalars(select(AssignmentSetting)))
        assert kinds == ["away", "open_lead_cap", "region", "round_robin"]
        # the rules now decide: Hubei to ben; amy is away, so the round robin skips her
        pg.lead(1, region="Hubei")
        pg.lead(2)
        pg.lead(3)
        owners = pg.owners()
        assert owners["Northwind 1 Trading"] == pg.ids["ben"]
        assert {owners["Northwind 2 Trading"], owners["Northwind 3 Trading"]} == {
            pg.ids["ben"], pg.ids["cat"]}
    finally:
        finish(window, qtbot)


def test_a_rep_marks_themselves_away_and_back_in_the_window(
        pg: IntakeWorld, tmp_path: Path, qtbot: QtBot) -> None:
    window = window_of(pg, "amy", tmp_path, qtbot)
    row_id = away_id(pg.ids["East"], pg.ids["amy"])

    def opened() -> AwayDialog:
        shown = set(window.findChildren(AwayDialog))
        away.trigger()
        qtbot.waitUntil(lambda: bool(set(window.findChildren(AwayDialog)) - shown),
                        timeout=10000)
        [dialog] = set(window.findChildren(AwayDialog)) - shown
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        return dialog

    try:
        away = next(a for a in window.findChildren(QAction)
                    if a.text() == "Away from web enquiries…")
        assert away.isVisible()
        dialog = opened()
        assert dialog.state.text() == "You are not away." and not dialog.back.isEnabled()
        until = window.ctx.today() + timedelta(days=2)
        dialog.day.setDate(QDate(until.year, until.month, until.day))
        shot(dialog, tmp_path, "away")
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert dialog.error.text() == ""
        window.sync_now()
        synced(window, qtbot)
        with pg.db.session() as s:
            row = s.get(AssignmentSetting, row_id)
            assert row is not None and (row.away_until, row.deleted) == (until, False)
        again = opened()
        assert again.state.text() == f"You are away until {day_text(until)}."
        shot(again, tmp_path, "away_set")
        qtbot.mouseClick(again.back, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not again.isVisible(), timeout=10000)
        window.sync_now()
        synced(window, qtbot)
        with pg.db.session() as s:
            assert s.get_one(AssignmentSetting, row_id).deleted
    finally:
        finish(window, qtbot)
