"""Record building: ``extract_blames`` checks each candidate (asserted? negated? hedged? same person?), resolves
accuser, voice and targets, cuts the evidence sentence, scores confidence, lets the shipped DSE direction model
adjust actor-to-actor confidences, drops accusations restated by another verb, and finally replaces each rule
confidence by the trust model's (``trust.py``), which reads it with the rest of the record.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...errors import SpinmapError
from ...models.dse import features, load_model
from ...nlp.actors import ActorIndex
from ...records import Blame, BlameSource, BlameTarget, Quote, TextSpan
from .charge import _lower_determiner
from .words import _ACCUSATION_NOUNS, UNSPECIFIED
from .context import _Ctx, _Found, _Who
from .assertion import _conjectured, _denial, _hedged, _ruled_out, _scare_quoted, _unasserted
from .targets import _actor_target, _apposed_name, _with_commanders
from .collect import _candidates
from .trust import record_features, trust_model

log = logging.getLogger(__package__)  # "spinmap.extract.blame", as before the split
# -- the extractor --------------------------------------------------------------------------
_QUOTE_CHARS = str.maketrans("", "", '"“”«»')


def _source(found: _Found, ctx: _Ctx) -> tuple[BlameSource, str]:
    """Accuser and voice for a finding (explicit accuser, quote speaker, reporter or author)."""
    acc = found.accuser
    if acc is not None and acc.first_person:
        quote = ctx.quote_at(found.trigger.idx)
        if quote is None:
            voice, rep = ctx.voice(found.trigger)
            if rep is None:
                return ctx.author_source(), "authorial"
            acc = rep
        else:
            acc = ctx.speaker(quote)
    if acc is None:
        voice, acc = ctx.voice(found.trigger)
        if acc is None:
            return ctx.author_source(), "authorial"
    return BlameSource(kind="actor", actor=acc.actor.id if acc.actor else None, name=acc.name, span=acc.span), "reported"


def extract_blames(doc: Doc, actors: ActorIndex, quotes: list[Quote], author: Optional[str] = None,
                   trust: bool = True) -> list[Blame]:
    """Every accusation in the article, one record per (accuser, accused, trigger). With ``trust`` (the default) the
    confidence is the shipped trust model's (``trust.py``); without it, the rules' (what that model is fitted on)."""
    ctx = _Ctx(doc, actors, list(quotes or []), author)
    text = ctx.text
    blames: list[Blame] = []
    seen: set[tuple] = set()
    last_accuser: Optional[tuple[int, BlameSource]] = None  # (sentence number, the latest named accuser)
    for k, sent in enumerate(doc.sents):
        found_all = _candidates(sent, ctx)
        # "The occupiers shelled the town": the epithet adds nothing to the misdeed its referent is blamed for
        accused_elsewhere = {t.i for f in found_all if f.targets != [f.trigger] for t in f.targets}
        for found in found_all:
            if found.targets == [found.trigger] and found.trigger.i in accused_elsewhere:
                continue
            if _unasserted(found, ctx):
                continue
            if (found.accuser is not None and found.trigger.pos_ == "VERB" and not found.negated
                    and _denial(found.trigger, ctx) is not None):
                found.negated = True  # "Kyiv denied blaming Warsaw"
            if not found.negated and _ruled_out(found.trigger):
                found.negated = True  # "that does not mean X is corrupt", "no evidence that X lied"
            ev_s, ev_e = _evidence(text, sent, found.trigger)
            own_source, voice = _source(found, ctx)
            source = own_source
            if source.name == UNSPECIFIED and last_accuser is not None and k - last_accuser[0] <= 2 \
                    and _likewise(found.trigger):
                source = last_accuser[1]  # "The report faulted X. Y was also criticized for Z": the same critic
            elif voice == "reported" and source.kind == "actor" and source.name != UNSPECIFIED:
                last_accuser = (k, source)
            if voice == "authorial" and found.accuser is None and _conjectured(found.trigger):
                continue  # "she might fail to rally her voters", "it could harden attitudes": no charge made
            hedged = _hedged(found.trigger, ctx.lex)
            for tgt_tok in _with_commanders(found.targets, ctx):
                who = _apposed_name(tgt_tok, ctx) or ctx.who(tgt_tok, keep_pronoun=True)
                if who is None and found.addressee:
                    who = _Who(None, "you (the addressees)", (tgt_tok.idx, tgt_tok.idx + len(tgt_tok)))
                if who is None or not (found.addressee or _actor_target(tgt_tok, who, ctx)) or not who.name.strip(" '’"):
                    continue  # (a stray "'s" the parser made a subject names nobody)
                if who.first_person and found.accuser is None and not found.negated and voice == "reported":
                    continue  # '"We will foment a revolt," one said': the speaker's own deed is told, not charged
                if any(c.dep_ == "det" and c.lower_ == "any" for c in tgt_tok.children):
                    continue  # "trials of any officers accused of abuse": whoever they may be, nobody in particular
                if found.epithet and who.actor is None and _scare_quoted(found.trigger):
                    continue  # 'fighting the "corrupt regime"': an epithet the text quotes, naming nobody, is no charge
                # (the critic just named cannot be the one "also criticized")
                src = own_source if source is not own_source and _same_party(source, who) else source
                if not found.negated and _same_party(src, who):
                    continue
                conf = found.confidence * (0.8 if hedged else 1.0) * (0.6 if found.negated else 1.0)
                if who.actor is None:
                    conf *= 0.8
                key = (src.name, who.name, found.trigger.i, found.charge)
                if key in seen:
                    continue
                seen.add(key)
                t = found.trigger
                charge = " ".join((found.charge or t.text).translate(_QUOTE_CHARS).split()) or t.text
                if sent[0].pos_ not in ("PROPN", "PRON") and charge.split()[0] == sent[0].text and charge[:1].isupper():
                    charge = charge[:1].lower() + charge[1:]  # "Provocative statements were made by X"
                blames.append(Blame(
                    source=src,
                    target=BlameTarget(actor=who.actor.id if who.actor else None, name=who.name, span=who.span),
                    charge=_lower_determiner(charge),
                    voice=voice,
                    evidence=TextSpan(text=text[ev_s:ev_e], span=(ev_s, ev_e)),
                    confidence=round(min(1.0, max(0.0, conf)), 3),
                    cue=TextSpan(text=text[t.idx : t.idx + len(t)], span=(t.idx, t.idx + len(t))),
                    negated=found.negated,
                    hedged=hedged,
                ))
    _check_direction(doc, blames)
    accusing = {t.idx for t in doc if (t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.accuse)
                or (t.pos_ == "NOUN" and t.lemma_.lower() in _ACCUSATION_NOUNS)}
    blames = _drop_echoes(_drop_restated(_drop_repeats(blames), accusing))
    model = trust_model() if trust else None
    if model is not None:
        for b, feats in zip(blames, record_features(doc, blames)):
            b.confidence = round(model.score(feats), 3)
    return blames


def _same_party(source: BlameSource, who: _Who) -> bool:
    return (source.actor is not None and who.actor is not None and source.actor == who.actor.id) \
        or source.name.lower() == who.name.lower()


def _likewise(trigger: Token) -> bool:
    """An agentless passive accusation said to be one more of the same ("was also criticized", "were similarly
    faulted"): its accuser is the one just named."""
    return any(c.dep_ == "auxpass" for c in trigger.children) and any(
        c.dep_ == "advmod" and c.lower_ in _LIKEWISE for c in trigger.children)


_LIKEWISE = {"also", "similarly", "likewise", "too"}


def _drop_repeats(blames: list[Blame]) -> list[Blame]:
    """'X's belligerent occupation': two cue words of one sentence that give the same record are one record (the surer
    cue's), as a reader counts it."""
    def key(b: Blame) -> tuple:
        return (b.source.name, b.target.name, b.target.span, b.charge, b.voice, b.negated, b.hedged, b.evidence.span)
    best: dict[tuple, Blame] = {}
    for b in blames:
        if key(b) not in best or b.confidence > best[key(b)].confidence:
            best[key(b)] = b
    return [b for b in blames if best[key(b)] is b]


def _drop_restated(blames: list[Blame], accusing: set[int]) -> list[Blame]:
    """A charge an accusation verb or noun states ("X blasted Y for his complicity", "X's allegations that Y shelled
    Z"), found again by its misdeed word, by the same accuser against the same accused, is one record: the
    accusation's wording stays, and so does its denial ("the allegations that Y shelled Z are bogus" does not also
    assert the shelling)."""
    def restated(b: Blame) -> bool:
        return b.cue.span[0] not in accusing and any(
            o.cue.span[0] in accusing and o.evidence.span == b.evidence.span and o.source.name == b.source.name
            and o.target.name == b.target.name and (o.negated == b.negated or o.negated)
            and re.search(rf"\b{re.escape(b.cue.text)}\b", o.charge) for o in blames)
    return [b for b in blames if not restated(b)]


_ECHO_PRONOUNS = {"he", "him", "she", "her", "it", "they", "them"}


def _drop_echoes(blames: list[Blame]) -> list[Blame]:
    """'X attacked the Democrats, blaming them for Z': the same accuser's same charge, in the same sentence, against a
    named party and against a pronoun no rule resolved, is one accusation of the named party."""
    def echo(b: Blame) -> bool:
        return b.target.actor is None and b.target.name.lower() in _ECHO_PRONOUNS and any(
            o is not b and o.evidence.span == b.evidence.span and o.source.name == b.source.name and o.charge == b.charge
            and o.voice == b.voice and o.negated == b.negated and o.target.name.lower() not in _ECHO_PRONOUNS for o in blames)
    return [b for b in blames if not echo(b)]


def _evidence(text: str, sent: Span, trigger: Token) -> tuple[int, int]:
    """The sentence span, cut at line breaks around the trigger (titles/chrome glued by the parser)."""
    s, e = sent.start_char, sent.end_char
    nl = text.rfind("\n", s, trigger.idx)
    if nl >= 0:
        s = nl + 1
    nl = text.find("\n", trigger.idx, e)
    if nl >= 0:
        e = nl
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# The DSE model reads the whole sentence per pair: past this length (far beyond its training
# sentences) rule confidences stand, so a run-on "sentence" of thousands of words is not quadratic.
DSE_MAX_EVIDENCE_CHARS = 1500


@lru_cache(maxsize=1)
def _direction_model():
    """The shipped DSE model, or None when its files are missing (SM103, warned once): it only tunes confidence, so
    the rules' values stand. Any other failure is a bug and raises."""
    try:
        return load_model()
    except SpinmapError as exc:
        log.warning("%s Blame confidences keep their rule values.", exc)
        return None


def _check_direction(doc: Doc, blames: list[Blame]) -> None:
    """Scale confidence by the DSE model's view of direction when both ends are spans in one sentence."""
    pairs = [(i, b) for i, b in enumerate(blames)
             if b.source.kind == "actor" and b.source.span and b.target.span
             and b.evidence.span[0] <= min(b.source.span[0], b.target.span[0])
             and max(b.source.span[1], b.target.span[1]) <= b.evidence.span[1]
             and b.source.span != b.target.span
             and b.evidence.span[1] - b.evidence.span[0] <= DSE_MAX_EVIDENCE_CHARS]
    if not pairs:
        return
    model = _direction_model()
    if model is None:
        return
    feats, flips = [], []
    for _, b in pairs:
        src_first = b.source.span[0] < b.target.span[0]
        e1, e2 = (b.source.span, b.target.span) if src_first else (b.target.span, b.source.span)
        feats.append(features(doc, e1, e2))
        flips.append(not src_first)
    probs = model.scores(feats)
    for (i, b), p, flip in zip(pairs, probs, flips):
        fwd, rev = (p[4], p[3]) if flip else (p[3], p[4])
        b.confidence = round(min(1.0, max(0.0, b.confidence * (0.8 + 0.4 * (fwd - rev)))), 3)
