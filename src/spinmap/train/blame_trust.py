"""Fit the blame trust model (``extract/blame/trust.py``) on people's verdicts on real news.

Each judged set is a folder of articles and its judgements file (``spinmap eval blames``). The current code
extracts the blames with the rules' confidences; every record with a verdict gives one row: its features and
whether a careful reader accepts it (R or P) or not (W). Unjudged records are counted and left out.

C is chosen by leave-one-set-out AUC over the fitted sets (the most regularised within ``AUC_TOLERANCE`` of the best) (a set is a sample of articles drawn at one time, so
this measures how the model carries to articles it never saw); the model is then refit on all of them. Held-out
sets (``held_out``) are never fitted or used in selection: they are only scored, once, with the final model.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..analysis import STAGES, parse_articles
from ..errors import SpinmapError
from ..eval.framing import read_documents
from ..eval.judged_blames import UNJUDGED, auc, blame_key, confidence_figures, read_judgements
from ..extract.blame import extract_blames
from ..extract.blame.trust import MODEL_PATH, record_features

DEFAULT_CS = (0.03, 0.1, 0.3, 1.0)
AUC_TOLERANCE = 0.005  # leave-one-set-out AUCs closer than this are the same (one standard error is about 0.015)


@dataclass(frozen=True)
class JudgedSet:
    name: str
    docs_dir: Path
    judgements: Path


@dataclass
class Rows:
    features: list[dict[str, float]]
    verdicts: list[str]
    unjudged: int = 0


def judged_rows(judged: JudgedSet, nlp, batch_size: int = 16) -> Rows:
    """Features and verdict of every judged record the current rules give in one set's articles."""
    verdicts = read_judgements(judged.judgements)
    articles = read_documents(judged.docs_dir, sorted(p.name for p in judged.docs_dir.glob("*.txt")))
    rows = Rows([], [])
    before_blame = [s for s in STAGES if s.name in ("actors", "attribution")]
    for article, doc in zip(articles, parse_articles(articles, nlp, batch_size)):
        if isinstance(doc, Exception):
            continue
        state = {"doc": doc, "author": article.outlet}
        for stage in before_blame:
            state[stage.adds] = stage.run(state)
        blames = extract_blames(doc, state["actors"], state["quotes"], state["author"], trust=False)
        for blame, feats in zip(blames, record_features(doc, blames)):
            j = verdicts.get(blame_key(article.id, blame))
            if j is None or j.verdict == UNJUDGED:
                rows.unjudged += 1
                continue
            rows.features.append(feats)
            rows.verdicts.append(j.verdict)
    return rows


def _fit(features: list[dict[str, float]], accepted: np.ndarray, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=5000).fit(x, accepted)
    return vec, model


def train_blame_trust(fitted: Sequence[JudgedSet], held_out: Sequence[JudgedSet], nlp, out: Path = MODEL_PATH,
                      cs: Sequence[float] = DEFAULT_CS, log: Callable[[str], None] = print) -> dict:
    """Select C by leave-one-set-out AUC over ``fitted``, refit on all of them, score ``held_out``, write ``out``."""
    started = time.time()
    rows = {}
    for judged in [*fitted, *held_out]:
        rows[judged.name] = judged_rows(judged, nlp)
        r = rows[judged.name]
        log(f"{judged.name}: {len(r.verdicts)} judged records ({r.unjudged} unjudged left out)")
    names = [j.name for j in fitted]
    feats = [f for n in names for f in rows[n].features]
    verdicts = np.array([v for n in names for v in rows[n].verdicts])
    groups = np.array([n for n in names for _ in rows[n].verdicts])
    accepted = (verdicts != "W").astype(int)
    for name in names:
        rest = accepted[groups != name]
        if not 0 < rest.sum() < len(rest):
            raise SpinmapError("SM501", path=name, cmd="train blame-trust",
                               detail="leaving this set out leaves records of one kind only (all wrong or none wrong)")
    rule = np.array([f["rule_conf"] for f in feats])
    summary: dict = {"fitted": {n: len(rows[n].verdicts) for n in names}, "rule_auc": auc(accepted, rule), "by_c": {}}
    scored = []
    for c in cs:
        pred = np.zeros(len(verdicts))
        for name in names:
            test = groups == name
            vec, model = _fit([feats[i] for i in np.where(~test)[0]], accepted[~test], c)
            pred[test] = model.predict_proba(vec.transform([feats[i] for i in np.where(test)[0]]))[:, 1]
        score = auc(accepted, pred)
        summary["by_c"][str(c)] = score
        log(f"C={c}: leave-one-set-out AUC {score:.4f} (rule confidences {summary['rule_auc']:.4f})")
        scored.append((c, score, pred))
    # the most regularised C within AUC_TOLERANCE of the best: a simpler model, smaller swings between near-twins
    top = max(score for _, score, _ in scored)
    c, score, pred = min((item for item in scored if item[1] >= top - AUC_TOLERANCE), key=lambda item: item[0])
    summary.update(C=c, loso_auc=score, loso=confidence_figures(verdicts, pred), rule=confidence_figures(verdicts, rule))
    vec, model = _fit(feats, accepted, c)
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-5}
    summary["held_out"] = {}
    for judged in held_out:
        r = rows[judged.name]
        x = vec.transform(r.features)
        scores = model.predict_proba(x)[:, 1] if len(r.features) else np.zeros(0)
        rule_h = np.array([f["rule_conf"] for f in r.features])
        summary["held_out"][judged.name] = {"model": confidence_figures(r.verdicts, scores),
                                            "rule": confidence_figures(r.verdicts, rule_h)}
    summary["seconds"] = round(time.time() - started, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"weights": dict(sorted(weights.items())), "bias": round(float(model.intercept_[0]), 5),
                               "C": c, "fitted": summary["fitted"], "held_out": sorted(j.name for j in held_out)},
                              indent=0, sort_keys=False) + "\n", encoding="utf-8")
    return summary
