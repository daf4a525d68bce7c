"""Client side of sync (hybrid logical clock, outbox, push, pull): built in the sync issue."""
