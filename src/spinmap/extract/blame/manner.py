"""Triggers in the manner or purpose of a neutral verb: loaded adverbs ("brutally dispersed"), a goal pursued through a
misdeed ("by means of"), gain at others' expense, serving a hostile party's interests, persuading an audience
against a public good ("convince X that peace is a defeat"), loaded predicate adjectives and duties left undone.
"""
from __future__ import annotations

from spacy.tokens import Token

from .words import _NAMING_VERBS, _PASS_SUBJ, _SUBJ, _VICTIM_NOUNS, _WORD_CLASSES
from .parse import _dep_of, _doer_and_undergoer, _expand, _is_passive, _nearest_subject, _np_span, _of_object, _subject
from .charge import _charge_prep, _patient_text, _predicate_charge, _span_text
from .context import _Ctx, _Found
from .assertion import _negated
from .orders import _directive, _ordered


def _loaded_adverb(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X brutally dispersed the rally', 'protesters were harshly met by X': a manner of wrongdoing blames the doer.

    Speech, accusation, naming and misdeed verbs are left to their own rules ("harshly criticised X" grades
    a speech act, not a wrong done by its speaker); an agentless passive names no doer and blames nobody.
    """
    verb, lex = tok.head, ctx.lex
    if tok.dep_ != "advmod" or verb.pos_ != "VERB" or verb.dep_ == "advcl":
        return []  # "headed to the border to illegally enter": whose purpose clause it is, the parse often errs
    if any(p.dep_ == "prep" and p.lower_ in ("in", "into") and p.right_edge.i == tok.i - 1
           for p in tok.doc[tok.sent.start : tok.i]):
        return []  # "workers in the country illegally", "those who moved into it illegally prefer ...": someone's status
    lemma = verb.lemma_.lower()
    if lemma in lex.speech | lex.accuse | lex.misdeed | lex.denial | lex.rejection | _NAMING_VERBS or any(
            (lemma, c.lower_) in lex.phrases for c in verb.children if c.dep_ in ("prep", "prt", "dative")):
        return []
    passive = _is_passive(verb)
    doer, undergoer = _doer_and_undergoer(verb, passive)
    if doer is None or undergoer is None:
        return []  # "the market reacted harshly": a manner with nobody on the receiving end
    if passive:
        charge = f"{tok.text} {verb.text} {_patient_text(undergoer)}"
    else:
        charge = _predicate_charge(verb)
        if tok.lower_ not in charge.lower().split():
            charge = f"{tok.text} {charge}"  # "dispersed the rally brutally" -> "brutally dispersed the rally"
    return [_Found(tok, _expand(doer), charge, None, 0.55, _negated(verb))]


_UNDERGO_VERBS = _WORD_CLASSES["undergo_verbs"]


def _by_means(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X seeks to win through terror', 'X needs them to show Y through separatism': a goal pursued through a
    misdeed blames whoever pursues it (or, when it is ordered or needed of others, whoever orders or needs it)."""
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _UNDERGO_VERBS or _dep_of(verb, _PASS_SUBJ) is not None:
        return []  # "Armenia went through war", "lives were lost through war": the sufferer is not blamed
    directive = _directive(verb, ctx.lex)
    if directive is not None:
        return _ordered(verb, directive)
    doer = _subject(verb)
    if doer is None:
        return []
    return [_Found(tok, _expand(doer), _predicate_charge(verb), None, 0.5, _negated(verb))]


def _at_expense(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X solves its problems at the expense of ordinary people': gaining at others' cost blames X.

    Only at someone's cost ('of ordinary people', 'of the interests of others'): 'at the expense of the
    state' names who paid, not who was wronged.
    """
    victim = _of_object(tok)
    if victim is None or victim.lemma_.lower() not in _VICTIM_NOUNS:
        return []
    verb = tok.head.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "settle [their disputes at the expense of X]"
    if verb.pos_ != "VERB" or _is_passive(verb):
        return []
    doer = _subject(verb)
    if doer is None:
        return []
    return [_Found(tok, _expand(doer), _predicate_charge(verb), None, 0.5, _negated(verb))]


_UNDER_NOUNS = _WORD_CLASSES["under_nouns"]
_SERVE_VERBS = _WORD_CLASSES["serve_verbs"]


def _serves_interests(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X acts in the interests of the separatists', 'X serves the interests of the enemy', 'X gathers fighters
    under the command of the terrorists': X is blamed (not who only lives under their control)."""
    party = _of_object(tok)
    if party is None or party.lemma_.lower() not in ctx.lex.hostile:
        return []
    interest = tok.lemma_.lower() == "interest"
    if tok.dep_ == "pobj" and tok.head.lower_ == ("in" if interest else "under") and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # "acted in the interests of X", "fought under the banner of X"
    elif interest and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _SERVE_VERBS:
        verb = tok.head
    else:
        return []
    if verb.lemma_.lower() in _UNDERGO_VERBS | {"be", "remain", "stay", "fall", "find"}:
        return []  # "civilians live under the command of the militants"
    if _dep_of(verb, _PASS_SUBJ) is not None:
        return []
    doer = _subject(verb)
    if doer is None:
        return []
    return [_Found(tok, _expand(doer), _predicate_charge(verb), None, 0.55, _negated(verb))]


def _persuasion(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X is trying to convince Y that peace is a defeat': turning an audience against a public good blames X."""
    lex = ctx.lex
    if _is_passive(tok):
        return []  # "Armenians were convinced that ...": the convinced hold a view, nobody is accused
    clause = _dep_of(tok, ("ccomp",))
    audience = _dep_of(tok, ("dobj", "obj"))
    if clause is None and audience is not None:  # "persuade Y that ..." with the clause hung on Y
        clause = next((c for c in audience.children if c.dep_ in ("acl", "relcl") and c.i > audience.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:  # the that-clause right after "convince Y" hung elsewhere by the parser
        after = tok.right_edge.i + 1
        clause = next((t for t in tok.sent if t.i > after and t.left_edge.i == after and t.pos_ in ("VERB", "AUX")
                       and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)), None)
    if clause is None:
        return []
    good = _dep_of(clause, _SUBJ)
    label = next((c for c in clause.children if c.dep_ in ("attr", "acomp") and c.lemma_.lower() in lex.disparaging), None)
    if good is None or label is None or good.lemma_.lower() not in lex.goods or _negated(clause):
        return []
    doer = _subject(tok)
    if doer is None:
        return []
    lo = tok.i
    if tok.dep_ == "xcomp" and tok.head.i < tok.i and tok.head.lemma_.lower() in ("try", "seek", "attempt", "want"):
        lo = tok.head.i  # "trying to convince Y that ...": the attempt is the charge
    doc = tok.doc
    parts = [_span_text(doc, doc[lo].idx, tok.idx + len(tok))]
    if audience is not None:
        parts.append(_span_text(doc, *_np_span(audience)))
    # "that peace is a defeat": the good and the label without their tails
    parts += ["that", _span_text(doc, *_np_span(good)), clause.text, _span_text(doc, *_np_span(label))]
    return [_Found(tok, _expand(doer), " ".join(parts), None, 0.55, _negated(tok))]


def _predicate_adjective(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X is responsible for Y', 'X is guilty of Y'."""
    if tok.dep_ in ("acomp", "oprd") and tok.head.lemma_ == "plead" and tok.lower_ == "guilty":
        # "X pleaded guilty to Y": a plea names its own charge; "pleaded not guilty" is kept negated
        subj = _nearest_subject(tok.head)  # (not a line's label the parser also made its subject: "Break: X pleads ...")
        charge = _charge_prep(tok, ("to",)) or _charge_prep(tok.head, ("to",)) or "pleaded guilty"
        return [] if subj is None else [_Found(tok, _expand(subj), charge, None, 0.6, _negated(tok.head) or _negated(tok))]
    if tok.dep_ != "acomp" or tok.head.lemma_ != "be":
        return []
    preps = ("for", "of", "in") if tok.lower_ == "complicit" else ("for", "of")
    # the parser may hang the phrase on the copula: "X was [complicit] [in the attack]"
    charge = _charge_prep(tok, preps) or _charge_prep(tok.head, preps)
    subj = _dep_of(tok.head, _SUBJ)
    if charge is None or subj is None or (tok.lower_ == "responsible" and _duty(tok)):
        return []
    return [_Found(tok, _expand(subj), charge, None, 0.6, _negated(tok.head))]


_DUTY_NOUNS = _WORD_CLASSES["duty_nouns"]
_DUTY_VERBS = _WORD_CLASSES["duty_verbs"]


def _duty(adj: Token) -> bool:
    """'responsible for improving schools', 'for plant safety': a charge of duty, not of fault."""
    for prep in (c for t in (adj, adj.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                return obj.lemma_.lower() in _DUTY_VERBS
            if obj.dep_ == "pobj":
                return obj.lemma_.lower() in _DUTY_NOUNS
    return False
