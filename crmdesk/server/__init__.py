"""The central sync server (FastAPI): built in the sync issue."""
