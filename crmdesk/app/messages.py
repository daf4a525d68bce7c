"""Commands on messages: a team's templates, a preview with a real record, queueing a
message for one contact or for the people of many companies (opted-out ones skipped and
counted), and sending the outbox (the mail server's and SMS gateway's settings:
crmdesk.app.message_settings).

Nothing is sent twice: a message is marked "sending" in a committed transaction before
it is handed to the mail server or gateway, and "sent" after; its activity on the
account's timeline is written with a batch of others. A run that dies between the two
marks leaves it "sending"; the next run marks it failed ("it may have gone") and never
sends it by itself, and archives what went and was not archived yet. Two runs never
overlap: each holds a lock file beside the workspace, which the OS lets go of when a
process dies.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.activities import account_facts
from crmdesk.app.changes import ACCOUNT, ACTIVITIES, QUEUE, Changes, Done
from crmdesk.app.context import Context
from crmdesk.app.message_senders import (
    EmailSender,
    MaybeSent,
    NotSent,
    RefusedMessage,
    SmsSender,
)
from crmdesk.app.message_settings import sms_settings, smtp_settings
from crmdesk.app.people import edit_contact
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
    prepare,
    render,
)
from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.store import message_outbox as outbox
from crmdesk.store import message_queries as mq
from crmdesk.store import queries as q
from crmdesk.store.models import Contact, OutMessage, utcnow
from crmdesk.store.refusals import NotFound, Refused
from crmdesk.store.writes import ActivityInput, NewActivity, log_activities

# ---- templates ------------------------------------------------------------------------

TEMPLATES = "templates"  # what changed: a team's message templates
NO_SUCH_TEMPLATE = tr_noop("No template called “{0}”.")
ADMIN_TEAM = tr_noop("Say which team the template is for.")


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
            raise NotFound(Worded(NO_SUCH_TEMPLATE, name))
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
        raise NotFound(Worded(NO_SUCH_TEMPLATE, name))
    return found


def preview(ctx: Context, template_name: str, contact_id: uuid.UUID) -> Rendered:
    """The exact subject and text that would go to this contact now, with the fields
    that had no value."""
    chosen = template(ctx, template_name)
    with ctx.store.session() as session:
        values = mq.merge_values(session, contact_id)
    if values is None:
        raise NotFound(tr_noop("This contact no longer exists."))
    return render(chosen.subject, chosen.body, values)


def set_opted_out(ctx: Context, contact_id: uuid.UUID, on: bool = True) -> Done[int]:
    """Mark a contact as opted out of messages (or back in), through the contact edit
    command (crmdesk.app.people): it syncs like any field. How many changed (0 or 1)."""
    with ctx.store.session() as session:
        found = session.get(Contact, contact_id)
        was = None if found is None or found.deleted else found.opted_out
    if was is None:
        raise NotFound(tr_noop("This contact no longer exists; nothing was saved."))
    done = edit_contact(ctx, contact_id, {"opted_out": on})
    return Done(int(was != on), done.changes)


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
    skipped: str | None  # why not sent (opted out, no address: a Worded); None: it goes


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


class _Rights:
    """Whether the user's archive of a message may write its company's own facts (its
    next follow-up), by the rule of an activity the user logs
    (crmdesk.app.activities.account_facts), asked once a company; the refusal, for a
    company the user may log nothing on (customer service not serving it, a
    colleague on its deal's team logging outside the deal)."""

    def __init__(self, ctx: Context, session: Session, channel: MessageChannel) -> None:
        self.ctx = ctx
        self.me = viewer(ctx, session) if ctx.user is not None else None
        self.kind = ActivityKind.EMAIL if channel is MessageChannel.EMAIL else ActivityKind.SMS
        self.known: dict[uuid.UUID, bool | Refused] = {}

    def facts(self, session: Session, account_id: uuid.UUID) -> bool | Refused:
        found = self.known.get(account_id)
        if found is None:
            if self.me is None:  # nobody signed in (a workspace of its own): no rule
                found = True
            else:
                try:
                    found = account_facts(session, self.ctx, account_id,
                                          ActivityInput(self.kind, Outcome.SENT),
                                          me=self.me)
                except Refused as exc:
                    found = exc
            self.known[account_id] = found
        return found


def _plan(ctx: Context, session: Session, chosen: mq.TemplateRow,
          people: Sequence[mq.Person]) -> list[Planned]:
    """Each person's message: the template parsed once, everyone's merge values read
    at once, and the user's right to archive it on the company asked once a company
    (a message that could not be archived is skipped, with why)."""
    email = chosen.channel is MessageChannel.EMAIL
    prepared = prepare(chosen.subject, chosen.body)
    values = mq.merge_values_of(session, [p.contact_id for p in people])
    rights = _Rights(ctx, session, chosen.channel)
    out = []
    for p in people:
        text = prepared.render(values.get(p.contact_id, {}))
        address = (p.email if email else p.mobile) or None
        skipped: str | None = (OPTED_OUT if p.opted_out else None) or (
            None if address else NO_EMAIL if email else NO_MOBILE)
        if skipped is None:
            facts = rights.facts(session, p.account_id)
            skipped = message(facts) if isinstance(facts, Refused) else None
        out.append(Planned(p.contact_id, p.account_id, p.name, address, text.subject,
                           text.body, text.blanks, skipped))
    return out


def queue_messages(ctx: Context, template_name: str, *,
                   contact_ids: Sequence[uuid.UUID] = (),
                   account_ids: Sequence[uuid.UUID] = (), dry_run: bool = False
                   ) -> Done[Queued]:
    """Render the template for the contacts named and every contact of the companies
    named, and put each in the outbox, waiting (or skipped, with why: opted out, no
    address, or a company the user may not log on), all in one transaction; nothing
    is written with `dry_run`. An unknown merge field refuses the whole send before
    anything is queued."""
    chosen = template(ctx, template_name)
    batch = uuid.uuid4()

    def people(session: Session) -> list[mq.Person]:
        found = mq.people(session, contact_ids)
        seen = {p.contact_id for p in found}
        return found + [p for p in mq.people_of(session, account_ids)
                        if p.contact_id not in seen]

    if dry_run:
        with ctx.store.session() as session:
            planned = _plan(ctx, session, chosen, people(session))
        return Done(Queued(batch, chosen, tuple(planned), True))

    def change(session: Session) -> list[Planned]:
        planned = _plan(ctx, session, chosen, people(session))
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
    notes: list[str] = field(default_factory=list)  # why some still wait (Worded)
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
NOT_ARCHIVED = Worded(tr_noop("Sent, but not archived: its company or contact was removed "
                              "while it waited."))
#: A message that went to a company the user may no longer log on: the refusal's words.
NOT_LOGGED = tr_noop("Sent, but not archived: {0}")
#: A message cut off while it was handed over: the sender's words, then this.
MAYBE_GONE = tr_noop("{0} It may have gone — check before sending again.")

Sender = EmailSender | SmsSender
#: Opens a sender for a channel (tests and the window may pass their own).
OpenSender = Callable[[MessageChannel], Sender]


#: How many sent messages are archived together (one transaction, rows in bulk), and
#: how long one waits at most for the others of its batch.
ARCHIVE_BATCH = 500
ARCHIVE_EVERY_S = 2.0


def _archive(ctx: Context, session: Session, rights: _Rights,
             sent: Sequence[outbox.OutRow]) -> None:
    """Archive messages marked sent as activities on their companies' timelines, with
    the text that went, all in the caller's transaction: written in bulk, each synced
    like any activity. One that cannot be archived (its company or contact removed
    meanwhile, or no longer the user's to log on) stays sent, with why."""
    entries: list[NewActivity | None] = []
    for out in sent:
        entry = ActivityInput(kind=rights.kind, outcome=Outcome.SENT,
                              notes=archive_text(out.channel, out.subject, out.body),
                              contact_id=out.contact_id, occurred_at=out.sent_at or utcnow())
        facts = rights.facts(session, out.account_id)
        entries.append(None if isinstance(facts, Refused) else NewActivity(
            out.account_id, out.author_id, entry, facts))
    made = iter(log_activities(session, [e for e in entries if e is not None]))
    done: list[tuple[int, uuid.UUID | None, str | None]] = []
    for out, new in zip(sent, entries, strict=True):
        answer: uuid.UUID | Exception
        if new is None:
            refused = rights.facts(session, out.account_id)
            assert isinstance(refused, Refused)
            answer = refused
        else:
            answer = next(made)
        if isinstance(answer, uuid.UUID):
            done.append((out.id, answer, None))
        elif isinstance(answer, NotFound):
            done.append((out.id, None, NOT_ARCHIVED))
        else:
            done.append((out.id, None, Worded(NOT_LOGGED, message(answer))))
    outbox.archived(session, done)


def _archive_left(ctx: Context) -> None:
    """Archive what a run that died left sent and not yet archived, a batch at a time."""
    while True:
        with ctx.store.write.begin() as session:
            left = outbox.unarchived(session, ARCHIVE_BATCH)
            if not left:
                return
            by_channel: dict[MessageChannel, list[outbox.OutRow]] = {}
            for out in left:
                by_channel.setdefault(out.channel, []).append(out)
            for channel, rows in by_channel.items():
                _archive(ctx, session, _Rights(ctx, session, channel), rows)


def _default_sender(ctx: Context) -> OpenSender:
    def open_one(channel: MessageChannel) -> Sender:
        if channel is MessageChannel.EMAIL:
            return EmailSender(smtp_settings(ctx))
        return SmsSender(sms_settings(ctx))

    return open_one


def deliver(ctx: Context, open_sender: OpenSender | None = None,
            limit: int | None = None) -> Done[Delivery]:
    """Send the waiting messages (at most `limit`), oldest first; first mark any left
    "sending" by a run that died as failed, and archive what it left sent. Offline
    (no connection to the mail server or gateway), they keep waiting."""
    report = Delivery()
    opener = open_sender or _default_sender(ctx)
    try:
        with _run_lock(lock_path(ctx)):
            with ctx.store.write.begin() as session:
                report.interrupted = outbox.recover_interrupted(session)
            _archive_left(ctx)
            with ctx.store.session() as session:
                found = outbox.waiting_rows(session, limit)
            for channel in MessageChannel:
                mine = [out for out in found if out.channel is channel]
                if mine:
                    _run(ctx, opener, channel, mine, report)
    except _Held:
        report.busy = True
    with ctx.store.session() as session:
        report.waiting = outbox.counts(session)[OutState.WAITING]
    what = frozenset({ACTIVITIES, ACCOUNT, QUEUE}) if report.sent else frozenset()
    return Done(report, Changes(frozenset(report.accounts), what))


def _run(ctx: Context, opener: OpenSender, channel: MessageChannel,
         messages: list[outbox.OutRow], report: Delivery) -> None:
    """Hand the messages over one by one, each marked "sending" in a committed
    transaction before it is: that transaction also marks the one before "sent" (one
    commit a message). What went is archived a batch at a time (`_archive`), in the
    same transactions; a run that dies leaves the last one "sending" (failed at the
    next run: it may have gone) and what went before "sent", archived by the next run.

    A message refused goes on to the next; a connection that drops while one is
    handed over fails that one (it may have gone) and the next opens a new connection,
    unless the dropped one had carried none since the last drop: then the rest wait."""
    with ctx.store.session() as session:
        rights = _Rights(ctx, session, channel)
    went: list[outbox.OutRow] = []  # taken by the server, not yet marked sent
    to_archive: list[outbox.OutRow] = []  # marked sent, not yet archived
    archived_at = time.monotonic()

    def settle(session: Session, everything: bool = False) -> None:
        nonlocal archived_at
        now = utcnow()
        for out in went:
            outbox.sent(session, out.id, now, None)
            to_archive.append(dataclasses.replace(out, state=OutState.SENT, sent_at=now))
            report.accounts.add(out.account_id)
        report.sent += len(went)
        went.clear()
        if to_archive and (everything or len(to_archive) >= ARCHIVE_BATCH
                           or time.monotonic() - archived_at >= ARCHIVE_EVERY_S):
            _archive(ctx, session, rights, to_archive)
            to_archive.clear()
            archived_at = time.monotonic()

    carried = True  # the connection carried a message since the last drop
    try:
        sender = opener(channel)
        with sender:
            for out in messages:
                with ctx.store.write.begin() as session:
                    settle(session)
                    taken = outbox.mark_sending(session, out.id)
                if not taken:
                    continue
                try:
                    sender.send(out)
                except NotSent as exc:
                    with ctx.store.write.begin() as session:
                        settle(session)
                        outbox.not_sent(session, out.id, message(exc))
                    report.notes.append(message(exc))
                    return
                except RefusedMessage as exc:
                    with ctx.store.write.begin() as session:
                        settle(session)
                        outbox.failed(session, out.id, message(exc))
                    report.failed += 1
                    continue
                except MaybeSent as exc:
                    with ctx.store.write.begin() as session:
                        settle(session)
                        outbox.failed(session, out.id, Worded(MAYBE_GONE, message(exc)))
                    report.failed += 1
                    if not carried:  # it drops whatever goes: the rest wait
                        report.notes.append(message(exc))
                        return
                    carried = False
                    continue
                carried = True
                went.append(out)
    except NotSent as exc:  # could not connect or sign in: nothing was handed over
        report.notes.append(message(exc))
    finally:
        if went or to_archive:  # the last ones, or what went before an unexpected error
            with ctx.store.write.begin() as session:
                settle(session, everything=True)


def recover(ctx: Context) -> Done[int]:
    """At start: messages a run that died left "sending" become failed ("it may have
    gone"), never sent again by themselves, and what it left sent is archived; how
    many were failed (0 while a run holds the outbox: those are its own)."""
    try:
        with _run_lock(lock_path(ctx)):
            with ctx.store.write.begin() as session:
                interrupted = outbox.recover_interrupted(session)
            _archive_left(ctx)
            return Done(interrupted)
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
