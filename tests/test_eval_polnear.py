"""PolNeAR scorer: brat reading, pairing rule, per-role exact/overlap scores, and the CLI commands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import shared_data
from spinmap.cli import main
from spinmap.eval.polnear import (Attribution, Counts, chance_spread, iter_texts, load_gold, outlet_of, pair,
                                  read_ann, score)
from spinmap.extract.attribution import find_attributions

ANN = (
    "T1\tSource 0 5\tAlice\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 20;22 30\tthe thing and more\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 40 52\taccording to\n"
    "T6\tContent 60 70\tstuff\n"
    "T7\tAttribution-no-source 40 52\taccording to\n"
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n"
    "T8\tDiscard 80 90\tjunk\n"
)


def test_eval_polnear_reads_brat_events(tmp_path):
    path = tmp_path / "x.ann"
    path.write_text(ANN, encoding="utf-8")
    got = read_ann(path)
    assert Attribution(content=(11, 30), source=(0, 5), cue=(6, 10)) in got  # discontinuous -> outer extent
    assert Attribution(content=(60, 70), source=None, cue=(40, 52)) in got
    assert len(got) == 2


def test_eval_polnear_uses_first_annotator_file(tmp_path):
    (tmp_path / "nyt_a_0001.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "nyt_a_ffff.ann").write_text("", encoding="utf-8")
    assert len(load_gold(tmp_path)["nyt_a"]) == 2


@pytest.mark.parametrize(
    "pred,gold,n_pairs",
    [
        ([Attribution((0, 10))], [Attribution((5, 20))], 1),
        ([Attribution((0, 10))], [Attribution((10, 20))], 0),  # touching is not overlapping
        ([Attribution((0, 10)), Attribution((0, 12))], [Attribution((0, 12))], 1),  # one-to-one
        ([], [Attribution((0, 1))], 0),
    ],
)
def test_eval_polnear_pairs_by_content_overlap(pred, gold, n_pairs):
    assert len(pair(pred, gold)) == n_pairs


def test_eval_polnear_scores_roles_exact_and_overlap():
    gold = [Attribution((10, 20), source=(0, 5), cue=(6, 9)), Attribution((40, 50), source=(30, 35), cue=(36, 39))]
    pred = [Attribution((10, 20), source=(0, 4), cue=(6, 9)), Attribution((60, 70), source=None, cue=(55, 58))]
    c = Counts()
    c.add(pred, gold)
    assert c.prf("content") == (0.5, 0.5, 0.5)
    assert c.prf("cue") == (0.5, 0.5, 0.5)
    assert c.prf("source", "exact") == (0.0, 0.0, 0.0)
    assert c.prf("source", "overlap") == (1.0, 0.5, pytest.approx(2 / 3))
    assert c.found == 0.5


def test_eval_polnear_groups_by_outlet():
    gold = {"nyt_1": [Attribution((0, 5))], "breitbart_2": [Attribution((0, 5))]}
    groups = score({"nyt_1": [Attribution((0, 5))]}, gold)
    assert set(groups) == {"ALL", "nyt", "breitbart"}
    assert groups["nyt"].prf("content")[2] == 1.0 and groups["breitbart"].prf("content")[2] == 0.0
    assert outlet_of("wash-post_2016_x") == "wash-post"


def test_eval_polnear_chance_spread_is_zero_for_alike_articles_and_wide_for_mixed_ones():
    """The chance floor of the spread: none when every article scores alike, some when they differ."""
    gold = {f"{o}_{i}": [Attribution((0, 5), source=(6, 8))] for o in ("nyt", "politico", "breitbart") for i in range(4)}
    alike = chance_spread({n: [Attribution((0, 5), source=(6, 8))] for n in gold}, gold, rounds=50)
    assert all(v == (0.0, 0.0, 0.0) for v in alike.values())
    half = {n: [Attribution((0, 5), source=(6, 8))] for n in sorted(gold)[::2]}  # every other article found
    lo, mid, hi = chance_spread(half, gold, rounds=200)["content"]
    assert 0.0 <= lo <= mid <= hi <= 1.0 and hi > 0.3
    assert chance_spread(half, gold, rounds=200) == chance_spread(half, gold, rounds=200)  # seeded


def test_eval_polnear_predict_survives_odd_files(tmp_path):
    (tmp_path / "a_good.txt").write_text('"We will win," the general said.', encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c_latin1.txt").write_bytes('Il a dit "café" \xe9t\xe9.'.encode("latin-1"))
    (tmp_path / "d_quotes.txt").write_text('"""\n\n“ ” “', encoding="utf-8")
    (tmp_path / "e_huge.txt").write_text("word " * 250_000, encoding="utf-8")  # over spaCy's max_length
    result = CliRunner().invoke(main, ["predict", "polnear", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["doc"] for r in rows] == ["a_good", "b_empty", "c_latin1", "d_quotes", "e_huge"]
    text = (tmp_path / "a_good.txt").read_text(encoding="utf-8")
    att = rows[0]["attributions"][0]
    assert text[slice(*att["content"])] == '"We will win,"' and text[slice(*att["cue"])] == "said"


def test_eval_polnear_eval_command_prints_table(tmp_path):
    text_dir, ann_dir = tmp_path / "text", tmp_path / "ann"
    text_dir.mkdir()
    ann_dir.mkdir()
    text = '"We will win," the general said.'
    (text_dir / "nyt_x.txt").write_text(text, encoding="utf-8")
    cue = text.index("said")
    (ann_dir / "nyt_x_0001.ann").write_text(
        f"T1\tSource 15 26\tthe general\nT2\tCue {cue} {cue + 4}\tsaid\nT3\tContent 0 14\t\"We will win,\"\n"
        f"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "polnear", str(text_dir), str(ann_dir)])
    assert result.exit_code == 0, result.output
    all_row = next(line for line in result.output.splitlines() if line.startswith("ALL"))
    assert "1.000/1.000/1.000" in all_row
    assert "spread of random article groups" in result.output


@pytest.mark.data
def test_eval_polnear_dev_sample_scores_above_zero(nlp):
    text_dir = shared_data("polnear", "dev", "text")
    gold = load_gold(shared_data("polnear", "dev", "attributions"))
    pred = {}
    for name, text in list(iter_texts(text_dir))[:3]:
        found = find_attributions(nlp(text), orphans=False)
        assert all(0 <= f.content[0] < f.content[1] <= len(text) for f in found)
        pred[name] = [Attribution(content=f.content, source=f.source, cue=f.cue) for f in found]
    counts = score(pred, {n: gold[n] for n in pred})["ALL"]
    assert counts.found > 0.3 and counts.prf("cue")[2] > 0.3


def test_eval_polnear_gold_order_is_total(tmp_path):
    """Events that differ only in their source come out in one fixed order (source-less first),
    not in set order, which followed hash(None) and so changed from process to process."""
    lines = []
    for k in range(24):  # each pair's set order was a coin flip; all 24 right by chance: 2**-24
        c0, t = 100 * k, 4 * k
        lines += [f"T{t + 1}\tSource {c0} {c0 + 5}\tAlice", f"T{t + 2}\tCue {c0 + 6} {c0 + 10}\tsaid",
                  f"T{t + 3}\tContent {c0 + 11} {c0 + 20}\tthe thing", f"T{t + 4}\tAttribution {c0 + 6} {c0 + 10}\tsaid",
                  f"E{2 * k + 1}\tAttribution:T{t + 4} Content:T{t + 3} Cue:T{t + 2} Source:T{t + 1}",
                  f"E{2 * k + 2}\tAttribution:T{t + 4} Content:T{t + 3} Cue:T{t + 2}"]
    path = tmp_path / "x.ann"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = read_ann(path)
    assert len(got) == 48
    assert [a.source is None for a in got] == [True, False] * 24
    assert got == sorted(got, key=lambda a: (a.content, a.cue or (-1, -1), a.source or (-1, -1)))


@pytest.mark.parametrize("ext", ["txt", "ann"])
def test_eval_polnear_readers_skip_folder_named_like_a_file(tmp_path, ext):
    (tmp_path / f"a_dir.{ext}").mkdir()
    (tmp_path / "b_doc.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "b_doc_0001.ann").write_text("", encoding="utf-8")
    if ext == "txt":
        assert list(iter_texts(tmp_path)) == [("b_doc", "Text.")]
    else:
        assert list(load_gold(tmp_path)) == ["b_doc"]


@pytest.mark.parametrize("encode", [
    lambda t: "\ufeff".encode() + t.encode("utf-8"),  # a BOM hid the first T line (its event lost its source)
    lambda t: t.replace("Trump", "Tr\xfcmp").encode("latin-1"),  # a Latin-1 byte in a span text was a traceback
])
def test_eval_polnear_read_ann_odd_encodings(tmp_path, encode):
    path = tmp_path / "x.ann"
    path.write_bytes(encode("T1\tSource 0 5\tTrump\nT2\tCue 6 10\tsaid\nT3\tContent 11 30\tit was fine\n"
                            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"))
    assert read_ann(path) == [Attribution(content=(11, 30), source=(0, 5), cue=(6, 10))]
