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
    CRF_FILE, META_FILE, TAG_IN, TAG_OUT, TC_FILE, TechniqueModel, load_model, span_features,
    token_features,
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


def train_crf(corpus: Corpus, ids: Sequence[str], path: Path, c1: float, c2: float, max_iter: int) -> None:
    """Fit the CRF span tagger on some articles and write it to ``path``."""
    import pycrfsuite

    by_id: dict[str, list[tuple[int, int]]] = {}
    for aid, _, s, e in corpus.si:
        by_id.setdefault(aid, []).append((s, e))
    trainer = pycrfsuite.Trainer(verbose=False)
    for aid in ids:
        doc = corpus.docs[aid]
        trainer.append(token_features(doc), token_tags(doc, by_id.get(aid, [])))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.possible_transitions": True, "feature.minfreq": 2})
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def fit_tc(corpus: Corpus, ids: set[str], C: float):
    """Fit the span classifier on the gold spans of some articles; returns (names, coef, intercept, labels)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X, y = [], []
    for aid, label, s, e in corpus.rows(corpus.flc, ids):
        X.append(span_features(corpus.docs[aid], s, e))
        y.append(label)
    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(Xm, y)
    return vec.get_feature_names_out(), clf.coef_, clf.intercept_, tuple(clf.classes_)


def write_model(directory: Path, tc, meta: dict) -> None:
    """Write the classifier arrays and meta.json next to the CRF file."""
    names, coef, intercept, labels = tc
    keep = np.abs(coef).max(axis=0) > 1e-4  # drop features the classifier ignores
    np.savez_compressed(
        directory / TC_FILE,
        features=np.array(names)[keep].astype(str),
        coef=coef[:, keep].astype(np.float16),
        intercept=intercept.astype(np.float32),
        labels=np.array(labels).astype(str),
    )
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
          tune: float = 0.15, c1: float = 0.05, c2: float = 0.05, max_iter: int = 150,
          refit: bool = True, echo: Callable[[str], None] = print) -> Report:
    """Select on tune, report on holdout, then (with ``refit``) write the model trained on all articles."""
    report = Report()
    corpus = load_corpus(ptc_dir, cache_dir)
    parts = {aid: split_of(aid, holdout, tune) for aid in corpus.ids}
    fit = [a for a in corpus.ids if parts[a] == "fit"]
    tun = [a for a in corpus.ids if parts[a] == "tune"]
    hold = [a for a in corpus.ids if parts[a] == "holdout"]
    echo(f"articles: fit={len(fit)} tune={len(tun)} holdout={len(hold)}")
    work = Path(cache_dir or out_dir) / "work"
    work.mkdir(parents=True, exist_ok=True)

    # 1. choose the span threshold and C on the tune part, with models fitted on fit only
    t0 = time.perf_counter()
    train_crf(corpus, fit, work / CRF_FILE, c1, c2, max_iter)
    echo(f"crf(fit) trained in {time.perf_counter() - t0:.0f}s")
    best_c, best_tc = 1.0, -1.0
    for C in (0.3, 1.0, 3.0):
        tc = fit_tc(corpus, set(fit), C)
        write_model(work, tc, {"threshold": 0.5})
        m = load_model(work)
        gold = corpus.rows(corpus.flc, set(tun))
        f1 = score_tc(predict_tc(m, corpus, gold), gold).f1
        echo(f"tune TC C={C}: micro-F1={f1:.4f}")
        if f1 > best_tc:
            best_c, best_tc = C, f1
    m = load_model(work)
    scores: dict = {}
    gold_si = corpus.rows(corpus.si, set(tun))
    best_thr, best_si = 0.5, -1.0
    for thr in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        f1 = score_si(predict_si(m, corpus, tun, thr, scores), gold_si).f1
        echo(f"tune SI threshold={thr}: F1={f1:.4f}")
        if f1 > best_si:
            best_thr, best_si = thr, f1
    meta = {"threshold": best_thr, "min_chars": 2, "C": best_c, "c1": c1, "c2": c2, "max_iter": max_iter}

    # 2. fit on fit+tune with the chosen settings, report on holdout
    t0 = time.perf_counter()
    train_crf(corpus, fit + tun, work / CRF_FILE, c1, c2, max_iter)
    write_model(work, fit_tc(corpus, set(fit + tun), best_c), meta)
    echo(f"crf(fit+tune) trained in {time.perf_counter() - t0:.0f}s")
    m = load_model(work)
    hs = set(hold)
    si_pred = predict_si(m, corpus, hold, best_thr)
    flc_pred = predict_tc(m, corpus, si_pred)
    gold_flc = corpus.rows(corpus.flc, hs)
    tc_pred = predict_tc(m, corpus, gold_flc)
    report.add(f"holdout articles={len(hold)} threshold={best_thr} C={best_c}")
    report.add(score_si(si_pred, corpus.rows(corpus.si, hs)).line("holdout SI"))
    report.add(score_flc(flc_pred, gold_flc).line("holdout FLC"))
    report.add(score_tc(tc_pred, gold_flc).line("holdout TC"))
    for line in report.lines:
        echo(line)
    meta["holdout"] = report.lines

    # 3. ship: refit on every article
    if refit:
        out_dir.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        train_crf(corpus, corpus.ids, out_dir / CRF_FILE, c1, c2, max_iter)
        write_model(out_dir, fit_tc(corpus, set(corpus.ids), best_c), meta)
        echo(f"crf(all) trained in {time.perf_counter() - t0:.0f}s; wrote {out_dir}")
    return report


__all__ = ["train", "load_corpus", "split_of", "token_tags", "TECHNIQUE_LABELS"]
