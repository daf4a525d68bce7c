"""Cutting a sync's connections from another thread: a request blocked on a server that
never answers ends at once, over plain HTTP and over TLS (real sockets on loopback)."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from crmdesk.sync.hangup import Hangup


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made by the system's openssl)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return cert, key


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_cut_ends_a_request_to_a_server_that_never_answers(scheme: str,
                                                           tmp_path: Path) -> None:
    tls: ssl.SSLContext | None = None
    verify: ssl.SSLContext | bool = True
    if scheme == "https":
        cert, key = _certificate(tmp_path)
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(cert, key)
        verify = ssl.create_default_context(cafile=str(cert))
    listener = socket.create_server(("127.0.0.1", 0))
    asked = threading.Event()
    done = threading.Event()

    def hung_server() -> None:  # takes the connection and the request, never answers
        conn, _ = listener.accept()
        with conn if tls is None else tls.wrap_socket(conn, server_side=True) as peer:
            peer.recv(65536)
            asked.set()
            done.wait(30)

    threading.Thread(target=hung_server, daemon=True).start()
    hangup = Hangup()
    client = hangup.client(base_url=f"{scheme}://127.0.0.1:{listener.getsockname()[1]}",
                           timeout=30, verify=verify)
    outcome: dict[str, object] = {}

    def ask() -> None:
        started = time.monotonic()
        try:
            client.get("/v1/changes")
        except httpx.TransportError as exc:
            outcome["error"] = exc
        outcome["took"] = time.monotonic() - started

    asking = threading.Thread(target=ask)
    try:
        asking.start()
        assert asked.wait(10), "the request never reached the server"
        time.sleep(0.2)  # blocked, waiting for the answer
        assert asking.is_alive()
        hangup.cut()
        asking.join(5)
        assert not asking.is_alive(), "the request still waits after the cut"
        assert isinstance(outcome.get("error"), httpx.TransportError)
        assert float(outcome["took"]) < 5  # type: ignore[arg-type]
        with pytest.raises(httpx.ConnectError, match="closing"):  # and no new ones
            client.get("/v1/me")
    finally:
        done.set()
        client.close()
        listener.close()
