"""Who blames whom: accuser, accused, charge and voice, with the evidence sentence.

Rules over the dependency parse and the ``lexicons/blame_*.txt`` word lists. Accusation
verbs (blame, accuse, hold responsible) make their subject the accuser and their object the
accused; misdeed verbs/nouns (betray, occupy, "X's aggression") and loaded adjectives
("X's provocative statements") make the doer the accused, with the accuser being whoever
voices the clause: a quote's speaker or a reporting verb's subject (voice ``reported``), else
the article's author (voice ``authorial``). Under an agentless report ("are told that", "it is said
that", "the idea is spreading that"; ``blame_agentless_report_*.txt``) the accuser is unspecified, even
when an outer clause names who relays it.

Wrongdoing can also sit in the manner or the purpose of a neutral verb: a manner adverb ("brutally
dispersed", ``blame_loaded_adverbs.txt``), persuading an audience against a public good ("convince X that
peace is a defeat", ``blame_persuasion_verbs.txt``/``blame_disparaging_nouns.txt``), acting in the interests
or under the command of a hostile party (``blame_hostile_parties.txt``), gaining at others' expense, or
pursuing a goal through a misdeed ("weaken X through separatism"); each blames the doer.

An order to commit a misdeed ("told/ordered X to occupy Y"; ``blame_directive_verbs.txt``) blames the
order's giver, never the addressee; an order to STOP one ("urged X to stop shelling Y";
``blame_cessative_verbs.txt``) is the giver's accusation of the addressee.

Negated blames ("not to blame", "did not betray") are kept with ``negated=True`` and a lower
confidence, so a reader sees who is explicitly exempted; consumers that count accusations
should filter them out. Hedged blames (allegedly, may, would) get ``hedged=True``. An accusation
demanded of someone ("X should/must condemn Y", "X has to hold Y accountable") is not X's: whoever
voices the clause (the author, a reporting speaker) holds Y to blame; an irrealis one ("X would blame
Y") stays X's, hedged. When the accuser and accused are both actors in one sentence, the shipped DSE
direction model adjusts confidence.

Only actors are accused: a target must resolve to a named actor, be a third-person pronoun, or be a
noun phrase headed by a ``blame_actor_nouns.txt`` word (officials, forces, the junta). "Condemned the
blockade" or "blamed icy roads" therefore blame nobody. Misdeeds inside a denial ("X denied that its
troops shelled Y"), under a question, in an unrealised infinitive ("reluctance to condemn X"), under
abstaining ("refrained from condemning X", ``blame_abstention_words.txt``) or in what an excuse is made
with ("excusing their delay with the treacherous government", ``blame_excuse_verbs.txt``) are not asserted by
anyone and yield nothing; nor does a scare-quoted epithet that names no actor, or combat against military
materiel ("sank navy vessels", ``blame_military_targets.txt``). A name before a violent act noun is its doer
only when it is a demonym or a known organisation, group, country or person: one the NER tagger alone found, or
a known place or thing, is where, on what or through what it happened ("the Riverton attack", "the Druzhba
sabotage", "the Telegram attacks"). An accusation nobody named holds, mentioned only to be dismissed ("the
charges against X are bogus", ``blame_dismissal_words.txt``), is kept negated.

A label or epithet given by a naming verb ("X called Y a traitor", "Y, whom X described as a tyrant") is the
namer's charge against Y; a guilty plea, posing a threat, having victims ("the victims of X", X a known actor) and
resorting to a misdeed blame their subject or owner. Whoever helps a misdeed ("with help from Z") is blamed with its
doer, and the named examples of a plural ("officials like A and B") with the plural; so is whoever is involved in a
misdeed or organises one ("the coordinator of the trafficking network"), rejects peace, wages "X's war on Y", breaks
a promise ("did not keep its promises") or uses people as cannon fodder or human shields. A plural pronoun
(they/them/their) stands for the nearest earlier organisation, country or group subject ("X rejected the truce. They
want ..."). An account noun's gerund ("the story of X destroying Y") is that account's content: reported, not authorial.
Sending troops into a country ("X sent troops into Y") blames the sender as an invasion does, and an accused armed
force's named owner ("X's soldiers") or a participle's backer ("militants backed by X") is blamed with it; so is whoever is caught in an act ("X was caught admitting ..."). A subject list the parser hung on a fronted phrase
("Before the fall of X, A, B and C were working to ...") is the verb's subject.

Whoever speaks through a medium of words is the accuser ("X released a video that accuses Y", "a speech denouncing
Y" given by X, "comments from X"; ``medium_nouns``), as is whoever made an accusation ("an accusation he made that
..."). A stance is its holder's voice, not the author's: "bemoaned/speculated" (speech verbs), "in X's view", "his
frustration over Y's failure", "fearmongering about Y's meddling", "faced criticism for", "media reports that".
Acts only supposed ("in case of war they could bomb X", "the risk of an invasion", "an attack is unlikely"), urged
("X should invade Y"), called for or shied from ("calls to kill X"), done to one's own property, a course given up by
choice, or a cause ruled out ("not due to X's meddling") accuse nobody; a dropped charge is kept negated.

A crime word alone ("the terrorists fled", "the suspect"; ``crime_labels``) tells of a crime's culprits and charges no
one; "condemned X's arrest" (``undergone_nouns``) is about what was done to X; "any X accused of ..." is nobody in
particular; "a former X official" is no longer X; a speaker's own deed in a quote ("We will ...") is not charged to
the speaker. An accusation gerund on another verb's preposition ("after accusing", "devoted hours to criticizing";
``control_preps``) and an attack in words one goes on or offers (``attack_carriers``) are that verb's subject's.
A refusal charges only when what is refused is owed ("refused to pay/release"; not "to sign/intervene/concede",
``blame_neutral_complements``); leaving by a vote wrongs no one. An accusation foretold ("they will blame Y", not a
speaker's own "we will hold Y accountable") is hedged like "would blame", and so is a purpose infinitive under a
hedged verb ("would likely send troops to raze X").

Charges are the trigger's phrase cut at ``MAX_CHARGE_TOKENS`` where whole phrases end (finishing one within
``CHARGE_OVERRUN`` words), without comma-set relative clauses and appositions.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from ..nlp.actors import ActorIndex, load_table
from ..records import Actor, Blame, BlameSource, BlameTarget, Quote, TextSpan
from .word_classes import word_classes, word_list

log = logging.getLogger(__name__)


UNSPECIFIED = "<unspecified>"
MAX_CHARGE_TOKENS = 14
CHARGE_OVERRUN = 3  # words a charge may run past the limit to finish its phrase


_WORD_CLASSES = word_classes("blame_word_classes.tsv")  # small word classes the rules below test by name

_SUBJ = ("nsubj", "csubj")
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_FIRST_PERSON = {"i", "we", "me", "us", "myself", "ourselves"}
_PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
_THIRD_PERSON = {"he", "she", "him", "her", "himself", "herself"}
_VAGUE = {"it", "this", "that", "which", "what", "who", "whom", "there", "these", "those", "one", "others",
          "something", "anything", "nothing", "everybody", "everyone", "anyone", "anybody", "all", "they",
          "them", "themselves", "itself", "you", "yourself", "yourselves", "some", "many", "most", "none",
          "nobody", "someone", "somebody", "whose"}
_ACCUSATION_NOUNS = _WORD_CLASSES["accusation_nouns"]
_EVERYONE = {"everybody", "everyone", "all", "everything"}
_REPORT_NOUNS = _WORD_CLASSES["report_nouns"]
_NAMING_VERBS = _WORD_CLASSES["naming_verbs"]
_PRODUCE_VERBS = _WORD_CLASSES["produce_verbs"]
_PATIENT_OF = _WORD_CLASSES["patient_of"]
_AGENT_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
# act nouns whose compound modifier is as often the place, target or medium as the doer: an unknown name (found
# by the tagger alone) or a known place/thing (kind "other") before one is not read as the doer
_VIOLENT_ACTS = _WORD_CLASSES["violent_acts"]
_SEAT_NOUNS = _WORD_CLASSES["seat_nouns"]
_IT_EXPLETIVE = {"seem", "appear", "happen", "matter", "remain", "take", "become", "turn", "follow", "mean", "rain"}
_NOT_AGENT_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
# "attacked his decision" is criticism, not an assault
_DISCOURSE_OBJECTS = _WORD_CLASSES["discourse_objects"]
_INTENT_NOUNS = _WORD_CLASSES["intent_nouns"]
_INTENT_VERBS = _WORD_CLASSES["intent_verbs"]
_FRAME_MARKS = {"when", "whenever", "while", "after", "before", "once", "since", "as", "because", "although",
                "though", "if", "unless", "until"}
_UNDERGO = _WORD_CLASSES["undergo"]
_BEAR = _WORD_CLASSES["bear"]  # "bears responsibility for": not "claim/take responsibility" (an admission)
_HOLD_ADJ = _WORD_CLASSES["hold_adj"]
_PRED_ADJ = _WORD_CLASSES["pred_adj"]
_HAPPEN = _WORD_CLASSES["happen"]  # "prevent this from happening": averting an event, not stopping someone
_KILL = _WORD_CLASSES["kill"]
_VIGOUR_ADJECTIVES = _WORD_CLASSES["vigour_adjectives"]  # loaded adjectives that also just mean "vigorous" ...
_VIGOUR_NOUNS = _WORD_CLASSES["vigour_nouns"]  # ... on an effort, plan or goal ("aggressive fundraising strategy")
_ARMED_PEOPLE = _WORD_CLASSES["armed_people"]  # "troops threaten to storm X": a threat by armed men coerces
_ANIMALS = _WORD_CLASSES["animals"]  # "kill sheep": no victim who could be wronged
_CULPRITS = _WORD_CLASSES["culprits"]  # "police killed the gunman": the one killed is the crime's culprit
_ASSAULT_VERBS = _WORD_CLASSES["assault_verbs"]  # "a gunman shot at them ... a guard killed him": him is the culprit
_RELEASE_VERBS = _WORD_CLASSES["release_verbs"]  # "refused to release the criminals": no wrong
_EASE_ADJECTIVES = _WORD_CLASSES["ease_adjectives"]  # "difficult for X to V": the act is only made possible or hard
_MEDIUM_NOUNS = _WORD_CLASSES["medium_nouns"]  # "a video that accuses X": whoever released it accuses
_MEDIUM_VERBS = _WORD_CLASSES["medium_verbs"]
_EVENTUALITY_NOUNS = _WORD_CLASSES["eventuality_nouns"]  # "the risk of an invasion": supposed, not done
_EVENTUALITY_ADJECTIVES = _WORD_CLASSES["eventuality_adjectives"]  # "an attack is unlikely", "likely to attack"
_VIEW_NOUNS = _WORD_CLASSES["view_nouns"]  # "in X's view": X voices the clause
_SUPPOSAL_NOUNS = _WORD_CLASSES["supposal_nouns"]  # "in case of war", "in the event of a strike"
_RETRACT_VERBS = _WORD_CLASSES["retract_verbs"]  # "dropped the charge against X"
_TOPIC_VERBS = _WORD_CLASSES["topic_verbs"]  # "fearmongering about X's meddling": the talker's claim
_GRIEVANCE_NOUNS = _WORD_CLASSES["grievance_nouns"]  # "his frustration over X's failure": his charge
_UNMADE_ACT_NOUNS = _WORD_CLASSES["unmade_act_nouns"]  # "calls to assassinate X": not done
_LAPSE_NOUNS = _WORD_CLASSES["lapse_nouns"]  # "the failure of a firm": what came to grief, no doer
_ASSIST_VERBS = _WORD_CLASSES["assist_verbs"]  # "refused to help X do Y": declined to join X's undertaking
_PROGRAMME_MARKS = _WORD_CLASSES["programme_marks"]  # "pushing a legislative agenda": a programme, no scheme
_INABILITY_ADJECTIVES = _WORD_CLASSES["inability_adjectives"]  # "is not able to attack X": not done
_AVERTING_VERBS = _WORD_CLASSES["averting_verbs"]  # "preventing attacks by X": averted, not done
_PERMIT_VERBS = _WORD_CLASSES["permit_verbs"]  # "would not permit X to invade Y": not done
_WISH_VERBS = _WORD_CLASSES["wish_verbs"]  # "hope to prevent X from winning": a wish, not a deed
_LAWFUL_ACTS = _WORD_CLASSES["lawful_acts"]  # "veto threats": a threat of a lawful act
_THREATENED_MARKS = _WORD_CLASSES["threatened_marks"]  # "its security threats": threats to its owner
_BELONGINGS = _WORD_CLASSES["belongings"]  # "abandoned a laptop": left behind, nobody wronged
_IDIOM_LOOT = _WORD_CLASSES["idiom_loot"]  # "stole X's thunder": an idiom, no theft
_FOLLOWER_NOUNS = _WORD_CLASSES["follower_nouns"]  # "a <name> supporter / critic" is not that person
_REGARD_VERBS = _WORD_CLASSES["regard_verbs"]  # "see X as people who lie": X lies, in the seer's view
_PARTICLE_IDIOMS = _WORD_CLASSES["particle_idioms"]  # "shelled out $1 million": paid, no shelling
_TAKEN_MEASURES = _WORD_CLASSES["taken_measures"]  # "take aggressive action": vigour
_RESOURCES = _WORD_CLASSES["resources"]  # "exploit solar power": no one wronged


@dataclass(frozen=True)
class Lexicons:
    accuse: frozenset[str]
    accuse_phrases: frozenset[tuple[str, ...]]
    misdeed: frozenset[str]
    phrases: frozenset[tuple[str, str]]
    nouns: frozenset[str]
    adjectives: frozenset[str]
    hedges: frozenset[str]
    speech: frozenset[str]
    neutral: frozenset[str]
    goods: frozenset[str]
    objects: frozenset[str]
    support: frozenset[str]
    rejection: frozenset[str]
    actor_nouns: frozenset[str]
    denial: frozenset[str]
    labels: frozenset[str]
    unrealised: frozenset[str]
    hearsay_verbs: frozenset[str]
    report_nouns: frozenset[str]
    owned: frozenset[str]
    directive: frozenset[str]
    cessative: frozenset[str]
    adverbs: frozenset[str]
    persuasion: frozenset[str]
    disparaging: frozenset[str]
    hostile: frozenset[str]
    epithets: frozenset[str]
    behind: frozenset[str]
    abstention: frozenset[str]
    dismissal: frozenset[str]
    military: frozenset[str]
    excuse: frozenset[str]
    things: frozenset[str]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The blame word lists, read once from ``lexicons/blame_*.txt``."""
    return Lexicons(
        accuse=frozenset(w for w in word_list("blame_accuse_verbs.txt") if " " not in w),
        accuse_phrases=frozenset(tuple(w.split()) for w in word_list("blame_accuse_verbs.txt") if " " in w),
        misdeed=frozenset(w for w in word_list("blame_misdeed_verbs.txt") if " " not in w),
        phrases=frozenset(tuple(w.split(None, 1)) for w in word_list("blame_misdeed_verbs.txt") if " " in w),
        nouns=word_list("blame_nouns.txt"),
        adjectives=word_list("blame_loaded_adjectives.txt"),
        hedges=word_list("blame_hedges.txt"),
        speech=word_list("blame_speech_verbs.txt"),
        neutral=word_list("blame_neutral_complements.txt"),
        goods=word_list("blame_public_goods.txt"),
        objects=word_list("blame_misdeed_objects.txt"),
        support=word_list("blame_support_verbs.txt"),
        rejection=word_list("blame_rejection_verbs.txt"),
        actor_nouns=word_list("blame_actor_nouns.txt"),
        denial=word_list("blame_denial_verbs.txt"),
        labels=word_list("blame_label_nouns.txt"),
        unrealised=word_list("blame_unrealised_nouns.txt"),
        hearsay_verbs=word_list("blame_agentless_report_verbs.txt"),
        report_nouns=word_list("blame_agentless_report_nouns.txt"),
        owned=word_list("blame_owned_nouns.txt"),
        directive=word_list("blame_directive_verbs.txt"),
        cessative=word_list("blame_cessative_verbs.txt"),
        adverbs=word_list("blame_loaded_adverbs.txt"),
        persuasion=word_list("blame_persuasion_verbs.txt"),
        disparaging=word_list("blame_disparaging_nouns.txt"),
        hostile=word_list("blame_hostile_parties.txt"),
        epithets=word_list("blame_epithet_adjectives.txt"),
        behind=word_list("blame_behind_nouns.txt"),
        abstention=word_list("blame_abstention_words.txt"),
        dismissal=word_list("blame_dismissal_words.txt"),
        military=word_list("blame_military_targets.txt"),
        excuse=word_list("blame_excuse_verbs.txt"),
        things=word_list("blame_thing_nouns.txt"),
    )


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
        return self.who(tok, keep_pronoun)

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

    # -- voice --------------------------------------------------------------------------
    def voice(self, tok: Token) -> tuple[str, Optional[_Who]]:
        """Who voices the clause containing ``tok``: ('reported', who) or ('authorial', None)."""
        child = tok
        for anc in _governors(tok):
            lemma = anc.lemma_.lower()
            relayed = self._hearsay(anc, child)
            if relayed is not None:
                return "reported", relayed
            ordered = child.dep_ == "xcomp" and lemma in self.lex.directive  # "told Y to V" orders, not reports
            # "When X announced his invasion, he warned ...": a when/if clause frames the speech, it is not its content
            framing = (child.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _FRAME_MARKS
                                                      for c in child.children)) or (
                child.dep_ == "prep" and child.lower_ in _SPEECH_FRAMES)  # "After X's raid, Y said ...": the author's
            below, child = child, anc
            if anc.pos_ in ("VERB", "AUX") and lemma in self.lex.speech and anc.i != tok.i and not ordered and not framing:
                subj = _subject(anc)
                if subj is not None and _dep_of(anc, _PASS_SUBJ) is None:
                    who = self.voicer(subj, keep_pronoun=True)
                    if who is not None and not who.first_person:
                        return "reported", who
            if below.dep_ == "prep" and below.lower_ == "as" and lemma in _REGARD_VERBS and anc.i != tok.i \
                    and _dep_of(anc, ("dobj", "obj")) is not None and (subj := _subject(anc)) is not None \
                    and (who := self.voicer(subj, keep_pronoun=True)) is not None and not who.first_person:
                return "reported", who  # "voters see X as people who lie": the voters' view
            if anc.pos_ == "VERB" and lemma in self.lex.speech and anc.dep_ == "acl" and anc.i != tok.i:
                return "reported", self._holder(anc.head) if anc.head.lemma_.lower() in _REPORT_NOUNS else (
                    self.voicer(anc.head) or _Who(None, UNSPECIFIED, None))
            if anc.pos_ == "VERB" and below.dep_ == "prep" and below.lower_ == "about" and anc.i != tok.i and (
                    lemma in _TOPIC_VERBS or lemma in self.lex.speech or (anc.tag_ == "VBG" and anc.lower_[:-3] in _TOPIC_VERBS)
            ) and (subj := _subject(anc)) is not None and not (
                    who := self.voicer(subj, keep_pronoun=True) or _Who(None, UNSPECIFIED, None)).first_person:
                return "reported", who  # "they are fearmongering about X's meddling": their claim, not the author's
            accusing = anc if lemma in self.lex.accuse else next((c for c in anc.children if c.dep_ == "advcl" and c.lemma_.lower()
                                                                  in self.lex.accuse), None) if _went_on(anc) else None
            if anc.pos_ == "VERB" and accusing is not None and below.dep_ == "prep" and below.lower_ in ("for", "of") \
                    and below.head.i == anc.i and accusing.i != tok.i and not _clause_between(tok, below):
                if _is_passive(accusing):  # "X is accused of spreading Y's propaganda": by someone unnamed, not X
                    return "reported", _Who(None, UNSPECIFIED, None)
                if (subj := _subject(accusing)) is not None and (
                        who := self.voicer(subj, keep_pronoun=True)) is not None and not who.first_person:
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
        viewer = _in_view_of(tok)
        if viewer is not None and (who := self.who(viewer, keep_pronoun=True)) is not None and not who.first_person:
            return "reported", who  # "in his view, X betrayed Y": his view, not the author's
        noun = _dash_report_noun(tok, self.lex)
        if noun is not None:
            return "reported", self._holder(noun)
        quote = self.quote_at(tok.idx)
        if quote is not None:
            who = self.speaker(quote)
            if who is not None:
                return "reported", who
        if _inside_long_quote(self.text, tok.idx):
            return "reported", _Who(None, UNSPECIFIED, None)
        return "authorial", None

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
        made = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _MEDIUM_VERBS), None)
        if made is not None and (maker := _dep_of(made, _SUBJ)) is not None and maker.lower_ not in ("that", "which", "who") \
                and (w := self.who(maker, keep_pronoun=True)) is not None and not w.first_person:
            return w  # "an accusation he made that X lied": who made it holds it
        if noun.dep_ in ("dobj", "obj") and not _rejects(noun.head, self.lex) and noun.head.lemma_.lower() not in _UNDERGO and (
                subj := _subject(noun.head)) is not None:  # who rejects the accusations does not hold them
            # "pundits who push a narrative", "X made accusations" (not "X faced criticism": the critics hold it)
            if (w := self.who(subj, keep_pronoun=True)) is not None and not w.first_person:
                return w
        return _Who(None, UNSPECIFIED, None)

    def author_source(self) -> BlameSource:
        return BlameSource(kind="author", actor=None, name=self.author)


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


def _nearest_subject(verb: Token) -> Optional[Token]:
    """The verb's own subject; of two, the one nearer the verb: the parser also files a dateline ("KYIV — Ukraine
    said") or a quotation's first word ("'That, sadly,' he said") as a subject. A symbol is none ("@SUM(1+1)")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJ + _PASS_SUBJ and _wordlike(c)]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def _by_agent(verb: Token) -> Optional[Token]:
    """The object of a passive verb's "by" phrase: "condemned by the court" -> court."""
    agent = _dep_of(verb, ("agent",))
    return _dep_of(agent, ("pobj",)) if agent is not None else None


def _doer_and_undergoer(verb: Token, passive: bool) -> tuple[Optional[Token], Optional[Token]]:
    """Who acts and who undergoes: a passive's by-agent and subject, else the subject and object."""
    if passive:
        return _by_agent(verb), _dep_of(verb, _PASS_SUBJ)
    return _subject(verb), _dep_of(verb, ("dobj", "obj"))


def _subject(verb: Token) -> Optional[Token]:
    """The (controlling) subject of a verb: own nsubj, else climb xcomp/conj/acomp/purpose chains."""
    t = verb
    for _ in range(8):
        s = _nearest_subject(t)
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
        if (t.dep_ in ("xcomp", "conj", "acomp", "ccomp") or (t.dep_ == "attr" and t.pos_ == "ADJ")) \
                and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX", "ADJ"):
            t = t.head  # ("X has been the most outspoken in ...": the adjective the parser filed as attribute)
            continue
        if t.dep_ == "dep" and t.tag_ in ("VBD", "VBZ", "VBP") and t.head.tag_ == "VBG" and t.head.dep_ == "ROOT":
            t = t.head  # "X, craving revenge, then ordered ...": the parser left the finite verb under the participle
            continue
        if t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
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


def _to_infinitive(verb: Token) -> bool:
    """A verb with its own infinitive "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _says(verb: Token) -> bool:
    """A verb of saying or accusing (``blame_speech_verbs``, ``blame_accuse_verbs``)."""
    lex = lexicons()
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in lex.speech or verb.lemma_.lower() in lex.accuse)


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
                to = _dep_of(c, ("prep",))
                if to is not None and to.lower_ in ("to", "per") and (p := _dep_of(to, ("pobj",))) is not None:
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
    else the subject of the verb that gives it out ("X released a video that ...", ``medium_verbs``) or that it is
    the instrument of ("X launched the drive with a speech denouncing Y")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _MEDIUM_NOUNS:
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "radio and online ads": the list's first member stands where the list does
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and (p := _dep_of(c, ("pobj",))) is not None:
            return p
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
    out = [tok] + [c for c in tok.conjuncts if c.i != tok.i and (tok.dep_ != "conj" or c.i > tok.i)]
    if tok.dep_ in ("nsubj", "dobj", "obj") and tok.head.i != tok.i:
        # a list the parser split into two subjects/objects: "A, B and C are responsible", "blamed A, B and C"
        lo = _split_left(tok).i
        for c in tok.head.children:
            if c.dep_ == tok.dep_ and not lo <= c.i <= tok.i and c.pos_ in ("NOUN", "PROPN") and _split_head(c).i == c.i \
                    and not _apposed_after_clause(tok, c):
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
                for ex in (x for x in holder.children if x.dep_ == "pobj" and x.pos_ == "PROPN"):
                    out += [ex] + [x for x in ex.conjuncts if x.i != ex.i]
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


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    # "did not want to blame", "refused to betray": negation on a controlling verb
    if tok.dep_ == "xcomp" and any(c.dep_ == "neg" for c in tok.head.children):
        return True
    subj = _dep_of(tok, _SUBJ + _PASS_SUBJ) or (_dep_of(tok.head, _SUBJ + _PASS_SUBJ) if tok.dep_ == "conj" else None)
    if subj is not None and any(c.lower_ == "neither" for c in subj.children):
        return True  # "Neither Arbenz nor any other official had attacked X"
    return False


_TIME_MARKS = {"while", "whilst", "when", "after", "before", "since", "once", "upon"}  # "while condemning X"
_SPEECH_FRAMES = {"after", "before", "since", "amid", "following", "despite", "during", "until"}  # "After X's raid, Y said"
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
        purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
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


def _clip(doc: Doc, toks: list[Token]) -> tuple[int, int]:
    """Char span of a charge run: at most ``MAX_CHARGE_TOKENS``, cut where whole phrases end (never inside a
    noun phrase), and never across a line break, a spaced dash or a bracket."""
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks)
    if hi > lo + MAX_CHARGE_TOKENS - 1:
        full, hi = hi, lo + MAX_CHARGE_TOKENS - 1
        # a conjunct the limit would split is dropped whole: "prevent a de-escalation [and the signing of ...]"
        split = [doc[i].left_edge.i for i in range(lo + 1, hi + 1) if doc[i].dep_ == "conj" and doc[i].right_edge.i > hi]
        if split and max(split) - 1 >= lo + 2:
            hi = _phrase_end(doc, lo, max(split) - 1, full, overrun=0)
        else:
            hi = _phrase_end(doc, lo, hi, full)
    for i in range(lo + 1, hi + 1):  # never run a charge across a line break, a spaced dash or a bracket
        if "\n" in doc[i - 1].whitespace_ or doc[i].is_space or doc[i].text in ("(", ";") or (
                doc[i].text.strip("-–—") == "" and doc[i - 1].whitespace_ and doc[i].whitespace_):
            hi = i - 1
            break
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ in ("cc", "mark") or doc[hi].pos_ in ("DET", "ADP", "CCONJ", "PART")):
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
    """Indices of the comma-set relative clauses and appositions below ``tok`` (with the comma before each):
    asides a short charge leaves out ('prevent X, whom she described as ...', 'attack on its grid, which ...').
    A restrictive clause ('the pledges that he made') and a list of names ('US, UK, Finland') stay."""
    out: set[int] = set()
    doc = tok.doc
    for d in tok.subtree:
        if d.dep_ not in ("relcl", "appos") or d.i == tok.i:
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
        if c.dep_ in _DROP_FROM_CHARGE:
            continue
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
    s, e = _clip(verb.doc, run)
    return _span_text(verb.doc, s, e)


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
        for c in t.children:
            if c.dep_ not in skip:
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
                # "accused X of bad faith for leaving the talks": the "of" names the charge, "for" its grounds
                if c.dep_ == "prep" and (c.lower_ == prep or c in own) and not (
                        c.lower_ == "of" and h.dep_ == "appos" and c not in own):  # "X, the head of Y, ...": a description
                    obj = _dep_of(c, ("pobj", "pcomp"))
                    if obj is not None:
                        return _phrase(obj, with_list=True) if (rest := _split_infinitive(verb, obj)) is None else rest
    return None


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


# -- the extractor --------------------------------------------------------------------------
_QUOTE_CHARS = str.maketrans("", "", '"“”«»')


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


def _accuse_phrase(tok: Token, lex: Lexicons) -> Optional[Token]:
    """The preposition of a phrasal criticism verb ('lash out at X', 'rail against X'), if ``tok`` is one."""
    words = {c.lower_: c for c in tok.children if c.dep_ in ("prt", "prep", "dobj")}
    if "finger" in words:  # "pointed the finger [for the blasts] at X": the parser may hang "at" lower down
        words.update({t.lower_: t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.lower_ not in words})
    for phrase in lex.accuse_phrases:
        if phrase[0] == tok.lemma_.lower() and all(w in words for w in phrase[1:]):
            return words[phrase[-1]]
    return None


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


def _thing_owner(target: Token, ctx: _Ctx) -> Optional[Token]:
    """The owner of a thing named as the target ('blasted X's claim', 'called X's statements provocative'): a
    criticised statement or act blames its owner; an actor noun ('X's army') is itself the target."""
    if target.pos_ != "NOUN" or target.lemma_.lower() in ctx.lex.actor_nouns or target.ent_type_ in _AGENT_ENTS:
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
    return _dep_of(target, ("poss",))


_UNDERGONE_NOUNS = _WORD_CLASSES["undergone_nouns"]


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
    why = next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ == "because" for m in c.children)), None)
    because_who = _nearest_subject(why) if why is not None else None
    if charge == tok.text and why is not None and not _negated(tok) and not (because_who is not None and (
            because_who.lower_ in ("he", "she", "i", "we") or (subj is not None and because_who.lower_ == subj.lower_))):
        # "criticised X because it keeps shelling Y": the reason given is the charge ("because he wanted votes" is
        # the accuser's own motive)
        mark = next(m for m in why.children if m.dep_ == "mark" and m.lower_ == "because")
        end = why.right_edge if not why.right_edge.is_punct else tok.doc[why.right_edge.i - 1]
        charge = _span_text(tok.doc, tok.doc[mark.i + 1].idx, end.idx + len(end))
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
        charge = f"{tok.text} {_noun_charge(target, owner)}"
        target = owner
    if subj is not None and subj.lemma_.lower() in ctx.lex.nouns and subj.ent_type_ not in _AGENT_ENTS:
        return []  # "False flag attack to accuse Russia": a misdeed is no accuser; its purpose accuses nobody yet
    if _deontic(tok):
        return [_Found(tok, _expand(target), charge, None, 0.7, _negated(tok))]
    accuser = ctx.voicer(subj, keep_pronoun=True) if subj is not None else _Who(None, UNSPECIFIED, None)
    if accuser is None:
        return []  # "Who blames whom?": an interrogative or vague subject is not an accuser
    return [_Found(tok, _expand(target), charge, accuser, 0.85, _negated(tok))]


_CONTROL_PREPS = _WORD_CLASSES["control_preps"]


def _gerund_controller(verb: Token) -> Optional[Token]:
    """Who does an accusation gerund that hangs on a preposition of another verb ("X wants answers after accusing Y",
    "X devoted hours to criticizing Y", "a field focused on criticizing Y"): that verb's subject, or the noun its
    participle modifies. "for" only on a verb with no object ("criticized X for accusing Y": X accuses); never
    "without" (not done)."""
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
    if target is None:
        return []
    subj = _subject(tok) if _dep_of(tok, ("nsubjpass",)) is None else None
    charge = _charge_prep(adj, ("for",)) or f"held {adj.text}"
    if _deontic(tok):
        return [_Found(tok, _expand(target), charge, None, 0.7, _negated(tok))]
    accuser = ctx.who(subj, keep_pronoun=True) if subj is not None else _Who(None, UNSPECIFIED, None)
    return [_Found(tok, _expand(target), charge, accuser, 0.85, _negated(tok))]


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
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _is_to_blame(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X is to blame', 'X is at fault', 'The only one not to blame is X'."""
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


def _misdeed_verb(tok: Token, ctx: _Ctx) -> list[_Found]:
    lemma = tok.lemma_.lower()
    if lemma in ("steal", "abandon") and _undergoer_lemma(tok) in (_IDIOM_LOOT if lemma == "steal" else _BELONGINGS):
        return []  # "stole the mayor's thunder": an idiom; "a laptop abandoned by X", "abandoning the dollar": no one wronged
    if lemma == "exploit" and (obj := _dep_of(tok, ("dobj", "obj"))) is not None and any(
            t.lemma_.lower() in _RESOURCES for t in (obj, *obj.conjuncts)):
        return []  # "exploit solar and wind power": no one wronged
    if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in _PARTICLE_IDIOMS for c in tok.children):
        return []  # "the campaign shelled out $1 million": paid
    if lemma in ("fail", "refuse"):
        comp = _dep_of(tok, ("xcomp",))
        if comp is None or comp.lemma_.lower() in ctx.lex.neutral or _restraint(comp, ctx.lex) or (
                lemma == "refuse" and comp.lemma_.lower() in _RELEASE_VERBS and (o := _dep_of(comp, ("dobj", "obj")))
                is not None and any(t.lemma_.lower() in _CULPRITS for t in (o, *o.conjuncts))) or (
                lemma == "refuse" and comp.lemma_.lower() in _ASSIST_VERBS
                and any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and any(
                    h.dep_ in _SUBJ + ("dobj", "obj") and h.pos_ in ("PROPN", "PRON") for h in (*c.children, *comp.children))
                        for c in comp.children)):
            # "refused to comment"; "refuses to attack his rivals", "to surrender" is restraint, not a charge;
            # "refused to release the criminals": declining to free a culprit (``release_verbs``, ``culprits``);
            # "would not help her do that", "help X build Y" declines to join a named party's undertaking ("to help
            # the refugees (flee)" stays a charge)
            return []
    if lemma == "threaten" and (comp := _dep_of(tok, ("xcomp",))) is not None and not (
            comp.lemma_.lower() in ctx.lex.misdeed or comp.lemma_.lower() in _VIOLENT_ACTS
            or _military(_dep_of(comp, ("dobj", "obj")), ctx.lex)) and _lawful_threatener(_subject(tok), ctx):
        return []  # "she threatened to veto it", "to subpoena Y": a person's threat of a lawful act is no misdeed
    passive = _is_passive(tok)
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
                tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)) or (
                tok.dep_ == "xcomp" and _wished(tok.head)):
            # "prevent it from recurring", "prevent X from attacking", "acted to prevent X from V", "hope to prevent X
            # from winning": a stated aim or wish of averting something, not a charge
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
    if lemma == "occupy" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _RANKS for c in tok.children):
        return []  # "occupied a third tier", "occupies the centre ground": a rank or position held, not a land seized
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
    if _own_thing(_dep_of(tok, ("dobj", "obj"))):
        return []  # "blew up its own satellite": done to one's own property
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
    if lemma in ("refuse", "fail") and negated:
        # "does not refuse to support separatists" asserts the support: keep the "not" in the charge
        negated, charge = False, _negated_charge(tok)
    found = [_Found(tok, _expand(doer), charge, None, 0.65, negated)]
    helper = _helper(tok, ctx)
    if helper is not None:  # "X invaded Y with help from Z": Z is an accomplice
        found.append(_Found(tok, _expand(helper), f"helped: {charge}", None, 0.5, negated))
    return found


_DECIDE_VERBS = _WORD_CLASSES["decide_verbs"]
_WEAPON_NOUNS = _WORD_CLASSES["weapon_nouns"]  # "a Russian missile killed two": the state that fired it
_COURSE_NOUNS = _WORD_CLASSES["course_nouns"]  # "abandoned its proposed purchase", "the priority": a course given up
_ACCORD_NOUNS = _WORD_CLASSES["accord_nouns"]  # "orchestrated a deal": an accord made
_ARRANGE_VERBS = _WORD_CLASSES["arrange_verbs"]


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


def _advocated(verb: Token) -> bool:
    """A deed someone should do ('X should send troops'), or must do in what a speaker says or suggests ('Y suggested X
    must strike first'), or is called on or persuaded to do ('X called on Y to strike', ``urging_verbs``; not a call to
    harm civilians, which is incitement): urged, not done (and never by the one urging). Not 'should (not) have' (a
    fault found with what was done or left undone), nor the author's 'X must prevent peace' (what X is said to need:
    a charge)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "have" in auxes or _negated(verb):
        return False
    urge = verb.head
    if "to" in auxes and urge.pos_ == "VERB" and urge.lemma_.lower() in _URGING_VERBS and (verb.dep_ == "xcomp" or (
            verb.dep_ == "advcl" and any(c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "PRON") for c in urge.children))):
        # ("pressed Y to V" is often parsed as a purpose clause; "pressed the button to V" is one.) A call to harm
        # civilians ("called on its gunmen to shoot civilians") is incitement: the caller's charge, as before
        return not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _VICTIM_NOUNS for c in verb.children)
    said = verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in lexicons().speech
    return any(a in ("should", "ought") or (a == "must" and said) for a in auxes)


_URGING_VERBS = _WORD_CLASSES["urging_verbs"]
_DUTY_MISDEEDS = {"prevent", "refuse", "fail"}  # misdeed verbs whose own failure is a duty left undone


_POLITICAL_PEOPLE = _WORD_CLASSES["political_people"]


def _political(tok: Token) -> bool:
    """People of politics ("aides", "critics", "Republicans": the tagger keeps a plural proper noun's -s)."""
    low = tok.lemma_.lower()
    return low in _POLITICAL_PEOPLE or (tok.tag_ == "NNPS" and low.endswith("s") and low[:-1] in _POLITICAL_PEOPLE)


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
    # "Smith attacked Jones", "... a rival", "top aides attacked her"
    person_said = (_one_person(doer, ctx) or _political(doer)) and _person_or_people(obj, ctx)
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
    return [_Found(verb, _expand(obj), _predicate_charge(verb), accuser, 0.6, _negated(verb))]


def _thing_named(tok: Token, ctx: _Ctx) -> bool:
    """'the Ardenne vote threatens ...': a singular common noun that is no actor word, with a name compounded
    before it, is a thing or event, not the name's actor ("the Smith campaign", "the Hamas attack" stay actors)."""
    low = tok.lemma_.lower()
    return tok.tag_ == "NN" and not tok.ent_type_ and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) \
        and low not in ctx.lex.actor_nouns and low not in ctx.lex.labels and low not in _VIOLENT_ACTS and low not in ctx.lex.nouns


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


_COMBAT = _WORD_CLASSES["combat"]


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


def _forces_into(tok: Token, ctx: _Ctx) -> bool:
    """'X sent troops into Y', Y a country or a place: an armed entry into a land, its sender blamed as for an
    invasion; not 'sent troops to Y' (a deployment to a host) nor 'into battle' (no place)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _DEPLOY_VERBS:
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


_PAST = {"VBD", "VBN"}
_RANKS = _WORD_CLASSES["ranks"]
_COURTS = _WORD_CLASSES["courts"]


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


def _directive(tok: Token, lex: Lexicons) -> Optional[Token]:
    """The directive verb ('ordered', 'told', 'asked') whose 'to'-complement holds ``tok``, if any."""
    t = tok
    for _ in range(6):
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
            t = t.head  # "ordered them to loot and burn": the second verb shares the order
        elif t.dep_ == "pcomp" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB":
            t = t.head.head  # "told them to engage in looting": the activity is what was ordered
        elif (t.dep_ == "xcomp" or (t.dep_ in ("advcl", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))) \
                and t.head.pos_ == "VERB":
            if t.head.lemma_.lower() in lex.directive:  # "did not order them to V" often parses V as advcl
                return t.head
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
    if not (stop.dep_ == "xcomp" or (stop.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in stop.children))):
        return None
    order = stop.head
    if order.pos_ != "VERB" or order.lemma_.lower() not in ctx.lex.directive:
        return None
    passive = _dep_of(order, _PASS_SUBJ) is not None
    giver, addressee = _doer_and_undergoer(order, passive)
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


def _order_charge(directive: Token, misdeed: Token) -> str:
    """'ordered the soldiers to occupy the village'; a passive's agent is left out ('ordered to loot X')."""
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
    return rest if lo == directive.i else f"{directive.text} {rest}"



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


_VERBAL_MARKS = _WORD_CLASSES["verbal_marks"]
_VIOLENT_MARKS = _WORD_CLASSES["violent_marks"]  # "her brutal attack on the guests": an assault, not words
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


_ATTACK_CARRIERS = _WORD_CLASSES["attack_carriers"]


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
    return any(c.dep_ in ("acl", "xcomp", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for t in (noun, obj) if t is not None for c in t.children)


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
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.directive:
        return []
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


_GENERIC_DETERMINERS = {"a", "an", "any", "every", "each", "no", "another", "some", "whichever", "whatever"}


def _noun_charge(noun: Token, doer: Token) -> str:
    """A misdeed noun as a charge without its doer: "Russia's interference in the affairs of others" ->
    'interference in the affairs of others'; a charge that would be the bare noun keeps its possessor."""
    drop = {doer.i} | {t.i for t in doer.subtree}
    if doer.dep_ == "pobj":
        drop |= {doer.head.i}  # the "by"/"of" introducing the doer
    keep = [noun]
    for c in noun.children:
        if c.i in drop or c.dep_ in ("appos", "relcl", "conj", "cc", "preconj", "punct", "acl"):
            continue
        if c.i < noun.i and c.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue  # no determiner: "the Kremlin's lies" reads "lies"
        off = _off_charge(c)
        keep.extend(t for t in c.subtree if t.i not in off)
    lo, hi = _run_around({t.i for t in keep}, noun.i)
    if lo == hi:  # a bare noun reads better with its owner: "Trump's fault", "its aggression"
        s, e = _np_span(noun)
        return _span_text(noun.doc, s, e)
    s, e = _clip(noun.doc, list(noun.doc[lo : hi + 1]))
    return _span_text(noun.doc, s, e)


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
        return [_Found(tok, _expand(subj), f"is {_phrase(tok)}", None, 0.6, _negated(tok.head))] if subj is not None else []
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
        charge = _charge_prep(tok, ("of", "over", "for")) or tok.text
        holder = ctx._holder(tok)
        return [_Found(tok, _expand(target), charge, holder, 0.6, _dismissed(tok, holder, ctx.lex) or _not_brought(tok))]
    subj = _dep_of(clause, _SUBJ + _PASS_SUBJ)
    if subj is None:
        return []
    # the accusation is the whole clause: "accusations that X do not want to fight" charges the not-doing
    charge = _negated_charge(clause) if _negated(clause) else _predicate_charge(clause)
    holder = ctx._holder(tok)
    return [_Found(tok, _expand(subj), charge, holder, 0.6, _dismissed(tok, holder, ctx.lex) or _not_brought(tok))]


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


def _rejects(verb: Token, lex: Lexicons) -> bool:
    """A verb that rejects the accusation it takes as object: 'denied', 'rejected' (``blame_denial_verbs.txt``),
    or a phrasal dismissal, 'shut down', 'brushed aside' (``blame_dismissal_words.txt``). Phrasal verbs are
    only read here, on their object: 'shot down a drone that attacked X' must not deny the attack."""
    lemma = verb.lemma_.lower()  # the parser files the particle as prt or advmod ("brushed aside")
    return lemma in lex.denial or any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in lex.dismissal
                                      for c in verb.children)


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


def _loaded_adjective(tok: Token, ctx: _Ctx) -> list[_Found]:
    """'X's provocative statements', 'provocative statements were made by X', 'X called Y crude'."""
    head = tok.head
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
    if tok.i > 0 and tok.nbor(-1).lower_ == "to" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i and all(
            t.dep_ in ("compound", "flat") and t.pos_ == "PROPN" for t in tok.doc[tok.i + 1 : tok.head.i]):
        return []  # "sharpened her knife to bloody X": a verb the tagger read as an adjective, X its victim ("sold arms to
        # brutal regimes" stays)
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.i < tok.head.i:
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "the tyrannical [Ruritanian] government", the adjective hung on the modifier
        charge = f"{tok.text} {noun.text}"
    elif tok.dep_ == "acomp" and tok.head.lemma_ == "be" and (noun := _dep_of(tok.head, _SUBJ)) is not None \
            and not any(c.dep_ in ("acomp", "attr") and c.i < tok.i for c in tok.head.children):
        # (an earlier complement is the predicate: "X is best known for ... with his sock bloody" says nothing of X)
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


_VICTIM_NOUNS = _WORD_CLASSES["victim_nouns"]


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
_FIGHT_NOUNS = _WORD_CLASSES["fight_nouns"]
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
        subj = _dep_of(tok.head, _SUBJ)
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


def _candidates(sent: Span, ctx: _Ctx) -> list[_Found]:
    lex = ctx.lex
    out: list[_Found] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        pos = tok.pos_
        if lemma == "blame" and pos == "VERB" and _dep_of(tok, ("dobj", "obj", "nsubjpass")) is None:
            out += _is_to_blame(tok, ctx)
        elif pos in ("VERB", "AUX") and lemma == "hold":
            out += _hold_responsible(tok, ctx)
        elif pos == "VERB" and lemma in _NAMING_VERBS:
            out += _naming(tok, ctx)
        elif pos == "VERB" and lemma in lex.persuasion:
            out += _persuasion(tok, ctx)
        elif pos == "ADV" and tok.lower_ in lex.adverbs:
            out += _loaded_adverb(tok, ctx)
        elif pos == "VERB" and lemma in lex.accuse:
            out += _accuse_verb(tok, ctx)
        elif pos == "VERB" and (prep := _accuse_phrase(tok, lex)) is not None:
            out += _accuse_verb(tok, ctx, prep)
        elif pos == "VERB" and (lemma in lex.misdeed or tok.lower_ == "lied" or _lying(tok) or _e_stem(tok) in lex.misdeed or (
                tok.tag_ == "VBG" and tok.lower_[:-3] in lex.misdeed and any(c.dep_ == "aux" for c in tok.children)) or any(
                # "are fearmongering", lemmatised "fearmongere" (not the gerund noun: "lambasted fearmongering")
                (lemma, c.lower_) in lex.phrases for c in tok.children if c.dep_ in ("prep", "prt", "dative")) or any(
                (lemma, c.lemma_.lower()) in lex.phrases for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass"))
                or _forces_into(tok, ctx)):
            out += _misdeed_verb(tok, ctx)
        elif pos == "VERB" and ((lemma == "keep" and _negated(tok) and _dep_of(tok, ("dobj", "obj")) is not None
                                 and _dep_of(tok, ("dobj", "obj")).lemma_.lower() in _PLEDGES) or (lemma == "use" and _used_as(tok))):
            out += _broken_or_used(tok, ctx)
        elif pos == "VERB" and lemma in lex.rejection and _negated(tok):
            out += _rejection(tok, ctx)
        elif pos == "VERB" and lemma in lex.support:
            out += _sponsor(tok, ctx)
        elif pos == "NOUN" and lemma == "blame":
            out += _blame_noun(tok, ctx)
        elif pos == "NOUN" and lemma == "fault":
            out += _at_fault(tok, ctx) or _misdeed_noun(tok, ctx)
        elif pos == "NOUN" and lemma in lex.objects and tok.dep_ == "pobj" and tok.head.lower_ in ("through", "via"):
            out += _by_means(tok, ctx)
        elif pos == "NOUN" and lemma == "expense" and tok.dep_ == "pobj" and tok.head.lower_ == "at":
            out += _at_expense(tok, ctx)
        elif pos == "NOUN" and (lemma == "interest" or lemma in _UNDER_NOUNS):
            out += _serves_interests(tok, ctx)
        elif pos == "NOUN" and lemma == "responsibility" and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _BEAR:
            out += _bears_responsibility(tok, ctx)
        elif pos == "ADP" and tok.lower_ == "behind" and tok.head.lemma_ == "be":
            out += _is_behind(tok, ctx)
        elif pos == "ADP" and tok.lower_ == "behind" and tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN"):
            out += _is_behind(tok, ctx, tok.head)
        elif pos == "NOUN" and lemma == "victim":
            out += _victim_of(tok, ctx)
        elif pos == "VERB" and lemma == "catch":
            out += _caught_doing(tok, ctx)
        elif pos == "VERB" and tok.lower_ == "known" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            out += _known_for(tok, ctx)
        elif (pos in ("VERB", "ADJ") and tok.lower_ == "involved") or (pos == "NOUN" and lemma == "involvement"):
            out += _involved_in(tok, ctx)
        elif pos == "NOUN" and lemma in _ORGANISERS:
            out += _organiser_of(tok, ctx)
        elif pos == "NOUN" and lemma == "war" and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
            out += _war_on(tok, ctx)
        elif (pos == "VERB" and lemma == "reject") or (pos == "NOUN" and lemma == "rejection"):
            out += _rejects_peace(tok, ctx)
        elif pos == "NOUN" and lemma == "conscience":
            out += _conscience(tok, ctx)
        elif pos == "NOUN" and lemma in _ACCUSATION_NOUNS:
            out += _report_noun(tok, ctx)
        elif pos == "NOUN" and lemma in lex.nouns:
            out += _misdeed_noun(tok, ctx)
        elif pos == "NOUN" and lemma in lex.labels:
            out += _label_noun(tok, ctx)
        elif pos == "ADJ" and tok.lower_ in lex.labels and (named := _named_label(tok, ctx) or (
                _label_found(tok, ctx) if tok.dep_ == "amod" and tok.head.dep_ == "attr" and tok.head.lemma_.lower() in lex.actor_nouns
                else [])):
            out += named  # "propagandist Smith"; "X is a terrorist state"
        elif pos == "NOUN" and tok.tag_ == "NNS":
            out += _mistagged_verb(tok, ctx)
        elif pos == "ADJ" and lemma in lex.rejection:
            out += _rejection(tok, ctx)
        elif pos == "ADJ" and lemma in lex.adjectives:
            out += _loaded_adjective(tok, ctx) or (_epithet(tok, ctx) if lemma in lex.epithets else [])
        elif pos == "ADJ" and lemma in lex.epithets:
            out += _epithet(tok, ctx)
        elif pos == "PROPN" and tok.text[:1].isupper() and (tok.lower_ in lex.epithets or tok.lower_ in lex.labels):
            out += _title_case_label(tok, ctx)
        elif pos == "ADJ" and lemma in _PRED_ADJ:
            out += _predicate_adjective(tok, ctx)
    return out


def _e_stem(tok: Token) -> Optional[str]:
    """The e-final base of a regular -ed/-ing verb form, which the lemmatiser may cut short ('raped', 'raping'
    -> 'rap'): so a misdeed verb is known whatever its lemma came out as. Not for a capitalised word: in a title-case
    headline the tagger reads it as a verb next to one name and as a name next to another, so it would be uneven."""
    if tok.text[:1].isupper():
        return None
    low = tok.lower_
    if tok.tag_ == "VBG" and low.endswith("ing") and len(low) > 5:
        return low[:-3] + "e"
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed") and len(low) > 4:
        return low[:-1]
    return None


def _lying(tok: Token) -> bool:
    """'X is/was lying' with no place phrase: deceit ("lying on the table" is where something lies)."""
    return tok.lower_ == "lying" and tok.lemma_.lower() == "lie" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) \
        and not any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ not in ("about", "to", "again", "openly", "still") for c in tok.children)


def _source(found: _Found, ctx: _Ctx) -> tuple[BlameSource, str]:
    """Accuser and voice for a finding (explicit accuser, quote speaker, reporter or author)."""
    acc = found.accuser
    if acc is not None and acc.first_person:
        quote = ctx.quote_at(found.trigger.idx)
        if quote is None:
            voice, rep = ctx.voice(found.trigger)
            if rep is None:
                return ctx.author_source(), "authorial"
            acc = rep
        else:
            acc = ctx.speaker(quote)
    if acc is None:
        voice, acc = ctx.voice(found.trigger)
        if acc is None:
            return ctx.author_source(), "authorial"
    return BlameSource(kind="actor", actor=acc.actor.id if acc.actor else None, name=acc.name, span=acc.span), "reported"


def extract_blames(doc: Doc, actors: ActorIndex, quotes: list[Quote], author: Optional[str] = None) -> list[Blame]:
    """Every accusation in the article, one record per (accuser, accused, trigger)."""
    ctx = _Ctx(doc, actors, list(quotes or []), author)
    text = ctx.text
    blames: list[Blame] = []
    seen: set[tuple] = set()
    for sent in doc.sents:
        found_all = _candidates(sent, ctx)
        # "The occupiers shelled the town": the epithet adds nothing to the misdeed its referent is blamed for
        accused_elsewhere = {t.i for f in found_all if f.targets != [f.trigger] for t in f.targets}
        for found in found_all:
            if found.targets == [found.trigger] and found.trigger.i in accused_elsewhere:
                continue
            if _unasserted(found, ctx):
                continue
            if (found.accuser is not None and found.trigger.pos_ == "VERB" and not found.negated
                    and _denial(found.trigger, ctx) is not None):
                found.negated = True  # "Kyiv denied blaming Warsaw"
            if not found.negated and _ruled_out(found.trigger):
                found.negated = True  # "that does not mean X is corrupt", "no evidence that X lied"
            ev_s, ev_e = _evidence(text, sent, found.trigger)
            source, voice = _source(found, ctx)
            if voice == "authorial" and found.accuser is None and _conjectured(found.trigger):
                continue  # "she might fail to rally her voters", "it could harden attitudes": no charge made
            hedged = _hedged(found.trigger, ctx.lex)
            for tgt_tok in _with_commanders(found.targets, ctx):
                who = _apposed_name(tgt_tok, ctx) or ctx.who(tgt_tok, keep_pronoun=True)
                if who is None and found.addressee:
                    who = _Who(None, "you (the addressees)", (tgt_tok.idx, tgt_tok.idx + len(tgt_tok)))
                if who is None or not (found.addressee or _actor_target(tgt_tok, who, ctx)) or not who.name.strip(" '’"):
                    continue  # (a stray "'s" the parser made a subject names nobody)
                if who.first_person and found.accuser is None and not found.negated and voice == "reported":
                    continue  # '"We will foment a revolt," one said': the speaker's own deed is told, not charged
                if any(c.dep_ == "det" and c.lower_ == "any" for c in tgt_tok.children):
                    continue  # "trials of any officers accused of abuse": whoever they may be, nobody in particular
                if found.epithet and who.actor is None and _scare_quoted(found.trigger):
                    continue  # 'fighting the "corrupt regime"': an epithet the text quotes, naming nobody, is no charge
                if not found.negated and ((source.actor is not None and who.actor is not None and source.actor == who.actor.id)
                                          or source.name.lower() == who.name.lower()):
                    continue
                conf = found.confidence * (0.8 if hedged else 1.0) * (0.6 if found.negated else 1.0)
                if who.actor is None:
                    conf *= 0.8
                key = (source.name, who.name, found.trigger.i, found.charge)
                if key in seen:
                    continue
                seen.add(key)
                t = found.trigger
                charge = " ".join((found.charge or t.text).translate(_QUOTE_CHARS).split()) or t.text
                if sent[0].pos_ not in ("PROPN", "PRON") and charge.split()[0] == sent[0].text and charge[:1].isupper():
                    charge = charge[:1].lower() + charge[1:]  # "Provocative statements were made by X"
                blames.append(Blame(
                    source=source,
                    target=BlameTarget(actor=who.actor.id if who.actor else None, name=who.name, span=who.span),
                    charge=_lower_determiner(charge),
                    voice=voice,
                    evidence=TextSpan(text=text[ev_s:ev_e], span=(ev_s, ev_e)),
                    confidence=round(min(1.0, max(0.0, conf)), 3),
                    cue=TextSpan(text=text[t.idx : t.idx + len(t)], span=(t.idx, t.idx + len(t))),
                    negated=found.negated,
                    hedged=hedged,
                ))
    _check_direction(doc, blames)
    accusing = {t.idx for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.accuse}
    return _drop_restated(blames, accusing)


def _drop_restated(blames: list[Blame], accusing: set[int]) -> list[Blame]:
    """A charge an accusation verb states ("X blasted Y for his complicity"), found again by its misdeed word, by the
    same accuser against the same accused, is one record: the accusation's wording stays."""
    def restated(b: Blame) -> bool:
        return b.cue.span[0] not in accusing and any(
            o.cue.span[0] in accusing and o.evidence.span == b.evidence.span and o.source.name == b.source.name
            and o.target.name == b.target.name and o.negated == b.negated
            and re.search(rf"\b{re.escape(b.cue.text)}\b", o.charge) for o in blames)
    return [b for b in blames if not restated(b)]


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
    if who.actor is None and tok.lower_.endswith("ism") and tok.ent_type_ not in ("PERSON", "ORG", "GPE"):
        return False  # "tyrannical Marxism": a doctrine, not someone who holds it
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


def _thing(tok: Token, who: _Who, ctx: _Ctx) -> bool:
    """A law, deal, work, product or structure: its head is a thing noun ("the Keystone XL pipeline", "Roosevelt's
    New Deal") or the tagger calls it a law that names no actor. A name on a thing does not make the thing an actor."""
    if tok.lemma_.lower() in ctx.lex.things and tok.lemma_.lower() not in ctx.lex.actor_nouns:
        return True
    if (tok.dep_ == "appos" and tok.head.lemma_.lower() in ctx.lex.things) or (tok.pos_ == "PROPN" and any(
            c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and c.lemma_.lower() in ctx.lex.things for c in tok.children)):
        return True  # "the hit film, 'Moonrise'", "the hit film 'Moonrise'": the title names the thing
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


_QUANTITY_NOUNS = {"ten", "dozen", "hundred", "thousand", "million", "billion", "score", "number", "lot", "plenty"}
# "much of the media blamed X", "most of the officials": the part speaks for the group named after "of"
_PART_WORDS = {"much", "most", "many", "some", "several", "part", "majority", "half", "rest", "bulk", "minority"}
_GROUP_PARTS = _QUANTITY_NOUNS | _PART_WORDS


def _denial(tok: Token, ctx: _Ctx) -> Optional[Token]:
    """The denial verb ('denied', 'rejected') whose complement holds ``tok``, if any."""
    t = tok
    for _ in range(8):
        if t.dep_ == "conj" or t.head.i == t.i:
            return None  # "X denied A, and Y accused Z": a coordinated clause is not denied
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.denial:
            return t
    return None


def _unasserted(found: _Found, ctx: _Ctx) -> bool:
    """A finding nobody asserts: under a question, a denied misdeed, an unrealised accusation infinitive."""
    t = found.trigger
    sent_text = t.sent.text.strip().rstrip('"”’\'').rstrip()
    if sent_text.endswith("?") and ctx.quote_at(t.idx) is None and not any(
            a.dep_ in ("relcl", "acl") for a in [t, *_governors(t)]):
        return True  # the question's own claim; "a woman who accused X" inside a question still accused X
    if found.accuser is None and _denial(t, ctx) is not None:
        return True  # "the Kremlin denied that its forces shelled the plant"
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
                a.head, *(c for c in a.head.children if c.dep_ == "acomp"))) and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)):
            return True  # "makes it hard for X to raid the town": an act made hard or easy is not done
        if found.accuser is None and a.pos_ in ("VERB", "AUX") and _supposed(a):
            return True  # "if they win, they could ban X", "in case of war they would bomb Y": a supposed consequence
        if a.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in a.children):
            return True  # "wanted to know whether X bears responsibility for Y": a question asked, no one's claim
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
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
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


def _went_on(verb: Token) -> bool:
    """"went on to blast X", "proceeded to accuse Y": the next thing done, not a purpose (the parser files the
    infinitive as an adverbial clause)."""
    lemma = verb.lemma_.lower()
    return lemma == "proceed" or (lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))


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
    """An act only supposed: a noun under 'the likelihood/risk/prospect of' (``eventuality_nouns``), subject of
    'is likely/unlikely/imminent' or so modified (``eventuality_adjectives``), or the object of 'prevent/avert'
    (``averting_verbs``); a verb after 'likely to', 'unable to', 'not able to', or 'would not permit X to'."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _EVENTUALITY_NOUNS:
            return True
        if any(c.dep_ == "amod" and c.lower_ in _EVENTUALITY_ADJECTIVES for c in tok.children):
            return True  # "the expected missile attack", "an imminent invasion"
        if tok.dep_ in _SUBJ and tok.head.lemma_ == "be":
            return any(c.dep_ == "acomp" and c.lemma_.lower() in _EVENTUALITY_ADJECTIVES for c in tok.head.children)
        return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _AVERTING_VERBS  # "preventing attacks by X"
    while tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        tok = tok.head  # "unable to attack and destroy X": the first verb's frame holds for the rest
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.lemma_.lower() in _INABILITY_ADJECTIVES:
        # "unable to seize X", "is not able to attack X" (but "was able to seize X" says it was done)
        return tok.head.lemma_.lower().startswith(("un", "in")) or _negated(tok.head) or _negated(tok.head.head)
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _PERMIT_VERBS and _negated(tok.head):
        return True  # "would not permit the generals to invade X", "will not allow them to seize it"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and "lack" in (
            tok.head.lemma_.lower() if tok.dep_ == "advcl" else "",
            tok.head.head.lemma_.lower() if tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "obj") else ""):
        return True  # "the army lacks the troops to wage a major war" (either parse): means wanting, no act done
    # "likely to attack", "prepared to invade", and as a participle "is poised / expected to invade"
    return tok.dep_ == "xcomp" and (tok.head.pos_ == "ADJ" or tok.head.tag_ == "VBN") \
        and (tok.head.lemma_.lower() in _EVENTUALITY_ADJECTIVES or tok.head.lower_ in _EVENTUALITY_ADJECTIVES)


_EVIDENCE_VERBS = _WORD_CLASSES["evidence_verbs"]
_EVIDENCE_NOUNS = _WORD_CLASSES["evidence_nouns"]


def _ruled_out(tok: Token) -> bool:
    """A deed in a clause said not to follow, to lack evidence or not to be the reason: "that does not mean they are
    corrupt", "found no evidence that X lied", "did not see evidence that X was behind it", "it is not because they are
    lying that ...". Whoever voices it exempts the doer: the blame is negated."""
    child = tok
    for anc in _governors(tok):
        if child.dep_ == "ccomp" and anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in _EVIDENCE_VERBS and _negated(anc):
            return True
        if child.dep_ in ("acl", "ccomp", "relcl") and anc.pos_ == "NOUN" and anc.lemma_.lower() in _EVIDENCE_NOUNS and (
                any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children)
                or (anc.dep_ in ("dobj", "obj", "attr") and _negated(anc.head))):
            return True
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


def _evidence(text: str, sent: Span, trigger: Token) -> tuple[int, int]:
    """The sentence span, cut at line breaks around the trigger (titles/chrome glued by the parser)."""
    s, e = sent.start_char, sent.end_char
    nl = text.rfind("\n", s, trigger.idx)
    if nl >= 0:
        s = nl + 1
    nl = text.find("\n", trigger.idx, e)
    if nl >= 0:
        e = nl
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# The DSE model reads the whole sentence per pair: past this length (far beyond its training
# sentences) rule confidences stand, so a run-on "sentence" of thousands of words is not quadratic.
DSE_MAX_EVIDENCE_CHARS = 1500


def _check_direction(doc: Doc, blames: list[Blame]) -> None:
    """Scale confidence by the DSE model's view of direction when both ends are spans in one sentence."""
    pairs = [(i, b) for i, b in enumerate(blames)
             if b.source.kind == "actor" and b.source.span and b.target.span
             and b.evidence.span[0] <= min(b.source.span[0], b.target.span[0])
             and max(b.source.span[1], b.target.span[1]) <= b.evidence.span[1]
             and b.source.span != b.target.span
             and b.evidence.span[1] - b.evidence.span[0] <= DSE_MAX_EVIDENCE_CHARS]
    if not pairs:
        return
    try:
        from ..models.dse import features, load_model

        model = load_model()
    except Exception:  # noqa: BLE001 - the model only tunes confidence; rules stand without it
        log.debug("DSE model unavailable; confidences left as rule values")
        return
    feats, flips = [], []
    for _, b in pairs:
        src_first = b.source.span[0] < b.target.span[0]
        e1, e2 = (b.source.span, b.target.span) if src_first else (b.target.span, b.source.span)
        feats.append(features(doc, e1, e2))
        flips.append(not src_first)
    probs = model.scores(feats)
    for (i, b), p, flip in zip(pairs, probs, flips):
        fwd, rev = (p[4], p[3]) if flip else (p[3], p[4])
        b.confidence = round(min(1.0, max(0.0, b.confidence * (0.8 + 0.4 * (fwd - rev)))), 3)
