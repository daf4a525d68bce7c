"""Merging two accounts that are one company: the record with the history survives
whichever one was open, the user picks each differing value, nothing changes on Cancel.
Store tests on a real seeded workspace; the dialog driven through the real window."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.merge import History, MergeSide, propose_survivor
from crmdesk.store import queries as q
from crmdesk.store.db import Store, raw_connection
from crmdesk.store.duplicates import merge_pair
from crmdesk.store.journal import pending_count
from crmdesk.store.models import (
    Account,
    AccountRelation,
    AccountRollup,
    AccountTag,
    Activity,
    Contact,
    DecisionRole,
    OutboxEntry,
    Payment,
    Referral,
    RelationKind,
    User,
)
from crmdesk.store.records import RECORDS, Merge
from crmdesk.store.review import kept_facts
from crmdesk.store.writes import (
    ActivityInput,
    Refused,
    add_tag,
    log_activity,
    merge_accounts,
    new_account,
    new_contact,
)
from crmdesk.ui.dialogs import MergeDialog
from crmdesk.ui.formats import day_text
from crmdesk.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.review_world import assert_flow_facts
from tests.test_ui import make_window, settle

# ---- the rule ----------------------------------------------------------------------


def _side(n: int, acquired: date | None = None, **fields: str) -> MergeSide:
    return MergeSide(uuid.uuid4(), fields, History(activities=n), acquired)


def test_the_record_with_more_history_is_proposed_then_the_first_acquired() -> None:
    empty, real = _side(0, TODAY, name="Acme"), _side(3, date(2024, 1, 5), name="Acme Ltd")
    assert propose_survivor(empty, real) == (real, empty)
    assert propose_survivor(real, empty) == (real, empty)
    older, newer = _side(2, date(2023, 1, 1)), _side(2, date(2025, 1, 1))
    assert propose_survivor(newer, older) == (older, newer)
    undated = _side(2)
    assert propose_survivor(undated, newer) == (newer, undated)
    # a full tie: the one already on the server is older than one made here since
    synced = _side(0, TODAY)
    made_here = MergeSide(uuid.uuid4(), {}, History(), TODAY, datetime(2026, 11, 25, 9))
    assert propose_survivor(made_here, synced) == (synced, made_here)


# ---- the store, on a seeded workspace -----------------------------------------------


def _real_customer(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    """(account, its owner): a paying customer of the first rep with contacts and
    activities, whose name no other account shares."""
    with store.session() as s:
        rep = q.first_rep(s)
        assert rep is not None
        keys = s.execute(select(Account.name_key, func.count()).where(
            Account.deleted.is_(False)).group_by(Account.name_key)).all()
        unique = {key for key, n in keys if n == 1}
        paid = select(Payment.account_id).where(Payment.deleted.is_(False))
        for account in s.scalars(select(Account).where(
                Account.owner_id == rep.id, Account.id.in_(paid), Account.deleted.is_(False),
                Account.acquired_on.is_not(None), Account.acquired_on < TODAY)
                .order_by(Account.name)):
            talked = s.scalar(select(func.count()).where(Activity.account_id == account.id))
            people = s.scalar(select(func.count()).where(Contact.account_id == account.id))
            if account.name_key in unique and talked and people:
                return account.id, rep.id
    raise AssertionError("the seed has no paying customer with history")


def _empty_duplicate(store: Store, real: uuid.UUID, **fields: object) -> uuid.UUID:
    """What a rep makes by typing the customer in again as a new lead, today."""
    with store.write.begin() as s:
        account = s.get(Account, real)
        assert account is not None
        return new_account(s, name=f"{account.name} Co., Ltd.", owner_id=account.owner_id,
                           team_id=account.team_id, acquired_on=TODAY, **fields)


def _snapshot(store: Store, account_id: uuid.UUID) -> dict[str, object]:
    with store.session() as s:
        a = s.get(Account, account_id)
        assert a is not None
        return {"name": a.name, "name_key": a.name_key, "acquired_on": a.acquired_on,
                "channel_id": a.channel_id, "region": a.region, "deleted": a.deleted,
                "phone": a.phone, "phone_e164": a.phone_e164}


def test_an_empty_duplicate_opened_and_merged_keeps_the_real_customer(seeded: Store) -> None:
    real, rep = _real_customer(seeded)
    before = _snapshot(seeded, real)
    with seeded.session() as s:
        history = s.scalar(select(func.count()).where(Activity.account_id == real,
                                                      Activity.deleted.is_(False)))
    dup = _empty_duplicate(seeded, real)
    with seeded.write.begin() as s:
        log_activity(s, dup, rep, ActivityInput(ActivityKind.CALL, Outcome.REACHED,
                                                "called the new lead"))
        new_contact(s, dup, name="Dup Person", mobile="137 0000 3333")
    with seeded.session() as s:
        sides = merge_pair(s, dup, real)  # the duplicate is the open record
        assert sides is not None
        start = pending_count(s)
    assert sides[0].created is not None and sides[1].created is None  # made here, unsent
    survivor, dropped = propose_survivor(*sides)
    assert (survivor.id, dropped.id) == (real, dup)
    assert survivor.history.activities == history and dropped.history.total == 2
    with seeded.write.begin() as s:
        result = merge_accounts(s, survivor.id, dropped.id)
    assert (result.kept, result.dropped) == (real, dup)
    assert result.moved["contacts"] == 1 and result.moved["activities"] == 1
    after = _snapshot(seeded, real)
    assert after == before  # its name and acquisition: the earlier one is its own
    assert _snapshot(seeded, dup)["deleted"] is True
    with seeded.session() as s:
        notes = set(s.scalars(select(Activity.notes).where(Activity.account_id == real,
                                                           Activity.deleted.is_(False))))
        assert len(notes) >= 2 and "called the new lead" in notes
        assert "Dup Person" in {c.name for c in q.contacts(s, real)}
        # every change waits in the outbox for sync: the moves and the tombstone
        entries = s.execute(select(OutboxEntry.entity, OutboxEntry.row_id, OutboxEntry.fields)
                            .where(OutboxEntry.seq > start)).all()
        moved = {row for entity, row, fields in entries
                 if entity in ("activities", "contacts") and fields.get("account_id") == real.hex}
        assert len(moved) == 2
        assert ("accounts", dup) in {(e, r) for e, r, f in entries if f.get("deleted") is True}


def test_the_users_choice_of_each_value_is_kept(seeded: Store) -> None:
    real, _rep = _real_customer(seeded)
    dup = _empty_duplicate(seeded, real, region="Zhejiang", phone="021-6234 5678")
    with seeded.write.begin() as s:
        account = s.get(Account, dup)
        assert account is not None
        account.acquired_on = date(2019, 3, 1)  # came in long before, by hand
    before = _snapshot(seeded, real)
    with seeded.session() as s:
        start = pending_count(s)
    with seeded.write.begin() as s, pytest.raises(Refused, match="one of the two accounts"):
        merge_accounts(s, real, dup, choices={"region": uuid.uuid4()})
    with seeded.write.begin() as s, pytest.raises(Refused, match="can be chosen"):
        merge_accounts(s, real, dup, choices={"owner_id": dup})
    with seeded.session() as s:
        assert pending_count(s) == start  # a refused merge changes nothing
    with seeded.write.begin() as s:
        result = merge_accounts(s, real, dup, choices={"name": dup, "region": dup,
                                                       "phone": real})
    after = _snapshot(seeded, real)
    assert after["name"] == f"{before['name']} Co., Ltd." and after["region"] == "Zhejiang"
    assert after["name_key"] == before["name_key"]
    assert (after["phone"], after["phone_e164"]) == (before["phone"], before["phone_e164"])
    assert after["acquired_on"] == date(2019, 3, 1)  # the earliest of the two
    assert result.changed["region"] == (before["region"], "Zhejiang")
    assert result.changed["acquired_on"] == (before["acquired_on"], date(2019, 3, 1))
    assert "phone" not in result.changed


def test_a_dropped_accounts_deals_follow_the_survivors_owner(seeded: Store) -> None:
    with seeded.session() as s:
        role = s.scalars(select(DecisionRole).where(DecisionRole.deleted.is_(False))).first()
        assert role is not None
        with_deal = s.scalar(select(Contact.account_id).where(Contact.id == role.contact_id))
        assert with_deal is not None
        other_rep = s.scalar(select(User.id).where(User.id != role.owner_id,
                                                   User.team_id == role.team_id))
        assert other_rep is not None
    dup = new_account_for(seeded, other_rep, role.team_id)
    with seeded.write.begin() as s:
        # the account with the deal is folded into another rep's record
        merge_accounts(s, dup, with_deal)
    with seeded.session() as s:
        moved = s.get(DecisionRole, role.id)
        assert moved is not None and moved.owner_id == other_rep
        assert s.scalar(select(func.count()).where(
            Contact.account_id == with_deal, Contact.deleted.is_(False))) == 0
        # the facts the review keeps followed the records (crmdesk.store.review.kept_facts):
        # the survivor has the deals now, the folded account none
        raw = raw_connection(s)
        assert kept_facts.drift(raw) == []
        dealt = dict(raw.execute("SELECT id, review_dealt_on FROM accounts WHERE id IN (?, ?)",
                                 (dup.hex, with_deal.hex)).fetchall())
        assert dealt[dup.hex] is not None and dealt[with_deal.hex] is None
    assert_flow_facts(seeded)  # the review's facts follow the deals and contracts moved


def new_account_for(store: Store, owner: uuid.UUID | None, team: uuid.UUID | None
                    ) -> uuid.UUID:
    with store.write.begin() as s:
        return new_account(s, name="Survivor Holdings", owner_id=owner, team_id=team)


# ---- the dialog, through the window -------------------------------------------------


def _when_dialog(act: Callable[[MergeDialog], None]) -> None:
    """Run `act` on the merge dialog as soon as it is shown (it runs modally)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MergeDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def _open_merge(window: MainWindow, qtbot: QtBot, account_id: uuid.UUID) -> None:
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    qtbot.waitUntil(window.card.banner.isVisible, timeout=10000)
    window.card.banner_button.click()


@pytest.fixture
def pair(seeded: Store) -> tuple[uuid.UUID, uuid.UUID]:
    """(real customer, new empty duplicate of it)."""
    real, _rep = _real_customer(seeded)
    return real, _empty_duplicate(seeded, real, region="Zhejiang")


@pytest.fixture
def window(seeded: Store, tmp_path: Path, qtbot: QtBot, pair: tuple[uuid.UUID, uuid.UUID]
           ) -> Iterator[MainWindow]:
    """The window over the workspace holding the pair."""
    win = make_window(seeded, tmp_path, qtbot)
    yield win
    win.ctx.runner.wait()


def test_merging_from_the_open_duplicate_proposes_the_real_customer(
        seeded: Store, window: MainWindow, qtbot: QtBot,
        pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    real, dup = pair
    before = _snapshot(seeded, real)
    seen: dict[str, object] = {}

    def confirm(dialog: MergeDialog) -> None:
        seen["survivor"] = dialog.survivor_id()
        seen["region"] = dialog.choices().get("region")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _when_dialog(confirm)
    _open_merge(window, qtbot, dup)
    qtbot.waitUntil(lambda: "Merged" in window.statusBar().currentMessage(), timeout=10000)
    # its own region, unless it had none
    assert seen == {"survivor": real, "region": real if before["region"] else dup}
    after = _snapshot(seeded, real)
    assert {k: after[k] for k in ("name", "acquired_on", "deleted")} == {
        k: before[k] for k in ("name", "acquired_on", "deleted")}
    assert after["region"] == (before["region"] or "Zhejiang")
    assert _snapshot(seeded, dup)["deleted"] is True
    settle(window, qtbot)
    assert window.ctx.selection.account_id == real  # the open record went; its survivor shows


def test_switching_the_survivor_and_a_field_in_the_dialog(
        seeded: Store, window: MainWindow, qtbot: QtBot,
        pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    real, dup = pair
    before = _snapshot(seeded, real)
    with seeded.session() as s:
        activities = s.scalar(select(func.count()).where(Activity.account_id == real,
                                                         Activity.deleted.is_(False)))
    seen: dict[str, object] = {}

    def switch(dialog: MergeDialog) -> None:
        dialog.survivor_buttons[dup].click()
        seen["name"] = dialog.choices()["name"]  # the new survivor's own name proposed
        dialog.field_buttons["name"][real].click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _when_dialog(switch)
    _open_merge(window, qtbot, dup)
    qtbot.waitUntil(lambda: "Merged" in window.statusBar().currentMessage(), timeout=10000)
    assert seen["name"] == dup
    kept = _snapshot(seeded, dup)
    assert kept["name"] == before["name"] and not kept["deleted"]
    assert kept["acquired_on"] == before["acquired_on"]  # earlier than today's
    assert _snapshot(seeded, real)["deleted"] is True
    with seeded.session() as s:
        assert s.scalar(select(func.count()).where(
            Activity.account_id == dup, Activity.deleted.is_(False))) == activities


def test_cancel_changes_nothing(seeded: Store, window: MainWindow, qtbot: QtBot,
                                pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    real, dup = pair
    settle(window, qtbot)
    with seeded.session() as s:
        waiting = pending_count(s)
    before = (_snapshot(seeded, real), _snapshot(seeded, dup))
    shown: list[bool] = []

    def cancel(dialog: MergeDialog) -> None:
        shown.append(dialog.survivor_buttons[real].isChecked())
        dialog.survivor_buttons[dup].click()
        dialog.field_buttons["name"][real].click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    _when_dialog(cancel)
    _open_merge(window, qtbot, dup)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    settle(window, qtbot)
    window.ctx.runner.wait()
    assert shown == [True]
    assert (_snapshot(seeded, real), _snapshot(seeded, dup)) == before
    with seeded.session() as s:
        assert pending_count(s) == waiting
    assert "Merged" not in window.statusBar().currentMessage()


def test_the_dialog_says_what_will_happen(seeded: Store, qtbot: QtBot,
                                         pair: tuple[uuid.UUID, uuid.UUID]) -> None:
    real, dup = pair
    with seeded.session() as s:
        cards = (q.card(s, dup, TODAY), q.card(s, real, TODAY))
        sides = merge_pair(s, dup, real)
    assert cards[0] is not None and cards[1] is not None and sides is not None
    dialog = MergeDialog((cards[0], cards[1]), sides, ("same company name",))
    qtbot.addWidget(dialog)
    dialog.show()
    acquired = sides[1].acquired_on
    assert acquired is not None and acquired < TODAY
    text = dialog.summary.text()
    # the earliest acquired date, as the user's locale writes a day
    assert text.startswith(f"“{cards[1].name}” stays") and day_text(acquired) in text
    dialog.survivor_buttons[dup].click()
    text = dialog.summary.text()
    assert text.startswith(f"“{cards[0].name}” stays") and day_text(acquired) in text


def test_every_declared_kind_of_a_company_moves_as_declared(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    """The merge reads each kind's declaration: a relation to a third company moves, one
    between the two is dropped, a tag both have is kept once."""
    acme, rep, team = world["acme"], world["rep"], world["team"]
    with empty.write.begin() as s:
        dup = new_account(s, name="ACME Limited", owner_id=rep, team_id=team)
        third = new_account(s, name="Bolt Supplies", owner_id=rep, team_id=team)
        s.add_all([
            AccountRelation(from_account_id=third, to_account_id=dup,
                            kind=RelationKind.SUPPLIER_OF, owner_id=rep, team_id=team),
            AccountRelation(from_account_id=dup, to_account_id=acme,
                            kind=RelationKind.PARENT_OF, owner_id=rep, team_id=team)])
        add_tag(s, acme, "VIP")
        add_tag(s, dup, "vip")
        add_tag(s, dup, "Export")
    with empty.write.begin() as s:
        result = merge_accounts(s, acme, dup)
    assert set(result.moved) == {name for name, kind in RECORDS.items()
                                 if kind.merge in (Merge.MOVE, Merge.DEDUPE)}
    assert result.moved["account_relations"] == 2 and result.moved["account_tags"] == 2
    with empty.session() as s:
        live = s.execute(select(AccountRelation.from_account_id, AccountRelation.to_account_id)
                         .where(AccountRelation.deleted.is_(False))).all()
        assert live == [(third, acme)]  # the link between the two is gone
        tags = s.execute(select(AccountTag.account_id, AccountTag.deleted)).all()
        # VIP once on the survivor (the duplicate's own row dropped), Export moved over
        assert sorted((a == acme, d) for a, d in tags) == [(False, True), (True, False),
                                                           (True, False)]


def test_a_merge_moves_referrals_and_keeps_one_referrer(
        empty: Store, world: dict[str, uuid.UUID]) -> None:
    """Referrals move as relations do (those the duplicate made count for the survivor);
    a company keeps one referrer: the survivor's own, the duplicate's dropped; a
    referral between the two is dropped."""
    acme, rep, team = world["acme"], world["rep"], world["team"]
    with empty.write.begin() as s:
        dup = new_account(s, name="ACME Limited", owner_id=rep, team_id=team)
        bolt, cobalt, dyna = (new_account(s, name=n, owner_id=rep, team_id=team)
                              for n in ("Bolt Supplies", "Cobalt Works", "Dyna Tools"))
        pairs = [(bolt, acme), (cobalt, dup), (dup, dyna), (acme, dup)]
        for referrer, referred in pairs:
            s.add(Referral(account_id=referrer, referred_id=referred, owner_id=rep,
                           team_id=team))
    with empty.write.begin() as s:
        result = merge_accounts(s, acme, dup)
    assert result.moved["referrals"] == 3
    with empty.session() as s:
        live = s.execute(select(Referral.account_id, Referral.referred_id)
                         .where(Referral.deleted.is_(False))).all()
        # Bolt stays Acme's referrer (Cobalt's referral of the duplicate dropped), the
        # duplicate's referral of Dyna is Acme's, the one between the two is gone
        assert sorted(live) == sorted([(bolt, acme), (acme, dyna)])
        assert s.scalar(select(AccountRollup.referrals).where(
            AccountRollup.account_id == acme)) == 1


def test_a_rep_merges_neither_a_pool_account_nor_a_served_customer(seeded: Store) -> None:
    """Folding a pool account into one's own takes its history past the claim's limits
    (claim it first), and a served customer's service owner and onboarding tasks would
    be lost (an administrator merges it): both refused, nothing changed; an
    administrator merges a served customer."""
    from crmdesk.app import accounts, rights
    from crmdesk.app.context import Context
    from crmdesk.demo.service_demo import hand_off_recent
    from crmdesk.store.journal import QUIET
    from crmdesk.store.refusals import Refused

    with seeded.session.begin() as s:
        s.info[QUIET] = True
        assert hand_off_recent(s, TODAY) > 0
        served = s.scalars(select(Account).where(Account.service_owner_id.is_not(None))
                           .order_by(Account.name)).first()
        assert served is not None and served.owner_id is not None
        rep = s.get(User, served.owner_id)
        assert rep is not None and rep.team_id is not None
        pooled = s.scalars(select(Account).where(
            Account.owner_id.is_(None), Account.team_id == rep.team_id,
            Account.deleted.is_(False))).first()
        assert pooled is not None
        served_id, served_name, pooled_id, pooled_name = (
            served.id, served.name, pooled.id, pooled.name)
        rep_ref = q.UserRef(rep.id, rep.username, rep.display_name, rep.role, rep.team_id)
        admin = s.scalars(select(User).where(User.role == "admin")).first()
        assert admin is not None
        admin_ref = q.UserRef(admin.id, admin.username, admin.display_name, admin.role,
                              admin.team_id)
    mine = new_account_for(seeded, rep_ref.id, rep_ref.team_id)
    as_rep = Context(seeded, rep_ref, "CN", lambda: TODAY)
    before = pending_count_of(seeded)
    with pytest.raises(Refused) as served_refusal:
        accounts.merge(as_rep, mine, served_id)
    assert str(served_refusal.value) == rights.MERGE_SERVED.format(served_name)
    with pytest.raises(Refused) as pool_refusal:
        accounts.merge(as_rep, mine, pooled_id)
    assert str(pool_refusal.value) == rights.MERGE_FROM_POOL.format(pooled_name)
    assert pending_count_of(seeded) == before
    with seeded.session() as s:
        assert not any(s.get(Account, a).deleted  # type: ignore[union-attr]
                       for a in (served_id, pooled_id))
    accounts.merge(Context(seeded, admin_ref, "CN", lambda: TODAY), mine, served_id)
    with seeded.session() as s:
        assert s.get(Account, served_id).deleted  # type: ignore[union-attr]


def pending_count_of(store: Store) -> int:
    with store.session() as s:
        return pending_count(s)


def test_why_two_companies_look_alike_reads_in_chinese(seeded: Store, tmp_path: Path,
                                                       qtbot: QtBot, chinese: None) -> None:
    """The duplicate rule's reasons, worded: the card's banner, the merge dialog and the
    new-lead form say them in Chinese with their figures (the name's words, how alike
    as the locale writes a share, the phone number), joined as Chinese joins them."""
    import html

    from PySide6.QtWidgets import QLabel

    from crmdesk.domain.dedupe import company_words
    from crmdesk.ui.dialogs import NewLeadDialog

    real, _rep = _real_customer(seeded)
    dup = _empty_duplicate(seeded, real)
    with seeded.write.begin() as s:
        account = s.get(Account, real)
        assert account is not None
        name = account.name
        new_account(s, name="Qingluan Robotics Ltd", owner_id=account.owner_id,
                    team_id=account.team_id, phone="+86 139 0571 2233")
    alike = f"去掉“有限公司”等后缀后公司名称相同（“{company_words(name)}”）"
    window = make_window(seeded, tmp_path, qtbot)
    said: list[str] = []

    def look(dialog: MergeDialog) -> None:
        said.extend(label.text() for label in dialog.findChildren(QLabel)
                    if label.text().startswith("看起来相似的原因"))
        dialog.reject()

    _when_dialog(look)
    _open_merge(window, qtbot, dup)
    assert f"可能重复：</b> {html.escape(name)} — {html.escape(alike)}" in (
        window.card.banner_text.text())
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said == [f"看起来相似的原因：{alike}"]
    form = NewLeadDialog(window.ctx, window)
    qtbot.addWidget(form)
    form.name.setText("Qingluan Robotcs")
    form.phone.setText("+86 139 0571 2233")
    form.check()
    qtbot.waitUntil(lambda: bool(form.found), timeout=10000)
    assert form.warning.text() == (
        "<b>CRM 中可能已有此记录：</b><ul style='margin:2px'><li><b>Qingluan Robotics Ltd</b>："
        "公司名称相似（相似度 97%）；电话号码相同：+8613905712233</li></ul>")
    window.ctx.runner.wait()
