"""Who said what: quotes, paraphrase, "according to" and mixed attributions over the dependency parse.

Cue words are found by a small linear model (weights learned on PolNeAR train, shipped in
``models/attribution/``; falls back to the ``attribution_cues.txt`` lexicon when absent); source
and content come from the parse around the cue, widened to quotation-mark regions so direct and
multi-paragraph quotes keep their marks. Every span is character offsets into ``doc.text``.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Iterable, NamedTuple, Optional

import numpy as np
from spacy.tokens import Doc, Span, Token

from ..nlp.actors import ActorIndex
from ..nlp.quotes import CLOSE_QUOTES, OPEN_QUOTES, TOGGLE_QUOTES, quote_regions
from ..nlp.quotes import region_at as _region_at
from ..nlp.vectors import TOKVEC_DIM, token_vectors
from ..records import Actor, Quote, SpeakerRef, TextSpan
from .word_classes import word_classes, word_list

CharSpan = tuple[int, int]
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "attribution" / "cue_model.json"
TAGGER_FILE = "attr_tagger_int8.onnx"  # the MiniLM span tagger, next to cue_model.json (round 8, off by default)

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "csubj", "advcl", "acomp", "oprd", "attr", "nsubjpass", "dep", "parataxis", "intj")
_CUE_SATELLITES = ("aux", "auxpass", "neg", "prt")
_EDGE_TRIM = {",", ";", ":", "—", "–", "-", "―", "(", ")", "."}


_WORD_CLASSES = word_classes("attribution_word_classes.tsv")  # content-word sets the rules test by name
_ADDRESSEE_VERBS = _WORD_CLASSES["addressee_verbs"]
_ADDRESSEE_IF_NAME = _WORD_CLASSES["addressee_if_name"]


def _is_addressee(verb: Token, obj: Token) -> bool:
    """True when a verb's object is who was spoken to ("told reporters"), not what was said."""
    lemma = verb.lemma_.lower()
    return lemma in _ADDRESSEE_VERBS or (lemma in _ADDRESSEE_IF_NAME and obj.pos_ in ("PRON", "PROPN"))


@dataclass(frozen=True)
class Found:
    """One attribution as character spans; ``kind`` follows the ``Quote.kind`` vocabulary."""

    kind: str
    cue: Optional[CharSpan]
    content: CharSpan
    source: Optional[CharSpan]
    score: float


# ---------------------------------------------------------------- cue model


@lru_cache(maxsize=1)
def _model() -> dict:
    """Linear cue model: {'bias': float, 'threshold': float, 'weights': {feature: weight}}."""
    try:
        return json.loads(MODEL_PATH.read_text("utf-8"))
    except (OSError, ValueError):
        return {"bias": -1.0, "threshold": 0.5, "weights": {f"lemma={w}": 3.0 for w in _lexicon()}}


def _lexicon() -> frozenset[str]:
    return word_list("attribution_cues.txt")


_CANDIDATE_POS = {"VERB", "NOUN", "ADP", "AUX", "ADJ", "PUNCT", "PROPN"}


_SIGNATURE_DEPS = {"nsubj", "nsubjpass", "ccomp", "dobj", "xcomp", "agent", "prep", "dative"}


def _near_quote(regions: list[CharSpan], pos: int, window: int = 100) -> bool:
    """Whether a quote region overlaps ``pos`` ± ``window``. ``regions`` are in text order and disjoint
    (``quote_regions``), so the regions starting before ``pos + window`` are a prefix whose last one ends last."""
    k = bisect_left(regions, (pos + window,))
    return k > 0 and regions[k - 1][1] > pos - window


_RATE_EDGES = (0.02, 0.05, 0.1, 0.2, 0.4, 0.7)


def lemma_class(counts: Optional[list[int]]) -> str:
    """Bin of how often a lemma headed a gold cue among its candidate occurrences in training
    (``[cues, total]``, None when unseen), so a lemma seen only a few times as a cue ("advocate",
    "mock") still carries evidence that L1 would drop from its own lemma weight."""
    if not counts or not counts[1]:
        return "new"
    cues, total = counts
    if cues == 0:
        return "never" if total >= 5 else "never_few"
    rate = cues / total
    return f"r{bisect_left(_RATE_EDGES, rate)}" + ("_few" if cues < 3 else "")  # the first edge >= rate


RATE_CLASSES = ("new", "never", "never_few") + tuple(
    f"r{i}{few}" for i in range(len(_RATE_EDGES) + 1) for few in ("", "_few"))  # every ``lemma_class`` value


_LIGHT_VERBS = _WORD_CLASSES["light_verbs"]


def rate_key(tok: Token) -> str:
    """Key of a candidate in the lemma-rate table: its lemma, or for a light verb the lemma with its
    complement or object ("be:convinced", "have:concern"), which carries the stance."""
    lemma = tok.lemma_.lower()
    if lemma in _LIGHT_VERBS:
        comp = next((c for c in tok.children if c.dep_ in ("acomp", "attr", "oprd", "dobj")), None)
        if comp is not None:
            return f"{lemma}:{comp.lemma_.lower()}"
    elif tok.pos_ == "ADP":  # round 11: "in [a poll]" cues, "in [May]" does not: the object decides
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return f"{lemma}:{obj.lemma_.lower()}"
    return lemma


def subject_kind(tok: Token) -> str:
    """"agent" when a candidate's subject is a person, group, organisation or personal pronoun,
    "thing" for another subject, "none" without one: a stance verb cues mostly with an agent."""
    subj = _subject(tok)
    if subj is None:
        return "none"
    if subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subj.pos_ == "PROPN" or subj.lower_ in _PRONOUNS:
        return "agent"
    return "thing"


def rate_keys(tok: Token) -> list[str]:
    """Every key a candidate counts under in the lemma-rate table: ``rate_key`` alone and with
    its subject kind ("want|agent"), since a stance verb cues mostly with an agent subject."""
    key = rate_key(tok)
    return [key, f"{key}|{subject_kind(tok)}"]


# ---------------------------------------------------------------- context from the parse's own vectors

_CONTEXT_VIEW = ("token", "head", "subject")  # whose tok2vec vectors the context net reads


def context_inputs(toks: list[Token], in_quote: list[bool], classes: list[str], net: dict) -> np.ndarray:
    """Rows of the context net's input for candidate tokens: the standardised tok2vec vectors of
    the token, its head and its subject (zeros when none), the lemma-rate class one-hot and
    whether the token is quoted. The vectors see ~4 tokens either side, which lemma counts cannot."""
    if not toks:
        return np.zeros((0, 3 * TOKVEC_DIM + len(net["classes"]) + 1), dtype=np.float32)
    padded = _padded_vectors(toks[0].doc)
    subjects = [_subject(tok) for tok in toks]
    rows = np.hstack([padded[[tok.i for tok in toks]], padded[[tok.head.i for tok in toks]],
                      padded[[-1 if subj is None else subj.i for subj in subjects]]])
    mean, scale = _net_arrays(net)[:2]
    dense = (rows.astype(np.float32) - mean) / scale
    index = {c: i for i, c in enumerate(net["classes"])}
    onehot = np.zeros((len(toks), len(index) + 1), dtype=np.float32)
    for r, (cls, q) in enumerate(zip(classes, in_quote)):
        if cls in index:
            onehot[r, index[cls]] = 1.0
        onehot[r, -1] = float(q)
    return np.hstack([dense, onehot])


_NET_CACHE: list = []  # [(net dict, its arrays)]: the dict is kept alive, so ``is`` identifies it


def _net_arrays(net: dict) -> tuple:
    """(mean, scale, w1, b1, w2, b2) of a context net as float32 arrays (None where absent, as in
    the input-only net training builds rows with), converted once per net."""
    for known, arrays in _NET_CACHE:
        if known is net:
            return arrays
    arrays = tuple(np.asarray(net[k], dtype=np.float32) if k in net else None for k in ("mean", "scale", "w1", "b1", "w2", "b2"))
    _NET_CACHE[:] = _NET_CACHE[-3:] + [(net, arrays)]
    return arrays


def context_logits(net: dict, x: np.ndarray) -> np.ndarray:
    """Log-odds of the one-hidden-layer context net (ReLU) for input rows ``x``."""
    _, _, w1, b1, w2, b2 = _net_arrays(net)
    return np.maximum(x @ w1 + b1, 0.0) @ w2 + b2


def context_bin(z: float) -> int:
    """Bin of a context-net log-odds (width 1.5 from -8, clipped to 0..12) for the linear models."""
    return int(min(12, max(0, math.floor((z + 8.0) / 1.5))))


@lru_cache(maxsize=2)
def _doc_vectors(doc: Doc) -> np.ndarray:
    """The doc's tok2vec vectors, once per doc (recomputed only for a doc read back without them)."""
    return token_vectors(doc)


@lru_cache(maxsize=2)
def _padded_vectors(doc: Doc) -> np.ndarray:
    """The doc's vectors plus a zero row at -1 (no subject), once per doc: the second-stage features ask
    for one candidate at a time, and copying the whole matrix per candidate cost more than the net."""
    return np.vstack([_doc_vectors(doc), np.zeros((1, TOKVEC_DIM), dtype=np.float32)])


def _context_z(tok: Token, in_quote: bool, cls: str, net: dict) -> float:
    return float(context_logits(net, context_inputs([tok], [in_quote], [cls], net))[0])


def rate_class(tok: Token, lemma_counts: dict) -> str:
    """The lemma-rate class of a candidate (its ``rate_key`` alone) under ``lemma_counts``."""
    return lemma_class(lemma_counts.get(rate_key(tok)))


def cue_features(tok: Token, in_quote: bool, near_quote: bool = False, lemma_counts: Optional[dict] = None,
                 context_z: Optional[float] = None) -> list[str]:
    """Features of a candidate cue head (shared by training and prediction). ``lemma_counts``
    (``rate_keys`` key -> [gold cue heads, candidate occurrences]) defaults to the model's table
    (absent in older models: no rate features); training passes counts from other articles only.
    ``context_z`` (the context net's log-odds) is computed from the model's net when not given;
    training passes out-of-fold values."""
    lemma = tok.lemma_.lower()
    if lemma_counts is None:
        lemma_counts = _model().get("lemma_counts")
    # read once: every ``.head`` / ``.children`` access builds new Token objects, and this runs per candidate
    head, children = tok.head, list(tok.children)
    pos, dep, tag, head_lemma = tok.pos_, tok.dep_, tok.tag_, head.lemma_.lower()
    deps = {c.dep_ for c in children}
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else "<e>"
    prv = tok.nbor(-1).lower_ if tok.i > 0 else "<s>"
    feats = [
        f"lemma={lemma}",
        f"pos={pos}",
        f"dep={dep}",
        f"tag={tag}",
        f"lemma_dep={lemma}|{dep}",
        f"lemma_next={lemma}|{nxt}",
        f"lemma_prev={lemma}|{prv}",
        f"head_lemma={head_lemma}",
        f"head_dep={dep}|{head.pos_}",
        f"inq={in_quote}",
        f"lemma_inq={lemma}|{in_quote}",
    ]
    feats.append(f"lemma_tag={lemma}|{tag}")
    feats.append(f"near_quote={near_quote}")
    feats.append(f"lemma_near={lemma}|{near_quote}")
    if head.i != tok.i:
        feats.append(f"lemma_head={lemma}|{head_lemma}")
    sig = "+".join(sorted(d for d in deps if d in _SIGNATURE_DEPS))
    feats.append(f"sig={sig}")
    feats.append(f"lemma_sig={lemma}|{sig}")
    cls = None
    if lemma_counts:  # round 5: the training cue rate of the lemma, alone and with its subject kind
        key, keyed_subject = rate_keys(tok)
        cls, cls2 = lemma_class(lemma_counts.get(key)), lemma_class(lemma_counts.get(keyed_subject))
        spk = _speaker_subject(tok)
        feats += [f"lclass={cls}", f"lclass_sig={cls}|{sig}", f"lclass_pos={cls}|{pos}|{dep}",
                  f"lclass_inq={cls}|{in_quote}|{near_quote}",
                  f"lclass2={cls2}", f"lclass2_sig={cls2}|{sig}", f"lclass12={cls}|{cls2}",
                  f"spk={spk}", f"spk_cls={spk}|{cls}", f"spk_sig={spk}|{sig}"]
        net = _model().get("context")
        if context_z is None and net is not None:
            context_z = _context_z(tok, in_quote, cls, net)
        if context_z is not None:  # the context net's view, alone and with the lemma's rate class
            b = context_bin(context_z)
            feats += [f"ctx={b}", f"ctx_cls={b}|{cls}"]
    for c in children:
        d = c.dep_
        feats.append(f"child={d}")
        feats.append(f"lemma_child={lemma}|{d}")
        if d in ("nsubj", "nsubjpass"):
            who = c.ent_type_ or (c.lower_ if c.pos_ == "PRON" else c.pos_)
            feats.append(f"subj={who}")
            feats.append(f"lemma_subj={lemma}|{who}")
            if cls is not None:
                feats.append(f"lclass_subj={cls}|{who}")
        elif d in ("ccomp", "dobj", "xcomp", "prep", "pobj"):
            feats.append(f"lemma_child_word={lemma}|{d}|{c.lemma_.lower() if d != 'ccomp' else c.pos_}")
            if d == "pobj":  # "in the poll", "for most voters": whose or what view the preposition opens
                feats.append(f"lemma_pobj_kind={lemma}|{c.ent_type_ or c.pos_}")
    if pos == "ADP":  # "For most voters, X" opening the sentence states their view; "in" mid-clause rarely
        feats.append(f"adp_opens={lemma}|{tok.i == tok.sent.start or tok.nbor(-1).is_punct}")
    if nxt in OPEN_QUOTES or nxt in TOGGLE_QUOTES or nxt == ":":
        feats.append("next_quote_or_colon")
    if prv in CLOSE_QUOTES or prv in TOGGLE_QUOTES or prv == ",":
        feats.append("prev_quote_or_comma")
    return feats


@lru_cache(maxsize=2)
def _doc_speakers(doc: Doc) -> dict[str, list[int]]:
    """Named subjects of lexicon speech verbs in the article (lower-cased head word -> verb
    indices): people and organisations the article quotes, whose stances it also tends to report."""
    lexicon = _lexicon()
    out: dict[str, list[int]] = {}
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon:
            for c in tok.children:
                if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
                    out.setdefault(c.lower_, []).append(tok.i)
    return out


def _speaker_subject(tok: Token) -> str:
    """Whether a candidate's subject is someone the article quotes with a speech verb elsewhere
    ("yes"), a personal pronoun ("pron"), another word ("no"), or missing ("none")."""
    subj = _subject(tok)
    if subj is None:
        return "none"
    if subj.lower_ in ("he", "she", "they", "we", "i"):
        return "pron"
    return "yes" if any(i != tok.i for i in _doc_speakers(tok.doc).get(subj.lower_, ())) else "no"


def _is_candidate(tok: Token) -> bool:
    return tok.pos_ in _CANDIDATE_POS and not tok.is_space and (tok.pos_ != "PUNCT" or tok.text in {":", "―"})


def _says_something(tok: Token) -> bool:
    """Structural evidence of reported speech: a clausal complement, or a passive with an agent."""
    deps = {c.dep_ for c in tok.children}
    return "ccomp" in deps or ("agent" in deps and "nsubjpass" in deps)


def _unseen_speech_verb(tok: Token, weights, lexicon: frozenset[str]) -> bool:
    """A lexicon speech verb absent from the training data, with a clause or an agent. ``weights``:
    a list of the lemmas seen as gold cue heads, the model's lemma-rate table (``[cues, total]``
    per key), or for older models the cue weights (a lemma with a weight was seen)."""
    lemma = tok.lemma_.lower()
    if isinstance(weights, (list, set, frozenset)):
        seen = lemma in weights
    elif isinstance(weights.get(lemma), list):
        seen = weights[lemma][0] > 0
    else:
        seen = f"lemma={lemma}" in weights
    return lemma in lexicon and not seen and _says_something(tok)


def score_cues(doc: Doc, regions: list[CharSpan]) -> list[tuple[Token, float]]:
    """Every candidate token with the model's cue probability."""
    import math

    model = _model()
    w, bias = model["weights"], model["bias"]
    lexicon = _lexicon()
    boost = model.get("threshold", 0.5) + 0.01
    seen = model.get("lemma_counts") or w  # the rate table, when there is one: L1 may zero a seen lemma's weight
    toks = [tok for tok in doc if _is_candidate(tok)]
    in_q = [_region_at(regions, tok.idx) is not None for tok in toks]
    net, counts = model.get("context"), model.get("lemma_counts")
    if net is not None and counts:  # one batched pass of the context net over the doc's candidates
        ctx = context_logits(net, context_inputs(toks, in_q, [rate_class(t, counts) for t in toks], net)).tolist()
    else:
        ctx = [None] * len(toks)
    out = []
    for tok, q, cz in zip(toks, in_q, ctx):
        feats = cue_features(tok, q, _near_quote(regions, tok.idx), context_z=cz)
        z = bias + sum(map(w.get, feats, repeat(0.0)))
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        if p < boost and _unseen_speech_verb(tok, seen, lexicon):
            p = boost  # a listed speech verb the model never saw, with a clause or agent: still a cue
        out.append((tok, p))
    _cue_score_memo(doc)[:] = [w, {tok.i: p for tok, p in out}]
    return out


@lru_cache(maxsize=2)
def _cue_score_memo(doc: Doc) -> list:
    """Per-doc memo of the last ``score_cues`` pass: [the cue weights it used, token index -> score]."""
    return [None, {}]


def _strong_cue_words(doc: Doc, scores: dict[int, float]) -> tuple[Counter, Counter]:
    """Lemmas and subject words of the doc's strong cues, counted once per scoring pass rather than once
    per candidate (the second stage asks for every candidate whether its lemma or source recurs)."""
    memo = _cue_score_memo(doc)
    if len(memo) == 3 and memo[2][0] is scores:
        return memo[2][1], memo[2][2]
    strong = [doc[i] for i, p in scores.items() if p >= _STRONG_CUE]
    lemmas = Counter(t.lemma_.lower() for t in strong)
    subjects = Counter(subj.lower_ for t in strong if (subj := _subject(t)) is not None)
    memo[2:] = [(scores, lemmas, subjects)]
    return lemmas, subjects


def doc_cue_scores(doc: Doc, regions: list[CharSpan]) -> dict[int, float]:
    """Token index -> cue score for every candidate of the doc under the loaded model (memoised per doc
    and model, so the second stage can read the other cues' scores without scoring the doc twice)."""
    memo = _cue_score_memo(doc)
    if memo[0] is not _model()["weights"]:
        score_cues(doc, regions)
    return memo[1]


# ---------------------------------------------------------------- spans around a cue


def _trim(doc: Doc, start: int, end: int, keep_quotes: bool = True, keep_tail: str = "") -> Optional[tuple[int, int]]:
    """Token range with edge punctuation and whitespace removed (quote marks kept when asked;
    trailing marks in ``keep_tail`` kept, as sources keep an appositive's closing comma; a
    closing parenthesis kept when its opener is inside)."""
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_TRIM or (not keep_quotes and doc[start].is_quote)):
        start += 1
    while end > start:
        last = doc[end - 1].text
        if last == ")" and any(doc[i].text == "(" for i in range(start, end - 1)):
            break
        if doc[end - 1].is_space or (last in _EDGE_TRIM and last not in keep_tail) or (not keep_quotes and doc[end - 1].is_quote):
            end -= 1
        else:
            break
    return (start, end) if end > start else None


def _subtree_range(tok: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """Contiguous token range of ``tok``'s subtree, cut short of any excluded subtree."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    for ex in exclude:
        lo, hi = ex.left_edge.i, ex.right_edge.i + 1
        if lo <= tok.i < hi:
            continue
        if hi <= tok.i:
            start = max(start, hi)
        elif lo > tok.i:
            end = min(end, lo)
    return start, end


def extent_key(side: str, child: Token, content_after: bool) -> str:
    """Key of a cue-head dependent in the learned cue-extent table (shared by training)."""
    word = child.lower_ if child.pos_ in ("ADP", "ADV", "PART", "AUX", "SCONJ") else child.ent_type_ or child.pos_
    return f"{side}|{child.dep_}|{word}|{'after' if content_after else 'before'}"


_NEVER_IN_CUE = {"nsubj", "nsubjpass", "csubj", "mark", "punct", "agent"}
_OBJECTS = {"dobj", "dative", "iobj", "pobj", "attr", "oprd"}  # addressees and message nouns: other rules decide
_INCLUDE = 0.6  # include a dependent only when annotators clearly tend to


def _learned_extent(tok: Token, start: int, end: int, table: dict, avoid: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """Grow ``[start, end)`` over adjacent dependents of the cue head that PolNeAR annotators mostly
    include in the cue (rates learned on train), never into the source ``avoid`` nor the content."""
    after = content[0] > tok.i

    def clashes(c: Token) -> bool:
        lo, hi = c.left_edge.i, c.right_edge.i + 1
        return (lo < avoid[1] and avoid[0] < hi) or (lo < content[1] and content[0] < hi)

    for c in sorted(tok.children, key=lambda c: -c.i):
        if c.i >= tok.i or c.right_edge.i != start - 1 or c.dep_ in _NEVER_IN_CUE:
            continue
        if clashes(c) or table.get(extent_key("L", c, after), 0.0) < _INCLUDE:
            break
        start = c.left_edge.i
    for c in sorted(tok.children, key=lambda c: c.i):
        if c.i <= tok.i or c.left_edge.i != end or c.dep_ in _NEVER_IN_CUE:
            continue
        if c.dep_ in _OBJECTS or clashes(c) or c.right_edge.i - c.left_edge.i > 5:
            break
        if table.get(extent_key("R", c, after), 0.0) < _INCLUDE:
            break
        end = c.right_edge.i + 1
    return start, end


def cue_range(tok: Token, prep: Optional[Token] = None, content: Optional[tuple[int, int]] = None,
              source: Optional[Token] = None) -> tuple[int, int]:
    """The cue's token range: head word plus adjacent auxiliaries, negation, adverbs, particles
    and, when the content is a prepositional object, the preposition ("called for"). With the
    content known, further dependents are added by the model's learned extent table."""
    start, end = tok.i, tok.i + 1
    table = _model().get("cue_extent") if content is not None else None
    for c in sorted(tok.children, key=lambda c: -c.i):
        if c.i == start - 1 and c.dep_ in _CUE_SATELLITES + ("advmod",) and not c.is_punct:
            if table and c.dep_ == "advmod" and table.get(extent_key("L", c, content[0] > tok.i), 1.0) < _INCLUDE:
                break
            start = c.i
    for c in sorted(tok.children, key=lambda c: c.i):
        if c.i == end and c.dep_ in ("prt",):
            end = c.i + 1
    if prep is not None and end <= prep.i <= end + 1:
        end = prep.i + 1
    for c in sorted(tok.children, key=lambda c: c.i):
        # "said in a statement", "wrote on Twitter": the medium is part of the cue
        if c.i == end and c.dep_ == "prep" and c.lower_ in ("in", "on"):
            obj = _prep_object(c)
            if obj is not None and obj.lemma_.lower() in _MEDIA and obj.right_edge.i == obj.i:
                end = obj.i + 1
    if table:
        avoid = (source.left_edge.i, source.right_edge.i + 1) if source is not None else (-1, -1)
        start, end = _learned_extent(tok, start, end, table, avoid, content)
    if end < len(tok.doc) and tok.doc[end].text == ":":
        end += 1
    if tok.lower_ == "according" and end < len(tok.doc) and tok.doc[end].lower_ == "to":
        end += 1
    return start, end


def _prep_object(tok: Token) -> Optional[Token]:
    for c in tok.children:
        if c.dep_ == "pobj":
            return c
    return None


@lru_cache(maxsize=2)
def _subject_memo(doc: Doc) -> dict[int, Optional[Token]]:
    """Per-doc memo of ``_subject``: a candidate's features ask for its subject three times."""
    return {}


def _subject(tok: Token) -> Optional[Token]:
    """The grammatical subject of a cue, following conjunctions, relative clauses and -ing adjuncts."""
    memo = _subject_memo(tok.doc)
    if tok.i not in memo:
        memo[tok.i] = _find_subject(tok)
    return memo[tok.i]


def _find_subject(tok: Token, depth: int = 0) -> Optional[Token]:
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:  # two: "''That, sadly,'' he said" (the parser also took the quote's first word): the nearer one,
        near = min(subjects, key=lambda c: abs(c.i - tok.i))  # unless it is the tail of a split hyphenated word
        return subjects[0] if near.i > 0 and tok.doc[near.i - 1].text in ("-", "‐", "‑") else near
    for c in tok.children:  # "who is by most reports loving …": the parser hung the subject on the auxiliary
        if c.dep_ in ("aux", "auxpass") and c.i < tok.i:
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "csubj")), None)
            if subj is not None:
                return subj
    for c in tok.children:
        if c.dep_ == "agent":
            obj = _prep_object(c)
            if obj is not None:
                return obj
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _message_nouns():
        for c in tok.children:  # "complaints from the mayor that X", "a demand by the union": the one who made it
            obj = _prep_object(c) if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("from", "by") else None
            if obj is not None:
                return obj
    if depth < 3 and tok.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") and tok.head is not tok:
        outer = _reporter_of_clause(tok)
        if outer is not None:
            return outer
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in word_list("attribution_action_nouns.txt"):
            return _maker_of(tok.head, depth)  # "in an attempt to blame X": the attempt does not speak
        if tok.dep_ == "acl":
            return tok.head
        return _find_subject(tok.head, depth + 1)
    if depth < 3 and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.head.pos_ in ("VERB", "AUX"):
        return _find_subject(tok.head.head, depth + 1)  # "surprised Trump by declaring …": the surpriser declares
    return None


def _reporter_of_clause(tok: Token) -> Optional[Token]:
    """", calling X Y" closing a reported that-clause ('Ana made it clear that the board wants no vote,
    calling any vote rigged'): the parser hangs the participle on the clause's verb, but it is the
    reporter's, so its subject is the first real subject (not an expletive 'it') above the clause."""
    clause = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    node, hops = clause, 0
    while node.head.i != node.i and hops < 4:
        node, hops = node.head, hops + 1
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "there")), None)
        if subj is not None:
            return subj
    return None


def _maker_of(action: Token, depth: int) -> Optional[Token]:
    """Who makes an attempt: its owner ("Moscow's bid to X"), or the named or pronoun subject of the clause
    that 'in/as an attempt' hangs from."""
    owner = next((c for c in action.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    clause = action.head.head if action.dep_ == "pobj" else None
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    maker = _find_subject(clause, depth + 1)
    animate = maker is not None and (maker.pos_ in ("PROPN", "PRON") or maker.ent_type_ in _SPEAKER_ENTS)
    return maker if animate else None


def _loose_inverted_speaker(tok: Token) -> Optional[Token]:
    """"Kyiv betrayed its allies, says Lavrov" ending a headline: with no full stop after the name the
    parser files it as a loose dependent of the cue, not as its inverted subject."""
    if tok.i + 1 >= len(tok.doc) or not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return None
    name = tok.doc[tok.i + 1]
    return name if name.head.i == tok.i and name.pos_ == "PROPN" and name.dep_ in ("dep", "appos") else None


_SPEAKER_WORDS = {"DET", "PROPN", "NOUN", "ADJ", "NUM"}


def _inverted_noun_phrase(tok: Token) -> Optional[Token]:
    """"“…,” added a senior diplomat", "“…,” said Anna Petrosyan, who…": after a quotation the noun phrase
    right after a subjectless speech verb is its speaker, however the parser hung it (as object, as the
    subject of a later clause, as a clause of its own); its head is the last noun before a non-noun head."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in _SPEAKER_WORDS:
        return None
    word = doc[tok.i + 1]
    while word.head.i > word.i and word.head.pos_ in ("PROPN", "NOUN") and word.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod"):
        word = word.head
    return word if word.pos_ in ("PROPN", "NOUN") else None


def _follows_quote(tok: Token, text: str, regions: list[CharSpan]) -> bool:
    """The cue comes right after a closing quote, with only ``_QUOTE_GAP`` between (as ``_adjacent_quote``), and
    that quotation is a statement: punctuation closes or follows it ("“…,” concluded the director"), or it runs
    to four words. A scare-quoted word right before a verb ('the bid to "swiftly" conclude a deal') is none."""
    for start, end in regions:
        if end <= tok.idx and _QUOTE_GAP.fullmatch(text[end:tok.idx]):
            last = text[start:end].rstrip("\"”'’» ")[-1:]
            if (last and last in ",.?!…—–-") or text[end:tok.idx].strip() or len(text[start:end].split()) >= 4:
                return True
    return False


def _doubled_cue(child: Optional[Token]) -> bool:
    """``child`` is a bare '<name> said' clause: a speech verb with a subject and nothing else said."""
    if child is None or child.dep_ != "ccomp" or child.lemma_.lower() not in _lexicon():
        return False
    deps = [c.dep_ for c in child.children if not c.is_punct]
    return deps == ["nsubj"] and child.i > next(c for c in child.children if c.dep_ == "nsubj").i


def _quoted_before(word: Token, cue: Token, regions: list[CharSpan]) -> bool:
    """``word`` lies inside a quotation before the cue, and the cue outside it."""
    return word.i < cue.i and _region_at(regions, word.idx) is not None and _region_at(regions, cue.idx) is None


def _gap(tok: Token, child: Token) -> int:
    """Tokens between a word and the nearest edge of a child's subtree."""
    lo, hi = child.left_edge.i, child.right_edge.i
    return lo - tok.i if lo > tok.i else tok.i - hi


def _trailing_participle(tok: Token, child: Token) -> bool:
    """An "-ing" clause set off by a comma after the cue ("touched upon X, making it clear that Y",
    "spoke, adding that Y"): a statement of its own, not what the cue says; only a last resort as content."""
    doc = tok.doc
    return child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > tok.i and child.left_edge.i > 0 \
        and doc[child.left_edge.i - 1].text == ","


_ADVERBIAL_MARKS = _WORD_CLASSES["adverbial_marks"]


def _scene_clause(child: Token) -> bool:
    """An adverbial clause opened by a subordinator of time, cause or concession ("While X, …", "… because X")."""
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.i < child.i and m.lower_ in _ADVERBIAL_MARKS
                                         for m in child.children)


def _content_child(tok: Token) -> Optional[Token]:
    """The dependent that holds what was said: by relation priority, then nearest to the cue; a trailing
    participle or a scene-setting adverbial clause only when nothing else is there."""
    fallback = None
    for dep in _CONTENT_DEPS:
        kids = [c for c in tok.children if c.dep_ == dep]
        if dep == "advcl" and kids and all(_trailing_participle(tok, c) or _scene_clause(c) for c in kids):
            fallback = fallback or min(kids, key=lambda c: _gap(tok, c))
            continue
        if kids:
            return min(kids, key=lambda c: _gap(tok, c))
    found = _content_child_rest(tok)
    return found if found is not None else fallback


def _content_child_rest(tok: Token) -> Optional[Token]:
    """The content of a cue without a clausal or object complement: a clause a noun opens, or a preposition's."""
    if tok.pos_ == "NOUN":  # "his claim that X", "her decision to X": the clause the noun opens
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.left_edge.i == tok.i + 1 and _opens_clause(tok.doc[c.left_edge.i]):
                return c
        far = _far_that_clause(tok)
        if far is not None:
            return far
    learned = _model().get("content_preps", {})
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i and _prep_complement(c) is not None:
            rate = learned.get(f"{tok.lemma_.lower()}|{c.lower_}")
            if (rate >= 0.5) if rate is not None else c.lower_ not in _NOT_CONTENT_PREPS:
                return c
    return None


def _far_that_clause(noun: Token) -> Optional[Token]:
    """The that-clause of a message noun set apart from it by the noun's own modifiers ("his claim in an
    interview that X", "complaints from the mayor that X"), or None; only a complementiser "that"/"whether"
    (a relative "that" is the clause's subject or object, not a mark)."""
    if noun.lemma_.lower() not in _message_nouns():
        return None
    for c in noun.children:
        first = noun.doc[c.left_edge.i]
        if c.dep_ in ("acl", "relcl") and c.left_edge.i > noun.i + 1 and first.dep_ == "mark" \
                and first.lower_ in ("that", "whether"):
            between = set(range(noun.i + 1, c.left_edge.i))
            for k in noun.children:
                if k.i > noun.i and k.i != c.i and k.dep_ in ("prep", "punct", "appos", "advmod"):
                    between -= set(range(k.left_edge.i, k.right_edge.i + 1))
            return c if not between else None
    return None


def _opens_clause(first: Token) -> bool:
    """A complementiser ("that", "whether") or the "to" of an infinitive opening a clause (not a relative "that")."""
    return (first.dep_ == "mark" and first.lower_ in ("that", "whether", "if")) or (first.lower_ == "to" and first.dep_ == "aux")


def _prep_complement(prep: Token) -> Optional[Token]:
    """A preposition's object, or the clause it takes ("the question of whether X", "questions about how X")."""
    obj = _prep_object(prep)
    if obj is not None:
        return obj
    return next((c for c in prep.children if c.dep_ == "pcomp" and c.i > prep.i), None)


_NOT_CONTENT_PREPS = {"in", "at", "during", "after", "before", "since", "from", "by", "with", "while", "on"}
def _message_part(noun: Token) -> Optional[Token]:
    """The dependent of a message noun ("a statement saying…", "concern about…") holding the content."""
    if noun.lemma_.lower() not in _message_nouns():
        return None
    for c in noun.children:
        if c.i > noun.i and (c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ in _MESSAGE_PREPS and _prep_object(c) is not None)):
            return c
    return None


def _message_nouns() -> frozenset[str]:
    return word_list("attribution_message_nouns.txt")


_MESSAGE_PREPS = {"about", "on", "for", "of", "over", "that", "against"}
_RAISING = _WORD_CLASSES["raising"]
_PASSIVE_BELIEF = _WORD_CLASSES["passive_belief"]
_AIMING_RAISING = _WORD_CLASSES["aiming_raising"]


def _aiming(verb: Token) -> bool:
    """"X looks to ease Y", "X is looking for Z": the verb says what its subject is after, so it does not raise
    (PolNeAR train, found pairs of "look" with a subject and such a complement: gold's source is the subject 17
    times, none once, another phrase twice; round 18)."""
    deps = {c.dep_ for c in verb.children}
    return verb.lemma_.lower() in _AIMING_RAISING and not deps & {"acomp", "oprd", "attr"} and any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ not in ("like", "as")) for c in verb.children)


def _is_raising(verb: Token) -> bool:
    """Raising or agentless passive belief verbs, whose subject belongs to the content."""
    lemma = verb.lemma_.lower()
    deps = {c.dep_ for c in verb.children}
    if lemma in _RAISING and verb.pos_ in ("VERB", "AUX") and "nsubj" in deps and "ccomp" not in deps:
        return not _aiming(verb)
    return lemma in _PASSIVE_BELIEF and "nsubjpass" in deps and "agent" not in deps


def _raised_clause(verb: Token) -> tuple[int, int]:
    """The content of a raising verb: its clause from the subject on. Words fronted before the subject ("In the
    primary, X seemed to…", "But X appears…", "Though X is known for…") stay out: PolNeAR train gold starts at the
    subject 87 times, at the clause's first word 7 (round 18)."""
    start, end = _subtree_range(verb)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    return (max(start, subject.left_edge.i), end) if subject is not None else (start, end)


_MEDIA = _WORD_CLASSES["media"]
_COMPLEMENT_PREPS = {"as", "to", "for", "against", "without"}


def _medium_clause(verb: Token) -> Optional[Token]:
    """The that-clause the parser hung on the medium after a cue ("said in a statement that X", "wrote on
    Facebook that X"), or None."""
    for c in verb.children:
        obj = _prep_object(c) if c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("in", "on") else None
        if obj is None or obj.lemma_.lower() not in _MEDIA:
            continue
        for k in obj.children:
            if k.dep_ in ("acl", "ccomp", "relcl") and k.i > obj.i and k.doc[k.left_edge.i].lower_ == "that" \
                    and k.doc[k.left_edge.i].dep_ == "mark":
                return k
    return None


_COMPARATIVE_PREPS = {"than", "but", "as", "like", "except"}  # "more welcoming than X": a comparison, not a topic


_OBJECT_PREP_VERBS = _WORD_CLASSES["object_prep_verbs"]
_OBJECT_PREPS = _WORD_CLASSES["object_preps"]


def _stance_prep(verb: Token, child: Optional[Token]) -> Optional[Token]:
    """The preposition after a light verb's complement or object that opens what a stance is about ("be
    hungry for X", "be a critic of X", "have concerns about X"), or None. PolNeAR train: of light-verb cues
    with such a preposition, the content is its object about 255 times in 330, the complement 13. Also a
    preposition hung on "take" right after its object ("took aim at X", "took issue with X"; round 16)."""
    if child is None or child.dep_ not in ("acomp", "attr", "dobj", "oprd") or child.i < verb.i \
            or verb.lemma_.lower() not in _LIGHT_VERBS:
        return None
    for c in sorted(child.children, key=lambda c: c.i):
        if c.dep_ == "prep" and c.i > child.i:
            return c if c.lower_ not in _COMPARATIVE_PREPS and _prep_complement(c) is not None else None
    if child.dep_ == "dobj" and verb.lemma_.lower() in _OBJECT_PREP_VERBS:
        nxt = verb.doc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(verb.doc) else None
        if nxt is not None and nxt.head.i == verb.i and nxt.dep_ == "prep" and nxt.lower_ in _OBJECT_PREPS \
                and _prep_complement(nxt) is not None:
            return nxt
    return None


def _with_complements(verb: Token, obj: Token) -> tuple[int, int]:
    """An object's range stretched over the predicate that follows it ("called X a liar",
    "described X as Y"), since the annotation counts both as what was said."""
    start, end = obj.left_edge.i, obj.right_edge.i + 1
    if obj.dep_ != "dobj":
        return start, end
    for sib in sorted((c for c in verb.children if c.i >= end), key=lambda c: c.i):
        if sib.left_edge.i > end:
            break
        if sib.dep_ in ("oprd", "xcomp", "ccomp") or (sib.dep_ == "prep" and sib.lower_ in _COMPLEMENT_PREPS):
            end = sib.right_edge.i + 1
        else:
            break
    return start, end


_WRAP_PREPS = {"as", "for"}  # "which he described as Y", "X was criticized for Y"
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
_WH_OBJECTS = _RELATIVE_PRONOUNS | {"what"}  # "what aides called a detour"


def _wrapped_complement(verb: Token, obj: Token) -> Optional[int]:
    """The end of a predicate after the cue that completes a content standing before it: a relative
    pronoun object ("which he described as Y", "what aides called a detour") or a passive subject
    ("X has been criticized for Y", "X was dismissed as a stunt"). Train gold marks the pronoun or subject
    and the predicate as one (discontinuous) content, scored by its outer extent (on train 62
    contents became exact, 3 stopped being; gold disagrees after an agent or adverbial only, "of" or "to")."""
    if obj.i > verb.i or not (obj.dep_ == "nsubjpass" or (obj.dep_ == "dobj" and obj.lower_ in _WH_OBJECTS)):
        return None
    for sib in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if sib.dep_ in ("agent", "advmod", "prt", "neg", "npadvmod") or sib.is_punct:
            continue  # the source ("by his rivals") and the cue's own words sit between
        if sib.dep_ == "oprd" or (sib.dep_ == "prep" and sib.lower_ in _WRAP_PREPS and any(True for _ in sib.children)):
            return sib.right_edge.i + 1
        return None
    return None


# What may stand between a quote and its cue: commas, colons, dashes, spaces; or a full stop outside the
# closing mark followed by a comma or dash ('"…"., - concluded the director', common in translated news).
_QUOTE_GAP = re.compile(r"[ ,:—–-]{0,4}|\. ?[,—–-][ ,—–-]{0,3}")


def _adjacent_quote(doc: Doc, text: str, before: int, after: int, regions: list[CharSpan]) -> Optional[tuple[int, int]]:
    """Token range of a quote ending just before ``before`` or starting just after ``after``
    (only ``_QUOTE_GAP`` between), in the same paragraph."""
    for rs, re_ in regions:
        gap = text[re_:before] if re_ <= before else text[after:rs] if rs >= after else None
        if gap is not None and _QUOTE_GAP.fullmatch(gap):
            span = doc.char_span(rs, re_, alignment_mode="expand")
            if span is not None and len(span):
                return (span.start, span.end)
    return None


# Dependents after a cue that never outrank a quotation just before it (participles, adverbial clauses, prepositions).
_AFTER_QUOTE_DEPS = {"advcl", "xcomp", "csubj", "prep", "dep", "parataxis", "intj", "acomp", "oprd", "attr"}


def _quote_just_before(doc: Doc, text: str, before: int, regions: list[CharSpan]) -> Optional[tuple[int, int]]:
    """Token range of a quotation that ends just before ``before`` as the first part of a sentence ("“Q,” he
    said": a comma, question or exclamation mark or dash inside the closing mark, or a comma after it)."""
    rng = _adjacent_quote(doc, text, before, len(text) + 1, regions)
    if rng is None or text[: doc[rng[0]].idx].rstrip(" \t\xa0")[-1:] not in ("", "\n", ".", "?", "!", ":"):
        return None  # no quotation, or one inside a sentence ('calling him “a buffoon,” she said as …')
    end = doc[rng[1] - 1].idx + len(doc[rng[1] - 1].text)
    inner = text[:end].rstrip("\"”'’» ")[-1:]
    return rng if inner in (",", "?", "!", "—", "–", "-", "…") or text[end:before].strip().startswith(",") else None


def _second_clause(tok: Token, child: Token, regions: list[CharSpan]) -> bool:
    """An unquoted clause after the cue when another clause of the cue stands before it ("“Q,” she said,
    the council …"): the parser hung a following sentence or an aside on the cue; the quotation before
    outranks it. A quotation after the cue ("“Q1,” she said, “Q2”") stays the cue's content."""
    return child.dep_ == "ccomp" and _region_at(regions, tok.doc[child.left_edge.i].idx) is None \
        and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)


def _next_to(tok: Token, source: Optional[Token], start: int) -> bool:
    """True when only ``tok``'s own dependents (its source, auxiliaries, adverbs) and punctuation stand between
    token ``start`` and ``tok``: the cue itself follows the quotation, not a verb hung on another cue."""
    src = range(source.left_edge.i, source.right_edge.i + 1) if source is not None else range(0)
    return all(t.is_punct or t.is_space or t.head.i == tok.i or t.i in src for t in tok.doc[start : tok.i])


def _cut_around(doc: Doc, rng: tuple[int, int], cue: tuple[int, int], regions: list[CharSpan],
                keep_cue: bool = False) -> Optional[tuple[int, int]]:
    """Content never holds its own cue (keep the longer side; ``keep_cue``: a whole clause around the
    cue, "X seems to Y", keeps it), nor a paragraph break or a sentence end outside quotes (the parser
    sometimes merges sentences): one before the cue starts the content after it, one after ends it."""
    lo, hi = rng
    cs, ce = cue
    if not keep_cue and lo < ce and cs < hi:
        lo, hi = (lo, cs) if cs - lo >= hi - ce else (ce, hi)
    for i in range(lo, hi):
        t = doc[i]
        if _region_at(regions, t.idx) is not None:
            continue
        breaks = "\n" in t.text_with_ws or (
            t.text in (".", "?", "!") and i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].is_quote)
        )
        if breaks:
            if i < cs:
                lo = i + 1
            else:
                hi = i + 1
                break
    return _trim(doc, lo, hi)


def _char(doc: Doc, rng: Optional[tuple[int, int]]) -> Optional[CharSpan]:
    if rng is None:
        return None
    s, e = rng
    return (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))


def _widen_to_quote(span: CharSpan, cue: CharSpan, regions: list[CharSpan], text: Optional[str] = None) -> CharSpan:
    """Stretch content to the quoted passage it sits in (cue outside it) or that it starts at, and (given the
    text) to the end of a quotation it opens that closes later in the same paragraph."""
    s, e = span
    for rs, re_ in regions:
        if re_ <= s or rs >= e:
            continue
        cue_inside = rs <= cue[0] < re_
        if not cue_inside and rs <= s + 2 and re_ >= e - 3:
            s, e = min(s, rs), max(e, re_)
        elif rs <= s <= rs + 2 and re_ > e - 3:
            s, e = rs, max(e, re_)
        elif s <= rs and rs < e < re_ <= e + 3:
            e = re_
        elif text is not None and s < rs < e < re_ and not cue[0] < re_ <= cue[1] and "\n" not in text[e:re_] \
                and not (e <= cue[0] < re_):
            e = re_  # 'that “the farmers” “work very hard. And …”': the parser ended the clause at a full stop inside
    return (s, e)


_RESUME_GAP = 300  # characters between a cue and a resumed quote ("said X, a senior adviser to …. “Q2”")
_CLOSERS = "\"”'’»"
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Za-z]|\.[A-Za-z])$")  # "Sen", "Ill", "W", "U.S"


def _sentence_break(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a sentence inside it: a full stop, "!" or "?" and more text after,
    not counting the stop of a title or initial ("Sen. Claire", "George W. Bush", "U.S. Army")."""
    gap = text[start:end].rstrip()
    for m in re.finditer(r"[.!?][\"”'’»]*\s+\S", gap):
        if m.group(0)[0] == "." and _ABBREVIATION.search(text[max(0, start + m.start() - 8) : start + m.start()]):
            continue
        return True
    return False


def _another_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between a cue and a resumed quote holds a cue of its own ("…, who also said that
    X. “Q2”"): a speech verb of the lexicon with a clause of its own. A participle ("…, referring to X",
    "…, invoking X") does not count: train gold joins the quotes around it more often than not."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    lexicon = _lexicon()
    return any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon and any(c.dep_ == "ccomp" for c in t.children)
               for t in span)


def _continue_quote(text: str, content: CharSpan, after: int, regions: list[CharSpan],
                    doc: Optional[Doc] = None, cue_end: Optional[int] = None) -> CharSpan:
    """Extend "“Q1,” X said. “Q2.”" and "“Q1,” X said, “Q2.”" to cover Q2: a quote that resumes right
    after the cue's clause (a short quoted title inside that clause, "said on “This Week”", is passed over;
    not over another cue, given the parse)."""
    s, e = content
    if not any(re_ == e for _, re_ in regions) or after < e:
        return content
    for rs, re_ in regions:
        if rs < after:
            continue
        gap = text[after:rs]
        if "\n" in gap or len(gap) > _RESUME_GAP or not gap.strip():
            break
        if gap.strip().rstrip(_CLOSERS)[-1:] not in (".", ":", ","):  # 'said on “This Week.” “Q2”' ends the clause too
            if len(text[rs:re_].split()) <= 6 and not any(ch in gap for ch in ".!?"):
                continue  # a title in the cue's clause: look past it
            break
        if _sentence_break(text, after, rs) or (doc is not None and _another_cue(doc, min(after, cue_end or after), rs)):
            break  # another sentence or cue before the quote ("he said. Then he left. “…”"): not a resumption
        if "." in gap and text[:re_].rstrip("\"”'’» ").endswith(","):
            break  # '“Q1,” she said. “Q2,” …': a quote closing on a comma after a full stop has a cue of its own
        e = re_
        after = re_
        gap_ok = True
        for rs2, re2 in regions:
            if rs2 >= after and gap_ok:
                if text[after:rs2].strip() == "" and "\n" not in text[after:rs2]:
                    e = after = re2
                else:
                    gap_ok = False
        break
    return (s, e)


def _quote_before(text: str, content: CharSpan, before: int, regions: list[CharSpan]) -> CharSpan:
    """Extend a quote after its cue back over the quote that opens the sentence, "“Q1,” he said,
    “Q2.”": PolNeAR marks both halves as one content (scored by its outer extent)."""
    s, e = content
    if not any(rs == s for rs, _ in regions) or before > s:
        return content
    for rs, re_ in regions:
        gap = text[re_:before]
        if re_ <= before and len(gap) <= 3 and gap.strip() in ("", ",") and text[max(rs, re_ - 3):re_].count(",") \
                and "\n" not in text[re_:s]:
            return (rs, e)
    return content


def _quote_then_more(text: str, content: CharSpan, regions: list[CharSpan]) -> CharSpan:
    """Cut "…said “Q,” and left" back to the quotation: the parse hung the next verb on the quote."""
    s, e = content
    for rs, re_ in regions:
        if rs <= s <= rs + 2 and s < re_ < e and re.match(r"[,;]?\s+(and|but|then|before|after)\b", text[re_:e]):
            return (s, re_)
    return content


def source_key(node: Token, child: Token, before_cue: bool) -> str:
    """Key of a right-hand modifier of a source (or of its apposition) in the learned source table."""
    comma = child.left_edge.i > 0 and node.doc[child.left_edge.i - 1].text == ","
    word = child.lower_ if child.pos_ == "ADP" else child.pos_
    via = "root" if node.dep_ != "appos" else "appos"
    return f"{via}|{child.dep_}|{word}|{'comma' if comma else 'tight'}|{'before' if before_cue else 'after'}"


def _source_cut(head: Token, end: int, before_cue: bool, table: dict) -> int:
    """Where the source ends: before the first right-hand modifier of the head (or of its
    apposition) that annotators mostly leave out ("…, who led the forces,"), by learned rates."""
    nodes = [head] + [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    for node in nodes:
        for c in sorted(node.children, key=lambda c: c.i):
            if c.i > node.i and c.left_edge.i < end and table.get(source_key(node, c, before_cue), 1.0) < 0.5:
                return c.left_edge.i
    return end


def _source_range(head: Token, cue_tokens: list[Token]) -> Optional[tuple[int, int]]:
    """The source phrase: the subject's subtree without a non-restrictive relative clause
    (", who …,") and without anything before a paragraph break."""
    doc = head.doc
    start, end = _subtree_range(head, exclude=cue_tokens)
    table = _model().get("source_extent")
    if table and cue_tokens:
        end = _source_cut(head, end, head.i < cue_tokens[0].i, table)
    for c in head.children:
        if c.dep_ == "relcl" and c.i > head.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            if not table or c.left_edge.i >= end:
                end = min(end, c.left_edge.i - 1)
    for i in range(start, min(end, head.i)):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
    return _trim(doc, start, end, keep_quotes=False, keep_tail=",—–")


def _parenthetical(doc: Doc, rng: tuple[int, int], first: int, last: int) -> bool:
    """True when tokens ``[first, last)`` are set off by commas strictly inside ``rng``."""
    lo, hi = rng
    if last < hi and doc[last].text != "," and doc[last - 1].text == ",":
        last -= 1  # the closing comma attached inside the inserted clause
    return lo < first - 1 and last + 1 < hi and doc[first - 1].text == "," and doc[last].text == ","


def _inserted_cue_sentence(doc: Doc, rng: tuple[int, int], cs: int, ce: int, source: Token,
                           regions: list[CharSpan]) -> Optional[tuple[int, int]]:
    """The whole sentence around a cue inserted between commas ("After all, she argued, Obama won",
    "Turnout is low, officials say, because …"), when the content was built on one side only and the
    other side hangs off the content, not off the cue: PolNeAR then marks the content on both sides
    (a discontinuous span, scored by its outer extent). None otherwise."""
    first, last = min(cs, source.left_edge.i), max(ce, source.right_edge.i + 1)
    if first < 2 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last].text != ",":
        return None
    lo, hi = rng
    if not (hi <= first or lo >= last):
        return None
    start = _sent_start(doc[first - 1])
    end = last + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    if any("\n" in doc[i].text_with_ws for i in range(start, end - 1)):
        return None
    other = range(start, first - 1) if lo >= last else range(last + 1, end)
    words = [doc[i] for i in other if not (doc[i].is_punct or doc[i].is_space)]
    if not words or any(_region_at(regions, t.idx) is not None for t in words):
        return None  # nothing on the other side, or a quotation there: not this construction
    if any(_region_at(regions, doc[i].idx) is not None for i in range(lo, hi)):
        return None  # a quotation: the split-quote rules decide
    cue_side = set(range(first, last))
    hooked = [t for t in words if t.head.i not in other and t.head.i in cue_side]
    if any(not (t.dep_ == "advcl" and words[0].dep_ == "mark" and lo < first) for t in hooked):
        return None  # "On Monday, she said, …", "…, he said, adding …": the other side modifies the cue
    return start, end


def _sent_start(tok: Token) -> int:
    """Index of the first token of ``tok``'s sentence (``Token.sent`` rescans the whole doc)."""
    i = tok.i
    while i > 0 and not tok.doc[i].is_sent_start:
        i -= 1
    return i


_EXPERIENCER_OBJECT_VERBS = _WORD_CLASSES["experiencer_object_verbs"]


def _feeler(verb: Token, subject: Optional[Token], child: Optional[Token]) -> bool:
    """"The plan angered the farmers": a verb of feeling whose object feels and whose own subject (before it,
    active voice) is what the feeling is about, so the object is the source and the subject the content."""
    return child is not None and child.dep_ == "dobj" and child.i > verb.i and subject is not None \
        and subject.dep_ == "nsubj" and subject.head.i == verb.i and verb.lemma_.lower() in _EXPERIENCER_OBJECT_VERBS


def _object_relative(verb: Token, subject: Optional[Token], child: Optional[Token]) -> bool:
    """A verb in a relative clause with its own subject and no object or complement ("the plan she backed"):
    its object is the gap, i.e. the noun the clause modifies (PolNeAR train: content = that noun phrase in 37
    of the 81 gold cues of this shape that built no content before)."""
    return child is None and subject is not None and subject.dep_ == "nsubj" and subject.head.i == verb.i \
        and verb.dep_ == "relcl" and verb.pos_ == "VERB" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


_GAP_RELATIVIZERS = {"which", "that", "who", "whom"}


def _relative_gap(verb: Token, source: Optional[Token], rng: tuple[int, int]) -> Optional[int]:
    """Where the content starts when the cue heads a relative clause whose content after it has a gap the clause's
    first word fills ("a wall, which he said the neighbours should pay for", "rules that officials say will
    lapse", zero relative "countries he said had sent envoys"): gold marks the relative pronoun, or the head noun
    of a zero relative, through cue and source to the content's end as one content (outer extent). PolNeAR train,
    found pairs of this shape (round 18): a pronoun inside the content, gold starts at it 25 times, after the cue 7;
    the pronoun as the cue's object 6 / 2; a zero relative at the head noun 26 / 15. Not for "where", "when", "in
    which" (after the cue 60 times, at the pronoun 3) or a pronoun that is the speaker ("who said X"). None when
    the shape does not apply."""
    if verb.dep_ != "relcl" or source is None or source.head.i != verb.i or not source.i < verb.i < rng[1] - 1:
        return None
    first = verb.left_edge
    wh = first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ == "that" or source.tag_ in ("WDT", "WP")
    if not wh and first.i == source.left_edge.i:  # zero relative: the head noun is the gap unless the verb has an object
        noun = verb.head
        if noun.i >= first.i or noun.pos_ not in ("NOUN", "PROPN", "PRON") or any(c.dep_ == "dobj" for c in verb.children):
            return None
        return noun.left_edge.i
    if first.lower_ not in _GAP_RELATIVIZERS or first.i >= source.left_edge.i:
        return None
    if first.dep_ == "dobj" and first.head.i == verb.i:
        return first.i  # "which she has said was a mistake": the parser makes the pronoun the cue's object
    if first.dep_ in ("nsubj", "nsubjpass", "dobj") and rng[0] <= first.head.i < rng[1]:
        return first.i
    return None


def _asked_about(verb: Token) -> Optional[Token]:
    """The topic preposition of a passive addressee verb ("the mayor was asked about the levy"): its subject is
    who was asked, the topic what the question was about (PolNeAR train: the object of "about/on/of" is the
    content in 8 of 19 such cues, the whole clause 2, none 5)."""
    if verb.lemma_.lower() not in _ADDRESSEE_VERBS | _ADDRESSEE_IF_NAME:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("about", "on", "of")
                 and _prep_complement(c) is not None), None)


def _reduced_relative(verb: Token, child: Optional[Token]) -> bool:
    """A past participle after a noun with no object or complement of its own ("a figure later confirmed by the
    agency", "a plan announced on Monday"): the noun is what was confirmed or announced (PolNeAR train: of such
    cues that built no content, gold takes the noun phrase before the participle 29 times, the phrase with
    the participle 12, none 44)."""
    return child is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.pos_ == "VERB" \
        and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


def _quote_after(doc: Doc, text: str, tok: Token, addressee: Optional[Token], speech_start: int,
                 regions: list[CharSpan]) -> Optional[tuple[int, int]]:
    """A quotation opening right after the cue or its addressee ("he said: “Q”" after a fronted clause the
    parser took as the content, "telling the crowd, “Q”"), unless one also closes just before the speaker
    ("“Q1,” he said, “Q2”": the resumption rules join those)."""
    last = doc[addressee.right_edge.i] if addressee is not None else tok
    if _adjacent_quote(doc, text, speech_start, len(text) + 1, regions) is not None:
        return None
    return _adjacent_quote(doc, text, -1, last.idx + len(last.text), regions)


def _attribution_for(tok: Token, text: str, regions: list[CharSpan], score: float) -> Optional[Found]:
    """The attribution whose cue head is ``tok`` (``text`` is ``doc.text``), or None without content."""
    doc = tok.doc
    source_tok: Optional[Token] = None
    content_rng: Optional[tuple[int, int]] = None
    prep: Optional[Token] = None
    cue_end: Optional[int] = None
    whole_clause = False
    kind = "indirect"

    if tok.lower_ == "according" or (tok.pos_ == "ADP" and tok.dep_ == "prep"):
        cs, ce = cue_range(tok)
        source_tok = _prep_object(doc[ce - 1]) or _prep_object(tok)
        clause = tok.head
        while clause.dep_ in ("prep", "pobj") and clause.head is not clause:
            clause = clause.head
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        for i in range(lo, tok.left_edge.i):
            if doc[i].text in (":", ";"):
                lo = i + 1  # "It has not gone unnoticed: according to polls, X": the clause after the colon
        lead = [t for t in doc[lo : tok.left_edge.i] if not (t.is_punct or t.is_space)]
        if any(t.pos_ not in ("CCONJ", "ADV", "INTJ") for t in lead) and _trim(doc, tok.right_edge.i + 1, hi):
            content_rng, whole_clause = (lo, hi), True  # "X, according to Y, did Z": the outer extent
        else:
            content_rng = _subtree_range(clause, exclude=[tok])
        kind = "according_to"
    else:
        child = _content_child(tok)
        if child is not None and child.dep_ == "nsubjpass":
            child = _asked_about(tok) or child
        source_tok = _subject(tok)
        if _feeler(tok, source_tok, child):
            source_tok, content_rng, child = child, _subtree_range(source_tok), None
        elif _is_raising(tok):
            # "X seems to…", "X is expected to…": the whole clause is the content, the source unsaid
            source_tok, child = None, None
            content_rng = _raised_clause(tok)
            whole_clause = True
        elif source_tok is not None and source_tok.lower_ in ("it", "there") and tok.lemma_.lower() in _RAISING:
            source_tok = None  # "it seems that…": no one is speaking
        elif (source_tok is None or _quoted_before(source_tok, tok, regions)) and child is not None \
                and child.i > tok.i and child.dep_ in ("dobj", "attr", "npadvmod") and _follows_quote(tok, text, regions):
            # "“…,” concluded the director": inverted speaker (a subject the parser lent from inside the
            # quote, through a conjunction, cannot be the speaker of a cue outside it)
            source_tok, child = child, None
        elif source_tok is None and _doubled_cue(child) and _follows_quote(tok, text, regions):
            # '“…,” says Novak said': a slip doubling the cue; Novak is the speaker, the quote the content
            source_tok, child = next(c for c in child.children if c.dep_ == "nsubj"), None
        elif source_tok is None:
            source_tok = _loose_inverted_speaker(tok)
            if source_tok is None and _follows_quote(tok, text, regions):
                source_tok = _inverted_noun_phrase(tok)
        addressee = child is not None and child.dep_ in ("dobj", "dative") and _is_addressee(tok, child)
        speech_start = doc[min(tok.i, source_tok.left_edge.i if source_tok is not None else tok.i)].idx
        if content_rng is None and child is not None and (addressee or child.i < tok.i):
            content_rng = _quote_after(doc, text, tok, child if addressee else None, speech_start, regions)
        if content_rng is None and (child is None or addressee):
            # "told reporters": the addressee is not what was said; look for the quote next to it
            content_rng = _adjacent_quote(doc, text, speech_start, tok.idx + len(tok.text), regions)
        if content_rng is None and child is not None and child.i > tok.i and (
                child.dep_ in _AFTER_QUOTE_DEPS or _second_clause(tok, child, regions)):
            # "“Q,” Kiedis said, mentioning …", "“Q?” he said of Apple", "“Q,” she said as she left": a quotation
            # closing just before speaker and cue is what was said; what hangs after the cue is not
            content_rng = _quote_just_before(doc, text, speech_start, regions)
            if content_rng is not None and not _next_to(tok, source_tok, content_rng[1]):
                content_rng = None  # "“Q,” he said, referring to X": the quote is said's, not referring's
        medium = _medium_clause(tok) if content_rng is None and (child is None or child.dep_ == "prep") else None
        if content_rng is not None:
            pass
        elif medium is not None:
            # "said in a statement that X": the parser hangs the clause on the medium, which joins the cue
            content_rng = _subtree_range(medium)
            cue_end = medium.head.i + 1
        elif child is not None and child.dep_ == "prep":
            prep = child
            content_rng = _subtree_range(_prep_complement(child))
        elif child is not None and child.dep_ == "dobj" and _message_part(child) is not None:
            # "issued a statement saying X", "expressed confidence that X": the noun joins the cue
            part = _message_part(child)
            inner = _prep_object(part) if part.dep_ == "prep" else part
            content_rng = _subtree_range(inner)
            cue_end = (part.i + 1) if part.dep_ == "prep" else inner.left_edge.i
        elif _stance_prep(tok, child) is not None:
            # "are hungry for change", "has been a critic of X", "made remarks about X": the light verb, its
            # complement and the preposition are the cue, the preposition's object what the stance is about
            part = _stance_prep(tok, child)
            content_rng = _subtree_range(_prep_complement(part))
            cue_end = part.i + 1
        elif child is not None and (wrapped_end := _wrapped_complement(tok, child)) is not None:
            content_rng, whole_clause = (child.left_edge.i, wrapped_end), True
        elif child is not None:
            content_rng = _with_complements(tok, child)
        elif _object_relative(tok, source_tok, child) or _reduced_relative(tok, child):
            # "a deal she once backed", "everything he said", "a plan announced by the mayor": the verb's object
            # is the noun the clause modifies
            content_rng = _trim(doc, tok.head.left_edge.i, tok.left_edge.i)
        elif tok.dep_ in ("advcl", "parataxis", "conj", "ccomp") and tok.head.i != tok.i:
            full = (tok.head.left_edge.i, tok.head.right_edge.i + 1)
            if _parenthetical(doc, full, tok.left_edge.i, tok.right_edge.i + 1):
                content_rng, whole_clause = full, True  # "The move, Carr explained, was overdue"
            else:
                content_rng = _subtree_range(tok.head, exclude=[tok])
        elif tok.dep_ == "ROOT" and _sent_start(tok) > 0:
            # "“…,” he said." split off as its own sentence: the quote just before is the content
            prev = _region_at(regions, doc[_sent_start(tok)].idx - 2)
            if prev is not None:
                span = doc.char_span(prev[0], prev[1], alignment_mode="expand")
                if span is not None:
                    content_rng = (span.start, span.end)
        cs, ce = cue_range(tok, prep, content_rng, source_tok)
        if cue_end is not None and cue_end > ce:
            ce = cue_end
        gap_start = _relative_gap(tok, source_tok, content_rng) if content_rng and not whole_clause else None
        if gap_start is not None:
            content_rng, whole_clause = (gap_start, content_rng[1]), True  # "a wall, which he said X should pay for"
    if content_rng is None:
        return None
    if not whole_clause and content_rng[0] < cs and ce < content_rng[1]:
        first = min(cs, source_tok.left_edge.i) if source_tok is not None else cs
        last = max(ce, source_tok.right_edge.i + 1) if source_tok is not None else ce
        whole_clause = _parenthetical(doc, content_rng, first, last)  # "X, he said, Y": outer extent
    elif not whole_clause and kind != "according_to" and source_tok is not None:
        outer = _inserted_cue_sentence(doc, content_rng, cs, ce, source_tok, regions)
        if outer is not None:
            content_rng, whole_clause = outer, True  # "Voters, she suggested, need not worry": both sides
    content_rng = _cut_around(doc, content_rng, (cs, ce), regions, keep_cue=whole_clause)
    if content_rng is None:
        return None
    src = None
    if source_tok is not None:
        cue_tokens = [doc[i] for i in range(cs, ce)]
        src = _source_range(source_tok, cue_tokens)
        if src is not None and not whole_clause and not (src[1] <= content_rng[0] or src[0] >= content_rng[1]):
            if src[0] > content_rng[0]:
                content_rng = _trim(doc, content_rng[0], src[0]) or content_rng
            if not whole_clause and not (src[1] <= content_rng[0] or src[0] >= content_rng[1]):
                src = None  # a source inside its own content is a parse error
    cue = _char(doc, (cs, ce))
    content = _widen_to_quote(_char(doc, content_rng), cue, regions, text)
    source = _char(doc, src)
    after = max(cue[1], source[1] if source else 0)
    if content[1] <= cue[0]:
        content = _continue_quote(text, content, after, regions, doc, cue[1])
    elif content[0] >= after:
        content = _quote_before(text, _quote_then_more(text, content, regions),
                                min(cue[0], source[0] if source else cue[0]), regions)
    quoted = [r for r in regions if r[0] >= content[0] and r[1] <= content[1]]
    if kind != "according_to" and quoted:
        kind = "direct" if quoted[0][0] == content[0] and quoted[-1][1] == content[1] else "mixed"
    return Found(kind=kind, cue=cue, content=content, source=source, score=score)


def _orphan_quotes(doc: Doc, text: str, regions: list[CharSpan], found: list[Found]) -> list[Found]:
    """Stand-alone quoted passages with no cue of their own, handed to the speaker of the latest
    attribution before them (within two paragraphs): "He spoke on Monday. “We will win.”"."""
    out = []
    for rs, re_ in regions:
        if len(text[rs:re_].split()) < 4 or any(f.content[0] < re_ and rs < f.content[1] for f in found):
            continue
        lead = text[max(0, rs - 3) : rs].strip()
        if lead and lead[-1] not in ".?!:":
            continue  # a quote inside a sentence belongs to that sentence
        introducer = _previous_subject(doc, text, rs, any_noun=True) if lead.endswith(":") else None
        if introducer is not None:  # "Crowds filled the square: “…”": the colon's own clause names who speaks
            out.append(Found(kind="direct", cue=None, content=(rs, re_), source=introducer, score=0.3))
            continue
        prior = [f for f in found if f.content[1] <= rs and f.source is not None and text.count("\n\n", f.content[1], rs) <= 1]
        if prior:
            last = max(prior, key=lambda f: f.content[1])
            out.append(Found(kind="direct", cue=None, content=(rs, re_), source=last.source, score=round(0.5 * last.score, 3)))
            continue
        subj = _previous_subject(doc, text, rs)
        if subj is not None:
            out.append(Found(kind="direct", cue=None, content=(rs, re_), source=subj, score=0.3))
    return out


_LABEL_MAX_TOKENS = 12
_LINE_PREFIX = re.compile(r"[ \t\xa0\"“‘']*(?:[A-Z][A-Z ]+ [-–—] )?")  # '"' of a transcript turn, 'ANALYSIS - '
_SIGNATURE_DASH = re.compile(r"[ \t\xa0]*[―—–-][ \t\xa0]*")
_SIGNATURE_MAX_TOKENS = 6
_LABEL_SCORE = 0.6


def _line_bounds(text: str, pos: int) -> CharSpan:
    """Start and end of the line (text between newlines) holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end >= 0 else len(text)


_SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")
_LABEL_CHARS = re.compile(r"[\w .’'&-]+")


def _names_someone(tokens: list[Token], named: bool = True) -> bool:
    """A label or signature that can be a speaker: a name ('Pat Caddell', 'Foreign Ministry of X', a transcript's
    'PENCE'), not 'Then', 'Editor's note', 'Another problem for X' or a dateline 'MOSCOW'. ``named``: the last
    phrase's head must be a name ('Another problem for X' is no speaker); else a proper noun anywhere will do (a
    quotation follows, so it is a label)."""
    words = _text_and_regions(tokens[0].doc)[0][tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    if not _LABEL_CHARS.fullmatch(words) or words.lower().replace("’", "'") in word_list("attribution_non_speaker_labels.txt"):
        return False
    if words.isupper():
        return not all(t.ent_type_ in ("GPE", "LOC") for t in tokens if t.is_alpha)  # 'MOSCOW:' is a dateline
    if not named:
        return any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens)
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.is_alpha and (t.head.i not in inside or t.head.i == t.i)]
    return bool(heads) and (_is_name(heads[-1]) or any(c.dep_ in ("compound", "poss") and _is_name(c) for c in heads[-1].children))


def _is_name(tok: Token) -> bool:
    """A proper name: tagged so here, or a capitalised word the article tags as a name elsewhere (a headline's
    lone 'Trump:' is often tagged a common noun)."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in _SPEAKER_ENTS:
        return True
    return tok.is_title and tok.text in _doc_names(tok.doc)


@lru_cache(maxsize=4)
def _doc_names(doc: Doc) -> frozenset[str]:
    """Words the parse tags as proper nouns or speaker entities anywhere in the article."""
    return frozenset(t.text for t in doc if t.pos_ == "PROPN" or t.ent_type_ in _SPEAKER_ENTS)


def _colon_label(doc: Doc, text: str, colon: Token, regions: list[CharSpan]) -> Optional[Found]:
    """'Foreign Ministry of X: "…"', 'PENCE: Well, look…', 'Poll: X leads Y': a verbless name phrase opening
    its sentence, a colon, and what that name says — the quotation right after the colon, or, when the label
    opens its line (headlines, transcripts), the rest of the line."""
    line_start, line_end = _line_bounds(text, colon.idx)
    head = _LINE_PREFIX.match(text, line_start).end()
    label_start = max(head, doc[_sent_start(colon)].idx)
    before = text.rfind(":", label_start, colon.idx)
    if before >= 0:  # "Following is a transcript: Name: “…”": the label is the last one before the quotation
        label_start = before + 1 + len(text[before + 1 : colon.idx]) - len(text[before + 1 : colon.idx].lstrip())
    span = doc.char_span(label_start, colon.idx, alignment_mode="expand")
    label = [t for t in span if not t.is_space] if span is not None else []
    if not label or len(label) > _LABEL_MAX_TOKENS or label[0].idx < line_start:
        return None
    after = len(text) - len(text[colon.idx + 1 :].lstrip(" \t\xa0"))
    quoted = next(((rs, re_) for rs, re_ in regions if rs == after), None)
    if any(t.pos_ in ("VERB", "AUX") for t in label) or not _names_someone(label, named=quoted is None):
        return None  # "He said:" has its own cue
    source = _char(doc, _trim(doc, label[0].i, colon.i, keep_quotes=False))
    if quoted is None and label_start == head and line_end > after:
        content = (after, after + len(text[after:line_end].rstrip()))
        words = text[content[0] : content[1]].split()
        if len(words) < 4 or sum(w.endswith(",") for w in words) * 3 > len(words):
            return None  # 'Rubio: Just hang on.', 'Iowa: Tim Albrecht, Brad Anderson, …' are no statements
        kind = "mixed" if any(content[0] <= rs < content[1] for rs, _ in regions) else "indirect"
        kind = "direct" if label_start != line_start and text[line_start:label_start].strip() in ('"', "“") else kind
        if kind != "direct" and text[content[1] - 1] == ".":
            content = (content[0], content[1] - 1)  # a headline's full stop: PolNeAR leaves it out
    elif quoted is not None:
        content, kind = quoted, "direct"
    else:
        return None
    if source is None:
        return None
    return Found(kind=kind, cue=(colon.idx, colon.idx + 1), content=content, source=source, score=_LABEL_SCORE)


def _signature(doc: Doc, text: str, quoted: CharSpan) -> Optional[Found]:
    """'“…” ― Sonya Herridge': a quotation signed, after a dash, by a name that ends the line (testimonials,
    epigraphs, readers' voices)."""
    dash = _SIGNATURE_DASH.match(text, quoted[1])
    if dash is None or not text[quoted[1] : dash.end()].strip():
        return None
    _, line_end = _line_bounds(text, dash.end())
    name_end = dash.end() + len(text[dash.end() : line_end].rstrip(" \t\xa0."))
    span = doc.char_span(dash.end(), name_end, alignment_mode="expand") if name_end > dash.end() else None
    if span is None or not 0 < len(span) <= _SIGNATURE_MAX_TOKENS:
        return None
    if not all(t.pos_ == "PROPN" or t.is_title or t.text == "." for t in span) or not _names_someone(list(span)):
        return None
    cue_at = dash.end() - len(text[quoted[1] : dash.end()].lstrip(" \t\xa0"))
    return Found(kind="direct", cue=(cue_at, cue_at + 1), content=quoted, source=(span.start_char, span.end_char),
                 score=_LABEL_SCORE)


def _labelled_statements(doc: Doc, text: str, regions: list[CharSpan]) -> list[Found]:
    """Attributions written by layout rather than by a verb: a label and a colon, a quotation signed with a dash."""
    found = [f for t in doc if t.text == ":" for f in [_colon_label(doc, text, t, regions)] if f is not None]
    capitals = [f for f in found if text[f.source[0] : f.source[1]].isupper() and f.content not in regions]
    if len(capitals) < 2:  # one 'MOSCOW:' is a dateline; speakers' turns in a transcript come by the dozen
        found = [f for f in found if f not in capitals]  # but 'NATO: “…”' opens a quotation: a statement
    found += [f for r in regions for f in [_signature(doc, text, r)] if f is not None]
    return found


def _previous_subject(doc: Doc, text: str, pos: int, any_noun: bool = False) -> Optional[CharSpan]:
    """The named or pronoun subject of the sentence just before ``pos`` (same or previous paragraph); with
    ``any_noun``, any noun subject, active or passive ("rallies were held …:")."""
    span = doc.char_span(0, pos, alignment_mode="contract")
    last = next((t for t in reversed(span) if not t.is_space), None) if span is not None else None
    if last is None or text.count("\n\n", last.idx, pos) > 1:
        return None
    root, line_start = last, _line_bounds(text, last.idx)[0]
    while root.head.i != root.i and line_start <= root.head.idx < pos:  # not over a paragraph break, not into the quote
        root = root.head
    for c in root.children:
        if any_noun and c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in _PRONOUNS):
            return _char(doc, _trim(doc, c.left_edge.i, c.right_edge.i + 1, keep_quotes=False))
        if c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.lower_ in _PRONOUNS):
            return _char(doc, _trim(doc, c.left_edge.i, c.right_edge.i + 1, keep_quotes=False))
    return None


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    """Index of the first edge >= ``n`` (``len(edges)`` beyond the last); ``edges`` ascend."""
    return bisect_left(edges, n)


def triple_features(doc: Doc, tok: Token, found: Found, regions: list[CharSpan]) -> dict[str, float]:
    """Features of a whole candidate attribution (cue head, source, content) for the second-stage
    model, which sees what the cue model cannot: whether a source and a content were found, and how."""
    lemma = tok.lemma_.lower()
    z = math.log(max(found.score, 1e-6) / max(1.0 - found.score, 1e-6))
    src = "none"
    src_root = None
    if found.source is not None:
        span = doc.char_span(found.source[0], found.source[1], alignment_mode="expand")
        src_root = span.root if span is not None and len(span) else None
        if src_root is not None:
            src = src_root.lower_ if src_root.pos_ == "PRON" else src_root.ent_type_ or src_root.pos_
    cs, ce = found.content
    side = "after" if cs >= found.cue[1] else "before" if ce <= found.cue[0] else "around"
    content = doc.char_span(cs, ce, alignment_mode="expand")
    first = content[0] if content is not None and len(content) else None
    first_word = "none" if first is None else first.lower_ if first.is_punct or first.dep_ == "mark" or first.pos_ in ("ADP", "PART") else first.pos_
    ntok = len(content) if content is not None else 0
    in_quote = _region_at(regions, tok.idx) is not None
    feats = {
        "z": z,
        f"pbin={min(9, int(found.score * 10))}": 1.0,
        f"kind={found.kind}": 1.0,
        f"src={src}": 1.0,
        f"side={side}": 1.0,
        f"first={first_word}": 1.0,
        f"clen={_bucket(ntok, (2, 4, 8, 16, 32, 64))}": 1.0,
        f"cue_len={_bucket(found.cue[1] - found.cue[0], (6, 12, 20, 40))}": 1.0,
        f"inq={in_quote}": 1.0,
        f"lemma={lemma}": 1.0,
        f"lemma_kind={lemma}|{found.kind}": 1.0,
        f"lemma_src={lemma}|{src if src in ('none', 'PERSON', 'ORG') else 'other'}": 1.0,
        f"lemma_side={lemma}|{side}": 1.0,
        f"lemma_first={lemma}|{first_word}": 1.0,
        f"kind_src={found.kind}|{src}": 1.0,
        f"dep={tok.dep_}|{tok.pos_}": 1.0,
    }
    counts = _model().get("lemma_counts")
    if counts:  # the lemma's training cue rate with what the rules built around it
        cls = lemma_class(counts.get(rate_key(tok)))
        src_kind = src if src in ("none", "PERSON", "ORG", "NORP", "GPE") or src.islower() else "other"
        for k, v in (("src", src_kind), ("kind", found.kind), ("side", side), ("first", first_word),
                     ("clen", _bucket(ntok, (2, 4, 8, 16, 32, 64)))):
            feats[f"lclass_{k}={cls}|{v}"] = 1.0
    for f in cue_features(tok, in_quote, _near_quote(regions, tok.idx)):
        feats["c:" + f] = 1.0  # the cue model's own view, re-weighted jointly with the rest
    cls = lemma_class(counts.get(rate_key(tok))) if counts else "new"
    feats.update(_surrounding_cues(doc, tok, found, regions, cls, src_root))
    return feats


_QUOTE_CHARS = frozenset("\"“”‘’'«»„")
_STRONG_CUE = 0.5  # a cue score the surrounding-cue features count as another attribution


def _content_type(doc: Doc, found: Found) -> str:
    """What the content is: a quotation, a to-infinitive, a that- or wh-clause, a clause with its own
    subject, a verb phrase, a noun phrase, or else the content root's part of speech."""
    cs, ce = found.content
    if _text_and_regions(doc)[0][cs : cs + 1] in _QUOTE_CHARS:
        return "quote"
    span = doc.char_span(cs, ce, alignment_mode="expand")
    if span is None or not len(span):
        return "none"
    first, root = span[0], span.root
    if first.lower_ == "to" and len(span) > 1 and span[1].pos_ in ("VERB", "AUX"):
        return "inf"
    if first.lower_ == "that" and first.dep_ == "mark":
        return "that"
    if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WRB"):
        return "wh"
    if root.pos_ in ("VERB", "AUX"):
        return "clause" if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) else "vp"
    return "np" if root.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else root.pos_


def _surrounding_cues(doc: Doc, tok: Token, found: Found, regions: list[CharSpan], cls: str,
                      src_root: Optional[Token]) -> dict[str, float]:
    """Second-stage features from the other cues around a candidate (round 11): whether a strong cue
    governs it (a stance inside someone's reported words is theirs, not the article's attribution), how
    many strong cues share its sentence or sit in its content, whether its lemma cues elsewhere in the
    article and its source speaks elsewhere; plus what its content is (× lemma, × rate class) and
    whether it opens a paragraph."""
    scores = doc_cue_scores(doc, regions)
    lemma = tok.lemma_.lower()
    up, hops, node = None, 0, tok
    while node.head.i != node.i and hops < 8:
        node, hops = node.head, hops + 1
        if scores.get(node.i, 0.0) >= _STRONG_CUE:
            up = node
            break
    gov = "no" if up is None else "near" if hops <= 2 else "far"
    sent = tok.sent
    others = [scores.get(t.i, 0.0) for t in sent if t.i != tok.i]
    n_strong = min(3, sum(p >= _STRONG_CUE for p in others))
    top = max(others, default=0.0)
    cs, ce = found.content
    holds = any(t.i != tok.i and cs <= t.idx < ce and scores.get(t.i, 0.0) >= _STRONG_CUE for t in sent)
    ctype = _content_type(doc, found)
    lemmas, subjects = _strong_cue_words(doc, scores)
    own = scores.get(tok.i, 0.0) >= _STRONG_CUE  # the candidate itself is not "elsewhere"
    feats = {
        f"gov={gov}": 1.0, f"gov_cls={gov}|{cls}": 1.0,
        f"sent_strong={n_strong}": 1.0, f"sent_strong_gov={n_strong}|{gov}": 1.0,
        f"sent_max={min(9, int(top * 10))}": 1.0, f"sent_top={scores.get(tok.i, 0.0) >= top}": 1.0,
        f"holds={holds}": 1.0, f"holds_cls={holds}|{cls}": 1.0,
        f"ctype={ctype}": 1.0, f"lemma_ctype={lemma}|{ctype}": 1.0, f"cls_ctype={cls}|{ctype}": 1.0,
        f"lemma_elsewhere={lemmas[lemma] - own > 0}": 1.0,
    }
    if up is not None:
        feats[f"gov_lemma={up.lemma_.lower()}"] = 1.0
    if src_root is None or src_root.pos_ == "PRON":
        feats[f"src_speaks={'none' if src_root is None else 'pron'}"] = 1.0
    else:
        own_subject = _subject(tok) if own else None
        speaks = subjects[src_root.lower_] - (own_subject is not None and own_subject.lower_ == src_root.lower_) > 0
        feats[f"src_speaks={speaks}"] = 1.0
    feats.update(_inner_report(doc, tok, regions, scores, cls))
    line_start = _text_and_regions(doc)[0].rfind("\n", 0, tok.idx) + 1
    feats[f"para_first={sent.start_char <= line_start + 2}"] = 1.0
    return feats


@lru_cache(maxsize=2)
def _built_memo(doc: Doc) -> list:
    """Per-doc memo of the contents the rules build for the strong cues: [the scores used, index -> range]."""
    return [None, {}]


def _built_contents(doc: Doc, scores: dict[int, float], regions: list[CharSpan]) -> dict[int, CharSpan]:
    """Token index -> the content the rules build for every strong cue of the doc. Built from the cue
    scores alone, not from which candidates the second stage keeps, so train and run time agree; rebuilt
    on every scoring pass (``score_cues`` makes a new scores dict), so it depends on the doc and model only."""
    memo = _built_memo(doc)
    if memo[0] is not scores:
        text = _text_and_regions(doc)[0]
        built = {}
        for i, p in scores.items():
            if p >= _STRONG_CUE:
                try:
                    f = _attribution_for(doc[i], text, regions, p)
                except (IndexError, ValueError):
                    f = None
                if f is not None:
                    built[i] = f.content
        memo[:] = [scores, built]
    return memo[1]


def _inner_report(doc: Doc, tok: Token, regions: list[CharSpan], scores: dict[int, float], cls: str) -> dict[str, float]:
    """Second-stage features for a cue inside the content built for an earlier strong cue (rounds 22-23): the
    enclosing cue's lemma and how the candidate's clause joins (advcl / relcl / ccomp / xcomp / acl, with or
    without its own subject, in quotation marks or not). Whether such an inner report is annotated depends on the
    join: a relative clause mostly not. A coordinated (``conj``) cue counts as not inner: ``_coordinated_cues``
    cuts the content before it when the second stage keeps it (round 22's retrain, with it inner, refused those)."""
    if tok.dep_ == "conj":  # a coordinated cue is round 21's ``_coordinated_cues``' to cut and credit, not refused here
        return {"inner=no": 1.0}
    outer = [i for i, (s, e) in _built_contents(doc, scores, regions).items() if i < tok.i and s <= tok.idx < e]
    if not outer:
        return {"inner=no": 1.0}
    up = doc[max(outer)]
    rel = tok.dep_ if tok.dep_ in ("advcl", "relcl", "ccomp", "xcomp", "acl") else "other"
    subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    inq = _region_at(regions, tok.idx) is not None
    return {"inner=yes": 1.0, f"inner_rel={rel}|{subj}": 1.0, f"inner_relq={rel}|{inq}": 1.0,
            f"inner_outer={up.lemma_.lower()}": 1.0, f"inner_cls={cls}|{rel}": 1.0}


def _rerank(feats: dict[str, float], rerank: dict) -> float:
    w = rerank["weights"]
    z = rerank["bias"] + sum(w.get(f, 0.0) * v for f, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=2)
def _text_and_regions(doc: Doc) -> tuple[str, list[CharSpan]]:
    """``doc.text`` (which spaCy rebuilds on every access) and its quote regions, once per doc."""
    text = doc.text
    return text, quote_regions(text)


def candidates(doc: Doc, threshold: float, extra: frozenset[int] = frozenset(),
               text_regions: Optional[tuple[str, list[CharSpan]]] = None) -> Iterable[tuple[Token, Found, list[CharSpan]]]:
    """(cue head, attribution, quote regions) for every cue scoring at least ``threshold``, and for the
    candidate tokens in ``extra`` (token indices the span tagger marks as cue) whatever their score."""
    text, regions = text_regions or _text_and_regions(doc)
    for tok, p in score_cues(doc, regions):
        if p < threshold and tok.i not in extra:
            continue
        try:
            found = _attribution_for(tok, text, regions, p)
        except (IndexError, ValueError):  # a malformed parse must never lose the article
            found = None
        if found is not None:
            yield tok, found, regions


def find_attributions(doc: Doc, threshold: Optional[float] = None, orphans: bool = True,
                      tagger: Optional[np.ndarray] = None) -> list[Found]:
    """All attributions in a parsed text, one per cue, each with character spans into ``doc.text``.

    With a second-stage model in the model file, cues above its candidate threshold are kept when
    the whole attribution scores at least ``threshold`` (default: the model's); else the cue score
    decides. ``orphans`` adds cue-less quotes credited to the preceding speaker (PolNeAR has none).
    ``tagger``: the MiniLM span tagger's per-token probabilities (``tagger_probs``) to mix in as
    ``tagger.json`` says; by default computed only when the ``attribution_tagger`` setting is on.
    """
    if tagger is None:
        tagger = tagger_probs(doc)
    mix = _tagger_mix() if tagger is not None else None
    mix = mix or {}
    edge = mix.get("edge", {})
    keep = mix.get("keep")
    floor = mix.get("cue_floor")
    extra = frozenset(np.flatnonzero(tagger[:, _ROLE_COL["cue"]] >= floor).tolist()) if floor else frozenset()
    bonus = {role: _edge_bonus(tagger, role, edge.get(role, 0.0)) for role in _ROLE_COL}
    model = _model()
    rerank = model.get("rerank")
    boundary = model.get("boundary")
    cue_boundary = model.get("cue_boundary")
    source_boundary = model.get("source_boundary")
    if rerank:
        thr = rerank["threshold"] if threshold is None else threshold
        first = rerank["candidate_threshold"]
    else:
        thr = first = model.get("threshold", 0.5) if threshold is None else threshold
    text, regions = _text_and_regions(doc)
    labelled = _labelled_statements(doc, text, regions)
    out: list[Found] = []
    heads: list[Token] = []
    taken: list[CharSpan] = [(f.source[0], f.cue[1]) if f.source[0] < f.cue[0] else f.cue for f in labelled]
    for tok, found, _ in candidates(doc, first, extra, (text, regions)):
        if rerank:
            p = _rerank(triple_features(doc, tok, found, regions), rerank)
            if keep:
                p = _tagger_keep(doc, tagger, found, p, keep)
            if p < thr and _unseen_speech_verb(tok, rerank.get("cue_lemmas", model.get("lemma_counts") or model["weights"]), _lexicon()):
                p = thr  # a speech verb never a cue in the training data: the lexicon vouches for it
            if p < thr and found.kind == "direct" and found.source and tok.lemma_.lower() in _lexicon():
                p = thr  # a quotation with a speaker and a speech-verb cue: evidence enough on its own
            if p < thr and _relayed_report(doc, tok, found):
                p = thr  # "The agency says X said ...": the report a report relays is a claim of its own
            if p < thr:
                continue
            found = Found(found.kind, found.cue, found.content, found.source, round(p, 3))
        if any(s <= found.cue[0] < e for s, e in taken):
            continue
        if boundary:
            found = refine_content(doc, tok, found, regions, boundary, bonus["content"])
        if cue_boundary:
            found = refine_cue(doc, tok, found, cue_boundary, bonus["cue"])
        if source_boundary:
            found = refine_source(doc, tok, found, source_boundary, bonus["source"])
        found = _known_as(doc, tok, _passive_unsourced(tok, _dated_source(doc, found)))
        found = _close_quote(doc, _whole_words(doc, _catenative_cue(doc, tok, found)))
        found = _past_dateline(text, _according_subject(doc, _passive_subject(doc, tok, found)))
        if not _makes_a_claim(doc, found):
            continue
        taken.append(found.cue)
        out.append(found)
        heads.append(tok)
    out = _nested_actions(doc, _uncross(doc, _coordinated_cues(doc, out, heads)))
    out = [_tag_inside_quote(doc, f, regions, out) for f in out]
    out.extend(labelled)
    if orphans:
        out.extend(_orphan_quotes(doc, text, regions, out))
        out.sort(key=lambda f: f.content)
    return out


def _relayed_report(doc: Doc, tok: Token, found: Found) -> bool:
    """A report relayed by another: a speech verb with a named subject in the reported clause of another speech verb
    ("The agency says Naryshkin said the West was to blame"), or one that "according to X" holds ("According to him,
    they believe that ..."). Chains the rankers refuse since round 26's retrain (PolNeAR often leaves an inner report
    unannotated, so the ``inner*`` features weigh against it); kept by rule."""
    if found.source is None or tok.lemma_.lower() not in _lexicon():
        return False
    src = doc.char_span(*found.source, alignment_mode="expand")
    if src is None or not len(src) or src.root.head.i != tok.i or src.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "according" for c in tok.children):
        return True  # "According to him, they believe that ...": his words hold their belief
    return tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _lexicon() and src.root.pos_ == "PROPN"


def _nested_actions(doc: Doc, found: list[Found]) -> list[Found]:
    """Drop a speakerless action inside someone's reported words ("According to Ana, the attempt to
    conclude a deal will fail"): no one makes "the attempt" here, and the words are already Ana's."""
    actions = word_list("attribution_action_nouns.txt")
    out = []
    for f in found:
        cue = doc.char_span(*f.cue, alignment_mode="expand") if f.source is None else None
        head = cue.root if cue is not None and len(cue) else None
        if head is not None and head.dep_ == "acl" and head.head.lemma_.lower() in actions \
                and any(g is not f and g.source is not None and _inside(f.cue, g.content) for g in found):
            continue
        out.append(f)
    return out


def _coordinated_cues(doc: Doc, found: list[Found], heads: list[Token]) -> list[Found]:
    """"X said that A and called B a liar": a verb coordinated inside a content after its cue, with no subject
    of its own and kept as a cue itself, is X's next attribution, not part of the first one's words. The first
    content stops before the conjunction and the second cue takes X as its speaker (the parser hangs the verb
    on A's verb, so the rules gave it A's subject). Train, such kept cues: gold stops there 57 times, runs on
    22; where the second is annotated its speaker is X 46 of 55 times."""
    at = {t.i: n for n, t in enumerate(heads)}
    out = list(found)
    for n in sorted(range(len(found)), key=lambda n: heads[n].i):  # a chain "said A, and B and C" left to right
        f, tok = out[n], heads[n]
        span = doc.char_span(*f.content, alignment_mode="expand") if f.content[0] >= f.cue[1] else None
        verb = next((t for t in span if t.i in at and t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                     and (t.head.i == tok.i or span.start <= t.head.i < t.i)
                     and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None) if span is not None else None
        if verb is None:
            continue
        cc = next((c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i), None)
        rng = _trim(doc, span.start, cc.i if cc is not None else verb.left_edge.i)
        if rng is None:
            continue
        out[n] = Found(f.kind, f.cue, _char(doc, rng), f.source, f.score)
        m = at[verb.i]
        g = out[m]
        out[m] = Found(g.kind, g.cue, g.content, f.source, g.score)
    return out


def _speech_extent(f: Found) -> CharSpan:
    """Where an attribution's speaker and cue sit (its cue alone without a source)."""
    return (min(f.cue[0], f.source[0]), max(f.cue[1], f.source[1])) if f.source else f.cue


def _inside(inner: CharSpan, outer: CharSpan) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _uncross(doc: Doc, found: list[Found]) -> list[Found]:
    """Two attributions whose contents hold each other's cue cross, which nesting never does
    ('Voters are told that X, the chairman explained'): the content with the other's speaker and cue
    at its edge ('that X, the chairman explained') stops short of them."""
    out = list(found)
    for i, a in enumerate(out):
        for b in out:
            if b is a or not (_inside(b.cue, a.content) and _inside(a.cue, b.content)):
                continue
            lo, hi = _speech_extent(b)
            s, e = a.content
            if not _inside((lo, hi), a.content):
                continue
            tail, head = doc.char_span(hi, e, alignment_mode="expand"), doc.char_span(s, lo, alignment_mode="expand")
            if tail is not None and all(t.is_punct or t.is_space for t in tail) and head is not None and len(head):
                rng = _trim(doc, head.start, head.end)
            elif head is not None and all(t.is_punct or t.is_space for t in head) and tail is not None and len(tail):
                rng = _trim(doc, tail.start, tail.end)
            else:
                continue
            if rng is not None:
                out[i] = a = Found(a.kind, a.cue, _char(doc, rng), a.source, a.score)
    return out


# Content made only of these says nothing ("condemned by" -> "by"): no attribution.
_EMPTY_CONTENT_POS = {"ADP", "CCONJ", "SCONJ", "DET", "PART", "AUX", "PUNCT", "SPACE", "SYM", "X"}


def _makes_a_claim(doc: Doc, found: Found) -> bool:
    """False for a content without a content word, for a cue inside a fixed phrase ("to say the least",
    ``attribution_idioms.txt``), and for a question asking who says something ("Who blames whom?": the
    source is the sentence's opening wh-word)."""
    if found.cue is not None and _in_idiom(_text_and_regions(doc)[0], found.cue):
        return False
    content = doc.char_span(*found.content, alignment_mode="expand")
    if content is not None and all(t.pos_ in _EMPTY_CONTENT_POS for t in content):
        return False
    source = doc.char_span(*found.source, alignment_mode="expand") if found.source else None
    if source is not None and len(source) == 1 and source[0].tag_ in ("WP", "WDT") and not _relative(source[0]):
        return not source[0].sent.text.rstrip().endswith("?")  # "X's roulette: who blames whom?" asks too
    return True


@lru_cache(maxsize=None)
def _idioms() -> re.Pattern:
    """Every fixed phrase of ``attribution_idioms.txt`` as one whole-word pattern."""
    phrases = sorted(word_list("attribution_idioms.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _in_idiom(text: str, cue: CharSpan) -> bool:
    """Whether the cue is a word of a fixed phrase from ``attribution_idioms.txt`` around it."""
    offset = max(0, cue[0] - 30)
    window = text[offset : cue[1] + 30].lower()
    return any(m.start() + offset < cue[1] and cue[0] < m.end() + offset for m in _idioms().finditer(window))


def _relative(wh: Token) -> bool:
    """A wh-word opening a relative clause ("the man who said"), not a question after a colon, which the
    parser also files as a relative clause of the noun before it ("X's gamble: who blames whom?")."""
    clause = wh.head
    return clause.dep_ == "relcl" and not any(t.text == ":" for t in wh.doc[clause.head.i : wh.i])


_UNSOURCED_PASSIVES = frozenset({"ask", "know"})


def _passive_unsourced(tok: Token, found: Found) -> Found:
    """"Asked about X, she said", "was asked about X", "a town known as X": the subject of a passive "ask" or
    "know" is the one asked or named, not the speaker, and PolNeAR leaves the source empty (train gold: no source
    for 64 of the 70 found pairs this changes). Only without a "by" agent, and not the perfect "has asked"."""
    if found.source is None or tok.lemma_.lower() not in _UNSOURCED_PASSIVES or tok.tag_ != "VBN":
        return found
    deps = {c.dep_ for c in tok.children}
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
    if "agent" in deps or (perfect and "auxpass" not in deps):
        return found
    return Found(found.kind, found.cue, found.content, None, found.score)


def _known_as(doc: Doc, tok: Token, found: Found) -> Found:
    """"is known as X", "was known for X": the preposition naming what the thing is known as joins the cue,
    as PolNeAR annotates it (train gold: 16 of the 17 found pairs this changes); the cue ranker stops at the verb."""
    if tok.lemma_.lower() != "know" or tok.tag_ != "VBN" or found.content is None:
        return found
    end = next((t.i for t in doc[tok.i:] if t.idx >= found.cue[1]), len(doc))
    if end >= len(doc) or doc[end].lower_ not in ("as", "for") or doc[end].head.i != tok.i:
        return found
    prep = doc[end]
    if doc[end - 1].idx + len(doc[end - 1]) != found.cue[1] or found.content[0] == prep.idx:
        return found
    return Found(found.kind, (found.cue[0], prep.idx + len(prep)), found.content, found.source, found.score)


def _weekday_phrase(t: Token) -> bool:
    """"on Tuesday", "during a Sunday interview", a bare "Monday night": a phrase naming a day (a proper-noun
    date) that is only a date, no participle or clause inside."""
    obj = _prep_object(t) if t.dep_ == "prep" else t
    if obj is None or obj.ent_type_ not in ("DATE", "TIME") or any(w.pos_ == "VERB" for w in t.subtree):
        return False
    return (t.dep_ == "npadvmod" or t.lower_ in ("on", "during")) and any(
        w.pos_ == "PROPN" and w.ent_type_ == "DATE" for w in t.subtree)


def _dated_source(doc: Doc, found: Found) -> Found:
    """"Trump on Tuesday said", "The campaign Monday said": a date hung on the speaker's noun says when it
    spoke, not who, and PolNeAR's source stops before it; a date inside a participle or relative clause
    ("a poll released Tuesday") stays, and so does a plain "next year" or "today" (gold keeps those)."""
    if found.source is None:
        return found
    toks = doc.char_span(found.source[0], found.source[1], alignment_mode="expand")
    if toks is None or len(toks) < 2 or toks[-1].ent_type_ not in ("DATE", "TIME"):
        return found
    inside = {t.i for t in toks}
    date = next((t for t in toks if t.dep_ in ("prep", "npadvmod") and t.head.i in inside
                 and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.left_edge.i
                 and t.right_edge.i == toks[-1].i
                 and _weekday_phrase(t)), None)
    if date is None:
        return found
    last = date.left_edge.i - 1
    if doc[last].pos_ in ("ADV", "ADP"):  # "a poll out Monday": the date finishes the phrase "out Monday"
        return found
    return Found(found.kind, found.cue, found.content, (found.source[0], doc[last].idx + len(doc[last])), found.score)


def _catenative_cue(doc: Doc, tok: Token, found: Found) -> Found:
    """"tends to exaggerate X", "declined to comment on X": when the content starts past the "to"-infinitive
    that follows the cue head, that verb (with its particle or preposition before the content) joins the cue,
    as PolNeAR annotates it; the edge models place the content but never reach past a cue's head phrase."""
    if found.content is None or found.content[0] < found.cue[1]:
        return found
    end = next((t.i for t in doc[tok.i:] if t.idx >= found.cue[1]), len(doc))
    if end >= len(doc) or doc[end].lower_ != "to" or doc[end - 1].idx + len(doc[end - 1]) != found.cue[1]:
        return found
    verb = doc[end].head
    if verb.dep_ != "xcomp" or verb.head.i != tok.i or not end < verb.i <= end + 2:
        return found
    end = verb.i + 1
    while end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == verb.i:
        end += 1
    if end + 1 < len(doc) and doc[end].dep_ == "prep" and doc[end].head.i == verb.i and doc[end + 1].idx == found.content[0]:
        end += 1
    if doc[end - 1].idx + len(doc[end - 1]) > found.content[0]:
        return found
    return Found(found.kind, (found.cue[0], doc[end - 1].idx + len(doc[end - 1])), found.content, found.source, found.score)


def _whole_words(doc: Doc, found: Found) -> Found:
    """Source and content never end or start inside a hyphenated word ("the Minsk Group co-chairs")."""
    def widen(span: Optional[CharSpan]) -> Optional[CharSpan]:
        if span is None:
            return None
        s, e = span
        text = _text_and_regions(doc)[0]  # doc.text rebuilds the string on every access
        while e + 1 < len(text) and text[e] in "-‐‑" and text[e - 1].isalnum() and text[e + 1].isalnum():
            e += 1
            while e < len(text) and text[e].isalnum():
                e += 1
        while s > 1 and text[s - 1] in "-‐‑" and text[s - 2].isalnum() and text[s].isalnum():
            s -= 1
            while s > 0 and text[s - 1].isalnum():
                s -= 1
        return (s, e)

    source, content = widen(found.source), widen(found.content)
    if source == found.source and content == found.content:
        return found
    return Found(found.kind, found.cue, content, source, found.score)


def _passive_subject(doc: Doc, tok: Token, found: Found) -> Found:
    """"X was declared the winner", "an archive designed to store cables", "a town known as Y": an agentless
    passive with no speaker says something about its subject, and PolNeAR's content starts at the subject (or
    at the noun a participle modifies), over the cue, to the content's end (round 24, train found pairs of this
    shape: gold from the subject 33 times, after the cue 5). Not the passive of a verb whose object is the one
    addressed ("was asked to", "was told that"): its subject is who was asked, and gold starts after the cue."""
    if found.source is not None or found.content[0] < found.cue[1] or tok.tag_ != "VBN":
        return found
    deps = {c.dep_ for c in tok.children}
    if "agent" in deps or tok.lemma_.lower() in _ADDRESSEE_VERBS | _ADDRESSEE_IF_NAME:
        return found
    if "auxpass" in deps:
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    elif tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        subject = tok.head
        while subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ in ("NOUN", "PRON", "NUM"):
            subject = subject.head.head  # "the row of shops known as X": the whole noun phrase
    else:
        subject = None
    if subject is None or subject.lower_ in ("it", "there"):  # "it was forgotten that X": no one's words
        return found
    start = subject.left_edge.i
    if doc[start].idx >= found.cue[0] or _sent_start(tok) > start \
            or any("\n" in t.text_with_ws for t in doc[start : tok.i]):
        return found
    rng = _trim(doc, start, tok.i + 1)
    if rng is None:
        return found
    return Found(found.kind, found.cue, (doc[rng[0]].idx, found.content[1]), found.source, found.score)


def _according_subject(doc: Doc, found: Found) -> Found:
    """"According to the survey, most voters want X": when the parser hangs the content's subject on the source as
    an apposition, the source runs on over it and the content starts at a verb with no subject. The source
    then stops at the comma before that phrase, and the content starts there (round 24, train: 5 such pairs)."""
    if found.kind != "according_to" or found.source is None or found.source[0] < found.cue[1]:
        return found
    text = _text_and_regions(doc)[0]
    if text[found.source[1] : found.content[0]].strip() not in ("", ","):
        return found
    src = doc.char_span(*found.source, alignment_mode="expand")
    first = doc.char_span(*found.content, alignment_mode="expand")
    if src is None or first is None or len(src) < 3 or first[0].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return found
    if any(c.dep_ in _SUBJ for c in first[0].children):
        return found
    last = max(t.i for t in src if not t.is_punct)  # the source may keep the phrase's closing comma
    subject = next((t for t in src if src.start + 1 < t.left_edge.i and doc[t.left_edge.i - 1].text == ","
                    and t.right_edge.i >= last and src.start <= t.head.i < t.left_edge.i), None)
    if subject is None:
        return found
    rng = _trim(doc, src.start, subject.left_edge.i - 1)
    if rng is None:
        return found
    return Found(found.kind, found.cue, (subject.left_edge.idx, found.content[1]), _char(doc, rng), found.score)


def _tag_inside_quote(doc: Doc, found: Found, regions: list[CharSpan], others: list[Found]) -> Found:
    """"If the bill passes, she said, “it will be too late”": a speech tag between commas followed by a
    quotation that goes on with the sentence (its first letter lower case) splits one content, and PolNeAR
    marks it from the sentence's first word (scored by its outer extent). Train, found pairs with words before
    such a tag: gold from the sentence start 23 times, at the quotation 6; with a capital after the mark
    ("…, she said, “It will …”") the quotation alone is the content (75 / 8), so that stays. The words before the
    tag must hold a clause or the quotation's subject ("If X, …", "The reality is, …", "That, …"): after a bare
    connective or time phrase ("But,", "Still,", "At the same time,") gold mostly takes the quotation alone. Nor
    when they hold a quotation or another attribution's cue: the content then starts inside the sentence."""
    if found.source is None:
        return found
    text = _text_and_regions(doc)[0]
    lo, hi = min(found.cue[0], found.source[0]), max(found.cue[1], found.source[1])
    region = _region_at(regions, found.content[0])
    if region is None or region[0] != found.content[0] or not re.fullmatch(r", ?", text[hi : found.content[0]]):
        return found
    first = re.match(r"[\"“”‘’'«»]+ ?([^\W\d_])", text[found.content[0] : found.content[0] + 6])
    if first is None or not first.group(1).islower():
        return found
    tag = doc.char_span(lo, hi, alignment_mode="expand")
    if tag is None or tag.start < 2 or doc[tag.start - 1].text != ",":
        return found
    start = _sent_start(doc[tag.start - 1])
    for i in range(start, tag.start - 1):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
    rng = _trim(doc, start, tag.start - 1)
    if rng is None or not any((t.pos_ in ("VERB", "AUX") and t.dep_ != "prep") or t.dep_ in _SUBJ for t in doc[rng[0] : rng[1]]):
        return found  # only a connective or a phrase of time before the tag ("Still,", "At the same time,")
    s, e = doc[rng[0]].idx, doc[rng[1] - 1].idx
    if any(s <= r[1] and r[0] <= e for r in regions) or any(s <= f.cue[0] <= e for f in others):
        return found
    return Found(found.kind, found.cue, (s, found.content[1]), found.source, found.score)


_OPEN_CLOSE = (("“", "”"), ("‘", "’"))
_CLOSING_TAIL = re.compile(r"[.,!?]?([”’\"']{1,2})")


def _open_quote(content: str) -> Optional[str]:
    """The closing mark a content still owes: it opens a quotation (“, ‘, or a straight mark opening a word)
    and ends before the mark that closes it ("defense of ‘New York values" owes ’)."""
    for opener, closer in _OPEN_CLOSE:
        last = content.rfind(opener)
        if last >= 0 and closer not in content[last:]:
            return closer
    for mark in ('"', "'"):
        opens = [m.start() for m in re.finditer(r"(?:^|(?<=\s))" + mark + r"(?=\w)", content)]
        if opens and not re.search(r"\w[.,!?]?" + mark + r"(?!\w)", content[opens[-1]:]):
            return mark
    return None


# what can open a paragraph before its first sentence: a list mark ("-", "~", "•"), or a wire dateline ("PORTVILLE,
# Ore. (Wire) — ", "HARBOURTON, May 4 (Wire) — ", "BAKU ― ", "YEREVAN - ", "MOSCOW -- ": capitals, an optional
# place or date after a comma, an optional agency, a dash between spaces; "AFL-CIO" is a name)
_DATELINE = re.compile(r"[-~•*·][ \xa0]*(?=[A-Z\"“‘'])|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?"
                       r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Za-z ]+\))?[ \xa0]+(?:--|[-–—―])[ \xa0]+(?=[A-Z\"“‘'])")


def _past_dateline(text: str, found: Found) -> Found:
    """A source or content that starts inside the dateline or list mark opening its paragraph starts after it:
    the parser hangs the place on the first noun phrase ("MOSCOW — Sen. X said", "-X writes"), and PolNeAR's
    spans never hold it (train: gold sources and contents start inside such an opener 0 times of 286)."""
    def past(span: Optional[CharSpan]) -> Optional[CharSpan]:
        if span is None:
            return None
        line = text.rfind("\n", 0, span[0]) + 1
        if span[0] - line > 40:  # a dateline is short; most spans start far from their line's start
            return span
        m = _DATELINE.match(text, line)
        if m is None or not line <= span[0] < m.end() < span[1]:
            return span
        return (m.end(), span[1])

    source, content = past(found.source), past(found.content)
    if source == found.source and content == found.content:
        return found
    return Found(found.kind, found.cue, content, source, found.score)


def _close_quote(doc: Doc, found: Found) -> Found:
    """A content or source that opens a quotation and stops just before its closing mark ends after it, taking
    the full stop or comma the mark encloses ("‘New York values.’", "host of “The Apprentice,”"): the parser
    leaves the marks outside."""
    text = _text_and_regions(doc)[0]

    def closed(span: Optional[CharSpan]) -> Optional[CharSpan]:
        if span is None:
            return None
        s, e = span
        owed = _open_quote(text[s:e])
        m = _CLOSING_TAIL.match(text, e) if owed else None
        if m is None or owed not in m.group(1) or e <= found.cue[0] < m.end():
            return span
        return (s, m.end())

    content, source = closed(found.content), closed(found.source)
    if content == found.content and source == found.source:
        return found
    return Found(found.kind, found.cue, content, source, found.score)


_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
             "they": None, "it": None, "its": None, "their": None, "who": None}


def _relative_antecedent(doc: Doc, s: int, e: int) -> Optional[CharSpan]:
    """The noun phrase a relative-pronoun source stands for, up to where the relative clause opens
    ("the envoy of Ruritania, who said…" names "the envoy of Ruritania")."""
    if _text_and_regions(doc)[0][s:e].lower() not in _RELATIVE_PRONOUNS:
        return None
    pron = doc.char_span(s, e)
    clause = pron[0].head if pron is not None and len(pron) == 1 else None
    if clause is None or clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    noun = clause.head
    if not noun.left_edge.i <= noun.i < clause.left_edge.i:
        return None
    return _char(doc, _trim(doc, noun.left_edge.i, clause.left_edge.i, keep_quotes=False))


def _speaker(doc: Doc, text: str, span: CharSpan, actors: Optional[ActorIndex]) -> SpeakerRef:
    """The canonical actor for a source span (by its head word when the actor index can tell),
    else the nearest earlier actor for a bare pronoun, else the span text ("some protesters")."""
    s, e = span
    antecedent = _relative_antecedent(doc, s, e)
    if antecedent is not None:  # "statements which indicate…", "the envoy, who said…": name the noun, keep the span
        return _speaker(doc, text, antecedent, actors).model_copy(update={"span": (s, e)})
    actor = None
    phrase = doc.char_span(s, e, alignment_mode="expand")
    if actors is not None:
        resolve = getattr(actors, "resolve_phrase", None)
        if resolve is not None and phrase is not None and len(phrase):
            actor = resolve(phrase)[0]
        else:
            actor = actors.actor_at(s, e)
    word = text[s:e].lower()
    if actor is None and actors is not None and word in _PRONOUNS:
        kind, gender = _PRONOUNS[word], actors.pronoun_gender(word)
        best = -1
        for a in actors.actors:
            if (kind and a.kind != kind) or (gender and actors.gender(a.id) not in (gender, None)):
                continue
            for ms, me in a.mentions:
                if me <= s and ms > best and s - me < 1500:
                    best, actor = ms, a
    return SpeakerRef(actor=actor.id if actor else None, name=actor.name if actor else text[s:e], span=(s, e),
                      sourcing=_sourcing(phrase, actor))


_NAMING_ENTS = ("PERSON", "ORG", "GPE", "FAC", "LOC")
_PERSONAL_PRONOUNS = frozenset({*_PRONOUNS, "i", "me", "we", "us", "you", "them", "our", "my"}) - {"who"}


def _sourcing(phrase: Optional[Span], actor: Optional[Actor]) -> str:
    """Whether a reader can tell who the source is: a name (or a pronoun or role standing for a named actor), a
    description only ("officials", "a senior diplomat", "Russian officials", "Armenians"), or a pronoun left
    unresolved. "The ministry" after the ministry was named is named: definite, singular, and its own word is
    in the actor's name."""
    if phrase is None or not len(phrase):
        return "unresolved" if actor is None else "named"
    head = phrase.root
    if head.lower_ in _PERSONAL_PRONOUNS:  # as named as what it stands for: "they" after "Armenians" names no one
        return "unresolved" if actor is None else "unnamed" if actor.kind == "group" else "named"
    if actor is not None and actor.kind == "person":
        return "named"
    if actor is not None and actor.kind == "group":
        return "unnamed"
    if head.ent_type_ in _NAMING_ENTS or (head.pos_ == "PROPN" and head.ent_type_ != "NORP"):
        return "named"
    definite = any(t.dep_ == "poss" or t.lower_ in ("the", "this", "that") for t in head.children)
    own_word = actor is not None and head.lemma_.lower() in actor.name.lower()
    return "named" if definite and head.tag_ in ("NN", "NNP") and own_word else "unnamed"


def extract_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    """Quote records for the article: speaker resolved to a canonical actor where one matches."""
    text = _text_and_regions(doc)[0]
    quotes = []
    for f in find_attributions(doc):
        quotes.append(
            Quote(
                kind=f.kind,
                speaker=_speaker(doc, text, f.source, actors) if f.source is not None else None,
                cue=TextSpan(text=text[f.cue[0] : f.cue[1]], span=f.cue) if f.cue else None,
                content=TextSpan(text=text[f.content[0] : f.content[1]], span=f.content),
                confidence=round(min(1.0, max(0.0, f.score)), 3),
            )
        )
    return quotes


# ---------------------------------------------------------------- learned content boundaries

_BOUNDARY_WINDOW = 30  # tokens either side of the rule-built boundary that the boundary model may move to
_FUNCTION_POS = {"ADP", "CCONJ", "SCONJ", "DET", "PART", "PUNCT", "PRON", "AUX"}


def _word(tok: Optional[Token]) -> str:
    if tok is None:
        return "<none>"
    if tok.is_space or "\n" in tok.text:
        return "<nl>"
    return tok.lower_ if tok.pos_ in _FUNCTION_POS or tok.is_quote else tok.pos_


class _Tree(NamedTuple):
    """A doc's parse as plain lists: the boundary rankers walk heads and edges thousands of times
    per article, and a list index costs a fraction of building a spaCy ``Token``."""

    head: list[int]
    left: list[int]  # left edge of each token's subtree
    right: list[int]
    dep: list[str]
    word: list[str]  # ``_word`` of each token
    breaks: list[bool]  # a line break in the token or its trailing whitespace


@lru_cache(maxsize=2)
def _tree(doc: Doc) -> _Tree:
    """The doc's ``_Tree``, once per doc (the cache keeps the last docs alive, as ``_arcs``)."""
    toks = list(doc)  # one Token object per position for the six columns
    return _Tree([t.head.i for t in toks], [t.left_edge.i for t in toks], [t.right_edge.i for t in toks],
                 [t.dep_ for t in toks], [_word(t) for t in toks], ["\n" in t.text_with_ws for t in toks])


def _rel_fn(tree: _Tree, cue: Token, root: Token):
    """Where a syntactic node (index) sits relative to the cue and to the rule-built content's root."""
    in_root = {t.i for t in root.subtree}
    under_cue = {t.i for t in cue.subtree}
    root_i, cue_i, head = root.i, cue.i, tree.head

    def rel(n: int) -> str:
        if n == root_i:
            return "root"
        if head[n] == cue_i:
            return "cuechild"
        if n == cue_i:
            return "cue"
        if n in in_root:
            return "inroot"
        if n in under_cue:
            return "undercue"
        return "out"

    return rel


def _closing(tree: _Tree, i: int, floor: int) -> int:
    """The largest subtree that ends at token ``i`` and starts at or after ``floor`` (its head index)."""
    return _ancestors_ending(tree, i, floor)[-1]


def _opening(tree: _Tree, i: int, ceil: int) -> int:
    """The largest subtree that starts at token ``i`` and ends before ``ceil`` (its head index)."""
    head, left, right = tree.head, tree.left, tree.right
    a = i
    while head[a] != a and left[head[a]] == i and right[head[a]] < ceil:
        a = head[a]
    return a


def _ancestors_ending(tree: _Tree, i: int, floor: int) -> list[int]:
    """Token ``i`` and each ancestor whose subtree ends at ``i`` and starts at or after ``floor``."""
    head, left, right = tree.head, tree.left, tree.right
    out = [i]
    a = i
    while head[a] != a and right[head[a]] == i and left[head[a]] >= floor:
        a = head[a]
        out.append(a)
    return out


@lru_cache(maxsize=2)
def _arcs(doc: Doc):
    """(absolute head index, is-punctuation, sentence starts up to each token) arrays of a doc, for
    fast crossing-arc and sentence-crossing counts; cached because every candidate needs them
    (the cache keeps the last docs alive, so their ids cannot be reused while cached)."""
    from spacy.attrs import HEAD, IS_PUNCT, SENT_START

    arr = doc.to_array([HEAD, IS_PUNCT, SENT_START]).astype(np.int64)
    idx = np.arange(len(doc))
    starts = np.concatenate(([0], np.cumsum(arr[:, 2] == 1)))  # [i + 1]: sentence starts in 0..i
    return idx + arr[:, 0], arr[:, 1].astype(bool), starts


def _crossings(arcs, bounds: list[tuple[int, int]], cue_i: int) -> list[int]:
    """For each token range ``[s, e)``: dependency arcs (other than to the cue) joining tokens inside
    it to tokens within ``_BOUNDARY_WINDOW`` outside, capped at 3; a clean constituent boundary has
    none. One array pass for all of a ranker's candidates."""
    if not bounds:
        return []
    heads, punct, _ = arcs
    b = np.asarray(bounds, dtype=np.int64)
    s, e = b[:, :1], b[:, 1:]
    lo, hi = np.maximum(0, s - _BOUNDARY_WINDOW), np.minimum(len(heads), e + _BOUNDARY_WINDOW)
    i = np.arange(int(lo.min()), int(hi.max()))
    h = heads[i]
    counted = (h != i) & (h != cue_i) & (i != cue_i) & ~punct[i] & (lo <= i) & (i < hi)
    crosses = ((s <= i) & (i < e)) != ((s <= h) & (h < e))
    return np.minimum(3, np.count_nonzero(counted & crosses, axis=1)).tolist()


def _delta(d: int) -> str:
    s = "+" if d > 0 else "-" if d < 0 else ""
    return s + str(_bucket(abs(d), (0, 1, 2, 4, 8, 16)))


def boundary_candidates(doc: Doc, cue_tok: Token, found: Found, regions: list[CharSpan]):
    """``(side, token boundary, features)`` for every position the content's end ("end") or start
    ("start") could move to, within the paragraph, never over the cue or source, never splitting a
    quotation; the rule-built boundary is among them. None when the content is a direct quote."""
    if found.kind == "direct" or found.cue is None:
        return None
    span = doc.char_span(found.content[0], found.content[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    s0, e0 = span.start, span.end
    blocked = [found.cue] + ([found.source] if found.source else [])
    after = found.content[0] >= found.cue[1]
    if not after and found.content[1] > found.cue[0]:
        return None  # content around the cue ("X, he said, Y"): the outer extent is kept
    tree = _tree(doc)
    lo, hi = max(0, s0 - _BOUNDARY_WINDOW), min(len(doc), e0 + _BOUNDARY_WINDOW)
    spans = [b for b in (doc.char_span(bs, be, alignment_mode="expand") for bs, be in blocked) if b is not None and len(b)]
    outer: list[int] = []
    if after and spans:
        first_i, last_i = min(b.start for b in spans), max(b.end for b in spans)
        if 0 < first_i and doc[first_i - 1].text == "," and last_i < s0 <= last_i + 2 and doc[last_i].text == ",":
            # "Cost estimates, he added, will rise": the content may start before the inserted cue
            top = max(_sent_start(doc[first_i - 1]), first_i - _BOUNDARY_WINDOW)
            outer = [i for i in range(top, first_i - 1) if not any(tree.breaks[i:first_i])]
    for b in spans:  # the content stays on its side of the cue and the source
        if b.end <= s0:
            lo = max(lo, b.end)
        elif b.start >= e0:
            hi = min(hi, b.start)
    for i in range(s0 - 1, lo - 1, -1):  # the paragraph
        if tree.breaks[i]:
            lo = i + 1
            break
    for i in range(e0 - 1, hi):
        if tree.breaks[i]:
            hi = i + 1
            break
    rel = _rel_fn(tree, cue_tok, span.root)
    arcs = _arcs(doc)
    lemma = cue_tok.lemma_.lower()
    side = "after" if after else "before"
    common = [f"kind={found.kind}", f"side={side}"]
    dep, word = tree.dep, tree.word

    def splits_quote(pos: int, base: int) -> bool:
        r = _region_at(regions, pos)
        return r is not None and r[0] < pos and r != _region_at(regions, base)

    starts = arcs[2]

    def sent_cross(a: int, b: int) -> bool:
        lo_, hi_ = min(a, b), min(max(a, b), len(doc) - 1)
        return hi_ > lo_ and starts[hi_ + 1] - starts[lo_ + 1] > 0

    base_end = doc[e0].idx if e0 < len(doc) else len(_text_and_regions(doc)[0])
    lexicon = _lexicon()  # speech verbs other than the cue near the content: another attribution's edge
    speech = [i for i in range(max(0, lo - 1), min(len(doc), hi + 1)) if i != cue_tok.i and doc[i].pos_ == "VERB"
              and doc[i].lemma_.lower() in lexicon]

    ends = []  # within the window of the rule-built end, also inward (a run-on content is not quadratic)
    for e in range(max(s0 + 1, e0 - _BOUNDARY_WINDOW), hi + 1):
        last = doc[e - 1]
        if last.is_space or last.text in _EDGE_TRIM and e != e0:
            continue
        if e < len(doc) and splits_quote(doc[e].idx, base_end):
            continue
        ends.append(e)
    out = []
    for e, cross in zip(ends, _crossings(arcs, [(s0, e) for e in ends], cue_tok.i)):
        nxt = doc[e] if e < len(doc) else None
        closed = _closing(tree, e - 1, s0)
        d = _delta(e - e0)
        w_last, w_next = word[e - 1], word[e] if nxt is not None else "<none>"
        closes = f"{dep[closed]}|{rel(closed)}"
        f = common + [
            f"d={d}", f"last={w_last}", f"next={w_next}", f"last_next={w_last}|{w_next}",
            f"closes={closes}", f"d_closes={d}|{closes}",
            f"sent={sent_cross(e - 1, e0 - 1)}|{d[0] if d[0] in '+-' else '0'}", f"lemma_d={lemma}|{d}",
        ]
        if nxt is not None:
            opened = _opening(tree, e, len(doc))
            opens = f"{dep[opened]}|{rel(opened)}"
            f += [f"opens={opens}|{w_next}", f"d_opens={d}|{opens}"]
            f.append(f"next_sent_start={nxt.is_sent_start}")
            f.append(f"lemma_next={lemma}|{w_next}")
        f.append(f"lemma_closes={lemma}|{closes}")
        f += [f"cross={cross}", f"cross_last_next={cross}|{w_last}|{w_next}"]
        f += [f"closes_any={dep[a]}|{rel(a)}" for a in _ancestors_ending(tree, e - 1, s0)]
        f.append(f"sent_end={nxt is None or nxt.is_sent_start or (nxt.is_punct and (e + 1 >= len(doc) or doc[e + 1].is_sent_start))}")
        if nxt is not None and nxt.text == "," and e + 1 < len(doc):  # ", which …", ", who …", ", and …"
            after = _opening(tree, e + 1, len(doc))
            f += [f"next2={word[e + 1]}", f"opens2={dep[after]}|{rel(after)}|{word[e + 1]}"]
        between = [i for i in speech if min(e, e0) <= i < max(e, e0)]
        if between:  # moving the end over another speech verb ("X and said that Y", "…, which he called Y")
            f.append(f"speech_between={dep[between[0]]}|{d[0]}")
        out.append(("end", e, ["end:" + x for x in f]))
    begins = []
    for s in outer + list(range(lo, min(e0, s0 + _BOUNDARY_WINDOW + 1))):
        first = doc[s]
        if first.is_space or first.text in _EDGE_TRIM and s != s0:
            continue
        if splits_quote(first.idx, doc[s0].idx):
            continue
        begins.append(s)
    for s, cross in zip(begins, _crossings(arcs, [(s, e0) for s in begins], cue_tok.i)):
        opened = _opening(tree, s, e0)
        d = _delta(s - s0)
        w_first, w_prev = word[s], word[s - 1] if s > 0 else "<none>"
        opens = f"{dep[opened]}|{rel(opened)}"
        f = common + [
            f"d={d}", f"first={w_first}", f"prev={w_prev}", f"prev_first={w_prev}|{w_first}",
            f"opens={opens}", f"d_opens={d}|{opens}",
            f"sent={sent_cross(s, s0)}|{d[0] if d[0] in '+-' else '0'}", f"lemma_d={lemma}|{d}",
            f"first_sent_start={doc[s].is_sent_start}", f"lemma_first={lemma}|{w_first}", f"outer={s < lo}",
            f"lemma_opens={lemma}|{opens}",
        ]
        f += [f"cross={cross}", f"cross_prev_first={cross}|{w_prev}|{w_first}"]
        if s > 0:
            closed = _closing(tree, s - 1, 0)
            f += [f"prev_closes={dep[closed]}|{rel(closed)}|{w_prev}"]
        between = [i for i in speech if min(s, s0) <= i < max(s, s0)]
        if between:
            f.append(f"speech_between={dep[between[0]]}|{d[0]}")
        out.append(("start", s, ["start:" + x for x in f]))
    return out


def edge_char(doc: Doc, side: str, pos: int) -> int:
    """The character offset of a candidate token boundary: a "start" at ``pos`` opens at that token,
    an "end" at ``pos`` closes after the token before it."""
    return doc[pos].idx if side == "start" else doc[pos - 1].idx + len(doc[pos - 1].text)


def _best_range(cands, model: dict, bonus=None) -> Optional[tuple[int, int]]:
    """The (start, end) token boundaries a boundary ranker scores highest, each side chosen on its
    own (plus ``bonus(side, pos)``, the span tagger's edge log-odds, when given); None when there are
    no candidates or the two would cross."""
    w = model["weights"]
    best: dict[str, tuple[float, int]] = {}
    for side, pos, feats in cands or ():
        z = sum(map(w.get, feats, repeat(0.0)))
        if bonus is not None:
            z += bonus(side, pos)
        if side not in best or z > best[side][0]:
            best[side] = (z, pos)
    if "start" not in best or "end" not in best or best["start"][1] >= best["end"][1]:
        return None
    return best["start"][1], best["end"][1]


def refine_content(doc: Doc, cue_tok: Token, found: Found, regions: list[CharSpan], model: dict, bonus=None) -> Found:
    """The attribution with its content start and end moved to the best-scoring boundaries of the
    learned boundary ``model`` (``{"bias", "weights"}``); direct quotes are left as they are."""
    best = _best_range(boundary_candidates(doc, cue_tok, found, regions), model, bonus)
    rng = _trim(doc, *best) if best else None
    if rng is None:
        return found
    content = _char(doc, rng)
    kind = found.kind
    quoted = [r for r in regions if r[0] >= content[0] and r[1] <= content[1]]
    if kind != "according_to" and quoted:
        kind = "direct" if quoted[0][0] == content[0] and quoted[-1][1] == content[1] else "mixed"
    return Found(kind, found.cue, content, found.source, found.score)


_CUE_WINDOW = 8  # tokens either side of the cue head that the cue-boundary model may reach


def _cue_word(tok: Optional[Token]) -> str:
    if tok is None:
        return "<none>"
    if tok.is_space or "\n" in tok.text:
        return "<nl>"
    if tok.pos_ in _FUNCTION_POS or tok.pos_ in ("ADV", "VERB") or tok.is_quote:
        return tok.lemma_.lower() if tok.pos_ == "VERB" else tok.lower_
    return tok.ent_type_ or tok.pos_


def cue_boundary_candidates(doc: Doc, cue_tok: Token, found: Found):
    """``(side, token boundary, features)`` for every start and end the cue could take around its
    head word, kept off the source and the content and within the sentence; the rule-built
    boundary is among them."""
    if found.cue is None:
        return None
    cue = doc.char_span(found.cue[0], found.cue[1], alignment_mode="expand")
    if cue is None or not len(cue) or not (cue.start <= cue_tok.i < cue.end):
        return None
    c0, c1 = cue.start, cue.end
    lo, hi = max(0, cue_tok.i - _CUE_WINDOW), min(len(doc), cue_tok.i + _CUE_WINDOW + 1)
    for bs, be in [found.content] + ([found.source] if found.source else []):
        b = doc.char_span(bs, be, alignment_mode="expand")
        if b is None or not len(b):
            continue
        if b.end <= c0:
            lo = max(lo, b.end)
        elif b.start >= c1:
            hi = min(hi, b.start)
        elif b.start < c0 < b.end or b.start < c1 <= b.end:
            return None  # cue inside its content ("X, he said, Y" outer extent): left as built
    for i in range(cue_tok.i - 1, lo - 1, -1):
        if i < c0 and (doc[i].is_punct or "\n" in doc[i].text_with_ws):
            lo = i + 1
            break
    for i in range(cue_tok.i, hi):
        if i >= c1 and (doc[i].is_space or (doc[i].is_punct and doc[i].text != ":")):
            hi = i
            break
        if i >= c1 - 1 and "\n" in doc[i].text_with_ws:
            hi = i + 1
            break
    lemma = cue_tok.lemma_.lower()
    tree = _tree(doc)
    side = "none" if found.content is None else "after" if found.content[0] >= found.cue[1] else "before"
    out = []
    for e in range(cue_tok.i + 1, hi + 1):
        last, nxt = doc[e - 1], doc[e] if e < len(doc) else None
        if e != c1 and (last.is_space or (last.is_punct and last.text != ":")):
            continue
        d = _delta(e - c1)
        closed = _closing(tree, e - 1, cue_tok.i + 1) if e > cue_tok.i + 1 else cue_tok.i
        f = [f"d={d}", f"side_d={side}|{d}", f"last={_cue_word(last)}", f"next={_cue_word(nxt)}",
             f"lemma_last={lemma}|{_cue_word(last)}", f"lemma_d={lemma}|{d}", f"last_next={_cue_word(last)}|{_cue_word(nxt)}",
             f"closes={tree.dep[closed]}|{'head' if tree.head[closed] == cue_tok.i else 'cue' if closed == cue_tok.i else 'deep'}",
             f"lemma_closes={lemma}|{tree.dep[closed]}"]
        out.append(("end", e, ["cend:" + x for x in f]))
    for s in range(lo, cue_tok.i + 1):
        first, prev = doc[s], doc[s - 1] if s > 0 else None
        if s != c0 and (first.is_space or first.is_punct):
            continue
        d = _delta(s - c0)
        opened = _opening(tree, s, cue_tok.i) if s < cue_tok.i else cue_tok.i
        f = [f"d={d}", f"side_d={side}|{d}", f"first={_cue_word(first)}", f"prev={_cue_word(prev)}",
             f"lemma_first={lemma}|{_cue_word(first)}", f"lemma_d={lemma}|{d}", f"prev_first={_cue_word(prev)}|{_cue_word(first)}",
             f"opens={tree.dep[opened]}|{'head' if tree.head[opened] == cue_tok.i else 'cue' if opened == cue_tok.i else 'deep'}",
             f"lemma_opens={lemma}|{tree.dep[opened]}"]
        out.append(("start", s, ["cstart:" + x for x in f]))
    return out


def refine_cue(doc: Doc, cue_tok: Token, found: Found, model: dict, bonus=None) -> Found:
    """The attribution with its cue start and end moved to the best-scoring boundaries of the
    learned cue-boundary ``model``."""
    best = _best_range(cue_boundary_candidates(doc, cue_tok, found), model, bonus)
    return Found(found.kind, _char(doc, best), found.content, found.source, found.score) if best else found


_SOURCE_WINDOW = 12  # tokens beyond the rule-built source that the source-boundary model may reach


def _src_rel_fn(tree: _Tree, head: Token):
    """Where a syntactic node (index) sits relative to the source's head word."""
    below = {t.i for t in head.subtree}
    head_i, heads = head.i, tree.head

    def rel(n: int) -> str:
        if n == head_i:
            return "head"
        if heads[n] == head_i:
            return "child"
        if tree.dep[heads[n]] == "appos" and heads[heads[n]] == head_i:
            return "appos_child"
        return "deep" if n in below else "out"

    return rel


def source_boundary_candidates(doc: Doc, cue_tok: Token, found: Found):
    """``(side, token boundary, features)`` for every start and end the source could take around
    its head word, off the cue and the content, within the paragraph; the rule-built one included."""
    if found.source is None or found.cue is None:
        return None
    src = doc.char_span(found.source[0], found.source[1], alignment_mode="expand")
    if src is None or not len(src):
        return None
    s0, e0, head = src.start, src.end, src.root
    lo, hi = max(0, s0 - _SOURCE_WINDOW), min(len(doc), e0 + _SOURCE_WINDOW)
    for bs, be in (found.cue, found.content):
        b = doc.char_span(bs, be, alignment_mode="expand")
        if b is None or not len(b) or (b.start <= s0 and e0 <= b.end):
            continue
        if b.end <= head.i:
            lo = max(lo, b.end)
        elif b.start > head.i:
            hi = min(hi, b.start)
        else:
            return None
    for i in range(head.i - 1, lo - 1, -1):
        if "\n" in doc[i].text_with_ws:
            lo = i + 1
            break
    for i in range(head.i, hi):
        if "\n" in doc[i].text_with_ws:
            hi = i + 1
            break
    side = "before" if found.source[1] <= found.cue[0] else "after"
    arcs, tree = _arcs(doc), _tree(doc)
    rel, dep, word = _src_rel_fn(tree, head), tree.dep, tree.word
    ends = [e for e in range(head.i + 1, hi + 1)
            if e == e0 or not (doc[e - 1].is_space or (doc[e - 1].is_punct and doc[e - 1].text not in ",—–)"))]
    out = []
    for e, cross in zip(ends, _crossings(arcs, [(s0, e) for e in ends], cue_tok.i)):
        d = _delta(e - e0)
        closed = _closing(tree, e - 1, head.i)
        w_last, w_next = word[e - 1], word[e] if e < len(doc) else "<none>"
        f = [f"d={d}", f"side_d={side}|{d}", f"last={w_last}", f"next={w_next}",
             f"last_next={w_last}|{w_next}", f"closes={dep[closed]}|{rel(closed)}",
             f"d_closes={d}|{dep[closed]}|{rel(closed)}", f"cross={cross}"]
        if e < len(doc):
            opened = _opening(tree, e, len(doc))
            f.append(f"opens={dep[opened]}|{rel(opened)}|{w_next}")
        out.append(("end", e, ["send:" + x for x in f]))
    begins = [s for s in range(lo, head.i + 1) if s == s0 or not (doc[s].is_space or doc[s].is_punct)]
    for s, cross in zip(begins, _crossings(arcs, [(s, e0) for s in begins], cue_tok.i)):
        d = _delta(s - s0)
        opened = _opening(tree, s, head.i + 1)
        w_first, w_prev = word[s], word[s - 1] if s > 0 else "<none>"
        f = [f"d={d}", f"side_d={side}|{d}", f"first={w_first}", f"prev={w_prev}",
             f"prev_first={w_prev}|{w_first}", f"opens={dep[opened]}|{rel(opened)}",
             f"d_opens={d}|{dep[opened]}|{rel(opened)}", f"cross={cross}"]
        out.append(("start", s, ["sstart:" + x for x in f]))
    return out


def refine_source(doc: Doc, cue_tok: Token, found: Found, model: dict, bonus=None) -> Found:
    """The attribution with its source start and end moved to the best-scoring boundaries of the
    learned source-boundary ``model``."""
    best = _best_range(source_boundary_candidates(doc, cue_tok, found), model, bonus)
    return Found(found.kind, found.cue, found.content, _char(doc, best), found.score) if best else found


# ---------------------------------------------------------------- MiniLM span tagger (round 8)


def decode_spans(words, inside, begin, end, threshold: float = 0.5) -> list[CharSpan]:
    """Tagger-alone spans of one role: runs of words with P(inside) >= threshold, cut before a word whose
    P(begin) >= threshold and after one whose P(end) >= threshold; (start char, end char) per span."""
    out: list[CharSpan] = []
    start = None
    for w, (a, b) in enumerate(words):
        if inside[w] < threshold:
            if start is not None:
                out.append((start, words[w - 1][1]))
                start = None
            continue
        if start is not None and begin[w] >= threshold:
            out.append((start, words[w - 1][1]))
            start = None
        if start is None:
            start = a
        if end[w] >= threshold:
            out.append((start, b))
            start = None
    if start is not None:
        out.append((start, words[-1][1]))
    return out


_ROLE_COL = {"source": 0, "cue": 3, "content": 6}  # a role's inside column; +1 begins here, +2 ends here
TAGGER_MIX_FILE = "tagger.json"  # how find_attributions uses the tagger (chosen on the held-out slice of train)
TAGGER_STRIDE = 192


def _logodds(p: float) -> float:
    p = min(max(float(p), 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


def _edge_bonus(probs: Optional[np.ndarray], role: str, lam: float):
    """``bonus(side, pos)`` for ``_best_range``: lam x the tagger's log-odds that ``role`` begins at token
    ``pos`` (a start) or ends at token ``pos - 1`` (an end); None when unused."""
    if probs is None or not lam:
        return None
    col = _ROLE_COL[role]

    def bonus(side: str, pos: int) -> float:
        i = pos if side == "start" else pos - 1
        if not 0 <= i < len(probs):
            return 0.0
        return lam * _logodds(probs[i, col + (1 if side == "start" else 2)])

    return bonus


def _span_mean(doc: Doc, probs: np.ndarray, span: Optional[CharSpan], col: int) -> float:
    """Mean tagger probability in column ``col`` over the tokens of a char span (0.5 when none)."""
    sp = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
    if sp is None or not len(sp):
        return 0.5
    return float(probs[sp.start:sp.end, col].mean())


def _tagger_keep(doc: Doc, probs: np.ndarray, found: Found, p: float, keep: dict) -> float:
    """The second stage's keep probability moved by the tagger's mean cue and content probabilities:
    sigmoid(logit p + a x logodds(cue) + b x logodds(content) + bias)."""
    z = (_logodds(p) + keep.get("cue", 0.0) * _logodds(_span_mean(doc, probs, found.cue, _ROLE_COL["cue"]))
         + keep.get("content", 0.0) * _logodds(_span_mean(doc, probs, found.content, _ROLE_COL["content"]))
         + keep.get("bias", 0.0))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def _tagger_mix() -> Optional[dict]:
    """The shipped tagger settings (edge weights per role, cue floor, keep weights); None when absent."""
    try:
        return json.loads((MODEL_PATH.parent / TAGGER_MIX_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=1)
def shipped_tagger():
    """The shipped span tagger (a 9-output ``WordPieceTagger``), loaded once; SM103 when its files are missing."""
    from ..errors import SpinmapError

    mix = _tagger_mix()
    if mix is None or not (MODEL_PATH.parent / TAGGER_FILE).is_file():
        raise SpinmapError("SM103", path=str(MODEL_PATH.parent / TAGGER_FILE), what="attribution tagger")
    return attribution_tagger(MODEL_PATH.parent / TAGGER_FILE, int(mix.get("stride", TAGGER_STRIDE)))


def attribution_tagger(onnx_path: Path, stride: int = TAGGER_STRIDE):
    """The span tagger at ``onnx_path`` over the techniques model's vocabulary (the same MiniLM word pieces)."""
    from .techniques import MODEL_DIR as TECH_DIR, VOCAB_FILE, WordPieceTagger

    return WordPieceTagger(onnx_path, TECH_DIR / VOCAB_FILE, stride, what="attribution tagger")


def tagger_on() -> bool:
    """The ``attribution_tagger`` setting (off by default)."""
    from ..config import default_settings

    return bool(default_settings().attribution_tagger)


def tagger_probs(doc: Doc, on: Optional[bool] = None) -> Optional[np.ndarray]:
    """The span tagger's (tokens, 9) probabilities for ``doc`` when ``on`` (default: the setting), else None."""
    if not (tagger_on() if on is None else on):
        return None
    return shipped_tagger().token_probs(doc)
