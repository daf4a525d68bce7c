"""Commands on care reminders (crmdesk.domain.care): list them, mark one done or
dismissed (once, everywhere: the mark syncs under an id derived from the reminder),
take a mark back, the suggested message for one (its template and recipients, for
crmdesk.app.messages.queue_messages), and a team's settings (days ahead, template)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.app import message_desk as desk
from crmdesk.app._unit import write
from crmdesk.app.changes import QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.messages import Queued
from crmdesk.app.rights import viewer
from crmdesk.domain.care import KIND_LABELS, CareKind, MarkState, suggested_template
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store import care_queries as cq
from crmdesk.store import message_queries as mq
from crmdesk.store.models import Role
from crmdesk.store.queries import Owner
from crmdesk.store.refusals import NotFound

#: What changed: the care reminders (a mark, or a team's settings).
REMINDERS = "reminders"
NO_SUCH_REMINDER = tr_noop("No care reminder {0} among yours (it may be marked already, or past).")
SEVERAL = tr_noop("More than one reminder starts with {0}; give more of its id.")
#: How far ahead a reminder is looked for by its id (a year: every occasion of one).
LOOK_AHEAD = 366


def _changed(account_ids: Collection[uuid.UUID] = ()) -> Changes:
    return Changes.of(account_ids, QUEUE, REMINDERS)


def reminders(ctx: Context, *, ahead: int = 0, kinds: Collection[CareKind] | None = None,
              owner: Owner = None, marked: bool = False) -> list[cq.ReminderRow]:
    """The user's care reminders: overdue and due ones, and those coming due within
    `ahead` days; of some kinds only, of one person's accounts (a lead's `owner`);
    with `marked`, those marked done or dismissed instead."""
    me, today = ctx.me, ctx.today()
    with ctx.store.session() as session:
        return cq.reminders(session, me, today, ahead=ahead, kinds=kinds, owner=owner,
                            marked=marked)


def count(ctx: Context, *, owner: Owner = None) -> cq.ReminderCount:
    """How many care reminders the user has due or overdue, and how many overdue (what
    the queue says beside an account list), without making the list."""
    me, today = ctx.me, ctx.today()
    with ctx.store.session() as session:
        return cq.count(session, me, today, owner)


def find(ctx: Context, key: str, *, marked: bool = False) -> cq.ReminderRow:
    """The user's reminder whose id (as text) starts with `key` (8 characters are
    plenty), among those of the coming year."""
    wanted = key.strip().lower().replace("-", "")
    found = [r for r in reminders(ctx, ahead=LOOK_AHEAD, marked=marked)
             if wanted and r.id.hex.startswith(wanted)]
    if not found:
        raise NotFound(Worded(NO_SUCH_REMINDER, key))
    if len({r.id for r in found}) > 1:
        raise NotFound(Worded(SEVERAL, key))
    return found[0]


def mark(ctx: Context, row: cq.ReminderRow, state: MarkState = MarkState.DONE
         ) -> Done[uuid.UUID]:
    """Mark a reminder done or dismissed: it leaves every laptop's queue at their next
    sync (two laptops marking it make one record)."""
    by, today = ctx.me.id, ctx.today()
    made = write(ctx, lambda s: cq.mark(s, row.reminder, state, by, today),
                 ("accounts", row.account_id))
    return Done(made, _changed({row.account_id}))


def unmark(ctx: Context, row: cq.ReminderRow) -> Done[bool]:
    """Take a mark back: the reminder shows again (while its occasion is not past)."""
    undone = write(ctx, lambda s: cq.unmark(s, row.id), ("accounts", row.account_id))
    return Done(undone, _changed({row.account_id}))


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The message a reminder suggests: the template (None when the team has none for
    the kind, with `why`), and the people it goes to (the birthday's person; a
    renewal's or an anniversary's key people), for queue_messages(contact_ids=...)."""

    reminder: cq.ReminderRow
    template: mq.TemplateRow | None
    contact_ids: tuple[uuid.UUID, ...]
    why: str = ""
    #: the template looked for (the team's choice, else the kind's name)
    wanted: str = ""


def suggestion(ctx: Context, row: cq.ReminderRow) -> Suggestion:
    """What a reminder suggests sending, and to whom: the template its team chose for
    the kind (care settings), else the team's template named after the kind
    ("Renewal", "Birthday", "Anniversary")."""
    with ctx.store.session() as session:
        me = viewer(ctx, session) if ctx.user else None
        setting = cq.team_settings(session, [row.team_id])[row.team_id][row.kind]
        offered = [t for t in mq.templates(session, me)
                   if row.team_id is None or t.team_id == row.team_id]
        people = tuple(cq.recipients(session, row))
    name = suggested_template(row.kind, setting.template, [t.name for t in offered])
    chosen = next((t for t in offered if t.name == name), None)
    wanted = setting.template or KIND_LABELS[row.kind]
    why = "" if chosen is not None else (
        f"The team has no template “{wanted}”: add one, or choose one in the team's care "
        "settings.")
    if not people:
        why = (why + " " if why else "") + "The company has no contact to write to."
    return Suggestion(row, chosen, people, why, wanted)


def send(ctx: Context, row: cq.ReminderRow, template_name: str,
         contact_ids: Collection[uuid.UUID], *, mark_done: bool = True
         ) -> Done[Queued]:
    """Queue a reminder's message (`template_name` to `contact_ids`, as its suggestion
    or as the rep changed it) and, with `mark_done`, mark the reminder done: once
    queued, the message is the outbox's to send (and send again), so the greeting is
    done as far as the rep is concerned; a mark is taken back like any other."""
    queued = desk.queue(ctx, template_name, contact_ids=tuple(contact_ids))
    if not mark_done or queued.value.to_send == 0:
        return queued  # nothing went: the reminder stays to act on
    marked = mark(ctx, row, MarkState.DONE)
    return Done(queued.value, Changes(frozenset(), queued.changes.what | marked.changes.what))


def settings(ctx: Context, team_id: uuid.UUID | None = None) -> dict[CareKind, cq.KindSetting]:
    """The care settings of the user's team (an admin may name another)."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id
    with ctx.store.session() as session:
        return cq.team_settings(session, [team])[team]


def set_setting(ctx: Context, setting: cq.KindSetting, team_id: uuid.UUID | None = None
                ) -> Done[uuid.UUID]:
    """A lead sets how many days ahead one kind of reminder is due for their team, and
    the template it suggests (an admin may name another team)."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id
    made = write(ctx, lambda s: cq.set_setting(s, viewer(ctx, s) if ctx.user else None,
                                               team, setting))
    return Done(made, _changed())


@dataclass(frozen=True, slots=True)
class TeamCare:
    """A team's care settings as its dialog offers them: each kind's days ahead and
    template, and the team's templates to choose from."""

    team_id: uuid.UUID | None
    name: str
    settings: dict[CareKind, cq.KindSetting]
    templates: tuple[str, ...]


def teams_care(ctx: Context) -> list[TeamCare]:
    """The teams whose care settings the user sets (an admin: every team; a lead: their
    own), each with its settings and its templates' names."""
    from crmdesk.store import plan_queries as pq

    me = ctx.me
    with ctx.store.session() as session:
        found = pq.teams(session, None if me.role is Role.ADMIN else me.team_id) \
            if me.role is Role.ADMIN or me.team_id is not None else []
        settings = cq.team_settings(session, [t.id for t in found])
        offered = mq.templates(session, viewer(ctx, session))
    return [TeamCare(t.id, t.name, settings[t.id],
                     tuple(o.name for o in offered if o.team_id == t.id)) for t in found]


def set_settings(ctx: Context, wanted: Collection[cq.KindSetting],
                 team_id: uuid.UUID | None = None) -> Done[list[uuid.UUID]]:
    """Set several kinds' settings of a team at once (the care settings dialog's Save):
    one transaction, each checked as `set_setting` checks it (a lead their team's, an
    admin any team's); refused whole when one is refused."""
    me = ctx.me
    team = team_id if team_id is not None and me.role is Role.ADMIN else me.team_id

    def run(session: Session) -> list[uuid.UUID]:
        who = viewer(ctx, session) if ctx.user else None
        return [cq.set_setting(session, who, team, one) for one in wanted]

    return Done(write(ctx, run), _changed())
