"""Tag names: how a typed name is written down, and when two names are one tag.

The laptop's add_tag and the server's push check both use these, so a name one accepts
the other accepts, and " aimed ", "AIMED" and "aimed" are one tag everywhere.
"""

from __future__ import annotations

import uuid

from crmdesk.domain.words import Counted, tr_noop

#: The longest tag name (the tags.name column).
MAX_TAG_NAME = 60

#: Names the ids of tags made from a name, so two laptops that make the same tag offline
#: make the same row, and sync sees one tag rather than two clashing on the name.
_TAG_IDS = uuid.UUID("6b1d0c52-3f7e-4d8a-9a47-1c2f5e8b9d30")


class BadTagName(ValueError):
    """A tag name that cannot be used; the message says why, in plain words."""


def clean_tag_name(raw: str) -> str:
    """The name as stored and shown: trimmed, runs of inner whitespace made one space.
    Raises BadTagName for an empty or too long name."""
    name = " ".join(raw.split())
    if not name:
        raise BadTagName(tr_noop("A tag needs a name."))
    if len(name) > MAX_TAG_NAME:
        raise BadTagName(Counted("A tag is at most %n character(s).", "", MAX_TAG_NAME))
    return name


def tag_key(name: str) -> str:
    """What makes two names the same tag: spacing and case ignored (str.casefold, so
    "STRASSE" and "straße" or "ВИП" and "вип" match too)."""
    return " ".join(name.split()).casefold()


def tag_id_for(name: str) -> uuid.UUID:
    """The id of a new tag called `name` (any spacing, any case), the same on every
    laptop. Tags made before ids were derived keep their own; look those up by key."""
    return uuid.uuid5(_TAG_IDS, tag_key(name))
