"""Secrets behind a small interface: the OS keyring in the app, memory in tests.

Tokens and passwords live only here: never in the workspace, the settings or a log.
With no usable keyring (a headless Linux without a secret service, say) nothing is
stored, and the user is told that the password will be asked for each time.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

SERVICE = "crmdesk"
NO_KEYRING = ("No secure password store (OS keyring) is available on this computer, so "
              "crmdesk will ask for your password each time instead of remembering it.")


class SecretStore(Protocol):
    @property
    def warning(self) -> str | None: ...
    def get(self, key: str) -> str | None: ...
    def put(self, key: str, secret: str) -> None: ...
    def delete(self, key: str) -> None: ...


def token_key(client_id: str, server_url: str, username: str) -> str:
    """Where the token of one workspace (its sync client id) for `username` at
    `server_url` is kept. The server binds a token to the workspace that signed in, so
    two workspaces of one user on one computer each keep their own."""
    return f"token:{client_id}:{server_url.rstrip('/')}:{username}"


def shared_token_key(server_url: str, username: str) -> str:
    """Where versions before one token per workspace kept it, shared by every workspace
    of that user. It may hold another workspace's token, so no sync reads it."""
    return f"token:{server_url.rstrip('/')}:{username}"


def take_shared_token(store: SecretStore, server_url: str, username: str) -> str | None:
    """Remove the token an older version kept under the shared key, and return it so the
    caller ends it on the server. Called once a workspace has signed in for itself: so
    after an upgrade each workspace asks for the password once, and no stray token
    stays in the keyring."""
    key = shared_token_key(server_url, username)
    token = store.get(key)
    if token is not None:
        store.delete(key)
    return token


def smtp_key(host: str, user: str) -> str:
    """Where the password of `user` at mail server `host` is kept."""
    return f"smtp:{host.strip().lower()}:{user}"


def sms_key(url: str) -> str:
    """Where the key of the SMS gateway at `url` is kept."""
    return f"sms:{url.strip()}"


@dataclass(frozen=True, slots=True)
class KeptToken:
    """A workspace's token as its keyring entry holds it, with when the server said it
    expires (naive UTC; None: kept by a version that did not note it)."""

    token: str
    expires_at: datetime | None


def kept_entry(token: str, expires_at: datetime) -> str:
    """The keyring entry of `token`: the token, a space, its expiry (ISO, UTC). Tokens
    are URL-safe text, never holding a space, so the entry reads back unambiguously."""
    if expires_at.tzinfo is not None:
        expires_at = expires_at.astimezone(UTC).replace(tzinfo=None)
    return f"{token} {expires_at.isoformat(timespec='seconds')}"


def read_entry(entry: str) -> KeptToken:
    """A keyring entry read back; one kept as the bare token (before expiries were
    noted), or whose expiry does not read, has no expiry."""
    token, _, expires = entry.partition(" ")
    try:
        return KeptToken(token, datetime.fromisoformat(expires) if expires else None)
    except ValueError:
        return KeptToken(token, None)


class KeyringStore:
    """The OS keyring (Keychain, Credential Manager, Secret Service) through `keyring`."""

    def __init__(self) -> None:
        import keyring
        from keyring.backends import fail

        self._keyring = keyring
        backend = keyring.get_keyring()
        # the "fail" and "null" backends store nothing; a chainer with nothing in it neither
        weak = isinstance(backend, fail.Keyring) or backend.priority <= 0 or \
            type(backend).__module__.endswith(("null", "fail"))
        self._usable = not weak

    @property
    def warning(self) -> str | None:
        return None if self._usable else NO_KEYRING

    def get(self, key: str) -> str | None:
        if not self._usable:
            return None
        try:
            return self._keyring.get_password(SERVICE, key)
        except self._keyring.errors.KeyringError:
            return None

    def put(self, key: str, secret: str) -> None:
        if self._usable:
            try:
                self._keyring.set_password(SERVICE, key, secret)
            except self._keyring.errors.KeyringError:
                self._usable = False  # say so next time rather than fail the sign-in

    def delete(self, key: str) -> None:
        if self._usable:
            with contextlib.suppress(self._keyring.errors.KeyringError):  # nothing stored
                self._keyring.delete_password(SERVICE, key)


class MemoryStore:
    """For tests: remembers secrets for the life of the object."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}

    @property
    def warning(self) -> str | None:
        return None

    def get(self, key: str) -> str | None:
        return self.secrets.get(key)

    def put(self, key: str, secret: str) -> None:
        self.secrets[key] = secret

    def delete(self, key: str) -> None:
        self.secrets.pop(key, None)


def feed_key(server_url: str, username: str) -> str:
    """Where the address of `username`'s calendar feed at `server_url` is kept: the
    feed is the user's (one for all their workspaces), and its address holds a secret
    as a token does."""
    return f"feed:{server_url.rstrip('/')}:{username}"
