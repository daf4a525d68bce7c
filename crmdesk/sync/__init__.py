"""Client side of sync. So far: the hybrid logical clock that orders field edits
(crmdesk.sync.clock); push, pull and conflict handling build on it."""
