"""Readers for txt / html / jsonl / directories / stdin / URLs, yielding one result per article.

A run has two passes so that corpus-level chrome (lines recurring across one site's articles)
can be dropped: pass 1 reads and cleans each input, counts hashed short lines and spools the
drafts to a temporary file; pass 2 applies the corpus filter and checks language and quotes.
Memory stays small however big the corpus. Bad items never raise: they become coded error results.
"""
from __future__ import annotations

import io
import json
import logging
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union
from urllib.parse import urlsplit

from ..config import Settings, default_settings
from ..errors import error_record
from ..records import Article, ErrorRecord, content_id
from . import IngestResult
from .clean import Draft, draft_article, normalise_text
from .decode import decode_bytes, is_fallback, utf8_lines, without_bom
from .language import detect_language
from .quotemarks import unbalanced_quotes
from .recurring import LineStats

log = logging.getLogger(__name__)

KINDS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# Drafts are spooled in memory up to this size, then on disk.
SPOOL_MEMORY_BYTES = 32_000_000
_URL = re.compile(r"^https?://", re.IGNORECASE)
# spaCy's default nlp.max_length: a longer text makes nlp.pipe raise for the whole batch.
PARSER_MAX_CHARS = 1_000_000
# trafilatura falls back to any text (a nav link) when a page has no article; fewer words is "no body".
HTML_MIN_WORDS = 10

# htmldate's extensive search turns a bare year anywhere on the page ("Copyright 2024") into a
# made-up "2024-01-01"; without it dates still come from meta tags, <time>, the URL and bylines.
DATE_PARAMS = {"original_date": True, "extensive_search": False}

Item = Union[Draft, IngestResult]


def read_inputs(inputs: Iterable[str], settings: Optional[Settings] = None) -> Iterator[IngestResult]:
    """Yield one :class:`IngestResult` per article of the inputs, in input order; never raises for bad input."""
    settings = settings or default_settings()
    stats = LineStats(max_chars=settings.chrome_max_line_chars)
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY_BYTES) as spool:
        count = 0
        for item in _read_all(inputs, settings):
            if isinstance(item, Draft):
                stats.add(item)
            pickle.dump(item, spool, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
        spool.seek(0)
        for _ in range(count):
            item = pickle.load(spool)
            yield _finish_guarded(item, stats, settings) if isinstance(item, Draft) else item


def article_from_text(
    text: str,
    source: str,
    settings: Optional[Settings] = None,
    title: Optional[str] = None,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    *,
    site: Optional[str] = None,
    detect_title: bool = True,
    warnings: Optional[list[ErrorRecord]] = None,
) -> IngestResult:
    """Clean one text into an article (title, chrome, language, quotes) without corpus statistics."""
    settings = settings or default_settings()
    item = _draft(text, source, site or outlet or "", title, outlet, published, detect_title, warnings)
    return _finish_guarded(item, None, settings) if isinstance(item, Draft) else item


# --- pass 2 -------------------------------------------------------------------------------------


def finish(draft: Draft, stats: Optional[LineStats], settings: Settings) -> IngestResult:
    """Apply the corpus filter, then build the Article or the error that stops it."""
    errors = list(draft.warnings)
    if stats is not None:
        before = list(draft.keep)
        stats.apply(draft, settings.chrome_min_articles, settings.chrome_min_share)
        if not draft.body():  # the filter must not eat a whole article: keep it as it was
            draft.keep = before
    text = draft.text()
    if not text:
        return IngestResult(draft.source, None, errors + [error_record("SM212", source=draft.source)])
    if len(text) > PARSER_MAX_CHARS:
        errors.append(error_record("SM213", source=draft.source, chars=len(text), limit=PARSER_MAX_CHARS))
        return IngestResult(draft.source, None, errors)
    guess = detect_language(text, settings.min_english_confidence)
    if not guess.english:
        errors.append(error_record("SM206", language=guess.language, source=draft.source))
        return IngestResult(draft.source, None, errors)
    detail = unbalanced_quotes(text)
    if detail:
        errors.append(error_record("SM207", severity="warning", detail=detail))
    article = Article(
        id=content_id(text),
        source=draft.source,
        title=draft.title,
        outlet=draft.outlet,
        published=draft.published,
        language=guess.language,
        text=text,
        removed=draft.removed(),
    )
    return IngestResult(draft.source, article, errors)


def _finish_guarded(draft: Draft, stats: Optional[LineStats], settings: Settings) -> IngestResult:
    try:
        return finish(draft, stats, settings)
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop a batch
        log.exception("cleaning failed for %s", draft.source)
        return _fail(draft.source, "SM208", detail=f"{type(exc).__name__}: {exc}")


# --- pass 1 -------------------------------------------------------------------------------------


def _fail(source: str, code: str, **context) -> IngestResult:
    return IngestResult(source, None, [error_record(code, source=source, **context)])


def _draft(
    text: str,
    source: str,
    site: str,
    title: Optional[str] = None,
    outlet: Optional[str] = None,
    published: Optional[str] = None,
    detect_title: bool = True,
    warnings: Optional[list[ErrorRecord]] = None,
) -> Item:
    if not text.strip():
        return IngestResult(source, None, list(warnings or []) + [error_record("SM201", source=source)])
    return draft_article(text, source, site, title=title, outlet=outlet, published=published,
                         detect_title=detect_title, warnings=warnings)


def _read_all(inputs: Iterable[str], settings: Settings) -> Iterator[Item]:
    for raw in inputs:
        source = str(raw)
        yield from _guard(source, _read_one(source, settings))


def _guard(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn an unexpected exception while reading ``source`` into an SM208 result."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - never crash a batch on one input
        log.exception("reading %s failed", source)
        yield _fail(source, "SM208", detail=f"{type(exc).__name__}: {exc}")


def _read_one(source: str, settings: Settings) -> Iterator[Item]:
    if source == "-":
        yield from _read_stdin(settings)
    elif _URL.match(source):
        yield from _read_url(source, settings)
    else:
        path = Path(source)
        if path.is_dir():
            files = _walk(path)
            if not files:  # SM211 when it holds files, just none we read (e.g. only PDFs)
                yield _fail(source, "SM211" if _walk(path, supported_only=False) else "SM201")
            for file in files:
                yield from _guard(str(file), _read_path(file, settings))
        elif not path.exists():
            yield _fail(source, "SM208", detail="no such file or directory")
        else:
            yield from _read_path(path, settings)


def _walk(root: Path, supported_only: bool = True) -> list[Path]:
    """Supported files under ``root``, recursively, in sorted path order; hidden files are skipped."""
    found = []
    for path in root.rglob("*"):
        rel = path.relative_to(root).parts
        if any(p.startswith(".") for p in rel) or (supported_only and path.suffix.lower() not in KINDS):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_path(path: Path, settings: Settings) -> Iterator[Item]:
    source = str(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        yield _fail(source, "SM211")
        return
    try:
        size = path.stat().st_size
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from _read_jsonl(utf8_lines(fh), source, str(path.parent), settings)
            return
        if size > settings.max_bytes:
            yield _fail(source, "SM204", size=size, limit=settings.max_bytes)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _fail(source, "SM208", detail=exc.strerror or type(exc).__name__)
        return
    yield _from_bytes(data, kind, source, str(path.parent), settings)


def _from_bytes(data: bytes, kind: str, source: str, site: str, settings: Settings, url: Optional[str] = None) -> Item:
    """Decode and clean one text or HTML document."""
    if len(data) > settings.max_bytes:
        return _fail(source, "SM204", size=len(data), limit=settings.max_bytes)
    if not data.strip():
        return _fail(source, "SM201")
    text, encoding = decode_bytes(data)
    if text is None:
        return _fail(source, "SM202")
    warnings = []
    if is_fallback(encoding):
        warnings.append(error_record("SM203", severity="warning", encoding=encoding, source=source))
    if kind == "html":
        return _from_html(text, source, site, url, warnings)
    return _draft(text, source, site, warnings=warnings)


def _from_html(html: str, source: str, site: str, url: Optional[str], warnings: list[ErrorRecord]) -> Item:
    """Main text and metadata via trafilatura, comments excluded; paragraphs become blank-line separated."""
    import trafilatura

    # lxml refuses str input that still declares its byte encoding
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True,
                                      date_extraction_params=DATE_PARAMS)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body.split()) < HTML_MIN_WORDS:
        return IngestResult(source, None, warnings + [error_record("SM205", source=source)])
    outlet = doc.sitename or None
    site = outlet or (urlsplit(url).hostname if url else None) or site
    text = "\n\n".join(line for line in body.split("\n"))
    return _draft(text, source, site, title=doc.title or None, outlet=outlet,
                  published=doc.date or None, detect_title=False, warnings=warnings)


def _scalar(value) -> Optional[str]:
    """A JSONL metadata field as a string (numbers allowed), or None."""
    if value is None or isinstance(value, (dict, list)):
        return None
    value = normalise_text(str(value)).replace("\n", " ").strip()  # as the text: no surrogates or controls
    return value or None


def _read_jsonl(lines: Iterable[bytes], source: str, site: str, settings: Settings) -> Iterator[Item]:
    """One article per line: ``text`` required; ``title``, ``url``, ``outlet``, ``published`` optional.

    The article's source is its ``url`` when given, else ``path:line``; bad lines are ``path:line`` SM210.
    """
    produced = 0
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        produced += 1
        where = f"{source}:{lineno}"
        if len(raw) > settings.max_bytes:
            yield _fail(where, "SM204", size=len(raw), limit=settings.max_bytes)
            continue
        try:
            obj = json.loads(raw)
        except ValueError as exc:  # includes invalid UTF-8
            yield _fail(where, "SM210", detail=f"not valid JSON ({exc})")
            continue
        text = obj.get("text") if isinstance(obj, dict) else None
        if not isinstance(obj, dict):
            yield _fail(where, "SM210", detail="not a JSON object")
        elif not isinstance(text, str) or not text.strip():
            yield _fail(where, "SM210", detail="missing or empty 'text'")
        else:
            url, outlet = _scalar(obj.get("url")), _scalar(obj.get("outlet"))
            host = urlsplit(url).hostname if url else None
            yield _draft(text, url or where, outlet or host or site, title=_scalar(obj.get("title")),
                         outlet=outlet, published=_scalar(obj.get("published")))
    if not produced:
        yield _fail(source, "SM201")


def _sniff(data: bytes) -> str:
    """Kind of an input without a file name: html, jsonl or text."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<") and re.search(rb"<(html|body|article|p|div|!doctype)[\s>]", head):
        return "html"
    return "text"


def _read_stdin(settings: Settings) -> Iterator[Item]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data = stream.read(settings.max_bytes + 1)
    else:  # a text stream without bytes underneath (e.g. replaced in tests)
        data = sys.stdin.read().encode("utf-8")
    yield from _from_data(data, "<stdin>", "<stdin>", settings)


def _from_data(data: bytes, source: str, site: str, settings: Settings, url: Optional[str] = None, kind: Optional[str] = None) -> Iterator[Item]:
    data = without_bom(data)
    kind = kind or _sniff(data)
    if kind == "jsonl":
        yield from _read_jsonl(io.BytesIO(data), source, site, settings)  # same line splitting as files
    else:
        yield _from_bytes(data, kind, source, site, settings, url=url)


def _read_url(url: str, settings: Settings) -> Iterator[Item]:
    """Fetch with httpx under ``fetch_timeout`` and ``fetch_max_bytes``; failures give SM209/SM204."""
    import httpx

    from .. import __version__

    cap = settings.fetch_max_bytes
    try:
        with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True,
                          headers={"User-Agent": f"spinmap/{__version__}"}) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    yield _fail(url, "SM209", detail=f"HTTP {resp.status_code}")
                    return
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    yield _fail(url, "SM204", size=int(declared), limit=cap)
                    return
                buf = bytearray()
                for chunk in resp.iter_bytes():
                    buf += chunk
                    if len(buf) > cap:
                        yield _fail(url, "SM204", size=f"more than {cap}", limit=cap)
                        return
                ctype = resp.headers.get("content-type", "").lower()
    except httpx.HTTPError as exc:
        yield _fail(url, "SM209", detail=f"{type(exc).__name__}: {exc}")
        return
    path = urlsplit(url).path.lower()
    kind = KINDS.get(Path(path).suffix)
    if kind is None:
        kind = "html" if "html" in ctype else "jsonl" if "ndjson" in ctype or "jsonl" in ctype else _sniff(bytes(buf))
    yield from _from_data(bytes(buf), url, urlsplit(url).hostname or url, settings.replace(max_bytes=max(cap, settings.max_bytes)), url=url, kind=kind)
