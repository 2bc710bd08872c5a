"""Train the DSE direction model: hashed parse+n-gram features, multinomial logistic regression,
mixed with bagged MLPs over frozen MiniLM entity embeddings (the shipped ONNX encoder).

C, the mixing weight and the label-3/4 log-offsets are chosen on a fixed 90/10 split of the train
file (seed 13) by micro-F1 on labels 3+4; the final model is refit on the whole train file.
The valid file is only scored, never fit.
"""
from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
from spacy.tokens import DocBin

from ..eval.dse import score
from ..models.dse import (LABELS, WEIGHTS, DenseHead, DirectionModel, DseItem, _hash_matrix, item_dense,
                          item_features, parse_items, read_dse)

DEFAULT_CS = (0.1, 0.3, 1.0, 3.0)
SEED = 13
HIDDEN, ALPHA, BAGS = 128, 0.1, 3
W_SPARSE = (0.3, 0.4, 0.5, 0.6, 0.7)
OFFSETS_3 = (0.0, 0.2, 0.4, 0.6)
OFFSETS_4 = (0.0, 0.3, 0.6)


def cached_dense(items: Sequence[DseItem], cache_dir: Optional[Path]) -> np.ndarray:
    """MiniLM features for items, cached as .npy in cache_dir keyed by the texts and spans."""
    if cache_dir is None:
        return item_dense(items)
    key = hashlib.sha1("\x00".join(f"{it.text}\x01{it.e1}{it.e2}" for it in items).encode("utf-8")).hexdigest()[:16]
    path = Path(cache_dir) / f"dse-dense-{key}.npy"
    if path.exists():
        return np.load(path)
    X = item_dense(items)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, X)
    return X


def fit_head(X: np.ndarray, labels: Sequence[int]) -> DenseHead:
    """Bagged MLPs (sklearn, early stopping, seeds 0..BAGS-1) on standardised dense features; w1 stored int8."""
    from sklearn.neural_network import MLPClassifier

    mu, sd = X.mean(axis=0), X.std(axis=0) + 1e-6
    Z = (X - mu) / sd
    w1, w1s, b1, w2, b2 = [], [], [], [], []
    for seed in range(BAGS):
        clf = MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=ALPHA, early_stopping=True, random_state=seed,
                            max_iter=200).fit(Z, np.asarray(labels))
        assert list(clf.classes_) == list(LABELS), "every label 0-4 must occur in the training data"
        a = clf.coefs_[0]
        scale = np.abs(a).max(axis=0, keepdims=True) / 127.0
        scale[scale == 0] = 1.0
        w1.append(np.round(a / scale).astype(np.int8))
        w1s.append(scale.astype(np.float32))
        b1.append(clf.intercepts_[0])
        w2.append(clf.coefs_[1])
        b2.append(clf.intercepts_[1])
    f32 = lambda xs: np.asarray(xs, dtype=np.float32)  # noqa: E731
    return DenseHead(mu=mu.astype(np.float32), sd=sd.astype(np.float32), w1=np.asarray(w1), w1_scale=f32(w1s),
                     b1=f32(b1), w2=f32(w2), b2=f32(b2))


def select_mix(p_sparse: np.ndarray, p_dense: np.ndarray, gold: Sequence[int], log) -> tuple[float, np.ndarray, float]:
    """Grid over the sparse weight and label-3/4 log-offsets; best micro-F1 on 3+4 (first wins ties)."""
    best = None
    for w in W_SPARSE:
        lp = np.log(np.maximum(w * p_sparse + (1 - w) * p_dense, 1e-12))
        for o3 in OFFSETS_3:
            for o4 in OFFSETS_4:
                off = np.zeros(len(LABELS), dtype=np.float32)
                off[3], off[4] = o3, o4
                f = score(list(gold), [int(LABELS[k]) for k in (lp + off).argmax(axis=1)])["f1_34"]
                if best is None or f > best[0] + 1e-12:
                    best = (f, w, off)
    log(f"  mix: w_sparse={best[1]} offsets={best[2].tolist()}: split f1_34={best[0]:.4f}")
    return best[1], best[2], best[0]


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
    dense: bool = True,
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
                best = (res["f1_34"], C, cw, m)
    _, C, cw, split_model = best
    summary = {"C": C, "class_weight": cw, "split_f1_34": best[0], "sparse_split_f1_34": best[0]}
    model = fit(feats, labels, C, cw)
    if dense:
        X = cached_dense(items, cache_dir)
        log(f"dense features {X.shape} ready at {time.time() - t0:.1f}s")
        head = fit_head(X[tr], [labels[i] for i in tr])
        dv_feats = [feats[i] for i in dv]
        w, off, f = select_mix(split_model.scores(dv_feats), head.proba(X[dv]), [labels[i] for i in dv], log)
        summary.update(split_f1_34=f, w_sparse=w, offsets=off.tolist())
        model.head, model.w_sparse, model.offsets = fit_head(X, labels), w, off
    model.save(out)
    summary["seconds"] = time.time() - t0
    log(f"selected C={C} class_weight={cw}; saved {out}")
    if valid_path is not None:
        vitems = [it for it in read_dse(valid_path) if it.label is not None]
        vdocs = cached_docs(vitems, nlp, cache_dir)
        reloaded = DirectionModel.load(out)
        vdense = cached_dense(vitems, cache_dir) if reloaded.head is not None else None
        summary["valid"] = score([it.label for it in vitems], reloaded.predict(item_features(vitems, vdocs), vdense))
    summary["seconds"] = time.time() - t0
    return summary
