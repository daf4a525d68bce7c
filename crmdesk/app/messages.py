"""Commands on messages: a team's templates, a preview with a real record, queueing a
message for one contact or for the people of many companies (opted-out ones skipped and
counted), and sending the outbox (the mail server's and SMS gateway's settings:
crmdesk.app.message_settings).

Nothing is sent twice: a message is marked "sending" in a committed transaction before
it is handed to the mail server or gateway, and "sent" (with its activity on the
account's timeline) after. A run that dies between the two leaves it "sending"; the next
run marks it failed ("it may have gone") and never sends it by itself. Two runs never
overlap: each holds a lock file beside the workspace, which the OS lets go of when a
process dies.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, CONTACTS, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.message_senders import (
    EmailSender,
    MaybeSent,
    NotSent,
    RefusedMessage,
    SmsSender,
)
from crmdesk.app.message_settings import sms_settings, smtp_settings
from crmdesk.app.rights import viewer
from crmdesk.domain.activity import ActivityKind, Outcome
from crmdesk.domain.messages import (
    NO_EMAIL,
    NO_MOBILE,
    OPTED_OUT,
    MessageChannel,
    OutState,
    Rendered,
    archive_text,
    render,
)
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.store import message_outbox as outbox
from crmdesk.store import message_queries as mq
from crmdesk.store import queries as q
from crmdesk.store.models import Account, OutMessage, utcnow
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.store.writes import ActivityInput, log_activity

# ---- templates ------------------------------------------------------------------------

TEMPLATES = "templates"  # what changed: a team's message templates
NO_SUCH_TEMPLATE = "No template called “{}”."
ADMIN_TEAM = "Say which team the template is for."


def save_template(ctx: Context, name: str, channel: MessageChannel, subject: str,
                  body: str, team_id: uuid.UUID | None = None) -> Done[uuid.UUID]:
    """Add or change the team's template called `name` (the user's team unless named)."""
    team = team_id or ctx.me.team_id
    if team is None:
        raise Refused(ADMIN_TEAM)
    made = write(ctx, lambda s: mq.save_template(s, viewer(ctx, s), team, name, channel,
                                                 subject, body))
    return Done(made, Changes(frozenset(), frozenset({TEMPLATES})))


def remove_template(ctx: Context, name: str) -> Done[bool]:
    def change(session: Session) -> bool:
        me = viewer(ctx, session)
        found = mq.template_named(session, name, me)
        if found is None:
            raise NotFound(NO_SUCH_TEMPLATE.format(name))
        return mq.remove_template(session, me, found.id)

    return Done(write(ctx, change), Changes(frozenset(), frozenset({TEMPLATES})))


def templates(ctx: Context) -> list[mq.TemplateRow]:
    """The templates the user sees (their team's), by name."""
    with ctx.store.session() as session:
        return mq.templates(session, viewer(ctx, session) if ctx.user else None)


def template(ctx: Context, name: str) -> mq.TemplateRow:
    with ctx.store.session() as session:
        found = mq.template_named(session, name, viewer(ctx, session) if ctx.user else None)
    if found is None:
        raise NotFound(NO_SUCH_TEMPLATE.format(name))
    return found


def preview(ctx: Context, template_name: str, contact_id: uuid.UUID) -> Rendered:
    """The exact subject and text that would go to this contact now, with the fields
    that had no value."""
    chosen = template(ctx, template_name)
    with ctx.store.session() as session:
        values = mq.merge_values(session, contact_id)
    if values is None:
        raise NotFound("This contact no longer exists.")
    return render(chosen.subject, chosen.body, values)


def set_opted_out(ctx: Context, contact_id: uuid.UUID, on: bool = True) -> Done[int]:
    """Mark a contact as opted out of messages (or back in): it syncs like any field."""
    with ctx.store.session() as session:
        found = mq.person(session, contact_id)
    changed = write(ctx, lambda s: mq.set_opted_out(s, [contact_id], on),
                    ("contacts", contact_id))
    return Done(changed, Changes.of([found.account_id] if found else [], CONTACTS))


# ---- queueing ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Planned:
    """One person a send reaches (or skips), with the exact text for them."""

    contact_id: uuid.UUID
    account_id: uuid.UUID
    contact_name: str
    recipient: str | None
    subject: str
    body: str
    blanks: tuple[str, ...]
    skipped: str | None  # why not sent (opted out, no address); None: it goes


@dataclass(frozen=True, slots=True)
class Queued:
    """What a send queued (or, dry, would queue): the batch, and each person."""

    batch_id: uuid.UUID
    template: mq.TemplateRow
    planned: tuple[Planned, ...]
    dry_run: bool

    @property
    def to_send(self) -> int:
        return sum(1 for p in self.planned if p.skipped is None)

    @property
    def opted_out(self) -> int:
        return sum(1 for p in self.planned if p.skipped == OPTED_OUT)

    @property
    def no_address(self) -> int:
        return sum(1 for p in self.planned if p.skipped in (NO_EMAIL, NO_MOBILE))


def _plan(session: Session, chosen: mq.TemplateRow, people: Sequence[mq.Person]
          ) -> list[Planned]:
    email = chosen.channel is MessageChannel.EMAIL
    out = []
    for p in people:
        values = mq.merge_values(session, p.contact_id) or {}
        text = render(chosen.subject, chosen.body, values)
        address = (p.email if email else p.mobile) or None
        skipped = (OPTED_OUT if p.opted_out else None) or (
            None if address else NO_EMAIL if email else NO_MOBILE)
        out.append(Planned(p.contact_id, p.account_id, p.name, address, text.subject,
                           text.body, text.blanks, skipped))
    return out


def queue_messages(ctx: Context, template_name: str, *,
                   contact_ids: Sequence[uuid.UUID] = (),
                   account_ids: Sequence[uuid.UUID] = (), dry_run: bool = False
                   ) -> Done[Queued]:
    """Render the template for the contacts named and every contact of the companies
    named, and put each in the outbox, waiting (or skipped, with why: opted out, no
    address), all in one transaction; nothing is written with `dry_run`. An unknown
    merge field refuses the whole send before anything is queued."""
    chosen = template(ctx, template_name)
    batch = uuid.uuid4()

    def people(session: Session) -> list[mq.Person]:
        found = [p for c in contact_ids if (p := mq.person(session, c)) is not None]
        seen = {p.contact_id for p in found}
        return found + [p for p in mq.people_of(session, account_ids)
                        if p.contact_id not in seen]

    if dry_run:
        with ctx.store.session() as session:
            planned = _plan(session, chosen, people(session))
        return Done(Queued(batch, chosen, tuple(planned), True))

    def change(session: Session) -> list[Planned]:
        planned = _plan(session, chosen, people(session))
        author = ctx.user.id if ctx.user else None
        outbox.add(session, (OutMessage(
            batch_id=batch, channel=chosen.channel, template_id=chosen.id,
            template_name=chosen.name, account_id=p.account_id, contact_id=p.contact_id,
            contact_name=p.contact_name, recipient=p.recipient, subject=p.subject,
            body=p.body, author_id=author,
            state=OutState.WAITING if p.skipped is None else OutState.SKIPPED,
            reason=p.skipped) for p in planned))
        return planned

    planned = write(ctx, change)
    return Done(Queued(batch, chosen, tuple(planned), False))


def queue_accounts(ctx: Context, which: q.QueueFilter) -> list[uuid.UUID]:
    """The companies of one of the user's queue filters, in the queue's order."""
    with ctx.store.session() as session:
        return q.queue_ids(session, ctx.me, which, ctx.today())


def accounts_named(ctx: Context, text: str) -> list[uuid.UUID]:
    """The companies whose name holds `text` (the ones the user sees: the workspace
    holds no other)."""
    with ctx.store.session() as session:
        return mq.accounts_matching(session, text)


# ---- sending ---------------------------------------------------------------------------

@dataclass
class Delivery:
    """What a run of the outbox did."""

    sent: int = 0
    failed: int = 0
    interrupted: int = 0   # left "sending" by a run that died: now failed
    waiting: int = 0       # still waiting (offline, or not reached this run)
    busy: bool = False     # another run holds the outbox: this one did nothing
    notes: list[str] = field(default_factory=list)  # why some still wait
    accounts: set[uuid.UUID] = field(default_factory=set)


class _Held(Exception):
    pass


@contextlib.contextmanager
def _run_lock(path: Path) -> Iterator[None]:
    """The outbox's lock: one run at a time per workspace, released by the OS when the
    process ends, however it ends."""
    handle: IO[bytes] = open(path, "a+b")  # noqa: SIM115 - held for the whole run
    try:
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)  # the lock is on the file's first byte
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise _Held from None
        yield
    finally:
        handle.close()


def lock_path(ctx: Context) -> Path:
    return ctx.store.path.with_name(ctx.store.path.name + ".outbox-lock")


#: A message that went to a contact or company removed while it waited.
NOT_ARCHIVED = ("Sent, but not archived: its company or contact was removed while it "
                "waited.")

Sender = EmailSender | SmsSender
#: Opens a sender for a channel (tests and the window may pass their own).
OpenSender = Callable[[MessageChannel], Sender]


def _archive(session: Session, me: Viewer | None, out: outbox.OutRow) -> uuid.UUID:
    entry = ActivityInput(kind=ActivityKind.EMAIL if out.channel is MessageChannel.EMAIL
                          else ActivityKind.SMS, outcome=Outcome.SENT,
                          notes=archive_text(out.channel, out.subject, out.body),
                          contact_id=out.contact_id, occurred_at=utcnow())
    # the account's own facts (its next follow-up) are written when the account is the
    # sender's to change, by the server's rule (crmdesk.domain.scope); a colleague on a
    # deal's team, or customer service, leaves them to its owner
    account = session.get(Account, out.account_id)
    scope = None if account is None else (account.owner_id, account.team_id)
    facts = me is None or scope is None or may_write(me, scope, scope) is None
    return log_activity(session, out.account_id, out.author_id, entry, facts)


def _record(session: Session, me: Viewer | None, out: outbox.OutRow) -> None:
    """Mark a message that went as sent, with its activity, in the caller's transaction;
    one that went but cannot be archived (its company removed meanwhile) is still marked
    sent, with why."""
    try:
        with session.begin_nested():
            activity = _archive(session, me, out)
        outbox.sent(session, out.id, utcnow(), activity)
    except NotFound:
        outbox.sent(session, out.id, utcnow(), None, NOT_ARCHIVED)
    except Refused as exc:
        outbox.sent(session, out.id, utcnow(), None, f"Sent, but not archived: {exc}")


def _default_sender(ctx: Context) -> OpenSender:
    def open_one(channel: MessageChannel) -> Sender:
        if channel is MessageChannel.EMAIL:
            return EmailSender(smtp_settings(ctx))
        return SmsSender(sms_settings(ctx))

    return open_one


def deliver(ctx: Context, open_sender: OpenSender | None = None,
            limit: int | None = None) -> Done[Delivery]:
    """Send the waiting messages (at most `limit`), oldest first; first mark any left
    "sending" by a run that died as failed. Offline (no connection to the mail server or
    gateway), they keep waiting."""
    report = Delivery()
    opener = open_sender or _default_sender(ctx)
    try:
        with _run_lock(lock_path(ctx)):
            with ctx.store.write.begin() as session:
                report.interrupted = outbox.recover_interrupted(session)
            with ctx.store.session() as session:
                found = outbox.waiting(session, limit)
            for channel in MessageChannel:
                mine = [i for i, of in found if of is channel]
                if mine:
                    _run(ctx, opener, channel, mine, report)
    except _Held:
        report.busy = True
    with ctx.store.session() as session:
        report.waiting = outbox.counts(session)[OutState.WAITING]
    what = frozenset({ACTIVITIES, ACCOUNT, QUEUE}) if report.sent else frozenset()
    return Done(report, Changes(frozenset(report.accounts), what))


def _run(ctx: Context, opener: OpenSender, channel: MessageChannel, ids: list[int],
         report: Delivery) -> None:
    """Hand the messages over one by one. Each transaction records what went before and
    marks the next one sending, and is committed before that one is handed over: one
    commit a message."""
    me = None
    if ctx.user is not None:  # read once a run: who may change which account
        with ctx.store.session() as session:
            me = viewer(ctx, session)
    went: list[outbox.OutRow] = []  # taken by the server, not yet recorded

    def settle(session: Session) -> None:
        for out in went:
            _record(session, me, out)
            report.accounts.add(out.account_id)
        report.sent += len(went)
        went.clear()

    try:
        sender = opener(channel)
        with sender:
            for message_id in ids:
                with ctx.store.write.begin() as session:
                    settle(session)
                    out = outbox.take(session, message_id)
                if out is None:
                    continue
                try:
                    sender.send(out)
                except NotSent as exc:
                    with ctx.store.write.begin() as session:
                        settle(session)
                        outbox.not_sent(session, out.id, str(exc))
                    report.notes.append(str(exc))
                    return
                except RefusedMessage as exc:
                    with ctx.store.write.begin() as session:
                        settle(session)
                        outbox.failed(session, out.id, str(exc))
                    report.failed += 1
                    continue
                except MaybeSent as exc:
                    with ctx.store.write.begin() as session:
                        settle(session)
                        outbox.failed(session, out.id, f"{exc} It may have gone — check "
                                                       "before sending again.")
                    report.failed += 1
                    return  # the connection is gone: the rest wait for the next run
                went.append(out)
    except NotSent as exc:  # could not connect or sign in: nothing was handed over
        report.notes.append(str(exc))
    finally:
        if went:  # the last one, or what went before an unexpected error
            with ctx.store.write.begin() as session:
                settle(session)


def recover(ctx: Context) -> Done[int]:
    """At start: messages a run that died left "sending" become failed ("it may have
    gone"), never sent again by themselves; how many (0 while a run holds the outbox:
    those are its own)."""
    try:
        with _run_lock(lock_path(ctx)), ctx.store.write.begin() as session:
            return Done(outbox.recover_interrupted(session))
    except _Held:
        return Done(0)


def send_again(ctx: Context, message_ids: Sequence[int]) -> Done[int]:
    """Failed messages the user checked and wants sent again: they wait once more."""
    return Done(write(ctx, lambda s: outbox.send_again(s, message_ids)))


def outbox_rows(ctx: Context, states: Sequence[OutState] | None = None,
                batch_id: uuid.UUID | None = None) -> list[outbox.OutRow]:
    with ctx.store.session() as session:
        return outbox.rows(session, states, batch_id)


def outbox_counts(ctx: Context, batch_id: uuid.UUID | None = None) -> dict[OutState, int]:
    with ctx.store.session() as session:
        return outbox.counts(session, batch_id)
