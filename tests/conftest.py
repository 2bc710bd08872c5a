"""Shared fixtures: the spaCy pipeline once per session, and the gold corpora when present."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("SPINMAP_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def nlp():
    from spinmap.nlp.pipeline import load_pipeline

    return load_pipeline()


def shared_data(*parts: str) -> Path:
    """Path inside ../shared/data, skipping the test cleanly when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"gold data not present: {path}")
    return path
