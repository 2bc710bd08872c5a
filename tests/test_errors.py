"""The error catalogue: every code formats, says how to fix it, and unknown codes are refused."""
from __future__ import annotations

import re

import pytest

from spinmap.errors import CATALOGUE, SpinmapError, error_record


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_errors_every_code_has_message_and_fix(code):
    assert re.fullmatch(r"SM[1-6]\d\d", code)
    what, fix = CATALOGUE[code]
    assert what and fix and fix != what
    err = SpinmapError(code, source="x.txt", detail="d")
    assert str(err).startswith(code + ":")
    assert err.record().code == code


def test_errors_unknown_code_raises():
    with pytest.raises(KeyError):
        SpinmapError("SM999")


def test_errors_record_keeps_severity():
    assert error_record("SM207", severity="warning", detail="1 open").severity == "warning"
