"""Corpus commands: `spinmap ingest` into a SQLite store, `report`, `export` and `compare` from it."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import click

from ..config import default_settings
from ..errors import SpinmapError
from . import EXIT_OK, EXIT_SOME_FAILED, hint_if_waiting_on_terminal, json_printable, main, output_error, say


def _progress(iterable, desc: str):
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, unit="article", file=sys.stderr, disable=not sys.stderr.isatty())


def _list_failed(failed) -> None:
    for a in failed:
        codes = ",".join(e.code for e in a.errors if e.severity == "error")
        say(f"failed {a.source}: {codes}", err=True, one_line=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="SQLite corpus file (created if missing). Required unless --parquet-dir is given.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process; dask: Dask distributed workers (same per-article code).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="With --engine dask: address of an existing scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="With --engine dask and no --scheduler: start a local cluster of N worker processes.")
@click.option("--parquet-dir", type=click.Path(file_okay=False), default=None,
              help="With --engine dask: workers write Parquet shards here (shared storage) instead of the store.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Articles per Dask task.")
@click.option("--retry-failed", is_flag=True,
              help="Also re-analyse stored articles whose analysis had an error (e.g. after fixing an extractor).")
@click.option("--reanalyse", is_flag=True,
              help="Also re-analyse stored articles made by another spinmap version (code, models or spaCy model changed).")
@click.option("--from-shards", is_flag=True,
              help="PATHS are --parquet-dir folders from a cluster run: load their analyses into --db, no analysis.")
def ingest(paths: tuple[str, ...], db: Optional[str], engine: str, scheduler: Optional[str], workers: Optional[int],
           parquet_dir: Optional[str], chunk_size: int, retry_failed: bool, reanalyse: bool, from_shards: bool) -> int:
    """Analyse PATHS and store the analyses; re-running skips articles already stored.

    Each article is committed in its own transaction, so an interrupted run can simply be run
    again. Inputs that fail are stored with their error codes and listed; exit 1 if any failed.
    """
    from ..ingest.readers import read_inputs

    if engine == "local" and (scheduler or workers or parquet_dir):
        raise click.UsageError("--scheduler, --workers and --parquet-dir need --engine dask")
    if scheduler and workers:
        raise click.UsageError("give either --scheduler or --workers, not both")
    if not db and not parquet_dir:
        raise click.UsageError("give --db (or --parquet-dir with --engine dask)")
    if parquet_dir and db:  # --db was silently ignored: nothing went into the store
        raise click.UsageError("--parquet-dir writes shards instead of the store; load them afterwards with "
                               "`spinmap ingest DIR --from-shards --db FILE`")
    if (retry_failed or reanalyse) and (parquet_dir or from_shards):
        raise click.UsageError("--retry-failed and --reanalyse work on a store, not with --parquet-dir or --from-shards")
    if from_shards:
        if not db or engine != "local":
            raise click.UsageError("--from-shards needs --db and no --engine dask")
        return _load_shards(paths, db)
    settings = default_settings()
    started = time.perf_counter()
    hint_if_waiting_on_terminal(paths)
    results = read_inputs(paths, settings)
    if parquet_dir:
        return _ingest_shards(results, parquet_dir, scheduler, workers, chunk_size, settings, started)

    from ..analysis import analyze_many, pipeline_version
    from ..store import IngestStats, open_store, skip_stored, store_all

    stats = IngestStats()
    replace = retry_failed or reanalyse
    with open_store(db) as store:
        todo = skip_stored(results, store, stats, retry_failed, pipeline_version(settings.spacy_model), reanalyse)
        try:
            if engine == "dask":
                from ..scale import analyze_on_dask, dask_client

                with dask_client(scheduler, workers) as client:
                    store_all(store, _progress(analyze_on_dask(todo, client, settings, chunk_size), "ingest"),
                              stats, replace)
            else:
                store_all(store, _progress(analyze_many(todo, settings), "ingest"), stats, replace)
        except KeyboardInterrupt:  # Ctrl-C said only "Aborted.": say what is kept and how to finish
            say(f"interrupted: stored {stats.stored} articles this run, {store.count()} in {db}; each stored "
                "article is complete; run the same command again to analyse the rest", err=True)
            raise
        total = store.count()
    copies = f" ({stats.copies} of them new sources of a stored text)" if stats.copies else ""
    if stats.stale:
        say(f"note: {stats.stale} skipped articles were analysed by another spinmap version (code, models or spaCy "
            "model changed); add --reanalyse to analyse them again", err=True)
    click.echo(f"stored {stats.stored}, skipped {stats.skipped} already stored{copies}, failed {len(stats.failed)}; "
               f"{total} articles in {db} ({time.perf_counter() - started:.1f}s)", err=True)
    _list_failed(stats.failed)
    return EXIT_SOME_FAILED if stats.failed else EXIT_OK


def _load_shards(folders: tuple[str, ...], db: str) -> int:
    """Merge Parquet shards written by cluster workers into the SQLite store (idempotent)."""
    from ..scale.shards import read_shards, read_sightings
    from ..store import IngestStats, open_store, store_all

    stats = IngestStats()
    with open_store(db) as store:
        for folder in folders:
            if not Path(folder).is_dir() or not any(Path(folder).glob("part-*.parquet")):
                # a folder without shards (e.g. the corpus itself) stored nothing and exited 0
                raise click.UsageError(f"{folder} is not a directory of Parquet shards (no part-*.parquet files)")
            store_all(store, read_shards(folder), stats)
            for sighting in read_sightings(folder):  # copies of an analysed text count for their outlet
                if store.has(sighting.id):
                    stats.copies += store.add_sighting(sighting)
        total = store.count()
    copies = f", {stats.copies} new sources of a stored text" if stats.copies else ""
    click.echo(f"stored {stats.stored}, skipped {stats.skipped} already stored{copies}, failed {len(stats.failed)}; "
               f"{total} articles in {db}", err=True)
    _list_failed(stats.failed)
    return EXIT_SOME_FAILED if stats.failed else EXIT_OK


def _ingest_shards(results, parquet_dir, scheduler, workers, chunk_size, settings, started) -> int:
    from ..scale import dask_client, shards_on_dask
    from ..scale.shards import skip_sharded, write_sightings

    failed, n, copies = [], 0, []
    with dask_client(scheduler, workers) as client:
        for article_id, source, bad in shards_on_dask(skip_sharded(results, parquet_dir, copies), client, parquet_dir,
                                                      settings, chunk_size):
            n += 1
            if bad:
                failed.append(source)
    write_sightings(copies, parquet_dir)
    copied = f" ({len(copies)} other inputs were copies of an analysed text)" if copies else ""
    click.echo(f"wrote {n} analyses as Parquet shards in {parquet_dir}{copied}, failed {len(failed)} "
               f"({time.perf_counter() - started:.1f}s)", err=True)
    for source in failed:
        say(f"failed {source}", err=True, one_line=True)
    return EXIT_SOME_FAILED if failed else EXIT_OK


MIN_CONFIDENCE = click.option(
    "--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
    help="Count only accusations at least this sure (the blame trust model's chance that a reader accepts the record; "
         "see models/blame_trust/MODEL_CARD.md). Quotes and techniques are unaffected.")


def _digest(db: str, sides_path: Optional[str], freq: str = "week", keep: int = 0, min_confidence: float = 0.0):
    """One streamed pass over the store: (digest, the first ``keep`` analyses, failures); SM403 when empty.

    Only the digest's counts and blame rows stay in memory, so a store of millions of articles fits.
    """
    from ..compare import Digest, load_sides, surer_blames
    from ..compare.sides import unmatched_outlets
    from ..store import open_store

    sides = load_sides(sides_path) if sides_path else None
    digest = Digest(sides, freq=freq)
    with open_store(db, create=False) as store:
        failures = store.failures()
        shown = digest.add_all(surer_blames(store.analyses(), min_confidence), keep=keep)
    if not digest.articles and not failures:
        raise SpinmapError("SM403", path=db)
    missing = unmatched_outlets(sides, digest.stored_outlets) if sides else []
    if missing:
        say(f"warning: {len(missing)} outlet(s) in {sides_path} match no stored article's outlet (check the spelling; "
            f"their side gets nothing): {'; '.join(missing)}", err=True, one_line=True)
    return digest, shown, failures


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite corpus file from `spinmap ingest`.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="HTML file to write.")
@click.option("--sides", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Outlet -> side file (JSON object or outlet<TAB>side lines); see docs/corpus.md.")
@click.option("--title", default="spinmap corpus report", show_default=True, help="Heading and <title> of the page.")
@click.option("--max-articles", type=click.IntRange(min=0), default=200, show_default=True,
              help="Articles shown with highlights (aggregates always use all).")
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="week", show_default=True,
              help="Bucket size of the counts-over-time table (ISO weeks).")
@MIN_CONFIDENCE
def report(db: str, output: str, sides: Optional[str], title: str, max_articles: int, freq: str,
           min_confidence: float) -> int:
    """Write one self-contained HTML report (network, heatmap, contrast, techniques, articles)."""
    from ..web.report import render_digest

    digest, shown, failures = _digest(db, sides, freq, keep=max_articles, min_confidence=min_confidence)
    html = render_digest(digest, shown, failures, title=title)
    try:
        Path(output).write_text(html, encoding="utf-8")
    except OSError as exc:
        raise output_error(output, exc) from exc
    click.echo(f"wrote {output} ({digest.articles} articles, {len(html) // 1024} KiB)", err=True)
    return EXIT_OK


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite corpus file from `spinmap ingest`.")
@click.option("--format", "fmt", required=True, type=click.Choice(["jsonl", "csv", "parquet", "gexf", "graphml"]),
              help="jsonl: full analyses; csv/parquet: one row per finding; gexf/graphml: accusation graph.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="File to write.")
@click.option("--exact", is_flag=True,
              help="csv: plain UTF-8 and every cell exactly as stored (pandas, Python csv). Default: safe to open "
                   "in Excel/LibreOffice (UTF-8 BOM; cells starting with = + - @ get a leading ' so they are "
                   "not run as formulas).")
@MIN_CONFIDENCE
def export(db: str, fmt: str, output: str, exact: bool, min_confidence: float) -> int:
    """Export the store for pandas/DuckDB (csv, parquet), Gephi (gexf, graphml) or other tools (jsonl)."""
    from ..compare import surer_blames
    from ..export import export as do_export
    from ..store import open_store

    if exact and fmt != "csv":
        raise click.UsageError("--exact applies to --format csv only (the other formats are always exact)")
    options = {"spreadsheet": not exact} if fmt == "csv" else {}
    with open_store(db, create=False) as store:
        if store.count() == 0 and not store.failures():
            raise SpinmapError("SM403", path=db)
        analyses = surer_blames(store.analyses(), min_confidence)
        if fmt == "jsonl":
            analyses = [*analyses, *store.failures()]
        try:
            n = do_export(analyses, fmt, output, **options)
        except OSError as exc:
            raise output_error(output, exc) from exc
    unit = {"jsonl": "analyses", "gexf": "edges", "graphml": "edges"}.get(fmt, "rows")
    click.echo(f"wrote {output} ({n} {unit})", err=True)
    return EXIT_OK


@main.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite corpus file from `spinmap ingest`.")
@click.option("--view", type=click.Choice(["top", "matrix", "contrast", "techniques", "time"]), default="top",
              show_default=True, help="top accusers/accused, outlet x accused matrix, actors named by 2+ outlets, "
                                      "technique counts, or counts over time (see docs/corpus.md).")
@click.option("--by", type=click.Choice(["outlet", "side"]), default="outlet", show_default=True,
              help="Group by outlet, or by side (needs --sides).")
@click.option("--sides", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Outlet -> side file (needed for --by side).")
@click.option("--freq", type=click.Choice(["day", "week", "month"]), default="week", show_default=True,
              help="With --view time: bucket size (ISO weeks).")
@click.option("--accused", default=None, help="With --view time: count only blames on this actor.")
@click.option("-n", "top_n", type=click.IntRange(min=1), default=10, show_default=True,
              help="With --view top: actors listed per outlet or side.")
@MIN_CONFIDENCE
def compare(db: str, view: str, by: str, sides: Optional[str], freq: str, accused: Optional[str], top_n: int,
            min_confidence: float) -> int:
    """Print a corpus comparison as JSON (who blames whom per outlet or side, and more)."""
    from ..compare import blame_matrix, top_actors

    if by == "side" and not sides:
        raise click.UsageError("--by side needs --sides FILE")
    digest, _, _ = _digest(db, sides, freq, min_confidence=min_confidence)
    rows = digest.rows
    if view == "top":
        out = {"accusers": top_actors(rows, by, "accuser", top_n), "accused": top_actors(rows, by, "accused", top_n)}
    elif view == "matrix":
        m = blame_matrix(rows, by)
        out = {"rows": m.rows, "cols": m.cols, "cells": m.cells}
    elif view == "contrast":
        out = digest.contrast()
    elif view == "techniques":
        out = digest.technique_profile(by)
    else:
        out = digest.over_time(by, accused)
    click.echo(json_printable(json.dumps(out, ensure_ascii=False, indent=2)))
    return EXIT_OK
