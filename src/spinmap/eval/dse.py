"""DSE direction scorer: macro-F1 over labels 0-4 and micro-F1 over the two negative labels 3+4.

``f1_34`` counts a prediction as a true positive only when gold is 3 or 4 and the predicted
label equals it; precision divides by predictions in {3, 4}, recall by gold in {3, 4}.
"""
from __future__ import annotations

from typing import Sequence

LABELS = (0, 1, 2, 3, 4)
NEGATIVE = (3, 4)


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: Sequence[int], pred: Sequence[int]) -> dict:
    """Per-label P/R/F1, macro-F1 over labels present in gold or predictions, and micro-F1 on {3, 4}."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predictions")
    per = {}
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred) if g == p == lab)
        npred = sum(1 for p in pred if p == lab)
        ngold = sum(1 for g in gold if g == lab)
        if npred or ngold:
            per[lab] = dict(zip(("p", "r", "f1"), _prf(tp, npred, ngold)), support=ngold)
    tp34 = sum(1 for g, p in zip(gold, pred) if g == p and g in NEGATIVE)
    p34, r34, f34 = _prf(tp34, sum(1 for p in pred if p in NEGATIVE), sum(1 for g in gold if g in NEGATIVE))
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold) if gold else 0.0
    return {"n": len(gold), "accuracy": acc, "macro_f1": macro, "p_34": p34, "r_34": r34, "f1_34": f34, "per_label": per}


def format_report(result: dict) -> str:
    """Human-readable lines for :func:`score`'s result."""
    lines = [
        f"n={result['n']} accuracy={result['accuracy']:.4f}",
        f"macro_f1={result['macro_f1']:.4f}",
        f"f1_34={result['f1_34']:.4f} (micro over labels 3+4: P={result['p_34']:.4f} R={result['r_34']:.4f})",
    ]
    for lab, v in result["per_label"].items():
        lines.append(f"  label {lab}: P={v['p']:.4f} R={v['r']:.4f} F1={v['f1']:.4f} support={v['support']}")
    return "\n".join(lines)
