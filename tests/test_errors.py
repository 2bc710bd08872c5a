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


@pytest.mark.parametrize("detail", ["sides file s.tsv:3: expected 'outlet<TAB>side'",
                                    "batch_size='x' in environment variable SPINMAP_BATCH_SIZE (must be a whole number)"])
def test_errors_sm101_fix_does_not_blame_the_config_file(detail):
    # a sides-file or environment error used to say "Fix the value in your spinmap config file"
    assert "your spinmap config file" not in str(SpinmapError("SM101", detail=detail))


@pytest.mark.parametrize("extra", ["train", "dev"])
def test_errors_sm104_installs_the_extra_from_the_checkout(extra):
    # said `pip install 'spinmap[train]'`, which asks PyPI for a package named spinmap (README: pip install -e '.[train]')
    msg = str(SpinmapError("SM104", package="torch", extra=extra))
    assert f"pip install -e '.[{extra}]'" in msg and "'spinmap[" not in msg


@pytest.mark.parametrize("code, context", [("SM102", {"tried": "x"}), ("SM601", {"detail": "boom"})])
def test_errors_spinmap_error_survives_pickling(code, context):
    # Dask sends a worker's exception to the client by pickle; unpickling raised KeyError 'unknown error code'
    import pickle

    back = pickle.loads(pickle.dumps(SpinmapError(code, **context)))
    assert isinstance(back, SpinmapError) and back.code == code and str(back) == str(SpinmapError(code, **context))
