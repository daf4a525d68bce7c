"""Where crmdesk keeps the user's files by default."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def default_workspace() -> Path:
    """The user's own workspace file in the platform's user data folder."""
    return user_data_path("crmdesk", appauthor=False) / "workspace.db"


def demo_workspace() -> Path:
    """The demo workspace `make run` opens (seeded on first use)."""
    return user_data_path("crmdesk", appauthor=False) / "demo.db"
