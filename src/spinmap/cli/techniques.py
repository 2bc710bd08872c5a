"""CLI commands for techniques (registered on the groups in spinmap.cli)."""
