"""Behaviour of extract_blames on tiny hand-written sentences: structure, flags, spans, even-handedness."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinmap.extract.blame import extract_blames
from spinmap.nlp.actors import resolve_actors
from spinmap.records import Quote, SpeakerRef, TextSpan


def blames_for(nlp, text, quotes=(), author=None):
    doc = nlp(text)
    return extract_blames(doc, resolve_actors(doc), list(quotes), author)


def direct_quote(text, speaker, content):
    """A direct Quote record crediting ``content`` to ``speaker``, both found in ``text``."""
    s, sp = text.index(content), text.index(speaker)
    return Quote(kind="direct", speaker=SpeakerRef(name=speaker, span=(sp, sp + len(speaker))),
                 content=TextSpan(text=content, span=(s, s + len(content))), confidence=0.9)


def surface(text, ref):
    return text[ref.span[0]:ref.span[1]] if ref.span else ref.name


def signature(text, blames, names):
    """Blames as (accuser, accused, voice, negated, hedged) with names replaced by their placeholder."""
    def slot(ref, kind="actor"):
        if kind == "author":
            return "<author>"
        s = surface(text, ref)
        return next((k for k, n in names.items() if n in s or s in n), s)
    return sorted((slot(b.source, b.source.kind), slot(b.target), b.voice, b.negated, b.hedged) for b in blames)


TEMPLATES = [
    "{A} betrayed {B}.",
    "{B} was betrayed by {A}.",
    "{A} accused {B} of sabotaging the talks.",
    "{A} blamed {B} for the war.",
    "{A} is to blame for the crisis.",
    "{A} allegedly stole the election in {B}.",
    "{A} did not betray {B}.",
    "{A} occupied the lands of {B}.",
    "{A}'s aggression shocked {B}.",
    "{A} does not want peace with {B}.",
    "{A} supports terrorism in {B}.",
    "{A} blamed the blackout on {B}.",
    "{A} held {B} responsible for the attack.",
    "{A}'s propaganda machine attacked {B} again.",
    "The reckless policy of {A} angered {B}.",
    "There were accusations that {A} does not want peace with {B}.",
    "Refugees from {B} were betrayed by {A} and abandoned by the Red Cross.",
    "In turn, people in {B} are told that {A} stole their victory, the spy chief explained.",
]
SIDES = [("Russia", "Ukraine"), ("Washington", "Kyiv"), ("Moscow", "Armenia"), ("Turkey", "Greece"), ("Israel", "Iran"),
         ("China", "Taiwan")]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("pair", SIDES)
def test_blame_even_handed_swap(nlp, template, pair):
    """Swapping which side is the accuser must not change accuser/accused/voice structure."""
    a, b = pair
    t1 = template.format(A=a, B=b)
    t2 = template.format(A=b, B=a)
    s1 = signature(t1, blames_for(nlp, t1), {"A": a, "B": b})
    s2 = signature(t2, blames_for(nlp, t2), {"A": b, "B": a})
    assert s1 == s2
    assert s1, f"no blame found in {t1!r}"


@pytest.mark.parametrize("left,right", [
    ("The Kremlin bets on separatists.", "The West bets on nationalists."),
    ("Moscow betrayed Armenia.", "Washington betrayed Ukraine."),
    ("The Kremlin provokes separatists.", "The West provokes nationalists."),
])
def test_blame_even_handed_across_camps(nlp, left, right):
    """The issue's paired sentences from opposite camps get the same (author -> first actor) structure."""
    l, r = blames_for(nlp, left), blames_for(nlp, right)
    assert [(b.source.kind, b.voice) for b in l] == [(b.source.kind, b.voice) for b in r] == [("author", "authorial")]
    for text, found in ((left, l), (right, r)):
        assert surface(text, found[0].target) in " ".join(text.split()[:2])


@pytest.mark.parametrize("text,accuser,accused,voice", [
    ("Poland accused Belarus of pushing migrants across the border.", "Poland", "Belarus", "reported"),
    ("Egypt held Ethiopia responsible for the water shortage.", "Egypt", "Ethiopia", "reported"),
    ("Yerevan was betrayed by Moscow.", None, "Moscow", "authorial"),
    ("According to Minister Eva Kral, Slovakia violated the treaty.", "Eva Kral", "Slovakia", "reported"),
    ("General Omar Haddad said that Israel provoked the militants.", "Haddad", "Israel", "reported"),
])
def test_blame_direction_and_voice(nlp, text, accuser, accused, voice):
    found = blames_for(nlp, text)
    assert len(found) == 1
    b = found[0]
    assert accused in surface(text, b.target)
    assert b.voice == voice
    if accuser is None:
        assert b.source.kind == "author" and b.source.actor is None
    else:
        assert b.source.kind == "actor" and accuser in surface(text, b.source)


@pytest.mark.parametrize("text,n", [
    ("Senator Mark Hollis blamed the governor, the unions and the press for the strike.", 3),
    ("Mayor Ana Ruiz is blaming everyone for the flooding – the council, the contractors, the weather service.", 3),
    ("Syria and Iran undermined the ceasefire.", 2),
])
def test_blame_list_targets_one_record_each(nlp, text, n):
    found = blames_for(nlp, text)
    assert len(found) == n
    assert len({b.target.span for b in found}) == n


@pytest.mark.parametrize("text,negated,hedged", [
    ("The one person not to blame is the minister.", True, False),
    ("Japan did not blame Korea for the incident.", True, False),
    ("Venezuela allegedly stole the ballots.", False, True),
    ("Colombia reportedly sabotaged the pipeline.", False, True),
    ("Colombia sabotaged the pipeline.", False, False),
])
def test_blame_negation_and_hedge_flags(nlp, text, negated, hedged):
    found = blames_for(nlp, text)
    assert found
    assert all(b.negated is negated and b.hedged is hedged for b in found)


@pytest.mark.parametrize("speaker,target", [("Pierre Dumas", "London"), ("James Hale", "Paris")])
def test_blame_inside_quote_is_reported_by_speaker(nlp, speaker, target):
    text = f'Foreign Minister {speaker} spoke for an hour. "{target} sabotaged the deal."'
    content = f"{target} sabotaged the deal."
    found = blames_for(nlp, text, [direct_quote(text, speaker, content)])
    assert [(b.voice, b.source.kind, surface(text, b.target)) for b in found] == [("reported", "actor", target)]
    assert speaker in surface(text, found[0].source)
    # the same sentence without the quote record falls back to the author's voice
    assert all(b.voice == "authorial" for b in blames_for(nlp, text))


@pytest.mark.parametrize("author,expected", [(None, "<author>"), ("Example Times", "Example Times")])
def test_blame_author_name(nlp, author, expected):
    found = blames_for(nlp, "Moscow betrayed Armenia.", author=author)
    assert [b.source.name for b in found] == [expected]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan signed a trade agreement on Tuesday.",
    "Germany praised Italy for its swift response to the floods.",
    "The company refused to comment on the report.",
    "Who blames whom is the question of this report.",
])
def test_blame_no_spurious(nlp, text):
    assert blames_for(nlp, text) == []


SPAN_TEXTS = [t.format(A=a, B=b) for t, (a, b) in itertools.product(TEMPLATES, SIDES[:2])] + [
    "Title line\nPoland accused Belarus of pushing migrants.\n\nHe blamed the army, the old leadership and Russia.",
    '"We hold Ankara responsible," said Defence Minister Nikos Dendias. Provocative statements were made by Ruth Olsen.',
]


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_blame_spans_reproduce_text(nlp, text):
    """Every span a blame carries indexes the text exactly; evidence never crosses a line break."""
    for b in blames_for(nlp, text):
        s, e = b.evidence.span
        assert text[s:e] == b.evidence.text and "\n" not in b.evidence.text
        assert text[b.cue.span[0]:b.cue.span[1]] == b.cue.text
        assert s <= b.cue.span[0] < b.cue.span[1] <= e
        for ref in (b.source, b.target):
            if ref.span is not None:
                assert 0 <= ref.span[0] < ref.span[1] <= len(text)
        assert 0.0 <= b.confidence <= 1.0 and b.charge


_WORDS = ["Moscow", "Kyiv", "the West", "he", "they", "blamed", "betrayed", "was", "by", "not", "allegedly", "accused",
          "of", "for", "is", "to", "blame", "–", ",", ".", '"', "said", "that", "the army", "and", "refused", "fight",
          "held", "responsible", "\n", "its", "aggression", "provocative", "statements", "on", "your", "conscience"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_blame_never_crashes_and_spans_hold(nlp, words):
    """Word salad from the blame vocabulary never raises, and every emitted span indexes the text."""
    text = " ".join(words)
    for b in blames_for(nlp, text):
        assert text[b.evidence.span[0]:b.evidence.span[1]] == b.evidence.text
        assert text[b.cue.span[0]:b.cue.span[1]] == b.cue.text


@pytest.mark.parametrize("text", [
    "The International Court of Justice condemned the blockade of the corridor.",
    "Police blamed icy roads for the crash.",
    "Officials believe that the hysteria is designed to derail the talks.",
    "None of this was ever condemned by the mediators.",
    "The Kremlin denied that Russian troops had shelled the plant.",
    "Kyiv denied that Ukrainian troops had shelled the plant.",
    "Why did Paris blame Rome for the collapse?",
    "Their reluctance to condemn Moscow drew criticism.",
    "Their reluctance to condemn Washington drew criticism.",
])
def test_blame_only_actors_are_accused(nlp, text):
    """Things ('the blockade', 'icy roads'), denied misdeeds, questions and unmade accusations blame nobody."""
    assert [(b.source.name, b.target.name) for b in blames_for(nlp, text)] == []


@pytest.mark.parametrize("text,accused", [
    ("The opposition blamed the government for the blackout.", "the government"),
    ("Analysts blamed the separatist militias for the blackout.", "the separatist militias"),
    ("Residents blamed Pakistan-based militants for the blast.", "Pakistan-based militants"),
    ("Residents blamed India-based militants for the blast.", "India-based militants"),
])
def test_blame_actor_noun_targets_kept(nlp, text, accused):
    """An unnamed accused stays when its head is a person/group noun (lexicons/blame_actor_nouns.txt)."""
    assert [b.target.name for b in blames_for(nlp, text)] == [accused]


@pytest.mark.parametrize("text,charge", [
    ("The people of Artsakh were betrayed by Moscow.", "betrayed the people of Artsakh"),
    ("Armenian officials say they were betrayed by Moscow.", "betrayed them"),
    ("Lavrov accused Washington of sabotaging the peace process and of using the crisis.", "sabotaging the peace process"),
    ("Blinken accused Moscow of sabotaging the peace process and of using the crisis.", "sabotaging the peace process"),
    ("The ministry hinted that Moscow does not refuse to support any rebels.", "does not refuse to support any rebels"),
    ("The ministry hinted that Kyiv does not refuse to support any rebels.", "does not refuse to support any rebels"),
    ("There were accusations that Armenians do not wish to defend their own land.",
     "do not wish to defend their own land"),
    ("There were accusations that Azerbaijanis do not wish to defend their own land.",
     "do not wish to defend their own land"),
    ("There were accusations that Kyiv never paid its debts.", "never paid its debts"),
    ("There were accusations that Minsk never paid its debts.", "never paid its debts"),
])
def test_blame_charge_is_readable_phrase(nlp, text, charge):
    """Charges are verb phrases in object case, one conjunct, determiners lower-cased."""
    found = blames_for(nlp, text)
    assert found and {b.charge for b in found} == {charge}


@pytest.mark.parametrize("text", [
    "Kyiv denied blaming Warsaw for the grain dispute.",
    "Warsaw denied blaming Kyiv for the grain dispute.",
])
def test_blame_denied_accusation_is_negated(nlp, text):
    found = blames_for(nlp, text)
    assert len(found) == 1 and found[0].negated and found[0].voice == "reported"


@pytest.mark.parametrize("text", [
    "Russian state media denied the report, and Russian state media accused the EU of spreading fakes.",
    "The Kremlin has denied that its troops were asked to act, and Russian state media accused the EU of spreading fakes.",
])
def test_blame_denial_does_not_reach_coordinated_clause(nlp, text):
    found = blames_for(nlp, text)
    assert [b.negated for b in found] == [False]


@pytest.mark.parametrize("text,n", [
    ("The illegal armed formations, Russian-backed adventurers such as Ruben Vardanyan, and the revanchist opposition "
     "in Yerevan are all responsible for the war.", 3),
    ("The opposition blamed the government, the central bank and the IMF for the currency collapse.", 3),
])
def test_blame_misparsed_lists_expand(nlp, text, n):
    """Lists the parser splits into two subjects/objects or an apposition still give one record per member."""
    found = blames_for(nlp, text)
    assert len({b.target.span for b in found}) == n


@pytest.mark.parametrize("text,expected", [
    ("All this may speed up the transfer of the aggressor's troops.", "the aggressor"),
    ("The occupiers left the town.", "The occupiers"),
])
def test_blame_label_noun_names_the_accused(nlp, text, expected):
    found = blames_for(nlp, text)
    assert [(b.source.kind, b.target.name) for b in found] == [("author", expected)]


@pytest.mark.parametrize("speaker,accused", [("the Iranian envoy", "Washington"), ("the U.S. envoy", "Tehran")])
def test_blame_quote_voice_names_speaker(nlp, speaker, accused):
    """A blame inside a quote is reported, with the quote's speaker as accuser."""
    content = f"{accused} is sabotaging every attempt at diplomacy,"
    text = f"\u201c{content}\u201d {speaker} said."
    found = blames_for(nlp, text, [direct_quote(text, speaker, content)])
    assert [(b.voice, b.source.kind, surface(text, b.target)) for b in found] == [("reported", "actor", accused)]
    sp = text.index(speaker)
    s0, e0 = found[0].source.span
    assert sp <= s0 < e0 <= sp + len(speaker)


@pytest.mark.parametrize("text", SPAN_TEXTS + [
    "The people of Artsakh were betrayed by the Russian peacekeepers.",
    "Residents blamed Pakistan-based militants for the blast and the aggressor's forces shelled the town.",
])
def test_blame_target_is_never_none_or_empty(nlp, text):
    for b in blames_for(nlp, text):
        assert b.target.name.strip() and b.target.name.strip().lower() not in ("none", "nobody", "nothing")
        if b.target.span is not None:
            assert text[b.target.span[0]:b.target.span[1]].strip()


@pytest.mark.parametrize("text", [
    "If Moscow fails to withdraw its troops, the talks will collapse.",
    "If Kyiv fails to withdraw its troops, the talks will collapse.",
])
def test_blame_hypothetical_accuses_nobody(nlp, text):
    assert blames_for(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Neither Somoza nor any other Nicaraguan minister had once invaded Honduras or even menaced it.",
    "Neither Maduro nor any other Venezuelan minister had once invaded Guyana or even menaced it.",
])
def test_blame_neither_nor_is_negated(nlp, text):
    found = blames_for(nlp, text)
    assert found and all(b.negated for b in found)


@pytest.mark.parametrize("text,n", [
    ("Thousands of mines were left behind, and civilians are still being killed by them.", 0),
    ("Thousands of soldiers were left behind, and civilians are still being killed by them.", 1),
])
def test_blame_they_standing_for_a_thing_is_not_accused(nlp, text, n):
    """'them' whose nearest plural subject is a thing (mines) is not an actor; soldiers are."""
    assert len(blames_for(nlp, text)) == n


@pytest.mark.parametrize("text,accused", [
    ("There were accusations that Armenians do not wish to defend their own land.", "Armenians"),
    ("There were accusations that Azerbaijanis do not wish to defend their own land.", "Azerbaijanis"),
    ("Critics made the allegation that Warsaw did not pay the farmers.", "Warsaw"),
    ("Critics made the allegation that Kyiv did not pay the farmers.", "Kyiv"),
])
def test_blame_negation_inside_the_accusation_is_the_charge(nlp, text, accused):
    """When the accusation IS a not-doing, the charge keeps the negation and the blame is not a denial."""
    found = blames_for(nlp, text)
    assert [surface(text, b.target) for b in found] == [accused]
    assert not found[0].negated and found[0].charge.split()[1] == "not"


HEARSAY = [  # an agentless report under an outer speaker: the claim's holder is unnamed
    "In turn, the {B} are told that {A} stole their victory, the intelligence chief explained.",
    "According to the minister, the idea is spreading that {A} prevented {B} from winning.",
    "It is said that {A} betrayed {B}, the minister explained.",
    "There are claims that {A} provoked the clashes with {B}, the envoy said.",
    "According to the envoy, the narrative is that {A} sabotaged the talks with {B}.",
    "{A} is rumoured to have stolen the election in {B}.",
]


@pytest.mark.parametrize("template", HEARSAY)
@pytest.mark.parametrize("a,b", [("Moscow", "Azerbaijanis"), ("Washington", "Ukrainians"), ("Ankara", "Greeks"),
                                 ("Tehran", "Israelis")])
def test_blame_agentless_report_has_unspecified_accuser(nlp, template, a, b):
    """'are told that', 'the idea is spreading that', 'it is said that': reported, accuser unspecified."""
    text = template.format(A=a, B=b)
    found = [x for x in blames_for(nlp, text) if surface(text, x.target) == a]
    assert [(x.source.name, x.voice) for x in found] == [("<unspecified>", "reported")], text


@pytest.mark.parametrize("template", HEARSAY)
@pytest.mark.parametrize("pair", [("Moscow", "Kyiv"), ("Washington", "Tehran"), ("Baku", "Yerevan")])
def test_blame_agentless_report_even_handed(nlp, template, pair):
    """Swapping the sides of an agentless report keeps accuser/accused/voice."""
    a, b = pair
    t1, t2 = template.format(A=a, B=b), template.format(A=b, B=a)
    s1 = signature(t1, blames_for(nlp, t1), {"A": a, "B": b})
    s2 = signature(t2, blames_for(nlp, t2), {"A": b, "B": a})
    assert s1 == s2 and s1


@pytest.mark.parametrize("text,accuser,accused", [
    # a named holder keeps the claim: the by-agent, the possessor, the speaker of a plain report
    ("The Ukrainians are told by Lavrov that Washington betrayed them.", "Lavrov", "Washington"),
    ("The Russians are told by Blinken that Beijing betrayed them.", "Blinken", "Beijing"),
    ("Naryshkin said that Western countries provoke nationalists.", "Naryshkin", "West"),
    ("Sullivan said that Eastern countries provoke nationalists.", "Sullivan", "East"),
    ("Lavrov spread the rumour that Washington betrayed Kyiv.", "Lavrov", "Washington"),
    ("Blinken spread the rumour that Moscow betrayed Minsk.", "Blinken", "Moscow"),
])
def test_blame_named_report_keeps_its_accuser(nlp, text, accuser, accused):
    found = [b for b in blames_for(nlp, text) if accused in f"{surface(text, b.target)} {b.target.name}"]
    assert [(accuser in surface(text, b.source), b.voice) for b in found] == [(True, "reported")], text


@pytest.mark.parametrize("text", [
    "The soldiers were told to leave the village, the officer said.",
    "Residents are told that the road will reopen soon, the mayor explained.",
])
def test_blame_agentless_report_without_misdeed_is_no_blame(nlp, text):
    assert blames_for(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Any aggressor will be punished.",
    "An invader must be stopped at the border.",
    "Every occupier will eventually leave.",
    "No traitor will be forgiven.",
])
def test_blame_generic_label_noun_accuses_nobody(nlp, text):
    """An epithet that picks out nobody (any/an/every/no) is not an accusation."""
    assert blames_for(nlp, text) == []


@pytest.mark.parametrize("text,charge", [
    ("This may speed up the transfer of the aggressor's troops.", "referred to as the aggressor"),
    ("This may speed up the transfer of the invader's troops.", "referred to as the invader"),
    ("The occupiers left the town.", "referred to as the occupiers"),
])
def test_blame_label_noun_charge_names_the_epithet(nlp, text, charge):
    """The charge of an epithet says what the accused is called, without the possessive."""
    assert [b.charge for b in blames_for(nlp, text)] == [charge]


@pytest.mark.parametrize("text", ["The occupiers shelled the town.", "The invaders shelled the town."])
def test_blame_label_noun_subject_of_misdeed_gives_one_record(nlp, text):
    """'The occupiers shelled X' is one accusation (the shelling), not a second one for the epithet."""
    assert [b.charge for b in blames_for(nlp, text)] == ["shelled the town"]


@pytest.mark.parametrize("text,accused", [
    ("The Kurds were betrayed by Washington, abandoned by Brussels, and ignored by everyone.", ["Washington", "Brussels"]),
    ("The Serbs were betrayed by Moscow, abandoned by Beijing, and ignored by everyone.", ["Moscow", "Beijing"]),
])
def test_blame_coordinated_passive_agents_each_accused(nlp, text, accused):
    """Each coordinated participle with its own by-agent ('abandoned by B') accuses that agent."""
    found = blames_for(nlp, text)
    assert sorted(surface(text, b.target) for b in found) == sorted(accused)
    assert all(b.voice == "authorial" for b in found)


@pytest.mark.parametrize("text,charge", [
    ("Russia's interference in the domestic politics of its neighbours worries Georgia.",
     "interference in the domestic politics of its neighbours"),
    ("America's interference in the domestic politics of its neighbours worries Venezuela.",
     "interference in the domestic politics of its neighbours"),
    ("Provocative remarks were made last week by Denis Gonchar.", "provocative remarks"),
    ("Provocative remarks were made last week by Antony Blinken.", "provocative remarks"),
    ("The lobby is eager to drag Russia into a new war on a second front - this time in the Caucasus.",
     "drag Russia into a new war on a second front"),
    ("The lobby is eager to drag America into a new war on a second front - this time in the Gulf.",
     "drag America into a new war on a second front"),
    ("The Kremlin must prevent a genuine de-escalation in the area and the signing of a lasting treaty between the two.",
     "prevent a genuine de-escalation in the area"),
    ("Washington must prevent a genuine de-escalation in the area and the signing of a lasting treaty between the two.",
     "prevent a genuine de-escalation in the area"),
    ("Rivals sought to blame Russia for meddling, or aggression, or just dragging it into a drawn-out war of some kind.",
     "meddling, or aggression"),
    ("Rivals sought to blame America for meddling, or aggression, or just dragging it into a drawn-out war of some kind.",
     "meddling, or aggression"),
    ("Greece blamed Turkey for the collapse of the talks and the refugee crisis.", "the collapse of the talks and the refugee crisis"),
    ("Turkey blamed Greece for the collapse of the talks and the refugee crisis.", "the collapse of the talks and the refugee crisis"),
    ("Critics claim Moscow prevented Baku from winning just as its army neared the city.",
     "prevented Baku from winning"),
    ("Critics claim Washington prevented Kyiv from winning just as its army neared the city.",
     "prevented Kyiv from winning"),
])
def test_blame_charge_reads_without_doer_or_aside(nlp, text, charge):
    """A misdeed noun's charge drops its doer and keeps its tail; a dash aside is cut; no sentence capital."""
    assert charge in {b.charge for b in blames_for(nlp, text)}


@pytest.mark.parametrize("text,accused", [
    ("The reckless policy of the Kremlin worries Kyiv.", "Kremlin"),
    ("The reckless policy of the White House worries Beijing.", "White House"),
    ("Civilians pay for the cynical ambitions of the Aliyev regime.", "Aliyev"),
    ("Civilians pay for the cynical ambitions of the Pashinyan government.", "Pashinyan"),
])
def test_blame_loaded_adjective_on_owned_noun_blames_its_owner(nlp, text, accused):
    """'the cynical ambitions of X': a loaded adjective on X's own doings blames X (author's voice)."""
    found = blames_for(nlp, text)
    assert [(b.source.kind, accused in surface(text, b.target)) for b in found] == [("author", True)]


@pytest.mark.parametrize("text", [
    "The illegal detention of journalists continues.",
    "The illegal detention of activists continues.",
    "The reckless speed of the storm surprised forecasters.",
])
def test_blame_loaded_adjective_on_event_noun_spares_its_victim(nlp, text):
    """The 'of X' of an event noun is its patient, not its doer: no blame."""
    assert blames_for(nlp, text) == []


@pytest.mark.parametrize("text,accused", [
    ("Moscow's disinformation campaign continued all year.", "Moscow"),
    ("Washington's disinformation campaign continued all year.", "Washington"),
    ("Baku's propaganda machine spins fairy tales.", "Baku"),
    ("Yerevan's propaganda machine spins fairy tales.", "Yerevan"),
])
def test_blame_misdeed_noun_modifying_owned_head_blames_owner(nlp, text, accused):
    """'X's propaganda machine': a misdeed noun naming the kind of X's apparatus blames X."""
    found = blames_for(nlp, text)
    assert [(b.source.kind, surface(text, b.target)) for b in found] == [("author", accused)]


@pytest.mark.parametrize("text", [
    "The reporter's disinformation research won a prize.",
    "The ministry's propaganda expert resigned.",
])
def test_blame_misdeed_noun_as_topic_accuses_nobody(nlp, text):
    """Research or experts on propaganda are about it, not doing it."""
    assert blames_for(nlp, text) == []


@pytest.mark.parametrize("repeats, tuned", [(1, True), (60, False)])
def test_blame_direction_model_skips_run_on_sentences(nlp, monkeypatch, repeats, tuned):
    """The DSE check reads the whole sentence per pair; a run-on sentence keeps rule confidences."""
    from spinmap.extract.blame import build

    calls = []
    real = build.features
    monkeypatch.setattr(build, "features", lambda *a: calls.append(1) or real(*a))
    clause = "Moscow blamed Kyiv for the shelling of the city and officials said the West provoked nationalists"
    doc = nlp(", and ".join([clause] * repeats) + ".")
    blames = extract_blames(doc, resolve_actors(doc), [], None)
    assert blames and bool(calls) == tuned


def _dse_model_failing(monkeypatch, error: Exception) -> None:
    """Make the shipped DSE model's loader raise ``error`` (the cached loader is emptied before and after)."""
    from spinmap.extract.blame import build

    def broken():
        raise error

    build._direction_model.cache_clear()
    monkeypatch.setattr(build, "load_model", broken)


def test_blame_without_the_dse_model_keeps_rule_confidences_and_warns(nlp, monkeypatch, caplog):
    """A missing DSE artefact (SM103) only costs the direction check: records stay, with a warning."""
    from spinmap.errors import SpinmapError
    from spinmap.extract.blame import build

    _dse_model_failing(monkeypatch, SpinmapError("SM103", path="weights.npz", what="dse"))
    try:
        with caplog.at_level("WARNING", logger="spinmap.extract.blame"):
            found = blames_for(nlp, "Venezuela accused Colombia of sabotaging the pipeline.")
        assert found and "SM103" in caplog.text
    finally:
        build._direction_model.cache_clear()


def test_blame_direction_check_does_not_hide_a_bug(nlp, monkeypatch):
    """Anything but a missing artefact is a bug and raises, instead of silently dropping the direction check."""
    from spinmap.extract.blame import build

    _dse_model_failing(monkeypatch, ImportError("no module named models.dse"))
    try:
        with pytest.raises(ImportError):
            blames_for(nlp, "Venezuela accused Colombia of sabotaging the pipeline.")
    finally:
        build._direction_model.cache_clear()
