"""CLI commands for blame: `blames`, `predict dse`, `eval dse`, `eval framing`, `eval swap`, `eval blames`, `train dse`."""
from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import click

from . import (EXIT_OK, EXIT_SOME_FAILED, TRAIN_EXTRA, evaluate, hint_if_waiting_on_terminal, main, predict,
               require_extra, say, train)


@predict.command(name="dse")
@click.argument("file", type=click.Path(dir_okay=False))
def predict_dse(file: str) -> int:
    """Print one direction label 0-4 per line of FILE, in order.

    FILE lines: sentence<TAB>entity1<TAB>entity2[<TAB>label], entities bracketed [..] in the
    sentence. Labels: 0 none, 1 e1 positive toward e2, 2 e2 positive toward e1,
    3 e1 negative toward e2, 4 e2 negative toward e1. A line that cannot be read gets 0.
    """
    from ..config import default_settings
    from ..models.dse import predict_items, read_dse
    from ..nlp.pipeline import load_pipeline

    items = read_dse(file, cmd="predict dse", allow_empty=True)
    nlp = load_pipeline(default_settings().spacy_model)
    for label in predict_items(items, nlp):
        click.echo(str(label))
    return EXIT_OK


@evaluate.command(name="dse")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_dse(file: str, as_json: bool) -> int:
    """Score the shipped direction model on a labelled DSE FILE.

    Prints macro-F1 (mean F1 over labels 0-4 present in gold or predictions) and f1_34:
    micro-F1 over labels 3 and 4 together (a hit needs gold in {3,4} and the same predicted
    label; precision over predictions in {3,4}, recall over gold in {3,4}).
    """
    from ..config import default_settings
    from ..errors import SpinmapError
    from ..eval.dse import format_report, score
    from ..models.dse import predict_items, read_dse
    from ..nlp.pipeline import load_pipeline

    lines = read_dse(file)
    items = [it for it in lines if it.label is not None]
    if not items:
        raise SpinmapError("SM501", path=file, detail="no labelled lines (4th column 0-4)", cmd="eval dse")
    if len(items) < len(lines):  # they were left out of n without a word
        unlabelled = SpinmapError("SM502", count=len(lines) - len(items), path=file, what="scores",
                                  detail=f"no 0-4 label in the last column; {len(items)} of {len(lines)} lines scored")
        click.echo(f"warning {unlabelled}", err=True)
    nlp = load_pipeline(default_settings().spacy_model)
    result = score([it.label for it in items], predict_items(items, nlp))
    click.echo(json.dumps(result) if as_json else format_report(result))
    return EXIT_SOME_FAILED if len(items) < len(lines) else EXIT_OK


@evaluate.command(name="framing")
@click.argument("docs_dir", type=click.Path(file_okay=False))
@click.argument("annotations", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_framing(docs_dir: str, annotations: str, as_json: bool) -> int:
    """Score blames against SemEval-2025 Task 10 entity framing (DOCS_DIR + subtask-1 ANNOTATIONS).

    Per main role and Antagonist fine role: entities, share accused, share accuser; antagonist_recall
    (Antagonist entities accused at least once) and accused_role_precision (accused annotated entities
    that are Antagonist). Matching rule: see spinmap.eval.framing. A bad line or document: SM502, exit 1.
    """
    from ..errors import SpinmapError
    from ..eval.framing import evaluate, format_report, read_annotations

    if not Path(docs_dir).is_dir() or not Path(annotations).is_file():
        raise SpinmapError("SM501", path=f"{docs_dir} {annotations}", detail="need a documents directory and "
                           "an annotations file", cmd="eval framing")
    by_file, bad_lines = read_annotations(Path(annotations))
    if not by_file:
        raise SpinmapError("SM501", path=annotations, detail="no annotation lines", cmd="eval framing")
    if bad_lines:
        click.echo(f"warning {SpinmapError('SM502', count=len(bad_lines), path=annotations, what='scores', detail='; '.join(bad_lines[:3]))}",
                   err=True)
    failed = []

    def warn(name: str, why: str, count: int = 1) -> None:
        """A document (or ``count`` of its annotation lines) left out: SM502, and the exit code says so."""
        failed.append(name)
        click.echo(f"warning {SpinmapError('SM502', count=count, path=str(Path(docs_dir) / name), what='scores', detail=why)}",
                   err=True)

    result, _ = evaluate(Path(docs_dir), Path(annotations), warn=warn)
    click.echo(json.dumps(result) if as_json else format_report(result))
    return EXIT_SOME_FAILED if failed or bad_lines else EXIT_OK


@evaluate.command(name="swap")
@click.argument("paths", nargs=-1, required=True)
@click.option("--pairs", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Swap table (name<TAB>partner[<TAB>crosses gender] lines); default: the shipped swap_pairs.tsv.")
@click.option("--show", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many uneven sentences to print with their blames.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures and every uneven sentence as JSON.")
def eval_swap(paths: tuple[str, ...], pairs: str | None, show: int, as_json: bool) -> int:
    """Even-handedness on real text: swap paired names (Russia/Ukraine, Moscow/Kyiv …) in every sentence of
    PATHS that names one, analyse both versions, and print the share of sentences with blames whose accuser,
    accused, voice and negation stay the same once the names are swapped back. A sentence where a gender-crossing
    pair meets a he/she/his/her is no mirror and is counted apart (not_mirrored). Unreadable inputs: exit 1.
    """
    from ..config import default_settings
    from ..errors import SpinmapError
    from ..eval.swap import compare, format_report, gender_crossing, read_pairs, score, sentences_naming
    from ..ingest.readers import read_inputs
    from ..nlp.pipeline import load_pipeline

    settings = default_settings()
    table = read_pairs(Path(pairs) if pairs else None)
    crossing = gender_crossing(Path(pairs) if pairs else None)
    texts, failed = [], 0
    for result in read_inputs(list(paths), settings):
        if result.article is None:
            failed += 1
            click.echo(f"failed {result.source}: {', '.join(e.code for e in result.errors)}", err=True)
        else:
            texts.append(result.article.text)
    if not texts:
        raise SpinmapError("SM501", path=" ".join(paths), detail="no readable article", cmd="eval swap")
    nlp = load_pipeline(settings.spacy_model)
    result = score(compare(sentences_naming(texts, table, nlp), table, settings, crossing))
    click.echo(json.dumps(result) if as_json else format_report(result, show))
    return EXIT_SOME_FAILED if failed else EXIT_OK


@evaluate.command(name="blames")
@click.argument("docs_dir", type=click.Path(file_okay=False, exists=True))
@click.argument("judgements", type=click.Path(dir_okay=False))
@click.option("--show", type=click.IntRange(min=0), default=20, show_default=True,
              help="How many unjudged blames to print with their evidence.")
@click.option("--append", is_flag=True, help="Add every unjudged blame to JUDGEMENTS with verdict '?'.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def eval_blames(docs_dir: str, judgements: str, show: int, append: bool, as_json: bool) -> int:
    """Blame precision on real news from a person's judgements: analyse every .txt file in DOCS_DIR and count the
    blames judged right (R), partly right (P) and wrong (W) in JUDGEMENTS (article content id, evidence start,
    record key, verdict, class; no article text). Prints strict and lenient precision, judged blames no longer reported, and
    the blames still to judge. See spinmap.eval.judged_blames.
    """
    from ..errors import SpinmapError
    from ..eval.framing import analyse_documents
    from ..eval.judged_blames import format_report, judge, judgement_line, read_judgements, record_key

    path = Path(judgements)
    known = read_judgements(path) if path.exists() else {}
    names = sorted(p.name for p in Path(docs_dir).glob("*.txt"))
    if not names:
        raise SpinmapError("SM501", path=docs_dir, detail="no .txt files", cmd="eval blames")
    failed = []

    def warn(name: str, why: str, count: int = 1) -> None:
        failed.append(name)
        click.echo(f"warning {SpinmapError('SM502', count=count, path=str(Path(docs_dir) / name), what='scores', detail=why)}",
                   err=True)

    result = judge(analyse_documents(Path(docs_dir), names, warn=warn), known)
    if append and result["unjudged"]:
        new = [judgement_line(analysis, b) for _, analysis, b in result["unjudged"] if record_key(analysis, b) not in known]
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(line + "\n" for line in new))
        click.echo(f"appended {len(new)} unjudged blames to {path}", err=True)
    if as_json:
        figures = {k: v for k, v in result.items() if k != "unjudged"} | {"unjudged": len(result["unjudged"])}
        click.echo(json.dumps(figures))
    else:
        click.echo(format_report(result, show))
    return EXIT_SOME_FAILED if failed else EXIT_OK


@train.command(name="dse")
@click.argument("train_file", type=click.Path(dir_okay=False, exists=True))
@click.option("--valid", "valid_file", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Labelled file to score after training (never fitted on).")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write weights.npz (default: the shipped model's path).")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Cache spaCy parses here between runs (outside the repo).")
@click.option("--c", "cs", type=float, multiple=True,
              help="Inverse regularisation strength(s) to try (repeatable; default 0.1 0.3 1 3).")
@click.option("--class-weight", "class_weight", type=click.Choice(["none", "balanced", "both"]), default="both",
              show_default=True, help="Class weighting(s) to try.")
@click.option("--finetune-epochs", type=int, default=0, show_default=True,
              help="Fine-tune MiniLM for this many epochs of schedule and mix it in (0: sparse model only; "
                   "needs the `train` extra).")
@click.option("--stop-after", type=int, default=None, help="Stop fine-tuning after this many epochs.")
@click.option("--lr", type=float, default=5e-5, show_default=True, help="Fine-tuning peak learning rate.")
@click.option("--mirror/--no-mirror", default=False, show_default=True,
              help="Fine-tune also on every directed line with its entities swapped (labels 1<->2, 3<->4).")
@click.option("--onnx-out", type=click.Path(dir_okay=False), default=None,
              help="Where to write the int8 ONNX classifier (default: the shipped model's path).")
@click.option("--from-checkpoint", "checkpoint", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Skip fine-tuning: export this split-trained checkpoint (`python -m spinmap.train.dse_finetune`).")
@click.option("--refit-checkpoint", "refit_checkpoint", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Ship this checkpoint of the same recipe trained on all of train "
                   "(`python -m spinmap.train.dse_finetune --full`); the mix is still picked with --from-checkpoint.")
def train_dse_cmd(train_file: str, valid_file: str | None, out: str | None, cache_dir: str | None,
                  cs: tuple[float, ...], class_weight: str, finetune_epochs: int, stop_after: int | None,
                  lr: float, mirror: bool, onnx_out: str | None, checkpoint: str | None,
                  refit_checkpoint: str | None) -> int:
    """Retrain the DSE direction model from TRAIN_FILE (C chosen on a 90/10 split of it)."""
    from ..config import default_settings
    from ..eval.dse import format_report
    from ..models.dse import WEIGHTS
    from ..models.dse.encoder import ONNX
    from ..nlp.pipeline import load_pipeline
    from ..train.dse import DEFAULT_CS, train_dse

    if refit_checkpoint and not (checkpoint or finetune_epochs):
        raise click.UsageError("--refit-checkpoint needs --from-checkpoint or --finetune-epochs to pick the mix")
    if finetune_epochs or checkpoint or refit_checkpoint:  # fine-tuning and the ONNX export need torch & co
        require_extra("train", TRAIN_EXTRA)
    nlp = load_pipeline(default_settings().spacy_model)
    summary = train_dse(Path(train_file), Path(valid_file) if valid_file else None, nlp,
                        out=Path(out) if out else WEIGHTS, cache_dir=Path(cache_dir) if cache_dir else None,
                        cs=cs or DEFAULT_CS,
                        class_weights={"none": (None,), "balanced": ("balanced",), "both": (None, "balanced")}[class_weight],
                        log=lambda m: click.echo(m, err=True), finetune_epochs=finetune_epochs,
                        stop_after=stop_after, lr=lr, onnx_out=Path(onnx_out) if onnx_out else ONNX,
                        checkpoint=Path(checkpoint) if checkpoint else None, mirror=mirror,
                        refit_checkpoint=Path(refit_checkpoint) if refit_checkpoint else None)
    click.echo(f"selected C={summary['C']} class_weight={summary['class_weight']} "
               f"split_f1_34={summary['split_f1_34']:.4f} ({summary['seconds']:.0f}s)")
    if "valid" in summary:
        click.echo("valid: " + format_report(summary["valid"]))
    return EXIT_OK


@train.command(name="blame-trust")
@click.option("--judged", "judged", type=(click.Path(file_okay=False, exists=True), click.Path(dir_okay=False, exists=True)),
              multiple=True, required=True, metavar="DOCS_DIR JUDGEMENTS",
              help="A folder of articles and its judgements file (`spinmap eval blames`); repeat for each set (two or more).")
@click.option("--held-out", "held_out", type=(click.Path(file_okay=False, exists=True), click.Path(dir_okay=False, exists=True)),
              multiple=True, metavar="DOCS_DIR JUDGEMENTS", help="A judged set only scored with the final model, never fitted.")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write trust.json (default: the shipped model's path).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def train_blame_trust_cmd(judged: tuple[tuple[str, str], ...], held_out: tuple[tuple[str, str], ...],
                          out: str | None, as_json: bool) -> int:
    """Refit the blame trust model (the confidence of every blame) on judged sets; C by leave-one-set-out AUC."""
    from ..config import default_settings
    from ..extract.blame.trust import MODEL_PATH
    from ..nlp.pipeline import load_pipeline
    from ..train.blame_trust import JudgedSet, train_blame_trust

    if len(judged) < 2:
        raise click.UsageError("give at least two --judged sets (C is chosen by leaving one set out)")
    sets = [JudgedSet(Path(j).stem, Path(d), Path(j)) for d, j in judged]
    held = [JudgedSet(Path(j).stem, Path(d), Path(j)) for d, j in held_out]
    nlp = load_pipeline(default_settings().spacy_model)
    summary = train_blame_trust(sets, held, nlp, out=Path(out) if out else MODEL_PATH,
                                log=lambda m: click.echo(m, err=True))
    if as_json:
        click.echo(json.dumps(summary))
        return EXIT_OK
    click.echo(f"C={summary['C']}: leave-one-set-out AUC {summary['loso_auc']:.4f} "
               f"(rule confidences {summary['rule_auc']:.4f}) over {sum(summary['fitted'].values())} records")
    for name, figures in summary["held_out"].items():
        aucs = [f"{figures[k]['auc']:.4f}" if figures[k]["auc"] is not None else "n/a" for k in ("model", "rule")]
        click.echo(f"held out {name}: AUC {aucs[0]} (rule confidences {aucs[1]}) over {figures['model']['records']} records")
    return EXIT_OK


def blame_rows(analysis, min_confidence: float = 0.0) -> list[str]:
    """Readable lines for one analysis: accuser → accused: charge [voice] (confidence), then the evidence."""
    width = 100
    rows = []
    for b in analysis.blames:
        if b.confidence < min_confidence:
            continue
        flags = "".join([" NOT" if b.negated else "", " (hedged)" if b.hedged else ""])
        rows.append(f"  {b.source.name} → {b.target.name}: {b.charge} [{b.voice}]{flags} ({b.confidence:.2f})")
        ev = " ".join(b.evidence.text.split())
        rows.append(textwrap.indent(textwrap.fill(ev, width - 6), "      │ "))
    return rows


@main.command(name="blames")
@click.argument("paths", nargs=-1, required=True)
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Show only accusations at least this sure (the share of such records people judged usable; "
                   "see models/blame_trust/MODEL_CARD.md).")
def blames_cmd(paths: tuple[str, ...], min_confidence: float) -> int:
    """Print who blames whom in each article: accuser → accused: charge [voice] (confidence), with evidence."""
    from ..analysis import analyze_many
    from ..config import default_settings
    from ..ingest.readers import read_inputs

    settings = default_settings()
    failed = 0
    hint_if_waiting_on_terminal(paths)
    for analysis in analyze_many(read_inputs(list(paths), settings), settings):
        title = analysis.title or analysis.source
        shown = sum(b.confidence >= min_confidence for b in analysis.blames)
        count = f"{shown} of {len(analysis.blames)}" if shown < len(analysis.blames) else f"{shown}"
        say(f"== {title}  ({count} accusations)", one_line=True)
        for line in blame_rows(analysis, min_confidence):
            say(line)
        for e in analysis.errors:
            say(f"  {e.severity} {e.code}: {e.message}", err=True, one_line=True)
        failed += analysis.failed
        click.echo("")
    return EXIT_SOME_FAILED if failed else EXIT_OK
