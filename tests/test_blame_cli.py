"""`spinmap blames`: a readable accuser → accused table through the normal ingest+analysis path."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from spinmap.cli import main


@pytest.mark.parametrize("text,expect", [
    ("Moscow betrayed Armenia. The talks went on.", ["→", "[authorial]", "betrayed Armenia"]),
    ("Poland accused Belarus of pushing migrants across the border.", ["→", "[reported]", "│ Poland accused"]),
])
def test_blame_cli_prints_table(tmp_path, text, expect):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["blames", str(path)], standalone_mode=False)
    assert result.exit_code == 0, result.output
    for piece in expect:
        assert piece in result.output


def test_blame_cli_no_accusations(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The weather was mild on Tuesday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["blames", str(path)], standalone_mode=False)
    assert result.exit_code == 0 and "(0 accusations)" in result.output


def test_blame_cli_eval_dse_says_how_many_lines_it_skipped(tmp_path, monkeypatch):
    # lines with a label outside 0-4 (or none) were left out of n silently
    import spinmap.models.dse as dse

    monkeypatch.setattr(dse, "predict_items", lambda items, nlp: [0] * len(items))
    f = tmp_path / "dse.txt"
    f.write_text("The [A] attacked [B] .\tA\tB\t3\nbroken\nThe [A] met [B] .\tA\tB\t7\n[A] and [B]\tA\tB\t0\n",
                 encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "dse", str(f)], standalone_mode=False)
    assert result.return_value == 1, result.output  # some lines failed: scripts must be able to tell
    assert "SM502" in result.output and "2 line(s)" in result.output and "2 of 4 lines scored" in result.output
    assert "n=2" in result.output
