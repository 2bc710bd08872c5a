"""Parquet shards: one file per analysed chunk, so cluster workers write in parallel to shared storage.

Each row is one article: id, source, outlet, published, title, failed, error codes and the full
``spinmap.article/1`` JSON. ``failed`` means the input could not be analysed at all (no text, like
the store's ``failures`` table); such rows are retried by the next run. Files appear by atomic
rename, so a killed worker leaves no half shard.

An input whose text was already analysed (a syndicated copy, the same text from another source) is
not analysed again: the client records it in a ``sightings-*.parquet`` file, and ``--from-shards``
adds it to the store as another source of that article, as a local ``ingest`` does.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import SpinmapError
from ..records import ArticleAnalysis

SHARD_SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("outlet", pa.string()), ("published", pa.string()),
    ("title", pa.string()), ("failed", pa.bool_()), ("error_codes", pa.string()), ("json", pa.string()),
])


SIGHTING_SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("outlet", pa.string()), ("published", pa.string()),
    ("title", pa.string()),
])


class Sighting(NamedTuple):
    """Another source of an analysed text (the fields ``Store.add_sighting`` reads)."""

    id: str
    source: str
    outlet: Optional[str]
    published: Optional[str]
    title: Optional[str]


def write_shard(analyses: list[ArticleAnalysis], directory: str | Path) -> Path | None:
    """Write one shard named by the hash of its ids; returns its path (None when empty)."""
    if not analyses:
        return None
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1("\n".join(a.id for a in analyses).encode()).hexdigest()[:16]
    path = directory / f"part-{digest}.parquet"
    table = pa.table({
        "id": [a.id for a in analyses], "source": [a.source for a in analyses],
        "outlet": [a.outlet for a in analyses], "published": [a.published for a in analyses],
        "title": [a.title for a in analyses], "failed": [a.failed and not a.text for a in analyses],
        "error_codes": [",".join(e.code for e in a.errors) for a in analyses],
        "json": [a.to_json() for a in analyses],
    }, schema=SHARD_SCHEMA)
    tmp = directory / f".tmp-{uuid.uuid4().hex}.parquet"
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


def _read(path: Path, columns: list[str]) -> pa.Table:
    """Some columns of one shard; SM602 for a truncated or foreign file (was an ArrowInvalid traceback)."""
    try:
        return pq.read_table(path, columns=columns)
    except (pa.ArrowException, OSError) as exc:
        raise SpinmapError("SM602", path=str(path), detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc


def _shard_files(directory: str | Path) -> list[Path]:
    directory = Path(directory)
    return sorted(directory.glob("part-*.parquet")) if directory.is_dir() else []


def shard_ids(directory: str | Path) -> set[str]:
    """Ids of articles analysed without error in existing shards (failed ones are retried)."""
    return {i for i, _ in _ok_sources(directory)}


def _ok_sources(directory: str | Path) -> set[tuple[str, str]]:
    """(id, source) of every row analysed without error: which texts are done, and from which input."""
    out: set[tuple[str, str]] = set()
    for path in _shard_files(directory):
        t = _read(path, ["id", "source", "failed"])
        out.update((i, s) for i, s, f in zip(*(t[c].to_pylist() for c in ("id", "source", "failed"))) if not f)
    return out


def read_shards(directory: str | Path) -> Iterator[ArticleAnalysis]:
    """Every analysis in the shards, once per id, preferring a successful one over a failure."""
    best: dict[str, tuple[bool, str]] = {}
    for path in _shard_files(directory):
        t = _read(path, ["id", "source", "failed", "json"])
        for i, src, failed, js in zip(*(t[c].to_pylist() for c in ("id", "source", "failed", "json"))):
            key = i if not failed else f"failed:{src}"
            if key not in best:
                best[key] = (failed, js)
    ok_sources = set()
    for failed, js in best.values():
        if not failed:
            a = ArticleAnalysis.from_json(js)
            ok_sources.add(a.source)
            yield a
    for failed, js in best.values():
        if failed:
            a = ArticleAnalysis.from_json(js)
            if a.source not in ok_sources:
                yield a


def skip_sharded(results: Iterable, directory: str | Path, copies: Optional[list[Sighting]] = None) -> Iterator:
    """Drop ingest results already analysed into shards, or queued earlier in this run (before any
    parsing); each dropped one is appended to ``copies`` so its source is not lost."""
    analysed = _ok_sources(directory)  # one pass over the shards; an analysed input is not its own copy
    done = {i for i, _ in analysed}
    seen: set[str] = set()
    for r in results:
        a = r.article
        if a is not None and (a.id in done or a.id in seen):
            if copies is not None and (a.id, a.source) not in analysed:
                copies.append(Sighting(a.id, a.source, a.outlet, a.published, a.title))
            continue
        if a is not None:
            seen.add(a.id)
        yield r


def write_sightings(sightings: list[Sighting], directory: str | Path) -> Path | None:
    """Write the copies one run skipped as a ``sightings-*.parquet`` file (named by content: idempotent)."""
    if not sightings:
        return None
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1("\n".join(f"{s.id}\t{s.source}" for s in sightings).encode()).hexdigest()[:16]
    path = directory / f"sightings-{digest}.parquet"
    table = pa.table({k: [getattr(s, k) for s in sightings] for k in Sighting._fields}, schema=SIGHTING_SCHEMA)
    tmp = directory / f".tmp-{uuid.uuid4().hex}.parquet"
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


def read_sightings(directory: str | Path) -> Iterator[Sighting]:
    """Every recorded copy in a shard folder."""
    directory = Path(directory)
    for path in sorted(directory.glob("sightings-*.parquet")) if directory.is_dir() else []:
        t = _read(path, list(Sighting._fields))
        yield from (Sighting(*row) for row in zip(*(t[k].to_pylist() for k in Sighting._fields)))
