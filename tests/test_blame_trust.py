"""The blame trust model: a record's confidence learned from judged records (extract/blame/trust.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from spinmap.cli import main
from spinmap.errors import SpinmapError
from spinmap.eval.judged_blames import auc, confidence_figures
from spinmap.extract.blame import extract_blames
from spinmap.extract.blame.trust import MODEL_PATH, TrustModel, describe, record_features, trust_model
from spinmap.records import Blame, BlameSource, BlameTarget, TextSpan
from spinmap.nlp.actors import resolve_actors

from test_blame_mirrors import PARAGRAPHS, fill, placeholders


def _blames(nlp, text, trust=True):
    doc = nlp(text)
    return doc, extract_blames(doc, resolve_actors(doc), [], None, trust=trust)


def test_shipped_model_loads_and_has_its_card():
    model = trust_model()
    assert isinstance(model, TrustModel) and model.weights
    assert (MODEL_PATH.parent / "MODEL_CARD.md").exists()
    # names of actors are never features: only structure, relations, entity types and cue words
    assert not any(k.startswith(("src=", "tgt=")) for k in model.weights)


def test_confidence_is_the_models_and_differs_from_the_rules(nlp):
    text = ("Velmora's defence ministry accused Ostland of shelling three border villages. "
            "If Ostland attacked the villages, it would be a crime, a senator said.")
    doc, rules = _blames(nlp, text, trust=False)
    _, trusted = _blames(nlp, text)
    assert [(b.source.name, b.target.name, b.charge) for b in rules] == [(b.source.name, b.target.name, b.charge)
                                                                         for b in trusted]
    model = trust_model()
    for b, feats, t in zip(rules, record_features(doc, rules), trusted):
        assert t.confidence == round(model.score(feats), 3) and 0.0 <= t.confidence <= 1.0


@pytest.mark.parametrize("text,feature", [
    ("Velmora would accuse Ostland of shelling the villages.", "cue_modal"),
    ('"Ostland shelled our villages," said the Velmoran minister Arno Vessel.', "cue_quoted"),
])
def test_features_read_the_parse(nlp, text, feature):
    doc, blames = _blames(nlp, text, trust=False)
    feats = record_features(doc, blames)
    assert feats and any(f.get(feature) == 1.0 for f in feats), feats


def _record(text: str, accused: str, cue: str) -> Blame:
    """A record built by hand (the rules drop most conditionals and questions, the model must still read them)."""
    s, c = text.index(accused), text.index(cue)
    return Blame(source=BlameSource(kind="author", name="<author>"),
                 target=BlameTarget(name=accused, span=(s, s + len(accused))), charge=cue, voice="authorial",
                 evidence=TextSpan(text=text, span=(0, len(text))), confidence=0.6,
                 cue=TextSpan(text=cue, span=(c, c + len(cue))))


@pytest.mark.parametrize("text,accused,cue,feature", [
    ("If Ostland shelled the villages, the talks would end.", "Ostland", "shelled", "conditional"),
    ("Did Ostland shell the villages of Velmora?", "Ostland", "shell", "in_question"),
    ("Ostland, which shelled the villages, left the talks.", "Ostland", "shelled", "cue_in_relcl"),
    ("The villages were shelled by Ostland.", "Ostland", "shelled", "cue_passive"),
])
def test_features_of_hand_built_records(nlp, text, accused, cue, feature):
    doc = nlp(text)
    feats = describe(doc, _record(text, accused, cue))
    assert feats[feature] == 1.0 and feats["cue=shell"] == 1.0 and feats["cue_pos=VERB"] == 1.0
    plain = describe(nlp("Ostland shelled the villages."), _record("Ostland shelled the villages.", "Ostland", "shelled"))
    assert plain.get(feature, 0.0) == 0.0 and plain["tgt_under_cue"] == 1.0


def test_plain_statement_has_none_of_those_features(nlp):
    doc, blames = _blames(nlp, "Velmora accused Ostland of shelling the villages.", trust=False)
    feats = record_features(doc, blames)
    assert feats and not any(f.get(k) for f in feats for k in ("cue_modal", "conditional", "cue_quoted", "in_question"))


@pytest.mark.parametrize("template", PARAGRAPHS)
def test_mirrored_accusations_get_the_same_confidence(nlp, template):
    """Even-handedness carries to confidence: the same accusation, written from either side, is as sure."""
    def scored(own, other):
        doc = nlp(fill(template, own, other))
        return sorted((b.source.kind, placeholders(b.source.name, own, other), placeholders(b.target.name, own, other),
                       placeholders(b.charge, own, other), b.confidence)
                      for b in extract_blames(doc, resolve_actors(doc), [], None))
    one, two = scored("Armenia", "Azerbaijan"), scored("Azerbaijan", "Armenia")
    assert len(one) == len(two) and one
    for a, b in zip(one, two):
        assert a[:4] == b[:4] and abs(a[4] - b[4]) <= 0.05, (a, b)


@pytest.mark.parametrize("content", ["{not json", '{"bias": 0.1}', '{"weights": {"a": "x"}, "bias": 0}', "[1, 2]"])
def test_broken_model_file_is_a_coded_error(tmp_path, content):
    broken = tmp_path / "trust.json"
    broken.write_text(content, encoding="utf-8")
    with pytest.raises(SpinmapError) as err:
        trust_model(broken)
    assert err.value.code == "SM103" and "blame-trust" in str(err.value)


def test_missing_model_keeps_rule_confidences(nlp, tmp_path, monkeypatch):
    import spinmap.extract.blame.build as build

    assert trust_model(tmp_path / "absent.json") is None
    monkeypatch.setattr(build, "trust_model", lambda: None)
    text = "Velmora accused Ostland of shelling three border villages."
    _, without = _blames(nlp, text)
    _, rules = _blames(nlp, text, trust=False)
    assert [b.confidence for b in without] == [b.confidence for b in rules]


def test_one_kind_of_verdict_is_a_coded_error(tmp_path):
    from spinmap.train.blame_trust import JudgedSet, train_blame_trust

    sets = []
    for name in ("a", "b"):
        docs = tmp_path / name
        docs.mkdir()
        (docs / "0.txt").write_text("Velmora accused Ostland of shelling three border villages.", encoding="utf-8")
        judgements = tmp_path / f"{name}.tsv"
        CliRunner().invoke(main, ["eval", "blames", str(docs), str(judgements), "--append"], standalone_mode=False)
        judgements.write_text(judgements.read_text(encoding="utf-8").replace("\t?\t", "\tR\t"), encoding="utf-8")
        sets.append(JudgedSet(name, docs, judgements))
    from spinmap.nlp.pipeline import load_pipeline

    with pytest.raises(SpinmapError) as err:
        train_blame_trust(sets, [], load_pipeline(), out=tmp_path / "t.json", log=lambda m: None)
    assert err.value.code == "SM501" and not (tmp_path / "t.json").exists()


def test_auc_and_confidence_figures_by_hand():
    # accepted scores 0.9, 0.6; wrong 0.7, 0.2: pairs ranked right (0.9>0.7, 0.9>0.2, 0.6>0.2) 3 of 4
    assert auc([1, 1, 0, 0], [0.9, 0.6, 0.7, 0.2]) == 0.75
    assert auc([1, 0], [0.5, 0.5]) == 0.5 and auc([1, 1], [0.1, 0.2]) is None
    figures = confidence_figures(["R", "P", "W", "W"], [0.9, 0.6, 0.7, 0.2])
    assert figures["at"]["0.5"] == {"records": 3, "strict": 1 / 3, "lenient": 2 / 3}
    assert figures["at"]["0.85"] == {"records": 1, "strict": 1.0, "lenient": 1.0}


SETS = {
    "one": ["Velmora accused Ostland of shelling three border villages. Ostland denied it.",
            "Critics said the Ostland government had looted the museum. The minister blamed Velmora for the riots.",
            "The harvest festival opened on Sunday."],
    "two": ["Ostland's army destroyed the bridge, residents said. Velmora condemned the attack.",
            "A spokesman for Velmora accused Ostland of lying about the blockade.",
            "Parliament blamed the prime minister for the failed reform."],
}


def test_train_blame_trust_end_to_end(tmp_path):
    """Judge every record of two small sets, refit, and the written model loads and scores."""
    runner = CliRunner()
    args = []
    for name, texts in SETS.items():
        docs = tmp_path / name
        docs.mkdir()
        for k, text in enumerate(texts):
            (docs / f"{k}.txt").write_text(text, encoding="utf-8")
        judgements = tmp_path / f"{name}.tsv"
        result = runner.invoke(main, ["eval", "blames", str(docs), str(judgements), "--append"], standalone_mode=False)
        assert result.exit_code == 0, result.output
        lines = judgements.read_text(encoding="utf-8").splitlines()
        assert len(lines) >= 3
        judged = [line.replace("\t?\t", f"\t{'RW'[k % 2]}\t") for k, line in enumerate(lines)]
        judgements.write_text("\n".join(judged[:-1]) + "\n", encoding="utf-8")  # the last one stays unjudged
        args += ["--judged", str(docs), str(judgements)]
    out = tmp_path / "trust.json"
    result = runner.invoke(main, ["train", "blame-trust", *args, "--out", str(out), "--json"], standalone_mode=False)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert set(summary["fitted"]) == {"one", "two"} and summary["C"] in (0.03, 0.1, 0.3, 1.0)
    assert "unjudged left out" in result.stderr
    model = trust_model(out)
    assert model is not None and model.weights and 0.0 < model.score({}) < 1.0


def test_train_blame_trust_needs_two_sets(tmp_path):
    docs = tmp_path / "d"
    docs.mkdir()
    judgements = tmp_path / "j.tsv"
    judgements.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["train", "blame-trust", "--judged", str(docs), str(judgements)])
    assert result.exit_code == 2 and "at least two" in result.output


def test_blames_cli_min_confidence_hides_less_sure_records(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Velmora accused Ostland of shelling three border villages.", encoding="utf-8")
    shown = CliRunner().invoke(main, ["blames", str(path)], standalone_mode=False)
    assert shown.exit_code == 0 and "Velmora → Ostland" in shown.output
    hidden = CliRunner().invoke(main, ["blames", str(path), "--min-confidence", "1"], standalone_mode=False)
    assert hidden.exit_code == 0 and "Velmora → Ostland" not in hidden.output and "(0 of 1 accusations)" in hidden.output
