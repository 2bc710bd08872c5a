"""Attribution output does not depend on the process: string hashing (PYTHONHASHSEED) and
address-based hashes (``hash(None)``) change from run to run and must never order a decision."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

_SCRIPT = r"""
import json
from spinmap.nlp.pipeline import load_pipeline
from spinmap.extract.attribution import find_attributions
text = ("The mayor said on Tuesday that the bridge would reopen. “We are not done,” she added. "
        "Critics, who want a new vote, believe the plan is too costly, according to a survey.\n\n"
        "The union wants higher pay and has accused the city of stalling. Officials declined to comment.")
doc = load_pipeline()(text)
print(json.dumps([[f.kind, f.cue, f.content, f.source, f.score] for f in find_attributions(doc, threshold=0.3)]))
"""


def _run(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed, OMP_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


@pytest.mark.parametrize("seeds", [("1", "4")])
def test_attribution_same_output_under_two_hash_seeds(seeds):
    first, second = (_run(s) for s in seeds)
    assert first.strip().startswith("[[")  # something was found, so the comparison means something
    assert first == second
