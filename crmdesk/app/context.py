"""The small context every command takes: the workspace, who works in it, and how."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from crmdesk.secrets import KeyringStore, SecretStore
from crmdesk.store.db import Store
from crmdesk.store.queries import UserRef
from crmdesk.store.workspace_keys import PHONE_REGION


class _Keyring:
    """The OS keyring, opened when first needed (it can be slow: never at start-up)."""

    def __init__(self) -> None:
        self._store: SecretStore | None = None

    def __call__(self) -> SecretStore:
        if self._store is None:
            self._store = KeyringStore()
        return self._store


@dataclass(frozen=True)
class Context:
    """`store` gives the sessions; `user` is who acts (None for workspace-wide work such
    as a CLI import); `secrets` opens the secret store holding sync tokens (tests pass
    `lambda: MemoryStore()`); `region` reads phone numbers typed without a country code."""

    store: Store
    user: UserRef | None = None
    region: str = PHONE_REGION.default
    today: Callable[[], date] = date.today
    secrets: Callable[[], SecretStore] = field(default_factory=_Keyring)

    @property
    def me(self) -> UserRef:
        """The user acting; a command that needs one is never run without."""
        if self.user is None:
            raise LookupError("This needs a user to act as.")
        return self.user
