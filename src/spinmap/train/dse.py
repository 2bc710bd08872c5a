"""Train the DSE direction model: hashed parse+n-gram features, multinomial logistic regression.

C is chosen on a fixed 90/10 split of the train file (seed 13) by micro-F1 on labels 3+4;
the final model is refit on the whole train file. The valid file is only scored, never fit.
"""
from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
from spacy.tokens import DocBin

from ..eval.dse import score
from ..models.dse import LABELS, WEIGHTS, DirectionModel, DseItem, _hash_matrix, item_features, parse_items, read_dse

DEFAULT_CS = (0.1, 0.3, 1.0, 3.0)
SEED = 13


def cached_docs(items: Sequence[DseItem], nlp, cache_dir: Optional[Path]):
    """Parse items, reusing a DocBin in cache_dir keyed by the texts' sha1 (parsing dominates)."""
    if cache_dir is None:
        return parse_items(items, nlp)
    key = hashlib.sha1("\x00".join(it.text for it in items).encode("utf-8")).hexdigest()[:16]
    path = Path(cache_dir) / f"dse-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = parse_items(items, nlp)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def fit(feats: Sequence[list[str]], labels: Sequence[int], C: float, class_weight=None) -> DirectionModel:
    """Fit multinomial logistic regression on hashed features."""
    from sklearn.linear_model import LogisticRegression

    X = _hash_matrix(feats)
    clf = LogisticRegression(C=C, max_iter=2000, class_weight=class_weight)
    clf.fit(X, np.asarray(labels))
    coef = np.zeros((len(LABELS), X.shape[1]), dtype=np.float32)
    intercept = np.full(len(LABELS), -1e4, dtype=np.float32)
    for row, lab in enumerate(clf.classes_):
        coef[int(lab)] = clf.coef_[row]
        intercept[int(lab)] = clf.intercept_[row]
    return DirectionModel(coef=coef, intercept=intercept)


def train_dse(
    train_path: Path,
    valid_path: Optional[Path],
    nlp,
    out: Path = WEIGHTS,
    cache_dir: Optional[Path] = None,
    cs: Sequence[float] = DEFAULT_CS,
    class_weights: Sequence[Optional[str]] = (None, "balanced"),
    log: Callable[[str], None] = print,
) -> dict:
    """Select C on a split of train, refit on all of train, save, and score valid if given."""
    t0 = time.time()
    items = [it for it in read_dse(train_path) if it.label is not None]
    docs = cached_docs(items, nlp, cache_dir)
    feats = item_features(items, docs)
    labels = [it.label for it in items]
    log(f"parsed+featurised {len(items)} train lines in {time.time() - t0:.1f}s")
    rng = np.random.default_rng(SEED)
    order = rng.permutation(len(items))
    cut = int(len(items) * 0.9)
    tr, dv = order[:cut], order[cut:]
    best = None
    for C in cs:
        for cw in class_weights:
            m = fit([feats[i] for i in tr], [labels[i] for i in tr], C, cw)
            res = score([labels[i] for i in dv], m.predict([feats[i] for i in dv]))
            log(f"  C={C} class_weight={cw}: split f1_34={res['f1_34']:.4f} macro_f1={res['macro_f1']:.4f}")
            if best is None or res["f1_34"] > best[0]:
                best = (res["f1_34"], C, cw)
    _, C, cw = best
    model = fit(feats, labels, C, cw)
    model.save(out)
    summary = {"C": C, "class_weight": cw, "split_f1_34": best[0], "seconds": time.time() - t0}
    log(f"selected C={C} class_weight={cw}; saved {out}")
    if valid_path is not None:
        vitems = [it for it in read_dse(valid_path) if it.label is not None]
        vdocs = cached_docs(vitems, nlp, cache_dir)
        reloaded = DirectionModel.load(out)
        summary["valid"] = score([it.label for it in vitems], reloaded.predict(item_features(vitems, vdocs)))
    summary["seconds"] = time.time() - t0
    return summary
