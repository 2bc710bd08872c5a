"""DSE direction model: line parsing, the scorer's definition, the CLI commands, and the valid-set gate."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import shared_data
from spinmap.cli import main
from spinmap.eval.dse import score
from spinmap.models.dse import WEIGHTS, features, parse_line

# Pinned minimum on the DSE valid file (never trained on); see models/dse/MODEL_CARD.md.
MIN_VALID_F1_34 = 0.65


@pytest.mark.parametrize("line,text,e1,e2,label", [
    ("[Moscow] blamed [Kyiv] for it.\tMoscow\tKyiv\t3", "Moscow blamed Kyiv for it.", "Moscow", "Kyiv", 3),
    ("[Moscow] blamed [Kyiv] for it.\tMoscow\tKyiv", "Moscow blamed Kyiv for it.", "Moscow", "Kyiv", None),
    ('"He said ""no"" to [Ana]s and [Bo]."\tAna\tBo\t0', 'He said "no" to Anas and Bo.', "Ana", "Bo", 0),
    ("no brackets here\tA\tB\t1", "no brackets here", "", "", 1),
])
def test_dse_parse_line(line, text, e1, e2, label):
    item = parse_line(line)
    assert item.text == text and item.label == label
    assert item.text[slice(*item.e1)] == e1 and item.text[slice(*item.e2)] == e2


@pytest.mark.parametrize("gold,pred,f34", [
    ([3, 4, 0, 3], [3, 3, 0, 0], 0.4),   # P=1/2, R=1/3
    ([3, 4], [4, 3], 0.0),               # direction wrong counts as miss
    ([0, 1, 2], [0, 1, 2], 0.0),         # no negative labels at all
    ([3, 4, 4], [3, 4, 4], 1.0),
])
def test_dse_score_f1_34_is_micro_over_negative_labels(gold, pred, f34):
    assert score(gold, pred)["f1_34"] == pytest.approx(f34)


def test_dse_score_macro_f1_perfect():
    assert score([0, 1, 2, 3, 4], [0, 1, 2, 3, 4])["macro_f1"] == pytest.approx(1.0)


@pytest.mark.parametrize("active,passive", [
    (("Moscow blamed Kyiv.", (0, 6), (14, 18)), ("Kyiv was blamed by Moscow.", (0, 4), (19, 25))),
    (("Rome accused Paris.", (0, 4), (13, 18)), ("Paris was accused by Rome.", (0, 5), (21, 25))),
])
def test_dse_features_encode_grammatical_roles(nlp, active, passive):
    """Active vs passive put the accuser in different roles, so role features differ (direction is learnable)."""
    fa = {f for f in features(nlp(active[0]), active[1], active[2]) if f.startswith("rr:")}
    fp = {f for f in features(nlp(passive[0]), passive[1], passive[2]) if f.startswith("rr:")}
    assert fa and fp and fa != fp


def test_dse_predict_cli_one_label_per_line(tmp_path):
    assert WEIGHTS.exists(), "shipped model weights missing: run `spinmap train dse`"
    lines = [
        "[Russia] accused [Ukraine] of shelling the plant.\tRussia\tUkraine\t3",
        "[Ukraine] was accused by [Russia] of shelling the plant.\tUkraine\tRussia",
        '"[Ana] praised [Bo]."\tAna\tBo',
        "",
        "a line without any entities",
    ]
    path = tmp_path / "in.txt"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["predict", "dse", str(path)], standalone_mode=False)
    assert result.exit_code == 0, result.output
    out = result.output.split()
    # one label per input line (a blank line inside the file too), trailing blank lines ignored
    assert len(out) == len(lines) and all(x in {"0", "1", "2", "3", "4"} for x in out)
    assert out[3] == "0" and out[4] == "0"


def test_dse_predict_cli_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["predict", "dse", str(path)], standalone_mode=False)
    assert result.exit_code == 0 and result.output == ""


@pytest.mark.data
def test_dse_valid_gate():
    path = shared_data("dse", "valid.txt")
    result = CliRunner().invoke(main, ["eval", "dse", str(path), "--json"], standalone_mode=False)
    assert result.exit_code == 0, result.output
    import json

    scores = json.loads(result.output)
    assert scores["f1_34"] >= MIN_VALID_F1_34
