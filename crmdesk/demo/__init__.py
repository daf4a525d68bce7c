"""Demo workspaces: realistic, deterministic generated data for trying and measuring crmdesk."""
