"""The SQLite corpus store: tables, exactly-once, atomicity, failures, FTS, resumable skipping."""
from __future__ import annotations

import sqlite3

import pytest
from _corpus_fixtures import make_analysis, small_corpus

from spinmap.errors import SpinmapError
from spinmap.ingest import IngestResult
from spinmap.records import Article, ArticleAnalysis
from spinmap.store import IngestStats, open_store, skip_stored, store_all


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "c.db") as s:
        yield s


def _count(store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("table,expected", [
    ("articles", 3), ("analyses", 3), ("actors", 6), ("blames", 5), ("quotes", 1), ("techniques", 3),
])
def test_store_put_fills_queryable_tables(store, table, expected):
    store_all(store, small_corpus())
    assert _count(store, table) == expected


def test_store_put_twice_keeps_one_copy(store):
    first = store_all(store, small_corpus())
    again = store_all(store, small_corpus())
    assert (first.stored, again.stored, again.skipped) == (3, 0, 3)
    assert _count(store, "articles") == 3 and _count(store, "blames") == 5


def test_store_roundtrips_full_analysis(store):
    corpus = small_corpus()
    store_all(store, corpus)
    assert [a.to_json() for a in store.analyses()] == [a.to_json() for a in corpus]


def test_store_uses_wal(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("query,outlets", [("truce", {"Outlet A"}), ("Washington", {"Outlet B"}), ("corridor", {"Outlet C"}),
                                            ("nothingmatches", set())])
def test_store_search_uses_full_text_index(store, query, outlets):
    corpus = small_corpus()
    store_all(store, corpus)
    by_id = {a.id: a.outlet for a in corpus}
    assert {by_id[i] for i in store.search(query)} == outlets


def test_store_bad_search_query_is_coded(store):
    with pytest.raises(SpinmapError) as err:
        store.search('"unbalanced')
    assert err.value.code == "SM401"


def test_store_blame_offsets_reproduce_evidence(store):
    store_all(store, small_corpus())
    rows = store.conn.execute(
        'SELECT a.text, b.start, b."end", b.evidence FROM blames b JOIN articles a ON a.id = b.article_id').fetchall()
    assert rows and all(text[s:e] == ev for text, s, e, ev in rows)


def test_store_put_is_atomic(store, monkeypatch):
    a = small_corpus()[0]

    def explode(analysis):
        store.conn.execute("INSERT INTO analyses (id, json) VALUES (?, ?)", (analysis.id, "{}"))
        raise sqlite3.OperationalError("disk on fire")

    monkeypatch.setattr(store, "_insert_children", explode)
    with pytest.raises(SpinmapError):
        store.put(a)
    assert (_count(store, "articles"), _count(store, "analyses")) == (0, 0)
    monkeypatch.undo()
    assert store.put(a) and _count(store, "analyses") == 1


def _failed(source: str) -> ArticleAnalysis:
    return ArticleAnalysis(id="f" * 40, source=source, language=None, text="",
                           errors=[{"code": "SM208", "message": "cannot read"}])


def test_store_keeps_failed_inputs_with_codes(store):
    stats = store_all(store, [_failed("missing.txt"), *small_corpus()])
    assert [f.source for f in stats.failed] == ["missing.txt"]
    assert [(f.source, [e.code for e in f.errors]) for f in store.failures()] == [("missing.txt", ["SM208"])]
    assert store.conn.execute("SELECT code FROM errors WHERE source='missing.txt'").fetchall() == [("SM208",)]


def test_store_success_replaces_earlier_failure_of_same_source(store):
    store.put(_failed("flaky.txt"))
    store.put(make_analysis("Now it reads fine.", source="flaky.txt"))
    assert store.failures() == [] and store.count() == 1


def test_store_success_clears_error_rows_of_earlier_failure(store):
    store.put(_failed("flaky.txt"))
    fixed = make_analysis("Now it reads fine.", source="flaky.txt")
    store.put(fixed)
    rows = store.conn.execute("SELECT article_id, code FROM errors WHERE source='flaky.txt'").fetchall()
    assert rows == [(fixed.id, e.code) for e in fixed.errors]


def test_store_keeps_article_with_extractor_error_and_retries_it_on_request(store):
    broken = make_analysis("Text whose extractor crashed.", errors=("SM301",))
    store.put(broken)
    assert store.failed_ids() == {broken.id}
    result = IngestResult(source=broken.source, article=Article(id=broken.id, source=broken.source, text=broken.text))
    assert list(skip_stored([result], store)) == []
    assert list(skip_stored([result], store, retry_failed=True)) == [result]
    fixed = make_analysis("Text whose extractor crashed.")
    assert store.put(fixed, replace=True)
    assert store.failed_ids() == set() and store.count() == 1 and _count(store, "errors") == 0


@pytest.mark.parametrize("stored_first", [0, 1, 2])
def test_store_skip_stored_drops_known_ids_before_analysis(store, stored_first):
    corpus = small_corpus()
    store_all(store, corpus[:stored_first])
    results = [IngestResult(source=a.source, article=Article(id=a.id, source=a.source, text=a.text)) for a in corpus]
    results.append(IngestResult(source="bad.txt", errors=[]))
    stats = IngestStats()
    todo = list(skip_stored(results, store, stats))
    assert [r.source for r in todo] == [a.source for a in corpus[stored_first:]] + ["bad.txt"]
    assert stats.skipped == stored_first


def test_store_skip_stored_drops_duplicate_content_in_one_run(store):
    a = small_corpus()[0]
    results = [IngestResult(source=s, article=Article(id=a.id, source=s, text=a.text)) for s in ("x.txt", "copy.txt")]
    assert [r.source for r in skip_stored(results, store)] == ["x.txt"]


def _syndicated(store, sources_outlets):
    """Ingest one text from several (source, outlet) pairs as the CLI does: skip, analyse, store."""
    a = small_corpus()[0]
    results = [IngestResult(source=src, article=Article(id=a.id, source=src, text=a.text, outlet=o, published=f"2023-09-0{i + 1}"))
               for i, (src, o) in enumerate(sources_outlets)]
    todo = list(skip_stored(results, store))
    store_all(store, [a.model_copy(update={"source": r.source, "outlet": r.article.outlet}) for r in todo])
    return a


def test_store_syndicated_copy_counts_for_each_outlet(store):
    """Same text from two outlets: analysed once, read back once per outlet with its own author voice."""
    a = _syndicated(store, [("a.txt", "Outlet A"), ("b.txt", "Outlet B")])
    back = list(store.analyses())
    assert [(x.id, x.source, x.outlet) for x in back] == [(a.id, "a.txt", "Outlet A"), (a.id, "b.txt", "Outlet B")]
    assert back[1].published == "2023-09-02"
    authors = [[b.source.name for b in x.blames if b.source.kind == "author"] for x in back]
    assert authors[0] and authors[0] == ["Outlet A"] * len(authors[0]) and authors[1] == ["Outlet B"] * len(authors[0])
    assert back[1].blames[0].evidence == back[0].blames[0].evidence
    assert [x.source for x in store.analyses(copies=False)] == ["a.txt"]
    assert _count(store, "articles") == 1 and _count(store, "blames") == len(a.blames)


def test_store_rereading_the_same_source_adds_no_copy(store):
    _syndicated(store, [("a.txt", "Outlet A"), ("b.txt", "Outlet B")])
    _syndicated(store, [("a.txt", "Outlet A"), ("b.txt", "Outlet B"), ("b.txt", "Outlet B")])
    assert _count(store, "sightings") == 2 and len(list(store.analyses())) == 2
    a = small_corpus()[0]
    stats = IngestStats()
    list(skip_stored([IngestResult(source=src, article=Article(id=a.id, source=src, text=a.text))
                      for src in ("b.txt", "c.txt")], store, stats))
    assert (stats.skipped, stats.copies) == (2, 1)


def test_store_made_before_sightings_gets_them_once_on_open(tmp_path):
    path = tmp_path / "old.db"
    with open_store(path) as s:
        store_all(s, small_corpus())
        s.conn.execute("DELETE FROM sightings")
        s.conn.execute("DELETE FROM meta WHERE key = 'sightings'")
        s.conn.commit()
    with open_store(path) as s:
        assert _count(s, "sightings") == 3 and len(list(s.analyses())) == 3


def test_store_made_before_versioned_analyses_gets_the_pipeline_column_once_on_open(tmp_path):
    """Finding stale analyses reads an indexed column, not every stored JSON; old stores get it filled."""
    path = tmp_path / "old.db"
    with open_store(path) as s:
        store_all(s, [a.model_copy(update={"pipeline": "0.0.9+old"}) for a in small_corpus()])
        s.conn.execute("DROP INDEX articles_pipeline")
        s.conn.execute("ALTER TABLE articles DROP COLUMN pipeline")
        s.conn.commit()
    with open_store(path) as s:
        assert len(s.stale_ids("0.0.9+old")) == 0 and len(s.stale_ids("0.1.0+new")) == 3
        assert s.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles_pipeline'").fetchone()[0] == 1


def test_store_open_without_create_refuses_missing_file(tmp_path):
    with pytest.raises(SpinmapError) as err:
        open_store(tmp_path / "nope.db", create=False)
    assert err.value.code == "SM401"
    assert not (tmp_path / "nope.db").exists()


def test_store_open_refuses_non_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(SpinmapError) as err:
        open_store(path)
    assert err.value.code == "SM401"


@pytest.mark.parametrize("ddl", ["CREATE TABLE notes (body TEXT)", "CREATE TABLE meta (k TEXT, v TEXT)"])
def test_store_open_refuses_other_sqlite_database_and_leaves_it_alone(tmp_path, ddl):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute(ddl)
    before = sqlite3.connect(path).execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
    for create in (True, False):
        with pytest.raises(SpinmapError) as err:
            open_store(path, create=create)
        assert err.value.code == "SM401" and "not a spinmap store" in str(err.value)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master ORDER BY name").fetchall() == before


def test_store_reopens_its_own_file(tmp_path):
    with open_store(tmp_path / "c.db") as s:
        store_all(s, small_corpus())
    with open_store(tmp_path / "c.db", create=False) as s:
        assert s.count() == 3


def test_store_made_before_sourcing_gets_the_quote_column_once_on_open(tmp_path):
    """A store written before quotes recorded their sourcing opens, gains the column, and stores new quotes in it."""
    path = tmp_path / "old.db"
    corpus = small_corpus()
    with open_store(path) as s:
        s.conn.execute("ALTER TABLE quotes DROP COLUMN speaker_sourcing")
        s.conn.commit()
    with open_store(path) as s:
        quote = corpus[0].quotes[0] if corpus[0].quotes else next(q for a in corpus for q in a.quotes)
        owner = next(a for a in corpus if quote in a.quotes)
        sourced = owner.model_copy(update={"quotes": [quote.model_copy(update={
            "speaker": quote.speaker.model_copy(update={"sourcing": "unnamed"})})]})
        store_all(s, [sourced])
        assert s.conn.execute("SELECT speaker_sourcing FROM quotes").fetchall() == [("unnamed",)]
