"""BERT-uncased WordPiece tokenizer with char offsets, for the shipped MiniLM ONNX models (DSE, techniques).

Re-implemented so inference needs neither torch nor a tokenizer package; it gives the same ids as
all-MiniLM-L6-v2's ``tokenizer.json`` (checked on every DSE train and valid line).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

MAX_TOKENS = 256
MAX_PAIR_TOKENS = 128
E1_MARK, E2_MARK = "@", "#"  # entity markers of encode_pair (ordinary vocab tokens)


class Encoding:
    """Token ids with their [start, end) char offsets into the input (special tokens get (0, 0))."""

    __slots__ = ("ids", "offsets")

    def __init__(self, ids: list[int], offsets: list[tuple[int, int]]):
        self.ids, self.offsets = ids, offsets


class WordPiece:
    """BERT uncased tokenizer (BertNormalizer + BertPreTokenizer + WordPiece) with char offsets.

    Re-implemented here so inference needs no tokenizer package; same rules as the model's tokenizer.json.
    """

    def __init__(self, vocab_path: Path):
        words = Path(vocab_path).read_text(encoding="utf-8").split("\n")
        self.vocab = {w: i for i, w in enumerate(words) if w}
        self.cls, self.sep, self.unk = self.vocab["[CLS]"], self.vocab["[SEP]"], self.vocab["[UNK]"]

    def _words(self, text: str) -> list[tuple[str, int, int]]:
        """Normalised words (lowercased, accents stripped, punctuation split off) with original char spans."""
        words: list[tuple[str, int, int]] = []
        cur: list[str] = []
        start = 0

        def flush(end: int) -> None:
            if cur:
                words.append(("".join(cur), start, end))
                cur.clear()

        for i, ch in enumerate(text):
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if ch.isspace() or unicodedata.category(ch) == "Zs":
                flush(i)
                continue
            norm = "".join(c for c in unicodedata.normalize("NFD", ch.lower()) if unicodedata.category(c) != "Mn")
            if not norm:
                continue
            if _is_punct(ch) or _is_cjk(cp):
                flush(i)
                words.append((norm, i, i + 1))
                continue
            if not cur:
                start = i
            cur.append(norm)
        flush(len(text))
        return words

    def pieces(self, text: str) -> list[int]:
        """WordPiece ids of ``text`` without [CLS]/[SEP] and without truncation."""
        return self.encode_words(text)[0]

    def encode(self, text: str) -> Encoding:
        ids, offsets = self.encode_words(text)
        ids, offsets = [self.cls] + ids[: MAX_TOKENS - 2], [(0, 0)] + offsets[: MAX_TOKENS - 2]
        ids.append(self.sep)
        offsets.append((0, 0))
        return Encoding(ids, offsets)

    def encode_pair(self, text: str, e1: tuple[int, int], e2: tuple[int, int],
                    max_tokens: int = MAX_PAIR_TOKENS) -> tuple[list[int], int, int]:
        """[CLS] ... @ e1 @ ... # e2 # ... [SEP] ids and the positions of the two opening markers.

        Each entity gets its own marker (e1 ``@``, e2 ``#``, both ordinary vocab tokens), so direction is
        visible whichever comes first; an over-long line loses tokens far from the entities first.
        """
        marks = {1: self.vocab[E1_MARK], 2: self.vocab[E2_MARK]}
        (a, b, k1), (c, d, k2) = sorted([(e1[0], e1[1], 1), (e2[0], e2[1], 2)])
        c, d = max(c, b), max(d, b)  # overlapping entities: the second starts where the first ends
        pre, x1, mid, x2, post = (self.pieces(text[i:j]) for i, j in ((0, a), (a, b), (b, c), (c, d), (d, len(text))))
        budget = max_tokens - 2
        x1, x2 = x1[: budget // 4], x2[: budget // 4]
        fixed = len(x1) + len(x2) + 4
        if fixed + len(mid) > budget:
            h = (budget - fixed) // 2
            mid = mid[:h] + mid[len(mid) - (budget - fixed - h):]
        room = budget - fixed - len(mid)
        keep_pre = min(len(pre), max(room // 2, room - len(post)))
        pre, post = pre[len(pre) - keep_pre:], post[: room - keep_pre]
        p_first = 1 + len(pre)
        p_second = p_first + len(x1) + 2 + len(mid)
        ids = ([self.cls] + pre + [marks[k1]] + x1 + [marks[k1]] + mid + [marks[k2]] + x2 + [marks[k2]] + post
               + [self.sep])
        return (ids, p_first, p_second) if k1 == 1 else (ids, p_second, p_first)

    def encode_words(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Word-piece ids of the whole text, no [CLS]/[SEP] and no length cap, with each piece's char span."""
        ids: list[int] = []
        offsets: list[tuple[int, int]] = []
        for word, a, b in self._words(text):
            pieces: list[int] = []
            if len(word) > 100:
                pieces = [self.unk]
            else:
                i = 0
                while i < len(word):
                    j = len(word)
                    while j > i:
                        sub = word[i:j] if i == 0 else "##" + word[i:j]
                        if sub in self.vocab:
                            break
                        j -= 1
                    if j == i:
                        pieces = [self.unk]
                        break
                    pieces.append(self.vocab[sub])
                    i = j
            # sub-word offsets are approximate when normalisation changed the length; entity pooling only needs overlap
            for p in pieces:
                ids.append(p)
                offsets.append((a, b))
        return ids, offsets


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)
