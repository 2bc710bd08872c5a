"""The blame trust model's file (``trust.json``): read by ``spinmap.extract.blame.trust``, refit by
``spinmap train blame-trust``; see ``MODEL_CARD.md``."""
