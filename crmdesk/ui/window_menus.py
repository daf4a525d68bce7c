"""The window's menus and their keyboard shortcuts (crmdesk.ui.shortcuts): each item
calls one of the window's actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from crmdesk.ui import changes
from crmdesk.ui.assignment_dialog import open_assignment
from crmdesk.ui.channel_costs_dialog import may_enter_costs, open_channel_costs
from crmdesk.ui.channels_dialog import open_channels
from crmdesk.ui.dialogs import ShortcutsDialog
from crmdesk.ui.plans_dialog import open_plans
from crmdesk.ui.pool_rules_dialog import open_pool_rules
from crmdesk.ui.shortcuts import keys

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow


def _action(window: MainWindow, name: str, text: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys(name)))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _bring(dock: QDockWidget, focus: Callable[[], None]) -> Callable[[], None]:
    """Show and raise a pane's dock, then put the keyboard focus in the pane."""

    def bring() -> None:
        dock.show()
        dock.raise_()
        focus()

    return bring


def build_menus(window: MainWindow) -> None:
    """File, Account, View, Sync and Help; sets `window.sign_in_action` and
    `window.sign_out_action`, which the sync state enables."""
    tr, menu = window.tr, window.menuBar()
    file = menu.addMenu(tr("&File"))
    file.addAction(_action(window, "new_lead", tr("New lead…"), window.new_lead))
    file.addAction(_action(window, "new_contact", tr("New contact…"), window.new_contact))
    file.addAction(_action(window, "import", tr("Import leads…"), window.import_leads))
    if may_enter_costs(window.ctx.user.role):  # the command refuses anyone else
        file.addAction(tr("Channels…")).triggered.connect(
            lambda: open_channels(window.ctx, window))
        file.addAction(tr("Channel costs…")).triggered.connect(
            lambda: open_channel_costs(window.ctx, window))
    file.addSeparator()
    file.addAction(tr("Phone region…")).triggered.connect(window.choose_phone_region)
    file.addSeparator()
    file.addAction(_action(window, "quit", tr("Quit"), window.close))
    account = menu.addMenu(tr("&Account"))
    account.addAction(_action(window, "log", tr("Log an activity"), window.timeline.focus_form))
    account.addAction(_action(window, "new_deal", tr("New deal…"), window.new_deal))
    account.addAction(tr("Team playbook (deal stages)…")).triggered.connect(
        window.card.deals.open_playbook)
    account.addAction(tr("Hand-off to customer service…")).triggered.connect(
        window.open_handoff)
    account.addAction(tr("Sales targets…")).triggered.connect(
        lambda: open_plans(window.ctx, window))
    account.addAction(tr("Web enquiry assignment…")).triggered.connect(
        lambda: open_assignment(window.ctx, window))
    account.addAction(tr("Team pool rules…")).triggered.connect(
        lambda: open_pool_rules(window.ctx, window))
    account.addAction(_action(window, "contract", tr("New contract…"),
                              lambda: window.card_action("contract")))
    account.addAction(tr("Record payment…")).triggered.connect(
        lambda: window.card_action("payment"))
    account.addAction(_action(window, "lost", tr("Mark lost…"),
                              lambda: window.card_action("lost")))
    account.addAction(_action(window, "claim", tr("Claim from team pool"),
                              lambda: window.card_action("claim")))
    account.addSeparator()
    account.addAction(_action(window, "next_row", tr("Next account"),
                              lambda: window.queue.step(1)))
    account.addAction(_action(window, "prev_row", tr("Previous account"),
                              lambda: window.queue.step(-1)))
    view = menu.addMenu(tr("&View"))
    view.addAction(_action(window, "search", tr("Search…"), window.queue.focus_search))
    for name, pane_focus in (("focus_queue", window.queue.table.setFocus),
                             ("focus_card", window.card.setFocus),
                             ("focus_graph", window.graph.view.setFocus),
                             ("focus_timeline", window.timeline.list.setFocus)):
        dock = window.docks[name.removeprefix("focus_")]
        view.addAction(_action(window, name, dock.windowTitle(), _bring(dock, pane_focus)))
    view.addAction(_action(window, "review", tr("Team review…"), window.show_review))
    view.addSeparator()
    for dock in window.docks.values():
        view.addAction(dock.toggleViewAction())
    reset = QAction(tr("Reset layout"), window)
    reset.triggered.connect(window.reset_layout)
    view.addAction(reset)
    view.addAction(_action(window, "refresh", tr("Reload"),
                           lambda: window.ctx.bus.announce_changes(changes.ALL)))
    sync = menu.addMenu(tr("&Sync"))
    window.sign_in_action = sync.addAction(tr("Sign in to server…"))
    window.sign_in_action.triggered.connect(lambda: window.sign_in())
    sync.addAction(_action(window, "sync_now", tr("Sync now"), window.sync_now))
    window.sign_out_action = sync.addAction(tr("Sign out"))
    window.sign_out_action.triggered.connect(window.sign_out)
    sync.addSeparator()
    sync.addAction(_action(window, "conflicts", tr("Conflicts…"), window.show_conflicts))
    help_menu = menu.addMenu(tr("&Help"))
    help_menu.addAction(_action(window, "shortcuts", tr("Keyboard shortcuts"),
                                lambda: ShortcutsDialog(window).exec()))
