"""Dask scale-out on a LocalCluster of 2 worker processes: same results, one model load per worker."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from spinmap.analysis import analyze_many
from spinmap.ingest import IngestResult
from spinmap.ingest.readers import read_inputs
from spinmap.records import Article, check_spans

pytest.importorskip("distributed")

SPINMAP = str(Path(sys.executable).with_name("spinmap"))
TEXTS = [
    "The foreign minister said on Tuesday that the rebels had broken the ceasefire near the border.",
    "Officials in the capital blamed the neighbouring army for the shelling of two villages overnight.",
    "\"We will not accept this,\" the president told reporters, accusing the opposition of lying.",
    "Analysts said the blockade of the corridor was a deliberate attempt to starve the region.",
    "The ministry denied the reports and accused foreign media of spreading propaganda.",
    "Protesters gathered outside parliament, demanding the resignation of the prime minister.",
]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for i, t in enumerate(TEXTS):
        (folder / f"a{i}.txt").write_text(t + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def client():
    from spinmap.scale import dask_client

    with dask_client(workers=2) as c:
        c.wait_for_workers(2, timeout=120)
        yield c


def _results(folder):
    return list(read_inputs([str(folder)]))


def test_scale_dask_gives_same_analyses_as_in_process(client, corpus_dir):
    from spinmap.scale import analyze_on_dask

    local = sorted(a.to_json() for a in analyze_many(_results(corpus_dir)))
    remote = list(analyze_on_dask(_results(corpus_dir), client, chunk_size=2))
    assert sorted(a.to_json() for a in remote) == local
    assert all(check_spans(a) == [] for a in remote)


def test_scale_loads_model_once_per_worker(client, corpus_dir):
    from spinmap.scale import analyze_on_dask
    from spinmap.scale.dask_runner import _pipeline_loads

    for _ in range(2):
        assert len(list(analyze_on_dask(_results(corpus_dir), client, chunk_size=1))) == len(TEXTS)
    loads = client.run(_pipeline_loads)
    assert len(loads) == 2 and set(loads.values()) == {1}


def test_scale_reports_worker_memory(client):
    from spinmap.scale import warm_workers, worker_memory_mb

    warm_workers(client)
    mem = worker_memory_mb(client)
    assert len(mem) == 2 and all(50 < mb < 4000 for mb in mem.values())


def test_scale_keeps_failed_inputs(client, tmp_path):
    from spinmap.scale import analyze_on_dask

    out = list(analyze_on_dask(read_inputs([str(tmp_path / "missing.txt")]), client))
    assert len(out) == 1 and out[0].failed and out[0].text == ""


def test_scale_parquet_shards_hold_every_analysis_and_resume(client, corpus_dir, tmp_path):
    from spinmap.scale import shards_on_dask
    from spinmap.scale.shards import read_shards, skip_sharded

    shards = tmp_path / "shards"
    done = list(shards_on_dask(_results(corpus_dir), client, shards, chunk_size=2))
    assert len(done) == len(TEXTS) and len(list(shards.glob("part-*.parquet"))) == 3
    local = sorted(a.to_json() for a in analyze_many(_results(corpus_dir)))
    assert sorted(a.to_json() for a in read_shards(shards)) == local
    assert list(skip_sharded(_results(corpus_dir), shards)) == []
    db = tmp_path / "c.db"
    for expected in (f"stored {len(TEXTS)}, skipped 0", f"stored 0, skipped {len(TEXTS)}"):
        run = subprocess.run([SPINMAP, "ingest", str(shards), "--from-shards", "--db", str(db)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode in (0, 1) and expected in run.stderr, run.stderr[-2000:]


def test_scale_lost_chunk_becomes_retryable_failure():
    from spinmap.scale.dask_runner import _lost

    chunk = [IngestResult(source="a.txt", article=Article(id="x" * 40, source="a.txt", text="Some text."))]
    (rec,) = _lost(chunk, RuntimeError("worker died"))
    assert rec.failed and rec.text == "" and rec.id == "x" * 40 and rec.errors[-1].code == "SM601"


def test_scale_cli_ingest_with_dask_writes_the_store(corpus_dir, tmp_path):
    db = tmp_path / "c.db"
    run = subprocess.run([SPINMAP, "ingest", str(corpus_dir), "--db", str(db), "--engine", "dask", "--workers", "2",
                          "--chunk-size", "2"], capture_output=True, text=True, timeout=600)
    assert run.returncode in (0, 1), run.stderr[-2000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(TEXTS)


@pytest.mark.parametrize("args", [["--workers", "2"], ["--engine", "dask", "--scheduler", "tcp://x:1", "--workers", "2"],
                                  ["--engine", "dask"]])
def test_scale_cli_rejects_bad_option_combinations(corpus_dir, tmp_path, args):
    argv = [SPINMAP, "ingest", str(corpus_dir), *args]
    if "--engine" not in args or "--scheduler" in args:
        argv += ["--db", str(tmp_path / "c.db")]
    run = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr


def test_scale_cli_unreachable_scheduler_is_coded_exit_2(corpus_dir, tmp_path):
    env = {**os.environ, "SPINMAP_DASK_CONNECT_TIMEOUT": "2s"}
    run = subprocess.run([SPINMAP, "ingest", str(corpus_dir), "--db", str(tmp_path / "c.db"), "--engine", "dask",
                          "--scheduler", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 2 and "SM601" in run.stderr, run.stderr[-2000:]


def test_scale_scheduler_without_workers_is_sm601_not_a_hang(monkeypatch):
    from distributed import LocalCluster

    from spinmap.errors import SpinmapError
    from spinmap.scale import dask_client

    monkeypatch.setenv("SPINMAP_DASK_CONNECT_TIMEOUT", "2s")
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as empty:
        with pytest.raises(SpinmapError) as err:
            with dask_client(empty.scheduler_address):
                pass
    assert err.value.code == "SM601" and "no worker" in str(err.value)


def _store_rows(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall()) for t, cols in
                [("articles", "id, source, outlet"), ("sightings", "*"), ("analyses", "*")]}


def test_scale_shards_keep_every_source_of_a_copied_text(tmp_path):
    # the same text from three sources: --from-shards kept one source (the outlets of the copies were lost)
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXTS[0] + "\n", encoding="utf-8")
    (corpus / "b.txt").write_text(TEXTS[0] + "\n", encoding="utf-8")
    (corpus / "c.jsonl").write_text(json.dumps({"text": TEXTS[0], "outlet": "Wire"}) + "\n"
                                    + json.dumps({"text": TEXTS[1], "outlet": "Wire"}) + "\n", encoding="utf-8")
    shards, local, merged = tmp_path / "shards", tmp_path / "local.db", tmp_path / "merged.db"
    for argv in ([str(corpus), "--db", str(local)],
                 [str(corpus), "--engine", "dask", "--workers", "1", "--parquet-dir", str(shards)],
                 [str(corpus), "--engine", "dask", "--workers", "1", "--parquet-dir", str(shards)],  # re-run: no-op
                 [str(shards), "--from-shards", "--db", str(merged)]):
        run = subprocess.run([SPINMAP, "ingest", *argv], capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stderr[-2000:]
    assert _store_rows(merged) == _store_rows(local)
    assert len(_store_rows(merged)["sightings"]) == 4


@pytest.mark.parametrize("value", ["2min", "bogus", "0"])
def test_scale_cli_bad_connect_timeout_is_sm101_naming_the_variable(corpus_dir, tmp_path, value):
    # '2min' (the example docs/scale.md gave) was a KeyError traceback with exit 1
    env = {**os.environ, "SPINMAP_DASK_CONNECT_TIMEOUT": value}
    run = subprocess.run([SPINMAP, "ingest", str(corpus_dir), "--db", str(tmp_path / "c.db"), "--engine", "dask",
                          "--scheduler", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 2 and "SM101" in run.stderr and "SPINMAP_DASK_CONNECT_TIMEOUT" in run.stderr, run.stderr[-2000:]


@pytest.mark.parametrize("args", [
    ["--engine", "dask", "--workers", "1", "--parquet-dir", "{tmp}/shards", "--db", "{tmp}/c.db"],  # --db was ignored
    ["--engine", "dask", "--workers", "1", "--parquet-dir", "{tmp}/shards", "--retry-failed"],
])
def test_scale_cli_rejects_options_parquet_dir_would_ignore(corpus_dir, tmp_path, args):
    argv = [SPINMAP, "ingest", str(corpus_dir), *(a.format(tmp=tmp_path) for a in args)]
    run = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and not (tmp_path / "shards").exists(), run.stderr[-2000:]


@pytest.mark.parametrize("make", [
    lambda d: (d / "a.txt").write_text("not shards", encoding="utf-8"),  # a corpus folder: stored nothing, exit 0
    lambda d: (d / "part-00.parquet").write_bytes(b"PAR1 truncated"),  # was an ArrowInvalid traceback
])
def test_scale_cli_from_shards_refuses_folder_without_readable_shards(tmp_path, make):
    folder = tmp_path / "shards"
    folder.mkdir()
    make(folder)
    run = subprocess.run([SPINMAP, "ingest", str(folder), "--from-shards", "--db", str(tmp_path / "c.db")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr[-2000:]


def test_scale_shards_unreadable_shard_is_sm602(tmp_path):
    from spinmap.errors import SpinmapError
    from spinmap.scale.shards import read_shards, shard_ids

    (tmp_path / "part-00.parquet").write_bytes(b"PAR1 truncated")
    for read in (shard_ids, lambda d: list(read_shards(d))):
        with pytest.raises(SpinmapError) as err:
            read(tmp_path)
        assert err.value.code == "SM602" and "part-00.parquet" in str(err.value)


def test_scale_relative_parquet_dir_is_the_clients(client, corpus_dir, tmp_path, monkeypatch):
    # workers on another machine (here: another working directory) wrote a relative --parquet-dir under their own cwd
    from spinmap.scale import shards_on_dask

    elsewhere = tmp_path / "worker-cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(tmp_path)
    old = client.run(os.getcwd)
    client.run(os.chdir, str(elsewhere))
    try:
        done = list(shards_on_dask(_results(corpus_dir)[:2], client, "shards", chunk_size=1))
    finally:
        for cwd in set(old.values()):
            client.run(os.chdir, cwd)
    assert len(done) == 2 and len(list((tmp_path / "shards").glob("part-*.parquet"))) == 2
    assert not (elsewhere / "shards").exists()


@pytest.mark.parametrize("run", ["analyze", "shards"])
def test_scale_setup_error_on_workers_stops_the_run(client, corpus_dir, tmp_path, run):
    # a worker without the spaCy model turned every article into an SM601 failure (stored, exit 1)
    from spinmap.config import Settings
    from spinmap.errors import SpinmapError
    from spinmap.scale import analyze_on_dask, shards_on_dask

    bad = Settings(spacy_model="no_such_spacy_model")
    with pytest.raises(SpinmapError) as err:
        if run == "analyze":
            list(analyze_on_dask(_results(corpus_dir), client, bad, chunk_size=2))
        else:
            list(shards_on_dask(_results(corpus_dir), client, tmp_path / "shards", bad, chunk_size=2))
    assert err.value.code == "SM102"
