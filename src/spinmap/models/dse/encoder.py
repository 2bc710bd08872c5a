"""Fine-tuned MiniLM (all-MiniLM-L6-v2, ONNX int8) DSE classifier.

The classifier reads ``[CLS] .. @ e1 @ .. # e2 # .. [SEP]`` and returns label 0-4 probabilities;
it runs with onnxruntime only (no torch, no tokenizer package at inference) and is loaded once per process.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ...errors import SpinmapError
from ..wordpiece import WordPiece

HERE = Path(__file__).resolve().parent
ONNX = HERE / "minilm_dse_int8.onnx"
VOCAB = HERE / "vocab.txt"


class Classifier:
    """onnxruntime session over the fine-tuned classifier; :meth:`proba` returns (n, 5) float32."""

    def __init__(self, onnx_path: Path = ONNX, vocab_path: Path = VOCAB, threads: int = 2):
        try:
            import onnxruntime as ort

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
            self.session = ort.InferenceSession(str(onnx_path), opts, providers=["CPUExecutionProvider"])
            self.tok = WordPiece(vocab_path)
        except Exception as exc:  # missing file, corrupt model
            raise SpinmapError("SM103", path=str(onnx_path), what="dse classifier") from exc

    def proba(self, texts: Sequence[str], e1s: Sequence[tuple[int, int]], e2s: Sequence[tuple[int, int]],
              batch_size: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), 5), dtype=np.float32)
        encs = [self.tok.encode_pair(t, a, b) for t, a, b in zip(texts, e1s, e2s)]
        order = sorted(range(len(encs)), key=lambda i: len(encs[i][0]))
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            width = max(len(encs[i][0]) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                n = len(encs[i][0])
                ids[r, :n] = encs[i][0]
                mask[r, :n] = 1
            pos1 = np.array([encs[i][1] for i in idx], dtype=np.int64)
            pos2 = np.array([encs[i][2] for i in idx], dtype=np.int64)
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "e1_pos": pos1, "e2_pos": pos2})[0]
            z = np.exp(logits - logits.max(axis=1, keepdims=True))
            out[idx] = z / z.sum(axis=1, keepdims=True)
        return out


@lru_cache(maxsize=1)
def load_classifier() -> Classifier:
    """The shipped classifier, loaded once per process."""
    return Classifier()
