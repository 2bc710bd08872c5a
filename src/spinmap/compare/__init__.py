"""Corpus comparison: per outlet/side accusers and accused, matrices, contrasts, techniques, time."""
from __future__ import annotations

from .aggregate import (
    UNDATED, UNKNOWN_OUTLET, BlameRow, Digest, Matrix, blame_matrix, blame_rows, contrast, name_key, outlet_of,
    over_time, period_of, surer_blames, technique_profile, top_actors,
)
from .sides import UNKNOWN_SIDE, load_sides, side_of

__all__ = [
    "UNDATED", "UNKNOWN_OUTLET", "UNKNOWN_SIDE", "BlameRow", "Digest", "Matrix", "blame_matrix", "blame_rows", "contrast",
    "load_sides", "name_key", "outlet_of", "over_time", "period_of", "side_of", "surer_blames", "technique_profile",
    "top_actors",
]
