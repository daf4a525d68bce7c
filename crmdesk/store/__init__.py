"""Storage: SQLAlchemy models shared by client and server, the local SQLite workspace,
small query functions the UI calls, the seed loader, and the one declaration of each
kind of record (records) and workspace key (workspace_keys)."""
