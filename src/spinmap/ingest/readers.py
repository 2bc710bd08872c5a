"""Readers for txt / html / jsonl / directories / stdin / URLs.

PLACEHOLDER: only plain .txt; the full reader set replaces this keeping ``read_inputs``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from ..config import Settings, default_settings
from ..records import Article, content_id
from . import IngestResult


def read_inputs(inputs: Iterable[str], settings: Settings | None = None) -> Iterator[IngestResult]:
    settings = settings or default_settings()
    for src in inputs:
        text = Path(src).read_text(encoding="utf-8")
        yield IngestResult(source=src, article=Article(id=content_id(text), source=src, text=text))


def article_from_text(text: str, source: str, settings: Settings | None = None, **meta) -> IngestResult:
    return IngestResult(source=source, article=Article(id=content_id(text), source=source, text=text, **meta))
