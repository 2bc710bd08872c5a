"""Triggers for misdeeds done through others, and refusals: orders to commit one ("told/ordered X to occupy Y",
``blame_directive_verbs.txt``) blame the giver, orders to stop one blame the one told; sponsorship and support
("funded", "armed"), verbs the tagger took for nouns, and refusing what is owed ("refused to pay").
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from .words import (
    _FIGHT_NOUNS, Lexicons, MAX_CHARGE_TOKENS, _PASS_SUBJ, _SUBJ, _THIRD_PERSON, UNSPECIFIED, _WORD_CLASSES,
)
from .parse import _by_agent, _dep_of, _doer_and_undergoer, _expand, _is_passive, _name_span, _subject, _to_infinitive
from .charge import (
    _clip, _negated_charge, _noun_charge, _order_charge, _patient_text, _phrase, _predicate_charge, _span_text,
)
from .context import _Ctx, _Found, _Who
from .assertion import _advocated, _negated

_PAST = {"VBD", "VBN"}


def _shared_object(verb: Token) -> Optional[Token]:
    """The object a bare verb shares with the last of a list of verbs: 'sank, destroyed or damaged 20 vessels'
    (only commas, 'and/or' and the other listed verbs between, all of one form)."""
    if any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "prep", "prt") for c in verb.children):
        return None
    form = lambda t: "past" if t.tag_ in _PAST else t.tag_
    listed = {x.i for x in verb.conjuncts}
    for c in verb.conjuncts:
        if c.i < verb.i or c.pos_ != "VERB" or form(c) != form(verb):
            continue
        between = verb.doc[verb.i + 1 : c.i]
        if all(t.is_punct or t.pos_ == "CCONJ" or (t.pos_ == "VERB" and t.i in listed) for t in between):
            if (o := _dep_of(c, ("dobj", "obj"))) is not None:
                return o
    return None


# directive verbs that only voice a wish: they charge the wisher when someone else is to act ("X wanted Y to invade Z"),
# not when the wisher is ("X wanted to V" is X's own intent) nor with a noun ("we want no crime")
_DESIRE = {"want", "wish"}


def _directive(tok: Token, lex: Lexicons) -> Optional[Token]:
    """The directive verb ('ordered', 'told', 'asked') whose 'to'-complement holds ``tok``, if any."""
    t = tok
    for _ in range(6):
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
            t = t.head  # "ordered them to loot and burn": the second verb shares the order
        elif t.dep_ == "pcomp" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            t = t.head.head  # "told them to engage in looting": the activity is what was ordered
        elif (t.dep_ == "xcomp" or (t.dep_ in ("advcl", "ccomp") and _to_infinitive(t))) \
                and t.head.pos_ == "VERB":
            if t.head.lemma_.lower() in lex.directive and (
                    t.head.lemma_.lower() not in _DESIRE or _dep_of(t.head, ("dobj", "obj")) is not None
                    or _dep_of(t, ("nsubj",)) is not None):  # "did not order them to V" often parses V as advcl
                return t.head  # (wanting someone else to do it; "X wanted to V" is X's own intent, read on)
            if t.head.lemma_.lower() in lex.cessative:
                return None  # "told them to stop V-ing" orders an end to V, not V
            if t.dep_ in ("advcl", "ccomp"):
                return None  # a purpose clause or a reported clause of a non-directive verb
            t = t.head  # "told them to try to seize": climb the control chain
        else:
            return None
    return None


def _told_to_stop(tok: Token, ctx: _Ctx) -> Optional[list[_Found]]:
    """'A urged B to stop shelling C', 'A told B to end its occupation of C': A accuses B of the misdeed.

    None when ``tok`` is not the complement (verb) or object (noun) of a stopping verb ordered of someone.
    """
    stop = tok.head
    if stop.lemma_.lower() not in ctx.lex.cessative or stop.pos_ != "VERB" or tok.dep_ not in (
            ("xcomp", "dobj", "obj") if tok.pos_ == "VERB" or tok.tag_ == "VBG" else ("dobj", "obj")):
        return None
    if not (stop.dep_ == "xcomp" or (stop.dep_ in ("advcl", "ccomp") and _to_infinitive(stop))):
        return None
    order = stop.head
    if order.pos_ != "VERB" or order.lemma_.lower() not in ctx.lex.directive:
        return None
    passive = _dep_of(order, _PASS_SUBJ) is not None
    giver, addressee = _doer_and_undergoer(order, passive)
    if addressee is None and stop.dep_ == "ccomp":
        addressee = _dep_of(stop, ("nsubj",))  # "wants Y to stop V-ing": the parser makes Y the clause's subject
    if addressee is None:
        return None
    accuser = (ctx.who(giver, keep_pronoun=True) if giver is not None else None) or _Who(None, UNSPECIFIED, None)
    if tok.pos_ == "NOUN" and tok.tag_ != "VBG":
        doer = _dep_of(tok, ("poss",))
        charge = _noun_charge(tok, doer) if doer is not None else _phrase(tok)
    else:
        charge = _predicate_charge(tok)
    return [_Found(tok, _expand(addressee), charge, accuser, 0.6, _negated(order))]


def _ordered(tok: Token, directive: Token) -> list[_Found]:
    """A misdeed someone was ordered to do: the order's giver is blamed for the order, never its addressee.

    An agentless passive ("were told to occupy X") names no giver and blames nobody; an order NOT to do
    the misdeed ("told them not to loot") blames nobody either.
    """
    if any(c.dep_ == "neg" for c in tok.children):
        return []
    passive = _is_passive(directive)
    giver = _doer_and_undergoer(directive, passive)[0]
    if giver is None:
        return []
    return [_Found(directive, _expand(giver), _order_charge(directive, tok), None, 0.6, _negated(directive))]


def _names_actor(tok: Token, ctx: _Ctx) -> bool:
    who = ctx.who(tok, keep_pronoun=True)
    return who is not None and (who.actor is not None or tok.lower_ in _THIRD_PERSON)


def _mistagged_verb(tok: Token, ctx: _Ctx) -> list[_Found]:
    """Headline present tense the small parser tags as a plural noun: 'The Kremlin bets on X'."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NNS" or tok.i == 0 or tok.i + 1 >= len(doc):
        return []
    left, right = doc[tok.i - 1], doc[tok.i + 1]
    if left.pos_ != "PROPN" or left.dep_ != "compound":
        return []
    if tok.dep_ == "pobj" or any(c.dep_ == "nummod" for c in tok.children):
        return []  # "a batch of 25,000 NATO shells": a counted thing after a preposition is no headline verb
    if lemma not in ctx.lex.misdeed and (lemma, right.lower_) not in ctx.lex.phrases:
        return []
    if right.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ"):
        return []
    end = tok.i + 1
    while end < tok.sent.end and not doc[end].is_punct and end - tok.i < MAX_CHARGE_TOKENS:
        end += 1
    s, e = _clip(doc, list(doc[tok.i:end]))
    return [_Found(tok, [left], _span_text(doc, s, e), None, 0.5, False)]


def _mentions_any(objs: list[Token], words: frozenset[str]) -> bool:
    """True when the objects' text (possibly mis-split, e.g. 'de - escalation') names one of ``words``."""
    doc = objs[0].doc
    lo = min(t.left_edge.i for t in objs)
    hi = max(t.right_edge.i for t in objs)
    hi = min(hi, lo + 20)
    text = doc[lo : hi + 1].text.lower().replace(" - ", "-")
    lemmas = {t.lemma_.lower() for t in doc[lo : hi + 1]}
    return bool(lemmas & words) or any("-" in w and w in text for w in words)


def _sponsor(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X wages war', 'X supports separatism', 'X accelerates preparations for war'."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        # "resorted to terror", "contributed to the coup"
        preps = ("for", "on", "in", "to") if tok.lemma_.lower() in ("resort", "contribute") else ("for", "on", "in")
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps), None)
        obj = _dep_of(prep, ("pobj",)) if prep is not None else None
    if obj is None:
        return []
    obj = next((o for o in [obj, *obj.conjuncts] if o.lemma_.lower() in ctx.lex.objects), obj)  # "for weapons and war"
    hit = obj.lemma_.lower() in ctx.lex.objects or _multiword_object(obj, ctx.lex.objects) or (
        # "committed terror attacks": a misdeed noun made one by its modifier, as the direct object only
        obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in ctx.lex.nouns
        and any(c.dep_ == "compound" and c.lemma_.lower() in ctx.lex.objects for c in obj.children))
    if not hit:  # "preparations for war": one prepositional step down
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of") and (p := _dep_of(c, ("pobj",))) is not None:
                hit = p.lemma_.lower() in ctx.lex.objects
    if not hit and obj.lemma_.lower() in _FIGHT_NOUNS:
        # "get ready for a fight for the separatist enclave": a fight on a hostile party's side
        hit = any(t.lemma_.lower() in ctx.lex.hostile
                  for c in obj.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree)
    if not hit:
        return []
    stopped = _told_to_stop(tok, ctx)
    if stopped is not None:
        return stopped  # "urged X to stop funding terrorism": X is accused by whoever urged
    directive = _directive(tok, ctx.lex)
    if directive is not None:
        return _ordered(tok, directive)  # "told them to support separatism": the order's giver is blamed
    if _advocated(tok):
        return []  # "X said Y must prepare for war", "X called on Y to wage war": urged, not done
    doer = _subject(tok)
    if doer is None or _dep_of(tok, _PASS_SUBJ) is not None:
        return []
    return [_Found(tok, _expand(doer), _predicate_charge(tok), None, 0.55, _negated(tok))]


def _multiword_object(obj: Token, objects: frozenset[str]) -> bool:
    """A several-word misdeed object among the noun's modifiers: "false flag operations"."""
    left = " ".join(t.lower_ for t in obj.lefts if t.dep_ in ("amod", "compound", "nmod"))
    return bool(left) and any(f" {w} " in f" {left} " for w in _several_words(objects))


@lru_cache(maxsize=None)
def _several_words(words: frozenset[str]) -> tuple[str, ...]:
    """The entries of a word list that have a space in them, picked out once."""
    return tuple(w for w in words if " " in w)


def _rejection(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'The Kremlin does not need peace', 'X does not accept treaties': rejecting peace blames X."""
    if tok.pos_ == "ADJ":  # "X is not interested in peace"
        if tok.dep_ != "acomp" or tok.head.lemma_ != "be" or not _negated(tok.head):
            return []
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        obj = _dep_of(prep, ("pobj",)) if prep is not None else None
        if obj is None or obj.lemma_.lower() not in ctx.lex.goods:
            return []
        doer = _dep_of(tok.head, _SUBJ)
        return [_Found(tok, _expand(doer), f"not {_phrase(tok)}", None, 0.6, False)] if doer is not None else []
    obj = _dep_of(tok, ("dobj", "obj"))
    if obj is None or obj.lemma_.lower() not in ctx.lex.goods or not _negated(tok):
        return []
    doer = _subject(tok)
    if doer is None:
        return []
    return [_Found(tok, _expand(doer), _negated_charge(tok), None, 0.6, False)]


# participles that only place a country: "from neighboring Russia" (tagged as a verb taking the country as object)
_PLACE_PARTICIPLES = _WORD_CLASSES["place_participles"]


def _from_actor(prep: Token, ctx: _Ctx) -> Optional[Token]:
    """The object of a 'from' phrase when it names an actor: where a misdeed comes from is who does it. The
    parser reads "from neighboring X" either way (X the object of 'from', or of a verb 'neighboring'): both count."""
    p = _dep_of(prep, ("pobj",))
    if p is None and (pc := _dep_of(prep, ("pcomp",))) is not None and pc.lower_ in _PLACE_PARTICIPLES:
        p = _dep_of(pc, ("dobj",))
    if p is not None and ctx.actors is not None and ctx.actors.actor_at(*_name_span(p)) is not None:
        return p
    return None


def _ordered_noun(noun: Token, ctx: _Ctx) -> list[_Found]:
    """'X ordered the invasion', 'the strikes were ordered by X': the order's giver is blamed for it."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "ordered a bombing campaign": the order is for the campaign the misdeed names
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.directive or verb.lemma_.lower() in _DESIRE:
        return []  # ("we want no crime" orders nothing)
    if noun.dep_ in ("dobj", "obj") and _dep_of(verb, _PASS_SUBJ) is None:
        giver = _subject(verb)
    elif noun.dep_ in _PASS_SUBJ:
        giver = _by_agent(verb)
    else:
        return []
    if giver is None:
        return []
    charge = f"{verb.text} {_patient_text(noun)}" if noun.dep_ in _PASS_SUBJ else _predicate_charge(verb)
    return [_Found(verb, _expand(giver), charge, None, 0.6, _negated(verb))]
