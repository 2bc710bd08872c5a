"""Round-7 actor rules, from SemEval-2025 entity-framing (train) entities no actor covered: an all-caps word in
a shouting line matches the alias table in title case ("ZELENSKY", "BIDEN"), a political-camp adjective before an
actor noun names a group ("Leftist elites", ``extract/lexicons/actor_camp_adjectives.txt``), and a capitalised
name NER missed is a person when 'who' follows it. Person names are invented where the rule, not the table,
is tested; each positive has a negative that must stay no actor.
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors


def actor_over(nlp, text: str, surface: str):
    doc = nlp(text)
    start = text.index(surface)
    return resolve_actors(doc).actor_at(start, start + len(surface))


# (text, surface, actor name, actor kind): each rule's positives, checked by one test at the end
ALL_CAPS = [  # an all-caps word matches the alias table in title case
    ("ZELENSKY MUST GO NOW, SAYS THE SPEAKER!", "ZELENSKY", "Volodymyr Zelensky", "person"),
    ("PUTIN MUST GO NOW, SAYS THE SPEAKER!", "PUTIN", "Vladimir Putin", "person"),
    ("BIDEN FAMILY STINKS OF CORRUPTION!", "BIDEN", "Joe Biden", "person"),
    ("NATO EXPANDS AGAIN TO THE EAST!", "NATO", "NATO", "organization"),
]


ALL_CAPS_COMMON = [  # an all-caps common noun is no name
    ("THE HUNTER MUST BE STOPPED!", "HUNTER"),
    ("WE WANT PEACE AND BREAD NOW!", "PEACE"),
]


CAMPS = [  # a camp adjective before an actor noun names a group (an organisation for state nouns) of its own
    ("The Leftist elites claim that the floods prove their case.", "Leftist elites", "Leftist elites", "group"),
    ("The globalist elites claim that the floods prove their case.", "globalist elites", "globalist elites", "group"),
    ("The socialist activists blocked the road.", "socialist activists", "socialist activists", "group"),
    ("The Zionist regime ignored the protests.", "Zionist regime", "Zionist regime", "organization"),
    ("The Islamist regime ignored the protests.", "Islamist regime", "Islamist regime", "organization"),
]


CAMP_OTHER_NOUNS = [  # no actor noun after the camp adjective
    ("The liberal arts college opened in May.", "liberal arts"),
    ("Conservative estimates put the cost at ten million.", "Conservative estimates"),
    ("The progressive tax rose again.", "progressive tax"),
]


DEEDS = [  # a demonym adjective before a deed noun is the state that acts (session 9), for either side
    ("The Russian invasion destroyed the town.", "Russian", "Russia", "country"),
    ("The Ukrainian invasion destroyed the town.", "Ukrainian", "Ukraine", "country"),
    ("Azerbaijani drone strikes hit the road.", "Azerbaijani", "Azerbaijan", "country"),
    ("Armenian drone strikes hit the road.", "Armenian", "Armenia", "country"),
    ("Western meddling in the region continued.", "Western", "the West", "group"),
]


DEED_OTHER_NOUNS = [  # the demonym names the victim or a culture, not a doer; a camp adjective names no group
    ("The Armenian genocide was remembered in April.", "Armenian"),
    ("Iranian sanctions were lifted in May.", "Iranian"),
    ("The Russian language is taught there.", "Russian"),
    ("The Zionist aggression was condemned.", "Zionist aggression"),
]


WHO_NAMES = [  # a capitalised name NER missed is a person when 'who' follows it
    ("Funds came from the industry and even Hollywood's Tarvo McKeown, who pledged four million.", "Tarvo McKeown",
     "Tarvo McKeown", "person"),
    ("The funniest comment came from the minister of Foreign Affairs, Ondrej Barth Kovalik, who said it was new.",
     "Ondrej Barth Kovalik", "Ondrej Barth Kovalik", "person"),
]


@pytest.mark.parametrize("text,surface", [
    ("Funds came from the Green Valley, which pledged four million.", "Green Valley"),  # 'which', not 'who'
    ("The report named Green Valley as the source.", "Green Valley"),
])
def test_actors_round7_capitalised_words_without_who_stay_as_ner_has_them(nlp, text, surface):
    actor = actor_over(nlp, text, surface)
    assert actor is None or actor.kind != "person", (text, actor)


@pytest.mark.parametrize("text,surface,name,kind", ALL_CAPS + CAMPS + WHO_NAMES + DEEDS)
def test_actors_round7_surface_names_its_actor(nlp, text, surface, name, kind):
    actor = actor_over(nlp, text, surface)
    assert actor is not None and (actor.name, actor.kind) == (name, kind), (text, actor)


@pytest.mark.parametrize("text,surface", ALL_CAPS_COMMON + CAMP_OTHER_NOUNS + DEED_OTHER_NOUNS)
def test_actors_round7_common_words_are_no_actor(nlp, text, surface):
    assert actor_over(nlp, text, surface) is None
