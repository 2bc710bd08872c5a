"""PolNeAR attribution benchmark: read brat gold, score predictions per role (exact and overlap).

Matching rule: within one article, predicted and gold attributions are paired one-to-one by
their content spans, greedily by largest character overlap (pairs need overlap > 0). A gold
attribution is *found* when it gets a partner. Each role (source, cue, content) is then scored on
the pairs: exact when the partner's span is identical, overlap when the two spans share a
character. Precision divides by the predictions that have that role, recall by the gold
attributions that have it. Discontinuous gold spans (``s1 e1;s2 e2``) count by their outer
extent; ``Content2`` fragments are ignored. Only the first annotator file per article (sorted
order) is used.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from ..errors import SpinmapError
from ..ingest.decode import decode_data_file

Span = tuple[int, int]
ROLES = ("source", "cue", "content")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")


@dataclass(frozen=True)
class Attribution:
    """One attribution as character spans into the raw article file."""

    content: Span
    source: Optional[Span] = None
    cue: Optional[Span] = None

    def role(self, name: str) -> Optional[Span]:
        return getattr(self, name)

    def to_json(self) -> dict:
        return {
            "source": list(self.source) if self.source else None,
            "cue": list(self.cue) if self.cue else None,
            "content": list(self.content),
        }


def _outer(spec: str) -> Span:
    nums = [int(n) for n in re.split(r"[ ;]", spec.strip()) if n]
    return (min(nums), max(nums))


def read_ann(path: Path) -> list[Attribution]:
    """Parse one brat .ann file into attributions (E lines with a Content argument)."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    # offsets are ASCII; a BOM hid the first T line and a stray byte in a span's text was a traceback
    for line in decode_data_file(path.read_bytes()).split("\n"):  # not splitlines(): U+2028 etc.
        m = _T_LINE.match(line)
        if m:
            spans[m.group(1)] = _outer(m.group(3))
        elif line.startswith("E"):
            parts = line.split("\t", 1)
            if len(parts) < 2:
                continue
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            events.append(args)
    out = []
    for args in events:
        content = spans.get(args.get("Content", ""))
        if content is None:
            continue
        out.append(Attribution(content=content, source=spans.get(args.get("Source", "")), cue=spans.get(args.get("Cue", ""))))
    return sorted(set(out), key=gold_order)


def gold_order(a: Attribution) -> tuple[Span, Span, Span]:
    """Total order of one article's gold: content, cue, then source (none first). Two events that
    differ only in their source would otherwise keep set order, which follows ``hash(None)``
    (an address, so it changes from process to process) and decides which one ``pair`` takes."""
    return a.content, a.cue or (-1, -1), a.source or (-1, -1)


def article_name(ann: Path) -> str:
    """`outlet_date_slug_XXXX.ann` -> `outlet_date_slug` (the annotator suffix dropped)."""
    return ann.stem.rsplit("_", 1)[0]


def load_gold(ann_dir: Path) -> dict[str, list[Attribution]]:
    """Gold attributions per article, from the first annotator file in sorted order."""
    ann_dir = Path(ann_dir)
    files = sorted(f for f in ann_dir.glob("*.ann") if f.is_file()) if ann_dir.is_dir() else []
    if not files:
        raise SpinmapError("SM501", path=str(ann_dir), detail="no .ann files", cmd="eval polnear")
    gold: dict[str, list[Attribution]] = {}
    for f in files:
        gold.setdefault(article_name(f), read_ann(f))
    return gold


def outlet_of(doc: str) -> str:
    """Publisher = file-name prefix before the first underscore."""
    return doc.split("_", 1)[0]


def _overlap(a: Span, b: Span) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def pair(pred: list[Attribution], gold: list[Attribution]) -> list[tuple[Attribution, Attribution]]:
    """One-to-one pairs of (pred, gold), greedy by content overlap (largest first)."""
    cands = sorted(
        ((_overlap(p.content, g.content), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p, used_g, pairs = set(), set(), []
    for ov, i, j in cands:
        if ov <= 0:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((pred[i], gold[j]))
    return pairs


@dataclass
class Counts:
    """Counts for one group of articles; ``prf`` turns them into P/R/F1."""

    n_pred: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    n_gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    exact: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    overlap: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    gold_total: int = 0
    gold_found: int = 0
    docs: int = 0

    def add(self, pred: list[Attribution], gold: list[Attribution]) -> None:
        self.docs += 1
        self.gold_total += len(gold)
        for role in ROLES:
            self.n_pred[role] += sum(p.role(role) is not None for p in pred)
            self.n_gold[role] += sum(g.role(role) is not None for g in gold)
        pairs = pair(pred, gold)
        self.gold_found += len(pairs)
        for p, g in pairs:
            for role in ROLES:
                ps, gs = p.role(role), g.role(role)
                if ps is None or gs is None:
                    continue
                self.exact[role] += ps == gs
                self.overlap[role] += _overlap(ps, gs) > 0

    def prf(self, role: str, mode: str = "exact") -> tuple[float, float, float]:
        tp = (self.exact if mode == "exact" else self.overlap)[role]
        p = tp / self.n_pred[role] if self.n_pred[role] else 0.0
        r = tp / self.n_gold[role] if self.n_gold[role] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @classmethod
    def summed(cls, parts: Iterable["Counts"]) -> "Counts":
        """The counts of several groups together (articles are scored once, regrouped many times)."""
        total = cls()
        for c in parts:
            total.docs += c.docs
            total.gold_total += c.gold_total
            total.gold_found += c.gold_found
            for mine, theirs in ((total.n_pred, c.n_pred), (total.n_gold, c.n_gold), (total.exact, c.exact),
                                 (total.overlap, c.overlap)):
                for role, k in theirs.items():
                    mine[role] += k
        return total

    @property
    def found(self) -> float:
        return self.gold_found / self.gold_total if self.gold_total else 0.0


def score(pred: dict[str, list[Attribution]], gold: dict[str, list[Attribution]]) -> dict[str, Counts]:
    """Counts overall (key ``"ALL"``) and per outlet, over the articles that have gold."""
    groups: dict[str, Counts] = defaultdict(Counts)
    for doc in sorted(gold):
        p = pred.get(doc, [])
        groups["ALL"].add(p, gold[doc])
        groups[outlet_of(doc)].add(p, gold[doc])
    return dict(groups)


def chance_spread(pred: dict[str, list[Attribution]], gold: dict[str, list[Attribution]], rounds: int = 500,
                  seed: int = 0) -> dict[str, tuple[float, float, float]]:
    """Per role, the 5th/50th/95th percentile of the exact-F1 spread over random article groups of the
    outlets' sizes: what the same system shows by chance, the floor under the per-outlet spread."""
    import random

    names = sorted(gold)
    sizes = sorted(Counter(outlet_of(n) for n in names).values())
    per_doc = {n: Counts() for n in names}
    for n in names:
        per_doc[n].add(pred.get(n, []), gold[n])
    rng = random.Random(seed)
    spreads: dict[str, list[float]] = {role: [] for role in ROLES}
    for _ in range(rounds):
        rng.shuffle(names)
        groups, at = [], 0
        for size in sizes:
            groups.append(Counts.summed(per_doc[n] for n in names[at : at + size]))
            at += size
        for role in ROLES:
            f1s = [g.prf(role)[2] for g in groups]
            spreads[role].append(max(f1s) - min(f1s))
    return {role: tuple(float(np.percentile(v, q)) for q in (5, 50, 95)) for role, v in spreads.items()}


def chance_line(pred: dict[str, list[Attribution]], gold: dict[str, list[Attribution]]) -> str:
    """The report line that puts the per-outlet spread next to what random article groups show."""
    ranges = "  ".join(f"{role} {lo:.3f}-{hi:.3f} (median {mid:.3f})" for role, (lo, mid, hi) in chance_spread(pred, gold).items())
    return f"spread of random article groups of the same sizes (5-95%, 500 draws): {ranges}"


def format_report(groups: dict[str, Counts], title: str = "spinmap") -> str:
    """A fixed-width table: exact and overlap P/R/F1 per role, and the share found, per group."""
    head = f"{'group':<14}{'docs':>5}{'found':>7}" + "".join(
        f"  {r[:4]}-{m[:2]} P/R/F1" + " " * 3 for r in ROLES for m in ("exact", "overlap")
    )
    lines = [f"== {title} ==", head]
    order = ["ALL"] + sorted(k for k in groups if k != "ALL")
    for key in order:
        c = groups[key]
        cells = []
        for role in ROLES:
            for mode in ("exact", "overlap"):
                p, r, f = c.prf(role, mode)
                cells.append(f"  {p:.3f}/{r:.3f}/{f:.3f}")
        lines.append(f"{key:<14}{c.docs:>5}{c.found:>7.3f}" + "".join(cells))
    f1s = {role: [groups[k].prf(role)[2] for k in order if k != "ALL"] for role in ROLES}
    spread = "  ".join(f"{role} {max(v) - min(v):.3f}" for role, v in f1s.items() if v)
    lines.append(f"per-outlet exact-F1 spread (max-min): {spread}")
    return "\n".join(lines)


def headline(text: str) -> Optional[str]:
    """The article's headline: a PolNeAR file opens with it, then a blank line."""
    first = text.split("\n", 1)[0]
    return first if first.strip() and text.startswith(first + "\n\n") else None


def iter_texts(text_dir: Path) -> Iterable[tuple[str, str]]:
    """(doc name, raw text) for every .txt in a directory, sorted, read exactly as stored."""
    text_dir = Path(text_dir)
    files = sorted(f for f in text_dir.glob("*.txt") if f.is_file()) if text_dir.is_dir() else []
    if not files:
        raise SpinmapError("SM501", path=str(text_dir), detail="no .txt files", cmd="predict polnear")
    for f in files:
        with open(f, encoding="utf-8", errors="replace", newline="") as fh:
            yield f.stem, fh.read()
