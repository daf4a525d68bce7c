"""The PySide6 window: panes over store queries, workers for slow work."""
