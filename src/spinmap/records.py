"""The records that flow through spinmap, and the `spinmap.article/1` contract.

Every span is ``(start, end)`` in Python ``str`` indices into ``Article.text``; the
``text`` next to a span must equal ``article.text[start:end]`` (checked by
:func:`check_spans`). ``ArticleAnalysis`` is the one object that crosses process
boundaries (CLI, Dask workers, store, web).
"""
from __future__ import annotations

import hashlib
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "spinmap.article/1"

Span = tuple[int, int]
ActorKind = Literal["person", "organization", "country", "group", "other"]
QuoteKind = Literal["direct", "indirect", "according_to", "mixed"]
# named: a name, or a pronoun/role that resolves to a named actor; unnamed: a description only ("officials",
# "a senior diplomat", "sources close to the ministry"); unresolved: a pronoun the actor rules could not tie to anyone
Sourcing = Literal["named", "unnamed", "unresolved"]
Voice = Literal["authorial", "reported"]
Severity = Literal["error", "warning"]

TECHNIQUE_LABELS: tuple[str, ...] = (
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Doubt",
    "Exaggeration,Minimisation",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Causal_Oversimplification",
    "Appeal_to_Authority",
    "Slogans",
    "Black-and-White_Fallacy",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
    "Repetition",
)
TechniqueLabel = Literal[TECHNIQUE_LABELS]  # type: ignore[valid-type]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


def content_id(text: str) -> str:
    """Stable article id: the sha1 of the cleaned text, so re-runs dedupe by content."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Article(_Record):
    """A cleaned article. ``text`` is immutable once built: every span indexes it."""

    id: str
    source: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    language: Optional[str] = None
    text: str
    removed: list[str] = Field(default_factory=list)


def headline_end(text: str, title: Optional[str]) -> int:
    """Where the headline paragraph ends in ``text`` (0 when ``text`` does not open with ``title``):
    ingest puts the title first, so headlines are analysed like any paragraph."""
    return len(title) if title and text.startswith(title + "\n\n") else 0


class ErrorRecord(_Record):
    """A coded problem with one article; ``severity='warning'`` means output is still usable."""

    code: str
    message: str
    severity: Severity = "error"


class Actor(_Record):
    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class TextSpan(_Record):
    text: str
    span: Span


class SpeakerRef(_Record):
    actor: Optional[str] = None
    name: str
    span: Optional[Span] = None
    sourcing: Optional[Sourcing] = None  # None in analyses made before sourcing was recorded


class Quote(_Record):
    kind: QuoteKind
    speaker: Optional[SpeakerRef] = None
    cue: Optional[TextSpan] = None
    content: TextSpan
    confidence: float = Field(ge=0.0, le=1.0)


class BlameSource(_Record):
    kind: Literal["author", "actor"]
    actor: Optional[str] = None
    name: str
    span: Optional[Span] = None


class BlameTarget(_Record):
    actor: Optional[str] = None
    name: str
    span: Optional[Span] = None


class Blame(_Record):
    source: BlameSource
    target: BlameTarget
    charge: str
    voice: Voice
    evidence: TextSpan
    confidence: float = Field(ge=0.0, le=1.0)
    cue: Optional[TextSpan] = None
    negated: bool = False
    hedged: bool = False


class TechniqueSpan(_Record):
    label: TechniqueLabel
    span: Span
    text: str
    confidence: float = Field(ge=0.0, le=1.0)


class EntityFrame(_Record):
    actor: str
    main_role: Literal["Protagonist", "Antagonist", "Innocent"]
    fine_roles: list[str] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)


class ArticleAnalysis(_Record):
    """One article's full analysis: the `spinmap.article/1` JSON object."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, json_schema_serialization_defaults_required=True)

    schema_: Literal["spinmap.article/1"] = Field(SCHEMA, alias="schema")
    id: str
    source: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    language: Optional[str] = "en"
    # what made this analysis: spinmap version + hash of cleaning, extractors, models and spaCy model
    pipeline: Optional[str] = None
    text: str
    removed: list[str] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    blames: list[Blame] = Field(default_factory=list)
    techniques: list[TechniqueSpan] = Field(default_factory=list)
    framing: list[EntityFrame] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when an error (not just a warning) means the analysis is incomplete."""
        return any(e.severity == "error" for e in self.errors)

    def to_json(self) -> str:
        """Deterministic one-line JSON (same input, byte-identical output)."""
        return self.model_dump_json(by_alias=True)

    @classmethod
    def from_json(cls, line: str | bytes) -> "ArticleAnalysis":
        return cls.model_validate_json(line)


def iter_spans(analysis: ArticleAnalysis):
    """Yield ``(where, span, claimed_text)`` for every span-with-text in an analysis."""
    for i, q in enumerate(analysis.quotes):
        if q.cue is not None:
            yield f"quotes[{i}].cue", q.cue.span, q.cue.text
        yield f"quotes[{i}].content", q.content.span, q.content.text
        if q.speaker is not None and q.speaker.span is not None:
            yield f"quotes[{i}].speaker", q.speaker.span, None
    for i, b in enumerate(analysis.blames):
        yield f"blames[{i}].evidence", b.evidence.span, b.evidence.text
        if b.cue is not None:
            yield f"blames[{i}].cue", b.cue.span, b.cue.text
    for i, t in enumerate(analysis.techniques):
        yield f"techniques[{i}]", t.span, t.text
    for a in analysis.actors:
        for m in a.mentions:
            yield f"actors[{a.id}].mention", m, None


def check_spans(analysis: ArticleAnalysis) -> list[str]:
    """Return a description of every span that does not reproduce its text (empty = good)."""
    bad = []
    n = len(analysis.text)
    for where, (s, e), claimed in iter_spans(analysis):
        if not (0 <= s <= e <= n):
            bad.append(f"{where}: span {s}:{e} outside text of length {n}")
        elif claimed is not None and analysis.text[s:e] != claimed:
            bad.append(f"{where}: text[{s}:{e}]={analysis.text[s:e]!r} != {claimed!r}")
    return bad
