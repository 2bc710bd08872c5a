"""Measure whether the parse's own tok2vec vectors (``nlp/vectors.token_vectors``) help the DSE direction model.

Session 4, round 6; nothing here ships. Three ways of giving the vectors to the model, each scored on the fixed
90/10 split of train that ``train/dse.py`` selects on (valid is never read), mixed with the shipped int8 fine-tune,
which was trained on that split's 90 % (``models/dse/MODEL_CARD.md``):
``dense`` (z-scored slot vectors appended to the hashed features), ``clusters`` (k-means ids of the slot tokens as
string features), ``product`` (the LCA's vector in a block per role pair, the dense form of the
``lcarr`` feature) and ``mlp`` (a separate MLP over the slot vectors as a third mix component).
Run: ``python -m spinmap.train.dse_vectors TRAIN --cache-dir DIR [--variant ...]``.
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
import scipy.sparse as sp
from spacy.tokens import Doc

from ..eval.dse import score
from ..models.dse import _ancestors, _ent, _hash_matrix, _head, _role, item_features, read_dse
from ..models.dse.encoder import ONNX, Classifier
from ..nlp.vectors import TOKVEC_DIM, token_vectors
from .dse import SEED, W_SPARSE, OFFSETS_3, OFFSETS_4, cached_docs, select_mix

ROLES = ("S", "SP", "O", "AG", "POSS", "MOD", "APPOS", "CONJ")  # then "P:*" and anything else
DENSE_SCALES = (0.03, 0.1, 0.3)
CLUSTER_KS = (64, 256)
PRODUCT_SCALES = (0.1, 0.3)
PRODUCT_PAIRS = 8  # the most frequent role pairs get a block each, the rest share one
MLP_SEEDS = (13, 14, 15)
W_THIRD = (0.0, 0.1, 0.2, 0.3)


@dataclass(frozen=True)
class Anchors:
    """Token indices the vectors are read at: both entity heads, their lowest common ancestor (-1 when the
    entities sit in different parse trees), the tokens between the entities, the tokens on the path, and whether
    entity 1 starts first."""

    h1: int
    h2: int
    lca: int
    between: tuple[int, ...]
    path: tuple[int, ...]
    e1_first: bool


def anchors(doc: Doc, e1: tuple[int, int], e2: tuple[int, int]) -> Optional[Anchors]:
    """The :class:`Anchors` of the (e1, e2) char spans in ``doc``; None when an entity is empty."""
    s1, s2 = _ent(doc, *e1), _ent(doc, *e2)
    if s1 is None or s2 is None:
        return None
    a1, a2 = _ancestors(_head(s1)), _ancestors(_head(s2))
    i1, i2 = {t.i for t in a1}, {t.i for t in a2}
    lca = next((t.i for t in a1 if t.i in i2), -1)
    path = () if lca < 0 else tuple([t.i for t in a1[1:] if t.i != lca and t.i not in i2]
                                    + [t.i for t in a2[1:] if t.i != lca and t.i not in i1])
    first, second = (s1, s2) if s1.start <= s2.start else (s2, s1)
    return Anchors(a1[0].i, a2[0].i, lca, tuple(range(first.end, second.start)), path, s1.start <= s2.start)


def slot_vectors(vecs: np.ndarray, a: Optional[Anchors]) -> np.ndarray:
    """``4 * TOKVEC_DIM`` floats: the vectors of head 1, head 2, the LCA, and the mean between (zeros when absent)."""
    zero = np.zeros(TOKVEC_DIM, np.float32)
    if a is None:
        return np.zeros(4 * TOKVEC_DIM, np.float32)
    return np.concatenate([vecs[a.h1], vecs[a.h2], vecs[a.lca] if a.lca >= 0 else zero,
                           vecs[list(a.between)].mean(0) if a.between else zero]).astype(np.float32)


def mlp_inputs(vecs: np.ndarray, a: Optional[Anchors], doc: Doc) -> np.ndarray:
    """Slot vectors plus the path mean, the max over the tokens between, both roles one-hot, order and distance."""
    width = 6 * TOKVEC_DIM + 2 * (len(ROLES) + 2) + 2
    if a is None:
        return np.zeros(width, np.float32)
    zero = np.zeros(TOKVEC_DIM, np.float32)
    parts = [slot_vectors(vecs, a), vecs[list(a.path)].mean(0) if a.path else zero,
             vecs[list(a.between)].max(0) if a.between else zero]
    for h in (a.h1, a.h2):
        role, onehot = _role(doc[h]), np.zeros(len(ROLES) + 2, np.float32)
        onehot[ROLES.index(role) if role in ROLES else len(ROLES) + (0 if role.startswith("P:") else 1)] = 1
        parts.append(onehot)
    parts.append(np.array([a.e1_first, min(len(a.between), 30) / 30], np.float32))
    return np.concatenate(parts).astype(np.float32)


def cluster_features(ids: np.ndarray, a: Optional[Anchors], doc: Doc, tag: str) -> list[str]:
    """String features from each token's cluster id ``ids``: heads, LCA (also crossed with the roles), between, path."""
    if a is None:
        return []
    r1, r2 = _role(doc[a.h1]), _role(doc[a.h2])
    lca = ids[a.lca] if a.lca >= 0 else "none"
    return ([f"{tag}1:{ids[a.h1]}", f"{tag}2:{ids[a.h2]}", f"{tag}lca:{lca}", f"{tag}lcarr:{lca}|{r1}|{r2}"]
            + [f"{tag}b:{ids[j]}" for j in a.between] + [f"{tag}p:{ids[j]}" for j in a.path])


def _fit_proba(X, y, tr, dv, C: float = 0.3) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=2000).fit(X[tr], y[tr]).predict_proba(X[dv])


def _f34(gold, p: np.ndarray) -> float:
    return score(list(gold), [int(k) for k in p.argmax(axis=1)])["f1_34"]


def mix_candidates(p_sparse: np.ndarray, p_ft: np.ndarray, p_third: Optional[np.ndarray] = None):
    """(setting, predicted labels) over the shipped grid (sparse weight, 3/4 offsets) and a third part's weight."""
    out = []
    for w3 in (W_THIRD if p_third is not None else (0.0,)):
        for w in W_SPARSE:
            if w + w3 >= 1:
                continue
            p = w * p_sparse + (1 - w - w3) * p_ft + (w3 * p_third if p_third is not None else 0)
            for o3 in OFFSETS_3:
                for o4 in OFFSETS_4:
                    out.append(((w, w3, o3, o4), (np.log(np.maximum(p, 1e-12)) + [0, 0, 0, o3, o4]).argmax(axis=1)))
    return out


def held_out_halves(gold: Sequence[int], candidates, halvings: int = 30) -> np.ndarray:
    """Choose the mix on one random half of the split, score it on the other (both ways, ``halvings`` times):
    the split figure without the optimism of choosing and scoring on the same lines."""
    g = np.asarray(gold)
    out = []
    for s in range(halvings):
        m = np.zeros(len(g), bool)
        m[np.random.default_rng(s).permutation(len(g))[: len(g) // 2]] = True
        for a, b in ((m, ~m), (~m, m)):
            best = max(candidates, key=lambda c: score(list(g[a]), list(c[1][a]))["f1_34"])
            out.append(score(list(g[b]), list(best[1][b]))["f1_34"])
    return np.array(out)


def measure(train_path: Path, nlp, cache_dir: Optional[Path], variants: Sequence[str],
            log: Callable[[str], None] = print) -> None:
    """Print split f1_34 (sparse alone; best mix with the shipped fine-tune) for the shipped recipe and each variant."""
    items = [it for it in read_dse(train_path) if it.label is not None]
    docs = cached_docs(items, nlp, cache_dir)
    feats = item_features(items, docs)
    y = np.array([it.label for it in items])
    order = np.random.default_rng(SEED).permutation(len(items))
    tr, dv = order[: int(len(items) * 0.9)], order[int(len(items) * 0.9):]
    gold = y[dv]
    p_ft = Classifier(ONNX).proba([items[i].text for i in dv], [items[i].e1 for i in dv], [items[i].e2 for i in dv])
    vecs = [token_vectors(d) for d in docs]
    anc = [anchors(d, it.e1, it.e2) for d, it in zip(docs, items)]
    quiet = lambda _msg: None  # noqa: E731

    def report(name: str, p_sparse: np.ndarray, p_third: Optional[np.ndarray] = None) -> None:
        w, _, f = select_mix(p_sparse, p_ft, list(gold), quiet)
        line = f"{name}: sparse alone {_f34(gold, p_sparse):.4f}, best mix {f:.4f} (w_sparse={w})"
        if p_third is not None:
            cands = mix_candidates(p_sparse, p_ft, p_third)
            best = max(cands, key=lambda c: score(list(gold), list(c[1]))["f1_34"])
            honest = held_out_halves(gold, cands) - held_out_halves(gold, mix_candidates(p_sparse, p_ft))
            line = (f"{name}: alone {_f34(gold, p_third):.4f}, best 3-way mix "
                    f"{score(list(gold), list(best[1]))['f1_34']:.4f} (w_sparse, w_third, o3, o4 = {best[0]}); "
                    f"gain over the 2-way mix with the mix chosen on the other half: {honest.mean():+.4f} "
                    f"(sd {honest.std():.4f}, better in {int((honest > 0).sum())} of {len(honest)})")
        log(line)

    X = _hash_matrix(feats).tocsr()
    p_base = _fit_proba(X, y, tr, dv)
    report("shipped recipe", p_base)
    if "dense" in variants:
        D = np.stack([slot_vectors(v, a) for v, a in zip(vecs, anc)])
        Z = (D - D[tr].mean(0)) / (D[tr].std(0) + 1e-6)
        for scale in DENSE_SCALES:
            report(f"dense slots z*{scale}", _fit_proba(sp.hstack([X, sp.csr_matrix(Z * scale)]).tocsr(), y, tr, dv))
    if "clusters" in variants:
        from sklearn.cluster import MiniBatchKMeans

        for k in CLUSTER_KS:
            km = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=3)
            km.fit(np.concatenate([vecs[i] for i in tr]))
            ids = [km.predict(v) if len(v) else np.zeros(0, int) for v in vecs]
            Xc = _hash_matrix([f + cluster_features(c, a, d, f"k{k}") for f, c, a, d in zip(feats, ids, anc, docs)])
            report(f"k-means {k} ids", _fit_proba(Xc.tocsr(), y, tr, dv))
    if "product" in variants:
        from collections import Counter

        pairs = [(_role(d[a.h1]), _role(d[a.h2])) if a else None for d, a in zip(docs, anc)]
        top = [k for k, _ in Counter(pairs[i] for i in tr if pairs[i]).most_common(PRODUCT_PAIRS)]
        nan = np.full(TOKVEC_DIM, np.nan, np.float32)
        L = np.stack([v[a.lca] if a and a.lca >= 0 else nan for v, a in zip(vecs, anc)])
        L = np.nan_to_num((L - np.nanmean(L[tr], 0)) / (np.nanstd(L[tr], 0) + 1e-6))
        P = np.zeros((len(items), TOKVEC_DIM * (len(top) + 1)), np.float32)
        for i, pair in enumerate(pairs):
            b = top.index(pair) if pair in top else len(top)
            P[i, TOKVEC_DIM * b: TOKVEC_DIM * (b + 1)] = L[i]
        for scale in PRODUCT_SCALES:
            Xp = sp.hstack([X, sp.csr_matrix(P * scale)]).tocsr()
            report(f"LCA vector x role pair z*{scale}", _fit_proba(Xp, y, tr, dv))
    if "mlp" in variants:
        from sklearn.neural_network import MLPClassifier

        M = np.stack([mlp_inputs(v, a, d) for v, a, d in zip(vecs, anc, docs)])
        M = (M - M[tr].mean(0)) / (M[tr].std(0) + 1e-6)
        p_mlp = np.mean([MLPClassifier(hidden_layer_sizes=(128,), alpha=1e-2, early_stopping=True, random_state=s,
                                       max_iter=200).fit(M[tr], y[tr]).predict_proba(M[dv]) for s in MLP_SEEDS], axis=0)
        report(f"MLP(128) over slot vectors, {len(MLP_SEEDS)} seeds averaged", p_base, p_mlp)


def main(argv: Optional[Sequence[str]] = None) -> None:
    from ..nlp.pipeline import load_pipeline

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train")
    ap.add_argument("--cache-dir", type=Path, default=None, help="DocBin cache of the parses (as `spinmap train dse`)")
    ap.add_argument("--variant", action="append", choices=("dense", "clusters", "product", "mlp"))
    args = ap.parse_args(argv)
    measure(Path(args.train), load_pipeline(), args.cache_dir, args.variant or ("dense", "clusters", "product", "mlp"))


if __name__ == "__main__":
    main()
