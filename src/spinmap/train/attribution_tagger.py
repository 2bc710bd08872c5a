"""Fine-tune all-MiniLM-L6-v2 as a word-piece span tagger for PolNeAR attribution (issue 3, round 8).

Nine sigmoid outputs per piece: for each role (source, cue, content) inside / begins here / ends here,
so nested and overlapping attributions of one role still label cleanly. Articles are cut into windows
of <= 254 pieces like the SI tagger (``train/techniques_tagger.py`` supplies the model, the fine-tune
loop and the int8 export). Fit only on the cue model's fit articles (``split_names(names, 0.1, 0)``);
the 10 % slice stays unseen for choosing how the tagger is used. Needs the optional ``train`` extra.

  python -m spinmap.train.attribution_tagger fit TEXT_DIR ANN_DIR --work /tmp/attr7     # checkpoint per epoch
  python -m spinmap.train.attribution_tagger spans TEXT_DIR ANN_DIR --work /tmp/attr7 --epoch K  # tagger-alone P/R/F1
  python -m spinmap.train.attribution_tagger export --work /tmp/attr7 --epoch K          # int8 ONNX
  spinmap train attribution TEXT_DIR ANN_DIR --cache /tmp/attr/train.spacy --out /tmp/attr7/cue_model.json \
      --slice-model /tmp/attr7/slice_model.json                                          # the pipeline without the slice
  python -m spinmap.train.attribution_tagger tune TEXT_DIR ANN_DIR --work /tmp/attr7 \
      --cache /tmp/attr/train.spacy --slice-model /tmp/attr7/slice_model.json           # choose tagger.json on the slice
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from ..eval.polnear import ROLES, Attribution, iter_texts, load_gold
from ..extract.attribution import TAGGER_FILE, TAGGER_STRIDE, decode_spans
from ..extract.techniques import MODEL_DIR as TECH_DIR, VOCAB_FILE
from ..models.wordpiece import WordPiece
from .attribution import split_names
from .techniques_tagger import Article as TaggedArticle
from .techniques_tagger import export_onnx, finetune, load_checkpoint, piece_probs_torch, word_scores

OUTPUTS = 3 * len(ROLES)  # per role: inside, begin, end


class Article(TaggedArticle):
    """One article's word pieces (ids, word of each piece, word char spans) and its packed gold bits per piece:
    bit 3*r + k is role r's inside (k=0), begin (k=1) or end (k=2) flag of the piece's word."""

    def __init__(self, aid: str, text: str, tok: WordPiece, gold: Sequence[Attribution] = ()):
        super().__init__(aid, text, tok)
        bits = np.zeros(len(self.words), dtype=np.int64)
        starts = np.array([a for a, _ in self.words], dtype=np.int64)
        ends = np.array([b for _, b in self.words], dtype=np.int64)
        for g in gold:
            for r, role in enumerate(ROLES):
                span = g.role(role)
                if span is None:
                    continue
                inside = np.flatnonzero((starts < span[1]) & (ends > span[0]))
                if not len(inside):
                    continue
                bits[inside] |= 1 << (3 * r)
                bits[inside[0]] |= 1 << (3 * r + 1)
                bits[inside[-1]] |= 1 << (3 * r + 2)
        self.labels = bits[self.word_of] if len(self.word_of) else np.zeros(0, dtype=np.int64)


def bit_loss(logits, lab):
    """Mean binary cross-entropy of the nine outputs against the packed gold bits (positions with -100 skipped)."""
    import torch

    valid = lab != -100
    shifts = torch.arange(OUTPUTS, dtype=torch.long)
    target = ((lab.clamp(min=0)[..., None] >> shifts) & 1).float()
    loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none").mean(-1)
    return (loss * valid.float()).sum() / valid.float().sum().clamp(min=1.0)


def _sigmoid(logits):
    import torch

    return torch.sigmoid(logits)


def load_split(text_dir: Path, ann_dir: Path, seed: int = 0) -> tuple[dict[str, str], dict, list[str], list[str]]:
    """(texts, gold, fit names, slice names): the cue trainer's split of the articles that have gold."""
    texts = dict(iter_texts(text_dir))
    gold = load_gold(ann_dir)
    names = [n for n in texts if n in gold]
    tune, fit = split_names(names, 0.1, seed)
    return texts, gold, sorted(fit), sorted(tune)


def word_probs(art: Article, probs: np.ndarray) -> np.ndarray:
    """Per word: mean of its pieces' nine values."""
    if not len(art.words):
        return np.zeros((0, OUTPUTS))
    return np.stack([word_scores(art, probs[:, k]) for k in range(OUTPUTS)], axis=1)


def span_scores(arts: Sequence[Article], probs: Sequence[np.ndarray], gold: dict,
                threshold: float = 0.5) -> dict[str, tuple]:
    """Tagger-alone per role: (exact P, R, F1, overlap P, R, F1) of decoded spans against the distinct gold spans
    of that role; overlap P = share of predictions touching some gold span, R = share of gold spans touched."""
    out = {}
    for r, role in enumerate(ROLES):
        tp_e = hit_p = hit_g = n_pred = n_gold = 0
        for a, p in zip(arts, probs):
            wp = word_probs(a, p)
            pred = set(decode_spans(a.words, wp[:, 3 * r], wp[:, 3 * r + 1], wp[:, 3 * r + 2], threshold))
            gs = {g.role(role) for g in gold.get(a.aid, []) if g.role(role) is not None}
            n_pred += len(pred)
            n_gold += len(gs)
            tp_e += len(pred & gs)
            hit_p += sum(any(s < ge and gs_ < e for gs_, ge in gs) for s, e in pred)
            hit_g += sum(any(s < ge and gs_ < e for s, e in pred) for gs_, ge in gs)

        def prf(tp_p: int, tp_g: int) -> tuple[float, float, float]:
            pr, rc = tp_p / max(n_pred, 1), tp_g / max(n_gold, 1)
            return pr, rc, 2 * pr * rc / max(pr + rc, 1e-9)

        out[role] = prf(tp_e, tp_e) + prf(hit_p, hit_g)
    return out


EDGE_WEIGHTS = (0.5, 1.0, 2.0)
KEEP_WEIGHTS = (0.0, 0.5, 1.0)
KEEP_BIASES = (-0.5, 0.5)
CUE_FLOORS = (0.3, 0.5, 0.7)


def slice_scores(docs: dict, gold: dict, probs: dict, mix: Optional[dict]) -> tuple[float, dict]:
    """(mean exact F1, per-role exact/overlap F1 and found share) of the loaded pipeline on ``docs``, with the
    tagger used as ``mix`` says (None: not at all)."""
    from ..eval.polnear import score
    from ..extract import attribution as attr

    old = attr._tagger_mix
    attr._tagger_mix = lambda: mix
    try:
        pred = {n: [Attribution(content=f.content, source=f.source, cue=f.cue)
                    for f in attr.find_attributions(d, orphans=False, tagger=probs[n] if mix else None)]
                for n, d in docs.items()}
    finally:
        attr._tagger_mix = old
    c = score(pred, {n: gold[n] for n in docs})["ALL"]
    fig = {f"{r}_{m}": round(c.prf(r, m)[2], 4) for r in ROLES for m in ("exact", "overlap")}
    fig["found"] = round(c.found, 4)
    return sum(c.prf(r)[2] for r in ROLES) / 3, fig


def tune_mix(text_dir: Path, ann_dir: Path, work: Path, cache: Optional[Path], slice_model: Path,
             arts: Sequence[Article], gold: dict, log: Callable[[str], None]) -> dict:
    """Choose on the slice, greedily in this order, the edge weight per role (content, cue, source), then the
    cue floor and the keep weights, each kept only when it raises mean exact F1; writes ``work/tagger.json``."""
    import json

    from ..extract.attribution import attribution_tagger
    from ..nlp.pipeline import load_pipeline
    from ..nlp.vectors import token_vectors
    from .attribution import _scoring_with, parsed_corpus

    names = {x.aid for x in arts}
    docs = {n: d for n, d in parsed_corpus(text_dir, load_pipeline(), cache).items() if n in names}
    for d in docs.values():
        d.tensor = token_vectors(d)
    tagger = attribution_tagger(work / TAGGER_FILE)
    t0 = time.time()
    probs = {n: tagger.token_probs(d) for n, d in docs.items()}
    log(f"int8 tagger over {len(docs)} slice articles: {time.time() - t0:.1f}s")
    piece = [tagger.piece_probs(x.ids) for x in arts]
    for role, v in span_scores(arts, piece, gold).items():
        log(f"slice int8 tagger alone {role}: exact P={v[0]:.3f} R={v[1]:.3f} F1={v[2]:.3f} | "
            f"overlap P={v[3]:.3f} R={v[4]:.3f} F1={v[5]:.3f}")
    with _scoring_with(json.loads(slice_model.read_text("utf-8"))):
        base, fig = slice_scores(docs, gold, probs, None)
        log(f"slice without tagger: mean exact F1 {base:.4f} {fig}")
        mix: dict = {"stride": TAGGER_STRIDE, "edge": {}, "cue_floor": 0.0, "keep": {}}
        best = base

        def trial(m: dict, tag: str) -> bool:
            nonlocal best
            f, fig = slice_scores(docs, gold, probs, m)
            log(f"{tag}: {f:.4f} {fig}")
            if f > best:
                best = f
                return True
            return False

        for role in ("content", "cue", "source"):  # edge weight per role, each on top of the ones before
            pick = None
            for lam in EDGE_WEIGHTS:
                m = dict(mix, edge=dict(mix["edge"], **{role: lam}))
                if trial(m, f"edge {role} {lam}"):
                    pick = m
            mix = pick or mix
        for wc in KEEP_WEIGHTS:  # keep weights (cue, content), then their bias, then the cue floor
            for wt in KEEP_WEIGHTS:
                m = dict(mix, keep={"cue": wc, "content": wt, "bias": 0.0})
                if (wc or wt) and trial(m, f"keep cue {wc} content {wt}"):
                    pick = m
        mix = pick or mix
        if mix["keep"]:
            for b in KEEP_BIASES:
                m = dict(mix, keep=dict(mix["keep"], bias=b))
                if trial(m, f"keep bias {b}"):
                    pick = m
            mix = pick or mix
        for floor in CUE_FLOORS:
            m = dict(mix, cue_floor=floor)
            if trial(m, f"cue floor {floor}"):
                pick = m
        mix = pick or mix
        f, fig = slice_scores(docs, gold, probs, mix)
        log(f"chosen {json.dumps(mix, sort_keys=True)}: mean exact F1 {f:.4f} {fig}")
    mix["slice"] = dict(fig, mean_exact_f1=round(f, 4))
    (work / "tagger.json").write_text(json.dumps(mix, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return mix


def main(argv: Optional[Sequence[str]] = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("fit", "spans", "export", "tune"))
    ap.add_argument("text_dir", nargs="?", type=Path)
    ap.add_argument("ann_dir", nargs="?", type=Path)
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--stride", type=int, default=192)
    ap.add_argument("--epoch", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=None, help="tune: DocBin parse cache of TEXT_DIR")
    ap.add_argument("--slice-model", type=Path, default=None, help="tune: the cue pipeline fit without the slice")
    a = ap.parse_args(argv)
    work = a.work
    work.mkdir(parents=True, exist_ok=True)
    log: Callable[[str], None] = lambda m: print(m, flush=True)  # noqa: E731
    if a.step == "export":
        out = export_onnx(load_checkpoint(work / f"attr_tagger_e{a.epoch}.pt"), work / TAGGER_FILE, _sigmoid, "probs")
        log(f"wrote {out} ({out.stat().st_size} B)")
        return
    tok = WordPiece(TECH_DIR / VOCAB_FILE)
    texts, gold, fit, tune = load_split(a.text_dir, a.ann_dir)
    log(f"fit={len(fit)} slice={len(tune)}")
    tune_arts = [Article(n, texts[n], tok, gold[n]) for n in tune]

    def report(model, tag):
        t0 = time.time()
        probs = piece_probs_torch(model, tune_arts, a.stride, tok.cls, tok.sep, _sigmoid, OUTPUTS)
        np.save(work / f"slice_probs_{tag}.npy", np.array(probs, dtype=object), allow_pickle=True)
        for role, v in span_scores(tune_arts, probs, gold).items():
            log(f"slice {tag} {role}: exact P={v[0]:.3f} R={v[1]:.3f} F1={v[2]:.3f} | "
                f"overlap P={v[3]:.3f} R={v[4]:.3f} F1={v[5]:.3f}")
        log(f"slice {tag} scored in {time.time() - t0:.0f}s")

    if a.step == "tune":  # onnxruntime only: runs without the train extra
        tune_mix(a.text_dir, a.ann_dir, work, a.cache, a.slice_model, tune_arts, gold, log)
        return
    import torch

    torch.set_num_threads(a.threads)
    if a.step == "spans":
        report(load_checkpoint(work / f"attr_tagger_e{a.epoch}.pt"), f"e{a.epoch}")
        return
    from .techniques_tagger import _tagger

    def on_epoch(ep, model):
        torch.save(model.state_dict(), work / f"attr_tagger_e{ep}.pt")
        report(model, f"e{ep}")

    train_arts = [Article(n, texts[n], tok, gold[n]) for n in fit]
    finetune(train_arts, a.epochs, a.lr, a.stride, a.threads, log, on_epoch, model=_tagger(6, outputs=OUTPUTS),
             loss_of=bit_loss)


if __name__ == "__main__":
    main()
