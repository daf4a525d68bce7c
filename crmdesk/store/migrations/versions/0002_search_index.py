"""search index: FTS5 over companies, people, phones, emails and tags (local only)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 08:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# The search index is local to the laptop (SQLite FTS5). The crm_* functions are
# registered on every connection by crmdesk.store.db. Each searchable record has an
# integer doc_id (FTS5 rows need integer ids; ours are UUIDs); the two views define
# once what is indexed, for the triggers and for the bulk rebuild alike.
SEARCH_SCHEMA = [
    """CREATE TABLE search_doc (
        doc_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        ref_id CHAR(32) NOT NULL UNIQUE,
        account_id CHAR(32) NOT NULL
    )""",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )""",
    """CREATE VIEW search_accounts AS
    SELECT a.id AS ref_id, a.id AS account_id,
           crm_index_text(a.name) AS title,
           crm_index_text(a.domain, (
               SELECT group_concat(t.name, ' ') FROM account_tags AS at
               JOIN tags AS t ON t.id = at.tag_id
               WHERE at.account_id = a.id AND at.deleted = 0
           )) || ' ' || crm_phone_terms(a.phone, a.phone_e164) AS body
    FROM accounts AS a WHERE a.deleted = 0""",
    """CREATE VIEW search_contacts AS
    SELECT c.id AS ref_id, c.account_id AS account_id,
           crm_index_text(c.name) AS title,
           crm_index_text(c.email) || ' ' || crm_phone_terms(c.mobile, c.mobile_e164, c.landline, c.landline_e164) AS body
    FROM contacts AS c WHERE c.deleted = 0""",
    """CREATE TRIGGER search_accounts_ai AFTER INSERT ON accounts BEGIN
        INSERT OR IGNORE INTO search_doc (kind, ref_id, account_id)
            VALUES ('account', new.id, new.id);
        INSERT INTO search_fts (rowid, title, body)
            SELECT d.doc_id, s.title, s.body FROM search_accounts AS s
            JOIN search_doc AS d ON d.ref_id = s.ref_id WHERE s.ref_id = new.id;
    END""",
    """CREATE TRIGGER search_accounts_au
    AFTER UPDATE OF name, domain, phone, phone_e164, deleted ON accounts BEGIN
        DELETE FROM search_fts WHERE rowid = (SELECT doc_id FROM search_doc WHERE ref_id = new.id);
        INSERT INTO search_fts (rowid, title, body)
            SELECT d.doc_id, s.title, s.body FROM search_accounts AS s
            JOIN search_doc AS d ON d.ref_id = s.ref_id WHERE s.ref_id = new.id;
    END""",
    """CREATE TRIGGER search_accounts_ad AFTER DELETE ON accounts BEGIN
        DELETE FROM search_fts WHERE rowid = (SELECT doc_id FROM search_doc WHERE ref_id = old.id);
        DELETE FROM search_doc WHERE ref_id = old.id;
    END""",
    """CREATE TRIGGER search_contacts_ai AFTER INSERT ON contacts BEGIN
        INSERT OR IGNORE INTO search_doc (kind, ref_id, account_id)
            VALUES ('contact', new.id, new.account_id);
        INSERT INTO search_fts (rowid, title, body)
            SELECT d.doc_id, s.title, s.body FROM search_contacts AS s
            JOIN search_doc AS d ON d.ref_id = s.ref_id WHERE s.ref_id = new.id;
    END""",
    """CREATE TRIGGER search_contacts_au
    AFTER UPDATE OF name, email, mobile, mobile_e164, landline, landline_e164, deleted,
        account_id ON contacts BEGIN
        UPDATE search_doc SET account_id = new.account_id WHERE ref_id = new.id;
        DELETE FROM search_fts WHERE rowid = (SELECT doc_id FROM search_doc WHERE ref_id = new.id);
        INSERT INTO search_fts (rowid, title, body)
            SELECT d.doc_id, s.title, s.body FROM search_contacts AS s
            JOIN search_doc AS d ON d.ref_id = s.ref_id WHERE s.ref_id = new.id;
    END""",
    """CREATE TRIGGER search_contacts_ad AFTER DELETE ON contacts BEGIN
        DELETE FROM search_fts WHERE rowid = (SELECT doc_id FROM search_doc WHERE ref_id = old.id);
        DELETE FROM search_doc WHERE ref_id = old.id;
    END""",
    # A tag change re-indexes its account by touching the name, which fires search_accounts_au.
    """CREATE TRIGGER search_account_tags_ai AFTER INSERT ON account_tags BEGIN
        UPDATE accounts SET name = name WHERE id = new.account_id;
    END""",
    """CREATE TRIGGER search_account_tags_au AFTER UPDATE ON account_tags BEGIN
        UPDATE accounts SET name = name WHERE id IN (old.account_id, new.account_id);
    END""",
    """CREATE TRIGGER search_account_tags_ad AFTER DELETE ON account_tags BEGIN
        UPDATE accounts SET name = name WHERE id = old.account_id;
    END""",
    """CREATE TRIGGER search_tags_au AFTER UPDATE OF name, deleted ON tags BEGIN
        UPDATE accounts SET name = name
        WHERE id IN (SELECT account_id FROM account_tags WHERE tag_id = new.id);
    END""",
]

SEARCH_TEARDOWN = [
    "DROP VIEW IF EXISTS search_accounts",
    "DROP VIEW IF EXISTS search_contacts",
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_doc",
]

# Index what an upgraded workspace already holds.
POPULATE = [
    "INSERT INTO search_doc (kind, ref_id, account_id) "
    "SELECT 'account', ref_id, account_id FROM search_accounts",
    "INSERT INTO search_doc (kind, ref_id, account_id) "
    "SELECT 'contact', ref_id, account_id FROM search_contacts",
    "INSERT INTO search_fts (rowid, title, body) SELECT d.doc_id, s.title, s.body "
    "FROM search_accounts AS s JOIN search_doc AS d ON d.ref_id = s.ref_id",
    "INSERT INTO search_fts (rowid, title, body) SELECT d.doc_id, s.title, s.body "
    "FROM search_contacts AS s JOIN search_doc AS d ON d.ref_id = s.ref_id",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # the server searches differently; this index lives on the laptop
    for statement in SEARCH_SCHEMA + POPULATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in SEARCH_TEARDOWN:
        op.execute(statement)
