"""`spinmap analyze`: articles in, `spinmap.article/1` JSON out."""
from __future__ import annotations

import sys
from collections import Counter

import click
from tqdm import tqdm

from ..analysis import analyze_many
from ..config import default_settings
from ..ingest.readers import read_inputs
from ..records import ArticleAnalysis
from . import (EXIT_OK, EXIT_SOME_FAILED, hint_if_waiting_on_terminal, json_printable, main, output_error, printable,
               say)


def progress(iterable, desc: str):
    """A progress bar on stderr, silent when stderr is not a terminal."""
    return tqdm(iterable, desc=desc, unit="article", file=sys.stderr, disable=not sys.stderr.isatty())


def summarise(analysis: ArticleAnalysis) -> str:
    """A few human lines about one analysis."""
    title = analysis.title or analysis.source
    top = Counter()
    for a in analysis.actors:
        top[a.name] = len(a.mentions)
    actors = ", ".join(f"{n} ({c})" for n, c in top.most_common(6)) or "-"
    lines = [
        f"== {printable(title, one_line=True)}",
        f"   {len(analysis.text)} chars, {len(analysis.removed)} chrome lines removed, "
        f"{len(analysis.actors)} actors, {len(analysis.quotes)} quotes, "
        f"{len(analysis.blames)} blames, {len(analysis.techniques)} technique spans",
        f"   top actors: {actors}",
    ]
    for b in analysis.blames[:5]:
        flags = "".join([" NOT" if b.negated else "", " (hedged)" if b.hedged else ""])  # as `spinmap blames`
        lines.append(f"   blame: {b.source.name} -> {b.target.name}: {b.charge} [{b.voice}]{flags}")
    for e in analysis.errors:
        lines.append(f"   {e.severity} {e.code}: {printable(e.message, one_line=True)}")
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one analysis per line; json: one JSON array.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Output file (default stdout).")
@click.option("--summary", is_flag=True, help="Also print a short human summary to stderr.")
def analyze(paths: tuple[str, ...], fmt: str, output: str, summary: bool) -> int:
    """Analyse files, directories (recursively), '-' (stdin) or http(s) URLs.

    Writes one `spinmap.article/1` object per article. Exits 1 if any article failed;
    failures are still written, with their error codes.
    """
    settings = default_settings()
    failed: list[ArticleAnalysis] = []
    try:
        out = click.open_file(output, "w", encoding="utf-8")
    except OSError as exc:
        raise output_error(output, exc) from exc
    with out:
        if fmt == "json":
            out.write("[")
        hint_if_waiting_on_terminal(paths)
        for n, analysis in enumerate(progress(analyze_many(read_inputs(paths, settings), settings), "analyze")):
            line = json_printable(analysis.to_json())  # the same JSON; bidi overrides and C1 controls as \uNNNN
            if fmt == "json":
                out.write(("," if n else "") + line)
            else:
                out.write(line + "\n")
            if analysis.failed:
                failed.append(analysis)
            if summary:
                say(summarise(analysis), err=True)
        if fmt == "json":
            out.write("]\n")
    for analysis in failed:
        codes = ",".join(e.code for e in analysis.errors if e.severity == "error")
        say(f"failed {analysis.source}: {codes}", err=True, one_line=True)
    return EXIT_SOME_FAILED if failed else EXIT_OK
