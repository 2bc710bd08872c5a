"""Persuasion-technique spans with the 14 PTC labels, from a parsed Doc, on CPU.

Shipped models (``models/techniques/``, trained on PTC by ``spinmap train techniques``):
a CRF token tagger finds the spans (task SI), then a multinomial logistic regression over
sparse span features plus a frozen MiniLM (ONNX int8) embedding of the span in a short
window names the technique (task TC). The CRF only reads spaCy attributes and lexicons;
the encoder runs only over found spans that a cheaper classifier (sparse features plus the
parse's own tok2vec vectors) is unsure of, so both add little to the parse time. An
optional sentence-level prior for the CRF (``--sentence-prior``) is supported but off, and so is
a fine-tuned MiniLM word-piece tagger mixed into the SI scores (setting ``techniques_si_tagger``:
better SI, but it encodes every token: about 5x the stage time, ~1.1x the parse, in ``make bench``).
"""
from __future__ import annotations

import json
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from ..errors import SpinmapError
from ..nlp.vectors import TOKVEC_DIM, token_vectors
from ..records import TECHNIQUE_LABELS, TechniqueSpan

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "techniques"
LEXICON = Path(__file__).resolve().parent / "lexicons" / "technique_vader.tsv"
CRF_FILE, TC_FILE, SENT_FILE, META_FILE = "si_crf.bin", "tc_logreg.npz", "sent_logreg.npz", "meta.json"
TC_SPARSE_FILE = "tc_sparse.npz"  # the span classifier without the encoder, for confident spans
ENCODER_FILE, VOCAB_FILE = "minilm_int8.onnx", "vocab.txt"
TAGGER_FILE = "si_tagger_int8.onnx"  # optional fine-tuned MiniLM word-piece tagger for SI (off by default)
TAGGER_WIDTH = 254  # word pieces per tagger window, before [CLS] and [SEP]
ENC_DIM = 384
TAG_IN, TAG_OUT = "I", "O"
_QUOTES = frozenset('"“”«»„')


@lru_cache(maxsize=1)
def vader() -> dict[str, float]:
    """word -> VADER valence, read once from the lexicon data file."""
    out = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, val = line.partition("\t")
            out[word] = float(val)
    return out


def _valence_bucket(word: str) -> Optional[str]:
    v = vader().get(word)
    if v is None:
        return None
    if v <= -2.0:
        return "neg2"
    if v < 0:
        return "neg1"
    return "pos2" if v >= 2.0 else "pos1"


def _bucket(n: int, edges: Sequence[int]) -> str:
    """Smallest edge >= n as a label (``'>last'`` beyond), so counts become a few binary features."""
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _quote_state(doc: Doc | Sequence) -> list[bool]:
    """Per token: is it inside a quotation (toggling on straight or curly double quotes)."""
    inside, out = False, []
    for tok in doc:
        if tok.text in _QUOTES or tok.text == "''" or tok.text == "``":
            out.append(True)
            inside = not inside
        else:
            out.append(inside)
    return out


@lru_cache(maxsize=1 << 16)
def hashed(name: str) -> str:
    """Feature names are stored as crc32 hashes, so shipped models hold no corpus words (memoised)."""
    return format(zlib.crc32(name.encode("utf-8")), "x")


def token_features(doc: Doc, sent_probs: Optional[Sequence[np.ndarray]] = None) -> list[list[str]]:
    """Hashed binary CRF features per token: :func:`raw_token_features`' names, hashed, in the same order
    (crfsuite sums a token's weights in that order). Built in hashed form directly: each block of names that
    depends on a few word attributes alone (own word and tags, head, shape, a neighbour) is hashed once per
    distinct combination, where building and looking up ~35 names a token cost about as much as the CRF itself."""
    return _token_features(doc, sent_probs, hash_names=True)


def raw_token_features(doc: Doc, sent_probs: Optional[Sequence[np.ndarray]] = None) -> list[list[str]]:
    """Binary CRF features per token: word, shape, parse, VADER valence, repetition, context.

    ``sent_probs`` (one SENT_CLASSES distribution per sentence, from the sentence model)
    adds the sentence's propaganda prior to each of its tokens.
    """
    return _token_features(doc, sent_probs, hash_names=False)


def _word_block(w: str, lemma: str, pos: str, tag: str, dep: str) -> tuple[str, ...]:
    return ("bias", "w=" + w, "l=" + lemma, "p=" + pos, "t=" + tag, "d=" + dep)


def _head_block(head_pos: str, dep: str, head_lemma: str) -> tuple[str, ...]:
    return ("hp=" + head_pos + "|" + dep, "hl=" + head_lemma)


def _shape_block(shape: str, w: str, ent: str) -> tuple[str, ...]:
    return ("sh=" + shape, "s3=" + w[-3:], "p3=" + w[:3], "e=" + (ent or "-"))


def _neighbour_block(off: int, w: str, pos: str, val: Optional[str]) -> tuple[str, ...]:
    return (f"{off}w={w}", f"{off}p={pos}") + ((f"{off}v={val}",) if val else ())


def _hashed_block(build):
    """``build`` returning hashed names, memoised on its arguments (a few word attributes; bounded)."""
    @lru_cache(maxsize=1 << 15)
    def block(*key) -> tuple[str, ...]:
        return tuple(map(hashed, build(*key)))

    return block


_BLOCKS = (_word_block, _head_block, _shape_block, _neighbour_block)
_HASHED_BLOCKS = tuple(map(_hashed_block, _BLOCKS))


def _as_is(name: str) -> str:
    return name


def _token_features(doc: Doc, sent_probs: Optional[Sequence[np.ndarray]], hash_names: bool) -> list[list[str]]:
    """The CRF features per token, as names or (``hash_names``) as their hashes."""
    name = hashed if hash_names else _as_is
    word_block, head_block, shape_block, neighbour_block = _HASHED_BLOCKS if hash_names else _BLOCKS
    n = len(doc)
    toks = list(doc)  # one Token object per position, reused below (creating them dominates the cost)
    lowers = [t.lower_ for t in toks]
    lemmas = [t.lemma_.lower() for t in toks]
    pos = [t.pos_ for t in toks]
    val = [_valence_bucket(w) for w in lowers]
    counts: dict[str, int] = {}
    for t, lem in zip(toks, lemmas):
        if t.is_alpha and not t.is_stop:
            counts[lem] = counts.get(lem, 0) + 1
    quoted = _quote_state(toks)
    heads = doc.to_array("HEAD").astype(np.int64) if n else []  # head offsets relative to each token
    sent_info: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # token -> (its sentence's names, as given)
    for k, sent in enumerate(doc.sents):
        txt = sent.text
        info = (
            "s!" if "!" in txt else "s.",
            "s?" if "?" in txt else "s-",
            "slen=" + _bucket(len(sent), (5, 10, 20, 35, 60)),
        )
        if sent_probs is not None and k < len(sent_probs):
            p = sent_probs[k]
            info += ("sany=" + str(int((1.0 - p[0]) * 10)), "smost=" + str(int(p[2] * 10)))
        both = (info, tuple(map(name, info)))
        for i in range(sent.start, sent.end):
            sent_info[i] = both
    feats: list[list[str]] = []
    for i, t in enumerate(toks):
        if t.is_space:
            feats.append([name("bias"), name("SPACE")])
            continue
        w = lowers[i]
        h = i + int(heads[i])
        dep = t.dep_
        f = [*word_block(w, lemmas[i], pos[i], t.tag_, dep), *head_block(pos[h], dep, lemmas[h]),
             *shape_block(t.shape_[:4], w, t.ent_type_)]
        if t.is_title:
            f.append(name("title"))
        if t.is_upper and len(t) > 1:
            f.append(name("upper"))
        if t.is_sent_start:
            f.append(name("sstart"))
        if t.is_sent_end:
            f.append(name("send"))
        if quoted[i]:
            f.append(name("quoted"))
        if val[i]:
            f.append(name("v=" + val[i]))
        c = counts.get(lemmas[i])
        if c:
            f.append(name("rep=" + _bucket(c, (1, 2, 3, 5))))
        info, info_names = sent_info.get(i, ((), ()))
        f.extend(info_names)
        if len(info) > 3:
            f.append(name(info[3] + "|" + pos[i]))
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.extend(neighbour_block(off, lowers[j], pos[j], val[j]))
            else:
                f.append(name(f"{off}w=<edge>"))
        if i > 0:
            f.append(name("bg-=" + lowers[i - 1] + "|" + w))
        if i + 1 < n:
            f.append(name("bg+=" + w + "|" + lowers[i + 1]))
        feats.append(f)
    return feats


SENT_CLASSES = ("none", "some", "most")


def sentence_features(doc: Doc) -> list[dict[str, float]]:
    """Hashed features per sentence (see :func:`raw_sentence_features`)."""
    return [{hashed(k): v for k, v in fs.items()} for fs in raw_sentence_features(doc)]


def raw_sentence_features(doc: Doc) -> list[dict[str, float]]:
    """Bag of words, bigrams, valence and shape of each sentence, for the sentence prior."""
    sents = list(doc.sents)
    out = []
    for k, sent in enumerate(sents):
        toks = [t for t in sent if not t.is_space]
        f: dict[str, float] = {"bias": 1.0, "pos=" + _bucket(k, (0, 1, 3, 8, 20)): 1.0,
                               "len=" + _bucket(len(toks), (3, 6, 10, 15, 25, 40)): 1.0}
        neg = pos = 0
        for j, t in enumerate(toks):
            w = t.lower_
            f["w=" + w] = 1.0
            if j + 1 < len(toks):
                f["bg=" + w + "|" + toks[j + 1].lower_] = 1.0
            v = vader().get(w)
            if v is not None:
                neg += v < 0
                pos += v > 0
            if t.ent_type_:
                f["ent=" + t.ent_type_] = 1.0
            if t.dep_ == "ROOT":
                f["root=" + t.lemma_.lower()] = 1.0
        if toks:
            f["first=" + toks[0].lower_] = 1.0
        f["neg=" + _bucket(neg, (0, 1, 2, 4))] = 1.0
        f["posv=" + _bucket(pos, (0, 1, 2, 4))] = 1.0
        txt = sent.text
        for ch, name in (("!", "excl"), ("?", "quest"), ('"', "quote"), ("“", "quote")):
            if ch in txt:
                f[name] = 1.0
        out.append(f)
    return out


def span_features(doc: Doc, start: int, end: int, text: Optional[str] = None) -> dict[str, float]:
    """Hashed features of a character span (see :func:`raw_span_features`)."""
    return {hashed(k): v for k, v in raw_span_features(doc, start, end, text).items()}


def raw_span_features(doc: Doc, start: int, end: int, text: Optional[str] = None) -> dict[str, float]:
    """Features of the character span ``[start, end)`` for naming its technique.

    ``text`` is ``doc.text`` when the caller already has it (``Doc.text`` re-joins every token).
    """
    text = doc.text if text is None else text
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end <= len(text) else None
    toks = [t for t in span if not t.is_space] if span is not None else []
    f: dict[str, float] = {"bias": 1.0}
    raw = text[start:end]
    low = raw.lower().strip()
    f["clen=" + _bucket(len(raw), (5, 10, 20, 40, 80, 160, 320))] = 1.0
    f["tlen=" + _bucket(len(toks), (1, 2, 3, 5, 8, 13, 21, 34))] = 1.0
    lowered = text.lower()
    reps = lowered.count(low) if low else 0
    f["reps=" + _bucket(reps, (1, 2, 3, 5))] = 1.0
    if reps > 1:
        f["seen_before" if lowered.find(low) < start else "seen_after"] = 1.0
    if not toks:
        return f
    vals = []
    for k, t in enumerate(toks):
        w = t.lower_
        f["w=" + w] = 1.0
        f["l=" + t.lemma_.lower()] = 1.0
        if k + 1 < len(toks):
            f["bg=" + w + "|" + toks[k + 1].lower_] = 1.0
        v = vader().get(w)
        if v is not None:
            vals.append(v)
        if t.ent_type_:
            f["ent=" + t.ent_type_] = 1.0
    f["first=" + toks[0].lower_] = 1.0
    f["last=" + toks[-1].lower_] = 1.0
    f["pos=" + "_".join(t.pos_ for t in toks[:4])] = 1.0
    f["nval=" + _bucket(len(vals), (0, 1, 2, 4))] = 1.0
    if vals:
        f["vmin=" + _bucket(int(-min(vals) * 2), (0, 2, 4, 6))] = 1.0
        f["vmax=" + _bucket(int(max(vals) * 2), (0, 2, 4, 6))] = 1.0
    if "!" in raw:
        f["excl"] = 1.0
    if "?" in raw:
        f["quest"] = 1.0
    if any(c in _QUOTES for c in raw) or any(c in _QUOTES for c in text[max(0, start - 1):end + 1]):
        f["quotes"] = 1.0
    if raw[:1].isupper():
        f["capstart"] = 1.0
    if raw.isupper() and len(raw) > 3:
        f["allcaps"] = 1.0
    first, last = toks[0], toks[-1]
    sent = first.sent
    cover = (last.i + 1 - first.i) / max(1, len(sent))
    f["cover=" + _bucket(int(cover * 10), (2, 5, 8, 10))] = 1.0
    for off in (1, 2, 3):
        j = first.i - off
        if j >= 0:
            f[f"L{off}=" + doc[j].lower_] = 1.0
        j = last.i + off
        if j < len(doc):
            f[f"R{off}=" + doc[j].lower_] = 1.0
    f["root=" + span.root.dep_ + "|" + span.root.pos_] = 1.0
    f["rootl=" + span.root.lemma_.lower()] = 1.0
    f.update(_style_features(doc, toks, text, start, end))
    return f


_MODALS = frozenset("can could may might must shall should will would".split())
_FIRST = frozenset("i we me us my our ours myself ourselves".split())
_SECOND = frozenset("you your yours yourself yourselves".split())


def _style_features(doc: Doc, toks: list, text: str, start: int, end: int) -> dict[str, float]:
    """Person, modality, negation, degree, numbers, sentence mood, quoting and content-word repetition."""
    f: dict[str, float] = {}
    low = {t.lower_ for t in toks}
    for name, words in (("x_first", _FIRST), ("x_second", _SECOND), ("x_modal", _MODALS)):
        if low & words:
            f[name] = 1.0
    for t in toks:
        if t.dep_ == "neg":
            f["x_neg"] = 1.0
        if t.tag_ in ("JJS", "RBS"):
            f["x_super"] = 1.0
        elif t.tag_ in ("JJR", "RBR"):
            f["x_compar"] = 1.0
        if t.like_num:
            f["x_num"] = 1.0
        if t.is_upper and len(t) > 1:
            f["x_upperword"] = 1.0
        if t.ent_type_:
            f["x_ent"] = 1.0
    sent = toks[-1].sent
    if any(t.text == "?" for t in sent):
        f["x_sentq"] = 1.0
    if any(t.text == "!" for t in sent):
        f["x_sentexcl"] = 1.0
    lemmas = [t.lemma_.lower() for t in toks if t.is_alpha and not t.is_stop]
    if lemmas:
        counts = _lemma_counts(doc)
        f["x_lemrep=" + _bucket(max(counts.get(x, 0) for x in lemmas), (1, 2, 3, 5, 8))] = 1.0
    f["x_verbs=" + _bucket(sum(t.pos_ == "VERB" for t in toks), (0, 1, 2, 4))] = 1.0
    if text[max(0, start - 1):start] in _QUOTES and start > 0:
        f["x_qbefore"] = 1.0
    if text[end:end + 1] in _QUOTES and end < len(text):
        f["x_qafter"] = 1.0
    return f


def _lemma_counts(doc: Doc) -> dict[str, int]:
    """Content-lemma counts of the article, computed once per Doc (kept in ``doc.user_data``)."""
    key = "spinmap.techniques.lemma_counts"
    counts = doc.user_data.get(key)
    if counts is None:
        counts = {}
        for t in doc:
            if t.is_alpha and not t.is_stop:
                lem = t.lemma_.lower()
                counts[lem] = counts.get(lem, 0) + 1
        doc.user_data[key] = counts
    return counts


@dataclass
class LinearModel:
    """A multinomial logistic regression over hashed feature dicts (weights from sklearn)."""

    vocab: dict[str, int]
    coef: np.ndarray  # (n_labels, n_features); one row for a binary model
    intercept: np.ndarray
    labels: tuple[str, ...]
    dense: Optional[np.ndarray] = None  # (n_labels, dim) weights of a raw dense vector (encoder or tok2vec), if used

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        npz = np.load(path, allow_pickle=False)
        return cls(
            vocab={str(n): i for i, n in enumerate(npz["features"])},
            coef=npz["coef"].astype(np.float32),
            intercept=npz["intercept"].astype(np.float32),
            labels=tuple(str(x) for x in npz["labels"]),
            dense=npz["dense"].astype(np.float32) if "dense" in npz.files else None,
        )

    def probs(self, feats: dict[str, float], vec: Optional[np.ndarray] = None) -> np.ndarray:
        """Class probabilities in ``self.labels`` order (``vec``: the encoder vector for a dense model)."""
        z = self.intercept.copy()
        known = [(j, value) for j, value in zip(map(self.vocab.get, feats), feats.values()) if j is not None]
        if known:  # intercept + each weighted column in turn: float32 additions in feature order, one array op
            cols, values = zip(*known)
            terms = self.coef[:, cols].T * np.asarray(values, dtype=self.coef.dtype)[:, None]
            z = np.add.accumulate(np.vstack([z[None], terms]), axis=0)[-1]
        if self.dense is not None and vec is not None:
            z += self.dense @ vec
        if len(z) == 1:  # sklearn's binary form: one logit for labels[1]
            z = np.array([0.0, z[0]], dtype=np.float32)
        z -= z.max()
        e = np.exp(z)
        return e / e.sum()


def span_tokvecs(doc: Doc, spans: Sequence[tuple[int, int]], text: Optional[str] = None) -> np.ndarray:
    """(len(spans), 2 * TOKVEC_DIM): mean and max of the parse's tok2vec vectors over each span's tokens.

    Free context for the encoder gate's sparse classifier; a span that covers no token gets zeros.
    """
    text = doc.text if text is None else text
    out = np.zeros((len(spans), 2 * TOKVEC_DIM), dtype=np.float32)
    if not spans or not len(doc):
        return out
    vecs = token_vectors(doc)
    for k, (s, e) in enumerate(spans):
        span = doc.char_span(s, e, alignment_mode="expand") if 0 <= s < e <= len(text) else None
        if span is not None and len(span):
            m = vecs[span.start:span.end]
            out[k, :TOKVEC_DIM], out[k, TOKVEC_DIM:] = m.mean(axis=0), m.max(axis=0)
    return out


def _onnx_session(onnx_path: Path, vocab_path: Path, what: str):
    """A one-thread onnxruntime session and its WordPiece tokenizer; SM103 if either cannot load."""
    try:
        import onnxruntime as ort

        from ..models.wordpiece import WordPiece

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        return ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"]), WordPiece(vocab_path)
    except Exception as exc:  # missing file, corrupt model, no onnxruntime
        raise SpinmapError("SM103", path=str(onnx_path), what=what) from exc


class SpanEncoder:
    """Frozen all-MiniLM-L6-v2 (ONNX int8, onnxruntime, one thread): mean token vector of a span.

    The span is encoded with up to ``window`` spaCy tokens of context on each side (within its
    sentence), which is cheaper than the whole sentence and scored as well on tune. One window per
    run by default: int8 dynamic quantisation scales activations per batch, so batching would make
    a span's vector depend on the other spans of the article (cosine ~0.99).
    """

    def __init__(self, onnx_path: Path, vocab_path: Path, window: int = 4, batch_size: int = 1):
        self.session, self.tok = _onnx_session(onnx_path, vocab_path, "techniques encoder")
        self.window, self.batch_size = window, batch_size

    def embed(self, doc: Doc, spans: Sequence[tuple[int, int]], text: Optional[str] = None) -> np.ndarray:
        """(len(spans), ENC_DIM) float32; a span that maps to no word piece gets its window's mean."""
        text = doc.text if text is None else text
        out = np.zeros((len(spans), ENC_DIM), dtype=np.float32)
        jobs = []
        for k, (s, e) in enumerate(spans):
            s, e = max(0, s), min(e, len(text))
            span = doc.char_span(s, e, alignment_mode="expand") if s < e else None
            if span is None or len(span) == 0:
                lo, hi = s, e
            else:
                a = max(span.start - self.window, span[0].sent.start)
                b = min(span.end + self.window, span[-1].sent.end)
                lo, hi = min(s, doc[a].idx), max(e, doc[b - 1].idx + len(doc[b - 1].text))
            if hi > lo:
                enc = self.tok.encode(text[lo:hi])
                jobs.append((k, enc, s - lo, e - lo))
        jobs.sort(key=lambda j: len(j[1].ids))
        for i in range(0, len(jobs), self.batch_size):
            batch = jobs[i:i + self.batch_size]
            width = max(len(j[1].ids) for j in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for r, (_, enc, _, _) in enumerate(batch):
                ids[r, :len(enc.ids)] = enc.ids
                mask[r, :len(enc.ids)] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            for r, (k, enc, s, e) in enumerate(batch):
                n = len(enc.ids)
                inside = [j for j, (p, q) in enumerate(enc.offsets) if q > p and p < e and q > s]
                out[k] = hidden[r, inside].mean(axis=0) if inside else hidden[r, :n].mean(axis=0)
        return out


def tagger_windows(n: int, stride: int, width: int = TAGGER_WIDTH) -> list[int]:
    """Window starts covering ``n`` word pieces with windows of ``width`` advancing by ``stride``."""
    if n <= width:
        return [0] if n else []
    return list(range(0, n - width, stride)) + [n - width]


class WordPieceTagger:
    """Fine-tuned all-MiniLM-L6-v2 word-piece tagger (ONNX int8, one thread): its outputs per spaCy token.

    The text is cut into overlapping windows of word pieces, one window per run (int8 dynamic
    quantisation scales activations per batch); a piece's outputs are averaged over the windows
    covering it and a token takes the mean of the pieces overlapping it. The SI tagger has one output
    per piece (P inside a span); the attribution tagger nine (inside/begins/ends × source/cue/content).
    """

    def __init__(self, onnx_path: Path, vocab_path: Path, stride: int = 192, what: str = "techniques SI tagger"):
        self.session, self.tok = _onnx_session(onnx_path, vocab_path, what)
        self.stride = stride

    def piece_probs(self, ids: Sequence[int]) -> np.ndarray:
        """Outputs per word piece of one text, (pieces,) or (pieces, k), averaged over the overlapping windows."""
        ids = np.asarray(ids, dtype=np.int64)
        acc, cnt = None, np.zeros(len(ids))
        for s in tagger_windows(len(ids), self.stride):
            piece = ids[s:s + TAGGER_WIDTH]
            x = np.concatenate([[self.tok.cls], piece, [self.tok.sep]]).astype(np.int64)[None]
            p = self.session.run(None, {"input_ids": x, "attention_mask": np.ones_like(x)})[0][0][1:len(piece) + 1]
            if acc is None:
                acc = np.zeros((len(ids),) + p.shape[1:])
            acc[s:s + len(piece)] += p
            cnt[s:s + len(piece)] += 1
        if acc is None:  # no word piece at all
            shape = self.session.get_outputs()[0].shape
            return np.zeros((0,) + tuple(d for d in shape[2:] if isinstance(d, int)))
        return acc / np.maximum(cnt, 1).reshape((-1,) + (1,) * (acc.ndim - 1))

    def token_probs(self, doc: Doc, text: Optional[str] = None) -> np.ndarray:
        """Per spaCy token, (tokens,) or (tokens, k): mean of the piece outputs overlapping it (0 with none)."""
        text = doc.text if text is None else text
        ids, offsets = self.tok.encode_words(text)
        probs = self.piece_probs(ids)
        if probs.ndim == 1:
            return pieces_to_tokens(probs, offsets, doc)
        return np.stack([pieces_to_tokens(probs[:, k], offsets, doc) for k in range(probs.shape[1])], axis=1) \
            if len(doc) else np.zeros((0, probs.shape[1]))


def pieces_to_tokens(probs: np.ndarray, offsets: Sequence[tuple[int, int]], doc: Doc) -> np.ndarray:
    """Mean of the piece values whose char span overlaps each token (offsets ascending; vectorised, no Token
    objects: the pieces overlapping a token are one contiguous run)."""
    if len(doc) == 0:
        return np.zeros(0)
    pos = doc.to_array([IDX, LENGTH]).astype(np.int64)
    a, b = pos[:, 0], pos[:, 0] + pos[:, 1]
    if not len(offsets):
        return np.zeros(len(doc))
    off = np.asarray(offsets, dtype=np.int64)
    lo = np.searchsorted(off[:, 1], a, side="right")  # first piece ending after the token starts
    hi = np.searchsorted(off[:, 0], b, side="left")  # first piece starting at or after the token's end
    n = np.maximum(hi - lo, 0)
    cum = np.concatenate([[0.0], np.cumsum(np.asarray(probs, dtype=np.float64))])
    total = cum[np.maximum(hi, lo)] - cum[lo]
    return np.where(n > 0, total / np.maximum(n, 1), 0.0)


@dataclass
class TechniqueModel:
    """The shipped sentence prior, SI tagger and TC classifier, loaded once per process."""

    tagger_path: Path
    tc: LinearModel
    sent: Optional[LinearModel]
    threshold: float
    min_chars: int
    peak: float = 0.0  # a run of tokens >= threshold is a span only if its best token scores >= peak
    encoder: Optional[SpanEncoder] = None
    tc_sparse: Optional[LinearModel] = None
    gate: float = 1.01  # a span whose sparse-only top probability >= gate skips the encoder
    si_tagger: Optional[WordPieceTagger] = None  # when set, token scores mix the tagger with the CRF
    si_weight: float = 1.0  # the tagger's weight in that mix (1 - weight for the CRF marginal)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.tc.labels

    def __post_init__(self) -> None:
        self._local = threading.local()

    def tagger(self):
        """A crfsuite Tagger per thread (Tagger objects are not thread-safe)."""
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.tagger_path))
            self._local.tagger = tagger
        return tagger

    def span_scores(self, doc: Doc, text: Optional[str] = None) -> list[float]:
        """Per token: P(inside a technique span) from the SI tagger, the CRF marginal, or their mix."""
        if len(doc) == 0:
            return []
        if self.si_tagger is not None and self.si_weight >= 1.0:  # the tagger alone: the CRF is not run
            return list(self.si_tagger.token_probs(doc, text))
        tagger = self.tagger()
        tagger.set(token_features(doc, self.sentence_probs(doc)))
        crf = [tagger.marginal(TAG_IN, i) for i in range(len(doc))]
        if self.si_tagger is None:
            return crf
        w = self.si_weight
        return list(w * self.si_tagger.token_probs(doc, text) + (1.0 - w) * np.asarray(crf))

    def find_spans(self, doc: Doc, threshold: Optional[float] = None, scores: Optional[Sequence[float]] = None,
                   text: Optional[str] = None) -> list[tuple[int, int, float]]:
        """Character spans of runs of tokens scored above the threshold, with their mean score.

        A run ends where a sentence starts, so every span is evidence from one sentence (the PTC tune
        split scores the same either way: 0.3734 against 0.3738).
        """
        thr = self.threshold if threshold is None else threshold
        scores = self.span_scores(doc, text) if scores is None else scores
        spans, run = [], []
        for i, p in enumerate(scores[:len(doc)]):
            if p >= thr:
                tok = doc[i]  # Token objects only for tokens above the threshold
                if run and tok.is_sent_start:
                    spans.append(_close(run))
                    run = []
                if not tok.is_space:
                    run.append((tok, p))
                    continue
            if run:
                spans.append(_close(run))
                run = []
        if run:
            spans.append(_close(run))
        return [s[:3] for s in spans if s[1] - s[0] >= self.min_chars and s[3] >= self.peak]

    def sentence_probs(self, doc: Doc) -> Optional[list[np.ndarray]]:
        """Per sentence: P(none / some / most of its tokens are in a technique span)."""
        if self.sent is None:
            return None
        return [self.sent.probs(f) for f in sentence_features(doc)]

    def label_probs(self, doc: Doc, start: int, end: int, text: Optional[str] = None) -> np.ndarray:
        """Softmax probabilities over ``self.labels`` for one character span."""
        return self.label_probs_many(doc, [(start, end)], text)[0]

    def label_probs_many(self, doc: Doc, spans: Sequence[tuple[int, int]], text: Optional[str] = None,
                         ) -> list[np.ndarray]:
        """Softmax probabilities for several spans of one Doc (the encoder runs once, batched)."""
        text = doc.text if text is None else text
        feats = [span_features(doc, s, e, text) for s, e in spans]
        if self.encoder is None:
            return [self.tc.probs(f) for f in feats]
        out: list[Optional[np.ndarray]] = [None] * len(spans)
        if self.tc_sparse is not None:  # cascade: the encoder only runs on spans the sparse model is unsure of
            tokvecs = span_tokvecs(doc, spans, text) if self.tc_sparse.dense is not None else [None] * len(spans)
            for k, f in enumerate(feats):
                p = self.tc_sparse.probs(f, tokvecs[k])
                if p.max() >= self.gate:
                    out[k] = p
        todo = [k for k, p in enumerate(out) if p is None]
        vecs = self.encoder.embed(doc, [spans[k] for k in todo], text) if todo else []
        for k, v in zip(todo, vecs):
            out[k] = self.tc.probs(feats[k], v)
        return out  # type: ignore[return-value]


def _close(run: list) -> tuple[int, int, float, float]:
    """A run of (token, score) -> (start, end, mean score, max score), trimming trailing punctuation."""
    while len(run) > 1 and run[-1][0].is_punct and run[-1][0].text not in _QUOTES:
        run = run[:-1]
    start = run[0][0].idx
    end = run[-1][0].idx + len(run[-1][0].text)
    return start, end, float(sum(p for _, p in run) / len(run)), float(max(p for _, p in run))


def load_model(directory: Path | str = MODEL_DIR, si_tagger: Optional[bool] = None) -> TechniqueModel:
    """Read a model directory written by ``spinmap train techniques``; SM103 when incomplete.

    ``si_tagger`` (default: the ``techniques_si_tagger`` setting, off) mixes the fine-tuned MiniLM tagger
    into the SI token scores, with the weight/threshold/peak stored under ``si_tagger`` in meta.json
    (weight 1: the tagger alone, and the CRF is not run).
    """
    directory = Path(directory)
    if si_tagger is None:
        from ..config import default_settings

        si_tagger = bool(default_settings().techniques_si_tagger)
    try:
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        tc = LinearModel.load(directory / TC_FILE)
        tc_sparse = LinearModel.load(directory / TC_SPARSE_FILE) if meta.get("gate", 1.01) <= 1.0 else None
        sent = LinearModel.load(directory / SENT_FILE) if meta.get("sentence_prior") else None
    except (OSError, KeyError, ValueError) as exc:
        raise SpinmapError("SM103", path=str(directory), what="techniques") from exc
    if not (directory / CRF_FILE).is_file() or not set(tc.labels) <= set(TECHNIQUE_LABELS):
        raise SpinmapError("SM103", path=str(directory / CRF_FILE), what="techniques")
    model = TechniqueModel(
        tagger_path=directory / CRF_FILE,
        tc=tc,
        sent=sent,
        threshold=float(meta.get("threshold", 0.5)),
        min_chars=int(meta.get("min_chars", 2)),
        peak=float(meta.get("peak", 0.0)),
        encoder=load_encoder(directory, int(meta.get("window", 4))) if tc.dense is not None else None,
        tc_sparse=tc_sparse,
        gate=float(meta.get("gate", 1.01)),
    )
    mix = meta.get("si_tagger")
    if si_tagger and mix:  # the tagger's own threshold/peak replace the CRF-only ones
        vocab = directory / VOCAB_FILE if (directory / VOCAB_FILE).is_file() else MODEL_DIR / VOCAB_FILE
        model.si_tagger = WordPieceTagger(directory / TAGGER_FILE, vocab, int(mix["stride"]))
        model.si_weight = float(mix["weight"])
        model.threshold, model.peak = float(mix["threshold"]), float(mix["peak"])
    elif si_tagger:
        raise SpinmapError("SM103", path=str(directory / TAGGER_FILE), what="techniques --si-tagger")
    return model


def load_encoder(directory: Path | str = MODEL_DIR, window: int = 4) -> SpanEncoder:
    """The frozen span encoder: the model directory's own copy, else the shipped one (SM103 if neither)."""
    directory = Path(directory)
    home = directory if (directory / ENCODER_FILE).is_file() else MODEL_DIR
    return SpanEncoder(home / ENCODER_FILE, home / VOCAB_FILE, window)


_MODEL: Optional[TechniqueModel] = None
_MODEL_LOCK = threading.Lock()


def shipped_model() -> TechniqueModel:
    """The packaged model, loaded on first use and kept for the process."""
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            _MODEL = load_model(MODEL_DIR)
        return _MODEL


def label_spans(doc: Doc, spans: Iterable[tuple[int, int]], model: Optional[TechniqueModel] = None,
                ) -> list[np.ndarray]:
    """Label probabilities for given character spans (task TC)."""
    model = model or shipped_model()
    return model.label_probs_many(doc, list(spans), doc.text)


def detect(doc: Doc, model: Optional[TechniqueModel] = None) -> list[TechniqueSpan]:
    """Find spans (SI) and name each with its most likely technique (TC)."""
    model = model or shipped_model()
    text = doc.text
    out = []
    found = model.find_spans(doc, text=text)
    for (start, end, score), probs in zip(found, model.label_probs_many(doc, [f[:2] for f in found], text)):
        k = int(np.argmax(probs))
        out.append(TechniqueSpan(
            label=model.labels[k],
            span=(start, end),
            text=text[start:end],
            confidence=round(float(score * probs[k]), 4),
        ))
    return out


def extract_techniques(doc: Doc) -> list[TechniqueSpan]:
    """Technique spans of an article with the shipped model (the analysis stage)."""
    return detect(doc)
