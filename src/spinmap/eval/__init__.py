"""Scorers for the gold benchmarks (metric exactly as documented in each module)."""
