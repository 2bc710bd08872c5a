"""Reproducible training of the shipped technique models on the PTC train split.

Articles are split by id into fit / tune / holdout parts: the CRF span tagger and the
span classifier are fitted on *fit*, the span threshold and C are chosen on *tune*, and
SI/FLC/TC are reported on *holdout* (never trained or tuned on). With ``refit`` the
shipped model is then retrained on every article with the chosen settings.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
from spacy.tokens import Doc, DocBin

from ..errors import SpinmapError
from ..eval.ptc import Row, merge_spans, read_articles, read_labels, score_flc, score_si, score_tc
from ..extract.techniques import (
    CRF_FILE, META_FILE, SENT_CLASSES, SENT_FILE, TAG_IN, TAG_OUT, TC_FILE, LinearModel, TechniqueModel,
    load_model, sentence_features, span_features, token_features,
)
from ..records import TECHNIQUE_LABELS

log = logging.getLogger(__name__)


@dataclass
class Corpus:
    """PTC articles parsed once, with their gold spans."""

    ids: list[str]
    docs: dict[str, Doc]
    flc: list[Row]
    si: list[Row]

    def rows(self, rows: list[Row], ids: set[str]) -> list[Row]:
        return [r for r in rows if r[0] in ids]


def split_of(article_id: str, holdout: float, tune: float) -> str:
    """Deterministic part for an article: 'holdout', 'tune' or 'fit', from a hash of its id."""
    h = int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if h < holdout:
        return "holdout"
    return "tune" if h < holdout + tune else "fit"


def load_corpus(ptc_dir: Path, cache_dir: Optional[Path], nlp=None) -> Corpus:
    """Read articles and labels; parse with spaCy, reusing a DocBin cache keyed by the texts."""
    ptc_dir = Path(ptc_dir)
    art_dir = ptc_dir / "train-articles" if (ptc_dir / "train-articles").is_dir() else ptc_dir
    texts = read_articles(art_dir)
    ids = sorted(texts)
    flc_path = _first(ptc_dir, ("train-task-flc-tc.labels", "train-task2-TC.labels", "train-task-tc.labels"))
    if flc_path is None:
        raise SpinmapError("SM501", path=str(ptc_dir), detail="no *-flc-tc.labels file", cmd="train techniques")
    flc = [r for r in read_labels(flc_path) if r[0] in texts]
    si_path = _first(ptc_dir, ("train-task-si.labels", "train-task1-SI.labels"))
    si = [r for r in read_labels(si_path) if r[0] in texts] if si_path else [(a, None, s, e) for a, _, s, e in flc]
    key = hashlib.sha1("\x00".join(texts[i] for i in ids).encode()).hexdigest()[:16]
    cache = Path(cache_dir) / f"ptc-{key}.spacy" if cache_dir else None
    if cache is not None and cache.exists():
        from ..nlp.pipeline import load_pipeline

        nlp = nlp or load_pipeline()
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        from ..nlp.pipeline import load_pipeline

        nlp = nlp or load_pipeline()
        t0 = time.perf_counter()
        docs = list(nlp.pipe((texts[i] for i in ids), batch_size=16))
        log.info("parsed %d articles in %.1fs", len(docs), time.perf_counter() - t0)
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            db = DocBin(store_user_data=False)
            for d in docs:
                db.add(d)
            db.to_disk(cache)
    return Corpus(ids=ids, docs=dict(zip(ids, docs)), flc=flc, si=si)


def _first(directory: Path, names: Sequence[str]) -> Optional[Path]:
    for name in names:
        if (directory / name).is_file():
            return directory / name
    return None


def token_tags(doc: Doc, spans: list[tuple[int, int]]) -> list[str]:
    """I for a non-space token overlapping a gold span, else O."""
    spans = merge_spans(spans)
    tags, k = [], 0
    for tok in doc:
        s, e = tok.idx, tok.idx + len(tok.text)
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        inside = k < len(spans) and spans[k][0] < e and not tok.is_space
        tags.append(TAG_IN if inside else TAG_OUT)
    return tags


def _spans_by_id(corpus: Corpus) -> dict[str, list[tuple[int, int]]]:
    by_id: dict[str, list[tuple[int, int]]] = {}
    for aid, _, s, e in corpus.si:
        by_id.setdefault(aid, []).append((s, e))
    return by_id


def sentence_targets(doc: Doc, tags: list[str]) -> list[str]:
    """Per sentence: 'none', 'some' or 'most' (>= half) of its non-space tokens inside a span."""
    out = []
    for sent in doc.sents:
        inside = [tags[t.i] == TAG_IN for t in sent if not t.is_space]
        share = sum(inside) / len(inside) if inside else 0.0
        out.append(SENT_CLASSES[0] if share == 0 else SENT_CLASSES[2] if share >= 0.5 else SENT_CLASSES[1])
    return out


def fit_linear(X: list[dict], y: list[str], C: float):
    """Fit a logistic regression on feature dicts; returns (names, coef, intercept, labels)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(Xm, y)
    return vec.get_feature_names_out(), clf.coef_, clf.intercept_, tuple(clf.classes_)


def _sentence_data(corpus: Corpus, ids: Sequence[str]):
    by_id = _spans_by_id(corpus)
    X, y, owner = [], [], []
    for aid in ids:
        doc = corpus.docs[aid]
        X += sentence_features(doc)
        targets = sentence_targets(doc, token_tags(doc, by_id.get(aid, [])))
        y += targets
        owner += [aid] * len(targets)
    return X, y, owner


def fit_sentence(corpus: Corpus, ids: Sequence[str], C: float = 0.3):
    """Fit the sentence prior (none/some/most) on some articles."""
    X, y, _ = _sentence_data(corpus, ids)
    return fit_linear(X, y, C)


def _as_linear(arrays) -> LinearModel:
    names, coef, intercept, labels = arrays
    return LinearModel({str(n): i for i, n in enumerate(names)}, coef.astype(np.float32),
                       intercept.astype(np.float32), tuple(labels))


def crossfit_sentence_probs(corpus: Corpus, ids: Sequence[str], folds: int = 4, C: float = 0.3) -> dict:
    """Sentence priors for training articles from models that never saw them (k-fold by article)."""
    out: dict[str, list[np.ndarray]] = {}
    ids = list(ids)
    for k in range(folds):
        held = ids[k::folds]
        model = _as_linear(fit_sentence(corpus, [a for a in ids if a not in set(held)], C))
        for aid in held:
            out[aid] = [model.probs(f) for f in sentence_features(corpus.docs[aid])]
    return out


def train_crf(corpus: Corpus, ids: Sequence[str], path: Path, c1: float, c2: float, max_iter: int,
              sent_probs: Optional[dict] = None) -> None:
    """Fit the CRF span tagger on some articles and write it to ``path``."""
    import pycrfsuite

    by_id = _spans_by_id(corpus)
    trainer = pycrfsuite.Trainer(verbose=False)
    for aid in ids:
        doc = corpus.docs[aid]
        probs = sent_probs.get(aid) if sent_probs is not None else None
        trainer.append(token_features(doc, probs), token_tags(doc, by_id.get(aid, [])))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.possible_transitions": True, "feature.minfreq": 2})
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def fit_tc(corpus: Corpus, ids: set[str], C: float):
    """Fit the span classifier on the gold spans of some articles; returns (names, coef, intercept, labels)."""
    X, y = [], []
    for aid, label, s, e in corpus.rows(corpus.flc, ids):
        X.append(span_features(corpus.docs[aid], s, e))
        y.append(label)
    return fit_linear(X, y, C)


def _save_linear(path: Path, arrays) -> None:
    names, coef, intercept, labels = arrays
    keep = np.abs(coef).max(axis=0) > 1e-4  # drop features the classifier ignores
    np.savez_compressed(
        path,
        features=np.array(names)[keep].astype(str),
        coef=coef[:, keep].astype(np.float16),
        intercept=intercept.astype(np.float32),
        labels=np.array(labels).astype(str),
    )


def write_model(directory: Path, tc, meta: dict, sent=None) -> None:
    """Write the classifier arrays and meta.json next to the CRF file."""
    directory.mkdir(parents=True, exist_ok=True)
    _save_linear(directory / TC_FILE, tc)
    if sent is not None:
        _save_linear(directory / SENT_FILE, sent)
    meta = dict(meta, sentence_prior=sent is not None)
    (directory / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def predict_si(model: TechniqueModel, corpus: Corpus, ids: Sequence[str], threshold: float,
               scores: Optional[dict] = None) -> list[Row]:
    """SI predictions for some articles (token scores are cached in ``scores`` across thresholds)."""
    rows = []
    for aid in ids:
        doc = corpus.docs[aid]
        if scores is not None and aid in scores:
            toks = scores[aid]
        else:
            toks = model.span_scores(doc)
            if scores is not None:
                scores[aid] = toks
        rows.extend((aid, None, s, e) for s, e, _ in model.find_spans(doc, threshold, toks))
    return rows


def predict_tc(model: TechniqueModel, corpus: Corpus, rows: list[Row]) -> list[Row]:
    """Label given spans; a span listed k times gets its k most likely labels."""
    seen: dict[tuple, int] = {}
    out = []
    for aid, _, s, e in rows:
        k = seen.get((aid, s, e), 0)
        seen[(aid, s, e)] = k + 1
        probs = model.label_probs(corpus.docs[aid], s, e)
        order = np.argsort(-probs)
        out.append((aid, model.labels[int(order[min(k, len(order) - 1)])], s, e))
    return out


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        log.info(line)
        self.lines.append(line)


def train(ptc_dir: Path, out_dir: Path, cache_dir: Optional[Path] = None, holdout: float = 0.2,
          tune: float = 0.15, c1: float = 0.05, c2: float = 0.05, max_iter: int = 100, C: float = 1.0,
          sentence_prior: bool = False, refit: bool = True, echo: Callable[[str], None] = print) -> Report:
    """Select on tune, report on holdout, then (with ``refit``) write the model trained on all articles."""
    report = Report()
    corpus = load_corpus(ptc_dir, cache_dir)
    parts = {aid: split_of(aid, holdout, tune) for aid in corpus.ids}
    fit = [a for a in corpus.ids if parts[a] == "fit"]
    tun = [a for a in corpus.ids if parts[a] == "tune"]
    hold = [a for a in corpus.ids if parts[a] == "holdout"]
    echo(f"articles: fit={len(fit)} tune={len(tun)} holdout={len(hold)}")
    work = Path(cache_dir or out_dir) / "work"
    meta = {"min_chars": 2, "C": C, "c1": c1, "c2": c2, "max_iter": max_iter}

    def fit_all(ids: list[str], directory: Path, threshold: float) -> TechniqueModel:
        """Sentence prior (cross-fitted for the CRF's own training data), CRF and span classifier."""
        t0 = time.perf_counter()
        sent = fit_sentence(corpus, ids) if sentence_prior else None
        probs = crossfit_sentence_probs(corpus, ids) if sentence_prior else None
        train_crf(corpus, ids, directory / CRF_FILE, c1, c2, max_iter, probs)
        write_model(directory, fit_tc(corpus, set(ids), C), dict(meta, threshold=threshold), sent)
        echo(f"trained on {len(ids)} articles in {time.perf_counter() - t0:.0f}s")
        return load_model(directory)

    # 1. choose the span threshold on the tune part, with models fitted on fit only
    m = fit_all(fit, work, 0.5)
    gold = corpus.rows(corpus.flc, set(tun))
    echo(score_tc(predict_tc(m, corpus, gold), gold).line("tune TC"))
    scores: dict = {}
    gold_si = corpus.rows(corpus.si, set(tun))
    best_thr, best_si = 0.5, -1.0
    for thr in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        f1 = score_si(predict_si(m, corpus, tun, thr, scores), gold_si).f1
        echo(f"tune SI threshold={thr}: F1={f1:.4f}")
        if f1 > best_si:
            best_thr, best_si = thr, f1

    # 2. fit on fit+tune with the chosen threshold, report on holdout
    m = fit_all(fit + tun, work, best_thr)
    hs = set(hold)
    si_pred = predict_si(m, corpus, hold, best_thr)
    flc_pred = predict_tc(m, corpus, si_pred)
    gold_flc = corpus.rows(corpus.flc, hs)
    report.add(f"holdout articles={len(hold)} threshold={best_thr} C={C} sentence_prior={sentence_prior}")
    report.add(score_si(si_pred, corpus.rows(corpus.si, hs)).line("holdout SI"))
    report.add(score_flc(flc_pred, gold_flc).line("holdout FLC"))
    report.add(score_tc(predict_tc(m, corpus, gold_flc), gold_flc).line("holdout TC"))
    for line in report.lines:
        echo(line)
    meta["holdout"] = report.lines

    # 3. ship: refit on every article
    if refit:
        fit_all(corpus.ids, Path(out_dir), best_thr)
        echo(f"wrote {out_dir}")
    return report


__all__ = ["train", "load_corpus", "split_of", "token_tags", "TECHNIQUE_LABELS"]
