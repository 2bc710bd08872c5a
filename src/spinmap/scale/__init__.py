"""Scale-out on Dask distributed; see docs/scale.md. The per-article code is ``analysis.analyze_many``.

Benchmark entry points (for ``make bench``): ``bench_throughput(paths, workers) -> articles/s``
(``workers=0`` = one plain process) and ``run_bench(paths, workers=2) -> dict`` with the ratio.
"""
from __future__ import annotations

from .dask_runner import analyze_on_dask, dask_client, shards_on_dask, warm_workers, worker_memory_mb

__all__ = [
    "analyze_on_dask", "bench_throughput", "dask_client", "run_bench", "shards_on_dask",
    "warm_workers", "worker_memory_mb",
]


def __getattr__(name: str):
    # lazy, so `python -m spinmap.scale.bench` does not import the module twice
    if name in ("bench_detail", "bench_throughput", "run_bench"):
        from . import bench

        return getattr(bench, name)
    raise AttributeError(name)
