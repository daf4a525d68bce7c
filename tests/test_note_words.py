"""A note the rules write on a timeline keeps its words: the server's notes of a return
to the pool and of a hand-off, an enquiry's, a follow-up moved on the agenda are marked
sentences whose template and figures travel beside their English (activities.notes_words,
migrations 0033_note_words and s0022_note_words), so each reader's window words them in
their own language, days as their locale writes them. Edited, a note is what was typed.
Real server over HTTP on loopback, real PostgreSQL, real workspace files and widgets."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from crmdesk.app.agenda import FOLLOW_UP_MOVED
from crmdesk.domain.activity import ActivityKind
from crmdesk.domain.intake import Enquiry, enquiry_note, is_enquiry_note
from crmdesk.domain.pool import Due, Why, back_note, release_note, return_note
from crmdesk.domain.service import Task, handoff_note
from crmdesk.domain.words import Joined, Worded
from crmdesk.json_values import worded, words_of
from crmdesk.server.pool import sweep
from crmdesk.store import queries as q
from crmdesk.store.db import open_store
from crmdesk.store.models import Activity, OutboxEntry
from crmdesk.store.writes import ActivityInput, edit_activity, log_activity, new_account
from crmdesk.ui.bidi import FSI, PDI
from crmdesk.ui.formats import day_text
from crmdesk.ui.language import install_language
from crmdesk.ui.timeline_pane import ActivityForm
from crmdesk.ui.words import said
from crmdesk.ui.words import worded as in_words
from tests.sync_harness import Laptop, Server, add_people, turn_returns_on, viewer_of
from tests.test_pool_sync import _idle, _server_day
from tests.test_service_handoff import _add_service_user, _customer, _pay
from tests.workspace_schema import columns, migrate

DAY = date(2026, 12, 7)


def test_the_rules_notes_say_the_same_english_and_keep_their_words() -> None:
    """The command line, the exports and the search read the English as it was; its
    template and figures go as JSON and come back whole, a day as a day, steps one after
    the other as sentences, a customer's message as they wrote it."""
    due = Due(DAY, Why.NO_CONTACT, 30, date(2026, 11, 7))
    note = return_note(due, "Amy Chen")
    assert note == ("Returned to the team pool from Amy Chen: no two-way contact for 30 "
                    "days (since 2026-11-07).")
    assert return_note(Due(DAY, Why.NO_DEAL, 1, DAY), None) == (
        "Returned to the team pool: no deal for 1 day (since 2026-12-07).")
    assert release_note(None) == "Released to the team pool by its owner."
    assert release_note("Amy Chen", "Lea Park") == (
        "Given to the team pool from Amy Chen by Lea Park.")
    assert back_note(None, datetime(2026, 12, 1, 15), DAY) == (
        "Back with its owner: a conversation on 2026-12-01, logged before the deadline "
        "(2026-12-07), keeps the lead; the return to the pool is undone.")
    steps = [Task("Kick-off call", DAY, 1), Task("Training", DAY + timedelta(days=8), 2)]
    handed = handoff_note("Dana Levi", steps)
    assert handed == ("Handed over to customer service: Dana Levi serves this customer "
                      "now. Onboarding: Kick-off call by 2026-12-07; Training by "
                      "2026-12-15.")
    for one in (note, handed, back_note("Amy Chen", datetime(2026, 12, 1, 9), DAY)):
        back = worded(str(one), words_of(one))
        assert isinstance(back, Worded) and back == one
    days = worded(str(handed), words_of(handed))
    assert isinstance(days, Worded) and isinstance(days.args[1], Joined)
    assert [part.args for part in days.args[1].parts] == [  # type: ignore[attr-defined]
        ("Kick-off call", DAY), ("Training", DAY + timedelta(days=8))]
    asked = enquiry_note(Enquiry(company="Acme", person="Li Wei", phone="13800001111",
                                 message="Company {0} quote?"), "Website")
    assert asked == "Web enquiry via Website from Li Wei (13800001111):\nCompany {0} quote?"
    assert is_enquiry_note(asked)
    assert worded(str(asked), words_of(asked)) == asked
    # words that no longer say the text (it was edited) are not its words
    assert type(worded("Typed over it.", words_of(note))) is str


def test_notes_are_worded_in_the_readers_language(chinese: None) -> None:
    """The window words each note in Chinese, days as the locale writes them, the
    steps with the language's own separator; the customer's message stays theirs."""
    due = Due(DAY, Why.NO_CONTACT, 30, date(2026, 11, 7))
    assert in_words(return_note(due, "Amy Chen")) == (
        f"已从 Amy Chen 退回团队公海：30 天无双向联系（自 {day_text(date(2026, 11, 7))} 起）。")
    steps = [Task("Kick-off call", DAY, 1), Task("Training", DAY + timedelta(days=8), 2)]
    handed = handoff_note("Dana Levi", steps)
    travelled = worded(str(handed), words_of(handed))  # as the laptop reads it back
    assert in_words(travelled) == in_words(handed) == (
        f"已移交客服：现由 Dana Levi 服务该客户。上手安排：Kick-off call（{day_text(DAY)} 前）；"
        f"Training（{day_text(DAY + timedelta(days=8))} 前）。")
    asked = enquiry_note(Enquiry(company="Acme", person="Li Wei", message="Company"),
                         "Website")
    assert in_words(asked) == "来自 Website 的官网咨询，咨询人 Li Wei：\nCompany"
    silent = enquiry_note(Enquiry(company="Acme", person="Li Wei"), "Website")
    assert in_words(silent).endswith("（无留言）")


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_the_servers_notes_reach_the_rep_with_their_words(
        server: Server, tmp_path: Path, chinese: None) -> None:
    """The sweep returns an idle lead and a first payment hands a customer to service:
    the rep's laptop receives both notes with their words, and her Chinese window reads
    them in Chinese."""
    http, db, url = server
    ids = add_people(server)
    turn_returns_on(db, ids["East"])
    _add_service_user(url, "dana", "East", "Dana Levi")
    today = _server_day(db)
    assigned = today - timedelta(days=40)
    amy = Laptop(tmp_path, str(http.base_url), "amy", viewer_of(db, "amy"))
    try:
        idle = _idle(amy, ids["amy"], ids["East"], "Quiet Harbour Ltd", assigned)
        customer, contract = _customer(amy, "Acme Robotics", ids["amy"], ids["East"])
        amy.sync()
        _pay(amy, contract)
        amy.sync()
        with db.session.begin() as s:
            assert idle in [r.account_id for r in sweep(
                s, datetime.combine(today, time(12))).returned]
            kept = {a.account_id: (a.notes, a.notes_words) for a in s.scalars(
                select(Activity).where(Activity.author_id.is_(None)))}
        assert kept[idle][1] is not None and kept[customer][1] is not None
        assert kept[idle][0].startswith("Returned to the team pool from ")
        amy.sync()
        with amy.store.session() as s:
            returned = [r.notes for r in q.timeline(s, idle) if r.author is None]
            handed = [r.notes for r in q.timeline(s, customer) if r.author is None]
        assert [str(n) for n in returned] == [kept[idle][0]]
        assert [str(n) for n in handed] == [kept[customer][0]]
        assert isinstance(returned[0], Worded) and isinstance(handed[0], Worded)
        since = day_text(assigned)
        assert in_words(returned[0]).endswith(f"30 天无双向联系（自 {since} 起）。")
        assert in_words(handed[0]).startswith(
            "已移交客服：现由 Dana Levi 服务该客户。上手安排：Kick-off call（"
            f"{day_text(datetime.now(UTC).date() + timedelta(days=2))} 前）；")
    finally:
        amy.close()


@pytest.mark.parametrize("server", ["postgres"], indirect=True)
def test_a_laptops_marked_note_reaches_the_server_and_a_colleague_with_its_words(
        server: Server, tmp_path: Path) -> None:
    """A follow-up moved on amy's agenda leaves a marked note: the server takes its
    words as it takes the note (the same checks), and lea, her lead, receives both; amy
    then types over it and the words go on every side."""
    http, db, _url = server
    ids = add_people(server)
    amy, lea = (Laptop(tmp_path, str(http.base_url), name, viewer_of(db, name))
                for name in ("amy", "lea"))
    try:
        with amy.store.write.begin() as s:
            account = new_account(s, name="Harbour Freight Co", owner_id=ids["amy"],
                                  team_id=ids["East"])
            moved = log_activity(s, account, ids["amy"], ActivityInput(
                ActivityKind.NOTE, notes=Worded(FOLLOW_UP_MOVED, DAY)))
        assert amy.sync().refused == 0
        lea.sync()
        with db.session() as s:
            kept = s.get_one(Activity, moved)
            assert (kept.notes, kept.notes_words) == (
                "Follow-up moved from 2026-12-07.", words_of(Worded(FOLLOW_UP_MOVED, DAY)))
        with lea.store.session() as s:
            [row] = q.timeline(s, account)
        assert isinstance(row.notes, Worded) and row.notes.args == (DAY,)

        with amy.store.write.begin() as s:
            edit_activity(s, moved, ActivityInput(ActivityKind.NOTE, notes="Call Monday."))
        assert amy.sync().refused == 0
        lea.sync()
        with db.session() as s:
            assert s.get_one(Activity, moved).notes_words is None
        with lea.store.session() as s:
            [row] = q.timeline(s, account)
        assert (row.notes, type(row.notes)) == ("Call Monday.", str)
    finally:
        amy.close()
        lea.close()


def test_a_note_left_alone_keeps_its_words_and_one_typed_over_loses_them(
        tmp_path: Path, qtbot: QtBot, chinese: None) -> None:
    """A follow-up moved leaves a marked note: its words are journaled to go to the
    server; the edit form shows it in Chinese and, left alone, keeps what is stored; what
    the user types instead is plain text, its words gone (and that goes to the server)."""
    store = open_store(tmp_path / "rep.db", create=True)
    try:
        with store.write.begin() as s:
            account = new_account(s, name="Harbour Freight Co", owner_id=None, team_id=None)
            moved = log_activity(s, account, None, ActivityInput(
                ActivityKind.NOTE, notes=Worded(FOLLOW_UP_MOVED, DAY)))
        with store.session() as s:
            [row] = q.timeline(s, account)
            [sent] = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == moved)).all()
        assert sent.fields["notes_words"] == words_of(Worded(FOLLOW_UP_MOVED, DAY))
        assert in_words(row.notes) == f"跟进已从 {day_text(DAY)} 改期。"

        form = ActivityForm(DAY)
        qtbot.addWidget(form)
        form.set_entry(row.kind, row.outcome, row.notes)
        assert form.notes.toPlainText() == f"跟进已从 {day_text(DAY)} 改期。"
        with store.write.begin() as s:
            edit_activity(s, moved, form.entry())  # left alone
        with store.session() as s:
            [row] = q.timeline(s, account)
        assert isinstance(row.notes, Worded) and row.notes == "Follow-up moved from 2026-12-07."

        form.notes.setPlainText("改到下周一再打。")
        with store.write.begin() as s:
            edit_activity(s, moved, form.entry())
        with store.session() as s:
            [row] = q.timeline(s, account)
            stored = s.get_one(Activity, moved)
            last = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == moved)
                             .order_by(OutboxEntry.seq.desc())).first()
        assert (row.notes, type(row.notes)) == ("改到下周一再打。", str)
        assert stored.notes_words is None
        assert last is not None and last.fields.get("notes_words", "unsent") is None

        # words left behind by an older laptop's edit (it knows no such column) go unread
        with store.write.begin() as s:
            s.execute(update(Activity).where(Activity.id == moved).values(
                notes="An older laptop's words.", notes_words=words_of(Worded(
                    FOLLOW_UP_MOVED, DAY))))
        with store.session() as s:
            [row] = q.timeline(s, account)
        assert (row.notes, type(row.notes)) == ("An older laptop's words.", str)
    finally:
        store.close()


def test_note_words_migrate_up_and_down_keeping_the_notes(tmp_path: Path) -> None:
    """0033_note_words adds the words beside the activities' notes: those from before
    keep their text and read as it; taking it back keeps the notes."""
    path = tmp_path / "older.db"
    store = open_store(path, create=True)
    with store.write.begin() as s:
        account = new_account(s, name="Acme", owner_id=None, team_id=None)
    store.close()

    migrate(path, "0032_reason_words")
    assert "notes_words" not in columns(path, "activities")
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO activities (id, account_id, kind, occurred_at, notes, done, "
                    "updated_at, deleted) VALUES (?, ?, 'note', '2026-12-01 09:00:00', "
                    "'Returned to the team pool long ago.', 1, '2026-12-01 09:00:00', 0)",
                    (uuid.uuid4().hex, account.hex))
    store = open_store(path)  # upgraded to the head, backed up first
    try:
        assert "notes_words" in columns(path, "activities")
        with store.session() as s:
            [row] = q.timeline(s, account)
        assert (row.notes, type(row.notes)) == ("Returned to the team pool long ago.", str)
    finally:
        store.close()
    migrate(path, "0032_reason_words")
    assert "notes_words" not in columns(path, "activities")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT notes FROM activities").fetchall() == [
            ("Returned to the team pool long ago.",)]


def test_a_name_or_a_number_in_a_hebrew_sentence_reads_as_typed(qapp: QApplication) -> None:
    """A right-to-left window isolates each figure that is a name, a phone or a place
    (its "+" stays on its left, its parentheses the right way round), in a sentence
    worded either way; a left-to-right window writes them as they are."""
    phone, steps = "+1 (404) 632-0845", [Task("Kick-off call", DAY, 1)]
    note = Worded("Returned to the team pool from {0}: {1}.", "Amy Chen (East)", phone)
    try:
        install_language(qapp, "he")
        for shown in (said(note), in_words(note)):
            assert f"{FSI}Amy Chen (East){PDI}" in shown and f"{FSI}{phone}{PDI}" in shown
        assert f"{FSI}Kick-off call{PDI}" in in_words(handoff_note("Dana Levi", steps))
    finally:
        install_language(qapp, "en")
    assert said(note) == in_words(note) == (
        f"Returned to the team pool from Amy Chen (East): {phone}.")
