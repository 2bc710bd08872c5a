"""A news label ("Speaker: claim", in a headline or a transcript line) or a signed quotation relays the
speaker's words: a blame inside it is the speaker's, in reported voice, whichever side speaks."""
from __future__ import annotations

import pytest

from spinmap import analyze

CASES = [  # (text, accuser, accused); each pair mirrors the sides
    ("Petrenko: Moscow Is Sabotaging the Grain Deal\n\nThe talks resumed on Monday in Istanbul.", "Petrenko", "Russia"),
    ("Volkov: Kyiv Is Sabotaging the Grain Deal\n\nThe talks resumed on Monday in Istanbul.", "Volkov", "Ukraine"),
    ("The talks resumed on Monday.\n\nSenator Hale: The Republicans betrayed the farmers of this state.",
     "Hale", "Republican"),
    ("The talks resumed on Monday.\n\nSenator Hale: The Democrats betrayed the farmers of this state.",
     "Hale", "Democratic"),
]


@pytest.mark.parametrize("text, accuser, accused", CASES)
def test_blame_label_voice_is_the_labelled_speaker(text, accuser, accused):
    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    found = [(names.get(b.source.actor, b.source.name), names.get(b.target.actor, b.target.name), b.voice)
             for b in analysis.blames]
    assert any(accuser in s and accused in t and v == "reported" for s, t, v in found), found
    assert not any(v == "authorial" and accused in t for s, t, v in found), found
    for b in analysis.blames:
        assert analysis.text[b.evidence.span[0]:b.evidence.span[1]] == b.evidence.text
