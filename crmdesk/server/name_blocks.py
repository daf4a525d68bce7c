"""The server's index of name blocks: which accounts' names fall in which block
(crmdesk.domain.dedupe.name_blocks), so an enquiry's duplicate check finds the accounts
sharing one of its blocks by equality through an index, not by `LIKE '%piece%'` over
every account's name key (crmdesk.store.duplicates._block_mates, the laptop's way, whose
cost grows with the accounts: ~13 ms of PostgreSQL for a batch of 16 at 10k).

A name's blocks are derived by the one rule in Python, which no database can run; so
the database's triggers (s0021_name_blocks) keep what they can: any account inserted,
or whose name changes, has its blocks dropped and is pending (schema.NameBlockPending),
and a check reads every pending account beside its blocks' mates. Every writer (a push, the intake,
a merge, an import, a rule, a hand-made statement) is covered without knowing of it.
`fill` then derives the pending accounts' blocks; the intake runs it before each batch
(crmdesk.server.intake_batch), so a check reads the few written since.

Either way the names a check reads hold every account sharing a block with it, and the
rule (crmdesk.domain.dedupe.similar_to_names) judges them as it judges the names `LIKE`
finds: the answer is the same.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, String, cast, delete, insert, select, text, union_all
from sqlalchemy.orm import Session

from crmdesk.domain.dedupe import Identity, company_words, name_blocks, similar_to_names
from crmdesk.server.schema import NameBlock, NameBlockPending
from crmdesk.store.models import Account

#: Pending accounts filled in one transaction (`fill`).
FILL_AT_ONCE = 2000


def blocks_of(name: str) -> frozenset[str]:
    """The blocks a company's name falls in (as the duplicate rule derives them)."""
    return name_blocks(company_words(name))


def block_mates(session: Session, news: Sequence[Identity]) -> list[set[uuid.UUID]]:
    """For each of `news`, the live accounts sharing a name block with it whose names
    the rule calls similar: those the block table lists under one of their blocks, and
    every pending account, read in one statement through the table's key and judged in
    bulk. The same answer as the laptop's `LIKE` lookup, which reads a wider set."""
    out: list[set[uuid.UUID]] = [set() for _ in news]
    blocks = sorted({block for new in news for block in new.blocks})
    if not blocks:
        return out
    held = union_all(select(NameBlock.account_id).where(NameBlock.block.in_(blocks)),
                     select(NameBlockPending.account_id))
    session.flush()  # read through the connection: no autoflush of its own
    # thousands of names a batch: plain rows, not the session's result machinery
    rows = session.connection().execute(select(cast(Account.id, String), Account.name).where(
        Account.id.in_(held), Account.deleted.is_(False))).all()
    for i, j in similar_to_names(news, [name for _account, name in rows]):
        out[i].add(uuid.UUID(rows[j][0]))
    return out


def _hex(value: Any) -> uuid.UUID:
    # SQLite hands a stored id over as its 32 hex digits; PostgreSQL as a UUID
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def fill(db: Session | Connection, limit: int = FILL_AT_ONCE) -> int:
    """Derive the blocks of up to `limit` pending accounts, in the caller's transaction
    (which commits): how many were filled. Their pending rows are locked first, those
    another transaction holds skipped (it fills them, or a writer is renaming the
    account: its own row follows), and the names read as they stand once locked; a
    writer renaming one after that waits for this to commit, then makes it pending
    again and drops the blocks written here, so a block never outlives the name it came
    from unmarked."""
    postgres = (db.get_bind() if isinstance(db, Session) else db).dialect.name == "postgresql"
    pending = (select(NameBlockPending.account_id)
               .order_by(NameBlockPending.account_id).limit(limit))
    if postgres:
        pending = pending.with_for_update(skip_locked=True)
    marks = pending.cte("pending")
    # a pending row whose account is gone (removed by hand, its trigger dropped) goes too
    rows = list(db.execute(select(marks.c.account_id, Account.name)
                           .outerjoin(Account, Account.id == marks.c.account_id)))
    if not rows:
        return 0
    ids = [_hex(account_id) for account_id, _name in rows]
    db.execute(delete(NameBlockPending).where(NameBlockPending.account_id.in_(ids)))
    db.execute(delete(NameBlock).where(NameBlock.account_id.in_(ids)))
    made = [{"block": block, "account_id": _hex(account_id)}
            for account_id, name in rows if name is not None
            for block in sorted(blocks_of(name))]
    if made:
        db.execute(insert(NameBlock), made)
    return len(rows)


def fill_all(db: Session | Connection) -> int:
    """Fill every pending account (a migration's, a test's): how many."""
    total = 0
    while filled := fill(db):
        total += filled
    return total


def mark_all(db: Session | Connection) -> None:
    """Make every account pending, its blocks forgotten (the rule changed: `fill_all`
    after)."""
    db.execute(delete(NameBlock))
    db.execute(delete(NameBlockPending))
    db.execute(text(f"INSERT INTO {NameBlockPending.__tablename__} (account_id) "
                    "SELECT id FROM accounts"))
