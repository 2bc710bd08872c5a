"""Accuracy gate: actor mentions must cover the entities annotated in SemEval-2025 Task 10 (dev).

Skips when ../shared/data is absent. Recall only: the gold marks the article's main entities,
not every actor, so precision cannot be scored from it.
"""
from __future__ import annotations

from collections import defaultdict

import pytest

from spinmap.nlp.actors import resolve_actors

from conftest import shared_data

MIN_RECALL = 0.90  # measured 0.934 (85/91) when pinned


@pytest.mark.data
def test_actors_semeval_dev_entity_recall(nlp):
    root = shared_data("semeval2025-entity-framing", "dev")
    gold = defaultdict(list)
    for line in (root / "subtask-1-annotations.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        gold[fields[0]].append((fields[1], int(fields[2]), int(fields[3]) + 1))  # end is inclusive
    names = sorted(gold)
    texts = [(root / "subtask-1-documents" / name).read_text(encoding="utf-8") for name in names]
    found = total = 0
    for name, text, doc in zip(names, texts, nlp.pipe(texts)):
        index = resolve_actors(doc)
        for surface, start, end in gold[name]:
            if text[start:end] != surface:
                continue
            total += 1
            found += index.actor_at(start, end) is not None
    assert total > 0
    print(f"SemEval-2025 T10 dev entity-mention recall: {found}/{total} = {found / total:.3f}")
    assert found / total >= MIN_RECALL, f"recall {found}/{total}"
