"""The per-article context: who a token names (``_Who``), who voices a clause (quote speaker, reporting verb,
"according to", agentless reports, author), pronoun binding to earlier subjects and people, and ``_Found``, the
candidate a trigger rule returns before it is checked and turned into records.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from ...nlp.actors import ActorIndex, load_table
from ...records import Actor, BlameSource, Quote
from .words import (
    _CITING_VERBS, _DISCLOSURE_VERBS, _EXAMINE_VERBS, _EXHIBIT_NOUNS, _SHOWING_VERBS, _FIRST_PERSON, _FOLLOWER_NOUNS, _FRAME_MARKS, _GRIEVANCE_NOUNS, _GROUP_PARTS, _IT_EXPLETIVE, Lexicons, lexicons,
    _MEDIUM_VERBS, _NOT_AGENT_ENTS, _PASS_SUBJ, _PATIENT_OF, _PERSON_NOUNS, _PLURAL_PRONOUNS, _REGARD_VERBS, _REPORT_NOUNS,
    _SEAT_NOUNS, _SPEECH_FRAMES, _SPEECH_PHRASES, _SUBJ, _THIRD_PERSON, _TIME_MARKS, _TOPIC_VERBS, _UNDERGO, UNSPECIFIED, _VAGUE, _VIOLENT_ACTS,
    _VIOLENT_MARKS, _WEAPON_NOUNS,
)
from .parse import (
    _according_to, _by_agent, _content_clause, _dash_report_noun, _dep_of, _gerund_of_subject, _governors,
    _in_own_phrase, _in_view_of, _inside_long_quote, _quote_openings, _is_passive, _maker, _name_span, _np_span, _of_object, _per,
    _phrasal, _relative_head, _split_left, _subject, _went_on, _wordlike,
)
from .charge import _clause_between, _quotation_mark


def _shown(subject: Token, verb: Token) -> bool:
    """A record that shows rather than says, as a verb's subject ("the video footage confirms that X lied",
    ``exhibit_nouns``, ``showing_verbs``): what it shows is the author's reading of it ("records say that X ..." still
    speak)."""
    return subject.lemma_.lower() in _EXHIBIT_NOUNS and verb.lemma_.lower() in _SHOWING_VERBS


@dataclass
class _Who:
    """A resolved participant: canonical actor if any, display name and char span."""

    actor: Optional[Actor]
    name: str
    span: Optional[tuple[int, int]]
    first_person: bool = False


class _Ctx:
    def __init__(self, doc: Doc, actors: ActorIndex, quotes: list[Quote], author: Optional[str]):
        self.doc = doc
        self.actors = actors
        self.text = doc.text  # Doc.text re-joins every token on each access
        self.lex = lexicons()
        # only speech attributions carry a voice ("X instructed aides to ..." is not X speaking)
        self.quotes = [q for q in quotes if q.content.span[1] > q.content.span[0] and self._speech_quote(q)]
        self.author = author or "<author>"

    def _whole_mention(self, tok: Token, actor: Actor, s: int, e: int) -> tuple[int, int]:
        """``(s, e)`` widened to every mention of ``actor`` that contains ``tok``, less its determiners: "the
        Armenian press" gives "Armenian press" (an adjective the name span leaves out)."""
        if self.actors is None:
            return s, e
        end = tok.idx + len(tok)
        for ms, me, a in self.actors.mentions_in(tok.idx, end):
            if a.id != actor.id or not (ms <= tok.idx and end <= me):
                continue
            words = [w for w in self.doc.char_span(ms, me, alignment_mode="expand") or [] if w.pos_ != "DET"]
            if words:
                s, e = min(s, words[0].idx), max(e, words[-1].idx + len(words[-1]))
        return s, e

    def _speech_quote(self, q: Quote) -> bool:
        if q.kind in ("direct", "according_to") or q.cue is None or not q.cue.text.strip(" :–—―-"):
            return True  # a label's colon or a signature's dash ("Lavrov: X is sabotaging peace") cues speech
        span = self.doc.char_span(*q.cue.span, alignment_mode="expand")
        return span is not None and any(t.lemma_.lower() in self.lex.speech for t in span)

    # -- participants -------------------------------------------------------------------
    def who(self, tok: Token, keep_pronoun: bool = False) -> Optional[_Who]:
        """Resolve a noun-phrase head to an actor (or keep the phrase); None for vague pronouns.

        ``keep_pronoun`` keeps an unresolved he/she/they as its own text (an explicit accuser).
        """
        if tok.ent_type_ in ("CARDINAL", "QUANTITY") or tok.lemma_.lower() in _GROUP_PARTS:
            members = _of_object(tok)
            if members is not None:
                return self.who(members, keep_pronoun)  # "hundreds of protesters accused X": the protesters
        if tok.ent_type_ in ("DATE", "TIME") and tok.dep_ in _SUBJ and (named := _dep_of(tok, ("appos",))) is not None \
                and (named.pos_ == "PROPN" or named.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
            return self.who(named, keep_pronoun)  # "This year, X's agency, ..., said": the parser made the time the subject
        if (tok.pos_ in ("VERB", "AUX") and not self._name_tagged_verb(tok)) or not _wordlike(tok) \
                or tok.ent_type_ in _NOT_AGENT_ENTS:
            return None  # a clause ("exiting the deal would undermine ..."), a symbol ("+") or a date is not a participant
        if tok.lower_ in _THIRD_PERSON and (speaker := self._reporting_subject(tok)) is not None:
            return speaker  # "The officer said he was not responsible": he is the officer, not the last name seen
        s, e = _name_span(tok)
        actor = None
        if self.actors is not None:
            # the head word first: "U.S. ambassador Nikki Haley" is Haley, not the United States
            actor = self.actors.actor_at(tok.idx, tok.idx + len(tok))
            if actor is None and not (tok.pos_ == "NOUN" and tok.lemma_.lower() in _VIOLENT_ACTS and not any(
                    _modifier_doer(tok, c, self) for c in tok.children if c.dep_ == "compound")):
                actor = self.actors.actor_at(s, e)  # "the Ostrava attack killed ..." is no actor; "the Hamas attack" is Hamas
        if actor is not None and actor.kind != "person" and tok.lemma_.lower() in self.lex.actor_nouns and any(
                c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in tok.children) and \
                self.actors.actor_at(tok.idx, tok.idx + len(tok)) is None:
            actor = None  # "a former FBI official pleaded guilty": one who has left a body no longer stands for it
        if actor is not None and actor.kind != "person" and tok.pos_ == "NOUN" and tok.lemma_.lower() in _PERSON_NOUNS \
                and self.actors.actor_at(tok.idx, tok.idx + len(tok)) is None:
            actor = None  # "a Virginia man pleads guilty", "a Russian woman was arrested": one person, not the place
        if actor is not None and actor.kind == "person" and tok.pos_ == "NOUN" and tok.lemma_.lower() in _FOLLOWER_NOUNS \
                and self.actors.actor_at(tok.idx, tok.idx + len(tok)) is None:
            # "Dalton, a Lavrov supporter who criticized X": the supporter (named in apposition, if at all), not Lavrov
            named = tok.head if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" else None
            actor = self.actors.actor_at(*_name_span(named)) if named is not None else None
            if actor is not None:
                s, e = _name_span(named)
        if self.actors is not None and tok.tag_ == "NN" and (actor is None or (
                actor.kind != "person" and self.actors.actor_at(tok.idx, tok.idx + len(tok)) is None)):
            # "the director of the SVR, Sergei Naryshkin": a singular title whose phrase names a person; "a former
            # U.S. senator, John Doe,": the person, not the country that only modifies the title
            for c in tok.subtree:
                if c.pos_ == "PROPN" and c.i > tok.i and c.dep_ in ("appos", "pobj") and _in_own_phrase(c, tok) and (
                        a := self.actors.actor_at(*_name_span(c))) is not None and a.kind == "person":
                    actor, (s, e) = a, _name_span(c)
                    break
        if actor is None and self.actors is not None and tok.lemma_.lower() in _SEAT_NOUNS:
            # "the regime in Baku", "the government in Yerevan": the seat names the country
            inn = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            place = _dep_of(inn, ("pobj",)) if inn is not None else None
            seat = self.actors.actor_at(*_name_span(place)) if place is not None else None
            if seat is not None and (seat.kind in ("country", "other") or place.ent_type_ in ("GPE", "LOC")):
                return _Who(seat, seat.name, (_np_span(tok)[0], _name_span(place)[1]))
        if actor is None and self.actors is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in _WEAPON_NOUNS:
            for c in tok.children:  # "a Russian missile killed two": the state that fired it, when it is named
                state = load_table().adjectives.get(c.text) if c.dep_ in ("amod", "compound") else None
                a = next((a for a in self.actors.actors_of_kind("country") if a.name == state), None)
                if a is not None:
                    return _Who(a, a.name, _np_span(tok))
        low = tok.lower_
        if actor is not None and low in _THIRD_PERSON and (named := _relative_head(tok)) is not None and \
                self.actors.actor_at(*_name_span(named)) == actor:
            # "Mr. Bush, whom he attacked": he is not the one the relative clause is about, but someone named before
            actor = self._previous_person(named.idx, ActorIndex.pronoun_gender(low), skip=actor)
            if actor is None:
                return _Who(None, tok.text, (s, e)) if keep_pronoun else None
        if low in _THIRD_PERSON and (first := _repeated_subject(tok)) is not None and (
                same := self.who(first, keep_pronoun)) is not None and same.actor is not None:
            return same  # "he sits behind X, and he betrayed Y": the same he, not X (when that he names someone)
        if actor is None and (low in _THIRD_PERSON or (low == "his" and tok.dep_ == "poss")) and not (
                self.actors is not None and self.actors.means_unnamed_person(tok.idx)):  # "a gunman ... he": not a name
            actor = self._previous_person(tok.idx, ActorIndex.pronoun_gender(low))  # "Putin announced his invasion": his = the last person named
        if actor is None and low == "it":
            actor = self._previous_subject_group(tok)
        if actor is None and low in _PLURAL_PRONOUNS:
            actor = self._previous_plural_group(tok)
        if actor is not None:
            return _Who(actor, actor.name, self._whole_mention(tok, actor, s, e))
        if low in _FIRST_PERSON:
            return _Who(None, tok.text, (s, e), first_person=True)
        if keep_pronoun and low in _THIRD_PERSON | {"they", "them"}:
            return _Who(None, tok.text, (s, e))
        if low in _VAGUE or tok.pos_ in ("PRON", "DET", "NUM") or tok.is_punct:
            return None
        ns, ne = _np_span(tok)
        ns = min(ns, _split_left(tok).idx)
        text = self.text
        while ne > ns and (text[ne - 2 : ne] in ("'s", "’s") or text[ne - 1] in "'’ "):
            ne -= 2 if text[ne - 2 : ne] in ("'s", "’s") else 1  # "the aggressor's forces" names "the aggressor"
        return _Who(None, " ".join(text[ns:ne].split()), (ns, ne))

    def voicer(self, tok: Token, keep_pronoun: bool = False) -> Optional[_Who]:
        """``who`` for whoever speaks: a medium of words ("a video that accuses X", "comments from Y") stands for its
        maker when the sentence names one (see ``_maker``)."""
        maker = _maker(tok)
        if maker is not None and (w := self.who(maker, keep_pronoun)) is not None and not w.first_person:
            return w
        return self._with_whole(tok, self.who(tok, keep_pronoun))

    def _with_whole(self, tok: Token, w: Optional[_Who]) -> Optional[_Who]:
        """A speaker no name stands for, named as a role in or a part of something ("the head of the party's ethics
        panel", "a group of monks"), keeps its of-phrase: "the head" alone names no one."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = _dep_of(of, ("pobj",)) if of is not None else None
        if w is None or w.actor is not None or w.span is None or w.first_person or whole is None \
                or whole.pos_ not in ("NOUN", "PROPN") or (end := _np_span(whole)[1]) <= w.span[1]:
            return w
        return _Who(None, " ".join(self.text[w.span[0]:end].split()), (w.span[0], end))

    def _name_tagged_verb(self, tok: Token) -> bool:
        """A capitalised name the tagger called a verb ("Trump still has not attacked ...") that the parser still
        files as a subject or object and the alias table knows: a participant like any other name."""
        return (self.actors is not None and tok.dep_ in _SUBJ + _PASS_SUBJ + ("dobj", "pobj", "conj", "appos")
                and tok.text[:1].isupper()
                and self.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None
                and not self.actors.is_tagger_mention(tok.idx, tok.idx + len(tok)))

    def _reporting_subject(self, pron: Token) -> Optional[_Who]:
        """The singular subject of the speech verb whose complement ``pron`` is the subject of, if any."""
        if pron.dep_ not in _SUBJ + _PASS_SUBJ:
            return None
        clause = pron.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.lex.speech:
            return None
        subj = _dep_of(clause.head, _SUBJ)
        if subj is None or subj.tag_ not in ("NN", "NNP") or subj.lower_ in _VAGUE | _FIRST_PERSON:
            return None
        who = self.who(subj)
        return who if who is not None and (who.actor is None or who.actor.kind == "person") else None

    def _previous_subject_group(self, pron: Token) -> Optional[Actor]:
        """'The Kremlin ... . It needs them': a subject 'it' of an action verb stands for the nearest earlier
        subject naming an organisation or country, in its own or the previous sentence (never an expletive
        'it is clear that', 'it seems')."""
        verb = pron.head
        if self.actors is None or pron.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() in _IT_EXPLETIVE \
                or any(c.dep_ in ("ccomp", "csubj") and any(m.dep_ == "mark" for m in c.children) for c in verb.children):
            return None
        start = pron.sent.start
        if start > 0:
            start = pron.doc[start - 1].sent.start
        # the clause links from 'it' up to each governor: "X argued that it ..." passes a ccomp
        path, governors, t = [], {}, pron
        for g in _governors(pron):
            path.append(t.dep_)
            governors[g.i] = "ccomp" in path
            t = g
        for t in reversed(pron.doc[start : pron.i]):
            if t.dep_ != "nsubj" or t.pos_ not in ("PROPN", "NOUN"):
                continue  # "once the militia is beaten, it will ...": a passive's subject is not what 'it' acts for
            if governors.get(t.head.i):
                return None  # "X criticised the plan, arguing that it ...": 'it' is what X speaks of, not X
            if t.tag_ in ("NNS", "NNPS"):
                return None  # "A and other senators faulted X's failure. It has taken ...": not the plural
            a = self.actors.actor_at(*_name_span(t))
            if a is not None:
                # "X put sanctions on Y as it wages war": another state or body named since, in the sentence, may be meant
                if a.kind == "person" or t.i >= pron.sent.start and any(
                        o.pos_ == "PROPN" and o.dep_ in ("pobj", "dobj", "conj")
                        and (b := self.actors.actor_at(*_name_span(o))) is not None
                        and b.id != a.id and b.kind in ("country", "organization", "group")
                        for o in pron.doc[t.i + 1 : pron.i]):
                    return None
                return a
            if t.tag_ in ("NN", "NNP"):
                return None  # "if the bank had allowed it, it would have ...": the nearest singular subject is meant
        return None

    def _previous_plural_group(self, pron: Token, depth: int = 0) -> Optional[Actor]:
        """'Hamas rejects the truce; they want ...': a they/them/their stands for the nearest earlier subject (or, in
        its own sentence, possessor: "X's role in it, as they ...") of its own or the previous sentence, when that
        names a group, an organisation or a country (news calls a party or a state 'they'); an earlier 'they' subject
        passes the search on to its own antecedent. A nearer plural subject or list that names no such actor, or
        any plural noun in between ("X fined the companies, and they ..."), may be what the pronoun means, and then
        nothing is resolved; a single person never is ('they' is not one person); nor is
        the subject of a speech verb over the pronoun ("Kyiv says they shelled it": they are whom Kyiv speaks of),
        nor anything across a quotation mark."""
        if self.actors is None or depth > 3:
            return None
        sent = pron.sent
        start = sent.start if sent.start == 0 else pron.doc[sent.start - 1].sent.start
        own = next((g for g in _governors(pron) if g.pos_ in ("VERB", "AUX")), None)
        # the governors above a speech verb's complement or a content clause ("has information that they ..."):
        # their subjects tell of the pronoun's clause, they are not who it means
        speakers, reported, t = set(), False, pron
        for g in _governors(pron):
            if t.dep_ in ("ccomp", "acl") and (g.lemma_.lower() in self.lex.speech or _content_clause(t)):
                reported = True
            if reported:
                speakers.add(g.i)
            t = g
        for t in reversed(pron.doc[start : pron.i]):
            if t.is_quote and _quotation_mark(t):
                return None  # a quotation's 'they' means someone in the speaker's story, not the narrator's subject
            subject = t.dep_ in _SUBJ + _PASS_SUBJ and (own is None or t.head != own)
            if not subject and t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN"):
                return None  # "X fined the companies, and they ...": a plural object between may be what is meant
            if t.pos_ == "PROPN" and t.dep_ == "conj" and t.head.pos_ == "PROPN" and (
                    p := self.actors.actor_at(*_name_span(t))) is not None and p.kind == "person":
                return None  # "X met A and B, and they ...": a nearer pair of persons may be whom they means
            if not (subject or (t.dep_ == "poss" and t.i >= sent.start)):
                continue
            if subject and t.head.i in speakers:
                return None  # "Kyiv says they shelled the port": Kyiv reports, it is not who they are
            if subject and t.lower_ == "they":
                return self._previous_plural_group(t, depth + 1)
            if t.pos_ not in ("PROPN", "NOUN"):
                continue
            listed = any(c.dep_ == "conj" for c in t.children)
            a = self.actors.actor_at(*_name_span(t))
            if a is not None and a.kind in ("organization", "country", "group") and not listed:
                return a
            if listed or (a is None and subject and t.tag_ in ("NNS", "NNPS")):
                return None  # a list or a plural of no actor ("companies ... they") is meant
        return None

    def _previous_person(self, pos: int, gender: Optional[str] = None, skip: Optional[Actor] = None) -> Optional[Actor]:
        """The person named last before ``pos``, skipping one known to be of the other gender than ``gender`` (and
        ``skip``)."""
        best, best_end = None, -1
        for a in (self.actors.actors if self.actors is not None else []):
            if a.kind != "person" or (gender is not None and self.actors.gender(a.id) not in (None, gender)) or (
                    skip is not None and a.id == skip.id):
                continue
            for s, e in a.mentions:
                if e <= pos and e > best_end:
                    best, best_end = a, e
        return best

    def quote_at(self, pos: int) -> Optional[Quote]:
        for q in self.quotes:
            s, e = q.content.span
            if s <= pos < e:
                return q
        return None

    def _opened_quote(self, pos: int) -> Optional[Quote]:
        """The quote whose words were opened by the mark that opens the quotation around ``pos``, when attribution
        cut that quote short: at a line break ('... told them, "the first line.\nThe next line ..."') or at the first
        paragraph of a quotation reopened paragraph after paragraph."""
        for opening in _quote_openings(self.text, pos):
            quote = self.quote_at(opening) or self.quote_at(opening + 1)
            if quote is not None:
                return quote
        return None

    # -- voice --------------------------------------------------------------------------
    def voice(self, tok: Token) -> tuple[str, Optional[_Who]]:
        """Who voices the clause containing ``tok``: ('reported', who) or ('authorial', None)."""
        child = tok
        described = False  # a relative clause passed outside any clause told: the author's description of someone
        aside_from: Optional[Token] = None  # a speech verb whose clause ``tok`` is beside, not in
        for anc in _governors(tok):
            lemma = anc.lemma_.lower()
            if child.dep_ == "relcl":
                described = True
            elif child.dep_ in ("ccomp", "xcomp", "acl", "advcl", "parataxis", "acomp"):
                described = False  # the description is inside a clause told ("said he could not stop members who ...")
            relayed = self._hearsay(anc, child)
            if relayed is not None:
                return "reported", relayed
            ordered = child.dep_ == "xcomp" and lemma in self.lex.directive  # "told Y to V" orders, not reports
            # "When X announced his invasion, he warned ...": a when/if clause frames the speech, it is not its content
            framing = (child.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _FRAME_MARKS
                                                      for c in child.children)) or (
                child.dep_ == "prep" and child.lower_ in _SPEECH_FRAMES)  # "After X's raid, Y said ...": the author's
            below, child = child, anc
            # "X deploys arms amid the threat posed by Y - as Z warns ...": the parser gave the headline's speech verb
            # two subjects; what is said is never in who says it
            speaker_side = below.dep_ in _SUBJ + _PASS_SUBJ and any(
                c.dep_ in _SUBJ and c.i != below.i for c in anc.children)
            # "X reported that Y beat them, but officials refused to act": a clause beside the speech is not in it; nor
            # is who someone it was said to or about is ("he spoke to Y, who leaked a report on X's meddling")
            beside = below.dep_ == "conj" and _dep_of(below, _SUBJ + _PASS_SUBJ) is not None and not any(
                c.dep_ == "mark" for c in below.children)
            if beside and anc.pos_ in ("VERB", "AUX") and lemma in self.lex.speech:
                aside_from = anc
            if anc.pos_ in ("VERB", "AUX") and (lemma in self.lex.speech or _phrasal(anc, _SPEECH_PHRASES)) and anc.i != tok.i \
                    and not ordered and not framing and not speaker_side and not beside and not (described and below.dep_ == "prep") \
                    and _dep_of(anc, _PASS_SUBJ) is None \
                    and (who := self._speaker(anc)) is not None:
                return "reported", who
            if anc.pos_ == "VERB" and lemma in _DISCLOSURE_VERBS and below.dep_ == "ccomp" and not framing \
                    and not _background(tok, below) and _dep_of(anc, _PASS_SUBJ) is None \
                    and (who := self._speaker(anc)) is not None and not self._own_doer(tok, who):
                return "reported", who  # "the inspector admitted that X had failed to ...": the inspector's finding
            if below.dep_ == "prep" and below.lower_ == "as" and lemma in _REGARD_VERBS and anc.i != tok.i \
                    and _dep_of(anc, ("dobj", "obj")) is not None and (who := self._speaker(anc)) is not None:
                return "reported", who  # "voters see X as people who lie": the voters' view
            if anc.pos_ == "VERB" and lemma in self.lex.speech and anc.dep_ == "acl" and anc.i != tok.i:
                return "reported", self._holder(anc.head) if anc.head.lemma_.lower() in _REPORT_NOUNS else (
                    self.voicer(anc.head) or _Who(None, UNSPECIFIED, None))
            if anc.pos_ in ("VERB", "ADJ") and below.dep_ == "prep" and below.lower_ == "about" and anc.i != tok.i and not described and (
                    lemma in _TOPIC_VERBS or lemma in self.lex.speech or (anc.tag_ == "VBG" and anc.lower_[:-3] in _TOPIC_VERBS)
            ) and (subj := _subject(anc)) is not None and not (
                    who := self.voicer(subj, keep_pronoun=True) or _Who(None, UNSPECIFIED, None)).first_person:
                # "they are fearmongering about X's meddling": their claim, not the author's (not "tweeted about Y, who
                # leaked a report on X's meddling": the author says who Y is)
                return "reported", who
            if below.dep_ in ("dobj", "obj") and anc.i != tok.i and tok.pos_ != "VERB" and (who := self._citer(anc)) is not None:
                return "reported", who  # "X listed Y's crimes", "X cited Y's aggression": X's charge
            accusing = anc if lemma in self.lex.accuse else next((c for c in anc.children if c.dep_ == "advcl" and c.lemma_.lower()
                                                                  in self.lex.accuse), None) if _went_on(anc) else None
            because = below.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in below.children)
            if anc.pos_ == "VERB" and accusing is not None and below.head.i == anc.i and accusing.i != tok.i and (
                    (below.dep_ == "prep" and below.lower_ in ("for", "of") and not _clause_between(tok, below))
                    or (because and accusing.i == anc.i and not _is_passive(anc))):
                # (a reason given is the accuser's too: "X faulted Y because Z betrayed W")
                if _is_passive(accusing):  # "X is accused of spreading Y's propaganda": by someone unnamed, not X
                    return "reported", _Who(None, UNSPECIFIED, None)
                if (who := self._speaker(accusing)) is not None:
                    return "reported", who  # "X blasted Y for his complicity in Z": the complicity is X's charge
            grievance = anc if anc.pos_ == "NOUN" else next((c for c in anc.children if c.dep_ in ("dobj", "obj")), None) if (
                anc.pos_ == "VERB" and below.dep_ == "prep" and below.lower_ in ("over", "at", "about", "with")) else None
            if grievance is not None and grievance.lemma_.lower() in _GRIEVANCE_NOUNS and grievance.i != tok.i and (
                    holder := self._holder(grievance)).name != UNSPECIFIED:
                return "reported", holder  # "his frustration over X's failure" (the parser may hang "over" on the verb)
            if anc.pos_ == "NOUN" and lemma in _REPORT_NOUNS and anc.i != tok.i and not (
                    tok.head.i == anc.i and tok.dep_ == "amod"):  # "X's false claims" judges the claim, is not in it
                return "reported", self._holder(anc)
        acc = _according_to(tok)
        if acc is not None:
            who = self.voicer(acc)
            if who is not None:
                return "reported", who
        per = _per(tok)  # "per X" is "according to X" when X is someone (not "per the treaty")
        if per is not None and (who := self.voicer(per)) is not None and (
                who.actor is not None or per.lemma_.lower() in self.lex.actor_nouns):
            return "reported", who
        viewer = _in_view_of(tok)
        if viewer is not None and (who := self.who(viewer, keep_pronoun=True)) is not None and not who.first_person:
            return "reported", who  # "in his view, X betrayed Y": his view, not the author's
        noun = _dash_report_noun(tok, self.lex)
        if noun is not None:
            return "reported", self._holder(noun)
        quote = self.quote_at(tok.idx) or self._opened_quote(tok.idx)
        if quote is not None and aside_from is not None and quote.cue is not None and \
                quote.cue.span[0] <= aside_from.idx < quote.cue.span[1]:
            quote = None  # (attribution ran the told clause on to the sentence's end)
        if quote is not None:
            who = self.speaker(quote)
            if who is not None:
                return "reported", who
        if _inside_long_quote(self.text, tok.idx):
            return "reported", _Who(None, UNSPECIFIED, None)
        return "authorial", None

    def _citer(self, verb: Token) -> Optional[_Who]:
        """Who cites, lists or highlights (``citing_verbs``) the deed that is the verb's object, told as done by a finite
        verb with someone as its subject; not "did not cite", "should list", "urged Z to cite" (the deed is then the
        author's to tell). An accusation verb's object ("X condemned Y's aggression") stays the author's too, beside
        X's own record."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CITING_VERBS or _is_passive(verb) or not (
                verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children))) \
                or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
            return None
        subj, who = _subject(verb), self._speaker(verb)
        if who is None or not (who.actor is not None or subj.pos_ == "PRON" or subj.lemma_.lower() in self.lex.actor_nouns):
            return None
        return who

    def _speaker(self, verb: Token) -> Optional[_Who]:
        """Who speaks through ``verb``: its subject, unless that is the first person (then the words are the author's)
        or a record that shows rather than says (``_shown``)."""
        subj = _subject(verb)
        who = self.voicer(subj, keep_pronoun=True) if subj is not None else None
        return who if who is not None and not who.first_person and not (who.actor is None and _shown(subj, verb)) else None

    def _own_doer(self, tok: Token, speaker: _Who) -> bool:
        """Whether the doer of ``tok`` may be the speaker: a pronoun or a pronoun's ("it admitted that its troops
        shelled X"), or the speaker's own actor. Made known by the speaker, that is a confession, not an accusation."""
        doer = _subject(tok) if tok.pos_ in ("VERB", "AUX") else next((c for c in tok.children if c.dep_ == "poss"), None)
        if doer is None:
            return False
        if doer.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children):
            return True
        if speaker.actor is None:
            return False
        return (who := self.who(doer)) is not None and who.actor == speaker.actor

    def _hearsay(self, anc: Token, child: Token) -> Optional[_Who]:
        """The holder of an agentless report governing ``child``: 'are told that', 'the idea is spreading that'.

        The claim belongs to unnamed others (unspecified accuser) unless the report names its holder
        ("told by X", "X's claim that"); an outer speaker only relays it.
        """
        lex = self.lex
        if anc.pos_ == "VERB" and anc.lemma_.lower() in lex.hearsay_verbs and child.dep_ in ("ccomp", "xcomp") and (
                _is_passive(anc)):
            if child.dep_ == "xcomp" and anc.lemma_.lower() == "tell":
                return None  # "they were told to leave" is an order, not a report
            by = _by_agent(anc)
            if by is not None:
                return self.who(by, keep_pronoun=True) or _Who(None, UNSPECIFIED, None)
            return _Who(None, UNSPECIFIED, None)
        if anc.pos_ in ("VERB", "AUX") and child.dep_ == "ccomp":
            noun = _dep_of(anc, _SUBJ)
            if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.report_nouns:
                return self._holder(noun)  # "the idea is spreading that ...", "the narrative is that ..."
        if anc.pos_ == "NOUN" and anc.lemma_.lower() in lex.report_nouns and child.dep_ in ("acl", "relcl", "ccomp") \
                and _content_clause(child):
            return self._holder(anc)  # "there are claims that ...": a content clause, not "the claims that he made"
        if anc.pos_ == "NOUN" and anc.lemma_.lower() in lex.report_nouns and (
                (child.dep_ == "prep" and child.lower_ in ("of", "about")
                 and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children))
                or _gerund_of_subject(child) is not None):
            return self._holder(anc)  # "the story of X destroying ...": an account's content, as with "the claim that"
        return None

    def speaker(self, quote: Quote) -> Optional[_Who]:
        """The quote's speaker; None when attribution gave only a vague pronoun (then: not a voice)."""
        sp = quote.speaker
        if sp is None:
            return _Who(None, UNSPECIFIED, None)
        actor = self.actors.by_id(sp.actor) if (sp.actor and self.actors is not None) else None
        name = sp.name.strip().lower()
        if actor is None and (name in _VAGUE or (name in _FIRST_PERSON and quote.kind != "direct")):
            return None
        phrase = self.doc.char_span(*sp.span, alignment_mode="expand") if actor is None and sp.span else None
        cue = self.doc.char_span(*quote.cue.span, alignment_mode="expand") if phrase and quote.cue else None
        if phrase and cue and _shown(phrase.root, cue.root):
            return None
        return _Who(actor, actor.name if actor else sp.name, sp.span)

    def _holder(self, noun: Token) -> _Who:
        """Who holds a reported accusation noun: its possessor or by-agent, else unspecified."""
        for c in noun.children:
            if c.dep_ == "poss":
                w = self.who(c)
                if w is not None:
                    return w
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                p = _dep_of(c, ("pobj",))
                if p is not None and (w := self.voicer(p)) is not None:
                    return w
            if c.dep_ in ("amod", "compound") and c.i < noun.i and self._side_modifier(c) and (w := self.who(c)) is not None:
                return w  # "Ukrainian allegations that X ...", "U.S. charges against X": that side's
        made = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _MEDIUM_VERBS), None)
        if made is not None and (maker := _dep_of(made, _SUBJ)) is not None and maker.lower_ not in ("that", "which", "who") \
                and (w := self.who(maker, keep_pronoun=True)) is not None and not w.first_person:
            return w  # "an accusation he made that X lied": who made it holds it
        if noun.dep_ in ("dobj", "obj") and not _rejects(noun.head, self.lex) and noun.head.lemma_.lower() not in _UNDERGO | _EXAMINE_VERBS and (
                subj := _subject(noun.head)) is not None:  # who rejects the accusations does not hold them
            # "pundits who push a narrative", "X made accusations" (not "X faced criticism": the critics hold it; nor
            # "the court will hear / investigate the allegations", ``examine_verbs``: weighing a charge is not making it)
            if (w := self.who(subj, keep_pronoun=True)) is not None and not w.first_person:
                return w
        return _Who(None, UNSPECIFIED, None)

    def _side_modifier(self, mod: Token) -> bool:
        """A demonym or a country or organisation name in front of an accusation noun, which says whose it is; not a
        person's name ("the Smith allegations" are as often those against Smith)."""
        if self.actors is None:
            return False
        span = _name_span(mod)
        actor = self.actors.actor_at(*span)
        return actor is not None and (self.actors.is_demonym_mention(*span) or (
            mod.dep_ == "compound" and actor.kind in ("country", "organization")))

    def author_source(self) -> BlameSource:
        return BlameSource(kind="author", actor=None, name=self.author)


@dataclass
class _Found:
    trigger: Token
    targets: list[Token]
    charge: str
    accuser: Optional[_Who]  # None: decided by voice
    confidence: float
    negated: bool = False
    addressee: bool = False  # target is the reader addressed as "you/your"
    epithet: bool = False  # the charge is only a name for the target ("the treacherous regime")


def _background(tok: Token, top: Token) -> bool:
    """Whether ``tok`` sits, below ``top``, in a comma-set relative clause or a time clause ("the state of emergency,
    which was imposed after X killed ..."): a fact the author sets beside what is made known, not part of it."""
    for t in [tok, *_governors(tok)]:
        if t.dep_ == "relcl" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in t.children):
            return True
        if t.i == top.i:
            return False
    return False


def _repeated_subject(pron: Token) -> Optional[Token]:
    """The same pronoun as subject in the clause a conjoined clause's subject pronoun follows ("he sits behind X,
    and he betrayed Y"): the repeated subject goes on telling of the one the first did, not of a name in between."""
    verb = pron.head
    if pron.dep_ not in _SUBJ or verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    first = [c for c in verb.head.subtree if c.i < pron.i and c.dep_ in _SUBJ and c.lower_ == pron.lower_]
    return first[-1] if first else None  # (or the first clause's complement's: "I think he sits ..., and he ...")


def _modifier_doer(noun: Token, mod: Token, ctx: _Ctx) -> bool:
    """A name or demonym before an act noun that names its doer: "the Hamas attack", "the Russian invasion"
    (a demonym before a deed noun is the state, see nlp/actors.py); a country or place compound before an act
    done to someone is its victim instead: "the Gaza genocide", "the Ukraine invasion"."""
    if mod.dep_ not in ("amod", "compound") or mod.pos_ not in ("PROPN", "ADJ") or ctx.actors is None:
        return False
    actor = ctx.actors.actor_at(*_name_span(mod))
    if actor is None:
        return False
    if ctx.actors.is_demonym_mention(mod.idx, mod.idx + len(mod)):
        return True  # "Azerbaijani" is a doer whether tagged an adjective (amod) or a proper noun (compound)
    if (mod.dep_ == "compound" or mod.pos_ == "PROPN") and noun.lemma_.lower() in _VIOLENT_ACTS and (
            actor.kind == "other" or ctx.actors.is_tagger_mention(*_name_span(mod))):
        return False  # "the Riverton attack", "the Druzhba sabotage", "the Telegram attacks": where, on what or through what
        # (a place name the parser hangs as an adjective, "the Benghazi terrorist attacks", too)
    if mod.dep_ == "compound" and noun.lemma_.lower() == "attack" and actor.kind == "person" and not any(
            c.lemma_.lower() in _VIOLENT_MARKS for c in noun.children):
        return False  # "the Smith attack hit X": one person's attack is in words, no deed of his
    return not (mod.dep_ == "compound" and noun.lemma_.lower() in _PATIENT_OF and actor.kind in ("country", "other"))


def _rejects(verb: Token, lex: Lexicons) -> bool:
    """A verb that rejects the accusation it takes as object: 'denied', 'rejected' (``blame_denial_verbs.txt``),
    or a phrasal dismissal, 'shut down', 'brushed aside' (``blame_dismissal_words.txt``). Phrasal verbs are
    only read here, on their object: 'shot down a drone that attacked X' must not deny the attack."""
    return verb.lemma_.lower() in lex.denial or _phrasal(verb, lex.dismissal, ("prt", "advmod"))


def _namer(verb: Token, ctx: _Ctx) -> Optional[_Who]:
    """Who does the calling: the naming verb's subject; a finite verb hung on its subject noun counts too; in
    "A accused B of calling C a liar" (or "B was accused of ...") B, the one accused, does the calling."""
    subj = _subject(verb)
    if subj is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in ("of", "for") \
            and verb.head.head.lemma_.lower() in ctx.lex.accuse:
        subj = _dep_of(verb.head.head, ("dobj", "obj") + _PASS_SUBJ)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head  # "The minister called X provocative" parsed as "minister <-acl- called"
    return ctx.who(subj, keep_pronoun=True) if subj is not None else None
