"""CLI commands for corpus (registered on the groups in spinmap.cli)."""
