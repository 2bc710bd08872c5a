"""Blame round 25: the wrong one accused (seed 2626 train samples, checked on 2525 and 2424).

A subjectless verb in quoted words does not take the subject of a governor outside the quote: words quoted before
their speech verb ("'... to rig the vote,' A and B said") are not a deed of the speakers (the parser hangs the
infinitive on "said", so one co-speaker was made the accused), and a chant that opens with an order ("they chanted
'stop killing ...'") speaks to someone, it does not confess the chanters' deed. An infinitive whose "to" stands outside
the marks ("vowed to 'shell' X") is still the speaker's own. A subject pronoun repeated in a conjoined clause ("he
sits behind X, and he betrayed Y") is the one the first stood for, not the name between them. A list member followed
at once by a participle the parser hung elsewhere ("with deputies blasting the raids and X dispatching an envoy") is
the next clause's subject, not one of those blasted. Examples are our own sentences, mirrored over the shared
sides of test_blame_constructions.
"""
from __future__ import annotations

import pytest

from test_blame_constructions import PAIRS, assert_exactly, fill, run

NOTHING = [
    # failed on the old code: the second speaker was accused of the quoted deed by the first
    ("\"It smells of a plot to let cronies like the bankers . . . to steal the pension fund,\" {P} and the mayor of {K} "
     "wrote on Sunday.", []),
    # each failed on the old code: the chanters were accused of the killing they chant against
    ("As they marched down Elm Street, the {N} students chanted \"stop killing our reporters\" and \"free the prisoners.\"",
     []),
    ("Outside the embassy of {C2}, the {N} protesters chanted \"stop killing children\" and waved flags.", []),
    ("Walking through {K}, they chanted \"stop jailing our poets\" and \"shame.\"", []),
]
CLAUSE_SUBJECT = [
    # each failed on the old code: the next clause's subject, parsed as a member of the object list, was accused
    ("The row broke into the open on Tuesday, with nearly forty {N} deputies blasting the raids and {K2} dispatching "
     "an envoy to calm the furor.", []),
    ("The quarrel became public on Friday, with about thirty {N} senators denouncing the purge and {K2} dispatching a "
     "minister to soothe them.", []),
    ("The dispute surfaced on Tuesday, with many {N} deputies condemning the raids and {K2} sending an envoy to calm "
     "the uproar.", []),
    # guards: a list member the participle describes, and a list with no participle after it
    ("{P} condemned {K2} and the {N2} troops firing on the villages.",
     [("{P}", "{K2}", "reported"), ("{P}", "{N2} troops", "reported")]),
    ("On Tuesday, forty {N} deputies blasted {K2} and the {N2} generals.",
     [("forty {N} deputies", "{K2}", "reported"), ("forty {N} deputies", "{N2} generals", "reported")]),
]
SAME_HE = [
    # each failed on the old code: the repeated "he" was bound to the name between the two clauses
    ("{P} is a fool. He sits right behind {P2} at the summit, and he has betrayed the voters.",
     [("<author>", "{P}", "authorial")]),
    ("Nobody trusts {P}. He stood next to {P2} at the summit, and then he betrayed the voters.",
     [("<author>", "{P}", "authorial")]),
]
FOUND = [
    # guards: an infinitive whose "to" is outside the marks, a quote with its own subject, an order to stop with
    # its addressee named
    ("{P} vowed to \"shell\" the villages of {C2}.", [("<author>", "{P}", "authorial")]),
    ("{P} said: \"{K2} wants to shell the villages.\"", [("{P}", "{K2}", "reported")]),
    ("\"{K2} must stop shelling the villages,\" {P} said.", [("{P}", "{K2}", "reported")]),
    ("{P} vowed \"to shell the villages of {C2}\".", [("<author>", "{P}", "authorial")]),
    # guards: a name, not a pronoun, in the second clause; a relative clause on the name between
    ("{P} is a fool. He sits right behind {P2}, and {P2} has betrayed the voters.", [("<author>", "{P2}", "authorial")]),
    ("{P} is a fool. He sits right behind {P2}, who has betrayed the voters.", [("<author>", "{P2}", "authorial")]),
    # guards (session 23, after the merge): a first "he" that names no one leaves the second to the usual binding; a
    # participle with no object after the last member only qualifies the list
    ("I know all about {P}, what he's doing to stay in office, and how he's deceiving his loyal followers into "
     "trusting his story.", [("<author>", "{P}", "authorial")]),
    ("The agency decided after a long inquiry not to recommend charges against {P2} or his aides pertaining to "
     "their use of secret files.", [("agency", "{P2}", "reported"), ("agency", "aides", "reported")]),
]


@pytest.mark.parametrize("own,other", PAIRS)
@pytest.mark.parametrize("template,expected", NOTHING + CLAUSE_SUBJECT + SAME_HE + FOUND)
def test_blame_round25(nlp, template, expected, own, other):
    text = fill(template, own, other)
    assert_exactly(run(nlp, text), expected, text, own, other)
