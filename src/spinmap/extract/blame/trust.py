"""How far to trust a blame record: its confidence, learned from people's verdicts on real news.

The rules say *whether* a sentence blames someone; how often such a record is right depends on things no single rule
sees (an accused named only by a common noun, a speaker carried in from another paragraph, a modal on the cue). A
logistic regression over the finished record and the parse around its cue, fitted on the judged records in
``tests/gold/blame_judgements_*.tsv`` (R/P kept, W wrong), turns them into one figure: the probability that a careful
reader accepts the record (right or partly right). Features are structural and lexical (the cue's lemma, relations,
entity types), never actor names, so the same accusation scores the same whichever side makes it.

``describe`` gives a record's features; ``TrustModel`` scores them. The model file is
``models/blame_trust/trust.json`` (see its ``MODEL_CARD.md``); ``spinmap.train.blame_trust`` refits it.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Doc, Token

from ...errors import SpinmapError
from ...nlp.quotes import CharSpan, quote_regions, region_at
from ...records import Blame
from .words import UNSPECIFIED, _FIRST_PERSON, _PLURAL_PRONOUNS, _THIRD_PERSON, lexicons

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "blame_trust" / "trust.json"
_PRONOUNS = _FIRST_PERSON | _PLURAL_PRONOUNS | _THIRD_PERSON | {"it", "you", "this", "that", "who", "one"}
_MODALS = {"would", "could", "may", "might", "should", "will", "can", "must", "shall"}
_CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# the blame word lists a cue can come from: each groups many rare cue lemmas into one feature with more data
_CUE_LISTS = ("accuse", "misdeed", "nouns", "adjectives", "labels", "epithets", "adverbs", "owned", "military",
              "disparaging", "hostile")
_DETERMINERS = {"the", "a", "an", "some", "many", "these", "those", "its", "their", "his", "her", "our", "this"}


def _token_at(doc: Doc, start: int) -> Optional[Token]:
    """The token that starts at (or covers) character ``start``."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def _name_features(prefix: str, name: str, resolved: bool, tok: Optional[Token]) -> dict[str, float]:
    words = name.split()
    low = name.lower()
    f = {f"{prefix}_resolved": float(resolved), f"{prefix}_pronoun": float(low in _PRONOUNS),
         f"{prefix}_lower": float(name[:1].islower()), f"{prefix}_words={min(len(words), 5)}": 1.0,
         f"{prefix}_the": float(low.startswith("the "))}
    first = low.split()[0] if words else ""
    f[f"{prefix}_det={first if first in _DETERMINERS else '-'}"] = 1.0
    if tok is not None:
        f[f"{prefix}_ent={tok.ent_type_ or '-'}"] = 1.0
        f[f"{prefix}_tag={tok.tag_}"] = 1.0
        f[f"{prefix}_dep={tok.dep_}"] = 1.0
    return f


def describe(doc: Doc, blame: Blame, same_cue: int = 1, regions: Optional[list[CharSpan]] = None) -> dict[str, float]:
    """A record's features: the record itself, its cue's place in the parse, and how its two parties attach.
    ``regions``: the article's quotation regions (``quote_regions``), computed once per article by the caller."""
    f: dict[str, float] = {"bias_voice=" + blame.voice: 1.0, "negated": float(blame.negated),
                           "hedged": float(blame.hedged), "rule_conf": blame.confidence,
                           f"rule_conf_bin={_bucket(blame.confidence, (0.45, 0.55, 0.65, 0.75, 0.85))}": 1.0,
                           f"same_cue={min(same_cue, 4)}": 1.0}
    src, tgt = blame.source, blame.target
    src_tok = _token_at(doc, src.span[0]) if src.span else None
    tgt_tok = _token_at(doc, tgt.span[0]) if tgt.span else None
    if src.kind == "author":
        f["src_author"] = 1.0
    else:
        f["src_unspecified"] = float(src.name == UNSPECIFIED)
        if src.name != UNSPECIFIED:
            f.update(_name_features("src", src.name, src.actor is not None, src_tok))
            ev_s, ev_e = blame.evidence.span
            f["src_outside_sentence"] = float(src.span is None or not (ev_s <= src.span[0] < ev_e))
    f.update(_name_features("tgt", tgt.name, tgt.actor is not None, tgt_tok))
    charge_words = blame.charge.split()
    f[f"charge_words={min(len(charge_words), 8)}"] = 1.0
    cue = _token_at(doc, blame.cue.span[0]) if blame.cue else None
    if cue is None:
        return f
    f["charge_is_cue"] = float(blame.charge.lower() == cue.text.lower())
    lemma = cue.lemma_.lower()
    f["cue=" + lemma] = 1.0
    lex = lexicons()
    for name in _CUE_LISTS:
        if lemma in getattr(lex, name):
            f["cue_list=" + name] = 1.0
    f["cue_quoted"] = float(region_at(quote_regions(doc.text) if regions is None else regions, cue.idx) is not None)
    f["cue_pos=" + cue.pos_] = 1.0
    f["cue_dep=" + cue.dep_] = 1.0
    f[f"cue_pos_voice={cue.pos_}|{blame.voice}"] = 1.0
    f["cue_head_pos=" + (cue.head.pos_ if cue.head is not cue else "ROOT")] = 1.0
    children = list(cue.children)
    f["cue_modal"] = float(any(c.tag_ == "MD" and c.lower_ in _MODALS for c in children))
    f["cue_passive"] = float(any(c.dep_ == "auxpass" for c in children))
    governors = [cue, *cue.ancestors]
    f["conditional"] = float(any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS
                                 for g in governors for c in g.children))
    f["in_question"] = float(cue.sent.text.rstrip().endswith("?"))
    f["governor_modal"] = float(any(c.tag_ == "MD" for g in governors[1:] for c in g.children))
    f["cue_in_relcl"] = float(any(g.dep_ in ("relcl", "acl") for g in governors))
    sent_len = len(cue.sent)
    f[f"sent_len={_bucket(sent_len, (10, 20, 35, 60))}"] = 1.0
    f["in_headline"] = float("\n" not in doc.text[:cue.idx])
    if tgt_tok is not None:
        f["tgt_actor_noun"] = float(tgt_tok.lemma_.lower() in lex.actor_nouns)
        f["tgt_under_cue"] = float(cue in tgt_tok.ancestors)
        f["tgt_is_cue"] = float(tgt_tok.i == cue.i)
        f[f"tgt_dist={_bucket(abs(tgt_tok.i - cue.i), (1, 3, 6, 12, 25))}"] = 1.0
        f["tgt_before_cue"] = float(tgt_tok.i < cue.i)
        f["tgt_rel=" + (tgt_tok.dep_ if tgt_tok.head.i == cue.i else "far")] = 1.0
    return f


@dataclass(frozen=True)
class TrustModel:
    weights: dict[str, float]
    bias: float

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def trust_model(path: Path = MODEL_PATH) -> Optional[TrustModel]:
    """The shipped model, or None when its file is missing (the rules' confidences then stand)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise SpinmapError("SM103", path=f"{path} ({type(exc).__name__}: {exc})", what="blame-trust") from exc
    try:
        return TrustModel(weights={k: float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SpinmapError("SM103", path=f"{path} (no weights and bias: {type(exc).__name__})", what="blame-trust") from exc


def record_features(doc: Doc, blames: list[Blame]) -> list[dict[str, float]]:
    """``describe`` for every record of one article (records sharing a cue word are counted together)."""
    per_cue: dict[Optional[tuple], int] = {}
    for b in blames:
        k = tuple(b.cue.span) if b.cue else None
        per_cue[k] = per_cue.get(k, 0) + 1
    regions = quote_regions(doc.text) if blames else []
    return [describe(doc, b, per_cue[tuple(b.cue.span) if b.cue else None], regions) for b in blames]
