"""The user's outlet -> side file (e.g. which outlets are pro-Kremlin, Azerbaijani, Western).

Formats, chosen by extension:
- ``.json``: one object, ``{"outlet name": "side name", ...}``
- anything else (``.tsv``/``.txt``): one ``outlet<TAB>side`` per line; blank lines and lines
  starting with ``#`` are ignored.
Outlet names match ``Article.outlet`` exactly (case and spaces trimmed); unmapped outlets get
the side ``UNKNOWN_SIDE``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Optional

from ..errors import SpinmapError

UNKNOWN_SIDE = "(unassigned)"


# Invisible characters ingest drops from outlet names (zero-width space/joiners, word joiner, BOM).
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


def _norm(outlet: str) -> str:
    """NFC (as ingest writes outlets; a file saved on macOS may be NFD), no invisibles, spaces and case folded."""
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFC", outlet)).split()).casefold()


def load_sides(path: str | Path) -> dict[str, str]:
    """Read a sides file into {normalised outlet: side}; SM101 on a malformed file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")  # -sig: a BOM (Excel, Notepad) must not hide the first outlet
    except (OSError, UnicodeDecodeError) as exc:
        raise SpinmapError("SM101", detail=f"cannot read sides file {path}: {exc}") from exc
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise SpinmapError("SM101", detail=f"sides file {path} is not JSON: {exc}") from exc
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise SpinmapError("SM101", detail=f"sides file {path} must be an object of outlet -> side strings")
        return {_norm(k): v.strip() for k, v in data.items()}
    sides = {}
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise SpinmapError("SM101", detail=f"{path}:{n}: expected 'outlet<TAB>side'")
        sides[_norm(parts[0])] = parts[1].strip()
    return sides


def unmatched_outlets(sides: dict[str, str], outlets) -> list[str]:
    """Sides-file outlets (normalised) that none of ``outlets`` matches: a typo empties a side silently."""
    present = {_norm(o) for o in outlets if o}
    return sorted(k for k in sides if k not in present)


def side_of(outlet: Optional[str], sides: Optional[dict[str, str]]) -> str:
    """The side of an outlet under a sides mapping (UNKNOWN_SIDE when unmapped)."""
    if not sides or not outlet:
        return UNKNOWN_SIDE
    return sides.get(_norm(outlet), UNKNOWN_SIDE)
