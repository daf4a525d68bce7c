"""A server taking web enquiries, for the intake tests: PostgreSQL (or a SQLite file),
the real API on loopback, team East (reps amy, ben, cat; lead lea) and West (rep wes),
channel "Website" whose key sends enquiries to East."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select, text

from crmdesk.domain.intake import Assignment
from crmdesk.domain.scope import Viewer
from crmdesk.server.app import create_app
from crmdesk.server.db import ServerDB, connect
from crmdesk.server.intake import Limits
from crmdesk.store.assignment import set_assignment
from crmdesk.store.models import Account, Channel, Team, User
from tests.server_fixtures import PASSWORD, database_url, server_cli_here, serving_app


@dataclass
class IntakeWorld:
    http: httpx.Client
    db: ServerDB
    url: str
    base: str
    key: str
    ids: dict[str, uuid.UUID]
    app: FastAPI

    def post(self, key: str | None = None, channel: str = "Website",
             headers: dict[str, str] | None = None, **fields: Any) -> httpx.Response:
        sent = {"X-Intake-Key": key or self.key} | (headers or {})
        return self.http.post(f"/v1/intake/{channel}", json=fields, headers=sent)

    def lead(self, n: int, **extra: Any) -> httpx.Response:
        """A distinct enquiry (company n, its own phone and email domain)."""
        fields = {"company": f"Northwind {n} Trading", "person": f"Person {n}",
                  "phone": f"+86 138 {n:04d} {n:04d}", "email": f"p{n}@northwind{n}.cn",
                  "message": f"Please call me about order {n}."} | extra
        return self.post(**fields)

    def waiting_on_a_lock(self, timeout: float = 20) -> None:
        """Wait until some transaction in the world's database waits for a lock
        (PostgreSQL)."""
        deadline = time.monotonic() + timeout
        with self.db.engine.connect() as probe:
            while time.monotonic() < deadline:
                if probe.scalar(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND wait_event_type = 'Lock'")):
                    return
                probe.rollback()
                time.sleep(0.02)
        raise AssertionError("nothing waited for a lock")

    def in_one_batch(self, posts: Sequence[Callable[[], httpx.Response]],
                     meanwhile: Callable[[], object] = lambda: None
                     ) -> list[httpx.Response]:
        """Make `posts` at once, taken by the server in one batch: its batcher is kept on
        an earlier post (with a wrong key: it makes nothing), which waits on a lock held
        here until all of them wait for the next batch, and `meanwhile` is done
        (PostgreSQL)."""
        batcher = self.app.state.intake_batcher
        with self.db.engine.connect() as holder, ThreadPoolExecutor(len(posts) + 1) as pool:
            holder.execute(text("LOCK TABLE server_intake_counts IN EXCLUSIVE MODE"))
            first = pool.submit(self.post, key="cik_held", company="Held", person="H",
                                email="h@held.com")
            self.waiting_on_a_lock()
            answers = [pool.submit(post) for post in posts]
            deadline = time.monotonic() + 20
            while batcher.waiting < len(posts):
                assert time.monotonic() < deadline, "the posts did not all wait"
                time.sleep(0.01)
            meanwhile()
            holder.rollback()
            assert first.result().status_code == 401
            return [answer.result() for answer in answers]

    def rules(self, settings: Assignment, team: str = "East") -> None:
        """Set a team's assignment settings on the server, as an admin would."""
        with self.db.session.begin() as session:
            set_assignment(session, Viewer(self.ids["root"], "admin", None),
                           self.ids[team], settings)

    def owners(self) -> dict[str, uuid.UUID | None]:
        """Each account's owner, by company name."""
        with self.db.session() as session:
            return dict(session.execute(select(Account.name, Account.owner_id)).all())


def cli(url: str, *args: str, password: str | None = None) -> str:
    done = server_cli_here(*args, "--database-url", url, password=password)
    assert done.returncode == 0, done.stderr
    return done.stdout


def issued_key(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("cik_"))


@contextmanager
def intake_world(kind: str, tmp_path: Path, limits: Limits | None = None
                 ) -> Iterator[IntakeWorld]:
    with database_url(kind, tmp_path) as url:
        cli(url, "init", "--admin", "root", password=PASSWORD)
        for team in ("East", "West"):
            cli(url, "team", "add", team)
        for name, team, role in (("amy", "East", "rep"), ("ben", "East", "rep"),
                                 ("cat", "East", "rep"), ("lea", "East", "lead"),
                                 ("wes", "West", "rep")):
            cli(url, "user", "add", name, "--team", team, "--role", role, password=PASSWORD)
        cli(url, "channel", "add", "Website", "--kind", "website")
        key = issued_key(cli(url, "channel", "key", "Website", "--team", "East"))
        db = connect(url)
        try:
            with db.session() as session:
                ids = {u.username: u.id for u in session.scalars(select(User))}
                ids |= {t.name: t.id for t in session.scalars(select(Team))}
                ids |= {c.name: c.id for c in session.scalars(select(Channel))}
            app = create_app(db, intake_limits=limits or Limits(10_000, 10_000))
            with serving_app(app) as base, httpx.Client(base_url=base, timeout=30) as http:
                yield IntakeWorld(http, db, url, base, key, ids, app)
        finally:
            db.close()
