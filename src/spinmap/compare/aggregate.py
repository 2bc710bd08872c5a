"""Corpus aggregation over stored analyses: who blames whom per outlet/side, matrices, contrasts, time.

Everything here reads ``ArticleAnalysis`` records only, so it gets richer as extractors improve.
Actors are matched across articles by their name with whitespace and case folded (per-article
actor ids like ``A1`` mean nothing across articles).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Iterable, Iterator, Literal, Optional

from ..records import ArticleAnalysis, Quote
from .sides import side_of

UNKNOWN_OUTLET = "(unknown outlet)"
UNDATED = "(undated)"
Group = Literal["outlet", "side"]


def name_key(name: str) -> str:
    """Key that matches one actor's name across articles."""
    return " ".join(name.split()).casefold()


def outlet_of(analysis: ArticleAnalysis) -> str:
    return (analysis.outlet or "").strip() or UNKNOWN_OUTLET


@dataclass(frozen=True)
class BlameRow:
    """One accusation, flattened with its article's metadata and evidence offsets."""

    article_id: str
    source: str
    outlet: str
    side: str
    published: Optional[str]
    accuser: str
    accuser_kind: str
    accused: str
    charge: str
    voice: str
    evidence: str
    start: int
    end: int
    confidence: float
    negated: bool
    hedged: bool

    def as_dict(self) -> dict:
        return asdict(self)


def _actor_names(analysis: ArticleAnalysis) -> dict[str, str]:
    return {a.id: " ".join(a.name.split()) for a in analysis.actors}


_PRONOUNS = frozenset("i me we us you he him she her it they them".split())
_PLACEHOLDERS = frozenset({"<author>", "<unspecified>"})


def _party(name: str, analysis: ArticleAnalysis) -> str:
    """An unresolved pronoun or placeholder names nobody beyond its own article: tag it with the article.

    Otherwise every "they" or "<unspecified>" of a corpus would become one hub node in the network.
    """
    if name in _PLACEHOLDERS or name.split(" (", 1)[0].casefold() in _PRONOUNS:
        return f"{name} [{analysis.id[:8]}]"
    return name


def surer_blames(analyses: Iterable[ArticleAnalysis], min_confidence: float) -> Iterator[ArticleAnalysis]:
    """The analyses with only the blames at or above ``min_confidence`` (the trust model's chance that a reader
    accepts the record; ``models/blame_trust/MODEL_CARD.md``); everything else, and the stored records, unchanged."""
    for a in analyses:
        if min_confidence > 0 and any(b.confidence < min_confidence for b in a.blames):
            a = a.model_copy(update={"blames": [b for b in a.blames if b.confidence >= min_confidence]})
        yield a


def blame_rows(
    analyses: Iterable[ArticleAnalysis], sides: Optional[dict] = None, include_negated: bool = False
) -> list[BlameRow]:
    """Flatten every blame; the accuser of an authorial blame is the outlet (or '<author> [article id]').

    Negated blames ("X is not to blame") are not accusations, so counts leave them out unless asked.
    A party no actor resolves ("they", "<unspecified>") is tagged with its article id (``_party``).
    """
    rows = []
    for a in analyses:
        names = _actor_names(a)
        outlet = outlet_of(a)
        for b in a.blames:
            if b.negated and not include_negated:
                continue
            accuser = names.get(b.source.actor or "", None) or " ".join(b.source.name.split())
            if b.source.kind == "author" and a.outlet and accuser == "<author>":
                accuser = a.outlet
            accused = names.get(b.target.actor or "", None) or " ".join(b.target.name.split())
            if not b.source.actor:
                accuser = _party(accuser, a)
            if not b.target.actor:
                accused = _party(accused, a)
            rows.append(BlameRow(
                article_id=a.id, source=a.source, outlet=outlet, side=side_of(a.outlet, sides),
                published=a.published, accuser=accuser, accuser_kind=b.source.kind, accused=accused,
                charge=b.charge, voice=b.voice, evidence=b.evidence.text, start=b.evidence.span[0],
                end=b.evidence.span[1], confidence=b.confidence, negated=b.negated, hedged=b.hedged,
            ))
    return rows


class _Names:
    """Most frequent surface form per name key, for display."""

    def __init__(self) -> None:
        self.forms: dict[str, Counter] = defaultdict(Counter)

    def add(self, name: str) -> str:
        key = name_key(name)
        self.forms[key][name] += 1
        return key

    def show(self, key: str) -> str:
        return self.forms[key].most_common(1)[0][0]


def top_actors(
    rows: Iterable[BlameRow], by: Group = "outlet", role: Literal["accuser", "accused"] = "accused", n: int = 10
) -> dict[str, list[tuple[str, int]]]:
    """Per outlet (or side): the ``n`` most frequent accusers or accused, with blame counts."""
    names = _Names()
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        counts[getattr(r, by)][names.add(getattr(r, role))] += 1
    return {g: [(names.show(k), c) for k, c in cnt.most_common(n)] for g, cnt in sorted(counts.items())}


@dataclass
class Matrix:
    """Row labels, column labels and counts (``cells[i][j]`` for rows[i] x cols[j])."""

    rows: list[str]
    cols: list[str]
    cells: list[list[int]]

    @property
    def max(self) -> int:
        return max((c for row in self.cells for c in row), default=0)


def blame_matrix(rows: Iterable[BlameRow], by: Group = "outlet", max_cols: int = 25) -> Matrix:
    """Outlet (or side) x accused blame counts; columns are the ``max_cols`` most accused."""
    names = _Names()
    counts: Counter = Counter()
    totals: Counter = Counter()
    groups = set()
    for r in rows:
        key = names.add(r.accused)
        counts[(getattr(r, by), key)] += 1
        totals[key] += 1
        groups.add(getattr(r, by))
    cols = [k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:max_cols]]
    row_labels = sorted(groups)
    return Matrix(row_labels, [names.show(k) for k in cols], [[counts[(g, k)] for k in cols] for g in row_labels])


SOURCING_KEYS = ("named", "unnamed", "unresolved", "no speaker", "not recorded")


def _sourcing_of(q: Quote) -> str:
    """A quote's sourcing key; "not recorded" for analyses stored before sourcing was."""
    if q.speaker is None:
        return "no speaker"
    return q.speaker.sourcing or "not recorded"


class Digest:
    """What the comparisons read from a corpus, gathered in one pass: the blame rows, how many articles of each
    outlet name each actor, and technique and time counts; never the analyses themselves (about 140 KiB each
    in memory), so ``compare`` and ``report`` can stream a store of millions of articles."""

    def __init__(self, sides: Optional[dict] = None, freq: Literal["day", "week", "month"] = "week") -> None:
        self.sides, self.freq = sides, freq
        self.rows: list[BlameRow] = []  # every accusation (negated ones left out), in corpus order
        self.blame_index: list[int] = []  # each row's index in its article's ``blames`` (report anchors)
        self.articles = self.quotes = self.techniques = 0
        self.stored_outlets: set[Optional[str]] = set()  # as stored, for checking a sides file against
        self.outlet_side: dict[str, str] = {}  # every outlet (UNKNOWN_OUTLET for none) -> its side
        self._names = _Names()
        self._named: dict[str, Counter] = defaultdict(Counter)  # actor key -> outlet -> articles naming it
        self._labels: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (by, group) -> technique labels
        self._words: Counter = Counter()  # (by, group) -> words
        self._texts: Counter = Counter()  # (by, group) -> articles
        self._time: dict[tuple[str, str, str], Counter] = defaultdict(Counter)  # (period, by, group) -> counts
        self._sourcing: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (by, group) -> quotes by sourcing

    @classmethod
    def of(cls, analyses: Iterable[ArticleAnalysis], sides: Optional[dict] = None,
           freq: Literal["day", "week", "month"] = "week") -> "Digest":
        digest = cls(sides, freq)
        digest.add_all(analyses)
        return digest

    def add_all(self, analyses: Iterable[ArticleAnalysis], keep: int = 0) -> list[ArticleAnalysis]:
        """Add every analysis; return the first ``keep`` that have text (the ones a report shows in full)."""
        kept = []
        for a in analyses:
            if self.add(a) and len(kept) < keep:
                kept.append(a)
        return kept

    def add(self, a: ArticleAnalysis) -> bool:
        """Count one analysis; False (and nothing counted) when it has no text."""
        if not a.text:
            return False
        outlet, side = outlet_of(a), side_of(a.outlet, self.sides)
        self.articles += 1
        self.quotes += len(a.quotes)
        self.techniques += len(a.techniques)
        self.stored_outlets.add(a.outlet)
        self.outlet_side[outlet] = side
        named = {self._names.add(" ".join(actor.name.split())) for actor in a.actors}
        for j, r in enumerate(blame_rows([a], self.sides, include_negated=True)):
            if not r.negated:
                self.rows.append(r)
                self.blame_index.append(j)
                named.add(self._names.add(r.accused))
        for key in named:
            self._named[key][outlet] += 1
        period, words = period_of(a.published, self.freq), len(a.text.split())
        for group in (("outlet", outlet), ("side", side)):
            self._texts[group] += 1
            self._words[group] += words
            self._labels[group].update(t.label for t in a.techniques)
            self._sourcing[group].update(_sourcing_of(q) for q in a.quotes)
            cell = self._time[(period, *group)]
            cell["articles"] += 1
            cell["techniques"] += len(a.techniques)
        return True

    def busiest(self, by: Group = "outlet", n: int = 12) -> list[str]:
        """The ``n`` outlets (or sides) with the most articles, in name order (a page has room for so many)."""
        counts = {g: c for (b, g), c in self._texts.items() if b == by}
        return sorted(sorted(counts, key=lambda g: (-counts[g], g))[:n])

    def contrast(self, min_outlets: int = 2) -> list[dict]:
        """See :func:`contrast`."""
        blamed: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for r in self.rows:
            blamed[name_key(r.accused)][r.outlet].append(r.as_dict())
        out = [
            {"actor": self._names.show(key),
             "outlets": {o: {"side": self.outlet_side.get(o, ""), "articles": n, "blames": blamed[key].get(o, [])}
                         for o, n in sorted(by_outlet.items())}}
            for key, by_outlet in self._named.items() if len(by_outlet) >= min_outlets
        ]
        out.sort(key=lambda d: (-sum(len(v["blames"]) for v in d["outlets"].values()), -len(d["outlets"]), d["actor"]))
        return out

    def technique_profile(self, by: Group = "outlet") -> dict[str, dict]:
        """See :func:`technique_profile`."""
        out = {}
        for g in sorted(g for b, g in self._texts if b == by):
            counts, words = self._labels[(by, g)], self._words[(by, g)]
            out[g] = {
                "articles": self._texts[(by, g)],
                "words": words,
                "counts": dict(counts.most_common()),
                "per_1000_words": {k: round(1000 * v / max(1, words), 3) for k, v in counts.most_common()},
            }
        return out

    def sourcing_profile(self, by: Group = "outlet") -> dict[str, dict[str, int]]:
        """Per outlet (or side): how many quotes name their source, only describe it ("officials"), use a pronoun
        left unresolved, or have no speaker at all; the share of unnamed sourcing is a classic media measure."""
        return {g: {k: self._sourcing[(by, g)].get(k, 0) for k in SOURCING_KEYS}
                for g in sorted(g for b, g in self._texts if b == by)}

    def over_time(self, by: Group = "outlet", accused: Optional[str] = None) -> dict[str, dict[str, dict[str, int]]]:
        """See :func:`over_time`."""
        want = name_key(accused) if accused else None
        out: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        for (period, b, g), cell in self._time.items():
            if b == by:
                out[period][g].update({"articles": cell["articles"], "techniques": cell["techniques"], "blames": 0})
        for r in self.rows:
            if want is None or name_key(r.accused) == want:
                out[period_of(r.published, self.freq)][getattr(r, by)]["blames"] += 1
        return {p: {g: dict(c) for g, c in sorted(gs.items())} for p, gs in sorted(out.items())}


def contrast(analyses: Iterable[ArticleAnalysis], min_outlets: int = 2, sides: Optional[dict] = None) -> list[dict]:
    """For each actor named by ``min_outlets``+ outlets: what each outlet blames it for, with evidence.

    Returns ``[{"actor", "outlets": {outlet: {"side", "articles", "blames": [BlameRow dicts]}}}]``,
    most blamed actors first (then those named by most outlets).
    """
    return Digest.of(analyses, sides).contrast(min_outlets)


def technique_profile(
    analyses: Iterable[ArticleAnalysis], by: Group = "outlet", sides: Optional[dict] = None
) -> dict[str, dict]:
    """Per outlet (or side): technique label counts, articles, and spans per 1,000 words."""
    return Digest.of(analyses, sides).technique_profile(by)


def parse_published(value: Optional[str]) -> Optional[date]:
    """The date of a ``published`` string: ISO 8601, RSS/e-mail dates (RFC 2822), common named-month and
    dotted day-first forms, and d/m/Y or m/d/Y only where the day shows which is which (13/06 vs 06/13)."""
    if not value:
        return None
    v = value.strip()
    try:
        return datetime.fromisoformat(v.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(v).date()  # "Wed, 14 Jun 2023 10:00:00 GMT"
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%d.%m.%y %H:%M", "%d.%m.%y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"):
        found = _strptime(v, fmt)
        if found is not None:
            return found
    day_first, month_first = (_strptime(v.split()[0], fmt) for fmt in ("%d/%m/%Y", "%m/%d/%Y"))
    if day_first and month_first and day_first != month_first:
        return None  # 05/06/2023 could be either: left undated rather than guessed
    return day_first or month_first


def _strptime(text: str, fmt: str) -> Optional[date]:
    try:
        return datetime.strptime(text, fmt).date()
    except ValueError:
        return None


def period_of(value: Optional[str], freq: Literal["day", "week", "month"]) -> str:
    """'2023-08-07' (day), '2023-W32' (ISO week) or '2023-08' (month); UNDATED when unparseable."""
    d = parse_published(value)
    if d is None:
        return UNDATED
    if freq == "day":
        return d.isoformat()
    if freq == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{d.year}-{d.month:02d}"


def over_time(
    analyses: Iterable[ArticleAnalysis],
    freq: Literal["day", "week", "month"] = "week",
    by: Group = "outlet",
    sides: Optional[dict] = None,
    accused: Optional[str] = None,
) -> dict[str, dict[str, dict[str, int]]]:
    """{period: {group: {"articles", "blames", "techniques"}}}; ``accused`` counts only blames on that actor."""
    return Digest.of(analyses, sides, freq).over_time(by, accused)
