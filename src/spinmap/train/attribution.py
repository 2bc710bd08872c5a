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
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from ..eval.polnear import Attribution, headline, iter_texts, load_gold
from ..extract.attribution import (
    _CONTEXT_VIEW,
    _NEVER_IN_CUE,
    RATE_CLASSES,
    TOKVEC_DIM,
    _is_candidate,
    _near_quote,
    _region_at,
    candidates,
    context_inputs,
    context_logits,
    cue_features,
    extent_key,
    quote_regions,
    rate_class,
    rate_keys,
    source_key,
    triple_features,
)
from ..nlp.headline import parser_input, with_text
from ..nlp.vectors import token_vectors

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
    docs = list(on_text(nlp.pipe(parseable(nlp, pairs), batch_size=32), pairs))
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin()
        for d in docs:
            db.add(d)
        db.to_disk(cache)
        names_file.write_text("\n".join(n for n, _ in pairs))
    return {n: d for (n, _), d in zip(pairs, docs)}


def parseable(nlp: Language, pairs: list[tuple[str, str]]):
    """What to parse for each text: its headline prepared as `analyze` prepares an article's title
    (see nlp.headline; :func:`on_text` carries the parse back). One over spaCy's length limit is
    parsed as empty (and logged) rather than stopping the whole batch."""
    for name, text in pairs:
        if len(text) >= nlp.max_length:
            log.warning("%s: %d characters, over spaCy's max_length; no attributions", name, len(text))
            yield ""
        else:
            yield parser_input(text, headline(text), nlp)


def on_text(docs, pairs: list[tuple[str, str]]):
    """Each parse of :func:`parseable`'s inputs on its file's exact characters (an exception or the
    empty parse of an over-long text passes as it is)."""
    for doc, (_, text) in zip(docs, pairs):
        yield with_text(doc, text) if isinstance(doc, Doc) and len(doc.text) == len(text) else doc


def gold_cues(doc: Doc, gold: list[Attribution]):
    """Yield ``(attribution, cue head token)`` for every gold attribution whose cue aligns to tokens."""
    for a in gold:
        if a.cue is None:
            continue
        span = doc.char_span(a.cue[0], a.cue[1], alignment_mode="expand")
        if span is not None and len(span):
            yield a, span.root


def cue_heads(doc: Doc, gold: list[Attribution]) -> set[int]:
    """Token indices of the syntactic heads of the gold cue spans."""
    return {head.i for _, head in gold_cues(doc, gold)}


def examples(docs: dict[str, Doc], gold: dict[str, list[Attribution]], lemma_counts_for=None, context_z=None):
    """(feature list, label) for every candidate token of the articles that have gold;
    ``lemma_counts_for(name)`` gives the lemma-rate table that article's features may see, and
    ``context_z[name]`` the context net's (out-of-fold) log-odds of its candidates, in order."""
    X, y = [], []
    for name, doc in docs.items():
        if name not in gold:
            continue
        heads = cue_heads(doc, gold[name])
        regions = quote_regions(doc.text)
        counts = lemma_counts_for(name) if lemma_counts_for else {}
        zs = iter(context_z[name]) if context_z else None
        for tok in doc:
            if _is_candidate(tok):
                X.append(cue_features(tok, _region_at(regions, tok.idx) is not None, _near_quote(regions, tok.idx), counts,
                                      context_z=next(zs) if zs else None))
                y.append(int(tok.i in heads))
    return X, y


# The context net: one hidden layer of 32 ReLUs, 8 epochs of Adam (cue average precision on the held-out
# slice: 32 units/8 epochs 0.8306; 64 units 0.8295, 64 units/20 epochs 0.8276, 32 units/4 epochs 0.8281).
_CONTEXT_NET = dict(hidden_layer_sizes=(32,), alpha=1e-3, batch_size=512, max_iter=8, random_state=0)


def context_table(docs: dict[str, Doc], gold: dict[str, list[Attribution]], names: list[str], lemma_counts_for):
    """(raw context-net inputs, labels, article of each row) over the candidates of ``names``, with
    each article's rate classes from ``lemma_counts_for(name)`` (unstandardised vectors)."""
    import numpy as np

    raw = {"mean": [0.0] * (3 * TOKVEC_DIM), "scale": [1.0] * (3 * TOKVEC_DIM), "classes": list(RATE_CLASSES)}
    X, y, art = [], [], []
    for k, name in enumerate(names):
        doc = docs[name]
        heads = cue_heads(doc, gold[name])
        regions = quote_regions(doc.text)
        counts = lemma_counts_for(name)
        toks = [t for t in doc if _is_candidate(t)]
        X.append(context_inputs(toks, [_region_at(regions, t.idx) is not None for t in toks],
                                [rate_class(t, counts) for t in toks], raw))
        y += [int(t.i in heads) for t in toks]
        art += [k] * len(toks)
    return np.vstack(X), np.asarray(y), np.asarray(art)


def fit_context_net(X, y, mean, scale) -> dict:
    """Fit the context net on standardised rows ``X``; its weights as JSON-able lists."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # 8 epochs on purpose (more overfit)
        clf = MLPClassifier(**_CONTEXT_NET).fit(X, y)
    r = lambda a: [round(float(v), 4) for v in a]  # noqa: E731
    return {"view": list(_CONTEXT_VIEW), "classes": list(RATE_CLASSES), "mean": r(mean), "scale": r(scale),
            "w1": [r(row) for row in clf.coefs_[0]], "b1": r(clf.intercepts_[0]),
            "w2": r(clf.coefs_[1][:, 0]), "b2": round(float(clf.intercepts_[1][0]), 4)}


def context_nets(docs: dict[str, Doc], gold: dict[str, list[Attribution]], names: list[str], lemma_counts_for):
    """(the context net fit on all ``names``, name -> its candidates' out-of-fold log-odds): the
    cue model trains on out-of-fold scores (same folds as the lemma rates), so they look as on unseen text."""
    import numpy as np

    X, y, art = context_table(docs, gold, names, lemma_counts_for)
    d = 3 * TOKVEC_DIM
    mean, scale = X[:, :d].mean(0), X[:, :d].std(0) + 1e-3
    mean, scale = np.round(mean, 4), np.round(scale, 4)
    X[:, :d] = (X[:, :d] - mean) / scale
    fold = art % _LEMMA_FOLDS  # the article order and fold rule of ``lemma_count_tables``
    z = np.zeros(len(y), dtype=np.float32)
    for k in range(_LEMMA_FOLDS):
        net = fit_context_net(X[fold != k], y[fold != k], mean, scale)
        z[fold == k] = context_logits(net, X[fold == k])
    per = {name: z[art == k].tolist() for k, name in enumerate(names)}
    return fit_context_net(X, y, mean, scale), per


def article_lemma_counts(doc: Doc, gold: list[Attribution]) -> dict[str, list[int]]:
    """Per ``rate_keys`` key of the candidate tokens of one article: [times it heads a gold cue, occurrences]."""
    heads = cue_heads(doc, gold)
    out: dict[str, list[int]] = {}
    for tok in doc:
        if _is_candidate(tok):
            for key in rate_keys(tok):
                n = out.setdefault(key, [0, 0])
                n[0] += tok.i in heads
                n[1] += 1
    return out


def _add_counts(parts) -> dict[str, list[int]]:
    total: dict[str, list[int]] = {}
    for part in parts:
        for lemma, (c, n) in part.items():
            t = total.setdefault(lemma, [0, 0])
            t[0] += c
            t[1] += n
    return dict(sorted(total.items()))


_LEMMA_FOLDS = 5  # the cue model's own examples see lemma rates from the other folds' articles only


def lemma_count_tables(docs: dict[str, Doc], gold: dict[str, list[Attribution]], keep: list[str]):
    """(table over all ``keep`` articles, name -> table over the other folds): the shipped
    lemma-rate table, and out-of-fold ones so training features look as they will on unseen text."""
    per = {n: article_lemma_counts(docs[n], gold[n]) for n in keep}
    fold = {n: i % _LEMMA_FOLDS for i, n in enumerate(keep)}
    oof = [_add_counts(per[n] for n in keep if fold[n] != k) for k in range(_LEMMA_FOLDS)]
    return _add_counts(per.values()), lambda name: oof[fold[name]]


def cue_extent_table(docs: dict[str, Doc], gold: dict[str, list[Attribution]], min_count: int = 5) -> dict[str, float]:
    """Share of times each kind of dependent next to a gold cue head lies inside the gold cue
    (left dependents, and right ones between the cue and a following content), keyed by ``extent_key``."""
    seen: dict[str, list[int]] = {}
    for name, doc in docs.items():
        for a, head in gold_cues(doc, gold.get(name, [])):
            after = a.content[0] >= a.cue[1]
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
        for a, head in gold_cues(doc, gold.get(name, [])):
            for c in head.children:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if c.dep_ != "prep" or c.i < head.i or obj is None:
                    continue
                n = seen.setdefault(f"{head.lemma_.lower()}|{c.lower_}", [0, 0])
                n[0] += 1
                n[1] += a.content[0] <= obj.idx < a.content[1]
    return {k: round(inc / n, 3) for k, (n, inc) in sorted(seen.items()) if n >= min_count}


def source_extent_table(docs: dict[str, Doc], gold: dict[str, list[Attribution]], min_count: int = 5) -> dict[str, float]:
    """Share of times each right-hand modifier of a gold source's head (or of its apposition)
    lies inside the gold source, keyed by ``source_key``."""
    seen: dict[str, list[int]] = {}
    for name, doc in docs.items():
        for a in gold.get(name, []):
            if a.source is None or a.cue is None:
                continue
            span = doc.char_span(a.source[0], a.source[1], alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            before = a.source[0] < a.cue[0]
            for node in [head] + [c for c in head.children if c.dep_ == "appos" and c.i > head.i]:
                for c in node.children:
                    if c.i <= node.i:
                        continue
                    n = seen.setdefault(source_key(node, c, before), [0, 0])
                    n[0] += 1
                    n[1] += c.right_edge.i < span.end
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


def fit_weights(docs: dict[str, Doc], gold: dict[str, list[Attribution]], keep: set[str], c: float,
                context: bool = True) -> dict:
    """L1 logistic regression on the cue candidates of the ``keep`` articles, as a JSON-able model;
    with ``context``, also the context net over the parse's token vectors that it reads."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    keep_names = sorted(n for n in keep if n in gold)
    lemma_counts, oof_counts = lemma_count_tables(docs, gold, keep_names)
    net, oof_z = context_nets(docs, gold, keep_names, oof_counts) if context else (None, None)
    X, y = examples({n: docs[n] for n in keep_names}, gold, oof_counts, oof_z)
    vec = DictVectorizer()
    M = _int32(vec.fit_transform([{f: 1 for f in feats} for feats in X]))
    clf = LogisticRegression(C=c, l1_ratio=1.0, max_iter=2000, solver="liblinear", random_state=0)  # L1: small, sparse
    clf.fit(M, y)
    weights = {f: round(float(w), 3) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.02}
    extent = cue_extent_table({n: docs[n] for n in sorted(keep)}, gold)
    return {"bias": round(float(clf.intercept_[0]), 4), "threshold": 0.5, "weights": dict(sorted(weights.items())),
            "cue_extent": extent, "content_preps": content_prep_table({n: docs[n] for n in sorted(keep)}, gold),
            "source_extent": source_extent_table({n: docs[n] for n in sorted(keep)}, gold),
            "lemma_counts": lemma_counts, **({"context": net} if net else {})}


@contextmanager
def _scoring_with(model: dict):
    """Make ``extract.attribution`` score with ``model`` (a half-fit or candidate) instead of the shipped file."""
    from ..extract import attribution as attr

    old = attr._model
    attr._model = lambda: model
    try:
        yield attr
    finally:
        attr._model = old


def pipeline_f1(docs: dict[str, Doc], gold: dict[str, list[Attribution]], model: dict, thresholds) -> dict[float, float]:
    """Mean exact F1 of source/cue/content on ``docs`` for each cue threshold, with ``model`` loaded."""
    from ..eval.polnear import score

    with _scoring_with(model) as attr:
        out = {}
        for thr in thresholds:
            pred = {
                n: [Attribution(content=f.content, source=f.source, cue=f.cue) for f in attr.find_attributions(d, thr, orphans=False)]
                for n, d in docs.items()
            }
            counts = score(pred, {n: gold[n] for n in docs})["ALL"]
            out[thr] = sum(counts.prf(r)[2] for r in ("source", "cue", "content")) / 3
    return out


def _overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def rerank_examples(docs: dict[str, Doc], gold: dict[str, list[Attribution]], model: dict, first: float):
    """(features, label) for every candidate attribution the cue ``model`` proposes at ``first``:
    label 1 when a gold attribution shares both its cue and its content (by overlap)."""
    X, y = [], []
    with _scoring_with(model):
        for name, doc in docs.items():
            for tok, found, regions in candidates(doc, first):
                X.append(triple_features(doc, tok, found, regions))
                y.append(int(any(_overlaps(g.cue, found.cue) and _overlaps(g.content, found.content) for g in gold.get(name, []))))
    return X, y


def fit_rerank(X: list[dict], y: list[int], c: float = 0.3) -> dict:
    """L1 logistic regression over whole-candidate features, as JSON-able weights (C=0.3 keeps
    ~600 weights and scored best of C in {0.3, 1} and L1/L2 on the held-out slice of train)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    M = _int32(vec.fit_transform(X))
    clf = LogisticRegression(C=c, l1_ratio=1.0, max_iter=2000, solver="liblinear", random_state=0)
    clf.fit(M, y)
    weights = {f: round(float(w), 3) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.01}
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def train_cue_model(
    text_dir: Path,
    ann_dir: Path,
    nlp: Language,
    out: Path,
    cache: Optional[Path] = None,
    holdout: float = 0.1,
    c: float = 1.0,
    seed: int = 0,
    context: bool = True,
    slice_model: Optional[Path] = None,
) -> dict:
    """Fit on 90% of train, choose thresholds by pipeline F1 on the other 10%, refit the cue model
    on all, write JSON. The second stage learns from candidates cross-fitted over two halves of
    the 90% (so cue scores look as they will on unseen text) and ships only when it beats the cue
    threshold alone on the held-out 10%. ``slice_model`` also writes the pipeline as scored on the slice
    (cue model fit on the 90%, with the chosen second stage and span models), for tuning what sits on top."""
    t0 = time.time()
    gold = load_gold(ann_dir)
    docs = parsed_corpus(text_dir, nlp, cache)
    for doc in docs.values():  # a DocBin drops the tok2vec output: recompute it once, not per pass
        doc.tensor = token_vectors(doc)
    names = [n for n in docs if n in gold]
    tune, fit = split_names(names, holdout, seed)
    half_a, half_b = split_names(sorted(fit), 0.5, seed + 1)
    X, y = [], []
    span_examples = {key: ([], []) for key, _, _ in _SPAN_MODELS}
    for train_half, score_half in ((half_a, half_b), (half_b, half_a)):
        half_model = fit_weights(docs, gold, train_half, c, context)
        half_docs = {n: docs[n] for n in sorted(score_half)}
        Xh, yh = rerank_examples(half_docs, gold, half_model, _FIRST[0])
        X += Xh
        y += yh
        for key, make, _ in _SPAN_MODELS:
            Xh, yh = make(half_docs, gold, half_model, _BOUNDARY_FIRST)
            span_examples[key][0].extend(Xh)
            span_examples[key][1].extend(yh)
    rerank = fit_rerank(X, y)
    span_models = {key: fit_boundary(*span_examples[key], c=creg) for key, _, creg in _SPAN_MODELS}
    rerank["cue_lemmas"] = sorted({docs[n][i].lemma_.lower() for n in sorted(fit) for i in cue_heads(docs[n], gold[n])})
    model = fit_weights(docs, gold, fit, c, context)
    tune_docs = {n: docs[n] for n in sorted(tune)}
    f1s = pipeline_f1(tune_docs, gold, model, [i / 100 for i in range(30, 81, 5)])
    best_thr = max(f1s, key=lambda t: (f1s[t], -abs(t - 0.5)))
    best = (f1s[best_thr], None, best_thr)
    rerank_f1s = {}
    for first in _FIRST:
        cand = dict(model, rerank=dict(rerank, candidate_threshold=first, threshold=0.5))
        for thr, f1 in pipeline_f1(tune_docs, gold, cand, [i / 100 for i in range(30, 71, 5)]).items():
            rerank_f1s[f"{first}/{thr}"] = round(f1, 4)
            if f1 > best[0]:
                best = (f1, first, thr)
    shipped_spans, span_f1s = {}, {}
    if best[1] is not None:  # each learned span model ships only when it adds to the ones before it
        cand = dict(model, rerank=dict(rerank, candidate_threshold=best[1], threshold=best[2]))
        last = best[0]
        for key, _, _ in _SPAN_MODELS:
            f1 = pipeline_f1(tune_docs, gold, dict(cand, **shipped_spans, **{key: span_models[key]}), [best[2]])[best[2]]
            span_f1s[key] = round(f1, 4)
            if f1 > last:
                shipped_spans[key], last = span_models[key], f1
    if slice_model is not None:
        chosen = dict(model, **shipped_spans)
        if best[1] is not None:
            chosen["rerank"] = dict(rerank, candidate_threshold=best[1], threshold=best[2])
        slice_model.parent.mkdir(parents=True, exist_ok=True)
        slice_model.write_text(json.dumps(dict(chosen, threshold=best_thr), sort_keys=True) + "\n", encoding="utf-8")
    model = fit_weights(docs, gold, fit | tune, c, context)
    model.update(
        threshold=best_thr,
        trained_on=f"PolNeAR train, {len(names)} articles (thresholds chosen on a held-out {len(tune)})",
        tune_mean_exact_f1=round(best[0], 4),
    )
    if best[1] is not None:
        model["rerank"] = dict(rerank, candidate_threshold=best[1], threshold=best[2],
                               trained_on=f"candidates cross-fitted over 2 halves of {len(fit)} train articles")
        for key, span_model in shipped_spans.items():
            model[key] = dict(span_model, trained_on=f"candidates cross-fitted over 2 halves of {len(fit)} train articles")
            model["tune_mean_exact_f1"] = span_f1s[key]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return {
        "articles": len(names),
        "tune_articles": len(tune),
        "threshold": best_thr,
        "tune_mean_exact_f1_by_threshold": {str(k): round(v, 4) for k, v in f1s.items()},
        "rerank_examples": len(y),
        "rerank_positive": sum(y),
        "tune_mean_exact_f1_by_candidate_and_rerank_threshold": rerank_f1s,
        "shipped": "cue model" + (" + second stage" if best[1] is not None else "") + "".join(f" + {k}" for k in shipped_spans),
        "span_model_examples": {key: len(span_examples[key][1]) for key in span_examples},
        "tune_mean_exact_f1_without_span_models": round(best[0], 4),
        "tune_mean_exact_f1_adding_span_models": span_f1s,
        "tune_mean_exact_f1": model["tune_mean_exact_f1"],
        "features": len(model["weights"]),
        "seconds": round(time.time() - t0, 1),
    }


_FIRST = (0.1, 0.15, 0.2, 0.3)  # candidate cue thresholds tried for the second stage (the lowest also trains it)
_BOUNDARY_FIRST = 0.3  # cue threshold of the candidates the span-boundary models learn from



def _edge_examples(docs: dict[str, Doc], gold: dict[str, list[Attribution]], model: dict, first: float, role: str,
                   roles_to_match: tuple[str, ...], candidates_of):
    """(features, label) for every start and end that ``role`` ("content", "cue" or "source") of a
    candidate attribution could take, for the candidates overlapping a gold attribution on
    ``roles_to_match``: label 1 where the edge equals the gold one. Sides without exactly one gold
    edge among their candidates are skipped (unreachable)."""
    X, y = [], []
    with _scoring_with(model) as attr:
        for name, doc in docs.items():
            for tok, found, regions in candidates(doc, first):
                matches = [g for g in gold.get(name, [])
                           if all(_overlaps(getattr(g, r), getattr(found, r)) for r in roles_to_match)]
                cands = candidates_of(attr, doc, tok, found, regions) if matches else None
                if not cands:
                    continue

                def shared(g):
                    (gs, ge), (fs, fe) = getattr(g, role), getattr(found, role)
                    return min(ge, fe) - max(gs, fs)

                gs, ge = getattr(max(matches, key=shared), role)
                for side, gold_char in (("start", gs), ("end", ge)):
                    group = [(pos, f) for s, pos, f in cands if s == side]
                    labels = [int(attr.edge_char(doc, side, pos) == gold_char) for pos, _ in group]
                    if sum(labels) == 1:
                        X += [f for _, f in group]
                        y += labels
    return X, y


def boundary_examples(docs, gold, model, first):
    """Content-edge examples, from candidates sharing cue and content with a gold attribution."""
    return _edge_examples(docs, gold, model, first, "content", ("cue", "content"),
                          lambda attr, doc, tok, found, regions: attr.boundary_candidates(doc, tok, found, regions))


def cue_boundary_examples(docs, gold, model, first):
    """Cue-edge examples, from candidates sharing cue and content with a gold attribution."""
    return _edge_examples(docs, gold, model, first, "cue", ("cue", "content"),
                          lambda attr, doc, tok, found, regions: attr.cue_boundary_candidates(doc, tok, found))


def source_boundary_examples(docs, gold, model, first):
    """Source-edge examples, from candidates sharing cue, content and source with a gold attribution."""
    return _edge_examples(docs, gold, model, first, "source", ("cue", "content", "source"),
                          lambda attr, doc, tok, found, regions: attr.source_boundary_candidates(doc, tok, found))


def fit_boundary(X: list[list[str]], y: list[int], c: float = 1.0) -> dict:
    """L1 logistic regression over span-boundary features; at run time the best-scoring start and end win."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    M = _int32(vec.fit_transform([{f: 1 for f in feats} for feats in X]))
    clf = LogisticRegression(C=c, l1_ratio=1.0, max_iter=2000, solver="liblinear", random_state=0)
    clf.fit(M, y)
    weights = {f: round(float(w), 3) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 0.01}
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


# (model-file key, example builder, C) of the learned span-boundary rankers, applied at run time in
# this order (content, cue, source); C chosen on the held-out slice of train from 0.3, 1 and 3.
_SPAN_MODELS = (("boundary", boundary_examples, 1.0), ("cue_boundary", cue_boundary_examples, 3.0),
                ("source_boundary", source_boundary_examples, 1.0))
