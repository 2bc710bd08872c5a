"""`spinmap eval framing`: blames scored against entity-framing roles (SemEval-2025 Task 10 layout).

Unit tests use tiny hand-written documents and annotations in tmp_path; the data test skips cleanly
without ../shared/data.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from spinmap.cli import main
from spinmap.eval.framing import Entity, mark, read_annotations, score
from spinmap.records import ArticleAnalysis, Blame, BlameSource, BlameTarget, TextSpan, Actor

from conftest import shared_data


def _line(name, text, surface, role, *fine, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return "\t".join([name, surface, str(start), str(start + len(surface) - 1), role, *fine])  # end inclusive


def _write(tmp_path, docs: dict[str, str], lines: list[str]):
    d = tmp_path / "docs"
    d.mkdir()
    for name, text in docs.items():
        (d / name).write_text(text, encoding="utf-8")
    ann = tmp_path / "ann.txt"
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d, ann


def _run(docs_dir, ann):
    result = CliRunner().invoke(main, ["eval", "framing", str(docs_dir), str(ann), "--json"], standalone_mode=False)
    out = result.output
    return result, json.loads(out[out.index("{"):out.rindex("}") + 1])


@pytest.mark.parametrize("a,b", [("Moravia", "Silesia"), ("Silesia", "Moravia")])
def test_eval_framing_accused_antagonist_counts_on_either_side(tmp_path, a, b):
    text = f"Talks in Geneva.\n\n{a} betrayed {b} last spring. Later {a} signed a treaty."
    docs, ann = _write(tmp_path, {"x.txt": text}, [
        _line("x.txt", text, a, "Antagonist", "Traitor", nth=1),  # the later mention: same actor
        _line("x.txt", text, b, "Innocent", "Victim"),
    ])
    result, res = _run(docs, ann)
    assert result.return_value == 0, result.output
    assert res["roles"]["Antagonist"] == {"n": 1, "accused": 1.0, "accuser": 0.0}
    assert res["roles"]["Innocent"]["accused"] == 0.0
    assert res["antagonist_fine_roles"]["Traitor"]["accused"] == 1.0
    assert res["antagonist_recall"] == 1.0 and res["accused_role_precision"] == 1.0


@pytest.mark.parametrize("accuser,accused", [("Norland", "Sudland"), ("Sudland", "Norland")])
def test_eval_framing_accuser_and_wrongly_accused_innocent(tmp_path, accuser, accused):
    text = f"Border row.\n\n{accuser} accused {accused} of sabotaging the talks."
    docs, ann = _write(tmp_path, {"y.txt": text}, [
        _line("y.txt", text, accuser, "Antagonist", "Deceiver"),
        _line("y.txt", text, accused, "Innocent", "Victim"),
    ])
    result, res = _run(docs, ann)
    assert res["roles"]["Antagonist"]["accuser"] == 1.0 and res["roles"]["Antagonist"]["accused"] == 0.0
    assert res["roles"]["Innocent"]["accused"] == 1.0
    assert res["antagonist_recall"] == 0.0 and res["accused_role_precision"] == 0.0


def test_eval_framing_bad_document_and_line_warn_and_run_goes_on(tmp_path):
    text = "Storm news.\n\nVeltia betrayed Ostmark."
    docs, ann = _write(tmp_path, {"ok.txt": text}, [
        _line("ok.txt", text, "Veltia", "Antagonist", "Traitor"),
        "missing.txt\tOstmark\t0\t6\tAntagonist",
        "ok.txt\tOstmark\tnot-a-number\t3\tInnocent",
        "ok.txt\tOstmark\t1\t7\tInnocent",  # offsets that do not hold the entity
    ])
    result, res = _run(docs, ann)
    assert result.return_value == 1
    assert result.output.count("SM502") == 3 and "missing.txt" in result.output
    assert res["roles"]["Antagonist"] == {"n": 1, "accused": 1.0, "accuser": 0.0}


def test_eval_framing_missing_inputs_are_sm501(tmp_path):
    result = CliRunner().invoke(main, ["eval", "framing", str(tmp_path / "none"), str(tmp_path / "no.txt")],
                                standalone_mode=False)
    assert "SM501" in str(result.exception) or "SM501" in result.output


def _analysis(text, actors, blames):
    return ArticleAnalysis(id="x", source="x", text=text, actors=actors, blames=blames)


@pytest.mark.parametrize("negated,expect", [(False, True), (True, False)])
def test_eval_framing_negated_blame_does_not_accuse(negated, expect):
    text = "Ardena betrayed Belmar."
    act = Actor(id="a1", name="Ardena", kind="country", mentions=[(0, 6)])
    blame = Blame(source=BlameSource(kind="author", name="<author>"), target=BlameTarget(actor="a1", name="Ardena",
                  span=(0, 6)), charge="betrayed Belmar", voice="authorial",
                  evidence=TextSpan(text=text, span=(0, len(text))), confidence=0.9, negated=negated)
    ent = Entity("x", "Ardena", 0, 6, "Antagonist", ())
    mark([ent], _analysis(text, [act], [blame]))
    assert ent.accused is expect


@pytest.mark.parametrize("name,expect", [("Ardena", True), ("Ardena forces", False)])
def test_eval_framing_name_match_is_exact_not_partial(name, expect):
    # no mention overlaps the annotated span: only an actor of exactly the same name stands for it
    text = "The Ardena cabinet met. Ardena was blamed."
    act = Actor(id="a1", name=name, kind="organization", mentions=[(24, 30)])
    blame = Blame(source=BlameSource(kind="author", name="<author>"), target=BlameTarget(actor="a1", name=name),
                  charge="blamed", voice="authorial", evidence=TextSpan(text=text[24:], span=(24, len(text))),
                  confidence=0.9)
    ent = Entity("x", "Ardena", 4, 10, "Antagonist", ())
    mark([ent], _analysis(text, [act], [blame]))
    assert ent.accused is expect


def test_eval_framing_score_shares_and_precision():
    ents = [Entity("f", "A", 0, 1, "Antagonist", ("Tyrant",), accused=True),
            Entity("f", "B", 0, 1, "Antagonist", ("Spy", "Tyrant")),
            Entity("f", "C", 0, 1, "Protagonist", (), accused=True, accuser=True)]
    res = score(ents)
    assert res["antagonist_recall"] == 0.5 and res["accused_role_precision"] == 0.5
    assert res["antagonist_fine_roles"]["Tyrant"] == {"n": 2, "accused": 0.5, "accuser": 0.0}
    assert res["roles"]["Protagonist"]["accuser"] == 1.0


def test_eval_framing_read_annotations_end_is_inclusive(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("d.txt\tKarvia\t10\t15\tAntagonist\tSpy\tSaboteur\nd.txt\tX\t1\t1\tVillain\n", encoding="utf-8")
    by_file, bad = read_annotations(p)
    (ent,) = by_file["d.txt"]
    assert (ent.start, ent.end, ent.fine) == (10, 16, ("Spy", "Saboteur")) and len(bad) == 1


# Pinned on SemEval-2025 T10 dev (never tuned on): measured 13/73 = 0.178 and 13/19 = 0.684 when first pinned,
# 14/73 = 0.192 and 14/20 = 0.700 after blame round 7 (raised, leaving one entity of margin each); unchanged after
# blame round 8 (train 139 -> 175/469), so the gates stay; 15/73 = 0.205 and 15/21 = 0.714 after blame round 9 (train
# 176 -> 213/469): recall raised to 14/73 (one entity of margin), precision kept (14/21 = 0.667 is the margin).
MIN_DEV_ANTAGONIST_RECALL = 0.191
MIN_DEV_ACCUSED_ROLE_PRECISION = 0.66


@pytest.mark.data
def test_eval_framing_semeval_dev_runs(nlp):
    from spinmap.eval.framing import evaluate

    root = shared_data("semeval2025-entity-framing", "dev")
    failed = []
    result, ents = evaluate(root / "subtask-1-documents", root / "subtask-1-annotations.txt",
                            warn=lambda n, w, count=1: failed.append(n))
    assert not failed and result["antagonists"] > 0
    print(f"SemEval-2025 T10 dev framing: antagonist recall {result['antagonist_recall']:.3f}, "
          f"accused-role precision {result['accused_role_precision']:.3f}")
    assert result["antagonist_recall"] >= MIN_DEV_ANTAGONIST_RECALL, result
    assert result["accused_role_precision"] >= MIN_DEV_ACCUSED_ROLE_PRECISION, result
