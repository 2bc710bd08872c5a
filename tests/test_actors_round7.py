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


@pytest.mark.parametrize("text,surface,name", [
    ("ZELENSKY MUST GO NOW, SAYS THE SPEAKER!", "ZELENSKY", "Volodymyr Zelensky"),
    ("PUTIN MUST GO NOW, SAYS THE SPEAKER!", "PUTIN", "Vladimir Putin"),
    ("BIDEN FAMILY STINKS OF CORRUPTION!", "BIDEN", "Joe Biden"),
    ("NATO EXPANDS AGAIN TO THE EAST!", "NATO", "NATO"),
])
def test_actors_round7_all_caps_word_matches_the_table(nlp, text, surface, name):
    actor = actor_over(nlp, text, surface)
    assert actor is not None and actor.name == name, (text, actor)


@pytest.mark.parametrize("text,surface", [
    ("THE HUNTER MUST BE STOPPED!", "HUNTER"),  # an all-caps common noun is no name
    ("WE WANT PEACE AND BREAD NOW!", "PEACE"),
])
def test_actors_round7_all_caps_common_word_is_no_actor(nlp, text, surface):
    assert actor_over(nlp, text, surface) is None


@pytest.mark.parametrize("text,surface,kind", [
    ("The Leftist elites insist that the fires are a result of climate change.", "Leftist elites", "group"),
    ("The globalist elites insist that the fires are a result of climate change.", "globalist elites", "group"),
    ("The socialist activists blocked the road.", "socialist activists", "group"),
    ("The Zionist regime ignored the protests.", "Zionist regime", "organization"),
    ("The Islamist regime ignored the protests.", "Islamist regime", "organization"),
])
def test_actors_round7_camp_adjective_before_an_actor_noun_names_a_group(nlp, text, surface, kind):
    actor = actor_over(nlp, text, surface)
    assert actor is not None and actor.kind == kind and actor.name == surface, (text, actor)


@pytest.mark.parametrize("text,surface", [
    ("The liberal arts college opened in May.", "liberal arts"),  # no actor noun after the adjective
    ("Conservative estimates put the cost at ten million.", "Conservative estimates"),
    ("The progressive tax rose again.", "progressive tax"),
])
def test_actors_round7_camp_adjective_before_other_nouns_is_no_actor(nlp, text, surface):
    assert actor_over(nlp, text, surface) is None


@pytest.mark.parametrize("text,surface", [
    ("Funds came from the industry and even Hollywood's Tarvo McKeown, who pledged four million.", "Tarvo McKeown"),
    ("The funniest comment came from the minister of Foreign Affairs, Ondrej Barth Kovalik, who said it was new.",
     "Ondrej Barth Kovalik"),
])
def test_actors_round7_name_before_who_is_a_person(nlp, text, surface):
    actor = actor_over(nlp, text, surface)
    assert actor is not None and actor.kind == "person" and actor.name == surface, (text, actor)


@pytest.mark.parametrize("text,surface", [
    ("Funds came from the Green Valley, which pledged four million.", "Green Valley"),  # 'which', not 'who'
    ("The report named Green Valley as the source.", "Green Valley"),
])
def test_actors_round7_capitalised_words_without_who_stay_as_ner_has_them(nlp, text, surface):
    actor = actor_over(nlp, text, surface)
    assert actor is None or actor.kind != "person", (text, actor)
