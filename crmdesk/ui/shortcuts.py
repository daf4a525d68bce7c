"""Every keyboard shortcut, declared once: actions take their keys from here and
Help → Keyboard shortcuts lists this table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True, slots=True)
class Shortcut:
    name: str
    keys: str
    description: str


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def table() -> list[Shortcut]:
    return [
        Shortcut("search", "Ctrl+K", _t("Search companies, people, phones, emails, tags")),
        Shortcut("new_lead", "Ctrl+N", _t("New lead (runs the duplicate check)")),
        Shortcut("new_contact", "Ctrl+Shift+N", _t("New contact at this account")),
        Shortcut("import", "Ctrl+I", _t("Import a batch of leads from a CSV file")),
        Shortcut("log", "Ctrl+L", _t("Write in the quick-log form")),
        Shortcut("new_deal", "Ctrl+D", _t("New deal at this account")),
        Shortcut("save_log", "Ctrl+Return", _t("Save the activity being logged")),
        Shortcut("next_row", "Ctrl+Down", _t("Next account in the queue")),
        Shortcut("prev_row", "Ctrl+Up", _t("Previous account in the queue")),
        Shortcut("focus_queue", "Ctrl+1", _t("Go to the lead queue")),
        Shortcut("focus_card", "Ctrl+2", _t("Go to the customer card")),
        Shortcut("focus_graph", "Ctrl+3", _t("Go to the relationship graph")),
        Shortcut("focus_timeline", "Ctrl+4", _t("Go to the follow-up timeline")),
        Shortcut("focus_agenda", "Ctrl+5", _t("Go to the agenda: today's and this week's "
                                              "follow-ups, tasks and deal close dates")),
        Shortcut("agenda_done", "Enter", _t("Mark the agenda item done (also Space)")),
        Shortcut("agenda_reschedule", "R", _t("Move the agenda item: tomorrow, +3 days, "
                                              "next week or a day you pick")),
        Shortcut("agenda_open", "O", _t("Open the agenda item's company (also a "
                                        "double-click)")),
        Shortcut("contract", "Ctrl+Shift+P", _t("New contract with its payment schedule")),
        Shortcut("lost", "Ctrl+Shift+L", _t("Mark the account lost")),
        Shortcut("claim", "Ctrl+Shift+C", _t("Claim this account from the team pool")),
        Shortcut("reassign", "Ctrl+Shift+G",
                 _t("Give the selected accounts to a rep or the team pool (team leads)")),
        Shortcut("task_done", "Space", _t("Mark the onboarding task done (again: not done), "
                                          "in the service tasks")),
        Shortcut("undo_task", "Ctrl+Z", _t("Take back the last task marked, in the service "
                                           "tasks")),
        Shortcut("message", "Ctrl+M", _t("Send a message from a template to the contact "
                                         "chosen on the card")),
        Shortcut("outbox", "Ctrl+Shift+O", _t("Show the message outbox (waiting, sent, "
                                              "failed and why)")),
        Shortcut("review", "Ctrl+R", _t("Open the team review (pipelines, funnel, forecast, "
                                        "plans, value, channel ROI)")),
        Shortcut("refresh", "F5", _t("Reload every pane")),
        Shortcut("sync_now", "F9", _t("Sync with the server now")),
        Shortcut("conflicts", "Ctrl+Shift+K", _t("Show the conflicts from sync")),
        Shortcut("shortcuts", "F1", _t("Show this list")),
        Shortcut("quit", "Ctrl+Q", _t("Quit")),
    ]


def keys(name: str) -> str:
    for shortcut in table():
        if shortcut.name == name:
            return shortcut.keys
    raise KeyError(name)
