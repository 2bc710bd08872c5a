"""The match step of spaCy's ``attribute_ruler``, found from the doc's attribute columns.

The English pipelines' ruler holds ~180 one- or two-token patterns (the tag map and the morph rules: a tag
gives the part of speech, "gon na" the lemma "go", ...). spaCy's general Matcher tested every pattern at every
token, ~9 ms an article, a sixth of the whole parse (perf round 21). :class:`RuleIndex` files each pattern under
a value its first token must have (its LOWER, TAG, DEP or IS_SPACE), so a token meets only the few patterns that
can match it, and returns the same match list as ``AttributeRuler.match``; the ruler's own ``set_annotations``
then writes the attributes as before. A pattern with anything other than plain values, IN, NOT_IN and REGEX on
TAG, LOWER, DEP and IS_SPACE leaves the ruler as it is.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the ``to_array`` columns a pattern may test, in this order
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]


class Unsupported(ValueError):
    """A pattern the index does not reproduce exactly (the ruler keeps spaCy's Matcher)."""


def _test(name: str, value) -> tuple[int, str, object]:
    """``(column, kind, argument)`` of one token attribute test, as the Matcher compares it: plain strings and
    IN / NOT_IN members by their string ids (the empty string is 0, a missing value), booleans as 0/1,
    REGEX searched in the attribute's string."""
    col = _COLUMNS.index(name)
    if isinstance(value, bool):
        return col, "eq", int(value)
    if isinstance(value, str):
        return col, "eq", get_string_id(value)
    if isinstance(value, dict) and len(value) == 1:
        op, arg = next(iter(value.items()))
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return col, op.lower(), frozenset(get_string_id(a) for a in arg)
        if op == "REGEX" and isinstance(arg, str):
            return col, "regex", re.compile(arg)
    raise Unsupported(f"{name}: {value!r}")


def _token_tests(spec: dict) -> tuple[tuple[int, str, object], ...]:
    tests = []
    for name, value in spec.items():
        if not isinstance(name, str) or name.upper() not in _COLUMNS:
            raise Unsupported(f"attribute {name!r}")
        tests.append(_test(name.upper(), value))
    return tuple(tests)


# which test of a pattern's first token files it, most selective first: (column, kind)
_FILING = ((1, "eq"), (1, "in"), (0, "eq"), (2, "eq"), (0, "in"), (2, "in"), (3, "eq"))


class RuleIndex:
    """The patterns of one ``AttributeRuler``, filed by a value their first token must have."""

    def __init__(self, ruler) -> None:
        self.strings = ruler.vocab.strings
        self.filed: list[dict[int, list]] = [{} for _ in _COLUMNS]  # column -> value -> patterns
        self.anywhere: list = []  # patterns whose first token has only NOT_IN and REGEX tests
        for attr_id, entry in enumerate(ruler.patterns):  # pattern i is the ruler's key str(i)
            match_id = get_string_id(str(attr_id))
            for pattern in entry["patterns"]:
                if not pattern:
                    raise Unsupported("an empty pattern")
                rule = (attr_id, match_id, tuple(_token_tests(spec) for spec in pattern))
                filing = next(((col, arg) for want in _FILING for col, kind, arg in rule[2][0] if (col, kind) == want), None)
                if filing is None:
                    self.anywhere.append(rule)
                    continue
                col, arg = filing
                for value in (arg if isinstance(arg, frozenset) else (arg,)):
                    self.filed[col].setdefault(value, []).append(rule)

    def _passes(self, tests, row) -> bool:
        for col, kind, arg in tests:
            value = row[col]
            if kind == "eq":
                ok = value == arg
            elif kind == "in":
                ok = value in arg
            elif kind == "not_in":
                ok = value not in arg
            else:  # regex
                ok = arg.search(self.strings[value]) is not None
            if not ok:
                return False
        return True

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``(attr_id, match_id, start, end)`` of every match, sorted, as ``AttributeRuler.match`` gives them."""
        rows = doc.to_array(_ARRAY_ATTRS).tolist() if len(doc) else []
        found = set()  # the Matcher reports a key's span once, whichever of its patterns matched
        for i, row in enumerate(rows):
            for col, filed in enumerate(self.filed):
                for attr_id, match_id, tokens in filed.get(row[col], ()):
                    self._add(found, rows, i, attr_id, match_id, tokens)
            for attr_id, match_id, tokens in self.anywhere:
                self._add(found, rows, i, attr_id, match_id, tokens)
        return sorted(found)

    def _add(self, found: set, rows: list, i: int, attr_id: int, match_id: int, tokens) -> None:
        """Add the match of a pattern starting at token ``i``, if it matches there."""
        end = i + len(tokens)
        if end > len(rows):
            return
        for k, tests in enumerate(tokens, i):
            if not self._passes(tests, rows[k]):
                return
        found.add((attr_id, match_id, i, end))


def index_attribute_ruler(ruler) -> Optional[RuleIndex]:
    """Let ``ruler`` find its matches with a :class:`RuleIndex` (same matches, same writes); None, and the
    ruler unchanged, when one of its patterns is beyond the index."""
    try:
        index = RuleIndex(ruler)
    except Unsupported:
        return None
    ruler.match = index.match  # AttributeRuler.__call__ calls self.match(doc), then set_annotations
    return index
