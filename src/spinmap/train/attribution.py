"""Train the attribution cue model: logistic regression over parse features of candidate cue heads.

Gold cue spans from PolNeAR train are mapped to their syntactic head token (label 1); every other
candidate token is label 0. The weights are written as a small JSON file that
``extract/attribution.py`` scores with plain dictionary look-ups (no sklearn at run time).
"""
from __future__ import annotations

import json
import logging
import random
import time
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ..eval.polnear import Attribution, iter_texts, load_gold
from ..extract.attribution import _NEVER_IN_CUE, _is_candidate, _near_quote, _region_at, cue_features, extent_key, quote_regions

log = logging.getLogger(__name__)


def parsed_corpus(text_dir: Path, nlp: Language, cache: Optional[Path] = None) -> dict[str, Doc]:
    """Parse every raw .txt in ``text_dir`` (exact text), reusing a DocBin cache when given."""
    names_file = cache.with_suffix(".names") if cache else None
    if cache and cache.exists() and names_file.exists():
        names = names_file.read_text().split("\n")
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(names) == len(docs):
            return dict(zip(names, docs))
    pairs = list(iter_texts(text_dir))
    docs = list(nlp.pipe(parseable(nlp, pairs), batch_size=32))
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin()
        for d in docs:
            db.add(d)
        db.to_disk(cache)
        names_file.write_text("\n".join(n for n, _ in pairs))
    return {n: d for (n, _), d in zip(pairs, docs)}


def parseable(nlp: Language, pairs: list[tuple[str, str]]):
    """The texts to parse; one over spaCy's length limit is parsed as empty (and logged) rather
    than stopping the whole batch."""
    for name, text in pairs:
        if len(text) >= nlp.max_length:
            log.warning("%s: %d characters, over spaCy's max_length; no attributions", name, len(text))
            yield ""
        else:
            yield text


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
                X.append(cue_features(tok, _region_at(regions, tok.idx) is not None, _near_quote(regions, tok.idx)))
                y.append(int(tok.i in heads))
    return X, y


def cue_extent_table(docs: dict[str, Doc], gold: dict[str, list[Attribution]], min_count: int = 5) -> dict[str, float]:
    """Share of times each kind of dependent next to a gold cue head lies inside the gold cue
    (left dependents, and right ones between the cue and a following content), keyed by ``extent_key``."""
    seen: dict[str, list[int]] = {}
    for name, doc in docs.items():
        for a in gold.get(name, []):
            if a.cue is None:
                continue
            span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
            if span is None or not len(span):
                continue
            head, after = span.root, a.content[0] >= a.cue[1]
            for c in head.children:
                lo, hi = c.left_edge, c.right_edge
                if c.dep_ in _NEVER_IN_CUE or (a.source and lo.idx < a.source[1] and a.source[0] < hi.idx + len(hi)):
                    continue
                between = doc[hi.i + 1 : head.i] if c.i < head.i else doc[head.i + 1 : lo.i]
                if any(t.is_punct or (a.source and a.source[0] <= t.idx < a.source[1]) for t in between):
                    continue  # not adjacent to the cue, as the extractor requires
                if c.i < head.i:
                    key = extent_key("L", c, after)
                elif not after or hi.idx < a.content[0]:
                    key = extent_key("R", c, after)
                else:
                    continue
                n = seen.setdefault(key, [0, 0])
                n[0] += 1
                n[1] += lo.idx >= a.cue[0] and hi.idx + len(hi) <= a.cue[1]
    return {k: round(inc / n, 3) for k, (n, inc) in sorted(seen.items()) if n >= min_count}


def content_prep_table(docs: dict[str, Doc], gold: dict[str, list[Attribution]], min_count: int = 3) -> dict[str, float]:
    """Per "cue lemma|preposition" ("insist|on", "say|on"): share of times the preposition's object
    lies in the gold content, so "insisted on X" and "said on Sunday" part ways by data."""
    seen: dict[str, list[int]] = {}
    for name, doc in docs.items():
        for a in gold.get(name, []):
            if a.cue is None:
                continue
            span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            for c in head.children:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if c.dep_ != "prep" or c.i < head.i or obj is None:
                    continue
                n = seen.setdefault(f"{head.lemma_.lower()}|{c.lower_}", [0, 0])
                n[0] += 1
                n[1] += a.content[0] <= obj.idx < a.content[1]
    return {k: round(inc / n, 3) for k, (n, inc) in sorted(seen.items()) if n >= min_count}


def _int32(m):
    """liblinear only takes 32-bit sparse indices; DictVectorizer may hand out 64-bit ones."""
    import numpy as np

    m = m.tocsr()
    m.indices = m.indices.astype(np.int32)
    m.indptr = m.indptr.astype(np.int32)
    return m


def split_names(names: list[str], holdout: float, seed: int = 0) -> tuple[set[str], set[str]]:
    """(tune, fit) article names: a seeded random slice of train held out for choosing the threshold."""
    names = sorted(names)
    random.Random(seed).shuffle(names)
    k = max(1, int(len(names) * holdout))
    return set(names[:k]), set(names[k:])


def fit_weights(docs: dict[str, Doc], gold: dict[str, list[Attribution]], keep: set[str], c: float) -> dict:
    """L1 logistic regression on the cue candidates of the ``keep`` articles, as a JSON-able model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = examples({n: docs[n] for n in sorted(keep)}, gold)
    vec = DictVectorizer()
    M = _int32(vec.fit_transform([{f: 1 for f in feats} for feats in X]))
    clf = LogisticRegression(C=c, l1_ratio=1.0, max_iter=2000, solver="liblinear", random_state=0)  # L1: small, sparse
    clf.fit(M, y)
    weights = {f: round(float(w), 3) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.02}
    extent = cue_extent_table({n: docs[n] for n in sorted(keep)}, gold)
    return {"bias": round(float(clf.intercept_[0]), 4), "threshold": 0.5, "weights": dict(sorted(weights.items())),
            "cue_extent": extent, "content_preps": content_prep_table({n: docs[n] for n in sorted(keep)}, gold)}


def pipeline_f1(docs: dict[str, Doc], gold: dict[str, list[Attribution]], model: dict, thresholds) -> dict[float, float]:
    """Mean exact F1 of source/cue/content on ``docs`` for each cue threshold, with ``model`` loaded."""
    from ..eval.polnear import score
    from ..extract import attribution as attr

    old = attr._model
    attr._model = lambda: model  # score with the candidate weights, not the shipped ones
    try:
        out = {}
        for thr in thresholds:
            pred = {
                n: [Attribution(content=f.content, source=f.source, cue=f.cue) for f in attr.find_attributions(d, thr, orphans=False)]
                for n, d in docs.items()
            }
            counts = score(pred, {n: gold[n] for n in docs})["ALL"]
            out[thr] = sum(counts.prf(r)[2] for r in ("source", "cue", "content")) / 3
        return out
    finally:
        attr._model = old


def train_cue_model(
    text_dir: Path,
    ann_dir: Path,
    nlp: Language,
    out: Path,
    cache: Optional[Path] = None,
    holdout: float = 0.1,
    c: float = 1.0,
    seed: int = 0,
) -> dict:
    """Fit on 90% of train, choose the threshold by pipeline F1 on the other 10%, refit on all, write JSON."""
    t0 = time.time()
    gold = load_gold(ann_dir)
    docs = parsed_corpus(text_dir, nlp, cache)
    names = [n for n in docs if n in gold]
    tune, fit = split_names(names, holdout, seed)
    model = fit_weights(docs, gold, fit, c)
    f1s = pipeline_f1({n: docs[n] for n in sorted(tune)}, gold, model, [i / 100 for i in range(30, 81, 5)])
    best_thr = max(f1s, key=lambda t: (f1s[t], -abs(t - 0.5)))
    model = fit_weights(docs, gold, fit | tune, c)
    model.update(
        threshold=best_thr,
        trained_on=f"PolNeAR train, {len(names)} articles (threshold chosen on a held-out {len(tune)})",
        tune_mean_exact_f1=round(f1s[best_thr], 4),
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return {
        "articles": len(names),
        "tune_articles": len(tune),
        "threshold": best_thr,
        "tune_mean_exact_f1_by_threshold": {str(k): round(v, 4) for k, v in f1s.items()},
        "features": len(model["weights"]),
        "seconds": round(time.time() - t0, 1),
    }
