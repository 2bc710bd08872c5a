"""CLI commands for attribution (registered on the groups in spinmap.cli)."""
