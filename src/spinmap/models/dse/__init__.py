"""The shipped DSE direction model: who is negative/positive toward whom between two entities.

Features come from the spaCy parse (dependency path between the entities, their roles) and
masked n-grams; a hashed linear classifier (weights in ``weights.npz``) scores labels 0-4, mixed
with an MLP over frozen MiniLM entity embeddings (``encoder.py``, ONNX int8) when DSE lines are scored.
The same features serve DSE lines (``parse_line``) and spans of an article's Doc, so
``extract_blames`` can ask for direction without re-parsing.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np
from spacy.tokens import Doc, Span, Token

from ...errors import SpinmapError

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "weights.npz"
N_FEATURES = 2**19
LABELS = (0, 1, 2, 3, 4)
# 0 none, 1 e1 positive toward e2, 2 e2 positive toward e1, 3 e1 negative toward e2, 4 e2 negative toward e1

_SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_OBJ = {"dobj", "obj", "iobj", "attr", "oprd", "dative"}


@dataclass(frozen=True)
class DseItem:
    """One DSE line: the sentence without the entity brackets and the entities' char spans."""

    text: str
    e1: tuple[int, int]
    e2: tuple[int, int]
    label: Optional[int] = None


def _unquote(field: str) -> str:
    """Undo CSV-style quoting that some lines carry ("...""..."), keep the rest verbatim."""
    if len(field) >= 2 and field.startswith('"') and field.endswith('"'):
        return field[1:-1].replace('""', '"')
    return field


def parse_line(line: str) -> DseItem:
    """Parse ``sentence<TAB>e1<TAB>e2[<TAB>label]``; entities are the first two [...] pairs.

    Never raises: a line without two bracket pairs gets empty entity spans (predicted 0).
    """
    parts = line.rstrip("\r\n").split("\t")
    label = None
    if len(parts) >= 4 and parts[-1].strip() in {"0", "1", "2", "3", "4"}:
        label = int(parts[-1].strip())
    raw = _unquote(parts[0])
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    i = 0
    pos = 0
    while i < len(raw) and len(spans) < 2:
        a = raw.find("[", i)
        if a < 0:
            break
        b = raw.find("]", a + 1)
        if b < 0:
            break
        out.append(raw[i:a])
        pos += a - i
        inner = raw[a + 1 : b]
        out.append(inner)
        spans.append((pos, pos + len(inner)))
        pos += len(inner)
        i = b + 1
    out.append(raw[i:])
    text = "".join(out)
    while len(spans) < 2:
        spans.append((0, 0))
    return DseItem(text=text, e1=spans[0], e2=spans[1], label=label)


def read_dse(path: str | Path, cmd: str = "eval dse", allow_empty: bool = False) -> list[DseItem]:
    """Read a DSE file; SM501 when it is missing (or empty, unless ``allow_empty``)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise SpinmapError("SM501", path=str(p), detail=str(exc), cmd=cmd) from exc
    while lines and not lines[-1].strip():
        lines.pop()
    # a blank line inside the file still gets a label (0), so output stays aligned with input lines
    items = [parse_line(l) for l in lines]
    if not items and not allow_empty:
        raise SpinmapError("SM501", path=str(p), detail="no lines", cmd=cmd)
    return items


def _ent(doc_or_span, start: int, end: int) -> Optional[Span]:
    doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def _head(span: Span) -> Token:
    """The entity's syntactic head: the token whose head lies outside the span."""
    for t in span:
        if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i:
            return t
    return span[0]


def _role(t: Token) -> str:
    """Coarse grammatical role of an entity head, climbing compound/poss chains."""
    dep = t.dep_
    if dep in _SUBJ:
        return "S" if dep != "nsubjpass" else "SP"
    if dep in _OBJ:
        return "O"
    if dep == "pobj":
        prep = t.head.lower_
        if prep == "by" and t.head.dep_ == "agent":
            return "AG"
        return "P:" + prep
    if dep == "poss":
        return "POSS"
    if dep in ("compound", "amod", "nmod"):
        return "MOD"
    if dep == "appos":
        return "APPOS"
    if dep == "conj":
        return "CONJ"
    return "X:" + dep


def _ancestors(t: Token) -> list[Token]:
    chain = [t]
    while chain[-1].head.i != chain[-1].i and len(chain) < 50:
        chain.append(chain[-1].head)
    return chain


def _norm(t: Token) -> str:
    if t.like_num:
        return "<num>"
    return t.lemma_.lower()


def features(doc_or_span: Doc | Span, e1: tuple[int, int], e2: tuple[int, int]) -> list[str]:
    """String features for the (e1, e2) pair in a parsed sentence (or a sentence of an article)."""
    s1, s2 = _ent(doc_or_span, *e1), _ent(doc_or_span, *e2)
    if s1 is None or s2 is None:
        return ["<noent>"]
    sent: Span = s1.sent if isinstance(doc_or_span, Doc) else doc_or_span
    lo, hi = sent.start, sent.end
    feats: list[str] = []
    # masked token sequence with regions
    seq: list[str] = []
    first, second = (s1, s2) if s1.start <= s2.start else (s2, s1)
    for t in sent:
        if s1.start <= t.i < s1.end:
            if t.i == s1.start:
                seq.append("E1")
            continue
        if s2.start <= t.i < s2.end:
            if t.i == s2.start:
                seq.append("E2")
            continue
        if t.is_punct and t.text not in {'"', "“", "”", "?", "!"}:
            continue
        region = "P" if t.i < first.start else ("B" if t.i < second.start else "A")
        w = _norm(t)
        seq.append(w)
        feats.append(f"{region}:{w}")
    feats.extend(f"w:{w}" for w in seq)
    feats.extend(f"bg:{a}_{b}" for a, b in zip(seq, seq[1:]))
    feats.extend(f"tg:{a}_{b}_{c}" for a, b, c in zip(seq, seq[1:], seq[2:]) if "E1" in (a, b, c) or "E2" in (a, b, c))
    between = max(0, second.start - first.end)
    feats.append(f"dist:{min(between // 3, 8)}")
    feats.append("order:12" if s1.start <= s2.start else "order:21")
    # syntax
    h1, h2 = _head(s1), _head(s2)
    r1, r2 = _role(h1), _role(h2)
    feats += [f"r1:{r1}", f"r2:{r2}", f"rr:{r1}|{r2}"]
    a1, a2 = _ancestors(h1), _ancestors(h2)
    ids2 = {t.i: k for k, t in enumerate(a2)}
    lca_k1 = next((k for k, t in enumerate(a1) if t.i in ids2), None)
    if lca_k1 is not None:
        lca = a1[lca_k1]
        lca_k2 = ids2[lca.i]
        up = [f"{t.dep_}" for t in a1[:lca_k1]]
        down = [f"{t.dep_}" for t in a2[:lca_k2]]
        path = "^".join(up) + "|" + "^".join(down)
        lem = _norm(lca)
        feats += [
            f"path:{path}",
            f"lca:{lem}",
            f"lcapath:{lem}|{path}" if len(up) + len(down) <= 6 else f"lcapath:{lem}|long",
            f"lcarr:{lem}|{r1}|{r2}",
            f"pathlen:{min(len(up) + len(down), 8)}",
        ]
        for t in a1[1:lca_k1] + a2[1:lca_k2]:
            feats.append(f"onpath:{_norm(t)}")
        # neg/hedge modifiers of the governing predicate
        for c in lca.children:
            if c.dep_ == "neg":
                feats.append(f"neg:{lem}")
    else:
        feats.append("path:none")
    # lexical items crossed with the two roles: lets "X accused Y" differ from "Y accused X"
    for t in sent:
        if t.pos_ in ("VERB", "NOUN", "ADJ") and not t.is_stop and not (s1.start <= t.i < s1.end or s2.start <= t.i < s2.end):
            feats.append(f"x:{_norm(t)}|{r1}|{r2}")
    return feats


@lru_cache(maxsize=1)
def _hasher():
    """The feature hasher, built once per process (importing scikit-learn is the slow part)."""
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False)


def _hash_matrix(feature_lists: Sequence[list[str]]):
    return _hasher().transform(feature_lists)


@dataclass
class DenseHead:
    """Bagged one-hidden-layer MLPs over standardised MiniLM features (see ``encoder.py``).

    ``w1`` is int8 with a per-(bag, unit) scale to keep the artefact small; the rest is float32.
    """

    mu: np.ndarray
    sd: np.ndarray
    w1: np.ndarray  # (bags, in, hidden) int8
    w1_scale: np.ndarray  # (bags, 1, hidden)
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def proba(self, dense: np.ndarray) -> np.ndarray:
        z = (dense - self.mu) / self.sd
        out = np.zeros((len(dense), self.w2.shape[2]), dtype=np.float32)
        for k in range(self.w1.shape[0]):
            h = np.maximum(z @ (self.w1[k].astype(np.float32) * self.w1_scale[k]) + self.b1[k], 0.0)
            out += _softmax(h @ self.w2[k] + self.b2[k])
        return out / self.w1.shape[0]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


@dataclass
class DirectionModel:
    """Hashed linear classifier over :func:`features` (``coef`` is (5, N_FEATURES)), optionally mixed
    with a :class:`DenseHead` over MiniLM features: p = w·p_sparse + (1-w)·p_dense, then log-offsets."""

    coef: np.ndarray
    intercept: np.ndarray
    head: Optional[DenseHead] = None
    w_sparse: float = 1.0
    offsets: Optional[np.ndarray] = None

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> "DirectionModel":
        try:
            with np.load(path) as z:
                if "coef_q" in z:
                    coef = z["coef_q"].astype(np.float32) * z["coef_scale"].astype(np.float32)
                else:
                    coef = z["coef"].astype(np.float32)
                model = cls(coef=coef, intercept=z["intercept"].astype(np.float32))
                if "head_w1" in z:
                    model.head = DenseHead(*(z["head_" + k].astype(np.float32) if k != "w1" else z["head_w1"]
                                             for k in ("mu", "sd", "w1", "w1_scale", "b1", "w2", "b2")))
                    model.w_sparse = float(z["w_sparse"])
                    model.offsets = z["offsets"].astype(np.float32)
                return model
        except (OSError, KeyError, ValueError) as exc:
            raise SpinmapError("SM103", path=str(path), what="dse") from exc

    def save(self, path: Path = WEIGHTS) -> None:
        scale = np.abs(self.coef).max(axis=1, keepdims=True) / 127.0
        scale[scale == 0] = 1.0
        arrays = dict(coef_q=np.round(self.coef / scale).astype(np.int8), coef_scale=scale.astype(np.float32),
                      intercept=self.intercept.astype(np.float32))
        if self.head is not None:
            h = self.head
            arrays.update({"head_" + k: getattr(h, k) for k in ("mu", "sd", "w1", "w1_scale", "b1", "w2", "b2")})
            arrays.update(w_sparse=np.float32(self.w_sparse),
                          offsets=np.asarray(self.offsets if self.offsets is not None else np.zeros(len(LABELS)), np.float32))
        np.savez_compressed(path, **arrays)

    def scores(self, feature_lists: Sequence[list[str]], dense: Optional[np.ndarray] = None) -> np.ndarray:
        """Probabilities, shape (n, 5); the dense head is used only when ``dense`` features are given."""
        if not feature_lists:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        X = _hash_matrix(feature_lists)
        p = _softmax(np.asarray(X @ self.coef.T) + self.intercept)
        if self.head is None or dense is None:
            return p
        p = self.w_sparse * p + (1.0 - self.w_sparse) * self.head.proba(dense)
        if self.offsets is not None:
            p = _softmax(np.log(np.maximum(p, 1e-12)) + self.offsets)
        return p

    def predict(self, feature_lists: Sequence[list[str]], dense: Optional[np.ndarray] = None) -> list[int]:
        return [int(LABELS[k]) for k in self.scores(feature_lists, dense).argmax(axis=1)]


def item_dense(items: Sequence[DseItem]) -> np.ndarray:
    """MiniLM features for DSE items (shipped ONNX encoder, loaded once per process)."""
    from .encoder import load_encoder

    return load_encoder().features([it.text for it in items], [it.e1 for it in items], [it.e2 for it in items])


@lru_cache(maxsize=1)
def load_model() -> DirectionModel:
    """The shipped model, loaded once per process (with its feature hasher)."""
    _hasher()
    return DirectionModel.load()


def parse_items(items: Iterable[DseItem], nlp, batch_size: int = 256) -> list[Doc]:
    """Parse the items' sentences with spaCy (in batches)."""
    return list(nlp.pipe((it.text for it in items), batch_size=batch_size))


def item_features(items: Sequence[DseItem], docs: Sequence[Doc]) -> list[list[str]]:
    return [features(d, it.e1, it.e2) for it, d in zip(items, docs)]


def predict_items(items: Sequence[DseItem], nlp, model: Optional[DirectionModel] = None) -> list[int]:
    """Labels 0-4 for DSE items, in order."""
    if not items:
        return []
    model = model or load_model()
    docs = parse_items(items, nlp)
    dense = item_dense(items) if model.head is not None else None
    return model.predict(item_features(items, docs), dense)

