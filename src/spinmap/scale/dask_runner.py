"""Run the per-article analysis on Dask distributed: the same ``analyze_many`` the CLI uses.

Inputs are read and cleaned on the client (corpus-wide chrome statistics need every input),
then small chunks of articles go to workers. Each worker process loads the spaCy model once
(``load_pipeline`` is cached per process) and keeps it for every chunk it gets.
"""
from __future__ import annotations

import hashlib
import os
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..analysis import analyze_many
from ..config import Settings, default_settings
from ..errors import SpinmapError, error_record
from ..ingest import IngestResult
from ..records import ArticleAnalysis


# -- worker side ----------------------------------------------------------------------------
def _analyze_chunk(results: list[IngestResult], settings: Settings) -> list[str]:
    """Worker task: analyse a chunk in-process; JSON out so the client rebuilds exact records."""
    return [a.to_json() for a in analyze_many(results, settings)]


def _write_shard(results: list[IngestResult], settings: Settings, parquet_dir: str) -> list[tuple[str, str, bool]]:
    """Worker task: analyse a chunk and write it as one Parquet shard (atomic rename)."""
    from .shards import write_shard

    analyses = list(analyze_many(results, settings))
    write_shard(analyses, parquet_dir)
    return [(a.id, a.source, a.failed) for a in analyses]


def _warm(settings: Settings, sample: Optional[list[IngestResult]] = None) -> int:
    """Load the model on a worker ahead of the first task (and analyse ``sample`` to warm the
    extractors' lazy caches); returns the worker's pid."""
    from ..nlp.pipeline import load_pipeline

    load_pipeline(settings.spacy_model)
    if sample:
        for _ in analyze_many(sample, settings):
            pass
    return os.getpid()


def _pipeline_loads() -> int:
    """How many times this worker process has loaded a spaCy pipeline (1 after warm-up)."""
    from ..nlp.pipeline import load_pipeline

    return load_pipeline.cache_info().misses


def _rss_mb() -> float:
    """Resident memory of this process in MiB (Linux /proc; ru_maxrss elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- client side ----------------------------------------------------------------------------
@contextmanager
def dask_client(scheduler: Optional[str] = None, workers: Optional[int] = None):
    """A client on an existing scheduler, or on a local cluster of ``workers`` processes."""
    import dask
    from distributed import Client, LocalCluster

    cluster = None
    timeout = _connect_timeout() if scheduler else None
    try:
        if scheduler:
            client = Client(scheduler, timeout=timeout)
            try:  # a scheduler without workers would leave every task waiting, silently, forever
                client.wait_for_workers(1, timeout=timeout)
            except TimeoutError as exc:
                client.close()
                raise TimeoutError(f"no worker joined the scheduler within {timeout:g} s") from exc
        else:
            # the workers' statistical profiler samples every 10 ms: pure overhead for batch analysis
            # and frequent event-loop ticks/monitors compete with the analysis thread for the GIL
            # (measured on 2 cores, 200 articles: 17.7-18.9 -> 19.0-19.6 articles/s)
            dask.config.set({
                "distributed.worker.profile.enabled": False,
                "distributed.admin.tick.interval": "1s",
                "distributed.worker.memory.monitor-interval": "1s",
                "distributed.admin.system-monitor.interval": "5s",
                "distributed.scheduler.work-stealing": False,
            })
            cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=40,
            )
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise SpinmapError("SM601", detail=f"cannot connect to {scheduler or 'a local cluster'}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connect_timeout() -> float:
    """Seconds to wait for ``--scheduler``: $SPINMAP_DASK_CONNECT_TIMEOUT (Dask notation: 30s, 2m), SM101 if bad."""
    from dask.utils import parse_timedelta

    raw = os.environ.get("SPINMAP_DASK_CONNECT_TIMEOUT") or "30s"  # empty = unset
    try:
        seconds = parse_timedelta(raw.strip(), default="seconds")
    except (KeyError, ValueError, TypeError, IndexError) as exc:  # an unknown unit ('2min') was a KeyError traceback
        raise SpinmapError("SM101", detail=f"{raw!r} in environment variable SPINMAP_DASK_CONNECT_TIMEOUT "
                                           "(a duration in Dask notation: 45, 30s, 2m, 1h)") from exc
    if not seconds or seconds <= 0:
        raise SpinmapError("SM101", detail=f"{raw!r} in environment variable SPINMAP_DASK_CONNECT_TIMEOUT (must be above 0)")
    return seconds


def warm_workers(client, settings: Optional[Settings] = None, sample: Optional[list[IngestResult]] = None) -> dict:
    """Load the model (and analyse ``sample``) on every current worker; returns {worker address: pid}."""
    settings = settings or default_settings()
    return client.run(_warm, settings, sample)


def worker_memory_mb(client) -> dict:
    """{worker address: resident MiB}, for sizing workers."""
    return client.run(_rss_mb)


def _chunks(results: Iterable[IngestResult], size: int) -> Iterator[list[IngestResult]]:
    it = iter(results)
    while chunk := list(islice(it, size)):
        yield chunk


def _lost(chunk: list[IngestResult], exc: BaseException) -> list[ArticleAnalysis]:
    """Failure records for a chunk whose task died; text-less, so a re-run retries them."""
    out = []
    for r in chunk:
        rec = error_record("SM601", detail=f"{type(exc).__name__}: {exc}")
        article_id = r.article.id if r.article is not None else hashlib.sha1(r.source.encode()).hexdigest()
        out.append(ArticleAnalysis(id=article_id, source=r.source, language=None, text="", errors=[*r.errors, rec]))
    return out


def _windowed(client, fn, chunks: Iterator[list[IngestResult]], window: int, *args):
    """Yield ``(chunk, result or exception)`` keeping at most ``window`` tasks in flight."""
    from distributed import as_completed

    pending: dict = {}
    ac = as_completed()

    def submit() -> bool:
        chunk = next(chunks, None)
        if chunk is None:
            return False
        fut = client.submit(fn, chunk, *args, pure=False)
        pending[fut.key] = chunk
        ac.add(fut)
        return True

    for _ in range(window):
        if not submit():
            break
    for fut in ac:
        chunk = pending.pop(fut.key)
        try:
            out = fut.result()
        except SpinmapError as exc:
            if exc.code.startswith("SM1"):  # setup (no spaCy model, bad config on a worker): every chunk would
                raise                         # fail alike, so stop with the code and exit 2 as a local run does
            out = exc
        except Exception as exc:  # noqa: BLE001 - a dead worker must not lose the batch
            out = exc
        fut.release()
        submit()
        yield chunk, out


def analyze_on_dask(
    results: Iterable[IngestResult],
    client,
    settings: Optional[Settings] = None,
    chunk_size: int = 8,
    window: Optional[int] = None,
) -> Iterator[ArticleAnalysis]:
    """Analyse on the cluster, yielding analyses as chunks finish (order not kept)."""
    settings = settings or default_settings()
    window = window or 2 * max(1, len(client.scheduler_info().get("workers", {})))
    for chunk, out in _windowed(client, _analyze_chunk, _chunks(results, chunk_size), window, settings):
        if isinstance(out, BaseException):
            yield from _lost(chunk, out)
        else:
            yield from (ArticleAnalysis.from_json(js) for js in out)


def shards_on_dask(
    results: Iterable[IngestResult],
    client,
    parquet_dir: str | Path,
    settings: Optional[Settings] = None,
    chunk_size: int = 8,
    window: Optional[int] = None,
) -> Iterator[tuple[str, str, bool]]:
    """Workers write Parquet shards into ``parquet_dir`` (shared storage); yields (id, source, failed)."""
    settings = settings or default_settings()
    window = window or 2 * max(1, len(client.scheduler_info().get("workers", {})))
    # absolute, so workers whose working directory differs (a remote cluster) write where the client reads
    parquet_dir = str(Path(parquet_dir).resolve())
    Path(parquet_dir).mkdir(parents=True, exist_ok=True)
    for chunk, out in _windowed(client, _write_shard, _chunks(results, chunk_size), window, settings, parquet_dir):
        if isinstance(out, BaseException):
            from .shards import write_shard

            lost = _lost(chunk, out)
            write_shard(lost, parquet_dir)
            yield from ((a.id, a.source, True) for a in lost)
        else:
            yield from out
