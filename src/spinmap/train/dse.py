"""Train the DSE direction model: hashed parse+n-gram features, multinomial logistic regression,
mixed with a fine-tuned MiniLM classifier (``train/dse_finetune.py``, exported to int8 ONNX).

C, the mixing weight and the label-3/4 log-offsets are chosen on a fixed 90/10 split of the train
file (seed 13) by micro-F1 on labels 3+4; the sparse model is refit on the whole train file, the
fine-tuned classifier is the one trained on the split's 90%. The valid file is only scored, never fit.
"""
from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
from spacy.tokens import DocBin

from ..eval.dse import score
from ..models.dse import (LABELS, WEIGHTS, DirectionModel, DseItem, _hash_matrix, item_features, parse_items,
                          read_dse)
from ..models.dse.encoder import ONNX, Classifier

DEFAULT_CS = (0.1, 0.3, 1.0, 3.0)
SEED = 13
W_SPARSE = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
OFFSETS_3 = (0.0, 0.2, 0.4, 0.6)
OFFSETS_4 = (0.0, 0.3, 0.6)


def select_mix(p_sparse: np.ndarray, p_ft: np.ndarray, gold: Sequence[int], log) -> tuple[float, np.ndarray, float]:
    """Grid over the sparse weight and label-3/4 log-offsets; best micro-F1 on 3+4 (first wins ties)."""
    best = None
    for w in W_SPARSE:
        lp = np.log(np.maximum(w * p_sparse + (1 - w) * p_ft, 1e-12))
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
    finetune_epochs: int = 0,
    stop_after: Optional[int] = None,
    lr: float = 5e-5,
    onnx_out: Path = ONNX,
    checkpoint: Optional[Path] = None,
    mirror: bool = False,
    refit_checkpoint: Optional[Path] = None,
) -> dict:
    """Select C on a split of train, refit on all of train; optionally fine-tune MiniLM on the split's 90%
    (``finetune_epochs`` of schedule, stopping after ``stop_after``, with swapped-entity copies if ``mirror``;
    or take that run's saved ``checkpoint``),
    export it and pick the mix; save, and score valid if given. With ``refit_checkpoint`` (the same recipe
    fine-tuned on all of train) the mix is still picked with the split model, which has not seen the split,
    and the refit is what ships."""
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
    if finetune_epochs or checkpoint is not None:
        from .dse_finetune import encode_items, export_onnx, finetune, load_checkpoint, predict_proba, training_set

        encs = encode_items(items)
        gold = [labels[i] for i in dv]
        if checkpoint is not None:
            ft = load_checkpoint(checkpoint)
        else:
            ft = finetune(*training_set(items, encs, labels, tr, mirror), finetune_epochs, lr, log=log,
                          stop_after=stop_after)
        p32 = predict_proba(ft, [encs[i] for i in dv])
        export_onnx(ft, onnx_out)
        p8 = Classifier(onnx_out).proba([items[i].text for i in dv], [items[i].e1 for i in dv], [items[i].e2 for i in dv])
        for name, p in (("fp32", p32), ("int8", p8)):
            res = score(gold, [int(k) for k in p.argmax(axis=1)])
            log(f"  fine-tuned {name} alone: split f1_34={res['f1_34']:.4f} macro_f1={res['macro_f1']:.4f}")
        log(f"  int8/fp32 argmax agreement on the split: {(p8.argmax(1) == p32.argmax(1)).mean():.4f}")
        w, off, f = select_mix(split_model.scores([feats[i] for i in dv]), p8, gold, log)
        summary.update(split_f1_34=f, w_sparse=w, offsets=off.tolist())
        model.w_sparse, model.offsets = w, off
        if refit_checkpoint is not None:
            export_onnx(load_checkpoint(refit_checkpoint), onnx_out)
            log(f"  shipped the refit on all of train: {refit_checkpoint}")
    model.save(out)
    log(f"selected C={C} class_weight={cw}; saved {out}")
    if valid_path is not None:
        vitems = [it for it in read_dse(valid_path) if it.label is not None]
        vdocs = cached_docs(vitems, nlp, cache_dir)
        reloaded = DirectionModel.load(out)
        vft = None
        if reloaded.uses_finetuned:
            vft = Classifier(onnx_out).proba([it.text for it in vitems], [it.e1 for it in vitems], [it.e2 for it in vitems])
        summary["valid"] = score([it.label for it in vitems], reloaded.predict(item_features(vitems, vdocs), vft))
    summary["seconds"] = time.time() - t0
    return summary
