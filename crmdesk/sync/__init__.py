"""Client side of sync: push, pull, apply and the conflict log. Runs without Qt; what
the server shares with it (the hybrid logical clock, the JSON value codec) sits beside
`crmdesk.protocol`."""
