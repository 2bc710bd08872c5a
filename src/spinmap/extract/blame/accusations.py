"""Triggers that accuse in words: accusation verbs (blame, accuse, condemn; "hold responsible", "is to blame",
demanded accusations "X should condemn Y"), accusation and blame nouns ("the blame", "charges against X",
dismissed charges), report nouns, "bears responsibility", "is behind", "at fault".
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .words import (
    _AGENT_ENTS, _HOLD_ADJ, Lexicons, _PASS_SUBJ, _PERSON_NOUNS, _RETRACT_VERBS, _SUBJ, _UNDERGONE_NOUNS, UNSPECIFIED, _VAGUE,
    _WORD_CLASSES,
)
from .parse import (
    _according_to, _dep_of, _doer_and_undergoer, _expand, _is_passive, _name_span, _nearest_subject, _np_span, _of_object,
    _says, _subject, _to_infinitive,
)
from .charge import _charge_prep, _companion_charge, _negated_charge, _noun_charge, _phrase, _predicate_charge, _span_text
from .context import _Ctx, _Found, _modifier_doer, _rejects, _Who
from .assertion import _negated


def _accuse_phrase(tok: Token, lex: Lexicons) -> Optional[Token]:
    """The preposition of a phrasal criticism verb ('lash out at X', 'rail against X'), if ``tok`` is one."""
    words = {c.lower_: c for c in tok.children if c.dep_ in ("prt", "prep", "dobj")}
    if "finger" in words:  # "pointed the finger [for the blasts] at X": the parser may hang "at" lower down
        words.update({t.lower_: t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.lower_ not in words})
    for phrase in lex.accuse_phrases:
        if phrase[0] == tok.lemma_.lower() and all(w in words for w in phrase[1:]):
            return words[phrase[-1]]
    return None


def _thing_owner(target: Token, ctx: _Ctx) -> Optional[Token]:
    """The owner of a thing named as the target ('blasted X's claim', 'called X's statements provocative'): a
    criticised statement or act blames its owner; an actor noun ('X's army') is itself the target."""
    if target.pos_ != "NOUN" or target.lemma_.lower() in ctx.lex.actor_nouns or target.ent_type_ in _AGENT_ENTS \
            or target.lemma_.lower() in _PERSON_NOUNS:  # "accused the court nominee of X": the nominee, not the court
        return None
    if target.lemma_.lower() in ctx.lex.things:
        return _dep_of(target, ("poss",))  # "X's health law" is X's; "the Keystone pipeline", "a Pixar film" no one's
    doer = next((c for c in target.children if _modifier_doer(target, c, ctx)), None)
    if doer is not None:
        return doer  # "condemned the Russian aggression", "blasted the Hamas attack"
    if ctx.actors is not None and ctx.actors.actor_at(*_name_span(target)) is not None:
        return None
    if target.lemma_.lower() in _UNDERGONE_NOUNS and _of_object(target) is None:
        return None  # "condemned X's arrest", "X's designation as an agent": X is whom it was done to, not its doer
    return _dep_of(target, ("poss",)) or _source_of(target, ctx)


def _source_of(noun: Token, ctx: _Ctx) -> Optional[Token]:
    """A named actor the noun comes from ("condemned hostile remarks from X", "slammed the threats by X"): what
    X said or did is condemned, X is accused and the noun phrase is the charge."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")):
        src = _dep_of(prep, ("pobj",))
        if src is not None and src.pos_ == "PROPN" and ctx.actors is not None and ctx.actors.actor_at(*_name_span(src)) is not None:
            return src
    return None



_OUTLETS = _WORD_CLASSES["outlets"]  # "blamed officials on Twitter", "on television": where the blame was said


def _accuse_verb(tok: Token, ctx: _Ctx, prep: Optional[Token] = None) -> list[_Found]:
    reduced = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")  # "a unit accused of X"
    passive = _is_passive(tok) or reduced
    subj, target = _doer_and_undergoer(tok, passive)
    if reduced and target is None:
        target = tok.head
    if target is not None and target.lower_ == "who" and tok.dep_ == "relcl":
        target = tok.head  # "Solsky, who is accused of ...": the antecedent
    if prep is not None:  # "lashed out at X": the preposition's object is accused
        target = _dep_of(prep, ("pobj",)) if target is None or target.lower_ == "finger" else None
    said = None
    first = tok  # "ads tethering X to Y and criticizing them": coordinated participles share the noun they modify
    while first.dep_ == "conj" and first.head.i != first.i and first.tag_ == "VBG" and first.head.tag_ == "VBG":
        first = first.head
    if not passive and subj is None and first.dep_ == "acl" and first.tag_ == "VBG" and first.head.pos_ in ("NOUN", "PROPN"):
        # "the ministry, accusing Kyiv of ...": the noun it modifies; '"Too much spite," she said, blaming X': the
        # speaker of the quoted words the participle follows (the parser hangs both on the quote's noun)
        said = next((c for c in (*first.head.children, *first.children)
                     if c.dep_ == "parataxis" and first.head.i < c.i < first.i and _says(c)), None)
        subj = _subject(said) if said is not None else first.head.head if first.head.dep_ == "appos" else first.head
    if not passive and subj is None:
        subj = _gerund_controller(first)
    charge = _charge_prep(tok) or (tok.text if prep is None else _span_text(tok.doc, tok.idx, prep.idx + len(prep)))
    if charge == tok.text and (as_ := next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)) \
            is not None and (what := _dep_of(as_, ("pobj", "amod", "acomp"))) is not None and what.pos_ in ("NOUN", "ADJ"):
        charge = _phrase(what)  # "condemned X as unfit to govern", "criticizing X as a weak leader": what X is called
        if (by := next((c for c in what.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)) is not None \
                and by.i > what.i and passive:
            charge = _span_text(tok.doc, what.left_edge.idx, by.idx)  # "denounced as traitors by the elites"
    if charge == tok.text:
        charge = _companion_charge(tok, ctx.lex.accuse) or charge  # "criticized X, accusing them of Y": Y
    why = next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ == "because" for m in c.children)), None)
    because_who = _nearest_subject(why) if why is not None else None
    if charge == tok.text and why is not None and not _negated(tok) and not (because_who is not None and (
            because_who.lower_ in ("he", "she", "i", "we") or (subj is not None and because_who.lower_ == subj.lower_))):
        # "criticised X because it keeps shelling Y": the reason given is the charge ("because he wanted votes" is
        # the accuser's own motive)
        mark = next(m for m in why.children if m.dep_ == "mark" and m.lower_ == "because")
        end = why.right_edge if not why.right_edge.is_punct else tok.doc[why.right_edge.i - 1]
        start = mark.i + 1
        aside = next((c for c in why.children if c.dep_ == "parataxis" and c.left_edge.i <= start + 1 and _says(c)), None)
        if aside is not None:  # "because, he said, X never took control": the "he said" set in is not the charge
            start = aside.right_edge.i + 1
        while start < end.i and tok.doc[start].is_punct:
            start += 1
        charge = _span_text(tok.doc, tok.doc[start].idx, end.idx + len(end))
    if prep is not None and prep.head.i != tok.i and prep.head.dep_ == "pobj" and prep.i > prep.head.i:
        # "pointed the finger for the blasts at X": the charge is "the blasts", not the phrase with the accused
        charge = _span_text(tok.doc, *_np_span(prep.head))
    near = list(tok.children) + (list(target.children) if target is not None else [])
    on = next((c for c in near if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    if tok.lemma_.lower() == "blame" and on is not None and _dep_of(on, ("pobj",)) is not None and not (
            target is not None and _dep_of(on, ("pobj",)).lemma_.lower() in _OUTLETS):  # "blamed X on Twitter": where
        # "blame the crash on X" / "the crash is blamed on X": X is accused, the object is the charge
        charge = _span_text(tok.doc, *_np_span(target)) if target is not None else charge
        if said is not None and target is not None and target.lower_ in ("it", "some", "most", "much", "all", "part"):
            charge = _span_text(tok.doc, *_np_span(first.head))  # '"Such spite," she said, blaming it on X': the spite
        target = _dep_of(on, ("pobj",))
    if target is None:
        return []
    owner = _thing_owner(target, ctx)
    if owner is not None:
        words = tok.text if prep is None or prep.head.i != tok.i else _span_text(tok.doc, tok.idx, prep.idx + len(prep))
        charge = f"{words} {_noun_charge(target, owner)}"  # "railed against X's decision"
        target = owner
    if subj is not None and subj.lemma_.lower() in ctx.lex.nouns and subj.ent_type_ not in _AGENT_ENTS:
        return []  # "False flag attack to accuse Russia": a misdeed is no accuser; its purpose accuses nobody yet
    if _deontic(tok):
        return [_Found(tok, members, part, None, 0.7, _negated(tok)) for members, part in _member_charges(target, charge)]
    if subj is not None:
        accuser = ctx.voicer(subj, keep_pronoun=True)
    else:  # an agentless passive: "According to X, Y is accused of Z" is X's accusation
        told_by = _according_to(tok) if passive else None
        accuser = (ctx.voicer(told_by) if told_by is not None else None) or _Who(None, UNSPECIFIED, None)
    if accuser is None:
        return []  # "Who blames whom?": an interrogative or vague subject is not an accuser
    return [_Found(tok, members, part, accuser, 0.85, _negated(tok)) for members, part in _member_charges(target, charge)]


def _own_charge(member: Token, preps: tuple[str, ...] = ("of", "for")) -> Optional[str]:
    """The of/for phrase the parser hangs on an accused member after it ("accused A of X")."""
    prep = next((c for c in member.children if c.dep_ == "prep" and c.lower_ in preps and c.i > member.i), None)
    obj = _dep_of(prep, ("pobj", "pcomp")) if prep is not None else None
    return _phrase(obj, with_list=True) if obj is not None else None


def _member_charges(target: Token, charge: str) -> list[tuple[list[Token], str]]:
    """"accused A of X and B of Y": a later list member with a charge phrase of its own takes it (with the members
    after it), not the first member's. When the first member's own phrase is not the charge ("blasted A for X, as well
    as B for Y"), only a "for" phrase is one ("blamed A and the head of B for X": "of B" names whose head)."""
    members = _expand(target)
    first_own = _own_charge(target) == charge
    groups: list[tuple[list[Token], str]] = [([], charge)]
    for m in members:
        own = None
        if m.i != target.i and (m.dep_ == "conj" or not first_own):
            own = _own_charge(m) if first_own else _own_charge(m, ("for",))
        if own is not None and groups[-1][0]:
            groups.append(([], own))
        groups[-1][0].append(m)
    return groups


_CONTROL_PREPS = _WORD_CLASSES["control_preps"]


def _gerund_controller(verb: Token) -> Optional[Token]:
    """Who does an accusation gerund that hangs on a preposition of another verb ("X wants answers after accusing Y",
    "X devoted hours to criticizing Y", "a field focused on criticizing Y"): that verb's subject, or the noun its
    participle modifies. "for" only on a verb with no object ("criticized X for accusing Y": X accuses); never
    "without" (not done). An infinitive under the gerund is the gerund's ("devoted hours to trying to condemn Y")."""
    while verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and _to_infinitive(verb):
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    gov = verb.head.head
    if verb.head.lower_ == "for" and gov.pos_ in ("VERB", "AUX") and _dep_of(gov, ("dobj", "obj", "dative")) is None:
        # "X was fired for criticizing Y", "X apologized for blaming Y": with no object to credit, the subject did it
        subj = _nearest_subject(gov)
        return subj if subj is not None and subj.lower_ not in _VAGUE else None
    if verb.head.lower_ not in _CONTROL_PREPS:
        return None
    if gov.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if gov.dep_ == "acl" and gov.tag_ in ("VBN", "VBG") and gov.head.pos_ in ("NOUN", "PROPN"):
        return gov.head
    subj = _subject(gov)
    return subj if subj is not None and subj.lower_ not in _VAGUE else None


def _hold_responsible(tok: Token, ctx: _Ctx) -> list[_Found]:
    obj = _dep_of(tok, ("dobj", "obj"))
    near = list(tok.children) + (list(obj.children) if obj is not None else [])
    adj = next((c for c in near if c.lemma_.lower() in _HOLD_ADJ), None)
    if adj is None:
        return []
    target = _dep_of(tok, ("dobj", "obj", "nsubjpass")) or _dep_of(adj, ("nsubj", "nsubjpass"))
    if target is None or _answerable_to(tok, adj):
        return []
    subj = _subject(tok) if _dep_of(tok, ("nsubjpass",)) is None else None
    if subj is None and _dep_of(tok, ("nsubjpass",)) is None:
        subj = _gerund_controller(tok)  # "X devoted hours to trying to hold Y accountable": X holds
    charge = _charge_prep(adj, ("for",)) or _deed_before(tok, target, ctx) or f"held {adj.text}"
    if _deontic(tok):
        return [_Found(tok, _expand(target), charge, None, 0.7, _negated(tok))]
    accuser = ctx.who(subj, keep_pronoun=True) if subj is not None else _Who(None, UNSPECIFIED, None)
    return [_Found(tok, _expand(target), charge, accuser, 0.85, _negated(tok))]


def _answerable_to(hold: Token, adj: Token) -> bool:
    """'hold every officer accountable to the code', 'to the voters': a standard or a body one must answer to, with
    no 'for' naming a deed, charges nothing."""
    preps = [c.lower_ for t in (hold, adj) for c in t.children if c.dep_ == "prep"]
    return "to" in preps and "for" not in preps


def _deed_before(held: Token, target: Token, ctx: _Ctx) -> Optional[str]:
    """What the one held to account did, told by the clause this one is joined to ("X has put lives at risk, and
    she should be held accountable"): the same subject, or a name then a pronoun; not a saying or a negated deed."""
    deed = held.head
    if held.dep_ != "conj" or deed.pos_ != "VERB" or deed.i > held.i or deed.lemma_.lower() in ctx.lex.speech or _negated(deed):
        return None
    doer = _nearest_subject(deed)
    if doer is None or not (doer.lower_ == target.lower_ or (target.pos_ == "PRON" and doer.pos_ == "PROPN")):
        return None
    return _predicate_charge(deed)


_DEONTIC = {"should", "must", "ought"}
_OBLIGE = {"need", "have"}  # "needs to condemn", "has to hold X accountable"


def _deontic(verb: Token) -> bool:
    """An accusation demanded, not made: "X should condemn Y", "the world must hold Y accountable", "X needs to
    blame Y". Nobody has accused yet; whoever voices the clause (the author, a reporting speaker) holds Y to blame,
    so the accuser is that voice. Irrealis ones ("would/might/could blame") stay the subject's, hedged."""
    if any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in verb.children):
        return True
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in _OBLIGE and head.pos_ in ("VERB", "AUX")
            and _to_infinitive(verb))


def _is_to_blame(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X is to blame', 'X is at fault', 'the one party not to blame is X'."""
    head = tok.head
    target = None
    if head.lemma_ == "be":
        target = _dep_of(head, _SUBJ)
    elif head.pos_ in ("NOUN", "PRON", "NUM") and head.head.lemma_ == "be" and head.dep_ in _SUBJ:
        target = _dep_of(head.head, ("attr", "acomp"))
    if target is None:
        return []
    charge = _charge_prep(tok, ("for",)) or ("not to blame" if _negated(tok) else "to blame")
    return [_Found(tok, _expand(target), charge, None, 0.75, _negated(tok))]


def _blame_noun(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'put the blame on X', 'the blame lies with X'."""
    for holder in (tok, tok.head):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "with", "upon"):
                obj = _dep_of(c, ("pobj",))
                if obj is not None:
                    subj = _subject(tok.head) if tok.dep_ in ("dobj", "obj") else None
                    accuser = ctx.who(subj) if subj is not None else None
                    charge = _charge_prep(tok, ("for",)) or "blame"
                    return [_Found(tok, _expand(obj), charge, accuser, 0.75, _negated(tok.head))]
    return []


def _conscience(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'their deaths will be on your conscience': the possessor is blamed for the subject."""
    poss = _dep_of(tok, ("poss",))
    prep = tok.head
    if poss is None or prep.lower_ != "on":
        return []
    verb = prep.head
    subj = _dep_of(verb, _SUBJ)
    charge = _phrase(subj) if subj is not None else "on their conscience"
    return [_Found(tok, [poss], charge, None, 0.6, _negated(verb), addressee=poss.lower_ in ("your", "you"))]


def _report_noun(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'accusations that X ...' / 'accusations against X': X is accused by the noun's holder."""
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # "accusations against X over the blast": X is accused by the noun's holder
        against = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"), None)
        target = _dep_of(against, ("pobj",)) if against is not None else None
        if target is None:
            return []
        charge = _charge_prep(tok, ("of", "over", "for")) or _kind_of_charge(tok, ctx.lex) or tok.text
        holder = ctx._holder(tok)
        return [_Found(tok, _expand(target), charge, holder, 0.6, _dismissed(tok, holder, ctx.lex) or _not_brought(tok))]
    subj = _dep_of(clause, _SUBJ + _PASS_SUBJ)
    if subj is None:
        return []
    # the accusation is the whole clause: "accusations that X do not want to fight" charges the not-doing
    charge = _negated_charge(clause) if _negated(clause) else _predicate_charge(clause)
    holder = ctx._holder(tok)
    return [_Found(tok, _expand(subj), charge, holder, 0.6, _dismissed(tok, holder, ctx.lex) or _not_brought(tok))]


def _kind_of_charge(noun: Token, lex: Lexicons) -> Optional[str]:
    """The wrong a noun modifier names: "rape allegations against X", "sexual misconduct charges" (not "the 1999
    allegation" nor "flimsy accusations": a date or a judgement of the charge names no wrong)."""
    kind = noun.doc[noun.i - 1] if noun.i > 0 else None
    if kind is None or kind.dep_ != "compound" or kind.head.i != noun.i or kind.pos_ != "NOUN" \
            or kind.lemma_.lower() in lex.actor_nouns or kind.lemma_.lower() in _SOURCE_NOUNS or kind.ent_type_ \
            or (kind.i > 0 and noun.doc[kind.i - 1].text == "-"):  # ("last-minute accusations": when, not what)
        return None  # ("the campaign allegations", "the dossier claims" name who makes them or where)
    lo = kind
    while lo.i > 0 and (adj := noun.doc[lo.i - 1]).dep_ == "amod" and adj.head.i in (noun.i, kind.i) \
            and adj.tag_ == "JJ" and adj.lower_ in _KIND_ADJECTIVES:
        lo = adj  # "sexual" of "sexual assault allegations", wherever the parser hung it
    return _span_text(noun.doc, lo.idx, kind.idx + len(kind)).lower()


_SOURCE_NOUNS = _WORD_CLASSES["charge_source_nouns"]
_KIND_ADJECTIVES = _WORD_CLASSES["charge_kind_adjectives"]


def _not_brought(noun: Token) -> bool:
    """An accusation its holder did not make: 'did not file charges against X', 'never levelled accusations
    that X ...' (the negation sits on the verb whose object the accusation is), or gave up: 'dropped the charge
    against X' (``retract_verbs``)."""
    return noun.dep_ in ("dobj", "obj") and (_negated(noun.head) or noun.head.lemma_.lower() in _RETRACT_VERBS)


def _dismissed(noun: Token, holder: _Who, lex: Lexicons) -> bool:
    """An accusation nobody named makes, mentioned only to be rejected: 'baseless accusations against X', 'the
    charges against X are bogus', 'X rejected the allegations' (``blame_dismissal_words.txt``,
    ``blame_denial_verbs.txt``). A named holder's accusation stands, dismissed or not ('Y dismissed Z's
    accusation that X ...': Z still accuses X)."""
    if holder.name != UNSPECIFIED:
        return False
    if any(c.dep_ == "amod" and c.lower_ in lex.dismissal for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ in _SUBJ and head.lemma_ == "be":
        preds = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        if any(p.lower_ in lex.dismissal for q in preds for p in (q, *q.conjuncts)):
            return True
    return noun.dep_ in ("dobj", "obj") and _rejects(head, lex)


def _bears_responsibility(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X bears responsibility for the war': the bearer is blamed (not who claims or takes it: that is admission)."""
    verb = tok.head
    subj = _subject(verb)
    if subj is None:
        return []
    charge = _charge_prep(tok, ("for",)) or f"{verb.text} {tok.text}"
    return [_Found(tok, _expand(subj), charge, None, 0.6, _negated(verb))]


def _is_behind(tok: Token, ctx: _Ctx, subj: Optional[Token] = None) -> list[_Found]:
    """'X is behind the attacks', 'Zelensky Behind Pipeline Attack', 'the group behind the bombing': the one
    behind a misdeed or plot is blamed for it."""
    event = _dep_of(tok, ("pobj",))
    subj = subj if subj is not None else _subject(tok.head)
    if event is None or subj is None:
        return []
    lemma = event.lemma_.lower()
    if lemma not in ctx.lex.nouns and lemma not in ctx.lex.objects and lemma not in ctx.lex.behind:
        return []
    return [_Found(tok, _expand(subj), f"behind {_phrase(event)}", None, 0.6, _negated(tok.head))]


def _at_fault(tok: Token, ctx: _Ctx) -> list[_Found]:
    at = tok.head
    if at.lower_ != "at" or at.dep_ != "prep":
        return []
    subj = _dep_of(at.head, _SUBJ)
    if subj is None:
        return []
    return [_Found(tok, _expand(subj), "at fault", None, 0.75, _negated(at.head))]
