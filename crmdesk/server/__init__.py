"""The central server: FastAPI app, sign-in (argon2 passwords, hashed revocable tokens),
its database (PostgreSQL, or a SQLite file) and the `crmdesk-server` admin command."""
