"""Commands on channels: an admin adds them and enters their monthly costs, which make
channel ROI measurable, on the laptop (or on the server, `crmdesk-server channel add`,
`cost`); anyone else is refused in the server's words before anything is queued. A
channel's intake key for web enquiries is made on the server, so its command needs the
connection (`issue_intake_key`)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

import httpx
from sqlalchemy.orm import Session

from crmdesk.app import syncing
from crmdesk.app._unit import write
from crmdesk.app.changes import Changes, Done
from crmdesk.app.context import Context
from crmdesk.domain.scope import Viewer, may_write
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.protocol import IntakeChannels, IntakeKeyAnswer
from crmdesk.store import channel_costs, channels
from crmdesk.store.models import ChannelKind, Role
from crmdesk.store.refusals import Refused

#: What a cost change touches: no account, the ROI figures only.
COSTS = "channel_costs"


def refusal(ctx: Context) -> str | None:
    """Why the user acting may not change channel costs (a shared list: admins only), in
    the server's words, or None (workspace-wide work with no user acting, too)."""
    if ctx.user is None:
        return None
    me = ctx.user
    shared = (None, None)  # a shared list's rows have no owner and no team
    return may_write(Viewer(me.id, Role(me.role).value, me.team_id), shared, shared)


def set_channel_cost(ctx: Context, channel_id: uuid.UUID, month: date, amount: int,
                     currency: str = "CNY") -> Done[uuid.UUID]:
    """Set (or change) a channel's cost for a month; the value is the cost row's id."""
    row_id = set_channel_costs(ctx, {(channel_id, month): amount}, currency).value
    return Done(row_id[0], Changes(frozenset(), frozenset({COSTS})))


def set_channel_costs(ctx: Context, costs: Mapping[tuple[uuid.UUID, date], int],
                      currency: str = "CNY") -> Done[list[uuid.UUID]]:
    """The cost dialog saved: every (channel, month) cost given, all or none."""
    refused = refusal(ctx)
    if refused is not None:
        raise Refused(refused)

    def change(session: Session) -> list[uuid.UUID]:
        return [channel_costs.set_cost(session, channel_id, month, amount, currency)
                for (channel_id, month), amount in costs.items()]

    ids = write(ctx, change)
    return Done(ids, Changes(frozenset(), frozenset({COSTS})) if ids else Changes())


# ---- channels and their intake keys --------------------------------------------------

#: What a channel added or its key changes: the channels screen's list.
CHANNELS = "channels"
NEEDS_SERVER = tr_noop("A new intake key is made on the server: sign in to the server first "
                       "(Sync ▸ Sign in to server…).")
OFFLINE = tr_noop("A new intake key is made on the server, which cannot be reached now; try "
                  "again when this laptop is online.")


class NeedsConnection(Refused):
    """The server is needed and not there (not signed in, or offline)."""


def add_channel(ctx: Context, name: str, kind: ChannelKind) -> Done[uuid.UUID]:
    """Add a channel (administrators): every laptop receives it at its next sync."""
    refused = refusal(ctx)
    if refused is not None:
        raise Refused(refused)
    made = write(ctx, lambda s: channels.add_channel(s, name, kind))
    return Done(made, Changes(frozenset(), frozenset({CHANNELS, COSTS})))


def _server_call(ctx: Context, http: httpx.Client, method: str, path: str,
                 body: dict[str, str] | None = None) -> httpx.Response:
    """`method` `path` on the workspace's server with its kept token; NeedsConnection
    when not signed in or unreachable, Refused with the server's words otherwise."""
    place = syncing.where(ctx)
    kept = (syncing.kept_token(ctx, place.server, place.username)
            if place.server and place.username else None)
    if kept is None or not place.server:
        raise NeedsConnection(NEEDS_SERVER)
    try:
        answer = http.request(method, place.server + path, json=body,
                              headers={"Authorization": f"Bearer {kept.token}"})
    except httpx.TransportError:
        raise NeedsConnection(OFFLINE) from None
    if answer.status_code >= 400:
        try:
            detail = str(answer.json().get("detail"))
        except ValueError:
            detail = Worded(tr_noop("The server answered {0}."), answer.status_code)
        raise Refused(detail)
    return answer


def issue_intake_key(ctx: Context, http: httpx.Client, channel_id: uuid.UUID,
                     team_id: uuid.UUID) -> str:
    """A new intake key for the channel, its enquiries going to `team_id`, from the
    server (administrators): shown once; the channel's previous key stops working."""
    refused = refusal(ctx)
    if refused is not None:
        raise Refused(refused)
    answer = _server_call(ctx, http, "POST", f"/v1/channels/{channel_id}/key",
                          {"team_id": str(team_id)})
    return IntakeKeyAnswer.model_validate_json(answer.content).key


def intake_teams(ctx: Context, http: httpx.Client) -> dict[uuid.UUID, uuid.UUID]:
    """Which channels take web enquiries, and for which team (from the server)."""
    answer = _server_call(ctx, http, "GET", "/v1/intake-channels")
    return {c.channel_id: c.team_id
            for c in IntakeChannels.model_validate_json(answer.content).channels}
