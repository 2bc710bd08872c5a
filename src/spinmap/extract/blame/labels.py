"""Triggers that charge by name: labels and epithets given by a naming verb ("X called Y a traitor", "whom X described
as a tyrant"), label nouns and their named members ("officials like A and B"), loaded adjectives and scare-quoted
or title-case epithets; crime words alone ("the suspect") charge no one.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...nlp.actors import ActorIndex, load_table
from .words import (
    _NAMING_VERBS, _PASS_SUBJ, _PRODUCE_VERBS, _SUBJ, _TAKEN_MEASURES, _VIGOUR_ADJECTIVES, _VIGOUR_NOUNS,
    _WORD_CLASSES,
)
from .parse import (
    _by_agent, _dep_of, _expand, _governors, _name_span, _named_members, _np_span, _of_object, _prep_objects,
    _set_off_by_dash, _subject,
)
from .charge import _GENERIC_DETERMINERS, _lower_determiner, _noun_charge, _phrase, _span_text
from .context import _Ctx, _Found, _namer, _Who
from .assertion import _negated
from .accusations import _thing_owner
from .misdeeds import _verbal_attack


def _named_next(tok: Token, ctx: _Ctx) -> Optional[Token]:
    """The head of an actor's name that follows ``tok`` directly ("stooge [Jan Novak]"), if any."""
    if tok.i + 1 >= len(tok.doc) or ctx.actors is None:
        return None
    head = tok.doc[tok.i + 1]
    if head.pos_ != "PROPN":
        return None
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    if head.i + 1 < len(tok.doc) and tok.doc[head.i + 1].tag_ == "POS":
        return None  # "stooge Smith's remarks": the label belongs to the remark's phrase, not asserted of Smith
    return head if ctx.actors.actor_at(*_name_span(head)) is not None else None


def _named_label(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'the warmonger Smith', 'propagandist Smith': the label blames the name right after it (noun or, as the
    tagger sometimes has it, adjective; the parser hangs the name either way)."""
    name = _named_next(tok, ctx)
    return [_Found(tok, [name], f"referred to as {tok.text}", None, 0.5, False, epithet=True)] if name is not None else []


def _label_members(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'a terrorist named X', 'the polluters include A, B and C': the label blames the names it is given or listed
    with (named actors only)."""
    if ctx.actors is None:
        return []
    names: list[Token] = []
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("name", "call", "dub"):
            names += [n for n in c.children if n.dep_ in ("oprd", "dobj", "attr", "xcomp") and n.pos_ == "PROPN"]
    include = tok.head if tok.head.lemma_.lower() == "include" else next(
        # "the polluters named in our report include A": the parser may make the participle the subject's verb
        (c for c in tok.head.children if c.lemma_.lower() == "include" and c.dep_ in ("ccomp", "conj")
         and _dep_of(c, _SUBJ) is None), None) if tok.head.tag_ == "VBD" else None
    if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and include is not None and not _negated(include):
        names += [n for n in include.children if n.dep_ in ("dobj", "obj") and n.pos_ == "PROPN"]
    names = [n for x in names for n in _expand(x) if n.head.dep_ == "acl" or ctx.actors.actor_at(*_name_span(n)) is not None]
    lo = min([c.left_edge.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "poss")] + [tok.i])
    label = _lower_determiner(" ".join(t.text for t in tok.doc[lo : tok.i + 1] if not t.is_punct))
    return [_Found(tok, names, f"referred to as {label}", None, 0.5, False, epithet=True)] if names else []


def _label_noun(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'the aggressor's forces', 'the occupiers left': an accusatory epithet blames whom it names.

    Only an epithet that picks out someone (definite, demonstrative or bare plural) is the speaker's
    charge; a generic one ("any aggressor will be punished", "an invader must be stopped") names nobody.
    A possessive use ("the aggressor's forces") presupposes rather than asserts the charge: lower confidence.
    """
    named = _named_label(tok, ctx) or _label_members(tok, ctx)
    if named:
        return named
    found = _label_found(tok, ctx)
    owner = _of_object(tok) if tok.lemma_.lower() in _PUPPETS else None
    if found and owner is not None and ctx.actors is not None and ctx.actors.actor_at(*_name_span(owner)) is not None:
        # "X is the puppet of Y": Y, who pulls the strings, is blamed as well
        found.append(_Found(tok, _expand(owner), f"controls {'the' if tok.tag_ == 'NNS' else 'a'} {tok.text}",
                            None, 0.5, found[0].negated))
    return found


_PUPPETS = _WORD_CLASSES["puppets"]


def _label_found(tok: Token, ctx: _Ctx) -> list[_Found]:
    """The findings of :func:`_label_noun` other than a label right before a name."""
    if tok.dep_ == "appos" and tok.head.dep_ in ("dobj", "obj") and tok.head.head.lemma_.lower() in _NAMING_VERBS:
        return []  # "branded X the aggressor": the naming verb's charge (_naming_label)
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and _dep_of(tok, ("det",)) is not None:
        # "Smith, the hypocrite, ...": a definite apposition names its head
        return [_Found(tok, [tok.head], f"referred to as {_lower_determiner(_phrase(tok))}", None, 0.5, False,
                       epithet=True)]
    if tok.dep_ in ("compound", "amod") and tok.head.dep_ == "attr" and tok.head.head.lemma_ == "be" and tok.i < tok.head.i:
        subj = _dep_of(tok.head.head, _SUBJ)  # "X is the aggressor country", "X is a puppet politician"
        return [_Found(tok, _expand(subj), f"is {_phrase(tok.head)}", None, 0.6, _negated(tok.head.head))] if subj is not None else []
    if tok.dep_ in ("compound", "amod") or tok.head.lemma_.lower() in _NAMING_VERBS:
        return []  # "aggressor state" is a modifier; "called X a traitor" is handled by naming
    if tok.dep_ == "attr":  # "X is the aggressor": the subject is named
        subj = _dep_of(tok.head, _SUBJ)
        # the whole list of labels: "X is a liar, a crook and a bully"
        return [_Found(tok, _expand(subj), f"is {_phrase(tok, with_list=True)}", None, 0.6, _negated(tok.head))] if subj is not None else []
    det = _dep_of(tok, ("det",))
    if (det is not None and det.lower_ in _GENERIC_DETERMINERS) or (det is None and tok.tag_ == "NN"):
        return []
    seat = _seat_organisation(tok, ctx)
    if seat is not None:  # "tyrants at the United Nations", "the traitors in the ministry": the organisation
        return [_Found(tok, [seat], f"referred to as {_span_text(tok.doc, tok.idx, seat.idx + len(seat))}", None, 0.5,
                       False, epithet=True)]
    if det is None and _dep_of(tok, ("poss",)) is None and not _specific_plural(tok):
        return []  # "sanctions on terrorists", "because terrorists are X": a bare plural names a class, not someone
    if tok.lemma_.lower() in _CRIME_LABELS and not _pinned_on_actor(tok):
        return []  # "the terrorists fled", "the suspect": the culprits of a crime told, no one's charge against anyone
    ns, ne = _np_span(tok)
    named = " ".join(ctx.text[ns:ne].split())
    for case in ("'s", "’s", "'", "’"):  # "the aggressor's forces" names "the aggressor"
        named = named[: -len(case)] if named.endswith(case) else named
    conf = 0.4 if tok.dep_ == "poss" else 0.5
    return [_Found(tok, [tok], f"referred to as {_lower_determiner(named)}", None, conf, False, epithet=True)]


_CRIME_LABELS = _WORD_CLASSES["crime_labels"]


def _pinned_on_actor(tok: Token) -> bool:
    """A noun a name or a nation's word modifies or owns ("Russian terrorists", "the Hamas terrorists", "the drones
    of X"): pinned on someone."""
    owners = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")] + [o for o in [_of_object(tok)] if o]
    return any(c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN" or c.text in load_table().adjectives
               for c in owners)


def _specific_plural(tok: Token) -> bool:
    """A bare plural that picks out someone: the subject of a past or perfect event ("occupiers shelled the
    town", "invaders have looted it"), not of a generic present ("terrorists are X") nor an object or list member."""
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN")
           and not (c.ent_type_ == "NORP" and c.pos_ == "ADJ" and c.text not in load_table().adjectives) for c in tok.children):
        return True  # "Russian invaders": the label is pinned on a nation's own ("Islamist extremists" is a kind)
    if tok.dep_ not in _SUBJ + _PASS_SUBJ:
        return False
    verb = tok.head
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")
                                     and c.lemma_ in ("have", "be") and (c.lemma_ == "have" or c.tag_ == "VBD")
                                     for c in verb.children)


def _seat_organisation(tok: Token, ctx: _Ctx) -> Optional[Token]:
    """The object of a label's 'at'/'in' when it names an organisation ('tyrants at the United Nations')."""
    if ctx.actors is None:
        return None
    for p in _prep_objects(tok, ("at", "in")):
        a = ctx.actors.actor_at(*_name_span(p))
        if a is not None and a.kind == "organization":
            return p
    return None


def _naming(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X called Y crude / provocative': X accuses Y (or Y's thing) with a loaded adjective."""
    label = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.lemma_.lower() in ctx.lex.adjectives), None)
    if label is None:
        return _naming_label(tok, ctx)
    target = _dep_of(tok, ("dobj", "obj")) or _dep_of(label, ("nsubj", "compound")) or next(
        (c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN" and c.i < label.i), None)  # "called X Y" as two oprd
    if target is None:
        return []
    if _talked_out_of(tok, ctx) is not None:
        return []  # "urged voters not to call Y corrupt": the giver opposes the label
    owner = _thing_owner(target, ctx)
    if owner is not None:  # "called Baku's latest statements provocative": the statements' owner is accused
        return [_Found(tok, _expand(owner), f"{tok.text} {_noun_charge(target, owner)} {label.text}", _namer(tok, ctx),
                       0.6, _negated(tok))]
    return [_Found(tok, [target], f"{tok.text} it {label.text}", _namer(tok, ctx), 0.6, _negated(tok))]


_RELATIVES = {"whom", "who", "which", "that"}


def _naming_label(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X called Y a traitor', 'described Y as a war criminal', 'Y, whom X branded a tyrant': a label noun or an
    epithet given to Y is the namer's charge against Y (a relative pronoun stands for the noun it hangs on)."""
    target = _dep_of(tok, ("dobj", "obj", "dative"))  # the parser may read "called X a Y" as a double object
    cands = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp")]
    cands += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ in ("pobj", "amod")]
    if target is not None:  # "branded X the aggressor" with the label read as X's apposition
        cands += [c for c in target.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    label = next((c for c in cands if (c.pos_ == "NOUN" and c.lemma_.lower() in ctx.lex.labels)
                  or (c.pos_ == "ADJ" and c.lemma_.lower() in ctx.lex.epithets)), None)
    if label is None:  # "called him a corrupt politician": an epithet on the given noun
        label = next((a for c in cands if c.pos_ == "NOUN" for a in c.children
                      if a.dep_ == "amod" and a.lemma_.lower() in ctx.lex.epithets), None)
    if label is None or target is None or _dep_of(tok, _PASS_SUBJ) is not None:
        return []
    if target.lower_ in _RELATIVES and tok.dep_ == "relcl":
        target = tok.head  # "Y, whom X called a traitor"
    if target.i == label.i or (label.head.i == target.i and label.dep_ != "appos"):
        return []
    given = label.head if label.dep_ == "amod" else label
    charge = f"{tok.text} {'as ' if given.dep_ == 'pobj' else ''}{_lower_determiner(_phrase(given))}"
    if (addressee := _talked_out_of(tok, ctx)) is not None:
        # "urged voters not to call Y a traitor": nobody's charge; "asked reporters to stop calling Y a liar": theirs
        if _negated(tok):
            return []
        return [_Found(tok, _expand(target), charge, ctx.who(addressee, keep_pronoun=True), 0.5, False)]
    namer = _namer(tok, ctx)
    subj = _subject(tok)
    if namer is not None and subj is not None and subj.pos_ == "PRON" and (t := ctx.who(target)) is not None \
            and t.actor is not None and namer.actor is not None and t.actor.id == namer.actor.id:
        namer = _Who(None, subj.text, (subj.idx, subj.idx + len(subj)))  # "Y, whom she called a traitor": she is not Y
    if namer is not None and subj is not None and subj.pos_ == "PRON" and tok.dep_ == "relcl":
        # "A urged B to stop Y, whom she called a traitor": she is the sentence's subject, not the last name seen
        top = next((_subject(g) for g in _governors(tok) if g.dep_ == "ROOT"), None)
        w = ctx.who(top) if top is not None and top.i != target.i else None
        gender = ActorIndex.pronoun_gender(subj.lower_)
        if w is not None and w.actor is not None and w.actor.kind == "person" and (
                gender is None or ctx.actors.gender(w.actor.id) in (None, gender)):
            namer = w
    return [_Found(tok, _expand(target), charge, namer, 0.6, _negated(tok))]


def _talked_out_of(verb: Token, ctx: _Ctx) -> Optional[Token]:
    """'urged voters not to call Y a traitor', 'asked reporters to stop calling Y a liar': the addressee of an order
    not to name (or to stop naming), who is the one naming if anyone is; the order's giver opposes the label."""
    t, against = verb, any(c.dep_ == "neg" for c in verb.children)
    while t.dep_ == "xcomp" and t.head.pos_ == "VERB":
        t = t.head
        if (addressee := _dep_of(t, ("dobj", "obj"))) is not None:
            return addressee if against else None
        against = against or t.lemma_.lower() in ctx.lex.cessative or any(c.dep_ == "neg" for c in t.children)
    return None


_BRANCH_ADJECTIVES = _WORD_CLASSES["branch_adjectives"]
_LEGAL_PROCESS_NOUNS = _WORD_CLASSES["legal_process_nouns"]


def _branch_of_law(tok: Token) -> bool:
    """'his criminal case', 'the criminal division head': the adjective names a branch of law before a court, a
    case or an office (``legal_process_nouns``), not a charge against anyone."""
    return tok.lemma_.lower() in _BRANCH_ADJECTIVES and tok.dep_ in ("amod", "compound") and \
        tok.head.lemma_.lower() in _LEGAL_PROCESS_NOUNS


def _loaded_adjective(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X's provocative statements', 'provocative statements were made by X', 'X called Y crude'."""
    head = tok.head
    if _branch_of_law(tok):
        return []
    if head.lemma_.lower() in _NAMING_VERBS:
        return []  # handled by _naming
    if tok.dep_ == "amod" and head.dep_ in ("oprd", "dobj", "obj") and head.head.lemma_.lower() in _NAMING_VERBS \
            and tok.i > head.i and (owner := _dep_of(head, ("poss",))) is not None:
        # "called Baku's statements provocative" with the label mis-hung on the noun: the caller accuses
        verb = head.head
        return [_Found(tok, _expand(owner), f"{verb.text} {_noun_charge(head, owner)}", _namer(verb, ctx), 0.6,
                       _negated(verb))]
    noun = None
    if tok.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        noun = head
    elif tok.dep_ == "acomp":
        noun = _dep_of(head, _SUBJ)
    if noun is None:
        return []
    if noun.lemma_.lower() == "attack" and _verbal_attack(noun, ctx):
        return []  # "X's aggressive attack on Y" in words: X's criticism of Y (the noun's record), not X's wrong
    if tok.lemma_.lower() in _VIGOUR_ADJECTIVES and (noun.lemma_.lower() in _VIGOUR_NOUNS or (
            noun.lemma_.lower() in _TAKEN_MEASURES and noun.dep_ in ("dobj", "obj") and noun.head.lemma_ == "take")) and not any(
            not (o.head.lower_ == "on" and o.tag_ == "NN" and not o.ent_type_ and o.lemma_.lower() not in ctx.lex.actor_nouns)
            for t in (noun, noun.head) for o in _prep_objects(t, ("against", "on", "toward", "towards"))):
        # "an aggressive campaign strategy", "aggressive overtures on trade": vigour ("campaign against Y" is hostile)
        return []
    doer = _dep_of(noun, ("poss",))
    if doer is not None and noun.lemma_.lower() in ctx.lex.actor_nouns:
        return []  # "X's aggressive backers": the adjective is said of the backers, not of X
    if doer is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        doer = _dep_of(by, ("pobj",)) if by is not None else None
    if doer is None and noun.lemma_.lower() in ctx.lex.owned:
        doer = _of_object(noun)  # "the cynical ambitions of the regime"
    if doer is None and noun.dep_ in _PASS_SUBJ:
        doer = _by_agent(noun.head)
    if doer is None:  # "the brutal tactics used by X"
        doer = next((a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and (a := _by_agent(c)) is not None), None)
    if doer is None and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _PRODUCE_VERBS:
        doer = _subject(noun.head)  # "X made provocative statements" (not "X derailed a crude deal")
    if doer is None:
        return []
    charge = f"{tok.text} {noun.text}" if tok.dep_ == "amod" else f"{noun.text} {tok.text}"
    return [_Found(tok, _expand(doer), charge, None, 0.5, _negated(head))]


def _epithet(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'the tyrannical government', 'X is corrupt': an epithet said of an actor blames that actor."""
    if _branch_of_law(tok):
        return []
    if tok.i > 0 and tok.nbor(-1).lower_ == "to" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i and all(
            t.dep_ in ("compound", "flat") and t.pos_ == "PROPN" for t in tok.doc[tok.i + 1 : tok.head.i]):
        return []  # "sharpened her knife to bloody X": a verb the tagger read as an adjective, X its victim ("sold arms to
        # brutal regimes" stays)
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.i < tok.head.i:
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "the tyrannical [Ruritanian] government", the adjective hung on the modifier
        charge = f"{tok.text} {noun.text}"
    elif tok.dep_ == "acomp" and tok.head.lemma_ == "be" and tok.head.i < tok.i and (noun := _dep_of(tok.head, _SUBJ)) \
            is not None and not any(c.dep_ in ("acomp", "attr") and c.i < tok.i for c in tok.head.children):
        # (an earlier complement is the predicate: "X is best known for ... with his sock bloody" says nothing of X;
        # a fronted one, "how reckless it is to V", is said of no one)
        charge = _span_text(tok.doc, tok.head.idx, tok.idx + len(tok))  # "is corrupt"
    else:
        return []
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and (subj := _dep_of(noun.head, _SUBJ)) is not None:
        noun = subj  # "X is a corrupt politician": X
    if noun.head.lemma_.lower() in _NAMING_VERBS or noun.dep_ in ("compound", "poss"):
        return []  # "called X corrupt" is handled by naming; "corrupt officials' homes" is not said of the owner
    if any((c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS) or (c.dep_ == "amod" and c.lower_ == "other")
           for c in noun.children):
        return []  # "is a criminal organization", "and other imperialist countries": a kind, not someone (as labels)
    if noun.lemma_.lower() in ctx.lex.nouns or any(c.dep_ == "compound" and c.lemma_.lower() in ctx.lex.nouns
                                                     for c in noun.children):
        return []  # "savage repression", "a brutal bombing campaign": a misdeed, whose own rule finds the doer
    # "the leaders, A, B and C, are corrupt", "the corrupt leaders — A, B and C —": each (not the leaders' list partners)
    members = _named_members(noun)
    said_of = _expand(noun) if tok.dep_ == "acomp" else (members if _set_off_by_dash(members) else [noun, *members])
    return [_Found(tok, said_of, charge, None, 0.5, _negated(tok.head if tok.dep_ == "acomp" else tok), epithet=True)]


def _title_case_label(tok: Token, ctx: _Ctx) -> list[_Found]:
    """A headline's capitalised epithet or label the tagger took for part of a name: 'Paranoid Putin Tries ...'
    (the epithet before the name), 'Zelensky Enemy of Ukraine Sends ...' (the name before the label)."""
    if ctx.actors is None or any(not ctx.actors.is_tagger_mention(ms, me) and (ms < tok.idx or a.name.lower() == tok.lower_)
                                 for ms, me, a in ctx.actors.mentions_in(tok.idx, tok.idx + len(tok))):
        return []  # a word inside a known name stays a name ("International Criminal Court")
    words = [t for t in tok.sent if t.is_alpha]
    if tok.i != tok.sent.start and sum(t.text[:1].isupper() for t in words) < 0.6 * len(words):
        return []  # only where capitals say nothing: a sentence's first word or a title-case headline ("Nazi Germany")
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.i < tok.head.i and tok.lower_ in ctx.lex.epithets:
        name = tok.head
    else:
        name = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i), None) \
            if tok.lower_ in ctx.lex.labels else None
    a = ctx.actors.actor_at(*_name_span(name)) if name is not None else None
    if name is None or a is None or a.kind == "other":
        return []
    return [_Found(tok, [name], f"referred to as {tok.lower_}", None, 0.5, False, epithet=True)]
