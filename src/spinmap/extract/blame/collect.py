"""Candidate collection: ``_candidates`` runs each token of a sentence through the trigger finder for its kind
(accusations, orders, misdeeds, labels, manner); the dispatch order decides which rule a token is read by.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .words import _ACCUSATION_NOUNS, _BEAR, _NAMING_VERBS, _PRED_ADJ
from .parse import _dep_of
from .context import _Ctx, _Found
from .assertion import _negated
from .accusations import (
    _accuse_phrase, _accuse_verb, _at_fault, _bears_responsibility, _blame_noun, _conscience, _hold_responsible,
    _is_behind, _is_to_blame, _report_noun,
)
from .orders import _mistagged_verb, _rejection, _sponsor
from .misdeeds import (
    _broken_or_used, _caught_doing, _forces_into, _involved_in, _known_for, _misdeed_noun, _misdeed_verb,
    _organiser_of, _ORGANISERS, _PLEDGES, _rejects_peace, _used_as, _victim_of, _war_on,
)
from .labels import _epithet, _label_found, _label_noun, _loaded_adjective, _named_label, _naming, _title_case_label
from .manner import (
    _at_expense, _by_means, _loaded_adverb, _persuasion, _predicate_adjective, _serves_interests, _UNDER_NOUNS,
)


def _candidates(sent: Span, ctx: _Ctx) -> list[_Found]:
    lex = ctx.lex
    out: list[_Found] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        pos = tok.pos_
        if lemma == "blame" and pos == "VERB" and _dep_of(tok, ("dobj", "obj", "nsubjpass")) is None:
            out += _is_to_blame(tok, ctx)
        elif pos in ("VERB", "AUX") and lemma == "hold":
            out += _hold_responsible(tok, ctx)
        elif pos == "VERB" and lemma in _NAMING_VERBS:
            out += _naming(tok, ctx)
        elif pos == "VERB" and lemma in lex.persuasion:
            out += _persuasion(tok, ctx)
        elif pos == "ADV" and tok.lower_ in lex.adverbs:
            out += _loaded_adverb(tok, ctx)
        elif pos == "VERB" and lemma in lex.accuse:
            out += _accuse_verb(tok, ctx)
        elif pos == "VERB" and (prep := _accuse_phrase(tok, lex)) is not None:
            out += _accuse_verb(tok, ctx, prep)
        elif pos == "VERB" and (lemma in lex.misdeed or tok.lower_ == "lied" or _lying(tok) or _e_stem(tok) in lex.misdeed or (
                tok.tag_ == "VBG" and tok.lower_[:-3] in lex.misdeed and any(c.dep_ == "aux" for c in tok.children)) or any(
                # "are fearmongering", lemmatised "fearmongere" (not the gerund noun: "lambasted fearmongering")
                (lemma, c.lower_) in lex.phrases for c in tok.children if c.dep_ in ("prep", "prt", "dative")) or any(
                (lemma, c.lemma_.lower()) in lex.phrases for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass"))
                or _forces_into(tok, ctx)):
            out += _misdeed_verb(tok, ctx)
        elif pos == "VERB" and ((lemma == "keep" and _negated(tok) and _dep_of(tok, ("dobj", "obj")) is not None
                                 and _dep_of(tok, ("dobj", "obj")).lemma_.lower() in _PLEDGES) or (lemma == "use" and _used_as(tok))):
            out += _broken_or_used(tok, ctx)
        elif pos == "VERB" and lemma in lex.rejection and _negated(tok):
            out += _rejection(tok, ctx)
        elif pos == "VERB" and lemma in lex.support:
            out += _sponsor(tok, ctx)
        elif pos == "NOUN" and lemma == "blame":
            out += _blame_noun(tok, ctx)
        elif pos == "NOUN" and lemma == "fault":
            out += _at_fault(tok, ctx) or _misdeed_noun(tok, ctx)
        elif pos == "NOUN" and lemma in lex.objects and tok.dep_ == "pobj" and tok.head.lower_ in ("through", "via"):
            out += _by_means(tok, ctx)
        elif pos == "NOUN" and lemma == "expense" and tok.dep_ == "pobj" and tok.head.lower_ == "at":
            out += _at_expense(tok, ctx)
        elif pos == "NOUN" and (lemma == "interest" or lemma in _UNDER_NOUNS):
            out += _serves_interests(tok, ctx)
        elif pos == "NOUN" and lemma == "responsibility" and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _BEAR:
            out += _bears_responsibility(tok, ctx)
        elif pos == "ADP" and tok.lower_ == "behind" and tok.head.lemma_ == "be":
            out += _is_behind(tok, ctx)
        elif pos == "ADP" and tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN"):
            out += _is_behind(tok, ctx, tok.head)
        elif pos == "NOUN" and lemma == "victim":
            out += _victim_of(tok, ctx)
        elif pos == "VERB" and lemma == "catch":
            out += _caught_doing(tok, ctx)
        elif pos == "VERB" and tok.lower_ == "known" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            out += _known_for(tok, ctx)
        elif (pos in ("VERB", "ADJ") and tok.lower_ == "involved") or (pos == "NOUN" and lemma == "involvement"):
            out += _involved_in(tok, ctx)
        elif pos == "NOUN" and lemma in _ORGANISERS:
            out += _organiser_of(tok, ctx)
        elif pos == "NOUN" and lemma == "war" and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
            out += _war_on(tok, ctx)
        elif (pos == "VERB" and lemma == "reject") or (pos == "NOUN" and lemma == "rejection"):
            out += _rejects_peace(tok, ctx)
        elif pos == "NOUN" and lemma == "conscience":
            out += _conscience(tok, ctx)
        elif pos == "NOUN" and lemma in _ACCUSATION_NOUNS:
            out += _report_noun(tok, ctx)
        elif pos == "NOUN" and lemma in lex.nouns:
            out += _misdeed_noun(tok, ctx)
        elif pos == "NOUN" and lemma in lex.labels:
            out += _label_noun(tok, ctx)
        elif pos == "ADJ" and tok.lower_ in lex.labels and (named := _named_label(tok, ctx) or (
                _label_found(tok, ctx) if tok.dep_ == "amod" and tok.head.dep_ == "attr" and tok.head.lemma_.lower() in lex.actor_nouns
                else [])):
            out += named  # "propagandist Smith"; "X is a terrorist state"
        elif pos == "NOUN" and tok.tag_ == "NNS":
            out += _mistagged_verb(tok, ctx)
        elif pos == "ADJ" and lemma in lex.rejection:
            out += _rejection(tok, ctx)
        elif pos == "ADJ" and lemma in lex.adjectives:
            out += _loaded_adjective(tok, ctx) or (_epithet(tok, ctx) if lemma in lex.epithets else [])
        elif pos == "ADJ" and lemma in lex.epithets:
            out += _epithet(tok, ctx)
        elif pos == "PROPN" and tok.text[:1].isupper() and (tok.lower_ in lex.epithets or tok.lower_ in lex.labels):
            out += _title_case_label(tok, ctx)
        elif pos == "ADJ" and lemma in _PRED_ADJ:
            out += _predicate_adjective(tok, ctx)
    return out


def _e_stem(tok: Token) -> Optional[str]:
    """The e-final base of a regular -ed/-ing verb form, which the lemmatiser may cut short ('raped', 'raping'
    -> 'rap'): so a misdeed verb is known whatever its lemma came out as. Not for a capitalised word: in a title-case
    headline the tagger reads it as a verb next to one name and as a name next to another, so it would be uneven."""
    if tok.text[:1].isupper():
        return None
    low = tok.lower_
    if tok.tag_ == "VBG" and low.endswith("ing") and len(low) > 5:
        return low[:-3] + "e"
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and len(low) > 4:
        return low[:-1]
    return None


def _lying(tok: Token) -> bool:
    """'X is/was lying' with no place phrase: deceit ("lying on the table" is where something lies)."""
    return tok.lower_ == "lying" and tok.lemma_.lower() == "lie" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) \
        and not any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ not in ("about", "to", "again", "openly", "still") for c in tok.children)
