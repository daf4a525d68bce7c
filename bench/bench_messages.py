"""Messages benchmark: a batch of emails (10,000 by default) from a rep of the 100k-account
bench workspace (bench/bench_store.py seeds it; a copy is measured, never the file
itself) to that many of the contacts of the rep's companies, rendered and queued in the
outbox, then sent through a real SMTP server on loopback, each marked sending and
committed before it is handed over, and archived as an activity on its company's
timeline (crmdesk.app.messages).

    python bench/bench_messages.py --messages 10000 [--workspace bench/data/bench-100000.db]

The SMTP server (aiosmtpd, STARTTLS, a sink) runs in its own process, so its CPU is not
counted in crmdesk's: CPU time is time.process_time() of this process alone. Wall and
CPU of queueing and of sending, with the calibration.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uuid
from datetime import date

from sqlalchemy import func, select

from bench.calibrate import calibrate
from bench.common import Figure, copy_readonly, workspace_path
from crmdesk.app import message_settings as ms
from crmdesk.app import messages as m
from crmdesk.app.context import Context
from crmdesk.domain.messages import MessageChannel
from crmdesk.secrets import MemoryStore
from crmdesk.store.db import Store, open_store
from crmdesk.store.models import Account, Contact, OutMessage, User
from crmdesk.store.queries import user_by_name
from tests.message_world import certificate
from tests.server_fixtures import free_port


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("the SMTP server did not start")


def _recipients(store: Store, rep: str, n: int) -> list[uuid.UUID]:
    """`n` live contacts with an email address, of the rep's live companies."""
    with store.session() as s:
        owner = s.scalar(select(User.id).where(User.username == rep))
        found = list(s.scalars(
            select(Contact.id).join(Account, Account.id == Contact.account_id)
            .where(Account.owner_id == owner, Account.deleted.is_(False),
                   Contact.deleted.is_(False), Contact.email.is_not(None),
                   Contact.opted_out.is_(False))
            .order_by(Account.name, Contact.id).limit(n)))
    if len(found) < n:
        raise SystemExit(f"{rep} has only {len(found)} contacts with an email address")
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--workspace", type=Path, default=workspace_path(100_000),
                        help="the bench workspace to copy (default: %(default)s)")
    parser.add_argument("--rep", default="zhang.min", help="who sends (a rep of it)")
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the copy (default: a temporary one)")
    args = parser.parse_args()
    if not args.workspace.exists():
        raise SystemExit(f"No bench workspace at {args.workspace}: seed it with "
                         "bench/bench_store.py first.")
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-messages-",
                                     dir=args.work) as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        copy_readonly(args.workspace, folder / "w.db")
        print(f"copied {args.workspace} in {time.perf_counter() - started:.1f} s")
        store = open_store(folder / "w.db")
        people = _recipients(store, args.rep, args.messages)
        cert, key = certificate(folder)
        port = free_port()
        # its own process: the server's CPU is not counted as crmdesk's
        server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-c",
                                   "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}",
                                   "--tlscert", str(cert), "--tlskey", str(key)])
        try:
            _wait_for(port)
            with store.session() as s:
                me = user_by_name(s, args.rep)
            assert me is not None
            secrets = MemoryStore()
            ctx = Context(store, me, "CN", date.today, secrets=lambda: secrets)
            ms.set_smtp(ctx, host="127.0.0.1", port=port, from_address="Rep <rep@example.com>",
                       ca_file=str(cert))
            m.save_template(ctx, "续约", MessageChannel.EMAIL, "{{company.name}}：续约提醒",
                            "{{contact.name}}您好，{{company.name}}的合同"
                            "{{contract.end_date|}}即将到期。{{deal.amount|}}— {{owner.name}}")
            wall, cpu = time.perf_counter(), time.process_time()
            queued = m.queue_messages(ctx, "续约", contact_ids=people).value
            queue_wall, queue_cpu = time.perf_counter() - wall, time.process_time() - cpu
            wall, cpu = time.perf_counter(), time.process_time()
            report = m.deliver(ctx).value
            send_wall, send_cpu = time.perf_counter() - wall, time.process_time() - cpu
            assert queued.to_send == args.messages and report.sent == args.messages, report
            with store.session() as s:
                archived = s.scalar(select(func.count()).select_from(OutMessage).where(
                    OutMessage.activity_id.is_not(None)))
            assert archived == args.messages, archived
        finally:
            server.terminate()
            server.wait(10)
            store.close()
    n = args.messages
    calibration = calibrate()
    for line in calibration.lines():
        print(line)
    print(f"{args.rep} of {args.workspace.name}: {n:,} emails queued and sent, each "
          "archived")
    for figure in (Figure(f"queue {n:,} emails (render + outbox), wall", queue_wall, "s", None),
                   Figure(f"queue {n:,} emails, CPU", queue_cpu, "s", None),
                   Figure(f"send {n:,} emails via loopback SMTP + archive, wall", send_wall,
                          "s", 60.0, storage=True),
                   Figure(f"send {n:,} emails, CPU", send_cpu, "s", None),
                   Figure("send rate", n / send_wall, "msg/s", None, lower_is_better=False)):
        print(figure.report(calibration))


if __name__ == "__main__":
    main()
