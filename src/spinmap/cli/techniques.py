"""CLI commands for techniques: `predict ptc`, `eval ptc`, `train techniques`."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Iterator, Optional

import click

from . import EXIT_OK, EXIT_SOME_FAILED, TRAIN_EXTRA, evaluate, predict, require_extra, say, train

_PATH = click.Path(exists=True, path_type=Path)
_MODEL_OPT = click.option("--model", "model_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                          help="Model directory (default: the shipped models/techniques).")


_TAGGER_OPT = click.option("--si-tagger/--no-si-tagger", "si_tagger", default=None,
                           help="Mix the fine-tuned MiniLM tagger into SI (default: the techniques_si_tagger setting).")


def _model(model_dir: Optional[Path], si_tagger: Optional[bool] = None):
    from ..extract.techniques import MODEL_DIR, load_model, shipped_model

    if model_dir is None and si_tagger is None:
        return shipped_model()
    return load_model(model_dir or MODEL_DIR, si_tagger)


def _parse(texts: dict[str, str], ids: list[str], batch_size: int) -> Iterator[tuple[str, object]]:
    """(id, Doc or None) per article, in order; an article spaCy chokes on yields None."""
    from ..ingest.decode import blank_bom
    from ..nlp.pipeline import load_pipeline, parse_each

    for aid, doc in zip(ids, parse_each(load_pipeline(), [blank_bom(texts[i]) for i in ids], batch_size)):
        if isinstance(doc, Exception):
            say(f"warning {aid}: parse failed ({type(doc).__name__}: {doc})", err=True, one_line=True)
            doc = None
        yield aid, doc


def predict_rows(texts: dict[str, str], model, batch_size: int = 16) -> tuple[list, int]:
    """SI+FLC predictions for every article: (rows, number of articles that failed)."""
    from ..extract.techniques import detect

    rows, failed = [], 0
    for aid, doc in _parse(texts, sorted(texts), batch_size):
        try:
            found = detect(doc, model) if doc is not None else []
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the benchmark
            say(f"warning {aid}: technique detection failed ({type(exc).__name__}: {exc})", err=True, one_line=True)
            found, failed = [], failed + 1
        failed += doc is None
        rows.extend((aid, t.label, t.span[0], t.span[1]) for t in found)
    return rows, failed


def label_template(texts: dict[str, str], template: list, model, batch_size: int = 16) -> tuple[list, int]:
    """TC: fill the label of each template row; a span listed k times gets its k-th likeliest label."""
    import numpy as np

    from ..extract.techniques import label_spans

    wanted = sorted({r[0] for r in template if r[0] in texts})
    probs: dict[tuple, object] = {}
    failed = 0
    for aid, doc in _parse(texts, wanted, batch_size):
        spans = sorted({(s, e) for a, _, s, e in template if a == aid})
        try:
            for span, p in zip(spans, label_spans(doc, spans, model)):
                probs[(aid, *span)] = p
        except Exception as exc:  # noqa: BLE001
            say(f"warning {aid}: labelling failed ({type(exc).__name__}: {exc})", err=True, one_line=True)
            failed += 1
    missing = sorted({r[0] for r in template} - set(texts))
    for aid in missing:
        say(f"warning {aid}: article file not found; its spans get the majority label", err=True, one_line=True)
    prior = np.exp(model.tc.intercept - model.tc.intercept.max())
    seen: dict[tuple, int] = {}
    rows = []
    for aid, _, s, e in template:
        k = seen.get((aid, s, e), 0)
        seen[(aid, s, e)] = k + 1
        p = probs.get((aid, s, e), prior)
        order = np.argsort(-p)
        rows.append((aid, model.labels[int(order[min(k, len(order) - 1)])], s, e))
    return rows, failed + len(missing)


@predict.command("ptc")
@click.argument("articles_dir", type=_PATH)
@click.option("--spans", "template", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="TC: label these spans (lines `id<TAB>?<TAB>start<TAB>end` or `id<TAB>start<TAB>end`).")
@click.option("--task", type=click.Choice(["flc", "si"]), default="flc", show_default=True,
              help="Without --spans: print labelled spans (flc) or `id<TAB>start<TAB>end` (si).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Texts per spaCy batch.")
@_MODEL_OPT
@_TAGGER_OPT
def predict_ptc(articles_dir: Path, template: Optional[Path], task: str, batch_size: int,
                model_dir: Optional[Path], si_tagger: Optional[bool]) -> int:
    """Print `article_id<TAB>technique<TAB>start<TAB>end` for each article<ID>.txt in ARTICLES_DIR.

    Offsets index the raw article file as read (UTF-8, newlines untranslated).
    """
    from ..eval.ptc import format_row, read_articles

    texts = read_articles(articles_dir)
    model = _model(model_dir, si_tagger)
    if template is not None:
        spans, bad = _label_rows(template, "labelled spans")
        rows, failed = label_template(texts, spans, model, batch_size)
        failed += len(bad)
    else:
        rows, failed = predict_rows(texts, model, batch_size)
    out = sys.stdout
    for row in rows:
        out.write((f"{row[0]}\t{row[2]}\t{row[3]}" if task == "si" and template is None else format_row(row)) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _label_rows(path: Path, what: str):
    """A PTC labels file's rows; its malformed lines are reported (SM502) and counted, never dropped silently."""
    from ..eval.ptc import bad_lines_error, read_label_file

    rows, bad = read_label_file(path)
    if bad:
        say(f"warning {bad_lines_error(path, bad, what)}", err=True)
    return rows, bad


@evaluate.command("ptc")
@click.argument("articles_dir", type=_PATH)
@click.argument("labels_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--pred", "pred_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this predictions file instead of running the model.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Texts per spaCy batch.")
@_MODEL_OPT
@_TAGGER_OPT
def eval_ptc(articles_dir: Path, labels_file: Path, pred_file: Optional[Path], batch_size: int,
             model_dir: Optional[Path], si_tagger: Optional[bool]) -> int:
    """Print SI and FLC precision/recall/F1 (SemEval-2020 Task 11 measure), and TC micro-F1 on the gold spans.

    LABELS_FILE is `id<TAB>technique<TAB>start<TAB>end` (SI-only files `id<TAB>start<TAB>end` give SI only).
    """
    from ..eval.ptc import read_articles, score_flc, score_si, score_tc

    gold, bad = _label_rows(labels_file, "scores (gold)")
    # every article in the directory counts: one without gold spans makes its predictions false positives
    texts = read_articles(articles_dir)
    failed = len(bad)
    absent = sorted({a for a, _, _, _ in gold if a not in texts})
    if absent:  # their spans count as missed: most often the labels belong to another directory
        say(f"warning: {len(absent)} article id(s) in {labels_file} have no article<ID>.txt in {articles_dir} "
            f"(e.g. {', '.join(absent[:3])}); their gold spans count as missed", err=True)
    t0 = time.perf_counter()
    if pred_file is not None:
        pred, bad = _label_rows(pred_file, "scores (predictions)")
        failed += len(bad)
    else:
        model = _model(model_dir, si_tagger)
        pred, failed = predict_rows(texts, model, batch_size)
    click.echo(f"articles\t{len(texts)}\tseconds\t{time.perf_counter() - t0:.1f}")
    click.echo(score_si(pred, gold).line("SI"))
    labelled = all(r[1] is not None for r in gold)
    if labelled:
        click.echo(score_flc(pred, gold).line("FLC"))
        if pred_file is None:
            tc, more = label_template(texts, gold, model, batch_size)
            failed += more
            click.echo(score_tc(tc, gold).line("TC"))
        elif sorted((a, s, e) for a, _, s, e in pred) == sorted((a, s, e) for a, _, s, e in gold):
            click.echo(score_tc(pred, gold).line("TC"))  # a labelled TC template
    return EXIT_SOME_FAILED if failed else EXIT_OK


@train.command("techniques")
@click.argument("ptc_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: the package's models/techniques).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("/tmp/tech"),
              show_default=True, help="Parse cache and scratch models (never inside the repo).")
@click.option("--holdout", default=0.2, show_default=True, help="Share of articles held out for the report.")
@click.option("--tune", default=0.15, show_default=True, help="Share of articles used to pick the span thresholds.")
@click.option("--max-iter", default=100, show_default=True, help="CRF L-BFGS iterations.")
@click.option("--C", "C", default=0.5, show_default=True, help="Inverse L2 strength of the span classifier.")
@click.option("--encoder/--no-encoder", default=True, show_default=True,
              help="Add the frozen MiniLM span embedding (models/techniques/minilm_int8.onnx) to the span classifier.")
@click.option("--window", default=4, show_default=True, help="Context tokens each side of a span for the encoder.")
@click.option("--gate-tokvec/--no-gate-tokvec", default=True, show_default=True,
              help="The encoder gate's sparse classifier also reads the span's tok2vec vectors (mean, max).")
@click.option("--sentence-prior/--no-sentence-prior", default=False, show_default=True,
              help="Feed a sentence-level propaganda prior to the CRF (measured: no gain on tune).")
@click.option("--refit/--no-refit", default=True, show_default=True,
              help="After reporting, retrain on all articles and write the model.")
@click.option("--si-tagger/--no-si-tagger", "si_tagger", default=False, show_default=True,
              help="Also fine-tune the MiniLM SI tagger: choose on fit/tune, ship the refit on fit+tune "
                   "(needs the `train` extra; ~1 h on 2 cores).")
@click.option("--tagger-epochs", default=3, show_default=True, help="Fine-tuning epochs of the SI tagger.")
@click.option("--tagger-lr", default=1e-4, show_default=True, help="Peak learning rate of the SI tagger.")
def train_techniques(ptc_dir: Path, out_dir: Optional[Path], cache_dir: Path, holdout: float, tune: float,
                     max_iter: int, C: float, encoder: bool, window: int, gate_tokvec: bool, sentence_prior: bool,
                     refit: bool, si_tagger: bool, tagger_epochs: int, tagger_lr: float) -> int:
    """Train the technique models on PTC_DIR (train-articles/ + train-task-flc-tc.labels)."""
    from ..extract.techniques import MODEL_DIR
    from ..train.techniques import train as run_train

    if si_tagger:  # checked first: the tagger is fine-tuned after the whole CRF fit
        require_extra("train", TRAIN_EXTRA)

    run_train(ptc_dir, out_dir or MODEL_DIR, cache_dir, holdout=holdout, tune=tune, max_iter=max_iter, C=C,
              sentence_prior=sentence_prior, refit=refit, echo=lambda s: click.echo(s, err=False),
              encoder=encoder, window=window, si_tagger=si_tagger, tagger_epochs=tagger_epochs,
              tagger_lr=tagger_lr, gate_tokvec=gate_tokvec)
    return EXIT_OK
