"""`spinmap eval swap`: even-handedness measured by swapping paired names in real sentences."""
from __future__ import annotations

import json
from collections import Counter
import subprocess
import sys

import pytest
from conftest import shared_data

from spinmap.eval.swap import Pair, compare, gender_crossing, mirrored, read_pairs, score, sentences_naming, swapper

TABLE = {"Moscow": "Kyiv", "Kyiv": "Moscow", "Russia": "Ukraine", "Ukraine": "Russia",
         "Russian": "Ukrainian", "Ukrainian": "Russian"}

# Our own sentences: one accusation each, written so either side could be the accuser.
EVEN_SENTENCES = [
    "Moscow accused Kyiv of shelling the power plant on Tuesday.",
    "Russia blamed Ukraine for the collapse of the grain deal.",
    "The Russian foreign minister said Ukraine had sabotaged the ceasefire.",
    "Kyiv says Moscow is not to blame for the flood.",
]


@pytest.mark.parametrize("text, expected", [
    ("Moscow blamed Kyiv.", "Kyiv blamed Moscow."),
    ("Russian troops left Russia for Ukraine.", "Ukrainian troops left Ukraine for Russia."),
    ("Russians and Muscovites", "Russians and Muscovites"),  # whole words only
])
def test_eval_swap_swapper_exchanges_both_sides_at_once(text, expected):
    assert swapper(TABLE)(text) == expected


def test_eval_swap_shipped_table_pairs_every_name_both_ways():
    table = read_pairs()
    assert len(table) >= 20 and all(table[table[name]] == name for name in table)


@pytest.mark.parametrize("text, expected", [
    ("VLADIMIR Putin met Ilham Aliyev.", "VOLODYMYR Zelensky met Nikol Pashinyan."),
    ("VOLODYMYR Zelensky met Nikol Pashinyan.", "VLADIMIR Putin met Ilham Aliyev."),
    ("RUSSIA and UKRAINE", "UKRAINE and RUSSIA"),
    ("Pope Pius XI met Xi.", "Pope Pius XI met Biden."),  # short names are not swapped in capitals
])
def test_eval_swap_shipped_table_swaps_first_names_and_capitals(text, expected):
    assert swapper(read_pairs())(text) == expected


def test_eval_swap_capitals_of_a_gender_crossing_name_are_not_scored_either():
    assert not mirrored("HILLARY said she would win.", gender_crossing())


def test_eval_swap_sentences_naming_keeps_only_sentences_with_a_listed_name(nlp):
    found = sentences_naming(["Moscow accused Kyiv of lying again. The weather was mild all week long.\n"
                              "Talks in Kyiv Stall Again\nThe envoys left early on Friday morning."], TABLE, nlp)
    assert found == ["Moscow accused Kyiv of lying again.", "Talks in Kyiv Stall Again"]


def test_eval_swap_our_accusations_are_even_handed():
    result = score(compare(EVEN_SENTENCES, TABLE))
    assert result["with_blames"] == len(EVEN_SENTENCES) and result["even_share"] == 1.0, result["uneven"]


def test_eval_swap_detects_a_swap_that_changes_the_blame():
    # swapping a verb for its opposite must show up as uneven: the check is not vacuous
    table = {**TABLE, "accused": "praised", "praised": "accused"}
    result = score(compare(["Moscow accused Kyiv of shelling the power plant on Tuesday."], table))
    assert result["even"] == 0 and len(result["uneven"]) == 1


def test_eval_swap_cli_prints_json_and_flags_unreadable_inputs(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Frontline report\n\n" + " ".join(EVEN_SENTENCES[:2]), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", "from spinmap.cli import run; run()", "eval", "swap", str(good),
                          str(tmp_path / "empty.txt"), "--json"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 1 and "SM201" in out.stderr, out.stderr
    result = json.loads(out.stdout)
    assert result["with_blames"] == 2 and result["even_share"] == 1.0


def test_eval_swap_semeval_news_is_mostly_even_handed(nlp):
    docs = shared_data("semeval2025-entity-framing", "train", "raw-documents")
    paths = sorted(str(p) for p in docs.glob("EN_UA_*.txt"))[:40]
    result = score(compare(sentences_naming(_texts(paths), read_pairs(), nlp), read_pairs()))
    assert result["with_blames"] >= 20
    assert result["even_share"] >= 0.92, result["uneven"]  # measured 0.9551 (85/89) at the gate's last raise


def _texts(paths):
    from spinmap.ingest.readers import read_inputs

    return [r.article.text for r in read_inputs(paths) if r.article is not None]


@pytest.mark.parametrize("sentence, mirror", [
    ("Clinton said she would sue the network over the ad.", False),  # swapped: "Trump said she ..."
    ("Clinton accused the network of lying about the ad.", True),   # no gendered pronoun: a true mirror
    ("Sanders said he would sue the network over the ad.", True),   # Sanders/Cruz do not cross gender
])
def test_eval_swap_gender_crossing_pair_with_a_pronoun_is_not_scored(sentence, mirror):
    crossing = gender_crossing()
    assert {"Clinton", "Trump", "Hillary", "Donald"} <= crossing and "Sanders" not in crossing
    assert mirrored(sentence, crossing) is mirror
    pair = Pair(sentence, Counter({("a", "b", "reported", False): 1}), Counter(), mirror=mirrored(sentence, crossing))
    result = score([pair])
    assert (result["with_blames"], result["not_mirrored"]) == ((1, 0) if mirror else (0, 1))


def test_eval_swap_confidence_gap_compares_even_pairs_blame_by_blame():
    """In an even pair each shape's confidences are matched in order; uneven pairs do not count."""
    key = ("Velmora", "Ostland", "reported", False)
    even = Pair("s1", Counter({key: 2}), Counter({key: 2}), written_confidence={key: [0.5, 0.7]},
                swapped_confidence={key: [0.52, 0.7]})
    uneven = Pair("s2", Counter({key: 1}), Counter(), written_confidence={key: [0.9]}, swapped_confidence={})
    assert [round(g, 3) for g in even.confidence_gaps()] == [0.02, 0.0]
    result = score([even, uneven])
    assert result["confidence_gap_mean"] == 0.01 and result["confidence_gap_within_0.05"] == 1.0
    assert score([uneven])["confidence_gap_mean"] is None
