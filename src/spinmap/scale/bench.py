"""Throughput benchmark: articles/s in one process versus on a local Dask cluster of N workers.

Reading, model loading and the extractors' first-call set-up are excluded from the timing (each
process analyses one article first), so the figure is the steady-state analysis rate. Run: ``python -m spinmap.scale.bench PATH... [--workers 2]``.
"""
from __future__ import annotations

import argparse
import logging
import json
import sys
import time
from typing import Optional, Sequence

from ..analysis import analyze_many
from ..config import Settings, default_settings
from ..ingest.readers import read_inputs
from ..nlp.pipeline import load_pipeline


def _inputs(paths: Sequence[str], settings: Settings, repeat: int) -> list:
    results = [r for r in read_inputs(list(paths), settings) if r.article is not None]
    return results * max(1, repeat)


def bench_throughput(
    paths: Sequence[str], workers: int, settings: Optional[Settings] = None, repeat: int = 1, chunk_size: int = 4
) -> float:
    """Articles per second over ``paths`` (each read ``repeat`` times); ``workers=0`` = in-process."""
    settings = settings or default_settings()
    results = _inputs(paths, settings, repeat)
    if not results:
        raise ValueError("no readable articles to benchmark")
    if workers <= 0:
        load_pipeline(settings.spacy_model)
        for _ in analyze_many(results[:1], settings):
            pass
        start = time.perf_counter()
        n = sum(1 for _ in analyze_many(results, settings))
        return n / (time.perf_counter() - start)
    from .dask_runner import analyze_on_dask, dask_client, warm_workers

    with dask_client(workers=workers) as client:
        client.wait_for_workers(workers)
        warm_workers(client, settings, results[:1])
        start = time.perf_counter()
        n = sum(1 for _ in analyze_on_dask(results, client, settings, chunk_size=chunk_size))
        return n / (time.perf_counter() - start)


def run_bench(paths: Sequence[str], workers: int = 2, repeat: int = 1) -> dict:
    """Single-process rate, N-worker rate and their ratio to linear scaling (1.0 = perfect)."""
    single = bench_throughput(paths, 0, repeat=repeat)
    multi = bench_throughput(paths, workers, repeat=repeat)
    return {
        "articles": len(_inputs(paths, default_settings(), repeat)),
        "single_process_articles_per_s": round(single, 2),
        f"dask_{workers}_workers_articles_per_s": round(multi, 2),
        "ratio_to_linear": round(multi / (workers * single), 3),
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
