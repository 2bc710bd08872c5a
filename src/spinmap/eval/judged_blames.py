"""Blame precision on real news, from a person's judgement of every blame spinmap reports in a set of articles.

No corpus marks accusations with accuser, accused, charge and voice, and the SemEval framing figure judges only the
entities its annotators chose. So precision is measured by hand: each blame spinmap reports in the articles is
judged right (``R``), partly right (``P``: the right pair in the right direction, but the accuser's name or the voice
is off) or wrong (``W``, with an error class). The judgements file holds no article text, only one line per judged
blame: ``article<TAB>evidence start<TAB>key<TAB>verdict<TAB>class``, where the article is the first 12 hex digits of
its content id (the sha1 of its text: file names can quote headlines) and the key a hash of the whole record (article,
evidence span, accuser, accused, charge, voice, negation, hedge). A record that changes in any of these is a new
record, so after a code change the report says how many current blames are judged, how many judged ones are gone
(by verdict), and which new ones still need a verdict (``--show`` prints them, ``--append`` adds them with verdict
``?`` for a person to fill in).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from ..errors import SpinmapError
from ..records import ArticleAnalysis, Blame

VERDICTS = ("R", "P", "W")
UNJUDGED = "?"


@dataclass(frozen=True)
class Judgement:
    article: str
    start: int
    key: str
    verdict: str
    error_class: str = ""


def article_ref(analysis: ArticleAnalysis) -> str:
    return analysis.id[:12]


def record_key(analysis: ArticleAnalysis, blame: Blame) -> str:
    """Hash of everything a verdict depends on; 16 hex digits."""
    return blame_key(analysis.id, blame)


def blame_key(article_id: str, blame: Blame) -> str:
    """:func:`record_key` from the article's content id (for records built outside an analysis)."""
    parts = (article_id, *blame.evidence.span, blame.source.kind, blame.source.name, blame.target.name, blame.charge,
             blame.voice, blame.negated, blame.hedged)
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def read_judgements(path: Path) -> dict[str, Judgement]:
    """key -> Judgement; ``#`` lines are comments. A malformed line or an unknown verdict: SM501."""
    out: dict[str, Judgement] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4 or not cols[1].isdigit() or cols[3] not in (*VERDICTS, UNJUDGED):
            raise SpinmapError("SM501", path=f"{path}:{number}", cmd="eval blames",
                               detail="need article<TAB>start<TAB>key<TAB>R|P|W|?[<TAB>class]")
        out[cols[2]] = Judgement(cols[0], int(cols[1]), cols[2], cols[3], cols[4] if len(cols) > 4 else "")
    return out


def judgement_line(analysis: ArticleAnalysis, blame: Blame) -> str:
    """A new line for the judgements file, verdict ``?``."""
    return f"{article_ref(analysis)}\t{blame.evidence.span[0]}\t{record_key(analysis, blame)}\t{UNJUDGED}\t"


def judge(analyses: Iterable[tuple[str, ArticleAnalysis]], judgements: dict[str, Judgement]) -> dict:
    """Verdict counts over the current blames, the judged blames no longer reported, and the unjudged ones."""
    counts: Counter = Counter()
    classes: Counter = Counter()
    unjudged: list[tuple[str, ArticleAnalysis, Blame]] = []
    seen: set[str] = set()
    scored: list[tuple[str, float]] = []  # (verdict, confidence) of the judged records
    for doc, analysis in analyses:
        for blame in analysis.blames:
            key = record_key(analysis, blame)
            seen.add(key)
            j = judgements.get(key)
            if j is None or j.verdict == UNJUDGED:
                unjudged.append((doc, analysis, blame))
                continue
            counts[j.verdict] += 1
            scored.append((j.verdict, blame.confidence))
            if j.verdict == "W":
                classes[j.error_class or "unclassed"] += 1
    gone = Counter(j.verdict for key, j in judgements.items() if key not in seen)
    judged = sum(counts.values())
    return {
        "blames": judged + len(unjudged),
        "judged": judged,
        "verdicts": {v: counts[v] for v in VERDICTS},
        "strict_precision": counts["R"] / judged if judged else 0.0,
        "lenient_precision": (counts["R"] + counts["P"]) / judged if judged else 0.0,
        "wrong_classes": dict(classes.most_common()),
        "confidence": confidence_figures([v for v, _ in scored], [c for _, c in scored]),
        "gone_judged": {v: gone[v] for v in VERDICTS if gone[v]},
        "unjudged": unjudged,
    }


CONFIDENCE_LEVELS = (0.5, 0.7, 0.85)


def auc(accepted: np.ndarray, scores: np.ndarray) -> Optional[float]:
    """Area under the ROC curve of ``scores`` for ``accepted`` (1) against not (0), ties counting half; None with one
    class only."""
    from sklearn.metrics import roc_auc_score

    accepted = np.asarray(accepted)
    if accepted.size == 0 or accepted.min() == accepted.max():
        return None
    return float(roc_auc_score(accepted, np.asarray(scores, dtype=float)))


def confidence_figures(verdicts: Sequence[str], scores: Sequence[float]) -> dict:
    """How well confidence sorts records: AUC for accepted (R or P) against wrong (W), and the precision among the
    records at or above each of ``CONFIDENCE_LEVELS`` (with how many there are)."""
    v, scores = np.asarray(verdicts), np.asarray(scores, dtype=float)
    out = {"records": len(v), "auc": auc((v != "W").astype(int), scores), "at": {}}
    for level in CONFIDENCE_LEVELS:
        keep = scores >= level
        n = int(keep.sum())
        out["at"][str(level)] = {"records": n, "strict": float((v[keep] == "R").mean()) if n else None,
                                 "lenient": float((v[keep] != "W").mean()) if n else None}
    return out


def format_report(result: dict, show: int) -> str:
    v = result["verdicts"]
    lines = [
        f"blames {result['blames']}, judged {result['judged']} (R {v['R']} / P {v['P']} / W {v['W']}), "
        f"unjudged {len(result['unjudged'])}",
        f"precision strict {result['strict_precision']:.3f}  counting partly right {result['lenient_precision']:.3f}",
    ]
    conf = result.get("confidence")
    if conf and conf["auc"] is not None:
        levels = "; ".join(f"≥ {level}: {f['records']} ({f['strict']:.3f} / {f['lenient']:.3f})" if f["records"]
                           else f"≥ {level}: 0" for level, f in conf["at"].items())
        lines.append(f"confidence AUC {conf['auc']:.3f} (right or partly right against wrong); records at or above a "
                     f"confidence (strict / partly right): {levels}")
    if result["wrong_classes"]:
        lines.append("wrong, by class: " + ", ".join(f"{k} {n}" for k, n in result["wrong_classes"].items()))
    if result["gone_judged"]:
        lines.append("judged blames no longer reported: " + ", ".join(f"{k} {n}" for k, n in result["gone_judged"].items()))
    for doc, analysis, b in result["unjudged"][:show]:
        flags = "".join([" NOT" if b.negated else "", " (hedged)" if b.hedged else ""])
        lines.append(f"? {doc} {b.evidence.span[0]} {record_key(analysis, b)}: {b.source.name} → {b.target.name}: "
                     f"{b.charge} [{b.voice}]{flags}")
        lines.append("    │ " + " ".join(b.evidence.text.split()))
    return "\n".join(lines)
