"""Every keyboard shortcut, declared once: actions take their keys from here and
Help → Keyboard shortcuts lists this table."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.ui.words import tr


@dataclass(frozen=True, slots=True)
class Shortcut:
    name: str
    keys: str
    description: str


def table() -> list[Shortcut]:
    return [
        Shortcut("search", "Ctrl+K", tr("Search companies, people, phones, emails, tags")),
        Shortcut("new_lead", "Ctrl+N", tr("New lead (runs the duplicate check)")),
        Shortcut("new_contact", "Ctrl+Shift+N", tr("New contact at this account")),
        Shortcut("import", "Ctrl+I", tr("Import a batch of leads from a CSV file")),
        Shortcut("log", "Ctrl+L", tr("Write in the quick-log form")),
        Shortcut("new_deal", "Ctrl+D", tr("New deal at this account")),
        Shortcut("save_log", "Ctrl+Return", tr("Save the activity being logged")),
        Shortcut("next_row", "Ctrl+Down", tr("Next account in the queue")),
        Shortcut("prev_row", "Ctrl+Up", tr("Previous account in the queue")),
        Shortcut("focus_queue", "Ctrl+1", tr("Go to the lead queue")),
        Shortcut("focus_card", "Ctrl+2", tr("Go to the customer card")),
        Shortcut("focus_graph", "Ctrl+3", tr("Go to the relationship graph")),
        Shortcut("focus_timeline", "Ctrl+4", tr("Go to the follow-up timeline")),
        Shortcut("focus_agenda", "Ctrl+5", tr("Go to the agenda: today's and this week's "
                                              "follow-ups, tasks and deal close dates")),
        Shortcut("agenda_done", "Enter", tr("Mark the agenda item done (also Space)")),
        Shortcut("agenda_reschedule", "R", tr("Move the agenda item: tomorrow, +3 days, "
                                              "next week or a day you pick")),
        Shortcut("agenda_open", "O", tr("Open the agenda item's company (also a "
                                        "double-click)")),
        Shortcut("contract", "Ctrl+Shift+P", tr("New contract with its payment schedule")),
        Shortcut("lost", "Ctrl+Shift+L", tr("Mark the account lost")),
        Shortcut("claim", "Ctrl+Shift+C", tr("Claim this account from the team pool")),
        Shortcut("reassign", "Ctrl+Shift+G",
                 tr("Give the selected accounts to a rep or the team pool (team leads)")),
        Shortcut("task_done", "Space", tr("Mark the onboarding task done (again: not done), "
                                          "in the service tasks")),
        Shortcut("undo_task", "Ctrl+Z", tr("Take back the last task marked, in the service "
                                           "tasks")),
        Shortcut("message", "Ctrl+M", tr("Send a message from a template to the contact "
                                         "chosen on the card")),
        Shortcut("outbox", "Ctrl+Shift+O", tr("Show the message outbox (waiting, sent, "
                                              "failed and why)")),
        Shortcut("review", "Ctrl+R", tr("Open the team review (pipelines, funnel, forecast, "
                                        "plans, value, channel ROI)")),
        Shortcut("refresh", "F5", tr("Reload every pane")),
        Shortcut("sync_now", "F9", tr("Sync with the server now")),
        Shortcut("conflicts", "Ctrl+Shift+K", tr("Show the conflicts from sync")),
        Shortcut("settings", "Ctrl+,", tr("Open the settings (language, theme, phone region, "
                                          "reminder time, sync, mail and SMS)")),
        Shortcut("shortcuts", "F1", tr("Show this list")),
        Shortcut("quit", "Ctrl+Q", tr("Quit")),
    ]


def keys(name: str) -> str:
    for shortcut in table():
        if shortcut.name == name:
            return shortcut.keys
    raise KeyError(name)
