"""Shipped attribution cue model (cue_model.json); see MODEL_CARD.md."""
