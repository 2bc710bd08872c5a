"""Dependency-parse helpers the rules share: subjects, objects, passives, governors, noun-phrase and name spans,
and the expansion of a target to its listed or named members.

They read the parse only (no context, no lexicons beyond the word classes), so every other module may use them.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from .words import (
    _AGENT_ENTS, _ATTACK_CARRIERS, _EVERYONE, _INTENT_NOUNS, Lexicons, lexicons, _MEDIUM_NOUNS, _MEDIUM_RUNS, _MEDIUM_VERBS,
    _PASS_SUBJ, _PRODUCE_VERBS, _REGARD_VERBS, _REPORT_NOUNS, _SUBJ, _TIME_MARKS, _VAGUE, _VIEW_NOUNS, _WORD_CLASSES,
)

# -- small parse helpers --------------------------------------------------------------------
def _dep_of(tok: Token, deps: Iterable[str]) -> Optional[Token]:
    deps = tuple(deps)
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps``, in text order: 'attack on X', 'tyrants at the UN'."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and (p := _dep_of(c, ("pobj",))) is not None]


def _of_object(tok: Token) -> Optional[Token]:
    """The object of a word's "of" phrase: "the desire of X", "hundreds of protesters"."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _dep_of(of, ("pobj",)) if of is not None else None


def _is_passive(verb: Token) -> bool:
    """A passive clause: a passive subject or a passive auxiliary ("were harshly met by X")."""
    return _dep_of(verb, _PASS_SUBJ) is not None or any(c.dep_ == "auxpass" for c in verb.children)


def _elided_passive(verb: Token) -> bool:
    """A participle listed after a passive that leaves out its auxiliary: "men have been butchered, women abducted"
    (the parser tags it a past tense and its patient a subject). Only for deeds: "ten were killed, police said" has
    the same shape."""
    if verb.tag_ not in ("VBN", "VBD") or _dep_of(verb, ("nsubj",)) is None or any(
            c.dep_ in ("aux", "auxpass") or (c.dep_ in ("dobj", "obj") and c.i > verb.i) for c in verb.children):
        return False
    listed = [c for c in verb.children if c.dep_ in ("ccomp", "conj")]
    if verb.dep_ in ("conj", "ccomp"):
        listed += [verb.head, *(c for c in verb.head.children if c.dep_ in ("ccomp", "conj") and c.i != verb.i)]
    return any(v.tag_ == "VBN" and v.i < verb.i and any(c.dep_ == "auxpass" for c in v.children) for v in listed)


def _governors(tok: Token) -> Iterable[Token]:
    """Ancestors of ``tok`` within its sentence, nearest first."""
    t = tok
    for _ in range(40):
        if t.head.i == t.i:
            return
        t = t.head
        yield t


def _content_clause(clause: Token) -> bool:
    """A that-clause stating content ("information that X plans to occupy Y"), not a relative clause ("the
    claims that he made"): 'that' is its marker, or an object where the clause's verb already has one."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    that = clause.left_edge
    return that.lower_ == "that" and that.dep_ in ("dobj", "obj") and sum(
        c.dep_ in ("dobj", "obj") for c in that.head.children) > 1


def _wordlike(tok: Token) -> bool:
    """A token with a letter in it: names and pronouns are, '+', '1' and '@SUM(1' are not."""
    return any(ch.isalpha() for ch in tok.text) and tok.pos_ not in ("SYM", "PUNCT")


def _across_lines(a: Token, b: Token) -> bool:
    """A line break lies between the two tokens: the parser glued a heading or a credit line onto the paragraph
    below it ("h/t A" over "B and C were working to ..."), and no word of one line is the other's subject."""
    lo, hi = sorted((a.i, b.i))
    return any(t.is_space and "\n" in t.text for t in a.doc[lo + 1:hi])


def _nearest_subject(verb: Token) -> Optional[Token]:
    """The verb's own subject; of two, the one nearer the verb: the parser also files a dateline ("KYIV — Ukraine
    said") or a quotation's first word ("'That, sadly,' he said") as a subject. A symbol is none ("@SUM(1+1)"), nor
    is a word on another line."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJ + _PASS_SUBJ and _wordlike(c) and not _across_lines(c, verb)]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def _by_agent(verb: Token) -> Optional[Token]:
    """The object of a passive verb's "by" phrase: "condemned by the court" -> court; "denounced as traitors by the
    elites", where the parser hangs the "by" on what they were called."""
    agent = _dep_of(verb, ("agent",))
    if agent is None and (as_ := next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)) is not None \
            and (called := _dep_of(as_, ("pobj",))) is not None:
        agent = next((c for c in called.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
    return _dep_of(agent, ("pobj",)) if agent is not None else None


def _doer_and_undergoer(verb: Token, passive: bool) -> tuple[Optional[Token], Optional[Token]]:
    """Who acts and who undergoes: a passive's by-agent and subject (on the verb's line: not a price line glued on
    above), else the subject and object."""
    if passive:
        return _by_agent(verb), next((c for c in verb.children if c.dep_ in _PASS_SUBJ and not _across_lines(c, verb)), None)
    return _subject(verb), _dep_of(verb, ("dobj", "obj"))


_PERCEIVE = _WORD_CLASSES["perception_verbs"]


def _subject(verb: Token) -> Optional[Token]:
    """The (controlling) subject of a verb: own nsubj, else climb xcomp/conj/acomp/purpose chains."""
    t = verb
    for _ in range(8):
        s = _nearest_subject(t)
        if s is None and t.head.i != t.i and _quoted_away(t):
            return None
        if s is None and (listed := _fronted_list_subject(t)) is not None:
            return listed
        if s is not None:
            if s.lower_ in ("who", "that") and t.dep_ == "ccomp" and t.head.lemma_ == "be" and (
                    attr := _dep_of(t.head, ("attr",))) is not None and attr.i < t.i:
                return attr  # "It was Russia who provoked ...", the cleft parsed as a complement clause
            if s.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                pred = t.head
                while pred.dep_ == "conj" and pred.head.i != pred.i and pred.head.pos_ in ("NOUN", "PROPN"):
                    pred = pred.head  # "X is not a source but rather a puppet who ...": the predicate's first member
                if pred.dep_ == "attr" and pred.head.lemma_ == "be" and (own := _dep_of(pred.head, _SUBJ)) is not None \
                        and own.lower_ not in _VAGUE:
                    return own  # "X is a politician who sold out Y": X did ("it was the British who ...": the British)
                if (regarded := _regarded(pred)) is not None:
                    return regarded  # "they see X as people who refuse to ...": X refuses
                if t.head.dep_ == "appos" and t.head.head.pos_ == "PROPN":
                    return t.head.head  # "X, a councillor who accused Y": the name the description is set beside
                return t.head
            return s
        if t.dep_ == "xcomp" and t.head.lemma_ == "be":
            return None  # "the strategy was to blame X": the subject is not the doer
        if t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.head.head.pos_ == "VERB" and _says(t):
            t = t.head.head  # "X said (conceded) that Y did Z and accused W of ...": a second speech act is X's, which
            continue         # the parser listed with the reported verb
        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.head.tag_ == "VB" and _to_infinitive(t.head):
            # "X ran on his pledge to cut Y and accused Z": a finite verb the parser listed with an infinitive is
            # said of the subject of the clause that infinitive hangs in
            t = next((g for g in t.head.ancestors if g.pos_ in ("VERB", "AUX") and g.tag_ != "VB"), t.head)
            continue
        if t.dep_ in ("conj", "xcomp", "ccomp") and t.tag_ in ("VB", "VBP") and t.head.tag_ == "VBD" \
                and t.head.lemma_.lower() in _PERCEIVE and (seen := _dep_of(t.head, ("dobj", "obj"))) is not None \
                and seen.i < t.i:
            return seen  # "they heard X (in his speech) lambaste Y": X, whom the parser made their verb's object
        if (t.dep_ in ("xcomp", "conj", "acomp", "ccomp") or (t.dep_ == "attr" and t.pos_ == "ADJ")) \
                and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX", "ADJ") and not _across_lines(t, t.head):
            t = t.head  # ("X has been the most outspoken in ...": the adjective the parser filed as attribute)
            continue
        if t.dep_ == "dep" and t.tag_ in ("VBD", "VBZ", "VBP") and t.head.tag_ == "VBG" and t.head.dep_ == "ROOT":
            t = t.head  # "X, craving revenge, then ordered ...": the parser left the finite verb under the participle
            continue
        if t.dep_ == "advcl" and _to_infinitive(t):
            t = t.head
            continue
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.pos_ in ("VERB", "AUX") and all(
                c.lower_ in _TIME_MARKS for c in t.children if c.dep_ == "mark"):
            t = t.head  # "X called out Y, slamming his plan", "X, while condemning Y, said": the clause's subject
            continue
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "by" and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head  # "X attacked Y by accusing him of ...": X accuses
            continue
        if t.dep_ == "acl" and t.head.lower_ == "order" and t.head.head.lower_ == "in":
            # "in order to V": the purpose clause's subject is the main clause's
            t = next((a for a in _governors(t.head) if a.pos_ in ("VERB", "AUX")), t)
            if t.dep_ == "acl":
                return None
            continue
        noun = t.head if t.dep_ == "acl" and _to_infinitive(t) else t.head.head if (
            t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "of") else None
        if noun is not None and noun.lemma_.lower() in _INTENT_NOUNS:
            # "X's attempt to V", "the desire of X to V": the one who wants it done; with no owner, "X mounted a
            # campaign to V", "X took the step of V-ing": the subject of the verb that carries the effort out
            owner = _dep_of(noun, ("poss",)) or (_of_object(noun) if t.dep_ == "acl" else None)
            if owner is None and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _PRODUCE_VERBS | _ATTACK_CARRIERS:
                owner = _subject(noun.head)
            return owner
        if (doer := _gerund_of_subject(t)) is not None:
            return doer
        if t.dep_ in ("acl", "relcl") and (t.head.pos_ == "PROPN" or t.head.ent_type_ in _AGENT_ENTS):
            return t.head
        return None
    return None


def _quoted_away(verb: Token) -> bool:
    """A subjectless verb in quoted words whose governor stands outside them: the quote ends before its speech verb
    ("'... to rig the vote,' A and B said") or opens with an order ("they chanted 'stop beating students'"). The
    words' doer is whoever they speak of or to, not the speaker of the clause around them ("vowed to 'crush' X",
    whose "to" stands outside, is the speaker's own)."""
    head = verb.head
    lo, hi = sorted((verb.i, head.i))
    marks = [m for m in verb.doc[lo + 1 : hi] if m.tag_ in ("``", "''") or m.text in _QUOTE_MARKS]
    if not marks:
        return False
    if head.i > verb.i:
        return True
    return verb.tag_ == "VB" and not _to_infinitive(verb) and marks[-1].i == verb.i - 1


def _to_infinitive(verb: Token) -> bool:
    """A verb with its own infinitive "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _to_complement(noun: Token) -> Optional[Token]:
    """The "to" infinitive after a noun that says what it is of: "threats to walk out", "failure to protect Y"."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i > noun.i and _to_infinitive(c)),
                None)


def _says(verb: Token) -> bool:
    """A verb of saying or accusing (``blame_speech_verbs``, ``blame_accuse_verbs``)."""
    lex = lexicons()
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in lex.speech or verb.lemma_.lower() in lex.accuse)


def _phrasal(verb: Token, phrases: frozenset[str], deps: tuple[str, ...] = ("prt",)) -> bool:
    """A phrasal verb of a word class: the lemma and a particle child ("point out", "shell out"; the parser files
    some particles as advmod, "brushed aside", "go along", so callers that list such phrases pass that dep too)."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ in deps and f"{lemma} {c.lower_}" in phrases for c in verb.children)


def _first_conjunct(verb: Token) -> Token:
    """The first of coordinated verbs ("wants to shell or raze X" -> shell): the frame above it holds for the rest."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    return verb


def _regarded(noun: Token) -> Optional[Token]:
    """X in "<see/portray> X as <noun>" (``regard_verbs``) when ``noun`` is that "as" complement."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.head.lemma_.lower() not in _REGARD_VERBS:
        return None
    obj = _dep_of(noun.head.head, ("dobj", "obj"))
    return obj if obj is not None and obj.lower_ not in _VAGUE else None


def _relative_head(pron: Token) -> Optional[Token]:
    """The noun a relative clause hangs on when ``pron`` is that clause's subject ("Mr. X, whom he attacked")."""
    clause = pron.head
    if pron.dep_ in _SUBJ and clause.dep_ == "relcl" and clause.head.pos_ in ("PROPN", "NOUN"):
        return clause.head
    return None


def _in_own_phrase(tok: Token, head: Token) -> bool:
    """``tok`` hangs on ``head`` through nouns and prepositions only, not through a clause: in "the raid that killed
    three people: the consul X" the consul is in the relative clause, not a name for the raid."""
    for g in _governors(tok):
        if g.i == head.i:
            return True
        if g.pos_ in ("VERB", "AUX"):
            return False
    return False


def _gerund_of_subject(verb: Token) -> Optional[Token]:
    """The doer of a gerund the parser did not give its subject: in "the story of X destroying Y" it may file X as
    the object of "of" and "destroying" as the noun's clause or as a second object of "of"; X is who destroys."""
    if verb.tag_ != "VBG" or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    if verb.dep_ == "acl":
        prep = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i < verb.i), None)
    elif verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "about"):
        prep = verb.head
    else:
        return None
    obj = _dep_of(prep, ("pobj",)) if prep is not None else None
    return obj if obj is not None and obj.right_edge.i == verb.i - 1 and obj.pos_ in ("PROPN", "NOUN", "PRON") else None


def _fronted_list_subject(verb: Token) -> Optional[Token]:
    """'Before the fall of X, A, B and C were working to ...': with no subject of its own, a finite verb's subject
    list may have been hung on the fronted phrase's last noun as its conjuncts; the first one after the comma is
    the subject (and the list's later members with it)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
        return None
    before = [c.i for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass", "neg", "advmod")]
    last = verb.doc[min(before + [verb.i]) - 1] if min(before + [verb.i]) > verb.sent.start else None
    if last is None or last.dep_ != "conj" or last.pos_ not in ("PROPN", "NOUN"):
        return None
    members = sorted([c for c in last.conjuncts if c.i < last.i] + [last], key=lambda c: c.i)
    root = members[0]
    if root.dep_ == "appos":  # "..., A, B and C were ...": the list's first member taken for the noun's apposition
        first, root = root, root.head
    else:
        first = next((c for c in members if c.i > root.i), None)
    if root.dep_ != "pobj" or not any(p.dep_ == "prep" and p.i < root.i and root in p.subtree for p in verb.children):
        return None
    if first is None or verb.doc[first.left_edge.i - 1].text != ",":
        return None
    return first


def _according_to(tok: Token) -> Optional[Token]:
    """The X of an 'according to X' attached to the clause of ``tok``."""
    chain = [tok] + list(_governors(tok))
    for t in chain:
        for c in t.children:
            if c.lower_ == "according" or (c.lower_ == "as" and c.dep_ == "prep"):  # "as per X" says the same
                to = _dep_of(c, ("prep",))  # ("as to X" / "as for X" only name a topic)
                if to is not None and to.lower_ == ("to" if c.lower_ == "according" else "per") and (
                        p := _dep_of(to, ("pobj",))) is not None:
                    return p
    return None


def _per(tok: Token) -> Optional[Token]:
    """The X of a bare 'per X' fronted or set off by a comma on the clause of ``tok`` (the parser may hang a trailing
    one on the verb's object: "X shelled Y, per Z"); whether X is a source at all is the caller's to judge."""
    for t in [tok, *_governors(tok)]:
        objects = [c for c in t.children if c.dep_ in ("dobj", "obj")]
        for c in [*t.children, *(g for o in objects for g in o.children)]:
            if c.dep_ == "prep" and c.lower_ == "per" and (c.i == c.sent.start or c.nbor(-1).text == ",") \
                    and (p := _dep_of(c, ("pobj",))) is not None:
                return p
    return None


def _in_view_of(tok: Token) -> Optional[Token]:
    """The X of an 'in X's view/opinion/words' (``view_nouns``) or a fronted 'to X,' on the clause of ``tok``."""
    for t in [tok, *_governors(tok)]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "in" and (p := _dep_of(c, ("pobj",))) is not None \
                    and p.lemma_.lower() in _VIEW_NOUNS and (owner := _dep_of(p, ("poss",)) or _of_object(p)) is not None:
                return owner
            if c.dep_ == "prep" and c.lower_ == "to" and (p := _dep_of(c, ("pobj",))) is not None and p.pos_ in ("PRON", "PROPN") \
                    and (subj := _dep_of(t, _SUBJ)) is not None and c.i < subj.i and p.i + 1 < subj.i and p.nbor().text == ",":
                return p  # "to him, they pose a threat": his view, fronted
        if t.dep_ in ("ccomp", "relcl", "acl"):
            return None  # a view on the clause that reports this one is not about it
    return None


def _maker(noun: Token) -> Optional[Token]:
    """Who made or gave a medium of words (``medium_nouns``): its possessor or by/from object ("comments from X"),
    else the subject of the verb that gives it out ("X released a video that ...", "the resolution X passed",
    ``medium_verbs``) or that it is the instrument of ("X launched the drive with a speech denouncing Y")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _MEDIUM_NOUNS:
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "radio and online ads": the list's first member stands where the list does
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _MEDIUM_RUNS:
        noun = noun.head.head  # "X unleashed a series of tweets attacking Y": the run stands where its tweets do
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and (p := _dep_of(c, ("pobj",))) is not None:
            return p
        if c.dep_ in ("relcl", "acl", "amod") and c.lemma_.lower() in _MEDIUM_VERBS and (
                s := _dep_of(c, _SUBJ)) is not None and s.lower_ not in ("that", "which", "who"):
            return s  # "the resolution the council passed", or the parser's "the duo pushed/amod rhetoric"
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB" and head.lemma_.lower() in _MEDIUM_VERBS:
        return _subject(head)
    if noun.dep_ == "pobj" and head.lower_ in ("with", "in", "through", "via") and head.head.pos_ == "VERB" \
            and _dep_of(head.head, _PASS_SUBJ) is None:
        return _subject(head.head)
    return None


_QUOTE_MARKS = {'"', "“", "”", "«", "»"}


def _inside_long_quote(text: str, pos: int, min_words: int = 6) -> bool:
    """True when ``pos`` is inside an open quotation of >= min_words in its paragraph (not a scare quote)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    opened = None
    for i in range(start, pos):
        if text[i] in _QUOTE_MARKS:
            opened = None if opened is not None else i
    if opened is not None:
        return len(text[opened:pos].split()) >= min_words
    # a paragraph whose only mark closes it continues a quote opened in an earlier paragraph
    after = [i for i in range(pos, end) if text[i] in _QUOTE_MARKS]
    return len(after) == 1 and not text[after[0] + 1 : end].strip(" .,;!?") and len(text[start:pos].split()) >= min_words


def _quote_openings(text: str, pos: int, max_paragraphs: int = 12) -> list[int]:
    """Where the quotation around ``pos`` was opened, nearest first: the unmatched mark before ``pos`` in its paragraph,
    then, for a quotation run over paragraphs (each reopened with a mark, or a paragraph that only closes it), the
    opening marks of the earlier paragraphs it runs through. Empty when ``pos`` is outside any quotation."""
    out: list[int] = []
    end = pos
    for _ in range(max_paragraphs):
        start = text.rfind("\n", 0, end) + 1
        marks = [i for i in range(start, end) if text[i] in _QUOTE_MARKS]
        if len(marks) % 2:
            out.append(marks[-1])
            if marks[-1] > start + 1 or len(marks) > 1:
                return out  # opened mid-paragraph: the quotation starts here
        elif out or marks or end != pos:
            return out
        else:  # nothing opened before pos in its paragraph: only a paragraph that closes a quotation continues one
            stop = text.find("\n", pos)
            after = [i for i in range(pos, len(text) if stop < 0 else stop) if text[i] in _QUOTE_MARKS]
            if len(after) != 1:
                return out
        if start == 0:
            return out
        end = start - 1
        while end > 0 and text[end - 1] == "\n":
            end -= 1  # blank lines between paragraphs
    return out


def _dash_report_noun(tok: Token, lex: Lexicons) -> Optional[Token]:
    """'pushing a narrative – Russia betrayed Armenia': the report noun right before a dash/colon."""
    clause = tok
    for anc in [tok] + list(_governors(tok)):
        if anc.pos_ in ("VERB", "AUX"):
            clause = anc
            break
    subj = _dep_of(clause, _SUBJ + _PASS_SUBJ)
    left = subj.left_edge.i if subj is not None else clause.left_edge.i
    left = min([left] + [c.i for c in clause.children if c.dep_ == "mark" and c.i < left])  # "broadside - that X ..."
    doc = tok.doc
    if left >= 2 and doc[left - 1].text in ("–", "—", ":", "-", "--") and doc[left - 2].lemma_.lower() in _REPORT_NOUNS:
        return doc[left - 2]
    return None


def _name_span(tok: Token) -> tuple[int, int]:
    """Char span of a name: the head plus its compound/flat/proper-name modifiers (never a date the parser hung
    on it: "said on Wednesday Kyiv was ..." names Kyiv)."""
    toks = [tok] + [c for c in tok.children if (c.dep_ in ("compound", "flat") or (c.dep_ == "amod" and c.pos_ == "PROPN"))
                    and c.ent_type_ not in ("DATE", "TIME")]
    s = min(t.idx for t in toks)
    e = max(t.idx + len(t) for t in toks)
    return s, e


_NP_DEPS = {"det", "amod", "compound", "poss", "nummod", "quantmod", "case", "nmod", "flat", "predet"}


def _np_span(tok: Token) -> tuple[int, int]:
    """Char span of a compact noun phrase (no prepositional tails, relative clauses or lists)."""
    keep = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            hyphenated = c.dep_ in ("npadvmod", "punct") and t.dep_ == "amod" and (
                c.text == "-" or (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-"))  # "Pakistan-based"
            if (c.dep_ in _NP_DEPS and not c.is_punct) or hyphenated:
                keep.append(c)
                stack.append(c)
            elif c.dep_ == "prep" and t.dep_ == "amod" and t.i > tok.i and t.head.i == tok.i:
                keep.extend(c.subtree)  # a postnominal adjective's complement: "sources close to the army"
    lo = min(t.i for t in keep)
    hi = max(t.i for t in keep)
    doc = tok.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _split_head(tok: Token) -> Token:
    """The last word of a phrase the parser split into same-role siblings: 'Azerbaijani/dobj forces/dobj'."""
    while tok.i + 1 < tok.sent.end and (n := tok.doc[tok.i + 1]).dep_ == tok.dep_ and n.head.i == tok.head.i \
            and n.head.i != n.i and n.pos_ in ("NOUN", "PROPN") and tok.pos_ in ("ADJ", "PROPN", "NOUN"):
        tok = n
    return tok


def _split_left(tok: Token) -> Token:
    """The first word of a phrase the parser split into same-role siblings ending at ``tok``."""
    while tok.i - 1 >= tok.sent.start and (p := tok.doc[tok.i - 1]).dep_ == tok.dep_ and p.head.i == tok.head.i \
            and tok.head.i != tok.i and tok.pos_ in ("NOUN", "PROPN") and p.pos_ in ("ADJ", "PROPN", "NOUN"):
        tok = p
    return tok


def _titled_name(tok: Token) -> Token:
    """The name bare singular titles stand before: 'foreign minister and longtime diplomat X' (the parser's list or
    apposition) is X alone; a title with a determiner ('the minister and X') is someone else. Else ``tok``."""
    def bare_title(t: Token) -> bool:  # (the tagger may call a lower-case title a proper noun)
        return t.tag_ in ("NN", "NNP") and t.text[:1].islower() and not any(c.dep_ in ("det", "poss") for c in t.children)

    if not bare_title(tok):
        return tok
    names = []
    for c in tok.children:
        if c.dep_ not in ("appos", "conj"):
            continue
        if c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
            names.append(c)
        elif bare_title(c):
            names += [n for n in [_titled_name(c)] if n is not c]  # one more title, with or without the name
        else:
            return tok
    return names[0] if len(names) == 1 else tok


def _expand(tok: Token) -> list[Token]:
    """A head plus its coordinated list members; 'everybody – A, B, C' expands to A, B, C."""
    if (listed := _listed_antecedent(tok)):
        return listed
    tok = _titled_name(_split_head(tok))
    # a member that is itself a conjunct stands with those after it, not with the phrase its list hangs on
    out = [tok] + [c for c in tok.conjuncts if c.i != tok.i and (tok.dep_ != "conj" or c.i > tok.i)
                   and not _next_clause_subject(c)]
    if tok.dep_ in ("nsubj", "dobj", "obj") and tok.head.i != tok.i:
        # a list the parser split into two subjects/objects: "A, B and C are responsible", "blamed A, B and C"
        lo = _split_left(tok).i
        for c in tok.head.children:
            if c.dep_ == tok.dep_ and not lo <= c.i <= tok.i and c.pos_ in ("NOUN", "PROPN") and _split_head(c).i == c.i \
                    and not _apposed_after_clause(tok, c) and not _across_lines(c, tok) \
                    and not any(t.text == ":" for t in tok.doc[min(c.i, tok.i) : max(c.i, tok.i)]) and not any(
                        # (no list holds a colon: "Break: X pleads guilty" has a line's label before it);
                        # "attacked X, calling him ..., 'a failed Y'"
                        x.dep_ == "advcl" and min(c.i, tok.i) < x.i < max(c.i, tok.i) for x in tok.head.children):
                c = _split_head(c)
                out += [c] + [x for x in c.conjuncts if x.i != c.i]
    for c in tok.children:
        if c.dep_ == "appos" and tok.i < tok.head.i < c.i:
            continue  # a list after the verb the parser hung on its subject ("X failed to mention ...: A, B and C")
        if c.dep_ == "appos" and any(x.dep_ == "cc" for x in c.children):
            out.append(c)  # "A, B such as Z, and C": an apposition carrying the list's "and" is a member
            out += [x for x in c.conjuncts if x.i != c.i]  # "A, its allies and mercenaries"
    if (members := _named_members(tok)):  # "the leaders, A, B and C, are ...": the members (and the label, below)
        out = [t for t in out if not (_set_off_by_dash(members) and t.i == tok.i)] + members
    if tok.tag_ in ("NNS", "NNPS") or (tok.dep_ in _SUBJ and tok.pos_ != "PRON" and tok.lower_.endswith("s")):
        for c in tok.children:  # "officials like A and B", "states such as A": the named examples are meant too
            if c.dep_ == "prep" and (c.lower_ == "like" or (c.lower_ == "as" and c.nbor(-1).lower_ == "such")
                                     or (c.lower_ == "such" and c.nbor(1).lower_ == "as")):
                holder = c.nbor(1) if c.lower_ == "such" else c
                examples = [e for x in holder.children if x.dep_ == "pobj" and x.pos_ == "PROPN"
                            for e in (x, *(y for y in x.conjuncts if y.i != x.i))]
                if examples and not any(x.dep_ in ("det", "poss", "amod", "compound", "nummod") for x in tok.children):
                    out = [t for t in out if t.i != tok.i]  # "people like A and B": a bare kind is no one; A and B are
                out += examples
    if tok.lower_ in _EVERYONE:
        listed = []
        for c in tok.children:
            if c.dep_ in ("appos", "conj", "npadvmod", "dobj", "attr"):
                listed.append(c)
                listed.extend(x for x in c.conjuncts if x.i != c.i)
        if not listed:
            listed = _dash_list(tok)
        if listed:
            out = [t for t in out if t.i != tok.i] + listed
    seen, uniq = set(), []
    for t in out:
        if t.i not in seen:
            seen.add(t.i)
            uniq.append(t)
    return uniq


def _next_clause_subject(member: Token) -> bool:
    """A list member followed at once by a participle the parser hung elsewhere ("with deputies blasting the raids
    and X dispatching an envoy"): the subject of the next clause, not a member (one the participle describes, "the
    police and troops firing on crowds", is; so is one a participle without an object only qualifies, "charges
    against A or B pertaining to Y")."""
    nxt = member.doc[member.i + 1] if member.i + 1 < len(member.doc) else None
    return nxt is not None and nxt.tag_ == "VBG" and nxt.head.i != member.i and nxt.dep_ in ("conj", "pcomp", "advcl") \
        and any(c.dep_ in ("dobj", "obj", "ccomp") for c in nxt.children)


def _apposed_after_clause(tok: Token, sibling: Token) -> bool:
    """'a case that threatened X, <A> v. <B>, illustrates ...': a name set off by commas after the noun's relative
    clause, with no 'and'/'or' before it, renames the noun; the parser's second subject is no list member."""
    clause = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and tok.i < c.i < sibling.i), None)
    if clause is None:
        return False
    between = tok.doc[clause.right_edge.i : _split_left(sibling).left_edge.i]  # (the comma may end the clause)
    return any(t.text == "," for t in between) and not any(t.dep_ == "cc" or t.lower_ in ("and", "or") for t in between)


def _listed_antecedent(pron: Token) -> list[Token]:
    """'X criticised A and B, accusing them of ...': the 'them' of a participle set after its clause is the list of
    names that clause's verb just took as object (nothing when no such list precedes)."""
    verb = pron.head
    if pron.lower_ != "them" or pron.dep_ not in ("dobj", "obj") or verb.dep_ != "advcl" or verb.tag_ != "VBG" \
            or verb.i < verb.head.i:
        return []
    lists = [t for t in verb.head.subtree if t.i < verb.left_edge.i and t.pos_ == "PROPN" and t.dep_ in ("dobj", "obj", "pobj")
             and any(c.dep_ == "conj" for c in t.children)]
    return [lists[-1], *(x for x in lists[-1].conjuncts if x.i != lists[-1].i)] if lists else []


def _named_members(tok: Token) -> list[Token]:
    """The names a plural is filled with in apposition ('the leaders — A, B and C'), if any: they are who it means."""
    return [t for c in tok.children if c.dep_ == "appos" and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and c.pos_ == "PROPN"
            and c.conjuncts and not tok.i < tok.head.i < c.i for t in (c, *c.conjuncts)]  # (not a list after the verb)


def _set_off_by_dash(members: list[Token]) -> bool:
    """A plural's named members set off by a dash ('the leaders — A, B and C —') are all it means, so the label
    itself is no one more; after a comma ('the leaders, A, B and C') the parser and the reader cannot tell the
    members from a longer list, so the label stays."""
    return bool(members) and (start := members[0].left_edge.i) > 0 and members[0].doc[start - 1].text in ("—", "–", "-", "--")


def _dash_list(tok: Token) -> list[Token]:
    """Heads of the comma list that follows a dash/colon after ``tok`` in its sentence."""
    sent = tok.sent
    dash = next((t for t in sent if t.i > tok.i and t.text in ("–", "—", "-", ":", "--")), None)
    if dash is None:
        return []
    heads = []
    for k, chunk in enumerate(tok.doc[dash.i + 1 : sent.end].noun_chunks):
        if k == 0 or chunk.root.dep_ in ("appos", "conj"):
            heads.append(chunk.root)
    return heads


def _went_on(verb: Token) -> bool:
    """"went on to blast X", "proceeded to accuse Y": the next thing done, not a purpose (the parser files the
    infinitive as an adverbial clause)."""
    lemma = verb.lemma_.lower()
    return lemma == "proceed" or (lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))
