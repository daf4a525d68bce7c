"""Messages benchmark: a batch of emails (10,000 by default) to the contacts of as many
companies, rendered and queued in the outbox, then sent through a real SMTP server on
loopback (aiosmtpd in its own process, STARTTLS), each marked sending and committed
before it is handed over, and archived as an activity after (crmdesk.app.messages).

    python bench/bench_messages.py --messages 10000

Wall and CPU time (time.process_time: crmdesk's process alone) of queueing and of
sending, with the calibration.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.calibrate import calibrate
from bench.common import Figure
from crmdesk.app import message_settings as ms
from crmdesk.app import messages as m
from crmdesk.domain.messages import MessageChannel
from crmdesk.secrets import MemoryStore
from crmdesk.store.db import open_store
from crmdesk.store.models import Team, User
from crmdesk.store.writes import new_account, new_contact
from tests.message_world import certificate, rep_context
from tests.server_fixtures import free_port


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("the SMTP server did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-messages-") as tmp:
        folder = Path(tmp)
        store = open_store(folder / "w.db", create=True)
        with store.write.begin() as s:
            team = Team(id=uuid.uuid4(), name="East")
            s.add(team)
            s.flush()
            rep = User(id=uuid.uuid4(), username="rep", display_name="Rep One", team_id=team.id)
            s.add(rep)
            s.flush()
            for n in range(args.messages):
                account = new_account(s, name=f"客户 {n:05d} 有限公司", owner_id=rep.id,
                                      team_id=team.id)
                new_contact(s, account, name=f"联系人 {n}", email=f"c{n}@example.com")
        cert, key = certificate(folder)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-c",
                                   "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}",
                                   "--tlscert", str(cert), "--tlskey", str(key)])
        try:
            _wait_for(port)
            ctx = rep_context(store, MemoryStore())
            ms.set_smtp(ctx, host="127.0.0.1", port=port, from_address="Rep <rep@example.com>",
                       ca_file=str(cert))
            m.save_template(ctx, "续约", MessageChannel.EMAIL, "{{company.name}}：续约提醒",
                            "{{contact.name}}您好，{{company.name}}的合同即将到期。"
                            "— {{owner.name}}")
            accounts = m.accounts_named(ctx, "有限公司")
            wall, cpu = time.perf_counter(), time.process_time()
            queued = m.queue_messages(ctx, "续约", account_ids=accounts).value
            queue_wall, queue_cpu = time.perf_counter() - wall, time.process_time() - cpu
            wall, cpu = time.perf_counter(), time.process_time()
            report = m.deliver(ctx).value
            send_wall, send_cpu = time.perf_counter() - wall, time.process_time() - cpu
            assert queued.to_send == args.messages and report.sent == args.messages, report
        finally:
            server.terminate()
            server.wait(10)
            store.close()
    n = args.messages
    calibration = calibrate()
    for line in calibration.lines():
        print(line)
    for figure in (Figure(f"queue {n:,} emails (render + outbox), wall", queue_wall, "s", None),
                   Figure(f"queue {n:,} emails, CPU", queue_cpu, "s", None),
                   Figure(f"send {n:,} emails via loopback SMTP + archive, wall", send_wall,
                          "s", 60.0, storage=True),
                   Figure(f"send {n:,} emails, CPU", send_cpu, "s", None),
                   Figure("send rate", n / send_wall, "msg/s", None, lower_is_better=False)):
        print(figure.report(calibration))


if __name__ == "__main__":
    main()
