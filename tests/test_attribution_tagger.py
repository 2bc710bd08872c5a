"""The MiniLM attribution span tagger (round 8): decoding, edge mixing, the setting, offline inference, bad input."""
from __future__ import annotations

import numpy as np
import pytest

from spinmap.errors import SpinmapError
from spinmap.extract import attribution as attr
from spinmap.extract.attribution import MODEL_PATH, TAGGER_FILE, decode_spans, find_attributions

SHIPPED = (MODEL_PATH.parent / TAGGER_FILE).is_file() and (MODEL_PATH.parent / attr.TAGGER_MIX_FILE).is_file()
needs_tagger = pytest.mark.skipif(not SHIPPED, reason="attribution tagger not shipped")

WORDS = [(0, 2), (3, 5), (6, 8), (9, 11), (12, 14)]


@pytest.mark.parametrize("inside,begin,end,expected", [
    ([0, 1, 1, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [(3, 8)]),
    ([1, 1, 1, 1, 0], [1, 0, 1, 0, 0], [0, 0, 0, 0, 0], [(0, 5), (6, 11)]),  # a begin inside a run cuts it
    ([1, 1, 1, 1, 1], [0, 0, 0, 0, 0], [1, 0, 0, 0, 1], [(0, 2), (3, 14)]),  # an end closes the span there
    ([0, 0, 0, 0, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [(12, 14)]),
    ([0, 0, 0, 0, 0], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], []),
])
def test_attribution_tagger_decode_spans(inside, begin, end, expected):
    assert decode_spans(WORDS, inside, begin, end, 0.5) == expected


@pytest.mark.parametrize("p_begin,expected_start", [(0.5, 0), (0.999, 2), (0.001, 0)])
def test_attribution_tagger_edge_bonus_moves_the_chosen_start(p_begin, expected_start):
    """The ranker prefers start 0 by one logit; the tagger's begin log-odds at token 2 can overrule it."""
    probs = np.full((6, 9), 0.5)
    probs[2, attr._ROLE_COL["content"] + 1] = p_begin
    cands = [("start", 0, ["a"]), ("start", 2, ["b"]), ("end", 5, ["c"])]
    bonus = attr._edge_bonus(probs, "content", 1.0)
    assert attr._best_range(cands, {"weights": {"a": 1.0}}, bonus) == (expected_start, 5)


def test_attribution_tagger_unused_weights_give_no_bonus():
    probs = np.full((3, 9), 0.9)
    assert attr._edge_bonus(None, "cue", 1.0) is None and attr._edge_bonus(probs, "cue", 0.0) is None


TEXTS = [
    "The minister said that the talks had failed, and the opposition blamed the government.",
    '"We will not give up," the mayor told reporters on Monday. "Never."',
    'According to officials, "the plan is dead. He added that',  # unbalanced quote
    "",
    "   \n\n  ",
    "Analysts believe the deal will hold. " * 60,  # many tagger windows
]


def test_attribution_tagger_setting_off_loads_nothing(nlp, monkeypatch):
    """With the setting off the tagger is never loaded and its settings are never applied."""
    monkeypatch.setattr(attr, "tagger_on", lambda: False)
    docs = [nlp(text) for text in TEXTS]
    plain = [find_attributions(doc) for doc in docs]

    def boom():
        raise AssertionError("tagger loaded with the setting off")

    monkeypatch.setattr(attr, "shipped_tagger", boom)
    monkeypatch.setattr(attr, "_tagger_mix", lambda: {"edge": {"content": 5.0}, "cue_floor": 0.01,
                                                        "keep": {"cue": 3.0, "bias": -5.0}})
    for doc, before in zip(docs, plain):
        assert attr.tagger_probs(doc) is None
        assert find_attributions(doc) == before


@pytest.mark.parametrize("text", TEXTS)
def test_attribution_tagger_constant_probs_with_edges_only_change_nothing(nlp, text, monkeypatch):
    """Edge weights add the same bonus to every candidate edge when the tagger has no opinion."""
    doc = nlp(text)
    plain = find_attributions(doc, orphans=False)
    monkeypatch.setattr(attr, "_tagger_mix", lambda: {"edge": {"content": 2.0, "cue": 1.0, "source": 1.0}})
    assert find_attributions(doc, orphans=False, tagger=np.full((len(doc), 9), 0.3)) == plain


@needs_tagger
@pytest.mark.parametrize("text", TEXTS)
def test_attribution_tagger_runs_offline_with_exact_spans(nlp, text):
    doc = nlp(text)
    probs = attr.shipped_tagger().token_probs(doc)
    assert probs.shape == (len(doc), 9) and np.all((probs >= 0) & (probs <= 1))
    found = find_attributions(doc, tagger=probs)
    assert found == find_attributions(doc, tagger=attr.shipped_tagger().token_probs(doc))  # deterministic
    for f in found:
        for span in (f.cue, f.content, f.source):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text) and doc.text[span[0]:span[1]]


@needs_tagger
def test_attribution_tagger_marks_a_plain_report(nlp):
    """On an unambiguous report the tagger alone rates the speech verb as cue and the clause as content."""
    doc = nlp("The senator said on Tuesday that the bill would pass easily.")
    probs = attr.shipped_tagger().token_probs(doc)
    said = next(t.i for t in doc if t.text == "said")
    bill = next(t.i for t in doc if t.text == "bill")
    assert probs[said, attr._ROLE_COL["cue"]] > 0.5
    assert probs[bill, attr._ROLE_COL["content"]] > 0.5


def test_attribution_tagger_missing_files_is_sm103(tmp_path, monkeypatch):
    monkeypatch.setattr(attr, "MODEL_PATH", tmp_path / "cue_model.json")
    attr._tagger_mix.cache_clear()
    attr.shipped_tagger.cache_clear()
    try:
        with pytest.raises(SpinmapError) as err:
            attr.shipped_tagger()
        assert err.value.code == "SM103"
    finally:
        monkeypatch.undo()
        attr._tagger_mix.cache_clear()
        attr.shipped_tagger.cache_clear()


@pytest.mark.parametrize("raw,on", [("1", 1), ("0", 0), ("yes", 1), ("off", 0)])
def test_attribution_tagger_setting_reads_flags(tmp_path, raw, on):
    from spinmap.config import load_settings

    cfg = tmp_path / "config.toml"
    cfg.write_text("", encoding="utf-8")
    assert load_settings(cfg, env={}).attribution_tagger == 0
    assert load_settings(cfg, env={"SPINMAP_ATTRIBUTION_TAGGER": raw}).attribution_tagger == on


def test_attribution_tagger_setting_out_of_range_is_sm101(tmp_path):
    from spinmap.config import load_settings

    cfg = tmp_path / "config.toml"
    cfg.write_text("[spinmap]\nattribution_tagger = 2\n", encoding="utf-8")
    with pytest.raises(SpinmapError) as err:
        load_settings(cfg, env={})
    assert err.value.code == "SM101"


@needs_tagger
def test_attribution_tagger_training_labels_pack_role_edges():
    """Per word: inside/begin/end bits of source (0-2), cue (3-5), content (6-8)."""
    from spinmap.eval.polnear import Attribution
    from spinmap.extract.techniques import MODEL_DIR, VOCAB_FILE
    from spinmap.models.wordpiece import WordPiece
    from spinmap.train.attribution_tagger import Article

    text = "Ann said it rains."
    art = Article("a", text, WordPiece(MODEL_DIR / VOCAB_FILE), [Attribution(content=(9, 17), source=(0, 3), cue=(4, 8))])
    per_word = {text[a:b]: int(art.labels[art.word_of == w][0]) for w, (a, b) in enumerate(art.words)}
    assert per_word == {"Ann": 0b111, "said": 0b111000, "it": 0b011000000, "rains": 0b101000000, ".": 0}
