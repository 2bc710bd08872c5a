"""CLI commands for blame (registered on the groups in spinmap.cli)."""
