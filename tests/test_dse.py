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
MIN_VALID_F1_34 = 0.75


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


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\x0c", "\x85", "\x1e"])
def test_dse_read_splits_on_newlines_only(tmp_path, odd):
    """Unicode line separators inside a sentence must not shift every later label."""
    from spinmap.models.dse import read_dse

    path = tmp_path / "in.txt"
    path.write_bytes(f"[Russia] blamed{odd} [Kyiv].\tRussia\tKyiv\t3\r\n[Ana] met [Bo].\tAna\tBo\t0\r\n".encode("utf-8"))
    items = read_dse(path)
    assert [i.label for i in items] == [3, 0]
    assert items[0].text == f"Russia blamed{odd} Kyiv."


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_dse_read_handles_byte_order_marks(tmp_path, encoding):
    from spinmap.models.dse import read_dse

    path = tmp_path / "in.txt"
    path.write_bytes("[Russia] blamed [Kyiv].\tRussia\tKyiv\t3\n[Ana] met [Bo].\tAna\tBo\t0\n".encode(encoding))
    items = read_dse(path)
    assert [(i.text, i.label) for i in items] == [("Russia blamed Kyiv.", 3), ("Ana met Bo.", 0)]


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
def test_dse_encoder_pair_marks_each_entity_with_its_own_marker(text, e1, e2):
    """e1 sits between two @ markers and e2 between two #, whichever comes first; swapping swaps the markers."""
    from spinmap.models.dse.encoder import VOCAB
    from spinmap.models.wordpiece import E1_MARK, E2_MARK, WordPiece

    tok = WordPiece(VOCAB)
    ids, p1, p2 = tok.encode_pair(text, e1, e2)
    at, hash_ = tok.vocab[E1_MARK], tok.vocab[E2_MARK]
    n1, n2 = len(tok.pieces(text[slice(*e1)])), len(tok.pieces(text[slice(*e2)]))
    assert ids[p1] == ids[p1 + n1 + 1] == at and ids[p2] == ids[p2 + n2 + 1] == hash_
    assert ids[p1 + 1: p1 + 1 + n1] == tok.pieces(text[slice(*e1)])
    assert ids[0] == tok.cls and ids[-1] == tok.sep
    swapped, q1, q2 = tok.encode_pair(text, e2, e1)
    assert (q1, q2) == (p2, p1) and swapped == [{at: hash_, hash_: at}.get(i, i) for i in ids]


@pytest.mark.parametrize("pad", [10, 200, 400])
def test_dse_encoder_pair_truncates_far_from_entities(pad):
    from spinmap.models.dse.encoder import VOCAB
    from spinmap.models.wordpiece import MAX_PAIR_TOKENS, WordPiece

    tok = WordPiece(VOCAB)
    text = "x " * pad + "Moscow blamed " + "y " * pad + "Kyiv for it." + " z" * pad
    e1 = (2 * pad, 2 * pad + 6)
    e2 = (text.index("Kyiv"), text.index("Kyiv") + 4)
    ids, p1, p2 = tok.encode_pair(text, e1, e2)
    assert len(ids) <= MAX_PAIR_TOKENS
    assert ids[p1 + 1] == tok.vocab["moscow"] and ids[p2 + 1] == tok.vocab["kyiv"]


# Reference ids from the model's own tokenizer.json (uncased BERT vocab), including accents and punctuation.
@pytest.mark.parametrize("text,ids", [
    ("hello world", [101, 7592, 2088, 102]),
    ("Café au lait in [Zürich]", [101, 7668, 8740, 21110, 2102, 1999, 1031, 10204, 1033, 102]),
    ("The U.S.-led coalition", [101, 1996, 1057, 1012, 1055, 1012, 1011, 2419, 6056, 102]),
])
def test_dse_encoder_wordpiece_matches_reference(text, ids):
    from spinmap.models.dse.encoder import VOCAB
    from spinmap.models.wordpiece import WordPiece

    enc = WordPiece(VOCAB).encode(text)
    assert enc.ids == ids
    assert all(0 <= a <= b <= len(text) for a, b in enc.offsets)


def _toy_model(mixed: bool):
    from spinmap.models.dse import N_FEATURES, DirectionModel

    rng = np.random.default_rng(0)
    model = DirectionModel(coef=rng.normal(size=(5, N_FEATURES)).astype(np.float32),
                           intercept=rng.normal(size=5).astype(np.float32))
    if mixed:
        model.w_sparse, model.offsets = 0.4, np.array([0, 0, 0, 0.4, 0], np.float32)
    return model


def _toy_finetuned(n: int) -> np.ndarray:
    p = np.random.default_rng(1).random((n, 5)).astype(np.float32)
    return p / p.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("mixed", [False, True])
def test_dse_model_save_load_roundtrip(tmp_path, mixed):
    from spinmap.models.dse import DirectionModel

    model = _toy_model(mixed)
    feats = [["w:a", "w:b"], ["r1:S", "x:blame|S|O"], ["<noent>"]]
    ft = _toy_finetuned(3)
    model.save(tmp_path / "w.npz")
    back = DirectionModel.load(tmp_path / "w.npz")
    assert back.uses_finetuned == mixed and back.w_sparse == pytest.approx(model.w_sparse)
    # int8 weights: probabilities agree to quantisation error
    np.testing.assert_allclose(back.scores(feats, ft), model.scores(feats, ft), atol=0.05)
    np.testing.assert_allclose(back.scores(feats, ft).sum(axis=1), 1.0, atol=1e-5)


def test_dse_model_without_finetuned_probabilities_is_sparse_only():
    """extract_blames passes no fine-tuned probabilities: the mix must then be skipped, not crash."""
    model, plain = _toy_model(True), _toy_model(False)
    feats = [["w:a"], ["w:b", "r2:O"]]
    np.testing.assert_allclose(model.scores(feats), plain.scores(feats))
    assert not np.allclose(model.scores(feats, _toy_finetuned(2)), plain.scores(feats))


# Hand-written direction set (our own sentences): active/passive and reversed order for each direction.
HAND_SET = [
    ("[Moscow] accused [Kyiv] of shelling the power plant.", 3),
    ("[Kyiv] was accused by [Moscow] of shelling the power plant.", 4),
    ("[The senator] blasted [the White House] for its handling of the crisis.", 3),
    ("[The White House] came under fire from [the senator] for its handling of the crisis.", 4),
    ("[The union] blamed [the company] for the layoffs.", 3),
    ("[The company] was blamed by [the union] for the layoffs.", 4),
    ("[Tehran] condemned [Washington] over the new sanctions.", 3),
    ("[Washington] was condemned by [Tehran] over the new sanctions.", 4),
    ("[Trump] attacked [Clinton] as corrupt and dishonest.", 3),
    ("[Clinton] was attacked by [Trump] as corrupt and dishonest.", 4),
    ("[Merkel] praised [Macron] for his leadership on climate.", 1),
    ("[Macron] was praised by [Merkel] for his leadership on climate.", 2),
    ("[Beijing] thanked [Islamabad] for its steady support.", 1),
    ("[Paris] and [Rome] will host the talks next week.", 0),
    ("[The governor] met [the mayor] on Tuesday to go over the budget.", 0),
    ("[The minister] flew from [Berlin] to Madrid on Monday.", 0),
]
# Pinned minimum for the shipped model on HAND_SET (it scores higher; see MODEL_CARD.md).
MIN_HAND_ACCURACY = 0.85


def test_dse_shipped_model_hand_set(tmp_path):
    """The shipped model (sparse + fine-tuned mix) gets direction right on simple hand-written lines."""
    path = tmp_path / "hand.txt"
    path.write_text("\n".join(f"{s}\tx\ty\t{lab}" for s, lab in HAND_SET) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["predict", "dse", str(path)], standalone_mode=False)
    assert result.exit_code == 0, result.output
    pred = [int(x) for x in result.output.split()]
    assert len(pred) == len(HAND_SET)
    acc = sum(p == lab for p, (_, lab) in zip(pred, HAND_SET)) / len(HAND_SET)
    assert acc >= MIN_HAND_ACCURACY, list(zip(pred, HAND_SET))


def test_dse_mirror_training_set_swaps_entities_and_turns_labels_round():
    from spinmap.models.dse import DseItem
    from spinmap.models.dse.encoder import VOCAB
    from spinmap.models.wordpiece import WordPiece
    from spinmap.train.dse_finetune import encode_items, training_set

    items = [DseItem("Ana praised Bo .", (0, 3), (11, 13), 1), DseItem("Ana met Bo .", (0, 3), (8, 10), 0),
             DseItem("Bo blamed Ana .", (10, 13), (0, 2), 4)]
    encs, labels = encode_items(items), [it.label for it in items]
    plain = training_set(items, encs, labels, [0, 1, 2], mirror=False)
    assert plain == (encs, labels)
    got_encs, got_labels = training_set(items, encs, labels, [0, 1, 2], mirror=True)
    assert got_labels == [1, 0, 4, 2, 3]  # the undirected line is not copied
    tok = WordPiece(VOCAB)
    assert got_encs[3] == tok.encode_pair(items[0].text, items[0].e2, items[0].e1)
    assert got_encs[3] != encs[0]


@pytest.mark.parametrize("text,e1,e2,heads,lca,path", [
    ("Moscow blamed Kyiv.", (0, 6), (14, 18), ("Moscow", "Kyiv"), "blamed", []),
    ("Kyiv was blamed by Moscow.", (0, 4), (19, 25), ("Kyiv", "Moscow"), "blamed", ["by"]),
    ("Kyiv was blamed by Moscow.", (19, 25), (0, 4), ("Moscow", "Kyiv"), "blamed", ["by"]),
])
def test_dse_vectors_anchors_find_heads_lca_and_path(nlp, text, e1, e2, heads, lca, path):
    """The round-6 measurement reads the parse vectors at the entity heads, their common ancestor and the path."""
    from spinmap.train.dse_vectors import anchors

    doc = nlp(text)
    a = anchors(doc, e1, e2)
    assert (doc[a.h1].text, doc[a.h2].text, doc[a.lca].text) == (heads + (lca,))
    assert [doc[i].text for i in a.path] == path
    assert a.e1_first == (e1[0] < e2[0])
    assert all(min(a.h1, a.h2) < i < max(a.h1, a.h2) for i in a.between)


@pytest.mark.parametrize("between", [(), (1,), (1, 2)])
def test_dse_vectors_slot_vectors_read_the_anchor_rows(between):
    from spinmap.nlp.vectors import TOKVEC_DIM
    from spinmap.train.dse_vectors import Anchors, slot_vectors

    vecs = np.arange(4 * TOKVEC_DIM, dtype=np.float32).reshape(4, TOKVEC_DIM)
    out = slot_vectors(vecs, Anchors(h1=0, h2=3, lca=2, between=between, path=(), e1_first=True))
    slots = out.reshape(4, TOKVEC_DIM)
    assert (slots[0] == vecs[0]).all() and (slots[1] == vecs[3]).all() and (slots[2] == vecs[2]).all()
    assert np.allclose(slots[3], vecs[list(between)].mean(0) if between else 0.0)
    assert not slot_vectors(vecs, None).any()
