"""Title-case headlines are parsed in sentence case.

spaCy's small English model reads a capitalised word as a name: "Pashinyan Blames Russia For Defeat"
parses "Blames Russia" as a compound noun, and NER makes "The Kremlin Keeps Betting On Rebels"
one entity. Ingest puts the headline at the start of ``text``; for parsing only, its common words are
lowercased (same length, so every offset holds) and the parse is then carried back onto the
original characters. The headline is always its own sentence. Names stay capitalised: actor-table
words, demonyms, words the body itself writes capitalised, and words not in the lemmatizer's English
vocabulary.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional, Union

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ..records import headline_end
from .actors import load_table

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?:;\"“”'‘’«»(\[—–-]\s*$")
# A headline is title case when this share of its longer words (not the first) start with a capital.
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_WORDS = 3


def parser_input(text: str, title: Optional[str], nlp: Language) -> Union[str, Doc]:
    """What to parse for ``text``: itself, or, when it opens with the headline ``title``, a tokenised
    Doc whose headline is its own sentence (headlines have no final stop and would run into the
    first sentence) and is in sentence case when it was in title case."""
    if not headline_end(text, title):
        return text
    cased = sentence_cased(title, text[len(title) + 2:], nlp)
    doc = nlp.make_doc(text if cased is None else cased + text[len(title):])
    first = next((t for t in doc if t.idx >= len(title) + 2), None)
    if first is not None:
        first.is_sent_start = True
    return doc


def sentence_cased(headline: str, body: str, nlp: Language) -> Optional[str]:
    """The headline with its common words lowercased, or None when it is not in title case."""
    words = list(_WORD.finditer(headline))
    longer = [m.group() for m in words[1:] if len(m.group()) > 3]
    if len(longer) < TITLE_CASE_MIN_WORDS or sum(w[0].isupper() for w in longer) < TITLE_CASE_SHARE * len(longer):
        return None
    single, multi = _names()
    names = {w for joined, surface in multi if joined in headline for w in surface}
    lower, capitalised = _body_casing(body)
    out = list(headline)
    for i, m in enumerate(words):
        word = m.group()
        if i == 0 or word in single or word in names or _SENTENCE_END.search(headline[:m.start()]):
            continue
        if _lowercase_in_headline(word, lower, capitalised, nlp):
            out[m.start()] = word[0].lower()
    return "".join(out)


def _body_casing(body: str) -> tuple[Counter, Counter]:
    """How often each word is written lowercase in the body, and capitalised mid-sentence (a name)."""
    lower: Counter = Counter()
    capitalised: Counter = Counter()
    for m in _WORD.finditer(body):
        word, at = m.group(), m.start()
        if word.islower():
            lower[word] += 1
        elif word[0].isupper() and at >= 2 and body[at - 1] == " " and (body[at - 2].isalnum() or body[at - 2] in ",;"):
            capitalised[word] += 1
    return lower, capitalised


def _lowercase_in_headline(word: str, lower: Counter, capitalised: Counter, nlp: Language) -> bool:
    """Whether a capitalised headline word is a common word rather than a name."""
    if not (word[0].isupper() and word[1:] == word[1:].lower()):
        return False  # lowercase already, or an acronym (NATO, US) or mixed case (McCain)
    if word == "I" or word[:2] in ("I'", "I’"):
        return False
    as_lower, as_name = lower[word.lower()], capitalised[word]
    if as_lower or as_name:
        return as_lower >= as_name
    return _is_english(word.lower(), nlp)


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset, tuple]:
    """Actor-table names: capitalised one-word aliases, demonyms and their plurals; multi-word aliases."""
    table = load_table()
    single = {s[0] for s in table.surfaces if len(s) == 1 and s[0][:1].isupper()}
    single |= {a + suffix for a in table.adjectives if a[:1].isupper() for suffix in ("", "s")}
    multi = tuple((" ".join(s), s) for s in table.surfaces if len(s) > 1 and any(w[:1].isupper() for w in s))
    return frozenset(single), multi


def _is_english(word: str, nlp: Language) -> bool:
    """In the lemmatizer's vocabulary (WordNet base forms, irregular forms), directly or by a suffix rule."""
    index, exceptions, rules = _vocabulary(nlp)
    if word in index or word in exceptions:
        return True
    return any(word.endswith(old) and word[: len(word) - len(old)] + new in index for old, new in rules)


@lru_cache(maxsize=4)
def _vocabulary(nlp: Language) -> tuple[frozenset, frozenset, tuple]:
    """English words known to the pipeline: stop words plus its rule lemmatizer's tables, when it has them
    (a user's pipeline without them lowercases only function words and body-attested words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    lookups = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None

    def table(name: str) -> dict:
        return lookups.get_table(name) if lookups is not None and lookups.has_table(name) else {}

    index = set(STOP_WORDS)
    for words in table("lemma_index").values():
        index.update(words)
    exceptions = {form for forms in table("lemma_exc").values() for form in forms}
    rules = {(old, new) for pairs in table("lemma_rules").values() for old, new in pairs if old}
    return frozenset(index), frozenset(exceptions), tuple(sorted(rules))


# Token annotations carried over by :func:`with_text` (HEAD and DEP also give the sentences).
_CARRIED = [TAG, POS, MORPH, LEMMA, NORM, HEAD, DEP, ENT_IOB, ENT_TYPE]


def with_text(doc: Doc, text: str) -> Doc:
    """``doc``'s analysis (tags, lemmas, parse, entities, vectors) on ``text``, which differs only in case."""
    if doc.text == text:
        return doc
    out = Doc(doc.vocab, words=[text[t.idx:t.idx + len(t)] for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(_CARRIED, doc.to_array(_CARRIED))
    out.tensor = doc.tensor
    return out
