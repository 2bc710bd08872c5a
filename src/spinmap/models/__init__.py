"""Small trained artefacts shipped with spinmap, one sub-package per model (each with MODEL_CARD.md)."""
