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
