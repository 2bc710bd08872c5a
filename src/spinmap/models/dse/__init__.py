"""The shipped DSE direction model: who is negative/positive toward whom between two entities.

Features come from the spaCy parse (dependency path between the entities, their roles) and
masked n-grams; a hashed linear classifier (weights in ``weights.npz``) scores labels 0-4, mixed
with a fine-tuned MiniLM classifier (``encoder.py``, ONNX int8) when DSE lines are scored.
The same features serve DSE lines (``parse_line``) and spans of an article's Doc, so
``extract_blames`` can ask for direction without re-parsing (it uses the sparse part only).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np
from spacy.tokens import Doc, Span, Token

from ...errors import SpinmapError
from ...ingest.decode import decode_data_file
from ...nlp.pipeline import parse_each

HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "weights.npz"
N_FEATURES = 2**19
LABELS = (0, 1, 2, 3, 4)
# 0 none, 1 e1 positive toward e2, 2 e2 positive toward e1, 3 e1 negative toward e2, 4 e2 negative toward e1

log = logging.getLogger(__name__)

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
        raw = p.read_bytes()
    except OSError as exc:
        raise SpinmapError("SM501", path=str(p), detail=str(exc), cmd=cmd) from exc
    # UTF-16 with a BOM (PowerShell) or a UTF-8 BOM (Excel) must not turn into garbage or stick to line 1
    text = decode_data_file(raw)
    # "\n" only: splitlines() also breaks at U+2028, \x0c, \x85..., which would misalign every later label
    lines = [l.removesuffix("\r") for l in text.split("\n")]
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


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


@dataclass
class DirectionModel:
    """Hashed linear classifier over :func:`features` (``coef`` is (5, N_FEATURES)); when the fine-tuned
    classifier's probabilities are given: p = w·p_sparse + (1-w)·p_finetuned, then log-offsets."""

    coef: np.ndarray
    intercept: np.ndarray
    w_sparse: float = 1.0
    offsets: Optional[np.ndarray] = None

    @property
    def uses_finetuned(self) -> bool:
        return self.w_sparse < 1.0

    @cached_property
    def _weights(self) -> np.ndarray:
        """``coef.T`` as one C-ordered float64 array, made once: scipy copies a transposed (and upcasts a
        float32) dense operand of ``X @ W`` on every call, ~20 MB here; the numbers it multiplies are the same."""
        return np.ascontiguousarray(self.coef.T, dtype=np.float64)

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> "DirectionModel":
        try:
            with np.load(path) as z:
                if "coef_q" in z:
                    coef = z["coef_q"].astype(np.float32) * z["coef_scale"].astype(np.float32)
                else:
                    coef = z["coef"].astype(np.float32)
                model = cls(coef=coef, intercept=z["intercept"].astype(np.float32))
                if "w_sparse" in z:
                    model.w_sparse = float(z["w_sparse"])
                    model.offsets = z["offsets"].astype(np.float32)
                return model
        except (OSError, KeyError, ValueError) as exc:
            raise SpinmapError("SM103", path=str(path), what="dse") from exc

    def save(self, path: Path = WEIGHTS) -> None:
        scale = np.abs(self.coef).max(axis=1, keepdims=True) / 127.0
        scale[scale == 0] = 1.0
        offsets = self.offsets if self.offsets is not None else np.zeros(len(LABELS))
        np.savez_compressed(path, coef_q=np.round(self.coef / scale).astype(np.int8), coef_scale=scale.astype(np.float32),
                            intercept=self.intercept.astype(np.float32), w_sparse=np.float32(self.w_sparse),
                            offsets=np.asarray(offsets, np.float32))

    def scores(self, feature_lists: Sequence[list[str]], finetuned: Optional[np.ndarray] = None) -> np.ndarray:
        """Probabilities, shape (n, 5); mixed with the fine-tuned classifier only when its ``finetuned``
        probabilities (n, 5) are given."""
        if not feature_lists:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        X = _hash_matrix(feature_lists)
        p = _softmax(np.asarray(X @ self._weights) + self.intercept)
        if finetuned is None or not self.uses_finetuned:
            return p
        p = self.w_sparse * p + (1.0 - self.w_sparse) * finetuned
        if self.offsets is not None:
            p = _softmax(np.log(np.maximum(p, 1e-12)) + self.offsets)
        return p

    def predict(self, feature_lists: Sequence[list[str]], finetuned: Optional[np.ndarray] = None) -> list[int]:
        return [int(LABELS[k]) for k in self.scores(feature_lists, finetuned).argmax(axis=1)]


def item_finetuned(items: Sequence[DseItem]) -> np.ndarray:
    """The fine-tuned MiniLM classifier's probabilities for DSE items (shipped ONNX, loaded once per process)."""
    from .encoder import load_classifier

    return load_classifier().proba([it.text for it in items], [it.e1 for it in items], [it.e2 for it in items])


@lru_cache(maxsize=1)
def load_model() -> DirectionModel:
    """The shipped model, loaded once per process (with its feature hasher)."""
    _hasher()
    return DirectionModel.load()


def parse_items(items: Iterable[DseItem], nlp, batch_size: int = 256) -> list[Doc]:
    """Parse the items' sentences with spaCy (in batches); a line the parser raises on keeps its
    tokens without a parse (logged), so every later line keeps its label."""
    texts = [it.text for it in items]
    docs = []
    for text, doc in zip(texts, parse_each(nlp, texts, batch_size)):
        if isinstance(doc, Exception):
            log.warning("spaCy could not parse a DSE line (%s: %s); scored from its tokens only", type(doc).__name__, doc)
            doc = nlp.make_doc(text)
        docs.append(doc)
    return docs


def item_features(items: Sequence[DseItem], docs: Sequence[Doc]) -> list[list[str]]:
    return [features(d, it.e1, it.e2) for it, d in zip(items, docs)]


def has_entities(item: DseItem) -> bool:
    """Both entity spans are non-empty (a line without two [..] pairs has none)."""
    return item.e1[1] > item.e1[0] and item.e2[1] > item.e2[0]


def predict_items(items: Sequence[DseItem], nlp, model: Optional[DirectionModel] = None) -> list[int]:
    """Labels 0-4 for DSE items, in order; an item without two entities gets 0."""
    if not items:
        return []
    model = model or load_model()
    docs = parse_items(items, nlp)
    finetuned = item_finetuned(items) if model.uses_finetuned else None
    labels = model.predict(item_features(items, docs), finetuned)
    return [lab if has_entities(it) else 0 for it, lab in zip(items, labels)]
