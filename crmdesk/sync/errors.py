"""Why a sync stopped: each exception's message says so in plain words."""

from __future__ import annotations


class SyncError(Exception):
    """Sync stopped; the message says why in plain words. Nothing was lost."""


class SignInNeeded(SyncError):
    """The token expired, was revoked or was made for another workspace: sign in with
    the password again."""


class NotAskedToReplace(SyncError):
    """The workspace holds another person's records, and the user was not asked whether
    to remove them from this laptop."""


class TooLarge(SyncError):
    """The server refused a request as too large."""


class ResyncNeeded(SyncError):
    """The server no longer keeps the history after my cursor: sync afresh."""
