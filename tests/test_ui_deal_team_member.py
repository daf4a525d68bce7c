"""What a colleague on another team's deal sees on their laptop: the company's card and
the deal editor read-only, with one line saying why and whose they are (the deal opened
from the card or by a double-click on its decision map); the quick log still logs on
the deal (offered by default) and saves; the app's commands refuse their edits in the
server's words, queuing nothing. The deal's owner sees it all
editable as before. Real widgets, offscreen, over a real SQLite workspace holding
another team's deal with the signed-in user on its virtual team."""

from __future__ import annotations

import html
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.app import accounts, deals, people, rights
from crmdesk.domain.deals import TeamRole
from crmdesk.domain.scope import outside_scope
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealEdit
from crmdesk.store.models import Activity, OutboxEntry, Team, User
from crmdesk.store.refusals import Refused
from crmdesk.ui.main_window import MainWindow
from tests.test_ui import make_window, settle
from tests.test_ui_deals import acme, as_user, new_deal, open_editor  # noqa: F401 (a fixture)
from tests.test_ui_graph_deal import choose


@pytest.fixture
def on_team(empty: Store, acme: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:  # noqa: F811
    """`acme` with Wes of team West on the rep's deal at Acme."""
    with empty.session.begin() as s:
        west = Team(name="West")
        s.add(west)
        s.flush()
        wes = User(username="wes", display_name="Wes West", team_id=west.id)
        s.add(wes)
        s.flush()
        wes_id = wes.id
    deal_id = new_deal(empty, acme["acme"])
    deals.add_to_team(as_user(empty, "rep"), deal_id, wes_id, TeamRole.SOLUTION_ENGINEER)
    return {**acme, "wes": wes_id, "deal": deal_id}


def _open_card(store: Store, ids: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot,
               username: str) -> MainWindow:
    window = make_window(store, tmp_path, qtbot, username)
    window.ctx.selection.select_account(ids["acme"])
    settle(window, qtbot)
    assert window.card.data is not None and window.card.data.card.id == ids["acme"]
    return window


def _line(window: MainWindow, field: str) -> QLineEdit:
    editor = window.card.fields[field].editor
    assert isinstance(editor, QLineEdit)
    return editor


def test_a_member_sees_the_card_read_only_with_why_and_logs_on_the_deal(
        empty: Store, on_team: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    window = _open_card(empty, on_team, tmp_path, qtbot, "wes")
    card = window.card
    note = card.locked_note.text()
    assert card.locked_note.isVisible()
    assert "You are on this deal's team" in note and "Rep One's to change" in note
    assert all(_line(window, f).isReadOnly() for f, e in card.fields.items()
               if isinstance(e.editor, QLineEdit))
    assert not any(e.editor.isEnabled() for e in card.fields.values()
                   if not isinstance(e.editor, QLineEdit))
    assert not card.deals.new_button.isEnabled()
    assert not card.contracts.new_contract.isEnabled()
    assert not card.new_tag.isVisible() and not card.relation_form.isVisible()
    assert not card.banner_button.isEnabled()  # no merge of a company not theirs
    people = card.people.text()
    assert "Ann" in people and "edit:" not in people and "more:" not in people
    assert card.contact_menu(on_team["ann"]) is None
    # the deal is listed and opens read-only, saying why
    assert "Fleet rollout" in html.unescape(card.deals.list.text())
    dialog = open_editor(window, qtbot, on_team["deal"])
    assert dialog.read_only and dialog.locked_note.isVisible()
    assert "You are on this deal's team" in dialog.locked_note.text()
    assert dialog.name.isReadOnly() and not dialog.stage.isEnabled()
    assert not dialog.amount.isEnabled() and not dialog.add_line_button.isEnabled()
    assert not dialog.add_member_button.isEnabled()
    assert not dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).isVisible()
    dialog.accept()  # Enter: closes, sends nothing
    assert not dialog.isVisible()
    window.ctx.runner.wait()

    # the quick log offers the deal and saves the call there, by Wes
    form = window.timeline.form
    assert form.deal.isVisible() and form.deal_id() == on_team["deal"]
    qtbot.keyClicks(form.notes, "Walked their engineers through the demo")
    window.timeline.save.click()
    qtbot.waitUntil(lambda: any(a.notes == "Walked their engineers through the demo"
                                for a in window.timeline.model.activities()), timeout=10000)
    with empty.session() as s:
        logged = s.scalars(select(Activity).where(
            Activity.notes == "Walked their engineers through the demo")).one()
        assert (logged.opportunity_id, logged.author_id) == (on_team["deal"], on_team["wes"])
    window.ctx.runner.wait()


def test_the_owner_sees_the_card_and_editor_editable_as_before(
        empty: Store, on_team: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    window = _open_card(empty, on_team, tmp_path, qtbot, "rep")
    card = window.card
    assert not card.locked_note.isVisible() and card.locked is None
    assert not _line(window, "website").isReadOnly()
    assert card.deals.new_button.isEnabled() and card.contracts.new_contract.isEnabled()
    assert card.new_tag.isVisible() and card.relation_form.isVisible()
    assert "edit:" in card.people.text()
    dialog = open_editor(window, qtbot, on_team["deal"])
    assert not dialog.read_only and not dialog.locked_note.isVisible()
    assert not dialog.name.isReadOnly() and dialog.stage.isEnabled()
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).isVisible()
    dialog.reject()
    assert rights.may_change(window.ctx.app, "opportunities", on_team["deal"]) is None
    window.ctx.runner.wait()


def test_a_members_typing_into_the_deal_is_refused_by_the_command_in_the_servers_words(
        empty: Store, on_team: dict[str, uuid.UUID]) -> None:
    wes = as_user(empty, "wes")
    with empty.session() as s:
        queued = s.scalar(select(func.count()).select_from(OutboxEntry))
    server_words = outside_scope("this record")
    assert rights.may_change(wes, "opportunities", on_team["deal"]) == server_words
    for attempt in (
            lambda: deals.save_deal(wes, on_team["acme"], on_team["deal"],
                                    DealEdit({"next_step": "mine"})),
            lambda: deals.save_deal(wes, on_team["acme"], None, DealEdit({"name": "Mine"})),
            lambda: accounts.edit_field(wes, on_team["acme"], "website", "acme.example"),
            lambda: people.edit_contact(wes, on_team["ann"], {"title": "CEO"}),
            lambda: people.set_key_person(wes, on_team["ann"], True)):
        with pytest.raises(Refused) as refused:
            attempt()
        assert str(refused.value) == server_words
    with empty.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == queued  # nothing queued


def test_double_clicking_the_deal_on_its_decision_map_opens_it_read_only_to_a_member(
        empty: Store, on_team: dict[str, uuid.UUID], tmp_path: Path, qtbot: QtBot) -> None:
    window = _open_card(empty, on_team, tmp_path, qtbot, "wes")
    choose(window, qtbot, "Deal: Fleet rollout")
    view = window.graph.view
    assert view.drawing is not None
    (at,) = [i for i, b in enumerate(view.drawing.boxes) if b.node.kind == "deal"]
    centre = view.box_rect(at).center().toPoint()
    # as a mouse sends it: a click, then the double-click and its release
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    section = window.card.deals
    qtbot.waitUntil(lambda: section.dialog is not None and section.dialog.isVisible(),
                    timeout=10000)
    assert section.dialog is not None
    assert section.dialog.deal_id == on_team["deal"] and section.dialog.read_only
    section.dialog.reject()
    window.ctx.runner.wait()
