"""Even-handedness of the actor resolver: counterparts on either side are known alike, and a coordination the
tagger ran into one entity is split into its names whichever name comes first (hand-written sentences)."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from spinmap.nlp.actors import load_table, resolve_actors


def _actor(nlp, text: str, surface: str):
    """The actor at the last occurrence of ``surface`` in ``text``."""
    doc = nlp(text)
    start = text.rindex(surface)
    return resolve_actors(doc).actor_at(start, start + len(surface))


# Each row: the same sentence with a name from one side and its counterpart from the other.
COUNTERPARTS = [
    ("{} denied the report on Monday.", ("Xi", "Xi Jinping"), ("Biden", "Joe Biden")),
    ("{} denied the report on Monday.", ("Harris", "Kamala Harris"), ("Pelosi", "Nancy Pelosi")),
    ("Voters in Ohio heard {} speak twice.", ("Clinton", "Hillary Clinton"), ("Trump", "Donald Trump")),
    ("Voters in Ohio heard {} speak twice.", ("Sanders", "Bernie Sanders"), ("Cruz", "Ted Cruz")),
    ("Voters in Ohio heard {} speak twice.", ("McConnell", "Mitch McConnell"), ("Schumer", "Chuck Schumer")),
    ("Voters in Ohio heard {} speak twice.", ("Obama", "Barack Obama"), ("McCain", "John McCain")),
    ("{} said the convoy was hit at dawn.", ("Ukraine's Defence Ministry", "Ukrainian Defence Ministry"),
     ("Russia's Defence Ministry", "Russian Defence Ministry")),
    ("{} said the convoy was hit at dawn.", ("Armenia's Foreign Ministry", "Armenian Foreign Ministry"),
     ("Azerbaijan's Foreign Ministry", "Azerbaijani Foreign Ministry")),
    ("{} said the convoy was hit at dawn.", ("The Armenian Defence Ministry", "Armenian Defence Ministry"),
     ("The Azerbaijani Defence Ministry", "Azerbaijani Defence Ministry")),
    ("A statement from {} came late.", ("Ukraine's Armed Forces", "Ukrainian Armed Forces"),
     ("Russia's Armed Forces", "Russian Armed Forces")),
    ("{} said the drills were routine.", ("China's Foreign Ministry", "Chinese Foreign Ministry"),
     ("Russia's Foreign Ministry", "Russian Foreign Ministry")),
    ("{} said the drills were routine.", ("The PLA", "People's Liberation Army"), ("The Pentagon", "Pentagon")),
    ("{} said the drills were routine.", ("Iran's Intelligence Ministry", "Iranian Intelligence Ministry"),
     ("The Mossad", "Mossad")),
    # a day or month before a capital glues nothing to it, whichever capital it is
    ("An official said on Wednesday {} was breaking the law.", ("Kyiv", "Ukraine"), ("Moscow", "Russia")),
    ("Officials said on Friday {} had broken the truce.", ("Baku", "Azerbaijan"), ("Yerevan", "Armenia")),
]


@pytest.mark.parametrize("template, one, other", COUNTERPARTS)
def test_actors_even_counterparts_are_both_table_actors(nlp, template, one, other):
    kinds = set()
    for surface, name in (one, other):
        actor = _actor(nlp, template.format(surface), surface.removeprefix("The "))
        assert actor is not None and actor.name == name, (surface, actor)
        kinds.add(actor.kind)
    assert len(kinds) == 1


@pytest.mark.parametrize("adjective, actor", [
    ("Republican", "Republican Party"), ("Democratic", "Democratic Party"), ("NATO", "NATO"), ("CSTO", "CSTO"),
])
def test_actors_even_counterpart_adjectives_name_their_actor(adjective, actor):
    assert load_table().adjectives.get(adjective) == actor


@pytest.mark.parametrize("text, names", [
    ("Velkor and Marandi lied to the council about the budget.", ["Velkor", "Marandi"]),
    ("Marandi and Velkor lied to the council about the budget.", ["Marandi", "Velkor"]),
    ("Ostrik, Marandi and Velkor lied to the council about the budget.", ["Ostrik", "Marandi", "Velkor"]),
])
@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_actors_even_coordinated_entity_splits_into_its_names(nlp, text, names, label):
    doc = nlp(text)
    end = next(t.i for t in doc if t.text == "lied")
    doc.ents = [Span(doc, 0, end, label=label)]  # the tagger's merge, forced so the rule is what is tested
    index = resolve_actors(doc)
    found = [doc.text[s:e] for s, e, _ in index.mentions_in(0, doc[end].idx)]
    assert found == names
    assert len({index.actor_at(s, e).id for s, e, _ in index.mentions_in(0, doc[end].idx)}) == len(names)


@pytest.mark.parametrize("text, whole", [
    ("The Ministry of Trade and Industry lied about the budget.", "Ministry of Trade and Industry"),
    ("Velkor and sons lied about the budget.", "Velkor and sons"),
])
def test_actors_even_coordination_with_a_common_word_stays_whole(nlp, text, whole):
    doc = nlp(text)
    start = text.index(whole)
    span = doc.char_span(start, start + len(whole))
    doc.ents = [Span(doc, span.start, span.end, label="ORG")]
    assert [doc.text[s:e] for s, e, _ in resolve_actors(doc).mentions_in(0, len(text))] == [whole.removeprefix("The ")]


@pytest.mark.parametrize("text, surface, name", [
    ("Mrs. Clinton spoke at the rally in Ohio.", "Clinton", "Hillary Clinton"),
    ("Mr. Trump spoke at the rally in Ohio.", "Trump", "Donald Trump"),
])
def test_actors_even_honorific_that_fits_keeps_the_table_person(nlp, text, surface, name):
    assert _actor(nlp, text, surface).name == name


@pytest.mark.parametrize("text, surface, wrong", [
    ("Mr. Clinton spoke at the rally in Ohio.", "Clinton", "Hillary Clinton"),
    ("Mrs. Trump spoke at the rally in Ohio.", "Trump", "Donald Trump"),
    ("Anna Velkor spoke first. Later Mr. Velkor took questions.", "Mr. Velkor", "Anna Velkor"),
    ("Ivan Velkor spoke first. Later Mrs. Velkor took questions.", "Mrs. Velkor", "Ivan Velkor"),
])
def test_actors_even_honorific_of_the_other_gender_is_another_person(nlp, text, surface, wrong):
    actor = _actor(nlp, text, surface.split()[-1])
    assert actor is not None and actor.name != wrong and actor.kind == "person"
