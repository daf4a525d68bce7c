"""Who makes new leads, and where they go (crmdesk.app.rights): a customer-service user
makes none, nor does a rep in no team or a user disabled or removed; an administrator,
in no team, chooses the team whose pool they go to; a rep's and a lead's go to their
own team, held by an active rep or lead of it. One rule, asked by the new-lead dialog,
the import window, `crmdesk import` and their commands alike, over the seeded workspace
(real SQLite, real widgets offscreen)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.app import accounts, rights
from crmdesk.app.context import Context
from crmdesk.app.lead_import import ImportRequest, import_file
from crmdesk.domain.lead_import import Outcome
from crmdesk.domain.scope import OWNER_IN_TEAM
from crmdesk.store import queries as q
from crmdesk.store.db import Store, open_store
from crmdesk.store.journal import QUIET
from crmdesk.store.lead_import import import_leads
from crmdesk.store.models import Account, Channel, LeadBatch, Role, Team, User
from crmdesk.store.refusals import Refused
from crmdesk.store.workspace_keys import CURRENT_USER
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.dialogs import NewLeadDialog
from crmdesk.ui.import_dialog import ImportDialog
from crmdesk.ui.tasks import TaskRunner
from tests.conftest import TODAY

LEADS = "Company,Contact,Mobile\nNorthwind Trading Co,Ivy Chen,13900001111\n" \
        "Southwind Freight Ltd,Bo Li,13900002222\n"


def _user(store: Store, username: str) -> q.UserRef:
    with store.session() as session:
        user = q.user_by_name(session, username)
    assert user is not None
    return user


def _team(store: Store, name: str) -> uuid.UUID:
    with store.session() as session:
        return session.scalars(select(Team.id).where(Team.name == name)).one()


def _counts(store: Store) -> tuple[int, int]:
    with store.session() as session:
        return (session.scalar(select(func.count()).select_from(Account)) or 0,
                session.scalar(select(func.count()).select_from(LeadBatch)) or 0)


def _counts_at(path: str) -> tuple[int, int]:
    store = open_store(path)
    try:
        return _counts(store)
    finally:
        store.close()


def _teamless_rep(store: Store) -> q.UserRef:
    with store.write.begin() as session:
        session.info[QUIET] = True  # as it arrives from the server
        session.add(User(username="new.hire", display_name="New Hire", role=Role.REP))
    return _user(store, "new.hire")


def _disabled(store: Store, username: str) -> q.UserRef:
    with store.write.begin() as session:
        session.info[QUIET] = True  # as it arrives from the server
        session.scalars(select(User).where(User.username == username)).one().active = False
    return _user(store, username)


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    path.write_text(LEADS, encoding="utf-8")
    return path


def _ctx(store: Store, user: q.UserRef) -> Context:
    return Context(store, user, "CN", lambda: TODAY)


def test_service_and_teamless_users_make_no_leads(seeded: Store, tmp_path: Path) -> None:
    before = _counts(seeded)
    path = _csv(tmp_path)
    for user, said in ((_user(seeded, "service.amy"), rights.SERVICE_MAKES_NO_LEADS),
                       (_teamless_rep(seeded), rights.NO_TEAM_NO_LEADS),
                       (_disabled(seeded, "wang.fang"), rights.INACTIVE_NO_LEADS)):
        assert rights.new_lead_refusal(user) == said
        ctx = _ctx(seeded, user)
        with pytest.raises(Refused) as typed:
            accounts.new_lead(ctx, accounts.NewLead("Northwind Trading Co"))
        assert str(typed.value) == said
        for dry_run in (False, True):
            with pytest.raises(Refused) as imported:
                import_file(ctx, ImportRequest(path, "Trade show"), owner_id=None,
                            team_id=None, dry_run=dry_run)
            assert str(imported.value) == said
    assert _counts(seeded) == before  # nothing written, not even a batch


def test_an_admin_chooses_the_team_a_rep_keeps_to_their_own(seeded: Store,
                                                             tmp_path: Path) -> None:
    admin, rep = _user(seeded, "admin"), _user(seeded, "sarah.chen")
    east, north = _team(seeded, "East China"), _team(seeded, "North China")
    assert admin.team_id is None and rep.team_id == east
    assert rights.new_lead_refusal(admin) is None and rights.new_lead_refusal(rep) is None
    before = _counts(seeded)
    with pytest.raises(Refused, match=rights.CHOOSE_TEAM):
        accounts.new_lead(_ctx(seeded, admin), accounts.NewLead("Northwind Trading Co"))
    with pytest.raises(Refused, match=rights.CHOOSE_TEAM):
        import_file(_ctx(seeded, admin), ImportRequest(_csv(tmp_path), "Trade show"),
                    owner_id=None, team_id=None)
    with pytest.raises(Refused, match=rights.OWN_TEAM):
        accounts.new_lead(_ctx(seeded, rep), accounts.NewLead("Northwind Trading Co"), north)
    assert _counts(seeded) == before
    # an admin's lead goes to the chosen team's pool (they are in no team to own it)
    made = accounts.new_lead(_ctx(seeded, admin), accounts.NewLead("Northwind Trading Co"),
                             north).value
    # a rep's is their own, in their team
    theirs = accounts.new_lead(_ctx(seeded, rep), accounts.NewLead("Eastwind Ltd")).value
    with seeded.session() as session:
        lead, own = session.get(Account, made), session.get(Account, theirs)
        assert lead is not None and own is not None
        assert (lead.owner_id, lead.team_id) == (None, north)
        assert (own.owner_id, own.team_id) == (rep.id, east)
    # an admin's import: the chosen team's pool; a lead of another team owns none of it
    report = import_file(_ctx(seeded, admin), ImportRequest(_csv(tmp_path), "Trade show"),
                         owner_id=None, team_id=east).value
    assert report.count(Outcome.IMPORTED) == 1  # Northwind is known now
    with seeded.session() as session:
        imported = session.get(Account, report.created[0])
        assert imported is not None and (imported.owner_id, imported.team_id) == (None, east)
        other_lead = session.scalars(select(User.id).where(User.username == "lead.north")
                                     ).one()
    again = tmp_path / "again.csv"
    again.write_text("Company\nWestwind Shipping Co\n", encoding="utf-8")
    with pytest.raises(Refused, match="owner must be a member"):
        import_file(_ctx(seeded, admin), ImportRequest(again, "Trade show"),
                    owner_id=other_lead, team_id=east)
    # a rep gives no lead to a colleague, as the server answers the push
    colleague = _user(seeded, "wang.fang")
    with pytest.raises(Refused, match="another person or team"):
        import_file(_ctx(seeded, rep), ImportRequest(again, "Trade show"),
                    owner_id=colleague.id, team_id=None)


def test_an_import_that_imports_nothing_leaves_no_batch(seeded: Store,
                                                        tmp_path: Path) -> None:
    rep = _user(seeded, "sarah.chen")
    path = _csv(tmp_path)
    first = import_file(_ctx(seeded, rep), ImportRequest(path, "Trade show"),
                        owner_id=rep.id, team_id=None).value
    assert first.batch_id is not None and first.count(Outcome.IMPORTED) == 2
    before = _counts(seeded)
    # the same file again: every row is known, so there is no batch to write
    again = import_file(_ctx(seeded, rep), ImportRequest(path, "Trade show"),
                        owner_id=rep.id, team_id=None).value
    assert again.count(Outcome.MATCHED) == 2 and again.batch_id is None
    assert _counts(seeded) == before
    # the small-file path too
    from crmdesk.domain.lead_import import parse

    with seeded.write.begin() as session:
        channel = session.scalars(select(Channel.id).where(Channel.name == "Trade show")).one()
        result = import_leads(session, parse(LEADS, "CN"), channel_id=channel,
                              owner_id=None, team_id=rep.team_id, file_name="again.csv",
                              received_on=TODAY)
    assert result.created == [] and result.batch_id is None
    assert _counts(seeded) == before


def test_crmdesk_import_asks_the_same_rule(seeded: Store, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from crmdesk.cli import main

    db = str(seeded.path)
    north = _team(seeded, "North China")
    before = _counts(seeded)
    seeded.close()
    path = _csv(tmp_path)
    base = ["import", "--db", db, "--channel", "Trade show", str(path)]
    assert main([*base, "--user", "service.amy"]) == 1
    assert f"Nothing was imported: {rights.SERVICE_MAKES_NO_LEADS}" in capsys.readouterr().err
    assert main([*base, "--user", "admin"]) == 1
    err = capsys.readouterr().err
    assert "say which team the leads go to with --team NAME" in err
    assert "East China, International, North China" in err
    assert main([*base, "--user", "admin", "--team", "Nowhere"]) == 1
    assert "No team “Nowhere”" in capsys.readouterr().err
    assert main([*base, "--user", "sarah.chen", "--team", "North China"]) == 1
    assert rights.OWN_TEAM in capsys.readouterr().err
    # a disabled user imports nothing, nor a removed one (named, or the workspace's own)
    store = open_store(db)
    with store.write.begin() as session:
        session.info[QUIET] = True  # as it arrives from the server
        for user in session.scalars(select(User).where(User.username.in_(
                ("wang.fang", "tom.baker")))):
            user.active = user.username != "wang.fang"
            user.deleted = user.username == "tom.baker"
        tom = session.scalars(select(User.id).where(User.username == "tom.baker")).one()
        CURRENT_USER.put(session, tom)
    store.close()
    assert main([*base, "--user", "wang.fang"]) == 1
    assert f"Nothing was imported: {rights.INACTIVE_NO_LEADS}" in capsys.readouterr().err
    assert main([*base, "--user", "tom.baker"]) == 1
    assert "No user “tom.baker”" in capsys.readouterr().err
    assert main(base) == 1  # the workspace's user, removed since
    assert f"Nothing was imported: {rights.INACTIVE_NO_LEADS}" in capsys.readouterr().err
    # nor are leads given to someone who holds none in the team: disabled, service,
    # another team's
    for owner, said in (("wang.fang", rights.HOLDS_LEADS), ("service.qian", rights.HOLDS_LEADS),
                        ("li.wei", OWNER_IN_TEAM)):
        assert main([*base, "--user", "lead.east", "--owner", owner]) == 1
        assert f"Nothing was imported: {said}" in capsys.readouterr().err
    assert _counts_at(db) == before
    assert main([*base, "--user", "admin", "--team", "north china"]) == 0
    assert "Imported 2 lead(s)" in capsys.readouterr().out
    store = open_store(db)
    try:
        with store.session() as session:
            made = session.execute(select(Account.owner_id, Account.team_id).where(
                Account.name.in_(("Northwind Trading Co", "Southwind Freight Ltd")))).all()
        assert sorted(made) == [(None, north)] * 2
    finally:
        store.close()


# ---- the windows ------------------------------------------------------------------------

def _app_ctx(store: Store, username: str, tmp_path: Path) -> AppContext:
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store, _user(store, username), TaskRunner(app), ChangeBus(app),
                      Selection(app), settings, today=lambda: TODAY)


def test_the_new_lead_window_refuses_service_and_asks_an_admin_for_the_team(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    amy = _app_ctx(seeded, "service.amy", tmp_path)
    refused = NewLeadDialog(amy)
    qtbot.addWidget(refused)
    assert refused.error.text() == rights.SERVICE_MAKES_NO_LEADS
    assert not refused.box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert refused.team is None
    amy.runner.wait()

    ctx = _app_ctx(seeded, "admin", tmp_path)
    dialog = NewLeadDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.team is not None and dialog.error.text() == ""
    qtbot.waitUntil(lambda: dialog.team is not None and dialog.team.is_loaded, timeout=10000)
    assert [dialog.team.itemText(i) for i in range(dialog.team.count())] == [
        "East China", "International", "North China"]
    dialog.name.setText("Northwind Trading Co")
    dialog.accept()
    assert rights.CHOOSE_TEAM in dialog.error.text()
    dialog.team.choose("International")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=10000)
    with seeded.session() as session:
        made = session.get(Account, dialog.created)
        assert made is not None
        assert (made.owner_id, made.team_id) == (None, _team(seeded, "International"))
    ctx.runner.wait()


def test_the_import_window_refuses_service_and_asks_an_admin_for_the_team(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    path = _csv(tmp_path)
    amy = _app_ctx(seeded, "service.amy", tmp_path)
    refused = ImportDialog(amy)
    qtbot.addWidget(refused)
    assert refused.summary.text() == rights.SERVICE_MAKES_NO_LEADS
    assert not refused.run.isEnabled() and refused.team is None
    qtbot.waitUntil(lambda: refused.channel.count() > 0, timeout=10000)
    assert refused.summary.text() == rights.SERVICE_MAKES_NO_LEADS  # still said
    amy.runner.wait()

    ctx = _app_ctx(seeded, "admin", tmp_path)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.team is not None and not dialog.to_me.isChecked()
    qtbot.waitUntil(lambda: dialog.channel.count() > 0 and dialog.team is not None
                    and dialog.team.is_loaded, timeout=10000)
    dialog.channel.setCurrentText("Trade show")
    dialog.path.setText(str(path))
    before = _counts(seeded)
    dialog.start()
    assert dialog.summary.text() == rights.CHOOSE_TEAM and dialog.outcome is None
    dialog.team.choose("North China")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome is not None and dialog.outcome.count(Outcome.IMPORTED) == 2
    assert _counts(seeded) == (before[0] + 2, before[1] + 1)
    with seeded.session() as session:
        teams = set(session.execute(select(Account.owner_id, Account.team_id).where(
            Account.id.in_(dialog.outcome.created))).all())
    assert teams == {(None, _team(seeded, "North China"))}
    ctx.runner.wait()
