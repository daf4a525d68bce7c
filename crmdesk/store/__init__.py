"""Storage: SQLAlchemy models shared by client and server, the local SQLite workspace,
small query functions the UI calls, and the bulk-load path."""
