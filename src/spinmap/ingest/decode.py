"""Bytes to text: BOM-aware UTF decoding, a recorded fallback for legacy encodings, binary sniffing."""
from __future__ import annotations

import codecs
from typing import Optional

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


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes near the start: an image, archive or other non-text file."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
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


def is_fallback(encoding: str) -> bool:
    """True when ``encoding`` is a guess after UTF decoding failed."""
    return encoding in FALLBACKS
