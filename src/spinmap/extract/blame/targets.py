"""Who may be accused: a target must resolve to a named actor, a third-person pronoun or an actor noun
(``blame_actor_nouns.txt``); things, impersonal forces, generic quantities and kinds of people ("the most notorious
zealots") are not. Also the commanders and
backers blamed with an armed force ("X's soldiers", "militants backed by X") and plural-pronoun antecedents.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from .words import (
    _AGENT_ENTS, _INTENT_VERBS, _PASS_SUBJ, _QUANTITY_NOUNS, _SUBJ, _THIRD_PERSON, _WEAPON_NOUNS, _WORD_CLASSES,
)
from .parse import _by_agent, _dep_of, _governors, _inside_long_quote, _named_members, _of_object, _prep_objects
from .context import _Ctx, _Who
from .misdeeds import _TROOP_NOUNS
from .labels import _pinned_on_actor


def _apposed_name(tok: Token, ctx: _Ctx) -> Optional[_Who]:
    """The named actor a description stands in apposition to ("X, the former premier who was accused of ..."): the
    name says who is meant, the description only what he is."""
    if tok.dep_ != "appos" or tok.tag_ != "NN" or tok.head.pos_ != "PROPN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children):
        return None  # (a list the parser hung as apposition, "X, its allies and Y", is no description)
    who = ctx.who(tok.head)
    return who if who is not None and who.actor is not None and not who.first_person else None


_BACKED_BY = _WORD_CLASSES["backed_by"]
_LINKED_TO = _WORD_CLASSES["linked_to"]


def _with_commanders(targets: list[Token], ctx: _Ctx) -> list[Token]:
    """The targets plus who stands behind them: the named owner of an armed force ("X's soldiers shelled Y" blames
    the soldiers and X, who commands them; ``troop_nouns``), and whoever a participle names as backer or link
    ("militants backed by X", "agents linked to X"; ``backed_by``/``linked_to``). A pronoun owner ("his troops" may
    be anyone's) or one that is no actor is left out."""
    out = list(targets)
    for t in targets:
        backers = []
        if t.pos_ == "NOUN" and t.lemma_.lower() in _TROOP_NOUNS:
            owner = _dep_of(t, ("poss",))
            if owner is not None and owner.pos_ == "PROPN":
                backers.append(owner)
        if t.pos_ in ("NOUN", "PROPN"):
            for c in t.children:
                if c.dep_ != "acl" or c.tag_ != "VBN":
                    continue
                if c.lemma_.lower() in _BACKED_BY and (by := _by_agent(c)) is not None:
                    backers.append(by)
                elif c.lemma_.lower() in _LINKED_TO:
                    backers += _prep_objects(c, ("to", "with"))
        for b in backers:
            if b.i not in {x.i for x in out} and (w := ctx.who(b)) is not None and w.actor is not None:
                out.append(b)
    return out


def _actor_target(tok: Token, who: _Who, ctx: _Ctx) -> bool:
    """Only actors are accused: a named actor, a third-person pronoun or an actor-noun phrase."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (nxt is not None and nxt.text == "-" and not tok.whitespace_) or (who.name.split() or [""])[0].lower() in ("whose", "which", "what"):
        return False  # "anti" of "anti-Semitism"; "whose group" is a relative, not a name
    if _thing(tok, who, ctx):
        return False
    if tok.left_edge.i >= 2 and [t.lower_ for t in tok.doc[tok.left_edge.i - 2 : tok.left_edge.i]] == ["other", "than"]:
        return False  # "people other than X shell towns" (X misread as the subject): X is the one left out
    if who.actor is None and tok.lower_.endswith("ism") and (tok.ent_type_ not in ("PERSON", "ORG", "GPE") or tok.is_title):
        return False  # "tyrannical Marxism", a headline's "Green Fanaticism": a doctrine, not someone who holds it
    if who.actor is None and tok.lemma_.lower() == "people" and not any(
            c.dep_ in ("det", "poss", "nummod", "compound") or (c.dep_ == "prep" and c.lower_ in ("like", "such"))
            or (c.dep_ == "amod" and c.lower_ != "other" and c.lemma_.lower() not in ctx.lex.epithets)
            for c in tok.children):
        # "blame other people", "we have incompetent people", "flak from people who ...": anyone at all ("white
        # people", "Russian people" are a group)
        return False
    if who.actor is None and not _pinned_on_actor(tok) and (tok.lemma_.lower() in _WEAPON_NOUNS or (
            tok.lemma_.lower() == "force" and any(c.dep_ == "amod" and c.lower_ in _IMPERSONAL_FORCES for c in tok.children))):
        return False  # "bombed by a missile" fired by no one named, "the economic forces": no one to accuse
    if who.actor is None and (_kind_label(tok, ctx) or _anyone_supposed(tok) or _epithet_kind(tok, ctx)):
        return False
    if who.actor is not None or tok.ent_type_ in _AGENT_ENTS or tok.pos_ == "PROPN":
        return True
    if who.first_person:
        return ctx.quote_at(tok.idx) is not None or _inside_long_quote(ctx.text, tok.idx)
    low = tok.lower_
    if low in ("they", "them"):
        ante = _plural_antecedent(tok)  # "mines were left behind, and civilians are killed by them"
        if tok.dep_ in _SUBJ and tok.head.lemma_.lower() in _INTENT_VERBS:
            return True  # "his words were spread ... they are trying to": only someone tries, whatever came before
        return ante is None or ante.lemma_.lower() in ctx.lex.actor_nouns or ante.ent_type_ in _AGENT_ENTS
    return low in _THIRD_PERSON or low == "themselves" or (
        tok.lemma_.lower() in ctx.lex.actor_nouns or low in ctx.lex.actor_nouns)


_IMPERSONAL_FORCES = _WORD_CLASSES["impersonal_forces"]
_CITATION = re.compile(r"\d+:\d+")
_STANCE_LABELS = _WORD_CLASSES["stance_labels"]


def _kind_label(tok: Token, ctx: _Ctx) -> bool:
    """A plural label that names a kind of people, not anyone in particular: one ranked by a superlative ("the most
    notorious zealots", "the century's cruellest despots"; a singular one, "the most corrupt state", is one) or a
    creed's followers ("these diet zealots want ...", "the imperialist elites now talk of ..."; ``stance_labels``)
    said with 'the/these' in a timeless present. Those an owner pins down ("X's hirelings", "the despots of X"), a
    creed's a nation pins down ("Armenian nationalists") and a creed's followers in an event ("the zealots stormed
    the office") are someone."""
    mods = [c for c in tok.children if c.dep_ == "amod"]
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or _named_members(tok) or _owned(tok, ctx) or not (
            tok.lemma_.lower() in ctx.lex.labels or any(m.lemma_.lower() in ctx.lex.epithets for m in mods)):
        return False
    if any(m.tag_ == "JJS" or any(a.tag_ == "RBS" for a in m.children) for m in mods):
        return True  # "the most notorious", "the worst": the top of a kind
    det, verb = _dep_of(tok, ("det",)), tok.head
    return (det is not None and det.lower_ in ("the", "these", "those") and tok.dep_ in _SUBJ
            and (tok.lemma_.lower() in _STANCE_LABELS or any(m.lemma_.lower() in _STANCE_LABELS for m in mods))
            and not _pinned_on_actor(tok) and not any(c.dep_ in ("relcl", "acl") for c in tok.children)
            and verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _epithet_kind(tok: Token, ctx: _Ctx) -> bool:
    """A bare noun that only an epithet describes ("corrupt governments", "evil civil authority", "corrupt men in high
    places"): a kind of people, not anyone the text pins down. A determiner, number or owner, a name or a nation's
    word on it, a named place it is in ("corrupt forces in Bosnia") or a named side listed with it ("Moscow, the Asian
    capitals and filthy media") pins it down."""
    kids = list(tok.children)
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or not any(
            c.dep_ == "amod" and c.lemma_.lower() in ctx.lex.epithets for c in kids):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in kids) or _pinned_on_actor(tok) or _owned(tok, ctx) \
            or _named_members(tok):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ in _PLACE_OR_AGENT_ENTS for t in _prep_objects(
        tok, ("in", "at", "from", "within", "inside"))) and not any(
        t.pos_ == "PROPN" or t.ent_type_ in _PLACE_OR_AGENT_ENTS or _pinned_on_actor(t) for t in tok.conjuncts)


_PLACE_OR_AGENT_ENTS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"}


def _anyone_supposed(tok: Token) -> bool:
    """'voters might blame a governor for ...': one named by 'a/any' as the object of a could/might/may/would verb is
    anyone of that kind in a case imagined, not someone accused."""
    return tok.dep_ in ("dobj", "obj") and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ in _IMAGINING_MODALS for c in tok.head.children)


_IMAGINING_MODALS = {"could", "might", "may", "would", "'d", "’d"}


def _owned(tok: Token, ctx: _Ctx) -> bool:
    """A possessor or 'of' owner that is someone: a pronoun, a name or an actor noun ("their", "X's", "of the army")."""
    for o in [_dep_of(tok, ("poss",)), _of_object(tok)]:
        if o is not None and (o.pos_ in ("PRON", "PROPN") or o.lemma_.lower() in ctx.lex.actor_nouns
                              or (w := ctx.who(o)) is not None and w.actor is not None):
            return True
    return False


def _thing(tok: Token, who: _Who, ctx: _Ctx) -> bool:
    """A law, deal, work, product, structure, disease or citation: its head is a thing noun ("the Keystone XL pipeline",
    "Roosevelt's New Deal"), it cites chapter and verse, or the tagger calls it a law that names no actor. A name on a
    thing does not make the thing an actor."""
    if (tok.lemma_.lower() in ctx.lex.things and tok.lemma_.lower() not in ctx.lex.actor_nouns) or _CITATION.search(who.name):
        return True  # (a name with chapter and verse, "Daniel 3:3-6", cites a text)
    if (tok.dep_ == "appos" and tok.head.lemma_.lower() in ctx.lex.things) or (tok.pos_ == "PROPN" and any(
            c.dep_ in ("nmod", "compound", "appos") and c.pos_ == "NOUN" and c.lemma_.lower() in ctx.lex.things
            for c in tok.children)):
        return True  # "the hit film, 'Moonrise'", "the hit film 'Moonrise'", "Ebola, the fever that ...": the name of a thing
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None) if tok.pos_ == "PROPN" else None
    if of is not None and any(o.dep_ == "pobj" and o.lemma_.lower() in ctx.lex.things and o.doc[o.i - 1].pos_ == "PROPN"
                              for o in of.children):
        return True  # "the Gulf of Tonkin incident" parsed as "Gulf of [Tonkin] [incident]": the name runs on into the thing
    # the tagger's law type only: it also calls a person's or a group's lone name a work of art or an event
    return tok.ent_type_ == "LAW" and (who.actor is None or who.actor.kind == "other")


def _plural_antecedent(pron: Token) -> Optional[Token]:
    """The nearest plural noun subject before 'they/them' in this or the previous sentence, if any."""
    start = pron.sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    own = next((g for g in _governors(pron) if g.pos_ in ("VERB", "AUX")), None)
    for t in reversed(pron.doc[start : pron.i]):
        if t.tag_ in ("NNS", "NNPS") and t.dep_ in _SUBJ + _PASS_SUBJ and t.head != own:  # not its own clause's subject
            while t.lemma_.lower() in _QUANTITY_NOUNS:  # "tens of thousands of mines" stands for the mines
                obj = _of_object(t)
                if obj is None:
                    break
                t = obj
            return t
    return None
