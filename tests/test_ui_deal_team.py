"""The deal editor's Team section, driven as the deal's owner drives it: colleagues of
every team offered (not the owner), one added with a role and removed again, each saved
at once through the app's commands; a member may not change the team, and the editor
says why in the command's words; the card marks a deal with a team. Real widgets,
offscreen, over a real SQLite workspace."""

from __future__ import annotations

import html
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain.deals import TEAM_ROLE_LABELS, TeamRole
from crmdesk.store.db import Store
from crmdesk.store.models import DealMember, Team, User
from crmdesk.ui.bidi import FSI, PDI
from crmdesk.ui.words import word
from tests.test_ui import make_window, settle
from tests.test_ui_deals import acme, new_deal, open_editor  # noqa: F401 (a fixture)
from tests.test_ui_languages import _rich_x, _visual_x


def _members(store: Store) -> dict[uuid.UUID, tuple[TeamRole, bool]]:
    with store.session() as s:
        return {row.user_id: (row.role, row.deleted) for row in s.scalars(select(DealMember))}


def test_the_owner_adds_a_colleague_of_another_team_and_removes_them(
        empty: Store, acme: dict[str, uuid.UUID], tmp_path: Path,  # noqa: F811
        qtbot: QtBot) -> None:
    with empty.session.begin() as s:
        west = Team(name="West")
        s.add(west)
        s.flush()
        wes = User(username="wes", display_name="Wes West", team_id=west.id)
        s.add(wes)
        s.flush()
        wes_id = wes.id
    deal_id = new_deal(empty, acme["acme"])
    window = make_window(empty, tmp_path, qtbot, "rep")
    window.ctx.selection.select_account(acme["acme"])
    settle(window, qtbot)
    dialog = open_editor(window, qtbot, deal_id)
    offered = [dialog.colleague.itemText(i) for i in range(dialog.colleague.count())]
    assert "Wes West (West)" in offered and "Lee Lead (East)" in offered
    assert not any(text.startswith("Rep One") for text in offered)  # the owner
    assert "No one else" in dialog.team_note.text()

    dialog.colleague.setCurrentIndex(offered.index("Wes West (West)"))
    dialog.team_role.setCurrentIndex(
        list(TEAM_ROLE_LABELS).index(TeamRole.SOLUTION_ENGINEER))
    dialog.add_member_button.click()
    qtbot.waitUntil(lambda: len(dialog.team_rows) == 1, timeout=10000)
    assert _members(empty) == {wes_id: (TeamRole.SOLUTION_ENGINEER, False)}
    label = dialog.team_rows[0][1].text()
    assert "Wes West" in label and "Solution engineer" in label and "West" in label
    assert "Wes West (West)" not in [dialog.colleague.itemText(i)
                                     for i in range(dialog.colleague.count())]
    assert not dialog.team_error.text()
    # the card marks the deal as having a team
    qtbot.waitUntil(lambda: "+1 on the team" in html.unescape(window.card.deals.list.text()),
                    timeout=10000)

    dialog.team_rows[0][2].click()
    qtbot.waitUntil(lambda: not dialog.team_rows, timeout=10000)
    assert _members(empty) == {wes_id: (TeamRole.SOLUTION_ENGINEER, True)}
    assert "Wes West (West)" in [dialog.colleague.itemText(i)
                                 for i in range(dialog.colleague.count())]
    dialog.reject()
    window.ctx.runner.wait()


def test_a_colleague_who_does_not_own_the_deal_is_told_why_nothing_was_added(
        empty: Store, acme: dict[str, uuid.UUID], tmp_path: Path,  # noqa: F811
        qtbot: QtBot) -> None:
    with empty.session.begin() as s:
        s.add(User(username="ben", display_name="Ben Two", team_id=acme["team"]))
    deal_id = new_deal(empty, acme["acme"])
    window = make_window(empty, tmp_path, qtbot, "ben")  # the rep's teammate, not owner
    window.ctx.selection.select_account(acme["acme"])
    settle(window, qtbot)
    dialog = open_editor(window, qtbot, deal_id)
    dialog.colleague.setCurrentIndex(0)
    dialog.add_member_button.click()
    qtbot.waitUntil(lambda: bool(dialog.team_error.text()), timeout=10000)
    assert "Only the deal's owner or their team lead" in dialog.team_error.text()
    assert _members(empty) == {}
    dialog.reject()
    window.ctx.runner.wait()


def test_the_team_reads_right_to_left_with_names_as_typed_in_hebrew(
        empty: Store, acme: dict[str, uuid.UUID], tmp_path: Path,  # noqa: F811
        qtbot: QtBot, hebrew: None) -> None:
    """A Latin name first laid a member's line, and a colleague's "name (team)", out left
    to right in a Hebrew window: the team's brackets came first as it reads."""
    with empty.session.begin() as s:
        west = Team(name="West")
        s.add(west)
        s.flush()
        s.add(User(username="wes", display_name="Wes West", team_id=west.id))
    deal_id = new_deal(empty, acme["acme"])
    window = make_window(empty, tmp_path, qtbot, "rep")
    window.ctx.selection.select_account(acme["acme"])
    settle(window, qtbot)
    dialog = open_editor(window, qtbot, deal_id)
    rtl = Qt.LayoutDirection.RightToLeft
    offered = [dialog.colleague.itemText(i) for i in range(dialog.colleague.count())]
    wes = f"{FSI}Wes West{PDI} ({FSI}West{PDI})"
    assert wes in offered
    # read from the right: the name, then its team in brackets
    assert _visual_x(wes, wes.index("W"), rtl) > _visual_x(wes, wes.index("("), rtl) \
        > _visual_x(wes, wes.index(")"), rtl)
    dialog.colleague.setCurrentIndex(offered.index(wes))
    dialog.add_member_button.click()
    qtbot.waitUntil(lambda: len(dialog.team_rows) == 1, timeout=10000)
    label = dialog.team_rows[0][1]
    document = QTextDocument()
    document.setHtml(label.text())
    assert document.size().width() > 0  # laid out
    assert document.begin().textDirection() == rtl
    role = word(TEAM_ROLE_LABELS[TeamRole(dialog.team_role.currentData())])
    # the name, its role, then (after "·") its team
    assert _rich_x(document, "Wes West") > _rich_x(document, role) > _rich_x(document, "·")
    dialog.reject()
    window.ctx.runner.wait()
