"""crmdesk: a desktop sales workstation that works offline and syncs when online."""

__version__ = "0.1.0"
