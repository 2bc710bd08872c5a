"""The optimiser recipe shared by every MiniLM fine-tune (DSE classifier, techniques SI tagger)."""
from __future__ import annotations


def warmup_adamw(model, lr: float, steps: int, warmup: float = 0.06, weight_decay: float = 0.01):
    """AdamW (no decay on bias/LayerNorm) with linear warmup over ``warmup`` of ``steps``, then linear decay.

    Returns ``(optimizer, scheduler)``; call ``scheduler.step()`` after every optimiser step.
    """
    import torch

    warm = max(1, int(warmup * steps))
    decay, no_decay = [], []
    for name, p in model.named_parameters():
        (no_decay if name.endswith("bias") or "LayerNorm" in name else decay).append(p)
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    return opt, sched


def optimiser_step(model, loss, opt, sched, clip: float = 1.0) -> float:
    """Backward, clip the gradient norm, step the optimiser and the schedule; returns the loss value."""
    import torch

    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
    opt.step()
    sched.step()
    return loss.item()
