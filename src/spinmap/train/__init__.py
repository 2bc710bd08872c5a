"""Reproducible training for the shipped models (one module per model)."""
