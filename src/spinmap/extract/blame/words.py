"""The words the blame rules test: small named word classes and the ``Lexicons`` of blame word lists.

Word classes come from ``lexicons/blame_word_classes.tsv`` (one name per class); the larger lists are the
``lexicons/blame_*.txt`` files, read once by ``lexicons()``. Classes read by rules in several modules live here;
a class only one rule needs sits beside that rule. Also the public constants ``UNSPECIFIED`` (an accuser nobody
named), ``MAX_CHARGE_TOKENS`` and ``CHARGE_OVERRUN`` (charge length).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..word_classes import word_classes, word_list

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
_CITING_VERBS = _WORD_CLASSES["citing_verbs"]  # "X listed Y's crimes": X's charge
_EXAMINE_VERBS = _WORD_CLASSES["examine_verbs"]  # "investigated the allegations": weighed, not made
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
_EXHIBIT_NOUNS = _WORD_CLASSES["exhibit_nouns"]  # records that show, not say: "the footage confirms ..."
_SHOWING_VERBS = _WORD_CLASSES["showing_verbs"]
_MEDIUM_RUNS = _WORD_CLASSES["medium_runs"]  # "a series of tweets attacking X": whoever gave out the series
_EVENTUALITY_NOUNS = _WORD_CLASSES["eventuality_nouns"]  # "the risk of an invasion": supposed, not done
_EVENTUALITY_ADJECTIVES = _WORD_CLASSES["eventuality_adjectives"]  # "an attack is unlikely", "likely to attack"
_VIEW_NOUNS = _WORD_CLASSES["view_nouns"]  # "in X's view": X voices the clause
_SUPPOSAL_NOUNS = _WORD_CLASSES["supposal_nouns"]  # "in case of war", "in the event of a strike"
_RETRACT_VERBS = _WORD_CLASSES["retract_verbs"]  # "dropped the charge against X"
_SPEECH_PHRASES = _WORD_CLASSES["speech_phrases"]  # "pointed out X's threat": the subject says so
_DISCLOSURE_VERBS = _WORD_CLASSES["disclosure_verbs"]  # "X admitted that Y failed": X's finding (a that-clause only)
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
_MOTIONS = _WORD_CLASSES["motions"]  # "killed the bill": a motion defeated, nobody wronged
_UNOWED_ACTS = _WORD_CLASSES["unowed_acts"]  # "refused to use X", "to go along with Y": declining is no charge
_PERSON_NOUNS = word_list("actor_person_nouns.txt")  # "a Virginia man" is one person from there, not the state
_FOLLOWER_NOUNS = _WORD_CLASSES["follower_nouns"]  # "a <name> supporter / critic" is not that person
_UNDERGONE_NOUNS = _WORD_CLASSES["undergone_nouns"]  # "X's arrest", "X's murder": what X underwent
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


# Word classes read by the rules of several modules
_TIME_MARKS = {"while", "whilst", "when", "after", "before", "since", "once", "upon"}  # "while condemning X"
_SPEECH_FRAMES = {"after", "before", "since", "amid", "following", "despite", "during", "until"}  # "After X's raid, Y said"
_WEAPON_NOUNS = _WORD_CLASSES["weapon_nouns"]  # "a Russian missile killed two": the state that fired it
_DUTY_MISDEEDS = {"prevent", "refuse", "fail"}  # misdeed verbs whose own failure is a duty left undone
_COMBAT = _WORD_CLASSES["combat"]
_RANKS = _WORD_CLASSES["ranks"]
_COURTS = _WORD_CLASSES["courts"]
_VIOLENT_MARKS = _WORD_CLASSES["violent_marks"]  # "her brutal attack on the guests": an assault, not words
_ATTACK_CARRIERS = _WORD_CLASSES["attack_carriers"]
_VICTIM_NOUNS = _WORD_CLASSES["victim_nouns"]
_FIGHT_NOUNS = _WORD_CLASSES["fight_nouns"]
_QUANTITY_NOUNS = {"ten", "dozen", "hundred", "thousand", "million", "billion", "score", "number", "lot", "plenty"}
# "much of the media blamed X", "most of the officials": the part speaks for the group named after "of"
_PART_WORDS = {"much", "most", "many", "some", "several", "part", "majority", "half", "rest", "bulk", "minority"}
_GROUP_PARTS = _QUANTITY_NOUNS | _PART_WORDS
