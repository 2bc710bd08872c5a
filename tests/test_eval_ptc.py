"""The SemEval-2020 Task 11 measure on hand-computed cases, and PTC file reading."""
from __future__ import annotations

import pytest

from spinmap.errors import SpinmapError
from spinmap.eval.ptc import (
    merge_spans, parse_label_line, read_articles, read_labels, score_flc, score_si, score_tc,
)


@pytest.mark.parametrize("spans, merged", [
    ([(0, 4), (2, 6)], [(0, 6)]),
    ([(5, 9), (0, 3)], [(0, 3), (5, 9)]),
    ([(0, 3), (3, 5)], [(0, 5)]),
    ([(0, 10), (2, 4)], [(0, 10)]),
    ([(4, 4), (1, 2)], [(1, 2)]),
])
def test_ptc_merge_spans_unions_overlaps(spans, merged):
    assert merge_spans(spans) == merged


# (pred spans, gold spans, precision, recall) in one article, computed by hand
SI_CASES = [
    ([(0, 10)], [(5, 15)], 5 / 10, 5 / 10),
    ([(0, 4), (2, 6)], [(0, 6)], 1.0, 1.0),
    ([(0, 2), (10, 20)], [(0, 10)], (2 / 2 + 0) / 2, 2 / 10),
    ([(0, 10)], [(0, 2), (8, 10)], (2 / 10 + 2 / 10) / 1, (1 + 1) / 2),
    ([(0, 5)], [(2, 3), (1, 4)], 3 / 5, 1.0),  # gold merged to (1, 4) first
    ([], [(0, 5)], 0.0, 0.0),
]


@pytest.mark.parametrize("pred, gold, p, r", SI_CASES)
def test_ptc_score_si_matches_hand_computed(pred, gold, p, r):
    got = score_si([("a", None, s, e) for s, e in pred], [("a", "X", s, e) for s, e in gold])
    assert got.precision == pytest.approx(p)
    assert got.recall == pytest.approx(r)
    assert got.f1 == pytest.approx(2 * p * r / (p + r) if p + r else 0.0)


def test_ptc_score_si_keeps_articles_apart():
    got = score_si([("b", None, 0, 10)], [("a", None, 0, 10)])
    assert (got.precision, got.recall, got.f1) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize("pred, gold, p, r", [
    ([("a", "X", 0, 10)], [("a", "Y", 0, 10)], 0.0, 0.0),
    ([("a", "X", 0, 10)], [("a", "X", 0, 5), ("a", "Y", 0, 10)], 5 / 10, (1.0 + 0) / 2),
    # per-label merging: the two X spans merge, the Y span stays apart
    ([("a", "X", 0, 4), ("a", "X", 3, 8), ("a", "Y", 0, 8)], [("a", "X", 0, 8)], (1.0 + 0) / 2, 1.0),
])
def test_ptc_score_flc_counts_same_label_pairs_only(pred, gold, p, r):
    got = score_flc(pred, gold)
    assert got.precision == pytest.approx(p)
    assert got.recall == pytest.approx(r)


def test_ptc_score_tc_is_micro_f1_with_repeated_spans():
    gold = [("a", "X", 0, 5), ("a", "Y", 0, 5), ("a", "Z", 7, 9), ("b", "X", 1, 2)]
    pred = [("a", "Y", 0, 5), ("a", "X", 0, 5), ("a", "X", 7, 9), ("b", "X", 1, 2)]
    got = score_tc(pred, gold)
    assert got.precision == pytest.approx(3 / 4)
    assert got.recall == pytest.approx(3 / 4)
    # the same right label twice on one gold span counts once
    assert score_tc([("a", "X", 0, 5)] * 2, gold[:2]).precision == pytest.approx(1 / 2)


@pytest.mark.parametrize("line, row", [
    ("111\tLoaded_Language\t3\t9\n", ("111", "Loaded_Language", 3, 9)),
    ("111\t?\t3\t9", ("111", None, 3, 9)),
    ("111\t3\t9\r\n", ("111", None, 3, 9)),
    ("111\tDoubt\tx\t9", None),
    ("", None),
])
def test_ptc_parse_label_line_formats(line, row):
    assert parse_label_line(line) == row


def test_ptc_read_articles_keeps_raw_newlines(tmp_path):
    (tmp_path / "article7.txt").write_bytes("Title\r\n\r\nBody “here”.\n".encode("utf-8"))
    (tmp_path / "notes.md").write_text("ignored")
    texts = read_articles(tmp_path)
    assert list(texts) == ["7"]
    assert texts["7"][5:7] == "\r\n"
    assert texts["7"].index("“") == 14


def test_ptc_read_articles_survives_bad_bytes(tmp_path):
    (tmp_path / "article8.txt").write_bytes(b"ok \xff then")
    assert read_articles(tmp_path)["8"].endswith("then")


@pytest.mark.parametrize("make", [
    lambda p: p / "missing",
    lambda p: p,  # a directory without article files
])
def test_ptc_read_articles_raises_coded_error(tmp_path, make):
    with pytest.raises(SpinmapError) as err:
        read_articles(make(tmp_path))
    assert err.value.code == "SM501"


def test_ptc_read_labels_rejects_garbage(tmp_path):
    bad = tmp_path / "x.labels"
    bad.write_text("not\ta label file\n")
    with pytest.raises(SpinmapError):
        read_labels(bad)


@pytest.mark.data
def test_ptc_gold_offsets_align_with_raw_text():
    """Offsets index the file as read: almost no gold span starts or ends inside a word."""
    from conftest import shared_data

    ptc = shared_data("ptc")
    texts = read_articles(ptc / "train-articles")
    rows = read_labels(ptc / "train-task-flc-tc.labels")
    assert len(rows) > 1000 and all(r[0] in texts and 0 <= r[2] < r[3] <= len(texts[r[0]]) for r in rows)

    def cuts_word(t, i):
        return 0 < i < len(t) and t[i - 1].isalnum() and t[i].isalnum()

    bad = sum(cuts_word(texts[a], s) or cuts_word(texts[a], e) for a, _, s, e in rows)
    assert bad / len(rows) < 0.01


@pytest.mark.data
def test_ptc_predict_cli_on_real_articles(tmp_path):
    """`spinmap predict ptc` prints valid lines for real articles, and `--spans` keeps the template."""
    from click.testing import CliRunner

    from conftest import shared_data
    from spinmap.cli import main
    from spinmap.records import TECHNIQUE_LABELS

    src = shared_data("ptc", "train-articles")
    for path in sorted(src.iterdir())[:3]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "article999.txt").write_bytes(b"")  # an odd file must not crash the run
    texts = read_articles(tmp_path)
    out = CliRunner().invoke(main, ["predict", "ptc", str(tmp_path)], standalone_mode=False)
    assert out.exception is None, out.output
    rows = [parse_label_line(x) for x in out.output.splitlines()]
    assert rows and all(r is not None and r[1] in TECHNIQUE_LABELS for r in rows)
    assert all(0 <= s < e <= len(texts[a]) for a, _, s, e in rows)
    template = tmp_path / "tc.template"
    template.write_text("".join(f"{a}\t?\t{s}\t{e}\n" for a, _, s, e in rows[:5]))
    out = CliRunner().invoke(main, ["predict", "ptc", str(tmp_path), "--spans", str(template)],
                             standalone_mode=False)
    labelled = [parse_label_line(x) for x in out.output.splitlines()]
    assert [(a, s, e) for a, _, s, e in labelled] == [(a, s, e) for a, _, s, e in rows[:5]]
    assert all(r[1] in TECHNIQUE_LABELS for r in labelled)


def test_ptc_read_articles_skips_folder_named_like_an_article(tmp_path):
    (tmp_path / "article1.txt").mkdir()
    (tmp_path / "article2.txt").write_text("Body.", encoding="utf-8")
    assert read_articles(tmp_path) == {"2": "Body."}


@pytest.mark.parametrize("data", [
    "7\tDoubt\t3\t10\n".encode("utf-16"),  # PowerShell's default: was a UnicodeDecodeError traceback
    "\ufeff7\tDoubt\t3\t10\n".encode("utf-8"),  # Excel's BOM: the first id became '\ufeff7'
    b"7\tDoubt\t3\t10\n7\tFlag_\xe9\t1\t2\n",  # a Latin-1 byte: was a UnicodeDecodeError traceback
])
def test_ptc_read_labels_odd_encodings(tmp_path, data):
    f = tmp_path / "x.labels"
    f.write_bytes(data)
    assert read_labels(f)[0] == ("7", "Doubt", 3, 10)


@pytest.mark.parametrize("line", ["7\tDoubt\t10\t3", "7\tDoubt\t-1\t3", "7\t9\t2"])
def test_ptc_parse_label_line_rejects_inverted_or_negative_span(line):
    assert parse_label_line(line) is None


def test_ptc_eval_cli_reports_malformed_label_lines_and_still_scores(tmp_path):
    """A bad gold or prediction line is named (SM502, line number) and counted in the exit code, never dropped silently."""
    from click.testing import CliRunner

    from spinmap.cli import EXIT_SOME_FAILED, main

    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "article1.txt").write_text("They lie. We win. Always.", encoding="utf-8")
    gold = tmp_path / "gold.labels"
    gold.write_text("1\tLoaded_Language\t5\t8\n1\tSlogans\t10\tfifteen\n\n", encoding="utf-8")
    pred = tmp_path / "pred.labels"
    pred.write_text("1\tLoaded_Language\t5\t8\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", "ptc", str(tmp_path / "arts"), str(gold), "--pred", str(pred)],
                             standalone_mode=False)
    assert out.exception is None, out.output
    assert out.return_value == EXIT_SOME_FAILED
    assert "SM502" in out.stderr and "1 line(s)" in out.stderr and "(line 2)" in out.stderr
    si = next(l for l in out.stdout.splitlines() if l.startswith("SI"))
    assert "1.000" in si  # the one valid gold span is found exactly
    pred.write_text("1\tLoaded_Language\t5\t8\n", encoding="utf-8")
    gold.write_text("1\tLoaded_Language\t5\t8\n", encoding="utf-8")
    clean = CliRunner().invoke(main, ["eval", "ptc", str(tmp_path / "arts"), str(gold), "--pred", str(pred)],
                               standalone_mode=False)
    assert clean.return_value == 0 and "SM502" not in clean.stderr and "no article" not in clean.stderr
    gold.write_text("1\tLoaded_Language\t5\t8\n2\tSlogans\t0\t4\n", encoding="utf-8")
    other = CliRunner().invoke(main, ["eval", "ptc", str(tmp_path / "arts"), str(gold), "--pred", str(pred)],
                               standalone_mode=False)
    assert "1 article id(s)" in other.stderr and "e.g. 2)" in other.stderr
