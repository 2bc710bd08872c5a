"""Train the attribution cue model: logistic regression over parse features of candidate cue heads.

Gold cue spans from PolNeAR train are mapped to their syntactic head token (label 1); every other
candidate token is label 0. The weights are written as a small JSON file that
``extract/attribution.py`` scores with plain dictionary look-ups (no sklearn at run time).
"""
from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ..eval.polnear import Attribution, iter_texts, load_gold
from ..extract.attribution import _is_candidate, _region_at, cue_features, quote_regions


def parsed_corpus(text_dir: Path, nlp: Language, cache: Optional[Path] = None) -> dict[str, Doc]:
    """Parse every raw .txt in ``text_dir`` (exact text), reusing a DocBin cache when given."""
    names_file = cache.with_suffix(".names") if cache else None
    if cache and cache.exists() and names_file.exists():
        names = names_file.read_text().split("\n")
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(names) == len(docs):
            return dict(zip(names, docs))
    pairs = list(iter_texts(text_dir))
    docs = list(nlp.pipe((t for _, t in pairs), batch_size=32))
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin()
        for d in docs:
            db.add(d)
        db.to_disk(cache)
        names_file.write_text("\n".join(n for n, _ in pairs))
    return {n: d for (n, _), d in zip(pairs, docs)}


def cue_heads(doc: Doc, gold: list[Attribution]) -> set[int]:
    """Token indices of the syntactic heads of the gold cue spans."""
    heads = set()
    for a in gold:
        if a.cue is None:
            continue
        span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if span is not None and len(span):
            heads.add(span.root.i)
    return heads


def examples(docs: dict[str, Doc], gold: dict[str, list[Attribution]]):
    """(feature list, label) for every candidate token of the articles that have gold."""
    X, y = [], []
    for name, doc in docs.items():
        if name not in gold:
            continue
        heads = cue_heads(doc, gold[name])
        regions = quote_regions(doc.text)
        for tok in doc:
            if _is_candidate(tok):
                X.append(cue_features(tok, _region_at(regions, tok.idx) is not None))
                y.append(int(tok.i in heads))
    return X, y


def _int32(m):
    """liblinear only takes 32-bit sparse indices; DictVectorizer may hand out 64-bit ones."""
    import numpy as np

    m = m.tocsr()
    m.indices = m.indices.astype(np.int32)
    m.indptr = m.indptr.astype(np.int32)
    return m


def train_cue_model(
    text_dir: Path,
    ann_dir: Path,
    nlp: Language,
    out: Path,
    cache: Optional[Path] = None,
    holdout: float = 0.1,
    c: float = 0.5,
    seed: int = 0,
) -> dict:
    """Fit, pick the threshold on a held-out slice of train, refit on all, write JSON; return figures."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    t0 = time.time()
    gold = load_gold(ann_dir)
    docs = parsed_corpus(text_dir, nlp, cache)
    names = sorted(n for n in docs if n in gold)
    random.Random(seed).shuffle(names)
    k = max(1, int(len(names) * holdout))
    tune, fit = set(names[:k]), set(names[k:])

    def fit_model(keep: set[str]):
        X, y = examples({n: docs[n] for n in keep}, gold)
        vec = DictVectorizer()
        M = _int32(vec.fit_transform([{f: 1 for f in feats} for feats in X]))
        clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear")
        clf.fit(M, y)
        return vec, clf

    vec, clf = fit_model(fit)
    Xt, yt = examples({n: docs[n] for n in tune}, gold)
    probs = clf.predict_proba(_int32(vec.transform([{f: 1 for f in feats} for feats in Xt])))[:, 1]
    best = (0.0, 0.5)
    for thr in [i / 100 for i in range(20, 81, 2)]:
        tp = sum(1 for p, l in zip(probs, yt) if p >= thr and l)
        fp = sum(1 for p, l in zip(probs, yt) if p >= thr and not l)
        fn = sum(1 for p, l in zip(probs, yt) if p < thr and l)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        best = max(best, (f1, thr))
    vec, clf = fit_model(fit | tune)
    weights = {
        f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.01
    }
    model = {
        "bias": round(float(clf.intercept_[0]), 4),
        "threshold": best[1],
        "weights": dict(sorted(weights.items())),
        "trained_on": f"PolNeAR train, {len(names)} articles",
        "tune_cue_head_f1": round(best[0], 4),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return {
        "articles": len(names),
        "tune_articles": len(tune),
        "threshold": best[1],
        "tune_cue_head_f1": round(best[0], 4),
        "features": len(weights),
        "seconds": round(time.time() - t0, 1),
    }
