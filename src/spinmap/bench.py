"""`make bench`: throughput, peak memory and per-stage cost on a sample-derived corpus.

Prints (and writes ``out/bench.json``):
- end-to-end ``analyze`` articles/s and peak RSS (single process);
- the bare parse time of the spaCy pipeline as spaCy ships it, and each extractor's time as a share of
  it (targets: attribution ≤ 50 %, techniques ≤ 30 %); also the shares of spinmap's own parse, which is
  faster (the attribute ruler's matches found through ``nlp.rule_index``);
- single-process vs 2-worker Dask throughput and the ratio to linear (target ≥ 0.8).

The corpus is built from the bundled ``samples/`` by shuffling paragraphs per copy with a fixed
seed, so every article has a distinct content id and realistic text.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from pathlib import Path

from .analysis import STAGES, analyze_many, one_blas_thread
from .config import Settings
from .ingest.readers import read_inputs
from .nlp.pipeline import load_pipeline, load_stock_pipeline
from .records import headline_end


def build_corpus(samples: Path, n: int, dest: Path, seed: int = 13) -> list[Path]:
    """Write ``n`` sample-derived .txt articles into ``dest`` (paragraphs shuffled per copy)."""
    rng = random.Random(seed)
    texts = []
    for result in read_inputs([str(samples)], Settings()):
        if result.article is not None:  # the body: the text after its headline paragraph
            a = result.article
            h = headline_end(a.text, a.title)
            texts.append((a.title, a.text[h + 2:] if h else a.text))
    if not texts:
        raise SystemExit(f"no readable sample articles in {samples}")
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        title, text = texts[i % len(texts)]
        paras = [p for p in text.split("\n\n") if p.strip()]
        rng.shuffle(paras)
        path = dest / f"bench-{i:04d}.txt"
        path.write_text(f"{title or 'Untitled report'} {i}\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_analyze(paths: list[Path], settings: Settings) -> dict:
    from .models.dse import load_model as load_direction_model

    nlp = load_pipeline(settings.spacy_model)
    list(analyze_many(read_inputs([str(paths[0])], settings), settings, nlp))  # warm models
    load_direction_model()  # loaded on the first article with a direction pair, which the first one may not have
    t0 = time.perf_counter()
    n = sum(1 for _ in analyze_many(read_inputs([str(p) for p in paths], settings), settings, nlp))
    elapsed = time.perf_counter() - t0
    return {"articles": n, "seconds": round(elapsed, 2), "articles_per_s": round(n / elapsed, 2),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def _timed_parse(nlp, texts: list[str], batch_size: int) -> tuple[list, float]:
    nlp(texts[0])  # warm
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    return docs, time.perf_counter() - t0


def bench_stages(paths: list[Path], settings: Settings) -> dict:
    """Bare parse times (spaCy's pipeline as shipped, then spinmap's), then each stage's time alone over
    the same parsed docs, as a share of both."""
    articles = [r.article for r in read_inputs([str(p) for p in paths], settings) if r.article is not None]
    texts = [a.text for a in articles]
    _, stock = _timed_parse(load_stock_pipeline(settings.spacy_model), texts, settings.batch_size)
    docs, parse = _timed_parse(load_pipeline(settings.spacy_model), texts, settings.batch_size)
    out = {"spacy_parse_seconds": round(stock, 3), "parse_seconds": round(parse, 3)}
    states = [{"doc": d, "author": a.outlet} for d, a in zip(docs, articles)]
    from .models.dse import load_model as load_direction_model

    load_direction_model()  # blame loads it on the first article with a direction pair: keep that out of the timing
    for stage in STAGES:
        stage.run(states[0])  # load any model outside the timing
        t0 = time.perf_counter()
        with one_blas_thread():  # as the runner does
            for state in states:
                state[stage.adds] = stage.run(state)
        took = time.perf_counter() - t0
        out[stage.name] = _shares(took, stock, parse)
    return out


def _shares(took: float, stock: float, parse: float) -> dict:
    """A stage's seconds as a share of spaCy's parse (what the targets name) and of spinmap's own."""
    return {"seconds": round(took, 3), "share_of_spacy_parse": round(took / stock, 3),
            "share_of_parse": round(took / parse, 3)}


def bench_si_tagger(paths: list[Path], settings: Settings, stock: float, parse: float) -> dict:
    """The techniques stage with the optional SI tagger on (off by default because of this cost).

    Run after ``bench_analyze``, so the tagger's memory does not count in the analyze peak RSS.
    """
    from .extract.techniques import detect, load_model

    nlp = load_pipeline(settings.spacy_model)
    articles = [r.article for r in read_inputs([str(p) for p in paths], settings) if r.article is not None]
    docs = list(nlp.pipe([a.text for a in articles], batch_size=settings.batch_size))
    model = load_model(si_tagger=True)
    detect(docs[0], model)
    t0 = time.perf_counter()
    with one_blas_thread():
        for doc in docs:
            detect(doc, model)
    took = time.perf_counter() - t0
    return _shares(took, stock, parse)


def bench_dask(paths: list[Path], workers: int = 2) -> dict:
    """Single process vs an N-worker local Dask cluster on the same corpus (spinmap.scale.bench)."""
    from .scale.bench import run_bench

    return run_bench([str(p) for p in paths], workers=workers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spinmap.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--samples", default="samples", type=Path)
    parser.add_argument("-n", "--articles", type=int, default=200)
    parser.add_argument("--workdir", default="out/bench-corpus", type=Path)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args(argv)
    settings = Settings()
    paths = build_corpus(args.samples, args.articles, args.workdir)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    report = {"corpus": {"articles": len(paths), "words": words}}
    report["stages"] = bench_stages(paths, settings)
    report["analyze"] = bench_analyze(paths, settings)
    st = report["stages"]
    st["techniques_si_tagger"] = bench_si_tagger(paths, settings, st["spacy_parse_seconds"], st["parse_seconds"])
    if not args.no_dask:
        report["dask"] = bench_dask(paths)
    Path("out").mkdir(exist_ok=True)
    Path("out/bench.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    json.dump(report, sys.stdout, indent=2)
    print()
    a = report["analyze"]
    print(f"analyze: {a['articles_per_s']} articles/s, peak RSS {a['peak_rss_mb']} MB "
          f"(targets: >= 10 articles/s, <= 1024 MB per worker)")
    st = report["stages"]
    print(f"bare parse: spaCy's pipeline as shipped {st['spacy_parse_seconds']} s, spinmap's {st['parse_seconds']} s")
    for name in ("attribution", "techniques", "techniques_si_tagger", "blame", "actors"):
        s = st.get(name)
        if s:
            print(f"{name}: +{s['share_of_spacy_parse'] * 100:.0f}% of the spaCy parse time "
                  f"(+{s['share_of_parse'] * 100:.0f}% of spinmap's)")
    if "dask" in report:
        d = report["dask"]
        print(f"dask: 1 process {d['single_process_articles_per_s']}/s, 1 worker {d['dask_1_worker_articles_per_s']}/s, "
              f"2 workers {d['dask_2_workers_articles_per_s']}/s; 1->2 workers {d['ratio_to_linear']} x linear "
              f"(target >= 0.8), vs one plain process {d['ratio_to_linear_vs_single_process']}; "
              f"CPU efficiency {d['cpu_efficiency']} (cores used {d['cores_used_single']} vs {d['cores_used_dask_2']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
