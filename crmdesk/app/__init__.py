"""The application layer: one command per user action.

A command takes the context (`crmdesk.app.context.Context`), does its unit of work in
one transaction through the store and sync functions, and returns `Done`: its value
and the `Changes` it made. The window, the CLI and the tests call the same commands;
the window's change bus announces the returned changes. No Qt here.
"""
