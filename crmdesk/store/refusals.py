"""What a write says when it cannot be made: the record is gone, or a rule refuses it."""

from __future__ import annotations


class NotFound(LookupError):
    """The record was deleted or never existed (e.g. removed by a sync meanwhile)."""


class Refused(ValueError):
    """The change breaks a rule; the message says which, in plain words."""
