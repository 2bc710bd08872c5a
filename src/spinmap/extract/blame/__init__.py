"""Who blames whom: accuser, accused, charge and voice, with the evidence sentence.

Rules over the dependency parse and the ``lexicons/blame_*.txt`` word lists. Accusation
verbs (blame, accuse, hold responsible) make their subject the accuser and their object the
accused; misdeed verbs/nouns (betray, occupy, "X's aggression") and loaded adjectives
("X's provocative statements") make the doer the accused, with the accuser being whoever
voices the clause: a quote's speaker or a reporting verb's subject (voice ``reported``), else
the article's author (voice ``authorial``). "Per X" voices a clause as "according to X" does when X is someone; a
verb that makes a finding known ("X admitted/announced/revealed that Y ...") voices its that-clause, but not a
confession (a doer that is a pronoun or the speaker) nor a fact set beside it (a comma-set relative or a
time clause). Under an agentless report ("are told that", "it is said
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

Negated blames ("not to blame", "neither X nor Y is inclined to attack Z", "X committed no crime", "it is not that X
lied"; but not "..., but not before X looted Y", which only says when) are kept with ``negated=True`` and a lower
confidence, so a reader sees who is explicitly exempted; consumers that count accusations
should filter them out. Hedged blames (allegedly, may, would) get ``hedged=True``. An accusation
demanded of someone ("X should/must condemn Y", "X has to hold Y accountable") is not X's: whoever
voices the clause (the author, a reporting speaker) holds Y to blame; an irrealis one ("X would blame
Y") stays X's, hedged. When the accuser and accused are both actors in one sentence, the shipped DSE
direction model adjusts the rules' confidence. The confidence reported is the trust model's (``trust``): the
chance a careful reader accepts the record, learnt from judged records, reading the rules' value among its features.

Only actors are accused: a target must resolve to a named actor, be a third-person pronoun, or be a
noun phrase headed by a ``blame_actor_nouns.txt`` word (officials, forces, the junta). "Condemned the
blockade" or "blamed icy roads" therefore blame nobody; nor does a label naming a kind of people ("the most notorious
zealots", a creed's "these diet extremists want ...", ``stance_labels``) or anyone of a kind in an imagined
accusation ("might blame a governor"). Misdeeds inside a denial ("X denied that its
troops shelled Y"), under a question, in an unrealised infinitive ("reluctance to condemn X"), under
abstaining ("refrained from condemning X", ``blame_abstention_words.txt``) or in what an excuse is made
with ("excusing their delay with the treacherous government", ``blame_excuse_verbs.txt``) are not asserted by
anyone and yield nothing; nor does a scare-quoted epithet that names no actor, or combat against military
materiel ("sank navy vessels", ``blame_military_targets.txt``). A name before a violent act noun is its doer
only when it is a demonym or a known organisation, group, country or person: one the NER tagger alone found, or
a known place or thing, is where, on what or through what it happened ("the Riverton attack", "the Druzhba
sabotage", "the Telegram attacks"). A misdeed its doer is said never to have vowed, not to want or not to be
plotting ("he never vowed to shell X", ``vow_verbs``, ``intent_verbs``) is an intention disowned: nothing is charged,
not even negated. An accusation nobody named holds, mentioned only to be dismissed ("the charges against X are
bogus", ``blame_dismissal_words.txt``), is kept negated.

A label or epithet given by a naming verb ("X called Y a traitor", "Y, whom X described as a tyrant") is the
namer's charge against Y; a guilty plea, posing a threat, having victims ("the victims of X", X a known actor) and
resorting to a misdeed blame their subject or owner. Whoever helps a misdeed ("with help from Z") is blamed with its
doer, and the named examples of a plural ("officials like A and B") with the plural; so is whoever is involved in a
misdeed or organises one ("the coordinator of the trafficking network"), rejects peace, wages "X's war on Y", breaks
a promise ("did not keep its promises") or uses people as cannon fodder or human shields. A plural pronoun
(they/them/their) stands for the nearest earlier organisation, country or group subject ("X rejected the truce. They
want ..."). An account noun's gerund ("the story of X destroying Y") is that account's content: reported, not authorial.
Sending troops into a country ("X sent troops into Y") blames the sender as an invasion does (not as the means
of a reply: "responded to the raid by sending troops into Y"), and an accused armed
force's named owner ("X's soldiers") or a participle's backer ("militants backed by X") is blamed with it; so is whoever is caught in an act ("X was caught admitting ..."). A subject list the parser hung on a fronted phrase
("Before the fall of X, A, B and C were working to ...") is the verb's subject, but no word on another line is
(a credit line "h/t A" the parser glued onto the paragraph below). A subjectless verb in quoted words is no deed of
the speaker around them ("'... to rig the vote,' A and B said", a chant's "stop killing ..."), and a subject pronoun
repeated in a conjoined clause ("he sits behind X, and he betrayed Y") stands for what the first one did. A list
member followed at once by a participle hung elsewhere ("blasting the raids and X dispatching an envoy") is the next
clause's subject, not a member.

A side named in front of an accusation noun holds it ("Ukrainian allegations that X ...", "U.S. charges against X"),
whoever only weighs it does not ("the court will hear the charges", ``examine_verbs``), and a misdeed told again inside
an accusation noun is one record with it; a deed one lists, cites or highlights as an object is one's charge
(``citing_verbs``); a quotation that attribution cut short at a line break keeps its speaker past it. Being held
accountable *to* a standard or a body, holding "one of the top posts" and a branch of law ("his criminal case",
``legal_process_nouns``) charge no one.

A bare noun that only an epithet describes ("corrupt governments", "evil civil authority") is a kind of people, not
anyone accused, unless a name, a determiner, an owner or a named place pins it down; diseases and incidents are things
whatever name they carry ("the Gulf of X incident"). A threat to do what is done to no one ("threats to walk out"), a
plan killed, and an accusation only expected or planned ("don't expect X to condemn Y", "plans to accuse Y") charge no
one. A record that shows rather than says ("the video footage confirms that X lied", ``exhibit_nouns``) leaves the
claim to the author ("records say that X ..." still speak); "as to X" names a topic, not a source; what one reminds
others of is one's charge. A charge skips an inserted "he said", reads "indicted on charges of X" as X and keeps an
attempt ("tried to rape her"). An attack told with the blame it lays ("attacked X, blaming them for Y") is words, and
the same accuser's same charge against a named party and an unresolved pronoun in one sentence is one record. Gerunds
the parser hung on an accusation verb after its charge ("blamed Y for killing A, bombing B ...") are more of the charge,
not the accuser's deeds; a fronted "For decades," is no charge; "no proof of X's guilt" exempts X.

Whoever speaks through a medium of words is the accuser ("X released a video that accuses Y", "a speech denouncing
Y" given by X, "comments from X", "X adopted a resolution denouncing Y", "X unleashed a series of tweets attacking Y",
"X's history of remarks includes blaming Y"; ``medium_nouns``, ``medium_runs``), as is whoever made an
accusation ("an accusation he made that ..."); a speaker named by a role in or a part of something keeps its
of-phrase ("the head of the party's ethics panel"). A stance is its holder's voice, not the author's:
"bemoaned/speculated/resent" (speech verbs), "pointed out" (``speech_phrases``), "in X's view", "his frustration over
Y's failure", "fearmongering about / concerned about Y's meddling", "faced criticism for", "media reports that", and
the reason an accuser gives ("faulted X because Y betrayed Z"). What is said is never in who says it: of a headline's
speech verb the parser gave two subjects ("X moves arms amid the threat posed by Y - as Z warns ..."), the other
subject's phrase is not Z's.
Acts only supposed ("in case of war they could bomb X", "the risk of an invasion", "an attack is unlikely"), urged
("X should invade Y", "pressed Y to stop bombing Z"), called for or shied from ("calls to kill X"), done to one's own
property, a course given up by choice, or a cause ruled out ("not due to X's meddling") accuse nobody; a dropped
charge is kept negated.

A crime word alone ("the terrorists fled", "the suspect"; ``crime_labels``) tells of a crime's culprits and charges no
one; "condemned X's arrest" (``undergone_nouns``) is about what was done to X; "any X accused of ..." is nobody in
particular; "a former X official" is no longer X; a speaker's own deed in a quote ("We will ...") is not charged to
the speaker. An accusation gerund on another verb's preposition ("after accusing", "devoted hours to criticizing";
``control_preps``) and an attack in words one goes on or offers (``attack_carriers``) are that verb's subject's.
A refusal charges only when what is refused is owed ("refused to pay/release"; not "to sign/intervene/concede",
``blame_neutral_complements``; nor to use or go along with something, ``unowed_acts``; nor to pay "in roubles",
``payment_means``); harming what the doer itself earned ("the trust they had won", ``gain_verbs``), leaving by a vote, killing a
bill (``motions``), failing "to do what it takes to compete" and failing to reach an accord ("to find common ground",
``accord_verbs``) wrong no one. An accusation foretold ("they will blame Y", not a speaker's own "we will hold Y
accountable") is hedged like "would blame", and so is a purpose infinitive under a hedged verb ("would likely send
troops to raze X"). A deed under an intention only guessed at ("X might plan to exploit Y", "might have wanted to
kill"), one asked about in a yes/no question even a speaker asks ("Can X destroy Y?") and an accusation one merely
can make ("how voters can hold X accountable") are not told. Vilifying or demonizing is a misdeed
(``blame_misdeed_verbs.txt``): the doer is charged by whoever voices it, not the one vilified. Attacking someone's
qualities ("his rival's inexperience", ``discourse_objects``) is words, not an assault. Whoever forces a misdeed is
blamed like one who orders it, not the one forced (``blame_directive_verbs.txt``); the deeds a threat names were not
done; "X should have invaded Y" wishes a deed that was not done, and "should not have" faults one that was; a
participle listed after a passive ("men were butchered, women abducted") is passive too; "the <name> killer" and "a
<name> accuser" are not that name (``follower_nouns``), and "people like A and B" are A and B. An agentless "was also
criticized" has the critic named within the two sentences before; "did not fail to inform" tells no wrong; a person's
"persecution" or "murder" (``undergone_nouns``) is what the person underwent.

Charges are the trigger's phrase cut at ``MAX_CHARGE_TOKENS`` where whole phrases end (finishing one within
``CHARGE_OVERRUN`` words), without comma-set relative clauses and appositions. A bare accusation ("criticized X",
"attacked X") takes the charge its companion clause gives ("..., accusing them of Y", "..., calling him a Z"), or the
deed a restrictive relative clause on its object tells ("rebuked the aides who leaked X"); words condemned "from X"
are X's charge, and "he should be held accountable" takes the deed of the clause it is joined to.

Where the rules live (modules in layers: each imports only from those above it in this list):

- ``words``: word classes and the ``Lexicons`` word lists; ``UNSPECIFIED``, ``MAX_CHARGE_TOKENS``, ``CHARGE_OVERRUN``.
- ``parse``: parse helpers: subjects, objects, passives, governors, noun-phrase/name spans, list expansion (``_expand``).
- ``charge``: building a charge's text (clipping, contractions, quote marks, order and noun charges).
- ``context``: the per-article ``_Ctx`` (who a token names, who voices a clause, pronoun binding), ``_Who``, ``_Found``.
- ``assertion``: negated, hedged, conjectured, denied, unasserted, supposed, urged, abstained, ruled out.
- ``accusations``: accusation verbs and nouns, "hold responsible", "to blame", "is behind", "at fault".
- ``orders``: orders to commit or to stop a misdeed, sponsorship and support, owed refusals, mistagged verbs.
- ``misdeeds``: misdeed verbs and nouns, verbal attacks, broken promises, involvement, organisers, victims.
- ``labels``: naming verbs, labels, epithets, loaded adjectives, crime words.
- ``manner``: loaded adverbs, means, others' expense, hostile interests, persuasion, predicate adjectives, duties.
- ``targets``: who may be accused; commanders and backers blamed with a force.
- ``collect``: ``_candidates``, which trigger finder reads each token.
- ``trust``: each finished record's confidence, from a model fitted on judged records (``models/blame_trust/``).
- ``build``: ``extract_blames``: checks, voice, evidence, confidence, DSE direction, restated and repeated records.
"""
from __future__ import annotations

from .build import extract_blames
from .words import CHARGE_OVERRUN, MAX_CHARGE_TOKENS, UNSPECIFIED, Lexicons, lexicons

__all__ = ["CHARGE_OVERRUN", "MAX_CHARGE_TOKENS", "UNSPECIFIED", "Lexicons", "extract_blames", "lexicons"]
