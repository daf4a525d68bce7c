"""The window's menus and their keyboard shortcuts (crmdesk.ui.shortcuts): each item
calls one of the window's actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from crmdesk.app.rights import sells as _sells
from crmdesk.store.models import Role
from crmdesk.ui import calendar_files, changes
from crmdesk.ui.assignment_dialog import open_assignment
from crmdesk.ui.away_dialog import may_be_away, open_away
from crmdesk.ui.care_settings_dialog import may_set_care, open_care_settings
from crmdesk.ui.channel_costs_dialog import may_enter_costs, open_channel_costs
from crmdesk.ui.channels_dialog import open_channels
from crmdesk.ui.dialogs import ShortcutsDialog
from crmdesk.ui.feed_dialog import FeedDialog
from crmdesk.ui.language import add_language_menu
from crmdesk.ui.membership_rule_dialog import open_membership_rule
from crmdesk.ui.plans_dialog import open_plans
from crmdesk.ui.pool_rules_dialog import open_pool_rules
from crmdesk.ui.shortcuts import keys
from crmdesk.ui.words import tr

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow


def _action(window: MainWindow, name: str, text: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys(name)))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _action_plain(window: MainWindow, text: str, slot: Callable[[], object]) -> QAction:
    """A menu item with no keyboard shortcut."""
    action = QAction(text, window)
    action.triggered.connect(slot)
    return action


def _bring(dock: QDockWidget, focus: Callable[[], None]) -> Callable[[], None]:
    """Show and raise a pane's dock, then put the keyboard focus in the pane."""

    def bring() -> None:
        dock.show()
        dock.raise_()
        focus()

    return bring


#: Who sees a menu item, by role: an item a role may not use is hidden (and its
#: shortcut off), not shown and then refused.
Shown = Callable[[Role], bool]


def _for(window: MainWindow, action: QAction, shown: Shown) -> QAction:
    window.role_actions.append((action, shown))
    return action


def show_actions_of_role(window: MainWindow) -> None:
    """Show the items the user's role may use, hide the others (at start, and when
    signing in turns the window over to someone else)."""
    role = window.ctx.user.role
    for action, shown in window.role_actions:
        usable = shown(role)
        action.setVisible(usable)
        action.setEnabled(usable)  # no shortcut reaches a hidden item either
    window.focus_queue_action.setText(window.docks["queue"].windowTitle())


def build_menus(window: MainWindow) -> None:
    """File, Account, View, Messages, Sync and Help; sets `window.sign_in_action` and
    `window.sign_out_action`, which the sync state enables."""
    menu = window.menuBar()
    window.role_actions = []
    file = menu.addMenu(tr("&File"))
    file.addAction(_for(window, _action(window, "new_lead", tr("New lead…"), window.new_lead),
                        _sells))
    file.addAction(_for(window, _action(window, "new_contact", tr("New contact…"),
                                        window.new_contact), _sells))
    file.addAction(_for(window, _action(window, "import", tr("Import leads…"),
                                        window.import_leads), _sells))
    file.addAction(_for(window, _action_plain(window, tr("Import contacts (vCard)…"),
                                              lambda: calendar_files.import_contacts(window)),
                        _sells))
    file.addAction(_action_plain(window, tr("Export contacts (vCard)…"),
                                 lambda: calendar_files.export_contacts(window)))
    file.addAction(_action_plain(window, tr("Export follow-ups and tasks (.ics)…"),
                                 lambda: calendar_files.export_calendar(window)))
    channels = file.addAction(tr("Channels…"))
    channels.triggered.connect(lambda: open_channels(window.ctx, window))
    costs = file.addAction(tr("Channel costs…"))
    costs.triggered.connect(lambda: open_channel_costs(window.ctx, window))
    for action in (channels, costs):  # the command refuses anyone else
        _for(window, action, may_enter_costs)
    file.addSeparator()
    file.addAction(_action(window, "settings", tr("Settings…"), window.open_settings))
    # kept where users know it: opens the settings on the Work page, where the region is
    file.addAction(tr("Phone region…")).triggered.connect(window.choose_phone_region)
    file.addSeparator()
    file.addAction(_action(window, "quit", tr("Quit"), window.close))
    account = menu.addMenu(tr("&Account"))
    account.addAction(_action(window, "log", tr("Log an activity"), window.timeline.focus_form))
    playbook = QAction(tr("Team playbook (deal stages)…"), window)
    playbook.triggered.connect(window.card.deals.open_playbook)
    for action in (_action(window, "new_deal", tr("New deal…"), window.new_deal), playbook):
        account.addAction(_for(window, action, _sells))
    account.addAction(tr("Hand-off to customer service…")).triggered.connect(
        window.open_handoff)
    for text, opens, shown in ((tr("Sales targets…"), open_plans, _sells),
                               (tr("Web enquiry assignment…"), open_assignment, _sells),
                               (tr("Away from web enquiries…"), open_away, may_be_away),
                               (tr("Team pool rules…"), open_pool_rules, _sells),
                               (tr("Team care reminders…"), open_care_settings,
                                may_set_care),
                               (tr("Membership levels and points…"), open_membership_rule,
                                _sells)):
        action = account.addAction(text)
        action.triggered.connect(lambda _=False, o=opens: o(window.ctx, window))
        _for(window, action, shown)
    payment = QAction(tr("Record payment…"), window)
    payment.triggered.connect(lambda: window.card_action("payment"))
    for action in (_action(window, "contract", tr("New contract…"),
                           lambda: window.card_action("contract")),
                   payment,
                   _action(window, "lost", tr("Mark lost…"), lambda: window.card_action("lost")),
                   _action(window, "claim", tr("Claim from team pool"),
                           lambda: window.card_action("claim"))):
        account.addAction(_for(window, action, _sells))
    account.addAction(_action_plain(window, tr("Export this company's contacts (vCard)…"),
                                    lambda: calendar_files.export_company_contacts(window)))
    account.addSeparator()
    # through the queue the role works: the leads, or a service user's tasks
    account.addAction(_action(window, "next_row", tr("Next account"),
                              lambda: window.step_queue(1)))
    account.addAction(_action(window, "prev_row", tr("Previous account"),
                              lambda: window.step_queue(-1)))
    view = menu.addMenu(tr("&View"))
    # the search box sits over the lead queue, which a service user does not have
    view.addAction(_for(window, _action(window, "search", tr("Search…"),
                                        window.queue.focus_search), _sells))
    for name, pane_focus in (("focus_queue", lambda: window.queue_table().setFocus()),
                             ("focus_card", window.card.setFocus),
                             ("focus_graph", window.graph.view.setFocus),
                             ("focus_timeline", window.timeline.list.setFocus)):
        dock = window.docks[name.removeprefix("focus_")]
        action = _action(window, name, dock.windowTitle(), _bring(dock, pane_focus))
        view.addAction(action)
        if name == "focus_queue":
            window.focus_queue_action = action
    view.addAction(_action(window, "focus_agenda", window.docks["agenda"].windowTitle(),
                           window.show_agenda))
    view.addAction(_for(window, _action(window, "review", tr("Team review…"),
                                        window.show_review), _sells))
    view.addSeparator()
    # Each pane is listed once, by the item above that brings it (shown again if it was
    # closed, raised, focused): the docks' own show/hide items listed every pane twice.
    # A pane closes by its title bar's button; the docks' right-click menu toggles them.
    reset = QAction(tr("Reset layout"), window)
    reset.triggered.connect(window.reset_layout)
    view.addAction(reset)
    add_language_menu(view, window.ctx.settings, window)
    view.addAction(_action(window, "refresh", tr("Reload"),
                           lambda: window.ctx.bus.announce_changes(changes.ALL)))
    messages = menu.addMenu(tr("&Messages"))
    for action in (_action(window, "message", tr("Send message to this contact…"),
                           window.message_contact),
                   _action_plain(window, tr("Send message to the companies in the queue…"),
                                 window.message_queue),
                   _action_plain(window, tr("Send message to the selected companies…"),
                                 window.message_selected)):
        messages.addAction(_for(window, action, _sells))
    messages.addSeparator()
    messages.addAction(_for(window, _action_plain(window, tr("Templates…"),
                                                  window.open_templates), _sells))
    messages.addAction(_action(window, "outbox", tr("Outbox…"), window.show_outbox))
    messages.addAction(_action_plain(window, tr("Send waiting messages now"),
                                     window.outbox.send_now))
    messages.addSeparator()
    messages.addAction(_action_plain(window, tr("Mail and SMS settings…"),
                                     window.open_mail_settings))
    sync = menu.addMenu(tr("&Sync"))
    window.sign_in_action = sync.addAction(tr("Sign in to server…"))
    window.sign_in_action.triggered.connect(lambda: window.sign_in())
    sync.addAction(_action(window, "sync_now", tr("Sync now"), window.sync_now))
    window.sign_out_action = sync.addAction(tr("Sign out"))
    window.sign_out_action.triggered.connect(window.sign_out)
    sync.addSeparator()
    sync.addAction(_action(window, "conflicts", tr("Conflicts…"), window.show_conflicts))
    sync.addAction(_action_plain(window, tr("Calendar feed address…"),
                                 lambda: FeedDialog(window.ctx.app, window.ctx.runner,
                                                    window).open()))
    help_menu = menu.addMenu(tr("&Help"))
    help_menu.addAction(_action(window, "shortcuts", tr("Keyboard shortcuts"),
                                lambda: ShortcutsDialog(window).exec()))
    show_actions_of_role(window)
