"""Throughput benchmark: articles/s in one process versus on a local Dask cluster of N workers.

Reading, model loading and the extractors' first-call set-up are excluded from the timing (each
process analyses one article first), so the figure is the steady-state analysis rate. CPU seconds
are reported too: on a machine shared with other work, wall-clock scaling mostly measures the
competition, while articles per CPU-second shows the overhead of distributing the work.
Run: ``python -m spinmap.scale.bench PATH... [--workers 2] [--repeat N]``.
"""
from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from typing import Optional, Sequence

from ..analysis import analyze_many
from ..config import Settings, default_settings
from ..ingest.readers import read_inputs
from ..nlp.pipeline import load_pipeline


def _cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _inputs(paths: Sequence[str], settings: Settings, repeat: int) -> list:
    results = [r for r in read_inputs(list(paths), settings) if r.article is not None]
    return results * max(1, repeat)


def bench_detail(
    paths: Sequence[str], workers: int, settings: Optional[Settings] = None, repeat: int = 1, chunk_size: int = 8
) -> dict:
    """{'articles', 'seconds', 'cpu_seconds', 'articles_per_s'}; ``workers=0`` = in this process."""
    settings = settings or default_settings()
    results = _inputs(paths, settings, repeat)
    if not results:
        raise ValueError("no readable articles to benchmark")
    if workers <= 0:
        load_pipeline(settings.spacy_model)
        for _ in analyze_many(results[:1], settings):
            pass
        cpu0, start = _cpu_seconds(), time.perf_counter()
        n = sum(1 for _ in analyze_many(results, settings))
        wall, cpu = time.perf_counter() - start, _cpu_seconds() - cpu0
    else:
        from .dask_runner import analyze_on_dask, dask_client, warm_workers

        with dask_client(workers=workers) as client:
            client.wait_for_workers(workers)
            warm_workers(client, settings, results[:1])
            before = client.run(_cpu_seconds)
            start = time.perf_counter()
            n = sum(1 for _ in analyze_on_dask(results, client, settings, chunk_size=chunk_size))
            wall = time.perf_counter() - start
            after = client.run(_cpu_seconds)
            cpu = sum(after[k] - before[k] for k in before)
    return {"articles": n, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3), "articles_per_s": n / wall}


def bench_throughput(
    paths: Sequence[str], workers: int, settings: Optional[Settings] = None, repeat: int = 1, chunk_size: int = 8
) -> float:
    """Articles per second over ``paths`` (each read ``repeat`` times); ``workers=0`` = in-process."""
    return bench_detail(paths, workers, settings, repeat, chunk_size)["articles_per_s"]


def run_bench(paths: Sequence[str], workers: int = 2, repeat: int = 1) -> dict:
    """Single-process, 1-worker and N-worker rates; scaling from 1 to N workers (1.0 = linear), and CPU use."""
    single = bench_detail(paths, 0, repeat=repeat)
    one = bench_detail(paths, 1, repeat=repeat)
    multi = bench_detail(paths, workers, repeat=repeat)
    per_cpu_single = single["articles"] / single["cpu_seconds"]
    per_cpu_multi = multi["articles"] / multi["cpu_seconds"]
    return {
        "articles": single["articles"],
        "single_process_articles_per_s": round(single["articles_per_s"], 2),
        f"dask_{workers}_workers_articles_per_s": round(multi["articles_per_s"], 2),
        "dask_1_worker_articles_per_s": round(one["articles_per_s"], 2),
        # linear scaling = N workers do N times what 1 worker does; vs one plain process it also counts Dask's own cost
        "ratio_to_linear": round(multi["articles_per_s"] / (workers * one["articles_per_s"]), 3),
        "ratio_to_linear_vs_single_process": round(multi["articles_per_s"] / (workers * single["articles_per_s"]), 3),
        "single_process_articles_per_cpu_s": round(per_cpu_single, 2),
        f"dask_{workers}_workers_articles_per_cpu_s": round(per_cpu_multi, 2),
        "cpu_efficiency": round(per_cpu_multi / per_cpu_single, 3),
        "cores_used_single": round(single["cpu_seconds"] / single["seconds"], 2),
        f"cores_used_dask_{workers}": round(multi["cpu_seconds"] / multi["seconds"], 2),
    }


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="analyse the inputs this many times")
    args = parser.parse_args(argv)
    logging.disable(logging.ERROR)  # per-article extractor errors are recorded, not needed on screen
    print(json.dumps(run_bench(args.paths, args.workers, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
