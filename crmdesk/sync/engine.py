"""Syncing a workspace with the server: push the outbox, pull the change log.

Runs without Qt (the window wraps it in a worker). Every step that changes the
workspace is one SQLite transaction: an answered push and the removal of its outbox
entries; a pulled batch and its cursor. A failure at any point leaves the workspace as
it was before that step, and the next sync carries on from there.

`SyncClient` is the one door the window, the command line and the tests use; each part
of a sync lives in its own module:

- `push`: the outbox to the server, and its answer recorded;
- `pull`: the server's change log into the workspace (its apply: `pull.write_batch`);
- `rows`: writing one of the server's rows, or removing one that left my scope;
- `parking`: rows kept aside until the row they refer to arrives;
- `resync`: reading the whole log again when the server asks for it;
- `whose`: whose records the workspace holds, and replacing them;
- `overwritten`: my values a later edit from elsewhere replaced;
- `wire`: the HTTP calls and signing in; `errors`: why a sync stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from crmdesk.protocol import UserInfo
from crmdesk.store import conflicts, derived, refused
from crmdesk.store import workspace_keys as keys
from crmdesk.store.journal import QUIET
from crmdesk.store.models import User
from crmdesk.store.stand_in import retire_stand_in
from crmdesk.sync import overwritten, pull, push, whose
from crmdesk.sync.errors import (
    NotAskedToReplace,
    ResyncNeeded,
    SignInNeeded,
    SyncError,
    TooLarge,
)
from crmdesk.sync.kinds import CatchUp, encode, synced_schema
from crmdesk.sync.link import Link
from crmdesk.sync.report import Progress, SyncReport
from crmdesk.sync.whose import held_for_another, other_holder
from crmdesk.sync.wire import call, sign_in

__all__ = [
    "NotAskedToReplace",
    "Progress",
    "ResyncNeeded",
    "SignInNeeded",
    "SyncClient",
    "SyncError",
    "SyncReport",
    "TooLarge",
    "held_for_another",
    "other_holder",
    "sign_in",
]


class SyncClient(Link):
    """Syncs one workspace with the server as the user whose token it holds."""

    def push(self, report: SyncReport) -> None:
        """Send the outbox in order, in batches; each answered batch leaves the outbox.
        A batch too large for the server is halved until it fits."""
        push.push(self, report)

    def pull(self, report: SyncReport, progress: Progress | None = None,
             catch_up: CatchUp | None = None) -> None:
        """Apply the server's changes batch by batch, each with its cursor (see
        `crmdesk.sync.pull.pull`)."""
        pull.pull(self, report, progress, catch_up)

    def fetch_overwritten(self, report: SyncReport) -> None:
        """Record here the values I had sent that a later edit from elsewhere replaced."""
        overwritten.fetch_overwritten(self, report)

    def sync(self, progress: Progress | None = None,
             forgot: Callable[[], None] | None = None, replace: bool = False) -> SyncReport:
        """Push my edits, pull everyone's, fetch my overwritten values; `progress` hears
        how far the pull is, `forgot` that the last person's records were just dropped
        (the workspace is someone else's now). Without `replace`, a workspace holding
        another person's records is refused instead (the user was not asked)."""
        report = SyncReport()
        self.afresh = False  # set when the pull reads the whole log again
        me = UserInfo.model_validate(call(self.http, "GET", "/v1/me",
                                          headers=self.headers).json())
        whose.claim(self, me, report, replace)
        if report.forgot and forgot is not None:
            forgot()
        with self.store.session() as session:
            first = not keys.LAST_SYNC.is_set(session)
            stand_in = keys.STAND_IN_USER.is_set(session)
            before = synced_schema(session)
        if not first:
            self.push(report)
        self.pull(report, progress)
        if first:
            if stand_in:  # what was made before signing in becomes the signed-in user's
                with self.store.write.begin() as session:
                    session.info[QUIET] = True
                    retire_stand_in(session, me.id)
            self.push(report)
        if not self.afresh:
            pull.catch_up(self, before, report)
        self.fetch_overwritten(report)
        with self.store.write.begin() as session:
            session.info[QUIET] = True
            keys.SYNC_SCHEMA.put(session, encode(self.schema))
            keys.LAST_SYNC.put(session, datetime.now().replace(microsecond=0))
            if session.get(User, me.id) is not None:  # work as the signed-in user
                keys.CURRENT_USER.put(session, me.id)
        derived.catch_up(self.store)  # what a first sync left to compute
        if report.marked:  # refusals whose record gave way are not the user's to settle
            with self.store.session() as session:
                report.keep_standing(refused.marked(session) | conflicts.kept(session))
        return report
