"""Round-13 actor rules, from a hand-labelled sample of train articles (PolNeAR, SemEval-2025 T10): one person must
stay one node and two people two. Person names trip the tagger as organisations, surname particles ("van der",
"bin", "al-") split or merge people, titles and honorifics ("Judge", "Sen.", "Ms.") and editors' brackets
("[Peter] Halvorsen") hide a known name, common first names had no gender (so "she" went to a man), and a
clipped organisation name ("the Fed") joined a regional branch; platforms were people, a capitalised stop word
after a headline glued to a country, and one name got two kinds in one article. All names are invented; rules
that pick between two people are mirrored (the other order, the other gender).
"""
from __future__ import annotations

import pytest

from spinmap.nlp.actors import resolve_actors


def _index(nlp, text: str):
    return resolve_actors(nlp(text))


def _at(index, text: str, surface: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return index.actor_at(start, start + len(surface))


def test_a_person_the_tagger_calls_an_organisation_is_a_person_with_a_gender(nlp):
    text = "Eva-Maria Kessler said the plan failed."
    index = _index(nlp, text)
    actor = _at(index, text, "Eva-Maria Kessler")
    assert actor is not None and actor.kind == "person"
    assert index.gender(actor.id) == "f"


def test_an_organisation_named_after_a_person_stays_an_organisation(nlp):
    text = "Mark Hollis met the Maria Theresa Foundation."
    index = _index(nlp, text)
    assert _at(index, text, "Maria Theresa Foundation").kind == "organization"


PARTICLE_SURNAMES = [  # (text, full name, later surname-only mention): one actor, the mention covers the particles
    ("Ursula van der Berg spoke first. Van der Berg said the plan failed.", "Ursula van der Berg", "Van der Berg"),
    ("Carlos de la Vega arrived. De la Vega said the talks failed.", "Carlos de la Vega", "De la Vega"),
    ("Hamid bin Tarek arrived in the city. Bin Tarek said the talks failed.", "Hamid bin Tarek", "Bin Tarek"),
]


@pytest.mark.parametrize("text,full,short", PARTICLE_SURNAMES, ids=["van-der", "de-la", "bin"])
def test_a_surname_with_particles_joins_the_full_name(nlp, text, full, short):
    index = _index(nlp, text)
    person = _at(index, text, full)
    assert person is not None and person.kind == "person"
    assert _at(index, text, short) is person
    start = text.index(short)
    assert (start, start + len(short)) in person.mentions


@pytest.mark.parametrize("first,second", [("al-Rashidi", "al-Fayez"), ("al-Fayez", "al-Rashidi")])
def test_an_article_particle_is_no_shared_surname(nlp, first, second):
    text = f"Omar {first} spoke on Monday. Later {second} said the talks failed."
    index = _index(nlp, text)
    assert _at(index, text, second) is not _at(index, text, f"Omar {first}")


@pytest.mark.parametrize("first,honorific,pronoun,gender", [("Marta", "Ms.", "she", "f"), ("Tomas", "Mr.", "he", "m")])
def test_an_honorific_gives_the_named_person_a_gender(nlp, first, honorific, pronoun, gender):
    text = f"{first} Kovel met the mayor. Later {honorific} Kovel said {pronoun} would run again."
    index = _index(nlp, text)
    person = _at(index, text, f"{first} Kovel")
    assert _at(index, text, "Kovel", nth=1) is person
    assert index.gender(person.id) == gender


TITLED = [  # (text, full name, later title + surname)
    ("Judge Dana Whitlow ruled on Friday. Judge Whitlow said the case had failed.", "Dana Whitlow", "Judge Whitlow"),
    ("Justice Ada Morrow ruled on Friday. Justice Morrow said the case had failed.", "Ada Morrow", "Justice Morrow"),
    ("Commissioner Dara Velko spoke on Friday. Commissioner Velko said the plan had failed.", "Dara Velko",
     "Commissioner Velko"),
]


@pytest.mark.parametrize("text,name,later", TITLED, ids=["judge", "justice", "commissioner"])
def test_a_court_or_abbreviated_title_is_no_part_of_the_name(nlp, text, name, later):
    index = _index(nlp, text)
    person = _at(index, text, name)
    assert person is not None and person.name == name
    assert _at(index, text, later) is person


def test_a_label_before_a_name_named_again_is_no_first_name(nlp):
    text = "Hoosier Ann Hale spoke on Friday. Ann Hale said the bill had failed."
    index = _index(nlp, text)
    person = _at(index, text, "Ann Hale")
    assert person is not None and person.name == "Ann Hale"
    assert _at(index, text, "Ann Hale", nth=1) is person


def test_an_editors_bracket_is_part_of_the_name(nlp):
    text = "[Peter] Halvorsen said the plan failed. Peter Halvorsen left the room."
    index = _index(nlp, text)
    person = _at(index, text, "Halvorsen")
    assert person is not None and person.name == "Peter Halvorsen"
    assert _at(index, text, "Peter Halvorsen") is person


@pytest.mark.parametrize("woman_first", [True, False])
def test_a_common_first_name_gives_the_gender_a_pronoun_needs(nlp, woman_first):
    woman, man = "Jane Holloway", "Greg Dunmore"
    first, second = (woman, man) if woman_first else (man, woman)
    text = f"{first} met {second} on Monday. {'She' if woman_first else 'He'} said the deal was dead."
    index = _index(nlp, text)
    pronoun = "She" if woman_first else "He"
    assert _at(index, text, pronoun) is _at(index, text, first)


def test_a_clipped_name_joins_the_institution_not_its_regional_branch(nlp):
    text = "The Ostrava Fed raised its forecast. The Federal Reserve held rates. The Fed said inflation eased."
    index = _index(nlp, text)
    assert _at(index, text, "Fed", nth=2) is _at(index, text, "Federal Reserve")  # nth=1 is inside "Federal"
    assert _at(index, text, "Ostrava Fed") is not _at(index, text, "Federal Reserve")


def test_a_shorter_name_still_joins_a_longer_one(nlp):
    text = "The Ukrainian Foreign Ministry protested on Monday. The Foreign Ministry said the talks failed."
    index = _index(nlp, text)
    assert _at(index, text, "Foreign Ministry", nth=1) is _at(index, text, "Ukrainian Foreign Ministry")


@pytest.mark.parametrize("text,platform", [
    ("The senator wrote on Twitter that the plan had failed.", "Twitter"),
    ("The mayor posted on Facebook that the plan had failed.", "Facebook"),
])
def test_a_platform_is_an_organisation_not_a_person(nlp, text, platform):
    index = _index(nlp, text)
    actor = _at(index, text, platform)
    assert actor is not None and actor.kind == "organization"


def test_a_capitalised_stop_word_after_a_headline_glues_no_name(nlp):
    text = "Border Talks Resume At Dawn\n If Norway decides to close the crossing, the talks fail."
    index = _index(nlp, text)
    assert _at(index, text, "Norway").kind == "country"


def test_a_plural_demonym_the_table_let_pass_is_still_the_table_people(nlp):
    text = "Ban Russians Now\n\nWHY should Russians be free to travel to the coast?"
    index = _index(nlp, text)
    assert _at(index, text, "Russians") is _at(index, text, "Russians", nth=1)


def test_one_name_is_one_kind_of_actor_in_an_article(nlp):
    text = "Delray Marsh said the plan failed. Delray Marsh left. Critics of Delray Marsh agree. Delray Marsh won in Delray Marsh."
    index = _index(nlp, text)
    person = _at(index, text, "Delray Marsh")
    assert person.kind == "person"
    assert all(_at(index, text, "Delray Marsh", nth=k) is person for k in range(5))


def test_an_acronym_after_a_place_ending_a_longer_name_names_the_whole(nlp):
    text = ("A lawsuit by the Citizens for Open Records and Ethics in Dover (CORED) was filed on Monday. CORED said "
            "the agency had hidden the files. A judge sided with CORED.")
    index = _index(nlp, text)
    group = _at(index, text, "Citizens for Open Records and Ethics")
    assert _at(index, text, "CORED", nth=1) is group
    assert _at(index, text, "Dover") is not group


def test_an_acronym_after_a_place_with_no_named_whole_is_no_alias_of_the_place(nlp):
    text = "The watchdog Voters for Fair Maps in Ohio (VFMO) sued the state on Monday. The VFMO said the maps were rigged."
    index = _index(nlp, text)
    assert _at(index, text, "VFMO", nth=1) is not _at(index, text, "Ohio")


def test_an_acronym_of_the_name_before_it_is_still_learnt(nlp):
    text = "The Eastern Grain Board (EGB) sued the city. EGB said no."
    index = _index(nlp, text)
    assert _at(index, text, "EGB", nth=1) is _at(index, text, "Eastern Grain Board")


@pytest.mark.parametrize("left,right", [("Oskar Brekke", "Tomas Mertz"), ("Tomas Mertz", "Oskar Brekke")])
def test_a_headline_run_of_names_keeps_each_person_apart(nlp, left, right):
    headline = f"{left.split()[1]} Scorches {right.split()[1]}"
    text = f"{headline}\n\n{left} attacked {right} on Monday. {right.split()[1]} said the tax would stay."
    index = _index(nlp, text)
    assert _at(index, text, right.split()[1]) is _at(index, text, right)
    assert _at(index, text, right) is not _at(index, text, left)


def test_a_headline_name_named_again_keeps_its_first_name(nlp):
    text = "Tiber Okafor Charged Again\n\nOn Monday, Tiber Okafor met his aunt Lena Okafor in court. Okafor said no."
    index = _index(nlp, text)
    tiber = _at(index, text, "Tiber Okafor", nth=1)
    assert tiber is not None and tiber.name.startswith("Tiber Okafor")
    assert tiber is not _at(index, text, "Lena Okafor")


def test_a_clipped_name_joins_the_shortest_of_nested_names(nlp):
    text = ("The Federal Reserve held rates. The Ostrava Fed raised its forecast. The Federal Reserve Board met on "
            "Monday. The Fed said inflation eased.")
    index = _index(nlp, text)
    assert _at(index, text, "Fed said") is _at(index, text, "Federal Reserve")
