"""Learned span conventions: cue extent and content prepositions follow the rates in the model file."""
from __future__ import annotations

import pytest

from spinmap.eval.polnear import Attribution
from spinmap.extract import attribution as attr
from spinmap.train.attribution import content_prep_table, cue_extent_table


def _with_tables(monkeypatch, **tables):
    model = dict(attr._model())
    model.update(tables)
    monkeypatch.setattr(attr, "_model", lambda: model)


def _cue_texts(doc):
    return [doc.text[f.cue[0] : f.cue[1]] for f in attr.find_attributions(doc) if f.cue]


@pytest.mark.parametrize("rate,cue", [(0.9, "said Tuesday"), (0.1, "said")])
def test_attribution_cue_extent_follows_learned_rate(nlp, monkeypatch, rate, cue):
    _with_tables(monkeypatch, cue_extent={"R|npadvmod|DATE|after": rate})
    doc = nlp("The mayor said Tuesday that the bridge was closed.")
    assert cue in _cue_texts(doc)
    assert not any(c.startswith("said") and c != cue for c in _cue_texts(doc))


@pytest.mark.parametrize("rate,has_audit", [(0.9, True), (0.1, False)])
def test_attribution_content_prep_follows_learned_rate(nlp, monkeypatch, rate, has_audit):
    _with_tables(monkeypatch, content_preps={"insist|on": rate})
    doc = nlp("The senator insisted on a full audit.")
    contents = [doc.text[f.content[0] : f.content[1]] for f in attr.find_attributions(doc, threshold=0.0)]
    assert ("a full audit" in contents) == has_audit


@pytest.mark.parametrize("cue_text,expected", [("said Tuesday", 1.0), ("said", 0.0)])
def test_attribution_cue_extent_table_counts_gold(nlp, cue_text, expected):
    text = "The mayor said Tuesday that the bridge was closed."
    doc = nlp(text)
    s = text.index(cue_text)
    gold = [Attribution(content=(text.index("that"), len(text) - 1), source=(0, 9), cue=(s, s + len(cue_text)))]
    table = cue_extent_table({"d": doc}, {"d": gold}, min_count=1)
    assert table["R|npadvmod|DATE|after"] == expected


@pytest.mark.parametrize("content_text,expected", [("a full audit", 1.0), ("The senator", 0.0)])
def test_attribution_content_prep_table_counts_gold(nlp, content_text, expected):
    text = "The senator insisted on a full audit."
    doc = nlp(text)
    s = text.index(content_text)
    gold = [Attribution(content=(s, s + len(content_text)), cue=(text.index("insisted"), text.index(" on")))]
    assert content_prep_table({"d": doc}, {"d": gold}, min_count=1)["insist|on"] == expected


@pytest.mark.parametrize("bias,expect_said", [(30.0, True), (-30.0, False)])
def test_attribution_rerank_gates_candidates(nlp, monkeypatch, bias, expect_said):
    _with_tables(monkeypatch, rerank={"bias": bias, "weights": {}, "candidate_threshold": 0.2, "threshold": 0.5})
    doc = nlp("The mayor said that the bridge was closed.")
    assert ("said" in _cue_texts(doc)) == expect_said


@pytest.mark.parametrize("gold_content,label", [("that the bridge was closed", 1), ("The mayor", 0)])
def test_attribution_rerank_examples_label_by_gold(nlp, gold_content, label):
    from spinmap.train.attribution import rerank_examples

    text = "The mayor said that the bridge was closed."
    doc = nlp(text)
    s = text.index(gold_content)
    gold = [Attribution(content=(s, s + len(gold_content)), cue=(10, 14))]
    X, y = rerank_examples({"d": doc}, {"d": gold}, attr._model(), 0.2)
    said = [lab for feats, lab in zip(X, y) if "lemma=say" in feats]
    assert said == [label]
    assert all(isinstance(v, float) for feats in X for v in feats.values())


@pytest.mark.parametrize("rate,source", [(0.9, "Alan Berger, a doctor from Ohio who met the mayor,"), (0.1, "Alan Berger, a doctor from Ohio")])
def test_attribution_source_extent_follows_learned_rate(nlp, monkeypatch, rate, source):
    _with_tables(monkeypatch, source_extent={"appos|relcl|VERB|tight|before": rate}, source_boundary=None)
    text = "Alan Berger, a doctor from Ohio who met the mayor, said the plan failed."
    said = [f for f in attr.find_attributions(nlp(text)) if text[f.cue[0] : f.cue[1]] == "said"]
    assert said and text[said[0].source[0] : said[0].source[1]] == source


@pytest.mark.parametrize("source_text,expected", [("Alan Berger, a doctor from Ohio", 0.0), ("Alan Berger, a doctor from Ohio who met the mayor", 1.0)])
def test_attribution_source_extent_table_counts_gold(nlp, source_text, expected):
    from spinmap.train.attribution import source_extent_table

    text = "Alan Berger, a doctor from Ohio who met the mayor, said the plan failed."
    cue = text.index("said")
    gold = [Attribution(content=(cue + 5, len(text) - 1), source=(0, len(source_text)), cue=(cue, cue + 4))]
    assert source_extent_table({"d": nlp(text)}, {"d": gold}, min_count=1)["appos|relcl|VERB|tight|before"] == expected


@pytest.mark.parametrize("text,expect_said", [
    ('"The bridge is closed," the mayor said.', True),  # quotation + speaker + speech verb: kept
    ("The mayor said that the bridge was closed.", False),  # paraphrase: the second stage decides
])
def test_attribution_rerank_keeps_attributed_quotation(nlp, monkeypatch, text, expect_said):
    _with_tables(monkeypatch, rerank={"bias": -30.0, "weights": {}, "candidate_threshold": 0.2, "threshold": 0.5})
    assert ("said" in _cue_texts(nlp(text))) == expect_said


def _said(nlp, text, threshold=None):
    return [f for f in attr.find_attributions(nlp(text), threshold) if f.cue and text[f.cue[0] : f.cue[1]].startswith("said")]


@pytest.mark.parametrize("weight,content", [
    (5.0, "that the bridge was closed"),  # rewarded: the end stops before the second clause
    (-5.0, "that the bridge was closed, and the road too"),  # penalised: the rule-built end stays
])
def test_attribution_boundary_model_moves_content_end(nlp, monkeypatch, weight, content):
    text = "The mayor said that the bridge was closed, and the road too."
    _with_tables(monkeypatch, rerank=None, threshold=0.0, boundary={"bias": 0.0, "weights": {
        "end:last_next=ADJ|,": weight, "end:d=0": 0.1, "start:d=0": 0.1}})
    said = _said(nlp, text, 0.0)
    assert said and text[said[0].content[0] : said[0].content[1]] == content


@pytest.mark.parametrize("text", [
    '"The bridge is closed, and the road too," the mayor said.',
    'The mayor said: "The bridge is closed, and the road too."',
])
def test_attribution_boundary_model_keeps_direct_quotes(nlp, monkeypatch, text):
    _with_tables(monkeypatch, boundary={"bias": 0.0, "weights": {"end:last_next=ADJ|,": 9.0, "start:d=+6": 9.0}})
    said = _said(nlp, text)
    assert said and said[0].kind == "direct"
    assert text[said[0].content[0] : said[0].content[1]] == text[text.index('"') : text.rindex('"') + 1]


@pytest.mark.parametrize("text", [
    "The mayor said that the bridge was closed, and the road too.",
    "The bridge was closed for repairs, the mayor said on Tuesday in a statement.",
    'Officials, the mayor said, had "no plan at all" for the bridge.',
])
def test_attribution_boundary_candidates_stay_off_cue_and_source(nlp, text):
    doc = nlp(text)
    regions = attr.quote_regions(text)
    for tok, found, _ in attr.candidates(doc, 0.0):
        for side, pos, feats in attr.boundary_candidates(doc, tok, found, regions) or []:
            char = attr.edge_char(doc, side, pos)
            for s, e in [found.cue] + ([found.source] if found.source else []):
                assert not s < char < e
            assert all(f.startswith(side + ":") for f in feats)
        refined = attr.refine_content(doc, tok, found, regions, attr._model().get("boundary", {"weights": {}}))
        assert text[refined.content[0] : refined.content[1]].strip() == text[refined.content[0] : refined.content[1]]
        assert not (refined.content[0] < found.cue[1] and found.cue[0] < refined.content[1]) or found.kind != "indirect"


@pytest.mark.parametrize("gold_content", ["that the bridge was closed", "that the bridge was closed, and the road too"])
def test_attribution_boundary_examples_label_gold_end(nlp, gold_content):
    from spinmap.train.attribution import boundary_examples

    text = "The mayor said that the bridge was closed, and the road too."
    doc = nlp(text)
    s = text.index(gold_content)
    gold = [Attribution(content=(s, s + len(gold_content)), cue=(10, 14), source=(0, 9))]
    model = dict(attr._model(), threshold=0.0)
    X, y = boundary_examples({"d": doc}, {"d": gold}, model, 0.0)
    ends = [feats for feats, lab in zip(X, y) if lab and feats[0].startswith("end:")]
    assert len(ends) == 1 and sum(y) == 2
    assert ("end:last_next=ADJ|," in ends[0]) == gold_content.endswith("closed")


@pytest.mark.parametrize("weight,cue", [(5.0, "said Tuesday"), (-5.0, "said")])
def test_attribution_cue_boundary_model_moves_cue_end(nlp, monkeypatch, weight, cue):
    text = "The mayor said Tuesday that the bridge was closed."
    _with_tables(monkeypatch, cue_extent={}, cue_boundary={"bias": 0.0, "weights": {"cend:last=DATE": weight, "cend:d=0": 0.1, "cstart:d=0": 0.1}})
    said = _said(nlp, text)
    assert said and text[said[0].cue[0] : said[0].cue[1]] == cue


@pytest.mark.parametrize("weight,source", [(5.0, "The mayor"), (-5.0, "The mayor of the town")])
def test_attribution_source_boundary_model_moves_source_end(nlp, monkeypatch, weight, source):
    text = "The mayor of the town said that the bridge was closed."
    _with_tables(monkeypatch, source_boundary={"bias": 0.0, "weights": {"send:next=of": weight, "send:d=0": 0.1, "sstart:d=0": 0.1}})
    said = _said(nlp, text)
    assert said and text[said[0].source[0] : said[0].source[1]] == source


@pytest.mark.parametrize("text", [
    "The mayor of the town said Tuesday that the bridge was closed, and the road too.",
    "The bridge was closed for repairs, the mayor said on Tuesday in a statement.",
    'Officials, the mayor said, had "no plan at all" for the bridge.',
])
def test_attribution_span_boundaries_never_cross_roles(nlp, text):
    doc = nlp(text)
    for tok, found, _ in attr.candidates(doc, 0.0):
        for side, pos, _ in (attr.cue_boundary_candidates(doc, tok, found) or []):
            char = attr.edge_char(doc, side, pos)
            assert not found.content[0] < char < found.content[1] or found.content[0] < found.cue[0] < found.content[1]
        for side, pos, _ in (attr.source_boundary_candidates(doc, tok, found) or []):
            char = attr.edge_char(doc, side, pos)
            assert not found.cue[0] < char < found.cue[1]
    for f in attr.find_attributions(doc):
        for span in (f.cue, f.source, f.content):
            assert span is None or (text[span[0] : span[1]].strip() == text[span[0] : span[1]] and span[1] > span[0])


@pytest.mark.parametrize(
    "counts,expected",
    [(None, "new"), ([0, 0], "new"), ([0, 10], "never"), ([0, 2], "never_few"), ([5, 10], "r5"),
     ([1, 100], "r0_few"), ([9, 10], "r6"), ([3, 20], "r3")],
)
def test_attribution_lemma_class_bins_training_cue_rate(counts, expected):
    assert attr.lemma_class(counts) == expected


@pytest.mark.parametrize(
    "text,word,key",
    [("The senators are confident that the deal will fail.", "are", "be:confident"),
     ("The senators said that the deal will fail.", "said", "say"),
     ("The union has concerns about the deal.", "has", "have:concern")],
)
def test_attribution_rate_key_joins_light_verb_and_complement(nlp, text, word, key):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert attr.rate_key(tok) == key


@pytest.mark.parametrize(
    "text,expected",
    [("Smith said the plan failed. Smith wants a new vote.", "yes"),
     ("Jones met the board. Smith wants a new vote.", "no"),
     ("Smith said the plan failed. He wants a new vote.", "pron")],
)
def test_attribution_speaker_subject_is_a_quoted_name(nlp, text, expected):
    doc = nlp(text)
    wants = next(t for t in doc if t.lemma_ == "want")
    assert attr._speaker_subject(wants) == expected


def test_attribution_lemma_counts_are_out_of_fold(nlp):
    from spinmap.train.attribution import lemma_count_tables

    texts = {f"d{k}": f"The mayor{k} insisted that the bridge was closed." for k in range(5)}
    docs = {n: nlp(t) for n, t in texts.items()}
    gold = {n: [Attribution(content=(t.index("that"), len(t) - 1), cue=(t.index("insisted"), t.index("insisted") + 8))]
            for n, t in texts.items()}
    full, oof = lemma_count_tables(docs, gold, sorted(docs))
    assert full["insist"] == [5, 5]
    assert all(oof(n)["insist"] == [4, 4] for n in docs)  # an article never sees its own labels


@pytest.mark.parametrize("weight,expect_cue", [(30.0, True), (-30.0, False)])
def test_attribution_lemma_class_weight_moves_cue_score(nlp, monkeypatch, weight, expect_cue):
    model = {"bias": 0.0, "threshold": 0.5, "weights": {"lclass=r6": weight}, "lemma_counts": {"hint": [9, 10]}}
    monkeypatch.setattr(attr, "_model", lambda: model)
    doc = nlp("The senator hinted that the audit was fair.")
    scores = {t.text: p for t, p in attr.score_cues(doc, [])}
    assert (scores["hinted"] > 0.5) == expect_cue


def _net(dim_classes: int, w_token: float, bias: float = 0.0) -> dict:
    """A hand-written context net: one hidden unit reading the token vector's first dimension."""
    from spinmap.nlp.vectors import TOKVEC_DIM

    n_in = 3 * TOKVEC_DIM + dim_classes + 1
    w1 = [[0.0] for _ in range(n_in)]
    w1[0][0] = 1.0
    return {"classes": list(attr.RATE_CLASSES), "mean": [0.0] * (3 * TOKVEC_DIM), "scale": [1.0] * (3 * TOKVEC_DIM),
            "w1": w1, "b1": [0.0], "w2": [w_token], "b2": bias}


@pytest.mark.parametrize("w_token", [2.0, -3.0])
def test_attribution_context_logits_are_a_relu_layer(nlp, w_token):
    import numpy as np

    net = _net(len(attr.RATE_CLASSES), w_token, bias=0.5)
    doc = nlp("The senator hinted that the audit was fair.")
    toks = [t for t in doc if attr._is_candidate(t)]
    x = attr.context_inputs(toks, [False] * len(toks), ["new"] * len(toks), net)
    first = attr._doc_vectors(doc)[[t.i for t in toks], 0]
    assert np.allclose(attr.context_logits(net, x), w_token * np.maximum(first, 0) + 0.5, atol=1e-5)


def test_attribution_context_inputs_same_for_a_doc_read_back_from_a_cache(nlp):
    import numpy as np
    from spacy.tokens import DocBin

    doc = nlp("“We will sue,” the union said, and it wants a new vote.")
    back = next(DocBin(docs=[doc]).get_docs(nlp.vocab))
    net = _net(len(attr.RATE_CLASSES), 1.0)
    net["mean"] = [0.1] * len(net["mean"])
    rows = []
    for d in (doc, back):
        toks = [t for t in d if attr._is_candidate(t)]
        rows.append(attr.context_inputs(toks, [True] * len(toks), ["r3"] * len(toks), net))
    assert rows[0].shape[0] > 3 and np.allclose(rows[0], rows[1], atol=1e-4)


@pytest.mark.parametrize("w_token,weight", [(1.0, 30.0), (1.0, -30.0)])
def test_attribution_context_bin_weight_moves_cue_score_batched_as_per_token(nlp, monkeypatch, w_token, weight):
    """score_cues runs the net once per doc; each score equals the per-token path's."""
    import math

    net = _net(len(attr.RATE_CLASSES), w_token)
    model = {"bias": 0.0, "threshold": 0.5, "weights": {}, "lemma_counts": {"hint": [9, 10]}, "context": net}
    monkeypatch.setattr(attr, "_model", lambda: model)
    doc = nlp("The senator hinted that the audit was fair.")
    hinted = next(t for t in doc if t.text == "hinted")
    b = next(f for f in attr.cue_features(hinted, False) if f.startswith("ctx="))
    model["weights"] = {b: weight}
    for tok, p in attr.score_cues(doc, []):
        z = sum(model["weights"].get(f, 0.0) for f in attr.cue_features(tok, False))
        assert p == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-6)
    assert ({t.text: p for t, p in attr.score_cues(doc, [])}["hinted"] > 0.5) == (weight > 0)


def test_attribution_context_net_export_matches_sklearn():
    import warnings

    import numpy as np
    from sklearn.neural_network import MLPClassifier

    from spinmap.nlp.vectors import TOKVEC_DIM
    from spinmap.train.attribution import _CONTEXT_NET, fit_context_net

    rng = np.random.default_rng(0)
    n_in = 3 * TOKVEC_DIM + len(attr.RATE_CLASSES) + 1
    X = rng.normal(size=(600, n_in)).astype(np.float32)
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    net = fit_context_net(X, y, np.zeros(3 * TOKVEC_DIM), np.ones(3 * TOKVEC_DIM))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = MLPClassifier(**_CONTEXT_NET).fit(X, y).predict_proba(X)[:, 1]
    z = attr.context_logits(net, X)
    assert z.shape == (600,) and np.allclose(1 / (1 + np.exp(-z)), p, atol=2e-3)


@pytest.mark.parametrize("context", [True, False])
def test_attribution_fit_weights_ships_the_context_net_it_trained_on(nlp, monkeypatch, context):
    from spinmap.train.attribution import fit_weights

    verbs = ["insisted", "claimed", "argued", "warned", "hinted", "noted", "stressed", "added", "said", "wrote"]
    texts = {f"d{k}": f"The mayor {v} that the old bridge was closed. The bridge opened in May." for k, v in enumerate(verbs)}
    docs = {n: nlp(t) for n, t in texts.items()}
    gold = {}
    for n, t in texts.items():
        verb = t.split()[2]
        gold[n] = [Attribution(content=(t.index("the old"), t.index(".")), source=(0, 9), cue=(t.index(verb), t.index(verb) + len(verb)))]
    model = fit_weights(docs, gold, set(docs), 1.0, context=context)
    assert ("context" in model) == context
    if context:
        from spinmap.nlp.vectors import TOKVEC_DIM

        net = model["context"]
        assert len(net["w1"]) == 3 * TOKVEC_DIM + len(attr.RATE_CLASSES) + 1 and len(net["w2"]) == len(net["w1"][0])
    monkeypatch.setattr(attr, "_model", lambda: model)
    doc = nlp("The governor stressed that the old road was closed.")
    assert all(doc.text[f.cue[0] : f.cue[1]] for f in attr.find_attributions(doc, threshold=0.0))


@pytest.mark.parametrize(
    "text,word,key",
    [("In the new survey, most voters backed the plan.", "In", "in:survey"),
     ("In May, most voters backed the plan.", "In", "in:may")],
)
def test_attribution_rate_key_joins_preposition_and_object(nlp, text, word, key):
    """A preposition's rate key carries its object: 'in [a survey]' cues, 'in [May]' does not."""
    tok = next(t for t in nlp(text) if t.text == word)
    assert attr.rate_key(tok) == key


@pytest.mark.parametrize(
    "text,cue,expected",
    [('The mayor said, "The bridge is closed."', "said", "quote"),
     ("The mayor refused to close the bridge.", "refused", "inf"),
     ("The mayor said that the bridge was closed.", "said", "that"),
     ("The mayor asked whether the bridge was closed.", "asked", "wh"),
     ("The mayor said the bridge was closed.", "said", "clause")],
)
def test_attribution_content_type_names_the_construction(nlp, text, cue, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    text_, regions = attr._text_and_regions(doc)
    found = attr._attribution_for(tok, text_, regions, 0.9)
    assert found is not None and attr._content_type(doc, found) == expected


@pytest.mark.parametrize(
    "text,cue,governed",
    [("The mayor said that the council wants a new bridge.", "wants", True),
     ("The council wants a new bridge.", "wants", False)],
)
def test_attribution_second_stage_sees_a_governing_cue(nlp, text, cue, governed):
    """A stance inside someone's reported words is flagged for the second stage ('gov'), a bare one is not;
    the cue scores it reads are the ones ``score_cues`` gave."""
    doc = nlp(text)
    text_, regions = attr._text_and_regions(doc)
    tok = next(t for t in doc if t.text == cue)
    found = attr._attribution_for(tok, text_, regions, 0.5)
    assert found is not None
    assert attr.doc_cue_scores(doc, regions) == {t.i: p for t, p in attr.score_cues(doc, regions)}
    feats = attr.triple_features(doc, tok, found, regions)
    assert (feats.get("gov=no") is None) == governed
