"""Even-handedness on real text: swap paired names across sides and check that the blames keep their shape.

Each sentence of the given articles that names one side of a pair in ``swap_pairs.tsv`` ("Russia" / "Ukraine",
"Moscow" / "Kyiv", …) is analysed twice: as written, and with every listed name replaced by its partner. The
sentence is *even-handed* when the two sets of blames are the same once the names are swapped back: the same
accuser and accused surfaces, voice and negation, as often. The hand-written property tests check this on
templates; this command checks it on whatever news the user has, where the parser's reaction to a name can
tip a rule one way or the other.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..records import ArticleAnalysis

MIN_SENTENCE_TOKENS = 5
MAX_SENTENCE_TOKENS = 80


def _rows(path: Optional[Path]) -> list[list[str]]:
    raw = (path.read_text(encoding="utf-8") if path is not None
           else resources.files(__package__).joinpath("swap_pairs.tsv").read_text(encoding="utf-8"))
    return [[part.strip() for part in line.split("\t")] for line in raw.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


MIN_CAPITALS_SWAPPED = 4  # shorter names in capitals are other words: "XI" is a numeral, not Xi Jinping


def _with_capitals(a: str, b: str) -> list[tuple[str, str]]:
    """The pair as written and, for names of four letters or more, in capitals too: tabloid news writes
    "VLADIMIR Putin", and a name swapped in one case only leaves half a person on one side."""
    pairs = [(a, b)]
    if min(len(a), len(b)) >= MIN_CAPITALS_SWAPPED and (a.upper(), b.upper()) != (a, b):
        pairs.append((a.upper(), b.upper()))
    return pairs


def read_pairs(path: Optional[Path] = None) -> dict[str, str]:
    """The swap table: each name maps to its partner and back (``name<TAB>partner`` lines, ``#`` comments),
    in capitals as well (``_with_capitals``)."""
    table: dict[str, str] = {}
    for row in _rows(path):
        for a, b in _with_capitals(*row[:2]):
            table[a], table[b] = b, a
    return table


def gender_crossing(path: Optional[Path] = None) -> frozenset[str]:
    """Names of the pairs marked "crosses gender" in the table's third column (in capitals as well)."""
    return frozenset(n for a, b, *rest in _rows(path) if rest and rest[0] == "crosses gender"
                     for pair in _with_capitals(a, b) for n in pair)


_GENDERED = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)


def mirrored(sentence: str, crossing: frozenset[str]) -> bool:
    """False when the swap would change the grammar: a gender-crossing name next to a gendered pronoun
    ("Clinton said she …" becomes "Trump said she …", where "she" can no longer be Trump)."""
    return not (crossing and _GENDERED.search(sentence) and any(re.search(rf"\b{re.escape(n)}\b", sentence)
                                                                 for n in crossing))


def _names(table: dict[str, str]) -> re.Pattern:
    """Any whole-word name of the table, longest first (so "Russians" is not read as "Russia" + "ns")."""
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True)) + r")\b")


def swapper(table: dict[str, str]) -> Callable[[str], str]:
    """A function replacing every whole-word name of the table by its partner, all at once."""
    pattern = _names(table)
    return lambda text: pattern.sub(lambda m: table[m[0]], text)


def _shape_keys(analysis: ArticleAnalysis, swap: Optional[Callable[[str], str]]) -> list[tuple[tuple, float]]:
    text = analysis.text
    undo = swap or (lambda s: s)
    keys = []
    for b in analysis.blames:
        accuser = "<author>" if b.source.kind == "author" else (
            text[b.source.span[0]:b.source.span[1]] if b.source.span else b.source.name)
        accused = text[b.target.span[0]:b.target.span[1]] if b.target.span else b.target.name
        keys.append(((undo(accuser), undo(accused), b.voice, b.negated), b.confidence))
    return keys


def blame_shape(analysis: ArticleAnalysis, swap: Optional[Callable[[str], str]] = None) -> Counter:
    """(accuser, accused, voice, negated) of every blame, by the words in the text (names swapped back when
    ``swap`` is given), so two analyses compare whatever canonical names the alias tables know."""
    return Counter(key for key, _ in _shape_keys(analysis, swap))


def shape_confidences(analysis: ArticleAnalysis, swap: Optional[Callable[[str], str]] = None) -> dict[tuple, list]:
    """The confidences of each shape's blames, sorted, so an even pair's twins can be compared one to one."""
    out: dict[tuple, list] = {}
    for key, confidence in _shape_keys(analysis, swap):
        out.setdefault(key, []).append(confidence)
    return {key: sorted(values) for key, values in out.items()}


@dataclass
class Pair:
    """One sentence and its swapped twin, with the blame shapes of each (the twin's swapped back)."""

    sentence: str
    written: Counter
    swapped: Counter
    failed: bool = False
    mirror: bool = True  # False: the swap changes the grammar (see ``mirrored``), so the pair is not scored
    # each shape's confidences as written and swapped back (empty when not measured)
    written_confidence: dict = field(default_factory=dict)
    swapped_confidence: dict = field(default_factory=dict)

    def confidence_gaps(self) -> list[float]:
        """|confidence as written − swapped| for each blame of an even pair, matched within its shape."""
        return [abs(a - b) for key, values in self.written_confidence.items()
                for a, b in zip(values, self.swapped_confidence.get(key, []))]

    @property
    def even(self) -> bool:
        return self.written == self.swapped


def sentences_naming(texts: Iterable[str], table: dict[str, str], nlp) -> list[str]:
    """Sentences (5–80 tokens) that name at least one side of a pair, in order, each once. Lines are
    parsed apart, so a headline never runs into the paragraph after it."""
    pattern = _names(table)
    lines = [line for text in texts for line in text.split("\n") if pattern.search(line)]
    seen: dict[str, None] = {}
    for doc in nlp.pipe(lines, batch_size=64):
        for sent in doc.sents:
            if MIN_SENTENCE_TOKENS <= len(sent) <= MAX_SENTENCE_TOKENS and pattern.search(sent.text):
                seen.setdefault(sent.text.strip(), None)
    return list(seen)


def compare(sentences: list[str], table: dict[str, str], settings=None,
            crossing: frozenset[str] = frozenset()) -> list[Pair]:
    """Analyse every sentence as written and swapped (one batch) and pair up their blame shapes; ``crossing``:
    names whose swap crosses gender (``gender_crossing``)."""
    from ..analysis import analyze_many
    from ..ingest.readers import article_from_text

    swap = swapper(table)
    inputs = []
    for i, sentence in enumerate(sentences):
        inputs.append(article_from_text(sentence, source=f"swap:{i}:written", settings=settings))
        inputs.append(article_from_text(swap(sentence), source=f"swap:{i}:swapped", settings=settings))
    analyses = list(analyze_many(inputs, settings))
    pairs = []
    for sentence, written, swapped in zip(sentences, analyses[::2], analyses[1::2]):
        failed = any(e.severity == "error" for e in (*written.errors, *swapped.errors))
        pairs.append(Pair(sentence, blame_shape(written), blame_shape(swapped, swap), failed,
                          mirrored(sentence, crossing), shape_confidences(written), shape_confidences(swapped, swap)))
    return pairs


def score(pairs: list[Pair]) -> dict:
    """Sentences analysed, those with a blame on either side, and the share of those that are even-handed."""
    with_blames = [p for p in pairs if not p.failed and (p.written or p.swapped)]
    scored = [p for p in with_blames if p.mirror]
    even = sum(p.even for p in scored)
    gaps = [g for p in scored if p.even for g in p.confidence_gaps()]
    return {
        "sentences": len(pairs),
        "failed": sum(p.failed for p in pairs),
        "not_mirrored": len(with_blames) - len(scored),
        "with_blames": len(scored),
        "even": even,
        "even_share": round(even / len(scored), 4) if scored else None,
        # even-handed confidence too: in the even pairs, how far the same blame's confidence moves with the names
        "confidence_gap_mean": round(sum(gaps) / len(gaps), 4) if gaps else None,
        "confidence_gap_within_0.05": round(sum(g <= 0.05 for g in gaps) / len(gaps), 4) if gaps else None,
        "uneven": [{"sentence": p.sentence, "written": _listed(p.written), "swapped_back": _listed(p.swapped)}
                   for p in scored if not p.even],
    }


def _listed(shape: Counter) -> list[str]:
    return sorted(f"{a} -> {b} [{voice}{', negated' if neg else ''}]" for (a, b, voice, neg) in shape.elements())


def format_report(result: dict, show: int = 10) -> str:
    """The figures, then up to ``show`` uneven sentences with both sets of blames."""
    share = "n/a" if result["even_share"] is None else f"{result['even_share']:.4f}"
    lines = [f"sentences\t{result['sentences']}\tfailed\t{result['failed']}\tnot_mirrored\t{result['not_mirrored']}"
             f"\twith_blames\t{result['with_blames']}",
             f"even\t{result['even']}\teven_share\t{share}"]
    if result.get("confidence_gap_mean") is not None:
        lines.append(f"confidence_gap_mean\t{result['confidence_gap_mean']:.4f}\tconfidence_gap_within_0.05\t"
                     f"{result['confidence_gap_within_0.05']:.4f}")
    for item in result["uneven"][:show]:
        lines += ["", item["sentence"], "  as written:   " + "; ".join(item["written"] or ["(none)"]),
                  "  swapped back: " + "; ".join(item["swapped_back"] or ["(none)"])]
    return "\n".join(lines)
