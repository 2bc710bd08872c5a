"""How a charge's text is built: the trigger's phrase clipped at ``MAX_CHARGE_TOKENS`` where whole phrases end
(finishing one within ``CHARGE_OVERRUN`` words), without comma-set relative clauses and appositions; contractions
spelled out, quotation marks kept only when they pair; the prepositional charge of accusation verbs ("for", "of"),
the charge a companion clause lends a bare accusation ("criticized X, accusing them of Y"), and the charges of orders
("ordered X to occupy Y") and of misdeed nouns.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .words import _NAMING_VERBS, _PASS_SUBJ, _SUBJ, CHARGE_OVERRUN, MAX_CHARGE_TOKENS, _WORD_CLASSES
from .parse import _dep_of, _np_span, _of_object, _to_complement, _went_on


def _clip(doc: Doc, toks: list[Token]) -> tuple[int, int]:
    """Char span of a charge run: at most ``MAX_CHARGE_TOKENS``, cut where whole phrases end (never inside a
    noun phrase), and never across a line break, a spaced dash or a bracket."""
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    words = [i for i in range(lo, hi + 1) if not doc[i].is_space]  # a no-break space token is no word
    if len(words) > MAX_CHARGE_TOKENS:
        full, hi = hi, words[MAX_CHARGE_TOKENS - 1]
        # a conjunct the limit would split is dropped whole: "prevent a de-escalation [and the signing of ...]"
        split = [doc[i].left_edge.i for i in range(lo + 1, hi + 1) if doc[i].dep_ == "conj" and doc[i].right_edge.i > hi]
        if split and max(split) - 1 >= lo + 2:
            hi = _phrase_end(doc, lo, max(split) - 1, full, overrun=0)
        else:
            hi = _phrase_end(doc, lo, hi, full)
    for i in range(lo + 1, hi + 1):  # never run a charge across a line break, a spaced dash or a bracket
        # (a no-break space the tokenizer made a token of is only a space: "is a\u00a0serial liar")
        if "\n" in doc[i - 1].whitespace_ or "\n" in doc[i].text or doc[i].text in ("(", ";") or (
                doc[i].text.strip("-–—") == "" and doc[i - 1].whitespace_ and doc[i].whitespace_):
            hi = i - 1
            break
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ in ("cc", "mark")
                       or doc[hi].pos_ in ("DET", "ADP", "CCONJ", "PART")):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _phrase_end(doc: Doc, lo: int, hi: int, full: int, least: int = 3, overrun: int = CHARGE_OVERRUN) -> int:
    """Where the run lo..``full`` is cut near ``hi`` leaving whole phrases: every kept word's head is kept too
    (or lies outside the run) and keeps its object, so only whole trailing dependents (a prepositional phrase,
    a clause, the rest of a list) are dropped, never the head of a noun phrase whose determiner stays. A phrase
    that ends within ``overrun`` words past the limit is finished ('under the command of the rebel
    militias'); otherwise the cut backs off to the last whole phrase."""
    def clean(end: int) -> bool:
        if doc[end].is_punct or doc[end].pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"):
            return False
        if any("\n" in doc[i].whitespace_ for i in range(lo, end)):
            return False
        return all(lo <= doc[i].head.i <= end or not lo <= doc[i].head.i <= full for i in range(lo, end + 1)) and not any(
            end < c.i <= full and c.dep_ in _CORE_ARGS for i in range(lo, end + 1) for c in doc[i].children)

    for end in range(hi + 1, min(full, hi + overrun) + 1):
        if clean(end):
            return end
    return next((end for end in range(hi, lo + least - 2, -1) if clean(end)), hi)


# what a word cannot be left without: a cut that drops one of these is not at a phrase boundary
_CORE_ARGS = {"dobj", "obj", "pobj", "pcomp", "attr", "acomp", "oprd", "xcomp", "ccomp", "dative", "agent"}


def _off_charge(tok: Token) -> set[int]:
    """Indices of the comma-set relative clauses, appositions and sources ('..., per X') below ``tok`` (with the
    comma before each): asides a short charge leaves out ('prevent X, whom she described as ...', 'attack on its
    grid, which ...'). A restrictive clause ('the pledges that he made') and a list of names ('US, UK, Finland') stay."""
    out: set[int] = set()
    doc = tok.doc
    for d in tok.subtree:
        if not (d.dep_ in ("relcl", "appos") or (d.dep_ == "prep" and d.lower_ == "per")) or d.i == tok.i:
            continue
        first = d.left_edge.i
        if first == 0 or doc[first - 1].text not in (",", "–", "—", "("):
            continue  # restrictive: part of what the phrase names
        if d.dep_ == "appos" and (sum(c.dep_ == "appos" for c in d.head.children) > 1
                                  or any(c.dep_ in ("appos", "conj") for c in d.children)
                                  or d.ent_type_ == d.head.ent_type_ == "GPE"):
            continue  # a list the parser strung as appositions ('US, UK, Finland'), a place and its country
        out |= {t.i for t in d.subtree} | {first - 1}
    return out


_DROP_FROM_CHARGE = {"nsubj", "nsubjpass", "csubj", "csubjpass", "conj", "cc", "advcl", "mark", "parataxis",
                     "punct", "aux", "auxpass", "neg", "relcl", "dep", "appos", "expl", "intj", "agent"}


_ASIDE_MARKS = {"when", "while", "whenever", "after", "before", "since", "until", "although", "though", "because",
                "as", "if"}


def _aside_clause(clause: Token) -> bool:
    """A time/condition/reason clause ('when the army had almost reached X'): background, not the charge."""
    return any(m.dep_ in ("advmod", "mark") and m.lower_ in _ASIDE_MARKS for m in clause.children)


def _predicate_charge(verb: Token) -> str:
    """The verb with its objects/complements, e.g. 'betrayed Armenia', 'occupy Georgian lands'."""
    toks = [verb]
    for c in verb.children:
        if c.dep_ in _DROP_FROM_CHARGE or (c.dep_ == "prep" and c.lower_ == "per" and c.i > 0 and c.nbor(-1).text == ","):
            continue  # (", per X" names a source)
        if c.i < verb.i and c.dep_ not in ("advmod", "prt"):
            continue
        if c.dep_ == "advmod" and c.i < verb.i and c.i != verb.i - 1:
            continue
        # a nested time/condition clause is background: "stopped X from winning [as its army ...]"
        aside = {t.i for d in c.subtree if d.dep_ == "advcl" and _aside_clause(d) for t in d.subtree} | _off_charge(c)
        toks.extend(t for t in c.subtree if t.i not in aside)
    # keep only the contiguous run around the verb
    toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
    run = [verb]
    # a quotation mark inside the phrase does not end it: 'settle "their disputes at the cost of X"'
    idx = {t.i for t in toks} | {t.i for t in verb.sent if t.is_quote and t.pos_ == "PUNCT"}
    i = verb.i + 1
    while i in idx:
        run.append(verb.doc[i])
        i += 1
    i = verb.i - 1
    while i in idx:
        run.insert(0, verb.doc[i])
        i -= 1
    tried = verb.head
    if verb.dep_ == "xcomp" and tried.lemma_.lower() in _ATTEMPT_VERBS and tried.i < verb.i and all(
            t.dep_ in ("aux", "advmod") for t in verb.doc[tried.i + 1 : verb.i]):
        run = list(verb.doc[tried.i : verb.i]) + run  # "tried to rape her": an attempt, not the deed done
    s, e = _clip(verb.doc, run)
    return _span_text(verb.doc, s, e)


_ATTEMPT_VERBS = {"try", "attempt"}


_CONTRACTED = {"n't": "not", "ca": "can", "wo": "will", "sha": "shall"}


def _span_text(doc: Doc, start: int, end: int) -> str:
    """The words of doc.text[start:end] without stand-alone quotation marks ("of 'lies' about X" -> "of lies about X");
    a possessive apostrophe ("Armenians' homes") is a particle, not a quotation mark, and stays."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return " ".join(doc.text[start:end].split())
    words = "".join(t.whitespace_ if _quotation_mark(t) else t.text_with_ws for t in span)
    return " ".join(words.split())


_SINGLE_QUOTES = {"'", "‘", "’"}


def _opens_single(t: Token) -> bool:
    return t.text in _SINGLE_QUOTES and not t.whitespace_ and (t.i == 0 or bool(t.doc[t.i - 1].whitespace_))


def _quotation_mark(t: Token) -> bool:
    """A quotation mark token, not an apostrophe: a single mark after a word closes a quote only when one
    was opened before it in the sentence ("of 'lies' about" vs "the United States’ border")."""
    if not (t.is_quote and t.pos_ == "PUNCT"):
        return False
    if t.text not in _SINGLE_QUOTES or _opens_single(t):
        return True
    for p in reversed(t.doc[t.sent.start : t.i]):
        if p.text in _SINGLE_QUOTES:
            return _opens_single(p)
    return False


def _negated_charge(verb: Token) -> str:
    """A charge that IS a not-doing keeps its negation: 'do not want to fight', 'never paid its debts'."""
    run = []
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in ("aux", "neg", "advmod"):
        run.insert(0, verb.doc[i])
        i -= 1
    while run and run[0].dep_ == "advmod":  # "also does not accept": the charge starts at the auxiliary
        run.pop(0)
    if not any(t.dep_ == "neg" for t in run):  # negation on a controlling verb: "did not want to betray"
        return "not " + _predicate_charge(verb)
    words = " ".join(_CONTRACTED.get(t.lower_, t.text) for t in run)
    return f"{words} {_predicate_charge(verb)}"


def _run_around(indices, centre: int) -> tuple[int, int]:
    """First and last token index of the unbroken run of ``indices`` holding ``centre``."""
    lo = hi = centre
    while lo - 1 in indices:
        lo -= 1
    while hi + 1 in indices:
        hi += 1
    return lo, hi


def _phrase(tok: Token, with_list: bool = False) -> str:
    """The phrase headed by ``tok`` without appositions or relative clauses (kept short).

    ``with_list`` keeps coordinated members: "blame X for aggression, or meddling" charges both.
    """
    skip = ("appos", "relcl") if with_list else ("appos", "relcl", "conj", "cc", "preconj")
    toks = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:  # (a list the parser strung as an apposition carrying the "and" is a list; a comma-set
            # participle after a list is an aside: "a liar and a bully, often shouting at ...")
            if with_list and c.dep_ in ("acl", "advcl") and c.i > t.i and c.doc[c.left_edge.i - 1].text == ",":
                continue
            if with_list and c.dep_ == "conj" and c.pos_ == "PROPN" and t.pos_ == "NOUN" and c.right_edge.i + 1 < len(
                    c.doc) and c.doc[c.right_edge.i + 1].pos_ in ("VERB", "AUX"):
                continue  # a name "and"-joined to a label and followed by a verb is the next clause's subject
            if c.dep_ not in skip or (with_list and c.dep_ == "appos" and any(x.dep_ == "cc" for x in c.subtree)):
                toks.append(c)
                stack.append(c)
    lo, hi = _run_around({t.i for t in toks}, tok.i)
    toks = [tok.doc[i] for i in range(lo, hi + 1)]
    s, e = _clip(tok.doc, toks)
    return _span_text(tok.doc, s, e)


def _charge_prep(verb: Token, preps: tuple[str, ...] = ("for", "of", "over", "with")) -> Optional[str]:
    """The charge of an accusation verb: its for/of/over/with complement, in that order of preference
    ("accused X of lies over the attack" charges the lies, wherever the parser hangs each phrase)."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("oprd", "acomp", "dobj", "xcomp")]
    for obj in [c for c in verb.children if c.dep_ in ("dobj", "obj")]:
        # "blamed A, its allies and B for X": the parser may hang the charge on a list member
        holders += [t for t in obj.subtree if t.dep_ in ("appos", "conj") and t.head.i != verb.i]
    if verb.dep_ == "advcl" and _went_on(verb.head):
        holders.insert(1, verb.head)  # "went on to blast X for Y": the parser may hang "for" on "went"
    own = []
    if verb.lemma_.lower() in _OF_CHARGE_VERBS:
        obj = _dep_of(verb, ("dobj", "obj"))
        own = [c for c in (*verb.children, *(obj.children if obj is not None else ())) if c.dep_ == "prep" and c.lower_ == "of"]
    for prep in preps:
        for h in holders:
            for c in own + list(h.children):
                if c.dep_ == "prep" and h is verb and c.i < verb.i and c.i == c.sent.start:
                    continue  # a fronted phrase ("For decades, X has blamed Y for ..."): the charge follows the verb
                # "accused X of bad faith for leaving the talks": the "of" names the charge, "for" its grounds
                if c.dep_ == "prep" and (c.lower_ == prep or c in own) and not (
                        c.lower_ == "of" and h.dep_ == "appos" and c not in own):  # "X, the head of Y, ...": a description
                    obj = _dep_of(c, ("pobj", "pcomp"))
                    if obj is not None:
                        return _phrase(obj, with_list=True) if (rest := _split_infinitive(verb, obj)) is None else rest
    for h in holders:
        for on in (c for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")):
            grounds = _dep_of(on, ("pobj",))
            if grounds is not None and grounds.lemma_.lower() in _GROUNDS_NOUNS and (what := _grounds_of(grounds)) is not None:
                return _phrase(what, with_list=True)  # "indicted on charges of bribery", "held on suspicion of spying"
    return None


def _grounds_of(grounds: Token) -> Optional[Token]:
    """What charges are of: "charges of bribery"; "12 counts, including five counts of fraud"."""
    what = _of_object(grounds)
    if what is not None:
        return what
    return next((_of_object(g) for inc in grounds.children if inc.dep_ == "prep" and inc.lower_ == "including"
                 for g in inc.children if g.dep_ == "pobj" and g.lemma_.lower() in _GROUNDS_NOUNS
                 and _of_object(g) is not None), None)


_GROUNDS_NOUNS = _WORD_CLASSES["grounds_nouns"]


def _companion_charge(verb: Token, accuse: frozenset[str]) -> Optional[str]:
    """The charge a bare accusation leaves to a companion clause of the same speaker: "criticized X, accusing them of
    Y" -> Y; "attacked X, calling him a Z" -> "a Z" (a participle after the verb, or a coordinated verb with no
    subject of its own, and what it says is said of a pronoun or of nobody named anew); or what the accused did, told
    by a restrictive relative clause on the object ("rebuked officials who looted X" -> "looted X")."""
    obj = _dep_of(verb, ("dobj", "obj"))
    deed = next((c for c in obj.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.doc[c.left_edge.i - 1].text != ","
                 and any(s.dep_ in _SUBJ and s.lower_ in ("who", "that") for s in c.children)), None) if obj is not None else None
    if deed is not None:
        return _predicate_charge(deed)
    comps = [c for c in verb.children if c.i > verb.i and c.pos_ == "VERB" and _dep_of(c, _SUBJ) is None
             and ((c.dep_ == "advcl" and c.tag_ == "VBG") or c.dep_ == "conj")]
    comps += [d for c in comps for d in c.children if d.dep_ == "conj" and d.pos_ == "VERB" and _dep_of(d, _SUBJ) is None]
    for comp in comps:
        obj = _dep_of(comp, ("dobj", "obj"))
        if obj is not None and obj.pos_ != "PRON":
            continue  # "condemned X, calling the talks a farce": said of something else
        lemma = comp.lemma_.lower()
        if lemma in _NAMING_VERBS and (label := _label_given(comp, verb)) is not None:
            return label
        elif lemma in accuse and (charge := _charge_prep(comp)) is not None:
            return charge
    return None


def _label_given(naming: Token, verb: Token) -> Optional[str]:
    """The label a naming participle gives ("calling him a coward"). After an aside ("calling him, of all insults, 'a
    spent envoy'") the parser hangs a quoted label anywhere: as a second object of the participle or of the verb
    it accompanies, or as that verb's head."""
    as_ = next((c for c in naming.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    after = naming.right_edge.i
    label = _dep_of(naming, ("oprd", "acomp")) or (_dep_of(as_, ("pobj", "amod", "acomp")) if as_ is not None else None) \
        or next((c for c in naming.children if c.dep_ in ("dobj", "obj", "npadvmod") and c.pos_ == "NOUN"
                 and any(o.dep_ in ("dobj", "obj") and o.i < c.i for o in naming.children)), None) \
        or next((c for c in verb.children if c.dep_ in ("npadvmod", "dep", "dobj", "obj") and c.i > after and c.pos_ == "NOUN"), None)
    if label is not None:
        return _phrase(label, with_list=True)
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ != "NOUN" or head.i <= after:
        return None
    mods = [t for c in head.children if after < c.i < head.i and c.dep_ in ("det", "amod", "compound") for t in c.subtree]
    lo, hi = _run_around({head.i, *(t.i for t in mods)}, head.i)
    return _span_text(head.doc, *_clip(head.doc, list(head.doc[lo : hi + 1])))


_OF_CHARGE_VERBS = _WORD_CLASSES["of_charge_verbs"]  # "accuse/suspect X of Y": the "of" phrase, wherever hung, is the charge


def _clause_between(tok: Token, top: Token) -> bool:
    """A clause boundary on the way up from ``tok`` to its governor ``top`` ("blamed them for starting it, when in fact
    it was X who ...": the when-clause is the writer's, not part of the charge)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("advcl", "ccomp", "relcl", "parataxis", "csubj"):
            return True
        t = t.head
    return False


def _split_infinitive(verb: Token, obj: Token) -> Optional[str]:
    """"accused X of planning to use Y" with the infinitive the parser hung on the accusing verb: the gerund and its
    infinitive together ("of planning" alone says nothing)."""
    if not obj.lower_.endswith("ing") or any(c.dep_ not in ("punct",) for c in obj.children) or obj.i + 2 >= len(obj.doc):
        return None
    to = obj.doc[obj.i + 1]
    comp = to.head
    if to.lower_ != "to" or to.dep_ != "aux" or comp.head.i != verb.i or comp.dep_ not in ("advcl", "xcomp"):
        return None
    s, e = _clip(obj.doc, list(obj.doc[obj.i : comp.right_edge.i + 1]))
    return _span_text(obj.doc, s, e)


def _order_charge(directive: Token, misdeed: Token) -> str:
    """'ordered the soldiers to occupy the village'; a passive's agent is left out, its subject is the one ordered
    ('they were ordered by X to loot Y': 'ordered them to loot Y')."""
    comp = misdeed
    while comp.head.i != directive.i and comp.head.i != comp.i:
        comp = comp.head
    doc = directive.doc
    addressee = [t for c in directive.children if c.dep_ in ("dobj", "obj", "dative") and c.i < comp.i for t in c.subtree]
    comp_toks = [t for t in comp.subtree if t.dep_ not in ("relcl",)]
    lo, hi = _run_around({t.i for t in comp_toks}, comp.i)
    if addressee and _run_around({directive.i, *(t.i for t in addressee), *range(lo, hi + 1)}, directive.i)[1] >= hi:
        lo = directive.i
    s, e = _clip(doc, list(doc[lo : hi + 1]))
    rest = _span_text(doc, s, e)
    if lo == directive.i:
        return rest
    told = _dep_of(directive, _PASS_SUBJ)  # "Y was forced by X to launder money": "forced Y to launder money"
    if told is not None and told.lower_ not in ("who", "that", "which") and told.i < directive.i:
        return f"{directive.text} {_patient_text(told)} {rest}"
    return f"{directive.text} {rest}"



_OBJECT_CASE = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "who": "whom"}


def _patient_text(patient: Token) -> str:
    """The sufferer of a passive misdeed as an object: 'they were betrayed' -> 'them'."""
    if patient.lower_ in _OBJECT_CASE:
        return _OBJECT_CASE[patient.lower_]
    toks = [patient] + [t for t in patient.subtree if t.i > patient.i and t.dep_ not in ("relcl", "acl", "appos")]
    toks += [t for t in patient.subtree if t.i < patient.i]
    lo, hi = _run_around({t.i for t in toks}, patient.i)
    s, e = _clip(patient.doc, list(patient.doc[lo : hi + 1]))
    first = patient.doc[lo]
    if first.i == first.sent.start and first.pos_ not in ("PROPN", "PRON") and first.text[:1].isupper():
        # "Dozens of homes were looted by X" -> "looted dozens of homes"
        return _lower_determiner(first.text[:1].lower() + _span_text(patient.doc, s, e)[1:])
    return _lower_determiner(_span_text(patient.doc, s, e))


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my"}


def _lower_determiner(phrase: str) -> str:
    """'The people' -> 'the people' inside a charge; names keep their capitals."""
    first, _, rest = phrase.partition(" ")
    return f"{first.lower()} {rest}".strip() if first.lower() in _DETERMINERS else phrase


_GENERIC_DETERMINERS = {"a", "an", "any", "every", "each", "no", "another", "some", "whichever", "whatever"}


def _noun_charge(noun: Token, doer: Token) -> str:
    """A misdeed noun as a charge without its doer: "Russia's interference in the affairs of others" ->
    'interference in the affairs of others', "X's failure to protect Y" -> 'failure to protect Y'; a charge that would
    be the bare noun keeps its possessor."""
    drop = {doer.i} | {t.i for t in doer.subtree}
    if doer.dep_ == "pobj":
        drop |= {doer.head.i}  # the "by"/"of" introducing the doer
    keep, to_do = [noun], _to_complement(noun)
    for c in noun.children:
        if c.i in drop or c.dep_ in ("appos", "relcl", "conj", "cc", "preconj") or (c.dep_ == "acl" and (to_do is None or c.i != to_do.i)):
            continue  # (a "to" complement is part of the deed: "its failure to protect the staff")
        if c.dep_ == "punct" and (c.text != "," or c.i > noun.i):
            continue  # only a comma between its adjectives stays: "hostile, divisive speech"
        if c.i < noun.i and c.dep_ not in ("amod", "compound", "nmod", "poss", "punct"):
            continue  # no determiner: "the Kremlin's lies" reads "lies"
        off = _off_charge(c)
        keep.extend(t for t in c.subtree if t.i not in off)
    lo, hi = _run_around({t.i for t in keep}, noun.i)
    if lo == hi:  # a bare noun reads better with its owner: "Trump's fault", "its aggression"
        s, e = _np_span(noun)
        return _span_text(noun.doc, s, e)
    s, e = _clip(noun.doc, list(noun.doc[lo : hi + 1]))
    return _span_text(noun.doc, s, e)
