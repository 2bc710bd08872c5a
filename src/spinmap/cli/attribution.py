"""CLI commands for attribution (registered on the groups in spinmap.cli)."""
from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Optional

import click

from . import EXIT_OK, EXIT_SOME_FAILED, evaluate, predict, say, train

log = logging.getLogger(__name__)
_DIR = click.Path(exists=True, file_okay=False, path_type=Path)


def _predict_docs(names, docs):
    """(name, [Attribution]) per parsed doc; a failing article gets no attributions and a warning."""
    from ..eval.polnear import Attribution
    from ..analysis import one_blas_thread
    from ..extract.attribution import find_attributions

    failed = 0
    for name, doc in zip(names, docs):
        try:
            if isinstance(doc, Exception):  # spaCy could not parse it: see parse_each
                raise doc
            with one_blas_thread():
                found = find_attributions(doc, orphans=False)
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the benchmark
            say(f"warning {name}: attribution failed ({type(exc).__name__}: {exc})", err=True, one_line=True)
            found, failed = [], failed + 1
        yield name, [Attribution(content=f.content, source=f.source, cue=f.cue) for f in found], failed


@predict.command("polnear")
@click.argument("text_dir", type=_DIR)
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Texts per spaCy batch.")
def predict_polnear(text_dir: Path, batch_size: int) -> int:
    """Print one JSON line per .txt in TEXT_DIR: {"doc", "attributions": [{source, cue, content}]}.

    Offsets index the raw file text exactly as read (no cleaning), as in the PolNeAR gold. The
    extraction is the one `analyze` runs, minus cue-less follow-on quotes (PolNeAR has none).
    """
    from ..eval.polnear import iter_texts
    from ..ingest.decode import blank_bom
    from ..nlp.pipeline import load_pipeline, parse_each
    from ..train.attribution import on_text, parseable

    nlp = load_pipeline()
    pairs = [(name, blank_bom(text)) for name, text in iter_texts(text_dir)]
    names = [n for n, _ in pairs]
    failed = 0
    docs = on_text(parse_each(nlp, list(parseable(nlp, pairs)), batch_size), pairs)
    for name, attrs, failed in _predict_docs(names, docs):
        sys.stdout.write(json.dumps({"doc": name, "attributions": [a.to_json() for a in attrs]}) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _textacy_quotes(doc, raised: list) -> list:
    """textacy direct_quotations on our parse, as Attributions; an article it raises on counts as
    nothing found and is noted in ``raised``."""
    from textacy.extract.triples import direct_quotations

    from ..eval.polnear import Attribution

    out = []
    try:
        for dq in direct_quotations(doc):
            sp = lambda toks: (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None  # noqa: E731
            content = sp(dq.content) if hasattr(dq.content, "__getitem__") else (dq.content.start_char, dq.content.end_char)
            out.append(Attribution(content=content, source=sp(dq.speaker), cue=sp(dq.cue)))
    except Exception:  # noqa: BLE001 - textacy raises on unbalanced quotes; count as nothing found
        raised.append(doc)
        return out
    return out


@evaluate.command("polnear")
@click.argument("text_dir", type=_DIR)
@click.argument("ann_dir", type=_DIR)
@click.option("--peer", type=click.Choice(["none", "textacy"]), default="none", show_default=True,
              help="Also score textacy direct_quotations on the same parse.")
@click.option("--cache", type=click.Path(path_type=Path), default=None,
              help="DocBin file to cache the parse in (e.g. /tmp/attr/dev.spacy).")
@click.option("--threshold", type=float, default=None,
              help="Override the decision threshold (the second stage's when shipped, else the cue model's).")
@click.option("--tagger/--no-tagger", "use_tagger", default=None,
              help="Mix in the MiniLM span tagger (default: the attribution_tagger setting, off).")
def eval_polnear(text_dir: Path, ann_dir: Path, peer: str, cache: Optional[Path], threshold: Optional[float],
                 use_tagger: Optional[bool]) -> int:
    """Score attributions on PolNeAR: exact/overlap P/R/F1 for source, cue, content, overall and per outlet."""
    from ..eval.polnear import Attribution, chance_line, format_report, load_gold, score
    from ..analysis import one_blas_thread
    from ..extract.attribution import find_attributions, tagger_probs
    from ..nlp.pipeline import load_pipeline
    from ..train.attribution import parsed_corpus

    nlp = load_pipeline()
    gold = load_gold(ann_dir)
    t0 = time.perf_counter()
    cached = cache is not None and cache.exists()
    docs = parsed_corpus(text_dir, nlp, cache)
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    with one_blas_thread():  # as the analysis runner does
        pred = {
            n: [Attribution(content=f.content, source=f.source, cue=f.cue)
                for f in find_attributions(d, threshold, orphans=False, tagger=tagger_probs(d, use_tagger))]
            for n, d in docs.items()
        }
    t_ours = time.perf_counter() - t0
    click.echo(format_report(score(pred, gold), "spinmap"))
    click.echo(chance_line(pred, gold))
    share = ("parse loaded from cache: rerun without --cache for the share of parse time" if cached
             else f"{100 * t_ours / t_parse:.0f}% of parse")
    click.echo(f"time: parse {t_parse:.1f}s, spinmap attribution {t_ours:.1f}s ({share}) over {len(docs)} articles")
    if peer == "textacy":
        try:
            import textacy  # noqa: F401
        except ImportError as exc:
            from ..errors import SpinmapError

            raise SpinmapError("SM104", package="textacy", extra="dev") from exc
        t0 = time.perf_counter()
        raised: list = []
        peer_pred = {n: _textacy_quotes(d, raised) for n, d in docs.items()}
        t_peer = time.perf_counter() - t0
        click.echo(format_report(score(peer_pred, gold), "textacy direct_quotations (same parse)"))
        click.echo(f"time: textacy {t_peer:.1f}s vs spinmap {t_ours:.1f}s; textacy raised on {len(raised)} articles")
    return EXIT_OK


@train.command("attribution")
@click.argument("text_dir", type=_DIR)
@click.argument("ann_dir", type=_DIR)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Default: the shipped model file.")
@click.option("--cache", type=click.Path(path_type=Path), default=None, help="DocBin parse cache file.")
@click.option("--c", "c_reg", type=float, default=1.0, show_default=True, help="Inverse L1 regularisation strength.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the held-out slice of train.")
@click.option("--context/--no-context", default=True, show_default=True,
              help="Also fit the context net over the parse's token vectors that the cue model reads.")
@click.option("--slice-model", type=click.Path(path_type=Path), default=None,
              help="Also write the pipeline fit without the held-out slice (for tuning the span tagger on it).")
def train_attribution(text_dir: Path, ann_dir: Path, out: Optional[Path], cache: Optional[Path], c_reg: float,
                      seed: int, context: bool, slice_model: Optional[Path]) -> int:
    """Retrain the cue model from PolNeAR train (TEXT_DIR, ANN_DIR)."""
    from ..extract.attribution import MODEL_PATH
    from ..nlp.pipeline import load_pipeline
    from ..train.attribution import train_cue_model

    figures = train_cue_model(text_dir, ann_dir, load_pipeline(), out or MODEL_PATH, cache=cache, c=c_reg,
                              seed=seed, context=context, slice_model=slice_model)
    click.echo(json.dumps(figures))
    return EXIT_OK
