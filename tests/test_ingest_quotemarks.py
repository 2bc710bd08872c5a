"""Quotation-mark balance: pairs pass, strays are described; apostrophes are not quotes."""
from __future__ import annotations

import pytest

from spinmap.ingest.quotemarks import unbalanced_quotes


@pytest.mark.parametrize("text", [
    'He said "no" and left.',
    "He said \u201cno\u201d and left.",
    "Don\u2019t say \u2018never\u2019, the minister\u2019s aide said.",
    "The countries\u2019 leaders met. Azerbaijan's army did not.",
    "It's the peacekeepers' fault, they said.",
    "\u00abNon\u00bb, he replied.",
    "No quotes at all.",
])
def test_quotemarks_balanced(text):
    assert unbalanced_quotes(text) is None


@pytest.mark.parametrize("text, mark", [
    ('He said "no and left.', '"'),
    ("He said \u201cno and left.", "\u201c"),
    ("He said no\u201d and left.", "\u201d"),
    ("He called it \u2018a farce and left.", "\u2018"),
    ("\u00abNon, he replied.", "\u00ab"),
])
def test_quotemarks_unbalanced_is_described(text, mark):
    detail = unbalanced_quotes(text)
    assert detail is not None and mark in detail
