"""Whether a candidate is asserted, and how: negated ("did not betray"), hedged (allegedly, may, would), conjectured,
foretold; and what is not asserted by anyone and so yields nothing: denials, questions, unrealised or wished or
supposed acts ("in case of war", "the risk of an invasion"), acts only urged or advocated, abstaining, excuses,
titles, and causes ruled out ("not due to X's meddling", "no evidence that X lied").
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .words import (
    _ACCUSATION_NOUNS, _AVERTING_VERBS, _COMBAT, _DUTY_MISDEEDS, _EASE_ADJECTIVES, _EVENTUALITY_ADJECTIVES,
    _EVENTUALITY_NOUNS, _FIRST_PERSON, _INABILITY_ADJECTIVES, _INTENT_VERBS, _KILL, Lexicons, lexicons, _PASS_SUBJ, _PERMIT_VERBS,
    _SUBJ, _SUPPOSAL_NOUNS, _UNMADE_ACT_NOUNS, _VICTIM_NOUNS, _WISH_VERBS, _WORD_CLASSES,
)
from .parse import _dep_of, _first_conjunct, _governors, _subject, _to_infinitive, _went_on
from .charge import _quotation_mark
from .context import _Ctx, _Found


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" and not _not_before(c) for c in tok.children):
        return not _faulted_past(tok)
    if tok.pos_ == "VERB" and (obj := _dep_of(tok, ("dobj", "obj"))) is not None and obj.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return True  # "X committed no crime", "broke no law": the deed is denied as a "not" would deny it
    if tok.dep_ == "ccomp" and tok.head.lemma_ == "be" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
            and any(c.dep_ == "neg" for c in tok.head.children) and any(
            c.dep_ in _SUBJ and c.lower_ == "it" for c in tok.head.children):
        return True  # "it is not that X shelled the port": the cleft denies its that-clause
    # "did not want to blame", "refused to betray": negation on a controlling verb
    if tok.dep_ == "xcomp" and any(c.dep_ == "neg" for c in tok.head.children):
        return True
    subj = _dep_of(tok, _SUBJ + _PASS_SUBJ) or (_dep_of(tok.head, _SUBJ + _PASS_SUBJ) if tok.dep_ == "conj" else None)
    if subj is None and tok.dep_ == "xcomp":
        subj = _subject(tok)  # "Neither X nor Y is inclined to attack Z": the subject controlling the deed
    if subj is not None and any(c.lower_ == "neither" for c in subj.children):
        return True  # "Neither Arbenz nor any other official had attacked X"
    return False


def _faulted_past(verb: Token) -> bool:
    """'X should not have invaded Y': the "not" finds fault with a deed done; it does not deny it."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return "have" in auxes and bool(auxes & _COUNTERFACTUAL_MODALS)


_COUNTERFACTUAL_MODALS = {"should", "ought", "shouldn't", "oughtn't"}


def _not_before(neg: Token) -> bool:
    """'... but not before X looted the depot': "not" on a before/until clause says when, it denies nothing."""
    nxt = neg.nbor() if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in ("before", "until") and nxt.dep_ == "mark"


_CLAUSE_EDGES = {"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj", "pcomp"}
_CONJECTURE_MODALS = {"could", "might", "may"}


def _conjectured(tok: Token) -> bool:
    """A deed the clause only conjectures ("X could undermine Y", "X might fail to pay Y") or puts counter to fact
    ("X would have killed more"); "may/might/could have V-ed" or "could be V-ing" (a guess about what was or is being
    done) is a hedged charge, not this, and so is "would" (in the author's voice often a practice: "protesters would
    be harshly met by police")."""
    t = tok
    for _ in range(4):
        auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
        for i, c in enumerate(auxes):
            if c.lower_ == "would" and any(a.lemma_ == "have" for a in auxes[i + 1:]):
                # "gunmen with rifles would have shot more": a counterfactual, not done ("X would never have managed
                # the raid without Y" says it was done)
                return not any(n.dep_ == "neg" for n in t.children)
            if c.lower_ in _CONJECTURE_MODALS:
                guess = any(a.lemma_ == "have" for a in auxes[i + 1:]) or (t.tag_ == "VBG" and any(
                    a.lemma_ == "be" for a in auxes[i + 1:]))
                return not guess
        if t.dep_ in _CLAUSE_EDGES or t.head.i == t.i:
            return False
        t = t.head
    return False


def _hedged(tok: Token, lex: Lexicons) -> bool:
    """A hedge on the trigger or on what governs it within its own clause: "the militants who killed 130 people"
    under "France would ramp up ..." is not hedged by the main clause's modal."""
    if tok.lemma_.lower() in lex.accuse and _foretold(tok):
        return True  # "they will blame every failure on him": an accusation foretold is as unmade as "would blame"
    t = tok
    for _ in range(4):
        if any(c.lower_ in lex.hedges and c.dep_ in ("advmod", "aux", "amod", "npadvmod") for c in t.children):
            return True
        purpose = t.dep_ == "advcl" and _to_infinitive(t)
        if (t.dep_ in _CLAUSE_EDGES and not purpose) or t.head.i == t.i:
            return False  # (a to-infinitive is in its governor's scope: "would likely resort to 'raze' the towns")
        t = t.head
    return False


def _foretold(verb: Token) -> bool:
    """A will/'ll on a verb whose subject is not the speaker ("we will hold X accountable" is a stand taken now)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll") for c in verb.children):
        return False
    subj = _dep_of(verb, _SUBJ)
    return subj is None or subj.lower_ not in _FIRST_PERSON


def _advocated(verb: Token) -> bool:
    """A deed someone should do ('X should send troops'), or must do in what a speaker says or suggests ('Y suggested X
    must strike first'), or is called on or persuaded to do ('X called on Y to strike', ``urging_verbs``; not a call to
    harm civilians, which is incitement): urged, not done (and never by the one urging); 'X should have invaded Y' wishes
    a deed that was not done. Not 'should not have' (a fault found with what was done), nor the author's 'X must prevent
    peace' (what X is said to need: a charge)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "have" in auxes:
        return _faulted_past(verb) and not any(c.dep_ == "neg" for c in verb.children)
    if _ruled_against(verb):
        return True
    if _negated(verb):
        return False
    urge, comp = verb.head, verb
    while comp.dep_ in ("xcomp", "conj") and comp.tag_ in ("VB", "VBG") and urge.pos_ == "VERB" \
            and urge.lemma_.lower() not in _URGING_VERBS and urge.tag_ in ("VB", "VBG") and urge.head.i != urge.i:
        # "pressed Y to stop bombing Z", "pressing Y to talk rather than continuing to attack Z": the deed lies
        # further down the complement chain the urging verb governs (non-finite links only)
        comp, urge = urge, urge.head
    if comp is not verb and urge.lemma_.lower() in _URGING_VERBS:
        auxes = [c.lower_ for c in comp.children if c.dep_ == "aux"]
    else:
        comp, urge = verb, verb.head
    if "to" in auxes and urge.pos_ == "VERB" and urge.lemma_.lower() in _URGING_VERBS and (comp.dep_ == "xcomp" or (
            comp.dep_ == "advcl" and any(c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "PRON") for c in urge.children))):
        # ("pressed Y to V" is often parsed as a purpose clause; "pressed the button to V" is one.) A call to harm
        # civilians ("called on its gunmen to shoot civilians") is incitement: the caller's charge, as before
        return not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _VICTIM_NOUNS for c in verb.children)
    said = verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in lexicons().speech
    return any(a in ("should", "ought") or (a == "must" and said) for a in auxes)


_URGING_VERBS = _WORD_CLASSES["urging_verbs"]


def _ruled_against(verb: Token) -> bool:
    """'X should never (work to) undermine Y', 'X must not invade Y': a rule against a deed, which no one is said to
    have done (not 'should not have invaded': a fault found, ``_faulted_past``)."""
    t = verb
    for _ in range(4):
        auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if "have" in auxes:
            return False
        if auxes & (_COUNTERFACTUAL_MODALS | {"must"}):
            return any(c.dep_ == "neg" for c in t.children)
        if not (t.dep_ == "xcomp" or (t.dep_ == "advcl" and "to" in auxes)) or t.head.pos_ != "VERB":
            return False  # (climbing "work to", "try to", "seek to")
        t = t.head
    return False


def _restraint(act: Token, lex: Lexicons) -> bool:
    """An act whose refusal is restraint ("refused to attack", "refuses to surrender", "refused to shoot them"): not
    doing it is no charge, and the act is not done. Failing at one is an attempt ("failed to kill him"): only an
    attack fails in words ("failed to attack his rival"); failing at a duty ("failed to prevent") stays a charge."""
    lemma = act.lemma_.lower()
    if lemma == "attack":
        return True
    if lemma in _DUTY_MISDEEDS or act.head.lemma_.lower() != "refuse":
        return False
    return lemma in lex.misdeed or lemma in _KILL or lemma in _COMBAT


def _denial(tok: Token, ctx: _Ctx) -> Optional[Token]:
    """The denial verb ('denied', 'rejected') whose complement holds ``tok``, if any; never one across a paragraph
    break (the parser may run two paragraphs into one sentence)."""
    t = tok
    for _ in range(8):
        if t.dep_ == "conj" or t.head.i == t.i:
            return None  # "X denied A, and Y accused Z": a coordinated clause is not denied
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.denial:
            lo, hi = sorted((t.i, tok.i))
            return None if any("\n" in w.text_with_ws for w in tok.doc[lo:hi]) else t
    return None


_DISOWNABLE = (_INTENT_VERBS - {"refuse"}) | _WORD_CLASSES["vow_verbs"]


def _intent_disowned(tok: Token, lex: Lexicons) -> bool:
    """A misdeed its doer is said never to have vowed, not to want or not to be plotting ("never vowed to shell X",
    "does not want to raze Y", "is not plotting to seize Z"; ``intent_verbs``, ``vow_verbs``): what is denied is the
    intention, so the deed is neither charged nor exempted (a negated record would say the deed was not done)."""
    if tok.lemma_.lower() in lex.accuse:
        return False  # "did not want to blame X" is an accusation withheld: kept negated
    tok = _first_conjunct(tok)  # "does not want to shell or raze X"
    verb = tok.head if tok.dep_ == "xcomp" else tok if _dep_of(tok, ("xcomp",)) is not None else None
    return verb is not None and verb.lemma_.lower() in _DISOWNABLE and any(c.dep_ == "neg" for c in verb.children)


def _intent_supposed(tok: Token) -> bool:
    """A deed under an intention only guessed at ("X might plan to exploit Y", "the ones she might have meant to hurt",
    "X might be planning it to blame Y"; ``intent_verbs`` under could/might/may): what is supposed is the wish, and
    no deed is told, so nobody is charged (a guess at a deed, "X may have shelled Y", stays a hedged charge)."""
    tok = _first_conjunct(tok)  # "might want to shell or raze X"
    if tok.dep_ in ("acl", "relcl") and _to_infinitive(tok) and tok.head.dep_ in ("dobj", "obj"):
        verb = tok.head.head  # "might be planning the raid to blame Y": the parser may hang the purpose on the object
    elif tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and _to_infinitive(tok)):
        verb = tok.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _DISOWNABLE and any(
        c.dep_ == "aux" and c.lower_ in _CONJECTURE_MODALS for c in verb.children)


_QUESTION_MODALS = {"can", "could", "will", "would", "may", "might", "should", "shall"}


def _modal_inverted(tok: Token, asked: bool) -> bool:
    """A modal before the subject of ``tok``'s clause ("Can X destroy Y?", "Will they invade?"), not negated ("Can't
    you see they lied?" asserts), in a sentence or a clause that ends in a question mark (``asked``; the parser may
    run paragraphs into one sentence): a yes/no question, whatever quotes it."""
    t = tok
    while t.dep_ in ("xcomp", "conj") and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    subj = _dep_of(t, _SUBJ + _PASS_SUBJ)
    asked = asked or any(c.dep_ == "punct" and c.text == "?" for c in t.children)
    return asked and subj is not None and not _negated(t) and any(
        c.dep_ == "aux" and c.lower_ in _QUESTION_MODALS and c.i < subj.i for c in t.children)


def _able_to_accuse(verb: Token) -> bool:
    """An accusation under "can" whose subject is not the speaker ("citizens can hold X accountable"): an ability, no
    accusation made ("we can blame X" is a stand the speaker takes; "cannot blame X" exempts, kept negated)."""
    subj = _dep_of(verb, _SUBJ)
    return verb.pos_ == "VERB" and not _negated(verb) and subj is not None and subj.lower_ not in _FIRST_PERSON and any(
        c.dep_ == "aux" and c.lower_ == "can" for c in verb.children)


def _unasserted(found: _Found, ctx: _Ctx) -> bool:
    """A finding nobody asserts: under a question, a denied misdeed, an unrealised accusation infinitive."""
    t = found.trigger
    sent_text = t.sent.text.strip().rstrip('"”’\'').rstrip()
    if sent_text.endswith("?") and ctx.quote_at(t.idx) is None and not any(
            a.dep_ in ("relcl", "acl") for a in [t, *_governors(t)]):
        return True  # the question's own claim; "a woman who accused X" inside a question still accused X
    if _modal_inverted(t, sent_text.endswith("?")):
        return True  # '"Can the press destroy any candidate?"': a yes/no question asks, even when a speaker asks it
    if found.accuser is not None and _able_to_accuse(t):
        return True  # "how voters can hold a mayor accountable": an accusation possible, none made
    if found.accuser is None and _denial(t, ctx) is not None:
        return True  # "the Kremlin denied that its forces shelled the plant"
    if found.accuser is None and _intent_disowned(t, ctx.lex):
        return True  # "he never vowed to shell the town": an intention disowned, no deed told
    if _intent_supposed(t):
        return True  # "she might have meant to hurt them": an intention guessed at, no deed told
    for a in [t, *_governors(t)]:
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in a.children) and not (
                a is not t and any(c.dep_ == "mark" and c.lower_ == "as" for c in a.children)):
            return True  # "if the CIA fails to ...": a hypothetical accuses nobody ("behaves as if he is a tyrant" does)
        if a.dep_ == "advcl" and a.head.lower_ == "long" and any(c.lower_ == "as" for c in a.head.children):
            return True  # "as long as the rules are kept": a proviso, not a deed
        if a.dep_ == "advcl" and a.tag_ in ("VBP", "VBZ") and any(c.dep_ == "mark" and c.lower_ in ("until", "before", "unless")
                                                             for c in a.children):
            return True  # "impossible to stop them until they attack", "act before they attack": not yet done
        if a.dep_ in ("advcl", "ccomp") and (subj := _dep_of(a, _SUBJ)) is not None and any(
                c.dep_ == "aux" and c.lower_ in ("should", "had", "were") and c.i == a.left_edge.i < subj.i for c in a.children):
            return True  # "should he fail to pay them, ...": an inverted condition
        if (a.dep_ == "advcl" and any(e.pos_ == "ADJ" and e.lemma_.lower() in _EASE_ADJECTIVES for e in (
                a.head, *(c for c in a.head.children if c.dep_ == "acomp"))) and _to_infinitive(a)):
            return True  # "makes it hard for X to raid the town": an act made hard or easy is not done
        if found.accuser is None and a.pos_ in ("VERB", "AUX") and _supposed(a):
            return True  # "if they win, they could ban X", "in case of war they would bomb Y": a supposed consequence
        if a.dep_ in ("ccomp", "pcomp", "csubj") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in a.children):
            # "wanted to know whether X bears responsibility for Y", "looking into whether X lied", "whether or not she
            # took the bribe remains open": asked, not claimed
            return True
        if a.dep_ == "ccomp" and a.head.tag_ == "VB" and a.head.lemma_.lower() in ctx.lex.persuasion:
            return True  # "a ruse to convince the world that X was behind it": a belief someone wants spread, unasserted
        if a.dep_ in ("ccomp", "relcl", "acl") or (a.pos_ in ("NOUN", "PROPN") and a is not t):
            break
    if _eventuality(t):
        return True  # "the risk of an invasion", "an attack is unlikely", "X is likely to attack": not done
    if _in_title(t):
        return True  # "had roles in “How the Fox Stole Easter”": a work's title, no one's claim
    if t.pos_ == "NOUN" and t.dep_ in _SUBJ and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in t.children) \
            and any(c.dep_ == "aux" and c.lower_ in _UNREAL_MODALS for c in t.head.children):
        return True  # "warned that an invasion of X would end the deal": an event supposed, not one that happened
    if _excuse_means(t, ctx.lex):
        return True  # "excusing their delay with the treacherous government": the excuser's words, nobody's charge
    if _abstained(t, ctx.lex):
        return True  # "China refrained from condemning X", "declined to blame Y": the act is not done
    infinitive = _to_infinitive(t)
    # "blamed his hesitancy to condemn X": the parser may hang the noun's infinitive on the verb beside it
    unmade_noun = t.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") and c.i < t.i and c.lemma_.lower() in ctx.lex.unrealised
                                            for c in t.head.children)
    if infinitive and t.pos_ == "VERB" and t.dep_ in ("acl", "xcomp"):
        unmade = t.head if t.dep_ == "acl" else next((c for c in t.head.children if c.dep_ in ("dobj", "obj") and c.i < t.i), None)
        if unmade is not None and unmade.lemma_.lower() in _UNMADE_ACT_NOUNS:
            return True  # "calls to assassinate X", "his hesitancy to condemn X": the act is only called for or shied from
    if t.lemma_.lower() in ctx.lex.accuse and infinitive and t.dep_ == "xcomp" and _wished(t.head):
        return True  # "hopes to indict X", "would like to blame Y": an accusation wished for is not made
    if t.lemma_.lower() in ctx.lex.accuse and infinitive and (
            t.head.lemma_.lower() in ctx.lex.unrealised or unmade_noun or (t.dep_ == "advcl" and not _went_on(t.head))
            or (t.dep_ == "acl" and t.head.lemma_.lower() in ctx.lex.nouns)):
        return True  # "their reluctance to condemn X", "in order to condemn X", "a provocation to accuse X"
    return False


_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "to", "and", "or", "for", "at", "by", "from", "with", "as"}


def _in_title(tok: Token) -> bool:
    """``tok`` is inside a quotation of three or more words, all capitalised but the small ones, opened and closed in
    a sentence otherwise written in lower case: the title of a film, book or song ("“How the Fox Stole Easter”"), not words anyone says of anyone
    (quoted speech keeps its verbs in lower case)."""
    sent = tok.sent
    left, right = _quote_marks_around(tok)
    if left is None or right is None or left.text == "”" or right.text == "“":
        return False
    words = [t for t in tok.doc[left.i + 1:right.i] if t.is_alpha]
    if len(words) < 3 or any("\n" in t.whitespace_ for t in tok.doc[left.i:right.i]):
        return False
    outside = [t for t in sent if t.is_alpha and not left.i < t.i < right.i]
    return words[0].is_title and all(t.is_title or t.is_upper or (t.lower_ in _TITLE_SMALL_WORDS and t is not words[0])
                                     for t in words) and any(  # (in a title-case headline it tells nothing)
        t.is_lower and t.lower_ not in _TITLE_SMALL_WORDS for t in outside)


def _wished(verb: Token) -> bool:
    """A wish verb (``wish_verbs``): "hope/wish to", and "like/love to" only under "would" ("likes to blame X" is a
    habit, the blame made)."""
    lemma = verb.lemma_.lower()
    return lemma in _WISH_VERBS and (lemma not in ("like", "love") or any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in verb.children))


def _supposed(verb: Token) -> bool:
    """A clause under a could/might whose condition is an if/unless clause, or under would/could/might with an 'in
    case of', 'in the event of' (``supposal_nouns``; not "in this case", "in the case of X", which say which case
    is meant). An accusation so supposed ("X would blame Y if ...") stays X's, hedged: not asked here."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"} & {"would", "could", "might", "'d", "’d"}
    if not modals:
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and modals - {"would", "'d", "’d"} and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            return True  # "if they win, they could ban X" ("would" may state a practice: "if X, police would beat them")
        if c.dep_ == "prep" and c.lower_ == "in" and (p := _dep_of(c, ("pobj",))) is not None \
                and p.lemma_.lower() in _SUPPOSAL_NOUNS:
            dets = {d.lower_ for d in p.children if d.dep_ == "det"}
            if (p.lower_ == "case" and not dets) or (p.lower_ == "event" and dets == {"the"}):
                return True
    return False


def _eventuality(tok: Token) -> bool:
    """An act only supposed: a noun under 'the likelihood/risk/prospect of' or a clause of 'the chance that'
    (``eventuality_nouns``), subject of 'is likely/unlikely/imminent' or so modified (``eventuality_adjectives``), or the object of 'prevent/avert'
    (``averting_verbs``); a verb after 'likely to', 'unable to', 'not able to', or 'would not permit X to'."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _EVENTUALITY_NOUNS:
            return True
        if any(c.dep_ == "amod" and c.lower_ in _EVENTUALITY_ADJECTIVES for c in tok.children):
            return True  # "the expected missile attack", "an imminent invasion"
        if tok.dep_ in _SUBJ and tok.head.lemma_ == "be":
            return any(c.dep_ == "acomp" and c.lemma_.lower() in _EVENTUALITY_ADJECTIVES for c in tok.head.children)
        if _verbless_eventuality(tok):
            return True  # a headline's "Invasion Not Imminent", "Attack Unlikely, Officials Say"
        return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _AVERTING_VERBS  # "preventing attacks by X"
    tok = _first_conjunct(tok)  # "unable to attack and destroy X": the first verb's frame holds for the rest
    if tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in _EVENTUALITY_NOUNS and (tok.dep_ in ("acl", "ccomp") or (
            tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))):
        # "the slim chance that X may be indicted", "the risk that Y will invade" (a "that" clause the parser may
        # call a relative one): supposed, not done
        return True
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.lemma_.lower() in _INABILITY_ADJECTIVES:
        # "unable to seize X", "is not able to attack X" (but "was able to seize X" says it was done)
        return tok.head.lemma_.lower().startswith(("un", "in")) or _negated(tok.head) or _negated(tok.head.head)
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _PERMIT_VERBS and (_negated(tok.head) or (
            tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() == "refuse")):
        return True  # "would not permit the generals to invade X", "will not allow / refused to let them seize it"
    if _to_infinitive(tok) and "lack" in (
            tok.head.lemma_.lower() if tok.dep_ == "advcl" else "",
            tok.head.head.lemma_.lower() if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "obj") else ""):
        return True  # "the army lacks the troops to wage a major war" (either parse): means wanting, no act done
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _EXPECTATION_VERBS and _to_infinitive(tok):
        return True  # "don't expect the council to condemn X", "they expect Y to invade": awaited, not done
    # "likely to attack", "prepared to invade", and as a participle "is poised / expected to invade"
    return tok.dep_ == "xcomp" and (tok.head.pos_ == "ADJ" or tok.head.tag_ == "VBN") \
        and (tok.head.lemma_.lower() in _EVENTUALITY_ADJECTIVES or tok.head.lower_ in _EVENTUALITY_ADJECTIVES)


def _verbless_eventuality(noun: Token) -> bool:
    """A noun followed by an eventuality adjective (optionally "not") that ends its clause with no verb between: the
    small clause of a headline ("Invasion Not Imminent"), however the parser hangs it."""
    doc, i = noun.doc, noun.i + 1
    if i < len(doc) and doc[i].lower_ == "not":
        i += 1
    after = doc[i + 1] if i + 1 < len(doc) else None
    return i < len(doc) and doc[i].lower_ in _EVENTUALITY_ADJECTIVES and doc[i].dep_ != "amod" and (
        after is None or after.is_punct or after.is_space or after.sent.start != doc[i].sent.start)


_EXPECTATION_VERBS = _WORD_CLASSES["expectation_verbs"]
_EVIDENCE_VERBS = _WORD_CLASSES["evidence_verbs"]
_EVIDENCE_NOUNS = _WORD_CLASSES["evidence_nouns"]


def _ruled_out(tok: Token) -> bool:
    """A deed in a clause said not to follow, to lack evidence or not to be the reason: "that does not mean they are
    corrupt", "found no evidence that X lied" or "no proof of X's guilt", "did not see evidence that X was behind it",
    "it is not because they are lying that ...". Whoever voices it exempts the doer: the blame is negated."""
    child = tok
    for anc in _governors(tok):
        if child.dep_ == "ccomp" and anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in _EVIDENCE_VERBS and _negated(anc):
            return True
        if child.dep_ in ("acl", "ccomp", "relcl") and anc.pos_ == "NOUN" and _evidence_denied(anc):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and anc.pos_ == "NOUN" and _evidence_denied(anc):
            return True  # "saw no proof of X's guilt"
        if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) and any(
                _evidence_denied(e) for e in (anc.head.head if anc.dep_ == "pobj" else anc).children if e.dep_ in ("dobj", "obj")):
            return True  # "saw no proof in the file that X did it": the parser hangs the clause on the file or the verb
        if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "because" and m.i > 0 and m.doc[m.i - 1].dep_ == "neg" for m in child.children):
            return True
        if anc.lower_ == "due" and child.dep_ in ("prep", "pcomp") and (_negated(anc) or (
                anc.dep_ in ("acomp", "prep") and _negated(anc.head))):
            return True  # "the rift is not due to X's meddling": the cause is ruled out
        if anc.dep_ in ("relcl",) or (anc.pos_ in ("NOUN", "PROPN") and anc.lemma_.lower() not in _EVIDENCE_NOUNS):
            return False
        child = anc
    return False


def _evidence_denied(noun: Token) -> bool:
    """An evidence noun (``evidence_nouns``) with "no", the object of a negated verb ("did not give proof"), or one
    still awaited ("until he sees proof that X lied", "unless there is evidence")."""
    return noun.lemma_.lower() in _EVIDENCE_NOUNS and (any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
                                                        or (noun.dep_ in ("dobj", "obj", "attr") and (_negated(noun.head) or any(
                                                            c.dep_ == "mark" and c.lower_ in ("until", "till", "unless")
                                                            for c in noun.head.children))))


_UNREAL_MODALS = {"would", "could", "might", "may", "will", "'d", "’d"}


def _excuse_means(tok: Token, lex: Lexicons) -> bool:
    """``tok`` sits in what an excuse is made with/by ('excusing their delay with the treacherous government')."""
    for t in [tok, *_governors(tok)]:
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "by") and t.head.head.lemma_.lower() in lex.excuse:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _scare_quoted(tok: Token, reach: int = 4) -> bool:
    """``tok`` stands inside a short quotation in its sentence (a scare quote: 'the "treacherous regime"')."""
    left, right = _quote_marks_around(tok, reach)
    return left is not None and right is not None


def _quote_marks_around(tok: Token, reach: Optional[int] = None) -> tuple[Optional[Token], Optional[Token]]:
    """The nearest quotation marks (:func:`_quotation_mark`) before and after ``tok`` in its sentence, each at most
    ``reach`` tokens away when given."""
    sent, doc = tok.sent, tok.doc
    lo = sent.start if reach is None else max(sent.start, tok.i - reach)
    hi = sent.end if reach is None else min(sent.end, tok.i + reach + 1)
    left = next((t for t in reversed(doc[lo : tok.i]) if _quotation_mark(t)), None)
    right = next((t for t in doc[tok.i + 1 : hi] if _quotation_mark(t)), None)
    return left, right


def _abstained(tok: Token, lex: Lexicons) -> bool:
    """An act in the complement of abstaining ('refrained from condemning', 'avoided attacking', 'stopped short
    of blaming', 'reluctant to accuse'); 'refused/failed to blame X' leaves only an accusation unmade. An
    accusation noun is unmade with the verb it is the object of ('declined to bring charges against X')."""
    accusation_noun = tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and (
        tok.lemma_.lower() in _ACCUSATION_NOUNS or tok.lemma_.lower() == "blame")  # "loath to lay the blame on X"
    if accusation_noun:
        tok = tok.head
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        gov = tok.head.head
        if gov.lower_ in ("short", "clear"):  # "stopped short of accusing", "steered well clear of blaming"
            return f"{gov.head.lemma_.lower()} {gov.lower_}" in lex.abstention
        if f"{gov.lemma_.lower()} {tok.head.lower_}" in lex.abstention:
            return True  # "decided against recommending charges", "voted against impeaching X"
        if any(f"{gov.lemma_.lower()} {c.lower_}" in lex.abstention for c in gov.children if c.dep_ in ("advmod", "acomp", "prt")):
            return True  # "steering clear of blaming X": the parser may hang the "of" on the verb beside its "clear"
    elif tok.dep_ == "xcomp":
        gov = tok.head
    else:
        return False
    lemma = gov.lemma_.lower()
    return lemma in lex.abstention or (lemma in ("refuse", "fail") and (
        accusation_noun or tok.lemma_.lower() in lex.accuse or _restraint(tok, lex)))  # "refuses to attack X"
