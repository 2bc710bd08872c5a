"""Triggers for wrongdoing: misdeed verbs ("betray", "occupy", "shelled") with their doer, helpers and commanders,
the restrictions that keep neutral or lawful acts out (combat against materiel, own things, animals, culprits);
misdeed nouns ("X's aggression", "the Riverton attack"), verbal attacks, broken promises, people used as shields,
sending troops, involvement, organising, "war on", rejecting peace, being caught, victims.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .words import (
    _AGENT_ENTS, _ANIMALS, _ARMED_PEOPLE, _ASSAULT_VERBS, _ASSIST_VERBS, _ATTACK_CARRIERS, _BELONGINGS, _COMBAT,
    _COURTS, _CULPRITS, _DISCOURSE_OBJECTS, _HAPPEN, _IDIOM_LOOT, _KILL, _LAPSE_NOUNS, _LAWFUL_ACTS, Lexicons,
    _MOTIONS, _NAMING_VERBS, _PARTICLE_IDIOMS, _PASS_SUBJ, _PATIENT_OF, _PERMIT_VERBS, _PRODUCE_VERBS, _PROGRAMME_MARKS, _RANKS,
    _RELEASE_VERBS, _REPORT_NOUNS, _RESOURCES, _SUBJ, _THIRD_PERSON, _THREATENED_MARKS, _UNDERGO, _UNDERGONE_NOUNS, _UNOWED_ACTS, UNSPECIFIED,
    _VAGUE, _VIOLENT_ACTS, _VIOLENT_MARKS, _WORD_CLASSES,
)
from .parse import (
    _by_agent, _dep_of, _elided_passive, _expand, _governors, _is_passive, _name_span, _np_span, _of_object, _phrasal, _prep_objects, _split_head,
    _subject, _titled_name, _to_complement, _to_infinitive,
)
from .charge import _companion_charge, _negated_charge, _noun_charge, _patient_text, _phrase, _predicate_charge, _span_text
from .context import _Ctx, _Found, _modifier_doer, _namer, _Who
from .assertion import _advocated, _negated, _restraint, _wished
from .orders import (
    _directive, _from_actor, _mentions_any, _names_actor, _ordered, _ordered_noun, _shared_object, _told_to_stop,
)


def _unowed(act: Token) -> bool:
    """An act nobody owes (``unowed_acts``: "use", "go along"), so refusing it is no charge; "go" alone is not one:
    refusing to go and fight is the charge the issue names."""
    return act.lemma_.lower() in _UNOWED_ACTS or _phrasal(act, _UNOWED_ACTS, ("advmod", "prt"))


def _misdeed_verb(tok: Token, ctx: _Ctx) -> list[_Found]:
    lemma = tok.lemma_.lower()
    if _charge_list_member(tok, ctx):
        return []  # "X blamed Y for killing A, bombing B and killing C": B and C are charges against Y, not X's deeds
    if tok.tag_ in ("VBN", "VBD") and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "POS":
        return []  # "Libya's murdered leader", whatever the parser made of it: a participle naming whom it was done to
    if lemma == "starve" and _dep_of(tok, ("dobj", "obj")) is None and not _is_passive(tok):
        return []  # "the staff were starving": they suffered it; only starving someone wrongs anyone
    if lemma in ("steal", "abandon") and _undergoer_lemma(tok) in (_IDIOM_LOOT if lemma == "steal" else _BELONGINGS):
        return []  # "stole the mayor's thunder": an idiom; "a laptop abandoned by X", "abandoning the dollar": no one wronged
    if lemma in ("kill", "torpedo", "sink") and _undergoer_lemma(tok) in _MOTIONS:
        return []  # "killed the bill", "sank the amendment": defeating a motion by vote or delay wrongs no one
    if lemma == "exploit" and (obj := _dep_of(tok, ("dobj", "obj"))) is not None and any(
            t.lemma_.lower() in _RESOURCES for t in (obj, *obj.conjuncts)):
        return []  # "exploit solar and wind power": no one wronged
    if _phrasal(tok, _PARTICLE_IDIOMS):
        return []  # "the campaign shelled out $1 million": paid
    if lemma in ("fail", "refuse"):
        comp = _dep_of(tok, ("xcomp",))
        if comp is None or comp.lemma_.lower() in ctx.lex.neutral or _restraint(comp, ctx.lex) or _neutral_goal(
                comp, ctx) or (lemma == "refuse" and _unowed(comp)) or (
                lemma == "refuse" and _paid_by_means(comp)) or (
                lemma == "refuse" and comp.lemma_.lower() in _RELEASE_VERBS and (o := _dep_of(comp, ("dobj", "obj")))
                is not None and any(t.lemma_.lower() in _CULPRITS for t in (o, *o.conjuncts))) or (
                lemma == "refuse" and comp.lemma_.lower() in _ASSIST_VERBS
                and any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and any(
                    h.dep_ in _SUBJ + ("dobj", "obj") and h.pos_ in ("PROPN", "PRON") for h in (*c.children, *comp.children))
                        for c in comp.children)):
            # "refused to comment"; "refuses to attack his rivals", "to surrender" is restraint, not a charge;
            # "refused to pay in roubles": the terms refused, not a debt (``payment_means``);
            # "refused to release the criminals": declining to free a culprit (``release_verbs``, ``culprits``);
            # "would not help her do that", "help X build Y" declines to join a named party's undertaking ("to help
            # the refugees (flee)" stays a charge)
            return []
    if lemma == "refuse" and (comp := _dep_of(tok, ("xcomp",))) is not None and comp.lemma_.lower() in _PERMIT_VERBS and any(
            c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in ctx.lex.misdeed for c in comp.children):
        return []  # "refused to let the storm interfere", "to allow them to loot it": a wrong kept from happening
    if lemma == "fail" and (comp := _dep_of(tok, ("xcomp",))) is not None and _accord_sought(comp):
        return []  # "fail to find common ground", "failed to strike a deal": talks that came to nothing
    if lemma == "threaten" and (comp := _dep_of(tok, ("xcomp",))) is not None and _lawful_threat(comp, _subject(tok), ctx):
        return []  # "she threatened to veto it", "to subpoena Y": a person's threat of a lawful act is no misdeed
    if _only_threatened(tok):
        return []  # "threatened to hang the mayor and kidnap his son": the threat is the charge, the deeds were not done
    passive = _is_passive(tok) or _elided_passive(tok)
    # "X was betrayed by A, abandoned by B, and ignored by C": a coordinated participle with a by-agent
    shared = (not passive and tok.tag_ == "VBN" and tok.dep_ in ("conj", "advcl") and _dep_of(tok, ("agent",)) is not None
              and _dep_of(tok.head, _PASS_SUBJ) is not None)
    if passive or shared:
        doer = _by_agent(tok)
        patient = _dep_of(tok if passive else tok.head, _PASS_SUBJ)
        if doer is None or (lemma in _COMBAT and _military(patient, ctx.lex)):
            return []  # no doer named; "vessels were sunk by X" is combat
        if lemma == "attack" and patient is not None and _one_person(doer, ctx) and _person_or_people(patient, ctx):
            # "Y was attacked by X for his plan": one person's attack on another is X's criticism, as in the active
            accuser = ctx.who(_titled_name(doer), keep_pronoun=True)
            return [_Found(tok, _expand(patient), _predicate_charge(tok), accuser, 0.6, _negated(tok))] if accuser else []
        charge = tok.text + (" " + _patient_text(patient) if patient is not None else "")
        return [_Found(tok, _expand(doer), charge, None, 0.7, _negated(tok))]
    reduced = _reduced_participle(tok)
    if reduced is not None or _bare_participle(tok):
        # "farmers gunned down by X": the by-agent did it to the noun modified (or to the subject the parser gave
        # a bare participle: "one of nine farmers wounded and killed by X"); with no agent, nobody is named
        doer = _by_agent(tok) or next((_by_agent(c) for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
                                       and _by_agent(c) is not None), None) or (
            _by_agent(tok.head) if tok.dep_ == "conj" else None)
        patient = reduced if reduced is not None else _dep_of(tok.head if tok.dep_ == "conj" else tok, _SUBJ)
        if reduced is tok or doer is None or (lemma in _COMBAT and _military(patient, ctx.lex)):
            return []
        charge = tok.text + (f" {_patient_text(patient)}" if patient is not None else "")
        return [_Found(tok, _expand(doer), charge, None, 0.6, _negated(tok))]
    stopped = _told_to_stop(tok, ctx)
    if stopped is not None:
        return stopped
    directive = _directive(tok, ctx.lex)
    if directive is not None:
        return _ordered(tok, directive)
    doer = _subject(tok)
    if doer is None or doer.i == tok.i or _thing_named(doer, ctx):
        return []  # "the Ardenne vote threatens to end X's bid": not Ardenne's doing
    if lemma == "prevent":
        # preventing peace or preventing someone from acting blames; "prevent genocide" does not
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        has_from = any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
        if not objs or not (has_from or _mentions_any(objs, ctx.lex.goods)):
            return []
        kept = [v for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for v in c.children if v.dep_ == "pcomp"]
        if any(o.lower_ in _VAGUE for o in objs) or any(v.lemma_.lower() in _HAPPEN | ctx.lex.misdeed for v in kept) or (
                tok.dep_ == "advcl" and _to_infinitive(tok)) or (
                tok.dep_ == "xcomp" and _wished(tok.head)) or (
                tok.dep_ == "conj" and _to_infinitive(tok)
                and any(a.dep_ == "advcl" and _to_infinitive(a) for a in _governors(tok))):
            # "prevent it from recurring", "prevent X from attacking", "acted to prevent X from V", "hope to prevent X
            # from winning": a stated aim or wish of averting something, not a charge; so is a "to prevent" the parser
            # joined to a verb inside a purpose clause ("rules to ensure that firms hire ... and to prevent a few firms
            # from ...": its subject is not the firms')
            return []
    if lemma in ("violate", "breach", "occupy", "steal", "betray", "provoke") and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prep", "npadvmod", "dative") for c in tok.children
    ):
        return []
    if lemma in ("push", "peddle") and _narrative_with_content(tok):
        return []  # "pushing a narrative – X betrayed Y": the pusher voices the narrative's charge (a report noun)
    if lemma in ("push", "peddle") and (obj := _dep_of(tok, ("dobj", "obj"))) is not None and any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in _PROGRAMME_MARKS for c in obj.children) and not any(
            c.lemma_.lower() in ctx.lex.adjectives | ctx.lex.epithets for c in obj.children):
        return []  # "pushing a legislative agenda", "a policy agenda": promoting a programme in its field
    if lemma in ("side", "refuse", "fail") and doer.lemma_.lower() in _COURTS:
        return []  # "the court sided with the state", "the higher court declined to rehear it": a ruling, not a misdeed
    if lemma == "occupy" and any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in _RANKS or (
            c.lemma_.lower() == "one" and (o := _of_object(c)) is not None and o.lemma_.lower() in _RANKS)) for c in tok.children):
        return []  # "occupied a third tier", "occupies one of the top posts": a rank or position held, not a land seized
    if lemma == "take" and not _exploits_someone(tok, ctx):
        return []  # "took advantage of the lull" is no misdeed; "took advantage of Pakistan's plight" is
    if lemma in _KILL and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ANIMALS for c in tok.children):
        return []  # "families kill goats for a feast": killing animals accuses nobody
    if lemma in _KILL | {"destroy"} and any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in _CULPRITS or any(
            m.dep_ in ("amod", "compound") and m.lemma_.lower() in _CULPRITS for m in c.children)
            or _attacker_pronoun(c, doer)) for c in tok.children):
        # "police killed the gunman", "shot the attacker", "destroy terrorist networks": stopping the culprits of
        # crimes accuses nobody
        return []
    if lemma == "abandon" and (any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _DISCOURSE_OBJECTS | _COURSE_NOUNS
                                   for c in tok.children)
                               or any(c.dep_ == "prep" and c.lower_ == "in" and (f := _dep_of(c, ("pobj",))) is not None
                                      and f.lemma_.lower() in ("favour", "favor") for t in (tok, _dep_of(tok, ("dobj", "obj")))
                                      if t is not None for c in t.children)):
        return []  # "abandoned the plan", "its bid", "voters abandoned it in favour of X": a change of course or allegiance
    if lemma != "enrich" and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("himself", "herself", "themselves", "itself")
                                 for c in tok.children):
        return []  # "causing him to kill himself": harm to oneself accuses nobody
    if _own_thing(_dep_of(tok, ("dobj", "obj"))) or _earned_by(_dep_of(tok, ("dobj", "obj")), doer):
        return []  # "blew up its own satellite", "squandered the trust they had won": done to one's own property
    if lemma == "abandon" and (obj := _dep_of(tok, ("dobj", "obj"))) is not None and not _may_be_wronged(obj, ctx) and (
            _negated(tok) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _DECIDE_VERBS)):
        # "will never abandon his dedication to X", "voted to abandon the tax": a course kept or given up by choice
        # ("abandoned science" stays a charge)
        return []
    if lemma == "abandon" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "vote":
        return []  # "voters chose by ballot to abandon the union": leaving by a vote wrongs no one, whatever is left

    if lemma == "side" and any(_one_person(p, ctx) or _political(p) or ((o := _of_object(p)) is not None and _political(o))
                               for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                               for p in c.children if p.dep_ == "pobj"):
        return []  # "sided with Smith", "with an array of critics": backing a person or a camp in politics is no misdeed
        # (siding with a state, separatists or a militia may be)
    if lemma in _ARRANGE_VERBS and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ACCORD_NOUNS for c in tok.children):
        return []  # "helped orchestrate a deal": making an accord is no misdeed
    if _advocated(tok):
        return []  # "X suggested Y should send troops into Z": a course urged, not a deed done
    if lemma == "attack" and (said := _attack_in_words(tok, doer, ctx)) is not None:
        return said  # "attacks his decision to move the embassy", "attacked Y for his record": criticism, not an assault
    shared = _shared_object(tok)
    if lemma in _COMBAT and _military(shared or _dep_of(tok, ("dobj", "obj")), ctx.lex):
        return []  # "destroyed three tanks", "sank navy vessels": combat, whichever side
    if lemma == "fail" and not _names_actor(doer, ctx):
        return []  # "wages failed to rise": only an actor's failure is a charge against it
    negated, charge = _negated(tok), _predicate_charge(tok)
    if shared is not None:  # "looted, burned and destroyed the homes": each verb with the shared object
        charge = f"{charge} {_span_text(tok.doc, *_np_span(shared))}"
    if lemma == "fail" and negated and ((comp := _dep_of(tok, ("xcomp",))) is None or comp.lemma_.lower() not in ctx.lex.misdeed):
        return []  # "did not fail to notify the council": they notified it, no wrong told
    if lemma in ("refuse", "fail") and negated:
        # "does not refuse to support separatists" asserts the support: keep the "not" in the charge
        negated, charge = False, _negated_charge(tok)
    found = [_Found(tok, _expand(doer), charge, None, 0.65, negated)]
    helper = _helper(tok, ctx)
    if helper is not None:  # "X invaded Y with help from Z": Z is an accomplice
        found.append(_Found(tok, _expand(helper), f"helped: {charge}", None, 0.5, negated))
    return found


_DECIDE_VERBS = _WORD_CLASSES["decide_verbs"]
_COURSE_NOUNS = _WORD_CLASSES["course_nouns"]  # "abandoned its proposed purchase", "the priority": a course given up
_ACCORD_NOUNS = _WORD_CLASSES["accord_nouns"]  # "orchestrated a deal": an accord made
_ARRANGE_VERBS = _WORD_CLASSES["arrange_verbs"]
_ACCORD_VERBS = _WORD_CLASSES["accord_verbs"]


def _accord_sought(comp: Token) -> bool:
    """ "to find common ground", "to strike a deal": reaching an accord (``accord_verbs`` with an ``accord_nouns``
    object or common ground), which takes both sides; failing at it is no one's misdeed."""
    obj = _dep_of(comp, ("dobj", "obj"))
    return comp.lemma_.lower() in _ACCORD_VERBS and obj is not None and (obj.lemma_.lower() in _ACCORD_NOUNS or (
        obj.lower_ == "ground" and any(c.lower_ == "common" for c in obj.children)))


def _neutral_goal(comp: Token, ctx: _Ctx) -> bool:
    """ "failed to do what it takes to compete": a generic doing whose purpose infinitive is a neutral complement."""
    return comp.lemma_.lower() in ("do", "take") and any(
        t.dep_ in ("xcomp", "advcl") and t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.neutral
        and _to_infinitive(t) for t in comp.subtree if t is not comp)


def _undergoer_lemma(verb: Token) -> str:
    """The lemma of what the verb is done to: its object, its passive subject, or the noun its participle modifies."""
    und = _dep_of(verb, ("dobj", "obj") + _PASS_SUBJ) or _reduced_participle(verb)
    return und.lemma_.lower() if und is not None and und is not verb else ""


def _own_thing(obj: Optional[Token]) -> bool:
    """An object that is the doer's own: 'its own satellites', 'one of their own ships'."""
    if obj is not None and obj.lower_ in ("one", "some", "several", "many", "two", "three") and (
            of := _of_object(obj)) is not None:
        obj = of
    return obj is not None and any(c.dep_ == "amod" and c.lower_ == "own" for c in obj.children) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _earned_by(obj: Optional[Token], doer: Token) -> bool:
    """An object a restrictive relative clause says the doer itself gained: 'the goodwill they had earned' (a third
    person pronoun of the doer's number as the clause's subject)."""
    if obj is None:
        return False
    plural = doer.tag_ in ("NNS", "NNPS") or doer.lower_ in ("they", "we")
    return any(c.dep_ == "relcl" and (s := _dep_of(c, _SUBJ)) is not None and c.lemma_.lower() in _GAIN_VERBS
               and s.lower_ in (("they",) if plural else ("he", "she", "it")) for c in obj.children)


_GAIN_VERBS = _WORD_CLASSES["gain_verbs"]
_PAYMENT_MEANS = _WORD_CLASSES["payment_means"]


def _paid_by_means(pay: Token) -> bool:
    """'pay in roubles', 'pay in cash': a payment's means (``payment_means``) named with "in" (the tagger may leave a
    plural as its own lemma: "euros")."""
    return pay.lemma_.lower() == "pay" and any(
        c.dep_ == "prep" and c.lower_ == "in" and (p := _dep_of(c, ("pobj",))) is not None and (
            p.lemma_.lower() in _PAYMENT_MEANS or p.lower_.removesuffix("s") in _PAYMENT_MEANS) for c in pay.children)


def _may_be_wronged(obj: Token, ctx: _Ctx) -> bool:
    """An object that can be wronged by being abandoned: an actor, people (a plural: "the villagers"), a public
    good; not a plan, a cause or a tax."""
    low = obj.lemma_.lower()
    return (obj.pos_ in ("PROPN", "PRON") or obj.tag_ == "NNS" or obj.ent_type_ in _AGENT_ENTS or low in ctx.lex.actor_nouns
            or low in ctx.lex.goods or _person_or_people(obj, ctx) or _names_actor(obj, ctx))


def _attacker_pronoun(obj: Token, doer: Token) -> bool:
    """Whether a killed "him"/"her" stands for the one who had just assaulted people ("a gunman shot at the
    guests, and a guard who killed him was praised"): the nearest earlier subject in the sentence, not the killer,
    did the assault."""
    if obj.lower_ not in ("him", "her"):
        return False
    for t in reversed(obj.sent[:obj.i - obj.sent.start]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.i != doer.i and t.head.i != obj.head.i:
            verb = t.head
            return not _negated(verb) and (verb.lemma_.lower() in _ASSAULT_VERBS or (
                verb.lemma_.lower() == "open" and any(c.dep_ in ("dobj", "obj") and c.lower_ == "fire" for c in verb.children)))
    return False


_POLITICAL_PEOPLE = _WORD_CLASSES["political_people"]


def _political(tok: Token) -> bool:
    """People of politics ("aides", "critics", "Republicans": the tagger keeps a plural proper noun's -s)."""
    low = tok.lemma_.lower()
    return low in _POLITICAL_PEOPLE or (tok.tag_ == "NNPS" and low.endswith("s") and low[:-1] in _POLITICAL_PEOPLE)


def _attack_in_words(verb: Token, doer: Token, ctx: _Ctx) -> Optional[list[_Found]]:
    """'X attacked the ideology of Y', 'X attacked Y for his record': an attack on what someone says or holds is
    criticism, not an assault (X is not accused); one given a reason is X's charge against Y. None: maybe an assault."""
    obj = _dep_of(verb, ("dobj", "obj"))
    if obj is None and verb.i + 1 < len(verb.doc) and (nxt := verb.doc[verb.i + 1]).dep_ == "dep" and _one_person(nxt, ctx):
        obj = nxt  # "tried to attack Smith" with the name left unattached by the parser
    if obj is not None and obj.lower_ in ("whom", "who") and verb.dep_ == "relcl":
        obj = verb.head  # "Mr. X, whom he attacked during the campaign": X is the one attacked
    if obj is None and verb.dep_ == "relcl" and verb.head.lemma_.lower() in _DISCOURSE_OBJECTS:
        obj = verb.head  # "the first theory the critics attacked": a contact clause whose head is what was attacked
    if obj is None:
        return None
    if obj.lemma_.lower() in _DISCOURSE_OBJECTS:
        return []
    # "Smith attacked Jones", "... a rival", "top aides attacked her"; "X attacked Y, blaming them for Z": words
    in_words = any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i and c.lemma_.lower() in ctx.lex.accuse
                   for c in verb.children)
    person_said = (_one_person(doer, ctx) or _political(doer)) and (_person_or_people(obj, ctx) or in_words)
    if not person_said and _one_person(doer, ctx) and obj.pos_ == "NOUN" and any(
            c.dep_ == "poss" and _one_person(c, ctx) for c in obj.children) and not _military(obj, ctx.lex):
        return []  # "Smith attacked Jones's personal life": words against what someone has, not an assault
    reason = next((c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "as", "over")), None)
    if not person_said and reason == "as" and _one_person(doer, ctx) and obj.pos_ == "NOUN" and not _military(obj, ctx.lex) \
            and obj.lemma_.lower() not in _HARMED_KINDS:
        return []  # "X attacked the levy as a sop to Y": one person's words against a thing, not an assault
    if not person_said and not (reason is not None and obj.pos_ in ("PROPN", "PRON") and (
            reason == "for" or ((w := ctx.who(doer)) is not None and w.actor is not None))):
        return None  # "an ad that attacks X as a tool of Y": only an actor's attack "as"/"over" is in words
    accuser = ctx.who(doer, keep_pronoun=True)
    if accuser is None:
        return []
    charge = _companion_charge(verb, ctx.lex.accuse) or _predicate_charge(verb)  # "attacked X, calling him a Z": a Z
    return [_Found(verb, _expand(obj), charge, accuser, 0.6, _negated(verb))]


def _thing_named(tok: Token, ctx: _Ctx) -> bool:
    """'the Ardenne vote threatens ...': a singular common noun that is no actor word, with a name compounded
    before it, is a thing or event, not the name's actor ("the Smith campaign", "the Hamas attack" stay actors)."""
    low = tok.lemma_.lower()
    return tok.tag_ == "NN" and not tok.ent_type_ and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) \
        and low not in ctx.lex.actor_nouns and low not in ctx.lex.labels and low not in _VIOLENT_ACTS and low not in ctx.lex.nouns


def _charge_list_member(verb: Token, ctx: _Ctx) -> bool:
    """A gerund the parser hung on an accusation verb after its charge ("blamed Y for killing A, bombing B and killing
    C": "bombing" as the verb's participle clause, "killing C" its conjunct): one more item of the charge."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
        first = first.head
    accusing = first.head
    return verb.tag_ == "VBG" and first.dep_ == "advcl" and first.tag_ == "VBG" and accusing.lemma_.lower() in ctx.lex.accuse \
        and any(c.dep_ == "prep" and c.lower_ in ("for", "of") and accusing.i < c.i < first.i
                and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children) for c in accusing.children)


def _only_threatened(act: Token) -> bool:
    """A deed in the "to"-complement of "threaten" or "threat" (or joined to one): threatened, not done."""
    comp = act.head if act.dep_ == "conj" and act.head.dep_ in ("xcomp", "acl") else act
    return comp.dep_ in ("xcomp", "acl") and comp.head.lemma_.lower() in ("threaten", "threat") and _to_infinitive(comp)


def _lawful_threat(act: Token, threatener: Optional[Token], ctx: _Ctx) -> bool:
    """A threat to do ``act`` that wrongs no one: the act is no misdeed, violence or move against the military, and
    the threatener can lawfully do it ("threatened to veto it", "his threats to walk out of the talks")."""
    return not (act.lemma_.lower() in ctx.lex.misdeed or act.lemma_.lower() in _VIOLENT_ACTS
                or _military(_dep_of(act, ("dobj", "obj")), ctx.lex)) and _lawful_threatener(threatener, ctx)


def _lawful_threatener(subj: Optional[Token], ctx: _Ctx) -> bool:
    """Who can threaten an act that is no misdeed: one person (a veto, a subpoena), unarmed people, or no actor at
    all ("the vote threatens to end X's bid"); a state or force threatening to send troops or cut supplies coerces."""
    if subj is None or _one_person(subj, ctx) or (subj.tag_ == "NNS" and subj.lemma_.lower() in ctx.lex.actor_nouns
                                                  and not _military(subj, ctx.lex) and subj.lemma_.lower() not in _ARMED_PEOPLE):
        return True  # "supporters threaten to boycott a vote" (troops threatening to storm X do coerce)
    who = ctx.who(subj)
    return who is None or (subj.ent_type_ not in _AGENT_ENTS and subj.pos_ != "PRON"
                           and subj.lemma_.lower() not in ctx.lex.actor_nouns and who.actor is None)


def _reduced_participle(verb: Token) -> Optional[Token]:
    """The noun a past participle modifies ("farmers killed by X", "farmers wounded and killed by X"), if it does."""
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return verb.head
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.dep_ in ("amod", "acl") and \
            verb.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return verb.head.head
    if verb.dep_ in ("amod", "acl"):
        return verb  # modifies something else: not a clause of its own
    return None


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary heading its own clause ("one of nine farmers wounded and killed by X" parsed
    with "one" as subject): a reduced passive, whose subject is the sufferer, not the doer."""
    lead = verb.head if verb.dep_ == "conj" else verb
    if verb.tag_ == "VBD" and _set_off_participle(verb):
        return True
    return verb.tag_ == "VBN" and lead.tag_ == "VBN" and lead.dep_ in ("ccomp", "advcl", "ROOT", "conj") and not any(
        c.dep_ in ("aux", "auxpass") for t in (verb, lead) for c in t.children)


def _set_off_participle(verb: Token) -> bool:
    """"Captain X, killed ten years ago, was a hero" parsed with "killed" as X's finite verb: a deed verb with no
    object, set off by a comma right after its subject and followed by the sentence's real predicate, is a
    participle about the subject, who suffered it."""
    subj = _dep_of(verb, _SUBJ)
    own = {t.i for t in subj.subtree} if subj is not None else set()
    return subj is not None and subj.i < verb.i - 1 and verb.doc[verb.i - 1].text == "," \
        and all(i in own for i in range(subj.i, verb.i - 1)) and _dep_of(verb, ("dobj", "obj")) is None \
        and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i for c in verb.children)


def _narrative_with_content(verb: Token) -> bool:
    """A pushed narrative whose content follows it (after a dash or colon, or as a that-clause)."""
    obj = _dep_of(verb, ("dobj", "obj"))
    if obj is None or obj.lemma_.lower() != "narrative":
        return False
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    return (nxt is not None and nxt.text in ("–", "—", "-", "--", ":")) or any(
        c.dep_ in ("acl", "relcl", "ccomp", "appos") and any(m.dep_ == "mark" for m in c.children) for c in obj.children) or any(
        c.dep_ == "appos" for c in obj.children)


_PLEDGES = _WORD_CLASSES["pledges"]
_USED_AS = _WORD_CLASSES["used_as"]


def _used_as(verb: Token) -> bool:
    """'used X as cannon fodder / human shields / pawns': using people as a means."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and (p := _dep_of(c, ("pobj",))) is not None
               and (p.lemma_.lower() in _USED_AS or any(x.lemma_.lower() in _USED_AS for x in p.children if x.dep_ == "compound"))
               for c in verb.children)


def _broken_or_used(verb: Token, ctx: _Ctx) -> list[_Found]:
    """'X did not keep its promises' (a broken promise), 'X used Y as cannon fodder' (passive: the by-agent)."""
    if verb.lemma_.lower() == "keep":
        doer = _subject(verb)
        return [_Found(verb, _expand(doer), f"broke {_phrase(_dep_of(verb, ('dobj', 'obj')))}", None, 0.55, False)] \
            if doer is not None else []
    passive = _is_passive(verb)
    doer = _by_agent(verb) if passive else _subject(verb)
    if doer is None:
        return []
    charge = _predicate_charge(verb)
    patient = _dep_of(verb, _PASS_SUBJ) if passive else None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if patient is not None and as_ is not None and (role := _dep_of(as_, ("pobj",))) is not None:
        charge = f"used {_patient_text(patient)} as {_phrase(role)}"  # "the people are used by X as cannon fodder"
    return [_Found(verb, _expand(doer), charge, None, 0.55, _negated(verb))]


def _exploits_someone(verb: Token, ctx: _Ctx) -> bool:
    """'took advantage of X's plight', 'took advantage of the villagers': what is exploited is someone or theirs."""
    adv = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "advantage"), None)
    of = next((c for h in (verb, adv) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = _dep_of(of, ("pobj",)) if of is not None else None
    if obj is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "this") for c in obj.children):
        return True
    return obj.lemma_.lower() in ctx.lex.actor_nouns or (ctx.actors is not None and ctx.actors.actor_at(*_name_span(obj)) is not None)


_HELP_NOUNS = _WORD_CLASSES["help_nouns"]


def _helper(verb: Token, ctx: _Ctx) -> Optional[Token]:
    """The actor named in 'with (the) help/support from/of Z' on a misdeed verb."""
    for w in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        noun = _dep_of(w, ("pobj",))
        if noun is None or noun.lemma_.lower() not in _HELP_NOUNS:
            continue
        helper = _dep_of(noun, ("poss",))
        for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            helper = _dep_of(p, ("pobj",)) or helper
        if helper is not None and ctx.actors is not None and ctx.actors.actor_at(*_name_span(helper)) is not None:
            return helper
    return None


_ARMED = _WORD_CLASSES["armed"]


def _military(tok: Optional[Token], lex: Lexicons) -> bool:
    """A phrase headed by military materiel or a position (``blame_military_targets.txt``): 'Russian navy vessels',
    not 'diesel tanks' or 'cargo ships' (a noun modifier other than an armed one names a civilian kind)."""
    if tok is None:
        return False
    head = _split_head(tok)
    if head.pos_ == "PROPN":  # a named ship or unit: "the flagship Moskva", "the cruiser Moskva"
        return any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in lex.military for c in head.children)
    return head.lemma_.lower() in lex.military and not any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in _ARMED for c in head.children)


_DEPLOY_VERBS = _WORD_CLASSES["deploy_verbs"]
_TROOP_NOUNS = _WORD_CLASSES["troop_nouns"]
_ARMED_NOUNS = _TROOP_NOUNS | _ARMED_PEOPLE  # built once: checked per candidate token
_REPLY_VERBS = {"respond", "react", "reply", "retaliate"}


def _forces_into(tok: Token, ctx: _Ctx) -> bool:
    """'X sent troops into Y', Y a country or a place: an armed entry into a land, its sender blamed as for an
    invasion; not 'sent troops to Y' (a deployment to a host) nor 'into battle' (no place), nor the means of a reply
    ('responded to the raid by sending troops into Y', 'in response to ...': told as a reply, not charged)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DEPLOY_VERBS:
        return False
    if (tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in _REPLY_VERBS) or any(
            c.dep_ == "prep" and c.lower_ == "in" and (p := _dep_of(c, ("pobj",))) is not None and p.lower_ == "response"
            for c in tok.children):
        return False
    obj = _dep_of(tok, ("dobj", "obj")) or (_dep_of(tok, _PASS_SUBJ) if _is_passive(tok) else None)
    if obj is None or _split_head(obj).lemma_.lower() not in _TROOP_NOUNS:
        return False
    for prep in [*tok.children, *obj.children]:
        place = _dep_of(prep, ("pobj",)) if prep.dep_ == "prep" and prep.lower_ == "into" else None
        if place is not None and (place.ent_type_ in ("GPE", "LOC") or (
                ctx.actors is not None and (a := ctx.actors.actor_at(*_name_span(place))) is not None and a.kind == "country")):
            return True
    return False


_VERBAL_MARKS = _WORD_CLASSES["verbal_marks"]
# "X's attacks on civilians, women, residents": people an assault harms, not a side a person's words target
_HARMED_KINDS = _WORD_CLASSES["victim_nouns"] | {"man", "men", "woman", "women", "resident", "family", "community", "child"}


def _verbal_attack(tok: Token, ctx: _Ctx) -> Optional[list[_Found]]:
    """'the paper's attack on X questioning his record', 'a scathing attack on X': an attack in
    words is its owner's accusation of the one attacked (None when the attack is not verbal)."""
    if tok.lemma_.lower() != "attack":
        return None
    lex = ctx.lex
    words = lex.speech | lex.accuse | {"question"}
    # "attack on X questioning his record": the participle may hang on the noun or on the verb it is object of
    near = list(tok.children) + ([c for c in tok.head.children if c.dep_ == "advcl" and c.i > tok.i]
                                 if tok.dep_ in ("dobj", "obj") else [])
    verbal = any((c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in words)
                 or (c.dep_ == "amod" and c.lower_ in _VERBAL_MARKS) for c in near)
    target = next(iter(_prep_objects(tok, ("on", "against"))), None)
    owner = _dep_of(tok, ("poss",)) or next((o for o in _prep_objects(tok, ("from", "by"))), None)
    if target is not None and target.lemma_.lower() in _DISCOURSE_OBJECTS:
        # "her attacks on the tax code", "attacks on his voting record": words against what someone holds
        return []
    elif _one_person(owner, ctx) and (target is None or _one_person(target, ctx) or (
            target.tag_ == "NN" and not target.ent_type_ and target.lemma_.lower() in lex.actor_nouns
            and not _military(target, lex))):
        # "Smith's attacks on Jones", "recent attacks from Smith": one person's attack on another is in words
        if target is None:
            return []
        verbal = True
    elif target is None and owner is not None and _political(owner):
        return []  # "he has faced far fewer attacks from Republicans": a party's words, as one person's
    elif _one_person(owner, ctx) and target is not None and target.pos_ == "NOUN" and not target.ent_type_ \
            and not _military(target, lex) and not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _VIOLENT_MARKS
                                                       for c in tok.children):
        # "her sharp attacks on the lenders", "her attacks on his willingness to ...": a person's attack on a side
        # or on what someone holds is words against the side or the holder
        holder = next((c for c in target.children if c.dep_ == "poss" and _one_person(c, ctx)), None)
        if holder is not None or (_person_or_people(target, ctx) and target.lemma_.lower() not in _HARMED_KINDS):
            target, verbal = holder or target, True
    if not verbal or target is None:
        return None
    owner = _dep_of(tok, ("poss",)) or owner
    carrier = _carrier_verb(tok)
    if owner is None and carrier is not None and carrier.lemma_.lower() in _PRODUCE_VERBS | _ATTACK_CARRIERS:
        owner = _subject(carrier)  # "X launched a scathing attack on Y", "X went on the attack against Y"
    accuser = ctx.who(owner, keep_pronoun=True) if owner is not None else None
    if (accuser is None or accuser.actor is None) and tok.dep_ in ("dobj", "obj") and (subj := _subject(tok.head)) is not None:
        accuser = ctx.who(subj, keep_pronoun=True) or accuser  # "X launched its attack on Y": its = X
    return [_Found(tok, _expand(target), _phrase(tok), accuser or _Who(None, UNSPECIFIED, None), 0.55, False)]


def _carrier_verb(noun: Token) -> Optional[Token]:
    """The verb a noun phrase is the object of, through lists and prepositions ("offering warnings about X and
    attacks on Y", "went on the attack against Y"), if any."""
    t = noun
    while t.dep_ in ("conj", "pobj", "prep", "dobj", "obj") and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _person_or_people(tok: Token, ctx: _Ctx) -> bool:
    """One person, or a common noun for people who are not armed ("a rival", "some lawmakers"): what a person's
    attack on them is made of is words, in political news."""
    if _one_person(tok, ctx):
        return True
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() in ctx.lex.actor_nouns and not _military(
        tok, ctx.lex) and tok.lemma_.lower() not in _ARMED_NOUNS


def _one_person(tok: Optional[Token], ctx: _Ctx) -> bool:
    """A single named person or a he/she pronoun (not a state, force or group)."""
    if tok is None:
        return False
    if tok.lower_ in ("he", "she", "him", "her", "his"):
        return True
    if (name := _titled_name(tok)) is not None and name is not tok:
        return _one_person(name, ctx)  # "favourite and former governor of Ohio Jane Roe": one person
    # any tag: the tagger may read a person's name as a verb ("Trump still has not ...") or a plural ("Sanders")
    actor = ctx.actors.actor_at(*_name_span(tok)) if ctx.actors is not None and tok.pos_ not in ("NOUN", "PRON") else None
    if actor is None and tok.tag_ == "NNPS":
        return False
    return actor.kind == "person" if actor is not None else tok.ent_type_ == "PERSON"  # the tagger takes "Baku" for one


def _combat_noun(tok: Token, lex: Lexicons) -> bool:
    """An attack noun aimed at military materiel ('strikes on the fleet') or after which materiel was hit ('the
    cruiser was sunk after an attack by X'): combat reported, nobody's misdeed."""
    if tok.lemma_.lower() not in _COMBAT:
        return False
    if any(_military(p, lex) for p in _prep_objects(tok, ("on", "against"))):
        return True
    verb = tok.head.head  # "sunk [after [an attack]]"
    return tok.dep_ == "pobj" and verb.pos_ == "VERB" and _military(_dep_of(verb, _PASS_SUBJ + ("dobj", "obj")), lex)


def _misdeed_noun(tok: Token, ctx: _Ctx) -> list[_Found]:
    verbal = _verbal_attack(tok, ctx)
    if verbal is not None:
        return verbal
    if _combat_noun(tok, ctx.lex):
        return []
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() == "abandon" and tok.lemma_.lower() in _COURSE_NOUNS:
        return []  # "abandoning his earlier hostility to X": a stance given up, told as a change of mind
    if tok.lemma_.lower() == "threat" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _LAWFUL_ACTS
                                              for c in tok.children):
        return []  # "veto threats from X", "legal threats": the threat of a lawful act coerces no one
    if tok.lemma_.lower() == "threat" and (act := _to_complement(tok)) is not None and _dep_of(
            act, ("dobj", "obj")) is None and _lawful_threat(act, _dep_of(tok, ("poss",)), ctx):
        return []  # "his threats to walk out of the talks / to resign": a threat to do what is done to no one
    stopped = _told_to_stop(tok, ctx)
    if stopped is not None:
        return stopped  # "told Moscow to end its occupation of Crimea": its = Moscow, the addressee
    doer = None
    for c in tok.children:
        if c.dep_ == "poss":
            doer = c
        elif c.dep_ == "prep" and c.lower_ == "by" and not _passive_topic(tok):
            doer = _dep_of(c, ("pobj",)) or doer
        elif c.dep_ == "prep" and c.lower_ == "from" and doer is None:
            doer = _from_actor(c, ctx)  # "under attack from Russia", "shelling from Ukrainian forces"
        elif c.dep_ == "acl" and c.tag_ == "VBN" and doer is None:
            doer = _by_agent(c)  # "the threat posed by X", "attacks carried out by X"
        elif c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() not in _PATIENT_OF and doer is None:
            # "the aggression of X" names the doer; "the occupation of X" names the victim
            p = _dep_of(c, ("pobj",))
            if tok.lemma_.lower() in _LAPSE_NOUNS and p is not None and p.pos_ == "PROPN" and not _to_clause(tok, p):
                continue  # "the failure of X" is X's collapse; "of X to protect Y", "of X's policy" are charges
            if p is not None and ctx.actors is not None and ctx.actors.actor_at(*_name_span(p)) is not None:
                doer = p
        elif doer is None and _modifier_doer(tok, c, ctx):
            doer = c
    if doer is None and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _UNDERGO:
        # "Armenia faces aggression from X" with the 'from' hung on the verb of undergoing
        doer = next((d for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"
                     and (d := _from_actor(c, ctx)) is not None), None)
    if doer is None and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _POSE_VERBS \
            and _dep_of(tok.head, _PASS_SUBJ) is None:
        doer = _subject(tok.head)  # "X poses a threat to Y": who poses it is its doer
    if doer is None and tok.dep_ == "compound" and tok.head.lemma_.lower() in ctx.lex.owned:
        # "Baku's propaganda machine", "Moscow's disinformation campaign": the misdeed names its holder's kind
        doer = _dep_of(tok.head, ("poss",))
        if doer is not None:
            return [_Found(tok, _expand(doer), _noun_charge(tok.head, doer), None, 0.5, False)]
    if doer is None:
        return _ordered_noun(tok, ctx)
    if doer.dep_ == "poss" and tok.dep_ == "compound":
        return []  # "Estonia's security threats report": the possessive owns the report, it does no misdeed
    if doer.dep_ == "poss" and tok.lemma_.lower() in _UNDERGONE_NOUNS and _of_object(tok) is None and _one_person(doer, ctx):
        return []  # "Weinandy's persecution", "Khashoggi's murder": what a person underwent, not what he did
    if doer.dep_ == "poss" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _THREATENED_MARKS
                                   for c in tok.children):
        return []  # "its national security threats": threats to its security, not made by it
    charge = _noun_charge(tok, doer)
    negated = tok.dep_ in ("attr", "acomp") and _negated(tok.head)  # "it was not his fault"
    # "pointed at what they called X's failure": the namer's word for it, not the author's
    namer = _namer(tok.head, ctx) if tok.dep_ == "oprd" and tok.head.lemma_.lower() in _NAMING_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in tok.head.children) else None  # (not "called X's threat a bluff")
    return [_Found(tok, _expand(doer) if doer.dep_ != "amod" else [doer], charge, namer, 0.55, negated,
                   addressee=doer.lower_ in ("your", "you"))]


def _passive_topic(noun: Token) -> bool:
    """'X was informed of the plot by Y', 'X was blamed for the attack by Y': the noun is what an agentless passive
    is about, so a "by" phrase the parser hung on the noun names who told or blamed, not who plotted."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("about", "of", "over", "for", "on"):
        return False
    verb = noun.head.head
    return verb.tag_ == "VBN" and _is_passive(verb) and _by_agent(verb) is None


def _to_clause(noun: Token, obj: Optional[Token]) -> bool:
    """A "to" infinitive on the noun or on its "of" object (the parser hangs it on either): "failure of X to act"."""
    return any(c.dep_ in ("acl", "xcomp", "relcl") and _to_infinitive(c) for t in (noun, obj) if t is not None
               for c in t.children)


_POSE_VERBS = _WORD_CLASSES["pose_verbs"]
_PEACE_WORDS = _WORD_CLASSES["peace_words"]


def _misdeed_phrase(noun: Optional[Token], ctx: _Ctx) -> bool:
    """A noun phrase naming a misdeed: its head or a compound modifier is a misdeed noun ("sabotage attacks",
    "trafficking networks")."""
    if noun is None:
        return False
    words = ctx.lex.nouns  # not the sponsored objects: taking part in a war is no misdeed of itself
    return noun.lemma_.lower() in words or any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in words or c.lower_ in words) for c in noun.children)


def _involved_in(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X was involved in the sabotage', 'X's involvement in the attacks': taking part in a misdeed blames X."""
    into = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    deed = _dep_of(into, ("pobj",)) if into is not None else None
    if not _misdeed_phrase(deed, ctx):
        return []
    if tok.pos_ == "NOUN":
        doer = _dep_of(tok, ("poss",))
        negated = False
    else:
        doer = _dep_of(tok, _PASS_SUBJ + _SUBJ) or (_dep_of(tok.head, _SUBJ) if tok.dep_ == "acomp" else None)
        negated = _negated(tok) or (tok.dep_ == "acomp" and _negated(tok.head))
    if doer is None:
        return []
    return [_Found(tok, _expand(doer), f"involved in {_phrase(deed)}", None, 0.55, negated)]


# who runs a misdeed (labels like "mastermind", "perpetrator" blame on their own: blame_label_nouns.txt)
def _caught_doing(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X was caught planning Y', 'caught X lying': being caught in an act presents it as a misdeed, and whoever
    is caught is blamed; not 'caught fire' or 'caught in the storm' (no act)."""
    act = next((c for c in tok.children if c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl", "ccomp", "oprd")), None)
    if act is None or act.i < tok.i:
        return []
    doer = _dep_of(tok, _PASS_SUBJ) if _is_passive(tok) else _dep_of(tok, ("dobj", "obj"))
    if doer is None or doer.i > act.i:
        return []
    return [_Found(tok, _expand(doer), f"caught {_predicate_charge(act)}", None, 0.6, _negated(tok))]


def _known_for(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X, which is known for false claims', 'a group known for harassing officials': a reputation for a misdeed."""
    lex = ctx.lex
    prep = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for")
    deed = _dep_of(prep, ("pobj", "pcomp"))
    if deed is None:
        return []
    bad = (deed.pos_ == "VERB" and deed.lemma_.lower() in lex.misdeed) or (deed.pos_ == "NOUN" and (
        deed.lemma_.lower() in lex.nouns or any(
            a.dep_ == "amod" and (a.lemma_.lower() in lex.adjectives or a.lemma_.lower() in lex.epithets) for a in deed.children)))
    if not bad:
        return []
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        doer = tok.head
    else:
        doer = _dep_of(tok, _PASS_SUBJ)
        doer = None if doer is not None and doer.lower_ in _VAGUE else doer
    if doer is None:
        return []
    what = _span_text(tok.doc, deed.left_edge.idx, deed.idx + len(deed)) if deed.pos_ == "NOUN" else _phrase(deed)
    return [_Found(tok, _expand(doer), f"known for {what}", None, 0.5, _negated(tok))]


_ORGANISERS = _WORD_CLASSES["organisers"]


def _organiser_of(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X is the organizer of the trafficking network', 'the architect of the coup is X': who runs a misdeed."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    deed = _dep_of(of, ("pobj",)) if of is not None else None
    if not _misdeed_phrase(deed, ctx):
        return []
    pred = tok
    while pred.dep_ == "conj" and pred.head.pos_ == "NOUN":
        pred = pred.head  # "the beneficiary and coordinator of X"
    if pred.dep_ == "attr" and pred.head.lemma_ == "be":
        doer = _dep_of(pred.head, _SUBJ)
    elif pred.dep_ in _SUBJ and pred.head.lemma_ == "be":
        doer = _dep_of(pred.head, ("attr",))  # "the organizer of X is Y"
    elif pred.dep_ == "appos":
        doer = pred.head  # "Y, the architect of the coup"
    else:
        return []
    if doer is None:
        return []
    return [_Found(tok, _expand(doer), f"{tok.text} of {_phrase(deed)}", None, 0.55, _negated(pred.head) if pred.dep_ != "appos" else False)]


def _war_on(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X's war on/against Y': the war's owner wages it on someone (a war with no owner named blames no one)."""
    doer = _dep_of(tok, ("poss",))
    if doer is None or doer.lower_ in ("its", "their", "his", "her", "our", "my", "your"):
        return []
    return [_Found(tok, _expand(doer), _noun_charge(tok, doer), None, 0.5, False)]


def _rejects_peace(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X rejected ceasefire talks', 'X's rejection of peace negotiations': rejecting peace blames the rejecter
    (not rejecting an accusation: that is a denial)."""
    if tok.pos_ == "VERB":
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        doer = _subject(tok) if _dep_of(tok, _PASS_SUBJ) is None else _by_agent(tok)
        negated = _negated(tok)
    else:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objs = [o for o in (_dep_of(of, ("pobj",)),) if o is not None] if of is not None else []
        doer = _dep_of(tok, ("poss",))
        negated = False
    if not objs or doer is None or not _mentions_any(objs, _PEACE_WORDS):
        return []
    if any(o.lemma_.lower() in _REPORT_NOUNS and any(c.dep_ in ("acl", "ccomp") for c in o.children) for o in objs):
        return []  # "rejected rumors that X might lay out terms for a peace settlement": a report denied, not peace
    charge = _predicate_charge(tok) if tok.pos_ == "VERB" else _noun_charge(tok, doer)
    return [_Found(tok, _expand(doer), charge, None, 0.55, negated)]


def _victim_of(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'the victims of X', 'X's victims': whoever has victims is blamed for them, when X is a known actor (not a
    place, a disaster or a misdeed: "victims of the flood", "victims of the attack" name no one)."""
    doer = _dep_of(tok, ("poss",))
    if doer is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        doer = _dep_of(of, ("pobj",)) if of is not None else None
    if doer is None or ctx.actors is None or doer.lower_ in _VAGUE | _THIRD_PERSON | {"his", "her", "its", "their"}:
        return []
    who = ctx.who(doer)
    if who is None or who.actor is None or who.actor.kind == "other" \
            or ctx.actors.is_tagger_mention(doer.idx, doer.idx + len(doer)):
        return []  # a known place or thing, or a name only the tagger found ("the victims of Riverton"), is where
    negated = tok.dep_ in ("attr", "acomp") and _negated(tok.head)
    return [_Found(tok, _expand(doer), _noun_charge(tok, doer), None, 0.5, negated)]
