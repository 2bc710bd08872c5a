"""The corpus store: SQLite (WAL, FTS5) holding full analyses plus queryable finding tables.

Articles are keyed by content id and written one transaction per article, so a run killed with
``kill -9`` never leaves half an article and a re-run skips exactly what is already stored.
Inputs that could not be analysed are kept in ``failures`` (keyed by source) with their codes.
Every source an article was read from is a row of ``sightings``: a syndicated copy (same text,
another outlet) is analysed once but counted for each outlet that published it.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .errors import SpinmapError
from .records import ArticleAnalysis

SCHEMA_VERSION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, outlet TEXT, published TEXT, title TEXT,
    language TEXT, text TEXT NOT NULL, n_actors INTEGER, n_quotes INTEGER, n_blames INTEGER,
    n_techniques INTEGER, stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    pipeline TEXT
);
CREATE TABLE IF NOT EXISTS analyses (
    id TEXT PRIMARY KEY REFERENCES articles(id), json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    article_id TEXT NOT NULL REFERENCES articles(id), actor_id TEXT NOT NULL, name TEXT NOT NULL,
    kind TEXT, n_mentions INTEGER, aliases TEXT, PRIMARY KEY (article_id, actor_id)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, kind TEXT,
    speaker_actor TEXT, speaker_name TEXT, cue TEXT, content TEXT, start INTEGER, "end" INTEGER,
    confidence REAL, speaker_sourcing TEXT, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS blames (
    article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, source_kind TEXT,
    source_actor TEXT, source_name TEXT, target_actor TEXT, target_name TEXT, charge TEXT,
    voice TEXT, evidence TEXT, start INTEGER, "end" INTEGER, confidence REAL, negated INTEGER,
    hedged INTEGER, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS techniques (
    article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, label TEXT, text TEXT,
    start INTEGER, "end" INTEGER, confidence REAL, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS errors (
    article_id TEXT, source TEXT NOT NULL, code TEXT NOT NULL, message TEXT, severity TEXT
);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY, id TEXT, codes TEXT NOT NULL, json TEXT NOT NULL,
    stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TABLE IF NOT EXISTS sightings (
    article_id TEXT NOT NULL, source TEXT NOT NULL, outlet TEXT, published TEXT, title TEXT,
    PRIMARY KEY (article_id, source)
);
CREATE INDEX IF NOT EXISTS blames_target ON blames(target_name);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS errors_article ON errors(article_id);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(id UNINDEXED, title, text);
"""


class Store:
    """One SQLite corpus file; use :func:`open_store`. Not shared across threads."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    # -- writing -------------------------------------------------------------------------
    def put(self, analysis: ArticleAnalysis, replace: bool = False) -> bool:
        """Store one analysis atomically; False when its id (or failed source) was already stored.

        A failed input (an error and no text) goes to ``failures`` and is retried by later runs;
        a successful article replaces any earlier failure of the same source. ``replace`` swaps
        in a new analysis of an already stored article (used by ``--retry-failed``).
        """
        if analysis.failed and not analysis.text:
            return self._put_failure(analysis)
        try:
            with self.conn:
                if replace:
                    self._delete(analysis.id)
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO articles (id, source, outlet, published, title, language, text,"
                    " n_actors, n_quotes, n_blames, n_techniques, pipeline) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (analysis.id, analysis.source, analysis.outlet, analysis.published, analysis.title,
                     analysis.language, analysis.text, len(analysis.actors), len(analysis.quotes),
                     len(analysis.blames), len(analysis.techniques), analysis.pipeline),
                )
                self._insert_sighting(analysis.id, analysis.source, analysis.outlet, analysis.published, analysis.title)
                if cur.rowcount == 0:
                    return False
                self._insert_children(analysis)
                self.conn.execute("DELETE FROM failures WHERE source = ?", (analysis.source,))
                self.conn.execute("DELETE FROM errors WHERE article_id IS NULL AND source = ?", (analysis.source,))
            return True
        except sqlite3.Error as exc:
            raise SpinmapError("SM401", path=self.path, detail=str(exc)) from exc

    def _insert_sighting(self, article_id: str, source: str, outlet: Optional[str], published: Optional[str],
                         title: Optional[str]) -> bool:
        return self.conn.execute("INSERT OR IGNORE INTO sightings VALUES (?,?,?,?,?)",
                                 (article_id, source, outlet, published, title)).rowcount > 0

    def add_sighting(self, article) -> bool:
        """Record another source of an already stored (or queued) text, e.g. a syndicated copy;
        False when that source was recorded before."""
        try:
            known = self.conn.execute("SELECT 1 FROM sightings WHERE article_id = ? AND source = ?",
                                      (article.id, article.source)).fetchone()
            if known:  # a re-run over a stored corpus: no write (and no commit) per skipped input
                return False
            with self.conn:
                return self._insert_sighting(article.id, article.source, article.outlet, article.published, article.title)
        except sqlite3.Error as exc:
            raise SpinmapError("SM401", path=self.path, detail=str(exc)) from exc

    def _insert_children(self, a: ArticleAnalysis) -> None:
        c = self.conn
        c.execute("INSERT INTO analyses (id, json) VALUES (?, ?)", (a.id, a.to_json()))
        c.execute("INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)", (a.id, a.title or "", a.text))
        c.executemany(
            "INSERT INTO actors VALUES (?,?,?,?,?,?)",
            [(a.id, x.id, x.name, x.kind, len(x.mentions), json.dumps(x.aliases)) for x in a.actors],
        )
        c.executemany(
            "INSERT INTO quotes (article_id, idx, kind, speaker_actor, speaker_name, cue, content, start, \"end\","
            " confidence, speaker_sourcing) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, i, q.kind, q.speaker.actor if q.speaker else None, q.speaker.name if q.speaker else None,
              q.cue.text if q.cue else None, q.content.text, q.content.span[0], q.content.span[1], q.confidence,
              q.speaker.sourcing if q.speaker else None)
             for i, q in enumerate(a.quotes)],
        )
        c.executemany(
            "INSERT INTO blames VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, i, b.source.kind, b.source.actor, b.source.name, b.target.actor, b.target.name, b.charge,
              b.voice, b.evidence.text, b.evidence.span[0], b.evidence.span[1], b.confidence, int(b.negated),
              int(b.hedged)) for i, b in enumerate(a.blames)],
        )
        c.executemany(
            "INSERT INTO techniques VALUES (?,?,?,?,?,?,?)",
            [(a.id, i, t.label, t.text, t.span[0], t.span[1], t.confidence) for i, t in enumerate(a.techniques)],
        )
        c.executemany(
            "INSERT INTO errors VALUES (?,?,?,?,?)",
            [(a.id, a.source, e.code, e.message, e.severity) for e in a.errors],
        )

    def _delete(self, article_id: str) -> None:
        for table in ("analyses", "actors", "quotes", "blames", "techniques", "errors"):
            key = "id" if table == "analyses" else "article_id"
            self.conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (article_id,))
        self.conn.execute("DELETE FROM articles_fts WHERE id = ?", (article_id,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _put_failure(self, analysis: ArticleAnalysis) -> bool:
        codes = ",".join(e.code for e in analysis.errors if e.severity == "error")
        try:
            with self.conn:
                self.conn.execute("DELETE FROM errors WHERE article_id IS NULL AND source = ?", (analysis.source,))
                self.conn.execute(
                    "INSERT OR REPLACE INTO failures (source, id, codes, json) VALUES (?,?,?,?)",
                    (analysis.source, analysis.id, codes, analysis.to_json()),
                )
                self.conn.executemany(
                    "INSERT INTO errors VALUES (NULL,?,?,?,?)",
                    [(analysis.source, e.code, e.message, e.severity) for e in analysis.errors],
                )
            return True
        except sqlite3.Error as exc:
            raise SpinmapError("SM401", path=self.path, detail=str(exc)) from exc

    # -- reading -------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM articles")}

    def failed_ids(self) -> set[str]:
        """Stored articles whose analysis carries an error (e.g. an extractor crashed)."""
        rows = self.conn.execute("SELECT DISTINCT article_id FROM errors WHERE article_id IS NOT NULL AND severity='error'")
        return {r[0] for r in rows}

    def stale_ids(self, pipeline: str) -> set[str]:
        """Stored articles analysed by another pipeline version (or before analyses were stamped)."""
        rows = self.conn.execute("SELECT id FROM articles WHERE pipeline IS NOT ?", (pipeline,))
        return {r[0] for r in rows}

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def analyses(self, ids: Optional[Iterable[str]] = None, copies: bool = True) -> Iterator[ArticleAnalysis]:
        """Stored analyses in insertion order (optionally only ``ids``), streamed.

        With ``copies``, an article also read from other sources follows with one copy per source,
        carrying that source's outlet, date and title (``as_sighting``): per-outlet counts then
        include what each outlet republished. The copies share the article's id.
        """
        if ids is None:
            rows = self.conn.execute(
                "SELECT a.rowid, a.json, s.source, s.outlet, s.published, s.title FROM analyses a"
                " JOIN articles r ON r.id = a.id"
                " LEFT JOIN sightings s ON ? AND s.article_id = a.id AND s.source != r.source"
                " ORDER BY a.rowid, s.rowid", (int(copies),))
            last, analysis = None, None
            for rowid, js, *sighting in rows:
                if rowid != last:
                    last, analysis = rowid, ArticleAnalysis.from_json(js)
                    yield analysis
                if sighting[0] is not None:
                    yield as_sighting(analysis, *sighting)
            return
        for article_id in ids:
            row = self.conn.execute("SELECT json FROM analyses WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                yield ArticleAnalysis.from_json(row[0])

    def failures(self) -> list[ArticleAnalysis]:
        return [ArticleAnalysis.from_json(js) for (js,) in self.conn.execute("SELECT json FROM failures ORDER BY source")]

    def search(self, query: str, limit: int = 50) -> list[str]:
        """Article ids whose title or text match an FTS5 query, best first."""
        try:
            rows = self.conn.execute(
                "SELECT id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit)
            )
            return [r[0] for r in rows]
        except sqlite3.OperationalError as exc:
            raise SpinmapError("SM401", path=self.path, detail=f"bad search query {query!r}: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def as_sighting(analysis: ArticleAnalysis, source: str, outlet: Optional[str], published: Optional[str],
                title: Optional[str]) -> ArticleAnalysis:
    """The analysis as read from another source: its outlet, date and title, and the author's
    voice credited to that outlet (``<author>`` when it has none)."""
    copy = analysis.model_copy(deep=True, update={"source": source, "outlet": outlet, "published": published,
                                                  "title": title if title is not None else analysis.title})
    for blame in copy.blames:
        if blame.source.kind == "author":
            blame.source.name = outlet or "<author>"
    return copy


def open_store(path: str | Path, create: bool = True) -> Store:
    """Open (and with ``create`` make) a corpus file in WAL mode; SM401 when it is not usable."""
    path = str(path)
    if not create and not Path(path).is_file():
        raise SpinmapError("SM401", path=path, detail="no such file")
    try:
        conn = sqlite3.connect(path, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process; only power loss can drop the last commits.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not {"meta", "articles"} <= tables:  # never add our tables to someone else's database
            conn.close()
            raise SpinmapError("SM401", path=path, detail=f"not a spinmap store (has tables {', '.join(sorted(tables))})")
        with conn:
            conn.executescript(_DDL)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            if conn.execute("INSERT OR IGNORE INTO meta VALUES ('sightings', 'v1')").rowcount:
                # once per store: stores made before sightings existed get one per stored article
                conn.execute("INSERT OR IGNORE INTO sightings SELECT id, source, outlet, published, title FROM articles")
            if "pipeline" not in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}:
                # once per store made before analyses were versioned: the column, filled from the JSON
                conn.execute("ALTER TABLE articles ADD COLUMN pipeline TEXT")
                conn.execute("UPDATE articles SET pipeline = (SELECT json_extract(json, '$.pipeline')"
                             " FROM analyses WHERE analyses.id = articles.id)")
            if "speaker_sourcing" not in {r[1] for r in conn.execute("PRAGMA table_info(quotes)")}:
                conn.execute("ALTER TABLE quotes ADD COLUMN speaker_sourcing TEXT")  # stores made before it: NULL
            conn.execute("CREATE INDEX IF NOT EXISTS articles_pipeline ON articles(pipeline)")
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    except sqlite3.Error as exc:
        raise SpinmapError("SM401", path=path, detail=str(exc)) from exc
    if int(version) != SCHEMA_VERSION:
        conn.close()
        raise SpinmapError("SM401", path=path, detail=f"store schema version {version}, expected {SCHEMA_VERSION}")
    return Store(conn, path)


class IngestStats:
    """What one ingest run did: counts plus the failed analyses (listed by the CLI)."""

    def __init__(self) -> None:
        self.stored = 0
        self.skipped = 0
        self.copies = 0  # skipped inputs that were a new source of a stored text (syndicated copies)
        self.stale = 0  # skipped inputs whose stored analysis came from another pipeline version
        self.failed: list[ArticleAnalysis] = []

    def __repr__(self) -> str:
        return (f"IngestStats(stored={self.stored}, skipped={self.skipped}, copies={self.copies}, "
                f"stale={self.stale}, failed={len(self.failed)})")


def skip_stored(
    results: Iterable, store: Store, stats: Optional[IngestStats] = None, retry_failed: bool = False,
    pipeline: Optional[str] = None, reanalyse: bool = False,
) -> Iterator:
    """Drop ingest results whose content id is already stored: the skip happens before parsing.

    With ``retry_failed``, stored articles whose analysis had an error are analysed again; with
    ``reanalyse``, so are those whose analysis came from a pipeline version other than ``pipeline``
    (without it they are skipped and counted in ``stats.stale``).
    """
    seen: set[str] = set()
    stale = store.stale_ids(pipeline) if pipeline else set()
    retry = (store.failed_ids() if retry_failed else set()) | (stale if reanalyse else set())
    for result in results:
        article = result.article
        if article is not None and (article.id in seen or (store.has(article.id) and article.id not in retry)):
            new_source = store.add_sighting(article)  # the same text from another source still counts for its outlet
            if stats is not None:
                stats.skipped += 1
                stats.copies += new_source
                stats.stale += article.id in stale and article.id not in seen
            continue
        if article is not None:
            seen.add(article.id)
        yield result


def store_all(
    store: Store, analyses: Iterable[ArticleAnalysis], stats: Optional[IngestStats] = None, replace: bool = False
) -> IngestStats:
    """Write analyses one transaction each, so an interrupted run keeps every finished article."""
    stats = stats or IngestStats()
    for analysis in analyses:
        if store.put(analysis, replace=replace):
            # an input that never became an article is counted as failed, not stored
            stats.stored += bool(analysis.text or not analysis.failed)
        else:
            stats.skipped += 1
        if analysis.failed:
            stats.failed.append(analysis)
    return stats
