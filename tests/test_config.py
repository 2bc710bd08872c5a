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


@pytest.mark.parametrize("content, needle", [
    ("[spinmap]\nbatch_size = 4.7\n", "whole number"),  # was silently truncated to 4
    ("[spinmap]\nbatch_size = true\n", "whole number"),  # was silently 1
    ("[spinmap]\nspacy_model = 3\n", "string"),  # was the model name '3' (SM102 later)
    ("[spinmap]\nchrome_min_share = [0.2]\n", "number"),
    ("spinmap = 3\n", "[spinmap] table"),  # was an AttributeError traceback
    ("batch_size = 4\n[spinmap]\nmax_bytes = 10\n", "outside the [spinmap] table"),  # batch_size was ignored
])
def test_config_wrongly_typed_or_placed_value_is_sm101_naming_the_file(tmp_path, content, needle):
    cfg = tmp_path / "c.toml"
    cfg.write_text(content, encoding="utf-8")
    with pytest.raises(SpinmapError) as info:
        load_settings(cfg, env={})
    assert info.value.code == "SM101" and needle in str(info.value) and str(cfg) in str(info.value)


def test_config_non_utf8_file_is_sm101(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_bytes("batch_size = 4\n".encode("utf-16"))  # was a UnicodeDecodeError traceback
    with pytest.raises(SpinmapError) as info:
        load_settings(cfg, env={})
    assert info.value.code == "SM101" and str(cfg) in str(info.value)


@pytest.mark.parametrize("name, value", [("BATCH_SIZE", "abc"), ("BATCH_SIZE", "0"), ("FETCH_TIMEOUT", "soon"),
                                         ("TECHNIQUES_SI_TAGGER", "2")])
def test_config_bad_env_value_names_the_variable(tmp_path, name, value):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[spinmap]\nbatch_size = 4\n", encoding="utf-8")
    with pytest.raises(SpinmapError) as info:
        load_settings(cfg, env={f"SPINMAP_{name}": value})
    assert info.value.code == "SM101" and f"environment variable SPINMAP_{name}" in str(info.value)
    assert str(cfg) not in str(info.value)


def test_config_out_of_range_file_value_names_the_file(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[spinmap]\nbatch_size = 0\n", encoding="utf-8")
    with pytest.raises(SpinmapError) as info:
        load_settings(cfg, env={})
    assert str(cfg) in str(info.value) and "SPINMAP_BATCH_SIZE" not in str(info.value)


@pytest.mark.parametrize("raw, on", [("true", 1), ("false", 0), ("1", 1), ("0", 0)])
def test_config_flag_reads_true_false(tmp_path, raw, on):
    cfg = tmp_path / "c.toml"
    cfg.write_text(f"[spinmap]\ntechniques_si_tagger = {raw}\n", encoding="utf-8")
    assert load_settings(cfg, env={}).techniques_si_tagger == on
    assert load_settings(cfg, env={"SPINMAP_TECHNIQUES_SI_TAGGER": raw}).techniques_si_tagger == on


def test_config_empty_config_variable_means_unset(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.config/spinmap/config.toml there
    assert load_settings(env={"SPINMAP_CONFIG": ""}) == Settings()


@pytest.mark.parametrize("var, hint", [
    ("SPINMAP_BATCHSIZE", "did you mean SPINMAP_BATCH_SIZE?"),
    ("SPINMAP_SPACY_MODLE", "did you mean SPINMAP_SPACY_MODEL?"),
    ("SPINMAP_XYZZY", ""),
])
def test_config_unknown_env_variable_is_named_not_silently_ignored(tmp_path, caplog, var, hint):
    with caplog.at_level("WARNING", logger="spinmap.config"):
        settings = load_settings(path=None, env={var: "3", "SPINMAP_CONFIG": ""})
    assert settings == Settings()
    assert f"ignoring unknown environment variable {var}" in caplog.text and hint in caplog.text


def test_config_known_env_variables_are_not_warned_about(caplog):
    env = {"SPINMAP_BATCH_SIZE": "4", "SPINMAP_DASK_CONNECT_TIMEOUT": "5s", "SPINMAP_SHARED_DATA": "/x"}
    with caplog.at_level("WARNING", logger="spinmap.config"):
        assert load_settings(env=env).batch_size == 4
    assert "unknown environment variable" not in caplog.text


@pytest.mark.parametrize("variable, probe", [
    ("SPINMAP_TECHNIQUES_SI_TAGGER",
     "from spinmap.extract.techniques import shipped_model; print(shipped_model().si_tagger is not None)"),
    ("SPINMAP_ATTRIBUTION_TAGGER",
     "import spacy; from spinmap.extract.attribution import tagger_probs; "
     "print(tagger_probs(spacy.blank('en')('He said so.')) is not None)"),
])
def test_config_tagger_setting_turns_its_tagger_on_and_off(tmp_path, variable, probe):
    """Each optional MiniLM tagger is used exactly when its setting says so (fresh process: settings are cached)."""
    import os
    import subprocess
    import sys

    (tmp_path / "config.toml").write_text("", encoding="utf-8")  # no user config file in the way
    env = dict(os.environ, SPINMAP_CONFIG=str(tmp_path / "config.toml"))
    for value, expected in (("1", "True"), ("0", "False")):
        env[variable] = value
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == expected
