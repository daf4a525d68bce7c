"""Contacts and the quick log driven as a rep drives them: real widgets, offscreen, over a
real workspace (the `world` company Acme with Ann, Bob and Cat, and two deals)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.app import activities, deals
from crmdesk.app.context import Context
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.deals import DecisionRoleKind, OpportunityStage, Stance
from crmdesk.store import queries as q
from crmdesk.store.db import Store
from crmdesk.store.deal_writes import DealInput
from crmdesk.store.models import Activity, Contact, DecisionRole, OutboxEntry
from crmdesk.store.writes import ActivityInput
from crmdesk.ui.confirm import remove_button
from crmdesk.ui.contact_dialog import EditContactDialog
from crmdesk.ui.main_window import MainWindow
from tests.test_ui import make_window, settle


@pytest.fixture
def acme(empty: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """`world` with an open deal and a won one at Acme."""
    with empty.session() as s:
        ctx = Context(empty, q.user_by_name(s, "rep"))
    ids = dict(world)
    ids["erp"] = deals.new_deal(ctx, world["acme"], DealInput("ERP rollout")).value
    ids["old"] = deals.new_deal(ctx, world["acme"], DealInput(
        "Pilot", stage=OpportunityStage.NEGOTIATION)).value
    deals.move_stage(ctx, ids["old"], OpportunityStage.WON, confirmed=True)
    return ids


@pytest.fixture
def window(empty: Store, acme: dict[str, uuid.UUID], tmp_path: Path,
           qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(empty, tmp_path, qtbot)
    win.ctx.selection.select_account(acme["acme"])
    settle(win, qtbot)
    yield win
    win.ctx.runner.wait()


def _contact(store: Store, contact_id: uuid.UUID) -> Contact:
    with store.session() as s:
        row = s.get(Contact, contact_id)
        assert row is not None
        s.expunge(row)
        return row


def _outbox_len(store: Store) -> int:
    with store.session() as s:
        return len(s.scalars(select(OutboxEntry.seq)).all())


def _action(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text().startswith(text))


def _edit(window: MainWindow, qtbot: QtBot, contact_id: uuid.UUID) -> EditContactDialog:
    window.card.edit_contact(contact_id)
    dialog = window.card.contact_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_edit_dialog_writes_only_what_was_changed(window: MainWindow, qtbot: QtBot,
                                                      acme: dict[str, uuid.UUID]) -> None:
    store, ann = window.ctx.store, acme["ann"]
    assert f"edit:{ann.hex}" in window.card.people.text()
    # left alone: nothing written
    before = _outbox_len(store)
    dialog = _edit(window, qtbot, ann)
    assert dialog.form.mobile.text() == "138 0000 1111"
    assert dialog.form.changed() == {}
    dialog.accept()
    settle(window, qtbot)
    assert window.card.contact_dialog is None and _outbox_len(store) == before

    dialog = _edit(window, qtbot, ann)
    dialog.form.title.setText("Head of IT")
    dialog.form.key_person.setChecked(True)
    dialog.form.reports_to.setCurrentIndex(dialog.form.reports_to.findText("Bob"))
    assert dialog.form.changed() == {"title": "Head of IT", "is_key_person": True,
                                     "reports_to_id": acme["bob"]}
    dialog.accept()
    settle(window, qtbot)
    assert window.card.contact_dialog is None
    with store.session() as s:
        last = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).first()
    assert last is not None and last.row_id == ann
    assert set(last.fields) == {"title", "is_key_person", "reports_to_id"}
    stored = _contact(store, ann)
    assert (stored.title, stored.is_key_person, stored.reports_to_id, stored.email) == (
        "Head of IT", True, acme["bob"], "ann@acme.com")
    assert "★ Ann" in window.card.people.text() and "Head of IT" in window.card.people.text()

    # a bad email keeps the dialog open with the command's words; nothing saved
    before = _outbox_len(store)
    dialog = _edit(window, qtbot, ann)
    dialog.form.email.setText("ann@")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=5000)
    assert dialog.isVisible() and "email" in dialog.error.text().lower()
    assert _outbox_len(store) == before and _contact(store, ann).email == "ann@acme.com"
    dialog.reject()


def test_removing_a_contact_asks_first_and_keeps_their_history(
        window: MainWindow, qtbot: QtBot, acme: dict[str, uuid.UUID]) -> None:
    ann = acme["ann"]
    activities.log_activity(window.ctx.app, acme["acme"], ActivityInput(
        ActivityKind.CALL, Outcome.REACHED, "Talked budget", contacts=(ann,)))
    window.ctx.bus.announce({acme["acme"]}, "activities")
    settle(window, qtbot)
    menu = window.card.contact_menu(ann)
    assert menu is not None
    _action(menu, "Delete").trigger()
    box = window.card.delete_box
    assert box is not None and "Ann" in box.text() and "Acme Ltd." in box.text()
    box.reject()  # Cancel: she stays
    settle(window, qtbot)
    assert not _contact(window.ctx.store, ann).deleted

    window.card.ask_delete_contact(ann)
    box = window.card.delete_box
    assert box is not None
    remove_button(box).click()
    settle(window, qtbot)
    assert _contact(window.ctx.store, ann).deleted
    card = window.card.data
    assert card is not None and [c.name for c in card.contacts] == ["Bob", "Cat"]
    assert "Ann" not in window.card.people.text()
    (row,) = window.timeline.model.activities()
    assert row.people == ("Ann",) and row.notes == "Talked budget"
    assert "Ann" not in dict(window.timeline.form.people.choices()).values()


def test_key_person_and_deal_roles_from_the_contact_menu(
        window: MainWindow, qtbot: QtBot, acme: dict[str, uuid.UUID]) -> None:
    bob, erp = acme["bob"], acme["erp"]
    menu = window.card.contact_menu(bob)
    assert menu is not None
    key = _action(menu, "Key person")
    assert key.isCheckable() and not key.isChecked()
    key.trigger()
    settle(window, qtbot)
    assert _contact(window.ctx.store, bob).is_key_person
    assert "★ Bob" in window.card.people.text()

    menu = window.card.contact_menu(bob)
    assert menu is not None
    assert _action(menu, "Key person").isChecked()
    # only the open deal is offered, with where Bob stands on it
    deal_menus = menu.findChildren(QMenu)
    assert [m.title() for m in deal_menus] == ["ERP rollout: not on the map"]
    _action(deal_menus[0], "Champion").trigger()
    settle(window, qtbot)
    with window.ctx.store.session() as s:
        role = s.scalars(select(DecisionRole).where(DecisionRole.contact_id == bob)).one()
        assert (role.opportunity_id, role.role, role.stance) == (
            erp, DecisionRoleKind.CHAMPION, Stance.NEUTRAL)

    menu = window.card.contact_menu(bob)
    assert menu is not None
    (sub,) = menu.findChildren(QMenu)
    assert sub.title() == "ERP rollout: Champion, neutral"
    _action(sub, "Supports").trigger()
    settle(window, qtbot)
    with window.ctx.store.session() as s:
        role = s.scalars(select(DecisionRole).where(DecisionRole.contact_id == bob)).one()
        assert (role.role, role.stance) == (DecisionRoleKind.CHAMPION, Stance.SUPPORTS)
        assert not role.deleted


def test_the_quick_log_is_about_the_person_selected_on_the_card(
        window: MainWindow, qtbot: QtBot, acme: dict[str, uuid.UUID]) -> None:
    form = window.timeline.form
    assert form.people.chosen() == ()
    window.card.people.linkActivated.emit(f"contact:{acme['bob'].hex}")  # a click on Bob
    assert form.people.chosen() == (acme["bob"],)
    assert "Bob" in form.people.text()
    form.notes.setPlainText("Called Bob about the renewal")
    window.timeline.save_entry()
    settle(window, qtbot)
    with window.ctx.store.session() as s:
        logged = s.scalars(select(Activity).where(Activity.notes.like("Called Bob%"))).one()
        assert logged.contact_id == acme["bob"] and logged.opportunity_id is None
    row = window.timeline.model.activities()[0]
    assert row.people == ("Bob",)
    # the next entry is about him again, until the rep picks someone else
    assert form.people.chosen() == (acme["bob"],)
    form.people.boxes[acme["cat"]].click()
    window.card.people.linkActivated.emit(f"contact:{acme['ann'].hex}")
    assert form.people.chosen() == (acme["bob"], acme["cat"])


def test_several_people_and_a_deal_saved_and_shown(window: MainWindow, qtbot: QtBot,
                                                   acme: dict[str, uuid.UUID]) -> None:
    form, timeline = window.timeline.form, window.timeline
    # only the open deal is offered; the combo names it
    offered = [form.deal.itemText(i) for i in range(form.deal.count())]
    assert offered == ["No deal in particular", "Deal: ERP rollout"] and form.deal.isVisible()
    form.people.boxes[acme["cat"]].click()
    form.people.boxes[acme["ann"]].click()
    form.deal.setCurrentIndex(1)
    form.deal.activated.emit(1)
    form.outcome.setCurrentIndex(form.outcome.findData(Outcome.MEETING_BOOKED.value))
    form.notes.setPlainText("Workshop with IT and finance")
    timeline.save_entry()
    settle(window, qtbot)
    row = timeline.model.activities()[0]
    assert row.people == ("Cat", "Ann") and row.deal == "ERP rollout"
    assert row.contact_id == acme["cat"]
    # the row under its day header
    tip = timeline.model.data(timeline.model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert "with Cat, Ann · deal: ERP rollout" in tip
    assert not timeline.list.grab().isNull()  # painted with its line of who and deal
    # a form cleared after saving offers no deal picked and no one in particular
    assert form.people.chosen() == () and form.deal_id() is None


def test_the_timeline_shows_one_deals_history(window: MainWindow, qtbot: QtBot,
                                              acme: dict[str, uuid.UUID]) -> None:
    app, account = window.ctx.app, acme["acme"]
    on_deal = activities.log_activity(app, account, ActivityInput(
        ActivityKind.MEETING, Outcome.INTERESTED, "Scoping", contacts=(acme["ann"],),
        opportunity_id=acme["erp"])).value
    activities.log_activity(app, account, ActivityInput(ActivityKind.NOTE, None, "General"))
    window.ctx.bus.announce({account}, "activities")
    settle(window, qtbot)
    timeline = window.timeline
    assert timeline.filter_row.isVisible()
    names = [timeline.deal_filter.itemText(i) for i in range(timeline.deal_filter.count())]
    assert names == ["All activities", "Deal: ERP rollout", "Deal: Pilot (closed)"]
    assert len(timeline.model.activities()) == 2

    timeline.show_deal(acme["erp"])
    settle(window, qtbot)
    assert [r.id for r in timeline.model.activities()] == [on_deal]
    # a new entry while one deal is shown is about that deal
    assert timeline.form.deal_id() == acme["erp"]

    timeline.show_deal(acme["old"])
    settle(window, qtbot)
    assert timeline.model.activities() == []
    assert timeline.empty.isVisible() and "this deal" in timeline.empty.text()
    assert timeline.form.deal_id() is None  # a closed deal is not offered

    timeline.show_deal(None)
    settle(window, qtbot)
    assert len(timeline.model.activities()) == 2


def test_a_draft_keeps_who_and_which_deal(window: MainWindow, qtbot: QtBot,
                                          acme: dict[str, uuid.UUID]) -> None:
    form = window.timeline.form
    form.people.boxes[acme["cat"]].click()
    form.deal.setCurrentIndex(1)
    form.deal.activated.emit(1)
    form.notes.setPlainText("Half a note about the workshop")
    window.ctx.selection.select_account(None)  # leaving the account keeps the draft
    settle(window, qtbot)
    assert form.people.chosen() == () or not window.timeline.isEnabled()
    window.ctx.selection.select_account(acme["acme"])
    settle(window, qtbot)
    assert form.notes.toPlainText() == "Half a note about the workshop"
    assert form.people.chosen() == (acme["cat"],) and form.deal_id() == acme["erp"]
    # a person picked on the card no longer overrides what the draft says
    window.card.people.linkActivated.emit(f"contact:{acme['bob'].hex}")
    assert form.people.chosen() == (acme["cat"],)
