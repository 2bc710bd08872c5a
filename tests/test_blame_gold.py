"""Accuracy gate for blame extraction on a hand-written gold set (tests/gold/blame_gold.jsonl).

Each gold line: text, expected (source, target, voice[, negated, hedged]) and optionally one
hand-built quote, so the gate does not depend on the attribution extractor's progress.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors
from spinmap.records import Quote, SpeakerRef, TextSpan

GOLD = Path(__file__).parent / "gold" / "blame_gold.jsonl"
# Pinned minimums: raise them when the extractor improves, never lower them silently.
MIN_PRECISION = 0.90
MIN_RECALL = 0.90
MIN_VOICE_FLAG_ACCURACY = 0.90
MIN_CHARGE_OVERLAP = 0.85  # token F1 over the items that state a charge (first 13 such items: 1.000)


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(l) for l in path.read_text("utf-8").splitlines() if l.strip()]


def gold_quotes(item: dict) -> list[Quote]:
    q = item.get("quote")
    if not q:
        return []
    text = item["text"]
    s = text.index(q["content"])
    sp = text.index(q["speaker"])
    return [Quote(kind="direct", speaker=SpeakerRef(name=q["speaker"], span=(sp, sp + len(q["speaker"]))),
                  content=TextSpan(text=q["content"], span=(s, s + len(q["content"]))), confidence=0.9)]


def _same(gold_name: str, predicted: str) -> bool:
    g, p = gold_name.lower(), predicted.lower()
    return g in p or p in g


def _named(gold_name: str, ref, text: str) -> bool:
    """Gold name matches the canonical name or the surface text at the span (Moscow ~ Russia)."""
    surface = text[ref.span[0]:ref.span[1]] if ref.span else ""
    return _same(gold_name, ref.name) or (bool(surface) and _same(gold_name, surface))


def matches(gold: dict, blame, text: str) -> bool:
    if gold["source"] == "<author>":
        src_ok = blame.source.kind == "author"
    else:
        src_ok = blame.source.kind == "actor" and _named(gold["source"], blame.source, text)
    return src_ok and _named(gold["target"], blame.target, text) and gold["voice"] == blame.voice


def charge_overlap(gold: str, predicted: str) -> float:
    """Token F1 between the expected and the predicted charge (lower-cased words)."""
    g, p = gold.lower().split(), predicted.lower().split()
    common = sum(min(g.count(w), p.count(w)) for w in set(g))
    return 0.0 if not common else 2 * common / (len(g) + len(p))


def run_gold(nlp, path: Path = GOLD) -> dict:
    """Predict on every gold sentence; return counts and the per-item misses for messages."""
    tp = npred = ngold = flags_ok = flags_n = 0
    charges = []
    misses = []
    for item in load_gold(path):
        doc = nlp(item["text"])
        preds = extract_blames(doc, resolve_actors(doc), gold_quotes(item), None)
        npred += len(preds)
        ngold += len(item["blames"])
        used = set()
        for g in item["blames"]:
            hit = next((i for i, b in enumerate(preds) if i not in used and matches(g, b, item["text"])), None)
            if hit is None:
                misses.append((item["id"], "missed", g))
                continue
            used.add(hit)
            tp += 1
            flags_n += 1
            b = preds[hit]
            flags_ok += (b.negated == g.get("negated", False)) and (b.hedged == g.get("hedged", False))
            if g.get("charge"):
                charges.append(charge_overlap(g["charge"], b.charge))
        for i, b in enumerate(preds):
            if i not in used:
                misses.append((item["id"], "spurious", f"{b.source.name} -> {b.target.name} [{b.voice}]"))
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "flags": flags_ok / flags_n if flags_n else 0.0,
        "charge": sum(charges) / len(charges) if charges else 0.0,
        "counts": (tp, npred, ngold),
        "misses": misses,
    }


@pytest.fixture(scope="module")
def gold_result(nlp):
    return run_gold(nlp)


def test_blame_gold_has_every_construction():
    items = load_gold()
    kinds = {i["construction"] for i in items}
    assert len([i for i in items if i["blames"]]) >= 40
    for needed in ("accuse verb", "list of targets", "negation", "hedge", "direct quote", "passive misdeed",
                   "loaded predicate", "is to blame", "at fault", "hold responsible", "no blame"):
        assert needed in kinds


@pytest.mark.parametrize("metric,minimum", [("precision", MIN_PRECISION), ("recall", MIN_RECALL),
                                            ("flags", MIN_VOICE_FLAG_ACCURACY), ("charge", MIN_CHARGE_OVERLAP)])
def test_blame_gold_score_gate(gold_result, metric, minimum):
    assert gold_result[metric] >= minimum, f"{metric}={gold_result[metric]:.3f} < {minimum}; misses: {gold_result['misses']}"


if __name__ == "__main__":  # figures for the closing note: python tests/test_blame_gold.py [GOLD.jsonl ...]
    import sys

    from spinmap.nlp.pipeline import load_pipeline

    _nlp = load_pipeline()
    for _path in sys.argv[1:] or [str(GOLD.with_name(n)) for n in ("blame_gold.jsonl", "blame_heldout.jsonl", "blame_blind.jsonl")]:
        _r = run_gold(_nlp, Path(_path))
        print(f"{Path(_path).name}: P={_r['precision']:.3f} R={_r['recall']:.3f} F1={_r['f1']:.3f} "
              f"(tp,pred,gold)={_r['counts']} flags={_r['flags']:.3f} charge_tokenF1={_r['charge']:.3f}")
        for _m in _r["misses"]:
            print("   ", *_m)
