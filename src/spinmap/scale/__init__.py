"""Scale-out on Dask distributed; see docs/scale.md. The per-article code is ``analysis.analyze_many``."""
from __future__ import annotations

from .bench import bench_throughput, run_bench
from .dask_runner import analyze_on_dask, dask_client, shards_on_dask, warm_workers, worker_memory_mb

__all__ = [
    "analyze_on_dask", "bench_throughput", "dask_client", "run_bench", "shards_on_dask",
    "warm_workers", "worker_memory_mb",
]
