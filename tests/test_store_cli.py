"""`spinmap ingest/report/export/compare` end to end: exit codes 0 / 1 (failures listed) / 2."""
from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

SPINMAP = str(Path(sys.executable).with_name("spinmap"))


def _run(*args, timeout=300):
    return subprocess.run([SPINMAP, *map(str, args)], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"text": "The minister said the rebels broke the truce near the border on Monday night.",
         "outlet": "Outlet A", "published": "2023-08-07", "title": "Truce broken"},
        {"text": "Officials in the capital accused the neighbouring army of shelling two villages.",
         "outlet": "Outlet B", "published": "2023-08-15", "title": "Shelling"},
    ]) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "c.db"
    first = _run("ingest", corpus, "--db", path)
    assert first.returncode == 1, first.stderr[-2000:]
    assert "empty.txt" in first.stderr and "SM201" in first.stderr
    return path


def test_store_cli_ingest_stores_articles_and_failures(db):
    with sqlite3.connect(db) as conn:
        assert {r[0] for r in conn.execute("SELECT outlet FROM articles")} == {"Outlet A", "Outlet B"}
        assert conn.execute("SELECT codes FROM failures").fetchall() == [("SM201",)]


def test_store_cli_ingest_rerun_skips_stored(corpus, db):
    again = _run("ingest", corpus, "--db", db)
    assert "stored 0, skipped 2" in again.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gexf", "graphml"])
def test_store_cli_export_writes_each_format(db, tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    run = _run("export", "--db", db, "--format", fmt, "-o", out)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 0


def test_store_cli_report_and_compare(db, tmp_path):
    out = tmp_path / "r.html"
    assert _run("report", "--db", db, "-o", out).returncode == 0
    assert "Outlet A" in out.read_text(encoding="utf-8")
    run = _run("compare", "--db", db, "--view", "time", "--freq", "month")
    assert run.returncode == 0 and set(json.loads(run.stdout)) == {"2023-08"}


def test_store_cli_min_confidence_keeps_only_surer_accusations(db, tmp_path):
    """export / compare / report --min-confidence 1 leave no accusation (no record is that sure), 0 keeps them all."""
    def blame_rows(*extra):
        out = tmp_path / "x.csv"
        run = _run("export", "--db", db, "--format", "csv", "--exact", "-o", out, *extra)
        assert run.returncode == 0, run.stderr
        with open(out, encoding="utf-8", newline="") as f:
            return [row for row in csv.DictReader(f) if row["kind"] == "blame"]
    every = blame_rows()
    assert every and blame_rows("--min-confidence", "0") == every and blame_rows("--min-confidence", "1") == []
    top = json.loads(_run("compare", "--db", db, "--min-confidence", "1").stdout)
    assert not any(top["accused"].values()), top
    out = tmp_path / "r.html"
    assert _run("report", "--db", db, "-o", out, "--min-confidence", "1").returncode == 0
    assert "0 accusations" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [
    ["report", "--db", "{missing}", "-o", "{out}"],
    ["export", "--db", "{missing}", "--format", "csv", "-o", "{out}"],
    ["export", "--db", "{db}", "--format", "xlsx", "-o", "{out}"],
    ["compare", "--db", "{db}", "--by", "side"],
    ["ingest", "{db}"],
])
def test_store_cli_usage_errors_exit_2(db, tmp_path, args):
    fill = {"missing": tmp_path / "missing.db", "out": tmp_path / "o", "db": db}
    run = _run(*[a.format(**fill) for a in args])
    assert run.returncode == 2, run.stderr
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("args", [
    ["report", "--db", "{db}", "-o", "{out}"],
    *(["export", "--db", "{db}", "--format", fmt, "-o", "{out}"] for fmt in ("jsonl", "csv", "parquet", "gexf")),
])
def test_store_cli_unwritable_output_is_sm404_exit_2(db, tmp_path, args):
    fill = {"db": db, "out": tmp_path / "no-such-folder" / "out"}
    run = _run(*[a.format(**fill) for a in args])
    assert run.returncode == 2, run.stderr
    assert "SM404" in run.stderr and "Traceback" not in run.stderr


def test_store_cli_ingest_interrupted_says_what_was_kept(tmp_path, monkeypatch):
    from _corpus_fixtures import make_analysis
    from click.testing import CliRunner

    import spinmap.analysis
    import spinmap.ingest.readers
    from spinmap.cli import main
    from spinmap.store import open_store

    def two_then_ctrl_c(*_):
        yield make_analysis("Moscow blamed Kyiv for the shelling.")
        yield make_analysis("Kyiv blamed Moscow for the blackout.")
        raise KeyboardInterrupt

    monkeypatch.setattr(spinmap.ingest.readers, "read_inputs", lambda *_: iter(()))
    monkeypatch.setattr(spinmap.analysis, "analyze_many", two_then_ctrl_c)
    db = tmp_path / "c.db"
    result = CliRunner().invoke(main, ["ingest", "x.jsonl", "--db", str(db)])
    assert result.exit_code != 0
    assert f"stored 2 articles this run, 2 in {db}" in result.stderr
    assert "run the same command again" in result.stderr
    with open_store(db, create=False) as store:
        assert store.count() == 2


@pytest.mark.parametrize("cmd", ["compare", "report"])
def test_store_cli_sides_outlet_matching_nothing_is_warned(tmp_path, cmd):
    from _corpus_fixtures import make_analysis
    from click.testing import CliRunner

    from spinmap.cli import main
    from spinmap.store import open_store

    db = str(tmp_path / "x.db")
    with open_store(db) as store:
        store.put(make_analysis("Moscow blamed Kyiv for the shelling.", outlet="Caspian Herald"))
        store.put(make_analysis("Kyiv blamed Moscow for the blackout.", outlet="Atlantic Ledger"))
    sides = tmp_path / "sides.tsv"
    sides.write_text("Caspian Herald\tAzerbaijani\nAtlantic Ledgr\tWestern\n", encoding="utf-8")  # a typo
    args = {"compare": ["compare", "--db", db, "--by", "side", "--sides", str(sides)],
            "report": ["report", "--db", db, "--sides", str(sides), "-o", str(tmp_path / "r.html")]}[cmd]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "atlantic ledgr" in result.stderr and "caspian herald" not in result.stderr


def test_store_cli_ingest_reanalyses_articles_from_another_version_on_request(corpus, tmp_path):
    path = tmp_path / "v.db"
    assert _run("ingest", corpus, "--db", path).returncode == 1
    with sqlite3.connect(path) as conn:
        current = {r[0] for r in conn.execute("SELECT json_extract(json, '$.pipeline') FROM analyses")}
        assert len(current) == 1 and next(iter(current)).startswith("0.") and "+" in next(iter(current))
        conn.execute("UPDATE analyses SET json = json_set(json, '$.pipeline', '0.0.1+old')"
                     " WHERE id = (SELECT min(id) FROM analyses)")
        conn.execute("UPDATE articles SET pipeline = '0.0.1+old' WHERE id = (SELECT min(id) FROM articles)")
    again = _run("ingest", corpus, "--db", path)
    assert "stored 0, skipped 2" in again.stderr and "1 skipped articles were analysed by another spinmap version" in again.stderr
    redo = _run("ingest", corpus, "--db", path, "--reanalyse")
    assert "stored 1, skipped 1" in redo.stderr, redo.stderr[-2000:]
    with sqlite3.connect(path) as conn:
        assert {r[0] for r in conn.execute("SELECT json_extract(json, '$.pipeline') FROM analyses")} == current
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM sightings").fetchone()[0] == 2
    assert "another spinmap version" not in _run("ingest", corpus, "--db", path).stderr
