"""DSE direction model: line parsing, the scorer's definition, the CLI commands, and the valid-set gate."""
from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner

from conftest import shared_data
from spinmap.cli import main
from spinmap.eval.dse import score
from spinmap.models.dse import WEIGHTS, features, parse_line

# Pinned minimum on the DSE valid file (never trained on); see models/dse/MODEL_CARD.md.
MIN_VALID_F1_34 = 0.70


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


@pytest.mark.parametrize("text,e1,e2", [
    ("Moscow blamed Kyiv for it.", (0, 6), (14, 18)),
    ("Kyiv was blamed by Moscow.", (19, 25), (0, 4)),
    ("Ana met Bo", (8, 10), (0, 3)),
])
def test_dse_encoder_marked_keeps_entity_spans(text, e1, e2):
    from spinmap.models.dse.encoder import marked

    out, s1, s2 = marked(text, e1, e2)
    assert out[slice(*s1)] == text[slice(*e1)] and out[slice(*s2)] == text[slice(*e2)]
    assert out.replace("[", "").replace("]", "") == text.replace("[", "").replace("]", "")
    assert out[s1[0] - 1] == "[" and out[s1[1]] == "]"


# Reference ids from the model's own tokenizer.json (uncased BERT vocab), including accents and punctuation.
@pytest.mark.parametrize("text,ids", [
    ("hello world", [101, 7592, 2088, 102]),
    ("Café au lait in [Zürich]", [101, 7668, 8740, 21110, 2102, 1999, 1031, 10204, 1033, 102]),
    ("The U.S.-led coalition", [101, 1996, 1057, 1012, 1055, 1012, 1011, 2419, 6056, 102]),
])
def test_dse_encoder_wordpiece_matches_reference(text, ids):
    from spinmap.models.dse.encoder import WordPiece

    enc = WordPiece().encode(text)
    assert enc.ids == ids
    assert all(0 <= a <= b <= len(text) for a, b in enc.offsets)


@pytest.mark.parametrize("text,a,b", [
    ("Moscow blamed Kyiv for the attack.", (0, 6), (14, 18)),
    ("Officials in Rome said Paris had betrayed them.", (13, 17), (23, 28)),
])
def test_dse_encoder_swapping_entities_swaps_blocks(text, a, b):
    """Both entities get the same markers, so swapping e1/e2 swaps the first two pooled blocks exactly."""
    from spinmap.models.dse.encoder import DIM, N_POOLS, load_encoder

    X = load_encoder().features([text, text], [a, b], [b, a])
    assert X.shape == (2, N_POOLS * DIM) and np.abs(X[0]).sum() > 0
    np.testing.assert_allclose(X[0, :DIM], X[1, DIM:2 * DIM], atol=1e-6)
    np.testing.assert_allclose(X[0, 2 * DIM:], X[1, 2 * DIM:], atol=1e-6)


def _toy_model(with_head: bool):
    from spinmap.models.dse import N_FEATURES, DenseHead, DirectionModel

    rng = np.random.default_rng(0)
    model = DirectionModel(coef=rng.normal(size=(5, N_FEATURES)).astype(np.float32),
                           intercept=rng.normal(size=5).astype(np.float32))
    if with_head:
        model.head = DenseHead(mu=np.zeros(8, np.float32), sd=np.ones(8, np.float32),
                               w1=rng.integers(-127, 128, size=(2, 8, 4)).astype(np.int8),
                               w1_scale=np.full((2, 1, 4), 0.01, np.float32), b1=np.zeros((2, 4), np.float32),
                               w2=rng.normal(size=(2, 4, 5)).astype(np.float32), b2=np.zeros((2, 5), np.float32))
        model.w_sparse, model.offsets = 0.5, np.array([0, 0, 0, 0.4, 0], np.float32)
    return model


@pytest.mark.parametrize("with_head", [False, True])
def test_dse_model_save_load_roundtrip(tmp_path, with_head):
    from spinmap.models.dse import DirectionModel

    model = _toy_model(with_head)
    feats = [["w:a", "w:b"], ["r1:S", "x:blame|S|O"], ["<noent>"]]
    dense = np.random.default_rng(1).normal(size=(3, 8)).astype(np.float32)
    model.save(tmp_path / "w.npz")
    back = DirectionModel.load(tmp_path / "w.npz")
    assert (back.head is None) == (not with_head)
    # int8 weights: probabilities agree to quantisation error
    np.testing.assert_allclose(back.scores(feats, dense), model.scores(feats, dense), atol=0.05)
    np.testing.assert_allclose(back.scores(feats, dense).sum(axis=1), 1.0, atol=1e-5)


def test_dse_model_without_dense_features_is_sparse_only():
    """extract_blames passes no dense features: the head must then be ignored, not crash."""
    model, plain = _toy_model(True), _toy_model(False)
    feats = [["w:a"], ["w:b", "r2:O"]]
    np.testing.assert_allclose(model.scores(feats), plain.scores(feats))
    dense = np.ones((2, 8), np.float32)
    assert not np.allclose(model.scores(feats, dense), plain.scores(feats))
