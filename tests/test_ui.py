"""The window driven as a rep drives it: real widgets, offscreen, over a real workspace."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.app import rights
from crmdesk.app.accounts import edit_field
from crmdesk.domain.contracts import Fill
from crmdesk.domain.dedupe import company_key, phone_e164
from crmdesk.domain.lifecycle import Status
from crmdesk.store import derived
from crmdesk.store import queries as q
from crmdesk.store.db import Store, copy_workspace
from crmdesk.store.models import Account, Activity, Contact
from crmdesk.store.workspace_keys import DERIVED_DAY, PHONE_REGION
from crmdesk.ui.changes import ChangeBus, Selection
from crmdesk.ui.context import AppContext
from crmdesk.ui.contract_dialogs import ContractDialog, PaymentDialog
from crmdesk.ui.dialogs import LostDialog, MergeDialog, NewLeadDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.queue_pane import ACCOUNT_ID_ROLE, QueueModel
from crmdesk.ui.settings import DECLARED, QUEUE_FILTER, WINDOW_GEOMETRY, WINDOW_STATE
from crmdesk.ui.settings_dialog import SettingsDialog
from crmdesk.ui.tasks import TaskRunner
from tests.conftest import ACCOUNTS, TODAY


def make_window(store: Store, tmp_path: Path, qtbot: QtBot, username: str | None = None
                ) -> MainWindow:
    with store.session() as session:
        user = q.user_by_name(session, username) if username else q.first_rep(session)
    assert user is not None
    app = QApplication.instance()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store, user, TaskRunner(app), ChangeBus(app), Selection(app), settings,
                     today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.is_settled, timeout=15000)
    return window


@pytest.fixture
def window(seeded: Store, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    win = make_window(seeded, tmp_path, qtbot)
    yield win
    win.ctx.runner.wait()


def settle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.wait(1)
    qtbot.waitUntil(window.is_settled, timeout=15000)


def near_duplicates(store: Store, window: MainWindow | None = None
                    ) -> tuple[uuid.UUID, uuid.UUID]:
    """Two accounts the seed made as the same company typed twice (with `window`: two
    its user may change, not companies they see only through a deal's team)."""
    with store.session() as session:
        names = session.execute(select(Account.id, Account.name)).all()
    by_key: dict[str, list[uuid.UUID]] = {}
    for account_id, name in names:
        by_key.setdefault(company_key(name), []).append(account_id)
    first, second = next(ids for ids in by_key.values() if len(ids) > 1 and (
        window is None or not any(rights.may_change(window.ctx.app, "accounts", i)
                                  for i in ids[:2])))[:2]
    return first, second


def select_row(window: MainWindow, qtbot: QtBot, row: int) -> uuid.UUID:
    index = window.queue.model.index(row, 0)
    window.queue.table.setCurrentIndex(index)
    settle(window, qtbot)
    account_id = window.queue.model.data(index, ACCOUNT_ID_ROLE)
    assert isinstance(account_id, uuid.UUID)
    return account_id


def test_models_pass_the_model_tester(window: MainWindow, qtmodeltester: object) -> None:
    tester = qtmodeltester
    tester.check(window.queue.model)  # type: ignore[attr-defined]
    tester.check(window.timeline.model)  # type: ignore[attr-defined]
    window.queue.search.setText("ltd")
    window.ctx.runner.wait()
    tester.check(window.queue.results_model)  # type: ignore[attr-defined]


def test_selecting_a_row_shows_that_account_everywhere(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    assert window.queue.model.rowCount() > 10
    account_id = select_row(window, qtbot, 3)
    card = window.card.data
    assert card is not None and card.card.id == account_id
    assert window.card.name.text() == card.card.name
    assert window.graph.data is not None and window.graph.data.account_id == account_id
    assert window.graph.data.graph.account.label == card.card.name
    assert window.graph.drawing is not None
    assert card.card.name in [b.node.label for b in window.graph.drawing.boxes]
    with window.ctx.store.session() as session:
        expected = [a.id for a in q.timeline(session, account_id, limit=50)]
    assert [a.id for a in window.timeline.model.activities()] == expected


def test_logging_a_call_tops_the_timeline_and_reorders_the_queue(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    rows = window.queue.model.rowCount()
    account_id = select_row(window, qtbot, rows - 1)  # the least urgent account
    assert window.queue.model.row_of(account_id) == rows - 1
    form = window.timeline.form
    form.kind.setCurrentIndex(form.kind.findData("call"))
    form.outcome.setCurrentIndex(form.outcome.findData("reached"))
    qtbot.keyClicks(form.notes, "Spoke with purchasing; send a quote")
    form.pick("tomorrow")
    assert form.follow_up() == TODAY + timedelta(days=1)
    form.follow.setDate(form.follow.date().addDays(-1))  # due today: the top band
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(a.notes == "Spoke with purchasing; send a quote"
                                for a in window.timeline.model.activities()), timeout=10000)
    settle(window, qtbot)
    top = window.timeline.model.activities()[0]
    assert top.notes == "Spoke with purchasing; send a quote"
    assert top.next_follow_up_on == TODAY
    assert form.notes.toPlainText() == ""  # cleared for the next entry
    new_row = window.queue.model.row_of(account_id)
    assert 0 <= new_row < rows - 1  # moved up: due today comes before the rest
    assert window.queue.model.data(window.queue.model.index(new_row, 0),
                                   Qt.ItemDataRole.UserRole + 2) == 1  # the due-today band
    assert window.card.data is not None
    assert window.card.data.card.next_follow_up_on == TODAY
    qtbot.waitUntil(lambda: window.pending.text().split()[0].isdigit() and
                    int(window.pending.text().split()[0]) >= 2, timeout=5000)  # activity+account


def test_search_by_last_four_phone_digits(window: MainWindow, qtbot: QtBot,
                                          seeded: Store) -> None:
    with seeded.session() as session:
        contact = session.scalars(select(Contact).where(Contact.mobile.is_not(None))
                                  .order_by(Contact.id).limit(1)).one()
    digits = "".join(c for c in contact.mobile or "" if c.isdigit())
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.queue.search.hasFocus()
    qtbot.keyClicks(window.queue.search, digits[-4:])
    qtbot.waitUntil(lambda: any(h.ref_id == contact.id
                                for h in window.queue.results_model.hits()), timeout=10000)
    hits = window.queue.results_model.hits()
    while window.queue.results.currentIndex().row() != [h.ref_id for h in hits].index(
            contact.id):
        qtbot.keyClick(window.queue.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.queue.search, Qt.Key.Key_Return)
    settle(window, qtbot)
    assert window.ctx.selection.account_id == contact.account_id
    assert window.ctx.selection.contact_id == contact.id
    assert window.card.data is not None and window.card.data.card.id == contact.account_id


def test_search_says_when_nothing_matches(window: MainWindow, qtbot: QtBot) -> None:
    window.queue.search.setText("zzqqxx")
    qtbot.waitUntil(lambda: window.queue.hint.isVisible(), timeout=5000)
    assert "No company, person, phone, email or tag matches" in window.queue.hint.text()
    window.queue.search.setText("z")
    qtbot.waitUntil(lambda: "two letters" in window.queue.hint.text(), timeout=5000)


def test_clicking_a_graph_node_selects_that_contact(window: MainWindow, qtbot: QtBot,
                                                    seeded: Store) -> None:
    with seeded.session() as session:
        account_id = session.scalar(
            select(Contact.account_id).group_by(Contact.account_id)
            .having(func.count() >= 3).limit(1))
    assert account_id is not None
    window.ctx.selection.select_account(account_id)
    settle(window, qtbot)
    drawing = window.graph.drawing
    assert drawing is not None
    target = next(b for b in drawing.boxes if b.node.kind == "contact")
    view = window.graph.view
    point = view.to_view(target.cx, target.cy).toPoint()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.ctx.selection.contact_id is not None, timeout=5000)
    assert window.ctx.selection.contact_id == uuid.UUID(target.node.id)
    assert window.ctx.selection.account_id == account_id


def test_duplicate_banner_for_a_near_duplicate(window: MainWindow, qtbot: QtBot,
                                               seeded: Store) -> None:
    pair = near_duplicates(seeded)
    window.ctx.selection.select_account(pair[0])
    settle(window, qtbot)
    qtbot.waitUntil(window.card.banner.isVisible, timeout=10000)
    assert "Possible duplicate" in window.card.banner_text.text()
    assert "legal form" in window.card.banner_text.text()
    assert uuid.UUID(window.card.duplicates[0].ref) in pair


def test_card_fields_are_checked_before_saving(window: MainWindow, qtbot: QtBot,
                                               seeded: Store) -> None:
    account_id = select_row(window, qtbot, 0)
    phone = window.card.fields["phone"]
    editor = phone.editor
    editor.setFocus()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "12")
    editor.editingFinished.emit()  # type: ignore[union-attr]
    qtbot.waitUntil(phone.problem.isVisible, timeout=5000)
    assert "wrong number of digits" in phone.problem.text()
    with seeded.session() as session:
        assert session.get(Account, account_id).phone != "12"  # type: ignore[union-attr]
    region = window.card.fields["region"]
    region.editor.setFocus()
    region.editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(region.editor, "Zhejiang")
    region.editor.editingFinished.emit()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.card.data is not None and
                    window.card.data.card.region == "Zhejiang", timeout=5000)


def test_status_actions_explain_themselves(window: MainWindow, qtbot: QtBot,
                                           seeded: Store) -> None:
    with seeded.session() as session:
        contracted = session.scalar(select(Account.id).where(
            Account.status == Status.CONTRACTED, Account.owner_id == window.ctx.user.id))
    window.ctx.selection.select_account(contracted)
    settle(window, qtbot)
    lost = window.card.buttons["lost"]
    assert not lost.isEnabled() and "handed to service" in lost.toolTip()
    # what the status means is the status path's and the next step's tooltip
    assert window.card.path.toolTip().startswith("Contracted: A contract is signed")
    assert window.card.next_step.toolTip() == window.card.path.toolTip()
    assert window.card.path.status is Status.CONTRACTED


def test_a_half_typed_entry_survives_closing_the_window(seeded: Store, tmp_path: Path,
                                                        qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    account_id = window.ctx.selection.account_id
    assert account_id is not None
    qtbot.keyClicks(window.timeline.form.notes, "Met the CFO at the expo, wants")
    window.close()
    reopened = make_window(seeded, tmp_path, qtbot)
    reopened.ctx.selection.select_account(account_id)
    settle(reopened, qtbot)
    assert reopened.timeline.form.notes.toPlainText() == "Met the CFO at the expo, wants"
    assert reopened.timeline.draft_note.text() == "Draft restored"
    with seeded.session() as session:
        assert not session.scalar(select(func.count()).where(
            Activity.notes.like("Met the CFO%")))


def test_merge_from_the_banner_keeps_everything(window: MainWindow, qtbot: QtBot,
                                                seeded: Store) -> None:
    keep, drop = near_duplicates(seeded, window)
    with seeded.session() as session:
        before = session.scalar(select(func.count()).where(
            Activity.account_id.in_([keep, drop])))
    window.ctx.selection.select_account(keep)
    settle(window, qtbot)
    qtbot.waitUntil(window.card.banner.isVisible, timeout=10000)

    chosen: list[uuid.UUID] = []

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MergeDialog):
            chosen.extend((dialog.survivor_id(), dialog.dropped_id()))
            dialog.accept()
        else:
            QTimer.singleShot(50, accept)

    QTimer.singleShot(50, accept)
    window.card.banner_button.click()
    qtbot.waitUntil(lambda: "Merged" in window.statusBar().currentMessage(), timeout=10000)
    kept, other = chosen
    assert {kept, other} == {keep, drop}
    with seeded.session() as session:
        assert session.scalar(select(func.count()).where(Activity.account_id == kept)) == before
        assert session.get(Account, other).deleted  # type: ignore[union-attr]


def test_screenshot_command_writes_a_real_picture(seeded_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    workspace = tmp_path / "workspace.db"  # the window starts its day there: a copy
    copy_workspace(seeded_file, workspace)
    result = subprocess.run(
        [sys.executable, "-m", "crmdesk.cli", "--db", str(workspace), "--screenshot",
         str(out), "--size", "1366x768"],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
             "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 23)}
    assert len(colours) > 20  # not a blank or single-colour window


def test_screenshot_with_unknown_user_is_a_clear_error(seeded_file: Path,
                                                       tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "crmdesk.cli", "--db", str(seeded_file), "--user", "nobody",
         "--screenshot", str(tmp_path / "x.png")],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 1
    assert "No user “nobody”" in result.stderr and "Traceback" not in result.stderr


def test_team_lead_sees_the_whole_team(seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot, username="lead.north")
    combo = window.queue.filter
    combo.setCurrentIndex(combo.findData("team"))
    settle(window, qtbot)
    with seeded.session() as session:
        team = session.scalar(select(func.count()).where(
            Account.team_id == window.ctx.user.team_id, Account.deleted.is_(False)))
    assert window.queue.model.rowCount() == team
    owners = {window.queue.model.data(window.queue.model.index(r, QueueModel.COL_OWNER))
              for r in range(min(200, team))}
    assert len(owners) > 1  # the team's reps (and its pool), not one person's book


def test_runner_drops_superseded_results(qtbot: QtBot) -> None:
    import threading

    runner = TaskRunner()
    seen: list[str] = []
    gate = threading.Event()

    def slow() -> str:
        gate.wait(5)
        return "old"

    runner.run(slow, seen.append, key="search")
    runner.run(lambda: "new", seen.append, key="search")
    qtbot.waitUntil(lambda: "new" in seen, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    assert seen == ["new"]  # the answer to an older question never overwrites a newer one
    failures: list[BaseException] = []
    runner.run(lambda: 1 / 0, seen.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_dialogs_say_what_the_commands_refuse_in_their_words(window: MainWindow,
                                                             qtbot: QtBot,
                                                             seeded: Store) -> None:
    """A form shows the one rule's words and stays open; saved, it closes."""
    account_id = select_row(window, qtbot, 0)
    contract = ContractDialog(window.ctx, account_id, "", window)
    contract.number.setText("C-77")
    contract.amount.setValue(100)
    contract.fill(Fill.ONE)
    contract.amount.setValue(120)  # the schedule no longer adds up: refused, kept
    contract.accept()
    qtbot.waitUntil(lambda: bool(contract.error.text()), timeout=10000)
    assert contract.error.text() == ("The instalments add up to 100.00 CNY, not the "
                                     "contract's 120.00 CNY.")
    assert contract.result() != ContractDialog.DialogCode.Accepted
    assert contract.number.text() == "C-77" and len(contract.rows) == 1
    contract.amount.setValue(100)
    contract.accept()
    qtbot.waitUntil(lambda: contract.result() == ContractDialog.DialogCode.Accepted,
                    timeout=10000)
    payment = PaymentDialog(window.ctx, account_id, window, contract.created)
    payment.amount.setValue(250)
    payment.accept()
    qtbot.waitUntil(lambda: bool(payment.error.text()), timeout=10000)
    assert payment.error.text() == ("The payment 250.00 CNY is more than is still due on "
                                    "the contract (100.00 CNY).")
    assert payment.result() != PaymentDialog.DialogCode.Accepted
    payment.amount.setValue(40)
    payment.accept()
    qtbot.waitUntil(lambda: payment.result() == PaymentDialog.DialogCode.Accepted,
                    timeout=10000)
    with seeded.session() as session:
        saved = session.get(Account, account_id)
        assert saved is not None and saved.status is Status.CONTRACTED

    lead = NewLeadDialog(window.ctx, window)
    lead.name.setText("Brand New Widgets Co")
    lead.website.setText("not a site")
    lead.accept()  # the card's rule for a website, in the card's words
    assert "is not a web address" in lead.error.text()
    lead.website.setText("brand-new-widgets.example")
    lead.accept()
    qtbot.waitUntil(lambda: lead.created is not None, timeout=10000)
    settle(window, qtbot)

    lost = LostDialog(window.ctx, account_id, "the first account", window)
    lost.accept()
    qtbot.waitUntil(lambda: bool(lost.error.text()), timeout=10000)
    assert lost.error.text() == "Say why the account was lost."  # the lifecycle's words
    settle(window, qtbot)


def test_the_dock_layout_persists(seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    window = make_window(seeded, tmp_path, qtbot)
    window.docks["graph"].hide()
    window.close()
    again = make_window(seeded, tmp_path, qtbot)
    again.restore_layout()
    assert again.docks["graph"].isHidden()
    again.reset_layout()
    assert not again.docks["graph"].isHidden()


def test_the_queue_filter_and_layout_are_kept_as_declared_settings(
        seeded: Store, tmp_path: Path, qtbot: QtBot) -> None:
    """What the window keeps per user goes through crmdesk.ui.settings, by its keys."""
    window = make_window(seeded, tmp_path, qtbot)
    other = next(i for i in range(window.queue.filter.count())
                 if i != window.queue.filter.currentIndex())
    window.queue.filter.setCurrentIndex(other)
    chosen = window.queue.filter.currentData()
    settle(window, qtbot)
    window.close()
    kept = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert QUEUE_FILTER.get(kept) == chosen
    assert not WINDOW_GEOMETRY.get(kept).isEmpty() and not WINDOW_STATE.get(kept).isEmpty()
    assert set(kept.allKeys()) <= {setting.key for setting in DECLARED}
    again = make_window(seeded, tmp_path, qtbot)
    assert again.queue.filter.currentData() == chosen


def test_text_typed_for_one_account_is_saved_to_that_account(window: MainWindow,
                                                             qtbot: QtBot,
                                                             seeded: Store) -> None:
    first = select_row(window, qtbot, 0)
    region = window.card.fields["region"].editor
    region.setFocus()
    region.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(region, "Typed-for-first")
    window.queue.step(1)  # Ctrl+Down before leaving the field
    settle(window, qtbot)
    second = window.ctx.selection.account_id
    assert second != first
    window.ctx.runner.wait()
    with seeded.session() as session:
        assert session.get(Account, first).region == "Typed-for-first"  # type: ignore[union-attr]
        assert session.get(Account, second).region != "Typed-for-first"  # type: ignore[union-attr]
    assert window.card.fields["region"].editor.text() != "Typed-for-first"  # type: ignore[union-attr]


def test_saving_twice_quickly_logs_one_activity_and_keeps_new_typing(
        window: MainWindow, qtbot: QtBot, seeded: Store) -> None:
    account_id = select_row(window, qtbot, 1)
    form = window.timeline.form
    qtbot.keyClicks(form.notes, "Only once")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.notes, "next thought")
    settle(window, qtbot)
    with seeded.session() as session:
        assert session.scalar(select(func.count()).where(
            Activity.account_id == account_id, Activity.notes == "Only once")) == 1
    assert form.notes.toPlainText() == "next thought"


def test_quick_edits_in_a_row_all_survive(window: MainWindow, qtbot: QtBot,
                                          seeded: Store) -> None:
    account_id = select_row(window, qtbot, 0)
    with seeded.session.begin() as session:
        held = session.get(Account, account_id)
        assert held is not None
        # a software company's fields only (a large seed may have given it another line's)
        held.business_line, held.custom_fields = "software", {}
    card = window.card
    card._save_custom(account_id, "seats", 40)
    card._save_custom(account_id, "deployment", "cloud")
    card._save_custom(account_id, "current_system", "spreadsheets")
    window.ctx.runner.wait()
    settle(window, qtbot)
    with seeded.session() as session:
        fields = session.get(Account, account_id).custom_fields  # type: ignore[union-attr]
    assert {"seats": 40, "deployment": "cloud", "current_system": "spreadsheets"}.items() <= \
        fields.items()


def test_tags_edited_on_the_card(window: MainWindow, qtbot: QtBot) -> None:
    select_row(window, qtbot, 2)
    qtbot.keyClicks(window.card.new_tag, "Expo lead")
    qtbot.keyClick(window.card.new_tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.data is not None and
                    "Expo lead" in [t.name for t in window.card.data.card.tags], timeout=5000)
    assert window.card.new_tag.text() == ""
    tag = next(t for t in window.card.data.card.tags if t.name == "Expo lead")  # type: ignore[union-attr]
    window.card.tags.linkActivated.emit(f"untag:{tag.id.hex}")
    qtbot.waitUntil(lambda: window.card.data is not None and
                    "Expo lead" not in [t.name for t in window.card.data.card.tags],
                    timeout=5000)
    # a blank name is refused in the rule's words, not ignored without a word
    qtbot.keyClicks(window.card.new_tag, "   ")
    qtbot.keyClick(window.card.new_tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.tag_problem.isVisible(), timeout=5000)
    assert window.card.tag_problem.text() == "A tag needs a name."


def test_the_window_starts_each_day_when_it_opens_and_when_the_date_moves_on(
        seeded: Store, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # the pass takes many steps (a couple of dozen, at any size: a step of 25 would be
    # 800 at the large size, each a task of its own, and the wait below is not that long)
    monkeypatch.setattr(derived, "DAY_STEP", max(25, ACCOUNTS // 24))
    later = TODAY + timedelta(days=90)
    with seeded.session() as s:
        # the seed keeps its values as the rules give them on its day
        assert DERIVED_DAY.get(s) == TODAY and derived.stale(s, TODAY) == {}
        turning = derived.stale(s, later)
    assert turning  # ninety days on, some scores have moved
    window = make_window(seeded, tmp_path, qtbot)
    with seeded.session() as s:
        assert derived.stale(s, TODAY) == {}  # opening on the same day changed nothing
    days = [later]
    window.ctx.today = lambda: days[0]
    window.day_watch.check()  # what its timer does each minute
    # a save made as the day starts goes in between the pass's steps, not after them
    account = next(iter(turning))
    saved_while_starting: list[bool] = []
    window.ctx.command(lambda app: edit_field(app, account, "industry", "Logistics"),
                       lambda _: saved_while_starting.append(window.day_watch.starting))
    settle(window, qtbot)
    assert saved_while_starting == [True] and not window.day_watch.starting
    with seeded.session() as s:
        assert DERIVED_DAY.get(s) == later and derived.stale(s, later) == {}
        scores = {row[0]: row[1] for row in s.execute(select(Account.id, Account.value_score))}
    for account, values in turning.items():
        if "value_score" in values:
            assert scores[account] == values["value_score"]


def test_the_phone_region_is_chosen_from_the_file_menu(window: MainWindow, qtbot: QtBot,
                                                       seeded: Store) -> None:
    """File ▸ Phone region… lists every region by name; OK saves the choice for the
    workspace and the forms read numbers in it from then on; text naming no region is
    refused in words and saves nothing. It is the settings dialog, on its Work page."""
    window.choose_phone_region()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Work"
    assert dialog.region.currentData() == window.ctx.region == "CN"
    assert dialog.region.currentText().startswith("China (CN, +86)")
    dialog.region.setEditText("Atlantis")
    dialog.accept()
    assert dialog.error.text() == "Choose a region from the list."
    with seeded.session() as s:
        assert PHONE_REGION.get(s) == "CN"
    dialog.region.setCurrentIndex(dialog.region.findData("US"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.ctx.region == "US", timeout=5000)
    with seeded.session() as s:
        assert PHONE_REGION.get(s) == "US"
    assert window.ctx.app.region == "US"
    assert phone_e164("(212) 456-7890", window.ctx.region) == "+12124567890"
