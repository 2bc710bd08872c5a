"""Technique spans: span property, valid labels, model loading, a tiny smoke train and an accuracy gate."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spinmap.errors import SpinmapError
from spinmap.eval.ptc import score_si, score_tc
from spinmap.extract.techniques import (
    detect, extract_techniques, hashed, label_spans, load_model, raw_token_features, shipped_model,
    token_features,
)
from spinmap.records import TECHNIQUE_LABELS

GOLD = Path(__file__).parent / "gold" / "techniques_gold.jsonl"
# Pinned minimums on the hand-written gold set; observed values are in MODEL_CARD.md.
MIN_SI_F1 = 0.45
MIN_TC_ACC = 0.55

SENTENCES = [
    "The mayor's reckless, disgraceful scheme will bankrupt the town!",
    "Can we really trust these corrupt liars?\n\nNo. Never again.",
    "“They are traitors,” she said. ‘Shameful,’ he replied —  and left.",
    "Rain is expected on Friday.",
    "",
    "   \n\n  ",
    "!!! ??? ...",
    "Ünïcödé cafés — naïve façades 😀 are a DISGRACE, a total DISGRACE.",
]


def gold_items() -> list[dict]:
    """The hand-written gold set with character offsets computed from the quoted evidence."""
    items = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for sp in item["spans"]:
            sp["start"] = item["text"].index(sp["text"])
            sp["end"] = sp["start"] + len(sp["text"])
        items.append(item)
    return items


@pytest.mark.parametrize("text", SENTENCES)
def test_techniques_spans_reproduce_text(nlp, text):
    doc = nlp(text)
    for t in extract_techniques(doc):
        s, e = t.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == t.text
        assert t.label in TECHNIQUE_LABELS
        assert 0.0 <= t.confidence <= 1.0


def test_techniques_finds_loaded_language(nlp):
    doc = nlp("These disgraceful, corrupt and evil thugs spread hysteria and lies.")
    found = extract_techniques(doc)
    assert found, "the shipped model found nothing in an obviously loaded sentence"


@pytest.mark.parametrize("text", ["The budget was published on Tuesday.", "They said hello."])
def test_techniques_label_probs_are_a_distribution(nlp, text):
    doc = nlp(text)
    (probs,) = label_spans(doc, [(0, len(text) - 1)])
    assert probs.shape == (len(shipped_model().labels),)
    assert np.isclose(probs.sum(), 1.0) and (probs >= 0).all()


def test_techniques_features_are_hashed(nlp):
    doc = nlp("A shameful failure.")
    raw, hashed_feats = raw_token_features(doc), token_features(doc)
    assert [len(x) for x in raw] == [len(x) for x in hashed_feats]
    assert "w=shameful" in raw[1] and "w=shameful" not in hashed_feats[1]
    assert hashed("w=shameful") in hashed_feats[1]


@pytest.mark.parametrize("missing", ["meta.json", "si_crf.bin", "tc_logreg.npz"])
def test_techniques_load_model_reports_missing_artefact(tmp_path, missing):
    src = shipped_model().tagger_path.parent
    for name in ("meta.json", "si_crf.bin", "tc_logreg.npz"):
        if name != missing:
            (tmp_path / name).write_bytes((src / name).read_bytes())
    with pytest.raises(SpinmapError) as err:
        load_model(tmp_path)
    assert err.value.code == "SM103"


def test_techniques_accuracy_gate_on_hand_written_gold(nlp):
    """A broken or badly retrained model fails here: SI F1 and TC accuracy above pinned minimums."""
    pred_si, gold, pred_tc = [], [], []
    for k, item in enumerate(gold_items()):
        aid = str(k)
        doc = nlp(item["text"])
        pred_si += [(aid, t.label, *t.span) for t in detect(doc)]
        spans = [(sp["start"], sp["end"]) for sp in item["spans"]]
        gold += [(aid, sp["label"], sp["start"], sp["end"]) for sp in item["spans"]]
        labels = shipped_model().labels
        pred_tc += [(aid, labels[int(np.argmax(p))], s, e) for (s, e), p in zip(spans, label_spans(doc, spans))]
    si, tc = score_si(pred_si, gold), score_tc(pred_tc, gold)
    assert si.f1 >= MIN_SI_F1, si
    assert tc.f1 >= MIN_TC_ACC, tc


@pytest.mark.parametrize("sentence_prior", [False, True])
def test_techniques_smoke_train_writes_a_loadable_model(nlp, tmp_path, sentence_prior):
    """Train CRF + classifier on the hand-written gold in seconds; the result loads and tags."""
    from spinmap.extract.techniques import CRF_FILE
    from spinmap.train.techniques import (
        Corpus, crossfit_sentence_probs, fit_sentence, fit_tc, token_tags, train_crf, write_model,
    )

    items = gold_items()
    ids = [str(k) for k in range(len(items))]
    docs = {aid: nlp(it["text"]) for aid, it in zip(ids, items)}
    flc = [(aid, sp["label"], sp["start"], sp["end"]) for aid, it in zip(ids, items) for sp in it["spans"]]
    corpus = Corpus(ids=ids, docs=docs, flc=flc, si=[(a, None, s, e) for a, _, s, e in flc])
    assert token_tags(docs["0"], [(flc[0][2], flc[0][3])]).count("I") == 3  # "reckless and disgraceful"
    probs = crossfit_sentence_probs(corpus, ids, folds=2) if sentence_prior else None
    train_crf(corpus, ids, tmp_path / CRF_FILE, c1=0.0, c2=0.01, max_iter=30, sent_probs=probs)
    sent = fit_sentence(corpus, ids) if sentence_prior else None
    write_model(tmp_path, fit_tc(corpus, set(ids), C=10.0), {"threshold": 0.5}, sent)
    model = load_model(tmp_path)
    assert (model.sent is not None) == sentence_prior
    found = detect(docs["9"], model)
    assert found and all(docs["9"].text[t.span[0]:t.span[1]] == t.text for t in found)


@pytest.mark.parametrize("text, spans", [
    ("These corrupt thugs lie. These corrupt thugs lie again.", [(6, 19), (30, 43), (0, 5)]),
    ("Ünïcödé cafés — a DISGRACE!", [(0, 7), (18, 26)]),
    ("!!! ???", [(0, 3), (4, 7)]),
])
def test_techniques_encoder_vectors_are_finite_and_span_specific(nlp, text, spans):
    from spinmap.extract.techniques import ENC_DIM, load_encoder

    doc = nlp(text)
    vecs = load_encoder().embed(doc, spans)
    assert vecs.shape == (len(spans), ENC_DIM) and np.isfinite(vecs).all()
    assert (np.abs(vecs).sum(axis=1) > 0).all()
    assert not np.allclose(vecs[0], vecs[-1])  # different spans, different vectors


def test_techniques_encoder_vector_does_not_depend_on_other_spans(nlp):
    from spinmap.extract.techniques import load_encoder

    doc = nlp("The reckless scheme will bankrupt the town, critics warned on Tuesday.")
    spans = [(4, 19), (25, 33), (0, 3), (44, 51)]
    together = load_encoder().embed(doc, spans)
    alone = np.vstack([load_encoder().embed(doc, [span]) for span in spans])
    assert np.allclose(together, alone, atol=1e-5)


@pytest.mark.parametrize("scores, peak, expected", [
    ([0.3, 0.3, 0.0, 0.6, 0.3], 0.0, 2),
    ([0.3, 0.3, 0.0, 0.6, 0.3], 0.5, 1),
    ([0.3, 0.3, 0.0, 0.3, 0.3], 0.5, 0),
])
def test_techniques_find_spans_keeps_runs_with_a_peak(nlp, scores, peak, expected):
    from dataclasses import replace

    doc = nlp("alpha beta , gamma delta")
    model = replace(shipped_model(), peak=peak)
    found = model.find_spans(doc, threshold=0.25, scores=scores)
    assert len(found) == expected
    assert all(doc.text[s:e].strip() == doc.text[s:e] for s, e, _ in found)


def test_techniques_find_spans_end_where_a_sentence_starts(nlp):
    doc = nlp("They lie to us every day. Wake up before it is too late.")
    found = shipped_model().find_spans(doc, threshold=0.25, scores=[0.9] * len(doc))
    assert [doc.text[s:e] for s, e, _ in found] == [sent.text.rstrip(".") for sent in doc.sents]


def test_techniques_dense_weights_move_the_label_distribution():
    from spinmap.extract.techniques import LinearModel

    model = LinearModel({"a": 0}, np.zeros((2, 1), np.float32), np.zeros(2, np.float32), ("x", "y"),
                        dense=np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
    assert np.allclose(model.probs({"a": 1.0}), [0.5, 0.5])
    assert model.probs({"a": 1.0}, np.array([0.0, 2.0], np.float32))[1] > 0.8


@pytest.mark.parametrize("text, span, feature", [
    ("We must fight them.", (0, 18), "x_first"),
    ("You should worry.", (0, 16), "x_second"),
    ("They could never win.", (5, 20), "x_modal"),
    ("This is not fair.", (5, 16), "x_neg"),
    ("The greatest fraud ever.", (4, 18), "x_super"),
    ("Is this really true?", (0, 19), "x_sentq"),
])
def test_techniques_style_features(nlp, text, span, feature):
    from spinmap.extract.techniques import raw_span_features

    assert feature in raw_span_features(nlp(text), *span)
    assert feature not in raw_span_features(nlp("Rain fell on the old town."), 0, 9)


@pytest.mark.parametrize("spans", [[(40, 10)], [(-5, 3)], [(0, 99999)], [(7, 7)], [(3, 9), (9, 3), (0, 0)]])
def test_techniques_label_spans_survive_odd_offsets(nlp, spans):
    doc = nlp("Liars and traitors, all of them!")
    probs = label_spans(doc, spans)
    assert len(probs) == len(spans)
    assert all(np.isclose(p.sum(), 1.0) and np.isfinite(p).all() for p in probs)


@pytest.mark.parametrize("gate", [0.0, 1.01])
def test_techniques_encoder_gate_picks_the_classifier(nlp, gate):
    """gate 0: every span takes the sparse-only answer (no encoder run); gate > 1: every span is encoded."""
    from dataclasses import replace

    from spinmap.extract.techniques import span_features, span_tokvecs

    base = shipped_model()
    assert base.tc_sparse is not None and base.encoder is not None
    model = replace(base, gate=gate)
    doc = nlp("These corrupt thugs will destroy the town, he warned.")
    spans = [(6, 19), (25, 32)]
    got = model.label_probs_many(doc, spans)
    vecs = base.encoder.embed(doc, spans)
    for (s, e), p, v, t in zip(spans, got, vecs, span_tokvecs(doc, spans)):
        f = span_features(doc, s, e)
        want = base.tc_sparse.probs(f, t) if gate == 0.0 else base.tc.probs(f, v)
        assert np.allclose(p, want, atol=1e-6)


@pytest.mark.parametrize("span, tokens", [((0, 5), (0, 1)), ((6, 19), (1, 3)), ((8, 15), (1, 3)), ((25, 36), (4, 6))])
def test_techniques_span_tokvecs_are_mean_and_max_of_the_span_tokens(nlp, span, tokens):
    from spinmap.extract.techniques import span_tokvecs
    from spinmap.nlp.vectors import TOKVEC_DIM, token_vectors

    doc = nlp("These corrupt thugs will destroy the town, he warned.")
    got = span_tokvecs(doc, [span])[0]
    m = token_vectors(doc)[tokens[0]:tokens[1]]
    assert got.shape == (2 * TOKVEC_DIM,)
    assert np.allclose(got[:TOKVEC_DIM], m.mean(axis=0)) and np.allclose(got[TOKVEC_DIM:], m.max(axis=0))


@pytest.mark.parametrize("spans", [[(40, 10)], [(-5, 3)], [(0, 99999)], [(7, 7)]])
def test_techniques_span_tokvecs_are_zero_for_spans_without_tokens(nlp, spans):
    from spinmap.extract.techniques import span_tokvecs

    got = span_tokvecs(nlp("Liars and traitors!"), spans)
    assert got.shape[0] == len(spans) and not got.any()


def test_techniques_tokvec_gate_classifier_reads_the_span_vectors(nlp, tmp_path):
    """fit_tc(tokvec=True) stores 2 x 96 dense weights; spans with equal sparse features get different answers."""
    from spinmap.extract.techniques import LinearModel, TC_FILE, span_features, span_tokvecs
    from spinmap.nlp.vectors import TOKVEC_DIM
    from spinmap.train.techniques import Corpus, _save_linear, fit_tc

    items = gold_items()
    ids = [str(k) for k in range(len(items))]
    docs = {aid: nlp(it["text"]) for aid, it in zip(ids, items)}
    flc = [(aid, sp["label"], sp["start"], sp["end"]) for aid, it in zip(ids, items) for sp in it["spans"]]
    corpus = Corpus(ids=ids, docs=docs, flc=flc, si=[(a, None, s, e) for a, _, s, e in flc])
    _save_linear(tmp_path / TC_FILE, fit_tc(corpus, set(ids), C=10.0, tokvec=True))
    model = LinearModel.load(tmp_path / TC_FILE)
    assert model.dense is not None and model.dense.shape == (len(model.labels), 2 * TOKVEC_DIM)
    doc = docs["0"]
    s, e = flc[0][2], flc[0][3]
    f, v = span_features(doc, s, e), span_tokvecs(doc, [(s, e)])[0]
    assert not np.allclose(model.probs(f, v), model.probs(f, np.zeros_like(v)))


def test_techniques_span_tokvecs_read_the_tensor_the_parse_left(nlp):
    """A parsed Doc's own tensor is used as is (no tok2vec rerun), whichever load of the pipeline made it."""
    from spinmap.extract.techniques import span_tokvecs
    from spinmap.nlp.vectors import TOKVEC_DIM

    doc = nlp("Liars and traitors!")
    doc.tensor = np.arange(len(doc) * TOKVEC_DIM, dtype=np.float32).reshape(len(doc), TOKVEC_DIM)
    got = span_tokvecs(doc, [(0, 9)])[0]  # tokens 0 and 1
    assert np.allclose(got[:TOKVEC_DIM], doc.tensor[:2].mean(axis=0))
    assert np.allclose(got[TOKVEC_DIM:], doc.tensor[1])
