"""Settings precedence: defaults < TOML file < SPINMAP_* environment; bad values are coded errors."""
from __future__ import annotations

import pytest

from spinmap.config import Settings, load_settings
from spinmap.errors import SpinmapError


def test_config_defaults_when_nothing_set(tmp_path):
    assert load_settings(env={"HOME": str(tmp_path)}) == Settings()


def test_config_file_then_env_override(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[spinmap]\nmax_bytes = 1000\nspacy_model = "en_core_web_md"\n', encoding="utf-8")
    s = load_settings(cfg, env={})
    assert s.max_bytes == 1000 and s.spacy_model == "en_core_web_md"
    s = load_settings(cfg, env={"SPINMAP_MAX_BYTES": "42"})
    assert s.max_bytes == 42 and s.spacy_model == "en_core_web_md"


@pytest.mark.parametrize("content", ['[spinmap]\nno_such = 1\n', '[spinmap]\nmax_bytes = "lots"\n', "not toml ["])
def test_config_bad_file_is_sm101(tmp_path, content):
    cfg = tmp_path / "c.toml"
    cfg.write_text(content, encoding="utf-8")
    with pytest.raises(SpinmapError) as info:
        load_settings(cfg, env={})
    assert info.value.code == "SM101"


def test_config_settings_are_frozen():
    with pytest.raises(Exception):
        Settings().max_bytes = 1  # type: ignore[misc]


@pytest.mark.parametrize("name, value", [
    ("BATCH_SIZE", "0"), ("MAX_BYTES", "-5"), ("FETCH_MAX_BYTES", "0"), ("FETCH_TIMEOUT", "0"),
    ("CHROME_MIN_ARTICLES", "0"), ("CHROME_MAX_LINE_CHARS", "0"), ("CHROME_MIN_SHARE", "1.5"),
    ("MIN_ENGLISH_CONFIDENCE", "-0.1"),
])
def test_config_out_of_range_value_is_sm101(tmp_path, name, value):
    with pytest.raises(SpinmapError) as info:
        load_settings(env={"HOME": str(tmp_path), f"SPINMAP_{name}": value})
    assert info.value.code == "SM101" and name.lower() in str(info.value)


@pytest.mark.parametrize("name, value", [("BATCH_SIZE", "1"), ("MIN_ENGLISH_CONFIDENCE", "0"), ("CHROME_MIN_SHARE", "1")])
def test_config_edge_values_in_range_are_accepted(tmp_path, name, value):
    s = load_settings(env={"HOME": str(tmp_path), f"SPINMAP_{name}": value})
    assert str(getattr(s, name.lower())) in (value, f"{value}.0")
