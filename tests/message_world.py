"""What the message tests share: a real SMTP server on loopback (aiosmtpd, with STARTTLS
or TLS from the start, a self-signed certificate and a sign-in), a real HTTP SMS gateway
on loopback (http.server in a thread), and a workspace with people to write to."""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from crmdesk.app.context import Context
from crmdesk.secrets import MemoryStore
from crmdesk.store.db import Store
from crmdesk.store.models import Contact, Contract, Opportunity, OpportunityStage
from crmdesk.store.queries import user_by_name
from crmdesk.store.writes import new_contact
from tests.conftest import TODAY
from tests.server_fixtures import free_port

SMTP_USER, SMTP_PASSWORD = "amy", "pa55-word-秘密"


@dataclass
class MailServer:
    host: str
    port: int
    ca_file: str
    received: list[Envelope] = field(default_factory=list)

    def messages(self) -> list[EmailMessage]:
        out = []
        for envelope in self.received:
            content = envelope.original_content or envelope.content
            assert isinstance(content, bytes)
            parsed = email.message_from_bytes(content, policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            out.append(parsed)
        return out


class _Handler:
    def __init__(self, received: list[Envelope]) -> None:
        self.received = received

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's names
            self, _server: SMTP, _session: Session, envelope: Envelope, address: str,
            _options: list[str]) -> str:
        if address.endswith("@bounce.test"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's names
            self, server: SMTP, _session: Session, envelope: Envelope) -> str:
        if any(to.startswith("drop.") for to in envelope.rcpt_tos):
            # the line drops with the message received but before the answer: the
            # sender cannot tell whether it was taken
            assert server.transport is not None
            server.transport.abort()
            return "250 never heard"
        self.received.append(envelope)
        return "250 Message accepted for delivery"


def _authenticator(_server: SMTP, _session: Session, _envelope: Envelope, _mechanism: str,
                   data: Any) -> AuthResult:
    ok = (isinstance(data, LoginPassword) and data.login == SMTP_USER.encode()
          and data.password == SMTP_PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    if not cert.exists():
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key),
                        "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)
    return cert, key


def _context(cert: Path, key: Path) -> Any:
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


@pytest.fixture(scope="module")
def cert_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return certificate(tmp_path_factory.mktemp("tls"))


def mail_server(cert_files: tuple[Path, Path], security: str = "starttls",
                port: int | None = None) -> tuple[Controller, MailServer]:
    """A started SMTP server on loopback, signing in `SMTP_USER` over TLS only."""
    cert, key = cert_files
    server = MailServer("127.0.0.1", port or free_port(), str(cert))
    tls = _context(cert, key)
    kwargs: dict[str, Any] = ({"ssl_context": tls} if security == "tls" else
                              {"tls_context": tls, "require_starttls": True})
    # aiosmtpd counts only STARTTLS as TLS for AUTH: on a TLS-from-the-start port the
    # whole connection is TLS already
    controller = Controller(_Handler(server.received), hostname=server.host, port=server.port,
                            authenticator=_authenticator,
                            auth_require_tls=security != "tls", **kwargs)
    controller.start()
    return controller, server


@pytest.fixture
def smtp(cert_files: tuple[Path, Path]) -> Iterator[MailServer]:
    controller, server = mail_server(cert_files)
    try:
        yield server
    finally:
        controller.stop()


# ---- the SMS gateway --------------------------------------------------------------------

@dataclass
class Gateway:
    url: str
    received: list[dict[str, Any]] = field(default_factory=list)
    #: status and text to answer a request's JSON body with (default: 200)
    answer: Callable[[Any], tuple[int, str]] = lambda _body: (200, '{"ok": true}')
    #: while set, a request whose JSON `to` is `hold_for` waits for `release`
    hold_for: str | None = None
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    found = Gateway("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            size = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(size))
            found.received.append({"path": self.path, "headers": dict(self.headers),
                                   "body": body})
            if found.hold_for is not None and json.dumps(body).find(found.hold_for) >= 0:
                found.held.set()
                found.release.wait(30)
            status, text = found.answer(body)
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    found.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1/sms"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        found.release.set()
        httpd.shutdown()
        httpd.server_close()


# ---- a workspace to write from ------------------------------------------------------------

def rep_context(store: Store, secrets: MemoryStore | None = None) -> Context:
    with store.session() as s:
        rep = user_by_name(s, "rep")
    assert rep is not None
    kept = secrets or MemoryStore()
    return Context(store, rep, "CN", lambda: TODAY, secrets=lambda: kept)


def add_people(store: Store, world: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """Beside `world`'s Ann (email and mobile), Bob (mobile) and Cat (email) of Acme: 王芳,
    a buyer with a title, email and mobile; Dan, who opted out; Acme's open deal and its
    contract ending next spring."""
    from datetime import date

    acme = world["acme"]
    with store.write.begin() as s:
        wang = new_contact(s, acme, name="王芳", email="wang.fang@acme.com",
                           mobile="138 0013 8000", title="采购经理")
        dan = new_contact(s, acme, name="Dan", email="dan@acme.com", mobile="137 0000 3333")
        s.get_one(Contact, dan).opted_out = True
        s.add(Opportunity(id=uuid.uuid4(), account_id=acme, name="Renewal", amount=120_000_00,
                          currency="CNY", stage=OpportunityStage.PROPOSAL,
                          owner_id=world["rep"], team_id=world["team"]))
        s.add(Contract(id=uuid.uuid4(), account_id=acme, number="C-1", signed_on=date(2026, 4, 1),
                       amount=100_000_00, currency="CNY", ends_on=date(2027, 3, 31),
                       owner_id=world["rep"], team_id=world["team"]))
    return {**world, "wang": wang, "dan": dan}


def add_deal_colleague(store: Store, world: dict[str, uuid.UUID]) -> Context:
    """Wes, a rep of another team (West) on the team of a deal of Acme's (so he sees
    Acme and logs on that deal only): his context."""
    from crmdesk.store.models import DealMember, Team, TeamRole, User

    with store.write.begin() as s:
        west = Team(id=uuid.uuid4(), name="West")
        s.add(west)
        s.flush()
        wes = User(id=uuid.uuid4(), username="wes", display_name="Wes", team_id=west.id)
        s.add(wes)
        deal = Opportunity(id=uuid.uuid4(), account_id=world["acme"], name="Line", amount=1,
                           currency="CNY", stage=OpportunityStage.PROPOSAL,
                           owner_id=world["rep"], team_id=world["team"])
        s.add(deal)
        s.flush()
        s.add(DealMember(opportunity_id=deal.id, user_id=wes.id, role=TeamRole.PRESALES,
                         owner_id=world["rep"], team_id=world["team"]))
    with store.session() as s:
        ref = user_by_name(s, "wes")
    assert ref is not None
    kept = MemoryStore()
    return Context(store, ref, "CN", lambda: TODAY, secrets=lambda: kept)
