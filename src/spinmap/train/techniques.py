"""Reproducible training of the shipped technique models on the PTC train split.

Articles are split by id into fit / tune / holdout parts: the CRF span tagger and the
span classifier are fitted on *fit*, the span thresholds are chosen on *tune*, and
SI/FLC/TC are reported on *holdout* (never trained or tuned on). With ``refit`` the
shipped model is then retrained on every article with the chosen settings.
"""
from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
from spacy.tokens import Doc, DocBin

from ..errors import SpinmapError
from ..eval.ptc import Row, merge_spans, read_articles, read_labels, score_flc, score_si, score_tc
from ..extract.techniques import (
    CRF_FILE, META_FILE, SENT_CLASSES, SENT_FILE, TAG_IN, TAG_OUT, TC_FILE, TC_SPARSE_FILE, LinearModel, SpanEncoder,
    TAGGER_FILE, TechniqueModel, load_encoder, load_model, sentence_features, span_features, span_tokvecs,
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


HOLDOUT_SHARE, TUNE_SHARE = 0.2, 0.15  # of the articles, by a hash of their id (fit gets the rest)


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
    names, coef, intercept, labels = arrays[:4]
    dense = arrays[4].astype(np.float32) if len(arrays) > 4 else None
    return LinearModel({str(n): i for i, n in enumerate(names)}, coef.astype(np.float32),
                       intercept.astype(np.float32), tuple(labels), dense)


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


def span_vectors(encoder: SpanEncoder, corpus: Corpus, rows: Sequence[Row], cache: Optional[dict] = None) -> dict:
    """Encoder vector per (article, start, end) of some rows, batched per article; ``cache`` is reused."""
    cache = {} if cache is None else cache
    by_id: dict[str, list[tuple[int, int]]] = {}
    for aid, _, s, e in rows:
        if (aid, s, e) not in cache:
            by_id.setdefault(aid, []).append((s, e))
    for aid, spans in by_id.items():
        spans = sorted(set(spans))
        for (s, e), v in zip(spans, encoder.embed(corpus.docs[aid], spans)):
            cache[(aid, s, e)] = v
    return cache


def fit_tc(corpus: Corpus, ids: set[str], C: float, encoder: Optional[SpanEncoder] = None,
           vectors: Optional[dict] = None, dense_scale: float = 0.1, tokvec: bool = False):
    """Fit the span classifier on the gold spans of some articles.

    Returns (names, coef, intercept, labels) and, with an encoder (or, without one, with ``tokvec``:
    the span's tok2vec mean and max), the dense weights: the vector is standardised and scaled by
    ``dense_scale`` next to the 0/1 sparse features, and that standardisation is folded into the
    stored weights and intercept so inference uses raw vectors.
    """
    rows = corpus.rows(corpus.flc, ids)
    X = [span_features(corpus.docs[aid], s, e) for aid, _, s, e in rows]
    y = [label for _, label, _, _ in rows]
    if encoder is not None:
        vectors = span_vectors(encoder, corpus, rows, vectors)
        D = np.stack([vectors[(aid, s, e)] for aid, _, s, e in rows]).astype(np.float64)
    elif tokvec:
        D = np.vstack([span_tokvecs(corpus.docs[aid], [(s, e)]) for aid, _, s, e in rows]).astype(np.float64)
    else:
        return fit_linear(X, y, C)
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    mu, sd = D.mean(axis=0), D.std(axis=0) + 1e-6
    vec = DictVectorizer()
    Xm = sp.hstack([vec.fit_transform(X), sp.csr_matrix((D - mu) / sd * dense_scale)]).tocsr()
    clf = LogisticRegression(C=C, max_iter=3000).fit(Xm, y)
    n = len(vec.feature_names_)
    dense = clf.coef_[:, n:] * dense_scale / sd
    return (vec.get_feature_names_out(), clf.coef_[:, :n], clf.intercept_ - dense @ mu, tuple(clf.classes_), dense)


def _save_linear(path: Path, arrays) -> None:
    names, coef, intercept, labels = arrays[:4]
    keep = np.abs(coef).max(axis=0) > 1e-4  # drop features the classifier ignores
    extra = {"dense": arrays[4].astype(np.float32)} if len(arrays) > 4 else {}
    np.savez_compressed(
        path,
        features=np.array(names)[keep].astype(str),
        coef=coef[:, keep].astype(np.float16),
        intercept=intercept.astype(np.float32),
        labels=np.array(labels).astype(str),
        **extra,
    )


def write_model(directory: Path, tc, meta: dict, sent=None, tc_sparse=None) -> None:
    """Write the classifier arrays and meta.json next to the CRF file."""
    directory.mkdir(parents=True, exist_ok=True)
    _save_linear(directory / TC_FILE, tc)
    if tc_sparse is not None:
        _save_linear(directory / TC_SPARSE_FILE, tc_sparse)
    if sent is not None:
        _save_linear(directory / SENT_FILE, sent)
    meta = dict(meta, sentence_prior=sent is not None)
    (directory / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def predict_si(model: TechniqueModel, corpus: Corpus, ids: Sequence[str], threshold: float,
               scores: Optional[dict] = None, peak: Optional[float] = None) -> list[Row]:
    """SI predictions for some articles (token scores are cached in ``scores`` across thresholds)."""
    if peak is not None:
        model.peak = peak
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
    by_id: dict[str, list[tuple[int, int]]] = {}
    for aid, _, s, e in rows:
        by_id.setdefault(aid, []).append((s, e))
    probs_of = {}
    for aid, spans in by_id.items():
        spans = sorted(set(spans))
        for span, p in zip(spans, model.label_probs_many(corpus.docs[aid], spans)):
            probs_of[(aid, *span)] = p
    seen: dict[tuple, int] = {}
    out = []
    for aid, _, s, e in rows:
        k = seen.get((aid, s, e), 0)
        seen[(aid, s, e)] = k + 1
        probs = probs_of[(aid, s, e)]
        order = np.argsort(-probs)
        out.append((aid, model.labels[int(order[min(k, len(order) - 1)])], s, e))
    return out


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        log.info(line)
        self.lines.append(line)


def _kept_tagger(out_dir: Path, echo: Callable[[str], None]) -> Optional[dict]:
    """The SI tagger setting already in ``out_dir`` when its file is there, so a CRF-only retrain keeps it usable."""
    try:
        mix = json.loads((out_dir / META_FILE).read_text(encoding="utf-8")).get("si_tagger")
    except (OSError, ValueError):
        return None
    if mix is None or not (out_dir / TAGGER_FILE).is_file():
        return None
    echo(f"kept the SI tagger already in {out_dir} and its mix setting (retrain it with --si-tagger)")
    return mix


def train(ptc_dir: Path, out_dir: Path, cache_dir: Optional[Path] = None, holdout: float = HOLDOUT_SHARE,
          tune: float = TUNE_SHARE, c1: float = 0.05, c2: float = 0.05, max_iter: int = 100, C: float = 0.5,
          sentence_prior: bool = False, refit: bool = True, echo: Callable[[str], None] = print,
          encoder: bool = True, window: int = 4, dense_scale: float = 0.1, si_tagger: bool = False,
          tagger_epochs: int = 3, tagger_lr: float = 1e-4, gate_tokvec: bool = True) -> Report:
    """Select on tune, report on holdout, then (with ``refit``) write the model trained on all articles.

    With ``si_tagger`` (needs the ``train`` extra) a MiniLM word-piece tagger is also fine-tuned on *fit*
    (its epoch, CRF mix weight, threshold and peak chosen on tune), refitted on fit+tune with those
    choices, reported on holdout next to the CRF alone and shipped as ``si_tagger_int8.onnx``; it is
    used only when the ``techniques_si_tagger`` setting is on. With ``gate_tokvec`` the encoder gate's
    sparse classifier also reads the span's tok2vec mean and max (the parse's own vectors).
    """
    report = Report()
    corpus = load_corpus(ptc_dir, cache_dir)
    gate_tokvec = gate_tokvec and encoder
    if gate_tokvec:  # a DocBin cache drops doc.tensor: put the parse's tok2vec output back once per cached doc
        from ..nlp.vectors import token_vectors

        for doc in corpus.docs.values():
            doc.tensor = token_vectors(doc)
    parts = {aid: split_of(aid, holdout, tune) for aid in corpus.ids}
    fit = [a for a in corpus.ids if parts[a] == "fit"]
    tun = [a for a in corpus.ids if parts[a] == "tune"]
    hold = [a for a in corpus.ids if parts[a] == "holdout"]
    echo(f"articles: fit={len(fit)} tune={len(tun)} holdout={len(hold)}")
    work = Path(cache_dir or out_dir) / "work"
    meta = {"min_chars": 2, "C": C, "c1": c1, "c2": c2, "max_iter": max_iter}
    enc = load_encoder(window=window) if encoder else None
    if enc is not None:
        meta.update(window=window, dense_scale=dense_scale, gate_tokvec=gate_tokvec)
    vectors: dict = {}
    mix: Optional[dict] = None

    def fit_all(ids: list[str], directory: Path, threshold: float, peak: float, gate: float) -> TechniqueModel:
        """Sentence prior (cross-fitted for the CRF's own training data), CRF and span classifier(s)."""
        t0 = time.perf_counter()
        sent = fit_sentence(corpus, ids) if sentence_prior else None
        probs = crossfit_sentence_probs(corpus, ids) if sentence_prior else None
        train_crf(corpus, ids, directory / CRF_FILE, c1, c2, max_iter, probs)
        tc = fit_tc(corpus, set(ids), C, enc, vectors, dense_scale)
        tc_sparse = fit_tc(corpus, set(ids), C, tokvec=gate_tokvec, dense_scale=dense_scale) if enc else None
        gate = gate if enc is not None else 1.01
        extra = {"si_tagger": mix} if mix is not None else {}
        write_model(directory, tc, dict(meta, threshold=threshold, peak=peak, gate=gate, **extra), sent, tc_sparse)
        if si_tagger and directory != work:
            shutil.copyfile(work / TAGGER_FILE, directory / TAGGER_FILE)
        echo(f"trained on {len(ids)} articles in {time.perf_counter() - t0:.0f}s")
        return load_model(directory, si_tagger=False)

    # 1. choose the span thresholds on the tune part, with models fitted on fit only
    m = fit_all(fit, work, 0.5, 0.0, 0.0)
    gold = corpus.rows(corpus.flc, set(tun))
    best_gate = 1.01
    if enc is not None:  # the cheapest encoder gate whose tune TC stays within 0.002 of always encoding
        tc_at = {}
        for gate in (1.01, 0.9, 0.8, 0.7, 0.6):
            m.gate = gate
            tc_at[gate] = score_tc(predict_tc(m, corpus, gold), gold).f1
            echo(f"tune TC gate={gate}: F1={tc_at[gate]:.4f}")
        best_gate = min(g for g, f1 in tc_at.items() if f1 >= tc_at[1.01] - 0.002)
        m.gate = best_gate
    echo(score_tc(predict_tc(m, corpus, gold), gold).line("tune TC"))
    scores: dict = {}
    gold_si = corpus.rows(corpus.si, set(tun))
    best_thr, best_peak, best_si = 0.5, 0.0, -1.0
    for thr in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        for peak in (0.0, 0.4, 0.45, 0.5):
            if peak and peak <= thr:
                continue
            f1 = score_si(predict_si(m, corpus, tun, thr, scores, peak), gold_si).f1
            echo(f"tune SI threshold={thr} peak={peak}: F1={f1:.4f}")
            if f1 > best_si:
                best_thr, best_peak, best_si = thr, peak, f1

    if si_tagger:  # the fine-tuned MiniLM tagger mixed with this fit-only CRF, chosen on tune
        from .techniques_tagger import fit_si_tagger, refit_si_tagger

        texts = {aid: corpus.docs[aid].text for aid in corpus.ids}
        mix = fit_si_tagger(texts, corpus.si, fit, tun, corpus.docs, m, work, tagger_epochs, tagger_lr, log=echo)
        echo(f"tune SI tagger choice: {json.dumps(mix, sort_keys=True)}; refitting it on fit+tune")
        refit_si_tagger(texts, corpus.si, fit + tun, work, mix["epoch"], tagger_lr, mix["stride"], log=echo)

    # 2. fit on fit+tune with the chosen thresholds, report on holdout
    m = fit_all(fit + tun, work, best_thr, best_peak, best_gate)
    hs = set(hold)
    si_pred = predict_si(m, corpus, hold, best_thr)
    flc_pred = predict_tc(m, corpus, si_pred)
    gold_flc = corpus.rows(corpus.flc, hs)
    report.add(f"holdout articles={len(hold)} threshold={best_thr} peak={best_peak} gate={best_gate} C={C} "
               f"encoder={enc is not None} sentence_prior={sentence_prior}")
    report.add(score_si(si_pred, corpus.rows(corpus.si, hs)).line("holdout SI"))
    report.add(score_flc(flc_pred, gold_flc).line("holdout FLC"))
    report.add(score_tc(predict_tc(m, corpus, gold_flc), gold_flc).line("holdout TC"))
    if mix is not None:
        mixed = load_model(work, si_tagger=True)
        mixed_pred = predict_si(mixed, corpus, hold, mixed.threshold)
        report.add(score_si(mixed_pred, corpus.rows(corpus.si, hs)).line("holdout SI (tagger mix)"))
        report.add(score_flc(predict_tc(mixed, corpus, mixed_pred), gold_flc).line("holdout FLC (tagger mix)"))
    for line in report.lines:
        echo(line)
    meta["holdout"] = report.lines

    # 3. ship: refit on every article
    if refit:
        mix = mix if si_tagger else _kept_tagger(Path(out_dir), echo)
        fit_all(corpus.ids, Path(out_dir), best_thr, best_peak, best_gate)
        echo(f"wrote {out_dir}")
    return report


__all__ = ["train", "load_corpus", "split_of", "token_tags", "TECHNIQUE_LABELS"]
