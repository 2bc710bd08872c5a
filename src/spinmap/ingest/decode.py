"""Bytes to text: BOM-aware UTF decoding, a recorded fallback for legacy encodings, binary sniffing."""
from __future__ import annotations

import codecs
import io
from typing import BinaryIO, Iterator, Optional

SNIFF_BYTES = 8192
# Share of C0 control bytes (other than tab, newlines, form feed, escape) above which data is binary.
MAX_CONTROL_SHARE = 0.05
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried in order when UTF-8 fails; latin-1 always succeeds, so decoding never raises.
FALLBACKS = ("cp1252", "latin-1")
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
# Share of odd (or even) bytes that must be NUL to read BOM-less data as UTF-16 (English text: ~all).
UTF16_NUL_SHARE = 0.7


def bom_encoding(head: bytes) -> Optional[str]:
    """The encoding a byte-order mark at the start of ``head`` names, or None."""
    return next((encoding for bom, encoding in _BOMS if head.startswith(bom)), None)


def utf8_lines(stream: BinaryIO) -> Iterator[bytes]:
    """Lines of a JSONL stream as UTF-8 bytes; a UTF-16/32 file (PowerShell's default) is re-encoded."""
    encoding = bom_encoding(stream.peek(4)[:4]) if hasattr(stream, "peek") else None
    if encoding in (None, "utf-8-sig"):
        yield from stream  # json.loads itself skips a UTF-8 BOM on bytes
        return
    for line in io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=""):
        yield line.encode("utf-8")


def blank_bom(text: str) -> str:
    """A leading U+FEFF as a space, for parsing raw text whose offsets count the BOM: the length and
    every offset stay, but the first word is no longer one token with the BOM (its span began at 0)."""
    return " " + text[1:] if text.startswith("\ufeff") else text


def without_bom(data: bytes) -> bytes:
    """``data`` as UTF-8 without a byte-order mark, so sniffing sees the first real character."""
    encoding = bom_encoding(data[:4])
    if encoding is None:
        return data
    try:
        return data.decode(encoding).lstrip("\ufeff").encode("utf-8")
    except UnicodeDecodeError:
        return data


def looks_binary(data: bytes) -> bool:
    """Many control bytes (NUL included) near the start: an image, archive or other non-text file.

    A stray NUL in a text file is not enough (cleaning drops it), wherever it sits in the file.
    """
    head = data[:SNIFF_BYTES]
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls > MAX_CONTROL_SHARE * max(len(head), 1)


def decode_bytes(data: bytes) -> tuple[Optional[str], str]:
    """Return ``(text, encoding)``; text is None when the data is binary.

    An encoding other than UTF-8/UTF-16/UTF-32 means a fallback was used (the caller records SM203).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    guess = _utf16_without_bom(data)
    if guess:
        try:
            return data.decode(guess), guess
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        return None, ""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACKS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def decode_data_file(data: bytes) -> str:
    """Text of a gold/labels/task file: as ``decode_bytes`` (BOMs, BOM-less UTF-16, legacy fallback),
    and never None: such a file is text even when it holds many control characters."""
    text, _ = decode_bytes(data)
    return text if text is not None else data.decode("utf-8", errors="replace")


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """'utf-16-le'/'utf-16-be' when every other byte of the start is NUL (ASCII-range UTF-16), else None."""
    head = data[:SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd >= UTF16_NUL_SHARE * half and even == 0:
        return "utf-16-le"
    if even >= UTF16_NUL_SHARE * half and odd == 0:
        return "utf-16-be"
    return None


def is_fallback(encoding: str) -> bool:
    """True when ``encoding`` is a guess (UTF decoding failed, or UTF-16 without its BOM)."""
    return encoding in FALLBACKS or encoding in ("utf-16-le", "utf-16-be")
