"""Blame checked against SemEval-2025 Task 10 entity framing: are the entities an article casts as
Antagonist the ones spinmap says are accused?

Each annotation line (file, entity, start, end inclusive, main role, fine roles...) is one entity. Documents
are analysed on their own characters (title = first line when a blank line follows), so the annotated offsets
index the analysed text. Matching rule, the same for accused and accuser: the entity *is* every actor one of
whose mentions overlaps the annotated span (an annotation marks the entity for the whole article, so any mention
of that actor counts), plus, when no mention overlaps, every actor whose name or an alias equals the annotated
surface (case-insensitive). It is *accused* when a non-negated blame's target is one of those actors or its target
span overlaps the annotated span; *accuser* likewise with the blame's source. No substring or partial-name matches:
"Russia" is not "Russian troops".
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..records import Article, ArticleAnalysis

ROLES = ("Antagonist", "Protagonist", "Innocent")


@dataclass
class Entity:
    """One annotated entity mention and what spinmap made of it."""

    file: str
    surface: str
    start: int
    end: int  # exclusive
    role: str
    fine: tuple[str, ...]
    accused: bool = False
    accuser: bool = False
    actors: set = field(default_factory=set)


def read_annotations(path: Path) -> tuple[dict[str, list[Entity]], list[str]]:
    """Entities by file, and the lines that could not be read (as ``"line N: why"``)."""
    by_file: dict[str, list[Entity]] = defaultdict(list)
    bad = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        f = line.split("\t")
        try:
            if len(f) < 5 or f[4] not in ROLES:
                raise ValueError("expected file, entity, start, end, role (Antagonist/Protagonist/Innocent)")
            by_file[f[0]].append(Entity(f[0], f[1], int(f[2]), int(f[3]) + 1, f[4], tuple(x for x in f[5:] if x)))
        except ValueError as exc:
            bad.append(f"line {n}: {exc}")
    return dict(by_file), bad


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def mark(entities: list[Entity], analysis: ArticleAnalysis) -> None:
    """Set ``accused``/``accuser`` on each entity of one article from its analysis (see the module rule)."""
    for ent in entities:
        span = (ent.start, ent.end)
        ent.actors = {a.id for a in analysis.actors if any(_overlaps(span, tuple(m)) for m in a.mentions)}
        if not ent.actors:
            key = ent.surface.strip().lower()
            ent.actors = {a.id for a in analysis.actors if key in {a.name.lower(), *(x.lower() for x in a.aliases)}}
        for b in analysis.blames:
            if b.negated:
                continue
            for side, attr in ((b.target, "accused"), (b.source, "accuser")):
                if (side.actor and side.actor in ent.actors) or (side.span and _overlaps(span, tuple(side.span))):
                    setattr(ent, attr, True)


def read_documents(docs_dir: Path, names: Iterable[str],
                   warn: Callable[..., None] = lambda name, why, count=1: None) -> list[Article]:
    """Each readable document as an Article, as a corpus gives it: raw text, a first line alone in its paragraph taken
    as the title; an unreadable file is reported through ``warn(name, why)``."""
    from ..records import content_id

    articles = []
    for name in names:
        try:
            text = (Path(docs_dir) / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            warn(name, f"{type(exc).__name__}: {exc}")
            continue
        head, sep, _ = text.partition("\n\n")
        title = head if sep and "\n" not in head and head.strip() else None
        articles.append(Article(id=content_id(text), source=name, title=title, text=text))
    return articles


def analyse_documents(docs_dir: Path, names: Iterable[str], settings=None,
                      warn: Callable[..., None] = lambda name, why, count=1: None) -> Iterable[tuple[str, ArticleAnalysis]]:
    """(file, analysis) for each readable, analysable document; others reported through ``warn(name, why)``."""
    from ..analysis import analyze_many
    from ..ingest import IngestResult

    results = [IngestResult(source=a.source, article=a) for a in read_documents(docs_dir, names, warn)]
    for analysis in analyze_many(results, settings):
        failed = [e for e in analysis.errors if e.severity == "error"]
        if failed:
            warn(analysis.source, "; ".join(f"{e.code} {e.message}" for e in failed))
            continue
        yield analysis.source, analysis


def score(entities: list[Entity]) -> dict:
    """Per main role and per Antagonist fine role: n, share accused, share accuser; plus the headline pair."""
    def row(group: list[Entity]) -> dict:
        n = len(group)
        return {"n": n, "accused": sum(e.accused for e in group) / n if n else 0.0,
                "accuser": sum(e.accuser for e in group) / n if n else 0.0}

    roles = {r: row([e for e in entities if e.role == r]) for r in ROLES}
    fine = sorted({f for e in entities if e.role == "Antagonist" for f in e.fine})
    fines = {f: row([e for e in entities if e.role == "Antagonist" and f in e.fine]) for f in fine}
    antagonists = [e for e in entities if e.role == "Antagonist"]
    accused = [e for e in entities if e.accused]
    return {
        "entities": len(entities),
        "roles": roles,
        "antagonist_fine_roles": fines,
        "antagonist_recall": sum(e.accused for e in antagonists) / len(antagonists) if antagonists else 0.0,
        "accused_role_precision": sum(e.role == "Antagonist" for e in accused) / len(accused) if accused else 0.0,
        "accused_entities": len(accused),
        "antagonists_accused": sum(e.accused for e in antagonists),
        "antagonists": len(antagonists),
    }


def format_report(result: dict) -> str:
    """Human-readable lines for :func:`score`'s result."""
    lines = [f"entities={result['entities']}",
             f"antagonist_recall={result['antagonist_recall']:.4f} "
             f"({result['antagonists_accused']}/{result['antagonists']} Antagonist entities accused at least once)",
             f"accused_role_precision={result['accused_role_precision']:.4f} "
             f"(of {result['accused_entities']} accused annotated entities, share annotated Antagonist)",
             f"{'role':<22}{'n':>5}{'accused':>9}{'accuser':>9}"]
    for name, v in result["roles"].items():
        lines.append(f"{name:<22}{v['n']:>5}{v['accused']:>9.3f}{v['accuser']:>9.3f}")
    for name, v in result["antagonist_fine_roles"].items():
        lines.append(f"  {name:<20}{v['n']:>5}{v['accused']:>9.3f}{v['accuser']:>9.3f}")
    return "\n".join(lines)


def evaluate(docs_dir: Path, annotations: Path, settings=None,
             warn: Callable[..., None] = lambda name, why, count=1: None,
             keep: Optional[Callable[[Entity, ArticleAnalysis], None]] = None) -> tuple[dict, list[Entity]]:
    """Analyse every annotated document and score it; ``keep`` sees each marked entity with its analysis."""
    by_file, _ = read_annotations(annotations)
    scored: list[Entity] = []
    for name, analysis in analyse_documents(docs_dir, sorted(by_file), settings, warn):
        entities = by_file[name]
        bad = [e for e in entities if analysis.text[e.start:e.end] != e.surface]
        if bad:
            warn(name, f"annotated span(s) do not match the text, e.g. {bad[0].surface!r} at {bad[0].start}", len(bad))
        entities = [e for e in entities if e not in bad]
        mark(entities, analysis)
        for e in entities:
            if keep:
                keep(e, analysis)
        scored.extend(entities)
    return score(scored), scored
