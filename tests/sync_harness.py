"""What the sync convergence and fault tests share: laptops that talk to the real server
through a recording transport (which can also lose answers, cut bodies and ask for small
pages), the team of five, and comparisons of each laptop with what the server says its
user may see."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from crmdesk.app.context import Context
from crmdesk.domain.scope import Viewer, visible
from crmdesk.hlc import Stamp
from crmdesk.json_values import snapshot
from crmdesk.protocol import PROTOCOL_VERSION
from crmdesk.server.db import ServerDB
from crmdesk.store import queries as q
from crmdesk.store import refused
from crmdesk.store.db import Store, open_store
from crmdesk.store.deal_team import as_member, member_key
from crmdesk.store.journal import pending_count
from crmdesk.store.models import User, synced_models
from crmdesk.store.served import served_by
from crmdesk.sync.engine import SyncClient, SyncReport, sign_in
from tests.conftest import TODAY
from tests.server_fixtures import PASSWORD, server_cli_here

Server = tuple[httpx.Client, ServerDB, str]
Key = tuple[str, uuid.UUID]

#: `make test` runs small (well under a minute for all sync fault and convergence tests);
#: CRMDESK_TEST_SIZE=large runs many more rounds and seeds.
LARGE = os.environ.get("CRMDESK_TEST_SIZE", "small") == "large"
#: Both server databases when large; the real-use one (PostgreSQL) when small.
BACKENDS = ["postgres", "sqlite"] if LARGE else ["postgres"]


def add_people(server: Server) -> dict[str, uuid.UUID]:
    """East: reps amy and ben, lead lea; West: rep wes; admin root. Ids by name. (No
    sign-ins here: each costs an argon2 check, and the laptops sign in themselves.)"""
    _http, db, url = server
    assert server_cli_here("team", "add", "West", "--database-url", url).returncode == 0
    for name, team, role in (("ben", "East", "rep"), ("lea", "East", "lead"),
                             ("wes", "West", "rep")):
        made = server_cli_here("user", "add", name, "--team", team, "--role", role,
                               "--database-url", url, password=PASSWORD)
        assert made.returncode == 0, made.stderr
    from crmdesk.store.models import Team

    out: dict[str, uuid.UUID] = {}
    with db.session() as session:
        out.update({u.username: u.id for u in session.scalars(select(User))})
        out.update({t.name: t.id for t in session.scalars(select(Team))})
    return out


def turn_returns_on(db: ServerDB, team_id: uuid.UUID, **rules: int) -> None:
    """Turn team `team_id`'s pool returns on, on the server (off for a team without
    rules): the suggested return rules (crmdesk.domain.pool.SUGGESTED_RETURNS), with
    `rules` for any other (or other figures)."""
    from crmdesk.domain.pool import SUGGESTED_RETURNS
    from crmdesk.server.pool import set_team_rules
    from crmdesk.store.models import Team

    wanted = {"no_contact_days": SUGGESTED_RETURNS.no_contact_days,
              "no_deal_days": SUGGESTED_RETURNS.no_deal_days} | rules
    with db.session.begin() as session:
        set_team_rules(session, session.get_one(Team, team_id), **wanted)


def viewer_of(db: ServerDB, username: str) -> Viewer:
    with db.session() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return Viewer(user.id, user.role.value, user.team_id)


class Wire(httpx.HTTPTransport):
    """A real connection to the server that keeps a record of what crossed it.

    `page` asks the server for pulls of that many changes (the client asks for the most).
    `lose` and `cut` name calls by (path, n), counting from 1 per path: a lost call
    reaches the server, which does the work, but the answer never arrives; a cut call's
    body stops halfway, as when the connection drops while it is read.
    """

    def __init__(self, log: list[dict[str, Any]] | None = None, page: int | None = None,
                 name: str = "") -> None:
        super().__init__()
        self.log = [] if log is None else log
        self.page, self.name = page, name
        self.lose: set[tuple[str, int]] = set()
        self.cut: set[tuple[str, int]] = set()
        self.calls: dict[str, int] = {}
        self.before: Callable[[httpx.Request], None] | None = None
        #: Rewrites the headers of each pull's answer (the body stays the server's).
        self.pull_headers: Callable[[httpx.Headers], httpx.Headers] | None = None
        #: Reads the server's newest change-log position, around each push, so a test
        #: can tell which changes a push made (tests push one at a time).
        self.probe: Callable[[], int] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if self.page is not None and path == "/v1/changes":
            request.url = request.url.copy_merge_params({"limit": self.page})
        if self.before is not None:
            self.before(request)
        n = self.calls[path] = self.calls.get(path, 0) + 1
        probe = self.probe if path == "/v1/push" else None
        head_before = probe() if probe is not None else None
        response = super().handle_request(request)
        body = response.read()
        entry: dict[str, Any] = {"who": self.name, "path": path, "n": n,
                                 "status": response.status_code, "delivered": True}
        if probe is not None:
            entry["heads"] = (head_before, probe())
        if path == "/v1/push" and response.status_code == 200:
            entry["request"] = json.loads(request.content)
            entry["answer"] = json.loads(body)
        if path == "/v1/changes" and response.status_code == 200:
            answer = json.loads(body)
            entry["asked"] = int(request.url.params["cursor"])
            entry["seqs"] = [c["seq"] for c in answer["changes"]]
            entry["cursor"] = answer["cursor"]
        self.log.append(entry)
        if (path, n) in self.lose:
            entry["delivered"] = False
            raise httpx.ReadError("the connection dropped before the answer arrived")
        if (path, n) in self.cut:
            entry["delivered"] = False
            return httpx.Response(response.status_code, headers=response.headers,
                                  stream=_Halfway(body), request=request)
        headers = response.headers
        if self.pull_headers is not None and path == "/v1/changes":
            headers = self.pull_headers(headers)
        return httpx.Response(response.status_code, headers=headers, content=body,
                              request=request)


class _Halfway(httpx.SyncByteStream):
    """A body that stops halfway with a read error."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Any:
        yield self.body[: len(self.body) // 2]
        raise httpx.ReadError("the connection dropped in the middle of the answer")


class Laptop:
    """A user's laptop: its own workspace file, signed in to the server over a Wire."""

    def __init__(self, folder: Path, base_url: str, username: str, viewer: Viewer, *,
                 log: list[dict[str, Any]] | None = None, page: int | None = None,
                 first_sync: bool = True, file_name: str | None = None) -> None:
        self.username, self.viewer = username, viewer
        self.store: Store = open_store(folder / (file_name or f"{username}.db"), create=True)
        self.wire = Wire(log, page, name=username)
        self.http = httpx.Client(base_url=base_url, timeout=60, transport=self.wire)
        self.token = sign_in(self.http, username, PASSWORD, self.store.client_id).token
        self.client = SyncClient(self.store, self.http, self.token)
        if first_sync:
            self.sync()  # the first sync brings the people who own things

    @property
    def client_id(self) -> str:
        return self.store.client_id

    def sync(self) -> SyncReport:
        return self.client.sync()

    def pending(self) -> int:
        with self.store.session() as session:
            return pending_count(session)

    def close(self) -> None:
        self.http.close()
        self.store.close()


def sync_until_quiet(laptops: Iterable[Laptop], order: Callable[[list[Laptop]], None]
                     | None = None, rounds: int = 8) -> None:
    """Sync everyone, round after round, until a round where nothing moved."""
    crowd = list(laptops)
    for _ in range(rounds):
        if order is not None:
            order(crowd)
        reports = [laptop.sync() for laptop in crowd]
        if all(r.pushed == 0 and r.pulled == 0 and r.removed == 0 for r in reports):
            return
    raise AssertionError(f"sync did not settle in {rounds} rounds")


def server_rows(db: ServerDB, viewer: Viewer | None = None) -> dict[Key, dict[str, Any]]:
    """Every synced row on the server (that `viewer` may see), as plain JSON values."""
    out: dict[Key, dict[str, Any]] = {}
    with db.session() as session:
        if viewer is not None:  # the deals' teams they are on now
            viewer = Viewer(viewer.user_id, viewer.role, viewer.team_id,
                            *as_member(session, viewer.user_id))
        for entity, model in synced_models().items():
            owned = hasattr(model, "owner_id")
            for row in session.scalars(select(model)):
                # rows with no owner (users, teams, tags, channels) are for everyone
                owner, team = (row.owner_id, row.team_id) if owned else (None, None)
                via = member_key(session, entity, row) if owned else None
                served = served_by(session, entity, row) if owned else None
                if viewer is None or visible(viewer, owner, team, via, served):
                    out[(entity, row.id)] = snapshot(row)
    return out


def laptop_context(laptop: Laptop) -> Context:
    """The application context of the laptop's signed-in user, on the tests' day."""
    with laptop.store.session() as s:
        user = q.user_by_name(s, laptop.username)
    assert user is not None
    return Context(laptop.store, user, "CN", lambda: TODAY)


def held_ids(laptop: Laptop, model: type[Any]) -> set[uuid.UUID]:
    """The ids of the live rows of `model` on the laptop."""
    with laptop.store.session() as s:
        return set(s.scalars(select(model.id).where(model.deleted.is_(False))))


def laptop_rows(store: Store) -> dict[Key, dict[str, Any]]:
    """Every synced row in a workspace, as plain JSON values."""
    out: dict[Key, dict[str, Any]] = {}
    with store.session() as session:
        for entity, model in synced_models().items():
            for row in session.scalars(select(model)):
                out[(entity, row.id)] = snapshot(row)
    return out


def differences(expected: dict[Key, dict[str, Any]], actual: dict[Key, dict[str, Any]],
                limit: int = 12) -> list[str]:
    """Readable differences between two sets of rows, column by column."""
    out: list[str] = []
    for key in sorted(expected.keys() - actual.keys(), key=str):
        out.append(f"missing {key[0]} {key[1]}: {_brief(expected[key])}")
    for key in sorted(actual.keys() - expected.keys(), key=str):
        out.append(f"extra {key[0]} {key[1]}: {_brief(actual[key])}")
    for key in sorted(expected.keys() & actual.keys(), key=str):
        want, got = expected[key], actual[key]
        for column in sorted(want.keys() | got.keys()):
            if want.get(column) != got.get(column):
                out.append(f"{key[0]} {key[1]} .{column}: server {want.get(column)!r:.80} "
                           f"laptop {got.get(column)!r:.80}")
    return out[:limit] + ([f"... and {len(out) - limit} more"] if len(out) > limit else [])


def _brief(row: dict[str, Any]) -> str:
    shown = {k: row.get(k) for k in ("name", "notes", "deleted", "owner_id", "team_id")
             if k in row}
    return repr(shown)[:160]


def mirror_problems(db: ServerDB, laptop: Laptop) -> list[str]:
    """How a laptop differs from exactly what the server says its user may see, besides
    the records the server refused to create (they stay, marked, until the user acts)."""
    with laptop.store.session() as session:
        kept = refused.marked(session)
    mine = {key: row for key, row in laptop_rows(laptop.store).items() if key not in kept}
    return differences(server_rows(db, laptop.viewer), mine)


def rogue_push(laptop: Laptop, entity: str, row_id: uuid.UUID, fields: dict[str, Any]
               ) -> dict[str, Any]:
    """One op straight to /v1/push, as a laptop that skipped its own checks would: the
    server's answer to it (status, reason)."""
    return rogue_pushes(laptop, [(entity, row_id, fields)])[0]


def rogue_pushes(laptop: Laptop, ops: list[tuple[str, uuid.UUID, dict[str, Any]]]
                 ) -> list[dict[str, Any]]:
    """Ops (entity, row id, fields) straight to /v1/push in one push, in that order: the
    server's answers to them."""
    stamp = Stamp(int(datetime.now(UTC).timestamp() * 1000), 0, "rogue").encode()
    sent = [{"op_id": str(uuid.uuid4()), "seq": 10_000 + n, "entity": entity,
             "row_id": str(row_id), "fields": fields, "stamp": stamp}
            for n, (entity, row_id, fields) in enumerate(ops)]
    answer = laptop.http.post("/v1/push", headers={"Authorization": f"Bearer {laptop.token}"},
                              json={"client_id": laptop.client_id, "protocol": PROTOCOL_VERSION,
                                    "ops": sent})
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]  # type: ignore[no-any-return]
