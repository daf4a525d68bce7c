"""What the window's message screens ask beyond crmdesk.app.messages: a template's
problems while it is typed (the same check the save and the server run), a preview of
text not saved yet, the people to preview with, renaming a template, a trial
connection to the mail server, and queueing and sending again with the outbox named
among what changed (so the window's outbox count and list follow)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.app import messages as m
from crmdesk.app._unit import write
from crmdesk.app.changes import Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.message_senders import EmailSender, NotSent
from crmdesk.app.message_settings import smtp_settings
from crmdesk.app.rights import viewer
from crmdesk.domain.messages import MessageChannel, Rendered, render, template_problems
from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.store import message_queries as mq
from crmdesk.store import queries as q
from crmdesk.store.refusals import NotFound, Refused

#: What changed: the laptop's outbox (its messages and their states).
OUTBOX = "outbox"
#: The most people a preview offers to choose among.
PREVIEW_PEOPLE = 30


def check_template(ctx: Context, name: str, channel: MessageChannel, subject: str,
                   body: str) -> list[str]:
    """Why this template could not be saved now, one sentence a problem (none: it can),
    in the words the save and the server use."""
    team = ctx.user.team_id if ctx.user is not None else None
    return template_problems(team or uuid.UUID(int=0), name, channel, subject, body)


def draft_preview(ctx: Context, subject: str, body: str, contact_id: uuid.UUID
                  ) -> Rendered:
    """A template's text as typed (saved or not) rendered with a real contact's record.
    Refused while it names a field crmdesk does not know."""
    with ctx.store.session() as session:
        values = mq.merge_values(session, contact_id)
    if values is None:
        raise NotFound(tr_noop("This contact no longer exists."))
    try:
        return render(subject, body, values)
    except ValueError as exc:  # an unknown field: never rendered as a blank
        raise Refused(message(exc)) from None


@dataclass(frozen=True, slots=True)
class PreviewPerson:
    contact_id: uuid.UUID
    label: str  # "name — company"


def people_to_preview(ctx: Context, typed: str = "",
                      account_id: uuid.UUID | None = None) -> list[PreviewPerson]:
    """The people a preview may be rendered for: those matching what was typed (a
    person, or the people of a company), else the open company's, else those of the
    first companies of the user's queue."""
    with ctx.store.session() as session:
        contacts: list[uuid.UUID] = []
        if typed.strip():
            for hit in q.search(session, typed, limit=PREVIEW_PEOPLE):
                if hit.kind == "contact":
                    contacts.append(hit.ref_id)
                else:
                    contacts += [p.contact_id for p in mq.people_of(session, [hit.account_id])]
        else:
            accounts = [account_id] if account_id is not None else []
            if not accounts and ctx.user is not None:
                accounts = q.queue_ids(session, ctx.user, q.QueueFilter.MY_QUEUE,
                                       ctx.today())[:10]
            contacts = [p.contact_id for p in mq.people_of(session, accounts)]
        return _labelled(session, list(dict.fromkeys(contacts))[:PREVIEW_PEOPLE])


def _labelled(session: Session, contact_ids: Sequence[uuid.UUID]) -> list[PreviewPerson]:
    out = []
    for contact_id in contact_ids:
        values = mq.merge_values(session, contact_id)
        if values is not None:
            out.append(PreviewPerson(contact_id, f"{values['contact.name']} — "
                                                 f"{values['company.name']}"))
    return out


def save_template_as(ctx: Context, old_name: str | None, name: str,
                     channel: MessageChannel, subject: str, body: str,
                     team_id: uuid.UUID | None = None) -> Done[uuid.UUID]:
    """Save a template, renamed from `old_name` when that differs (the old name goes,
    in the same transaction: a template's id is its team's and name's)."""
    team = team_id or ctx.me.team_id
    if team is None:
        raise Refused(m.ADMIN_TEAM)

    def change(session: Session) -> uuid.UUID:
        me = viewer(ctx, session)
        made = mq.save_template(session, me, team, name, channel, subject, body)
        if old_name is not None:
            old = mq.template_named(session, old_name, me)
            if old is not None and old.id != made:
                mq.remove_template(session, me, old.id)
        return made

    return Done(write(ctx, change), Changes(frozenset(), frozenset({m.TEMPLATES})))


def queue(ctx: Context, template_name: str, *, contact_ids: Sequence[uuid.UUID] = (),
          account_ids: Sequence[uuid.UUID] = ()) -> Done[m.Queued]:
    """`messages.queue_messages`, saying that the outbox changed."""
    queued = m.queue_messages(ctx, template_name, contact_ids=contact_ids,
                              account_ids=account_ids).value
    return Done(queued, Changes(frozenset(), frozenset({OUTBOX})))


def send_again(ctx: Context, message_ids: Sequence[int]) -> Done[int]:
    """`messages.send_again`, saying that the outbox changed."""
    return Done(m.send_again(ctx, message_ids).value,
                Changes(frozenset(), frozenset({OUTBOX})))


def try_mail_server(ctx: Context) -> str:
    """Connect and sign in to the mail server with the saved settings, sending nothing:
    what happened, in plain words (a Worded). Refused, with the server's answer, when it
    fails."""
    try:
        settings = smtp_settings(ctx)
        with EmailSender(settings):
            pass
    except NotSent as exc:
        raise Refused(message(exc)) from None
    where = f"{settings.host}:{settings.port}"
    return (Worded(tr_noop("Connected to {0} and signed in as {1}."), where, settings.user)
            if settings.user else Worded(tr_noop("Connected to {0}."), where))
