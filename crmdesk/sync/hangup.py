"""Cutting a sync's connections from another thread, so quitting never waits for a
server that stopped answering.

A request blocked reading from a hung server (or a Wi-Fi link that dropped without a
word) waits for its timeout, a minute; closing the client from another thread does
not wake it. Shutting the socket down does: the read returns at once and the request
fails as a lost connection, which a sync already survives (each batch is atomic).
httpx's documented `trace` extension hands over each new connection's stream, and
again once TLS wraps it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Any

import httpx


class Hangup:
    """Watches the connections of the clients it is installed on; `cut` ends them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._cut = False

    def client(self, **options: Any) -> httpx.Client:
        """An httpx.Client (with `options`) whose connections `cut` can end."""
        return httpx.Client(event_hooks={"request": [self._watch]}, **options)

    def _watch(self, request: httpx.Request) -> None:
        if self._cut:
            raise httpx.ConnectError("cancelled: the app is closing", request=request)
        request.extensions["trace"] = self._trace

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        # a TLS connection's socket replaces (and detaches) the plain one it began as;
        # through a proxy, the tunnel's TLS does the same
        if not event.endswith(("connect_tcp.complete", "start_tls.complete")):
            return
        sock = info["return_value"].get_extra_info("socket")
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets = [s for s in self._sockets if s.fileno() >= 0]
                self._sockets.append(sock)
                if not self._cut:
                    return
            _shut(sock)

    def cut(self) -> None:
        """End every watched connection now and refuse new requests; a request
        blocked on one fails at once (with httpx.ReadError or the like)."""
        with self._lock:
            self._cut = True
            held, self._sockets = self._sockets, []
        for sock in held:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # closed already
        sock.shutdown(socket.SHUT_RDWR)
