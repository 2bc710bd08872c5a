"""`spinmap eval blames`: precision from a person's judgements of every blame, with no article text stored."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from spinmap.cli import main
from spinmap.errors import SpinmapError
from spinmap.eval.judged_blames import read_judgements

from conftest import shared_data

GOLD = Path(__file__).parent / "gold"


def _eval(docs: Path, judgements: Path, *extra: str):
    result = CliRunner().invoke(main, ["eval", "blames", str(docs), str(judgements), *extra], standalone_mode=False)
    assert result.exit_code == 0, result.output
    return result


def test_append_then_judge_then_change(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Velmora accused Ostland of shelling the border villages.", encoding="utf-8")
    (docs / "b.txt").write_text("The harvest festival opened on Sunday.", encoding="utf-8")
    judgements = tmp_path / "j.tsv"

    first = _eval(docs, judgements, "--append")
    assert "unjudged 1" in first.output and "Velmora → Ostland" in first.output
    lines = judgements.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].endswith("\t?\t") and lines[0].split("\t")[1] == "0"
    assert "shelling" not in lines[0] and "a.txt" not in lines[0]  # keys and offsets only: no text, no file name

    judgements.write_text(lines[0].replace("\t?\t", "\tW\tinvented-class") + "\n", encoding="utf-8")
    scored = json.loads(_eval(docs, judgements, "--json").output)
    assert scored["judged"] == 1 and scored["verdicts"] == {"R": 0, "P": 0, "W": 1}
    assert scored["strict_precision"] == 0.0 and scored["wrong_classes"] == {"invented-class": 1}

    # a changed record (here: another charge) is a new record: the old verdict is reported gone, the new one unjudged
    (docs / "a.txt").write_text("Velmora accused Ostland of burning the border villages.", encoding="utf-8")
    changed = json.loads(_eval(docs, judgements, "--json").output)
    assert changed["judged"] == 0 and changed["unjudged"] == 1 and changed["gone_judged"] == {"W": 1}


def test_malformed_judgement_line_is_a_coded_error(tmp_path):
    bad = tmp_path / "j.tsv"
    bad.write_text("a.txt\tnot-a-number\tabc\tR\t\n", encoding="utf-8")
    with pytest.raises(SpinmapError) as err:
        read_judgements(bad)
    assert err.value.code == "SM501"


@pytest.mark.parametrize("name", ["blame_judgements_polnear_dev.tsv", "blame_judgements_semeval_dev.tsv",
                                  "blame_judgements_ptc_sample.tsv", "blame_judgements_ptc_sample2.tsv",
                                  "blame_judgements_ptc_sample3.tsv", "blame_judgements_ptc_sample4.tsv",
                                  "blame_judgements_ptc_sample5.tsv", "blame_judgements_ptc_sample6.tsv",
                                  "blame_judgements_ptc_sample7.tsv", "blame_judgements_ptc_sample8.tsv",
                                  "blame_judgements_semeval_train_sample.tsv"])
def test_shipped_judgements_hold_no_text(name):
    rows = [line.split("\t") for line in (GOLD / name).read_text(encoding="utf-8")
            .splitlines() if line and not line.startswith("#")]
    assert len(rows) >= 60
    assert all(len(r) == 5 and len(r[0]) == 12 and r[1].isdigit() and len(r[2]) == 16 and r[3] in "RPW?" and " " not in r[4] for r in rows)


# Judged when first pinned (session 13, every blame the code at 638a958 reported): PolNeAR dev (84 US-politics articles)
# R 73 / P 25 / W 40, strict 0.529, partly right 0.710; SemEval-2025 dev (27 war and climate articles) R 34 / P 15 /
# W 14, strict 0.540, partly right 0.778. Gates raised in session 21, when the figures were PolNeAR 0.611 / 0.762
# (126 blames) and SemEval 0.623 / 0.852 (61), each about 0.05 below.
MIN_JUDGED_SHARE = 0.85


@pytest.mark.data
@pytest.mark.parametrize("docs,name,min_strict,min_lenient", [
    (("polnear", "dev", "text"), "blame_judgements_polnear_dev.tsv", 0.55, 0.72),
    (("semeval2025-entity-framing", "dev", "subtask-1-documents"), "blame_judgements_semeval_dev.tsv", 0.55, 0.80),
])
def test_dev_blame_precision_gate(docs, name, min_strict, min_lenient):
    scored = json.loads(_eval(shared_data(*docs), GOLD / name, "--json").output)
    print(name, scored)
    # a code change that replaces most judged records leaves the gate nothing to measure: judge the new ones
    # (`spinmap eval blames DOCS tests/gold/NAME --append`, then replace each '?' by R, P or W)
    assert scored["judged"] / scored["blames"] >= MIN_JUDGED_SHARE, scored
    assert scored["strict_precision"] >= min_strict and scored["lenient_precision"] >= min_lenient, scored


@pytest.mark.data
@pytest.mark.parametrize("name,count,min_strict,min_lenient", [
    # session 25: 80 articles, first judged at strict 0.370 / partly right 0.729 of 181, gate about 0.05 below the
    # figures after blame round 32; session 26: 40 more, first judged at 0.321 / 0.704 of 81 (0.333 / 0.716 after
    # round 33), gate about 0.03 below; session 27: 40 more, first judged at 0.406 / 0.703 of 101 (0.453 / 0.747 after
    # round 34, which also lifted sample 2 to 0.387 / 0.773; 0.484 / 0.763 after round 35, built from it), and 40 more
    # first judged at 0.300 / 0.575 of 120 (unchanged by round 35; 0.322 / 0.593 after round 36, built from it); gates
    # about 0.03-0.05 below; session 28: 40 more, first judged at 0.440 / 0.769 of 134 (0.468 / 0.802 after round 37,
    # built from it), gate about 0.04-0.05 below; and 40 more first judged at 0.411 / 0.685 of 124 (0.425 / 0.708 after
    # round 38, built from samples 5 and 6; 0.425 / 0.717 after 38b), gate about 0.05 below; session 29: 40 more, first
    # judged at 0.348 / 0.652 of 69 (0.455 / 0.712 of 66 after round 39, built from it), and 40 more held out (no rule
    # built from them) first judged at 0.322 / 0.610 of 118 (0.325 / 0.607 after round 39, 0.319 / 0.603 once demonyms
    # shared one NORM); gates about 0.05 below
    ("blame_judgements_ptc_sample.tsv", 80, 0.38, 0.72),
    ("blame_judgements_ptc_sample2.tsv", 40, 0.34, 0.72),
    ("blame_judgements_ptc_sample3.tsv", 40, 0.43, 0.72),
    ("blame_judgements_ptc_sample4.tsv", 40, 0.26, 0.53),
    ("blame_judgements_ptc_sample5.tsv", 40, 0.42, 0.75),
    ("blame_judgements_ptc_sample6.tsv", 40, 0.38, 0.65),
    ("blame_judgements_ptc_sample7.tsv", 40, 0.40, 0.66),
    ("blame_judgements_ptc_sample8.tsv", 40, 0.27, 0.55),
])
def test_ptc_sample_blame_precision_gate(tmp_path, name, count, min_strict, min_lenient):
    """PTC train articles judged when no blame rule had been built from them (a domain of partisan news)."""
    _sample_gate(tmp_path, name, count, min_strict, min_lenient, ("ptc", "train-articles"))


@pytest.mark.data
def test_semeval_train_sample_blame_precision_gate(tmp_path):
    """80 SemEval-2025 train documents (war and climate news, both camps), first judged in session 30 at strict 0.563 /
    partly right 0.857 of 126 blames; gate about 0.05 below."""
    _sample_gate(tmp_path, "blame_judgements_semeval_train_sample.tsv", 80, 0.51, 0.80,
                 ("semeval2025-entity-framing", "train", "raw-documents"))


def _sample_gate(tmp_path, name, count, min_strict, min_lenient, source_parts):
    gold = GOLD / name
    listed = next(line for line in gold.read_text(encoding="utf-8").splitlines() if line.startswith("# articles:"))
    names = listed.split(":", 1)[1].split()
    source = shared_data(*source_parts)
    assert len(names) == count
    for article in names:
        (tmp_path / article).write_bytes((source / article).read_bytes())
    scored = json.loads(_eval(tmp_path, gold, "--json").output)
    print(scored)
    assert scored["judged"] / scored["blames"] >= MIN_JUDGED_SHARE, scored
    assert scored["strict_precision"] >= min_strict and scored["lenient_precision"] >= min_lenient, scored
    # the trust model was fitted on samples 1-7, the dev sets and the SemEval train sample, never on PTC sample 8:
    # its AUC there (0.638 when
    # shipped, one standard error about 0.05) is out of sample; on the others it shows the fit holds with this code
    assert scored["confidence"]["auc"] >= (0.58 if name.endswith("sample8.tsv") else 0.62), scored["confidence"]
